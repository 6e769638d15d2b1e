"""Clearing the notes, action taken and contact details of old interactions."""

from __future__ import annotations

from datetime import date

from sbs_desktop.store.vault import Vault

_OLD_WITH_TEXT = "occurred_at < ? AND (notes != '' OR action_taken != '')"
# A contact is cleared once every interaction with them is old: one talked with last
# month keeps their name. Contacts with no interaction at all are left alone.
_OLD_CONTACTS = (
    "(c.name != '' OR c.reach != '') "
    "AND EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id) "
    "AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id "
    "AND i.occurred_at >= ?)"
)


def count_clearable(vault: Vault, cutoff: date) -> tuple[int, int, int]:
    """(interactions, contacts, non-empty fields) a clearing before `cutoff` would change."""
    day = cutoff.isoformat()
    interactions, notes, actions = vault.query_one(
        "SELECT count(*), coalesce(sum(notes != ''), 0), coalesce(sum(action_taken != ''), 0) "
        f"FROM interactions WHERE {_OLD_WITH_TEXT}", (day,))
    contacts, names, reaches = vault.query_one(
        "SELECT count(*), coalesce(sum(c.name != ''), 0), coalesce(sum(c.reach != ''), 0) "
        f"FROM contacts c WHERE {_OLD_CONTACTS}", (day,))
    return interactions, contacts, notes + actions + names + reaches


def clear_before(vault: Vault, cutoff: date) -> tuple[int, int, int]:
    """Empty those fields, in the caller's transaction if any; returns what count_clearable
    counted. Contacts keep their row (and so their interactions their link and the
    exported classmate pseudonym), with no name and no way to reach them."""
    day = cutoff.isoformat()
    with vault.transaction() as sql:
        counts = count_clearable(vault, cutoff)
        sql.execute(f"UPDATE contacts AS c SET name = '', reach = '' WHERE {_OLD_CONTACTS}",
                    (day,))
        sql.execute(f"UPDATE interactions SET notes = '', action_taken = '' "
                    f"WHERE {_OLD_WITH_TEXT}", (day,))
    return counts


def compact(vault: Vault) -> None:
    """Rewrite the file without free pages and empty the write-ahead log, so that no
    cleared text is left in either (secure_delete has already zeroed it in place)."""
    vault.query("VACUUM")
    vault.query("PRAGMA wal_checkpoint(TRUNCATE)")
