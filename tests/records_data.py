"""A supporter vault with old and recent interactions carrying canary text, shared by the
tests of the audit trail, retention and retiring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sbs_desktop.app.contacts import add_classmate
from sbs_desktop.app.interactions import record_interaction
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Referral, Risk

CANARY_NOTE = "CANARY-NOTE-Quillfeather panic before the OSCE"
CANARY_ACTION = "CANARY-ACTION-walked to the Marrowgate clinic"
OLD_NAME = "CANARY-NAME-Ysolde Brackenridge"
OLD_REACH = "CANARY-REACH-ysolde.b@example.org"
RECENT_NAME = "Recent Classmate"
RECENT_NOTE = "recent note that stays"


@dataclass(frozen=True)
class Records:
    today: date
    old_contact: int       # seen only long ago: cleared after 12 months
    recent_contact: int    # seen long ago and last month: kept
    old_ids: tuple[int, ...]
    recent_ids: tuple[int, ...]


def interaction(when: date, contact_id: int | None, notes: str = "", action: str = "",
                ) -> Interaction:
    return Interaction(
        occurred_at=datetime.combine(when, time(14, 5)), duration_minutes=40,
        format=Format.IN_PERSON, initiated_by=Initiator.STUDENT,
        primary_concern=Concern.EXAMS, concerns=frozenset({Concern.EXAMS}),
        risk=Risk.CONCERNED, referrals=frozenset({Referral.FACULTY_WELLNESS}),
        contact_id=contact_id, year_of_study=2, notes=notes, action_taken=action)


def fill_records(vault, today: date | None = None) -> Records:
    """Three interactions 20 months old (with text), one 1 month old, two contacts."""
    today = today or date.today()
    old_contact = add_classmate(vault, Contact(OLD_NAME, 2, OLD_REACH)).id
    recent_contact = add_classmate(vault, Contact(RECENT_NAME, 3, "recent@example.org")).id
    long_ago = today - timedelta(days=610)
    old = (
        record_interaction(vault, interaction(long_ago, old_contact, CANARY_NOTE, CANARY_ACTION)),
        record_interaction(vault, interaction(long_ago + timedelta(days=1), recent_contact,
                                              "older note about Brackenridge")),
        record_interaction(vault, interaction(long_ago + timedelta(days=2), None)),  # no text
    )
    recent = (record_interaction(vault, interaction(today - timedelta(days=30), recent_contact,
                                                    RECENT_NOTE, "recent action")),)
    return Records(today, old_contact, recent_contact, tuple(i.id for i in old),
                   tuple(i.id for i in recent))
