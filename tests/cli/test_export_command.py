"""`sbs-desktop export` and `sbs-desktop keys generate` from the command line."""

from __future__ import annotations

import zipfile

import pytest
from bundle_files import files_of

from sbs_desktop.app.keys import coordinator_identity
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.cli import main
from sbs_desktop.exchange.manifest import validate_manifest


@pytest.fixture
def vaults(supporter_vault, coordinator_vault, passphrase, monkeypatch):
    monkeypatch.setenv("SBS_PASSPHRASE", passphrase)
    paths = supporter_vault.path, coordinator_vault.path
    supporter_vault.close()
    coordinator_vault.close()
    return paths


def test_export_writes_a_zip_with_a_valid_manifest(vaults, tmp_path, capsys):
    supporter, _ = vaults
    assert main(["export", "--vault", str(supporter), "--out", str(tmp_path / "b"),
                 "--format", "zip", "--granularity", "month"]) == 0
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        manifest = validate_manifest(archive.read("manifest.json"))
    assert manifest.granularity == "month"
    assert "b.zip" in capsys.readouterr().out


def test_keys_then_an_export_to_the_saved_public_key(vaults, tmp_path, capsys, passphrase):
    supporter, coordinator = vaults
    key_file = tmp_path / "coordinator.pub"
    assert main(["keys", "generate", "--vault", str(coordinator), "--out", str(key_file)]) == 0
    assert key_file.read_text().splitlines()[-1].startswith("age1")
    assert main(["export", "--vault", str(supporter), "--out", str(tmp_path / "b"),
                 "--recipient", str(key_file)]) == 0
    with unlock_vault(coordinator, passphrase) as vault:
        identity = coordinator_identity(vault)
    assert "manifest.json" in files_of(tmp_path / "b.zip.age", identity)
    # Asked again, the coordinator keeps the key pair the bundle was encrypted to.
    assert main(["keys", "generate", "--vault", str(coordinator), "--out",
                 str(tmp_path / "again.pub")]) == 0
    assert (tmp_path / "again.pub").read_text() == key_file.read_text()
    assert "kept" in capsys.readouterr().err


@pytest.mark.parametrize(("arguments", "message"), [
    (["--recipient", "{tmp}/missing.pub"], "cannot read the key file"),
    (["--recipient", "{tmp}/bad.pub"], "not a coordinator public key"),
    (["--recipient", "{tmp}/good.pub", "--format", "folder"], "always a .zip.age"),
])
def test_export_refuses_bad_options_clearly_and_writes_nothing(
        vaults, tmp_path, capsys, arguments, message):
    supporter, coordinator = vaults
    main(["keys", "generate", "--vault", str(coordinator), "--out", str(tmp_path / "good.pub")])
    (tmp_path / "bad.pub").write_text("not a key\n")
    out = tmp_path / "out"
    out.mkdir()
    arguments = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    with pytest.raises(SystemExit) as exited:
        code = main(["export", "--vault", str(supporter), "--out", str(out / "b"), *arguments])
        raise SystemExit(code)
    assert exited.value.code not in (0, None)
    captured = capsys.readouterr()
    assert message in str(exited.value.code) + captured.err
    assert list(out.iterdir()) == []


def test_keys_generate_on_a_supporter_vault_is_refused(vaults, tmp_path, capsys):
    supporter, _ = vaults
    assert main(["keys", "generate", "--vault", str(supporter), "--out",
                 str(tmp_path / "k.pub")]) == 2
    assert "coordinator vault" in capsys.readouterr().err
    assert not (tmp_path / "k.pub").exists()
