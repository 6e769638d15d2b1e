"""Telling a person what happened: errors translated, never a traceback, and brief news."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from sbs_desktop.core.errors import FieldProblem, InvalidRecord, SbsError
from sbs_desktop.ui.labels import field_label

log = logging.getLogger(__name__)
Stored = TypeVar("Stored")
# Long enough to read a sentence twice; the status bar is not a place to keep news.
ANNOUNCE_MS = 6000


def _translate_parameter(value: object) -> object:
    if not isinstance(value, str):
        return value
    # Reasons are marked in "Errors"; anything else (paths, numbers) has no
    # translation there and comes back unchanged.
    return QCoreApplication.translate("Errors", value)


def describe(error: BaseException) -> str:
    """The message a person reads for an error, in their language."""
    if isinstance(error, InvalidRecord):
        return "\n".join(describe(problem) for problem in error.problems)
    if isinstance(error, FieldProblem):
        return f"{field_label(error.field)}: {field_reason(error)}"
    if isinstance(error, SbsError):
        template = QCoreApplication.translate("Errors", error.template)
        parameters = {k: _translate_parameter(v) for k, v in error.params.items()}
        return template.format(**parameters)
    # Unexpected: logged by type only, because its text may hold user data.
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong ({kind}). Nothing was changed."
    ).format(kind=type(error).__name__)


def field_reason(problem: FieldProblem) -> str:
    """What is wrong with a field, without the field's name (shown beside the field)."""
    return str(_translate_parameter(problem.reason))


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Errors", "Side-by-Side"), describe(error)
    )


def confirm(parent: QWidget | None, title: str, text: str,
            yes: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes) -> bool:
    """Ask a yes-or-cancel question; Cancel is the default, so Enter changes nothing."""
    answer = QMessageBox.question(parent, title, text,
                                  yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == yes


def saved_or_explained(dialog: QWidget, save: Callable[[], Stored], error_label: QLabel,
                       first_field: QWidget) -> Stored | None:
    """Run a dialog's save; None if refused, with the reason shown.

    Fields the rules refuse are named beside the form, with the first field
    focused; anything else (a full disk, a damaged vault) gets a message box.
    """
    try:
        return save()
    except InvalidRecord as error:
        error_label.setText(describe(error))
        error_label.show()
        first_field.setFocus()
    except SbsError as error:
        show_error(dialog, error, dialog.windowTitle())
    return None


def announce(widget: QWidget, text: str) -> None:
    """A short word that something worked, in the status bar of `widget`'s main window."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, ANNOUNCE_MS)
