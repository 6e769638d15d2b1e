"""Usable by every supporter: a small screen, a keyboard only, a screen reader, any palette."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from sbs_desktop.core.interaction import InteractionField as Field
from sbs_desktop.core.vocabulary import Concern, Role
from sbs_desktop.store.interactions import find_interactions
from sbs_desktop.ui.interaction_form import InteractionForm
from sbs_desktop.ui.schedule_page import SchedulePage

pytestmark = pytest.mark.usefixtures("questions")

# A 1280 x 720 screen less a title bar (about 30 px) and a task bar (about 40 px).
SMALL_SCREEN = QSize(1280, 720 - 30 - 40)


def _vault(request, role: Role):
    return request.getfixturevalue("supporter_vault" if role is Role.SUPPORTER
                                   else "coordinator_vault")


def _each_page(qtbot, window):
    """Show each page in turn (waiting for any work it starts), yielding its row."""
    for row in range(window.navigation.count()):
        window.show_page(row)
        task = getattr(window.current_page(), "task", None)
        if task is not None:
            qtbot.waitUntil(lambda task=task: not task.running, timeout=60000)
        yield row


# -- fit -------------------------------------------------------------------------------


class _LaptopScreen:
    """A 1366 x 768 screen whose task bar leaves 1366 x 728 free."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1366, 728)


def test_a_new_window_opens_within_a_laptop_screen(qtbot, monkeypatch, supporter_vault):
    from sbs_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "screen", lambda self: _LaptopScreen())
    window = MainWindow(supporter_vault)
    qtbot.addWidget(window)
    # With a title bar on top, the whole window and its status bar stay on the screen.
    assert window.height() + 40 <= 728
    assert window.width() + 16 <= 1366


@pytest.mark.parametrize("role", list(Role))
def test_the_window_and_every_page_fit_a_1280_by_720_screen(qtbot, request, make_window, role):
    window = make_window(_vault(request, role))
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN.width() and hint.height() <= SMALL_SCREEN.height()
    window.resize(SMALL_SCREEN)
    for _row in _each_page(qtbot, window):
        page = window.current_page()
        # The window's room for a page: what is left of the small screen beside the list.
        room = window.stack.size()
        wanted = page.minimumSizeHint()
        assert wanted.width() <= room.width(), type(page).__name__
        assert wanted.height() <= room.height() + 40, type(page).__name__
    # An error line on a page never makes the window grow.
    schedule = window.show_page_of(SchedulePage) if role is Role.SUPPORTER else None
    if schedule is not None:
        schedule.new_term()
        schedule.slot_end.setTime(schedule.slot_start.time())
        schedule.add_slot()
        assert schedule.message.isVisible()
        assert window.minimumSizeHint().height() <= SMALL_SCREEN.height()


def test_page_titles_sit_at_one_margin(qtbot, request, make_window):
    lefts = set()
    for role in Role:
        window = make_window(_vault(request, role))
        for _row in _each_page(qtbot, window):
            heading = window.current_page().findChild(QLabel, "pageHeading")
            lefts.add(heading.mapTo(window, QPoint(0, 0)).x()
                      + heading.contentsMargins().left())
    assert len(lefts) == 1


