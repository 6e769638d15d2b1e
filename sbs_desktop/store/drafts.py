"""Storing the half-filled forms kept in the vault while it is locked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sbs_desktop.store.vault import Vault


@dataclass(frozen=True)
class StoredDraft:
    kind: str
    fields: dict[str, Any]
    saved_at: datetime
    id: int | None = None


def replace_drafts(vault: Vault, drafts: list[StoredDraft]) -> None:
    """Keep exactly these drafts: those of an earlier lock are put back, never kept twice."""
    with vault.transaction() as sql:
        sql.execute("DELETE FROM drafts")
        sql.executemany(
            "INSERT INTO drafts (kind, fields, saved_at) VALUES (?, ?, ?)",
            [(d.kind, json.dumps(d.fields, ensure_ascii=False, sort_keys=True),
              d.saved_at.isoformat()) for d in drafts],
        )


def list_drafts(vault: Vault) -> list[StoredDraft]:
    rows = vault.query("SELECT id, kind, fields, saved_at FROM drafts ORDER BY id")
    return [StoredDraft(id=r[0], kind=r[1], fields=json.loads(r[2]),
                        saved_at=datetime.fromisoformat(r[3])) for r in rows]


def delete_drafts(vault: Vault) -> None:
    with vault.transaction() as sql:
        sql.execute("DELETE FROM drafts")
