"""The stable codes of the interaction log (docs/design.md, Domain vocabulary).

Codes never change once shipped: exports, merged data and statistics key on them.
Their translated labels live in the UI.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SUPPORTER = "supporter"
    COORDINATOR = "coordinator"


class Format(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    TEXT_MESSAGE = "text_message"
    ONLINE_MESSAGE = "online_message"
    OTHER = "other"


class Initiator(StrEnum):
    STUDENT = "student"
    SUPPORTER = "supporter"


class OutreachReason(StrEnum):
    NOTICED_CHANGE = "noticed_change"
    ROUTINE_CHECK_IN = "routine_check_in"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class Concern(StrEnum):
    ACADEMIC = "academic"
    EXAMS = "exams"
    CLERKSHIP = "clerkship"
    CAREER_MATCH = "career_match"
    BURNOUT_STRESS = "burnout_stress"
    MOOD_ANXIETY = "mood_anxiety"
    RELATIONSHIPS_FAMILY = "relationships_family"
    FINANCES = "finances"
    MISTREATMENT = "mistreatment"
    PHYSICAL_HEALTH = "physical_health"
    SUBSTANCE_USE = "substance_use"
    GRIEF = "grief"
    OTHER = "other"


class Risk(StrEnum):
    NONE = "none"
    CONCERNED = "concerned"
    VERY_CONCERNED = "very_concerned"
    IMMEDIATE = "immediate"


class Referral(StrEnum):
    FACULTY_WELLNESS = "faculty_wellness"
    UNIVERSITY_COUNSELLING = "university_counselling"
    PHYSICIAN_HEALTH_PROGRAM = "physician_health_program"
    FAMILY_PHYSICIAN = "family_physician"
    CRISIS_LINE = "crisis_line"
    EMERGENCY = "emergency"
    ACADEMIC_SUPPORT = "academic_support"
    OTHER = "other"


# The MD programme runs four years; pre-clerkship is years 1 and 2, clerkship 3 and 4.
YEARS_OF_STUDY: tuple[int, ...] = (1, 2, 3, 4)

MIN_DURATION_MINUTES = 1
MAX_DURATION_MINUTES = 600
