"""The interaction list's model: pages read on demand, a bounded number kept in memory."""

from __future__ import annotations

import random
from datetime import date

from PySide6.QtCore import Qt

from sbs_desktop.app.demo import demo_contacts, demo_interactions
from sbs_desktop.store.contacts import add_contacts
from sbs_desktop.store.interactions import add_interactions, find_interaction_ids
from sbs_desktop.ui import interaction_table
from sbs_desktop.ui.interaction_table import Column, InteractionTableModel


def fill(vault, count: int) -> None:
    rng = random.Random(7)
    contacts = add_contacts(vault, demo_contacts(rng, 10))
    add_interactions(vault, demo_interactions(rng, count, contacts, date(2026, 11, 1)))


def shown_ids(model: InteractionTableModel) -> list[int]:
    return [model.data(model.index(r, Column.WHEN), Qt.ItemDataRole.UserRole)
            for r in range(model.rowCount())]


def test_scrolling_through_keeps_only_recent_pages_and_rereads_the_rest(
        qtbot, supporter_vault, monkeypatch):
    monkeypatch.setattr(interaction_table, "PAGES_KEPT", 2)
    fill(supporter_vault, 1300)
    model = InteractionTableModel(supporter_vault)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1300
    expected = list(find_interaction_ids(supporter_vault, model.filter))
    # Every row reads correctly, including those whose page was dropped and read again.
    assert shown_ids(model) == expected
    assert len(model._pages) <= 2


def test_the_other_sort_direction_is_the_exact_reverse(qtbot, supporter_vault):
    fill(supporter_vault, 450)
    model = InteractionTableModel(supporter_vault)
    model.sort(Column.RISK, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    ascending = shown_ids(model)
    model.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    descending = shown_ids(model)
    assert descending == ascending[::-1]
    # The same order a fresh query gives in that direction.
    fresh = InteractionTableModel(supporter_vault)
    fresh.sort(Column.RISK, Qt.SortOrder.DescendingOrder)
    while fresh.canFetchMore():
        fresh.fetchMore()
    assert shown_ids(fresh) == descending
