"""Backups in the GUI: the folder and generations, "Back up now", the day's backup on close,
and the status-bar warning when the last good backup is old or none is set up."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.backups import (
    BackupPolicy,
    back_up,
    backup_due,
    backup_is_stale,
    backup_policy,
    find_backups,
    last_good_backup,
    set_backup_policy,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.ui.messages import show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import Settings, dialog_folder
from sbs_desktop.ui.worker import Task, run_task

MAX_GENERATIONS = 100


def age_text(made_at: datetime, now: datetime | None = None) -> str:
    """When a backup was made, in words: the date and how long ago."""
    from PySide6.QtCore import QCoreApplication

    now = now or datetime.now(made_at.tzinfo)
    local = made_at.astimezone() if made_at.tzinfo else made_at
    days = (now.date() - made_at.date()).days
    if days <= 0:
        ago = QCoreApplication.translate("Backups", "today")
    elif days == 1:
        ago = QCoreApplication.translate("Backups", "yesterday")
    else:
        # Two or more here, so no plural forms are needed (and lupdate 6.11 collects none
        # for translate()): "%1", not "%n".
        ago = fill(QCoreApplication.translate("Backups", "%1 days ago"), days)
    return fill(QCoreApplication.translate("Backups", "%1 (%2)"),
                local.strftime("%Y-%m-%d %H:%M"), ago)


class BackupsDialog(QDialog):
    """Where backups go, how many are kept, the last good one, and Back up now."""

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups — Side-by-Side"))
        self.vault = vault
        self.settings = settings
        self.task: Task | None = None
        policy = backup_policy(vault)
        about = QLabel(self.tr(
            "A backup is a copy of your vault, encrypted with the same passphrase: it reveals "
            "nothing without it, so a USB stick or a synced folder is a fine place for it. "
            "Side-by-Side makes one when it closes, at most once a day, and checks each one "
            "before keeping it."))
        about.setWordWrap(True)
        self.folder = QLineEdit(str(policy.folder) if policy.folder else "")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("No folder chosen: no backups are made"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.generations = QSpinBox()
        self.generations.setRange(1, MAX_GENERATIONS)
        self.generations.setValue(policy.generations)
        self.generations.setAccessibleName(self.tr("Backups to keep"))
        self.generations.valueChanged.connect(lambda _value: self._keep_policy())
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last.setObjectName("lastBackup")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        folder_label = QLabel(self.tr("Back up &to"))
        folder_label.setBuddy(choose)  # the field is read-only: Alt+T chooses
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Keep the newest"), self.generations)
        form.addRow(self.tr("Last good backup"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = buttons.addButton(self.tr("Back up &now"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up_button.clicked.connect(self.back_up_now)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.refresh()

    @property
    def policy(self) -> BackupPolicy:
        text = self.folder.text().strip()
        return BackupPolicy(Path(text) if text else None, self.generations.value())

    def refresh(self) -> None:
        made_at = last_good_backup(self.vault)
        folder = self.policy.folder
        count = len(find_backups(folder, self.vault.path)) if folder and folder.is_dir() else 0
        if made_at is None:
            text = self.tr("None yet.")
        else:
            text = fill(self.tr("%1. %n backup(s) in the folder.", "", count), age_text(made_at))
        self.last.setText(text)
        self.back_up_button.setEnabled(folder is not None)

    def choose_folder(self, folder: Path) -> None:
        self.folder.setText(str(folder))
        self.folder.setCursorPosition(0)
        self._keep_policy()

    def _choose_folder(self) -> None:
        start = dialog_folder(self.policy.folder)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Back up to"), str(start))
        if chosen:
            self.choose_folder(Path(chosen))

    def _keep_policy(self) -> None:
        policy = self.policy
        set_backup_policy(self.vault, policy)
        # Kept in the settings too, so that a vault that no longer opens finds its backups.
        self.settings.set_backup_folder(self.vault.path, policy.folder)
        self.settings.save()
        self.refresh()

    def back_up_now(self) -> Task | None:
        folder = self.policy.folder
        if folder is None:
            return None
        self.back_up_button.setEnabled(False)
        self.message.setText("")
        self.task = run_task(
            self, self.tr("Backing up the vault…"),
            lambda task_vault, progress: back_up(task_vault, folder, progress),
            on_success=self._backed_up, on_failure=self._failed, on_cancel=self._cancelled,
            vault=self.vault)
        return self.task

    def _backed_up(self, backup: Any) -> None:
        self.message.setText(fill(self.tr("Backed up and checked: %1"), backup.path.name))
        self.refresh()
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "backup_status"):
            parent.backup_status.refresh(self.vault)

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        show_error(self, error, self.windowTitle())

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Backup cancelled; nothing was kept."))
        self.refresh()


def show_backups(window: Any) -> BackupsDialog | None:
    if window.vault is None:
        return None
    dialog = BackupsDialog(window.vault, window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class BackupStatus(QWidget):
    """A warning in the status bar while the last good backup is over a week old, or none
    is set up; it opens the Backups dialog. Also makes the day's backup on close."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._closing_backup_tried = False
        self.text = QLabel()
        self.text.setObjectName("backupWarning")
        self.button = QPushButton(self.tr("Backups…"))
        self.button.setFlat(True)
        self.button.clicked.connect(lambda: show_backups(window))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text)
        row.addWidget(self.button)
        self.hide()

    @property
    def warning(self) -> str:
        return self.text.text() if self.isVisibleTo(self._window) else ""

    def refresh(self, vault: Vault, now: datetime | None = None) -> None:
        policy = backup_policy(vault)
        settings = self._window.settings
        if settings.backup_folder(vault.path) != policy.folder:
            settings.set_backup_folder(vault.path, policy.folder)
            settings.save()
        if policy.folder is None:
            self.text.setText(self.tr("No backups are set up for this vault."))
        elif backup_is_stale(vault, now or datetime.now()):
            self.text.setText(self.tr("The last good backup is more than a week old."))
        else:
            self.hide()
            return
        self.show()

    def back_up_before_closing(self, vault: Vault, then) -> bool:
        """Start the day's backup if one is due; True if it started (`then` runs after it)."""
        if self._closing_backup_tried or not backup_due(vault, datetime.now()):
            return False
        self._closing_backup_tried = True
        window = self._window

        def failed(error: BaseException) -> None:
            show_error(window, error, self.tr("Backup on closing"))
            then()

        run_task(window, self.tr("Backing up the vault before closing…"),
                 lambda task_vault, progress: back_up(task_vault, None, progress),
                 on_success=lambda _backup: then(), on_failure=failed, on_cancel=then,
                 vault=vault)
        return True
