"""The home page: what needs attention today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sbs_desktop.store.vault import Vault
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.upcoming_hours import UpcomingHours


class HomePage(QWidget):
    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("HomePage", "Home")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        layout.addWidget(UpcomingHours(vault, self))
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.heading.setText(self.tr("Welcome, %1").replace("%1", label(self.vault.role)))
