"""The coordinator's Bundles page: import supporters' bundles and see where the data came from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.bundle_trust import refuses_unsigned, set_refuses_unsigned
from sbs_desktop.app.merge import BundleOutcome, MergeReport, Outcome, imported_bundles
from sbs_desktop.app.vaults import Vault
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.text_table import TextTableModel
from sbs_desktop.ui.worker import Task, run_task


class BundlesPage(QWidget):
    """Many bundles at once (file dialog, a folder, drag and drop), off the UI thread."""

    merged = Signal()  # after an import changed the merged data

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("BundlesPage", "Bundles")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: Task | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Bundles"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr(
            "Import the bundles supporters send you: folders, .zip files, or .zip.age files "
            "encrypted to this vault's key. Drop them here, or choose them below. Each bundle "
            "is checked before anything is stored; a newer bundle from a supporter replaces "
            "their earlier one.")), 0)
        layout.itemAt(layout.count() - 1).widget().setWordWrap(True)

        buttons = QHBoxLayout()
        self.import_files_button = QPushButton(self.tr("Import bundles…"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import a folder of bundles…"))
        self.import_folder_button.clicked.connect(self.choose_folder)
        buttons.addWidget(self.import_files_button)
        buttons.addWidget(self.import_folder_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.refuse_unsigned = QCheckBox(self.tr(
            "Refuse unsigned bundles (made by versions before bundles were signed)"))
        self.refuse_unsigned.setChecked(refuses_unsigned(vault))
        self.refuse_unsigned.toggled.connect(self._set_refuse_unsigned)
        layout.addWidget(self.refuse_unsigned)

        self.result = QPlainTextEdit()
        self.result.setAccessibleName(self.tr("What the last import did"))
        self.result.setObjectName("mergeResult")
        self.result.setReadOnly(True)
        self.result.setMaximumHeight(130)
        self.result.setPlaceholderText(self.tr("What the last import did is shown here."))
        layout.addWidget(self.result)

        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = TextTableModel([
            self.tr("Supporter"), self.tr("Export"), self.tr("Exported (UTC)"),
            self.tr("Imported (UTC)"), self.tr("Period"), self.tr("Interactions"),
            self.tr("Schedule rows"), self.tr("Survey rows"), self.tr("Status"),
            self.tr("File"), self.tr("Signing key")])
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Bundles received"))
        self.table.setObjectName("provenance")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        bundles = imported_bundles(self.vault)
        current = [b for b in bundles if b.current]
        self.summary.setText(
            fill(self.tr("%1 bundles in use, from %2 supporters; %3 replaced by newer ones."),
                 len(current), len({b.supporter for b in current}), len(bundles) - len(current)))
        self.model.set_rows([
            [b.supporter, str(b.export_sequence), f"{b.exported_at:%Y-%m-%d %H:%M}",
             f"{b.imported_at:%Y-%m-%d %H:%M}",
             f"{b.period_start} – {b.period_end}" if b.period_start else "",
             str(b.interaction_rows), str(b.schedule_rows), str(b.survey_rows),
             self.tr("In use") if b.current else self.tr("Replaced"), b.source_name,
             b.key_fingerprint or self.tr("Unsigned")]
            for b in bundles])

    def _set_refuse_unsigned(self, refuse: bool) -> None:
        set_refuses_unsigned(self.vault, refuse)

    # -- choosing bundles ---------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), str(dialog_folder()),
            self.tr("Bundles (*.zip *.age);;All files (*)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of bundles"),
                                                  str(dialog_folder()))
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- importing ----------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path]) -> Task:
        """Verify and merge the bundles off the UI thread, behind a progress dialog."""
        from sbs_desktop.app.merge import merge_bundles

        def work(vault, progress):
            return merge_bundles(vault, list(paths), progress)

        self._set_busy(True)
        self.task = run_task(self, self.tr("Importing bundles"), work,
                             on_success=self._merged, on_failure=self._failed,
                             on_cancel=self._cancelled, vault=self.vault)
        return self.task

    def _set_busy(self, busy: bool) -> None:
        self.import_files_button.setEnabled(not busy)
        self.import_folder_button.setEnabled(not busy)

    def _describe(self, outcome: BundleOutcome) -> str:
        bundle = outcome.bundle
        if outcome.outcome is Outcome.REFUSED:
            return fill(self.tr("Refused: %1"), describe(outcome.error))
        if outcome.outcome is Outcome.ALREADY_IMPORTED:
            return fill(self.tr("%1: already imported; nothing changed."), outcome.source)
        text = fill(self.tr("%1: imported %2 interactions from %3."), outcome.source,
                    bundle.interaction_rows, bundle.supporter)
        text += " " + (fill(self.tr("Signed by key %1."), bundle.key_fingerprint)
                       if bundle.key_fingerprint else self.tr("Not signed."))
        if outcome.replaced is not None:
            text += " " + fill(self.tr("It replaces export %1 of that supporter."),
                               outcome.replaced.export_sequence)
        return text

    def _merged(self, report: MergeReport) -> None:
        self._set_busy(False)
        lines = [self._describe(o) for o in report.outcomes] or [
            self.tr("No bundles were found there.")]
        self.result.setPlainText("\n".join(lines))
        self.refresh()
        self.merged.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.result.setPlainText(describe(error))
        self.refresh()

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.result.setPlainText(self.tr(
            "Import cancelled. The bundles finished before you cancelled were kept; "
            "nothing of the one in progress was stored."))
        self.refresh()
        self.merged.emit()

