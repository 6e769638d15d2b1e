"""The bundle reader: every check names the file, row and column, and bad input never crashes."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from bundle_factory import (
    barrier_answers,
    bundle_files,
    csv_bytes,
    survey_rows,
    write_folder,
    write_zip,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.core.instrument import shipped_instruments
from sbs_desktop.exchange.bundle_reader import read_bundle, verify_bundle
from sbs_desktop.exchange.format import (
    INTERACTION_COLUMNS,
    INTERACTIONS_FILE,
    MANIFEST_FILE,
    SURVEY_FILE,
)

INSTRUMENTS = {i.key: i for i in shipped_instruments()}


def lookup(identifier: str, version: str):
    return INSTRUMENTS.get((identifier, version))


def with_rows(files: dict[str, bytes], file: str, table: str, columns, rows) -> dict:
    files[file] = csv_bytes(columns, rows)
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["tables"][table]["sha256"] = hashlib.sha256(files[file]).hexdigest()
    manifest["tables"][table]["rows"] = len(rows)
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    return files


def interactions(files: dict[str, bytes]) -> list[list[str]]:
    text = files[INTERACTIONS_FILE].decode()
    import csv

    return list(csv.reader(io.StringIO(text)))[1:]


def rejected_with(files: dict[str, bytes]) -> BundleRejected:
    with pytest.raises(BundleRejected) as raised:
        verify_bundle(files, "bundle.zip", lookup)
    return raised.value


def test_a_valid_bundle_reads_with_typed_columns(tmp_path):
    answers = [barrier_answers({"stigma": "yes"}, {}) for _ in range(3)]
    path = write_zip(tmp_path / "b.zip", bundle_files(interactions=12,
                                                      survey=survey_rows(answers)))
    bundle = read_bundle(path, None, lookup)
    assert bundle.interactions.row_count == 12
    assert all(isinstance(d, int) for d in bundle.interactions.column("duration_minutes"))
    assert bundle.survey.row_count == 3 * 21
    assert bundle.manifest.export_sequence == 1


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("format", "carrier_pigeon", "unknown code"),
    ("duration_minutes", "601", "out of range"),
    ("duration_minutes", "ten", "not a whole number"),
    ("concerns", "exams;;grief", "unknown code"),
    ("referrals", "faculty_wellness;shaman", "unknown code: 'shaman'"),
    ("year_of_study", "7", "unknown code"),
    ("classmate", "Jane Doe", "pseudonym"),
    ("period", "2025-13", "granularity"),
    ("academic_year", "2025-2027", "academic year"),
    ("supporter", "S-ffffffffffff", "differs from the supporter"),
])
def test_each_bad_cell_is_named(column, value, reason):
    files = bundle_files(interactions=6)
    rows = interactions(files)
    rows[3][INTERACTION_COLUMNS.index(column)] = value
    error = rejected_with(with_rows(files, INTERACTIONS_FILE, "interactions",
                                    INTERACTION_COLUMNS, rows))
    assert (error.params["file"], error.params["row"], error.params["column"]) == (
        INTERACTIONS_FILE, 5, column)
    assert reason in error.message


def test_a_duplicate_interaction_is_refused():
    files = bundle_files(interactions=6)
    rows = interactions(files)
    rows[4][0] = rows[1][0]
    error = rejected_with(with_rows(files, INTERACTIONS_FILE, "interactions",
                                    INTERACTION_COLUMNS, rows))
    assert (error.params["row"], error.params["column"]) == (6, "interaction")


def test_a_row_count_that_differs_from_the_manifest_is_refused():
    files = bundle_files(interactions=6)
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["tables"]["interactions"]["rows"] = 7
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    assert "number of rows" in rejected_with(files).message


def test_an_unknown_survey_answer_is_refused():
    rows = survey_rows([barrier_answers({}, {})])
    rows[2][5] = "maybe"
    files = with_rows(bundle_files(), SURVEY_FILE, "survey",
                      ("response", "instrument", "instrument_version", "period", "question",
                       "answer"), rows)
    manifest = json.loads(files[MANIFEST_FILE])
    manifest["period"]["last"] = "2026-W14"
    manifest["instrument"] = {"id": "sbs-barriers", "version": "1"}
    files[MANIFEST_FILE] = json.dumps(manifest).encode()
    error = rejected_with(files)
    assert (error.params["file"], error.params["row"], error.params["column"]) == (
        SURVEY_FILE, 4, "answer")


def test_a_missing_file_is_named(tmp_path):
    files = bundle_files()
    del files["schedule.csv"]
    error = rejected_with(files)
    assert error.params["file"] == "schedule.csv"
    assert "missing" in error.message


def test_zip_path_traversal_is_refused(tmp_path):
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in bundle_files().items():
            archive.writestr(name, data)
        archive.writestr("../../outside.txt", b"x")
    with pytest.raises(BundleRejected) as raised:
        read_bundle(path, None, lookup)
    assert "outside the bundle" in raised.value.message
    assert not (tmp_path.parent / "outside.txt").exists()


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in bundle_files().items():
            archive.writestr(name, data)
        archive.writestr("bundle/" + INTERACTIONS_FILE,
                         b"0" * (50 * 1024 * 1024))
    with pytest.raises(BundleRejected) as raised:
        read_bundle(path, None, lookup)
    assert "zip bomb" in raised.value.message


def test_not_a_bundle_is_refused(tmp_path):
    path = tmp_path / "holiday.zip"
    path.write_bytes(b"just some text")
    with pytest.raises(BundleRejected) as raised:
        read_bundle(path, None, lookup)
    assert "not a bundle" in raised.value.message


def test_an_encrypted_bundle_needs_a_key(tmp_path):
    path = tmp_path / "b.zip.age"
    path.write_bytes(b"age-encryption.org/v1\n...")
    with pytest.raises(BundleRejected) as raised:
        read_bundle(path, None, lookup)
    assert "no coordinator key" in raised.value.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(st.text(max_size=12), min_size=len(INTERACTION_COLUMNS),
                      max_size=len(INTERACTION_COLUMNS)))
def test_any_interaction_row_is_read_or_refused_never_crashes(cells):
    files = bundle_files(interactions=2)
    rows = [*interactions(files), cells]
    try:
        bundle = verify_bundle(with_rows(files, INTERACTIONS_FILE, "interactions",
                                         INTERACTION_COLUMNS, rows), "b", lookup)
    except BundleRejected as error:
        assert error.params["file"] in (INTERACTIONS_FILE, MANIFEST_FILE)
    else:
        assert bundle.interactions.row_count == 3


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_as_a_file_are_refused_cleanly(data):
    files = bundle_files(interactions=2)
    files[INTERACTIONS_FILE] = data
    with pytest.raises(BundleRejected):
        verify_bundle(files, "b", lookup)


def test_a_folder_bundle_reads(tmp_path):
    bundle = read_bundle(write_folder(tmp_path / "b", bundle_files(interactions=4)), None,
                         lookup)
    assert bundle.source == "b"
