"""Merging 200 bundles of 1,000 interactions and computing every statistic, against
pandas.concat of the same CSV files.

Both sides read the same bundle folders, written before timing. The merge is the real
one (merge_bundles into a new coordinator vault: every hash, row count, column and code
verified, one transaction per bundle), followed by everything the report needs: the
frames read back from the vault, every statistic with its tests, and suppression for
publication. The baseline only reads the three CSV files of every bundle with
pandas.read_csv and concatenates each table with pandas.concat: no checks, no storage.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.figure import Figure

RATIO_LIMIT = 2.0
REPETITIONS = 3
BUNDLES = 200
INTERACTIONS_PER_BUNDLE = 1000
RESPONDENTS_PER_BUNDLE = 5
PASSPHRASE = "benchmark merge vault quartz heron"

FORMATS = ("in_person", "phone", "video", "text_message", "online_message", "other")
CONCERNS = ("academic", "exams", "clerkship", "burnout_stress", "mood_anxiety", "finances")
REASONS = ("noticed_change", "routine_check_in", "follow_up", "other")
RISKS = ("none", "none", "none", "concerned", "very_concerned", "immediate")
REFERRALS = ("", "", "", "faculty_wellness", "university_counselling",
             "faculty_wellness;crisis_line")


def _csv(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _write_bundle(folder: Path, number: int, interactions: int) -> None:
    from sbs_desktop.core.instrument import barrier_codes, barrier_question, default_instrument
    from sbs_desktop.exchange.format import MANIFEST_FILE, TABLES
    from sbs_desktop.exchange.manifest import InstrumentRef, Manifest, TableEntry

    rng = random.Random(number)
    supporter = f"S-{number:012x}"
    log = []
    for index in range(interactions):
        week = rng.randint(1, 52)
        year = 2025 if week >= 36 else 2026
        student = rng.random() < 0.45
        primary = rng.choice(CONCERNS)
        log.append([
            f"I-{number:08x}{index:08x}", supporter, f"{year}-W{week:02d}", "2025-2026",
            str(rng.randint(5, 90)), rng.choice(FORMATS), "student" if student else "supporter",
            "" if student else rng.choice(REASONS), primary, primary, rng.choice(RISKS),
            rng.choice(REFERRALS), rng.choice(("none", "open", "done")),
            f"C-{number:08x}{rng.randint(0, 60):08x}", rng.choice(("1", "2", "3", "4", ""))])
    hours = [[supporter, f"2025-W{week}", "in_person", "2.5"] for week in range(36, 53)]
    barriers = barrier_codes(default_instrument())
    survey = []
    for respondent in range(RESPONDENTS_PER_BUNDLE):
        for barrier in barriers:
            for target in ("faculty", "sbs"):
                survey.append([f"R-{number:08x}{respondent:08x}", "sbs-barriers", "1",
                               "2026-W14", barrier_question(barrier, target),
                               "yes" if rng.random() < 0.25 else "no"])
    tables = {"interactions": log, "schedule": hours, "survey": survey}
    folder.mkdir(parents=True)
    entries = {}
    for name, (file, columns) in TABLES.items():
        data = _csv(columns, tables[name])
        (folder / file).write_bytes(data)
        entries[name] = TableEntry(file, len(tables[name]), columns,
                                   hashlib.sha256(data).hexdigest())
    periods = [row[2] for row in log] + [row[1] for row in hours] + ["2026-W14"]
    manifest = Manifest(
        export_id=str(uuid.UUID(int=rng.getrandbits(128))),
        exported_at=datetime(2026, 6, 1, tzinfo=UTC), export_sequence=1, app_version="bench",
        supporter=supporter, granularity="week", period=(min(periods), max(periods)),
        instrument=InstrumentRef("sbs-barriers", "1"), tables=entries)
    (folder / MANIFEST_FILE).write_bytes(manifest.to_bytes())


def _baseline(folders: list[Path]) -> float:
    import pandas as pd

    started = time.perf_counter()
    for file in ("interactions.csv", "schedule.csv", "survey.csv"):
        pd.concat([pd.read_csv(folder / file) for folder in folders], ignore_index=True)
    return time.perf_counter() - started


def _merge_and_statistics(folders: list[Path], vault_path: Path) -> tuple[float, int]:
    from sbs_desktop.analysis.frames import load_frames
    from sbs_desktop.analysis.publication import published_tables
    from sbs_desktop.analysis.statistics import compute_statistics
    from sbs_desktop.app.merge import Outcome, merge_bundles
    from sbs_desktop.core.progress import Progress
    from sbs_desktop.core.vocabulary import Role
    from sbs_desktop.store.vault import Vault

    with Vault.create(vault_path, PASSPHRASE, Role.COORDINATOR) as vault:
        started = time.perf_counter()
        report = merge_bundles(vault, folders, Progress())
        stats = compute_statistics(load_frames(vault))
        published_tables(stats)
        elapsed = time.perf_counter() - started
    if report.count(Outcome.IMPORTED) != len(folders):
        raise AssertionError("the benchmark's bundles did not all import")
    return elapsed, stats.total


def measure(scale: float) -> list[Figure]:
    import pandas  # noqa: F401  (imported before timing, as a loaded program would have it)
    import scipy.stats  # noqa: F401

    count = max(5, round(BUNDLES * scale))
    with tempfile.TemporaryDirectory(prefix="sbs-bench-merge-") as folder:
        root = Path(folder)
        folders = [root / "bundles" / f"bundle-{n:03d}" for n in range(count)]
        for number, path in enumerate(folders):
            _write_bundle(path, number + 1, INTERACTIONS_PER_BUNDLE)
        ours, base = [], []
        for repetition in range(REPETITIONS):
            base.append(_baseline(folders))
            vault_path = root / f"coordinator-{repetition}.sbsvault"
            elapsed, total = _merge_and_statistics(folders, vault_path)
            ours.append(elapsed)
        assert total == count * INTERACTIONS_PER_BUNDLE
    merge, baseline = statistics.median(ours), statistics.median(base)
    return [Figure(
        target=f"merge {count} bundles x {INTERACTIONS_PER_BUNDLE:,} interactions "
               "+ every statistic vs pandas.concat of the CSVs",
        measured=merge / baseline, limit=RATIO_LIMIT,
        note=f"median of {REPETITIONS}: {merge:.2f} s vs {baseline:.2f} s")]
