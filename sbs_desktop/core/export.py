"""What an export reads from the vault, and what the vault remembers of each export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple


class ExportableInteraction(NamedTuple):
    """The facts of one interaction that an export may use, and nothing else.

    No notes, action taken, contact name or contact details, and the date without its
    time: what is not read cannot leak. Codes are as stored (concerns and referrals
    space-separated). A NamedTuple because 100,000 of them are made per export.
    """

    id: int
    occurred_on: str           # 'YYYY-MM-DD'
    duration_minutes: int
    format: str
    initiated_by: str
    outreach_reason: str | None
    primary_concern: str
    concerns: str
    risk: str
    referrals: str
    follow_up_due: str | None
    follow_up_done: int
    contact_id: int | None
    year_of_study: int | None


@dataclass(frozen=True)
class ExportRecord:
    """One export as the supporter's history shows it: when, what and where."""

    sequence: int
    export_id: str
    exported_at: datetime       # UTC
    granularity: str            # "week" or "month"
    form: str                   # "folder", "zip" or "zip.age"
    destination: str
    recipient: str | None       # the coordinator public key it was encrypted to
    period: tuple[str, str] | None
    interaction_rows: int
    schedule_rows: int
    survey_rows: int
