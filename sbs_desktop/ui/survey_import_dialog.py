"""Importing survey responses from CSV: check the whole file, show a preview, then store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.survey_import import (
    SurveyFileRejected,
    SurveyImport,
    SurveyProblem,
    check_survey_file,
    import_survey_file,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import FileRejected
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import ALERT, mark_problem
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.worker import Task, run_task

PREVIEW_ROWS = 50


def describe_problem(problem: BaseException) -> str:
    """A problem of a survey file in the person's language, its details filled in after."""
    if not isinstance(problem, SurveyProblem):
        return describe(problem)
    reason = QCoreApplication.translate("Errors", problem.reason_template).format(
        **problem.details)
    return QCoreApplication.translate("Errors", FileRejected.template).format(
        file=problem.params["file"], row=problem.params["row"],
        column=problem.params["column"], reason=reason)


class SurveyImportDialog(QDialog):
    """Choose a file; nothing is stored until the preview is confirmed with Import."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.checked: SurveyImport | None = None
        self.imported = 0
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import survey responses"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        choose = QHBoxLayout()
        self.file_label = QLabel(self.tr("Choose a CSV file made from the survey template."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self._choose)
        choose.addWidget(self.file_label, 1)
        choose.addWidget(self.choose_button)
        layout.addLayout(choose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.hide()
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Survey responses"), str(dialog_folder()),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Read and check the file off the UI thread, then show the preview or the problems."""
        self.checked = None
        self.import_button.setEnabled(False)
        self.file_label.setText(str(path))
        self.summary.setText(self.tr("Checking…"))
        self.task = run_task(self, self.tr("Checking the survey file"),
                             lambda vault, progress: check_survey_file(vault, path, progress),
                             on_success=self._show_preview, on_failure=self._show_problems,
                             on_cancel=lambda: self.summary.setText(self.tr("Cancelled.")),
                             vault=self.vault)

    def _show_problems(self, error: BaseException) -> None:
        self.preview.hide()
        self.problems.clear()
        problems = error.problems if isinstance(error, SurveyFileRejected) else [error]
        for problem in problems:
            self.problems.addItem(describe_problem(problem))
        total = error.params["count"] if isinstance(error, SurveyFileRejected) else 1
        text = self.tr("Nothing was imported: the file has %n problem(s). Fix them and "
                       "choose the file again.", "", total)
        if total > len(problems):
            text += " " + fill(self.tr("The first %1 are listed."), str(len(problems)))
        self.summary.setText(text)
        mark_problem(self.summary, ALERT)
        self.problems.show()

    def _show_preview(self, checked: SurveyImport) -> None:
        self.checked = checked
        self.problems.hide()
        mark_problem(self.summary, "")
        text = self.tr("%n response(s) in the file, all valid.", "", len(checked.responses))
        if checked.already_imported:
            text += " " + self.tr("%n were imported before and will be skipped.", "",
                                  checked.already_imported)
        text += " " + self.tr("Check the preview, then choose Import to add %n new "
                              "response(s).", "", checked.new_responses)
        self.summary.setText(text)
        questions = [q.code for q in checked.instrument.questions]
        shown = checked.responses[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(questions) + 1)
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels([self.tr("Date"), *questions])
        for row, response in enumerate(shown):
            self.preview.setItem(row, 0, QTableWidgetItem(response.answered_on.isoformat()))
            for column, code in enumerate(questions, start=1):
                chosen = sorted(response.chosen(code))
                item = QTableWidgetItem("; ".join(chosen))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        self.preview.show()
        self.import_button.setEnabled(checked.new_responses > 0)

    def confirm(self) -> None:
        """Store the previewed responses, in one transaction."""
        if self.checked is None:
            return
        checked = self.checked
        self.import_button.setEnabled(False)
        self.task = run_task(self, self.tr("Importing survey responses"),
                             lambda vault, progress: import_survey_file(vault, checked,
                                                                        progress),
                             on_success=self._done, vault=self.vault)

    def _done(self, added: int) -> None:
        self.imported = added
        self.checked = None
        self.summary.setText(self.tr("Imported %n new response(s).", "", added))
        self.preview.hide()
