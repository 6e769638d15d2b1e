"""The coordinator's age key pair, and the coordinator public key a supporter encrypts to."""

from __future__ import annotations

from pathlib import Path

from sbs_desktop.app.audit import record_event
from sbs_desktop.app.vaults import require_strength
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import (
    CoordinatorKeyExists,
    SavedKeyUnreadable,
    StorageFailed,
    WrongRole,
)
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.exchange.encryption import (
    decrypt_with_passphrase,
    encrypt_with_passphrase,
    generate_identity,
    identity_in,
    parse_recipient,
)
from sbs_desktop.store import vault_file
from sbs_desktop.store.cipher import normalise_passphrase
from sbs_desktop.store.vault import Vault

# On a coordinator vault: its own key pair. The identity is secret and stays in the
# (encrypted) vault; the recipient is the public half that supporters are given.
IDENTITY_KEY = "coordinator_identity"
PUBLIC_KEY = "coordinator_public_key"
# On a supporter vault: the public key of the coordinator the exports are for.
RECIPIENT_KEY = "coordinator_recipient"


def _require(vault: Vault, role: Role) -> None:
    if vault.role is not role:
        raise WrongRole(needed=role.value, actual=vault.role.value, path=str(vault.path))


def generate_coordinator_keys(vault: Vault) -> str:
    """Give a coordinator vault its age key pair; returns the public recipient.

    A vault that has a key pair keeps it: a new one would leave every bundle already
    encrypted to the old key unreadable.
    """
    _require(vault, Role.COORDINATOR)
    existing = coordinator_public_key(vault)
    if existing is not None:
        return existing
    identity, recipient = generate_identity()
    with vault.transaction():
        vault.set_meta(IDENTITY_KEY, identity)
        vault.set_meta(PUBLIC_KEY, recipient)
        record_event(vault, EventKind.SETTINGS_CHANGED, fields=(PUBLIC_KEY,))
    return recipient


def coordinator_identity(vault: Vault) -> str | None:
    """The coordinator vault's secret age identity (to open bundles), if it has one."""
    value = vault.meta(IDENTITY_KEY)
    return None if value is None else str(value)


def coordinator_public_key(vault: Vault) -> str | None:
    """The coordinator vault's own public key, to give to supporters."""
    value = vault.meta(PUBLIC_KEY)
    return None if value is None else str(value)


def set_coordinator_recipient(vault: Vault, text: str) -> str:
    """Keep the coordinator's public key on a supporter vault; raises InvalidPublicKey."""
    _require(vault, Role.SUPPORTER)
    recipient = parse_recipient(text)
    with vault.transaction():
        vault.set_meta(RECIPIENT_KEY, recipient)
        record_event(vault, EventKind.SETTINGS_CHANGED, fields=(RECIPIENT_KEY,))
    return recipient


def clear_coordinator_recipient(vault: Vault) -> None:
    """Forget the coordinator key: later exports are not encrypted."""
    with vault.transaction():
        vault.set_meta(RECIPIENT_KEY, "")
        record_event(vault, EventKind.SETTINGS_CHANGED, fields=(RECIPIENT_KEY,))


def coordinator_recipient(vault: Vault) -> str | None:
    """The coordinator public key a supporter vault encrypts its exports to, if set."""
    value = vault.meta(RECIPIENT_KEY)
    return str(value) if value else None


def public_key_file_text(recipient: str) -> str:
    """What a saved public key file holds: a comment saying what it is, then the key."""
    return ("# Side-by-Side Desktop coordinator public key (age). Supporters load this file\n"
            "# on their Export page; it can only encrypt, never decrypt.\n"
            f"{recipient}\n")


def save_coordinator_key(vault: Vault, out: Path, key_passphrase: str) -> None:
    """Write the coordinator's secret key to `out`, encrypted with its own passphrase.

    The file is age's passphrase (scrypt) format, so the reference `age -d` opens it
    too; inside is an age identity file (the public key as a comment, then the
    secret key). Raises WeakPassphrase under the same rule as a vault's passphrase.
    """
    _require(vault, Role.COORDINATOR)
    identity = coordinator_identity(vault)
    public = coordinator_public_key(vault)
    if identity is None or public is None:
        generate_coordinator_keys(vault)
        identity, public = coordinator_identity(vault), coordinator_public_key(vault)
    require_strength(key_passphrase)
    text = (f"# Side-by-Side Desktop coordinator key (age identity); keep it secret.\n"
            f"# public key: {public}\n{identity}\n")
    sealed = encrypt_with_passphrase(text.encode("ascii"), normalise_passphrase(key_passphrase))
    partial = vault_file.partial_sibling(Path(out), "key")
    try:
        vault_file.make_private_file(partial)
        partial.write_bytes(sealed)
        vault_file.move_into_place(partial, Path(out))
    except OSError as error:
        vault_file.remove(partial)
        raise StorageFailed(path=str(out), reason=error.strerror or str(error)) from None


def use_saved_coordinator_key(vault: Vault, file: Path, key_passphrase: str) -> str:
    """Give a coordinator vault the key saved by `save_coordinator_key`; returns its
    public key. A vault that already holds another key keeps it (CoordinatorKeyExists)."""
    _require(vault, Role.COORDINATOR)
    try:
        sealed = Path(file).read_bytes()
    except OSError as error:
        raise SavedKeyUnreadable(path=str(file), reason=error.strerror or str(error)) from None
    text = decrypt_with_passphrase(sealed, normalise_passphrase(key_passphrase), str(file))
    identity, public = identity_in(text, str(file))
    existing = coordinator_identity(vault)
    if existing is not None and existing.strip() != identity:
        raise CoordinatorKeyExists(path=str(vault.path))
    with vault.transaction():
        vault.set_meta(IDENTITY_KEY, identity)
        vault.set_meta(PUBLIC_KEY, public)
    return public
