"""Small-cell suppression: hide counts 1 to threshold-1, and whatever would reveal them.

Primary suppression hides every count from 1 to `threshold - 1`. Published totals
are linear constraints (a total equals the sum of its parts), so a hidden count could
be worked out by subtraction. Secondary suppression therefore checks, with linear
algebra over every constraint at once, whether any hidden count is fixed by the
shown numbers, and hides the smallest shown count next to it until none is.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD, MAX_THRESHOLD = 2, 100
_TOLERANCE = 1e-9
_TRIALS = 12  # candidates tried for each fixed cell before taking the preferred one


@dataclass(frozen=True)
class Constraint:
    """A published identity: `total` equals the sum of `parts`."""

    total: Hashable
    parts: tuple[Hashable, ...]


def _determined(hidden: list[Hashable], constraints: Sequence[Constraint]) -> list[Hashable]:
    """The hidden cells whose value the constraints fix, given every shown cell."""
    if not hidden:
        return []
    index = {cell: i for i, cell in enumerate(hidden)}
    rows = []
    for constraint in constraints:
        row = np.zeros(len(hidden))
        for part in constraint.parts:
            if part in index:
                row[index[part]] += 1.0
        if constraint.total in index:
            row[index[constraint.total]] -= 1.0
        if np.any(row):
            rows.append(row)
    if not rows:
        return []
    matrix = np.array(rows)
    # A cell is fixed exactly when its unit vector lies in the row space, that is when
    # every vector of the null space is zero at that cell.
    _, singular, vt = np.linalg.svd(matrix)
    rank = int(np.sum(singular > _TOLERANCE * max(matrix.shape)))
    null_space = vt[rank:]
    if null_space.shape[0] == 0:
        return list(hidden)
    return [cell for cell, i in index.items() if np.all(np.abs(null_space[:, i]) < 1e-7)]


def suppress(values: dict[Hashable, int], constraints: Sequence[Constraint],
             threshold: int = DEFAULT_THRESHOLD) -> dict[Hashable, str]:
    """Which cells to hide: {cell: "primary" | "secondary"}; cells not named are shown."""
    totals = {constraint.total for constraint in constraints}
    hidden: dict[Hashable, str] = {
        cell: "primary" for cell, value in values.items() if 0 < value < threshold}
    while True:
        fixed = _determined(list(hidden), constraints)
        if not fixed:
            return hidden
        cell = fixed[0]
        neighbours = [c for constraint in constraints
                      if cell == constraint.total or cell in constraint.parts
                      for c in (constraint.total, *constraint.parts) if c not in hidden]
        if not neighbours:
            # Only a combination of constraints elsewhere fixes it: widen the search.
            neighbours = [c for constraint in constraints
                          for c in (constraint.total, *constraint.parts)
                          if c not in hidden and any(
                              h in (constraint.total, *constraint.parts) for h in hidden)]
        if not neighbours:
            neighbours = [c for c in values if c not in hidden]
        # Prefer a non-zero count (hiding a zero protects little), then an inner cell over
        # a total (totals are the figures people read), then the smallest; but take the
        # first of those that actually frees the fixed cell (sometimes only a zero can).
        ranked = sorted(set(neighbours), key=lambda c: (values[c] == 0, c in totals,
                                                        values[c], str(c)))
        choice = next((c for c in ranked[:_TRIALS]
                       if cell not in _determined([*hidden, c], constraints)), ranked[0])
        hidden[choice] = "secondary"
