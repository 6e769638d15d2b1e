"""Stored survey responses: the list, a response opened to correct it, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.survey import (
    correct_response,
    find_instrument,
    list_responses,
    remove_response,
    undo_remove_response,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, SbsError
from sbs_desktop.core.survey import ResponseSource, SurveyResponse
from sbs_desktop.ui.dates import from_qdate, to_qdate
from sbs_desktop.ui.language import interface_language
from sbs_desktop.ui.messages import saved_or_explained, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import ALERT, mark_problem
from sbs_desktop.ui.survey_form import SurveyForm
from sbs_desktop.ui.text_table import TextTableModel

CONTEXT = "SurveyResponses"
SOURCES = {
    ResponseSource.TYPED.value: QT_TRANSLATE_NOOP("SurveyResponses", "Typed in"),
    ResponseSource.KIOSK.value: QT_TRANSLATE_NOOP("SurveyResponses", "Kiosk"),
    ResponseSource.IMPORTED.value: QT_TRANSLATE_NOOP("SurveyResponses", "Imported"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("SurveyResponses", "Answered on"),
    QT_TRANSLATE_NOOP("SurveyResponses", "Instrument version"),
    QT_TRANSLATE_NOOP("SurveyResponses", "Source"),
    QT_TRANSLATE_NOOP("SurveyResponses", "Questions answered"),
)


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this context, translated."""
    return QCoreApplication.translate(CONTEXT, text)


def source_label(source: ResponseSource | None) -> str:
    if source is None:
        return QCoreApplication.translate("SurveyResponses", "Not recorded")
    return _tr(SOURCES[source.value])


class ResponseModel(TextTableModel):
    """The stored responses, newest first (a vault holds hundreds, not thousands)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.vault = vault
        self.responses: list[SurveyResponse] = []

    def reload(self) -> None:
        self.responses = list(reversed(list_responses(self.vault)))
        self.set_rows([(to_qdate(r.answered_on).toString(Qt.DateFormat.ISODate),
                        f"{r.instrument_id} {r.instrument_version}", source_label(r.source),
                        str(len({q for q, _ in r.answers}))) for r in self.responses],
                      [_tr(c) for c in COLUMNS])


class ResponseDialog(QDialog):
    """One response in the form it was given with, to read and correct."""

    def __init__(self, vault: Vault, response: SurveyResponse,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.response = response
        self.saved: SurveyResponse | None = None
        self.setWindowTitle(fill(self.tr("Survey response of %1"),
                                 response.answered_on.isoformat()))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        about = QLabel(fill(self.tr("%1 version %2, %3. Its answers can be corrected; it stays "
                                    "the same response (an imported one is still recognised "
                                    "when its file is imported again)."),
                            response.instrument_id, response.instrument_version,
                            source_label(response.source)))
        about.setWordWrap(True)
        layout.addWidget(about)
        row = QHBoxLayout()
        self.answered_on = QDateEdit(to_qdate(response.answered_on))
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDisplayFormat("yyyy-MM-dd")
        self.answered_on.setMaximumDate(QDate.currentDate())
        date_label = QLabel(self.tr("Answered &on:"))
        date_label.setBuddy(self.answered_on)
        row.addWidget(date_label)
        row.addWidget(self.answered_on)
        row.addStretch(1)
        layout.addLayout(row)
        instrument = find_instrument(vault, response.instrument_id, response.instrument_version)
        language = interface_language()
        if instrument is not None and language not in instrument.title:
            language = next(iter(instrument.title))
        self.form = SurveyForm(instrument, language) if instrument is not None else None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        if self.form is not None:
            self.form.set_answers(list(response.answers))
            scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        mark_problem(self.problem, ALERT)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.form is not None)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.saved = saved_or_explained(
            self, lambda: correct_response(self.vault, self.response.id, self.form.answers(),
                                           from_qdate(self.answered_on.date())),
            self.problem, self.form)
        if self.saved is not None:
            self.accept()


class DeleteResponse(QUndoCommand):
    """Deleting a response; undo puts it back whole, under its id and uid."""

    def __init__(self, panel: ResponsesPanel, response_id: int) -> None:
        super().__init__(QCoreApplication.translate("SurveyResponses", "Delete response"))
        self.panel = panel
        self.response_id = response_id
        self.deleted: SurveyResponse | None = None

    def redo(self) -> None:
        try:
            self.deleted = remove_response(self.panel.vault, self.response_id)
        except SbsError as error:
            self.setObsolete(True)
            show_error(self.panel, error)
            return
        self.panel.changed(QCoreApplication.translate("SurveyResponses", "Response deleted."),
                           undo=True)

    def undo(self) -> None:
        if self.deleted is None:
            return
        try:
            undo_remove_response(self.panel.vault, self.deleted)
        except SbsError as error:
            show_error(self.panel, error)
            return
        self.panel.changed(QCoreApplication.translate("SurveyResponses", "Response put back."))


class ResponsesPanel(QWidget):
    """The list of stored responses with Open (Enter), Delete (Del) and Undo (Ctrl+Z)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialog: ResponseDialog | None = None
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        self.model = ResponseModel(vault, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.setAccessibleName(self.tr("Stored survey responses"))
        layout.addWidget(self.table, 1)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setStyleSheet(
            "#undoBar { background: #fff4d6; border: 1px solid #e8c979; border-radius: 4px; }")
        self.undo_text = QLabel()
        self.undo_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        bar = QHBoxLayout(self.undo_bar)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        actions = QHBoxLayout()
        self.status = QLabel()
        actions.addWidget(self.status, 1)
        self.open_button = QPushButton(self.tr("&Open and correct…"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Return), self.open_selected),
                           (QKeySequence(Qt.Key.Key_Enter), self.open_selected),
                           (QKeySequence.StandardKey.Delete, self.delete_selected),
                           (QKeySequence.StandardKey.Undo, self.undo_stack.undo)):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        undo_here = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_here.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_here.activated.connect(self.undo_stack.undo)
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.status.setText(self.tr("%n response(s) stored.", "", len(self.model.responses)))
        has_rows = bool(self.model.responses)
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if has_rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected(self) -> SurveyResponse | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.responses[rows[0].row()] if rows else None

    def select_id(self, response_id: int) -> None:
        for row, response in enumerate(self.model.responses):
            if response.id == response_id:
                self.table.selectRow(row)

    def open_selected(self) -> ResponseDialog | None:
        response = self.selected()
        if response is None:
            return None
        self.dialog = ResponseDialog(self.vault, response, self)
        self.dialog.accepted.connect(lambda: self.changed(self.tr("Response corrected.")))
        self.dialog.open()
        return self.dialog

    def delete_selected(self) -> None:
        response = self.selected()
        if response is not None:
            self.undo_stack.push(DeleteResponse(self, response.id))

    def changed(self, text: str, undo: bool = False) -> None:
        current = self.selected()
        self.table.clearSelection()
        self.refresh()
        if current is not None:
            self.select_id(current.id)
        self.undo_text.setText(text)
        self.undo_button.setVisible(undo)
        self.undo_bar.show()
