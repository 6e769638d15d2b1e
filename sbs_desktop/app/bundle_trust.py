"""Who made a bundle: its signature, the supporter's pinned key, and whether unsigned ones go.

The coordinator's vault trusts the first key it sees for a supporter pseudonym and pins
it (store/merged.py pins it with the bundle's rows); every later bundle under that
pseudonym must be signed by the same key (docs/bundle-format.md, section 7).
"""

from __future__ import annotations

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, SignerChanged, UnsignedRefused
from sbs_desktop.core.signature import key_fingerprint
from sbs_desktop.exchange.bundle_reader import Bundle
from sbs_desktop.exchange.signing import check_signature
from sbs_desktop.store import merged as merged_store
from sbs_desktop.store.vault import Vault

UNSIGNED_AFTER_SIGNED = QT_TRANSLATE_NOOP(
    "Errors", "Earlier bundles of this supporter were signed, so an unsigned one may be forged.")
UNSIGNED_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "Errors", "This vault refuses unsigned bundles (a setting on the Bundles page).")


def check_bundle_source(vault: Vault, bundle: Bundle) -> None:
    """Refuse a bundle whose signature is bad, whose key is not the one pinned for its
    supporter, or that is unsigned where that is not accepted."""
    manifest = bundle.manifest
    check_signature(manifest, bundle.manifest_bytes, bundle.signature, bundle.source)
    pinned = merged_store.pinned_key(vault, manifest.supporter)
    if manifest.signing_key is None:
        if pinned is not None:
            raise UnsignedRefused(bundle=bundle.source, why=UNSIGNED_AFTER_SIGNED)
        if merged_store.refuses_unsigned(vault):
            raise UnsignedRefused(bundle=bundle.source, why=UNSIGNED_NOT_ACCEPTED)
        return
    if pinned is not None and pinned != manifest.signing_key:
        raise SignerChanged(bundle=bundle.source, supporter=manifest.supporter,
                            key=key_fingerprint(manifest.signing_key),
                            pinned=key_fingerprint(pinned))


def refuses_unsigned(vault: Vault) -> bool:
    """The coordinator's setting: refuse bundles that carry no signature (format version 1)."""
    return merged_store.refuses_unsigned(vault)


def set_refuses_unsigned(vault: Vault, refuse: bool) -> None:
    merged_store.set_refuses_unsigned(vault, refuse)


def pinned_fingerprint(vault: Vault, supporter: str) -> str:
    """The fingerprint of the key pinned for a supporter pseudonym; "" if none yet."""
    return key_fingerprint(merged_store.pinned_key(vault, supporter) or "")
