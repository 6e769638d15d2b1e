"""Column widths that leave the last column in view: French words run about a fifth longer
than English, and a table sized for English pushed its Notes column off the screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

LAST_COLUMN_ROOM = 120  # pixels: enough of a note to tell one row from the next
NARROWEST = 80  # pixels: a shrunk column still shows a word or two


class ColumnFit(QObject):
    """Gives `table` its natural `widths` when they fit, and otherwise narrows the
    `shrinkable` columns (each in proportion to what it has beyond NARROWEST, its words
    then elided) so that the last column keeps LAST_COLUMN_ROOM. Once the person drags a
    column, their widths stay."""

    def __init__(self, table: QTableView, widths: dict[int, int],
                 shrinkable: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.widths, self.shrinkable = table, dict(widths), shrinkable
        self.chosen_by_person = False
        self._fitting = False
        header = table.horizontalHeader()
        header.sectionResized.connect(self._resized)
        # A narrowed title shows its first words, not a cut middle ("éoccupation principa").
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.viewport().installEventFilter(self)
        self.fit()

    def fitted_widths(self, room: int) -> dict[int, int]:
        """The widths for a view `room` pixels wide."""
        widths = dict(self.widths)
        excess = sum(widths.values()) + LAST_COLUMN_ROOM - room
        spare = {column: max(0, widths[column] - NARROWEST) for column in self.shrinkable}
        flexible = sum(spare.values())
        if excess > 0 and flexible:
            for column, room_to_give in spare.items():
                widths[column] -= min(room_to_give, math.ceil(excess * room_to_give / flexible))
        return widths

    def fit(self) -> None:
        if self.chosen_by_person:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self.fitted_widths(self.table.viewport().width()).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        # The stretched last column resizes with the view; only another column dragged
        # by the person counts as their choice.
        if not self._fitting and column in self.widths:
            self.chosen_by_person = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
