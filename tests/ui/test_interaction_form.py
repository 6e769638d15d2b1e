"""The interaction form, driven as a person would: keyboard first, every rule named."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.interaction import InteractionField as Field
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, OutreachReason, Risk
from sbs_desktop.store.contacts import add_contact, list_contacts
from sbs_desktop.store.interactions import (
    add_interaction,
    count_interactions,
    find_interactions,
    get_interaction,
)
from sbs_desktop.ui.interaction_form import InteractionForm, rounded_now
from sbs_desktop.ui.interactions_page import InteractionsPage
from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog

CTRL = Qt.KeyboardModifier.ControlModifier

# Every test here may meet a yes/no question (conftest.py answers it).
pytestmark = pytest.mark.usefixtures("questions")


def press(qtbot, key, text: str = "", modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key into whatever has the keyboard focus, as a person's keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key, modifier)


def open_new_form(qtbot, window) -> InteractionForm:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.page(InteractionsPage).form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.when)
    return form


def test_a_routine_entry_by_keyboard_only(qtbot, make_window, supporter_vault):
    add_contact(supporter_vault, Contact(name="Samira Q.", year_of_study=3))
    window = make_window(supporter_vault)
    window.show_page_of(InteractionsPage)
    form = open_new_form(qtbot, window)
    # Defaults: now (rounded down, so never in the future), 30 minutes, in person.
    assert form.duration.value() == 30
    assert form.format.code() is Format.IN_PERSON
    when = form.when.dateTime()
    assert when.time().minute() % 5 == 0 and when <= QDateTime.currentDateTime()

    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.duration
    press(qtbot, None, "45")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.format
    press(qtbot, None, "Ph")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.initiated_by
    press(qtbot, Qt.Key.Key_Tab)  # the outreach reason is off: a student started it
    assert QApplication.focusWidget() is form.classmate
    press(qtbot, None, "Samira Q.")
    assert form.year.code() == 3  # filled from the contact
    # New classmate is off the Tab chain (Alt+M reaches it).
    for _ in range(4):  # year, risk, follow-up box (date and done are off), concerns
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.concerns
    press(qtbot, Qt.Key.Key_Space)  # ticks the first concern, which becomes primary
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.primary
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.notes
    press(qtbot, None, "Quick check-in before the anatomy exam.")
    with qtbot.waitSignal(form.saved) as saved:
        press(qtbot, Qt.Key.Key_S, modifier=CTRL)

    stored = get_interaction(supporter_vault, saved.args[0].id)
    samira = list_contacts(supporter_vault)[0]
    assert (stored.duration_minutes, stored.format, stored.initiated_by) == (
        45, Format.PHONE, Initiator.STUDENT)
    assert stored.concerns == {Concern.ACADEMIC} and stored.primary_concern is Concern.ACADEMIC
    assert (stored.contact_id, stored.year_of_study) == (samira.id, 3)
    assert stored.notes == "Quick check-in before the anatomy exam."
    assert stored.risk is Risk.NONE and stored.follow_up_due is None
    assert not form.isVisible()
    page = window.page(InteractionsPage)
    assert page.selected().id == stored.id  # the new row is chosen in the list
    # The next form starts with the format just used.
    form = open_new_form(qtbot, window)
    assert form.format.code() is Format.PHONE


def test_editing_changes_the_stored_interaction(qtbot, make_window, supporter_vault):
    first = add_interaction(supporter_vault, Interaction(
        occurred_at=datetime(2026, 1, 5, 10, 30), duration_minutes=20, format=Format.VIDEO,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
        concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE, notes="first note"))
    window = make_window(supporter_vault)
    page = window.show_page_of(InteractionsPage)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    assert form.windowTitle() == "Edit interaction" and form.notes.toPlainText() == "first note"
    form.follow_up.setChecked(True)
    form.follow_up_date.setDate(QDate(2026, 1, 12))
    form.concerns.check(Concern.GRIEF)
    form.notes.setPlainText("changed note")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.notes, Qt.Key.Key_S, CTRL)
    stored = get_interaction(supporter_vault, first.id)
    assert stored.follow_up_due == date(2026, 1, 12) and stored.notes == "changed note"
    assert stored.concerns == {Concern.EXAMS, Concern.GRIEF}
    assert count_interactions(supporter_vault) == 1
    assert page.model.row(0).interaction == stored


def _form(qtbot, vault, now: datetime | None = None) -> InteractionForm:
    form = InteractionForm(vault, now=now)
    qtbot.addWidget(form)
    form.show()
    return form


def _problem_fields(form: InteractionForm) -> list[str]:
    return [code for code, error in form.problems.beside.items() if error.isVisible()]


def test_a_future_time_is_named_and_focused(qtbot, supporter_vault):
    now = datetime(2026, 3, 10, 14, 2)
    form = _form(qtbot, supporter_vault, now)
    form.concerns.check(Concern.EXAMS)
    form.when.setDateTime(QDateTime(QDate(2026, 3, 10), QTime(15, 0)))
    assert not form.save()
    assert _problem_fields(form) == [Field.OCCURRED_AT]
    assert "When: the date and time cannot be in the future" in form.problem_text
    assert form.focusWidget() is form.when
    assert count_interactions(supporter_vault) == 0


@pytest.mark.parametrize("minutes", [0, 601])
def test_a_duration_outside_1_to_600_is_named(qtbot, supporter_vault, minutes):
    form = _form(qtbot, supporter_vault)
    form.concerns.check(Concern.EXAMS)
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, str(minutes))
    assert form.duration.value() == minutes
    assert not form.save()
    assert _problem_fields(form) == [Field.DURATION_MINUTES]
    assert "Duration: must be from 1 to 600 minutes" in form.problem_text
    assert form.focusWidget() is form.duration
    assert count_interactions(supporter_vault) == 0


def test_outreach_reason_is_asked_only_when_the_supporter_reached_out(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.concerns.check(Concern.EXAMS)
    assert not form.outreach.isEnabled()
    form.initiated_by.select(Initiator.SUPPORTER)
    assert form.outreach.isEnabled()
    assert not form.save()
    assert _problem_fields(form) == [Field.OUTREACH_REASON]
    assert "Outreach reason: choose why you reached out" in form.problem_text
    form.outreach.select(OutreachReason.NOTICED_CHANGE)
    # Back to a student: the reason is cleared and cannot be given.
    form.initiated_by.select(Initiator.STUDENT)
    assert not form.outreach.isEnabled() and form.outreach.code() is None
    form.initiated_by.select(Initiator.SUPPORTER)
    form.outreach.select(OutreachReason.NOTICED_CHANGE)
    with qtbot.waitSignal(form.saved) as saved:
        assert form.save()
    assert saved.args[0].outreach_reason is OutreachReason.NOTICED_CHANGE


def test_the_primary_concern_must_be_among_the_chosen(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    assert not form.save()
    assert _problem_fields(form) == [Field.PRIMARY_CONCERN]
    assert "Primary concern: choose the main concern" in form.problem_text
    form.primary.select(Concern.GRIEF)  # choosing it ticks it
    assert form.concerns.checked() == [Concern.GRIEF]
    form.concerns.check(Concern.GRIEF, False)
    form.concerns.check(Concern.FINANCES)
    assert not form.save()
    assert _problem_fields(form) == [Field.PRIMARY_CONCERN]
    assert "Primary concern: must be one of the chosen concerns" in form.problem_text
    assert form.focusWidget() is form.primary
    assert count_interactions(supporter_vault) == 0


def test_an_unknown_classmate_name_is_named(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.concerns.check(Concern.EXAMS)
    qtbot.keyClicks(form.classmate, "Nobody Known")
    assert not form.save()
    assert _problem_fields(form) == [Field.CONTACT_ID]
    assert form.focusWidget() is form.classmate


def test_every_problem_lands_beside_its_field_and_the_summary_follows_the_form(
        qtbot, supporter_vault):
    now = datetime(2026, 3, 10, 14, 2)
    form = _form(qtbot, supporter_vault, now)
    form.when.setDateTime(QDateTime(QDate(2026, 3, 10), QTime(15, 0)))
    form.duration.setValue(0)
    form.initiated_by.select(Initiator.SUPPORTER)
    qtbot.keyClicks(form.classmate, "Nobody Known")
    assert not form.save()
    # The form finds the unknown name and the missing concern before the core's rules,
    # yet everything is listed, and the first focused, in the order of the form.
    assert _problem_fields(form) == [Field.OCCURRED_AT, Field.DURATION_MINUTES,
                                     Field.OUTREACH_REASON, Field.CONTACT_ID,
                                     Field.PRIMARY_CONCERN]
    summary = form.problem_text.splitlines()[1:]
    assert [line.split(":")[0] for line in summary] == [
        "• When", "• Duration", "• Outreach reason", "• Classmate", "• Primary concern"]
    beside = form.problems.beside
    for code, widget, reason in (
            (Field.OCCURRED_AT, form.when, "the date and time cannot be in the future"),
            (Field.DURATION_MINUTES, form.duration, "must be from 1 to 600 minutes"),
            (Field.OUTREACH_REASON, form.outreach, "choose why you reached out"),
            (Field.CONTACT_ID, form.classmate, "no classmate has this name"),
            (Field.PRIMARY_CONCERN, form.primary, "choose the main concern")):
        assert beside[code].text().startswith(reason)
        assert beside[code].parentWidget().isAncestorOf(widget)
    assert form.focusWidget() is form.when


def test_a_classmate_is_added_without_leaving_the_form(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.concerns.check(Concern.CLERKSHIP)
    qtbot.keyClicks(form.classmate, "Zed")
    dialog = form.add_classmate()
    assert dialog.name.text() == "Zed"
    dialog.name.end(False)
    qtbot.keyClicks(dialog.name, " W.")
    dialog.year.setCurrentIndex(4)
    qtbot.keyClicks(dialog.reach, "zed.w@example.org")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert form.isVisible() and form.classmate.text() == "Zed W."
    assert form.year.code() == 4
    assert form.classmate.completer().model().stringList() == ["Zed W."]
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    [zed] = list_contacts(supporter_vault)
    assert (zed.name, zed.year_of_study, zed.reach) == ("Zed W.", 4, "zed.w@example.org")
    assert saved.args[0].contact_id == zed.id


def test_type_ahead_offers_matching_classmates(qtbot, supporter_vault):
    for name in ("Maya B.", "Omar S.", "Mayra T."):
        add_contact(supporter_vault, Contact(name=name))
    form = _form(qtbot, supporter_vault)
    completer = form.classmate.completer()
    completer.setCompletionPrefix("may")
    found = [completer.completionModel().index(row, 0).data()
             for row in range(completer.completionCount())]
    assert found == ["Maya B.", "Mayra T."]


def test_immediate_risk_opens_the_crisis_resources_and_needs_the_action(qtbot,
                                                                         supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.concerns.check(Concern.MOOD_ANXIETY)
    form.risk.setFocus()
    form.risk.select(Risk.IMMEDIATE)
    dialog = form.findChild(ResourceDirectoryDialog)
    assert dialog is not None and dialog.isVisible()
    top = dialog.directory.list.topLevelItem(0)
    assert top.text(0).startswith("Crisis")
    assert top.child(0).text(0) == "Emergency services" and top.child(0).text(1) == "911"
    assert dialog.action is not None
    dialog.accept()  # closed without saying what was done
    assert not form.save()
    assert _problem_fields(form) == [Field.ACTION_TAKEN]
    assert "Action taken: say what was done about the immediate risk" in form.problem_text
    assert form.focusWidget() is form.action_taken
    assert count_interactions(supporter_vault) == 0

    form.risk.select(Risk.CONCERNED)
    form.risk.select(Risk.IMMEDIATE)
    dialog = next(d for d in form.findChildren(ResourceDirectoryDialog) if d.isVisible())
    qtbot.keyClicks(dialog.action, "Called 9-8-8 with them and stayed until help came.")
    dialog.accept()
    assert form.action_taken.toPlainText().startswith("Called 9-8-8")
    with qtbot.waitSignal(form.saved) as saved:
        assert form.save()
    assert saved.args[0].risk is Risk.IMMEDIATE


def test_escape_asks_only_when_something_changed(qtbot, supporter_vault, monkeypatch):
    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    form = _form(qtbot, supporter_vault)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [] and not form.isVisible()

    form = _form(qtbot, supporter_vault)
    qtbot.keyClicks(form.notes, "half a thought")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [True] and form.isVisible()  # kept: the person chose Cancel
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert count_interactions(supporter_vault) == 0


def test_rounded_now_is_never_in_the_future():
    assert rounded_now(datetime(2026, 3, 10, 14, 59, 59)) == datetime(2026, 3, 10, 14, 55)
    assert rounded_now(datetime(2026, 3, 10, 14, 0, 1)) == datetime(2026, 3, 10, 14, 0)


def test_a_follow_up_set_in_the_form_shows_in_the_list(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    page = window.show_page_of(InteractionsPage)
    form = page.new_interaction()
    form.concerns.check(Concern.FINANCES)
    form.follow_up.setChecked(True)
    form.follow_up_date.setDate(QDate.currentDate().addDays(3))
    with qtbot.waitSignal(form.saved):
        form.save()
    [row] = find_interactions(supporter_vault)
    assert row.interaction.follow_up_due == date.today() + timedelta(days=3)
    assert page.model.index(0, 7).data() == row.interaction.follow_up_due.isoformat()


def test_opening_a_stored_immediate_risk_entry_does_not_pop_up_the_resources(qtbot,
                                                                             supporter_vault):
    stored = add_interaction(supporter_vault, Interaction(
        occurred_at=datetime(2026, 1, 5, 22, 0), duration_minutes=90, format=Format.IN_PERSON,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.MOOD_ANXIETY,
        concerns=frozenset({Concern.MOOD_ANXIETY}), risk=Risk.IMMEDIATE,
        action_taken="Walked them to the emergency department."))
    form = InteractionForm(supporter_vault, stored)
    qtbot.addWidget(form)
    form.show()
    assert form.risk.code() is Risk.IMMEDIATE
    assert form.findChildren(ResourceDirectoryDialog) == []
    assert not form.is_dirty
