"""Dates and times between Python and Qt: the one place they are converted."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    """To the minute: the forms neither show nor keep seconds."""
    return QDateTime(to_qdate(moment), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """To the minute, like to_qdatetime."""
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
