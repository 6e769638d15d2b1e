"""The checks of each bundle table, cell by cell and between columns, and the typed table.

CHECKERS maps each table of the format to its checker; every checker takes the table's
columns of text cells (from bundle_csv), the bundle's manifest, the table's Rejecter
and the instrument lookup, and returns the table with its numbers typed or raises
BundleRejected naming the first bad cell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from sbs_desktop.core.instrument import Instrument
from sbs_desktop.core.merged import ColumnTable
from sbs_desktop.core.vocabulary import (
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.exchange.bundle_rejections import (
    BAD_ACADEMIC_YEAR,
    BAD_PSEUDONYM,
    INSTRUMENT_MISSING,
    INSTRUMENT_NOT_NEWEST,
    INSTRUMENT_WITHOUT_ROWS,
    OTHER_SUPPORTER,
    OUTREACH_FOR_STUDENT,
    OUTREACH_MISSING,
    PERIOD_HOURS,
    PRIMARY_NOT_IN_CONCERNS,
    REPEATED_ANSWER,
    RESPONSE_DISAGREES,
    RESPONSE_SPLIT,
    TOO_LONG,
    TWO_ANSWERS,
    UNKNOWN_ANSWER,
    UNKNOWN_INSTRUMENT,
    UNKNOWN_QUESTION,
    YEAR_OF_OTHER_PERIOD,
    Rejecter,
)
from sbs_desktop.exchange.column_checks import TableCheck
from sbs_desktop.exchange.format import CODE_SEPARATOR, MANIFEST_FILE, TABLES
from sbs_desktop.exchange.manifest import Manifest

# (instrument id, version) -> the instrument, or None when the vault does not know it.
InstrumentLookup = Callable[[str, str], Instrument | None]
Checker = Callable[[list[list[str]], Manifest, Rejecter, InstrumentLookup], ColumnTable]

INTERACTION_PSEUDONYM = re.compile(r"I-[0-9a-f]{16}")
CLASSMATE_PSEUDONYM = re.compile(r"C-[0-9a-f]{16}")
RESPONSE_PSEUDONYM = re.compile(r"R-[0-9a-f]{16}")
ACADEMIC_YEAR = re.compile(r"([0-9]{4})-([0-9]{4})")
FOLLOW_UP_STATES = frozenset({"none", "open", "done"})
SCHEDULE_MODES = frozenset({"in_person", "online"})
# Hours offered in one period and mode cannot exceed the hours the period has.
MAX_HOURS = {"week": 7 * 24, "month": 31 * 24}
ONE_ANSWER_KINDS = frozenset({"single", "yes_no"})
# Instrument ids, versions, question and answer codes are looked up in the vault's
# instruments; anything longer than this is refused before it is looked up or shown.
MAX_CODE_CHARS = 120


def _codes(vocabulary: type) -> frozenset[str]:
    # Plain strings, so that equal codes of different vocabularies never mix.
    return frozenset(member.value for member in vocabulary)


FORMATS = _codes(Format)
INITIATORS = _codes(Initiator)
OUTREACH_REASONS = _codes(OutreachReason)
CONCERNS = _codes(Concern)
RISKS = _codes(Risk)
REFERRALS = _codes(Referral)
YEARS = frozenset(str(year) for year in YEARS_OF_STUDY)


def _academic_year(text: str) -> bool:
    found = ACADEMIC_YEAR.fullmatch(text)
    return bool(found) and int(found.group(2)) == int(found.group(1)) + 1


def _first_year_of(day: date) -> int:
    # An academic year runs from 1 September to 31 August.
    return day.year if day.month >= 9 else day.year - 1


def _academic_years_of(period: str) -> set[int]:
    """First years of the academic years a day of this (real) period can fall in."""
    if "-W" in period:
        year, week = period.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return {_first_year_of(monday), _first_year_of(monday + timedelta(days=6))}
    year, month = period.split("-")
    return {_first_year_of(date(int(year), int(month), 1))}


def _years_fit_periods(table: TableCheck) -> None:
    """The academic year was taken from the exact date, so it must hold the row's period."""
    pairs = list(zip(table.column("period"), table.column("academic_year"), strict=True))
    bad = {(period, year) for period, year in set(pairs)
           if int(year[:4]) not in _academic_years_of(period)}
    if bad:
        raise table.fail("academic_year", next(i for i, pair in enumerate(pairs) if pair in bad),
                         YEAR_OF_OTHER_PERIOD)


