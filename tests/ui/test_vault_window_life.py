"""A vault's life in the GUI: drafts across a lock and a kill, the session lock, settings that
stick, recent vaults, first run, backups, the restore offer and the passphrase change."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbs_desktop.app.backups import (
    BackupPolicy,
    back_up,
    backup_policy,
    find_backups,
    set_backup_policy,
)
from sbs_desktop.app.drafts import waiting_drafts
from sbs_desktop.app.vaults import create_vault, unlock_vault
from sbs_desktop.core.vocabulary import Concern, Risk, Role
from sbs_desktop.ui.backups_dialog import show_backups
from sbs_desktop.ui.contacts_page import ContactDialog
from sbs_desktop.ui.first_run import FirstRunDialog
from sbs_desktop.ui.lock import LockReason
from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog
from sbs_desktop.ui.settings import Settings
from sbs_desktop.ui.survey_page import SurveyPage
from sbs_desktop.ui.vault_dialogs import UnlockDialog

STRONG = "quiet lantern orchard seventy ribbon"
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("questions")


def _unlock(qtbot, window, passphrase: str) -> None:
    qtbot.keyClicks(window.lock.screen.passphrase, passphrase)
    qtbot.keyClick(window.lock.screen.passphrase, Qt.Key.Key_Return)
    assert not window.lock.locked


# -- drafts ----------------------------------------------------------------------------


def test_the_contact_dialog_and_a_survey_response_come_back_after_a_lock(
        qtbot, make_window, supporter_vault, passphrase):
    window = make_window(supporter_vault)
    page = window.show_page_of(SurveyPage)
    page.form.set_answers([("year_of_study", "3")])
    answers = page.form.answers()
    form = window.new_interaction()
    form.risk.select(Risk.IMMEDIATE)  # opens the crisis resources over the form
    qtbot.keyClicks(form.classmate, "Ada")
    dialog = form.add_classmate()
    qtbot.keyClicks(dialog.reach, "by the library")

    window.lock_now()
    assert not dialog.isVisible() and not form.isVisible()
    with unlock_vault(supporter_vault.path, passphrase) as kept:
        assert [d.kind for d in waiting_drafts(kept)] == ["interaction", "contact", "survey"]
    _unlock(qtbot, window, passphrase)

    [form] = window.unsaved_forms()
    assert form.classmate.text() == "Ada" and form.risk.code() is Risk.IMMEDIATE
    # Put back as it was, not chosen anew: the crisis resources do not open again.
    assert not [d for d in window.findChildren(ResourceDirectoryDialog) if d.isVisible()]
    [dialog] = [d for d in window.findChildren(ContactDialog) if d.isVisible()]
    assert dialog.parentWidget() is form  # over the form it was opened from
    assert dialog.name.text() == "Ada" and dialog.reach.text() == "by the library"
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert form.classmate_field.contact() is not None  # it became the form's classmate
    assert window.page(SurveyPage).form.answers() == answers


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.core.vocabulary import Concern
    from sbs_desktop.ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(unlock_vault(Path(sys.argv[1]), sys.argv[2]))
    window.show()
    form = window.new_interaction()
    form.concerns.check(Concern.ACADEMIC)
    form.notes.setPlainText("written just before the lock")
    form.duration.setValue(45)
    window.lock_now()
    print("locked", window.vault is None, flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_a_draft_survives_a_kill_while_locked(qtbot, make_window, supporter_vault, passphrase):
    path = supporter_vault.path
    supporter_vault.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), passphrase], stdout=subprocess.PIPE,
        text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout.readline().split() == ["locked", "True"]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()

    window = make_window(unlock_vault(path, passphrase))  # the next start
    qtbot.waitUntil(lambda: len(window.unsaved_forms()) == 1)
    [form] = window.unsaved_forms()
    assert form.notes.toPlainText() == "written just before the lock"
    assert form.concerns.checked() == [Concern.ACADEMIC] and form.duration.value() == 45
    assert waiting_drafts(window.vault) == []


# -- the operating system's session lock -------------------------------------------------


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_a_screen_saver_or_sleep_signal_on_d_bus_locks(qtbot, make_window, supporter_vault):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "sbs-test-watch")
        sender = QDBusConnection.connectToBus(address, "sbs-test-sender")
        from sbs_desktop.ui.main_window import MainWindow

        window = MainWindow(supporter_vault, session_buses=(bus, bus))
        qtbot.addWidget(window)
        window.show()
        assert "logind PrepareForSleep" in window.session_watch.watching

        def signal_(path, interface, name, *arguments):
            message = QDBusMessage.createSignal(path, interface, name)
            message.setArguments(list(arguments))
            assert sender.send(message)

        signal_("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
                False)  # the screen saver ending locks nothing
        signal_("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
                True)
        qtbot.waitUntil(lambda: window.lock.locked)
        assert window.lock.reason is LockReason.SESSION and not supporter_vault.is_open
        assert "went to sleep" in window.lock.screen.heading.text()
    finally:
        daemon.kill()
        daemon.wait()


# -- settings ----------------------------------------------------------------------------


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=True, cwd=ROOT,
                          capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()


def test_the_language_and_every_setting_stick_across_restarts(private_home):
    # Each run is a program start of its own: Qt keeps an INI file in memory per process.
    _python("""
        from pathlib import Path
        from sbs_desktop.ui.settings import Settings
        settings = Settings.load()
        settings.language = "fr"
        settings.auto_lock_minutes = 7
        settings.remember_vault(Path("/data/one.sbsvault"))
        settings.set_backup_folder(Path("/data/one.sbsvault"), Path("/media/usb/backups"))
        settings.save()
    """)
    _python("""
        from sbs_desktop.ui.settings import Settings
        Settings.load().save()  # a start that changes nothing must lose nothing
    """)
    shown = _python("""
        from PySide6.QtCore import QCoreApplication
        from sbs_desktop.ui.application import make_application
        from sbs_desktop.ui.settings import Settings
        make_application([])
        settings = Settings.load()
        print(settings.auto_lock_minutes, settings.last_vault,
              settings.backup_folder(settings.last_vault))
        print(QCoreApplication.translate("UnlockDialog", "Unlock your vault — Side-by-Side"))
    """).splitlines()
    assert shown[0] == "7 /data/one.sbsvault /media/usb/backups"
    assert shown[1] != "Unlock your vault — Side-by-Side" and "coffre" in shown[1]


def test_a_language_written_by_an_earlier_version_is_read(private_home):
    Settings().save()
    ini = next((private_home / ".config").rglob("*.ini"))
    ini.write_text("[%General]\nlanguage=fr\n", encoding="utf-8")
    assert _python("""
        from sbs_desktop.ui.settings import Settings
        print(Settings.load().language)
    """) == "fr"


def test_the_last_vault_opened_comes_first_among_the_recent_ones(
        qtbot, make_window, tmp_path, passphrase):
    first = create_vault(tmp_path / "first.sbsvault", passphrase, Role.SUPPORTER)
    window = make_window(first)
    assert window.close()
    second = create_vault(tmp_path / "second.sbsvault", passphrase, Role.COORDINATOR)
    window = make_window(second)
    settings = Settings.load()
    assert settings.last_vault == second.path.absolute()
    assert settings.recent_vaults[:2] == [second.path.absolute(), first.path.absolute()]
    window.recent_menu.aboutToShow.emit()
    [entry] = window.recent_menu.actions()
    assert "first.sbsvault" in entry.text() and entry.isEnabled()


# -- first run ---------------------------------------------------------------------------


def test_first_run_creates_a_vault_with_the_cursor_in_the_passphrase(qtbot, tmp_path):
    path = tmp_path / "a folder with a rather long name to see its start" / "vault.sbsvault"
    first = FirstRunDialog(path)
    qtbot.addWidget(first)
    first.show()
    texts = [first.supporter_button.description(), first.coordinator_button.description()]
    assert all(texts) and "demo" in first.demo_button.text().lower()

    create = first.create(Role.COORDINATOR)
    qtbot.waitExposed(create)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is create.passphrase)
    assert create.path_edit.cursorPosition() == 0 and create.role is Role.COORDINATOR
    height = create.sizeHint().height()
    qtbot.keyClicks(create.passphrase, "tulip")
    assert create.strength.value() > 0  # a weak passphrase shows a red piece of bar
    assert "QProgressBar::chunk" in create.strength.styleSheet()
    assert "#2e7d32" not in create.strength.styleSheet()
    qtbot.keyClicks(create.passphrase, " seventeen")
    assert create.sizeHint().height() == height  # the advice changing moves nothing

    create.passphrase.clear()
    qtbot.keyClicks(create.passphrase, STRONG)
    assert "#2e7d32" in create.strength.styleSheet()
    create.confirmation.setFocus()
    qtbot.keyClicks(create.confirmation, "quiet lan")
    assert not create.mismatch.isVisible()  # still typing
    create.passphrase.setFocus()  # leaving the second field finishes it
    assert create.mismatch.isVisible()
    create.confirmation.setText(STRONG)
    assert not create.mismatch.isVisible()
    with qtbot.waitSignal(first.accepted):
        qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    assert first.vault.role is Role.COORDINATOR and first.vault.path == path
    first.vault.close()


def test_first_run_can_open_the_demo(qtbot, tmp_path):
    first = FirstRunDialog(tmp_path / "vault.sbsvault")
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.accepted, timeout=60_000):
        qtbot.mouseClick(first.demo_button, Qt.MouseButton.LeftButton)
    assert first.vault.path == tmp_path / "demo.sbsvault"
    assert first.vault.query_one("SELECT count(*) FROM interactions")[0] > 0
    first.vault.close()


# -- backups -----------------------------------------------------------------------------


def test_backups_dialog_chooses_a_folder_and_backs_up_now(qtbot, make_window, supporter_vault,
                                                         tmp_path):
    window = make_window(supporter_vault)
    assert "No backups are set up" in window.backup_status.warning
    dialog = show_backups(window)
    assert dialog.generations.value() == 10 and dialog.folder.text() == ""
    assert not dialog.back_up_button.isEnabled()
    folder = tmp_path / "usb" / "backups"
    folder.mkdir(parents=True)
    dialog.choose_folder(folder)
    dialog.generations.setValue(3)
    assert backup_policy(supporter_vault) == BackupPolicy(folder, 3)
    assert Settings.load().backup_folder(supporter_vault.path) == folder

    with qtbot.waitSignal(dialog.back_up_now().finished, timeout=30_000):
        pass
    assert len(find_backups(folder, supporter_vault.path)) == 1
    assert "Backed up and checked" in dialog.message.text()
    assert "today" in dialog.last.text()
    assert window.backup_status.warning == ""  # the warning has gone


def test_the_days_backup_is_made_on_close(qtbot, make_window, supporter_vault, tmp_path):
    folder = tmp_path / "backups"
    set_backup_policy(supporter_vault, BackupPolicy(folder))
    window = make_window(supporter_vault)
    assert not window.close()  # it waits for the backup ...
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)  # ... then closes
    assert len(find_backups(folder, supporter_vault.path)) == 1
    assert not supporter_vault.is_open


def test_a_damaged_vault_offers_its_newest_good_backup(qtbot, tmp_path, passphrase):
    path = tmp_path / "vault.sbsvault"
    folder = tmp_path / "backups"
    with create_vault(path, passphrase, Role.SUPPORTER) as vault:
        set_backup_policy(vault, BackupPolicy(folder))
        back_up(vault)
    settings = Settings.load()
    settings.set_backup_folder(path, folder)
    settings.save()
    data = bytearray(path.read_bytes())
    data[5 * 4096 + 100: 5 * 4096 + 140] = bytes(40)  # a page in the middle, damaged
    path.write_bytes(bytes(data))

    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.vault is None and dialog.error.isVisible()
    offer = dialog.restore_offer
    assert offer.isVisible() and "today" in offer.text.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.vault.is_open
    kept = [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert kept and kept[0].read_bytes() == bytes(data)  # the damaged file kept aside
    dialog.vault.close()


def test_a_wrong_passphrase_offers_no_backup(qtbot, tmp_path, passphrase):
    path = tmp_path / "vault.sbsvault"
    with create_vault(path, passphrase, Role.SUPPORTER) as vault:
        back_up(vault, tmp_path / "backups")
    settings = Settings.load()
    settings.set_backup_folder(path, tmp_path / "backups")
    settings.save()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and not dialog.restore_offer.isVisible()


# -- the passphrase, the coordinator's key, another vault --------------------------------


def test_the_passphrase_dialog_changes_the_passphrase(qtbot, make_window, supporter_vault,
                                                     passphrase):
    from sbs_desktop.ui.passphrase_dialog import change_passphrase

    window = make_window(supporter_vault)
    dialog = change_passphrase(window)
    qtbot.keyClicks(dialog.current, "not the current one")
    qtbot.keyClicks(dialog.new_passphrase.passphrase, "short")
    qtbot.keyClicks(dialog.new_passphrase.confirmation, "short")
    assert not dialog.change_button.isEnabled()  # the strength rule of creation
    for field in (dialog.new_passphrase.passphrase, dialog.new_passphrase.confirmation):
        field.setText(STRONG)
    assert dialog.change_button.isEnabled()
    assert not dialog.change()  # the current one is wrong
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.current.setText(passphrase)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "passphrase is changed" in window.statusBar().currentMessage()
    window.lock_now()
    _unlock(qtbot, window, STRONG)  # the new one opens it


def test_the_coordinator_key_is_saved_and_used_in_a_new_vault(qtbot, make_window,
                                                               coordinator_vault, tmp_path,
                                                               passphrase):
    from sbs_desktop.app.keys import coordinator_public_key
    from sbs_desktop.ui.coordinator_key_page import CoordinatorKeyPage

    page = make_window(coordinator_vault).show_page_of(CoordinatorKeyPage)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.save_key_button.isVisible() and not page.use_saved_button.isVisible()
    key_file = tmp_path / "key.age"
    assert page.save_secret_key(key_file, "harbour violet engine marble")
    assert key_file.exists() and b"AGE-SECRET-KEY" not in key_file.read_bytes()

    other = create_vault(tmp_path / "new.sbsvault", passphrase, Role.COORDINATOR)
    new_page = make_window(other).show_page_of(CoordinatorKeyPage)
    assert new_page.use_saved_button.isVisible()
    assert not new_page.use_saved_key(key_file, "not the key's passphrase")
    assert new_page.message.text()  # says why
    assert new_page.use_saved_key(key_file, "harbour violet engine marble")
    assert coordinator_public_key(other) == coordinator_public_key(coordinator_vault)
    assert new_page.public_key.isVisible() and not new_page.use_saved_button.isVisible()


def test_opening_another_vault_closes_this_one(qtbot, make_window, supporter_vault, tmp_path,
                                              passphrase):
    from sbs_desktop.ui.vault_switch import switch_to

    window = make_window(supporter_vault)
    other = create_vault(tmp_path / "other.sbsvault", passphrase, Role.COORDINATOR)
    successor = switch_to(window, other)
    qtbot.addWidget(successor)
    assert not window.isVisible() and not supporter_vault.is_open
    assert successor.isVisible() and successor.vault is other
    assert Settings.load().last_vault == other.path.absolute()


def test_an_unfinished_vault_from_a_crash_is_set_aside_after_asking(qtbot, tmp_path,
                                                                     questions):
    from PySide6.QtWidgets import QMessageBox

    from sbs_desktop.ui.vault_dialogs import CreateVaultDialog

    path = tmp_path / "vault.sbsvault"
    path.write_bytes(b"")  # what a kill during creation used to leave
    dialog = CreateVaultDialog(path)
    qtbot.addWidget(dialog)
    dialog.new_passphrase.passphrase.setText(STRONG)
    dialog.new_passphrase.confirmation.setText(STRONG)
    questions.answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is None and path.read_bytes() == b""  # nothing touched
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert questions.asked == ["Unfinished vault", "Unfinished vault"]
    assert dialog.vault.is_open and path.stat().st_size > 0
    assert [p for p in tmp_path.iterdir() if "unfinished" in p.name]  # set aside, kept
    dialog.vault.close()
