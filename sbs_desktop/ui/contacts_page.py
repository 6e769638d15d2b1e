"""The contacts page: the classmates the supporter knows, kept on this computer only."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.contacts import (
    add_classmate,
    change_classmate,
    list_contacts,
    remove_classmate,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.vocabulary import YEARS_OF_STUDY
from sbs_desktop.ui.labels import year_label
from sbs_desktop.ui.messages import confirm, saved_or_explained, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import mark_problem


class ContactDialog(QDialog):
    """Adds a classmate or changes one; `saved` carries the stored contact."""

    saved = Signal(object)

    def __init__(self, vault: Vault, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        contact = contact or Contact(name="")
        self.vault = vault
        self.contact = contact
        self.setWindowTitle(self.tr("New classmate") if contact.id is None
                            else self.tr("Edit classmate"))
        self.name = QLineEdit(contact.name)
        self.name.setPlaceholderText(self.tr("e.g. Sam K. or S.K."))
        self.year = QComboBox()
        self.year.addItem(self.tr("— not recorded —"), None)
        for year in YEARS_OF_STUDY:
            self.year.addItem(year_label(year), year)
        if contact.year_of_study is not None:
            self.year.setCurrentIndex(YEARS_OF_STUDY.index(contact.year_of_study) + 1)
        self.reach = QLineEdit(contact.reach)
        self.reach.setPlaceholderText(self.tr("Phone, e-mail or where to find them"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        mark_problem(self.error)
        self.error.hide()
        note = QLabel(self.tr("Kept only in your encrypted vault; never exported."))
        note.setObjectName("hint")
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("&Name or initials"), self.name)
        form.addRow(self.tr("&Year of study"), self.year)
        form.addRow(self.tr("How to &reach them"), self.reach)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.name.setFocus()

    def save(self) -> bool:
        contact = Contact(name=self.name.text(), year_of_study=self.year.currentData(),
                          reach=self.reach.text(), id=self.contact.id)
        store = add_classmate if contact.id is None else change_classmate
        stored = saved_or_explained(self, lambda: store(self.vault, contact), self.error,
                                    self.name)
        if stored is None:
            return False
        self.contact = stored
        self.saved.emit(stored)
        self.accept()
        return True


_ROOT = QModelIndex()


class ContactTableModel(QAbstractTableModel):
    """The contacts whose name contains the search text; a few hundred at most."""

    def __init__(self, vault: Vault, parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.search = ""
        self.contacts: list[Contact] = []
        self.headers = [
            QCoreApplication.translate("ContactsPage", "Name or initials"),
            QCoreApplication.translate("ContactsPage", "Year of study"),
            QCoreApplication.translate("ContactsPage", "How to reach them"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.contacts = list_contacts(self.vault, self.search.strip())
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        contact = self.contacts[index.row()]
        return (contact.name, year_label(contact.year_of_study), contact.reach)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ContactsPage(QWidget):
    """List, search, add, edit and delete classmates."""

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("ContactsPage", "Contacts")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.model = ContactTableModel(vault, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Classmates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.resizeSection(1, 120)
        header.setStretchLastSection(True)
        self.count = QLabel()
        self.count.setObjectName("hint")

        self.add_button = QPushButton(self.tr("Add classmate…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self._after_reload()

    def refresh(self) -> None:
        self.model.reload()
        self._after_reload()

    def apply_search(self) -> None:
        self._debounce.stop()
        self.model.search = self.search.text()
        self.refresh()

    def _after_reload(self) -> None:
        total = len(self.model.contacts)
        self.count.setText(self.tr("1 classmate") if total == 1
                           else fill(self.tr("%1 classmates"), str(total)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contacts[rows[0].row()] if rows else None

    def select(self, contact_id: int) -> None:
        for row, contact in enumerate(self.model.contacts):
            if contact.id == contact_id:
                self.table.selectRow(row)
                return

    def add_contact(self) -> ContactDialog:
        dialog = ContactDialog(self.vault, None, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> ContactDialog | None:
        contact = self.selected()
        if contact is None:
            return None
        dialog = ContactDialog(self.vault, contact, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, contact: Contact) -> None:
        self.refresh()
        self.select(contact.id)

    def delete_selected(self) -> bool:
        contact = self.selected()
        if contact is None:
            return False
        if not confirm(self, self.tr("Delete classmate?"),
                       fill(self.tr("Delete %1 from your contacts? Their interactions stay in the "
                               "log, no longer linked to anyone."), contact.name)):
            return False
        try:
            remove_classmate(self.vault, contact.id)
        except SbsError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True
