"""The interaction list's Qt model: rows read from the vault a page at a time.

Filtering and sorting happen in SQL. On each change of either, the model asks
the store for the ordered ids of the matching interactions (eight bytes each),
then reads whole rows only as the view scrolls to them (canFetchMore/fetchMore).
Re-reading a page by id costs the same at row 90,000 as at row 0, where an
OFFSET query would walk every row before it, so only the most recently shown
pages are kept in memory and the others are read again when scrolled back to.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sbs_desktop.app.interactions import (
    InteractionFilter,
    InteractionRow,
    SortKey,
    find_interaction_ids,
    interaction_rows,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.vocabulary import Risk
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import problem_colour, quiet_colour

PAGE_SIZE = 200
# Pages of whole rows kept in memory (5,000 rows): enough for any screen and a
# fast scroll back, while a list scrolled through 100,000 rows stays small.
PAGES_KEPT = 25
_ROOT = QModelIndex()
_RISK_COLOURS = {Risk.VERY_CONCERNED.value: "#a35200"}


class Column:
    """The list's columns, in order, with the store's sort key for each (None: unsortable)."""

    WHEN, CLASSMATE, YEAR, FORMAT, INITIATED_BY, PRIMARY_CONCERN, RISK, FOLLOW_UP, \
        DURATION, NOTES = range(10)
    SORT_KEYS: tuple[SortKey | None, ...] = (
        SortKey.OCCURRED_AT, SortKey.CONTACT, SortKey.YEAR_OF_STUDY, SortKey.FORMAT,
        SortKey.INITIATED_BY, SortKey.PRIMARY_CONCERN, SortKey.RISK, SortKey.FOLLOW_UP_DUE,
        SortKey.DURATION, None,
    )

    @staticmethod
    def titles() -> list[str]:
        # Literal contexts and texts (no local helper) so that lupdate collects them.
        translate = QCoreApplication.translate
        return [
            translate("InteractionTableModel", "When"),
            translate("InteractionTableModel", "Classmate"),
            translate("InteractionTableModel", "Year"),
            translate("InteractionTableModel", "Format"),
            translate("InteractionTableModel", "Initiated by"),
            translate("InteractionTableModel", "Primary concern"),
            translate("InteractionTableModel", "Risk"),
            translate("InteractionTableModel", "Follow-up"),
            translate("InteractionTableModel", "Minutes"),
            translate("InteractionTableModel", "Notes"),
        ]


class InteractionTableModel(QAbstractTableModel):
    """The interactions a filter lets through, sorted, loaded lazily in pages."""

    total_changed = Signal(int)

    def __init__(self, vault: Vault, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._today = today
        self._filter = InteractionFilter()
        self._sort = SortKey.OCCURRED_AT
        self._descending = True
        self._ids = array("q")
        self._reached = 0  # rows the view has fetched so far (canFetchMore/fetchMore)
        self._pages: OrderedDict[int, list[InteractionRow]] = OrderedDict()
        self._titles = Column.titles()
        self.reload()

    # -- what is shown -----------------------------------------------------------

    @property
    def filter(self) -> InteractionFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many interactions match, loaded or not."""
        return len(self._ids)

    @property
    def loaded(self) -> int:
        return self._reached

    def set_filter(self, filter_: InteractionFilter) -> None:
        if filter_ != self._filter:
            self._filter = filter_
            self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Query again (after a change in the vault, a filter or a sort)."""
        wanted = max(PAGE_SIZE, self._reached) if keep_loaded else PAGE_SIZE
        ids = find_interaction_ids(self.vault, self._filter, self._sort, self._descending)
        self._show(ids, wanted)

    def _show(self, ids: array, wanted: int) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._reached = min(wanted, len(ids))
        self.endResetModel()
        self.total_changed.emit(len(self._ids))

    def row(self, row: int) -> InteractionRow:
        found = self._row_or_none(row)
        if found is None:
            raise IndexError(row)
        return found

    def _row_or_none(self, row: int) -> InteractionRow | None:
        if not 0 <= row < self._reached:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE_SIZE
            page = interaction_rows(self.vault, self._ids[start:start + PAGE_SIZE])
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        # A page read after some of its rows were deleted is shorter than its ids.
        return page[offset] if offset < len(page) else None

    def row_of(self, interaction_id: int) -> int | None:
        """The row showing an interaction, loading pages up to it; None if filtered out."""
        try:
            position = self._ids.index(interaction_id)
        except ValueError:
            return None
        while position >= self._reached and self.canFetchMore(_ROOT):
            self.fetchMore(_ROOT)
        return position if position < self._reached else None

    # -- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._reached

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._reached < len(self._ids)

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid():
            return
        start = self._reached
        count = min(PAGE_SIZE, len(self._ids) - start)
        if count <= 0:
            return
        self.beginInsertRows(_ROOT, start, start + count - 1)
        self._reached += count
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = Column.SORT_KEYS[column] if 0 <= column < len(Column.SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and descending != self._descending:
            # Ties are broken by id in the same direction, so the other direction
            # is exactly the reverse: no query needed.
            self._descending = descending
            reversed_ids = array("q", self._ids)
            reversed_ids.reverse()
            self._show(reversed_ids, PAGE_SIZE)
        elif key != self._sort:
            self._sort, self._descending = key, descending
            self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        row = self._row_or_none(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTES:
            return row.interaction.notes or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DURATION,
                                                                   Column.YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.RISK:
                risk = row.interaction.risk
                colour = problem_colour() if risk is Risk.IMMEDIATE else _RISK_COLOURS.get(
                    risk.value)
                return QBrush(QColor(colour)) if colour else None
            if column == Column.FOLLOW_UP and self._overdue(row):
                return QBrush(problem_colour())
            if column == Column.CLASSMATE and not row.contact_name:
                return QBrush(quiet_colour())
        if role == Qt.ItemDataRole.FontRole and column == Column.RISK and (
                row.interaction.risk is Risk.IMMEDIATE):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.interaction.id
        return None

    def _overdue(self, row: InteractionRow) -> bool:
        i = row.interaction
        return (i.follow_up_due is not None and not i.follow_up_done
                and i.follow_up_due <= (self._today or date.today()))

    def _text(self, row: InteractionRow, column: int) -> str:
        i = row.interaction
        if column == Column.WHEN:
            return i.occurred_at.strftime("%Y-%m-%d  %H:%M")
        if column == Column.CLASSMATE:
            # Said rather than left blank, which would look like a name failing to load.
            return row.contact_name or self.tr("(no classmate linked)")
        if column == Column.YEAR:
            return str(i.year_of_study) if i.year_of_study else ""
        if column == Column.FORMAT:
            return label(i.format)
        if column == Column.INITIATED_BY:
            return label(i.initiated_by)
        if column == Column.PRIMARY_CONCERN:
            return label(i.primary_concern)
        if column == Column.RISK:
            return label(i.risk)
        if column == Column.FOLLOW_UP:
            if i.follow_up_due is None:
                return ""
            due = i.follow_up_due.isoformat()
            return fill(self.tr("%1 (done)"), due) if i.follow_up_done else due
        if column == Column.DURATION:
            return str(i.duration_minutes)
        if column == Column.NOTES:
            return i.notes.split("\n", 1)[0]
        return ""