# -- keyboard --------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _mnemonics(window: QWidget) -> Counter:
    """Each mnemonic letter reachable in `window` as it shows now, with how many use it."""
    letters: Counter = Counter()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        texts = []
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QAbstractButton | QGroupBox):
            texts = [widget.text() if isinstance(widget, QAbstractButton) else widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts = [action.text() for action in widget.actions()]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                letters[letter] += 1
    return letters


def _shared(window: QWidget) -> dict:
    return {letter: count for letter, count in _mnemonics(window).items() if count > 1}


@pytest.mark.parametrize("role", list(Role))
def test_no_two_widgets_in_a_window_share_a_mnemonic(qtbot, request, make_window, role):
    vault = _vault(request, role)
    window = make_window(vault)
    for row in _each_page(qtbot, window):
        assert _shared(window) == {}, window.navigation.item(row).text()
    dialogs = [window.open_resource_directory()]
    if role is Role.SUPPORTER:
        form = window.new_interaction()
        dialogs += [form, form.add_classmate()]
        from sbs_desktop.ui.export_dialog import ExportDialog

        dialogs.append(ExportDialog(vault, window))
        dialogs[-1].show()
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        assert _shared(dialog) == {}, dialog.windowTitle()


def _form(qtbot, vault, now: datetime | None = None) -> InteractionForm:
    form = InteractionForm(vault, now=now)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_ticking_concerns_by_keyboard_does_not_depend_on_typing_speed(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.concerns.setFocus()
    form.concerns.setCurrentRow(0)
    # A quick hand: "b", Space, "e", Space, with no pause for Qt's type-ahead to forget.
    for key in (Qt.Key.Key_B, Qt.Key.Key_Space, Qt.Key.Key_E, Qt.Key.Key_Space):
        qtbot.keyClick(form.concerns, key)
    assert form.concerns.checked() == [Concern.EXAMS, Concern.BURNOUT_STRESS]
    assert form.primary.code() is Concern.BURNOUT_STRESS
    assert form.save()


def test_the_same_letter_again_moves_to_the_next_label_with_it(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.concerns.setCurrentRow(0)
    for _ in range(2):
        qtbot.keyClick(form.concerns, Qt.Key.Key_M)
    assert form.concerns.currentItem().text() == "Mistreatment"


def test_a_problem_goes_as_soon_as_its_field_is_put_right(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault, datetime(2026, 3, 10, 14, 2))
    form.duration.setValue(0)
    assert not form.save()
    assert form.problems.shown() == [Field.DURATION_MINUTES, Field.PRIMARY_CONCERN]
    form.concerns.setFocus()
    qtbot.keyClick(form.concerns, Qt.Key.Key_G)
    qtbot.keyClick(form.concerns, Qt.Key.Key_Space)
    assert form.problems.shown() == [Field.DURATION_MINUTES]
    assert "Primary concern" not in form.problem_text
    form.duration.setValue(45)
    assert form.problems.shown() == [] and form.problem_text == ""
    # A new problem waits for the next save rather than appear mid-typing.
    form.duration.setValue(0)
    assert form.problems.shown() == []


def test_notes_are_one_shortcut_away_and_few_tabs_away(qtbot, supporter_vault):
    form = _form(qtbot, supporter_vault)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.when)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.notes
    form.when.setFocus()
    tabs = 0
    while QApplication.focusWidget() is not form.notes and tabs < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        tabs += 1
    assert tabs <= 11


def test_saving_an_interaction_says_so_in_the_status_bar(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    form = window.new_interaction()
    form.concerns.check(Concern.EXAMS)
    assert form.save()
    assert window.statusBar().currentMessage().startswith("Saved the interaction of")
    assert len(find_interactions(supporter_vault)) == 1


def test_schedule_times_take_typed_digits(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    page = window.show_page_of(SchedulePage)
    page.new_term()
    # A click into the field leaves the cursor in the hour without a selection.
    qtbot.mouseClick(page.slot_start.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(4, 6))
    qtbot.keyClicks(page.slot_start, "0930")
    page.slot_end.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.slot_end, "1045")
    assert page.slot_start.text() == "09:30" and page.slot_end.text() == "10:45"
    qtbot.keyClicks(page.slot_place, "Room 2101")
    page.add_slot()
    slot = page.current_term().slots[0]
    assert (slot.start.isoformat("minutes"), slot.end.isoformat("minutes")) == ("09:30", "10:45")


# -- screen readers --------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit)


def _unnamed(window: QWidget) -> list[str]:
    """Interactive widgets a screen reader could not name: no visible text, no label
    that is their buddy, no accessible name."""
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel)
               if label.buddy() is not None and label.isVisibleTo(window)}
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo box
        if type(widget).__name__ in ("QScrollBar", "QTabBar", "QHeaderView"):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                       f"{type(widget.parentWidget()).__name__}")
    return missing


