"""A new passphrase typed twice, with its strength shown: for creating a vault and changing it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QWidget

from sbs_desktop.app.vaults import MIN_SCORE, passphrase_strength
from sbs_desktop.ui.passphrase_advice import advice_text
from sbs_desktop.ui.problem_style import mark_problem, problem_colour

STRONG_COLOUR = "#2e7d32"


class NewPassphrase(QObject):
    """The two fields, the strength bar and its words; `changed` after every keystroke.

    `acceptable` is True once the passphrase is strong enough and typed the same twice.
    "Not the same" shows only once the second field is finished (left, or as long as
    the first), never while it is still being typed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("Passphrase again"))
        self.strength = QProgressBar()
        # One more step than zxcvbn's scores, so that a very weak passphrase still
        # shows a (red) piece of bar rather than nothing.
        self.strength.setRange(0, 5)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength_text = QLabel()
        self.strength_text.setWordWrap(True)
        # Room for two lines of advice from the start, so the dialog does not jump as
        # the advice changes with each keystroke.
        self.strength_text.setMinimumHeight(2 * self.strength_text.fontMetrics().lineSpacing())
        self.strength_text.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Fixed)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same."))
        self.mismatch.setObjectName("errorText")
        mark_problem(self.mismatch)
        # Kept in the layout while hidden: showing it must not move the buttons.
        policy = self.mismatch.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.mismatch.setSizePolicy(policy)
        self.mismatch.hide()
        self._confirmation_left = False
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self.confirmation.installEventFilter(self)
        self._update()

    def add_rows(self, form: QFormLayout, label: str, again_label: str) -> None:
        form.addRow(label, self.passphrase)
        form.addRow("", self.strength)
        form.addRow("", self.strength_text)
        form.addRow(again_label, self.confirmation)
        form.addRow("", self.mismatch)

    @property
    def text(self) -> str:
        return self.passphrase.text()

    @property
    def matches(self) -> bool:
        return bool(self.passphrase.text()) and self.passphrase.text() == self.confirmation.text()

    @property
    def acceptable(self) -> bool:
        return self.matches and passphrase_strength(self.passphrase.text()).acceptable

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self._confirmation_left = False
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.confirmation and event.type() == QEvent.Type.FocusOut:
            self._confirmation_left = bool(self.confirmation.text())
            self._update()
        return False

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = passphrase_strength(text)
        self.strength.setValue(strength.score + 1 if text else 0)
        words = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"),
                 self.tr("Very strong")]
        # Red below the rule, even at the first keystroke (an empty bar shows no colour).
        colour = STRONG_COLOUR if strength.score >= MIN_SCORE else problem_colour().name()
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            self.strength_text.setText(self.tr("Use four or more unrelated words."))
        else:
            advice = strength.warning or (strength.suggestions[0] if strength.suggestions else "")
            self.strength_text.setText(
                f"{words[strength.score]}. {advice_text(advice) if advice else ''}".strip())
        second = self.confirmation.text()
        finished = self._confirmation_left or len(second) >= len(text)
        self.mismatch.setVisible(bool(second) and finished and second != text)
        self.changed.emit()
