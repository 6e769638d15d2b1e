"""The Export page and dialog, driven as a supporter would; the coordinator's key page."""

from __future__ import annotations

import re
import threading
from datetime import datetime
from pathlib import Path

import pytest
from bundle_files import files_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from sbs_desktop.app.export import export_history, preview_export
from sbs_desktop.app.interactions import record_interaction
from sbs_desktop.app.keys import (
    coordinator_identity,
    coordinator_public_key,
    coordinator_recipient,
    generate_coordinator_keys,
    set_coordinator_recipient,
)
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk
from sbs_desktop.exchange.encryption import generate_identity
from sbs_desktop.exchange.manifest import validate_manifest
from sbs_desktop.store.contacts import add_contact
from sbs_desktop.ui import export_dialog
from sbs_desktop.ui.coordinator_key_page import CoordinatorKeyPage
from sbs_desktop.ui.export_page import ExportPage

NAME = "Ottoline Varga-Pemberton"
NOTE = "Mentioned the PELICAN-5520 incident"


@pytest.fixture
def vault(supporter_vault):
    contact = add_contact(supporter_vault, Contact(name=NAME, reach="ottoline@example.org"))
    for day in (3, 10, 17):
        record_interaction(supporter_vault, Interaction(
            occurred_at=datetime(2025, 2, day, 14, 20), duration_minutes=20,
            format=Format.VIDEO, initiated_by=Initiator.STUDENT,
            primary_concern=Concern.EXAMS, concerns=frozenset({Concern.EXAMS}),
            risk=Risk.NONE, contact_id=contact.id, notes=NOTE))
    return supporter_vault


@pytest.fixture
def page(qtbot, vault):
    page = ExportPage(vault)
    qtbot.addWidget(page)
    page.show()
    return page


def open_dialog(qtbot, page):
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    return dialog


def shown_texts(dialog) -> str:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for table in dialog.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        texts += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount())]
    return "\n".join(texts)


def preview_rows(dialog, name: str) -> list[tuple[str, ...]]:
    table = dialog.findChild(QTableWidget, f"preview_{name}")
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]


def run_export(qtbot, dialog):
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass


def test_the_dialog_shows_exactly_the_rows_that_will_be_written(qtbot, page, vault, tmp_path):
    dialog = open_dialog(qtbot, page)
    expected = preview_export(vault, "week")
    for table in expected.tables:
        assert preview_rows(dialog, table.name) == list(table.first_rows)
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "interactions.csv (3 rows)", "schedule.csv (0 rows)", "survey.csv (0 rows)"]
    assert "3 interactions" in dialog.summary.text()
    assert expected.supporter in dialog.summary.text()
    assert "Not encrypted" in dialog.encryption.text()
    texts = shown_texts(dialog)
    for private in (NAME, "ottoline@example.org", NOTE, "14:20", "2025-02-03"):
        assert private not in texts
    assert "2025-W06" in texts

    dialog.destination.setText(str(tmp_path / "bundle"))
    assert dialog.final_path.text().endswith("bundle.zip")
    run_export(qtbot, dialog)
    files = files_of(tmp_path / "bundle.zip")
    manifest = validate_manifest(files["manifest.json"])
    written = files["interactions.csv"].decode().split("\r\n")[1:4]
    assert written == [",".join(row) for row in preview_rows(dialog, "interactions")]
    assert str(tmp_path / "bundle.zip") in dialog.message.text()
    assert page.history.rowCount() == 1
    assert page.history.item(0, 2).text() == "3"
    assert manifest.export_id == export_history(vault)[0].export_id


def test_months_and_a_folder_when_chosen(qtbot, page, tmp_path):
    dialog = open_dialog(qtbot, page)
    dialog.granularity.setCurrentIndex(dialog.granularity.findData("month"))
    assert {row[2] for row in preview_rows(dialog, "interactions")} == {"2025-02"}
    qtbot.mouseClick(dialog.folder_choice, Qt.MouseButton.LeftButton)
    dialog.destination.setText(str(tmp_path / "bundle"))
    assert dialog.final_path.text().endswith("bundle")
    run_export(qtbot, dialog)
    assert sorted(p.name for p in (tmp_path / "bundle").iterdir()) == [
        "interactions.csv", "manifest.json", "manifest.sig", "schedule.csv", "survey.csv"]
    assert validate_manifest((tmp_path / "bundle" / "manifest.json").read_bytes()
                             ).granularity == "month"


def test_cancel_leaves_no_file_and_no_history(qtbot, page, vault, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, page)
    out = tmp_path / "out"
    out.mkdir()
    dialog.destination.setText(str(out / "bundle"))
    # The export waits on its thread until Cancel has been pressed, so Cancel reaches
    # it before it writes anything, however fast the machine. (The task has a
    # connection of its own, so holding the window's vault would no longer stop it.)
    pressed = threading.Event()
    real_export = export_dialog.export_bundle

    def export_after_cancel(*args, **kwargs):
        assert pressed.wait(10)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_bundle", export_after_cancel)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_started)
    dialog.task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    pressed.set()
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert dialog.task.was_cancelled
    assert "cancelled" in dialog.message.text()
    assert list(out.iterdir()) == []
    assert export_history(vault) == []
    assert dialog.export_button.isEnabled()


