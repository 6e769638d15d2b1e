"""Reading what an export may use, and keeping the history of exports."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime

from sbs_desktop.core.export import ExportableInteraction, ExportRecord
from sbs_desktop.store.vault import Vault

# Only these columns are ever read for an export: notes, action taken and anything
# about the contact stay in the vault, and the time of day is cut off here.
_EXPORTABLE = (
    "SELECT id, substr(occurred_at, 1, 10), duration_minutes, format, initiated_by, "
    "outreach_reason, primary_concern, concerns, risk, referrals, follow_up_due, "
    "follow_up_done, contact_id, year_of_study FROM interactions"
)
_TIMESTAMP = "%Y-%m-%dT%H:%M:%SZ"
# vault_meta keys. The signing seed (32 random bytes, the vault's Ed25519 secret) never
# leaves the vault; the last sequence number stays used even when its bundle was never
# published, so no number is given twice.
SIGNING_SEED = "signing_seed"
LAST_SEQUENCE = "last_export_sequence"
SEED_BYTES = 32


def exportable_interactions(vault: Vault, page: int = 5000) -> Iterator[ExportableInteraction]:
    """Every interaction in id order, read a page at a time so memory stays flat."""
    last_id = 0
    while True:
        rows = vault.query(f"{_EXPORTABLE} WHERE id > ? ORDER BY id LIMIT ?", (last_id, page))
        yield from map(ExportableInteraction._make, rows)
        if len(rows) < page:
            return
        last_id = rows[-1][0]


def first_exportable_interactions(vault: Vault, count: int) -> list[ExportableInteraction]:
    """The first `count` interactions an export writes, for its preview."""
    rows = vault.query(f"{_EXPORTABLE} ORDER BY id LIMIT ?", (count,))
    return [ExportableInteraction._make(row) for row in rows]


def count_exportable_interactions(vault: Vault) -> int:
    return int(vault.query_one("SELECT count(*) FROM interactions")[0])


def signing_seed(vault: Vault) -> bytes:
    """The vault's signing seed, made from the operating system's randomness on first use."""
    with vault.transaction():
        seed = vault.meta(SIGNING_SEED)
        if seed is None:
            seed = secrets.token_bytes(SEED_BYTES)
            vault.set_meta(SIGNING_SEED, seed)
    return bytes(seed)


def has_signing_seed(vault: Vault) -> bool:
    return vault.meta(SIGNING_SEED) is not None


def next_export_sequence(vault: Vault) -> int:
    """The sequence number the next export gets: one more than any given before."""
    history = int(vault.query_one("SELECT coalesce(max(sequence), 0) FROM exports")[0])
    return max(history, int(vault.meta(LAST_SEQUENCE) or 0)) + 1


def claim_export_sequence(vault: Vault) -> int:
    """Take the next sequence number for good; call it inside the export's transaction."""
    with vault.transaction():
        sequence = next_export_sequence(vault)
        vault.set_meta(LAST_SEQUENCE, sequence)
    return sequence


def forget_export(vault: Vault, sequence: int) -> None:
    """Drop the history record of an export whose bundle could not be published (its
    number stays used)."""
    with vault.transaction() as sql:
        sql.execute("DELETE FROM exports WHERE sequence = ?", (sequence,))


def record_export(vault: Vault, record: ExportRecord) -> None:
    with vault.transaction() as sql:
        sql.execute(
            "INSERT INTO exports (sequence, export_id, exported_at, granularity, form, "
            "destination, recipient, period_first, period_last, interaction_rows, "
            "schedule_rows, survey_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.sequence, record.export_id,
             record.exported_at.astimezone(UTC).strftime(_TIMESTAMP), record.granularity,
             record.form, record.destination, record.recipient,
             record.period[0] if record.period else None,
             record.period[1] if record.period else None,
             record.interaction_rows, record.schedule_rows, record.survey_rows),
        )


def export_history(vault: Vault) -> list[ExportRecord]:
    """Every export this vault made, newest first."""
    return [
        ExportRecord(
            sequence=sequence, export_id=export_id,
            exported_at=datetime.strptime(exported_at, _TIMESTAMP).replace(tzinfo=UTC),
            granularity=granularity, form=form, destination=destination, recipient=recipient,
            period=(first, last) if first is not None else None,
            interaction_rows=interactions, schedule_rows=schedule, survey_rows=survey,
        )
        for (sequence, export_id, exported_at, granularity, form, destination, recipient,
             first, last, interactions, schedule, survey) in vault.query(
            "SELECT sequence, export_id, exported_at, granularity, form, destination, "
            "recipient, period_first, period_last, interaction_rows, schedule_rows, "
            "survey_rows FROM exports ORDER BY sequence DESC")
    ]
