"""The export dialog: shows exactly what will leave this computer, then writes the bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.export import (
    ExportPreview,
    ExportResult,
    bundle_path,
    export_bundle,
    preview_export,
)
from sbs_desktop.app.schedule import terms, upcoming_hours
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.progress import Progress
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.preview_table import PreviewTable
from sbs_desktop.ui.problem_style import mark_problem
from sbs_desktop.ui.schedule_text import day_text
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.worker import Task, run_task

CONTEXT = "ExportDialog"


def short_key(key: str) -> str:
    """A public key shortened for reading ("age1xrns…vpqkle"); the tooltip has it whole."""
    return key if len(key) <= 20 else f"{key[:10]}…{key[-8:]}"


class _TranslatedProgress(Progress):
    """Passes progress on with its stage translated (the app layer speaks English)."""

    def __init__(self, inner: Progress) -> None:
        super().__init__()
        self._inner = inner

    def report(self, done: int, total: int, stage: str = "") -> None:
        self._inner.report(done, total, QCoreApplication.translate("Export", stage)
                           if stage else "")

    def check(self) -> None:
        self._inner.check()

    def cancel(self) -> None:
        self._inner.cancel()

    @property
    def cancelled(self) -> bool:
        return self._inner.cancelled


class ExportDialog(QDialog):
    """Choose granularity, form and destination; see the rows as written; then export."""

    exported = Signal(object)  # the ExportResult

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.preview: ExportPreview | None = None
        self.result: ExportResult | None = None
        self.task: Task | None = None
        self._working: Progress | None = None
        self._destination_edited = False
        self._replace_confirmed: Path | None = None
        self.setWindowTitle(self.tr("Export for the coordinator"))
        # Wide enough for every column of the preview on a 1280-pixel screen.
        self.resize(min(1240, self.screen().availableGeometry().width() - 60), 560)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "This is everything the export will contain, exactly as it will be written. "
            "Classmates appear only as pseudonyms that cannot be traced back without this "
            "vault; names, contact details, notes, the action taken and exact dates and "
            "times never leave this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.granularity = QComboBox()
        self.granularity.setObjectName("granularity")
        self.granularity.addItem(self.tr("ISO weeks (2025-W07)"), "week")
        self.granularity.addItem(self.tr("Months (2025-02)"), "month")
        self.granularity.currentIndexChanged.connect(self.refresh_preview)
        self.granularity.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Dates as:"), self.granularity)

        self.form_row = QWidget()
        forms = QHBoxLayout(self.form_row)
        forms.setContentsMargins(0, 0, 0, 0)
        self.zip_choice = QRadioButton(self.tr("One .zip file"))
        self.folder_choice = QRadioButton(self.tr("A folder of CSV files"))
        self.zip_choice.setChecked(True)
        self.form_choices = QButtonGroup(self)
        for button in (self.zip_choice, self.folder_choice):
            self.form_choices.addButton(button)
            forms.addWidget(button)
        forms.addStretch(1)
        self.form_choices.buttonToggled.connect(self._form_changed)
        self.form_label = QLabel(self.tr("Save as:"))
        form.addRow(self.form_label, self.form_row)

        self.encryption = QLabel()
        self.encryption.setObjectName("encryption")
        self.encryption.setWordWrap(True)
        form.addRow(self.tr("Encryption:"), self.encryption)

        where = QHBoxLayout()
        self.destination = QLineEdit()
        self.destination.setObjectName("destination")
        self.destination.textEdited.connect(self._destination_typed)
        self.destination.textChanged.connect(self._show_final_path)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_destination)
        where.addWidget(self.destination, 1)
        where.addWidget(choose)
        where_label = QLabel(self.tr("&Save to:"))
        where_label.setBuddy(self.destination)
        form.addRow(where_label, where)
        self.final_path = QLabel()
        self.final_path.setObjectName("finalPath")
        self.final_path.setStyleSheet("color: palette(mid);")
        form.addRow("", self.final_path)
        layout.addLayout(form)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tables")
        layout.addWidget(self.tabs)
        never = QLabel(self.tr(
            "<b>Never written:</b> names or initials, contact details, notes, the action "
            "taken, times of day and exact dates, places of in-person hours."))
        never.setObjectName("neverWritten")
        never.setWordWrap(True)
        layout.addWidget(never)
        layout.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        # Shown once written: the next step is attaching the file to an email.
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        bottom.addWidget(self.open_folder_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.refresh_preview()
        self.resize(self.width(), self.sizeHint().height())

    # -- what will leave ------------------------------------------------------------

    @property
    def chosen_granularity(self) -> str:
        return str(self.granularity.currentData())

    @property
    def chosen_form(self) -> str:
        """The form written: a key set means an encrypted zip, whatever is chosen."""
        if self.preview is not None and self.preview.encrypted:
            return "zip.age"
        return "zip" if self.zip_choice.isChecked() else "folder"

    def refresh_preview(self) -> None:
        self.preview = preview_export(self.vault, self.chosen_granularity)
        encrypted = self.preview.encrypted
        self.form_label.setVisible(not encrypted)
        self.form_row.setVisible(not encrypted)
        if encrypted:
            self.encryption.setText(fill(self.tr(
                "Encrypted to the coordinator key %1: only the coordinator's vault can "
                "open it."), short_key(self.preview.recipient or "")))
            self.encryption.setToolTip(self.preview.recipient or "")
        else:
            self.encryption.setText(self.tr(
                "Not encrypted: anyone who gets the file can read it. Nothing in it names a "
                "classmate; to encrypt it, set your coordinator's public key on the Export "
                "page."))
            self.encryption.setToolTip("")
        counts = {table.name: table.rows for table in self.preview.tables}
        self.summary.setText(fill(self.tr(
            "Will leave this computer: %1 interactions, %2 rows of support hours and %3 "
            "survey answers, from supporter %4. Dates as %5."),
            counts["interactions"], counts["schedule"], counts["survey"],
            self.preview.supporter, self.granularity.currentText())
            + ("" if counts["schedule"] else " " + self._why_no_hours()))
        current = self.tabs.currentIndex()
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            old.setParent(None)
            old.deleteLater()
        for table in self.preview.tables:
            self.tabs.addTab(self._table_view(table),
                             fill(self.tr("%1 (%2 rows)"), table.file, table.rows))
        self.tabs.setCurrentIndex(max(current, 0))
        self._suggest_destination()

    def _why_no_hours(self) -> str:
        """Why no support hours go: the real reason, so "0 rows" does not look like a bug."""
        if not terms(self.vault):
            return self.tr("No support hours: no term is set on the Schedule page yet.")
        coming = upcoming_hours(self.vault, count=1)
        if coming:
            return fill(self.tr("No support hours yet: hours are sent once they have been "
                                "offered, and your first ones are on %1."),
                        day_text(coming[0].day))
        return self.tr("No support hours: your terms have no weekly hours set on the "
                       "Schedule page.")

    def _table_view(self, table) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        shown = len(table.first_rows)
        note = QLabel(fill(self.tr("The first %1 of %2 rows, as written (columns are the bundle "
                              "format's codes):"), str(shown), str(table.rows)) if table.rows
                      else self.tr("No rows: the file will hold its header row only."))
        note.setWordWrap(True)
        layout.addWidget(note)
        view = PreviewTable(table.columns, table.first_rows)
        view.setObjectName(f"preview_{table.name}")
        layout.addWidget(view)
        return page

    # -- where it goes ---------------------------------------------------------------

    def _suggest_destination(self) -> None:
        if self._destination_edited or self.preview is None:
            self._show_final_path()
            return
        stem = dialog_folder() / (
            f"sbs-export-{self.preview.supporter}-{date.today().isoformat()}")
        # A second export on the same day gets a new name rather than replacing the first.
        suggestion, number = stem, 1
        while any(bundle_path(suggestion, form).exists() for form in ("folder", "zip", "zip.age")):
            number += 1
            suggestion = stem.with_name(f"{stem.name}-{number}")
        self.destination.setText(str(suggestion))

    def _destination_typed(self, _text: str) -> None:
        self._destination_edited = True

    def _form_changed(self, *_args: object) -> None:
        self._show_final_path()

    def _show_final_path(self) -> None:
        text = self.destination.text().strip()
        self.final_path.setText(fill(self.tr("Will be written as %1"),
                                     bundle_path(Path(text), self.chosen_form)) if text else "")

    def _choose_destination(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.destination.text(),
            self.tr("Zip files (*.zip)") if self.chosen_form != "folder" else "")
        if chosen:
            self._destination_edited = True
            self.destination.setText(chosen)
            # The file dialog has asked whether to replace an existing file.
            self._replace_confirmed = bundle_path(Path(chosen), self.chosen_form)

    # -- writing ---------------------------------------------------------------------

    def start_export(self) -> None:
        text = self.destination.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the export."))
            return
        out = Path(text).expanduser()
        final = bundle_path(out, self.chosen_form)
        if final.exists() and (final.is_dir() or final != self._replace_confirmed):
            self.message.setText(fill(self.tr(
                "%1 already exists. Choose another name (or pick the file with Choose… to "
                "replace it)."), str(final)))
            mark_problem(self.message)
            return
        granularity = self.chosen_granularity
        form = "zip" if self.chosen_form != "folder" else "folder"
        self.export_button.setEnabled(False)
        self.message.setText("")
        mark_problem(self.message, "")

        def work(vault: Vault, progress: Progress) -> ExportResult:
            self._working = _TranslatedProgress(progress)
            return export_bundle(vault, out, granularity, form, self._working)

        self.task = run_task(self, self.tr("Exporting"), work, self._exported,
                             self._failed, self._cancelled, vault=self.vault)

    @property
    def export_started(self) -> bool:
        """True once the export runs on its thread (and Cancel reaches it)."""
        return self._working is not None

    def _exported(self, result: ExportResult) -> None:
        self._working = None
        self.result = result
        tables = result.manifest.tables
        self.message.setText(fill(self.tr(
            "Exported %1 interactions, %2 rows of support hours and %3 survey answers to %4."),
            tables["interactions"].rows, tables["schedule"].rows, tables["survey"].rows,
            result.path))
        self.close_button.setText(self.tr("Close"))
        self.open_folder_button.show()
        self.exported.emit(result)

    def open_folder(self) -> bool:
        """Show the folder holding what was written, in the system's file manager."""
        if self.result is None:
            return False
        folder = self.result.path if self.result.path.is_dir() else self.result.path.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failed(self, error: BaseException) -> None:
        self._working = None
        self.message.setText(describe(error))
        mark_problem(self.message)
        self.export_button.setEnabled(True)

    def _cancelled(self) -> None:
        self._working = None
        self.message.setText(self.tr("Export cancelled. Nothing was written."))
        self.export_button.setEnabled(True)
