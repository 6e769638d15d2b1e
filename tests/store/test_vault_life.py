"""A vault's whole life on disk: creation, passphrase change, journal damage, truncation."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from sbs_desktop.app.vaults import (
    VaultFileState,
    change_passphrase,
    create_vault,
    discard_unfinished_vault,
    unlock_vault,
    vault_file_state,
)
from sbs_desktop.core.errors import (
    RecentChangesMissing,
    VaultBusy,
    VaultDamaged,
    VaultDamagedOrWrongPassphrase,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
)
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store import vault as vault_module
from sbs_desktop.store.vault import PAGE_SIZE, Vault

NEW_PASSPHRASE = "lantern meadow quartz falcon eleven"
ACCENTED = "crème brûlée à l'hôpital Noël"


def probes(vault: Vault) -> int:
    return len(vault.query("SELECT key FROM vault_meta WHERE key LIKE 'probe%'"))


def write_probes(vault: Vault, count: int) -> None:
    """`count` committed transactions, each adding one row."""
    for number in range(count):
        vault.set_meta(f"probe{number}", number)


def crash_image(vault_path: Path, folder: Path) -> Path:
    """The files as a crash would leave them: the vault, its journal and commit count."""
    folder.mkdir()
    for source in vault_path.parent.iterdir():
        if source.name.startswith(vault_path.name) and not source.name.endswith((".lock", "-shm")):
            shutil.copyfile(source, folder / source.name)
    return folder / vault_path.name


# -- creation ------------------------------------------------------------------------

def test_creation_interrupted_leaves_nothing_and_a_second_try_works(tmp_path, passphrase,
                                                                   monkeypatch):
    path = tmp_path / "new.sbsvault"

    def interrupted(vault, language):
        raise KeyboardInterrupt

    monkeypatch.setattr("sbs_desktop.app.vaults.install_default_resources", interrupted)
    with pytest.raises(KeyboardInterrupt):
        create_vault(path, passphrase, Role.SUPPORTER)
    assert vault_file_state(path) is VaultFileState.MISSING
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] in ([], ["new.sbsvault.lock"])
    monkeypatch.undo()
    with create_vault(path, passphrase, Role.SUPPORTER) as vault:
        assert vault.role is Role.SUPPORTER


def test_a_zero_byte_leftover_is_recognised_and_moved_aside(tmp_path, passphrase):
    path = tmp_path / "vault.sbsvault"
    path.write_bytes(b"")
    assert vault_file_state(path) is VaultFileState.UNFINISHED
    with pytest.raises(VaultExists):
        create_vault(path, passphrase, Role.SUPPORTER)
    aside = discard_unfinished_vault(path)
    assert aside is not None and aside.exists() and "unfinished" in aside.name
    create_vault(path, passphrase, Role.SUPPORTER).close()
    assert vault_file_state(path) is VaultFileState.PRESENT
    assert discard_unfinished_vault(path) is None  # a real vault is never moved
    assert path.exists()


# -- passphrases ---------------------------------------------------------------------

def test_nfc_and_nfd_forms_open_the_same_vault(tmp_path):
    path = tmp_path / "accents.sbsvault"
    create_vault(path, unicodedata.normalize("NFD", ACCENTED), Role.SUPPORTER).close()
    for form in ("NFC", "NFD"):
        with unlock_vault(path, unicodedata.normalize(form, ACCENTED)) as vault:
            assert vault.role is Role.SUPPORTER


def test_a_vault_keyed_before_normalising_opens_and_is_rekeyed_to_nfc(tmp_path, monkeypatch):
    path = tmp_path / "old.sbsvault"
    nfd = unicodedata.normalize("NFD", ACCENTED)
    monkeypatch.setattr(vault_module, "normalise_passphrase", lambda text: text)
    Vault.create(path, nfd, Role.SUPPORTER).close()
    monkeypatch.undo()
    from sbs_desktop.store.cipher import unlocked_connection

    assert unlocked_connection(path, unicodedata.normalize("NFC", ACCENTED)) is None
    with unlock_vault(path, nfd) as vault:
        vault.set_meta("probe", 1)
    connection = unlocked_connection(path, unicodedata.normalize("NFC", ACCENTED))
    assert connection is not None
    connection.close()


def test_changing_the_passphrase(supporter_vault, vault_path, passphrase):
    write_probes(supporter_vault, 3)
    with pytest.raises(WrongPassphrase):
        change_passphrase(supporter_vault, passphrase + "x", NEW_PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        change_passphrase(supporter_vault, passphrase, "password123")
    worker = supporter_vault.reopen()
    with pytest.raises(VaultBusy):
        change_passphrase(supporter_vault, passphrase, NEW_PASSPHRASE)
    worker.close()
    change_passphrase(supporter_vault, passphrase, NEW_PASSPHRASE)
    assert probes(supporter_vault) == 3
    supporter_vault.set_meta("probe-after", 1)
    supporter_vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_vault(vault_path, passphrase)
    with unlock_vault(vault_path, NEW_PASSPHRASE) as vault:
        assert probes(vault) == 4
    assert not [p for p in vault_path.parent.iterdir() if "rekey" in p.name]


def test_closing_overwrites_the_passphrase_it_held(supporter_vault, passphrase):
    held = supporter_vault._passphrase
    assert bytes(held) == passphrase.encode()
    supporter_vault.close()
    assert bytes(held) == bytes(len(held))
    assert supporter_vault._passphrase is None
    # A closed vault checks a passphrase against its file, holding nothing.
    assert supporter_vault.check_passphrase(passphrase)
    assert not supporter_vault.check_passphrase(passphrase + "!")


# -- the journal ---------------------------------------------------------------------

@pytest.mark.parametrize("damage", ["deleted", "flipped", "cut", "untouched"])
def test_a_damaged_journal_keeps_every_commit_or_says_changes_are_missing(
        supporter_vault, vault_path, passphrase, tmp_path, damage):
    write_probes(supporter_vault, 25)
    image = crash_image(vault_path, tmp_path / "crash")
    wal = Path(f"{image}-wal")
    assert wal.stat().st_size > 0, "the commits must still be in the journal"
    if damage == "deleted":
        wal.unlink()
    elif damage == "flipped":
        data = bytearray(wal.read_bytes())
        data[len(data) * 2 // 3] ^= 0x40
        wal.write_bytes(bytes(data))
    elif damage == "cut":
        wal.write_bytes(wal.read_bytes()[: wal.stat().st_size // 2])
    try:
        with Vault.open(image, passphrase) as vault:
            assert probes(vault) == 25
    except RecentChangesMissing as error:
        assert damage != "untouched"
        assert "missing" in error.message
        # Asked again, it still says so; and the person may open it as it is.
        with pytest.raises(RecentChangesMissing):
            Vault.open(image, passphrase)
        with Vault.open(image, passphrase, accept_missing_changes=True) as vault:
            assert probes(vault) < 25
        Vault.open(image, passphrase).close()


# -- damage --------------------------------------------------------------------------

def test_a_vault_cut_to_whole_pages_says_damaged(supporter_vault, vault_path, passphrase):
    write_probes(supporter_vault, 5)
    supporter_vault.close()
    data = vault_path.read_bytes()
    pages = len(data) // PAGE_SIZE
    assert pages >= 4
    vault_path.write_bytes(data[: (pages - 2) * PAGE_SIZE])
    with pytest.raises(VaultDamaged, match="damaged"):
        unlock_vault(vault_path, passphrase)


def test_a_vault_with_a_page_missing_says_damaged(supporter_vault, vault_path, passphrase):
    supporter_vault.close()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[:PAGE_SIZE] + data[2 * PAGE_SIZE:])
    with pytest.raises(VaultDamaged, match="damaged"):
        unlock_vault(vault_path, passphrase)


def test_a_damaged_first_page_says_both_are_possible(supporter_vault, vault_path, passphrase):
    supporter_vault.close()
    data = bytearray(vault_path.read_bytes())
    data[1000] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamagedOrWrongPassphrase) as raised:
        unlock_vault(vault_path, passphrase)
    assert "passphrase is wrong" in raised.value.message
    assert "damaged" in raised.value.message
