"""Retiring a vault, guided: a final export for the coordinator, then the vault and its
backups are destroyed, and the person is told which copies the program cannot reach."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.export import ExportResult
from sbs_desktop.app.retire import RetirePlan, destroy, final_export, retire_plan
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.ui.messages import show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.worker import Task, run_task


class RetireDialog(QDialog):
    """Three steps on one page: what happens, where the final export goes, and a tick."""

    def __init__(self, window: QWidget, vault: Vault) -> None:
        super().__init__(window)
        self.window_ = window
        self.vault = vault
        self.plan: RetirePlan = retire_plan(vault)
        self.task = None
        self.setWindowTitle(self.tr("Retire this vault"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        steps = QLabel(fill(self.tr(
            "<p>When you graduate or leave the program, retiring hands your records over and "
            "closes this vault for good:</p><ol>"
            "<li>a final export for your coordinator is written into the folder below;</li>"
            "<li>the vault %1 and %2 backup(s) the program made are overwritten at their start, "
            "so that no passphrase opens them, and deleted;</li>"
            "<li>Side-by-Side closes.</li></ol>"),
            self.plan.vault.name, str(len(self.plan.backups))))
        steps.setWordWrap(True)
        layout.addWidget(steps)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder for the final export"))
        self.folder.textChanged.connect(self._update)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose)
        label = QLabel(self.tr("&Export to:"))
        label.setBuddy(self.folder)
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.understood = QCheckBox(self.tr(
            "I &understand that this vault and its backups cannot be recovered afterwards."))
        self.understood.toggled.connect(self._update)
        layout.addWidget(self.understood)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.retire_button = buttons.addButton(self.tr("&Retire"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.retire_button.clicked.connect(self.retire)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the final export"),
            str(dialog_folder(self.folder.text().strip() or None)))
        if folder:
            self.folder.setText(folder)

    def _update(self) -> None:
        text = self.folder.text().strip()
        self.retire_button.setEnabled(bool(text) and Path(text).is_dir()
                                      and self.understood.isChecked())

    def retire(self) -> Task | None:
        if not self.retire_button.isEnabled():
            return None
        folder = Path(self.folder.text().strip())
        self.retire_button.setEnabled(False)
        self.task = run_task(self, self.tr("Writing the final export…"),
                             lambda task_vault, progress: final_export(task_vault, folder,
                                                                       progress),
                             on_success=self._exported, vault=self.vault)
        return self.task

    def _exported(self, export: ExportResult) -> None:
        window = self.window_
        # Nothing may use the vault any more; the window then closes without a backup.
        if not all(task.stop_and_wait() for task in window.findChildren(Task)
                   if task is not self.task):
            self._update()
            return
        window.vault = None
        self.vault.close()
        try:
            destroyed = destroy(self.plan)
        except SbsError as error:
            show_error(self, error)
            destroyed = ()
        QMessageBox.information(self, self.tr("Vault retired"), fill(self.tr(
            "<p>The final export is <b>%1</b>: give it to your coordinator.</p>"
            "<p>%2 file(s) were overwritten and deleted.</p>"
            "<p>Side-by-Side cannot reach copies it did not make: a synced folder's history "
            "(OneDrive, Dropbox, iCloud), a file copied by hand or to a USB stick, or a "
            "system backup (Time Machine, File History). Delete those yourself.</p>"),
            str(export.path), str(len(destroyed))))
        self.accept()
        window.close()


def retire(window: QWidget) -> RetireDialog | None:
    """Open the retire dialog over the main window, on its current vault."""
    vault = getattr(window, "vault", None)
    if vault is None:
        return None
    dialog = RetireDialog(window, vault)
    dialog.open()
    return dialog
