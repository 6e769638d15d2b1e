"""The main window: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QChildEvent, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
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
from sbs_desktop.ui.lock import InactivityTimer, Lock, LockReason, put_back_waiting_drafts
from sbs_desktop.ui.messages import confirm
from sbs_desktop.ui.pages import PageFrame, pages_for
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import follow_palette
from sbs_desktop.ui.session_watch import SessionWatch
from sbs_desktop.ui.settings import MAX_AUTO_LOCK_MINUTES, Settings
from sbs_desktop.ui.worker import Task

# Object names the pages give their headings and hints; one look for every page.
# What a window manager typically adds around a window: borders, and a title bar.
FRAME_ALLOWANCE = QSize(16, 40)

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
    """The pages of one vault; locking closes the vault and shows the lock screen instead.

    `vault` is None while locked: the pages are rebuilt on the vault opened again.
    """

    def __init__(self, vault: Vault, settings: Settings | None = None,
                 session_buses: tuple | None = None) -> None:
        super().__init__()
        self.vault: Vault | None = None
        self.path = vault.path
        self.role = vault.role
        self.settings = settings or Settings.load()
        self.setWindowTitle(
            fill(self.tr("Side-by-Side — %1 (%2)"), vault.path.name, label(vault.role))
        )
        self._size_to_screen()
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
        self._row = 0
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.show_page(row))
        self.navigation.currentRowChanged.connect(self._page_chosen)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.lock = Lock(self)
        self.screens = QStackedWidget()
        self.screens.addWidget(content)
        self.screens.addWidget(self.lock.screen)
        self.setCentralWidget(self.screens)
        self.setStyleSheet(STYLE)
        follow_palette(self)
        self._needs_vault: list[QAction] = []
        self._build_menus()

        self.inactivity = InactivityTimer(self.settings.auto_lock_minutes, self)
        self.inactivity.expired.connect(self._inactive)
        self.session_watch = SessionWatch(self, session_buses)
        self.session_watch.session_locked.connect(self._session_locked)
        self._drafts_offered = False
        self.take_vault(vault)
        self.settings.remember_vault(vault.path)
        self.settings.save()

    # -- the vault, closed by the lock and opened again ---------------------------------

    def take_vault(self, vault: Vault) -> None:
        """Build the pages on `vault` (at start, and each time it is unlocked)."""
        self.vault = vault
        for number, factory in enumerate(pages_for(vault.role), start=1):
            page = factory(vault, self)
            self.pages.append(page)
            self.stack.addWidget(PageFrame(page))
            self.navigation.addItem(factory.page_title())
            if number <= 9:
                self.navigation.item(number - 1).setToolTip(
                    fill(self.tr("Ctrl+%1"), str(number)))
        self._connect_pages()
        for action in self._needs_vault:
            action.setEnabled(True)
        self.navigation.setCurrentRow(min(self._row, len(self.pages) - 1))
        self.inactivity.restart()
        self.backup_status.refresh(vault)

    def release_vault(self) -> None:
        """Drop the pages (they hold the vault) and close the vault: the lock's part."""
        self._row = max(self.navigation.currentRow(), 0)
        self.inactivity.stop()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        while self.stack.count():
            frame = self.stack.widget(0)
            self.stack.removeWidget(frame)
            frame.deleteLater()
        self.pages.clear()
        for action in self._needs_vault:
            action.setEnabled(False)
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()

    def show_lock_screen(self, on: bool) -> None:
        self.screens.setCurrentIndex(1 if on else 0)
        self.backup_status.setVisible(not on)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._drafts_offered:
            # Forms kept when the program was killed while locked come back once the
            # window is on screen, over it.
            self._drafts_offered = True
            QTimer.singleShot(0, self._put_back_kept_drafts)

    def _put_back_kept_drafts(self) -> None:
        if self.vault is not None and put_back_waiting_drafts(self):
            self.statusBar().showMessage(self.tr(
                "What you were writing when Side-by-Side locked is back in its form."), 10_000)

    def childEvent(self, event: QChildEvent) -> None:
        # A dialog of this window (the interaction form above all) is modal, and a modal
        # dialog blocks this window's shortcuts: a supporter called away mid-sentence
        # presses Ctrl+L where they are typing, so the dialog carries the lock too.
        if (event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QDialog)
                and hasattr(self, "lock_action")):
            event.child().addAction(self.lock_action)
        super().childEvent(event)

    def _size_to_screen(self) -> None:
        """1240 x 780 where that fits; on a laptop's 1366 x 768, the free area of the screen.

        The window manager adds a title bar and borders, and a task bar takes its share, so
        the default must leave them room or the status bar (where the backup warning shows)
        falls off the bottom of the screen.
        """
        width, height = 1240, 780
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, free.width() - FRAME_ALLOWANCE.width())
            height = min(height, free.height() - FRAME_ALLOWANCE.height())
        self.resize(width, height)

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
        from sbs_desktop.ui.backups_dialog import BackupStatus, show_backups
        from sbs_desktop.ui.interactions_page import InteractionsPage
        from sbs_desktop.ui.passphrase_dialog import change_passphrase
        from sbs_desktop.ui.resource_directory import SHORTCUT
        from sbs_desktop.ui.retention_dialog import show_retention
        from sbs_desktop.ui.retire_dialog import retire
        from sbs_desktop.ui.vault_switch import new_vault, open_vault, recent_vaults_menu

        bar = self.menuBar()
        vault_menu = bar.addMenu(self.tr("&Vault"))
        keep = self._needs_vault.append
        if InteractionsPage in pages_for(self.role):
            self.new_action = self._action(vault_menu, self.tr("&New interaction…"),
                                           self.new_interaction, QKeySequence.StandardKey.New)
            keep(self.new_action)
            vault_menu.addSeparator()
        self._action(vault_menu, self.tr("New &vault…"), lambda: new_vault(self))
        self._action(vault_menu, self.tr("&Open vault…"), lambda: open_vault(self),
                     QKeySequence.StandardKey.Open)
        self.recent_menu = recent_vaults_menu(self, vault_menu)
        vault_menu.addSeparator()
        keep(self._action(vault_menu, self.tr("Change &passphrase…"),
                          lambda: change_passphrase(self)))
        keep(self._action(vault_menu, self.tr("&Backups…"), lambda: show_backups(self)))
        if InteractionsPage in pages_for(self.role):  # records a supporter keeps
            keep(self._action(vault_menu, self.tr("&Keep records…"),
                              lambda: show_retention(self)))
            keep(self._action(vault_menu, self.tr("Re&tire this vault…"), lambda: retire(self)))
        vault_menu.addSeparator()
        self.lock_action = self._action(vault_menu, self.tr("&Lock now"),
                                        lambda: self.lock_now(), QKeySequence("Ctrl+L"))
        keep(self.lock_action)
        self._action(vault_menu, self.tr("&Auto-lock after…"), self.choose_auto_lock)
        self._action(vault_menu, self.tr("Lan&guage…"), self.choose_language)
        vault_menu.addSeparator()
        self._action(vault_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = bar.addMenu(self.tr("&Resources"))
        self.resources_action = self._action(help_menu, self.tr("&Resource directory…"),
                                             self.open_resource_directory, SHORTCUT)
        keep(self.resources_action)
        about_menu = bar.addMenu(self.tr("&Help"))
        self._action(about_menu, self.tr("&About Side-by-Side Desktop…"), lambda: show_about(self))
        self._action(about_menu, self.tr("Third-party &licences…"), lambda: show_licences(self))
        self.backup_status = BackupStatus(self)
        self.statusBar().addPermanentWidget(self.backup_status)

    def new_interaction(self):
        from sbs_desktop.ui.interactions_page import InteractionsPage

        if not self.has_page(InteractionsPage) or self.vault is None:
            return None
        return self.page(InteractionsPage).new_interaction()

    def open_resource_directory(self):
        """The resource directory over the active window (F1 from anywhere)."""
        from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog

        if self.vault is None:
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
        self.lock_now(LockReason.IDLE)

    def _session_locked(self) -> None:
        self.lock_now(LockReason.SESSION)

    def lock_now(self, reason: LockReason = LockReason.MANUAL) -> bool:
        """Keep the open forms as drafts, close the vault, show the lock screen."""
        # Kiosk mode hides this window and guards itself (leaving it takes the
        # passphrase); locking would put the lock screen in front of respondents.
        if not self.isVisible() or self.lock.locked:
            self.inactivity.restart()
            return self.lock.locked
        self.inactivity.stop()
        if not self.lock.lock(reason, self.settings.auto_lock_minutes):
            self.inactivity.restart()
            return False
        # A message about the vault ("… is back in its form") has no place over a lock.
        self.statusBar().clearMessage()
        return True

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
        if self.vault is None:
            # Locked: the vault is closed and what was being written is in it as drafts.
            self._closed(event)
            return
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
        # The day's backup, made on close; the window closes once it is done or failed.
        if self.backup_status.back_up_before_closing(self.vault, self.close):
            event.ignore()
            return
        vault, self.vault = self.vault, None
        vault.close()
        self._closed(event)

    def _closed(self, event) -> None:
        # Read again first: a window opened on another vault meanwhile has put itself
        # first among the recent vaults, which this window's copy does not know.
        self.settings = Settings.load()
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.save()
        self.inactivity.detach()
        self.session_watch.detach()
        super().closeEvent(event)