def check_interactions(values: list[list[str]], manifest: Manifest, reject: Rejecter,
                       instruments: InstrumentLookup) -> ColumnTable:
    """interactions.csv: pseudonyms, periods, codes, ranges and the rules between columns."""
    columns = TABLES["interactions"][1]
    table = TableCheck(columns, values, reject)
    table.pattern("interaction", INTERACTION_PSEUDONYM, BAD_PSEUDONYM)
    table.unique("interaction")
    table.same("supporter", manifest.supporter, OTHER_SUPPORTER)
    table.periods("period", manifest)
    table.check("academic_year", _academic_year, BAD_ACADEMIC_YEAR)
    _years_fit_periods(table)
    duration = table.whole_numbers("duration_minutes", MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
    table.codes("format", FORMATS)
    table.codes("initiated_by", INITIATORS)
    table.codes("outreach_reason", OUTREACH_REASONS, optional=True)
    initiators, reasons = table.column("initiated_by"), table.column("outreach_reason")
    student = Initiator.STUDENT.value
    pairs = list(zip(initiators, reasons, strict=True))
    if any((initiator == student) == bool(reason) for initiator, reason in set(pairs)):
        for index, (initiator, reason) in enumerate(pairs):
            if (initiator == student) == bool(reason):
                raise table.fail("outreach_reason", index,
                                 OUTREACH_FOR_STUDENT if reason else OUTREACH_MISSING,
                                 show_value=bool(reason))
    table.codes("primary_concern", CONCERNS)
    table.code_lists("concerns", CONCERNS, optional=False)
    pairs = list(zip(table.column("primary_concern"), table.column("concerns"), strict=True))
    if any(primary not in concerns.split(CODE_SEPARATOR) for primary, concerns in set(pairs)):
        for index, (primary, concerns) in enumerate(pairs):
            if primary not in concerns.split(CODE_SEPARATOR):
                raise table.fail("concerns", index, PRIMARY_NOT_IN_CONCERNS)
    table.codes("risk", RISKS)
    table.code_lists("referrals", REFERRALS, optional=True)
    table.codes("follow_up", FOLLOW_UP_STATES)
    table.pattern("classmate", CLASSMATE_PSEUDONYM, BAD_PSEUDONYM, optional=True)
    table.codes("year_of_study", YEARS, optional=True)
    years = [int(v) if v else None for v in table.column("year_of_study")]
    typed = list(values)
    typed[columns.index("duration_minutes")] = duration
    typed[columns.index("year_of_study")] = years
    return ColumnTable(columns, tuple(typed))


def check_schedule(values: list[list[str]], manifest: Manifest, reject: Rejecter,
                   instruments: InstrumentLookup) -> ColumnTable:
    """schedule.csv: the supporter, periods, modes, one row per period and mode, and hours
    within the period's length, for each row and for all the modes of a period together
    (slots never overlap in a supporter's vault)."""
    columns = TABLES["schedule"][1]
    table = TableCheck(columns, values, reject)
    table.same("supporter", manifest.supporter, OTHER_SUPPORTER)
    table.periods("period", manifest)
    table.codes("mode", SCHEDULE_MODES)
    table.unique("period", "mode")
    periods = table.column("period")
    limit = MAX_HOURS[manifest.granularity]
    hours = table.decimals("hours_offered", 0, limit)
    totals: Counter[str] = Counter()
    for index, (period, offered) in enumerate(zip(periods, hours, strict=True)):
        totals[period] += offered
        if totals[period] > limit:
            raise table.fail("hours_offered", index, PERIOD_HOURS)
    typed = list(values)
    typed[columns.index("hours_offered")] = hours
    return ColumnTable(columns, tuple(typed))


def _responses_hang_together(table: TableCheck) -> None:
    """A response's answers are consecutive rows with one instrument, version and period,
    and no answer twice (a multiple choice counts each option once)."""
    response, instrument, version, period, question, answer = table.values
    current: tuple[str, ...] = ()
    finished: set[str] = set()
    answers: set[tuple[str, str]] = set()
    for index, row in enumerate(zip(response, instrument, version, period, strict=True)):
        if row[0] != (current[0] if current else None):
            if row[0] in finished:
                raise table.fail("response", index, RESPONSE_SPLIT)
            if current:
                finished.add(current[0])
            current, answers = row, set()
        elif row != current:
            name = table.columns[next(c for c in range(1, 4) if row[c] != current[c])]
            raise table.fail(name, index, RESPONSE_DISAGREES)
        pair = (question[index], answer[index])
        if pair in answers:
            raise table.fail("answer", index, REPEATED_ANSWER)
        answers.add(pair)


def _instrument_in_manifest(table: TableCheck, manifest: Manifest, reject: Rejecter) -> None:
    """The manifest names the instrument of the newest response: that of the last row."""
    named = manifest.instrument
    ids, versions = table.column("instrument"), table.column("instrument_version")
    manifest_reject = Rejecter(reject.bundle, MANIFEST_FILE)
    if named is None and ids:
        raise manifest_reject(INSTRUMENT_MISSING, column="instrument")
    if named is not None and not ids:
        raise manifest_reject(INSTRUMENT_WITHOUT_ROWS, column="instrument")
    if named is not None and (named.id, named.version) != (ids[-1], versions[-1]):
        raise manifest_reject(INSTRUMENT_NOT_NEWEST, column="instrument")


def check_survey(values: list[list[str]], manifest: Manifest, reject: Rejecter,
                 instruments: InstrumentLookup) -> ColumnTable:
    """survey.csv: pseudonyms, periods, every answer against its instrument, each response
    whole and without repeats, and the manifest's instrument against the rows."""
    columns = TABLES["survey"][1]
    table = TableCheck(columns, values, reject)
    table.pattern("response", RESPONSE_PSEUDONYM, BAD_PSEUDONYM)
    table.periods("period", manifest)
    for name in ("instrument", "instrument_version", "question", "answer"):
        table.check(name, lambda v: 0 < len(v) <= MAX_CODE_CHARS, TOO_LONG, show_value=False)
    found: dict[tuple[str, str], Instrument] = {}
    ids, versions = table.column("instrument"), table.column("instrument_version")
    for key in set(zip(ids, versions, strict=True)):
        instrument = instruments(*key)
        if instrument is None:
            index = next(i for i, pair in enumerate(zip(ids, versions, strict=True))
                         if pair == key)
            raise table.fail("instrument", index, UNKNOWN_INSTRUMENT)
        found[key] = instrument
    answered: set[tuple[str, str]] = set()
    rows = zip(table.column("response"), ids, versions, table.column("question"),
               table.column("answer"), strict=True)
    for index, (response, identifier, version, code, answer) in enumerate(rows):
        question = found[(identifier, version)].question(code)
        if question is None:
            raise table.fail("question", index, UNKNOWN_QUESTION)
        if answer not in question.option_codes:
            raise table.fail("answer", index, UNKNOWN_ANSWER)
        if question.kind in ONE_ANSWER_KINDS:
            if (response, code) in answered:
                raise table.fail("question", index, TWO_ANSWERS)
            answered.add((response, code))
    _responses_hang_together(table)
    _instrument_in_manifest(table, manifest, reject)
    return ColumnTable(columns, tuple(values))


CHECKERS: dict[str, Checker] = {
    "interactions": check_interactions,
    "schedule": check_schedule,
    "survey": check_survey,
}
