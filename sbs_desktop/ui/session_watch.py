"""Telling when the computer's session locks or the computer goes to sleep, where it says so.

Linux: logind's PrepareForSleep and Session.Lock on the system bus, and the screen
saver's ActiveChanged on the session bus, through QtDBus (part of PySide6-Essentials).
Windows: WTSRegisterSessionNotification, then WM_WTSSESSION_CHANGE (session lock) and
WM_POWERBROADCAST (suspend) through a native event filter, with ctypes. macOS: its
workspace notifications need Objective-C, which the program does without; there the
idle timer and Ctrl+L lock it (docs/design.md says so).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
# The freedesktop name and GNOME's own; KDE serves the first at both paths.
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class SessionWatch(QObject):
    """Emits `session_locked` when the session locks or the computer is about to sleep.

    `buses` are (system, session) QDBusConnections, for tests; by default the real ones.
    `watching` names what is watched, for the log and the tests.
    """

    session_locked = Signal()

    def __init__(self, window: QWidget, buses: tuple | None = None) -> None:
        super().__init__(window)
        self.watching: list[str] = []
        self._filter: _WindowsSessionFilter | None = None
        if sys.platform.startswith("win"):
            self._watch_windows(window)
        elif buses is not None or sys.platform.startswith("linux"):
            self._watch_dbus(buses)

    # -- Linux: D-Bus -------------------------------------------------------------------

    def _watch_dbus(self, buses: tuple | None) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus
            return
        system, session = buses or (QDBusConnection.systemBus(), QDBusConnection.sessionBus())
        if system.isConnected():
            if system.connect("", LOGIND_PATH, f"{LOGIND}.Manager", "PrepareForSleep",
                              self, SLOT("_sleeping(bool)")):
                self.watching.append("logind PrepareForSleep")
            # Our own session's Lock (loginctl lock-session, some lock screens): any
            # session path, since asking logind for ours may block at start-up.
            if system.connect("", "", f"{LOGIND}.Session", "Lock", self, SLOT("_lock()")):
                self.watching.append("logind Lock")
        if session.isConnected():
            for interface, path in SCREEN_SAVERS:
                if session.connect("", path, interface, "ActiveChanged", self,
                                   SLOT("_screen_saver(bool)")):
                    self.watching.append(f"{interface} ActiveChanged at {path}")
        log.debug("session watch: %s", ", ".join(self.watching) or "nothing")

    @Slot(bool)
    def _sleeping(self, starting: bool) -> None:
        if starting:
            self.session_locked.emit()

    @Slot()
    def _lock(self) -> None:
        self.session_locked.emit()

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    # -- Windows: session notifications ---------------------------------------------

    def _watch_windows(self, window: QWidget) -> None:
        import ctypes

        try:
            registered = ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
                int(window.winId()), NOTIFY_FOR_THIS_SESSION)
        except (AttributeError, OSError):
            registered = False
        self._filter = _WindowsSessionFilter(self.session_locked.emit)
        QCoreApplication.instance().installNativeEventFilter(self._filter)
        self.watching.append("WM_POWERBROADCAST")
        if registered:
            self.watching.append("WM_WTSSESSION_CHANGE")

    def detach(self) -> None:
        if self._filter is not None:
            QCoreApplication.instance().removeNativeEventFilter(self._filter)
            self._filter = None


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, locked) -> None:
        super().__init__()
        self._locked = locked

    def nativeEventFilter(self, event_type, message) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if ((msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK)
                    or (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND)):
                self._locked()
        return False, 0

