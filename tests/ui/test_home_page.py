"""The home page: this week's counts and the follow-ups that are due."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Referral, Risk
from sbs_desktop.store.contacts import add_contact
from sbs_desktop.store.interactions import add_interaction, get_interaction
from sbs_desktop.ui.home_page import HomePage
from sbs_desktop.ui.interactions_page import InteractionsPage


def log(vault, when: datetime, due: date | None = None, contact_id=None, minutes=30,
        referred=False):
    return add_interaction(vault, Interaction(
        occurred_at=when, duration_minutes=minutes, format=Format.IN_PERSON,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.CLERKSHIP,
        concerns=frozenset({Concern.CLERKSHIP}), risk=Risk.NONE, follow_up_due=due,
        contact_id=contact_id,
        referrals=frozenset({Referral.ACADEMIC_SUPPORT}) if referred else frozenset()))


def test_counts_and_follow_ups_due_with_mark_done_and_open(qtbot, supporter_vault):
    today = date(2026, 3, 11)
    monday = datetime(2026, 3, 9, 9)
    lea = add_contact(supporter_vault, Contact(name="Léa V."))
    overdue = log(supporter_vault, monday - timedelta(days=10), due=today - timedelta(days=2),
                  contact_id=lea.id)
    due_today = log(supporter_vault, monday, due=today, minutes=60, referred=True)
    log(supporter_vault, monday + timedelta(days=1), due=today + timedelta(days=1),
        contact_id=lea.id, minutes=30)
    page = HomePage(supporter_vault, today=today)
    qtbot.addWidget(page)
    page.show()

    assert page.tiles["interactions"].number.text() == "2"
    assert page.tiles["hours"].number.text() == "1.5"
    assert page.tiles["classmates"].number.text() == "1"
    assert page.tiles["referrals"].number.text() == "1"
    assert page.week_heading.text() == "This week (9 Mar to 15 Mar)"
    assert page.due_heading.text() == "Follow-ups due (2)"
    shown = [page.follow_ups.topLevelItem(i) for i in range(page.follow_ups.topLevelItemCount())]
    assert [(item.text(0), item.text(1)) for item in shown] == [
        ("2026-03-09", "Léa V."), ("2026-03-11", "(no classmate linked)")]

    assert page.follow_ups.selected().id == overdue.id
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert get_interaction(supporter_vault, overdue.id).follow_up_done
    assert page.due_heading.text() == "Follow-ups due (1)"
    assert page.follow_ups.selected().id == due_today.id
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.form is not None and page.form.original.id == due_today.id
    page.form.follow_up_done.setChecked(True)
    with qtbot.waitSignal(page.form.saved):
        page.form.save()
    assert page.empty_follow_ups.isVisible() and not page.follow_ups.isVisible()


def test_log_button_and_see_all_lead_to_the_interaction_list(qtbot, make_window,
                                                             supporter_vault):
    log(supporter_vault, datetime(2026, 1, 5, 9), due=date(2026, 1, 6))
    window = make_window(supporter_vault)
    home = window.page(HomePage)
    qtbot.mouseClick(home.log_button, Qt.MouseButton.LeftButton)
    form = window.page(InteractionsPage).form
    assert form is not None and form.isVisible()
    form.discard()
    qtbot.mouseClick(home.all_button, Qt.MouseButton.LeftButton)
    page = window.page(InteractionsPage)
    assert window.current_page() is page and page.due_filter.isChecked()
    assert page.model.total == 1


def test_other_features_have_a_place_on_the_home_page(qtbot, supporter_vault):
    page = HomePage(supporter_vault)
    qtbot.addWidget(page)
    before = page.panels.count()
    page.panels.addWidget(QLabel("a panel from another feature"))
    assert page.panels.count() == before + 1
