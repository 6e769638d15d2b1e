"""What an attacker with every published CSV file and the rule can learn: no hidden count
is pinned, every small count keeps the documented range, and every margin adds up."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from attacker import FORMATS, coarser_of, quarter_of, ranges, read_published
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbs_desktop.analysis.frames import SURVEY_COLUMNS, frames_from_tables
from sbs_desktop.analysis.publication import MOSTLY_SHOWN, exact_tables, publish
from sbs_desktop.analysis.statistics import compute_statistics
from sbs_desktop.analysis.suppression import required_width
from sbs_desktop.core.instrument import barrier_codes, barrier_question, default_instrument
from sbs_desktop.core.merged import RowTable
from sbs_desktop.core.vocabulary import Concern, Referral, Risk

INTERACTION_COLUMNS = ("supporter", "period", "academic_year", "duration_minutes", "format",
                       "initiated_by", "outreach_reason", "primary_concern", "concerns", "risk",
                       "referrals", "classmate", "year_of_study")
REASONS = ("noticed_change", "routine_check_in", "follow_up", "other")


def coordinator_frames(seed: int, interactions: int, supporters: int, years: int,
                       sparse: bool):
    """A coordinator's merged rows, drawn from one seed: weekly (or, for some supporters,
    monthly) periods over `years` academic years; sparse data favours a few codes."""
    rng = random.Random(seed)
    skew = 3.0 if sparse else 0.3

    def pick(codes):
        weights = [1.0 / (1 + i) ** skew for i in range(len(codes))]
        return rng.choices(codes, weights)[0]

    start = date(2023 - years, 9, 1)
    days = years * 365
    concerns = [c.value for c in Concern]
    referrals = [r.value for r in Referral]
    log = []
    for _ in range(interactions):
        supporter = f"S-{rng.randrange(supporters):04d}"
        day = start + timedelta(days=rng.randrange(days))
        monthly = int(supporter[2:]) % 3 == 2
        iso = day.isocalendar()
        period = f"{day.year}-{day.month:02d}" if monthly else f"{iso.year}-W{iso.week:02d}"
        student = rng.random() < 0.45
        primary = pick(concerns)
        mentioned = sorted({primary, *(pick(concerns) for _ in range(rng.randrange(3)))})
        referred = sorted({pick(referrals) for _ in range(rng.choice((0, 0, 1, 2)))})
        year = rng.choice(("1", "2", "3", "4", None))
        log.append((supporter, period, "", str(rng.randint(5, 90)), pick(FORMATS),
                    "student" if student else "supporter",
                    "" if student else pick(REASONS), primary, ";".join(mentioned),
                    pick([r.value for r in Risk]), ";".join(referred),
                    f"C-{supporter}-{rng.randrange(40)}" if rng.random() < 0.8 else "", year))
    hours = [(f"S-{s:04d}", f"{2023 - years + 1}-W{w:02d}", "in_person", "2.5")
             for s in range(supporters) for w in range(1, 20)]
    survey = []
    for respondent in range(rng.randrange(0, 60)):
        for barrier in barrier_codes(default_instrument()):
            for target in ("faculty", "sbs"):
                survey.append((f"R-{respondent}", "sbs-barriers", "1", "2023-W10",
                               barrier_question(barrier, target),
                               "yes" if rng.random() < 0.2 else "no"))
    return frames_from_tables(RowTable(INTERACTION_COLUMNS, log),
                              RowTable(("supporter", "period", "mode", "hours_offered"), hours),
                              RowTable(SURVEY_COLUMNS, survey))


def published_files(stats, threshold: int) -> dict[str, str]:
    publication = publish(stats, threshold)
    return {name: frame.to_csv(index=False, lineterminator="\r\n")
            for name, frame in publication.tables.items()}


def assert_attacker_learns_nothing_more(stats, threshold: int = 5) -> None:
    files = published_files(stats, threshold)
    exact = {}
    for name, frame in exact_tables(stats).items():
        exact[name] = frame
    found = ranges(read_published(files, threshold))
    for cell, (low, high) in found.items():
        assert high > low, f"{cell} is pinned at {low}"
        true = _true_value(exact, cell, stats)
        assert low <= true <= high, f"{cell}: {true} outside {low}..{high}"
        if 0 < true < threshold:
            assert high - low >= required_width(threshold), f"{cell}: only {low}..{high}"


def _true_value(exact, cell, stats) -> int:
    summary = stats.summary.set_index("measure")["value"]
    names = {("total",): "interactions", ("with_referral",): "interactions_with_referral",
             ("reached",): "classmates_reached_upper_bound",
             ("respondents",): "survey_respondents"}
    if cell in names:
        return int(summary[names[cell]])
    keys = {"interactions_by_month.csv": "month", "interactions_by_quarter.csv": "quarter",
            "interactions_by_half_year.csv": "half_year",
            "interactions_by_academic_year_and_format.csv": "academic_year"}
    if len(cell) == 3 and cell[0] in keys:
        name, period, code = cell
        frame = exact[name]
        key = keys[name]
        return int(frame[(frame[key] == period) & (frame["format"] == code)][
            "interactions"].iloc[0])
    name, column, code = cell
    frame = exact[name]
    return int(frame[frame[frame.columns[0]].astype(str) == code][column].iloc[0])


def assert_margins_add_up(stats) -> None:
    tables = exact_tables(stats)
    total = stats.total
    for name in ("interactions_by_format.csv", "interactions_by_initiator.csv",
                 "interactions_by_year_of_study.csv", "interactions_by_risk.csv",
                 "interactions_by_academic_year.csv", "supporter_activity.csv"):
        assert tables[name]["interactions"].sum() == total, name
    assert tables["interactions_by_concern.csv"]["as_primary"].sum() == total
    months = tables["interactions_by_month.csv"]
    quarters = tables["interactions_by_quarter.csv"]
    by_format = tables["interactions_by_format.csv"].set_index("format")["interactions"]
    for frame, key in ((months, "month"), (quarters, "quarter")):
        wide = frame.pivot(index=key, columns="format", values="interactions")
        assert (wide[list(FORMATS)].sum(axis=1) == wide["all"]).all()
        for code in FORMATS:
            assert wide[code].sum() == by_format[code]
        assert wide["all"].sum() == total
    month_wide = months.pivot(index="month", columns="format", values="interactions")
    quarter_wide = quarters.pivot(index="quarter", columns="format", values="interactions")
    summed = month_wide.groupby(month_wide.index.map(quarter_of)).sum()
    assert summed.reindex(quarter_wide.index).equals(quarter_wide)
    years = tables["interactions_by_academic_year.csv"].set_index("academic_year")
    by_year = quarter_wide["all"].groupby(quarter_wide.index.str[:9]).sum()
    assert by_year[by_year > 0].to_dict() == years["interactions"].to_dict()
    for name, key in (("interactions_by_half_year.csv", "half_year"),
                      ("interactions_by_academic_year_and_format.csv", "academic_year")):
        wide = tables[name].pivot(index=key, columns="format", values="interactions")
        summed = quarter_wide.groupby(quarter_wide.index.map(
            lambda q, key=key: coarser_of(q, key))).sum()
        assert summed.reindex(wide.index).equals(wide), name


@settings(max_examples=16, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), interactions=st.integers(50, 5000),
       supporters=st.integers(1, 12), years=st.integers(1, 3), sparse=st.booleans())
def test_the_attacker_pins_nothing_in_generated_reports(seed, interactions, supporters, years,
                                                        sparse):
    stats = compute_statistics(coordinator_frames(seed, interactions, supporters, years, sparse))
    assert_margins_add_up(stats)
    assert_attacker_learns_nothing_more(stats)


@pytest.mark.parametrize("threshold", [3, 4, 10])
def test_other_thresholds_hold_too(threshold):
    stats = compute_statistics(coordinator_frames(7, 400, 4, 2, True))
    assert_attacker_learns_nothing_more(stats, threshold)


def test_a_dense_dataset_keeps_quarters():
    stats = compute_statistics(coordinator_frames(3, 5000, 8, 2, False))
    publication = publish(stats)
    assert publication.period.unit == "quarter"
    assert publication.period.shown >= MOSTLY_SHOWN
    assert "interactions_by_half_year.csv" not in publication.tables
    assert "interactions_by_academic_year_and_format.csv" not in publication.tables


def test_a_sparse_dataset_is_shown_by_a_coarser_period_that_the_attacker_reads_too():
    stats = compute_statistics(coordinator_frames(11, 300, 5, 3, True))
    publication = publish(stats)
    assert publication.period.unit != "quarter"
    assert publication.period.file in publication.tables
    assert_attacker_learns_nothing_more(stats)
