"""The coordinator's key page: make the key pair, then copy or save the public key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
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
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.ui.placeholders import fill

PUBLIC_KEY_FILE_NAME = "side-by-side-coordinator.pub"


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
        layout.addWidget(self.create_button)

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
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        key = coordinator_public_key(self.vault)
        self.create_button.setVisible(key is None)
        for widget in (self.public_key, self.copy_button, self.save_button):
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
            self, self.tr("Save the public key"), str(Path.home() / PUBLIC_KEY_FILE_NAME),
            self.tr("Public key files (*.pub)"))
        if chosen:
            self.save_key(Path(chosen))
