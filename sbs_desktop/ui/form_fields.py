"""The fields the record forms share: codes as a list or a choice, dates Tab leaves."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from sbs_desktop.ui.labels import label


class _TypedSections:
    """Typed digits replace the section under the cursor, wherever the cursor is.

    Qt inserts a digit at the cursor: after a click into "12:00" that makes "120:00",
    which it refuses, so the digit is lost and only the arrow keys seem to work.
    Selecting a filled section first makes typing overwrite it, as a person expects.
    """

    def keyPressEvent(self, event) -> None:
        edit = self.lineEdit()
        if event.text().isdigit() and not edit.hasSelectedText():
            section = self.currentSection()
            if len(self.sectionText(section)) >= _section_width(self.displayFormat(), section):
                self.setSelectedSection(section)
        super().keyPressEvent(event)


def _section_width(display_format: str, section) -> int:
    """How many characters a section's value takes when complete in `display_format`."""
    letter = {QDateTimeEdit.Section.YearSection: "y", QDateTimeEdit.Section.MonthSection: "M",
              QDateTimeEdit.Section.DaySection: "d", QDateTimeEdit.Section.HourSection: "H",
              QDateTimeEdit.Section.MinuteSection: "m"}.get(section, "")
    return max(display_format.count(letter), 1) if letter else 1


class DateTimeField(_TypedSections, QDateTimeEdit):
    """A date and time where Tab leaves the field; arrows move between its parts.

    QDateTimeEdit's own Tab walks year, month, day, hour and minute first, five
    keystrokes a person must not need to get past a default.
    """

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class DateField(_TypedSections, QDateEdit):
    """A date, yyyy-MM-dd with a calendar, where Tab leaves the field (see DateTimeField)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class TimeField(_TypedSections, QTimeEdit):
    """A time of day, HH:mm, that takes typed digits (see _TypedSections)."""

    def __init__(self, value: QTime, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setDisplayFormat("HH:mm")


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
        # Each item fills its grid cell, so its box and label sit in the middle of the row
        # rather than against the top, where the list's frame cut into the first box.
        for row in range(self.count()):
            self.item(row).setSizeHint(QSize(widest + 44, row_height))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = (len(codes) + columns - 1) // columns
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)
        self.setMinimumWidth(columns * (widest + 44) + 2 * self.frameWidth() + 6)

    def keyboardSearch(self, search: str) -> None:
        """Each letter on its own moves to the next label starting with it.

        Qt joins letters typed within a moment into one search ("b" then "e" looks for
        "be") and adds Space to it, so how fast a person typed decided which row the
        next Space ticked, and a quick Space could untick the concern just ticked.
        """
        letter = search.strip()[-1:].casefold()
        if not letter or not self.count():
            return
        start = self.currentRow()
        for step in range(1, self.count() + 1):
            row = (start + step) % self.count()
            if self.item(row).text().casefold().startswith(letter):
                self.setCurrentRow(row)
                return

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
