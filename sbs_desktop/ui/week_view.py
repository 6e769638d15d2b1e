"""The week view of the Schedule page: one calendar week painted with its sessions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sbs_desktop.core.schedule import WEEKDAYS, Occurrence, ScheduleMode, Term, occurrences
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.schedule_text import hours_text, weekday_name

FIRST_HOUR, LAST_HOUR = 7, 23
MODE_COLOURS = {ScheduleMode.IN_PERSON.value: "#2e7d6b", ScheduleMode.ONLINE.value: "#3f6fb5"}


class WeekView(QWidget):
    """One calendar week of a term: its sessions as blocks, dates off shaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setMinimumSize(560, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self.term: Term | None = None

    def show_week(self, term: Term | None, monday: date) -> None:
        self.term = term
        self.monday = monday
        self.update()

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in WEEKDAYS]

    def sessions(self) -> list[Occurrence]:
        """The sessions drawn this week."""
        if self.term is None:
            return []
        return list(occurrences(self.term, self.monday, self.monday + timedelta(days=6)))

    def dates_off(self) -> list[date]:
        """Days of this week that are off, among the term's days."""
        if self.term is None:
            return []
        return [d for d in self.days() if d in self.term.exceptions]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        left, top = 48.0, 34.0
        width = (self.width() - left - 4) / 7
        hour_height = (self.height() - top - 4) / (LAST_HOUR - FIRST_HOUR)
        painter.fillRect(self.rect(), palette.base())
        grid = QPen(palette.mid().color())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = top + (hour - FIRST_HOUR) * hour_height
            painter.setPen(grid)
            painter.drawLine(int(left), int(y), self.width() - 4, int(y))
            painter.setFont(small)
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y - 8, left - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour:02d}:00")
        in_term = self.term is not None
        for index, day in enumerate(self.days()):
            x = left + index * width
            column = QRectF(x, top, width, self.height() - top - 4)
            outside = not in_term or not self.term.start <= day <= self.term.end
            if outside:
                painter.fillRect(column, palette.alternateBase())
            elif day in self.term.exceptions:
                painter.fillRect(column, QBrush(palette.mid().color(), Qt.BrushStyle.BDiagPattern))
            painter.setPen(grid)
            painter.drawLine(int(x), int(top), int(x), self.height() - 4)
            painter.setPen(palette.text().color())
            bold = QFont(self.font())
            bold.setBold(day == date.today())
            painter.setFont(bold)
            heading = f"{weekday_name(day.weekday(), short=True)} {day.day}"
            painter.drawText(QRectF(x, 0, width, top - 14), Qt.AlignmentFlag.AlignCenter, heading)
            if in_term and day in self.term.exceptions:
                painter.setFont(small)
                painter.drawText(QRectF(x, top - 16, width, 14), Qt.AlignmentFlag.AlignCenter,
                                 self.tr("Day off"))
        painter.setFont(small)
        for session in self.sessions():
            index = session.day.weekday()
            start = session.slot.start.hour + session.slot.start.minute / 60
            end = session.slot.end.hour + session.slot.end.minute / 60
            block = QRectF(left + index * width + 3, top + (start - FIRST_HOUR) * hour_height + 1,
                           width - 6, (end - start) * hour_height - 2)
            colour = QColor(MODE_COLOURS[session.slot.mode.value])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(block, 4, 4)
            painter.setPen(QColor("white"))
            text = f"{hours_text(session.slot)}\n{label(session.slot.mode)}"
            if session.slot.place:
                text += f"\n{session.slot.place}"
            painter.drawText(block.adjusted(4, 2, -4, -2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, text)
        painter.end()