def test_a_failed_export_says_why_and_can_be_retried(qtbot, page, tmp_path):
    dialog = open_dialog(qtbot, page)
    dialog.destination.setText(str(tmp_path / "no such folder" / "bundle"))
    run_export(qtbot, dialog)
    assert "no such folder" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert dialog.export_button.isEnabled()
    dialog.destination.setText(str(tmp_path / "bundle"))
    run_export(qtbot, dialog)
    assert (tmp_path / "bundle.zip").is_file()


def test_a_pasted_key_is_checked_kept_and_used(qtbot, page, vault, coordinator_vault, tmp_path):
    qtbot.keyClicks(page.key_edit, "age1 not really a key")
    qtbot.mouseClick(page.save_key_button, Qt.MouseButton.LeftButton)
    assert "not a coordinator public key" in page.key_message.text()
    assert coordinator_recipient(vault) is None

    public = generate_coordinator_keys(coordinator_vault)
    page.key_edit.clear()
    qtbot.keyClicks(page.key_edit, public)
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)
    assert coordinator_recipient(vault) == public
    assert "encrypted to the coordinator key" in page.key_status.text()
    assert page.key_status.toolTip() == public

    dialog = open_dialog(qtbot, page)
    assert not dialog.form_row.isVisible()
    assert "Encrypted to the coordinator key" in dialog.encryption.text()
    dialog.destination.setText(str(tmp_path / "bundle"))
    assert dialog.final_path.text().endswith("bundle.zip.age")
    run_export(qtbot, dialog)
    files = files_of(tmp_path / "bundle.zip.age", coordinator_identity(coordinator_vault))
    assert NOTE.encode() not in b"".join(files.values())
    assert page.history.item(0, 5).text().endswith("(encrypted)")


def test_a_key_file_is_loaded_and_a_wrong_file_refused(qtbot, page, vault, tmp_path):
    _, public = generate_identity()
    (tmp_path / "wrong.pub").write_bytes(b"\xff\xfe not text")
    assert not page.load_key_file(tmp_path / "wrong.pub")
    assert "not a public key file" in page.key_message.text()
    (tmp_path / "coordinator.pub").write_text(f"# a comment\n{public}\n")
    assert page.load_key_file(tmp_path / "coordinator.pub")
    assert coordinator_recipient(vault) == public
    qtbot.mouseClick(page.remove_key_button, Qt.MouseButton.LeftButton)
    assert coordinator_recipient(vault) is None
    assert "not encrypted" in page.key_status.text()


def test_the_export_page_is_in_the_supporters_window(make_window, vault):
    window = make_window(vault)
    page = window.show_page_of(ExportPage)
    assert page.isVisible()


def test_the_coordinator_makes_copies_and_saves_the_public_key(
        qtbot, make_window, coordinator_vault, tmp_path):
    window = make_window(coordinator_vault)
    page = window.show_page_of(CoordinatorKeyPage)
    assert page.create_button.isVisible() and not page.public_key.isVisible()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    public = coordinator_public_key(coordinator_vault)
    assert page.public_key.text() == public and page.public_key.isVisible()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == public
    assert page.save_key(tmp_path / "key.pub")
    assert (tmp_path / "key.pub").read_text().splitlines()[-1] == public
    assert not page.save_key(tmp_path / "missing" / "key.pub")
    assert re.search("Could not save", page.message.text())


def test_a_supporter_with_a_key_set_before_sees_it(qtbot, vault):
    _, public = generate_identity()
    set_coordinator_recipient(vault, public)
    page = ExportPage(vault)
    qtbot.addWidget(page)
    assert page.remove_key_button.isEnabled()
    assert public[:10] in page.key_status.text()


def test_an_existing_bundle_is_neither_suggested_nor_replaced_unasked(qtbot, page, tmp_path):
    dialog = open_dialog(qtbot, page)
    dialog.destination.setText(str(tmp_path / "bundle"))
    run_export(qtbot, dialog)
    first = (tmp_path / "bundle.zip").read_bytes()
    again = open_dialog(qtbot, page)
    again.destination.setText(str(tmp_path / "bundle"))
    qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    assert again.task is None
    assert "already exists" in again.message.text()
    assert (tmp_path / "bundle.zip").read_bytes() == first
    assert page.history.rowCount() == 1



def test_the_suggested_name_never_points_at_an_earlier_export(qtbot, page, tmp_path,
                                                              monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    (tmp_path / "person").mkdir()
    dialog = open_dialog(qtbot, page)
    suggested = Path(dialog.destination.text())
    assert tmp_path in suggested.parents
    run_export(qtbot, dialog)
    assert (suggested.parent / (suggested.name + ".zip")).is_file()
    second = Path(open_dialog(qtbot, page).destination.text())
    assert second == suggested.with_name(suggested.name + "-2")
