"""The statistics as the tidy CSV tables of docs/statistics.md, exact or made safe to publish."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from sbs_desktop.analysis.clean_up import clean_up
from sbs_desktop.analysis.frames import PERIOD_UNITS, month_quarter
from sbs_desktop.analysis.statistics import ALL, Statistics
from sbs_desktop.analysis.suppression import (
    COVER,
    DEFAULT_THRESHOLD,
    EACH,
    PRIMARY,
    SECONDARY,
    SUM,
    CellRange,
    Constraint,
    audit,
    suppress,
)
from sbs_desktop.core.vocabulary import Initiator

SUPPRESSED = "suppressed"  # a secondary cell, or a figure computed from a hidden count

# File name -> Statistics attribute, in the order the report and docs list them.
TABLE_FILES = {
    "summary.csv": "summary",
    "interactions_by_format.csv": "by_format",
    "interactions_by_initiator.csv": "by_initiator",
    "interactions_by_outreach_reason.csv": "by_outreach_reason",
    "interactions_by_month.csv": "by_month",
    "interactions_by_quarter.csv": "by_quarter",
    "interactions_by_half_year.csv": "by_half_year",
    "interactions_by_academic_year_and_format.csv": "by_year_and_format",
    "interactions_by_academic_year.csv": "by_academic_year",
    "interactions_by_year_of_study.csv": "by_year_of_study",
    "interactions_by_concern.csv": "by_concern",
    "interactions_by_risk.csv": "by_risk",
    "referrals.csv": "referrals",
    "supporter_activity.csv": "supporter_activity",
    "survey_barriers.csv": "survey_barriers",
    "survey_barrier_intervals.csv": "survey_intervals",
}
# The period x format table the report and the Dashboard show, finest first: the first
# at which at least MOSTLY_SHOWN of the non-zero counts stay shown after suppression,
# else the academic year (docs/statistics.md, "Which period the report shows").
PERIOD_FILES = {"quarter": "interactions_by_quarter.csv",
                "half_year": "interactions_by_half_year.csv",
                "academic_year": "interactions_by_academic_year_and_format.csv"}
MOSTLY_SHOWN = 0.7
PERCENT_DECIMALS = 2
ROUNDED_MEASURES = ("referral_rate_pct", "hours_offered", "hours_with_interactions")


def exact_tables(stats: Statistics) -> dict[str, pd.DataFrame]:
    """Every table with its exact counts: for use inside the coordinator's vault only."""
    tables = {}
    for file, attribute in TABLE_FILES.items():
        frame = getattr(stats, attribute).copy()
        for column in frame.columns:
            if column.endswith("_pct") or column == "pct":
                frame[column] = frame[column].astype(float).round(PERCENT_DECIMALS)
        if attribute == "summary":
            rounded = frame["measure"].isin(ROUNDED_MEASURES)
            frame.loc[rounded, "value"] = [round(float(v), PERCENT_DECIMALS)
                                           for v in frame.loc[rounded, "value"]]
        tables[file] = frame
    return tables


class _Cells:
    """The published counts as named cells, and the relations that link them."""

    def __init__(self) -> None:
        self.values: dict[Hashable, int] = {}
        self.constraints: list[Constraint] = []

    def add(self, cell: Hashable, value: int) -> Hashable:
        self.values[cell] = int(value)
        return cell

    def relate(self, total: Hashable, parts: Iterable[Hashable], kind: str = SUM) -> None:
        self.constraints.append(Constraint(total, tuple(parts), kind))

    def one_way(self, kind: str, frame: pd.DataFrame, key: str, count: str,
                total: Hashable | None, relation: str = SUM) -> tuple[Hashable, ...]:
        parts = tuple(self.add((kind, code), n) for code, n in zip(frame[key], frame[count],
                                                                   strict=True))
        if total is not None:
            self.relate(total, parts, relation)
        return parts

    def by_period(self, kind: str, frame: pd.DataFrame) -> dict[str, dict[str, Hashable]]:
        """Period x format cells with each period's "all"; returns {period: {format: cell}}."""
        periods: dict[str, dict[str, Hashable]] = {}
        for period, code, n in zip(frame[kind], frame["format"], frame["interactions"],
                                   strict=True):
            periods.setdefault(period, {})[code] = self.add((kind, period, code), n)
        for row in periods.values():
            self.relate(row[ALL], (cell for code, cell in row.items() if code != ALL))
        return periods


