"""The demo coordinator reports (seeds 1 to 6 and the default demo) as written to CSV: the
independent attacker pins no hidden count, and every margin adds up."""

from __future__ import annotations

from datetime import date

import pytest
from attacker import ranges, read_published
from test_protection import _true_value, assert_margins_add_up

from sbs_desktop.analysis.frames import load_frames
from sbs_desktop.analysis.publication import (
    MOSTLY_SHOWN,
    PERIOD_FILES,
    exact_tables,
    publish,
    write_tables,
)
from sbs_desktop.analysis.statistics import compute_statistics
from sbs_desktop.analysis.suppression import required_width
from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.core.vocabulary import Role

# (seed, interactions): seeds 1 to 6 with 210 to 510 interactions, and `sbs-desktop demo
# --role coordinator` as it comes (seed 2022, 150 interactions) and with 300.
DEMOS = [(seed, 150 + 60 * seed) for seed in range(1, 7)] + [(2022, 150), (2022, 300)]
TODAY = date(2026, 5, 1)


@pytest.fixture(scope="module")
def demo_statistics(tmp_path_factory):
    """Every demo vault made once, through the real export and merge."""
    statistics = {}
    for seed, interactions in DEMOS:
        path = tmp_path_factory.mktemp("demo") / f"coordinator-{seed}.sbsvault"
        with make_demo_vault(path, role=Role.COORDINATOR, interactions=interactions, seed=seed,
                             today=TODAY) as vault:
            statistics[seed, interactions] = compute_statistics(load_frames(vault))
    return statistics


@pytest.mark.parametrize(("seed", "interactions"), DEMOS)
def test_demo_reports_keep_every_hidden_count_protected(demo_statistics, tmp_path, seed,
                                                        interactions):
    stats = demo_statistics[seed, interactions]
    assert_margins_add_up(stats)
    written = write_tables(publish(stats).tables, tmp_path)
    files = {path.name: path.read_text(encoding="utf-8") for path in written}
    found = ranges(read_published(files, 5))
    assert found  # a demo this small always has small counts
    exact = exact_tables(stats)
    for cell, (low, high) in found.items():
        true = _true_value(exact, cell, stats)
        assert low <= true <= high
        assert high - low >= (required_width(5) if 0 < true < 5 else 1), (cell, low, high)


def _shown_share(exact, published) -> float:
    """The share of the table's non-zero counts that the published text shows."""
    nonzero = exact["interactions"].to_numpy() > 0
    shown = published["interactions"].str.isdigit().to_numpy()
    return (nonzero & shown).sum() / nonzero.sum()


def test_a_300_interaction_demo_is_shown_by_a_period_whose_table_is_mostly_published(
        demo_statistics):
    stats = demo_statistics[2022, 300]
    publication = publish(stats)
    period = publication.period
    shown = _shown_share(exact_tables(stats)[period.file], publication.tables[period.file])
    assert shown == period.shown >= MOSTLY_SHOWN


@pytest.mark.parametrize(("seed", "interactions"), DEMOS)
def test_every_demo_report_is_shown_by_a_period_mostly_published_else_by_year(
        demo_statistics, seed, interactions):
    publication = publish(demo_statistics[seed, interactions])
    period = publication.period
    assert period.reached or period.unit == "academic_year"
    coarser = [u for u in PERIOD_FILES if u != "quarter"]
    published = [u for u in coarser if PERIOD_FILES[u] in publication.tables]
    assert published == ([] if period.unit == "quarter" else [period.unit])
