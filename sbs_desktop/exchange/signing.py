"""Signing a bundle's manifest with the vault's Ed25519 key, and checking a signature.

PyNaCl (libsodium) does the cryptography: about 4 MB in the packaged program where
`cryptography` would take about 14 MB (docs/design.md, Signed bundles). libsodium's
verification is strict: it refuses non-canonical signatures and small-order keys.
The signature covers manifest.json's exact bytes, which hold every table's SHA-256, so it
vouches for the whole bundle.
"""

from __future__ import annotations

import os

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BundleRejected
from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE
from sbs_desktop.exchange.manifest import Manifest

SEED_BYTES = 32
SIGNATURE_BYTES = 64

SIGNATURE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "the bundle is signed (format version 2) but its signature file is missing")
SIGNATURE_WRONG_SIZE = QT_TRANSLATE_NOOP("Errors", "is not an Ed25519 signature (64 bytes)")
SIGNATURE_INVALID = QT_TRANSLATE_NOOP(
    "Errors", "the signature does not match manifest.json and the key it names: the bundle "
    "was changed after it was signed, or was not signed by that key")


def new_seed() -> bytes:
    """32 random bytes from the operating system: the secret a vault signs with."""
    return os.urandom(SEED_BYTES)


def public_key(seed: bytes) -> str:
    """The public key of a seed, as a manifest carries it (64 lowercase hex digits)."""
    from nacl.signing import SigningKey

    return bytes(SigningKey(seed).verify_key).hex()


def sign(seed: bytes, data: bytes) -> bytes:
    """The detached Ed25519 signature (64 bytes) of `data`."""
    from nacl.signing import SigningKey

    return SigningKey(seed).sign(data).signature


def check_signature(manifest: Manifest, manifest_bytes: bytes, signature: bytes | None,
                    bundle: str) -> None:
    """Raise BundleRejected unless a signed manifest's signature is good.

    An unsigned (version 1) manifest passes here: whether unsigned bundles are accepted
    is the coordinator's setting, applied when the bundle is stored.
    """
    if manifest.signing_key is None:
        return
    if signature is None:
        raise BundleRejected(bundle=bundle, file=SIGNATURE_FILE, reason=SIGNATURE_MISSING)
    if len(signature) != SIGNATURE_BYTES:
        raise BundleRejected(bundle=bundle, file=SIGNATURE_FILE, reason=SIGNATURE_WRONG_SIZE)
    from nacl.exceptions import BadSignatureError, CryptoError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(bytes.fromhex(manifest.signing_key)).verify(manifest_bytes, signature)
    except (BadSignatureError, CryptoError, ValueError, TypeError):
        raise BundleRejected(bundle=bundle, file=MANIFEST_FILE, column="signing_key",
                             reason=SIGNATURE_INVALID) from None
