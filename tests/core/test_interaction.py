"""The interaction rules: each broken rule names its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from sbs_desktop.core.errors import InvalidRecord
from sbs_desktop.core.interaction import Interaction, problems_with, validate
from sbs_desktop.core.interaction import InteractionField as Field
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, OutreachReason, Risk

NOW = datetime(2026, 3, 10, 14, 0)


def routine(**changes) -> Interaction:
    base = Interaction(
        occurred_at=NOW - timedelta(hours=2), duration_minutes=30, format=Format.IN_PERSON,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
        concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE)
    return replace(base, **changes)


def fields(interaction: Interaction) -> list[Field]:
    return [p.field for p in problems_with(interaction, NOW)]


def test_a_routine_interaction_is_valid():
    assert validate(routine(), NOW) == routine()


def test_a_future_time_is_refused_but_now_is_not():
    assert fields(routine(occurred_at=NOW + timedelta(minutes=1))) == [Field.OCCURRED_AT]
    assert fields(routine(occurred_at=NOW)) == []


@pytest.mark.parametrize("minutes, wrong", [(0, True), (1, False), (600, False), (601, True),
                                            (-5, True)])
def test_duration_is_1_to_600_minutes(minutes, wrong):
    assert fields(routine(duration_minutes=minutes)) == ([Field.DURATION_MINUTES] if wrong else [])


def test_a_supporter_who_reached_out_says_why():
    assert fields(routine(initiated_by=Initiator.SUPPORTER)) == [Field.OUTREACH_REASON]
    assert fields(routine(initiated_by=Initiator.SUPPORTER,
                          outreach_reason=OutreachReason.NOTICED_CHANGE)) == []


def test_an_outreach_reason_needs_the_supporter_to_have_started_it():
    assert fields(routine(outreach_reason=OutreachReason.FOLLOW_UP)) == [Field.OUTREACH_REASON]


def test_the_primary_concern_is_among_the_concerns():
    assert fields(routine(concerns=frozenset({Concern.GRIEF}))) == [Field.PRIMARY_CONCERN]
    assert fields(routine(concerns=frozenset())) == [Field.PRIMARY_CONCERN]


def test_year_of_study_is_1_to_4():
    assert fields(routine(year_of_study=5)) == [Field.YEAR_OF_STUDY]
    assert fields(routine(year_of_study=4)) == []


def test_a_follow_up_cannot_come_before_the_interaction():
    assert fields(routine(follow_up_due=date(2026, 3, 9))) == [Field.FOLLOW_UP_DUE]
    assert fields(routine(follow_up_due=date(2026, 3, 10))) == []


def test_immediate_risk_needs_the_action_taken():
    assert fields(routine(risk=Risk.IMMEDIATE, action_taken="   ")) == [Field.ACTION_TAKEN]
    assert fields(routine(risk=Risk.IMMEDIATE, action_taken="Called 9-8-8 together")) == []


def test_every_broken_rule_is_reported_at_once():
    bad = routine(occurred_at=NOW + timedelta(days=1), duration_minutes=0,
                  initiated_by=Initiator.SUPPORTER, concerns=frozenset())
    with pytest.raises(InvalidRecord) as raised:
        validate(bad, NOW)
    assert [p.field for p in raised.value.problems] == [
        Field.OCCURRED_AT, Field.DURATION_MINUTES, Field.OUTREACH_REASON, Field.PRIMARY_CONCERN]
    assert "duration_minutes: must be from 1 to 600 minutes" in raised.value.message
