"""Suppression hides counts 1 to 4, and no hidden count can be worked back from the rest,
nor narrowed below the documented range with the rule's own bounds."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbs_desktop.analysis.clean_up import clean_up
from sbs_desktop.analysis.suppression import (
    Constraint,
    ProtectionNotReached,
    audit,
    required_width,
    suppress,
)

counts = st.integers(min_value=0, max_value=40)


def two_way(cells: list[list[int]]) -> tuple[dict, list[Constraint]]:
    """A table with row totals, column totals and a grand total, all published."""
    values, constraints = {}, []
    rows, columns = len(cells), len(cells[0])
    for r in range(rows):
        for c in range(columns):
            values[(r, c)] = cells[r][c]
        values[(r, "all")] = sum(cells[r])
        constraints.append(Constraint((r, "all"), tuple((r, c) for c in range(columns))))
    for c in range(columns):
        values[("all", c)] = sum(row[c] for row in cells)
        constraints.append(Constraint(("all", c), tuple((r, c) for r in range(rows))))
    values[("all", "all")] = sum(map(sum, cells))
    constraints.append(Constraint(("all", "all"), tuple(("all", c) for c in range(columns))))
    constraints.append(Constraint(("all", "all"), tuple((r, "all") for r in range(rows))))
    return values, constraints


def recoverable(values: dict, constraints: list[Constraint], hidden: set) -> list:
    """Hidden cells an attacker can solve for exactly from the shown cells and totals.

    Checked independently of the implementation: a cell is solvable when adding its unit
    vector to the constraint matrix over hidden cells does not raise the matrix's rank.
    """
    order = sorted(hidden, key=repr)
    index = {cell: i for i, cell in enumerate(order)}
    matrix = []
    for constraint in constraints:
        row = [0.0] * len(order)
        for part in constraint.parts:
            if part in index:
                row[index[part]] += 1
        if constraint.total in index:
            row[index[constraint.total]] -= 1
        matrix.append(row)
    matrix = np.array(matrix or [[0.0] * len(order)])
    rank = np.linalg.matrix_rank(matrix)
    found = []
    for cell, i in index.items():
        unit = np.zeros(len(order))
        unit[i] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, unit])) == rank:
            found.append(cell)
    return found


def everything_hidden(values: dict, threshold: int) -> dict:
    return {cell: "primary" if 0 < value < threshold else "secondary"
            for cell, value in values.items()}


def check(values: dict, constraints: list[Constraint], threshold: int = 5) -> None:
    try:
        chosen = suppress(values, constraints, threshold)
    except ProtectionNotReached:
        # Refusing is right only when no choice of hidden cells could do it: hiding a cell
        # only widens ranges, so hiding every one is the widest there is.
        with pytest.raises(ProtectionNotReached):
            audit(values, constraints, everything_hidden(values, threshold), threshold)
        return
    # What the clean-up keeps hidden is a part of the first choice, and must hold alone
    # (if it does, so does the first choice: hiding more only widens ranges).
    hidden = clean_up(values, constraints, chosen, threshold)
    assert hidden.items() <= chosen.items()
    for cell, value in values.items():
        if 1 <= value < threshold:
            assert hidden.get(cell) == "primary"
        elif cell in hidden:
            assert hidden[cell] == "secondary"
    assert recoverable(values, constraints, set(hidden)) == []
    for cell, found in audit(values, constraints, hidden, threshold).items():
        assert found.low <= values[cell] <= found.high
        if hidden[cell] == "primary":
            assert found.high - found.low >= required_width(threshold)


@settings(max_examples=120, deadline=None)
@given(st.lists(counts, min_size=1, max_size=9))
def test_one_way_tables_with_a_total(parts):
    values = {("part", i): v for i, v in enumerate(parts)}
    values["total"] = sum(parts)
    check(values, [Constraint("total", tuple(k for k in values if k != "total"))])


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 6).flatmap(lambda columns: st.lists(
    st.lists(counts, min_size=columns, max_size=columns), min_size=1, max_size=7)))
def test_two_way_tables_with_margins(cells):
    check(*two_way(cells))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=2, max_size=5),
       st.integers(3, 10))
def test_any_threshold(cells, threshold):
    check(*two_way(cells), threshold=threshold)


def test_a_lone_small_count_takes_a_second_one_with_it():
    values = {"a": 3, "b": 40, "c": 12, "total": 55}
    hidden = suppress(values, [Constraint("total", ("a", "b", "c"))])
    assert hidden == {"a": "primary", "c": "secondary"}


def test_nothing_is_hidden_when_every_count_is_large_or_zero():
    values = {"a": 0, "b": 40, "c": 12, "total": 52}
    assert suppress(values, [Constraint("total", ("a", "b", "c"))]) == {}


def test_four_ones_in_a_row_are_not_pinned_by_their_small_total():
    # The case: four formats of 1 and a month of 4, all "<5". Read as 1 to 4 the
    # four would be pinned at 1; "<5" means 0 to 4, so each could be anything from 0 to 4.
    values = {"a": 1, "b": 1, "c": 1, "d": 1, "e": 0, "row": 4}
    constraints = [Constraint("row", ("a", "b", "c", "d", "e"))]
    hidden = suppress(values, constraints)
    found = audit(values, constraints, hidden, 5)
    assert {cell: (r.low, r.high) for cell, r in found.items()} == {
        cell: (0, 4) for cell in ("a", "b", "c", "d", "row")}


def test_a_secondary_cell_must_leave_room_for_the_whole_range():
    # Hiding 6 next to 1 would leave 1 + 6 = 7 with the 6 at least 5: the 1 would be 0 to 2.
    values = {"a": 1, "b": 6, "c": 40, "total": 47}
    constraints = [Constraint("total", ("a", "b", "c"))]
    hidden = suppress(values, constraints)
    assert hidden["a"] == "primary"
    found = audit(values, constraints, hidden, 5)["a"]
    assert found.high - found.low >= 3


def test_two_small_counts_forced_above_zero_cannot_reach_the_level_so_nothing_is_written():
    # Found by test_any_threshold. With t = 9, a 1 beside an 8 under a column of 9 is at
    # least 1 (the 8 is at most 8), and so is the 1 beside it; their row of 2 is at most 8,
    # so each 1 is 1 to 7: six apart, not seven, even with every count hidden.
    values, constraints = two_way([[0, 1, 1], [0, 8, 8]])
    with pytest.raises(ProtectionNotReached):
        suppress(values, constraints, 9)
    with pytest.raises(ProtectionNotReached):
        audit(values, constraints, everything_hidden(values, 9), 9)


def test_the_clean_up_shows_again_a_total_the_first_choice_hid_for_nothing():
    # Protecting the 1 and its column of 1 hides the table around them, the grand total
    # too; with the grand total shown, each small count still spans 0 to 3.
    values, constraints = two_way([[0, 6], [1, 6]])
    chosen = suppress(values, constraints)
    assert chosen[("all", "all")] == "secondary"
    hidden = clean_up(values, constraints, chosen, 5)
    assert hidden == {cell: kind for cell, kind in chosen.items() if cell != ("all", "all")}
    found = audit(values, constraints, hidden, 5)
    assert (found[(1, 0)].low, found[(1, 0)].high) == (0, 3)


def test_the_clean_up_gives_up_when_too_few_of_the_cells_wanted_can_be_shown():
    values, constraints = two_way([[0, 6], [1, 6]])
    chosen = suppress(values, constraints)
    wanted = {cell for cell, kind in chosen.items() if kind == "secondary"}
    assert clean_up(values, constraints, chosen, 5, wanted, least=2) is None
    assert clean_up(values, constraints, chosen, 5, wanted, least=1) is not None
