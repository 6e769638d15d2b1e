"""The retention cutoff: the same day N months earlier, clamped to shorter months."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from sbs_desktop.core.retention import months_before


def test_known_cutoffs():
    assert months_before(date(2026, 5, 15), 6) == date(2025, 11, 15)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 2, 29), 12) == date(2023, 2, 28)
    assert months_before(date(2026, 1, 10), 24) == date(2024, 1, 10)


@given(st.dates(min_value=date(1900, 1, 1)), st.integers(0, 600))
def test_the_cutoff_is_never_later_and_lands_in_the_right_month(day, months):
    cutoff = months_before(day, months)
    assert cutoff <= day
    assert (day.year * 12 + day.month) - (cutoff.year * 12 + cutoff.month) == months
    assert cutoff.day == day.day or cutoff.day < day.day
