"""Kiosk mode: the survey full screen at a class event, one anonymous response after another.

A respondent sees only a blank form, then a thank-you screen, then a fresh blank
form; never earlier answers or any other page. Leaving asks for the vault's
passphrase. Only the date is stored with a response (app.survey.record_response).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.survey import record_response
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import InvalidRecord, SbsError
from sbs_desktop.core.instrument import LANGUAGES, Instrument
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.core.survey import ResponseSource
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.problem_style import ALERT, mark_problem
from sbs_desktop.ui.survey_form import SurveyForm

# After this long on the thank-you screen the next blank form comes by itself.
THANKS_SHOWN_MS = 8000
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
# The kiosk speaks to a respondent in the language they pick, whatever the
# program's own language, so these words are translated with a translator of
# their own rather than the one installed for the program.
KIOSK_TEXT = {
    "submit": QT_TRANSLATE_NOOP("Kiosk", "Submit my answers"),
    "thanks": QT_TRANSLATE_NOOP("Kiosk", "Thank you!"),
    "saved": QT_TRANSLATE_NOOP(
        "Kiosk", "Your answers were saved anonymously. Please hand the laptop to the "
        "next person."),
    "next": QT_TRANSLATE_NOOP("Kiosk", "Start a new response"),
    "keys": QT_TRANSLATE_NOOP(
        "Kiosk", "Keys: 1-9 pick an option, Y/N yes or no, Tab next question, "
        "Ctrl+Enter submit."),
    "empty": QT_TRANSLATE_NOOP("Kiosk", "Please answer at least one question."),
}


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"sbs_{language}", str(shipped_file("translations"))):
        return translator
    return None


def respondent_text(key: str, language: str) -> str:
    """A kiosk sentence in the respondent's language."""
    source = KIOSK_TEXT[key]
    translator = None if language == "en" else _translator(language)
    return (translator.translate("Kiosk", source) if translator else "") or source


