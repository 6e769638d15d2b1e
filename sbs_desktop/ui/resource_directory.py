"""The resource directory: crisis and referral contacts, as a page and as a quick dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence
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
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.resources import (
    in_language,
    list_resources,
    move_resource,
    remove_resource,
    save_resource,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.resource import Resource, ResourceKind
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.language import interface_language
from sbs_desktop.ui.messages import confirm, saved_or_explained, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import mark_problem, problem_colour

# The one keystroke that opens the directory from anywhere in the program.
SHORTCUT = QKeySequence(Qt.Key.Key_F1)


def shortcut_text() -> str:
    return SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)


class ResourceDialog(QDialog):
    """Adds a resource or changes one."""

    saved = Signal(object)

    def __init__(self, vault: Vault, resource: Resource | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.resource = resource or Resource(name="", kind=ResourceKind.REFERRAL)
        self.setWindowTitle(self.tr("New resource") if self.resource.id is None
                            else self.tr("Edit resource"))
        self.name = QLineEdit(self.resource.name)
        self.kind = QComboBox()
        for kind in ResourceKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(list(ResourceKind).index(self.resource.kind))
        self.phone = QLineEdit(self.resource.phone)
        self.website = QLineEdit(self.resource.website)
        self.hours = QLineEdit(self.resource.hours)
        self.description = QPlainTextEdit(self.resource.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        mark_problem(self.error)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> bool:
        resource = Resource(
            name=self.name.text(), kind=ResourceKind(self.kind.currentData()),
            phone=self.phone.text(), website=self.website.text(), hours=self.hours.text(),
            description=self.description.toPlainText(), position=self.resource.position,
            id=self.resource.id)
        stored = saved_or_explained(self, lambda: save_resource(self.vault, resource),
                                    self.error, self.name)
        if stored is None:
            return False
        self.saved.emit(stored)
        self.accept()
        return True


class _Wrapping(QStyledItemDelegate):
    """Row heights for text wrapped at its column's width (the tree's own hint measures
    text on one line, so a long note would be cut)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        measured = QStyleOptionViewItem(option)
        # A rect with no height is "invalid" to the style, which then measures one line.
        measured.rect = QRect(0, 0, self.parent().columnWidth(index.column()), 1)
        return super().sizeHint(measured, index)


