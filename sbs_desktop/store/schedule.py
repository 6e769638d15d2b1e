"""Storing a supporter's terms: their weekly slots and dates off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
from sbs_desktop.store.vault import Vault


def list_terms(vault: Vault) -> list[Term]:
    """Every term, earliest first, with its slots (by weekday and time) and dates off."""
    slots: dict[int, list[ScheduleSlot]] = {}
    for row in vault.query("SELECT id, term_id, weekday, starts, ends, mode, place "
                           "FROM schedule_slots ORDER BY weekday, starts"):
        slots.setdefault(row[1], []).append(ScheduleSlot(
            weekday=row[2], start=time.fromisoformat(row[3]), end=time.fromisoformat(row[4]),
            mode=ScheduleMode(row[5]), place=row[6], id=row[0]))
    days_off: dict[int, set[date]] = {}
    for term_id, day in vault.query("SELECT term_id, day FROM schedule_exceptions"):
        days_off.setdefault(term_id, set()).add(date.fromisoformat(day))
    return [
        Term(start=date.fromisoformat(start), end=date.fromisoformat(end),
             slots=tuple(slots.get(term_id, ())), exceptions=frozenset(days_off.get(term_id, ())),
             id=term_id)
        for term_id, start, end in vault.query(
            "SELECT id, starts_on, ends_on FROM schedule_terms ORDER BY starts_on, id")
    ]


def save_term(vault: Vault, term: Term) -> Term:
    """Store a new term, or replace a stored one (same id) with its slots and dates off."""
    with vault.transaction() as sql:
        if term.id is None:
            term_id = sql.execute(
                "INSERT INTO schedule_terms (starts_on, ends_on) VALUES (?, ?)",
                (term.start.isoformat(), term.end.isoformat())).lastrowid
        else:
            term_id = term.id
            sql.execute("UPDATE schedule_terms SET starts_on = ?, ends_on = ? WHERE id = ?",
                        (term.start.isoformat(), term.end.isoformat(), term_id))
            sql.execute("DELETE FROM schedule_slots WHERE term_id = ?", (term_id,))
            sql.execute("DELETE FROM schedule_exceptions WHERE term_id = ?", (term_id,))
        slots = []
        for slot in term.slots:
            slot_id = sql.execute(
                "INSERT INTO schedule_slots (term_id, weekday, starts, ends, mode, place) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (term_id, slot.weekday, slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M"),
                 slot.mode.value, slot.place)).lastrowid
            slots.append(replace(slot, id=slot_id))
        sql.executemany("INSERT INTO schedule_exceptions (term_id, day) VALUES (?, ?)",
                        [(term_id, day.isoformat()) for day in sorted(term.exceptions)])
    return replace(term, id=term_id, slots=tuple(slots))


def delete_term(vault: Vault, term_id: int) -> None:
    with vault.transaction() as sql:
        sql.execute("DELETE FROM schedule_terms WHERE id = ?", (term_id,))
