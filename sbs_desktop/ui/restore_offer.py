"""The offer, under a vault that did not open, to restore its newest backup that verifies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from sbs_desktop.app.backups import (
    Backup,
    find_backups,
    newest_good_backup,
    restore_backup,
    verify_vault,
)
from sbs_desktop.core.errors import SbsError, VaultInUse, VaultTooNew, WrongPassphrase
from sbs_desktop.ui.backups_dialog import age_text
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import Settings

# The vault is fine, only busy or from a newer program: its backups are no answer.
NOT_DAMAGE = (VaultInUse, VaultTooNew)


class RestoreOffer(QFrame):
    """Hidden until `consider` finds a backup; `restored` carries the file kept aside."""

    restored = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.backup: Backup | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def consider(self, vault_path: Path, error: SbsError, passphrase: str) -> Backup | None:
        """After `error` opening `vault_path`, show the newest backup that opens and verifies."""
        self.backup = None
        self.hide()
        folder = Settings.load().backup_folder(vault_path)
        if isinstance(error, NOT_DAMAGE) or folder is None or not folder.is_dir() \
                or not passphrase:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if isinstance(error, WrongPassphrase):
                # Most likely a mistyped passphrase, which every backup refuses too: only
                # if the newest backup opens with it is the vault's first page damaged.
                # A typo then costs one key derivation, not one per backup.
                newest = find_backups(folder, vault_path)[:1]
                if not newest or not verify_vault(newest[0].path, passphrase).ok:
                    return None
            backup = newest_good_backup(folder, vault_path, passphrase)
        except SbsError:
            backup = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if backup is None:
            return None
        self.backup = backup
        self.text.setText(fill(self.tr(
            "A backup of this vault from %1 opens with this passphrase and is whole "
            "(%n interaction(s)). Restore it? The current file is kept aside, not deleted; "
            "changes made after the backup are not in it.", "", backup.interactions),
            age_text(backup.made_at)))
        self.show()
        return backup

    def restore(self, vault_path: Path, passphrase: str) -> Path:
        """Put the backup in the vault's place; the current file's new name is returned."""
        assert self.backup is not None
        aside = restore_backup(self.backup.path, vault_path, passphrase)
        self.hide()
        self.restored.emit(aside)
        return aside
