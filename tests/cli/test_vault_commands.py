"""`sbs-desktop init`, `passphrase change`, `backup`, `verify` and `restore` from a shell."""

from __future__ import annotations

import pytest

from sbs_desktop.cli import main

PASSPHRASE = "correct horse battery staple forty two"
NEW_PASSPHRASE = "lantern meadow quartz falcon eleven"


@pytest.fixture
def shell(monkeypatch):
    monkeypatch.setenv("SBS_PASSPHRASE", PASSPHRASE)
    return monkeypatch


def test_init_backup_verify_restore_and_change(shell, tmp_path, capsys):
    vault = tmp_path / "mine.sbsvault"
    folder = tmp_path / "usb stick"
    assert main(["init", "--vault", str(vault), "--role", "supporter"]) == 0
    assert main(["init", "--vault", str(vault), "--role", "supporter"]) == 2  # exists
    assert "already exists" in capsys.readouterr().err
    assert main(["backup", "--vault", str(vault), "--to", str(folder)]) == 0
    [backup] = list(folder.iterdir())
    assert backup.name.startswith("mine.") and backup.name.endswith(".sbsbackup")
    assert main(["verify", "--vault", str(backup)]) == 0
    assert main(["verify", "--vault", str(vault)]) == 0
    assert "is whole" in capsys.readouterr().out

    assert main(["restore", "--from", str(backup), "--vault", str(vault)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert len(list(tmp_path.glob("mine.before-restore-*.sbsvault"))) == 1

    shell.setenv("SBS_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["passphrase", "change", "--vault", str(vault)]) == 0
    assert main(["verify", "--vault", str(vault)]) == 1  # the old passphrase no longer opens
    assert "passphrase" in capsys.readouterr().err
    shell.setenv("SBS_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["verify", "--vault", str(vault)]) == 0


def test_verify_names_what_is_wrong_and_exits_1(shell, tmp_path, capsys):
    vault = tmp_path / "v.sbsvault"
    assert main(["init", "--vault", str(vault), "--role", "coordinator"]) == 0
    data = bytearray(vault.read_bytes())
    data[len(data) - 100] ^= 0x10
    vault.write_bytes(bytes(data))
    assert main(["verify", "--vault", str(vault)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_init_refuses_a_weak_passphrase(shell, tmp_path, capsys):
    shell.setenv("SBS_PASSPHRASE", "password1")
    assert main(["init", "--vault", str(tmp_path / "v.sbsvault"), "--role", "supporter"]) == 2
    assert "too easy to guess" in capsys.readouterr().err
    assert not (tmp_path / "v.sbsvault").exists()
