"""Retention: which interactions are old enough to lose their notes and contact details."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

# The choices a program would use; 0 is "keep everything" (the default).
RETENTION_CHOICES = (0, 6, 12, 24)
MAX_RETENTION_MONTHS = 600


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, or that month's last day when it is shorter."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RetentionPreview:
    """Exactly what a retention run clears: interactions that lose their notes or action
    taken, contacts that lose their name and how to reach them, and the non-empty field
    values that go with them. The statistics fields are never touched."""

    months: int
    cutoff: date  # interactions on an earlier day are cleared
    interactions: int
    contacts: int
    fields: int

    @property
    def clears_anything(self) -> bool:
        return self.fields > 0