class KioskExitDialog(QDialog):
    """Asks staff for the vault passphrase before the kiosk closes."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Staff only: enter the vault passphrase to leave "
                                        "kiosk mode.")))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.message = QLabel()
        mark_problem(self.message)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_leave)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def try_leave(self) -> None:
        if self.vault.check_passphrase(self.passphrase.text()):
            self.passphrase.clear()
            self.accept()
            return
        self.passphrase.clear()
        self.message.setText(self.tr("That is not the passphrase."))


class KioskWindow(QWidget):
    """Full screen; `left` fires once staff gave the passphrase and the kiosk closed."""

    left = Signal()

    def __init__(self, vault: Vault, instrument: Instrument, language: str = "en") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.vault = vault
        self.instrument = instrument
        self.language = language
        self.responses_taken = 0
        self._may_close = False
        self.exit_dialog: KioskExitDialog | None = None
        self.setObjectName("kiosk")
        self.setWindowTitle(instrument.title[language])
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # Larger type for respondents reading at arm's length; children inherit it.
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.form_page = QWidget()
        form_layout = QVBoxLayout(self.form_page)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            button = QPushButton(LANGUAGE_NAMES.get(code, code))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.language_buttons[code] = button
            top.addWidget(button)
        form_layout.addLayout(top)
        self.introduction = QLabel()
        self.introduction.setWordWrap(True)
        form_layout.addWidget(self.introduction)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        form_layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        self.keys = QLabel()
        size = f"font-size: {self.font().pointSizeF():.1f}pt;"
        # Style sheets stop font inheritance, so these carry the kiosk's size too.
        self.keys.setStyleSheet(f"color: #555; {size}")
        bottom.addWidget(self.keys, 1)
        self.message = QLabel()
        self.message.setStyleSheet(size)
        mark_problem(self.message, ALERT)
        bottom.addWidget(self.message)
        self.submit_button = QPushButton()
        self.submit_button.setDefault(True)
        self.submit_button.setStyleSheet("font-size: 17px; padding: 8px 24px;")
        self.submit_button.clicked.connect(self.submit)
        bottom.addWidget(self.submit_button)
        form_layout.addLayout(bottom)
        self.stack.addWidget(self.form_page)

        self.thanks_page = QWidget()
        thanks = QVBoxLayout(self.thanks_page)
        thanks.addStretch(1)
        self.thanks_title = QLabel()
        self.thanks_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_title.setStyleSheet("font-size: 40px; font-weight: bold;")
        self.thanks_text = QLabel()
        self.thanks_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text.setWordWrap(True)
        self.next_button = QPushButton()
        self.next_button.setStyleSheet("font-size: 17px; padding: 8px 24px;")
        self.next_button.clicked.connect(self.start_response)
        thanks.addWidget(self.thanks_title)
        thanks.addWidget(self.thanks_text)
        thanks.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        thanks.addStretch(1)
        self.stack.addWidget(self.thanks_page)

        self.leave_button = QPushButton(self.tr("Staff: leave kiosk mode"))
        self.leave_button.setFlat(True)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.clicked.connect(self.request_leave)
        layout.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignRight)

        self.return_timer = QTimer(self)
        self.return_timer.setSingleShot(True)
        self.return_timer.timeout.connect(self.start_response)
        self.form: SurveyForm | None = None
        self.start_response()

    # -- one respondent after another -------------------------------------------------

    def start_response(self) -> None:
        """A fresh blank form: nothing of the previous respondent remains."""
        self.return_timer.stop()
        self._build_form(keep=[])
        self.stack.setCurrentWidget(self.form_page)
        self.form.focus_first()

    def set_language(self, language: str) -> None:
        self.language = language
        self._build_form(keep=self.form.answers() if self.form else [])

    def _build_form(self, keep: list[tuple[str, str]]) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = SurveyForm(self.instrument, self.language,
                               point_size=self.font().pointSizeF())
        self.form.set_answers(keep)
        self.form.changed.connect(self.message.clear)
        self.scroll.setWidget(self.form)
        text = {key: respondent_text(key, self.language) for key in KIOSK_TEXT}
        self.title.setText(self.instrument.title[self.language])
        self.introduction.setText(self.instrument.introduction[self.language])
        self.keys.setText(text["keys"])
        self.submit_button.setText(text["submit"])
        self.thanks_title.setText(text["thanks"])
        self.thanks_text.setText(text["saved"])
        self.next_button.setText(text["next"])
        self.message.clear()
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.language)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys a question row does not use come up to the window.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self.stack.currentWidget() is self.form_page:
                self.submit()
            return
        if key == Qt.Key.Key_Escape:
            self.request_leave()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        answers = self.form.answers()
        if not answers:
            self.message.setText(respondent_text("empty", self.language))
            return
        try:
            record_response(self.vault, self.instrument, answers,
                            source=ResponseSource.KIOSK)
        except (InvalidRecord, SbsError) as error:
            self.message.setText(describe(error))
            return
        self.responses_taken += 1
        # The answers leave the screen at once, before the thank-you shows.
        self._build_form(keep=[])
        self.stack.setCurrentWidget(self.thanks_page)
        self.next_button.setFocus()
        self.return_timer.start(THANKS_SHOWN_MS)

    # -- leaving ------------------------------------------------------------------------

    def request_leave(self) -> None:
        if self.exit_dialog is not None and self.exit_dialog.isVisible():
            return
        self.exit_dialog = KioskExitDialog(self.vault, self)
        self.exit_dialog.accepted.connect(self._leave)
        self.exit_dialog.open()

    def show_kiosk(self) -> None:
        """Full screen on the current screen, also where no window manager applies the state."""
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.form.focus_first()

    def _leave(self) -> None:
        self._may_close = True
        self.return_timer.stop()
        self.close()
        self.left.emit()

    def closeEvent(self, event) -> None:
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()
        self.request_leave()
