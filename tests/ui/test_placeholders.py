"""Placeholders in translated text are filled once, never from text already put in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sbs_desktop.ui.placeholders import fill


def test_each_placeholder_takes_its_own_value_in_any_order():
    assert fill("%2 before %1, %1 again", "one", 2) == "2 before one, one again"


def test_a_placeholder_without_a_value_is_left_as_written():
    assert fill("%1 of %2 (%0)", "3") == "3 of %2 (%0)"


def test_ten_and_more_placeholders_are_not_read_as_the_first():
    values = [f"v{n}" for n in range(1, 12)]
    assert fill("%10 %11 %1", *values) == "v10 v11 v1"


@given(st.text(), st.text())
def test_values_are_put_in_as_they_are(first: str, second: str):
    # Even a value holding "%2" or "%1" stays as written.
    assert fill("%1|%2", first, second) == f"{first}|{second}"
