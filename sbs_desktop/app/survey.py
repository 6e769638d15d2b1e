"""Survey use cases: which instrument to use, recording responses, loading new versions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FileRejected
from sbs_desktop.core.instrument import (
    DEFAULT_INSTRUMENT,
    Instrument,
    load_instrument,
    shipped_instruments,
)
from sbs_desktop.core.survey import SurveyResponse, make_response
from sbs_desktop.store.survey import add_response, store_instrument, stored_instruments
from sbs_desktop.store.survey import count_responses as count_responses
from sbs_desktop.store.vault import Vault

# Instrument files are a few kilobytes; anything far larger is not one.
MAX_INSTRUMENT_BYTES = 1_000_000


def available_instruments(vault: Vault) -> list[Instrument]:
    """Shipped and loaded instrument versions; a loaded one never hides a shipped one."""
    found = {i.key: i for i in shipped_instruments()}
    for instrument in stored_instruments(vault):
        found.setdefault(instrument.key, instrument)
    return sorted(found.values(), key=lambda i: (i.id, _version_order(i.version)))


def _version_order(version: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in version.split("."))


def find_instrument(vault: Vault, instrument_id: str, version: str) -> Instrument | None:
    """The instrument a response was given under, shipped or loaded into the vault."""
    return next((i for i in available_instruments(vault)
                 if i.key == (instrument_id, version)), None)


def current_instrument(vault: Vault, instrument_id: str = DEFAULT_INSTRUMENT[0]) -> Instrument:
    """The newest version of an instrument: what new responses are given under."""
    versions = [i for i in available_instruments(vault) if i.id == instrument_id]
    return versions[-1]


def load_instrument_file(vault: Vault, path: Path) -> Instrument:
    """Read an instrument file and keep it in the vault; raises FileRejected if it is bad."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FileRejected(file=path.name, reason=error.strerror or str(error)) from None
    if len(data) > MAX_INSTRUMENT_BYTES:
        raise FileRejected(file=path.name, reason=QT_TRANSLATE_NOOP(
            "Errors", "the file is too large to be a survey instrument"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRejected(file=path.name, reason=QT_TRANSLATE_NOOP(
            "Errors", "the file is not UTF-8 text")) from None
    instrument = load_instrument(text, path.name)
    existing = find_instrument(vault, instrument.id, instrument.version)
    if existing is not None and existing.questions != instrument.questions:
        raise FileRejected(file=path.name, column="version", reason=QT_TRANSLATE_NOOP(
            "Errors", "this version is already known with different questions; "
            "give the changed instrument a new version"))
    if existing is None:
        store_instrument(vault, instrument)
    return instrument


def record_response(vault: Vault, instrument: Instrument, answers: list[tuple[str, str]],
                    answered_on: date | None = None) -> SurveyResponse:
    """Validate and store one response given today (the date only, never the time)."""
    response = make_response(instrument, answered_on or date.today(), answers)
    return add_response(vault, response)
