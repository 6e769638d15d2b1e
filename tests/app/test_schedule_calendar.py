"""The .ics file: recurring events with dates off, read back into the same hours."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from sbs_desktop.app.schedule import record_term, terms
from sbs_desktop.app.schedule_calendar import calendar_of, export_calendar, read_calendar
from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term, occurrences

ZONE = "America/Toronto"
SUMMARIES = {"in_person": "Peer support (in person)", "online": "Peer support (online)"}
# Across the autumn change back from daylight time (2026-11-01): times must not shift.
TERM = Term(
    date(2026, 9, 2), date(2026, 12, 11),
    (ScheduleSlot(0, time(12), time(13, 30), ScheduleMode.IN_PERSON, "Roger Guindon 2101"),
     ScheduleSlot(2, time(18), time(19), ScheduleMode.ONLINE),
     ScheduleSlot(4, time(8, 15), time(9), ScheduleMode.ONLINE)),
    frozenset({date(2026, 10, 12), date(2026, 10, 14), date(2026, 11, 4), date(2026, 10, 13)}))


def test_each_slot_is_one_recurring_event_with_its_dates_off():
    data = calendar_of([TERM], ZONE, SUMMARIES, identity="abc")
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == [ZONE]
    for event in events:
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        assert event.get("UID") and event.get("DTSTAMP")


def test_the_calendar_reads_back_into_the_same_slots_and_dates_off():
    data = calendar_of([TERM], ZONE, SUMMARIES, identity="abc")
    read = read_calendar(data, ZONE)
    assert [r.slot for r in read] == list(TERM.slots)
    by_weekday = {r.slot.weekday: r for r in read}
    # Dates off that fall on a slot's weekday are that event's EXDATEs; the Tuesday
    # (13 Oct) has no hours, so there is nothing to leave out for it.
    assert by_weekday[0].dates_off == {date(2026, 10, 12)}
    assert by_weekday[2].dates_off == {date(2026, 10, 14), date(2026, 11, 4)}
    assert by_weekday[4].dates_off == frozenset()
    assert {r.last_day for r in read} == {TERM.end}


def test_a_calendar_program_expands_the_events_to_the_same_sessions():
    """Expanding RRULE minus EXDATE (as calendar programs do) gives the core's sessions."""
    calendar = Calendar.from_ical(calendar_of([TERM], ZONE, SUMMARIES, identity="abc"))
    zone = ZoneInfo(ZONE)
    expanded = set()
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
        off = {d.dt for entry in ([event["EXDATE"]] if "EXDATE" in event and not isinstance(
            event["EXDATE"], list) else event.get("EXDATE", [])) for d in entry.dts}
        for moment in rule:
            if moment not in off:
                local = moment.astimezone(zone)
                expanded.add((local.date(), local.time()))
    assert expanded == {(o.day, o.slot.start) for o in occurrences(TERM)}


def test_the_export_writes_the_file_whole(supporter_vault, tmp_path):
    record_term(supporter_vault, TERM)
    path = export_calendar(supporter_vault, terms(supporter_vault), tmp_path / "hours.ics", ZONE,
                           SUMMARIES)
    assert [r.slot for r in read_calendar(path.read_bytes(), ZONE)] == list(TERM.slots)
    assert not list(tmp_path.glob("*.part"))
