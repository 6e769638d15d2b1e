"""The interaction list: every filter, sorting, delete with undo, follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk
from sbs_desktop.store.contacts import add_contact
from sbs_desktop.store.interactions import add_interaction, count_interactions, get_interaction
from sbs_desktop.ui.interaction_table import PAGE_SIZE, Column, InteractionTableModel
from sbs_desktop.ui.interactions_page import InteractionsPage, Period

TODAY = date(2026, 3, 11)  # a Wednesday


def log(vault, days_ago: int, format_=Format.IN_PERSON, risk=Risk.NONE, notes="",
        due: date | None = None, contact_id: int | None = None, minutes: int = 30):
    when = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=10)
    return add_interaction(vault, Interaction(
        occurred_at=when, duration_minutes=minutes, format=format_,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
        concerns=frozenset({Concern.EXAMS}), risk=risk, notes=notes, follow_up_due=due,
        contact_id=contact_id,
        action_taken="Called the crisis line together" if risk is Risk.IMMEDIATE else ""))


@pytest.fixture
def page(qtbot, supporter_vault):
    page = InteractionsPage(supporter_vault, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def shown_ids(page: InteractionsPage) -> list[int]:
    while page.model.canFetchMore(page.table.rootIndex()):
        page.model.fetchMore(page.table.rootIndex())
    return [page.model.row(r).interaction.id for r in range(page.model.rowCount())]


def test_each_filter_narrows_the_list(qtbot, supporter_vault, page):
    noor = add_contact(supporter_vault, Contact(name="Noor Haddad", reach="noor@example.org"))
    today_phone = log(supporter_vault, 0, Format.PHONE, notes="Exam stress before OSCE")
    monday_risky = log(supporter_vault, 2, risk=Risk.IMMEDIATE, contact_id=noor.id)
    last_month = log(supporter_vault, 35, Format.VIDEO, Risk.CONCERNED,
                     due=TODAY - timedelta(days=1))
    last_year = log(supporter_vault, 400, due=TODAY + timedelta(days=3))
    page.refresh()
    assert shown_ids(page) == [today_phone.id, monday_risky.id, last_month.id, last_year.id]
    assert page.total_label.text() == "4 interactions"

    page.period.setCurrentIndex(Period.THIS_WEEK)
    assert shown_ids(page) == [today_phone.id, monday_risky.id]
    assert page.total_label.text() == "2 interactions match the filters"
    page.period.setCurrentIndex(Period.CUSTOM)
    page.start.setDate(QDate(2026, 1, 1))
    page.end.setDate(QDate(2026, 2, 28))
    assert shown_ids(page) == [last_month.id]
    page.reset_filters()
    assert len(shown_ids(page)) == 4

    page.format_filter.select(Format.VIDEO)
    assert shown_ids(page) == [last_month.id]
    page.reset_filters()

    page.risk_filter.select(Risk.IMMEDIATE)
    assert shown_ids(page) == [monday_risky.id]
    page.risk_filter.setCurrentIndex(1)  # concerned or more
    assert shown_ids(page) == [monday_risky.id, last_month.id]
    page.reset_filters()

    qtbot.mouseClick(page.due_filter, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == [last_month.id]  # the other follow-up is not due yet
    page.reset_filters()

    # Text search waits for the typing to stop (debounced), then searches notes,
    # action taken, and the classmate's name and contact details.
    qtbot.keyClicks(page.search, "osce")
    assert len(shown_ids(page)) == 4
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        pass
    assert shown_ids(page) == [today_phone.id]
    page.search.clear()
    qtbot.keyClicks(page.search, "noor@")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert shown_ids(page) == [monday_risky.id]
    page.search.setText("crisis line")
    page.apply_filters()
    assert shown_ids(page) == [monday_risky.id]
    page.search.setText("nothing like this")
    page.apply_filters()
    assert shown_ids(page) == [] and not page.edit_button.isEnabled()


def test_clicking_a_header_sorts_in_sql(qtbot, supporter_vault, page):
    short = log(supporter_vault, 3, minutes=5)
    long = log(supporter_vault, 1, minutes=90)
    middle = log(supporter_vault, 2, minutes=40)
    page.refresh()
    assert shown_ids(page) == [long.id, middle.id, short.id]
    page.table.sortByColumn(Column.DURATION, Qt.SortOrder.AscendingOrder)
    assert shown_ids(page) == [short.id, middle.id, long.id]
    page.table.sortByColumn(Column.DURATION, Qt.SortOrder.DescendingOrder)
    assert shown_ids(page) == [long.id, middle.id, short.id]


def test_delete_then_undo_by_keyboard_and_by_the_undo_bar(qtbot, supporter_vault, page):
    kept = log(supporter_vault, 1, notes="keep me")
    doomed = log(supporter_vault, 0, notes="delete me", due=TODAY)
    page.refresh()
    page.table.setFocus()
    page.select(doomed.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert get_interaction(supporter_vault, doomed.id) is None
    assert shown_ids(page) == [kept.id]
    assert page.undo_bar.isVisible() and "deleted" in page.undo_text.text()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = get_interaction(supporter_vault, doomed.id)
    assert restored == doomed
    assert shown_ids(page) == [doomed.id, kept.id] and page.selected().id == doomed.id
    assert not page.undo_bar.isVisible()

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert count_interactions(supporter_vault) == 1
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert get_interaction(supporter_vault, doomed.id) == doomed


def test_marking_a_follow_up_done_and_reopening_it(qtbot, supporter_vault, page):
    due = log(supporter_vault, 3, due=TODAY - timedelta(days=1))
    page.refresh()
    page.select(due.id)
    assert page.done_button.isEnabled() and page.done_button.text() == "Mark follow-up done"
    assert page.model.index(0, Column.FOLLOW_UP).data() == "2026-03-10"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert get_interaction(supporter_vault, due.id).follow_up_done
    assert page.model.index(0, Column.FOLLOW_UP).data() == "2026-03-10 (done)"
    assert page.done_button.text() == "Reopen follow-up"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert not get_interaction(supporter_vault, due.id).follow_up_done


def test_the_model_reads_pages_only_as_the_view_needs_them(qtbot, supporter_vault):
    from sbs_desktop.store.interactions import add_interactions

    add_interactions(supporter_vault, (Interaction(
        occurred_at=datetime(2025, 1, 1, 8) + timedelta(minutes=n), duration_minutes=30,
        format=Format.PHONE, initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
        concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE) for n in range(PAGE_SIZE * 3)))
    model = InteractionTableModel(supporter_vault)
    assert model.total == PAGE_SIZE * 3 and model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE_SIZE * 2
    newest = model.row(0).interaction.occurred_at
    assert newest == datetime(2025, 1, 1, 8) + timedelta(minutes=PAGE_SIZE * 3 - 1)
    assert model.row_of(model.row(PAGE_SIZE * 2 - 1).interaction.id) == PAGE_SIZE * 2 - 1
