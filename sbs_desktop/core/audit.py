"""The audit trail's events: what happened to which record, naming fields but never values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    """Every change of state the vault records, as stable codes."""

    INTERACTION_ADDED = "interaction_added"
    INTERACTION_CHANGED = "interaction_changed"
    INTERACTION_DELETED = "interaction_deleted"
    INTERACTION_RESTORED = "interaction_restored"
    CONTACT_ADDED = "contact_added"
    CONTACT_CHANGED = "contact_changed"
    CONTACT_DELETED = "contact_deleted"
    SURVEY_RESPONSE_ADDED = "survey_response_added"
    SURVEY_RESPONSE_CHANGED = "survey_response_changed"
    SURVEY_RESPONSE_DELETED = "survey_response_deleted"
    SURVEY_RESPONSE_RESTORED = "survey_response_restored"
    EXPORT = "export"
    SURVEY_IMPORT = "survey_import"
    MERGE = "merge"
    PASSPHRASE_CHANGED = "passphrase_changed"
    BACKUP = "backup"
    RESTORE = "restore"
    RETENTION_RUN = "retention_run"
    SETTINGS_CHANGED = "settings_changed"


@dataclass(frozen=True)
class AuditEvent:
    """One event. `detail` holds counts, codes and file or folder names only: never
    what a person typed (the callers in app pass nothing else)."""

    occurred_at: datetime  # UTC
    kind: EventKind
    record_id: int | None = None
    fields: tuple[str, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


def changed_fields(before: Any, after: Any, leave_out: Iterable[str] = ("id",)) -> tuple[str, ...]:
    """The names of the dataclass fields whose values differ, in declaration order."""
    skipped = set(leave_out)
    return tuple(f.name for f in fields(after) if f.name not in skipped
                 and getattr(before, f.name) != getattr(after, f.name))
