"""Exporting a supporter's anonymised bundle for the coordinator, and showing it first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sbs_desktop import __version__
from sbs_desktop.app.audit import record_event
from sbs_desktop.app.keys import coordinator_recipient
from sbs_desktop.app.schedule import hours_offered
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import WrongRole
from sbs_desktop.core.export import ExportRecord
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.signature import key_fingerprint
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.exchange.anonymise import Anonymiser, Cell
from sbs_desktop.exchange.bundle_writer import BundleWriter, TableSource
from sbs_desktop.exchange.bundle_writer import bundle_path as bundle_path
from sbs_desktop.exchange.encryption import parse_recipient
from sbs_desktop.exchange.format import TABLES
from sbs_desktop.exchange.manifest import InstrumentRef, Manifest
from sbs_desktop.exchange.signing import public_key
from sbs_desktop.store import exports
from sbs_desktop.store.survey import list_responses
from sbs_desktop.store.vault import Vault

PREVIEW_ROWS = 5
PLAIN_FORMS = ("folder", "zip")


@dataclass(frozen=True)
class TablePreview:
    """One table of the bundle as it will be written: its size and first rows, as text."""

    name: str
    file: str
    columns: tuple[str, ...]
    rows: int
    first_rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ExportPreview:
    """Exactly what an export would let leave the vault, before anything is written."""

    granularity: str
    supporter: str
    tables: tuple[TablePreview, ...]
    recipient: str | None  # the coordinator key it will be encrypted to, if any

    @property
    def encrypted(self) -> bool:
        return self.recipient is not None

    def table(self, name: str) -> TablePreview:
        return next(t for t in self.tables if t.name == name)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest: Manifest
    record: ExportRecord


def as_written(cell: Cell) -> str:
    """A cell's text in the CSV file (the csv module writes None as an empty cell)."""
    return "" if cell is None else str(cell)


def _require_supporter(vault: Vault) -> None:
    if vault.role is not Role.SUPPORTER:
        raise WrongRole(needed=Role.SUPPORTER.value, actual=vault.role.value,
                        path=str(vault.path))


def _recipient(vault: Vault, recipient: str | None) -> str | None:
    return parse_recipient(recipient) if recipient else coordinator_recipient(vault)


def _schedule_rows(vault: Vault, anonymiser: Anonymiser, today: date) -> list[tuple[Cell, ...]]:
    # Only hours already offered: planned hours later in the term have not happened.
    return anonymiser.schedule_rows(h for h in hours_offered(vault) if h.day <= today)


def _survey(vault: Vault, anonymiser: Anonymiser
            ) -> tuple[list[tuple[Cell, ...]], InstrumentRef | None]:
    responses = list_responses(vault)  # oldest first
    newest = responses[-1] if responses else None
    instrument = None if newest is None else InstrumentRef(newest.instrument_id,
                                                           newest.instrument_version)
    return list(anonymiser.survey_rows(responses)), instrument


def preview_export(vault: Vault, granularity: str = "week", recipient: str | None = None,
                   today: date | None = None) -> ExportPreview:
    """What `export_bundle` would write with these settings: tables, counts, first rows."""
    _require_supporter(vault)
    anonymiser = Anonymiser(vault.pseudonym_secret, vault.vault_id, granularity)
    first = exports.first_exportable_interactions(vault, PREVIEW_ROWS)
    schedule = _schedule_rows(vault, anonymiser, today or date.today())
    survey, _ = _survey(vault, anonymiser)
    found = {
        "interactions": (exports.count_exportable_interactions(vault),
                         list(anonymiser.interaction_rows(first))),
        "schedule": (len(schedule), schedule[:PREVIEW_ROWS]),
        "survey": (len(survey), survey[:PREVIEW_ROWS]),
    }
    return ExportPreview(
        granularity=granularity,
        supporter=anonymiser.supporter,
        tables=tuple(
            TablePreview(name, file, columns, found[name][0],
                         tuple(tuple(as_written(c) for c in row) for row in found[name][1]))
            for name, (file, columns) in TABLES.items()
        ),
        recipient=_recipient(vault, recipient),
    )


def export_bundle(vault: Vault, out: Path, granularity: str = "week", form: str = "folder",
                  progress: Progress | None = None, recipient: str | None = None,
                  today: date | None = None) -> ExportResult:
    """Write the anonymised bundle to `out` and record it in the export history.

    `form` is "folder" or "zip"; when the vault holds a coordinator key (or `recipient`
    gives one) the bundle is always the zip encrypted to it, `out` + ".zip.age".
    """
    _require_supporter(vault)
    if form not in PLAIN_FORMS:
        raise ValueError(f"form must be one of {PLAIN_FORMS}, not {form!r}")
    progress = progress or Progress()
    key = _recipient(vault, recipient)
    form = "zip.age" if key else form
    anonymiser = Anonymiser(vault.pseudonym_secret, vault.vault_id, granularity)
    schedule = _schedule_rows(vault, anonymiser, today or date.today())
    survey, instrument = _survey(vault, anonymiser)
    seed = exports.signing_seed(vault)  # made now if the vault predates signed bundles
    tables = {
        "interactions": TableSource(
            anonymiser.interaction_rows(exports.exportable_interactions(vault)),
            exports.count_exportable_interactions(vault)),
        "schedule": TableSource(schedule, len(schedule)),
        "survey": TableSource(survey, len(survey)),
    }
    with BundleWriter(out, form, key) as writer:
        entries, period = writer.write_tables(tables, progress)
        # The number, the signed manifest, the history record and its event are made in
        # one transaction that commits before the bundle is renamed into place: a crash
        # before the commit leaves only a hidden leftover (removed by a later export) and
        # uses no number; a crash after it leaves a used number and no bundle. Two
        # bundles never share a number.
        with vault.transaction():
            manifest = writer.finish(Manifest(
                export_id=str(uuid.uuid4()),
                exported_at=datetime.now(UTC).replace(microsecond=0),
                export_sequence=exports.claim_export_sequence(vault),
                app_version=__version__, supporter=anonymiser.supporter,
                granularity=granularity, period=period, instrument=instrument,
                tables=entries), seed)
            record = ExportRecord(
                sequence=manifest.export_sequence, export_id=manifest.export_id,
                exported_at=manifest.exported_at, granularity=granularity, form=form,
                destination=str(writer.path.resolve()), recipient=key, period=manifest.period,
                interaction_rows=manifest.tables["interactions"].rows,
                schedule_rows=manifest.tables["schedule"].rows,
                survey_rows=manifest.tables["survey"].rows,
            )
            exports.record_export(vault, record)
            # The folder's name only: a full path can name the person's account.
            record_event(vault, EventKind.EXPORT, record.sequence, detail={
                "sequence": record.sequence, "folder": writer.path.resolve().parent.name})
        try:
            path = writer.publish()
        except BaseException:
            # Nothing was published: the history forgets it, the number stays used.
            exports.forget_export(vault, record.sequence)
            raise
    return ExportResult(path, manifest, record)


def signing_fingerprint(vault: Vault) -> str:
    """The fingerprint of this vault's signing key, for the supporter to read out to the
    coordinator (docs/bundle-format.md, section 7); made now if it has none yet."""
    return key_fingerprint(public_key(exports.signing_seed(vault)))


def export_history(vault: Vault) -> list[ExportRecord]:
    """Every export this vault made, newest first."""
    return exports.export_history(vault)
