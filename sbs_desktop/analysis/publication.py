"""The statistics as the tidy CSV tables of docs/statistics.md, exact or made safe to publish."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

import pandas as pd

from sbs_desktop.analysis.statistics import ALL, Statistics
from sbs_desktop.analysis.suppression import DEFAULT_THRESHOLD, Constraint, suppress
from sbs_desktop.core.vocabulary import Initiator

SUPPRESSED = "suppressed"  # a secondary cell, or a figure computed from a hidden count

# File name -> Statistics attribute, in the order the report and docs list them.
TABLE_FILES = {
    "summary.csv": "summary",
    "interactions_by_format.csv": "by_format",
    "interactions_by_initiator.csv": "by_initiator",
    "interactions_by_outreach_reason.csv": "by_outreach_reason",
    "interactions_by_month.csv": "by_month",
    "interactions_by_academic_year.csv": "by_academic_year",
    "interactions_by_year_of_study.csv": "by_year_of_study",
    "interactions_by_concern.csv": "by_concern",
    "interactions_by_risk.csv": "by_risk",
    "referrals.csv": "referrals",
    "supporter_activity.csv": "supporter_activity",
    "survey_barriers.csv": "survey_barriers",
    "survey_barrier_intervals.csv": "survey_intervals",
}
PERCENT_DECIMALS = 2


def exact_tables(stats: Statistics) -> dict[str, pd.DataFrame]:
    """Every table with its exact counts: for use inside the coordinator's vault only."""
    tables = {}
    for file, attribute in TABLE_FILES.items():
        frame = getattr(stats, attribute).copy()
        for column in frame.columns:
            if column.endswith("_pct") or column == "pct":
                frame[column] = frame[column].astype(float).round(PERCENT_DECIMALS)
        tables[file] = frame
    return tables


class _Cells:
    """The published counts as named cells, and the identities that link them."""

    def __init__(self) -> None:
        self.values: dict[Hashable, int] = {}
        self.constraints: list[Constraint] = []

    def add(self, cell: Hashable, value: int) -> Hashable:
        self.values[cell] = int(value)
        return cell

    def one_way(self, kind: str, frame: pd.DataFrame, key: str, count: str,
                total: Hashable | None) -> None:
        parts = tuple(self.add((kind, code), n) for code, n in zip(frame[key], frame[count],
                                                                   strict=True))
        if total is not None:
            self.constraints.append(Constraint(total, parts))


def _cells(stats: Statistics) -> _Cells:
    cells = _Cells()
    total = cells.add(("summary", "interactions"), stats.total)
    cells.one_way("format", stats.by_format, "format", "interactions", total)
    cells.one_way("initiated_by", stats.by_initiator, "initiated_by", "interactions", total)
    cells.one_way("outreach_reason", stats.by_outreach_reason, "outreach_reason",
                  "interactions", ("initiated_by", Initiator.SUPPORTER.value))
    months = stats.by_month
    for month, group in months.groupby("month"):
        parts = []
        for code, n in zip(group["format"], group["interactions"], strict=True):
            cell = cells.add(("month", month, code), n)
            if code != ALL:
                parts.append(cell)
        cells.constraints.append(Constraint(("month", month, ALL), tuple(parts)))
    if len(months):
        for code, group in months.groupby("format"):
            cell_total = total if code == ALL else ("format", code)
            cells.constraints.append(Constraint(
                cell_total, tuple(("month", m, code) for m in group["month"])))
    cells.one_way("academic_year", stats.by_academic_year, "academic_year", "interactions",
                  total)
    cells.one_way("year_of_study", stats.by_year_of_study, "year_of_study", "interactions",
                  total)
    cells.one_way("as_primary", stats.by_concern, "concern", "as_primary", total)
    cells.one_way("mentioned", stats.by_concern, "concern", "mentioned", None)
    cells.one_way("risk", stats.by_risk, "risk", "interactions", total)
    cells.one_way("referral", stats.referrals, "referral", "interactions", None)
    summary = stats.summary.set_index("measure")["value"]
    cells.add(("summary", "interactions_with_referral"),
              summary["interactions_with_referral"])
    cells.add(("summary", "survey_respondents"), summary["survey_respondents"])
    activity = stats.supporter_activity
    cells.one_way("supporter", activity, "supporter", "interactions", total)
    reached = cells.add(("summary", "classmates_reached_upper_bound"),
                        summary["classmates_reached_upper_bound"])
    cells.one_way("reached", activity, "supporter", "classmates_reached", reached)
    barriers = stats.survey_barriers
    for column in ("respondents", "faculty_n", "sbs_n"):
        cells.one_way(column, barriers, "barrier", column, None)
    return cells


def _shown(value: object) -> str:
    if isinstance(value, float):
        return "" if pd.isna(value) else repr(float(value))
    return str(value)


