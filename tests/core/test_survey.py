"""A survey response's rules against its instrument."""

from __future__ import annotations

from datetime import date

import pytest

from sbs_desktop.core.errors import InvalidRecord
from sbs_desktop.core.instrument import default_instrument
from sbs_desktop.core.survey import SurveyField, make_response

TODAY = date(2026, 5, 1)


def _fields(answers, answered_on=TODAY) -> list[str]:
    with pytest.raises(InvalidRecord) as caught:
        make_response(default_instrument(), answered_on, answers)
    return [p.field for p in caught.value.problems]


def test_a_response_keeps_answers_in_the_instrument_order_without_repeats():
    response = make_response(default_instrument(), TODAY, [
        ("barrier.stigma.sbs", "no"), ("services_used", "side_by_side"), ("year_of_study", "4"),
        ("services_used", "faculty_wellness"), ("barrier.stigma.sbs", "no")])
    assert response.answers == (("year_of_study", "4"), ("services_used", "faculty_wellness"),
                                ("services_used", "side_by_side"), ("barrier.stigma.sbs", "no"))
    assert response.instrument_version == "1" and len(response.uid) == 32
    assert response.chosen("services_used") == {"faculty_wellness", "side_by_side"}
    assert response.answer("barrier.stigma.faculty") is None


def test_bad_answers_are_named_by_question():
    assert _fields([("year_of_study", "5")]) == ["year_of_study"]
    assert _fields([("barrier.stigma.sbs", "yes"), ("barrier.stigma.sbs", "no")]) == [
        "barrier.stigma.sbs"]
    assert _fields([("services_used", "none"), ("services_used", "family_physician")]) == [
        "services_used"]
    assert _fields([("shoe_size", "9")]) == ["shoe_size"]
    assert _fields([]) == [SurveyField.ANSWERS]
    assert _fields([("year_of_study", "1")], answered_on=date(2999, 1, 1)) == [
        SurveyField.ANSWERED_ON]
