"""Locking the program after a period of inactivity, and unlocking it with the passphrase.

Locking hides every window behind a curtain and asks for the passphrase. Nothing
is closed or saved: a half-filled form stays in memory, untouched, and comes back
as it was. It is never written to disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.ui.problem_style import mark_problem

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class InactivityTimer(QObject):
    """Emits `expired` when nobody has used the program for `minutes` (0: never)."""

    expired = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expired)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes
        self._timer.setInterval(max(minutes, 0) * 60_000)
        self.restart()

    def restart(self) -> None:
        if self._minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._timer.stop()


class Curtain(QWidget):
    """An opaque cover over one window while the program is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: palette(window); }")
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Side-by-Side is locked."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        elif watched is self.parent() and event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


class LockDialog(QDialog):
    """Asks for the vault's passphrase; only the right one closes it."""

    def __init__(self, check_passphrase: Callable[[str], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Locked — Side-by-Side"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._check = check_passphrase
        heading = QLabel(self.tr("Side-by-Side locked itself after a period without use."))
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        explanation = QLabel(self.tr(
            "Enter your passphrase to carry on. Anything you were typing is kept as it was."))
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        mark_problem(self.error)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Unlock"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        # Only once the button is inside the dialog does it become the dialog's default.
        self.unlock_button.setDefault(True)

    def _unlock(self) -> None:
        if self._check(self.passphrase.text()):
            self.passphrase.clear()
            self.accept()
            return
        self.error.setText(self.tr("That is not this vault's passphrase."))
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reject(self) -> None:
        # Escape and the close button must not get past the lock.
        self.passphrase.setFocus()

    def closeEvent(self, event) -> None:
        event.ignore()


class Lock(QObject):
    """Covers the program's windows and asks for the passphrase until it is given."""

    unlocked = Signal()

    def __init__(self, main_window: QWidget, check_passphrase: Callable[[str], bool]) -> None:
        super().__init__(main_window)
        self._window = main_window
        self._check = check_passphrase
        self._curtains: list[Curtain] = []
        self.dialog: LockDialog | None = None

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.locked:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.windowType() not in (Qt.WindowType.Popup,
                                                                  Qt.WindowType.ToolTip):
                self._curtains.append(Curtain(window))
        self.dialog = LockDialog(self._check, self._window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()
        self.dialog.passphrase.setFocus()

    def _unlocked(self) -> None:
        for curtain in self._curtains:
            curtain.parentWidget().removeEventFilter(curtain)
            curtain.deleteLater()
        self._curtains.clear()
        self.dialog.deleteLater()
        self.dialog = None
        self.unlocked.emit()

    @property
    def covered_windows(self) -> list[QWidget]:
        return [curtain.parentWidget() for curtain in self._curtains]
