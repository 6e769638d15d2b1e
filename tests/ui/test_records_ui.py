"""Records over time in the window: stored survey responses corrected, deleted and put
back; the Activity page; the retention dialog's preview; retiring a vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from records_data import CANARY_NOTE, fill_records

from sbs_desktop.app.audit import find_events
from sbs_desktop.app.interactions import InteractionFilter, find_interaction_ids, interaction_rows
from sbs_desktop.app.retention import retention_months
from sbs_desktop.app.survey import current_instrument, list_responses, record_response
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.survey import ResponseSource
from sbs_desktop.ui.activity_page import ActivityPage
from sbs_desktop.ui.retention_dialog import show_retention
from sbs_desktop.ui.retire_dialog import retire
from sbs_desktop.ui.survey_page import SurveyPage


def _stored_tab(window, vault):
    instrument = current_instrument(vault)
    record_response(vault, instrument, [("year_of_study", "1")], source=ResponseSource.KIOSK)
    page = window.show_page_of(SurveyPage)
    page.tabs.setCurrentWidget(page.responses)
    return page.responses


def test_a_response_is_corrected_deleted_and_put_back(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    with qtbot.waitActive(window):
        window.activateWindow()
    panel = _stored_tab(window, supporter_vault)
    model = panel.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 2)) == "Kiosk"

    dialog = panel.open_selected()
    assert dialog.form.row("year_of_study").chosen() == ["1"]
    qtbot.keyClicks(dialog.form.row("year_of_study"), "3")
    dialog.save()
    assert not dialog.isVisible()
    [corrected] = list_responses(supporter_vault)
    assert corrected.answers == (("year_of_study", "3"),)
    assert corrected.source is ResponseSource.KIOSK
    assert "corrected" in panel.undo_text.text()

    dialog = panel.open_selected()
    dialog.form.row("year_of_study").clear()
    dialog.save()  # no answer at all: refused, named beside the form
    assert dialog.isVisible() and dialog.problem.isVisible()
    dialog.reject()

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert list_responses(supporter_vault) == [] and model.rowCount() == 0
    assert panel.undo_bar.isVisible() and panel.undo_button.isVisible()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert list_responses(supporter_vault) == [corrected]
    assert model.rowCount() == 1
    assert "1 response" in window.page(SurveyPage).about.text()


def test_the_activity_page_lists_and_filters_events(make_window, supporter_vault):
    fill_records(supporter_vault)
    window = make_window(supporter_vault)
    page = window.show_page_of(ActivityPage)
    model = page.model
    assert model.rowCount() == 6
    texts = {model.data(model.index(row, 1)) for row in range(model.rowCount())}
    assert texts == {"Interaction added", "Classmate added"}
    page.kind.setCurrentIndex(page.kind.findData(EventKind.CONTACT_ADDED))
    assert model.rowCount() == 2 and "2 event" in page.count.text()
    everything = " ".join(str(model.data(model.index(r, c))) for r in range(model.rowCount())
                          for c in range(model.columnCount()))
    assert CANARY_NOTE not in everything


def test_the_activity_page_reads_a_long_trail_a_page_at_a_time(make_window, supporter_vault):
    instrument = current_instrument(supporter_vault)
    for _ in range(450):
        record_response(supporter_vault, instrument, [("year_of_study", "2")])
    page = make_window(supporter_vault).show_page_of(ActivityPage)
    assert page.model.total == 450 and page.model.rowCount() == 200
    page.table.scrollToBottom()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 450


def test_the_retention_dialog_previews_then_clears(make_window, supporter_vault, questions,
                                                   qtbot):
    fill_records(supporter_vault)
    window = make_window(supporter_vault)
    dialog = show_retention(window)
    dialog.months.setCurrentIndex(dialog.months.findData(12))
    text = dialog.preview_label.text()
    assert "empties 5 fields" in text and "2 interactions" in text and "1 classmates" in text
    dialog.clear_now()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running)
    qtbot.waitUntil(lambda: "changes nothing" in dialog.preview_label.text())
    rows = interaction_rows(supporter_vault,
                            find_interaction_ids(supporter_vault, InteractionFilter()))
    assert CANARY_NOTE not in {r.interaction.notes for r in rows}
    dialog.save()
    assert retention_months(supporter_vault) == 12
    assert [e.kind for e in find_events(supporter_vault, limit=2)] == [
        EventKind.SETTINGS_CHANGED, EventKind.RETENTION_RUN]


def test_retiring_from_the_window(make_window, supporter_vault, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    fill_records(supporter_vault)
    path = supporter_vault.path
    window = make_window(supporter_vault)
    dialog = retire(window)
    assert not dialog.retire_button.isEnabled()
    dialog.folder.setText(str(tmp_path))
    dialog.understood.setChecked(True)
    dialog.retire()
    qtbot.waitUntil(lambda: bool(told))
    assert not path.exists()
    assert [p.name.endswith(".zip") for p in tmp_path.glob("side-by-side-final-*")] == [True]
    assert "synced folder" in told[0]
    qtbot.waitUntil(lambda: not window.isVisible())
