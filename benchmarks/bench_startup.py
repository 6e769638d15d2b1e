"""Start-up to the unlock dialog against a bare PySide6 window that shows a table.

Both are fresh processes (benchmarks/startup_probe.py), timed from launch until their
first window has been painted, alternately, several times; the medians are compared.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.demo_vaults import demo_vault
from benchmarks.figure import Figure

PROBE = Path(__file__).with_name("startup_probe.py")
REPORT_PREFIX = "startup-probe: "


def launch(*arguments: str) -> tuple[float, list[str]]:
    """Seconds from launch to exit of one probe, and the heavy modules it had imported."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    finished = subprocess.run([sys.executable, str(PROBE), *arguments], env=environment,
                              capture_output=True, text=True, timeout=120, check=False)
    elapsed = time.perf_counter() - started
    reports = [line for line in finished.stdout.splitlines() if line.startswith(REPORT_PREFIX)]
    if finished.returncode != 0 or not reports:
        raise RuntimeError(f"startup probe {arguments[0]} failed ({finished.returncode}): "
                           f"{finished.stderr.strip()[-2000:]}")
    return elapsed, json.loads(reports[-1].removeprefix(REPORT_PREFIX))["heavy_modules"]


def measure(scale: float) -> list[Figure]:
    vault = str(demo_vault(10))
    repetitions = max(3, round(9 * min(scale, 1.0)))
    # One untimed launch of each first, so both find Python and Qt in the disk cache.
    launch("table")
    launch("application", vault)
    table_times: list[float] = []
    application_times: list[float] = []
    heavy: set[str] = set()
    for _ in range(repetitions):
        table_times.append(launch("table")[0])
        elapsed, loaded = launch("application", vault)
        application_times.append(elapsed)
        heavy.update(loaded)
    table = statistics.median(table_times)
    application = statistics.median(application_times)
    return [
        Figure("Start-up to the unlock dialog", application / table, 2.0,
               note=f"median of {repetitions} fresh processes, offscreen: {application:.3f} s "
                    f"vs {table:.3f} s for a bare PySide6 window with a QTableView"),
        Figure("Heavy modules imported before the unlock dialog", len(heavy), 0,
               unit=" modules", note=", ".join(sorted(heavy)) or "no pandas, scipy, matplotlib"),
    ]
