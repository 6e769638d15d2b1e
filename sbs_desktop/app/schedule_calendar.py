"""Support hours as an iCalendar (.ics) file classmates can add to their calendars.

Each weekly slot of a term is one recurring event (RRULE weekly until the term ends)
with its dates off as EXDATEs, in a named time zone with its VTIMEZONE, which is what
Google Calendar, Outlook and Apple Calendar import cleanly.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from sbs_desktop import __version__
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FileRejected, StorageFailed
from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
from sbs_desktop.store.vault import Vault

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MODE_PROPERTY = "X-SBS-MODE"


@dataclass(frozen=True)
class CalendarSlot:
    """A recurring event read back from a calendar file."""

    slot: ScheduleSlot
    first_day: date
    last_day: date
    dates_off: frozenset[date]


def _first_on_weekday(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def calendar_of(terms: list[Term], zone_name: str, summaries: Mapping[str, str],
                identity: str, stamp: datetime | None = None) -> bytes:
    """The .ics text for `terms`; `summaries` gives each mode's event title.

    `identity` makes event UIDs stable across exports, so a calendar that imports a
    newer file updates the events instead of doubling them.
    """
    zone = ZoneInfo(zone_name)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//Side-by-Side Desktop//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for term in terms:
        for slot in term.slots:
            first = _first_on_weekday(term.start, slot.weekday)
            if first > term.end:
                continue
            event = Event()
            event.add("uid", f"{identity}-{term.start:%Y%m%d}-{slot.weekday}-"
                             f"{slot.start:%H%M}@side-by-side.invalid")
            event.add("dtstamp", stamp)
            event.add("summary", summaries[slot.mode.value])
            if slot.place:
                event.add("location", slot.place)
            event.add("dtstart", datetime.combine(first, slot.start, zone))
            event.add("dtend", datetime.combine(first, slot.end, zone))
            # RFC 5545: with a zoned DTSTART, UNTIL is given in UTC.
            until = datetime.combine(term.end, slot.end, zone).astimezone(UTC)
            event.add("rrule", {"freq": "weekly", "byday": WEEKDAY_CODES[slot.weekday],
                                "until": until})
            dates_off = sorted(d for d in term.exceptions
                               if d.weekday() == slot.weekday and first <= d <= term.end)
            if dates_off:
                event.add("exdate", [datetime.combine(d, slot.start, zone) for d in dates_off])
            event.add(MODE_PROPERTY, slot.mode.value)
            calendar.add_component(event)
    if terms:
        # Only the years the terms span, or the VTIMEZONE lists every change since 1970.
        calendar.add_missing_timezones(
            first_date=date(min(t.start for t in terms).year - 1, 1, 1),
            last_date=date(max(t.end for t in terms).year + 2, 1, 1))
    return calendar.to_ical()


def export_calendar(vault: Vault, terms: list[Term], path: Path, zone_name: str,
                    summaries: Mapping[str, str]) -> Path:
    """Write the .ics file for `terms` to `path` (whole or not at all)."""
    data = calendar_of(terms, zone_name, summaries, identity=vault.vault_id[:12])
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageFailed(path=str(path), reason=error.strerror or str(error)) from None
    return path


def _local(value: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), zone)
    return value.astimezone(zone) if value.tzinfo else value.replace(tzinfo=zone)


def read_calendar(data: bytes, zone_name: str, source: str = "calendar.ics"
                  ) -> list[CalendarSlot]:
    """The weekly slots of a calendar file this program wrote, in the given time zone."""
    zone = ZoneInfo(zone_name)
    try:
        calendar = Calendar.from_ical(data)
    except ValueError:
        raise FileRejected(file=source, reason=QT_TRANSLATE_NOOP(
            "Errors", "this is not an iCalendar file")) from None
    found = []
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        start = _local(event.decoded("dtstart"), zone)
        end = _local(event.decoded("dtend"), zone)
        rule = event.get("rrule")
        if rule is None or rule.get("FREQ") != ["WEEKLY"] or "UNTIL" not in rule:
            raise FileRejected(file=source, row=number, column="RRULE", reason=QT_TRANSLATE_NOOP(
                "Errors", "each event must repeat weekly until a date"))
        until = _local(rule["UNTIL"][0], zone)
        dates_off: set[date] = set()
        exdates = event.get("exdate", [])
        for entry in exdates if isinstance(exdates, list) else [exdates]:
            dates_off.update(_local(d.dt, zone).date() for d in entry.dts)
        mode = ScheduleMode(str(event.get(MODE_PROPERTY, ScheduleMode.IN_PERSON.value)))
        slot = ScheduleSlot(weekday=start.weekday(), start=start.time().replace(tzinfo=None),
                            end=end.time().replace(tzinfo=None), mode=mode,
                            place=str(event.get("location", "")))
        found.append(CalendarSlot(slot, start.date(), until.date(), frozenset(dates_off)))
    return found
