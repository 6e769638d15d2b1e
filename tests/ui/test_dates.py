"""Dates and times cross between Python and Qt unchanged, to the minute."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from sbs_desktop.ui.dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_a_date_comes_back_as_it_went(day):
    assert from_qdate(to_qdate(day)) == day


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)))
def test_a_moment_comes_back_to_the_minute(moment):
    assert from_qdatetime(to_qdatetime(moment)) == moment.replace(second=0, microsecond=0)
