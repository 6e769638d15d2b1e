"""A supporter's weekly support hours for a term, the dates off, and what they add up to."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord

WEEKDAYS = tuple(range(7))  # Monday = 0, as date.weekday() counts


class ScheduleMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


@dataclass(frozen=True)
class ScheduleSlot:
    """Weekly hours: every `weekday` from `start` to `end`, in person at `place` or online."""

    weekday: int
    start: time
    end: time
    mode: ScheduleMode
    place: str = ""
    id: int | None = None

    @property
    def hours(self) -> float:
        minutes = (self.end.hour - self.start.hour) * 60 + self.end.minute - self.start.minute
        return minutes / 60

    def same_hours(self, other: ScheduleSlot) -> bool:
        """Equal apart from the storage id."""
        return (self.weekday, self.start, self.end, self.mode, self.place) == (
            other.weekday, other.start, other.end, other.mode, other.place)


@dataclass(frozen=True)
class Term:
    """The slots that hold every week from `start` to `end` (inclusive), except dates off."""

    start: date
    end: date
    slots: tuple[ScheduleSlot, ...] = ()
    exceptions: frozenset[date] = field(default_factory=frozenset)
    id: int | None = None


@dataclass(frozen=True)
class Occurrence:
    """One actual session: a slot on a given date."""

    day: date
    slot: ScheduleSlot

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.slot.start)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.day, self.slot.end)


@dataclass(frozen=True)
class OfferedHours:
    """Support hours offered on one date in one mode."""

    day: date
    mode: str
    hours: float


@dataclass(frozen=True)
class WeeklyHours:
    """Support hours offered in the ISO week starting on Monday `week_start`, in one mode."""

    week_start: date
    mode: str
    hours: float


class SlotProblem(FieldProblem):
    """A problem with particular slots, so that a form can point at them."""

    def __init__(self, field: ScheduleField, reason: str, slots: tuple[int, ...]) -> None:
        super().__init__(field, reason)
        self.slots = slots


class ScheduleField(StrEnum):
    """The fields a problem with a term or one of its slots can name."""

    DATES = "dates"
    WEEKDAY = "weekday"
    END = "end"
    PLACE = "place"
    SLOTS = "slots"
    EXCEPTIONS = "exceptions"


def problems_with(term: Term) -> list[FieldProblem]:
    """Every rule the term breaks, each naming its field; empty when valid."""
    problems: list[FieldProblem] = []
    if term.end < term.start:
        problems.append(FieldProblem(
            ScheduleField.DATES,
            QT_TRANSLATE_NOOP("Errors", "the term cannot end before it starts")))
    for index, slot in enumerate(term.slots):
        if slot.weekday not in WEEKDAYS:
            problems.append(SlotProblem(
                ScheduleField.WEEKDAY,
                QT_TRANSLATE_NOOP("Errors", "must be a day from Monday to Sunday"),
                (index,)))
        if slot.end <= slot.start:
            problems.append(SlotProblem(
                ScheduleField.END,
                QT_TRANSLATE_NOOP("Errors", "the hours must end after they start"),
                (index,)))
        if slot.mode is ScheduleMode.IN_PERSON and not slot.place.strip():
            problems.append(SlotProblem(
                ScheduleField.PLACE,
                QT_TRANSLATE_NOOP("Errors", "say where in-person hours take place"),
                (index,)))
    for first, second in overlapping_slots(term.slots):
        problems.append(SlotProblem(
            ScheduleField.SLOTS,
            QT_TRANSLATE_NOOP("Errors", "two slots on the same day overlap; change one of them"),
            (first, second)))
    if term.end >= term.start and any(not term.start <= d <= term.end for d in term.exceptions):
        problems.append(FieldProblem(
            ScheduleField.EXCEPTIONS,
            QT_TRANSLATE_NOOP("Errors", "every date off must fall within the term")))
    return problems


def validate(term: Term) -> Term:
    """Return the term if it is valid, else raise InvalidRecord naming each field."""
    problems = problems_with(term)
    if problems:
        raise InvalidRecord(problems)
    return term


def overlapping_slots(slots: tuple[ScheduleSlot, ...]) -> list[tuple[int, int]]:
    """Index pairs of slots that share a weekday and some minutes (touching is fine)."""
    pairs = []
    for i, a in enumerate(slots):
        for j in range(i + 1, len(slots)):
            b = slots[j]
            if a.weekday == b.weekday and a.start < b.end and b.start < a.end:
                pairs.append((i, j))
    return pairs


def terms_overlap(a: Term, b: Term) -> bool:
    return a.start <= b.end and b.start <= a.end


def occurrences(term: Term, first: date | None = None, last: date | None = None
                ) -> Iterator[Occurrence]:
    """The sessions of a term between `first` and `last` (inclusive), dates off left out."""
    first = max(first or term.start, term.start)
    last = min(last or term.end, term.end)
    by_weekday: dict[int, list[ScheduleSlot]] = defaultdict(list)
    for slot in sorted(term.slots, key=lambda s: s.start):
        by_weekday[slot.weekday].append(slot)
    day = first
    while day <= last:
        if day not in term.exceptions:
            for slot in by_weekday.get(day.weekday(), ()):
                yield Occurrence(day, slot)
        day += timedelta(days=1)


def upcoming(terms: Iterable[Term], now: datetime, count: int = 5) -> list[Occurrence]:
    """The next `count` sessions not yet over at `now`, in time order."""
    found: list[Occurrence] = []
    for term in terms:
        taken = 0
        # A term yields in time order, so its first `count` sessions are all it can add.
        for occurrence in occurrences(term, first=now.date()):
            if taken == count:
                break
            if occurrence.ends_at > now:
                found.append(occurrence)
                taken += 1
    found.sort(key=lambda o: (o.starts_at, o.slot.mode))
    return found[:count]


def offered_hours(terms: Iterable[Term]) -> list[OfferedHours]:
    """Hours offered per date and mode over all terms, dates off left out; dates in order."""
    totals: dict[tuple[date, str], float] = defaultdict(float)
    for term in terms:
        for occurrence in occurrences(term):
            totals[(occurrence.day, occurrence.slot.mode.value)] += occurrence.slot.hours
    return [OfferedHours(day, mode, hours) for (day, mode), hours in sorted(totals.items())]


def hours_per_week(offered: Iterable[OfferedHours]) -> list[WeeklyHours]:
    """Daily hours summed into ISO weeks (Monday to Sunday), per mode."""
    totals: dict[tuple[date, str], float] = defaultdict(float)
    for entry in offered:
        monday = entry.day - timedelta(days=entry.day.weekday())
        totals[(monday, entry.mode)] += entry.hours
    return [WeeklyHours(week, mode, hours) for (week, mode), hours in sorted(totals.items())]
