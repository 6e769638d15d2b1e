"""Use cases of the interaction log: recording, follow-ups, the week, the resource directory."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sbs_desktop.app.contacts import add_classmate, remove_classmate
from sbs_desktop.app.interactions import (
    follow_ups_due,
    mark_follow_up_done,
    record_interaction,
    this_week,
    week_of,
)
from sbs_desktop.app.resources import (
    crisis_resources,
    default_resources,
    move_resource,
    remove_resource,
    save_resource,
)
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import InvalidRecord
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.resource import Resource, ResourceKind
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk
from sbs_desktop.store.interactions import count_interactions, get_interaction
from sbs_desktop.store.resources import list_resources

NOW = datetime(2026, 3, 11, 12, 0)  # a Wednesday


def logged(vault, when: datetime, due: date | None = None, done: bool = False) -> Interaction:
    return record_interaction(vault, Interaction(
        occurred_at=when, duration_minutes=30, format=Format.IN_PERSON,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
        concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE, follow_up_due=due,
        follow_up_done=done), now=NOW)


def test_an_invalid_interaction_is_not_stored(supporter_vault):
    with pytest.raises(InvalidRecord):
        record_interaction(supporter_vault, Interaction(
            occurred_at=NOW, duration_minutes=601, format=Format.PHONE,
            initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
            concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE), now=NOW)
    assert count_interactions(supporter_vault) == 0


def test_follow_ups_due_are_open_ones_due_by_today_most_overdue_first(supporter_vault):
    late = logged(supporter_vault, datetime(2026, 3, 1, 9), due=date(2026, 3, 4))
    today = logged(supporter_vault, datetime(2026, 3, 2, 9), due=date(2026, 3, 11))
    logged(supporter_vault, datetime(2026, 3, 2, 9), due=date(2026, 3, 12))  # not yet
    logged(supporter_vault, datetime(2026, 3, 1, 9), due=date(2026, 3, 3), done=True)
    logged(supporter_vault, datetime(2026, 3, 1, 9))
    due = follow_ups_due(supporter_vault, today=NOW.date())
    assert [r.interaction.id for r in due] == [late.id, today.id]
    mark_follow_up_done(supporter_vault, late.id)
    assert get_interaction(supporter_vault, late.id).follow_up_done
    assert [r.interaction.id for r in follow_ups_due(supporter_vault, NOW.date())] == [today.id]


def test_this_week_counts_monday_to_sunday(supporter_vault):
    assert week_of(NOW.date()) == (date(2026, 3, 9), date(2026, 3, 15))
    logged(supporter_vault, datetime(2026, 3, 9, 8), due=date(2026, 3, 10))
    logged(supporter_vault, datetime(2026, 3, 11, 11))
    logged(supporter_vault, datetime(2026, 3, 8, 20))  # last week
    week = this_week(supporter_vault, NOW.date())
    assert (week.summary.interactions, week.summary.minutes, week.follow_ups_due) == (2, 60, 1)


def test_a_removed_classmate_leaves_the_interactions(supporter_vault):
    contact = add_classmate(supporter_vault, Contact(name="  Fay   L. ", year_of_study=3))
    assert contact.name == "Fay L."
    with pytest.raises(InvalidRecord):
        add_classmate(supporter_vault, Contact(name="   "))
    remove_classmate(supporter_vault, contact.id)
    assert count_interactions(supporter_vault) == 0


def test_the_shipped_directory_is_installed_crisis_first(supporter_vault):
    installed = list_resources(supporter_vault)
    assert [r.name for r in installed] == [r.name for r in default_resources()]
    assert installed[0].kind is ResourceKind.CRISIS
    assert {r.name for r in crisis_resources(supporter_vault)} >= {"Emergency services"}


def test_resources_are_added_edited_moved_and_removed(supporter_vault):
    added = save_resource(supporter_vault, Resource(name=" Campus line ", kind=ResourceKind.CRISIS,
                                                    phone="613-555-0100"))
    crisis = [r for r in list_resources(supporter_vault) if r.kind is ResourceKind.CRISIS]
    assert crisis[-1].id == added.id and crisis[-1].name == "Campus line"
    move_resource(supporter_vault, added.id, -1)
    crisis = [r for r in list_resources(supporter_vault) if r.kind is ResourceKind.CRISIS]
    assert crisis[-2].id == added.id
    # Changing kind puts it at the end of the other group.
    save_resource(supporter_vault, Resource(**{**added.__dict__, "kind": ResourceKind.REFERRAL}))
    assert list_resources(supporter_vault)[-1].id == added.id
    with pytest.raises(InvalidRecord):
        save_resource(supporter_vault, Resource(name=" ", kind=ResourceKind.REFERRAL))
    remove_resource(supporter_vault, added.id)
    assert added.id not in {r.id for r in list_resources(supporter_vault)}
