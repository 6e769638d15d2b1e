"""Small-count protection: hide counts below the threshold, and enough others that the
published figures cannot narrow any hidden count below the range its symbol allows.

The rule (docs/statistics.md): a hidden count below the threshold t is written `<t` and
means 0 to t-1; a hidden count of t or more is written `suppressed`. Published totals
are linear relations between cells, so an attacker who knows the rule can bound each
hidden count with an integer programme over every relation at once. Primary cells
(1 to t-1) must keep the whole range 0 to t-1 that way; secondary cells are hidden,
smallest useful first, until they do. The same programme is the auditor.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, SbsError

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD, MAX_THRESHOLD = 3, 100  # as app.report
PRIMARY, SECONDARY = "primary", "secondary"
SUM, EACH, COVER = "sum", "each", "cover"
_INTEGRAL = 1e-7


class ProtectionNotReached(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was written: {count} hidden counts could still be narrowed down from the "
        "published figures, even with every other count hidden. Raise the small-count "
        "threshold or wait for more data.")


@dataclass(frozen=True)
class Constraint:
    """A published relation: `total` equals the sum of `parts` (SUM); is at least each of
    them (EACH: an interaction can count in several parts); or at most their sum (COVER:
    each one counts in at least one part)."""

    total: Hashable
    parts: tuple[Hashable, ...]
    kind: str = SUM


def symbol_bounds(value: int, threshold: int) -> tuple[float, float]:
    """What the published symbol says of a hidden count: `<t` is 0 to t-1,
    `suppressed` is t or more (anything smaller would have been written `<t`)."""
    return (0.0, threshold - 1.0) if value < threshold else (float(threshold), math.inf)


def required_width(threshold: int) -> int:
    """How far apart the least and greatest value of a primary cell must be: as many
    values as 1 to t-1 (t-1 of them), and never a single value."""
    return max(1, threshold - 2)


class _System:
    """Every relation, indexed by cell; the attacker's programme over the hidden cells;
    and what feasible points found so far show of each cell's range."""

    def __init__(self, values: dict[Hashable, int], constraints: Sequence[Constraint],
                 threshold: int) -> None:
        self.values, self.constraints, self.threshold = values, constraints, threshold
        self.touching: dict[Hashable, list[int]] = {}
        for index, constraint in enumerate(constraints):
            for cell in dict.fromkeys((constraint.total, *constraint.parts)):
                self.touching.setdefault(cell, []).append(index)
        self.totals = {constraint.total for constraint in constraints}
        # cell -> least and greatest value seen at a feasible integer point. Hiding more
        # cells only adds feasible points, so what was seen stays true.
        self.seen: dict[Hashable, tuple[float, float]] = {}

    def component(self, cell: Hashable, hidden: dict) -> tuple[list[Hashable], list[int]]:
        """The hidden cells linked to `cell` through relations, and those relations."""
        cells, relations, queue = {cell: None}, {}, [cell]
        while queue:
            for index in self.touching.get(queue.pop(), ()):
                if index in relations:
                    continue
                relations[index] = None
                constraint = self.constraints[index]
                for other in (constraint.total, *constraint.parts):
                    if other in hidden and other not in cells:
                        cells[other] = None
                        queue.append(other)
        return list(cells), list(relations)

    def _programme(self, cells: list[Hashable], relations: list[int]) -> tuple:
        """Sparse rows (entries, columns, row numbers, right-hand sides) of the equalities
        and of the inequalities (<=) over `cells`, and each cell's bounds."""
        position = {cell: i for i, cell in enumerate(cells)}
        equal: tuple[list, list, list, list] = ([], [], [], [])
        upper: tuple[list, list, list, list] = ([], [], [], [])

        def add(rows: tuple, terms: list[tuple[Hashable, float]]) -> None:
            entries, columns, numbers, rhs = rows
            constant, used = 0.0, False
            for cell, sign in terms:
                if cell in position:
                    entries.append(sign)
                    columns.append(position[cell])
                    numbers.append(len(rhs))
                    used = True
                else:
                    constant -= sign * self.values[cell]
            if used:
                rhs.append(constant)

        for index in relations:
            constraint = self.constraints[index]
            if constraint.kind == SUM:
                add(equal, [(part, 1.0) for part in constraint.parts]
                    + [(constraint.total, -1.0)])
            elif constraint.kind == COVER:
                add(upper, [(constraint.total, 1.0)] + [(part, -1.0) for part in
                                                        constraint.parts])
            else:  # every part at most the total
                for part in constraint.parts:
                    add(upper, [(part, 1.0), (constraint.total, -1.0)])
        bounds = [symbol_bounds(self.values[cell], self.threshold) for cell in cells]
        return equal, upper, bounds

    def extreme(self, cell: Hashable, hidden: dict, sign: float, record: bool = True
                ) -> float:
        """min (sign 1) or max (sign -1) of `cell` over the attacker's integer programme."""
        cells, relations = self.component(cell, hidden)
        equal, upper, bounds = self._programme(cells, relations)
        if not equal[3] and not upper[3]:
            return bounds[0][0] if sign > 0 else bounds[0][1]
        objective = np.zeros(len(cells))
        objective[0] = sign
        point = _solve(objective, equal, upper, bounds)
        if point is None:
            return -sign * math.inf
        if record:
            self._record(cells, point)
        return float(point[0])

    def sweep(self, hidden: dict) -> None:
        """Two feasible points that push every primary cell down, then up, at once: most
        primary cells' ranges are then seen without a programme of their own."""
        cells = list(hidden)
        if not cells:
            return
        relations = list(dict.fromkeys(i for cell in cells for i in self.touching.get(cell, ())))
        equal, upper, bounds = self._programme(cells, relations)
        weights = np.array([1.0 if hidden[cell] == PRIMARY else 0.0 for cell in cells])
        for sign in (1.0, -1.0):
            point = _solve(sign * weights, equal, upper, bounds)
            if point is not None:
                self._record(cells, point)

    def _record(self, cells: list[Hashable], point: np.ndarray) -> None:
        for other, value in zip(cells, point, strict=True):
            low, high = self.seen.get(other, (self.values[other], self.values[other]))
            self.seen[other] = (min(low, value), max(high, value))

    def range(self, cell: Hashable, hidden: dict, record: bool = True
              ) -> tuple[float, float]:
        """The least and greatest integer value `cell` can take given every shown cell,
        every relation and the symbols' bounds."""
        return (self.extreme(cell, hidden, 1.0, record),
                self.extreme(cell, hidden, -1.0, record))

    def needed(self, cell: Hashable, hidden: dict) -> int:
        return required_width(self.threshold) if hidden.get(cell) == PRIMARY else 1

    def protected(self, cell: Hashable, hidden: dict) -> bool:
        """A primary cell's range spans required_width; any other cell is not pinned."""
        needed = self.needed(cell, hidden)
        for sign in (1.0, -1.0, 0.0):
            low, high = self.seen.get(cell, (self.values[cell], self.values[cell]))
            if high - low >= needed:
                return True
            # An extreme found records its point in `seen`; an unbounded greatest value
            # (a `suppressed` cell beside a hidden total) records none but is wide enough.
            if sign and math.isinf(self.extreme(cell, hidden, sign)):
                return True
        return False


