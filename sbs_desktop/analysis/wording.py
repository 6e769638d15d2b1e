"""English words for codes in the report (the window uses its translated labels instead)."""

from __future__ import annotations

from sbs_desktop.core.instrument import BARRIER_ITEM, default_instrument

ENGLISH = {
    "format": {"in_person": "In person", "phone": "Phone", "video": "Video",
               "text_message": "Text message", "online_message": "Online message",
               "other": "Other format"},
    "initiated_by": {"student": "Student", "supporter": "Supporter"},
    "outreach_reason": {"noticed_change": "Noticed a change",
                        "routine_check_in": "Routine check-in", "follow_up": "Follow-up",
                        "other": "Other reason"},
    "concern": {"academic": "Academic", "exams": "Exams", "clerkship": "Clerkship",
                "career_match": "Career and match", "burnout_stress": "Burnout and stress",
                "mood_anxiety": "Mood and anxiety",
                "relationships_family": "Relationships and family", "finances": "Finances",
                "mistreatment": "Mistreatment", "physical_health": "Physical health",
                "substance_use": "Substance use", "grief": "Grief", "other": "Other concern"},
    "risk": {"none": "No concern", "concerned": "Concerned",
             "very_concerned": "Very concerned", "immediate": "Immediate risk"},
    "referral": {"faculty_wellness": "Faculty wellness office",
                 "university_counselling": "University counselling",
                 "physician_health_program": "Physician health program",
                 "family_physician": "Family physician", "crisis_line": "Crisis line",
                 "emergency": "Emergency services", "academic_support": "Academic support",
                 "other": "Other referral"},
    "year_of_study": {"1": "Year 1", "2": "Year 2", "3": "Year 3", "4": "Year 4",
                      "unknown": "Not recorded"},
    "service": {"faculty": "Faculty of Medicine services", "sbs": "Side-by-Side"},
    "axis": {"interactions": "Interactions", "outreach_reason": "Why supporters reached out",
             "percent_of_respondents": "% of respondents naming the barrier (95% CI)",
             "suppressed": "fewer than 5", "other_hidden": "Small counts (hidden)"},
}


def english(vocabulary: str, code: str) -> str:
    """The English word for a code; barriers take their label from the instrument."""
    if vocabulary == "barrier":
        for item in default_instrument().items:
            if item.code == BARRIER_ITEM:
                for row in item.rows:
                    if row.code == code:
                        return row.labels["en"]
    return ENGLISH.get(vocabulary, {}).get(code, code)
