"""Keeping a supporter's weekly hours: saving terms, what is coming up, hours offered."""

from __future__ import annotations

from datetime import datetime

from sbs_desktop.app.audit import record_event
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord
from sbs_desktop.core.schedule import (
    Occurrence,
    OfferedHours,
    ScheduleField,
    Term,
    offered_hours,
    terms_overlap,
    upcoming,
    validate,
)
from sbs_desktop.store.schedule import delete_term, list_terms, save_term
from sbs_desktop.store.vault import Vault

TIME_ZONE_KEY = "schedule_time_zone"
# The program this serves is in Ottawa; a supporter elsewhere changes it on the page.
DEFAULT_TIME_ZONE = "America/Toronto"


def terms(vault: Vault) -> list[Term]:
    return list_terms(vault)


def record_term(vault: Vault, term: Term) -> Term:
    """Validate and store a term; its dates may not overlap another term's."""
    validate(term)
    for other in list_terms(vault):
        if other.id != term.id and terms_overlap(term, other):
            raise InvalidRecord([FieldProblem(ScheduleField.DATES, QT_TRANSLATE_NOOP(
                "Errors", "these dates overlap another term; change the dates or edit that term"))])
    return save_term(vault, term)


def remove_term(vault: Vault, term_id: int) -> None:
    delete_term(vault, term_id)


def upcoming_hours(vault: Vault, now: datetime | None = None, count: int = 5) -> list[Occurrence]:
    """The next sessions, dates off left out."""
    return upcoming(list_terms(vault), now or datetime.now(), count)


def hours_offered(vault: Vault) -> list[OfferedHours]:
    """Hours offered per date and mode over every term, dates off left out."""
    return offered_hours(list_terms(vault))


def time_zone(vault: Vault) -> str:
    """The IANA time zone the hours are kept in (for the calendar file)."""
    return str(vault.meta(TIME_ZONE_KEY) or DEFAULT_TIME_ZONE)


def set_time_zone(vault: Vault, name: str) -> None:
    with vault.transaction():
        vault.set_meta(TIME_ZONE_KEY, name)
        record_event(vault, EventKind.SETTINGS_CHANGED, fields=(TIME_ZONE_KEY,))
