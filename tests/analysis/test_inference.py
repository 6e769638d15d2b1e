"""The survey tests give exactly what scipy gives for the same tables, and Wilson matches
a published value."""

from __future__ import annotations

import math

import pytest
from scipy.stats import binomtest, chi2_contingency, fisher_exact

from sbs_desktop.analysis.inference import (
    PairedCounts,
    chi_square_yates_p,
    fisher_exact_p,
    mcnemar_exact_p,
    wilson_interval,
)


def test_wilson_matches_newcombe_1998():
    # Newcombe, Statistics in Medicine 1998;17:857-872, Table I: 81/263 -> 0.2553 to 0.3662.
    low, high = wilson_interval(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


def test_wilson_of_zero_successes_starts_at_zero():
    low, high = wilson_interval(0, 10)
    assert low == 0.0
    assert high == pytest.approx(0.2775, abs=1e-4)  # Newcombe Table I: 0/10


@pytest.mark.parametrize("pairs", [
    PairedCounts(a=2, b=16, c=0, d=63),   # roughly the paper's career-impact barrier
    PairedCounts(a=10, b=24, c=9, d=38),
    PairedCounts(a=0, b=3, c=1, d=5),
])
def test_p_values_equal_scipy_for_the_same_tables(pairs):
    table = pairs.contingency()
    assert chi_square_yates_p(table) == chi2_contingency(table, correction=True).pvalue
    assert fisher_exact_p(table) == fisher_exact(table).pvalue
    assert mcnemar_exact_p(pairs) == binomtest(pairs.b, pairs.b + pairs.c, 0.5).pvalue


def test_chi_square_is_undefined_when_nobody_names_the_barrier():
    assert math.isnan(chi_square_yates_p(PairedCounts(0, 0, 0, 12).contingency()))
    assert mcnemar_exact_p(PairedCounts(0, 0, 0, 12)) == 1.0
