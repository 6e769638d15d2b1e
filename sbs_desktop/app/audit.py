"""The audit trail: every use case that changes the vault records what it did here.

An event names the record and the fields changed, never their values; its detail
holds counts, codes and file or folder names only. Callers record inside the same
transaction as the change, so the trail and the data never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sbs_desktop.core.audit import AuditEvent, EventKind
from sbs_desktop.core.audit import changed_fields as changed_fields
from sbs_desktop.store import audit as audit_store
from sbs_desktop.store.audit import AuditFilter as AuditFilter
from sbs_desktop.store.vault import Vault


def record_event(vault: Vault, kind: EventKind, record_id: int | None = None,
                 fields: Iterable[str] = (), detail: dict[str, Any] | None = None,
                 now: datetime | None = None) -> None:
    """Append one event (in the caller's transaction when there is one)."""
    audit_store.add_event(vault, AuditEvent(
        occurred_at=now or datetime.now(UTC).replace(microsecond=0), kind=kind,
        record_id=record_id, fields=tuple(str(f) for f in fields), detail=dict(detail or {})))


def record_change(vault: Vault, kind: EventKind, before: Any, after: Any) -> None:
    """Record a changed record (a dataclass with an `id`) with the names of the fields
    that differ; nothing when `before` was not found."""
    if before is not None:
        record_event(vault, kind, after.id, changed_fields(before, after))


def count_events(vault: Vault, filter_: AuditFilter | None = None) -> int:
    return audit_store.count_events(vault, filter_ or AuditFilter())


def find_events(vault: Vault, filter_: AuditFilter | None = None, offset: int = 0,
                limit: int = -1) -> list[AuditEvent]:
    """Events newest first, a page at a time when `limit` is given."""
    return audit_store.find_events(vault, filter_ or AuditFilter(), offset, limit)
