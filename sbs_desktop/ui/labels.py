"""Translated words for the stable codes: the one vocabulary table of the UI."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sbs_desktop.core.contact import ContactField
from sbs_desktop.core.interaction import InteractionField
from sbs_desktop.core.resource import ResourceField, ResourceKind
from sbs_desktop.core.schedule import ScheduleField, ScheduleMode
from sbs_desktop.core.survey import SurveyField
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.core.words import WORDS
from sbs_desktop.ui.placeholders import fill

CONTEXT = "Vocabulary"

LABELS: dict[type[StrEnum], dict[str, str]] = {
    Role: {
        Role.SUPPORTER.value: QT_TRANSLATE_NOOP("Vocabulary", "Peer supporter"),
        Role.COORDINATOR.value: QT_TRANSLATE_NOOP("Vocabulary", "Coordinator"),
    },
    **WORDS,
    ScheduleMode: {
        ScheduleMode.IN_PERSON.value: QT_TRANSLATE_NOOP("Vocabulary", "In person"),
        ScheduleMode.ONLINE.value: QT_TRANSLATE_NOOP("Vocabulary", "Online"),
    },
    ResourceKind: {
        ResourceKind.CRISIS.value: QT_TRANSLATE_NOOP("Vocabulary", "Crisis"),
        ResourceKind.REFERRAL.value: QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    },
}


# The words for the fields a FieldProblem names. Context "Fields", where these
# sentences were first translated.
FIELD_LABELS: dict[type[StrEnum], dict[str, str]] = {
    InteractionField: {
        InteractionField.OCCURRED_AT.value: QT_TRANSLATE_NOOP("Fields", "When"),
        InteractionField.DURATION_MINUTES.value: QT_TRANSLATE_NOOP("Fields", "Duration"),
        InteractionField.OUTREACH_REASON.value: QT_TRANSLATE_NOOP("Fields", "Outreach reason"),
        InteractionField.CONTACT_ID.value: QT_TRANSLATE_NOOP("Fields", "Classmate"),
        InteractionField.YEAR_OF_STUDY.value: QT_TRANSLATE_NOOP("Fields", "Year of study"),
        InteractionField.FOLLOW_UP_DUE.value: QT_TRANSLATE_NOOP("Fields", "Follow-up due"),
        InteractionField.PRIMARY_CONCERN.value: QT_TRANSLATE_NOOP("Fields", "Primary concern"),
        InteractionField.ACTION_TAKEN.value: QT_TRANSLATE_NOOP("Fields", "Action taken"),
        InteractionField.FORMAT.value: QT_TRANSLATE_NOOP("Fields", "Format"),
        InteractionField.INITIATED_BY.value: QT_TRANSLATE_NOOP("Fields", "Who started it"),
        InteractionField.CONCERNS.value: QT_TRANSLATE_NOOP("Fields", "Concerns"),
        InteractionField.RISK.value: QT_TRANSLATE_NOOP("Fields", "Risk"),
        InteractionField.REFERRALS.value: QT_TRANSLATE_NOOP("Fields", "Referrals"),
    },
    ContactField: {
        ContactField.NAME.value: QT_TRANSLATE_NOOP("Fields", "Name or initials"),
        ContactField.YEAR_OF_STUDY.value: QT_TRANSLATE_NOOP("Fields", "Year of study"),
    },
    ResourceField: {
        ResourceField.NAME.value: QT_TRANSLATE_NOOP("Fields", "Name"),
    },
    ScheduleField: {
        ScheduleField.DATES.value: QT_TRANSLATE_NOOP("Fields", "Term dates"),
        ScheduleField.WEEKDAY.value: QT_TRANSLATE_NOOP("Fields", "Day"),
        ScheduleField.END.value: QT_TRANSLATE_NOOP("Fields", "End"),
        ScheduleField.PLACE.value: QT_TRANSLATE_NOOP("Fields", "Place"),
        ScheduleField.SLOTS.value: QT_TRANSLATE_NOOP("Fields", "Weekly hours"),
        ScheduleField.EXCEPTIONS.value: QT_TRANSLATE_NOOP("Fields", "Dates off"),
    },
    SurveyField: {
        SurveyField.INSTRUMENT.value: QT_TRANSLATE_NOOP("Fields", "Instrument"),
        SurveyField.ANSWERED_ON.value: QT_TRANSLATE_NOOP("Fields", "Date"),
        SurveyField.ANSWERS.value: QT_TRANSLATE_NOOP("Fields", "Answers"),
    },
}


def label(code: StrEnum) -> str:
    """The translated label a person sees for a code."""
    # Keyed by type first: StrEnum members of different vocabularies that share a
    # code ("other", "supporter") are equal to each other.
    return QCoreApplication.translate(CONTEXT, LABELS[type(code)][code.value])


def field_label(field: str) -> str:
    """The translated name of the field a FieldProblem names.

    A survey question's code, which has no entry here, is shown as it is.
    """
    labels = FIELD_LABELS.get(type(field))
    if labels is None:
        return field
    return QCoreApplication.translate("Fields", labels[field.value])


def year_label(year: int | None) -> str:
    if year is None:
        return ""
    # A literal context: lupdate cannot read a variable and would skip the string. "%1",
    # not a plural "%n": pyside6-lupdate 6.11 does not see the count of translate().
    return fill(QCoreApplication.translate("Vocabulary", "Year %1"), str(year))
