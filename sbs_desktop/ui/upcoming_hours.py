"""The next support sessions, dates off left out: shown on a supporter's home page."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from sbs_desktop.app.schedule import upcoming_hours
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.schedule_text import occurrence_text

SHOWN = 5


class UpcomingHours(QGroupBox):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("upcomingHours")
        self.setTitle(self.tr("Upcoming hours"))
        layout = QVBoxLayout(self)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Upcoming hours"))
        self.sessions.setMaximumHeight(130)
        # A place name is long, and longer in French: wrap it rather than cut it off.
        self.sessions.setWordWrap(True)
        self.empty = QLabel(self.tr(
            "No hours coming up. Set your weekly hours on the Schedule page."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.sessions)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        # Schedules are a supporter's; a coordinator's home page has no hours to show.
        self.setVisible(vault.role is Role.SUPPORTER)
        self.refresh()

    def refresh(self) -> None:
        if self.vault.role is not Role.SUPPORTER or not self.vault.is_open:
            return
        self.sessions.clear()
        shown = upcoming_hours(self.vault, count=SHOWN)
        for occurrence in shown:
            self.sessions.addItem(occurrence_text(occurrence))
        self.sessions.setVisible(bool(shown))
        self.empty.setVisible(not shown)

    def showEvent(self, event) -> None:
        # The home page is shown again after the Schedule page changed the hours.
        self.refresh()
        super().showEvent(event)
