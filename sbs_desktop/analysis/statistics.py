"""Every figure docs/design.md lists for the coordinator, as tidy frames of exact counts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from sbs_desktop.analysis.frames import PERIOD_UNITS, Frames
from sbs_desktop.analysis.inference import (
    PairedCounts,
    chi_square_yates_p,
    fisher_exact_p,
    mcnemar_exact_p,
    wilson_interval,
)
from sbs_desktop.core.instrument import YES, barrier_question, default_instrument
from sbs_desktop.core.vocabulary import (
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.exchange.format import CODE_SEPARATOR

UNKNOWN = "unknown"
ALL = "all"
FACULTY, SBS = "faculty", "sbs"

BARRIER_COLUMNS = ["barrier", "respondents", "faculty_n", "faculty_pct", "sbs_n", "sbs_pct",
                   "chi2_yates_p", "fisher_p", "mcnemar_p"]


@dataclass(frozen=True)
class Statistics:
    """The coordinator's figures. Every frame is tidy: one row per category (or pair of
    categories), counts exact. Column meanings are in docs/statistics.md."""

    summary: pd.DataFrame                    # measure, value
    by_format: pd.DataFrame                  # format, interactions, share_pct
    by_initiator: pd.DataFrame               # initiated_by, interactions, share_pct
    by_outreach_reason: pd.DataFrame         # outreach_reason, interactions, share_pct
    by_month: pd.DataFrame                   # month, format (or "all"), interactions
    by_quarter: pd.DataFrame                 # quarter, format (or "all"), interactions
    by_half_year: pd.DataFrame               # half_year, format (or "all"), interactions
    by_year_and_format: pd.DataFrame         # academic_year, format (or "all"), interactions
    by_academic_year: pd.DataFrame           # academic_year, interactions
    by_year_of_study: pd.DataFrame           # year_of_study, interactions, share_pct
    by_concern: pd.DataFrame                 # concern, as_primary, mentioned, mentioned_pct
    by_risk: pd.DataFrame                    # risk, interactions, share_pct
    referrals: pd.DataFrame                  # referral, interactions, share_pct
    supporter_activity: pd.DataFrame         # supporter, interactions, classmates_reached, ...
    survey_barriers: pd.DataFrame            # BARRIER_COLUMNS
    survey_intervals: pd.DataFrame           # barrier, service, n, respondents, pct, ci_*
    paired_counts: dict[str, PairedCounts]   # per barrier, for the methods and tests

    @property
    def total(self) -> int:
        return int(self.summary.set_index("measure").loc["interactions", "value"])

    def by_period(self, unit: str) -> pd.DataFrame:
        """The interactions by period and format in a unit of frames.PERIOD_UNITS."""
        return {"month": self.by_month, "quarter": self.by_quarter,
                "half_year": self.by_half_year, "academic_year": self.by_year_and_format}[unit]


def _pct(part: pd.Series | int, whole: int) -> pd.Series | float:
    return part * 100.0 / whole if whole else part * float("nan")


def _one_way(log: pd.DataFrame, column: str, codes: list[str], name: str | None = None,
             whole: int | None = None) -> pd.DataFrame:
    """Counts per code, every code listed (zeros included) in vocabulary order."""
    counts = log[column].value_counts().reindex(codes, fill_value=0).astype("int64")
    whole = len(log) if whole is None else whole
    return pd.DataFrame({name or column: codes, "interactions": counts.to_numpy(),
                         "share_pct": _pct(counts.to_numpy(), whole)})


def _multi_counts(values: pd.Series, codes: list[str]) -> pd.Series:
    """How many rows mention each code of a multi-valued cell ("a;b")."""
    # Few distinct combinations against many rows: split each combination once.
    counts = dict.fromkeys(codes, 0)
    for combination, n in values.value_counts().items():
        for code in set(str(combination).split(CODE_SEPARATOR)) if combination else ():
            if code in counts:
                counts[code] += int(n)
    return pd.Series(counts, dtype="int64").reindex(codes, fill_value=0)


def _codes(vocabulary: type) -> list[str]:
    return [member.value for member in vocabulary]


def _by_period(log: pd.DataFrame, column: str) -> pd.DataFrame:
    """Interactions per period (a unit of PERIOD_UNITS, placed by its month) and format,
    plus each period's "all"; every period from the first to the last is listed, zeros
    included."""
    formats = _codes(Format)
    if log.empty:
        return pd.DataFrame({column: [], "format": [], "interactions": []})
    months = pd.period_range(log["month"].min(), log["month"].max(), freq="M").strftime("%Y-%m")
    placed = {month: PERIOD_UNITS[column](month) for month in months}
    periods = list(dict.fromkeys(placed.values()))
    keys = log["month"].astype(str).map(placed)
    table = pd.crosstab(keys, log["format"]).reindex(index=periods, columns=formats,
                                                     fill_value=0)
    table[ALL] = table.sum(axis=1)
    long = table.rename_axis(index=column, columns=None).reset_index().melt(
        id_vars=column, var_name="format", value_name="interactions")
    order = {code: i for i, code in enumerate([*formats, ALL])}
    long["order"] = long["format"].map(order)
    long = long.sort_values([column, "order"]).drop(columns="order").reset_index(drop=True)
    long["interactions"] = long["interactions"].astype("int64")
    return long


def _supporter_activity(frames: Frames) -> pd.DataFrame:
    log, hours = frames.interactions, frames.schedule
    supporters = sorted(set(log["supporter"]) | set(hours["supporter"]))
    counts = log.groupby("supporter").size()
    linked = log[log["classmate"] != ""]
    reached = linked.groupby("supporter")["classmate"].nunique()
    offered = hours.groupby("supporter")["hours_offered"].sum()
    spent = log.groupby("supporter")["duration_minutes"].sum() / 60.0
    frame = pd.DataFrame({"supporter": supporters})
    frame["interactions"] = counts.reindex(supporters, fill_value=0).astype("int64").to_numpy()
    frame["classmates_reached"] = reached.reindex(supporters, fill_value=0).astype(
        "int64").to_numpy()
    frame["hours_offered"] = offered.reindex(supporters, fill_value=0.0).round(2).to_numpy()
    frame["hours_with_interactions"] = spent.reindex(supporters, fill_value=0.0).round(
        2).to_numpy()
    return frame


def barrier_pairs(survey: pd.DataFrame, barriers: tuple[str, ...]) -> dict[str, PairedCounts]:
    """Per barrier, the paired answers of respondents who answered it for both services."""
    pairs = {}
    for barrier in barriers:
        faculty = survey[survey["question"] == barrier_question(barrier, FACULTY)]
        sbs = survey[survey["question"] == barrier_question(barrier, SBS)]
        both = faculty[["response", "answer"]].merge(
            sbs[["response", "answer"]], on="response", suffixes=("_faculty", "_sbs"))
        yes_faculty = both["answer_faculty"] == YES
        yes_sbs = both["answer_sbs"] == YES
        pairs[barrier] = PairedCounts(
            a=int((yes_faculty & yes_sbs).sum()), b=int((yes_faculty & ~yes_sbs).sum()),
            c=int((~yes_faculty & yes_sbs).sum()), d=int((~yes_faculty & ~yes_sbs).sum()))
    return pairs


def _survey_tables(pairs: dict[str, PairedCounts]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, intervals = [], []
    for barrier, counts in pairs.items():
        n = counts.respondents
        table = counts.contingency()
        rows.append({
            "barrier": barrier, "respondents": n,
            "faculty_n": counts.first_yes, "faculty_pct": _pct(counts.first_yes, n),
            "sbs_n": counts.second_yes, "sbs_pct": _pct(counts.second_yes, n),
            "chi2_yates_p": chi_square_yates_p(table) if n else float("nan"),
            "fisher_p": fisher_exact_p(table) if n else float("nan"),
            "mcnemar_p": mcnemar_exact_p(counts) if n else float("nan"),
        })
        for service, yes in ((FACULTY, counts.first_yes), (SBS, counts.second_yes)):
            low, high = wilson_interval(yes, n)
            intervals.append({"barrier": barrier, "service": service, "n": yes,
                              "respondents": n, "pct": _pct(yes, n),
                              "ci_low_pct": low * 100, "ci_high_pct": high * 100})
    barriers = pd.DataFrame(rows, columns=BARRIER_COLUMNS)
    interval_columns = ["barrier", "service", "n", "respondents", "pct", "ci_low_pct",
                        "ci_high_pct"]
    return barriers, pd.DataFrame(intervals, columns=interval_columns)


def compute_statistics(frames: Frames, barriers: tuple[str, ...] | None = None) -> Statistics:
    """All the coordinator's figures from the merged frames."""
    log = frames.interactions
    total = len(log)
    barriers = barriers if barriers is not None else default_instrument().barrier_codes

    supporter_started = int((log["initiated_by"] == Initiator.SUPPORTER.value).sum())
    outreach = _one_way(log[log["initiated_by"] == Initiator.SUPPORTER.value],
                        "outreach_reason", _codes(OutreachReason), whole=supporter_started)

    year_codes = [str(y) for y in YEARS_OF_STUDY] + [UNKNOWN]
    known = log["year_of_study"].value_counts()
    year_counts = pd.Series([int(known.get(y, 0)) for y in YEARS_OF_STUDY]
                            + [int(log["year_of_study"].isna().sum())], index=year_codes)
    by_year = pd.DataFrame({"year_of_study": year_codes, "interactions": year_counts.to_numpy(),
                            "share_pct": _pct(year_counts.to_numpy(), total)})

    concern_codes = _codes(Concern)
    primary = log["primary_concern"].value_counts().reindex(concern_codes, fill_value=0)
    mentioned = _multi_counts(log["concerns"], concern_codes)
    by_concern = pd.DataFrame({"concern": concern_codes,
                               "as_primary": primary.astype("int64").to_numpy(),
                               "mentioned": mentioned.to_numpy(),
                               "mentioned_pct": _pct(mentioned.to_numpy(), total)})

    referral_codes = _codes(Referral)
    referred = _multi_counts(log["referrals"], referral_codes)
    referrals = pd.DataFrame({"referral": referral_codes, "interactions": referred.to_numpy(),
                              "share_pct": _pct(referred.to_numpy(), total)})
    with_referral = int((log["referrals"] != "").sum())

    academic = log["academic_year"].astype(str).value_counts().sort_index()
    academic = academic[academic > 0]
    by_academic_year = pd.DataFrame({"academic_year": list(academic.index),
                                     "interactions": academic.astype("int64").to_numpy()})

    activity = _supporter_activity(frames)
    pairs = barrier_pairs(frames.survey, barriers)
    survey_barriers, survey_intervals = _survey_tables(pairs)
    respondents = frames.survey.loc[
        frames.survey["question"].str.startswith("barrier."), "response"].nunique()

    # object dtype keeps counts as ints beside the rates and hours.
    summary = pd.DataFrame({"measure": [
        "interactions", "supporters", "interactions_with_referral", "referral_rate_pct",
        "classmates_reached_upper_bound", "hours_offered", "hours_with_interactions",
        "survey_respondents",
    ], "value": [
        total, len(activity), with_referral, _pct(with_referral, total),
        int(activity["classmates_reached"].sum()), float(activity["hours_offered"].sum()),
        float(log["duration_minutes"].sum() / 60.0), int(respondents),
    ]}, dtype=object)
    return Statistics(
        summary=summary,
        by_format=_one_way(log, "format", _codes(Format)),
        by_initiator=_one_way(log, "initiated_by", _codes(Initiator)),
        by_outreach_reason=outreach,
        by_month=_by_period(log, "month"),
        by_quarter=_by_period(log, "quarter"),
        by_half_year=_by_period(log, "half_year"),
        by_year_and_format=_by_period(log, "academic_year"),
        by_academic_year=by_academic_year,
        by_year_of_study=by_year,
        by_concern=by_concern,
        by_risk=_one_way(log, "risk", _codes(Risk)),
        referrals=referrals,
        supporter_activity=activity,
        survey_barriers=survey_barriers,
        survey_intervals=survey_intervals,
        paired_counts=pairs,
    )
