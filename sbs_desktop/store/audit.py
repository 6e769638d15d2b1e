"""Appending to the audit trail and reading it back, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sbs_desktop.core.audit import AuditEvent, EventKind
from sbs_desktop.store.vault import Vault

_TIMESTAMP = "%Y-%m-%dT%H:%M:%SZ"
_COLUMNS = "id, occurred_at, kind, record_id, fields, detail"


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show; every field narrows it further."""

    kinds: frozenset[EventKind] = frozenset()
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_TIMESTAMP)


def add_event(vault: Vault, event: AuditEvent) -> None:
    """Append one event; in the caller's transaction when there is one."""
    with vault.transaction() as sql:
        sql.execute(
            "INSERT INTO audit_events (occurred_at, kind, record_id, fields, detail) "
            "VALUES (?, ?, ?, ?, ?)",
            (_stamp(event.occurred_at), str(event.kind), event.record_id,
             " ".join(event.fields), json.dumps(event.detail, sort_keys=True)))


def _where(filter_: AuditFilter) -> tuple[str, list]:
    clauses, parameters = [], []
    if filter_.kinds:
        clauses.append(f"kind IN ({', '.join('?' * len(filter_.kinds))})")
        parameters.extend(sorted(str(k) for k in filter_.kinds))
    if filter_.since is not None:
        clauses.append("occurred_at >= ?")
        parameters.append(_stamp(filter_.since))
    if filter_.until is not None:
        clauses.append("occurred_at < ?")
        parameters.append(_stamp(filter_.until))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", parameters


def count_events(vault: Vault, filter_: AuditFilter = AuditFilter()) -> int:
    where, parameters = _where(filter_)
    return int(vault.query_one(f"SELECT count(*) FROM audit_events{where}", parameters)[0])


def find_events(vault: Vault, filter_: AuditFilter = AuditFilter(), offset: int = 0,
                limit: int = -1) -> list[AuditEvent]:
    """Events newest first; `offset` and `limit` read them a page at a time."""
    where, parameters = _where(filter_)
    rows = vault.query(
        f"SELECT {_COLUMNS} FROM audit_events{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*parameters, limit, offset])
    return [
        AuditEvent(
            id=id_, occurred_at=datetime.strptime(at, _TIMESTAMP).replace(tzinfo=UTC),
            kind=EventKind(kind), record_id=record_id, fields=tuple(names.split()),
            detail=json.loads(detail))
        for id_, at, kind, record_id, names, detail in rows
    ]