@pytest.mark.parametrize("role", list(Role))
def test_every_interactive_widget_has_a_name(qtbot, request, make_window, role):
    window = make_window(_vault(request, role))
    assert window.navigation.accessibleName()
    for row in _each_page(qtbot, window):
        assert _unnamed(window.current_page()) == [], window.navigation.item(row).text()


# -- crisis text ---------------------------------------------------------------------


def test_notes_in_the_resource_directory_wrap_whole(qtbot, supporter_vault):
    from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog, ResourceList

    dialog = ResourceDirectoryDialog(supporter_vault)
    qtbot.addWidget(dialog)
    dialog.resize(800, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    listing = dialog.findChild(ResourceList)
    assert listing.textElideMode() == Qt.TextElideMode.ElideNone
    width = listing.header().sectionSize(3)
    longest = max((listing.topLevelItem(g).child(r) for g in range(listing.topLevelItemCount())
                   for r in range(listing.topLevelItem(g).childCount())),
                  key=lambda item: listing.fontMetrics().horizontalAdvance(item.text(3)))
    assert listing.fontMetrics().horizontalAdvance(longest.text(3)) > width
    # Taller than one line: the words wrap rather than end in "…".
    qtbot.waitUntil(lambda: listing.visualItemRect(longest).height()
                    > 1.6 * listing.fontMetrics().height())



# -- export ------------------------------------------------------------------------------


def test_no_support_hours_in_an_export_come_with_their_real_reason(qtbot, supporter_vault):
    from datetime import date, time, timedelta

    from sbs_desktop.app.schedule import record_term
    from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
    from sbs_desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog(supporter_vault)
    qtbot.addWidget(dialog)
    assert "no term is set on the Schedule page" in dialog.summary.text()
    # Hours set today for a term that starts tomorrow: none offered yet, so none sent.
    start = date.today() + timedelta(days=1)
    record_term(supporter_vault, Term(start=start, end=start + timedelta(weeks=10), slots=(
        ScheduleSlot(start.weekday(), time(12), time(13), ScheduleMode.ONLINE),)))
    dialog.refresh_preview()
    assert "hours are sent once they have been offered" in dialog.summary.text()
    assert "0 rows of support hours" in dialog.summary.text()


def test_the_export_preview_fits_its_dialog_without_scrolling_sideways(qtbot, supporter_vault):
    from sbs_desktop.app.interactions import record_interaction
    from sbs_desktop.core.contact import Contact
    from sbs_desktop.core.interaction import Interaction
    from sbs_desktop.core.vocabulary import Format, Initiator, OutreachReason, Referral, Risk
    from sbs_desktop.store.contacts import add_contact
    from sbs_desktop.ui.export_dialog import ExportDialog
    from sbs_desktop.ui.preview_table import PreviewTable

    contact = add_contact(supporter_vault, Contact(name="Ines", year_of_study=3))
    # The longest codes of each column, in every row the preview shows.
    for day in range(1, 6):
        record_interaction(supporter_vault, Interaction(
            occurred_at=datetime(2025, 2, day, 14), duration_minutes=120,
            format=Format.ONLINE_MESSAGE, initiated_by=Initiator.SUPPORTER,
            outreach_reason=OutreachReason.ROUTINE_CHECK_IN,
            primary_concern=Concern.RELATIONSHIPS_FAMILY,
            concerns=frozenset({Concern.RELATIONSHIPS_FAMILY, Concern.PHYSICAL_HEALTH,
                                Concern.BURNOUT_STRESS}),
            risk=Risk.VERY_CONCERNED,
            referrals=frozenset({Referral.PHYSICIAN_HEALTH_PROGRAM,
                                 Referral.UNIVERSITY_COUNSELLING}),
            contact_id=contact.id))
    dialog = ExportDialog(supporter_vault)
    qtbot.addWidget(dialog)
    # The width the dialog takes on a 1280-pixel-wide screen (1366 gives it more).
    dialog.resize(1280 - 60, dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        view = dialog.tabs.currentWidget().findChild(PreviewTable)
        qtbot.waitUntil(lambda view=view: view.isVisible())
        header = view.horizontalHeader()
        assert header.length() <= view.viewport().width(), view.objectName()
        assert not view.horizontalScrollBar().isVisible()
        # The cells still hold what is written, to the character.
        assert [tuple(view.item(r, c).text() for c in range(view.columnCount()))
                for r in range(view.rowCount())] == list(dialog.preview.tables[tab].first_rows)
    interactions = dialog.findChild(PreviewTable, "preview_interactions")
    concerns = interactions.columns.index("concerns")
    # A long code list wraps onto more lines rather than being cut.
    assert interactions.rowHeight(0) > 2 * interactions.fontMetrics().height()
    assert interactions.columnWidth(concerns) < interactions.fontMetrics().horizontalAdvance(
        interactions.item(0, concerns).text())


# -- file dialogs ----------------------------------------------------------------------


@pytest.fixture
def file_dialogs(monkeypatch, tmp_path):
    """Record the folder each file dialog would open in (and cancel it); the person's
    documents folder is tmp_path/Documents."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    documents = tmp_path / "Documents"
    documents.mkdir()
    real = QStandardPaths.writableLocation
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: str(documents)
                        if where == QStandardPaths.StandardLocation.DocumentsLocation
                        else real(where))
    opened: list[str] = []

    def asking(cancelled):
        def ask(_parent=None, _caption="", folder="", *_args, **kwargs):
            opened.append(str(kwargs.get("dir", folder)))
            return cancelled
        return ask

    for name, cancelled in (("getOpenFileName", ("", "")), ("getOpenFileNames", ([], "")),
                            ("getSaveFileName", ("", "")), ("getExistingDirectory", "")):
        monkeypatch.setattr(QFileDialog, name, asking(cancelled))
    return documents, opened


def _click(widget: QWidget, text: str) -> None:
    """Click the button of `widget` labelled `text` (mnemonic aside)."""
    buttons = [b for b in widget.findChildren(QAbstractButton)
               if b.text().replace("&", "") == text and b.isVisibleTo(widget)]
    assert len(buttons) == 1, (text, [b.text() for b in widget.findChildren(QAbstractButton)])
    buttons[0].click()


def test_every_file_dialog_opens_in_the_documents_folder(qtbot, request, make_window,
                                                          file_dialogs, vault_path):
    from sbs_desktop.ui.backups_dialog import show_backups
    from sbs_desktop.ui.bundles_page import BundlesPage
    from sbs_desktop.ui.coordinator_key_page import CoordinatorKeyPage
    from sbs_desktop.ui.dashboard_page import DashboardPage
    from sbs_desktop.ui.export_page import ExportPage
    from sbs_desktop.ui.first_run import FirstRunDialog
    from sbs_desktop.ui.retire_dialog import retire
    from sbs_desktop.ui.survey_import_dialog import SurveyImportDialog
    from sbs_desktop.ui.survey_page import SurveyPage
    from sbs_desktop.ui.vault_dialogs import CreateVaultDialog, UnlockDialog
    from sbs_desktop.ui.vault_switch import open_vault

    documents, opened = file_dialogs
    supporter = make_window(request.getfixturevalue("supporter_vault"))
    export = supporter.show_page_of(ExportPage)
    qtbot.mouseClick(export.load_key_button, Qt.MouseButton.LeftButton)
    schedule = supporter.show_page_of(SchedulePage)
    schedule.new_term()
    qtbot.mouseClick(schedule.export_button, Qt.MouseButton.LeftButton)
    dialog = export.open_export()
    _click(dialog, "Choose…")
    dialog.close()
    for open_dialog in (show_backups, retire):
        dialog = open_dialog(supporter)
        _click(dialog, "Choose…")
        dialog.close()
    coordinator = make_window(request.getfixturevalue("coordinator_vault"))
    bundles = coordinator.show_page_of(BundlesPage)
    for button in (bundles.import_files_button, bundles.import_folder_button,
                   coordinator.show_page_of(DashboardPage).export_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    keys = coordinator.show_page_of(CoordinatorKeyPage)
    for button in (keys.save_button, keys.save_key_button, keys.use_saved_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    survey = coordinator.show_page_of(SurveyPage)
    for button in (survey.template_button, survey.load_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for dialog_type in (SurveyImportDialog, FirstRunDialog):
        dialog = dialog_type(coordinator.vault if dialog_type is SurveyImportDialog
                             else vault_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(getattr(dialog, "choose_button", None) or dialog.open_button,
                         Qt.MouseButton.LeftButton)
    in_documents = [folder for folder in opened if Path(folder).parent == documents
                    or Path(folder) == documents]
    assert len(opened) == 15 and in_documents == opened, opened
    # Where a folder was already chosen for the task, the dialog opens there instead.
    opened.clear()
    open_vault(supporter)
    for dialog_type, text in ((UnlockDialog, "Open another vault…"),
                              (CreateVaultDialog, "Choose…")):
        dialog = dialog_type(vault_path)
        qtbot.addWidget(dialog)
        _click(dialog, text)
    assert [Path(folder) for folder in opened] == [
        vault_path.parent, vault_path.parent, vault_path]


# -- pages -----------------------------------------------------------------------------


def test_an_interaction_without_a_classmate_says_so_greyed(qtbot, make_window,
                                                           supporter_vault):
    from PySide6.QtGui import QPalette

    from sbs_desktop.app.interactions import record_interaction
    from sbs_desktop.core.contact import Contact
    from sbs_desktop.core.interaction import Interaction
    from sbs_desktop.core.vocabulary import Format, Initiator, Risk
    from sbs_desktop.store.contacts import add_contact
    from sbs_desktop.ui.interaction_table import Column
    from sbs_desktop.ui.interactions_page import InteractionsPage
    from sbs_desktop.ui.problem_style import contrast

    contact = add_contact(supporter_vault, Contact(name="Ines"))
    for day, contact_id in ((3, None), (4, contact.id)):
        record_interaction(supporter_vault, Interaction(
            occurred_at=datetime(2026, 2, day, 14), duration_minutes=20, format=Format.VIDEO,
            initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS, risk=Risk.NONE,
            concerns=frozenset({Concern.EXAMS}), contact_id=contact_id))
    window = make_window(supporter_vault)
    page = window.show_page_of(InteractionsPage)
    model = page.table.model()
    cells = {model.index(row, Column.CLASSMATE).data(): model.index(row, Column.CLASSMATE)
             for row in range(model.rowCount())}
    assert set(cells) == {"Ines", "(no classmate linked)"}
    grey = cells["(no classmate linked)"].data(Qt.ItemDataRole.ForegroundRole).color()
    base = page.table.palette().color(QPalette.ColorRole.Base)
    assert grey != page.table.palette().color(QPalette.ColorRole.Text)
    assert contrast(grey, base) >= 4.5
    assert cells["Ines"].data(Qt.ItemDataRole.ForegroundRole) is None


def test_every_page_of_both_roles_fits_at_200_percent(tmp_path):
    """QT_SCALE_FACTOR=2 on a 2560 x 1440 screen, in a child process (the factor is read
    once, when Qt starts): a 1280 x 720 screen of logical pixels, every glyph doubled."""
    import json
    import os
    import subprocess
    import sys

    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 2560, "height": 1440, "logicalDpi": 96,
        "dpr": 1}]}))
    environment = {**os.environ, "QT_SCALE_FACTOR": "2",
                   "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
                   # The child's settings and data stay in the test's folder.
                   "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data")}
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("scaled_window.py")), str(tmp_path)],
        env=environment, capture_output=True, text=True, timeout=600, check=False)
    assert child.returncode == 0, child.stderr[-2000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2 and report["screen"] == [1280, 720]
    assert report["problems"] == []
