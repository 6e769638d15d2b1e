"""The main window: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from sbs_desktop.store.vault import Vault
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.pages import pages_for


class MainWindow(QMainWindow):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.setWindowTitle(
            self.tr("Side-by-Side — %1 (%2)")
            .replace("%1", vault.path.name)
            .replace("%2", label(vault.role))
        )
        self.resize(1180, 760)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = []
        for number, factory in enumerate(pages_for(vault.role), start=1):
            page = factory(vault, self)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.navigation.addItem(factory.page_title())
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda row=number - 1: self.show_page(row))
        self.navigation.currentRowChanged.connect(self._page_chosen)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(0)

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def page(self, page_type: type) -> QWidget:
        """The page of the given class (for other pages and tests)."""
        return next(p for p in self.pages if isinstance(p, page_type))

    def show_page_of(self, page_type: type) -> QWidget:
        page = self.page(page_type)
        self.show_page(self.pages.index(page))
        return page

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        refresh = getattr(self.pages[row], "refresh", None)
        if refresh is not None:
            refresh()

    def closeEvent(self, event) -> None:
        self.vault.close()
        super().closeEvent(event)
