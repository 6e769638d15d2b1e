"""Merging bundles: verified whole before storing, idempotent, newer replaces, cancel is clean."""

from __future__ import annotations

import hashlib
import json

import pytest
from bundle_factory import (
    bundle_files,
    supporter_pseudonym,
    write_folder,
    write_zip,
)

from sbs_desktop.app.keys import generate_coordinator_keys
from sbs_desktop.app.merge import Outcome, imported_bundles, merge_bundles
from sbs_desktop.core.errors import BundleRejected, Cancelled, WrongRole
from sbs_desktop.core.progress import Progress, silent
from sbs_desktop.exchange.encryption import KeyDoesNotFit, encrypt, generate_identity
from sbs_desktop.exchange.format import INTERACTIONS_FILE, MANIFEST_FILE

TABLES = ("merged_bundles", "merged_interactions", "merged_schedule", "merged_survey")


def contents(vault) -> dict[str, list]:
    return {table: sorted(vault.query(f"SELECT * FROM {table}"), key=repr) for table in TABLES}


def rehash(files: dict[str, bytes], file: str, table: str) -> dict[str, bytes]:
    """Put a changed file's hash (and row count) into the manifest, as a careful forger would."""
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["tables"][table]["sha256"] = hashlib.sha256(files[file]).hexdigest()
    manifest["tables"][table]["rows"] = files[file].count(b"\r\n") - 1
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    return files


def test_bundles_import_with_their_provenance(coordinator_vault, tmp_path):
    first = write_folder(tmp_path / "one", bundle_files(supporter_pseudonym(1), 30, seed=1))
    second = write_zip(tmp_path / "two.zip", bundle_files(supporter_pseudonym(2), 12, seed=2))
    report = merge_bundles(coordinator_vault, [first, second], silent())
    assert [o.outcome for o in report.outcomes] == [Outcome.IMPORTED, Outcome.IMPORTED]
    bundles = {b.supporter: b for b in imported_bundles(coordinator_vault)}
    assert bundles[supporter_pseudonym(1)].interaction_rows == 30
    assert bundles[supporter_pseudonym(2)].source_name == "two.zip"
    assert bundles[supporter_pseudonym(2)].exported_at.year == 2026
    assert bundles[supporter_pseudonym(2)].imported_at is not None
    count = coordinator_vault.query_one("SELECT count(*) FROM merged_interactions")[0]
    assert count == 42


