"""The tests the report states: Wilson intervals, chi-square (Yates), Fisher, McNemar exact."""

from __future__ import annotations

import math
from dataclasses import dataclass

CONFIDENCE = 0.95


@dataclass(frozen=True)
class PairedCounts:
    """Paired yes/no answers about two services: a = yes to both, d = no to both,
    b = yes for the first only, c = yes for the second only."""

    a: int
    b: int
    c: int
    d: int

    @property
    def respondents(self) -> int:
        return self.a + self.b + self.c + self.d

    @property
    def first_yes(self) -> int:
        return self.a + self.b

    @property
    def second_yes(self) -> int:
        return self.a + self.c

    def contingency(self) -> list[list[int]]:
        """The unpaired 2x2 table the paper tested: rows are services, columns yes / no."""
        n = self.respondents
        return [[self.first_yes, n - self.first_yes], [self.second_yes, n - self.second_yes]]


def wilson_interval(successes: int, trials: int,
                    confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Wilson score interval for a proportion, as fractions (NaN, NaN) when trials is 0."""
    if trials == 0:
        return (math.nan, math.nan)
    from scipy.stats import binomtest

    interval = binomtest(successes, trials).proportion_ci(confidence, method="wilson")
    return (float(interval.low), float(interval.high))


def chi_square_yates_p(table: list[list[int]]) -> float:
    """Chi-square test of independence with Yates' continuity correction.

    NaN when a row or column of the table is empty, where the test is undefined.
    """
    from scipy.stats import chi2_contingency

    columns = zip(*table, strict=True)
    if any(sum(row) == 0 for row in table) or any(sum(column) == 0 for column in columns):
        return math.nan
    return float(chi2_contingency(table, correction=True).pvalue)


def fisher_exact_p(table: list[list[int]]) -> float:
    """Two-sided Fisher's exact test."""
    from scipy.stats import fisher_exact

    return float(fisher_exact(table, alternative="two-sided").pvalue)


def mcnemar_exact_p(pairs: PairedCounts) -> float:
    """McNemar's exact test: a two-sided binomial test on the discordant pairs."""
    from scipy.stats import binomtest

    discordant = pairs.b + pairs.c
    if discordant == 0:
        return 1.0
    return float(binomtest(pairs.b, discordant, 0.5, alternative="two-sided").pvalue)
