"""The coordinator's merged data: bundles imported (provenance) and the rows they brought."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import repeat

from sbs_desktop.core.merged import ColumnTable, ImportedBundle, RowTable
from sbs_desktop.store.vault import Vault

_BUNDLE_COLUMNS = (
    "export_id, supporter, export_sequence, exported_at, imported_at, app_version, "
    "granularity, period_start, period_end, instrument_id, instrument_version, "
    "interaction_rows, schedule_rows, survey_rows, source_name, signing_key"
)
_SELECT_BUNDLE = (
    "SELECT b.export_id, b.supporter, b.export_sequence, b.exported_at, b.imported_at, "
    "b.app_version, b.granularity, b.period_start, b.period_end, b.instrument_id, "
    "b.instrument_version, b.interaction_rows, b.schedule_rows, b.survey_rows, b.source_name, "
    "b.id, newer.export_id, b.signing_key FROM merged_bundles b "
    "LEFT JOIN merged_bundles newer ON newer.id = b.replaced_by"
)
# The tables a bundle fills, with the columns it brings (bundle_id comes first).
ROW_TABLES = {
    "interactions": ("merged_interactions", (
        "interaction", "supporter", "period", "academic_year", "duration_minutes", "format",
        "initiated_by", "outreach_reason", "primary_concern", "concerns", "risk", "referrals",
        "follow_up", "classmate", "year_of_study")),
    "schedule": ("merged_schedule", ("supporter", "period", "mode", "hours_offered")),
    "survey": ("merged_survey", (
        "response", "instrument", "instrument_version", "period", "question", "answer")),
}


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _bundle(row: tuple) -> ImportedBundle:
    return ImportedBundle(
        export_id=row[0], supporter=row[1], export_sequence=row[2],
        exported_at=_moment(row[3]), imported_at=_moment(row[4]), app_version=row[5],
        granularity=row[6], period_start=row[7], period_end=row[8], instrument_id=row[9],
        instrument_version=row[10], interaction_rows=row[11], schedule_rows=row[12],
        survey_rows=row[13], source_name=row[14], id=row[15], replaced_by=row[16],
        signing_key=row[17])


def list_bundles(vault: Vault) -> list[ImportedBundle]:
    """Every bundle ever imported, the newest import first."""
    return [_bundle(row) for row in vault.query(f"{_SELECT_BUNDLE} ORDER BY b.id DESC")]


def find_bundle(vault: Vault, export_id: str) -> ImportedBundle | None:
    row = vault.query_one(f"{_SELECT_BUNDLE} WHERE b.export_id = ?", (export_id,))
    return None if row is None else _bundle(row)


def current_bundle_of(vault: Vault, supporter: str) -> ImportedBundle | None:
    """The bundle whose rows currently stand for this supporter."""
    row = vault.query_one(
        f"{_SELECT_BUNDLE} WHERE b.supporter = ? AND b.replaced_by IS NULL "
        "ORDER BY b.export_sequence DESC LIMIT 1", (supporter,))
    return None if row is None else _bundle(row)


def add_bundle(vault: Vault, bundle: ImportedBundle, tables: dict[str, ColumnTable],
               replaces: ImportedBundle | None = None) -> ImportedBundle:
    """Store a bundle and its rows in one transaction; `replaces` loses its rows to it.

    The first signed bundle of a supporter pins its key, in the same transaction.
    """
    with vault.transaction() as sql:
        if bundle.signing_key:
            # Trust on first use: a pin once made is never replaced here.
            sql.execute(
                "INSERT INTO supporter_keys (supporter, signing_key, first_export_id, "
                "pinned_at) VALUES (?, ?, ?, ?) ON CONFLICT (supporter) DO NOTHING",
                (bundle.supporter, bundle.signing_key, bundle.export_id,
                 _timestamp(bundle.imported_at)))
        cursor = sql.execute(
            f"INSERT INTO merged_bundles ({_BUNDLE_COLUMNS}) VALUES "
            f"({', '.join('?' * len(_BUNDLE_COLUMNS.split(',')))})",
            (bundle.export_id, bundle.supporter, bundle.export_sequence,
             _timestamp(bundle.exported_at), _timestamp(bundle.imported_at), bundle.app_version,
             bundle.granularity, bundle.period_start, bundle.period_end, bundle.instrument_id,
             bundle.instrument_version, bundle.interaction_rows, bundle.schedule_rows,
             bundle.survey_rows, bundle.source_name, bundle.signing_key))
        bundle_id = cursor.lastrowid
        if replaces is not None:
            for table, _ in ROW_TABLES.values():
                sql.execute(f"DELETE FROM {table} WHERE bundle_id = ?", (replaces.id,))
            sql.execute("UPDATE merged_bundles SET replaced_by = ? WHERE id = ?",
                        (bundle_id, replaces.id))
        for name, (table, columns) in ROW_TABLES.items():
            data = tables[name]
            if not data.row_count:
                continue
            ordered = [data.column(column) for column in columns]
            sql.executemany(
                f"INSERT INTO {table} (bundle_id, {', '.join(columns)}) "
                f"VALUES ({', '.join('?' * (len(columns) + 1))})",
                zip(repeat(bundle_id, data.row_count), *ordered, strict=False))
    return find_bundle(vault, bundle.export_id)  # type: ignore[return-value]


def pinned_key(vault: Vault, supporter: str) -> str | None:
    """The signing key this vault pinned for a supporter pseudonym, if any."""
    row = vault.query_one("SELECT signing_key FROM supporter_keys WHERE supporter = ?",
                          (supporter,))
    return None if row is None else str(row[0])


REFUSE_UNSIGNED = "refuse_unsigned_bundles"  # vault_meta key: 1 refuses, 0 or absent accepts


def refuses_unsigned(vault: Vault) -> bool:
    return bool(vault.meta(REFUSE_UNSIGNED))


def set_refuses_unsigned(vault: Vault, refuse: bool) -> None:
    vault.set_meta(REFUSE_UNSIGNED, int(refuse))


def merged_rows(vault: Vault, name: str, columns: Sequence[str] | None = None) -> RowTable:
    """All current rows of one merged table ("interactions", "schedule", "survey"),
    with only the `columns` asked for (all by default)."""
    table, known = ROW_TABLES[name]
    chosen = tuple(columns or known)
    if set(chosen) - set(known):
        raise ValueError(f"{name} has no column {sorted(set(chosen) - set(known))}")
    return RowTable(chosen, vault.query(f"SELECT {', '.join(chosen)} FROM {table}"))


def merged_row_count(vault: Vault) -> int:
    return int(vault.query_one("SELECT count(*) FROM merged_interactions")[0])
