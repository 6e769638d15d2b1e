"""Who made a bundle: signatures, the key pinned per supporter, and unsigned bundles."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from bundle_factory import bundle_files, write_folder
from bundle_files import files_of
from bundle_signing import signed

from sbs_desktop.app.bundle_trust import pinned_fingerprint, refuses_unsigned
from sbs_desktop.app.export import export_bundle, signing_fingerprint
from sbs_desktop.app.interactions import record_interaction
from sbs_desktop.app.merge import Outcome, imported_bundles, merge_bundles
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.cli import main
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk, Role
from sbs_desktop.exchange.format import MANIFEST_FILE
from sbs_desktop.exchange.signing import new_seed

PASSPHRASE = "correct horse battery staple forty two"


def log_one(vault, day: int) -> None:
    record_interaction(vault, Interaction(
        occurred_at=datetime(2026, 3, day, 10), duration_minutes=30, format=Format.PHONE,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
        concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE))


def merge(vault, *paths: Path):
    return merge_bundles(vault, list(paths), Progress()).outcomes


def forged_from(genuine: Path, out: Path, sequence: int, seed: bytes | None) -> Path:
    """A bundle under the genuine bundle's pseudonym with a high sequence, made without
    the supporter's vault: signed with the forger's own key, or not signed at all."""
    files = files_of(genuine)
    manifest = json.loads(files[MANIFEST_FILE])
    manifest.update(export_sequence=sequence, export_id=f"0badc0de-0000-4000-8000-{sequence:012d}",
                    format_version=1)
    manifest.pop("signing_key")
    files.pop("manifest.sig")
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    return write_folder(out, signed(files, seed) if seed else files)


@pytest.mark.parametrize("forger_signs", [True, False])
def test_a_forgery_under_a_known_pseudonym_is_refused_and_the_genuine_exports_go_on(
        supporter_vault, coordinator_vault, tmp_path, forger_signs):
    log_one(supporter_vault, 2)
    first = export_bundle(supporter_vault, tmp_path / "first", today=date(2026, 3, 31))
    assert [o.outcome for o in merge(coordinator_vault, first.path)] == [Outcome.IMPORTED]
    pseudonym = first.manifest.supporter
    assert pinned_fingerprint(coordinator_vault, pseudonym) == signing_fingerprint(
        supporter_vault)

    forged = forged_from(first.path, tmp_path / "forged", 99, new_seed() if forger_signs
                         else None)
    [outcome] = merge(coordinator_vault, forged)
    assert outcome.outcome is Outcome.REFUSED
    if forger_signs:
        assert "signed with the key" in outcome.error.message
        assert signing_fingerprint(supporter_vault) in outcome.error.message
    else:
        assert "not signed" in outcome.error.message

    log_one(supporter_vault, 3)
    later = export_bundle(supporter_vault, tmp_path / "later", form="zip",
                          today=date(2026, 3, 31))
    [outcome] = merge(coordinator_vault, later.path)
    assert outcome.outcome is Outcome.REPLACED
    assert outcome.bundle.interaction_rows == 2
    current = [b for b in imported_bundles(coordinator_vault) if b.current]
    assert [b.export_id for b in current] == [later.manifest.export_id]
    assert current[0].key_fingerprint == signing_fingerprint(supporter_vault)


def test_a_vault_signs_with_one_key_made_at_creation_and_kept(supporter_vault, tmp_path):
    fingerprint = signing_fingerprint(supporter_vault)
    one = export_bundle(supporter_vault, tmp_path / "one", today=date(2026, 3, 31))
    two = export_bundle(supporter_vault, tmp_path / "two", today=date(2026, 3, 31))
    assert one.manifest.signing_key == two.manifest.signing_key
    assert signing_fingerprint(supporter_vault) == fingerprint
    other = create_vault(tmp_path / "other.sbsvault", PASSPHRASE, Role.SUPPORTER)
    try:
        assert signing_fingerprint(other) != fingerprint
    finally:
        other.close()


def test_version_1_bundles_import_as_unsigned_until_the_coordinator_refuses_them(
        coordinator_vault, tmp_path):
    old = write_folder(tmp_path / "old", bundle_files(supporter="S-00000000000a"))
    [outcome] = merge(coordinator_vault, old)
    assert outcome.outcome is Outcome.IMPORTED
    assert outcome.bundle.signing_key == "" and outcome.bundle.key_fingerprint == ""

    from sbs_desktop.app.bundle_trust import set_refuses_unsigned

    set_refuses_unsigned(coordinator_vault, True)
    another = write_folder(tmp_path / "another", bundle_files(supporter="S-00000000000b"))
    [outcome] = merge(coordinator_vault, another)
    assert outcome.outcome is Outcome.REFUSED
    assert "refuses unsigned bundles" in outcome.error.message
    # A signed bundle still goes, and a supporter first seen unsigned is pinned at its
    # first signed bundle.
    seed = new_seed()
    newer = write_folder(tmp_path / "newer", signed(bundle_files(supporter="S-00000000000a",
                                                                 sequence=2), seed))
    assert [o.outcome for o in merge(coordinator_vault, newer)] == [Outcome.REPLACED]
    assert pinned_fingerprint(coordinator_vault, "S-00000000000a")


def test_merge_prints_each_key_and_keeps_the_refuse_unsigned_setting(
        supporter_vault, coordinator_vault, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SBS_PASSPHRASE", PASSPHRASE)
    genuine = export_bundle(supporter_vault, tmp_path / "genuine", today=date(2026, 3, 31))
    fingerprint = signing_fingerprint(supporter_vault)
    unsigned = write_folder(tmp_path / "unsigned", bundle_files(supporter="S-00000000000c"))
    coordinator = coordinator_vault.path
    coordinator_vault.close()
    assert main(["merge", "--vault", str(coordinator), "--refuse-unsigned",
                 str(genuine.path), str(unsigned)]) == 1
    out = capsys.readouterr().out
    assert f"signed by key {fingerprint}" in out
    assert "unsigned: the bundle is not signed" in out
    assert main(["merge", "--vault", str(coordinator), "--accept-unsigned", str(unsigned)]) == 0
    assert "unsigned (format version 1)" in capsys.readouterr().out
    from sbs_desktop.app.vaults import unlock_vault

    with unlock_vault(coordinator, PASSPHRASE) as vault:
        assert not refuses_unsigned(vault)
