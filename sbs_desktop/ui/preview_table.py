"""The export preview's table: every column within the dialog's width, nothing scrolled sideways.

A bundle's codes have no spaces ("routine_check_in", "exams;burnout_stress"), so Qt
would never wrap them: they are drawn with a break allowed after each "_" and ";"
while the cells keep the text exactly as written. Pseudonyms ("I-" and 16 hex
digits) are elided in the middle when room is short; their tooltip holds them whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

# A pseudonym of the bundle format: a capital, "-", then hex digits.
_PSEUDONYM = re.compile(r"[A-Z]-[0-9a-f]{8,}")
# The pieces a code may be broken into: each ends after its "_" or ";".
_PIECE = re.compile(r"[^_;]*[_;]|[^_;]+")
_ZERO_WIDTH_SPACE = "\u200b"
# What an elided pseudonym keeps: enough to tell rows apart at a glance.
_KEPT_HEAD, _KEPT_TAIL = 6, 4


def pieces(text: str) -> list[str]:
    """`text` cut after each "_" and ";", where a code may break across lines."""
    return _PIECE.findall(text) or [""]


def breakable(text: str) -> str:
    """`text` as drawn: a zero-width space after each "_" and ";" lets Qt wrap there."""
    return _ZERO_WIDTH_SPACE.join(pieces(text))


def wrapped_lines(text: str, width: int, metrics: QFontMetrics) -> str:
    """`text` with a line break wherever the next piece would pass `width` pixels."""
    lines = [""]
    for piece in pieces(text):
        if lines[-1] and metrics.horizontalAdvance(lines[-1] + piece) > width:
            lines.append(piece)
        else:
            lines[-1] += piece
    return "\n".join(lines)


def shared_widths(natural: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Column widths within `room`: each as wide as its content where all fit, otherwise
    each gives up a share of what it could lose (down to `least`) to make up the
    difference. When even the least widths do not fit, the least widths."""
    excess = sum(natural) - room
    if excess <= 0:
        return list(natural)
    slack = [n - m for n, m in zip(natural, least, strict=True)]
    if sum(slack) <= excess:
        return list(least)
    widths = [n - s * excess // sum(slack) for n, s in zip(natural, slack, strict=True)]
    # Rounding down took a few pixels too few: take them from the roomiest columns.
    over = sum(widths) - room
    for column in sorted(range(len(widths)), key=lambda c: widths[c] - least[c], reverse=True):
        if over <= 0:
            break
        taken = min(over, widths[column] - least[column])
        widths[column] -= taken
        over -= taken
    return widths


class _BreakableDelegate(QStyledItemDelegate):
    """Draws and measures a cell's code with break points, its text left as written."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if len(pieces(option.text)) > 1:
            option.text = breakable(option.text)
        else:
            # Qt would break "2025-W07" after its hyphen: a piece stays on one line,
            # elided (a pseudonym) when its column is narrower.
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class PreviewTable(QTableWidget):
    """The first rows of one bundle file, exactly as written, fitted to the width given."""

    def __init__(self, columns: Sequence[str], rows: Sequence[Sequence[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(len(rows), len(columns), parent)
        self.columns = list(columns)
        self._fitted_to = -1
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setItemDelegate(_BreakableDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column, name in enumerate(self.columns):
            header = QTableWidgetItem(name)
            header.setToolTip(name)
            self.setHorizontalHeaderItem(column, header)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if _PSEUDONYM.fullmatch(text):
                    item.setToolTip(text)
                self.setItem(row, column, item)
        self.fit(self.viewport().width())

    def _cell_texts(self, column: int) -> list[str]:
        return [self.item(row, column).text() for row in range(self.rowCount())]

    def _least_width(self, column: int, metrics: QFontMetrics) -> int:
        """The narrowest a cell's text can go: its widest piece, or a pseudonym elided."""
        widths = [0]
        for text in self._cell_texts(column):
            if _PSEUDONYM.fullmatch(text):
                widths.append(metrics.horizontalAdvance(
                    f"{text[:_KEPT_HEAD]}…{text[-_KEPT_TAIL:]}"))
            else:
                widths.extend(metrics.horizontalAdvance(piece) for piece in pieces(text))
        return max(widths)

    def fit(self, room: int) -> None:
        """Share `room` pixels among the columns, wrap the headers and size the rows."""
        self._fitted_to = room
        header = self.horizontalHeader()
        cells, heads = self.fontMetrics(), header.fontMetrics()
        # What an item view adds to a cell's text: a margin either side, the grid, and a
        # pixel or two that text laid out at fractional widths may need.
        cell_pad = 2 * (self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 1 + 2
        natural, least, head_pads = [], [], []
        for column, name in enumerate(self.columns):
            self.horizontalHeaderItem(column).setText(name)
            head_pad = header.sectionSizeHint(column) - heads.horizontalAdvance(name)
            texts = self._cell_texts(column)
            longest = max((cells.horizontalAdvance(text) for text in texts), default=0)
            natural.append(max(header.sectionSizeHint(column), longest + cell_pad))
            least.append(max(max(heads.horizontalAdvance(p) for p in pieces(name)) + head_pad,
                             self._least_width(column, cells) + cell_pad))
            head_pads.append(head_pad)
        widths = shared_widths(natural, least, room)
        for column, (name, width) in enumerate(zip(self.columns, widths, strict=True)):
            header.resizeSection(column, width)
            self.horizontalHeaderItem(column).setText(
                wrapped_lines(name, width - head_pads[column], heads))
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        sideways = sum(widths) > room
        # As tall as the rows shown, so nothing scrolls vertically and no empty grid
        # suggests missing rows.
        self.setFixedHeight(header.sizeHint().height() + rows + 2 * self.frameWidth()
                            + (self.horizontalScrollBar().sizeHint().height() if sideways
                               else 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.width() - 2 * self.frameWidth()
        if room != self._fitted_to:
            self.fit(room)
