"""An attacker who has every published CSV file and knows the rule, written apart from the
program's own auditor: it reads the CSV text back, states every relation between the
published counts that docs/statistics.md lets anyone deduce, and asks an integer
programme (scipy.optimize.milp) for each hidden count's least and greatest value."""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

FORMATS = ("in_person", "phone", "video", "text_message", "online_message", "other")


def quarter_of(month: str) -> str:
    """docs/statistics.md: quarters of the academic year, Q1 = September to November."""
    year, number = int(month[:4]), int(month[5:7])
    start = year if number >= 9 else year - 1
    return f"{start}-{start + 1}-Q{((number - 9) % 12) // 3 + 1}"


def coarser_of(quarter: str, key: str) -> str:
    """docs/statistics.md: H1 is quarters 1 and 2, H2 quarters 3 and 4; a quarter's
    academic year is its first nine characters."""
    if key == "half_year":
        return f"{quarter[:9]}-H{(int(quarter[-1]) + 1) // 2}"
    return quarter[:9]


@dataclass
class Published:
    """Every count of every published file: a number, or hidden with the rule's bounds."""

    threshold: int
    small: tuple[float, float]       # what `<t` can be
    secondary: tuple[float, float]   # what `suppressed` can be
    shown: dict[tuple, int] = field(default_factory=dict)
    hidden: dict[tuple, tuple[float, float]] = field(default_factory=dict)
    equal: list[tuple[list[tuple], list[tuple]]] = field(default_factory=list)   # lhs == rhs
    at_most: list[tuple[list[tuple], list[tuple]]] = field(default_factory=list)  # lhs <= rhs

    def read(self, cell: tuple, text: str) -> tuple:
        if text == f"<{self.threshold}":
            self.hidden[cell] = self.small
        elif text == "suppressed":
            self.hidden[cell] = self.secondary
        else:
            self.shown[cell] = int(text)
        return cell


def rows(files: dict[str, str], name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(files[name], newline="")))


def read_published(files: dict[str, str], threshold: int,
                   small: tuple[float, float] | None = None,
                   secondary: tuple[float, float] | None = None) -> Published:
    """files: CSV name -> its text, as written. By the documented rule `<t` is 0 to t-1
    and `suppressed` t or more; other readings can be given."""
    p = Published(threshold, small or (0, threshold - 1), secondary or (threshold, math.inf))
    summary = {r["measure"]: r["value"] for r in rows(files, "summary.csv")}
    total = p.read(("total",), summary["interactions"])
    with_referral = p.read(("with_referral",), summary["interactions_with_referral"])
    reached = p.read(("reached",), summary["classmates_reached_upper_bound"])
    respondents = p.read(("respondents",), summary["survey_respondents"])

    def one_way(name: str, key: str, count: str = "interactions") -> list[tuple]:
        return [p.read((name, count, r[key]), r[count]) for r in rows(files, name)]

    for name, key in (("interactions_by_format.csv", "format"),
                      ("interactions_by_initiator.csv", "initiated_by"),
                      ("interactions_by_year_of_study.csv", "year_of_study"),
                      ("interactions_by_risk.csv", "risk"),
                      ("interactions_by_academic_year.csv", "academic_year"),
                      ("supporter_activity.csv", "supporter")):
        p.equal.append((one_way(name, key), [total]))
    outreach = one_way("interactions_by_outreach_reason.csv", "outreach_reason")
    p.equal.append((outreach, [("interactions_by_initiator.csv", "interactions", "supporter")]))
    primary = one_way("interactions_by_concern.csv", "concern", "as_primary")
    mentioned = one_way("interactions_by_concern.csv", "concern", "mentioned")
    p.equal.append((primary, [total]))
    p.at_most.append(([total], mentioned))  # every interaction mentions its primary concern
    for first, second in zip(primary, mentioned, strict=True):
        p.at_most.append(([first], [second]))
        p.at_most.append(([second], [total]))
    referrals = one_way("referrals.csv", "referral")
    p.at_most.append(([with_referral], [total]))
    p.at_most.append(([with_referral], referrals))
    for referral in referrals:
        p.at_most.append(([referral], [with_referral]))
    linked = one_way("supporter_activity.csv", "supporter", "classmates_reached")
    p.equal.append((linked, [reached]))
    for r in rows(files, "supporter_activity.csv"):
        p.at_most.append(([("supporter_activity.csv", "classmates_reached", r["supporter"])],
                          [("supporter_activity.csv", "interactions", r["supporter"])]))
    answered = one_way("survey_barriers.csv", "barrier", "respondents")
    for cell in answered:
        p.at_most.append(([cell], [respondents]))
    for column in ("faculty_n", "sbs_n"):
        for cell, whole in zip(one_way("survey_barriers.csv", "barrier", column), answered,
                               strict=True):
            p.at_most.append(([cell], [whole]))

    # Period tables: each row adds up to its "all"; months add up to quarters, quarters to
    # format totals, the grand total and academic years.
    period_cells: dict[str, dict[str, dict[str, tuple]]] = {}
    for name, key in (("interactions_by_month.csv", "month"),
                      ("interactions_by_quarter.csv", "quarter")):
        if name not in files:  # the program before quarters
            period_cells[key] = {}
            continue
        table: dict[str, dict[str, tuple]] = defaultdict(dict)
        for r in rows(files, name):
            table[r[key]][r["format"]] = p.read((name, r[key], r["format"]), r["interactions"])
        for row in table.values():
            p.equal.append(([row[f] for f in FORMATS], [row["all"]]))
        period_cells[key] = table
    months, quarters = period_cells["month"], period_cells["quarter"]
    for quarter, row in quarters.items():
        for code, cell in row.items():
            p.equal.append(([months[m][code] for m in months if quarter_of(m) == quarter],
                            [cell]))
    for code in (*FORMATS, "all"):
        whole = total if code == "all" else ("interactions_by_format.csv", "interactions", code)
        for table in (months, quarters):
            if table:
                p.equal.append(([row[code] for row in table.values()], [whole]))
    for r in rows(files, "interactions_by_academic_year.csv"):
        year = r["academic_year"]
        p.equal.append(([row["all"] for q, row in quarters.items() if q.startswith(year + "-")],
                        [("interactions_by_academic_year.csv", "interactions", year)]))
    # The report's coarser period x format table, when one is published: each cell is the
    # sum of its quarters', each row adds up to its "all", and a year's "all" is its total.
    for name, key in (("interactions_by_half_year.csv", "half_year"),
                      ("interactions_by_academic_year_and_format.csv", "academic_year")):
        if name not in files:
            continue
        for r in rows(files, name):
            cell = p.read((name, r[key], r["format"]), r["interactions"])
            p.equal.append(([quarters[q][r["format"]] for q in quarters
                             if coarser_of(q, key) == r[key]], [cell]))
        table = defaultdict(dict)
        for (file, period, code) in [c for c in (*p.shown, *p.hidden) if c[0] == name]:
            table[period][code] = (file, period, code)
        for period, row in table.items():
            p.equal.append(([row[f] for f in FORMATS], [row["all"]]))
            year = ("interactions_by_academic_year.csv", "interactions", period)
            if key == "academic_year" and (year in p.shown or year in p.hidden):
                p.equal.append(([row["all"]], [year]))
    return p


