"""Killed at any moment, a passphrase change, a backup or a restore loses nothing.

A child process does the work and is killed (SIGKILL: no clean-up runs) after a
delay stepped across the work's whole length; then every vault must open, with
the old or the new passphrase, holding every row.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sbs_desktop.app.backups import BACKUP_SUFFIX, back_up, verify_vault
from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.core.errors import WrongPassphrase
from sbs_desktop.store.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

PASSPHRASE = "correct horse battery staple forty two"
NEW_PASSPHRASE = "lantern meadow quartz falcon eleven"
INTERACTIONS = 2000
KILL_POINTS = 10

CHILD = {
    "change": """
        from sbs_desktop.app.vaults import change_passphrase, unlock_vault
        vault = unlock_vault(VAULT, OLD)
        ready()
        change_passphrase(vault, OLD, NEW)
        vault.close()
    """,
    "backup": """
        from sbs_desktop.app.backups import back_up
        from sbs_desktop.app.vaults import unlock_vault
        vault = unlock_vault(VAULT, OLD)
        ready()
        back_up(vault, FOLDER)
        vault.close()
    """,
    "restore": """
        from sbs_desktop.app.backups import restore_backup
        ready()
        restore_backup(BACKUP, VAULT, OLD)
    """,
}


def _child_source(operation: str, folder: Path) -> str:
    return textwrap.dedent(f"""
        import sys
        from pathlib import Path
        VAULT = Path({str(folder / 'v.sbsvault')!r})
        FOLDER = Path({str(folder / 'backups')!r})
        BACKUP = Path({str(folder / 'backup.sbsbackup')!r})
        OLD, NEW = {PASSPHRASE!r}, {NEW_PASSPHRASE!r}
        def ready():
            print("ready", flush=True)
    """) + textwrap.dedent(CHILD[operation])


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A vault of 2,000 interactions and, beside it, a backup holding fewer rows."""
    folder = tmp_path_factory.mktemp("template")
    with make_demo_vault(folder / "v.sbsvault", PASSPHRASE, interactions=INTERACTIONS,
                         seed=5) as vault:
        backup = back_up(vault, folder / "made")
        vault.set_meta("made after the backup", 1)
    backup.path.rename(folder / "backup.sbsbackup")
    shutil.rmtree(folder / "made")
    return folder


def _run(operation: str, template: Path, folder: Path, kill_after: float | None) -> float:
    """Run the operation in a child; kill it `kill_after` seconds after it is ready."""
    shutil.copytree(template, folder)
    (folder / "v.sbsvault.lock").unlink(missing_ok=True)
    child = subprocess.Popen([sys.executable, "-c", _child_source(operation, folder)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    if kill_after is None:
        assert child.wait(timeout=120) == 0
        return time.perf_counter() - started
    time.sleep(kill_after)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    return kill_after


def _rows(path: Path, passphrase: str) -> tuple[int, bool]:
    with Vault.open(path, passphrase) as vault:
        interactions = vault.query_one("SELECT count(*) FROM interactions")[0]
        return interactions, vault.meta("made after the backup") == 1


def _delays(operation: str, template: Path, tmp_path: Path) -> list[float]:
    length = _run(operation, template, tmp_path / "timing", None)
    return [length * step / (KILL_POINTS - 1) for step in range(KILL_POINTS)]


def test_a_killed_passphrase_change_leaves_the_old_or_the_new(template, tmp_path):
    outcomes = set()
    for number, delay in enumerate(_delays("change", template, tmp_path)):
        folder = tmp_path / f"kill{number}"
        _run("change", template, folder, delay)
        vault = folder / "v.sbsvault"
        try:
            found = _rows(vault, PASSPHRASE)
            outcomes.add("old")
        except WrongPassphrase:
            found = _rows(vault, NEW_PASSPHRASE)
            outcomes.add("new")
        assert found == (INTERACTIONS, True), (delay, found)
    assert outcomes  # which ones depends on timing; every one opened whole


def test_a_killed_backup_leaves_the_vault_whole_and_no_unverified_backup(template, tmp_path):
    for number, delay in enumerate(_delays("backup", template, tmp_path)):
        folder = tmp_path / f"kill{number}"
        _run("backup", template, folder, delay)
        assert _rows(folder / "v.sbsvault", PASSPHRASE) == (INTERACTIONS, True)
        backups = folder / "backups"
        for made in (backups.glob(f"*{BACKUP_SUFFIX}") if backups.exists() else ()):
            assert verify_vault(made, PASSPHRASE).ok, (delay, made.name)


def test_a_killed_restore_leaves_a_vault_and_loses_nothing(template, tmp_path):
    with Vault.open(template / "backup.sbsbackup", PASSPHRASE) as backup:
        in_backup = backup.query_one("SELECT count(*) FROM interactions")[0]
    for number, delay in enumerate(_delays("restore", template, tmp_path)):
        folder = tmp_path / f"kill{number}"
        _run("restore", template, folder, delay)
        now = _rows(folder / "v.sbsvault", PASSPHRASE)
        kept = list(folder.glob("v.before-restore-*.sbsvault"))
        assert now in ((INTERACTIONS, True), (in_backup, False)), (delay, now)
        if now[1] is False:  # restored: the earlier vault must be kept whole
            assert [_rows(path, PASSPHRASE) for path in kept] == [(INTERACTIONS, True)]
