"""The Schedule page: hours with a date off seen in the week view and on the home page."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTime

from sbs_desktop.core.schedule import ScheduleMode
from sbs_desktop.store.schedule import list_terms
from sbs_desktop.ui.dates import to_qdate
from sbs_desktop.ui.home_page import HomePage
from sbs_desktop.ui.schedule_page import SchedulePage
from sbs_desktop.ui.schedule_text import day_text
from sbs_desktop.ui.upcoming_hours import UpcomingHours


def _set_slot(page: SchedulePage, weekday: int, start: str, end: str, mode: ScheduleMode,
              place: str = "") -> None:
    page.slot_day.setCurrentIndex(weekday)
    page.slot_start.setTime(QTime.fromString(start, "HH:mm"))
    page.slot_end.setTime(QTime.fromString(end, "HH:mm"))
    page.slot_mode.setCurrentIndex(page.slot_mode.findData(mode.value))
    page.slot_place.setText(place)


def test_hours_with_a_date_off_show_in_week_and_upcoming_views(qtbot, make_window,
                                                               supporter_vault):
    window = make_window(supporter_vault)
    page = window.show_page_of(SchedulePage)
    qtbot.mouseClick(page.new_term_button, Qt.MouseButton.LeftButton)
    today = date.today()
    page.term_start.setDate(to_qdate(today))
    page.term_end.setDate(to_qdate(today + timedelta(weeks=10)))
    qtbot.mouseClick(page.save_dates_button, Qt.MouseButton.LeftButton)
    # Tomorrow and the same weekday a week later: the first is taken off.
    tomorrow = today + timedelta(days=1)
    _set_slot(page, tomorrow.weekday(), "12:00", "13:30", ScheduleMode.IN_PERSON, "Room 2101")
    qtbot.mouseClick(page.add_slot_button, Qt.MouseButton.LeftButton)
    page.day_off.setDate(to_qdate(tomorrow))
    qtbot.mouseClick(page.add_day_off_button, Qt.MouseButton.LeftButton)

    [term] = list_terms(supporter_vault)
    assert term.start == today and term.exceptions == frozenset({tomorrow})
    assert [(s.weekday, s.start, s.end, s.place) for s in term.slots] == [
        (tomorrow.weekday(), time(12), time(13, 30), "Room 2101")]
    assert page.slot_list.count() == 1 and "Room 2101" in page.slot_list.item(0).text()

    page.show_week_of(tomorrow)
    assert page.week_view.dates_off() == [tomorrow]
    assert page.week_view.sessions() == []
    page.show_week_of(tomorrow + timedelta(days=7))
    [session] = page.week_view.sessions()
    assert session.day == tomorrow + timedelta(days=7)
    page.week_view.grab()  # paints every block without error

    home = window.show_page_of(HomePage)
    upcoming = home.findChild(UpcomingHours)
    shown = [upcoming.sessions.item(i).text() for i in range(upcoming.sessions.count())]
    assert upcoming.isVisible() and shown
    assert str((tomorrow + timedelta(days=7)).day) in shown[0]
    assert all("12:00–13:30" in text and "Room 2101" in text for text in shown)
    assert not any(day_text(tomorrow) in text for text in shown)


def test_an_overlap_is_refused_with_a_message_and_nothing_changes(qtbot, make_window,
                                                                  supporter_vault):
    window = make_window(supporter_vault)
    page = window.show_page_of(SchedulePage)
    qtbot.mouseClick(page.new_term_button, Qt.MouseButton.LeftButton)
    _set_slot(page, 0, "12:00", "14:00", ScheduleMode.ONLINE)
    qtbot.mouseClick(page.add_slot_button, Qt.MouseButton.LeftButton)
    _set_slot(page, 0, "13:00", "15:00", ScheduleMode.IN_PERSON, "Library")
    qtbot.mouseClick(page.add_slot_button, Qt.MouseButton.LeftButton)

    assert page.message.isVisible()
    assert "overlap" in page.message.text()
    assert "Weekly hours" in page.message.text()
    [term] = list_terms(supporter_vault)
    assert [(s.start, s.end) for s in term.slots] == [(time(12), time(14))]
    assert page.slot_list.count() == 1


def test_hours_that_end_before_they_start_are_refused(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    page = window.show_page_of(SchedulePage)
    qtbot.mouseClick(page.new_term_button, Qt.MouseButton.LeftButton)
    _set_slot(page, 2, "15:00", "14:00", ScheduleMode.ONLINE)
    qtbot.mouseClick(page.add_slot_button, Qt.MouseButton.LeftButton)

    assert "End" in page.message.text() and "after they start" in page.message.text()
    assert list_terms(supporter_vault)[0].slots == ()


def test_the_calendar_export_writes_an_ics_file(qtbot, make_window, supporter_vault, tmp_path):
    window = make_window(supporter_vault)
    page = window.show_page_of(SchedulePage)
    qtbot.mouseClick(page.new_term_button, Qt.MouseButton.LeftButton)
    _set_slot(page, 1, "09:00", "10:00", ScheduleMode.ONLINE)
    qtbot.mouseClick(page.add_slot_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "hours"
    page.export_calendar_to(target)
    qtbot.waitUntil(lambda: not page.export_task.running)
    written = (tmp_path / "hours.ics").read_text(encoding="utf-8")
    assert "RRULE:FREQ=WEEKLY" in written and "Peer support hours (online)" in written
    assert "hours.ics" in page.notice.text()


def test_coordinators_have_no_schedule_page(make_window, coordinator_vault):
    window = make_window(coordinator_vault)
    assert not any(isinstance(p, SchedulePage) for p in window.pages)
    assert not window.page(HomePage).findChild(UpcomingHours).isVisible()
