"""The frozen bundle in dist/, when one was built: its notices and its version.

.ci/run builds the bundle after the test suite and checks the same facts on it; run
these after a build (`python -m pytest tests/packaging/test_bundle.py`) to see them here.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from sbs_desktop.app.notices import NOTICES_FILE

REPOSITORY = Path(__file__).resolve().parents[2]
BUNDLE = REPOSITORY / "dist" / "sbs-desktop"
EXECUTABLE = BUNDLE / ("sbs-desktop-cli.exe" if sys.platform == "win32" else "sbs-desktop")
pytestmark = pytest.mark.skipif(not EXECUTABLE.is_file(),
                                reason="no frozen bundle in dist/ (build/README.md builds one)")


def test_the_bundle_holds_the_third_party_notices() -> None:
    found = list(BUNDLE.rglob(NOTICES_FILE))
    assert len(found) == 1, found
    text = found[0].read_text(encoding="utf-8")
    for shipped in ("PySide6_Essentials", "shiboken6", "sqlcipher3", "numpy", "scipy", "pandas",
                    "matplotlib", "GNU LESSER GENERAL PUBLIC LICENSE", "ZETETIC LLC",
                    "OpenSSL", "UNICODE, INC. LICENSE AGREEMENT"):
        assert shipped in text, shipped
    # Build tools and test tools never ship, so they are not listed.
    assert "\npytest " not in text and "\npyinstaller " not in text


def test_the_bundle_reports_the_version_pyproject_gives() -> None:
    version = tomllib.loads((REPOSITORY / "pyproject.toml").read_text())["project"]["version"]
    said = subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, text=True,
                          timeout=120, check=True).stdout
    assert said.strip() == f"sbs-desktop {version}"


def test_the_bundle_carries_the_program_licence_and_no_build_machine_path() -> None:
    metadata = list(BUNDLE.rglob("sbs_desktop-*.dist-info"))
    assert len(metadata) == 1, metadata
    assert (metadata[0] / "licenses" / "LICENSE").read_text().startswith("MIT License")
    assert not (metadata[0] / "direct_url.json").exists()