def _cells(stats: Statistics, units: tuple[str, ...] = ()) -> _Cells:
    cells = _Cells()
    total = cells.add(("summary", "interactions"), stats.total)
    cells.one_way("format", stats.by_format, "format", "interactions", total)
    cells.one_way("initiated_by", stats.by_initiator, "initiated_by", "interactions", total)
    cells.one_way("outreach_reason", stats.by_outreach_reason, "outreach_reason",
                  "interactions", ("initiated_by", Initiator.SUPPORTER.value))
    # Months add up to quarters, quarters to academic years and to format totals (one
    # period rule, frames.month_quarter), so all three tables are one system.
    years = cells.one_way("academic_year", stats.by_academic_year, "academic_year",
                          "interactions", total)
    quarters = cells.by_period("quarter", stats.by_quarter)
    months = cells.by_period("month", stats.by_month)
    for quarter, row in quarters.items():
        inside = [month for month in months if month_quarter(month) == quarter]
        for code, cell in row.items():
            cells.relate(cell, (months[month][code] for month in inside))
    if quarters:
        for code in next(iter(quarters.values())):
            cells.relate(total if code == ALL else ("format", code),
                         (row[code] for row in quarters.values()))
    for (_, year) in years:
        cells.relate(("academic_year", year), (row[ALL] for quarter, row in quarters.items()
                                               if quarter.startswith(year)))
    for unit in units:  # a coarser period x format table: each cell is its quarters' sum
        coarse = cells.by_period(unit, stats.by_period(unit))
        place = {month_quarter(month): PERIOD_UNITS[unit](month) for month in months}
        for period, row in coarse.items():
            inside = [quarter for quarter in quarters if place[quarter] == period]
            for code, cell in row.items():
                cells.relate(cell, (quarters[q][code] for q in inside))
            if unit == "academic_year" and ("academic_year", period) in cells.values:
                cells.relate(("academic_year", period), (row[ALL],))
    cells.one_way("year_of_study", stats.by_year_of_study, "year_of_study", "interactions",
                  total)
    primary = cells.one_way("as_primary", stats.by_concern, "concern", "as_primary", total)
    mentioned = cells.one_way("mentioned", stats.by_concern, "concern", "mentioned", total,
                              EACH)
    cells.relate(total, mentioned, COVER)  # every interaction mentions its primary concern
    for as_primary, mention in zip(primary, mentioned, strict=True):
        cells.relate(mention, (as_primary,), EACH)  # a primary concern is also mentioned
    cells.one_way("risk", stats.by_risk, "risk", "interactions", total)
    summary = stats.summary.set_index("measure")["value"]
    with_referral = cells.add(("summary", "interactions_with_referral"),
                              summary["interactions_with_referral"])
    cells.relate(total, (with_referral,), EACH)
    referrals = cells.one_way("referral", stats.referrals, "referral", "interactions",
                              with_referral, EACH)
    cells.relate(with_referral, referrals, COVER)
    respondents = cells.add(("summary", "survey_respondents"), summary["survey_respondents"])
    activity = stats.supporter_activity
    supporters = cells.one_way("supporter", activity, "supporter", "interactions", total)
    reached = cells.add(("summary", "classmates_reached_upper_bound"),
                        summary["classmates_reached_upper_bound"])
    linked = cells.one_way("reached", activity, "supporter", "classmates_reached", reached)
    for interactions, classmates in zip(supporters, linked, strict=True):
        cells.relate(interactions, (classmates,), EACH)
    barriers = stats.survey_barriers
    answered = cells.one_way("respondents", barriers, "barrier", "respondents", respondents,
                             EACH)
    for column in ("faculty_n", "sbs_n"):
        yes = cells.one_way(column, barriers, "barrier", column, None)
        for whole, part in zip(answered, yes, strict=True):
            cells.relate(whole, (part,), EACH)
    return cells


def _shown(value: object) -> str:
    if isinstance(value, float):
        return "" if pd.isna(value) else repr(float(value))
    return str(value)


@dataclass(frozen=True)
class Protection:
    """How many counts were hidden and why, and what the auditor found of each."""

    threshold: int
    primary: int       # counts from 1 to threshold - 1
    secondary: int     # counts hidden so that the primary ones cannot be worked out
    ranges: dict[Hashable, CellRange]  # each hidden count's range, as an attacker finds it


@dataclass(frozen=True)
class PeriodChoice:
    """The period the report's and the Dashboard's period x format table is shown by."""

    unit: str          # a key of PERIOD_FILES; each finer one hid too many counts
    shown: float       # share of the table's non-zero counts shown (1 with none)

    @property
    def file(self) -> str:
        return PERIOD_FILES[self.unit]

    @property
    def reached(self) -> bool:
        return self.shown >= MOSTLY_SHOWN


EXACT_PERIOD = PeriodChoice("quarter", 1.0)  # nothing hidden inside the vault


