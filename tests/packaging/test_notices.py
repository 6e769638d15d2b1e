"""Licence notices: collected from the installed distributions, shown by Help > About."""

from __future__ import annotations

import sys
from importlib.metadata import distribution
from pathlib import Path

from sbs_desktop import __version__
from sbs_desktop.app.notices import collect_notices, program_licence, required_distributions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build"))
import notices as build_notices


def test_the_collection_carries_each_distributions_licence_file_and_the_extra_notices() -> None:
    text = collect_notices([distribution("sqlcipher3"), distribution("numpy")])
    # sqlcipher3's own licence file (License-File in its metadata), by its author.
    assert "sqlcipher3 0.6.4" in text and "Gerhard Häring" in text
    assert "numpy " in text and "NumPy Developers" in text
    # What no wheel carries: Qt's LGPL, ICU, SQLCipher's BSD notice, OpenSSL's Apache licence.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "UNICODE, INC. LICENSE AGREEMENT" in text
    assert "ZETETIC LLC" in text
    assert "OpenSSL" in text and "Apache License" in text


def test_the_program_is_not_listed_among_third_parties() -> None:
    text = collect_notices([distribution("sbs-desktop"), distribution("filelock")])
    assert "filelock" in text
    assert "sbs-desktop" not in text.lower()


def test_an_installation_lists_everything_the_program_requires() -> None:
    names = {dist.metadata["Name"].lower().replace("_", "-")
             for dist in required_distributions()}
    # Direct and indirect requirements; not the test tools of the extra.
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3", "numpy", "pandas"} <= names
    assert "pytest" not in names and "sbs-desktop" not in names


def test_the_build_step_traces_bundle_contents_to_their_distributions(tmp_path: Path) -> None:
    path = build_notices.write_bundle_notices(
        ["PySide6.QtCore", "sqlcipher3.dbapi2", "sbs_desktop.cli"],
        ["numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
         "matplotlib/mpl-data/matplotlibrc"], tmp_path)
    text = path.read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line[:1].isalpha() and "(" in line]
    assert any(line.startswith("PySide6_Essentials 6.11.3") for line in headings)
    assert any(line.startswith("sqlcipher3 ") for line in headings)
    assert any(line.startswith("numpy ") for line in headings)
    assert any(line.startswith("matplotlib ") for line in headings)
    assert not any(line.startswith("pandas ") for line in headings)  # not in this bundle
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text or build_notices.python_licence() is None


def test_the_program_licence_is_mit_for_its_contributors() -> None:
    licence = program_licence()
    assert licence.startswith("MIT License")
    assert "The Side-by-Side Desktop contributors" in licence


def test_about_shows_the_version_and_the_notices_scroll(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from sbs_desktop.ui.about import AboutDialog, LicencesDialog

    about = AboutDialog()
    qtbot.addWidget(about)
    assert f"Version {__version__}" in about.heading.text()
    assert __version__ == distribution("sbs-desktop").version
    buttons = {button.text() for button in about.findChildren(QPushButton)}
    assert "&Third-party licences…" in buttons
    notices = LicencesDialog(about, "Third-party licences", collect_notices([]))
    qtbot.addWidget(notices)
    notices.show()
    qtbot.waitExposed(notices)
    assert notices.text.isReadOnly()
    assert notices.text.verticalScrollBar().maximum() > 0  # longer than the window


def test_the_help_menu_opens_about_and_the_licences(make_window, supporter_vault,
                                                    monkeypatch) -> None:
    from sbs_desktop.ui import about

    shown = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda dialog: shown.append(dialog))
    monkeypatch.setattr(about.LicencesDialog, "exec", lambda dialog: shown.append(dialog))
    window = make_window(supporter_vault)
    menu = next(action.menu() for action in window.menuBar().actions()
                if action.text() == "&Help")
    actions = {action.text(): action for action in menu.actions()}
    actions["&About Side-by-Side Desktop…"].trigger()
    actions["Third-party &licences…"].trigger()
    assert isinstance(shown[0], about.AboutDialog)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown[1].text.toPlainText()
