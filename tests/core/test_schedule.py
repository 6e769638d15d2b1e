"""Weekly slots: validation, sessions with dates off, hours offered."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from sbs_desktop.core.errors import InvalidRecord
from sbs_desktop.core.schedule import (
    OfferedHours,
    ScheduleField,
    ScheduleMode,
    ScheduleSlot,
    Term,
    WeeklyHours,
    hours_per_week,
    occurrences,
    offered_hours,
    upcoming,
    validate,
)

ONLINE, IN_PERSON = ScheduleMode.ONLINE, ScheduleMode.IN_PERSON
MONDAY_NOON = ScheduleSlot(0, time(12), time(13, 30), IN_PERSON, "Room 2101")
WEDNESDAY_EVENING = ScheduleSlot(2, time(18), time(19), ONLINE)
# 2026-09-07 is a Monday.
TERM = Term(date(2026, 9, 7), date(2026, 9, 27), (MONDAY_NOON, WEDNESDAY_EVENING),
            frozenset({date(2026, 9, 14)}))


def _fields(term: Term) -> list[str]:
    with pytest.raises(InvalidRecord) as caught:
        validate(term)
    return [p.field for p in caught.value.problems]


def test_a_valid_term_passes():
    assert validate(TERM) is TERM


def test_overlapping_slots_are_refused_naming_the_field():
    clash = ScheduleSlot(0, time(13), time(14), ONLINE)
    assert _fields(Term(TERM.start, TERM.end, (MONDAY_NOON, clash))) == [ScheduleField.SLOTS]


def test_slots_that_only_touch_do_not_overlap():
    after = ScheduleSlot(0, time(13, 30), time(14), ONLINE)
    validate(Term(TERM.start, TERM.end, (MONDAY_NOON, after)))


def test_end_before_start_is_refused_for_slots_and_terms():
    backwards = ScheduleSlot(1, time(15), time(14), ONLINE)
    assert _fields(Term(TERM.start, TERM.end, (backwards,))) == [ScheduleField.END]
    empty = ScheduleSlot(1, time(15), time(15), ONLINE)
    assert _fields(Term(TERM.start, TERM.end, (empty,))) == [ScheduleField.END]
    assert _fields(Term(date(2026, 9, 30), date(2026, 9, 1))) == [ScheduleField.DATES]


def test_in_person_hours_need_a_place_and_dates_off_fall_in_the_term():
    assert _fields(Term(TERM.start, TERM.end, (ScheduleSlot(0, time(9), time(10), IN_PERSON),
                                                ))) == [ScheduleField.PLACE]
    assert _fields(Term(TERM.start, TERM.end, (), frozenset({date(2027, 1, 1)}))) == [
        ScheduleField.EXCEPTIONS]


def test_sessions_leave_out_dates_off():
    days = [(o.day, o.slot.mode) for o in occurrences(TERM)]
    assert days == [
        (date(2026, 9, 7), IN_PERSON), (date(2026, 9, 9), ONLINE),
        (date(2026, 9, 16), ONLINE),
        (date(2026, 9, 21), IN_PERSON), (date(2026, 9, 23), ONLINE),
    ]


def test_upcoming_starts_after_now_and_skips_dates_off():
    # Monday the 7th at 13:00: that session is still under way, so it is shown.
    shown = upcoming([TERM], datetime(2026, 9, 7, 13), count=3)
    assert [o.starts_at for o in shown] == [
        datetime(2026, 9, 7, 12), datetime(2026, 9, 9, 18), datetime(2026, 9, 16, 18)]
    assert upcoming([TERM], datetime(2026, 9, 30)) == []


def test_upcoming_merges_terms_in_time_order():
    later = Term(date(2026, 10, 1), date(2026, 10, 31), (ScheduleSlot(3, time(8), time(9),
                                                                      ONLINE),))
    shown = upcoming([later, TERM], datetime(2026, 9, 20), count=4)
    assert [o.day for o in shown] == [date(2026, 9, 21), date(2026, 9, 23), date(2026, 10, 1),
                                      date(2026, 10, 8)]


def test_hours_offered_per_day_and_week_with_dates_off():
    offered = offered_hours([TERM])
    assert offered[:3] == [OfferedHours(date(2026, 9, 7), "in_person", 1.5),
                           OfferedHours(date(2026, 9, 9), "online", 1.0),
                           OfferedHours(date(2026, 9, 16), "online", 1.0)]
    assert sum(o.hours for o in offered) == 1.5 * 2 + 1.0 * 3
    assert hours_per_week(offered) == [
        WeeklyHours(date(2026, 9, 7), "in_person", 1.5), WeeklyHours(date(2026, 9, 7), "online", 1),
        WeeklyHours(date(2026, 9, 14), "online", 1.0),
        WeeklyHours(date(2026, 9, 21), "in_person", 1.5),
        WeeklyHours(date(2026, 9, 21), "online", 1.0),
    ]