def ranges(p: Published) -> dict[tuple, tuple[float, float]]:
    """Each hidden count's least and greatest value over everything published."""
    cells = list(p.hidden)
    if not cells:
        return {}
    index = {cell: i for i, cell in enumerate(cells)}

    def linear(lhs: list[tuple], rhs: list[tuple]) -> tuple[np.ndarray, float]:
        row, constant = np.zeros(len(cells)), 0.0
        for sign, side in ((1.0, lhs), (-1.0, rhs)):
            for cell in side:
                if cell in index:
                    row[index[cell]] += sign
                else:
                    constant -= sign * p.shown[cell]
        return row, constant

    constraints = []
    for relations, low in ((p.equal, True), (p.at_most, False)):
        built = [linear(lhs, rhs) for lhs, rhs in relations]
        built = [(row, c) for row, c in built if row.any()]
        if built:
            matrix = np.array([row for row, _ in built])
            bound = np.array([c for _, c in built])
            constraints.append(LinearConstraint(matrix, bound if low else -np.inf, bound))
    low, high = zip(*(p.hidden[c] for c in cells), strict=True)
    bounds = Bounds(np.array(low, dtype=float), np.array(high, dtype=float))
    seen = {cell: [math.inf, -math.inf] for cell in cells}
    found = {}
    for i, cell in enumerate(cells):
        extremes = []
        for sign, side in ((1.0, 0), (-1.0, 1)):
            # A bound of the rule already reached at a feasible point is the extreme.
            if seen[cell][side] == p.hidden[cell][side]:
                extremes.append(seen[cell][side])
                continue
            objective = np.zeros(len(cells))
            objective[i] = sign
            result = milp(objective, constraints=constraints, integrality=np.ones(len(cells)),
                          bounds=bounds)
            if result.status != 0:
                # HiGHS may say "infeasible or unbounded"; the true counts are a feasible
                # point, so only a count with no upper bound gets here.
                assert sign < 0 and p.hidden[cell][1] == math.inf, result.message
                extremes.append(math.inf)
                continue
            for other, value in zip(cells, np.round(result.x), strict=True):
                seen[other] = [min(seen[other][0], value), max(seen[other][1], value)]
            extremes.append(round(result.x[i]))
        found[cell] = (extremes[0], extremes[1])
    return found