def published_tables(stats: Statistics,
                     threshold: int = DEFAULT_THRESHOLD) -> dict[str, pd.DataFrame]:
    """The tables with small counts hidden ("<5") and every figure that would reveal them
    ("suppressed"); all cells are text."""
    cells = _cells(stats)
    hidden = suppress(cells.values, cells.constraints, threshold)
    small = f"<{threshold}"

    def mark(cell: Hashable) -> str | None:
        kind = hidden.get(cell)
        return None if kind is None else (small if kind == "primary" else SUPPRESSED)

    tables = exact_tables(stats)
    out: dict[str, pd.DataFrame] = {}
    for file, frame in tables.items():
        text = frame.astype(object).map(_shown)
        out[file] = text

    def hide(file: str, key: str, kinds: dict[str, tuple[str, list[str]]]) -> None:
        """kinds: count column -> (cell kind, columns derived from that count)."""
        frame, text = tables[file], out[file]
        for row, code in enumerate(frame[key]):
            for column, (kind, derived) in kinds.items():
                shown = mark((kind, code))
                if shown is not None:
                    text.iat[row, text.columns.get_loc(column)] = shown
                    for other in derived:
                        text.iat[row, text.columns.get_loc(other)] = SUPPRESSED

    share = ["share_pct"]
    hide("interactions_by_format.csv", "format", {"interactions": ("format", share)})
    hide("interactions_by_initiator.csv", "initiated_by",
         {"interactions": ("initiated_by", share)})
    hide("interactions_by_outreach_reason.csv", "outreach_reason",
         {"interactions": ("outreach_reason", share)})
    hide("interactions_by_academic_year.csv", "academic_year",
         {"interactions": ("academic_year", [])})
    hide("interactions_by_year_of_study.csv", "year_of_study",
         {"interactions": ("year_of_study", share)})
    hide("interactions_by_concern.csv", "concern",
         {"as_primary": ("as_primary", []), "mentioned": ("mentioned", ["mentioned_pct"])})
    hide("interactions_by_risk.csv", "risk", {"interactions": ("risk", share)})
    hide("referrals.csv", "referral", {"interactions": ("referral", share)})
    hide("supporter_activity.csv", "supporter", {
        "interactions": ("supporter", []), "classmates_reached": ("reached", [])})

    months, month_text = tables["interactions_by_month.csv"], out["interactions_by_month.csv"]
    column = month_text.columns.get_loc("interactions")
    for row, (month, code) in enumerate(zip(months["month"], months["format"], strict=True)):
        shown = mark(("month", month, code))
        if shown is not None:
            month_text.iat[row, column] = shown

    summary, summary_text = tables["summary.csv"], out["summary.csv"]
    for row, measure in enumerate(summary["measure"]):
        shown = mark(("summary", measure))
        if shown is not None:
            summary_text.iat[row, 1] = shown
            if measure == "interactions_with_referral":
                rate = summary.index[summary["measure"] == "referral_rate_pct"][0]
                summary_text.iat[int(rate), 1] = SUPPRESSED

    # A p-value or percentage with the respondents known gives back the hidden count.
    barriers, barrier_text = tables["survey_barriers.csv"], out["survey_barriers.csv"]
    intervals = out["survey_barrier_intervals.csv"]
    for row, barrier in enumerate(barriers["barrier"]):
        marks = {c: mark((c, barrier)) for c in ("respondents", "faculty_n", "sbs_n")}
        if not any(marks.values()):
            continue
        everything = marks["respondents"] is not None
        for c, derived in (("respondents", None), ("faculty_n", "faculty_pct"),
                           ("sbs_n", "sbs_pct")):
            if marks[c] is not None or everything:
                barrier_text.at[row, c] = marks[c] or SUPPRESSED
                if derived:
                    barrier_text.at[row, derived] = SUPPRESSED
        for c in ("chi2_yates_p", "fisher_p", "mcnemar_p"):
            barrier_text.at[row, c] = SUPPRESSED
        for position in intervals.index[intervals["barrier"] == barrier]:
            count = "faculty_n" if intervals.at[position, "service"] == "faculty" else "sbs_n"
            if marks[count] is None and not everything:
                continue
            intervals.at[position, "n"] = marks[count] or SUPPRESSED
            if everything:
                intervals.at[position, "respondents"] = marks["respondents"]
            for c in ("pct", "ci_low_pct", "ci_high_pct"):
                intervals.at[position, c] = SUPPRESSED
    return out


def write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write each table as RFC 4180 UTF-8 CSV; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file, frame in tables.items():
        path = folder / file
        frame.to_csv(path, index=False, lineterminator="\r\n")
        written.append(path)
    return written


def _numeric(text: pd.DataFrame, exact: pd.DataFrame) -> pd.DataFrame:
    """A published table back as numbers, hidden cells NaN, code columns as they were."""
    frame = exact.copy()
    for column in exact.columns:
        if pd.api.types.is_numeric_dtype(exact[column]):
            frame[column] = pd.to_numeric(text[column], errors="coerce")
    return frame


def published_statistics(stats: Statistics,
                         threshold: int = DEFAULT_THRESHOLD) -> Statistics:
    """The statistics as published: every hidden count or derived figure is NaN.

    Charts drawn from this show nothing that the published tables hide.
    """
    import dataclasses

    text = published_tables(stats, threshold)
    exact = exact_tables(stats)
    frames = {attribute: _numeric(text[file], exact[file])
              for file, attribute in TABLE_FILES.items() if attribute != "summary"}
    return dataclasses.replace(stats, **frames)
