"""Start-up to the unlock dialog of the packaged (PyInstaller) build vs the same code from source.

Both run as fresh processes, `dist/sbs-desktop/sbs-desktop --vault V` and
`python -m sbs_desktop --vault V`, with SBS_EXIT_WHEN_READY set: the program prints a
marker once the unlock dialog is painted (then ends), and each is timed from launch to
that marker. Launches alternate; medians are compared. Build the bundle first
(build/README.md); without one the figure is skipped.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.demo_vaults import demo_vault
from benchmarks.figure import Figure

REPOSITORY = Path(__file__).resolve().parents[1]
EXIT_WHEN_READY = "SBS_EXIT_WHEN_READY"
SHOWN_MARKER = f"{EXIT_WHEN_READY}: UnlockDialog shown"


def frozen_program() -> Path | None:
    """The bundle's executable, where build/README.md's commands put it, if it was built."""
    names = {"win32": "sbs-desktop-cli.exe", "darwin": "sbs-desktop"}
    folder = (REPOSITORY / "dist" / "Side-by-Side Desktop.app" / "Contents" / "MacOS"
              if sys.platform == "darwin" else REPOSITORY / "dist" / "sbs-desktop")
    program = folder / names.get(sys.platform, "sbs-desktop")
    return program if program.is_file() else None


def launch(command: list[str]) -> float:
    """Seconds from launch until the process reports its unlock dialog painted."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", EXIT_WHEN_READY: "1"}
    started = time.perf_counter()
    # Timed to the marker, not to exit: teardown is not start-up, and stderr goes to a
    # file so that Qt's warnings cannot fill a pipe and stall the child.
    with tempfile.TemporaryFile() as errors, subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=errors, text=True,
            cwd=REPOSITORY) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(SHOWN_MARKER):
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
                return elapsed
        process.wait(timeout=60)
        errors.seek(0)
        detail = errors.read().decode(errors="replace").strip()[-2000:]
    raise RuntimeError(f"{command[0]} did not show the unlock dialog "
                       f"({process.returncode}): {detail}")


def measure(scale: float) -> list[Figure]:
    program = frozen_program()
    if program is None:
        # Skipped rather than reported as met or missed: there is nothing to measure.
        print("  skipped: no packaged build in dist/; build it first (build/README.md)")
        return []
    vault = str(demo_vault(10))
    frozen = [str(program), "--vault", vault]
    source = [sys.executable, "-m", "sbs_desktop", "--vault", vault]
    repetitions = max(3, round(9 * min(scale, 1.0)))
    # One untimed launch of each first, so both find their files in the disk cache.
    launch(frozen)
    launch(source)
    frozen_times: list[float] = []
    source_times: list[float] = []
    for _ in range(repetitions):
        frozen_times.append(launch(frozen))
        source_times.append(launch(source))
    frozen_median = statistics.median(frozen_times)
    source_median = statistics.median(source_times)
    return [Figure("Packaged start-up to the unlock dialog vs from source",
                   frozen_median / source_median, 2.0,
                   note=f"median of {repetitions} fresh processes, offscreen: "
                        f"{frozen_median:.3f} s frozen vs {source_median:.3f} s from source")]
