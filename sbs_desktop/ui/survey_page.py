"""The Survey page: type in paper responses, correct or delete stored ones, run kiosk mode,
import and load instruments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.survey import (
    count_responses,
    current_instrument,
    load_instrument_file,
    record_response,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.instrument import LANGUAGES, Instrument
from sbs_desktop.ui.dates import from_qdate
from sbs_desktop.ui.kiosk import LANGUAGE_NAMES, KioskWindow
from sbs_desktop.ui.language import interface_language
from sbs_desktop.ui.messages import describe, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import ALERT, mark_problem
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.survey_form import SurveyForm
from sbs_desktop.ui.survey_responses import ResponsesPanel


class SurveyPage(QWidget):
    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("SurveyPage", "Survey")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.instrument: Instrument = current_instrument(vault)
        self.kiosk: KioskWindow | None = None
        self.import_dialog = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("End-of-year survey"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)

        actions = QHBoxLayout()
        self.kiosk_button = QPushButton(self.tr("Start &kiosk mode"))
        self.kiosk_button.setToolTip(self.tr(
            "Full screen, one anonymous response after another; leaving asks for the "
            "vault passphrase."))
        self.kiosk_button.clicked.connect(self.start_kiosk)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.clicked.connect(self.open_import)
        self.template_button = QPushButton(self.tr("Save CSV &template…"))
        self.template_button.clicked.connect(self._save_template)
        self.load_button = QPushButton(self.tr("&Load instrument version…"))
        self.load_button.clicked.connect(self._load_instrument)
        for button in (self.kiosk_button, self.import_button, self.template_button,
                       self.load_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        # Typing in and the stored responses share the page as two tabs.
        self.tabs = QTabWidget()
        typing = QWidget()
        typing_layout = QVBoxLayout(typing)
        entry = QHBoxLayout()
        entry.addStretch(1)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.currentIndexChanged.connect(self._rebuild_form)
        language_label = QLabel(self.tr("Form lan&guage:"))
        language_label.setBuddy(self.language)
        entry.addWidget(language_label)
        entry.addWidget(self.language)
        self.answered_on = QDateEdit(QDate.currentDate())
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDisplayFormat("yyyy-MM-dd")
        self.answered_on.setMaximumDate(QDate.currentDate())
        date_label = QLabel(self.tr("Answered &on:"))
        date_label.setBuddy(self.answered_on)
        entry.addWidget(date_label)
        entry.addWidget(self.answered_on)
        typing_layout.addLayout(entry)
        self.keys = QLabel(self.tr(
            "Keys: 1-9 pick an option, Y/N yes or no, 0 clears, Tab or Enter next question, "
            "Ctrl+Enter saves."))
        self.keys.setStyleSheet("color: #555;")
        typing_layout.addWidget(self.keys)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        typing_layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("&Save response"))
        self.save_button.clicked.connect(self.save_response)
        bottom.addWidget(self.save_button)
        typing_layout.addLayout(bottom)
        self.tabs.addTab(typing, self.tr("T&ype in a response"))
        self.responses = ResponsesPanel(vault, self)
        self.tabs.addTab(self.responses, self.tr("Stored res&ponses"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs, 1)
        self.form: SurveyForm | None = None
        self._rebuild_form()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter from any question row (rows pass on the keys they do not use).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save_response()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self.instrument = current_instrument(self.vault)
        if self.form is not None and self.form.instrument.key != self.instrument.key:
            self._rebuild_form()
        self.about.setText(fill(self.tr(
            "%1 (version %2). %n response(s) stored in this vault.", "",
            count_responses(self.vault)),
            self.instrument.title[self._language()], self.instrument.version))
        self.responses.refresh()

    def _language(self) -> str:
        return self.language.currentData() or LANGUAGES[0]

    def _rebuild_form(self) -> None:
        keep = self.form.answers() if self.form else []
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = SurveyForm(self.instrument, self._language())
        self.form.set_answers(keep)
        self.scroll.setWidget(self.form)

    def save_response(self) -> None:
        answers = self.form.answers()
        try:
            record_response(self.vault, self.instrument, answers,
                            from_qdate(self.answered_on.date()))
        except SbsError as error:
            self._say(describe(error), problem=True)
            return
        self.form.clear()
        self.form.focus_first()
        self.refresh()
        self._say(self.tr("Saved. The form is blank for the next response."))

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        mark_problem(self.message, ALERT if problem else "")

    # -- kiosk mode -----------------------------------------------------------------

    def start_kiosk(self) -> None:
        self.kiosk = KioskWindow(self.vault, self.instrument, self._language())
        self.kiosk.left.connect(self._kiosk_left)
        main_window = self.window()
        # The main window is hidden so that a respondent cannot reach it behind the kiosk.
        main_window.hide()
        self.kiosk.show_kiosk()

    def _kiosk_left(self) -> None:
        taken = self.kiosk.responses_taken if self.kiosk else 0
        self.kiosk = None
        self.window().show()
        self.refresh()
        self._say(self.tr("Kiosk mode ended: %n response(s) taken.", "", taken))

    # -- files ------------------------------------------------------------------------

    def open_import(self) -> None:
        from sbs_desktop.ui.survey_import_dialog import SurveyImportDialog

        self.import_dialog = SurveyImportDialog(self.vault, self)
        # The dialog may finish as the window closes, after the vault is closed.
        self.import_dialog.finished.connect(
            lambda _: self.refresh() if self.vault.is_open else None)
        self.import_dialog.open()

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the survey CSV template"),
            str(dialog_folder() / "survey-template.csv"),
            self.tr("CSV files (*.csv)"))
        if not path:
            return
        from sbs_desktop.app.survey_import import write_template

        try:
            write_template(self.vault, Path(path))
        except SbsError as error:
            show_error(self, error)
            return
        self._say(fill(self.tr("Saved the template to %1."), path))

    def _load_instrument(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a survey instrument version"), str(dialog_folder()),
            self.tr("Instrument files (*.json)"))
        if not path:
            return
        try:
            instrument = load_instrument_file(self.vault, Path(path))
        except SbsError as error:
            show_error(self, error)
            return
        self.refresh()
        self._say(fill(self.tr("Loaded %1 version %2. New responses use the newest version; "
                          "earlier responses keep theirs."), instrument.id, instrument.version))
