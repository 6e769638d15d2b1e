"""A form's problems: each beside the field it names, all listed above in form order."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from sbs_desktop.core.errors import FieldProblem
from sbs_desktop.ui.messages import describe, field_reason
from sbs_desktop.ui.problem_style import SUMMARY, mark_problem


class FormProblems:
    """Builds a form's rows, keeping a line under each field a problem can name."""

    def __init__(self, heading: str) -> None:
        self.heading = heading
        self.summary = QLabel()
        self.summary.setObjectName("errorText")
        self.summary.setWordWrap(True)
        mark_problem(self.summary, SUMMARY)
        self.summary.hide()
        # By field code, in the order the rows were added: the form's order.
        self.beside: dict[str, QLabel] = {}
        self.focus: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, caption: str | QLabel, field: QWidget | QLayout,
                code: str = "", buddy: QWidget | None = None,
                focus: QWidget | None = None) -> None:
        """Add `caption` and `field` to `form`; a `code` gives the field a problem line.

        `buddy` takes the caption's mnemonic (the field itself by default); `focus`
        is where a problem sends the keyboard (the buddy by default).
        """
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
            buddy = buddy or field
        else:
            box.addLayout(field)
        if code:
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            mark_problem(error)
            error.hide()
            box.addWidget(error)
            self.beside[code] = error
            if focus or buddy:
                self.focus[code] = focus or buddy
        label = caption if isinstance(caption, QLabel) else QLabel(caption)
        label.setBuddy(buddy)
        form.addRow(label, holder)

    def show(self, problems: list[FieldProblem], focus: bool = True) -> None:
        """Each problem beside its field, all of them above in form order; focus the first."""
        order = list(self.beside)
        problems = sorted(problems, key=lambda p: order.index(p.field) if p.field in order
                          else len(order))
        for error in self.beside.values():
            error.hide()
        for problem in problems:
            error = self.beside.get(problem.field)
            if error is not None:
                error.setText(field_reason(problem))
                error.show()
        self.summary.setText(
            self.heading + "\n• " + "\n• ".join(describe(problem) for problem in problems))
        self.summary.setVisible(bool(problems))
        widget = self.focus.get(problems[0].field) if problems and focus else None
        if widget is not None:
            widget.setFocus()

    def follow(self, changes: Iterable[SignalInstance],
               problems: Callable[[], list[FieldProblem]]) -> None:
        """After each of `changes`, show again only those of `problems()` already shown:
        a problem put right goes at once; a new one waits for the next save rather than
        nag mid-typing."""
        for changed in changes:
            changed.connect(lambda *_values: self._still_shown(problems))

    def _still_shown(self, problems: Callable[[], list[FieldProblem]]) -> None:
        shown = set(self.shown())
        if shown or not self.summary.isHidden():
            self.show([p for p in problems() if p.field in shown], focus=False)

    def shown(self) -> list[str]:
        """The codes of the fields showing a problem, in form order."""
        return [code for code, error in self.beside.items() if not error.isHidden()]

    @property
    def text(self) -> str:
        return self.summary.text() if not self.summary.isHidden() else ""
