"""The coordinator's key page: make the key pair (or use a saved one), share the public key,
save the secret one for another computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.keys import (
    coordinator_public_key,
    generate_coordinator_keys,
    public_key_file_text,
    save_coordinator_key,
    use_saved_coordinator_key,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.passphrase_fields import NewPassphrase
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import dialog_folder

PUBLIC_KEY_FILE_NAME = "side-by-side-coordinator.pub"
SECRET_KEY_FILE_NAME = "side-by-side-coordinator-key.age"


class CoordinatorKeyPage(QWidget):
    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("CoordinatorKeyPage", "Encryption key")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Encryption key for supporters' exports"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        about = QLabel(self.tr(
            "Supporters encrypt their exports to this vault's public key; only this vault, "
            "which holds the matching secret key, can open them. Give the public key to "
            "every supporter: it can encrypt but never decrypt, so it may travel by e-mail. "
            "Keep backups of this vault: without it, encrypted exports cannot be opened."))
        about.setWordWrap(True)
        layout.addWidget(about)

        self.create_button = QPushButton(self.tr("&Create the key pair"))
        self.create_button.setObjectName("createKey")
        self.create_button.clicked.connect(self.create_key)
        self.use_saved_button = QPushButton(self.tr("&Use a saved key…"))
        self.use_saved_button.setObjectName("useSavedKey")
        self.use_saved_button.clicked.connect(self._choose_saved_key)
        first = QHBoxLayout()
        first.addWidget(self.create_button)
        first.addWidget(self.use_saved_button)
        first.addStretch(1)
        layout.addLayout(first)

        row = QHBoxLayout()
        self.public_key = QLineEdit()
        self.public_key.setObjectName("publicKey")
        self.public_key.setReadOnly(True)
        self.public_key.setMinimumWidth(520)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button = QPushButton(self.tr("&Save to file…"))
        self.save_button.clicked.connect(self._choose_file)
        row.addWidget(self.public_key, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_key_button = QPushButton(self.tr("Save the &key (for a new computer)…"))
        self.save_key_button.setObjectName("saveSecretKey")
        self.save_key_button.setToolTip(self.tr(
            "The secret key, encrypted with a passphrase of its own: with it, a new vault on "
            "another computer can open the supporters' exports."))
        self.save_key_button.clicked.connect(self._choose_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.save_key_button)
        key_row.addStretch(1)
        layout.addLayout(key_row)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        key = coordinator_public_key(self.vault)
        self.create_button.setVisible(key is None)
        self.use_saved_button.setVisible(key is None)
        for widget in (self.public_key, self.copy_button, self.save_button,
                       self.save_key_button):
            widget.setVisible(key is not None)
        self.public_key.setText(key or "")

    def create_key(self) -> None:
        generate_coordinator_keys(self.vault)
        self.message.setText(self.tr("Key pair created. Copy or save the public key and send "
                                     "it to the supporters."))
        self.refresh()

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.public_key.text())
        self.message.setText(self.tr("Public key copied."))

    def save_key(self, path: Path) -> bool:
        try:
            path.write_text(public_key_file_text(self.public_key.text()), encoding="utf-8")
        except OSError as error:
            self.message.setText(fill(self.tr("Could not save %1: %2"), path,
                                      error.strerror or type(error).__name__))
            return False
        self.message.setText(fill(self.tr("Public key saved to %1."), str(path)))
        return True

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the public key"), str(dialog_folder() / PUBLIC_KEY_FILE_NAME),
            self.tr("Public key files (*.pub)"))
        if chosen:
            self.save_key(Path(chosen))

    # -- the secret key, saved for another computer and used again ----------------------

    def save_secret_key(self, path: Path, key_passphrase: str) -> bool:
        try:
            save_coordinator_key(self.vault, path, key_passphrase)
        except SbsError as error:
            self.message.setText(describe(error))
            return False
        self.message.setText(fill(self.tr(
            "The key is saved to %1, encrypted with its own passphrase. Keep the file and "
            "its passphrase apart, both somewhere safe."), str(path)))
        return True

    def use_saved_key(self, path: Path, key_passphrase: str) -> bool:
        try:
            use_saved_coordinator_key(self.vault, path, key_passphrase)
        except SbsError as error:
            self.message.setText(describe(error))
            return False
        self.message.setText(self.tr("The saved key is now this vault's key: exports made "
                                     "for it can be opened here."))
        self.refresh()
        return True

    def _choose_key_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the key"), str(dialog_folder() / SECRET_KEY_FILE_NAME),
            self.tr("Encrypted key files (*.age)"))
        if not chosen:
            return
        dialog = KeyPassphraseDialog(self)
        if dialog.exec():
            self.save_secret_key(Path(chosen), dialog.new_passphrase.text)

    def _choose_saved_key(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Use a saved key"), str(dialog_folder()),
            self.tr("Encrypted key files (*.age);;All files (*)"))
        if not chosen:
            return
        key_passphrase, given = QInputDialog.getText(
            self, self.tr("Use a saved key"), self.tr("The key's passphrase:"),
            QLineEdit.EchoMode.Password)
        if given:
            self.use_saved_key(Path(chosen), key_passphrase)


class KeyPassphraseDialog(QDialog):
    """A passphrase of the key's own, typed twice, as strong as a vault's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The key's passphrase"))
        about = QLabel(self.tr(
            "Choose a passphrase for the key file. Anyone with the file and this passphrase "
            "can open every export sent to you: use one you do not use anywhere else."))
        about.setWordWrap(True)
        self.new_passphrase = NewPassphrase(self)
        form = QFormLayout()
        self.new_passphrase.add_rows(form, self.tr("Passphrase"), self.tr("Passphrase again"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save the key"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.new_passphrase.changed.connect(
            lambda: self.save_button.setEnabled(self.new_passphrase.acceptable))
        self.save_button.setEnabled(False)
