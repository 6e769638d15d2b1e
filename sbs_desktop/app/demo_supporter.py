"""A demo supporter's vault: contacts and an interaction log drawn from a seeded generator.

No real person is in here: names are combinations of common first names and initials.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from sbs_desktop.app.demo_schedule_survey import fill_schedule_and_survey
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import (
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
    Role,
)
from sbs_desktop.store.contacts import add_contacts
from sbs_desktop.store.interactions import add_interactions
from sbs_desktop.store.vault import Vault

DEMO_PASSPHRASE = "demo vault maple lantern orbit"

FIRST_NAMES = (
    "Amira", "Ben", "Chloé", "Daniel", "Émilie", "Farah", "Gabriel", "Hana", "Isaac", "Jade",
    "Kiran", "Léa", "Mateo", "Noor", "Olivier", "Priya", "Quinn", "Rosalie", "Samuel", "Tariq",
    "Uma", "Victor", "Wen", "Xavier", "Yasmin", "Zoé",
)
NOTE_FRAGMENTS = (
    "Talked through the week's workload.", "Worried about the upcoming OSCE.",
    "Feels isolated since moving for clerkship.", "Sleep has been poor for two weeks.",
    "Conflict with a preceptor; wants to think about options.",
    "Money is tight after the residency application fees.",
    "Grieving a grandparent; exam soon after the funeral.",
    "Asked about confidentiality of the wellness office.",
    "Doing better than last time; plans in place.", "Shared the counselling booking line.",
)

# Weights chosen to look like a year of a real program: in person and messaging
# dominate, supporters start a little over half of the contacts, and most
# interactions carry no risk concern.
FORMAT_WEIGHTS = {
    Format.IN_PERSON: 38, Format.TEXT_MESSAGE: 24, Format.ONLINE_MESSAGE: 14,
    Format.VIDEO: 11, Format.PHONE: 9, Format.OTHER: 4,
}
RISK_WEIGHTS = {Risk.NONE: 70, Risk.CONCERNED: 21, Risk.VERY_CONCERNED: 8, Risk.IMMEDIATE: 1}
CONCERN_WEIGHTS = {
    Concern.BURNOUT_STRESS: 22, Concern.ACADEMIC: 15, Concern.EXAMS: 14, Concern.MOOD_ANXIETY: 12,
    Concern.CLERKSHIP: 8, Concern.CAREER_MATCH: 7, Concern.RELATIONSHIPS_FAMILY: 7,
    Concern.FINANCES: 4, Concern.MISTREATMENT: 3, Concern.PHYSICAL_HEALTH: 3,
    Concern.GRIEF: 2, Concern.SUBSTANCE_USE: 1, Concern.OTHER: 2,
}
OUTREACH_WEIGHTS = {
    OutreachReason.ROUTINE_CHECK_IN: 45, OutreachReason.NOTICED_CHANGE: 25,
    OutreachReason.FOLLOW_UP: 25, OutreachReason.OTHER: 5,
}
REFERRAL_WEIGHTS = {
    Referral.FACULTY_WELLNESS: 30, Referral.UNIVERSITY_COUNSELLING: 25,
    Referral.ACADEMIC_SUPPORT: 15, Referral.FAMILY_PHYSICIAN: 12,
    Referral.PHYSICIAN_HEALTH_PROGRAM: 8, Referral.CRISIS_LINE: 5, Referral.EMERGENCY: 2,
    Referral.OTHER: 3,
}


def _pick(rng: random.Random, weights: dict) -> object:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def demo_contacts(rng: random.Random, count: int = 40) -> list[Contact]:
    names = set()
    while len(names) < count:
        names.add(f"{rng.choice(FIRST_NAMES)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}.")
    return [
        Contact(name=name, year_of_study=rng.choice(YEARS_OF_STUDY),
                reach=f"{name.split()[0].lower()}{rng.randint(10, 99)}@example.org")
        for name in sorted(names)
    ]


def demo_interactions(
    rng: random.Random, count: int, contacts: list[Contact], today: date
) -> Iterator[Interaction]:
    """`count` interactions spread over the two academic years before `today`."""
    first_day = date(today.year - 2 if today.month >= 9 else today.year - 3, 9, 1)
    span = (today - first_day).days
    for _ in range(count):
        day = first_day + timedelta(days=rng.randrange(span))
        occurred = datetime.combine(day, datetime.min.time()) + timedelta(
            hours=rng.randint(8, 21), minutes=rng.choice((0, 15, 30, 45)))
        initiated = Initiator.SUPPORTER if rng.random() < 0.55 else Initiator.STUDENT
        primary = _pick(rng, CONCERN_WEIGHTS)
        extra = {_pick(rng, CONCERN_WEIGHTS) for _ in range(rng.choice((0, 0, 1, 1, 2)))}
        risk = _pick(rng, RISK_WEIGHTS)
        referral_chance = {Risk.NONE: 0.1, Risk.CONCERNED: 0.35,
                           Risk.VERY_CONCERNED: 0.7, Risk.IMMEDIATE: 1.0}[risk]
        referrals = set()
        if rng.random() < referral_chance:
            referrals.add(_pick(rng, REFERRAL_WEIGHTS))
        if risk is Risk.IMMEDIATE:
            referrals |= {Referral.CRISIS_LINE, Referral.EMERGENCY}
        contact = rng.choice(contacts) if contacts and rng.random() < 0.8 else None
        follow_up = day + timedelta(days=rng.randint(3, 21)) if rng.random() < 0.3 else None
        yield Interaction(
            occurred_at=occurred,
            duration_minutes=max(1, min(600, int(rng.gauss(30, 15)))),
            format=_pick(rng, FORMAT_WEIGHTS),
            initiated_by=initiated,
            outreach_reason=_pick(rng, OUTREACH_WEIGHTS)
            if initiated is Initiator.SUPPORTER else None,
            primary_concern=primary,
            concerns=frozenset(extra | {primary}),
            risk=risk,
            referrals=frozenset(referrals),
            follow_up_due=follow_up,
            follow_up_done=bool(follow_up and follow_up < today and rng.random() < 0.85),
            contact_id=contact.id if contact else None,
            year_of_study=contact.year_of_study if contact else rng.choice(YEARS_OF_STUDY),
            notes=rng.choice(NOTE_FRAGMENTS) if rng.random() < 0.7 else "",
            action_taken="Stayed with them and called the crisis line together."
            if risk is Risk.IMMEDIATE else "",
        )


def fill_supporter_vault(vault: Vault, rng: random.Random, interactions: int,
                         today: date) -> None:
    contacts = add_contacts(vault, demo_contacts(rng))
    add_interactions(vault, demo_interactions(rng, interactions, contacts, today))


def make_supporter_vault(path: Path, passphrase: str, interactions: int, seed: int,
                         today: date) -> Vault:
    """Create a supporter vault at `path` with contacts, interactions, hours and responses."""
    vault = create_vault(path, passphrase, Role.SUPPORTER)
    try:
        fill_supporter_vault(vault, random.Random(seed), interactions, today)
        fill_schedule_and_survey(vault, seed, today)
    except BaseException:
        vault.close()
        raise
    return vault
