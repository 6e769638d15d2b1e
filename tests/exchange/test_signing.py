"""Bundle signatures: a signed manifest verifies, and any change to it or its signature does not."""

from __future__ import annotations

import json

import pytest
from bundle_factory import bundle_files
from bundle_signing import signed
from hypothesis import given, settings
from hypothesis import strategies as st

from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.core.signature import key_fingerprint
from sbs_desktop.exchange.bundle_reader import verify_bundle
from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE
from sbs_desktop.exchange.manifest import validate_manifest
from sbs_desktop.exchange.signing import check_signature, public_key, sign

SEED = bytes(range(32))
OTHER_SEED = bytes(range(1, 33))


def no_instruments(identifier, version):
    return None


def check(files: dict[str, bytes]) -> None:
    manifest = validate_manifest(files[MANIFEST_FILE])
    check_signature(manifest, files[MANIFEST_FILE], files.get(SIGNATURE_FILE), "b")


def test_a_signed_bundle_verifies_and_names_its_key():
    files = signed(bundle_files(), SEED)
    check(files)
    bundle = verify_bundle(files, "b", no_instruments)
    assert bundle.manifest.signing_key == public_key(SEED)
    assert bundle.manifest.format_version == 2


def test_a_version_1_bundle_has_no_key_and_passes_as_unsigned():
    files = bundle_files()
    manifest = validate_manifest(files[MANIFEST_FILE])
    assert manifest.signing_key is None and manifest.format_version == 1
    check_signature(manifest, files[MANIFEST_FILE], None, "b")


@pytest.mark.parametrize(("change", "reason"), [
    (lambda f: f.pop(SIGNATURE_FILE), "signature file is missing"),
    (lambda f: f.update({SIGNATURE_FILE: f[SIGNATURE_FILE][:63]}), "64 bytes"),
    (lambda f: f.update({SIGNATURE_FILE: sign(OTHER_SEED, f[MANIFEST_FILE])}), "not match"),
    (lambda f: f.update({MANIFEST_FILE: f[MANIFEST_FILE].replace(b'"export_sequence": 1',
                                                                 b'"export_sequence": 9')}),
     "not match"),
])
def test_a_missing_short_foreign_or_stale_signature_is_refused(change, reason):
    files = signed(bundle_files(), SEED)
    change(files)
    with pytest.raises(BundleRejected) as caught:
        check(files)
    assert reason in caught.value.params["reason"]


def test_a_forger_who_swaps_in_their_own_key_makes_a_bundle_that_verifies_under_that_key():
    # The signature proves which key signed, not who the supporter is: pinning the first
    # key per pseudonym (app/bundle_trust.py) is what refuses this one later.
    forged = signed(signed(bundle_files(), SEED), OTHER_SEED)
    check(forged)
    assert json.loads(forged[MANIFEST_FILE])["signing_key"] == public_key(OTHER_SEED)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_flipping_any_byte_of_the_manifest_or_signature_is_refused(data):
    files = signed(bundle_files(interactions=2), SEED)
    name = data.draw(st.sampled_from([MANIFEST_FILE, SIGNATURE_FILE]))
    content = bytearray(files[name])
    at = data.draw(st.integers(0, len(content) - 1))
    content[at] ^= data.draw(st.integers(1, 255))
    files[name] = bytes(content)
    with pytest.raises(BundleRejected):
        check(files)


def test_fingerprints_are_six_groups_of_base32_and_differ_between_keys():
    mine, other = key_fingerprint(public_key(SEED)), key_fingerprint(public_key(OTHER_SEED))
    assert len(mine.split("-")) == 6 and all(len(group) == 4 for group in mine.split("-"))
    assert set(mine) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-")
    assert mine != other and key_fingerprint("") == ""
