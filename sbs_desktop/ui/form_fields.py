"""The fields the record forms share: codes as a list or a choice, dates Tab leaves."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from sbs_desktop.ui.labels import label


class DateTimeField(QDateTimeEdit):
    """A date and time where Tab leaves the field; arrows move between its parts.

    QDateTimeEdit's own Tab walks year, month, day, hour and minute first, five
    keystrokes a person must not need to get past a default.
    """

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class DateField(QDateEdit):
    """A date where Tab leaves the field (see DateTimeField)."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class CheckList(QListWidget):
    """Codes as check boxes: arrows move, Space ticks, typing jumps to a label."""

    changed = Signal()

    def __init__(self, codes: list, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Qt hands back an enum stored in an item as a plain str, so items hold
        # their position in `codes` instead.
        self.codes = list(codes)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        for code in codes:
            item = QListWidgetItem(label(code))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        # Laid out in columns, top to bottom, so that every choice shows at once.
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        widest = max(self.fontMetrics().horizontalAdvance(label(code)) for code in codes)
        row_height = self.fontMetrics().height() + 8
        self.setGridSize(QSize(widest + 44, row_height))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = (len(codes) + columns - 1) // columns
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)
        self.setMinimumWidth(columns * (widest + 44) + 2 * self.frameWidth() + 6)

    def checked(self) -> list:
        return [code for row, code in enumerate(self.codes)
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, codes) -> None:
        for row, code in enumerate(self.codes):
            self.item(row).setCheckState(
                Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)

    def check(self, code, on: bool = True) -> None:
        row = self.codes.index(code)
        self.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class CodeCombo(QComboBox):
    """A choice of codes shown by their labels, with an optional blank first entry."""

    def __init__(self, codes, blank: str = "", parent: QWidget | None = None,
                 text=label) -> None:
        super().__init__(parent)
        self.codes = ([None] if blank else []) + list(codes)
        for code in self.codes:
            self.addItem(blank if code is None else text(code))

    def code(self):
        index = self.currentIndex()
        return self.codes[index] if 0 <= index < len(self.codes) else None

    def select(self, code) -> None:
        for index, candidate in enumerate(self.codes):
            if candidate is code or (candidate is not None and candidate == code
                                     and type(candidate) is type(code)):
                self.setCurrentIndex(index)
                return
