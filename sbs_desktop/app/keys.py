"""The coordinator's age key pair, and the coordinator public key a supporter encrypts to."""

from __future__ import annotations

from sbs_desktop.core.errors import WrongRole
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.exchange.encryption import generate_identity, parse_recipient
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
    vault.set_meta(RECIPIENT_KEY, recipient)
    return recipient


def clear_coordinator_recipient(vault: Vault) -> None:
    """Forget the coordinator key: later exports are not encrypted."""
    vault.set_meta(RECIPIENT_KEY, "")


def coordinator_recipient(vault: Vault) -> str | None:
    """The coordinator public key a supporter vault encrypts its exports to, if set."""
    value = vault.meta(RECIPIENT_KEY)
    return str(value) if value else None


def public_key_file_text(recipient: str) -> str:
    """What a saved public key file holds: a comment saying what it is, then the key."""
    return ("# Side-by-Side Desktop coordinator public key (age). Supporters load this file\n"
            "# on their Export page; it can only encrypt, never decrypt.\n"
            f"{recipient}\n")
