"""The main window: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from sbs_desktop.app.vaults import Vault
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.lock import InactivityTimer, Lock
from sbs_desktop.ui.messages import confirm
from sbs_desktop.ui.pages import PageFrame, pages_for
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import MAX_AUTO_LOCK_MINUTES, Settings
from sbs_desktop.ui.worker import Task

# Object names the pages give their headings and hints; one look for every page.
STYLE = """
#pageHeading { font-size: 17pt; font-weight: 600; margin-bottom: 2px; }
#sectionHeading { font-size: 11pt; font-weight: 600; margin-top: 4px; }
#hint { color: palette(placeholder-text); }
#navigation { font-size: 11pt; border: none; border-right: 1px solid palette(mid);
              padding-top: 8px; }
#navigation::item { padding: 6px 10px; }
QTreeView::item { padding: 3px 0; }
"""


class MainWindow(QMainWindow):
    def __init__(self, vault: Vault, settings: Settings | None = None) -> None:
        super().__init__()
        self.vault = vault
        self.settings = settings or Settings.load()
        self.setWindowTitle(
            fill(self.tr("Side-by-Side — %1 (%2)"), vault.path.name, label(vault.role))
        )
        self.resize(1240, 780)
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray(self.settings.window_geometry))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setFixedWidth(190)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = []
        for number, factory in enumerate(pages_for(vault.role), start=1):
            page = factory(vault, self)
            self.pages.append(page)
            self.stack.addWidget(PageFrame(page))
            self.navigation.addItem(factory.page_title())
            if number <= 9:
                item = self.navigation.item(number - 1)
                item.setToolTip(fill(self.tr("Ctrl+%1"), str(number)))
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
        self.setStyleSheet(STYLE)
        self._connect_pages()
        self._build_menus()

        self.lock = Lock(self, vault.check_passphrase)
        self.inactivity = InactivityTimer(self.settings.auto_lock_minutes, self)
        self.inactivity.expired.connect(self._inactive)
        self.lock.unlocked.connect(self.inactivity.restart)
        self.navigation.setCurrentRow(0)

    # -- pages ---------------------------------------------------------------------

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def page(self, page_type: type) -> QWidget:
        """The page of the given class (for other pages and tests)."""
        return next(p for p in self.pages if isinstance(p, page_type))

    def has_page(self, page_type: type) -> bool:
        return any(isinstance(p, page_type) for p in self.pages)

    def show_page_of(self, page_type: type) -> QWidget:
        page = self.page(page_type)
        self.show_page(self.pages.index(page))
        return page

    def current_page(self) -> QWidget | None:
        index = self.stack.currentIndex()
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def refresh_current_page(self) -> None:
        refresh = getattr(self.current_page(), "refresh", None)
        if refresh is not None:
            refresh()

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.refresh_current_page()

    def _connect_pages(self) -> None:
        from sbs_desktop.ui.home_page import HomePage
        from sbs_desktop.ui.interactions_page import InteractionsPage

        if self.has_page(HomePage) and self.has_page(InteractionsPage):
            home = self.page(HomePage)
            home.log_requested.connect(self.new_interaction)
            home.all_follow_ups_requested.connect(self._show_follow_ups)

    def _show_follow_ups(self) -> None:
        from sbs_desktop.ui.interactions_page import InteractionsPage

        self.show_page_of(InteractionsPage).show_follow_ups_due()

    # -- menus and shortcuts ---------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        # Also on the window itself, so the shortcut works while the menu is closed.
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        from sbs_desktop.ui.about import show_about, show_licences
        from sbs_desktop.ui.interactions_page import InteractionsPage
        from sbs_desktop.ui.resource_directory import SHORTCUT

        bar = self.menuBar()
        vault_menu = bar.addMenu(self.tr("&Vault"))
        if self.has_page(InteractionsPage):
            self.new_action = self._action(vault_menu, self.tr("&New interaction…"),
                                           self.new_interaction, QKeySequence.StandardKey.New)
            vault_menu.addSeparator()
        self._action(vault_menu, self.tr("&Lock now"), self.lock_now, QKeySequence("Ctrl+L"))
        self._action(vault_menu, self.tr("&Auto-lock after…"), self.choose_auto_lock)
        self._action(vault_menu, self.tr("Lan&guage…"), self.choose_language)
        vault_menu.addSeparator()
        self._action(vault_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = bar.addMenu(self.tr("&Resources"))
        self.resources_action = self._action(help_menu, self.tr("&Resource directory…"),
                                             self.open_resource_directory, SHORTCUT)
        about_menu = bar.addMenu(self.tr("&Help"))
        self._action(about_menu, self.tr("&About Side-by-Side Desktop…"), lambda: show_about(self))
        self._action(about_menu, self.tr("Third-party &licences…"), lambda: show_licences(self))

    def new_interaction(self):
        from sbs_desktop.ui.interactions_page import InteractionsPage

        if not self.has_page(InteractionsPage) or self.lock.locked:
            return None
        return self.page(InteractionsPage).new_interaction()

    def open_resource_directory(self):
        """The resource directory over the active window (F1 from anywhere)."""
        from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog

        if self.lock.locked:
            return None
        existing = self.findChild(ResourceDirectoryDialog, "quickResourceDirectory")
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = ResourceDirectoryDialog(self.vault, self)
        dialog.setObjectName("quickResourceDirectory")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- locking -------------------------------------------------------------------

    def _inactive(self) -> None:
        # Kiosk mode hides this window and guards itself (leaving it takes the
        # passphrase); locking would put the lock dialog in front of respondents.
        if not self.isVisible():
            self.inactivity.restart()
            return
        self.lock_now()

    def lock_now(self) -> None:
        self.inactivity.stop()
        self.lock.lock()

    def choose_auto_lock(self) -> None:
        minutes, chosen = QInputDialog.getInt(
            self, self.tr("Auto-lock"),
            self.tr("Lock Side-by-Side after this many minutes without use (0: never):"),
            self.settings.auto_lock_minutes, 0, MAX_AUTO_LOCK_MINUTES)
        if chosen:
            self.set_auto_lock_minutes(minutes)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.settings.auto_lock_minutes = minutes
        self.settings.save()
        self.inactivity.set_minutes(minutes)

    # -- language ------------------------------------------------------------------

    def choose_language(self) -> None:
        from sbs_desktop.ui.language import LANGUAGE_NAMES

        codes = ["", *LANGUAGE_NAMES]
        names = [self.tr("Same as the system"), *LANGUAGE_NAMES.values()]
        current = codes.index(self.settings.language) if self.settings.language in codes else 0
        name, chosen = QInputDialog.getItem(self, self.tr("Language"),
                                            self.tr("Show Side-by-Side in:"), names, current,
                                            False)
        if chosen:
            self.set_language(codes[names.index(name)])

    def set_language(self, language: str) -> None:
        """Keep the choice ("" follows the system); it applies at the next start."""
        self.settings.language = language
        self.settings.save()
        self.statusBar().showMessage(
            self.tr("The language changes the next time Side-by-Side starts."))

    # -- closing -------------------------------------------------------------------

    def unsaved_forms(self) -> list:
        from sbs_desktop.ui.interaction_form import InteractionForm

        return [form for form in self.findChildren(InteractionForm)
                if form.isVisible() and form.is_dirty]

    def closeEvent(self, event) -> None:
        unsaved = self.unsaved_forms()
        if unsaved and not confirm(self, self.tr("Unsaved interaction"),
                                   self.tr("An interaction you are writing is not saved. "
                                           "Close Side-by-Side and discard it?"),
                                   QMessageBox.StandardButton.Discard):
            event.ignore()
            return
        # Work still running off the UI thread uses the vault: stop it first, and stay
        # open (the person is told) if it does not stop in time.
        if not all(task.stop_and_wait() for task in self.findChildren(Task)):
            event.ignore()
            return
        for form in unsaved:
            form.discard()
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.save()
        self.inactivity.detach()
        self.vault.close()
        super().closeEvent(event)
