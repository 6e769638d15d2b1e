"""Survey use cases: which instrument to use, recording, correcting and deleting
responses, loading new versions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sbs_desktop.app.audit import record_event
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FileRejected, RecordGone
from sbs_desktop.core.instrument import (
    DEFAULT_INSTRUMENT,
    Instrument,
    load_instrument,
    shipped_instruments,
)
from sbs_desktop.core.survey import ResponseSource, SurveyResponse, make_response
from sbs_desktop.store import survey as survey_store
from sbs_desktop.store.survey import count_responses as count_responses
from sbs_desktop.store.survey import get_response as get_response
from sbs_desktop.store.survey import list_responses as list_responses
from sbs_desktop.store.vault import Vault

# Instrument files are a few kilobytes; anything far larger is not one.
MAX_INSTRUMENT_BYTES = 1_000_000


def available_instruments(vault: Vault) -> list[Instrument]:
    """Shipped and loaded instrument versions; a loaded one never hides a shipped one."""
    found = {i.key: i for i in shipped_instruments()}
    for instrument in survey_store.stored_instruments(vault):
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
        survey_store.store_instrument(vault, instrument)
    return instrument


def record_response(vault: Vault, instrument: Instrument, answers: list[tuple[str, str]],
                    answered_on: date | None = None,
                    source: ResponseSource = ResponseSource.TYPED) -> SurveyResponse:
    """Validate and store one response given today (the date only, never the time)."""
    response = make_response(instrument, answered_on or date.today(), answers)
    with vault.transaction():
        stored = survey_store.add_response(vault, replace(response, source=source))
        record_event(vault, EventKind.SURVEY_RESPONSE_ADDED, stored.id,
                     detail={"source": str(source)})
    return stored


def _answer_changes(before: SurveyResponse, after: SurveyResponse) -> tuple[str, ...]:
    """The question codes (and "answered_on") whose answers differ, never the answers."""
    questions = dict.fromkeys(q for q, _ in (*before.answers, *after.answers))
    changed = tuple(q for q in questions if before.chosen(q) != after.chosen(q))
    return (("answered_on",) if before.answered_on != after.answered_on else ()) + changed


def correct_response(vault: Vault, response_id: int, answers: list[tuple[str, str]],
                     answered_on: date) -> SurveyResponse:
    """Store corrected answers and date; raises InvalidRecord naming each question.

    The response keeps its uid, instrument version and source: a corrected imported
    response is still the row of its file, so importing that file again adds nothing.
    """
    before = survey_store.get_response(vault, response_id)
    instrument = None if before is None else find_instrument(
        vault, before.instrument_id, before.instrument_version)
    if before is None or instrument is None:
        raise RecordGone()
    corrected = replace(make_response(instrument, answered_on, answers, uid=before.uid),
                        id=before.id, source=before.source)
    changed = _answer_changes(before, corrected)
    if changed:
        with vault.transaction():
            survey_store.update_response(vault, corrected)
            record_event(vault, EventKind.SURVEY_RESPONSE_CHANGED, response_id, changed)
    return corrected


def remove_response(vault: Vault, response_id: int) -> SurveyResponse | None:
    """Delete; the returned response can be given to `undo_remove_response`."""
    with vault.transaction():
        removed = survey_store.delete_response(vault, response_id)
        if removed is not None:
            record_event(vault, EventKind.SURVEY_RESPONSE_DELETED, response_id)
    return removed


def remove_responses(vault: Vault, response_ids: list[int]) -> list[SurveyResponse]:
    """Delete several in one transaction; returns those that were there."""
    with vault.transaction():
        removed = [remove_response(vault, i) for i in dict.fromkeys(response_ids)]
    return [r for r in removed if r is not None]


def undo_remove_response(vault: Vault, response: SurveyResponse) -> None:
    with vault.transaction():
        restored_id = survey_store.restore_response(vault, response)
        record_event(vault, EventKind.SURVEY_RESPONSE_RESTORED, restored_id)
