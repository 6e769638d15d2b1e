"""Checks on the columns of one bundle table, each naming the first cell that fails.

Codes, periods and numbers repeat across thousands of rows: each check looks at the
distinct values once, and walks the rows only to name the first bad one. Every pattern
matches the whole cell (fullmatch) and spells its digits [0-9]: `\\d`, str.isdigit
and int() also take "²", Arabic-Indic digits, "1_6_0", " 5" and "+5".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.exchange.bundle_rejections import (
    BAD_PERIOD,
    DUPLICATE,
    EMPTY,
    NOT_A_NUMBER,
    NOT_A_WHOLE_NUMBER,
    OUT_OF_RANGE,
    PERIOD_OUTSIDE,
    UNKNOWN_CODE,
    Rejecter,
)
from sbs_desktop.exchange.format import CODE_SEPARATOR
from sbs_desktop.exchange.manifest import Manifest

PERIOD_PATTERNS = {
    "week": re.compile(r"[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])"),
    "month": re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])"),
}
# Numbers as the writer spells them (str of an int, str of a float rounded to 2
# decimals): ASCII digits, no sign, no exponent, no leading zero, a bounded length.
WHOLE_NUMBER = re.compile(r"0|[1-9][0-9]{0,8}")
DECIMAL = re.compile(r"(0|[1-9][0-9]{0,8})(\.[0-9]{1,2})?")
FIRST_YEAR = 1900  # periods before this are no program's


def real_period(text: str) -> bool:
    """A period that is a real week or month (2025-W53 is not: 2025 has 52 weeks)."""
    try:
        if "-W" in text:
            year, week = text.split("-W")
            day = date.fromisocalendar(int(year), int(week), 1)
        else:
            year, month = text.split("-")
            day = date(int(year), int(month), 1)
    except ValueError:
        return False
    return day.year >= FIRST_YEAR


def first_bad(values: Sequence[str], good: Callable[[str], object]) -> int:
    """Index of the first value `good` refuses, or -1.

    Codes, periods and durations repeat: each distinct value is checked once, and the
    rows are walked only to name the first bad one.
    """
    if all(map(good, set(values))):
        return -1
    return next(i for i, v in enumerate(values) if not good(v))


class TableCheck:
    """Checks the columns of one table, naming the first bad cell."""

    def __init__(self, columns: tuple[str, ...], values: list[list[str]],
                 reject: Rejecter) -> None:
        self.columns = columns
        self.values = values
        self.reject = reject

    def column(self, name: str) -> list[str]:
        return self.values[self.columns.index(name)]

    def fail(self, name: str, index: int, reason: str, show_value: bool = True) -> BundleRejected:
        value = self.column(name)[index]
        return self.reject(reason, row=index + 2, column=name,
                           value=value if show_value else None)

    def check(self, name: str, good: Callable[[str], object], reason: str,
              show_value: bool = True) -> None:
        bad = first_bad(self.column(name), good)
        if bad >= 0:
            raise self.fail(name, bad, reason, show_value)

    def codes(self, name: str, allowed: frozenset[str], optional: bool = False) -> None:
        values = self.column(name)
        unknown = set(values) - allowed - ({""} if optional else set())
        if unknown:
            bad = next(i for i, v in enumerate(values) if v in unknown)
            raise self.fail(name, bad, EMPTY if values[bad] == "" else UNKNOWN_CODE,
                            show_value=values[bad] != "")

    def code_lists(self, name: str, allowed: frozenset[str], optional: bool) -> None:
        values = self.column(name)
        joined = CODE_SEPARATOR.join(values)
        used = set(joined.split(CODE_SEPARATOR)) if joined else set()
        if used - allowed - {""} or (not optional and "" in values):
            for index, value in enumerate(values):
                parts = value.split(CODE_SEPARATOR) if value else []
                if not parts and not optional:
                    raise self.fail(name, index, EMPTY, show_value=False)
                unknown = [p for p in parts if p not in allowed]
                if unknown:
                    raise self.reject(UNKNOWN_CODE, row=index + 2, column=name, value=unknown[0])
        # An empty code between separators ("a;;b") is no code at all.
        self.check(name, lambda v: not v or all(v.split(CODE_SEPARATOR)), UNKNOWN_CODE)

    def pattern(self, name: str, pattern: re.Pattern[str], reason: str,
                optional: bool = False) -> None:
        match = pattern.fullmatch
        self.check(name, (lambda v: not v or match(v)) if optional else match, reason)

    def unique(self, *names: str) -> None:
        """No two rows hold the same values in these columns; the last one is named."""
        values = list(zip(*map(self.column, names), strict=True))
        if len(set(values)) != len(values):
            seen: set[tuple[str, ...]] = set()
            for index, value in enumerate(values):
                if value in seen:
                    raise self.fail(names[-1], index, DUPLICATE)
                seen.add(value)

    def same(self, name: str, expected: str, reason: str) -> None:
        self.check(name, expected.__eq__, reason)

    def periods(self, name: str, manifest: Manifest) -> None:
        self.pattern(name, PERIOD_PATTERNS[manifest.granularity], BAD_PERIOD)
        self.check(name, real_period, BAD_PERIOD)
        if manifest.period is not None and self.column(name):
            first, last = manifest.period
            self.check(name, lambda v: first <= v <= last, PERIOD_OUTSIDE)

    def whole_numbers(self, name: str, low: int, high: int) -> list[int]:
        """The column as ints, each written plainly and within [low, high]."""
        self.pattern(name, WHOLE_NUMBER, NOT_A_WHOLE_NUMBER)
        return self._in_range(name, list(map(int, self.column(name))), low, high)

    def decimals(self, name: str, low: float, high: float) -> list[float]:
        """The column as floats, each written plainly and within [low, high]."""
        self.pattern(name, DECIMAL, NOT_A_NUMBER)
        return self._in_range(name, list(map(float, self.column(name))), low, high)

    def _in_range(self, name: str, numbers: list, low: float, high: float) -> list:
        if numbers and (min(numbers) < low or max(numbers) > high):
            raise self.fail(name, next(i for i, n in enumerate(numbers)
                                       if not low <= n <= high), OUT_OF_RANGE)
        return numbers
