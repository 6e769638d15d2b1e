"""Coordinator key pairs and the public key a supporter encrypts to."""

from __future__ import annotations

import pytest

from sbs_desktop.app.keys import (
    clear_coordinator_recipient,
    coordinator_identity,
    coordinator_public_key,
    coordinator_recipient,
    generate_coordinator_keys,
    public_key_file_text,
    set_coordinator_recipient,
)
from sbs_desktop.core.errors import WrongRole
from sbs_desktop.exchange.encryption import (
    InvalidPublicKey,
    decrypt,
    encrypt,
    generate_identity,
)


def test_a_coordinator_vault_gets_one_key_pair_and_keeps_it(coordinator_vault):
    assert coordinator_identity(coordinator_vault) is None
    public = generate_coordinator_keys(coordinator_vault)
    assert public.startswith("age1")
    assert coordinator_public_key(coordinator_vault) == public
    identity = coordinator_identity(coordinator_vault)
    assert decrypt(encrypt(b"bundle", public), identity) == b"bundle"
    # Asking again does not replace it: bundles encrypted to it must stay readable.
    assert generate_coordinator_keys(coordinator_vault) == public
    assert coordinator_identity(coordinator_vault) == identity


def test_the_key_pair_survives_closing_the_vault(tmp_path, passphrase):
    from sbs_desktop.app.vaults import create_vault, unlock_vault
    from sbs_desktop.core.vocabulary import Role

    path = tmp_path / "c.sbsvault"
    with create_vault(path, passphrase, Role.COORDINATOR) as vault:
        public = generate_coordinator_keys(vault)
    with unlock_vault(path, passphrase) as vault:
        assert coordinator_public_key(vault) == public
        assert decrypt(encrypt(b"x", public), coordinator_identity(vault)) == b"x"


def test_a_supporter_vault_cannot_make_coordinator_keys(supporter_vault):
    with pytest.raises(WrongRole):
        generate_coordinator_keys(supporter_vault)
    assert coordinator_identity(supporter_vault) is None


def test_a_supporter_keeps_the_coordinators_public_key_from_a_saved_file(supporter_vault):
    _, public = generate_identity()
    assert set_coordinator_recipient(supporter_vault, public_key_file_text(public)) == public
    assert coordinator_recipient(supporter_vault) == public
    clear_coordinator_recipient(supporter_vault)
    assert coordinator_recipient(supporter_vault) is None


@pytest.mark.parametrize("text", ["", "hello", "age1notakey", "AGE-SECRET-KEY-1ABC"])
def test_a_bad_key_is_refused_and_the_stored_one_is_kept(supporter_vault, text):
    _, public = generate_identity()
    set_coordinator_recipient(supporter_vault, public)
    with pytest.raises(InvalidPublicKey):
        set_coordinator_recipient(supporter_vault, text)
    assert coordinator_recipient(supporter_vault) == public


def test_a_coordinator_vault_does_not_take_a_recipient(coordinator_vault):
    _, public = generate_identity()
    with pytest.raises(WrongRole):
        set_coordinator_recipient(coordinator_vault, public)
