"""Fingerprints of bundle signing keys: what a coordinator and a supporter compare aloud."""

from __future__ import annotations

import base64
import hashlib
import re

# An Ed25519 public key as a bundle's manifest carries it: 32 bytes, lowercase hex.
PUBLIC_KEY = re.compile(r"[0-9a-f]{64}")
# 120 bits of SHA-256: finding another key with the same fingerprint costs about 2^120
# tries, and 24 base32 characters (no 0, 1, 8 or 9 to mistake for letters) can be read
# over the phone in groups of four.
FINGERPRINT_BYTES = 15
GROUP = 4


def key_fingerprint(public_key: str) -> str:
    """"K3QZ-7MAB-…" (six groups of four) for a public key in hex; "" for no key."""
    if not public_key:
        return ""
    if not PUBLIC_KEY.fullmatch(public_key):
        raise ValueError("a signing key is 64 lowercase hex digits")
    digest = hashlib.sha256(bytes.fromhex(public_key)).digest()[:FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))