def test_a_folder_of_bundles_is_searched(coordinator_vault, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(3):
        write_zip(folder / f"b{number}.zip", bundle_files(supporter_pseudonym(number), 5,
                                                          seed=number + 1))
    (folder / "notes.txt").write_text("not a bundle")
    report = merge_bundles(coordinator_vault, [folder], silent())
    assert report.count(Outcome.IMPORTED) == 3


def test_the_same_bundle_twice_changes_nothing(coordinator_vault, tmp_path):
    bundle = write_zip(tmp_path / "b.zip", bundle_files(interactions=25))
    merge_bundles(coordinator_vault, [bundle], silent())
    before = contents(coordinator_vault)
    report = merge_bundles(coordinator_vault, [bundle], silent())
    assert report.outcomes[0].outcome is Outcome.ALREADY_IMPORTED
    assert contents(coordinator_vault) == before


def test_a_newer_bundle_replaces_the_supporters_rows(coordinator_vault, tmp_path):
    supporter = supporter_pseudonym(7)
    old = write_zip(tmp_path / "old.zip", bundle_files(supporter, 40, seed=3, sequence=1))
    other = write_zip(tmp_path / "other.zip", bundle_files(supporter_pseudonym(8), 10, seed=4))
    new = write_zip(tmp_path / "new.zip", bundle_files(supporter, 15, seed=5, sequence=2))
    merge_bundles(coordinator_vault, [old, other], silent())
    report = merge_bundles(coordinator_vault, [new], silent())
    outcome = report.outcomes[0]
    assert outcome.outcome is Outcome.REPLACED
    assert outcome.replaced.export_sequence == 1
    rows = dict(coordinator_vault.query(
        "SELECT supporter, count(*) FROM merged_interactions GROUP BY supporter"))
    assert rows == {supporter: 15, supporter_pseudonym(8): 10}
    replaced = [b for b in imported_bundles(coordinator_vault) if not b.current]
    assert [b.source_name for b in replaced] == ["old.zip"]
    assert replaced[0].replaced_by == outcome.bundle.export_id


def test_an_older_bundle_after_a_newer_is_refused(coordinator_vault, tmp_path):
    supporter = supporter_pseudonym(7)
    new = write_zip(tmp_path / "new.zip", bundle_files(supporter, 15, seed=5, sequence=2))
    old = write_zip(tmp_path / "old.zip", bundle_files(supporter, 40, seed=3, sequence=1))
    merge_bundles(coordinator_vault, [new], silent())
    before = contents(coordinator_vault)
    outcome = merge_bundles(coordinator_vault, [old], silent()).outcomes[0]
    assert outcome.outcome is Outcome.REFUSED
    assert "older export" in outcome.error.message
    assert contents(coordinator_vault) == before


def refused(vault, path) -> BundleRejected:
    report = merge_bundles(vault, [path], silent())
    assert [o.outcome for o in report.outcomes] == [Outcome.REFUSED]
    return report.outcomes[0].error


def test_a_tampered_file_is_refused_and_stores_nothing(coordinator_vault, tmp_path):
    files = bundle_files()
    files[INTERACTIONS_FILE] = files[INTERACTIONS_FILE].replace(b",phone,", b",video,", 1)
    error = refused(coordinator_vault, write_folder(tmp_path / "b", files))
    assert error.params["file"] == INTERACTIONS_FILE
    assert "SHA-256" in error.message
    assert contents(coordinator_vault)["merged_bundles"] == []


def test_a_wrong_hash_in_the_manifest_is_refused(coordinator_vault, tmp_path):
    files = bundle_files()
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["tables"]["schedule"]["sha256"] = "0" * 64
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    error = refused(coordinator_vault, write_folder(tmp_path / "b", files))
    assert error.params["file"] == "schedule.csv"
    assert "SHA-256" in error.message
    assert contents(coordinator_vault)["merged_bundles"] == []


def test_an_unknown_code_is_refused_naming_row_and_column(coordinator_vault, tmp_path):
    files = bundle_files(interactions=10)
    lines = files[INTERACTIONS_FILE].split(b"\r\n")
    lines[4] = lines[4].replace(b",none,", b",panic,", 1).replace(
        b",concerned,", b",panic,", 1).replace(b",very_concerned,", b",panic,", 1)
    files[INTERACTIONS_FILE] = b"\r\n".join(lines)
    error = refused(coordinator_vault, write_folder(tmp_path / "b", rehash(
        files, INTERACTIONS_FILE, "interactions")))
    assert (error.params["row"], error.params["column"]) == (5, "risk")
    assert "unknown code: 'panic'" in error.message
    assert contents(coordinator_vault)["merged_interactions"] == []


def test_a_missing_column_is_refused(coordinator_vault, tmp_path):
    files = bundle_files(interactions=3)
    rows = [line.split(b",") for line in files["schedule.csv"].split(b"\r\n") if line]
    files["schedule.csv"] = b"".join(b",".join(r[:3]) + b"\r\n" for r in rows)
    error = refused(coordinator_vault, write_folder(tmp_path / "b", rehash(
        files, "schedule.csv", "schedule")))
    assert (error.params["file"], error.params["column"]) == ("schedule.csv", "hours_offered")
    assert "missing" in error.message
    assert contents(coordinator_vault)["merged_bundles"] == []


def test_a_newer_format_version_has_its_own_message(coordinator_vault, tmp_path):
    files = bundle_files()
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["format_version"] = 3
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    error = refused(coordinator_vault, write_folder(tmp_path / "b", files))
    assert "newer Side-by-Side" in error.message
    assert contents(coordinator_vault)["merged_bundles"] == []


def test_a_bundle_encrypted_to_another_key_is_refused(coordinator_vault, tmp_path):
    generate_coordinator_keys(coordinator_vault)
    zipped = write_zip(tmp_path / "b.zip", bundle_files()).read_bytes()
    _, someone_else = generate_identity()
    path = tmp_path / "b.zip.age"
    path.write_bytes(encrypt(zipped, someone_else))
    error = refused(coordinator_vault, path)
    assert isinstance(error, KeyDoesNotFit)
    assert "another coordinator key" in error.message
    assert contents(coordinator_vault)["merged_bundles"] == []


def test_a_bundle_encrypted_to_this_vault_imports(coordinator_vault, tmp_path):
    recipient = generate_coordinator_keys(coordinator_vault)
    zipped = write_zip(tmp_path / "b.zip", bundle_files(interactions=9)).read_bytes()
    path = tmp_path / "b.zip.age"
    path.write_bytes(encrypt(zipped, recipient))
    report = merge_bundles(coordinator_vault, [path], silent())
    assert report.outcomes[0].outcome is Outcome.IMPORTED
    assert report.outcomes[0].bundle.interaction_rows == 9


def test_a_bad_bundle_does_not_stop_the_others(coordinator_vault, tmp_path):
    good = write_zip(tmp_path / "good.zip", bundle_files(supporter_pseudonym(1), 5))
    files = bundle_files(supporter_pseudonym(2), 5)
    files[INTERACTIONS_FILE] += b"tampered"
    bad = write_folder(tmp_path / "bad", files)
    report = merge_bundles(coordinator_vault, [bad, good], silent())
    assert [o.outcome for o in report.outcomes] == [Outcome.REFUSED, Outcome.IMPORTED]


def test_cancelling_keeps_finished_bundles_only(coordinator_vault, tmp_path):
    paths = [write_zip(tmp_path / f"b{n}.zip", bundle_files(supporter_pseudonym(n), 5,
                                                            seed=n + 1)) for n in range(3)]

    def cancel_during_the_second(done: int, total: int, stage: str) -> None:
        if stage == "b1.zip":
            progress.cancel()

    progress = Progress(cancel_during_the_second)
    with pytest.raises(Cancelled):
        merge_bundles(coordinator_vault, paths, progress)
    assert [b.source_name for b in imported_bundles(coordinator_vault)] == ["b0.zip"]
    assert coordinator_vault.query_one("SELECT count(*) FROM merged_interactions")[0] == 5


def test_a_supporter_vault_cannot_merge(supporter_vault, tmp_path):
    with pytest.raises(WrongRole):
        merge_bundles(supporter_vault, [tmp_path], silent())


def test_an_unexpected_error_refuses_that_bundle_only(coordinator_vault, tmp_path, monkeypatch,
                                                      caplog):
    from sbs_desktop.app import merge

    paths = [write_zip(tmp_path / f"b{n}.zip", bundle_files(supporter_pseudonym(n), 4,
                                                            seed=n + 1)) for n in range(3)]
    real_store = merge.store_bundle

    def store_failing_on_the_second(vault, bundle, now=None):
        if bundle.source == "b1.zip":
            raise OverflowError("Python int too large to convert to SQLite INTEGER: 2**70")
        return real_store(vault, bundle, now)

    monkeypatch.setattr(merge, "store_bundle", store_failing_on_the_second)
    report = merge_bundles(coordinator_vault, paths, silent())
    assert [o.outcome for o in report.outcomes] == [Outcome.IMPORTED, Outcome.REFUSED,
                                                    Outcome.IMPORTED]
    message = report.outcomes[1].error.message
    assert message.startswith("b1.zip (whole bundle): an unexpected error")
    assert "OverflowError" in message
    # Logged by type and place, never with the error's text (it may hold the bundle's values).
    assert "OverflowError" in caplog.text and "2**70" not in caplog.text
    assert coordinator_vault.query_one("SELECT count(*) FROM merged_bundles")[0] == 2