class ResourceList(QTreeWidget):
    """Crisis contacts, then referrals, each under its heading."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(self.COLUMNS)
        self.setHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Hours"),
                              self.tr("Website and notes")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        # A crisis line is read whole in a hurry: notes wrap onto more lines, never "…".
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_Wrapping(self))
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 300)
        header.resizeSection(1, 120)
        header.resizeSection(2, 150)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Row heights follow the wrapped text only when the rows are laid out again.
        header.sectionResized.connect(lambda *_sizes: self.scheduleDelayedItemsLayout())
        self.resources: list[Resource] = []

    def show_resources(self, resources: list[Resource]) -> None:
        chosen = self.selected()
        self.clear()
        self.resources = resources
        bold = QFont(self.font())
        bold.setBold(True)
        for kind, heading in ((ResourceKind.CRISIS, self.tr("Crisis — call now")),
                              (ResourceKind.REFERRAL, self.tr("Referrals"))):
            group = QTreeWidgetItem(self, [heading])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if kind is ResourceKind.CRISIS:
                group.setForeground(0, QBrush(problem_colour()))
            for resource in resources:
                if resource.kind is not kind:
                    continue
                details = " — ".join(t for t in (resource.website, resource.description) if t)
                item = QTreeWidgetItem(group, [resource.name, resource.phone, resource.hours,
                                               details])
                item.setData(0, Qt.ItemDataRole.UserRole, resource.id)
                item.setToolTip(3, details)
                if kind is ResourceKind.CRISIS:
                    item.setFont(0, bold)
                    item.setFont(1, bold)
                if chosen is not None and resource.id == chosen.id:
                    self.setCurrentItem(item)
        self.expandAll()
        # Names and hours run longer in French: fit them rather than cut a crisis line short.
        for column, least in ((0, 300), (2, 150)):
            self.resizeColumnToContents(column)
            self.header().resizeSection(column, max(least, self.header().sectionSize(column)))

    def selected(self) -> Resource | None:
        item = self.currentItem()
        if item is None:
            return None
        resource_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.resources if r.id == resource_id), None)

    def select(self, resource_id: int) -> None:
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            for row in range(group.childCount()):
                if group.child(row).data(0, Qt.ItemDataRole.UserRole) == resource_id:
                    self.setCurrentItem(group.child(row))


class ResourceDirectory(QWidget):
    """The directory with its editing buttons; used by the page and the dialog."""

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self.vault = vault
        self.list = ResourceList()
        self.list.setAccessibleName(self.tr("Crisis and referral contacts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                       self.down_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)
        if editable:
            layout.addLayout(tools)
        self.add_button.clicked.connect(self.add_resource)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        if editable:
            self.list.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.list.currentItemChanged.connect(lambda *_items: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.list.show_resources(in_language(list_resources(self.vault), interface_language()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.selected() is not None
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(chosen)

    def add_resource(self) -> ResourceDialog:
        dialog = ResourceDialog(self.vault, None, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> ResourceDialog | None:
        resource = self.list.selected()
        if resource is None:
            return None
        dialog = ResourceDialog(self.vault, resource, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, resource: Resource) -> None:
        self.refresh()
        self.list.select(resource.id)

    def delete_selected(self) -> bool:
        resource = self.list.selected()
        if resource is None:
            return False
        if not confirm(self, self.tr("Delete resource?"),
                       fill(self.tr("Remove %1 from the resource directory?"), resource.name)):
            return False
        try:
            remove_resource(self.vault, resource.id)
        except SbsError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    def move_selected(self, step: int) -> None:
        resource = self.list.selected()
        if resource is None:
            return
        try:
            move_resource(self.vault, resource.id, step)
        except SbsError as error:
            show_error(self, error)
            return
        self.refresh()
        self.list.select(resource.id)


def _shortcut_hint() -> QLabel:
    hint = QLabel(fill(QCoreApplication.translate(
        "ResourceDirectory", "Press %1 anywhere in Side-by-Side to open this directory."),
        shortcut_text()))
    hint.setObjectName("hint")
    return hint


class ResourcesPage(QWidget):
    """The resource directory as a page of the main window."""

    @staticmethod
    def page_title() -> str:
        return fill(QCoreApplication.translate("ResourcesPage", "Resources  (%1)"), shortcut_text())

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Resource directory"))
        heading.setObjectName("pageHeading")
        self.directory = ResourceDirectory(vault, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(_shortcut_hint())
        layout.addWidget(self.directory, 1)

    def refresh(self) -> None:
        self.directory.refresh()


class ResourceDirectoryDialog(QDialog):
    """The directory over whatever the person is doing; for immediate risk it also asks
    what action was taken."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, ask_action: bool = False,
                 action: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("resourceDirectoryDialog")
        self.setWindowTitle(self.tr("Resource directory — Side-by-Side"))
        self.directory = ResourceDirectory(vault, self, editable=not ask_action)
        layout = QVBoxLayout(self)
        self.action: QPlainTextEdit | None = None
        if ask_action:
            alert = QLabel(self.tr(
                "<b>Immediate risk.</b> If the classmate is in danger now, call a crisis "
                "contact below — stay with them while you do."))
            alert.setObjectName("crisisAlert")
            alert.setWordWrap(True)
            alert.setStyleSheet(
                f"QLabel {{ color: palette(base); background: {problem_colour().name()}; "
                "padding: 10px; "
                "border-radius: 4px; }")
            layout.addWidget(alert)
        else:
            layout.addWidget(_shortcut_hint())
        layout.addWidget(self.directory, 1)
        if ask_action:
            self.action = QPlainTextEdit(action)
            self.action.setTabChangesFocus(True)
            self.action.setFixedHeight(72)
            self.action.setPlaceholderText(self.tr(
                "e.g. called 9-8-8 together; walked them to the emergency department"))
            question = QLabel(self.tr("&What action did you take?"))
            question.setBuddy(self.action)
            layout.addWidget(question)
            layout.addWidget(self.action)
            buttons = QDialogButtonBox()
            done = buttons.addButton(self.tr("Back to the form"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
            done.setAutoDefault(False)
            buttons.accepted.connect(self.accept)
            layout.addWidget(buttons)
            self.action.setFocus()
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
        self.resize(820, 520)

    @property
    def action_text(self) -> str:
        return self.action.toPlainText() if self.action is not None else ""
