"""How weekly slots and sessions read to a person, in their language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from sbs_desktop.core.schedule import Occurrence, ScheduleSlot
from sbs_desktop.ui.dates import to_qdate
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.placeholders import fill


def weekday_name(weekday: int, short: bool = False) -> str:
    """Monday = 0, as the core counts; Qt counts Monday = 1."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def day_text(day: date) -> str:
    return QLocale().toString(to_qdate(day), "ddd d MMM yyyy")


def hours_text(slot: ScheduleSlot) -> str:
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


def where_text(slot: ScheduleSlot) -> str:
    """"In person · Room 101" or "Online"."""
    if slot.place:
        return f"{label(slot.mode)} · {slot.place}"
    return label(slot.mode)


def slot_text(slot: ScheduleSlot) -> str:
    return fill(QCoreApplication.translate("Schedule", "%1, %2 · %3"),
                weekday_name(slot.weekday), hours_text(slot), where_text(slot))


def occurrence_text(occurrence: Occurrence) -> str:
    return fill(QCoreApplication.translate("Schedule", "%1, %2 · %3"),
                day_text(occurrence.day), hours_text(occurrence.slot), where_text(occurrence.slot))
