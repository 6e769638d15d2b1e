"""Locking: the vault closed and the window hidden behind a lock screen until the passphrase.

Locking writes every half-filled form into the vault as a draft, stops running work,
closes the vault (the passphrase and key go with it) and shows the lock screen in
place of the pages. Unlocking opens the vault again and puts each draft back as it was.
Nothing typed is ever held outside the vault while locked.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.drafts import forget_drafts, keep_drafts, waiting_drafts
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.ui.form_drafts import open_form_drafts, put_back_drafts
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.vault_dialogs import error_label

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class LockReason(enum.Enum):
    MANUAL = "manual"  # Ctrl+L or the menu
    IDLE = "idle"  # the auto-lock minutes passed without use
    SESSION = "session"  # the computer's session was locked, or it went to sleep


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


BOX_WIDTH = 480


class LockScreen(QWidget):
    """Shown in the window in place of the pages: why it locked, and the passphrase."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation = QLabel(self.tr(
            "Your vault is closed. Enter your passphrase to open it again; a form you "
            "were writing comes back as it was."))
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self._unlock)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        box = QWidget()
        # A width of its own: centred by alignment, the box took the width of the
        # passphrase row and the wrapped heading and explanation were cut off.
        box.setFixedWidth(BOX_WIDTH)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(explanation)
        inner.addSpacing(12)
        inner.addLayout(row)
        inner.addWidget(self.error)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def show_reason(self, reason: LockReason, idle_minutes: int = 0) -> None:
        if reason is LockReason.IDLE:
            text = self.tr("Side-by-Side locked itself after %n minute(s) without use.", "",
                           idle_minutes)
        elif reason is LockReason.SESSION:
            text = self.tr("Side-by-Side locked because the computer was locked or went "
                           "to sleep.")
        else:
            text = self.tr("You locked Side-by-Side.")
        self.heading.setText(text)
        self.error.hide()
        self.passphrase.clear()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())


class Lock(QObject):
    """Closes the main window's vault behind the lock screen, and opens it again.

    The window provides `path`, `vault`, `release_vault()` (drops its pages and closes the
    vault), `take_vault(vault)` (builds its pages on the vault opened again) and
    `show_lock_screen(on)`.
    """

    locked_changed = Signal(bool)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.path = window.path
        self.reason: LockReason | None = None
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)

    @property
    def locked(self) -> bool:
        return self.reason is not None

    def lock(self, reason: LockReason, idle_minutes: int = 0) -> bool:
        """Keep the open forms as drafts, close the vault and show the lock screen.

        False (and nothing done) when work that uses the vault does not stop.
        """
        from sbs_desktop.ui.worker import Task

        if self.locked:
            return True
        window = self._window
        if not all(task.stop_and_wait() for task in window.findChildren(Task)):
            return False
        drafts = open_form_drafts(window)
        if drafts:
            keep_drafts(window.vault, drafts)
        self.reason = reason
        _close_other_windows(window)
        window.release_vault()
        self.screen.show_reason(reason, idle_minutes)
        window.show_lock_screen(True)
        self.screen.passphrase.setFocus()
        self.locked_changed.emit(True)
        return True

    def unlock(self, passphrase: str) -> bool:
        """Open the vault with `passphrase` and put the drafts back; False if it did not open."""
        try:
            vault = unlock_vault(self.path, passphrase)
        except SbsError as error:
            self.screen.show_problem(describe(error))
            return False
        self.screen.passphrase.clear()
        self.reason = None
        self._window.take_vault(vault)
        self._window.show_lock_screen(False)
        self.locked_changed.emit(False)
        put_back_waiting_drafts(self._window)
        return True


def put_back_waiting_drafts(window: Any) -> list[QWidget]:
    """Open the drafts the vault keeps (from a lock, or a kill while locked) in their forms."""
    drafts = waiting_drafts(window.vault)
    if not drafts:
        return []
    opened = put_back_drafts(window, window.vault, drafts)
    # Back on screen, they are ordinary unsaved forms again (closing asks about them).
    forget_drafts(window.vault)
    return opened


def _close_other_windows(window: QWidget) -> None:
    """Close every dialog and window over the main one: they hold the vault."""
    from sbs_desktop.ui.interaction_form import InteractionForm

    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, InteractionForm):
            widget.discard()  # already kept as a draft; asking would hold the lock up
        elif isinstance(widget, QDialog):
            QDialog.reject(widget)  # its own reject may ask; what it held is kept
        else:
            widget.close()

