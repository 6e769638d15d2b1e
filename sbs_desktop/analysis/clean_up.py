"""The clean-up after suppression: each secondary cell shown again where every hidden
count stays protected without it.

The greedy choice of suppression.suppress cascades (protecting a year of 2 interactions
can hide most of a table). Trying each secondary cell again with the whole audit is
exact but slow; here the audit is kept incremental. Feasible integer moves away from the
true counts are found once and kept in separate pieces: a piece that leaves a cell where
it is still proves the ranges it proved once that cell is shown, so showing a cell only
asks new programmes for the counts whose every proof moved it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Sequence

import numpy as np

from sbs_desktop.analysis.suppression import (
    _INTEGRAL,
    SECONDARY,
    SUM,
    Constraint,
    _System,
)

_LATER = 20.0  # how much more the clean-up's moves avoid a cell it may still show


class _Moves:
    """The attacker's programme over every cell at once, shown cells fixed, written as
    moves away from the true counts (x = truth + up - down), and the integer moves found
    feasible so far. A move that leaves a cell where it is stays feasible once that cell
    is shown; a small cost on moving keeps each move local; a move is kept as its
    separate pieces (no relation links two pieces, so each is feasible alone), each with
    how many times it can be made, either way."""

    def __init__(self, system: _System, hidden: dict) -> None:
        from scipy.sparse import csr_array, hstack

        self.system, self.hidden = system, hidden
        self.cells = list(system.touching)
        self.index = {cell: i for i, cell in enumerate(self.cells)}
        size = len(self.cells)
        *rows, bounds = system._programme(self.cells, range(len(system.constraints)))
        self.truth = np.array([system.values[cell] for cell in self.cells], dtype=float)
        low, high = (np.array(side) for side in zip(*bounds, strict=True))
        # A `suppressed` count moves at most 2t either way here: ranges in this narrower
        # programme are narrower, so what they prove holds without the cap; and moving
        # cells further than that is rarely what keeps a count below t uncertain.
        reach = 2.0 * system.threshold
        low = np.maximum(low, self.truth - reach)
        high = np.minimum(high, self.truth + reach)
        self.room = np.stack([high - self.truth, self.truth - low])  # up, down
        self.fixed = np.array([cell not in hidden for cell in self.cells])
        self.programme, self.upper = [], (None, None)
        for kind, (entries, columns, numbers, rhs) in enumerate(rows):  # equalities, <=
            if rhs:
                matrix = csr_array((entries, (numbers, columns)), shape=(len(rhs), size))
                self.programme.append((hstack([matrix, -matrix], format="csr"),
                                       -(matrix @ self.truth)))
                if kind:
                    self.upper = (matrix, -(matrix @ self.truth))
            else:
                self.programme.append((None, None))
        # Moving a cell that may be shown later costs more, so that the moves found stay
        # usable after it is; below one half in all, the cost of moving never outweighs
        # one unit of the cell optimised: the optimum is still the cell's extreme.
        self.weight = np.where([hidden.get(cell) == SECONDARY for cell in self.cells],
                               _LATER, 1.0)
        self.weight *= 0.5 / (1.0 + (self.weight * self.room)[:, ~self.fixed].sum())
        self.pieces: list[tuple[dict[int, float], float, float]] = []
        self.by_cell: dict[int, list[int]] = {}   # cell -> pieces moving it
        self.void: set[int] = set()                # pieces moving a cell since shown

    def _solve(self, objectives: list[np.ndarray]) -> None:
        """Keep the pieces of each integer move minimising objective @ x plus its cost."""
        from scipy.optimize import Bounds, LinearConstraint, linprog, milp

        if not objectives:
            return
        size, free = len(self.cells), np.flatnonzero(~self.fixed)
        columns = np.concatenate([free, free + size])
        rows = []
        for matrix, rhs in self.programme:
            part = None if matrix is None else matrix[:, columns]
            used = [] if part is None else np.flatnonzero(np.diff(part.indptr))
            rows.append((part[used], rhs[used]) if len(used) else (None, None))
        room = self.room[:, free].ravel()
        bounds = np.stack([np.zeros_like(room), room], axis=1)
        (a_eq, b_eq), (a_ub, b_ub) = rows
        for objective in objectives:
            cost = np.concatenate([objective[free] + self.weight[free],
                                   self.weight[free] - objective[free]])
            result = linprog(cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds,
                             method="highs")
            if result.status != 0:
                raise ArithmeticError(f"the published relations have no solution "
                                      f"({result.message})")
            step = result.x
            if np.any(np.abs(step - np.round(step)) > _INTEGRAL):
                constraints = [LinearConstraint(a_eq, b_eq, b_eq)] if a_eq is not None else []
                if a_ub is not None:
                    constraints.append(LinearConstraint(a_ub, -np.inf, b_ub))
                exact = milp(cost, constraints=constraints, integrality=np.ones(len(room)),
                             bounds=Bounds(0.0, room))
                if exact.status != 0:
                    raise ArithmeticError(f"the integer programme failed ({exact.message})")
                step = exact.x
            step = np.round(step)
            move = np.zeros(size)
            move[free] = step[:len(free)] - step[len(free):]
            self._keep(move)

    def _keep(self, move: np.ndarray) -> None:
        moved = {int(i): None for i in np.flatnonzero(move)}
        root = {i: i for i in moved}

        def find(i: int) -> int:
            while root[i] != i:
                root[i] = root[root[i]]
                i = root[i]
            return i

        for i in moved:
            for relation in self.system.touching[self.cells[i]]:
                constraint = self.system.constraints[relation]
                for other in (constraint.total, *constraint.parts):
                    if self.index[other] in moved:
                        root[find(self.index[other])] = find(i)
        pieces: dict[int, dict[int, float]] = {}
        for i in moved:
            pieces.setdefault(find(i), {})[i] = float(move[i])
        for piece in pieces.values():
            for i in piece:
                self.by_cell.setdefault(i, []).append(len(self.pieces))
            self.pieces.append((piece, *self._multiples(piece)))

    def _multiples(self, piece: dict[int, float]) -> tuple[float, float]:
        """The least and greatest k for which truth + k * piece is feasible too: the
        relations are linear, so k is bound only by the cells' and inequalities' room."""
        cells = np.array(list(piece))
        step = np.array(list(piece.values()))
        room = np.where(step > 0, self.room[0, cells], self.room[1, cells]) / np.abs(step)
        against = np.where(step > 0, self.room[1, cells], self.room[0, cells]) / np.abs(step)
        greatest, least = room.min(), -against.min()
        if self.upper[0] is not None:
            move = np.zeros(len(self.cells))
            move[cells] = step
            rise, slack = self.upper[0] @ move, self.upper[1]
            up, down = rise > _INTEGRAL, rise < -_INTEGRAL
            greatest = np.min(slack[up] / rise[up], initial=greatest)
            least = np.max(slack[down] / rise[down], initial=least)
        return math.ceil(least - _INTEGRAL), math.floor(greatest + _INTEGRAL)

    def _extremes(self, cells: Sequence[int], sign: float, apart: bool = False) -> None:
        """The moves taking each of `cells` as far down (sign 1) or up (-1) as it goes;
        `apart`: fewer programmes, each pushing cells that share no relation at once
        (the optimum is then mostly each one's own, and not always)."""
        objectives, left = [], list(cells)
        while left:
            objectives.append(np.zeros(len(self.cells)))
            taken: set[int] = set()
            for i in list(left):
                relations = set(self.system.touching[self.cells[i]])
                if not (apart and objectives[-1].any()) or not relations & taken:
                    objectives[-1][i] = sign
                    taken |= relations
                    left.remove(i)
                    if not apart:
                        break
        self._solve(objectives)

    def _span(self, i: int, shown: int) -> tuple[float, float]:
        steps = [0.0]
        for number in self.by_cell.get(i, ()):
            piece, least, greatest = self.pieces[number]
            if number not in self.void and shown not in piece:
                steps += (least * piece[i], greatest * piece[i])
        return min(steps), max(steps)

    def wide(self, cells: Sequence[Hashable], shown: int = -1) -> bool:
        """Whether every one of `cells` keeps its range with the cell numbered `shown`
        fixed too: from the moves found, else from each one's own extremes."""
        spans = {self.index[cell]: self._span(self.index[cell], shown) for cell in cells}
        needed = {self.index[cell]: self.system.needed(cell, self.hidden) for cell in cells}
        for sign, end, side in ((1.0, 0, 1), (-1.0, 1, 0)):  # down, then up
            for apart in (True, False):
                narrow = [i for i, span in spans.items() if span[1] - span[0] < needed[i]]
                count = len(self.pieces)
                self._extremes([i for i in narrow if abs(spans[i][end]) < self.room[side, i]],
                               sign, apart and len(narrow) > 2)
                for piece, _, _ in self.pieces[count:]:
                    for i in piece.keys() & spans.keys():
                        spans[i] = self._span(i, shown)
        return all(span[1] - span[0] >= needed[i] for i, span in spans.items())

    def show(self, cell: Hashable) -> bool:
        """Show `cell` if every hidden count linked to it stays protected without it.
        Those sharing a relation with it first: where it fails, it mostly fails there."""
        i = self.index[cell]
        for relation in self.system.touching[cell]:
            constraint = self.system.constraints[relation]
            others = {c for c in (constraint.total, *constraint.parts)
                      if c in self.hidden and c != cell}
            if constraint.kind == SUM and len(others) == 1:
                self.weight[i] /= _LATER  # the other would be the sum's difference
                return False
        linked, _ = self.system.component(cell, self.hidden)
        near = set(self.system.touching[cell])
        first = [c for c in linked[1:] if near & set(self.system.touching[c])]
        self.fixed[i] = True
        if not (self.wide(first, i) and self.wide(
                [c for c in linked[1:] if c not in first], i)):
            self.fixed[i] = False
            self.weight[i] /= _LATER  # hidden for good now
            return False
        del self.hidden[cell]
        self.void.update(self.by_cell.get(i, ()))
        return True


def clean_up(values: dict[Hashable, int], constraints: Sequence[Constraint],
             hidden: dict[Hashable, str], threshold: int, first: Collection = (),
             least: int = 0) -> dict[Hashable, str] | None:
    """`hidden` with each secondary cell shown again where every hidden count stays
    protected without it: the greedy choice cascades, and this undoes much of it.

    Cells of `first` are tried before the others, each group largest first. None as soon
    as fewer than `least` cells of `first` can be shown.
    """
    system = _System(values, constraints, threshold)
    moves = _Moves(system, dict(hidden))
    moves.wide([cell for cell in hidden if cell in moves.index])
    tried = sorted((c for c, kind in hidden.items() if kind == SECONDARY),
                   key=lambda c: (c not in first, -values[c], str(c)))
    left = sum(cell in first for cell in tried)
    for cell in tried:
        shown = moves.show(cell)
        if cell in first:
            left, least = left - 1, least - shown
            if least > left:
                return None
    return moves.hidden
