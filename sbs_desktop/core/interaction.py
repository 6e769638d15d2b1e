"""An interaction between a peer supporter and a classmate, and its rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord
from sbs_desktop.core.vocabulary import (
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)


@dataclass(frozen=True)
class Interaction:
    """One logged interaction. `id` is None until the vault has stored it.

    `concerns` holds every concern raised, the primary one among them.
    """

    occurred_at: datetime
    duration_minutes: int
    format: Format
    initiated_by: Initiator
    primary_concern: Concern
    risk: Risk
    concerns: frozenset[Concern] = field(default_factory=frozenset)
    outreach_reason: OutreachReason | None = None
    referrals: frozenset[Referral] = field(default_factory=frozenset)
    follow_up_due: date | None = None
    follow_up_done: bool = False
    contact_id: int | None = None
    year_of_study: int | None = None
    notes: str = ""
    action_taken: str = ""
    id: int | None = None


class InteractionField(StrEnum):
    """The fields a problem with an interaction can name, as the record calls them."""

    OCCURRED_AT = "occurred_at"
    DURATION_MINUTES = "duration_minutes"
    OUTREACH_REASON = "outreach_reason"
    CONTACT_ID = "contact_id"
    YEAR_OF_STUDY = "year_of_study"
    FOLLOW_UP_DUE = "follow_up_due"
    PRIMARY_CONCERN = "primary_concern"
    ACTION_TAKEN = "action_taken"
    # Codes the store checks against the vocabulary (store/interactions.py).
    FORMAT = "format"
    INITIATED_BY = "initiated_by"
    CONCERNS = "concerns"
    RISK = "risk"
    REFERRALS = "referrals"


def problems_with(interaction: Interaction, now: datetime) -> list[FieldProblem]:
    """Every rule the interaction breaks, each naming its field; empty when valid."""
    problems: list[FieldProblem] = []

    def problem(name: InteractionField, reason: str) -> None:
        problems.append(FieldProblem(name, reason))

    if interaction.occurred_at > now:
        problem(
            InteractionField.OCCURRED_AT,
            QT_TRANSLATE_NOOP("Errors", "the date and time cannot be in the future"),
        )
    if not MIN_DURATION_MINUTES <= interaction.duration_minutes <= MAX_DURATION_MINUTES:
        problem(
            InteractionField.DURATION_MINUTES,
            QT_TRANSLATE_NOOP("Errors", "must be from 1 to 600 minutes"),
        )
    if interaction.initiated_by is Initiator.SUPPORTER and interaction.outreach_reason is None:
        problem(
            InteractionField.OUTREACH_REASON,
            QT_TRANSLATE_NOOP("Errors", "choose why you reached out"),
        )
    if interaction.initiated_by is Initiator.STUDENT and interaction.outreach_reason is not None:
        problem(
            InteractionField.OUTREACH_REASON,
            QT_TRANSLATE_NOOP("Errors", "only applies when the supporter started the interaction"),
        )
    if interaction.primary_concern not in interaction.concerns:
        problem(
            InteractionField.PRIMARY_CONCERN,
            QT_TRANSLATE_NOOP("Errors", "must be one of the chosen concerns"),
        )
    if interaction.year_of_study is not None and interaction.year_of_study not in YEARS_OF_STUDY:
        problem(
            InteractionField.YEAR_OF_STUDY,
            QT_TRANSLATE_NOOP("Errors", "must be 1, 2, 3 or 4"),
        )
    if interaction.follow_up_due is not None and (
        interaction.follow_up_due < interaction.occurred_at.date()
    ):
        problem(
            InteractionField.FOLLOW_UP_DUE,
            QT_TRANSLATE_NOOP("Errors", "cannot be before the interaction"),
        )
    if interaction.risk is Risk.IMMEDIATE and not interaction.action_taken.strip():
        problem(
            InteractionField.ACTION_TAKEN,
            QT_TRANSLATE_NOOP("Errors", "say what was done about the immediate risk"),
        )
    return problems


def validate(interaction: Interaction, now: datetime | None = None) -> Interaction:
    """Return the interaction if it is valid, else raise InvalidRecord naming each field."""
    problems = problems_with(interaction, now or datetime.now())
    if problems:
        raise InvalidRecord(problems)
    return interaction
