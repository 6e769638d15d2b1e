"""Figures from merged bundles and local survey responses, checked against known counts."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from bundle_factory import (
    barrier_answers,
    bundle_files,
    supporter_pseudonym,
    survey_rows,
    write_zip,
)
from scipy.stats import binomtest, chi2_contingency, fisher_exact

from sbs_desktop.analysis.frames import load_frames
from sbs_desktop.analysis.statistics import BARRIER_COLUMNS, compute_statistics
from sbs_desktop.app.merge import merge_bundles
from sbs_desktop.app.report import build_report
from sbs_desktop.core.instrument import barrier_codes, default_instrument
from sbs_desktop.core.progress import silent
from sbs_desktop.core.survey import SurveyResponse, new_uid
from sbs_desktop.store.survey import add_responses


@pytest.fixture
def merged(coordinator_vault, tmp_path):
    """Two supporters' bundles; 40 survey respondents in a bundle and 41 in the vault.

    Career impact: 16 say yes for Faculty only, 2 for both, none for Side-by-Side only.
    Stigma: 7 Faculty only, 3 Side-by-Side only, 5 both.
    """
    respondents = (
        [barrier_answers({"career_impact": "yes"}, {})] * 16
        + [barrier_answers({"career_impact": "yes", "stigma": "yes"},
                           {"career_impact": "yes", "stigma": "yes"})] * 2
        + [barrier_answers({"stigma": "yes"}, {"stigma": "yes"})] * 3
        + [barrier_answers({"stigma": "yes"}, {})] * 7
        + [barrier_answers({}, {"stigma": "yes"})] * 3
        + [barrier_answers({}, {})] * 50
    )
    in_bundle, in_vault = respondents[:40], respondents[40:]
    paths = [
        write_zip(tmp_path / "a.zip", bundle_files(supporter_pseudonym(1), 30, seed=1,
                                                   survey=survey_rows(in_bundle))),
        write_zip(tmp_path / "b.zip", bundle_files(supporter_pseudonym(2), 20, seed=2)),
    ]
    merge_bundles(coordinator_vault, paths, silent())
    add_responses(coordinator_vault, [
        SurveyResponse(new_uid(), "sbs-barriers", "1", date(2026, 4, 2),
                       tuple(answers.items())) for answers in in_vault])
    return coordinator_vault


def test_survey_figures_equal_scipy_on_the_known_tables(merged):
    stats = compute_statistics(load_frames(merged))
    barriers = stats.survey_barriers.set_index("barrier")
    assert list(stats.survey_barriers.columns) == BARRIER_COLUMNS
    career = barriers.loc["career_impact"]
    assert (career["respondents"], career["faculty_n"], career["sbs_n"]) == (81, 18, 2)
    assert career["faculty_pct"] == pytest.approx(100 * 18 / 81)
    table = [[18, 63], [2, 79]]
    assert career["chi2_yates_p"] == chi2_contingency(table, correction=True).pvalue
    assert career["fisher_p"] == fisher_exact(table).pvalue
    assert career["mcnemar_p"] == binomtest(16, 16, 0.5).pvalue
    stigma = barriers.loc["stigma"]
    assert (stigma["faculty_n"], stigma["sbs_n"]) == (12, 8)
    assert stigma["mcnemar_p"] == binomtest(7, 10, 0.5).pvalue
    assert stats.summary.set_index("measure").loc["survey_respondents", "value"] == 81


def test_interaction_counts_add_up(merged):
    stats = compute_statistics(load_frames(merged))
    assert stats.total == 50
    assert stats.by_format["interactions"].sum() == 50
    assert stats.by_initiator["interactions"].sum() == 50
    supporter_started = stats.by_initiator.set_index("initiated_by").loc["supporter",
                                                                         "interactions"]
    assert stats.by_outreach_reason["interactions"].sum() == supporter_started
    months = stats.by_month
    assert months[months["format"] == "all"]["interactions"].sum() == 50
    activity = stats.supporter_activity.set_index("supporter")
    assert activity.loc[supporter_pseudonym(1), "interactions"] == 30
    assert activity.loc[supporter_pseudonym(2), "hours_offered"] == pytest.approx(17 * 2.5)
    reached = stats.summary.set_index("measure").loc["classmates_reached_upper_bound", "value"]
    assert reached == activity["classmates_reached"].sum()


def test_an_academic_year_filter_keeps_only_its_rows(merged):
    frames = load_frames(merged)
    assert frames.academic_years == ["2025-2026"]
    assert compute_statistics(frames.for_academic_year("2024-2025")).total == 0


def test_the_csv_tables_have_their_documented_columns(merged, tmp_path):
    written = build_report(merged, tmp_path / "out", ["csv"], silent())
    names = {p.name for p in written}
    for required in ("interactions_by_format.csv", "interactions_by_initiator.csv",
                     "interactions_by_month.csv", "referrals.csv", "supporter_activity.csv",
                     "survey_barriers.csv"):
        assert required in names
    barriers = pd.read_csv(tmp_path / "out" / "survey_barriers.csv", dtype=str)
    assert list(barriers.columns) == BARRIER_COLUMNS
    assert list(barriers["barrier"]) == list(barrier_codes(default_instrument()))
    career = barriers.set_index("barrier").loc["career_impact"]
    # 2 of 81 for Side-by-Side is a small count: hidden, and the p-values with it.
    assert career["sbs_n"] == "<5"
    assert career["fisher_p"] == "suppressed"
    stigma = barriers.set_index("barrier").loc["stigma"]
    assert float(stigma["fisher_p"]) == fisher_exact([[12, 69], [8, 73]]).pvalue


def test_the_report_is_written_as_pdf_and_html(merged, tmp_path):
    written = build_report(merged, tmp_path / "out", ["pdf", "html"], silent())
    pdf, html = (tmp_path / "out" / "side-by-side-report.pdf",
                 tmp_path / "out" / "side-by-side-report.html")
    assert set(written) == {pdf, html}
    assert pdf.read_bytes().startswith(b"%PDF")
    text = html.read_text(encoding="utf-8")
    assert "McNemar" in text and "upper bound" in text and supporter_pseudonym(2) in text
    assert text.count("<svg") == 4
