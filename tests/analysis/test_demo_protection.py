"""The demo coordinator reports (seeds 1 to 6 and the default demo) as written to CSV: the
independent attacker pins no hidden count, and every margin adds up."""

from __future__ import annotations

from datetime import date

import pytest
from attacker import ranges, read_published
from test_protection import _true_value, assert_margins_add_up

from sbs_desktop.analysis.frames import load_frames
from sbs_desktop.analysis.publication import exact_tables, publish, write_tables
from sbs_desktop.analysis.statistics import compute_statistics
from sbs_desktop.analysis.suppression import required_width
from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.core.vocabulary import Role

# (seed, interactions): seeds 1 to 6 with 210 to 510 interactions, and `sbs-desktop demo
# --role coordinator` as it comes (seed 2022, 150 interactions).
DEMOS = [(seed, 150 + 60 * seed) for seed in range(1, 7)] + [(2022, 150)]
TODAY = date(2026, 5, 1)


@pytest.fixture(scope="module")
def demo_statistics(tmp_path_factory):
    """Every demo vault made once, through the real export and merge."""
    statistics = {}
    for seed, interactions in DEMOS:
        path = tmp_path_factory.mktemp("demo") / f"coordinator-{seed}.sbsvault"
        with make_demo_vault(path, role=Role.COORDINATOR, interactions=interactions, seed=seed,
                             today=TODAY) as vault:
            statistics[seed] = compute_statistics(load_frames(vault))
    return statistics


@pytest.mark.parametrize(("seed", "interactions"), DEMOS)
def test_demo_reports_keep_every_hidden_count_protected(demo_statistics, tmp_path, seed,
                                                        interactions):
    stats = demo_statistics[seed]
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
