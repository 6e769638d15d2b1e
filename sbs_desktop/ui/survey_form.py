"""A survey entry form generated from an instrument, fast by keyboard.

Each question is one focusable row; its option buttons take no focus, so Tab goes
from question to question. In a row, a digit picks that option (1 is the first),
Y/O picks yes and N picks no, and 0, Space or Delete clears it. Picking a single
answer moves on to the next question, so a paper form is typed as a run of keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.core.instrument import NO, YES, Instrument, Item, Question

ROW_STYLE = (
    "QFrame#questionRow { border: 1px solid transparent; border-radius: 4px; }"
    "QFrame#questionRow:focus { border: 2px solid palette(highlight);"
    " background: palette(alternate-base); }"
)


class QuestionRow(QFrame):
    """One question's options; it takes the focus and the keys, not its buttons."""

    changed = Signal()

    def __init__(self, question: Question, language: str, show_label: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question.labels[language])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        if show_label:
            caption = QLabel(question.labels[language])
            caption.setWordWrap(True)
            layout.addWidget(caption, 1)
        self.buttons: list[QAbstractButton] = []
        options = QHBoxLayout() if question.kind != "multiple" else QGridLayout()
        for number, option in enumerate(question.options, start=1):
            text = option.labels[language]
            if len(question.options) > 2:
                text = f"{number}. {text}"
            button = QCheckBox(text) if question.kind == "multiple" else QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # Exclusivity is kept by _toggled, so that a choice can also be cleared.
            button.setAutoExclusive(False)
            button.setProperty("code", option.code)
            button.toggled.connect(lambda on, b=button: self._toggled(b, on))
            self.buttons.append(button)
            if isinstance(options, QGridLayout):
                options.addWidget(button, (number - 1) // 2, (number - 1) % 2)
            else:
                options.addWidget(button)
        if not show_label and isinstance(options, QHBoxLayout):
            options.setSpacing(18)
        layout.addLayout(options, 2 if show_label else 0)

    def _toggled(self, button: QAbstractButton, on: bool) -> None:
        if on and self.question.kind != "multiple":
            for other in self.buttons:
                if other is not button and other.isChecked():
                    other.setChecked(False)
        if on and self.question.kind == "multiple":
            code = button.property("code")
            exclusive = set(self.question.exclusive)
            for other in self.buttons:
                other_code = other.property("code")
                if other is not button and other.isChecked() and (
                        code in exclusive or other_code in exclusive):
                    other.setChecked(False)
        self.changed.emit()

    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def chosen(self) -> list[str]:
        return [b.property("code") for b in self.buttons if b.isChecked()]

    def set_chosen(self, codes: set[str]) -> None:
        for button in self.buttons:
            button.setChecked(button.property("code") in codes)

    def clear(self) -> None:
        for button in self.buttons:
            button.setChecked(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text().lower()
        index = None
        if text.isdigit() and text != "0":
            index = int(text) - 1
        elif self.question.kind == "yes_no" and text in ("y", "o"):
            index = self.question.option_codes.index(YES)
        elif self.question.kind == "yes_no" and text == "n":
            index = self.question.option_codes.index(NO)
        if index is not None and index < len(self.buttons):
            button = self.buttons[index]
            if self.question.kind == "multiple":
                button.setChecked(not button.isChecked())
            else:
                button.setChecked(True)
                self.focusNextChild()
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "0":
            self.clear()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.focusNextChild()
            return
        if key == Qt.Key.Key_Down:
            self.focusNextChild()
            return
        if key == Qt.Key.Key_Up:
            self.focusPreviousChild()
            return
        super().keyPressEvent(event)


class SurveyForm(QWidget):
    """Every item of an instrument, in order; `answers()` gives (question, answer) pairs."""

    changed = Signal()

    def __init__(self, instrument: Instrument, language: str = "en",
                 parent: QWidget | None = None, point_size: float | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.language = language
        self.rows: list[QuestionRow] = []
        # A style sheet stops font inheritance, so a larger size is given in it.
        size = f"QWidget {{ font-size: {point_size:.1f}pt; }}" if point_size else ""
        self.setStyleSheet(size + ROW_STYLE)
        # Past this width the answers drift too far from their questions to read across.
        self.setMaximumWidth(1000)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for number, item in enumerate(instrument.items, start=1):
            layout.addWidget(self._item_block(number, item))
        layout.addStretch(1)
        # Tab follows the paper form: item by item, a matrix row by row.
        for before, after in zip(self.rows, self.rows[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _row(self, question: Question, show_label: bool) -> QuestionRow:
        row = QuestionRow(question, self.language, show_label, self)
        row.changed.connect(self.changed)
        self.rows.append(row)
        return row

    def _item_block(self, number: int, item: Item) -> QWidget:
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(block)
        title = QLabel(f"{number}. {item.labels[self.language]}")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        questions = [q for q in self.instrument.questions if q.item == item.code]
        if item.kind != "yes_no_matrix":
            layout.addWidget(self._row(questions[0], show_label=False))
            return block
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        for column, target in enumerate(item.columns, start=1):
            header = QLabel(target.labels[self.language])
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        for row_number, row in enumerate(item.rows, start=1):
            caption = QLabel(row.labels[self.language])
            caption.setWordWrap(True)
            grid.addWidget(caption, row_number, 0)
            for column, target in enumerate(item.columns, start=1):
                question = next(q for q in questions
                                if q.row == row.code and q.column == target.code)
                grid.addWidget(self._row(question, show_label=False), row_number, column,
                               Qt.AlignmentFlag.AlignCenter)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        return block

    def row(self, code: str) -> QuestionRow:
        return next(r for r in self.rows if r.question.code == code)

    def answers(self) -> list[tuple[str, str]]:
        return [(row.question.code, code) for row in self.rows for code in row.chosen()]

    def set_answers(self, answers: list[tuple[str, str]]) -> None:
        """Show these (question, answer) pairs, such as after the language changed."""
        for row in self.rows:
            row.set_chosen({a for q, a in answers if q == row.question.code})

    def clear(self) -> None:
        for row in self.rows:
            row.clear()

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
