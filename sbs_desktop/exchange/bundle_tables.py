"""The checks of each bundle table, cell by cell and between columns, and the typed table.

CHECKERS maps each table of the format to its checker; every checker takes the table's
columns of text cells (from bundle_csv), the bundle's manifest, the table's Rejecter
and the instrument lookup, and returns the table with its numbers typed or raises
BundleRejected naming the first bad cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

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
    NOT_A_NUMBER,
    OTHER_SUPPORTER,
    OUT_OF_RANGE,
    OUTREACH_FOR_STUDENT,
    OUTREACH_MISSING,
    PRIMARY_NOT_IN_CONCERNS,
    TWO_ANSWERS,
    UNKNOWN_ANSWER,
    UNKNOWN_INSTRUMENT,
    UNKNOWN_QUESTION,
    Rejecter,
)
from sbs_desktop.exchange.column_checks import TableCheck
from sbs_desktop.exchange.format import CODE_SEPARATOR, TABLES
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


def _hours(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def check_schedule(values: list[list[str]], manifest: Manifest, reject: Rejecter,
                   instruments: InstrumentLookup) -> ColumnTable:
    """schedule.csv: the supporter, periods, modes and hours within the period's length."""
    columns = TABLES["schedule"][1]
    table = TableCheck(columns, values, reject)
    table.same("supporter", manifest.supporter, OTHER_SUPPORTER)
    table.periods("period", manifest)
    table.codes("mode", SCHEDULE_MODES)
    table.check("hours_offered", _hours, NOT_A_NUMBER)
    hours = [float(v) for v in table.column("hours_offered")]
    limit = MAX_HOURS[manifest.granularity]
    table.check("hours_offered", lambda v: 0 <= float(v) <= limit, OUT_OF_RANGE)
    typed = list(values)
    typed[columns.index("hours_offered")] = hours
    return ColumnTable(columns, tuple(typed))


def check_survey(values: list[list[str]], manifest: Manifest, reject: Rejecter,
                 instruments: InstrumentLookup) -> ColumnTable:
    """survey.csv: pseudonyms, periods, and every answer against its instrument."""
    columns = TABLES["survey"][1]
    table = TableCheck(columns, values, reject)
    table.pattern("response", RESPONSE_PSEUDONYM, BAD_PSEUDONYM)
    table.periods("period", manifest)
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
    return ColumnTable(columns, tuple(values))


CHECKERS: dict[str, Checker] = {
    "interactions": check_interactions,
    "schedule": check_schedule,
    "survey": check_survey,
}
