"""The coordinator's key saved with its own passphrase survives the laptop, and age opens it."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

from sbs_desktop.app.keys import (
    coordinator_identity,
    coordinator_public_key,
    generate_coordinator_keys,
    save_coordinator_key,
    use_saved_coordinator_key,
)
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.errors import CoordinatorKeyExists, SavedKeyUnreadable, WeakPassphrase
from sbs_desktop.core.vocabulary import Role

KEY_PASSPHRASE = "velvet orchard compass thunder ninety"


def _age_decrypt(path: Path, passphrase: str) -> bytes:
    """Run the reference `age -d`, typing the passphrase on the terminal it asks on."""
    import pty

    out = path.with_suffix(".out")
    pid, terminal = pty.fork()
    if pid == 0:  # the child: age reads the passphrase from its terminal only
        os.execvp("age", ["age", "-d", "-o", str(out), str(path)])
    written = b""
    deadline = time.monotonic() + 120
    while b"passphrase" not in written.lower() and time.monotonic() < deadline:
        written += os.read(terminal, 1024)
    os.write(terminal, passphrase.encode() + b"\n")
    while True:
        try:
            if not os.read(terminal, 1024):
                break
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, written
    return out.read_bytes()


def test_a_saved_key_opens_bundles_in_a_new_vault(coordinator_vault, tmp_path, passphrase):
    public = generate_coordinator_keys(coordinator_vault)
    saved = tmp_path / "coordinator-key.age"
    save_coordinator_key(coordinator_vault, saved, KEY_PASSPHRASE)
    assert coordinator_identity(coordinator_vault).encode() not in saved.read_bytes()
    if sys.platform != "win32":
        assert saved.stat().st_mode & 0o077 == 0
    with create_vault(tmp_path / "new laptop.sbsvault", passphrase, Role.COORDINATOR) as new:
        assert use_saved_coordinator_key(new, saved, KEY_PASSPHRASE) == public
        assert coordinator_identity(new) == coordinator_identity(coordinator_vault)
        assert coordinator_public_key(new) == public


def test_a_wrong_key_passphrase_or_another_vaults_key_changes_nothing(
        coordinator_vault, tmp_path, passphrase):
    generate_coordinator_keys(coordinator_vault)
    saved = tmp_path / "key.age"
    save_coordinator_key(coordinator_vault, saved, KEY_PASSPHRASE)
    with create_vault(tmp_path / "other.sbsvault", passphrase, Role.COORDINATOR) as other:
        own = generate_coordinator_keys(other)
        with pytest.raises(SavedKeyUnreadable):
            use_saved_coordinator_key(other, saved, KEY_PASSPHRASE + "!")
        with pytest.raises(CoordinatorKeyExists):
            use_saved_coordinator_key(other, saved, KEY_PASSPHRASE)
        assert coordinator_public_key(other) == own


def test_a_weak_key_passphrase_is_refused(coordinator_vault, tmp_path):
    with pytest.raises(WeakPassphrase):
        save_coordinator_key(coordinator_vault, tmp_path / "key.age", "password1")
    assert not (tmp_path / "key.age").exists()


@pytest.mark.skipif(shutil.which("age") is None or sys.platform == "win32",
                    reason="needs the reference age command")
def test_the_reference_age_opens_the_saved_key(coordinator_vault, tmp_path):
    generate_coordinator_keys(coordinator_vault)
    saved = tmp_path / "key.age"
    save_coordinator_key(coordinator_vault, saved, KEY_PASSPHRASE)
    text = _age_decrypt(saved, KEY_PASSPHRASE).decode()
    assert coordinator_identity(coordinator_vault) in text.splitlines()
    assert f"# public key: {coordinator_public_key(coordinator_vault)}" in text
