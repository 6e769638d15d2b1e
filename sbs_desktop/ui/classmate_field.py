"""The classmate an interaction is about: a name completed from the contacts, or a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from sbs_desktop.app.contacts import list_contacts
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem
from sbs_desktop.core.interaction import InteractionField
from sbs_desktop.ui.contacts_page import ContactDialog


class ClassmateField(QWidget):
    """A name typed with completion; `chosen` carries the contact once it names one.

    Its words keep the InteractionForm context, where they were first translated.
    """

    chosen = Signal(object)
    added = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._contacts: list[Contact] = []
        self._chosen: Contact | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            QCoreApplication.translate("InteractionForm", "Name or initials (optional)"))
        # Wide enough for the whole placeholder in either language: the French was cut
        # to "Nom ou initiales ..." (the clear button and the frame take about 40 px).
        self.name.setMinimumWidth(
            self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 40)
        self.name.setClearButtonEnabled(True)
        self.name.setAccessibleName(QCoreApplication.translate("InteractionForm", "Classmate"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.new_button = QPushButton(
            QCoreApplication.translate("InteractionForm", "New class&mate…"))
        self.new_button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.new_button)
        # Every keystroke, so that what follows from the contact (their year) fills in
        # as soon as the name is theirs.
        self.name.textChanged.connect(lambda _text: self._typed())
        completer.activated.connect(lambda _text: self._typed())
        self.new_button.clicked.connect(self.add_classmate)
        self.reload()

    def reload(self) -> None:
        self._contacts = list_contacts(self.vault)
        self._names.setStringList([c.name for c in self._contacts])

    def show_contact(self, contact_id: int | None) -> None:
        contact = next((c for c in self._contacts if c.id == contact_id), None)
        self.name.setText(contact.name if contact else "")
        self._chosen = contact

    def contact(self) -> Contact | None:
        """The contact the typed name names, if any."""
        wanted = " ".join(self.name.text().split()).casefold()
        if not wanted:
            return None
        if self._chosen is not None and self._chosen.name.casefold() == wanted:
            return self._chosen
        return next((c for c in self._contacts if c.name.casefold() == wanted), None)

    def problem(self) -> FieldProblem | None:
        """A name typed that is nobody's."""
        if not self.name.text().strip() or self.contact() is not None:
            return None
        return FieldProblem(InteractionField.CONTACT_ID, QT_TRANSLATE_NOOP(
            "Errors", "no classmate has this name; pick one from the list or add them "
                      "with New classmate…"))

    def _typed(self) -> None:
        contact = self.contact()
        if contact is not None and contact != self._chosen:
            self._chosen = contact
            self.chosen.emit(contact)

    def add_classmate(self) -> QDialog:
        """Add a contact without leaving the form; it becomes the one named here."""
        dialog = ContactDialog(self.vault, Contact(name=self.name.text().strip()), self.window())
        dialog.saved.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, contact: Contact) -> None:
        self.reload()
        self.name.setText(contact.name)
        self._chosen = None
        self._typed()
        self.added.emit(contact)
