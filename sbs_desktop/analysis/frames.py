"""The merged data as pandas frames: interactions, schedule and survey answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from sbs_desktop.core.merged import ColumnTable
from sbs_desktop.store import merged as merged_store
from sbs_desktop.store.survey import list_responses
from sbs_desktop.store.vault import Vault

SURVEY_COLUMNS = ("response", "instrument", "instrument_version", "period", "question", "answer")
ALL_YEARS = ""


@dataclass(frozen=True)
class Frames:
    """What every statistic is computed from."""

    interactions: pd.DataFrame  # the bundle columns, plus month and academic_year
    schedule: pd.DataFrame      # supporter, period, mode, hours_offered, academic_year
    survey: pd.DataFrame        # response, instrument, ..., question, answer, academic_year

    def for_academic_year(self, academic_year: str) -> Frames:
        """Only the rows of one academic year ("2025-2026"); ALL_YEARS keeps everything."""
        if academic_year == ALL_YEARS:
            return self
        return Frames(*(frame[frame["academic_year"] == academic_year]
                        for frame in (self.interactions, self.schedule, self.survey)))

    @property
    def academic_years(self) -> list[str]:
        years = set(self.interactions["academic_year"]) | set(self.schedule["academic_year"]) | (
            set(self.survey["academic_year"]))
        return sorted(y for y in years if y)


def period_start(period: str) -> date:
    """The first day of an ISO week ("2025-W07") or month ("2025-02") period."""
    if "-W" in period:
        year, week = period.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    year, month = period.split("-")[:2]
    return date(int(year), int(month), 1)


def period_month(period: str) -> str:
    """The month a period counts in: a week counts in the month of its Thursday,
    the day that also decides which year an ISO week belongs to."""
    if "-W" in period:
        year, week = period.split("-W")
        thursday = date.fromisocalendar(int(year), int(week), 4)
        return f"{thursday.year:04d}-{thursday.month:02d}"
    return period[:7]


def academic_year_of(day: date) -> str:
    """A year runs from 1 September to 31 August (DESIGN.md)."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


def _frame(table: ColumnTable) -> pd.DataFrame:
    if not table.row_count:
        # Typed as text, so that string methods work on a table with no rows yet.
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in table.columns})
    return pd.DataFrame(dict(zip(table.columns, table.values, strict=True)),
                        columns=list(table.columns))


def _mapped(periods: pd.Series, convert: Any) -> pd.Series:
    # Few distinct periods against many rows: convert each once.
    lookup = {p: convert(p) for p in periods.unique()}
    return periods.map(lookup).astype(object) if len(periods) else periods.astype(object)


def frames_from_tables(interactions: ColumnTable, schedule: ColumnTable,
                       survey: ColumnTable) -> Frames:
    """Frames from column tables (as the store or a bundle holds them)."""
    log = _frame(interactions)
    log["duration_minutes"] = pd.to_numeric(log["duration_minutes"]).astype("int64")
    log["year_of_study"] = pd.to_numeric(log["year_of_study"]).astype("Int64")
    log["month"] = _mapped(log["period"], period_month)
    hours = _frame(schedule)
    hours["hours_offered"] = pd.to_numeric(hours["hours_offered"]).astype("float64")
    hours["academic_year"] = _mapped(hours["period"],
                                     lambda p: academic_year_of(period_start(p)))
    answers = _frame(survey)
    answers["academic_year"] = _mapped(answers["period"],
                                       lambda p: academic_year_of(period_start(p)))
    return Frames(log, hours, answers)


def _local_survey(vault: Vault) -> ColumnTable:
    """Responses entered or imported in the coordinator's own vault, as survey rows."""
    rows = [(f"local-{response.uid}", response.instrument_id, response.instrument_version,
             f"{response.answered_on.year:04d}-{response.answered_on.month:02d}", question,
             answer)
            for response in list_responses(vault) for question, answer in response.answers]
    values = tuple(zip(*rows, strict=True)) if rows else tuple([] for _ in SURVEY_COLUMNS)
    return ColumnTable(SURVEY_COLUMNS, values)


def load_frames(vault: Vault) -> Frames:
    """Every current merged row, plus the survey responses kept in the vault itself."""
    survey = merged_store.merged_table(vault, "survey")
    local = _local_survey(vault)
    combined = ColumnTable(SURVEY_COLUMNS, tuple(
        list(a) + list(b) for a, b in zip(survey.values, local.values, strict=True)))
    return frames_from_tables(merged_store.merged_table(vault, "interactions"),
                              merged_store.merged_table(vault, "schedule"), combined)
