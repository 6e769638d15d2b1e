"""Signing hand-made bundles for tests, as a supporter's vault (or a forger) would."""

from __future__ import annotations

import json

from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE
from sbs_desktop.exchange.signing import public_key, sign


def signed(files: dict[str, bytes], seed: bytes) -> dict[str, bytes]:
    """The bundle's files as format version 2: its manifest names the key, manifest.sig
    holds the signature of the manifest's bytes."""
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["format_version"] = 2
    manifest["signing_key"] = public_key(seed)
    data = (json.dumps(manifest, indent=2) + "\n").encode("utf-8")
    return {**files, MANIFEST_FILE: data, SIGNATURE_FILE: sign(seed, data)}
