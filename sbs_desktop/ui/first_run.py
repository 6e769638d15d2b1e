"""The first-run screen: create a vault (supporter or coordinator), open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.vaults import VAULT_FILE_SUFFIX, Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.messages import show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import dialog_folder

DEMO_FILE_NAME = f"demo{VAULT_FILE_SUFFIX}"


class FirstRunDialog(QDialog):
    """Shown when there is no vault yet; `vault` holds the one made or opened on accept."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Side-by-Side"))
        self.path = Path(path)
        self.vault: Vault | None = None
        heading = QLabel(self.tr("Welcome to Side-by-Side"))
        heading.setObjectName("pageHeading")
        # The main window's style sheet, which sizes page headings, is not over this dialog.
        heading.setStyleSheet("font-size: 17pt; font-weight: 600;")
        about = QLabel(self.tr(
            "Everything you record is kept in a vault: one encrypted file on this computer, "
            "opened only with your passphrase. You have no vault yet."))
        about.setWordWrap(True)
        self.supporter_button = QCommandLinkButton(
            self.tr("Create my vault as a peer supporter"),
            self.tr("You talk with classmates and keep a private log of it; once a term you "
                    "export an anonymous summary for your coordinator."))
        self.coordinator_button = QCommandLinkButton(
            self.tr("Create a coordinator's vault"),
            self.tr("You run the programme: you merge the supporters' anonymous exports and "
                    "make the report."))
        self.open_button = QCommandLinkButton(
            self.tr("Open a vault I already have…"),
            self.tr("A vault file copied from another computer, or restored from a backup."))
        # Imported here: the demo's generators are not needed unless this screen shows.
        from sbs_desktop.app.demo import DEMO_PASSPHRASE

        self.demo_button = QCommandLinkButton(
            self.tr("Try the demo"),
            fill(self.tr("A vault filled with made-up classmates and interactions, to look "
                         "around in. Its passphrase is “%1”."), DEMO_PASSPHRASE))
        self.supporter_button.clicked.connect(lambda: self.create(Role.SUPPORTER))
        self.coordinator_button.clicked.connect(lambda: self.create(Role.COORDINATOR))
        self.open_button.clicked.connect(self._choose_file)
        self.demo_button.clicked.connect(self.try_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addSpacing(8)
        for button in (self.supporter_button, self.coordinator_button, self.open_button,
                       self.demo_button):
            layout.addWidget(button)
        self.setMinimumWidth(620)
        self.supporter_button.setFocus()

    def create(self, role: Role) -> QDialog:
        """The create dialog with `role` chosen; its vault becomes this dialog's."""
        from sbs_desktop.ui.vault_dialogs import CreateVaultDialog

        dialog = CreateVaultDialog(self.path, self)
        dialog.choose_role(role)
        dialog.accepted.connect(lambda: self._done_with(dialog.vault))
        dialog.open()
        return dialog

    def open_existing(self, path: Path) -> QDialog:
        from sbs_desktop.ui.vault_dialogs import UnlockDialog

        dialog = UnlockDialog(path, self)
        dialog.accepted.connect(lambda: self._done_with(dialog.vault))
        dialog.open()
        return dialog

    def try_demo(self) -> None:
        """Make the demo vault beside where the person's own would go (or open it again)."""
        from sbs_desktop.app.demo import make_demo_vault

        path = self.path.with_name(DEMO_FILE_NAME)
        if path.exists():
            self.open_existing(path)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = make_demo_vault(path)
        except SbsError as error:
            show_error(self, error, self.windowTitle())
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._done_with(vault)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(dialog_folder()),
            fill(self.tr("Side-by-Side vaults (*%1);;All files (*)"), VAULT_FILE_SUFFIX))
        if chosen:
            self.open_existing(Path(chosen))

    def _done_with(self, vault: Vault | None) -> None:
        if vault is not None:
            self.vault = vault
            self.accept()