@dataclass(frozen=True)
class Publication:
    """Everything published from one set of statistics, checked by the auditor."""

    tables: dict[str, pd.DataFrame]    # file name -> text cells, as written
    protection: Protection
    period: PeriodChoice = EXACT_PERIOD


def _shown_share(stats: Statistics, unit: str, hidden: dict[Hashable, str],
                 threshold: int = 0) -> float:
    """The share of the table's non-zero counts not hidden, nor below `threshold`."""
    frame = stats.by_period(unit)
    counted = [((unit, period, code), n) for period, code, n in zip(
        frame[unit], frame["format"], frame["interactions"], strict=True) if n]
    shown = sum(cell not in hidden and n >= threshold for cell, n in counted)
    return shown / len(counted) if counted else 1.0


def publish(stats: Statistics, threshold: int = DEFAULT_THRESHOLD) -> Publication:
    """The tables with small counts hidden and every figure that would reveal them, once
    the auditor has found every hidden count protected (else ProtectionNotReached).

    The period x format table is the finest of PERIOD_FILES whose non-zero counts stay
    at least MOSTLY_SHOWN shown, suppressed with every other table; else by academic year.
    """
    for unit in PERIOD_FILES:
        # Counts below the threshold are always hidden: a table with too many of them
        # cannot reach MOSTLY_SHOWN, whatever else is hidden, and is not tried.
        if unit != "academic_year" and _shown_share(
                stats, unit, {}, threshold) < MOSTLY_SHOWN:
            continue
        cells = _cells(stats, () if unit == "quarter" else (unit,))
        hidden = suppress(cells.values, cells.constraints, threshold)
        # Show again what need not be hidden, this table's counts first; a finer table
        # is given up as soon as it cannot reach MOSTLY_SHOWN.
        counted = [cell for cell, n in cells.values.items()
                   if len(cell) == 3 and cell[0] == unit and n]
        table = {cell for cell in counted if cell in hidden}
        least = 0 if unit == "academic_year" else math.ceil(
            MOSTLY_SHOWN * len(counted) - (len(counted) - len(table)) - 1e-9)
        cleaned = clean_up(cells.values, cells.constraints, hidden, threshold, table, least)
        if cleaned is None:
            continue
        hidden = cleaned
        choice = PeriodChoice(unit, _shown_share(stats, unit, hidden))
        if choice.reached:
            break
    ranges = audit(cells.values, cells.constraints, hidden, threshold)
    kinds = list(hidden.values())
    protection = Protection(threshold, kinds.count(PRIMARY), kinds.count(SECONDARY), ranges)
    tables = _hide(stats, cells.values, hidden, threshold)
    for unit, file in PERIOD_FILES.items():  # only the chosen coarser table is published
        if unit not in ("quarter", choice.unit):
            del tables[file]
    return Publication(tables, protection, choice)


