"""age encryption: a bundle opens with the coordinator's key and with no other."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbs_desktop.exchange.encryption import (
    EncryptedBundleDamaged,
    InvalidIdentity,
    InvalidPublicKey,
    KeyDoesNotFit,
    NotEncrypted,
    decrypt,
    encrypt,
    generate_identity,
    parse_recipient,
)

DATA = b"PK\x03\x04 a zip of anonymised CSVs " * 100


def test_what_is_encrypted_to_a_key_decrypts_with_its_identity():
    identity, recipient = generate_identity()
    assert identity.startswith("AGE-SECRET-KEY-1") and recipient.startswith("age1")
    sealed = encrypt(DATA, recipient)
    assert DATA not in sealed
    assert decrypt(sealed, identity) == DATA


def test_another_identity_cannot_decrypt():
    _, recipient = generate_identity()
    other_identity, _ = generate_identity()
    with pytest.raises(KeyDoesNotFit) as caught:
        decrypt(encrypt(DATA, recipient), other_identity, bundle="alice.zip.age")
    assert "alice.zip.age" in caught.value.message


def test_data_that_is_not_age_is_refused_clearly():
    identity, _ = generate_identity()
    with pytest.raises(NotEncrypted):
        decrypt(DATA, identity, bundle="alice.zip")


@pytest.mark.parametrize("damage", [
    lambda b: b[:80],                                  # cut short in the header
    lambda b: b[:-10],                                 # cut short in the payload
    lambda b: b[:150] + bytes([b[150] ^ 1]) + b[151:],  # one bit flipped
])
def test_a_damaged_encrypted_bundle_is_refused_clearly(damage):
    identity, recipient = generate_identity()
    with pytest.raises((EncryptedBundleDamaged, KeyDoesNotFit)):
        decrypt(damage(encrypt(DATA, recipient)), identity)


def test_a_damaged_stored_identity_is_named():
    _, recipient = generate_identity()
    with pytest.raises(InvalidIdentity):
        decrypt(encrypt(DATA, recipient), "AGE-SECRET-KEY-1NOTAKEY")


def test_a_key_file_with_comments_and_spaces_is_read():
    _, recipient = generate_identity()
    text = f"# Side-by-Side coordinator public key\n\n   {recipient}  \r\n"
    assert parse_recipient(text) == recipient


@pytest.mark.parametrize(("text", "reason"), [
    ("", "no key"),
    ("# only a comment\n", "no key"),
    ("age1abc\nage1def", "more than one"),
    ("ssh-ed25519 AAAAC3Nza", "age1"),
    ("age1qqqqqqqqqqqqq", "mistyped"),
])
def test_text_that_is_not_a_public_key_is_refused_with_the_reason(text, reason):
    with pytest.raises(InvalidPublicKey) as caught:
        parse_recipient(text)
    assert reason in caught.value.message


def test_a_secret_key_pasted_by_mistake_is_refused():
    identity, _ = generate_identity()
    with pytest.raises(InvalidPublicKey) as caught:
        parse_recipient(identity)
    assert "secret" in caught.value.message
    assert identity not in caught.value.message


@given(st.text(max_size=80))
def test_any_pasted_text_is_a_key_or_a_clear_refusal(text):
    try:
        key = parse_recipient(text)
    except InvalidPublicKey:
        return
    assert key.startswith("age1")


@given(st.binary(max_size=300))
def test_any_bytes_decrypt_or_are_refused_clearly(data):
    identity, _ = generate_identity()
    with pytest.raises((NotEncrypted, EncryptedBundleDamaged, KeyDoesNotFit)):
        decrypt(data, identity)
