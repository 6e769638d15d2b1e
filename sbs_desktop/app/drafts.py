"""Half-filled forms kept in the vault across a lock, a close or a kill, then put back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sbs_desktop.core.interaction import Interaction
from sbs_desktop.store import drafts as draft_store
from sbs_desktop.store.drafts import StoredDraft as Draft
from sbs_desktop.store.interactions import get_interaction
from sbs_desktop.store.vault import Vault


def keep_drafts(vault: Vault, forms: list[tuple[str, dict[str, Any]]],
                now: datetime | None = None) -> list[Draft]:
    """Write each (kind, fields) into the vault, in place of any drafts kept before."""
    saved_at = now or datetime.now(UTC)
    drafts = [Draft(kind=kind, fields=fields, saved_at=saved_at) for kind, fields in forms]
    draft_store.replace_drafts(vault, drafts)
    return drafts


def waiting_drafts(vault: Vault) -> list[Draft]:
    """The drafts kept at the last lock that have not been put back yet, oldest first."""
    return draft_store.list_drafts(vault)


def forget_drafts(vault: Vault) -> None:
    """Delete the kept drafts, once they are back in their forms (or the person said so)."""
    draft_store.delete_drafts(vault)


def interaction_being_changed(vault: Vault, interaction_id: int) -> Interaction | None:
    """The stored interaction a draft was changing, or None if it has gone since."""
    return get_interaction(vault, interaction_id)
