"""Retention: clearing the notes, action taken and contact details of old interactions.

A vault's setting (off by default; 6, 12 or 24 months in the UI) is applied each time
the vault is opened, and a run can be asked for at any time after a preview. The
statistics fields (dates, format, concerns, risk, referrals, durations) stay, and so
does each interaction's link to its contact, so exports and reports count the same.
"""

from __future__ import annotations

from datetime import date

from sbs_desktop.app.audit import record_event
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import InvalidRetention
from sbs_desktop.core.retention import MAX_RETENTION_MONTHS, RetentionPreview, months_before
from sbs_desktop.core.retention import RETENTION_CHOICES as RETENTION_CHOICES
from sbs_desktop.store import retention as retention_store
from sbs_desktop.store.vault import Vault

RETENTION_KEY = "retention_months"


def _checked(months: int) -> int:
    if not 1 <= months <= MAX_RETENTION_MONTHS:
        raise InvalidRetention(months=months, most=MAX_RETENTION_MONTHS)
    return months


def retention_months(vault: Vault) -> int:
    """The vault's setting in months; 0 when retention is off."""
    return int(vault.meta(RETENTION_KEY) or 0)


def set_retention_months(vault: Vault, months: int) -> None:
    """Change the setting (0 turns it off); it applies from the next opening."""
    if months:
        _checked(months)
    if months == retention_months(vault):
        return
    with vault.transaction():
        vault.set_meta(RETENTION_KEY, months)
        record_event(vault, EventKind.SETTINGS_CHANGED, fields=(RETENTION_KEY,))


def preview_retention(vault: Vault, months: int, today: date | None = None) -> RetentionPreview:
    """Exactly what `apply_retention` would clear now; nothing is changed."""
    cutoff = months_before(today or date.today(), _checked(months))
    return RetentionPreview(months, cutoff, *retention_store.count_clearable(vault, cutoff))


def apply_retention(vault: Vault, months: int, today: date | None = None,
                    on_open: bool = False) -> RetentionPreview:
    """Clear the fields the preview counts, record the run, and compact the file so
    that the cleared text is gone from it. Returns what was cleared."""
    cutoff = months_before(today or date.today(), _checked(months))
    with vault.transaction():
        counts = retention_store.clear_before(vault, cutoff)
        cleared = RetentionPreview(months, cutoff, *counts)
        if cleared.clears_anything or not on_open:
            record_event(vault, EventKind.RETENTION_RUN, detail={
                "months": months, "interactions": cleared.interactions,
                "contacts": cleared.contacts, "fields": cleared.fields,
                "on_open": on_open})
    if cleared.clears_anything:
        retention_store.compact(vault)
    return cleared


def apply_retention_setting(vault: Vault, today: date | None = None) -> RetentionPreview | None:
    """On opening: apply the vault's setting, if it has one. None when it is off."""
    months = retention_months(vault)
    if not months:
        return None
    return apply_retention(vault, months, today, on_open=True)
