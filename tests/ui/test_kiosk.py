"""Kiosk mode: anonymous responses one after another, and no way out without the passphrase."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from sbs_desktop.store.survey import list_responses
from sbs_desktop.ui.kiosk import KioskWindow
from sbs_desktop.ui.survey_page import SurveyPage


def _start_kiosk(qtbot, window) -> KioskWindow:
    page = window.show_page_of(SurveyPage)
    qtbot.mouseClick(page.kiosk_button, Qt.MouseButton.LeftButton)
    kiosk = page.kiosk
    qtbot.addWidget(kiosk)
    qtbot.waitExposed(kiosk)
    return kiosk


def test_two_respondents_give_two_anonymous_responses(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    kiosk = _start_kiosk(qtbot, window)
    assert kiosk.isFullScreen() and not window.isVisible()

    # The first respondent types: year 3, then "yes" for career impact (Faculty), "no" (SbS).
    kiosk.form.focus_first()
    qtbot.keyClicks(kiosk.form.row("year_of_study"), "3")
    kiosk.form.row("barrier.career_impact.faculty").setFocus()
    qtbot.keyClicks(kiosk.form.row("barrier.career_impact.faculty"), "y")
    qtbot.keyClicks(kiosk.form.row("barrier.career_impact.sbs"), "n")
    qtbot.keyClick(kiosk.form.row("barrier.career_impact.sbs"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    # Nothing of the first respondent's answers is left to see.
    assert kiosk.form.answers() == []
    qtbot.mouseClick(kiosk.next_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.form_page
    assert kiosk.form.answers() == []

    # The second respondent uses the mouse, in French.
    qtbot.mouseClick(kiosk.language_buttons["fr"], Qt.MouseButton.LeftButton)
    kiosk.form.row("services_used").buttons[1].click()
    kiosk.form.row("barrier.would_not_help.sbs").buttons[0].click()
    qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
    assert kiosk.responses_taken == 2

    first, second = list_responses(supporter_vault)
    assert first.answers == (("year_of_study", "3"), ("barrier.career_impact.faculty", "yes"),
                             ("barrier.career_impact.sbs", "no"))
    assert second.answers == (("services_used", "side_by_side"),
                              ("barrier.would_not_help.sbs", "yes"))
    assert first.answered_on == second.answered_on == date.today()
    assert first.uid != second.uid
    # Only the date is stored: no column holds a time or anything about a person.
    columns = {row[1] for row in supporter_vault.query("PRAGMA table_info(survey_responses)")}
    assert columns == {"id", "uid", "instrument_id", "instrument_version", "answered_on",
                       "source"}
    assert first.source == second.source == "kiosk"  # how it came, never who gave it


def test_an_empty_form_is_not_stored(qtbot, make_window, supporter_vault):
    kiosk = _start_kiosk(qtbot, make_window(supporter_vault))
    qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.form_page
    assert "at least one question" in kiosk.message.text()
    assert list_responses(supporter_vault) == []


def test_leaving_needs_the_passphrase(qtbot, make_window, supporter_vault, passphrase):
    window = make_window(supporter_vault)
    kiosk = _start_kiosk(qtbot, window)

    kiosk.close()  # Alt+F4 or the window's close button
    assert kiosk.isVisible()
    dialog = kiosk.exit_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert kiosk.isVisible() and dialog.isVisible()
    assert "not the passphrase" in dialog.message.text()
    assert dialog.passphrase.echoMode() is QLineEdit.EchoMode.Password
    dialog.reject()

    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and not window.isVisible()
    dialog = kiosk.exit_dialog
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(kiosk.left):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
    assert window.isVisible()


def test_auto_lock_does_not_cover_the_kiosk_but_returns_with_the_window(
        qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    kiosk = _start_kiosk(qtbot, window)
    window.inactivity.expired.emit()  # a quiet spell between respondents
    assert not window.lock.locked
    assert kiosk.isVisible() and kiosk.stack.currentWidget() is not None

    kiosk._leave()  # what the right passphrase does
    qtbot.waitUntil(window.isVisible)
    window.inactivity.expired.emit()
    assert window.lock.locked
