"""Starting the GUI: translations, the unlock or create dialog, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from sbs_desktop import __version__
from sbs_desktop.app.vaults import Vault, VaultFileState, default_vault_path, vault_file_state
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.ui.language import startup_locale
from sbs_desktop.ui.problem_style import style_sheet
from sbs_desktop.ui.settings import Settings

APPLICATION_NAME = "Side-by-Side Desktop"
# When set, the first dialog closes itself once painted and the program ends: start-up
# can then be timed from outside (benchmarks/bench_startup.py, the packaged build's check).
EXIT_WHEN_READY = "SBS_EXIT_WHEN_READY"


def make_application(arguments: list[str] | None = None) -> QApplication:
    """The QApplication with its name and the person's language installed."""
    application = QApplication.instance() or QApplication([sys.argv[0], *(arguments or [])])
    application.setApplicationName(APPLICATION_NAME)
    application.setApplicationVersion(__version__)
    application.setOrganizationName("Side-by-Side")
    # The program's icon on every window's title bar and task bar entry (Windows, Linux);
    # macOS takes it from the .app bundle.
    application.setWindowIcon(QIcon(str(shipped_file("icons/sbs-desktop.png"))))
    install_translations(application, startup_locale(Settings.load().language))
    application.setStyleSheet(style_sheet(application.palette()))
    return application


def install_translations(application: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load our translation and Qt's own for the locale, when they exist; those installed."""
    # Dates, numbers and the bilingual instruments and defaults follow QLocale(), so it
    # must agree with the translation even when the person chose a language unlike the
    # system's.
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(application)
    if ours.load(locale, "sbs", "_", str(shipped_file("translations"))):
        application.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(application)
    if qt.load(locale, "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        application.installTranslator(qt)
        installed.append(qt)
    return installed


def choose_vault(path: Path) -> Vault | None:
    """Unlock the vault at `path`, or create one when there is none; None if cancelled."""
    from sbs_desktop.ui.vault_dialogs import CreateVaultDialog, UnlockDialog
    from sbs_desktop.ui.vault_switch import unused_vault_path

    while True:
        # An empty or half-made file from a crash during creation is no vault to unlock:
        # the create dialog offers to set it aside.
        if vault_file_state(path) is VaultFileState.PRESENT:
            unlock = UnlockDialog(path)
            _close_when_painted(unlock)
            result = unlock.exec()
            if result == QDialog.DialogCode.Accepted:
                return unlock.vault
            if result != UnlockDialog.CREATE_NEW:
                return None
            existing = path
            path = unused_vault_path(path)
        else:
            existing = None
        create = CreateVaultDialog(path)
        _close_when_painted(create)
        if create.exec():
            return create.vault
        if existing is None:
            return None
        path = existing


def first_run(path: Path) -> Vault | None:
    """No vault yet: create one, open one or try the demo; None if the person left."""
    from sbs_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(path)
    _close_when_painted(dialog)
    return dialog.vault if dialog.exec() == QDialog.DialogCode.Accepted else None


def starting_vault(vault_path: str | None, settings: Settings) -> Vault | None:
    """The vault named, else the last one opened, else the default place; first run if none."""
    if vault_path:
        return choose_vault(Path(vault_path))
    for candidate in (settings.last_vault, default_vault_path()):
        if candidate is not None and vault_file_state(candidate) is not VaultFileState.MISSING:
            return choose_vault(candidate)
    return first_run(default_vault_path())


class _CloseWhenPainted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A marker on stdout lets a timer outside (benchmarks/bench_frozen_startup.py)
            # tell "the unlock dialog was shown" from an early exit, frozen or from source.
            print(f"{EXIT_WHEN_READY}: {type(watched).__name__} shown", flush=True)
            # After the paint that is under way, so the whole dialog reaches the screen.
            QTimer.singleShot(0, watched.reject)
        return False


def _close_when_painted(dialog: QDialog) -> None:
    if os.environ.get(EXIT_WHEN_READY):
        dialog.installEventFilter(_CloseWhenPainted(dialog))


def run_application(vault_path: str | None, arguments: list[str]) -> int:
    application = make_application(arguments)
    vault = starting_vault(vault_path, Settings.load())
    if vault is None:
        return 0
    from sbs_desktop.ui.main_window import MainWindow

    window = MainWindow(vault)
    window.show()
    return application.exec()
