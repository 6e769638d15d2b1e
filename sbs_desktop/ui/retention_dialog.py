"""The retention dialog: how long notes are kept, and clearing old ones now after a preview."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.retention import (
    RETENTION_CHOICES,
    apply_retention,
    preview_retention,
    retention_months,
    set_retention_months,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.retention import RetentionPreview
from sbs_desktop.ui.dates import to_qdate
from sbs_desktop.ui.messages import announce, confirm, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.worker import run_task

# What "Clear now" uses while the setting is off: the shortest period a program would use.
DEFAULT_ON_DEMAND = 24


class RetentionDialog(QDialog):
    """Setting the vault's retention, and a run now with exactly what it will clear."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.preview: RetentionPreview | None = None
        self.task = None
        self.setWindowTitle(self.tr("Keep records"))
        # A fixed width lets the wrapped labels take the height they need at that width.
        self.setFixedWidth(640)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr(
            "Notes, the action taken and a classmate's name and contact details are needed "
            "while you support someone, not for ever. Past the period chosen they are "
            "cleared each time the vault is opened. Dates, format, concerns, risk, referrals "
            "and durations stay, so exports and reports count the same."))
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.months = QComboBox()
        for months in RETENTION_CHOICES:
            text = self.tr("Keep everything (off)") if not months else self.tr(
                "Clear after %n month(s)", "", months)
            self.months.addItem(text, months)
        self.months.setCurrentIndex(max(0, self.months.findData(retention_months(vault))))
        self.months.currentIndexChanged.connect(self.update_preview)
        form.addRow(self.tr("&Notes and contact details:"), self.months)
        layout.addLayout(form)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("retentionPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet(
            "#retentionPreview { background: palette(alternate-base); padding: 8px; "
            "border: 1px solid palette(mid); border-radius: 4px; }")
        layout.addWidget(self.preview_label)
        buttons = QDialogButtonBox()
        self.clear_button = QPushButton(self.tr("&Clear now"))
        self.clear_button.clicked.connect(self.clear_now)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        save = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save setting"))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.update_preview()

    def chosen_months(self) -> int:
        """The months a run now uses: the choice, or the default while it is off."""
        return int(self.months.currentData()) or DEFAULT_ON_DEMAND

    def update_preview(self) -> None:
        try:
            self.preview = preview_retention(self.vault, self.chosen_months())
        except SbsError as error:
            show_error(self, error)
            return
        preview = self.preview
        day = QLocale().toString(to_qdate(preview.cutoff), QLocale.FormatType.LongFormat)
        if not preview.clears_anything:
            text = fill(self.tr("Nothing was written before %1 that is still kept: "
                                "clearing now changes nothing."), day)
        else:
            text = fill(self.tr("Clearing now empties %1 fields: the notes or action taken of "
                                "%2 interactions before %3, and the name and contact details "
                                "of %4 classmates seen only before then."),
                        str(preview.fields), str(preview.interactions), day,
                        str(preview.contacts))
        self.preview_label.setText(text)
        self.clear_button.setEnabled(preview.clears_anything)
        self.setFixedHeight(self.layout().heightForWidth(self.width()))

    def save(self) -> None:
        try:
            set_retention_months(self.vault, int(self.months.currentData()))
        except SbsError as error:
            show_error(self, error)
            return
        announce(self.parentWidget() or self, self.tr("Retention setting saved."))
        self.accept()

    def clear_now(self) -> None:
        preview = self.preview
        if preview is None or not preview.clears_anything or not confirm(
                self, self.tr("Clear old notes"),
                fill(self.tr("Empty %1 fields for good? This cannot be undone."),
                     str(preview.fields))):
            return
        months = preview.months

        def work(task_vault: Vault, _progress) -> RetentionPreview:
            # The run compacts the file, which takes a while on a large vault.
            return apply_retention(task_vault, months)

        self.task = run_task(self, self.tr("Clearing old notes…"), work,
                             on_success=self._cleared, vault=self.vault)

    def _cleared(self, cleared: RetentionPreview) -> None:
        self.update_preview()
        announce(self.parentWidget() or self, fill(
            self.tr("Cleared %1 fields of %2 interactions and %3 classmates."),
            str(cleared.fields), str(cleared.interactions), str(cleared.contacts)))


def show_retention(window: QWidget) -> RetentionDialog | None:
    """Open the dialog over the main window, on its current vault."""
    vault = getattr(window, "vault", None)
    if vault is None:
        return None
    dialog = RetentionDialog(vault, window)
    dialog.open()
    return dialog
