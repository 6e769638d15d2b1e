"""Fixtures shared by every test: real encrypted vaults in tmp_path, and the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.vault import Vault

PASSPHRASE = "correct horse battery staple forty two"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sbsvault"


@pytest.fixture
def supporter_vault(vault_path: Path) -> Iterator[Vault]:
    """A new, empty supporter vault (with the default resources), closed afterwards."""
    vault = create_vault(vault_path, PASSPHRASE, Role.SUPPORTER)
    yield vault
    vault.close()


@pytest.fixture
def coordinator_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = create_vault(tmp_path / "coordinator.sbsvault", PASSPHRASE, Role.COORDINATOR)
    yield vault
    vault.close()


@pytest.fixture
def make_window(qtbot):
    """Build the real main window on a vault; it is closed when the test ends."""
    from sbs_desktop.ui.main_window import MainWindow

    def make(vault: Vault) -> MainWindow:
        window = MainWindow(vault)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@dataclass
class Questions:
    """What the patched QMessageBox.question was asked, and answers queued for it."""

    asked: list[str] = field(default_factory=list)  # each question's title, in order
    answers: list = field(default_factory=list)  # given first to last, before the default


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Answer every yes/no question without a modal box (a real one would hang the test).

    Queued `answers` come first; then the question is answered with the button that goes
    ahead: Yes where it is offered, otherwise Discard.
    """
    from PySide6.QtWidgets import QMessageBox

    Button = QMessageBox.StandardButton
    record = Questions()

    def answer(_parent, title, _text, buttons=Button.Yes | Button.No, *_args, **_kwargs):
        record.asked.append(title)
        if record.answers:
            return record.answers.pop(0)
        return Button.Yes if buttons & Button.Yes else Button.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return record


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, the XDG folders, the temp folder and Qt's settings into this test's folder.

    No test may read or write the real home; the confidentiality tests also search
    everything written here.
    """
    home = tmp_path / "home"
    folders = {
        "HOME": home, "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local/share",
        "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local/state",
        "TMPDIR": tmp_path / "temp",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr("tempfile.tempdir", str(folders["TMPDIR"]))
    import sys

    if "PySide6.QtCore" in sys.modules:
        # Qt reads the environment once per process; later tests move it explicitly.
        from PySide6.QtCore import QSettings, QStandardPaths

        QStandardPaths.setTestModeEnabled(True)
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope,
                              str(folders["XDG_CONFIG_HOME"]))
    return home
