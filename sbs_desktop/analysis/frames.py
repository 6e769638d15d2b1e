"""The merged data as pandas frames: interactions, schedule and survey answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from sbs_desktop.core.merged import ColumnTable, RowTable
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
    """A year runs from 1 September to 31 August (docs/design.md)."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


# One rule places a period in every coarser one: a period's month decides (a week's is
# that of its Thursday), and the month's quarter and academic year follow from it, so
# months add up to quarters and quarters to academic years in every table.
QUARTER_MONTHS = 3  # quarters of the academic year: Sep-Nov, Dec-Feb, Mar-May, Jun-Aug


def month_academic_year(month: str) -> str:
    """The academic year ("2025-2026") a month ("2025-09") belongs to."""
    year, number = int(month[:4]), int(month[5:7])
    return academic_year_of(date(year, number, 1))


def month_quarter(month: str) -> str:
    """The quarter of the academic year a month belongs to: "2025-2026-Q1" is
    September to November 2025."""
    number = int(month[5:7])
    return f"{month_academic_year(month)}-Q{(number - 9) % 12 // QUARTER_MONTHS + 1}"


def month_half_year(month: str) -> str:
    """The half of the academic year a month belongs to: "2025-2026-H1" is September
    2025 to February 2026 (quarters 1 and 2), H2 March to August (quarters 3 and 4)."""
    quarter = int(month_quarter(month)[-1])
    return f"{month_academic_year(month)}-H{(quarter + 1) // 2}"


# Each unit a table of interactions by period and format can be published in, finest
# first, with the function that places a month in it.
PERIOD_UNITS = {"month": lambda month: month, "quarter": month_quarter,
                "half_year": month_half_year, "academic_year": month_academic_year}


def period_academic_year(period: str) -> str:
    """The academic year of an ISO week or month period, decided by its month."""
    return month_academic_year(period_month(period))


# The interaction columns the statistics use (the pseudonym of each interaction and
# its follow-up state are not needed, and reading them would only cost time).
INTERACTION_COLUMNS = ("supporter", "period", "academic_year", "duration_minutes", "format",
                       "initiated_by", "outreach_reason", "primary_concern", "concerns", "risk",
                       "referrals", "classmate", "year_of_study")
# Few distinct values against many rows: as categories, counting them is cheap.
CATEGORY_COLUMNS = ("supporter", "period", "academic_year", "format", "initiated_by",
                    "outreach_reason", "primary_concern", "concerns", "risk", "referrals")


def _frame(table: RowTable | ColumnTable) -> pd.DataFrame:
    columns = list(table.columns)
    if isinstance(table, ColumnTable):
        table = RowTable(table.columns, list(zip(*table.values, strict=True)))
    if not table.rows:
        # Typed as text, so that string methods work on a table with no rows yet.
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    return pd.DataFrame.from_records(table.rows, columns=columns, coerce_float=False)


def _mapped(periods: pd.Series, convert: Any) -> pd.Series:
    # Few distinct periods against many rows: convert each once, then spread by code.
    codes, uniques = pd.factorize(periods)
    converted = np.array([convert(p) for p in uniques] + [""], dtype=object)
    return pd.Series(converted[codes], index=periods.index, dtype=object)


def frames_from_tables(interactions: RowTable | ColumnTable, schedule: RowTable | ColumnTable,
                       survey: RowTable | ColumnTable) -> Frames:
    """Frames from the merged tables (as the store, or a bundle, holds them)."""
    log = _frame(interactions)
    log["duration_minutes"] = pd.to_numeric(log["duration_minutes"]).astype("int64")
    log["year_of_study"] = pd.to_numeric(log["year_of_study"]).astype("Int64")
    log["month"] = _mapped(log["period"], period_month)
    # The bundle's own academic year is decided by the interaction's day; the tables
    # need the one its published month decides, or months would not add up to years.
    log["academic_year"] = _mapped(log["period"], period_academic_year)
    for column in CATEGORY_COLUMNS:
        if column in log and len(log):
            log[column] = log[column].astype("category")
    hours = _frame(schedule)
    hours["hours_offered"] = pd.to_numeric(hours["hours_offered"]).astype("float64")
    hours["academic_year"] = _mapped(hours["period"], period_academic_year)
    answers = _frame(survey)
    answers["academic_year"] = _mapped(answers["period"], period_academic_year)
    return Frames(log, hours, answers)


def _local_survey(vault: Vault) -> list[tuple[str, ...]]:
    """Responses entered or imported in the coordinator's own vault, as survey rows."""
    return [(f"local-{response.uid}", response.instrument_id, response.instrument_version,
             f"{response.answered_on.year:04d}-{response.answered_on.month:02d}", question,
             answer)
            for response in list_responses(vault) for question, answer in response.answers]


def load_frames(vault: Vault) -> Frames:
    """Every current merged row, plus the survey responses kept in the vault itself."""
    survey = merged_store.merged_rows(vault, "survey", SURVEY_COLUMNS)
    combined = RowTable(SURVEY_COLUMNS, list(survey.rows) + _local_survey(vault))
    return frames_from_tables(
        merged_store.merged_rows(vault, "interactions", INTERACTION_COLUMNS),
        merged_store.merged_rows(vault, "schedule"), combined)
