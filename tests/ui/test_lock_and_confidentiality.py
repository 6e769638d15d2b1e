"""Locking closes the vault and keeps a half-filled form in it; nothing typed about a
classmate leaks to disk, nor to the backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from sbs_desktop.app.drafts import waiting_drafts
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.vocabulary import Concern, Role
from sbs_desktop.store.interactions import count_interactions, find_interactions
from sbs_desktop.ui.backups_dialog import show_backups
from sbs_desktop.ui.interactions_page import InteractionsPage
from sbs_desktop.ui.lock import LockReason
from sbs_desktop.ui.main_window import MainWindow
from sbs_desktop.ui.settings import Settings
from sbs_desktop.ui.vault_dialogs import CreateVaultDialog

STRONG = "quiet lantern orchard seventy ribbon"

# Every test here may meet a yes/no question (conftest.py answers it).
pytestmark = pytest.mark.usefixtures("questions")


def test_locking_closes_the_vault_and_unlocking_puts_the_half_filled_form_back(
        qtbot, make_window, supporter_vault, passphrase):
    window = make_window(supporter_vault)
    form = window.new_interaction()
    form.duration.setValue(50)
    form.concerns.check(Concern.MOOD_ANXIETY)
    qtbot.keyClicks(form.notes, "half a thought about exams")
    before = form.values()

    window.inactivity.expired.emit()  # what the timer does after the idle minutes
    assert window.lock.locked
    assert not supporter_vault.is_open and window.vault is None  # closed, not covered
    assert not form.isVisible() and window.pages == []
    screen = window.lock.screen
    assert screen.isVisible() and window.screens.currentWidget() is screen
    assert not window.new_action.isEnabled()
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Escape)  # no way around the lock
    assert window.lock.locked

    qtbot.keyClicks(screen.passphrase, "not it")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.lock.locked and screen.error.isVisible()
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.lock.locked and window.vault is not None and window.vault.is_open
    [again] = window.unsaved_forms()
    assert again is not form and again.values() == before  # a new form, filled as it was
    assert again.notes.toPlainText() == "half a thought about exams"
    assert waiting_drafts(window.vault) == []  # back in the form, no longer kept
    assert count_interactions(window.vault) == 0
    assert window.inactivity.active  # counting again
    with qtbot.waitSignal(again.saved):
        again.save()
    assert count_interactions(window.vault) == 1


@pytest.mark.parametrize(("reason", "words"), [
    (LockReason.MANUAL, "You locked Side-by-Side."),
    (LockReason.IDLE, "Side-by-Side locked itself after 10 minute(s) without use."),
    (LockReason.SESSION, "Side-by-Side locked because the computer was locked or went to "
                         "sleep."),
])
def test_the_lock_screen_says_how_it_was_locked(make_window, supporter_vault, reason, words):
    window = make_window(supporter_vault)
    window.set_auto_lock_minutes(10)
    {LockReason.MANUAL: window.lock_now, LockReason.IDLE: window.inactivity.expired.emit,
     LockReason.SESSION: window.session_watch.session_locked.emit}[reason]()
    assert window.lock.reason is reason
    assert window.lock.screen.heading.text() == words


def test_ctrl_l_locks(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked and window.lock.reason is LockReason.MANUAL
    assert not supporter_vault.is_open


def test_ctrl_l_in_the_interaction_form_locks_and_keeps_what_was_typed(
        qtbot, make_window, supporter_vault, passphrase):
    window = make_window(supporter_vault)
    form = window.new_interaction()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(form.notes, "called away mid-sentence")
    # The form is modal, which blocks the main window's own shortcuts.
    qtbot.keyClick(form.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked and window.lock.reason is LockReason.MANUAL
    assert not supporter_vault.is_open
    qtbot.keyClicks(window.lock.screen.passphrase, passphrase)
    qtbot.keyClick(window.lock.screen.passphrase, Qt.Key.Key_Return)
    [again] = window.unsaved_forms()
    assert again.notes.toPlainText() == "called away mid-sentence"


@pytest.mark.parametrize("reason", list(LockReason))
def test_the_lock_screen_shows_its_words_whole(qtbot, make_window, supporter_vault, reason):
    window = make_window(supporter_vault)
    window.statusBar().showMessage("Saved the interaction of Quenby Zyxwarth.")
    window.lock_now(reason)
    assert window.statusBar().currentMessage() == ""  # nothing of the vault over the lock
    qtbot.waitUntil(window.lock.screen.isVisible)
    wrapped = [label for label in window.lock.screen.findChildren(QLabel)
               if label.isVisible() and label.wordWrap()]

    def whole() -> bool:
        # Wrapped at the width it was given, a text needs this height; less is cut.
        return all(label.width() >= 300 and label.height() >= label.heightForWidth(
            label.width()) for label in wrapped)

    qtbot.waitUntil(whole, timeout=2000)  # once the layout has settled on the words


def test_the_auto_lock_minutes_are_a_setting(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    assert window.inactivity.interval_ms == Settings().auto_lock_minutes * 60_000
    window.set_auto_lock_minutes(3)
    assert Settings.load().auto_lock_minutes == 3
    assert window.inactivity.interval_ms == 3 * 60_000 and window.inactivity.active
    window.set_auto_lock_minutes(0)
    assert not window.inactivity.active


def test_closing_with_an_unsaved_form_asks(qtbot, make_window, supporter_vault, questions):
    window = make_window(supporter_vault)
    form = window.new_interaction()
    qtbot.keyClicks(form.notes, "not saved yet")
    questions.answers.append(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and form.isVisible() and supporter_vault.is_open
    questions.answers.append(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert not supporter_vault.is_open


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in _files_under(folder):
        data = path.read_bytes()
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in data or secret.lower().encode(encoding) in data:
                    found.append(f"{secret!r} ({encoding}) in {path}")
    return found


def test_nothing_typed_about_a_classmate_reaches_the_disk_unencrypted(
        qtbot, tmp_path, private_home, questions):
    name, reach, note = "Quenby Zyxwarth", "quenby.zyx@example.org", "Zyxwarth panic attacks"
    path = private_home / ".local/share/Side-by-Side/vault.sbsvault"
    create = CreateVaultDialog(path)
    qtbot.addWidget(create)
    qtbot.keyClicks(create.passphrase, STRONG)
    qtbot.keyClicks(create.confirmation, STRONG)
    with qtbot.waitSignal(create.accepted):
        qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    vault = create.vault
    assert vault.role is Role.SUPPORTER
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()

    form = window.new_interaction()
    qtbot.keyClicks(form.classmate, name)
    contact_dialog = form.add_classmate()
    qtbot.keyClicks(contact_dialog.reach, reach)
    with qtbot.waitSignal(contact_dialog.saved):
        contact_dialog.save()
    form.concerns.check(Concern.MOOD_ANXIETY)
    qtbot.keyClicks(form.notes, note)
    with qtbot.waitSignal(form.saved):
        form.save()
    [row] = find_interactions(vault)
    assert row.contact_name == name and row.interaction.notes == note

    folder = tmp_path / "usb-stick"  # backups, made now and on closing
    backups = show_backups(window)
    backups.choose_folder(folder)
    with qtbot.waitSignal(backups.back_up_now().finished, timeout=30_000):
        pass
    backups.close()
    draft = window.new_interaction()  # half-written when the lock comes: kept as a draft
    qtbot.keyClicks(draft.classmate, name)
    qtbot.keyClicks(draft.notes, note)
    window.lock_now()
    assert not vault.is_open
    qtbot.keyClicks(window.lock.screen.passphrase, STRONG)
    qtbot.keyClick(window.lock.screen.passphrase, Qt.Key.Key_Return)
    [draft] = window.unsaved_forms()
    assert draft.notes.toPlainText() == note
    draft.discard()
    vault = window.vault

    page = window.show_page_of(InteractionsPage)  # shown in the list, searched for
    page.search.setText("Zyxwarth")
    page.apply_filters()
    assert page.model.total == 1
    window.lock_now()
    assert not vault.is_open
    qtbot.keyClicks(window.lock.screen.passphrase, STRONG)
    qtbot.mouseClick(window.lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.vault.is_open

    secrets = [name, reach, note, "Zyxwarth"]
    written = _files_under(tmp_path)
    assert Path(f"{path}-wal") in written  # checked while open, with the WAL in use
    assert _leaks(tmp_path, secrets) == []
    assert window.close()
    written = _files_under(tmp_path)
    assert len([p for p in written if folder in p.parents]) >= 1  # the backups were searched
    assert not list((tmp_path / "temp").iterdir())  # no temporary file left behind
    assert path in written and Path(f"{path}.lock") in written
    assert any(p.suffix == ".conf" or "Side-by-Side" in p.name for p in written
               if p != path and private_home in p.parents)  # the settings file is searched
    assert _leaks(tmp_path, secrets) == []
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_the_window_title_shows_the_vault_file_by_its_own_name(make_window, tmp_path,
                                                                passphrase):
    # "%2" in the file name must not be filled with the role.
    vault = create_vault(tmp_path / "notes%2.sbsvault", passphrase, Role.SUPPORTER)
    window = make_window(vault)
    assert window.windowTitle() == "Side-by-Side — notes%2.sbsvault (Peer supporter)"
