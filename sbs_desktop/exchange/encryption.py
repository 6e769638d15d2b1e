"""Encrypting a bundle to the coordinator's public key with age (pyrage), and back."""

from __future__ import annotations

import pyrage

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, SavedKeyUnreadable, SbsError

# Every binary age file starts with this line (age-encryption.org/v1 specification).
AGE_HEADER = b"age-encryption.org/v1\n"
RECIPIENT_PREFIX = "age1"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"


class EncryptionProblem(SbsError):
    """An encrypted bundle or a key that cannot be used."""


class InvalidPublicKey(EncryptionProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a coordinator public key ({reason}). Ask the coordinator for the key "
        "Side-by-Side shows them: one line starting with \"age1\".",
    )


class InvalidIdentity(EncryptionProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The coordinator key stored in this vault is damaged ({reason})."
    )


class KeyDoesNotFit(EncryptionProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{bundle} was encrypted for another coordinator key, so this vault cannot open it. "
        "Ask the supporter to export again with this vault's public key.",
    )


class NotEncrypted(EncryptionProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{bundle} is not an encrypted Side-by-Side bundle (it is not an age file)."
    )


class EncryptedBundleDamaged(EncryptionProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{bundle} is damaged and cannot be decrypted ({reason}). Ask for it again."
    )


def generate_identity() -> tuple[str, str]:
    """A new age key pair: (secret identity, public recipient)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def parse_recipient(text: str) -> str:
    """The one public key in `text` (pasted, or a key file with '#' comment lines)."""
    lines = [line.strip() for line in text.splitlines()]
    keys = [line for line in lines if line and not line.startswith("#")]
    if not keys:
        raise InvalidPublicKey(reason=QT_TRANSLATE_NOOP("Errors", "there is no key in it"))
    if len(keys) > 1:
        raise InvalidPublicKey(reason=QT_TRANSLATE_NOOP("Errors", "it holds more than one line"))
    key = keys[0]
    if key.startswith(IDENTITY_PREFIX):
        # A coordinator pasting their secret key by mistake: refuse it, never store it.
        raise InvalidPublicKey(
            reason=QT_TRANSLATE_NOOP("Errors", "it is a secret key, which must stay private"))
    if not key.startswith(RECIPIENT_PREFIX):
        raise InvalidPublicKey(reason=QT_TRANSLATE_NOOP("Errors", "it does not start with age1"))
    try:
        return str(pyrage.x25519.Recipient.from_str(key))
    except pyrage.RecipientError:
        raise InvalidPublicKey(
            reason=QT_TRANSLATE_NOOP("Errors", "it is mistyped or cut short")) from None


def encrypt(data: bytes, recipient: str) -> bytes:
    """`data` encrypted so that only the holder of `recipient`'s identity can read it."""
    key = pyrage.x25519.Recipient.from_str(parse_recipient(recipient))
    return pyrage.encrypt(data, [key])


def decrypt(data: bytes, identity: str, bundle: str = "") -> bytes:
    """`data` decrypted with `identity`; raises KeyDoesNotFit, NotEncrypted or
    EncryptedBundleDamaged (`bundle` names the file in the message)."""
    try:
        secret = pyrage.x25519.Identity.from_str(identity.strip())
    except pyrage.IdentityError as error:
        raise InvalidIdentity(reason=str(error)) from None
    if not data.startswith(AGE_HEADER):
        raise NotEncrypted(bundle=bundle or "-")
    try:
        return pyrage.decrypt(data, [secret])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise KeyDoesNotFit(bundle=bundle or "-") from None
        raise EncryptedBundleDamaged(bundle=bundle or "-", reason=str(error)) from None


def encrypt_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """`data` in age's passphrase (scrypt) format, which the reference `age -d` opens."""
    return pyrage.passphrase.encrypt(data, passphrase)


def decrypt_with_passphrase(data: bytes, passphrase: str, name: str) -> str:
    """The text sealed by `encrypt_with_passphrase`; raises SavedKeyUnreadable."""
    if not data.startswith(AGE_HEADER):
        raise SavedKeyUnreadable(path=name, reason=QT_TRANSLATE_NOOP(
            "Errors", "it is not an age file"))
    try:
        return pyrage.passphrase.decrypt(data, passphrase).decode("utf-8")
    except (pyrage.DecryptError, UnicodeDecodeError):
        raise SavedKeyUnreadable(path=name, reason=QT_TRANSLATE_NOOP(
            "Errors", "the passphrase does not open it, or it is damaged")) from None


def identity_in(text: str, name: str) -> tuple[str, str]:
    """The one age identity in an identity file's text, and its public key."""
    keys = [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
    if len(keys) != 1 or not keys[0].startswith(IDENTITY_PREFIX):
        raise SavedKeyUnreadable(path=name, reason=QT_TRANSLATE_NOOP(
            "Errors", "it does not hold one coordinator key"))
    try:
        identity = pyrage.x25519.Identity.from_str(keys[0])
    except pyrage.IdentityError:
        raise SavedKeyUnreadable(path=name, reason=QT_TRANSLATE_NOOP(
            "Errors", "the key in it is damaged")) from None
    return str(identity), str(identity.to_public())
