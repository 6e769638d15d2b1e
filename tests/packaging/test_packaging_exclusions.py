"""The modules the packaged build leaves out (build/exclusions.py) are never needed.

Each test runs the program from source in a fresh interpreter with every excluded module
that is installed blocked (an import of it raises ModuleNotFoundError, as in the bundle),
so an exclusion that some code path still needs fails here, before a bundle is built.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple forty two"

# Blocks the excluded modules, then runs the given Python code.
BLOCKED_PRELUDE = f"""
import importlib.util, sys
sys.path.insert(0, {str(REPOSITORY / "build")!r})
from exclusions import EXCLUDED_MODULES
for name in EXCLUDED_MODULES:
    # Only what is installed: a None entry for an absent package would make
    # `"sphinx" in sys.modules` true, which the bundle never sees.
    if importlib.util.find_spec(name.split(".")[0]) is not None:
        sys.modules[name] = None
"""
RUN_CLI = BLOCKED_PRELUDE + """
from sbs_desktop.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def run_blocked(code: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SBS_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-c", code, *arguments], cwd=REPOSITORY,
                          env=environment, capture_output=True, text=True, timeout=600,
                          check=False)


def test_the_blocker_blocks() -> None:
    # Guards the other tests: if blocking did nothing, they could not fail.
    finished = run_blocked(BLOCKED_PRELUDE + "import pandas.tests")
    assert finished.returncode != 0
    assert "ModuleNotFoundError" in finished.stderr


def test_every_module_of_ours_imports_without_the_excluded_ones() -> None:
    code = BLOCKED_PRELUDE + """
import pkgutil, sbs_desktop
for module in pkgutil.walk_packages(sbs_desktop.__path__, "sbs_desktop."):
    if module.name != "sbs_desktop.__main__":
        importlib.import_module(module.name)
print("imported")
"""
    finished = run_blocked(code)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert "imported" in finished.stdout


def test_self_test_passes_without_the_excluded_ones() -> None:
    finished = run_blocked(RUN_CLI, "self-test")
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    assert "self-test passed" in finished.stdout


def test_the_report_is_written_without_the_excluded_ones(tmp_path: Path) -> None:
    # pandas, scipy.stats, matplotlib and fpdf2 all run for the report.
    vault = tmp_path / "coordinator.sbsvault"
    made = run_blocked(RUN_CLI, "demo", "--vault", str(vault), "--role", "coordinator",
                       "--interactions", "200")
    assert made.returncode == 0, made.stderr[-3000:]
    report = run_blocked(RUN_CLI, "report", "--vault", str(vault), "--out",
                         str(tmp_path / "report"), "--format", "all")
    assert report.returncode == 0, report.stderr[-3000:]
    written = {path.suffix for path in (tmp_path / "report").iterdir()}
    assert {".pdf", ".html", ".csv"} <= written
