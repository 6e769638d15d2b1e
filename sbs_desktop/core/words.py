"""The English words for the interaction vocabulary's codes, marked for the catalogue.

Codes inside, words outside: nothing here is translated or shown. The window
(ui/labels.py) and the report (analysis/wording.py) both translate these same texts in
the "Vocabulary" context, so a label reworded here changes in both and keeps one French.
"""

from __future__ import annotations

from enum import StrEnum

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, OutreachReason, Referral, Risk

WORDS: dict[type[StrEnum], dict[str, str]] = {
    Format: {
        Format.IN_PERSON.value: QT_TRANSLATE_NOOP("Vocabulary", "In person"),
        Format.PHONE.value: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
        Format.VIDEO.value: QT_TRANSLATE_NOOP("Vocabulary", "Video"),
        Format.TEXT_MESSAGE.value: QT_TRANSLATE_NOOP("Vocabulary", "Text message"),
        Format.ONLINE_MESSAGE.value: QT_TRANSLATE_NOOP("Vocabulary", "Online message"),
        Format.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other format"),
    },
    Initiator: {
        Initiator.STUDENT.value: QT_TRANSLATE_NOOP("Vocabulary", "Student"),
        Initiator.SUPPORTER.value: QT_TRANSLATE_NOOP("Vocabulary", "Supporter"),
    },
    OutreachReason: {
        OutreachReason.NOTICED_CHANGE.value: QT_TRANSLATE_NOOP("Vocabulary", "Noticed a change"),
        OutreachReason.ROUTINE_CHECK_IN.value: QT_TRANSLATE_NOOP("Vocabulary", "Routine check-in"),
        OutreachReason.FOLLOW_UP.value: QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
        OutreachReason.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other reason"),
    },
    Concern: {
        Concern.ACADEMIC.value: QT_TRANSLATE_NOOP("Vocabulary", "Academic"),
        Concern.EXAMS.value: QT_TRANSLATE_NOOP("Vocabulary", "Exams"),
        Concern.CLERKSHIP.value: QT_TRANSLATE_NOOP("Vocabulary", "Clerkship"),
        Concern.CAREER_MATCH.value: QT_TRANSLATE_NOOP("Vocabulary", "Career and match"),
        Concern.BURNOUT_STRESS.value: QT_TRANSLATE_NOOP("Vocabulary", "Burnout and stress"),
        Concern.MOOD_ANXIETY.value: QT_TRANSLATE_NOOP("Vocabulary", "Mood and anxiety"),
        Concern.RELATIONSHIPS_FAMILY.value: QT_TRANSLATE_NOOP(
            "Vocabulary", "Relationships and family"
        ),
        Concern.FINANCES.value: QT_TRANSLATE_NOOP("Vocabulary", "Finances"),
        Concern.MISTREATMENT.value: QT_TRANSLATE_NOOP("Vocabulary", "Mistreatment"),
        Concern.PHYSICAL_HEALTH.value: QT_TRANSLATE_NOOP("Vocabulary", "Physical health"),
        Concern.SUBSTANCE_USE.value: QT_TRANSLATE_NOOP("Vocabulary", "Substance use"),
        Concern.GRIEF.value: QT_TRANSLATE_NOOP("Vocabulary", "Grief"),
        Concern.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other concern"),
    },
    Risk: {
        Risk.NONE.value: QT_TRANSLATE_NOOP("Vocabulary", "No concern"),
        Risk.CONCERNED.value: QT_TRANSLATE_NOOP("Vocabulary", "Concerned"),
        Risk.VERY_CONCERNED.value: QT_TRANSLATE_NOOP("Vocabulary", "Very concerned"),
        Risk.IMMEDIATE.value: QT_TRANSLATE_NOOP("Vocabulary", "Immediate risk"),
    },
    Referral: {
        Referral.FACULTY_WELLNESS.value: QT_TRANSLATE_NOOP("Vocabulary", "Faculty wellness office"),
        Referral.UNIVERSITY_COUNSELLING.value: QT_TRANSLATE_NOOP(
            "Vocabulary", "University counselling"
        ),
        Referral.PHYSICIAN_HEALTH_PROGRAM.value: QT_TRANSLATE_NOOP(
            "Vocabulary", "Physician health program"
        ),
        Referral.FAMILY_PHYSICIAN.value: QT_TRANSLATE_NOOP("Vocabulary", "Family physician"),
        Referral.CRISIS_LINE.value: QT_TRANSLATE_NOOP("Vocabulary", "Crisis line"),
        Referral.EMERGENCY.value: QT_TRANSLATE_NOOP("Vocabulary", "Emergency services"),
        Referral.ACADEMIC_SUPPORT.value: QT_TRANSLATE_NOOP("Vocabulary", "Academic support"),
        Referral.OTHER.value: QT_TRANSLATE_NOOP("Vocabulary", "Other referral"),
    },
}