def _solve(objective: np.ndarray, equal: tuple, upper: tuple, bounds: list
           ) -> np.ndarray | None:
    """An integer point minimising objective @ x over the system, or None if unbounded."""
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp
    from scipy.sparse import csr_array

    size = len(bounds)

    def matrix(rows: tuple) -> csr_array | None:
        entries, columns, numbers, rhs = rows
        if not rhs:
            return None
        return csr_array((entries, (numbers, columns)), shape=(len(rhs), size))

    a_eq, a_ub = matrix(equal), matrix(upper)
    result = linprog(objective, A_ub=a_ub, b_ub=upper[3] or None, A_eq=a_eq,
                     b_eq=equal[3] or None, bounds=bounds, method="highs")
    if result.status == 3:
        return None
    if result.status != 0:
        raise ArithmeticError(f"the published relations have no solution ({result.message})")
    # A relaxation's optimum at an integer point is the integer optimum too; only
    # otherwise is the (slower) integer programme needed.
    if np.all(np.abs(result.x - np.round(result.x)) < _INTEGRAL):
        return np.round(result.x)
    rows = [LinearConstraint(a_eq, equal[3], equal[3])] if a_eq is not None else []
    if a_ub is not None:
        rows.append(LinearConstraint(a_ub, -np.inf, upper[3]))
    low, high = zip(*bounds, strict=True)
    exact = milp(objective, constraints=rows, integrality=np.ones(size),
                 bounds=Bounds(low, high))
    if exact.status != 0:  # the relaxation was bounded, so the integer programme is too
        raise ArithmeticError(f"the integer programme failed ({exact.message})")
    return np.round(exact.x)


