"""Backups: verified copies in generations, found, restored, and any damage found by verify."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbs_desktop.app.backups import (
    BackupPolicy,
    back_up,
    backup_due,
    backup_is_stale,
    backup_policy,
    find_backups,
    last_good_backup,
    newest_good_backup,
    restore_backup,
    set_backup_policy,
    verify_vault,
)
from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.core.errors import BackupDamaged, NoBackupFolder, VaultInUse


@pytest.fixture
def demo(tmp_path, passphrase):
    vault = make_demo_vault(tmp_path / "demo.sbsvault", passphrase, interactions=300, seed=7)
    yield vault
    vault.close()


def test_a_backup_is_verified_counted_and_recorded(demo, tmp_path, passphrase):
    now = datetime.now()
    assert backup_is_stale(demo, now) and not backup_due(demo, now)
    with pytest.raises(NoBackupFolder):
        back_up(demo)
    set_backup_policy(demo, BackupPolicy(tmp_path / "backups", generations=2))
    assert backup_policy(demo) == BackupPolicy(tmp_path / "backups", 2)
    assert backup_due(demo, now)
    backup = back_up(demo)
    assert backup.interactions == 300
    assert verify_vault(backup.path, passphrase).counts["interactions"] == 300
    assert last_good_backup(demo) == backup.made_at
    assert not backup_due(demo, backup.made_at) and not backup_is_stale(demo, backup.made_at)
    assert backup_due(demo, backup.made_at + timedelta(days=1))
    assert backup_is_stale(demo, backup.made_at + timedelta(days=8))
    assert not [p for p in backup.path.parent.iterdir() if p.name.startswith(".")]


def test_older_generations_are_deleted(demo, tmp_path):
    folder = tmp_path / "backups"
    set_backup_policy(demo, BackupPolicy(folder, generations=3))
    made = [back_up(demo) for _ in range(5)]
    found = find_backups(folder, demo.path)
    assert [b.path for b in found] == [b.path for b in reversed(made[-3:])]
    (folder / "unrelated.20200101-000000.sbsbackup").write_bytes(b"someone else's")
    back_up(demo)
    assert (folder / "unrelated.20200101-000000.sbsbackup").exists()


def test_a_backup_is_one_snapshot_while_the_vault_keeps_being_written(demo, tmp_path):
    writer = demo.reopen()  # the UI's connection, on this thread
    done = threading.Event()
    made = []

    def backup_in_background() -> None:
        made.append(back_up(demo, tmp_path / "backups"))
        done.set()

    thread = threading.Thread(target=backup_in_background)
    thread.start()
    number = 0
    while not done.is_set():
        writer.set_meta(f"probe{number}", number)
        number += 1
    thread.join()
    writer.close()
    assert made[0].interactions == 300  # verified against its own snapshot's counts


def test_restore_keeps_the_current_file_and_refuses_a_damaged_backup(demo, tmp_path,
                                                                     passphrase):
    backup = back_up(demo, tmp_path / "backups")
    with pytest.raises(VaultInUse):
        restore_backup(backup.path, demo.path, passphrase)
    demo.set_meta("after the backup", 1)
    demo.close()
    damaged = tmp_path / "damaged.sbsbackup"
    data = bytearray(backup.path.read_bytes())
    data[5 * 4096 + 7] ^= 0x01
    damaged.write_bytes(bytes(data))
    before = demo.path.read_bytes()
    with pytest.raises(BackupDamaged):
        restore_backup(damaged, demo.path, passphrase)
    assert demo.path.read_bytes() == before
    kept = restore_backup(backup.path, demo.path, passphrase)
    assert kept is not None and kept.read_bytes() == before
    with unlock_vault(demo.path, passphrase) as restored:
        assert restored.meta("after the backup") is None
    with unlock_vault(kept, passphrase) as earlier:
        assert earlier.meta("after the backup") == 1


def test_the_newest_backup_that_verifies_is_offered(demo, tmp_path, passphrase):
    folder = tmp_path / "backups"
    older, newer = back_up(demo, folder), back_up(demo, folder)
    newer.path.write_bytes(newer.path.read_bytes()[:-4096])
    offered = newest_good_backup(folder, demo.path, passphrase)
    assert offered is not None and offered.path == older.path and offered.interactions == 300


@pytest.fixture(scope="module")
def one_backup(tmp_path_factory):
    from sbs_desktop.app.backups import back_up

    folder = tmp_path_factory.mktemp("flip")
    passphrase = "correct horse battery staple forty two"
    with make_demo_vault(folder / "v.sbsvault", passphrase, interactions=50, seed=3) as vault:
        backup = back_up(vault, folder / "backups")
    return backup.path.read_bytes(), passphrase


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fraction=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_a_byte_flipped_anywhere_in_a_backup_is_found(one_backup, tmp_path, fraction, bit):
    data, passphrase = one_backup
    position = int(fraction * len(data))
    damaged = bytearray(data)
    damaged[position] ^= 1 << bit
    path = tmp_path / f"flipped-{position}-{bit}.sbsbackup"
    path.write_bytes(bytes(damaged))
    check = verify_vault(path, passphrase)
    assert not check.ok, position
    assert check.problems