def _hide(stats: Statistics, values: dict[Hashable, int], hidden: dict[Hashable, str],
          threshold: int) -> dict[str, pd.DataFrame]:
    small = f"<{threshold}"

    def mark(cell: Hashable) -> str | None:
        if cell not in hidden:
            return None
        return small if values[cell] < threshold else SUPPRESSED

    tables = exact_tables(stats)
    out = {file: frame.astype(object).map(_shown) for file, frame in tables.items()}

    def hide(file: str, keys: Callable[[pd.Series], dict[str, Hashable]],
             derived: dict[str, list[str]] | None = None) -> None:
        """keys: row -> {count column: cell}; derived: count column -> columns computed
        from it."""
        text = out[file]
        for row, record in enumerate(tables[file].itertuples(index=False)):
            for column, cell in keys(record._asdict()).items():
                shown = mark(cell)
                if shown is not None:
                    text.iat[row, text.columns.get_loc(column)] = shown
                    for other in (derived or {}).get(column, []):
                        text.iat[row, text.columns.get_loc(other)] = SUPPRESSED

    share = {"interactions": ["share_pct"]}
    for file, kind, key in (("interactions_by_format.csv", "format", "format"),
                            ("interactions_by_initiator.csv", "initiated_by", "initiated_by"),
                            ("interactions_by_outreach_reason.csv", "outreach_reason",
                             "outreach_reason"),
                            ("interactions_by_year_of_study.csv", "year_of_study",
                             "year_of_study"),
                            ("interactions_by_risk.csv", "risk", "risk"),
                            ("referrals.csv", "referral", "referral")):
        hide(file, lambda r, kind=kind, key=key: {"interactions": (kind, r[key])}, share)
    hide("interactions_by_academic_year.csv",
         lambda r: {"interactions": ("academic_year", r["academic_year"])})
    for kind, file in {"month": "interactions_by_month.csv", **PERIOD_FILES}.items():
        hide(file, lambda r, kind=kind: {"interactions": (kind, r[kind], r["format"])})
    hide("interactions_by_concern.csv", lambda r: {
        "as_primary": ("as_primary", r["concern"]), "mentioned": ("mentioned", r["concern"])},
         {"mentioned": ["mentioned_pct"]})
    hide("supporter_activity.csv", lambda r: {
        "interactions": ("supporter", r["supporter"]),
        "classmates_reached": ("reached", r["supporter"])})
    hide("summary.csv", lambda r: {"value": ("summary", r["measure"])},
         {"value": []})
    summary = out["summary.csv"]
    rounded = tables["summary.csv"]["measure"].isin(ROUNDED_MEASURES).to_numpy()
    summary.loc[rounded, "value"] = [f"{float(v):.{PERCENT_DECIMALS}f}" if v else v
                                     for v in summary.loc[rounded, "value"]]
    if ("summary", "interactions_with_referral") in hidden or (
            "summary", "interactions") in hidden:
        summary.loc[summary["measure"] == "referral_rate_pct", "value"] = SUPPRESSED
    # A share of a hidden whole, with its part shown, gives the whole back.
    wholes = {file: ("summary", "interactions") for file in (
        "interactions_by_format.csv", "interactions_by_initiator.csv",
        "interactions_by_year_of_study.csv", "interactions_by_risk.csv", "referrals.csv",
        "interactions_by_concern.csv")}
    wholes["interactions_by_outreach_reason.csv"] = ("initiated_by",
                                                     Initiator.SUPPORTER.value)
    for file, whole in wholes.items():
        if whole in hidden:
            for column in ("share_pct", "mentioned_pct"):
                if column in out[file]:
                    out[file][column] = SUPPRESSED

    # A percentage, interval or P value with the respondents known gives back a count.
    barrier_text, intervals = out["survey_barriers.csv"], out["survey_barrier_intervals.csv"]
    hide("survey_barriers.csv", lambda r: {
        c: (c, r["barrier"]) for c in ("respondents", "faculty_n", "sbs_n")},
         {"faculty_n": ["faculty_pct"], "sbs_n": ["sbs_pct"]})
    for row, barrier in enumerate(tables["survey_barriers.csv"]["barrier"]):
        marks = {c: mark((c, barrier)) for c in ("respondents", "faculty_n", "sbs_n")}
        if not any(marks.values()):
            continue
        for c in ("faculty_pct", "sbs_pct", "chi2_yates_p", "fisher_p", "mcnemar_p"):
            barrier_text.at[row, c] = SUPPRESSED
        for position in intervals.index[intervals["barrier"] == barrier]:
            count = "faculty_n" if intervals.at[position, "service"] == "faculty" else "sbs_n"
            intervals.at[position, "n"] = marks[count] or intervals.at[position, "n"]
            intervals.at[position, "respondents"] = (marks["respondents"]
                                                     or intervals.at[position, "respondents"])
            for c in ("pct", "ci_low_pct", "ci_high_pct"):
                intervals.at[position, c] = SUPPRESSED
    return out


def published_tables(stats: Statistics,
                     threshold: int = DEFAULT_THRESHOLD) -> dict[str, pd.DataFrame]:
    """The tables as published (see publish); all cells are text."""
    return publish(stats, threshold).tables


def write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write each table as RFC 4180 UTF-8 CSV; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file, frame in tables.items():
        path = folder / file
        frame.to_csv(path, index=False, lineterminator="\r\n")
        written.append(path)
    return written


def _numeric(text: pd.DataFrame | None, exact: pd.DataFrame) -> pd.DataFrame:
    """A published table back as numbers, hidden cells NaN, code columns as they were;
    every count NaN for a table not published (text None)."""
    frame = exact.copy()
    for column in exact.columns:
        if pd.api.types.is_numeric_dtype(exact[column]):
            frame[column] = (float("nan") if text is None
                             else pd.to_numeric(text[column], errors="coerce"))
    return frame


def published_statistics(stats: Statistics, threshold: int = DEFAULT_THRESHOLD,
                         publication: Publication | None = None) -> Statistics:
    """The statistics as published (by `publication`, or published again here): every
    hidden count or derived figure is NaN.

    Charts drawn from this show nothing that the published tables hide.
    """
    import dataclasses

    text = (publication or publish(stats, threshold)).tables
    exact = exact_tables(stats)
    frames = {attribute: _numeric(text.get(file), exact[file])
              for file, attribute in TABLE_FILES.items() if attribute != "summary"}
    return dataclasses.replace(stats, **frames)