def _candidates(system: _System, cell: Hashable, hidden: dict) -> list[Hashable]:
    """Shown cells to hide next, preferred first: those sharing a relation with the cell,
    then those next to any hidden cell linked to it; inner cells before totals (totals are
    what people read); smallest first; zeros last (a hidden zero protects little)."""
    _, relations = system.component(cell, hidden)
    own = set(system.touching.get(cell, ()))
    tier: dict[Hashable, int] = {}
    for index in relations:
        constraint = system.constraints[index]
        for other in (constraint.total, *constraint.parts):
            if other not in hidden:
                tier[other] = min(tier.get(other, 2), 0 if index in own else 1)
    if not tier:
        tier = {other: 2 for other in system.values if other not in hidden
                and other in system.touching}
    return sorted(tier, key=lambda c: (system.values[c] == 0, tier[c], c in system.totals,
                                       system.values[c], str(c)))


def _protect(system: _System, cell: Hashable, hidden: dict) -> None:
    """Hide secondary cells, the preferred candidate each time, until `cell` is protected."""
    while not system.protected(cell, hidden):
        ranked = _candidates(system, cell, hidden)
        if not ranked:
            raise ProtectionNotReached(count=1)
        hidden[ranked[0]] = SECONDARY


def suppress(values: dict[Hashable, int], constraints: Sequence[Constraint],
             threshold: int = DEFAULT_THRESHOLD) -> dict[Hashable, str]:
    """Which cells to hide: {cell: PRIMARY | SECONDARY}; cells not named are shown."""
    system = _System(values, constraints, threshold)
    hidden: dict[Hashable, str] = {
        cell: PRIMARY for cell, value in values.items() if 0 < value < threshold}
    # Hiding a cell only widens every other range, so a cell protected once stays so.
    system.sweep(hidden)
    # Totals first, as tau-argus's hierarchical method does: protecting a total often
    # protects the cells inside it, while the other way round cascades.
    for cell in sorted(hidden, key=lambda c: c not in system.totals):
        if not system.protected(cell, hidden):
            _protect(system, cell, hidden)
            system.sweep(hidden)
    # A secondary cell the relations pin tells nothing when shown: show it.
    pinned = [c for c, kind in hidden.items() if kind == SECONDARY
              and not system.protected(c, hidden)]
    for cell in pinned:
        del hidden[cell]
    return hidden


@dataclass(frozen=True)
class CellRange:
    """What the published figures, read with the rule, tell of one hidden count."""

    kind: str
    low: float
    high: float


def audit(values: dict[Hashable, int], constraints: Sequence[Constraint],
          hidden: dict[Hashable, str], threshold: int) -> dict[Hashable, CellRange]:
    """Each hidden count's range over everything published; raises ProtectionNotReached
    unless every primary cell keeps 0 to t-1 and no hidden cell is pinned."""
    system = _System(values, constraints, threshold)
    system.sweep(hidden)
    ranges, failing = {}, 0
    for cell, kind in hidden.items():
        # A bound of the symbol reached at a feasible point is the exact extreme.
        least, greatest = symbol_bounds(values[cell], threshold)
        seen = system.seen.get(cell, (values[cell], values[cell]))
        low = seen[0] if seen[0] <= least else system.extreme(cell, hidden, 1.0)
        high = seen[1] if seen[1] >= greatest else system.extreme(cell, hidden, -1.0)
        ranges[cell] = CellRange(kind, low, high)
        if high - low < system.needed(cell, hidden):
            failing += 1
    if failing:
        raise ProtectionNotReached(count=failing)
    return ranges
