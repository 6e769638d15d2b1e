"""Changing the vault's passphrase: the current one, the new one twice, its strength."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.vaults import Vault
from sbs_desktop.app.vaults import change_passphrase as change_vault_passphrase
from sbs_desktop.core.errors import SbsError
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.passphrase_fields import NewPassphrase
from sbs_desktop.ui.vault_dialogs import error_label


class PassphraseDialog(QDialog):
    """Asks for the current passphrase and a new one; the same strength rule as creation."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase — Side-by-Side"))
        self.vault = vault
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new_passphrase = NewPassphrase(self)
        about = QLabel(self.tr(
            "The vault is encrypted again with the new passphrase. Backups made before keep "
            "the old one: keep it until they are replaced. Nobody can recover a lost "
            "passphrase."))
        about.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current)
        self.new_passphrase.add_rows(form, self.tr("&New passphrase"),
                                     self.tr("New passphrase &again"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(self.tr("Change passphrase"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.change_button.setDefault(True)
        self.new_passphrase.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._update()
        self.current.setFocus()

    def _update(self) -> None:
        self.change_button.setEnabled(bool(self.current.text())
                                      and self.new_passphrase.acceptable)

    def change(self) -> bool:
        if not self.change_button.isEnabled():
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            change_vault_passphrase(self.vault, self.current.text(), self.new_passphrase.text)
        except SbsError as error:
            self.error.setText(describe(error))
            self.error.show()
            self.current.selectAll()
            self.current.setFocus()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.current.clear()
        self.new_passphrase.clear()
        self.accept()
        return True


def change_passphrase(window: Any) -> PassphraseDialog | None:
    """The passphrase dialog over the main window; it says so in the status bar when done."""
    if window.vault is None:
        return None
    dialog = PassphraseDialog(window.vault, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.statusBar().showMessage(
        # A literal context: lupdate would take "dialog" for it in `dialog.tr(...)`.
        QCoreApplication.translate("PassphraseDialog",
                                   "The passphrase is changed. Use the new one from now on."),
        10_000))
    dialog.open()
    return dialog
