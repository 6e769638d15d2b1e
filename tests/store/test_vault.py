"""The vault file: encrypted, owner-only, refusing wrong passphrases without a trace."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from sbs_desktop.core.errors import (
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store import schema as schema_module
from sbs_desktop.store.vault import PAGE_SIZE, Vault, schema_version


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file()}


def test_vault_file_has_no_sqlite_header_and_is_owner_only(supporter_vault, vault_path):
    supporter_vault.close()
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")
    if sys.platform != "win32":
        assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600


def test_vault_uses_wal_full_sync_and_memory_temp_store(supporter_vault):
    assert supporter_vault.query_one("PRAGMA journal_mode")[0] == "wal"
    assert supporter_vault.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert supporter_vault.query_one("PRAGMA temp_store")[0] == 2  # MEMORY


def test_wrong_passphrase_is_refused_and_changes_nothing(supporter_vault, vault_path, passphrase):
    supporter_vault.close()
    before = snapshot(vault_path.parent)
    with pytest.raises(WrongPassphrase) as raised:
        Vault.open(vault_path, passphrase + "!")
    assert str(vault_path) in raised.value.message
    assert snapshot(vault_path.parent) == before


def test_right_passphrase_reopens_with_role(supporter_vault, vault_path, passphrase):
    secret = supporter_vault.pseudonym_secret
    supporter_vault.close()
    with Vault.open(vault_path, passphrase) as vault:
        assert vault.role is Role.SUPPORTER
        assert vault.pseudonym_secret == secret
        assert len(secret) == 32


def test_second_instance_is_refused(supporter_vault, vault_path, passphrase):
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, passphrase)


def test_creating_over_an_existing_file_is_refused(tmp_path, passphrase):
    path = tmp_path / "taken.sbsvault"
    path.write_bytes(b"keep me")
    with pytest.raises(VaultExists):
        Vault.create(path, passphrase, Role.SUPPORTER)
    assert path.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"hello, this is a letter\n" * 400, "not a whole number of pages"),
        (b"plain text page " * (PAGE_SIZE // 16), "not encrypted"),
    ],
)
def test_a_file_that_is_not_a_vault_says_so(tmp_path, passphrase, content, reason):
    path = tmp_path / "other.sbsvault"
    path.write_bytes(content)
    with pytest.raises(NotAVault) as raised:
        Vault.open(path, passphrase)
    assert reason in raised.value.message
    assert path.read_bytes() == content


def test_an_unencrypted_sqlite_file_is_not_a_vault(tmp_path, passphrase):
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAVault, match="unencrypted SQLite"):
        Vault.open(path, passphrase)


def test_a_damaged_page_is_reported_as_damage(supporter_vault, vault_path, passphrase):
    supporter_vault.close()
    data = bytearray(vault_path.read_bytes())
    assert len(data) >= 2 * PAGE_SIZE
    data[PAGE_SIZE + 100] ^= 0xFF  # inside page 2
    vault_path.write_bytes(bytes(data))
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, passphrase)
    assert snapshot(vault_path.parent) == before


def test_a_truncated_vault_is_damaged_or_not_a_vault(supporter_vault, vault_path, passphrase):
    supporter_vault.close()
    vault_path.write_bytes(vault_path.read_bytes()[: PAGE_SIZE + 1000])
    with pytest.raises((VaultDamaged, NotAVault)):
        Vault.open(vault_path, passphrase)


def test_migrations_run_from_an_empty_file(supporter_vault):
    assert supporter_vault.query_one("PRAGMA user_version")[0] == schema_version()
    tables = {row[0] for row in supporter_vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"vault_meta", "interactions", "contacts", "resources"} <= tables


def test_migrations_run_from_the_previous_version(tmp_path, passphrase, monkeypatch):
    migrations = schema_module.migrations()
    if len(migrations) < 2:
        pytest.skip("the schema has a single version so far")
    path = tmp_path / "old.sbsvault"
    monkeypatch.setattr(schema_module, "migrations", lambda: migrations[:-1])
    old = Vault.create(path, passphrase, Role.SUPPORTER)
    assert old.query_one("PRAGMA user_version")[0] == len(migrations) - 1
    old.close()
    monkeypatch.undo()
    with Vault.open(path, passphrase) as vault:
        assert vault.query_one("PRAGMA user_version")[0] == len(migrations)
        assert vault.role is Role.SUPPORTER


def test_a_vault_from_a_newer_program_is_refused(supporter_vault, vault_path, passphrase):
    with supporter_vault.transaction() as sql:
        sql.execute(f"PRAGMA user_version = {schema_version() + 1}")
    supporter_vault.close()
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, passphrase)


def test_no_file_beside_the_vault_holds_plain_data(supporter_vault, vault_path):
    supporter_vault.set_meta("probe", "Zanzibar-Quokka-7731")
    supporter_vault.close()
    written = [p for p in vault_path.parent.rglob("*") if p.is_file()]
    assert vault_path in written
    for path in written:
        assert b"Zanzibar-Quokka-7731" not in path.read_bytes(), path
