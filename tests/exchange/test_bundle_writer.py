"""Writing bundles: RFC 4180 CSVs, a manifest that matches them, and nothing left on failure."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bundle_files import files_of

from sbs_desktop.core.errors import Cancelled, DiskFull
from sbs_desktop.core.progress import Progress
from sbs_desktop.exchange.bundle_writer import (
    BATCH_ROWS,
    ExportFailed,
    OutputExists,
    TableSource,
    bundle_path,
    write_bundle,
)
from sbs_desktop.exchange.encryption import generate_identity
from sbs_desktop.exchange.format import TABLES
from sbs_desktop.exchange.manifest import Manifest, validate_manifest

SUPPORTER = "S-0123456789ab"
HEADER = Manifest(
    export_id="0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
    exported_at=datetime(2026, 4, 30, 17, 5, 9, tzinfo=UTC),
    export_sequence=1, app_version="0.1.0", supporter=SUPPORTER, granularity="week",
    period=None, instrument=None, tables={},
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own: what an export leaves behind is all that is in it."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def interaction(number: int, week: str = "2026-W10") -> tuple:
    return (f"I-{number:016x}", SUPPORTER, week, "2025-2026", 30, "phone", "student", None,
            "exams", "exams;grief", "none", "", "none", None, 3)


def tables(count: int = 3, survey: list[tuple] | None = None) -> dict[str, TableSource]:
    survey = survey or []
    return {
        "interactions": TableSource((interaction(n) for n in range(count)), count),
        "schedule": TableSource([(SUPPORTER, "2026-W09", "online", 1.5)], 1),
        "survey": TableSource(survey, len(survey)),
    }


@pytest.mark.parametrize("form", ["folder", "zip", "zip.age"])
def test_the_manifest_matches_every_file(out, form):
    identity, recipient = generate_identity()
    path, manifest = write_bundle(out / "bundle", HEADER, tables(7), Progress(), form,
                                  recipient if form == "zip.age" else None)
    files = files_of(path, identity if form == "zip.age" else None)
    assert set(files) == {"manifest.json", "interactions.csv", "schedule.csv", "survey.csv"}
    assert validate_manifest(files["manifest.json"]) == manifest
    for name, (file, columns) in TABLES.items():
        entry = manifest.tables[name]
        assert entry.sha256 == hashlib.sha256(files[file]).hexdigest()
        lines = files[file].decode("utf-8").split("\r\n")
        assert lines[0] == ",".join(columns)
        assert lines[-1] == ""  # every record ends with CRLF
        assert entry.rows == len(lines) - 2
    assert manifest.tables["interactions"].rows == 7
    assert manifest.period == ("2026-W09", "2026-W10")
    assert list(out.iterdir()) == [path]


def test_cells_that_need_quoting_read_back_unchanged(out):
    awkward = ("R-0000000000000001", "sbs-barriers", "1", "2026-W10", "q",
               'a, "quoted"\r\nanswer é')
    path, _ = write_bundle(out / "bundle", HEADER, tables(0, [awkward]), Progress())
    text = (path / "survey.csv").read_bytes().decode("utf-8")
    assert not text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1] == list(awkward)


def test_an_empty_table_is_a_header_alone(out):
    path, manifest = write_bundle(out / "bundle", HEADER, tables(0), Progress())
    assert (path / "survey.csv").read_bytes() == (
        b"response,instrument,instrument_version,period,question,answer\r\n")
    assert manifest.tables["survey"].rows == 0


@pytest.mark.parametrize(("out", "form", "written"), [
    ("b", "folder", "b"), ("b", "zip", "b.zip"), ("b.zip", "zip", "b.zip"),
    ("b.ZIP", "zip", "b.ZIP"), ("b", "zip.age", "b.zip.age"), ("b.zip", "zip.age", "b.zip.age"),
    ("b.zip.age", "zip.age", "b.zip.age"),
])
def test_the_bundle_name_gets_its_suffix(out, form, written):
    assert bundle_path(Path(out), form) == Path(written)


def _stop_at_second_report(error: BaseException) -> Progress:
    reports = []

    def listen(done: int, total: int, stage: str) -> None:
        reports.append(done)
        if len(reports) == 2:
            raise error

    return Progress(listen)


@pytest.mark.parametrize("form", ["folder", "zip", "zip.age"])
def test_a_cancelled_export_leaves_nothing(out, form):
    progress = Progress()
    reports = []

    def cancel_midway(done: int, total: int, stage: str) -> None:
        reports.append(done)
        if done >= BATCH_ROWS:
            progress.cancel()

    progress = Progress(cancel_midway)
    _, recipient = generate_identity()
    with pytest.raises(Cancelled):
        write_bundle(out / "bundle", HEADER, tables(3 * BATCH_ROWS), progress, form,
                     recipient if form == "zip.age" else None)
    assert BATCH_ROWS in reports
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_full_disk_gives_a_clear_message_and_leaves_nothing(out, form):
    full = OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(DiskFull) as caught:
        write_bundle(out / "bundle", HEADER, tables(3 * BATCH_ROWS),
                     _stop_at_second_report(full), form)
    assert "full" in caught.value.message
    assert list(out.iterdir()) == []


def test_an_existing_folder_is_not_overwritten(out):
    (out / "bundle").mkdir()
    (out / "bundle" / "mine.txt").write_text("keep me")
    with pytest.raises(OutputExists):
        write_bundle(out / "bundle", HEADER, tables(), Progress())
    assert [p.name for p in out.iterdir()] == ["bundle"]
    assert (out / "bundle" / "mine.txt").read_text() == "keep me"


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_an_existing_file_or_folder_is_never_replaced_and_another_name_is_suggested(out, form):
    existing = out / ("bundle.zip" if form == "zip" else "bundle")
    existing.write_bytes(b"old")
    (out / "bundle-2.zip").write_bytes(b"older")
    with pytest.raises(OutputExists) as caught:
        write_bundle(existing, HEADER, tables(), Progress(), form)
    assert existing.read_bytes() == b"old"
    expected = "bundle-3.zip" if form == "zip" else "bundle-2"
    assert expected in caught.value.message
    assert sorted(p.name for p in out.iterdir()) == sorted([existing.name, "bundle-2.zip"])


def test_a_missing_folder_is_named(out):
    with pytest.raises(ExportFailed) as caught:
        write_bundle(out / "nowhere" / "bundle", HEADER, tables(), Progress(), "zip")
    assert "nowhere" in caught.value.message
    assert list(out.iterdir()) == []


def test_a_zip_records_no_local_time(out):
    path, _ = write_bundle(out / "bundle", HEADER, tables(), Progress(), "zip")
    with zipfile.ZipFile(path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
