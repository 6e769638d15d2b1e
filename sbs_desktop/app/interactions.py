"""Interactions: recording, changing, following up, and the paged list the log shows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sbs_desktop.app.audit import record_change, record_event
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.interaction import Interaction, validate
from sbs_desktop.store import interactions as interaction_store
from sbs_desktop.store.interactions import InteractionFilter as InteractionFilter
from sbs_desktop.store.interactions import InteractionRow as InteractionRow
from sbs_desktop.store.interactions import PeriodSummary as PeriodSummary
from sbs_desktop.store.interactions import SortKey as SortKey
from sbs_desktop.store.interactions import count_interactions as count_interactions
from sbs_desktop.store.interactions import find_interaction_ids as find_interaction_ids
from sbs_desktop.store.interactions import interaction_rows as interaction_rows
from sbs_desktop.store.interactions import last_used_format as last_used_format
from sbs_desktop.store.vault import Vault


def record_interaction(vault: Vault, interaction: Interaction,
                       now: datetime | None = None) -> Interaction:
    """Validate and store a new interaction; raises InvalidRecord naming each bad field."""
    interaction = validate(interaction, now)
    with vault.transaction():
        stored = interaction_store.add_interaction(vault, interaction)
        record_event(vault, EventKind.INTERACTION_ADDED, stored.id)
    return stored


def change_interaction(vault: Vault, interaction: Interaction,
                       now: datetime | None = None) -> Interaction:
    interaction = validate(interaction, now)
    with vault.transaction():
        before = interaction_store.get_interaction(vault, interaction.id)
        interaction_store.update_interaction(vault, interaction)
        record_change(vault, EventKind.INTERACTION_CHANGED, before, interaction)
    return interaction


def remove_interaction(vault: Vault, interaction_id: int) -> Interaction | None:
    """Delete; the returned interaction can be given to `undo_remove`."""
    with vault.transaction():
        removed = interaction_store.delete_interaction(vault, interaction_id)
        if removed is not None:
            record_event(vault, EventKind.INTERACTION_DELETED, interaction_id)
    return removed


def undo_remove(vault: Vault, interaction: Interaction) -> None:
    with vault.transaction():
        interaction_store.restore_interaction(vault, interaction)
        record_event(vault, EventKind.INTERACTION_RESTORED, interaction.id)


def mark_follow_up_done(vault: Vault, interaction_id: int, done: bool = True) -> None:
    interaction = interaction_store.get_interaction(vault, interaction_id)
    if interaction is not None and interaction.follow_up_done != done:
        with vault.transaction():
            interaction_store.update_interaction(vault, replace(interaction, follow_up_done=done))
            record_event(vault, EventKind.INTERACTION_CHANGED, interaction_id,
                         ("follow_up_done",))


def follow_ups_due(vault: Vault, today: date | None = None,
                   limit: int = 50) -> list[InteractionRow]:
    """Open follow-ups due today or earlier, the most overdue first."""
    filter_ = InteractionFilter(follow_up_due_by=today or date.today())
    return interaction_store.find_interactions(
        vault, filter_, sort=interaction_store.SortKey.FOLLOW_UP_DUE, descending=False,
        limit=limit)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class WeekAtAGlance:
    """What the home page counts for the current week."""

    first_day: date
    last_day: date
    summary: PeriodSummary
    follow_ups_due: int


def this_week(vault: Vault, today: date | None = None) -> WeekAtAGlance:
    today = today or date.today()
    monday, sunday = week_of(today)
    return WeekAtAGlance(
        first_day=monday,
        last_day=sunday,
        summary=interaction_store.summarise_period(vault, monday, sunday),
        follow_ups_due=interaction_store.count_open_follow_ups(vault, today),
    )
