"""A good signed bundle mutated byte by byte and field by field: every mutation is refused
with a message or reads as exactly the data it holds (never a crash, never data changed
on the way in: no "٣٠" read as 30, no "1_6_0" as 160, no "5\\n" as 5)."""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

from bundle_factory import (
    barrier_answers,
    bundle_files,
    csv_bytes,
    interaction_rows,
    schedule_rows,
    survey_rows,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.core.instrument import shipped_instruments
from sbs_desktop.exchange.bundle_reader import Bundle, read_bundle, verify_bundle
from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE, TABLES
from sbs_desktop.exchange.signing import check_signature, public_key, sign

INSTRUMENTS = {i.key: i for i in shipped_instruments()}
SEED = bytes(range(32))
SUPPORTER = "S-00000000000a"
INTEGER_COLUMNS = {"duration_minutes", "year_of_study"}
DECIMAL_COLUMNS = {"hours_offered"}


def lookup(identifier: str, version: str):
    return INSTRUMENTS.get((identifier, version))


def good_rows() -> dict[str, list[list[str]]]:
    answers = [barrier_answers({"stigma": "yes"}, {}), barrier_answers({}, {"cost": "yes"})]
    survey = survey_rows(answers)
    survey.insert(1, [survey[0][0], "sbs-barriers", "1", "2026-W14", "services_used",
                      "side_by_side"])
    return {"interactions": interaction_rows(SUPPORTER, 6), "schedule": schedule_rows(SUPPORTER),
            "survey": survey}


def signed(files: dict[str, bytes]) -> dict[str, bytes]:
    """The bundle signed by SEED, as its supporter (or a forger with its key) would."""
    manifest = json.loads(files[MANIFEST_FILE])
    manifest.update(format_version=2, signing_key=public_key(SEED))
    return signed_manifest(files, (json.dumps(manifest, indent=2) + "\n").encode())


def signed_manifest(files: dict[str, bytes], manifest: bytes) -> dict[str, bytes]:
    return {**files, MANIFEST_FILE: manifest, SIGNATURE_FILE: sign(SEED, manifest)}


def build(rows: dict[str, list[list[str]]]) -> dict[str, bytes]:
    return signed(bundle_files(SUPPORTER, rows=rows, survey=rows["survey"]))


GOOD_ROWS = good_rows()
GOOD = build(GOOD_ROWS)


def read(files: dict[str, bytes]) -> Bundle | None:
    """The bundle as the merge would take it, or None when it is refused with a message."""
    try:
        bundle = verify_bundle(files, "b", lookup)
        check_signature(bundle.manifest, bundle.manifest_bytes, bundle.signature, "b")
    except BundleRejected as error:
        assert error.message
        return None
    return bundle


def data(bundle: Bundle) -> tuple:
    tables = tuple(tuple(map(tuple, table.values))
                   for table in (bundle.interactions, bundle.schedule, bundle.survey))
    return bundle.manifest, tables


GOOD_DATA = data(read(GOOD))


def test_the_good_bundle_reads():
    assert read(GOOD) is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(file=st.sampled_from(sorted(GOOD)), where=st.floats(0, 1, exclude_max=True),
       byte=st.integers(0, 255), how=st.sampled_from(["replace", "insert", "delete"]))
def test_a_byte_mutation_is_refused_or_changes_nothing(file, where, byte, how):
    content = GOOD[file]
    at = int(where * len(content))
    mutated = {
        "replace": content[:at] + bytes([byte]) + content[at + 1:],
        "insert": content[:at] + bytes([byte]) + content[at:],
        "delete": content[:at] + content[at + 1:],
    }[how]
    bundle = read({**GOOD, file: mutated})
    assert bundle is None or data(bundle) == GOOD_DATA


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


GOOD_ZIP = _zip(GOOD)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.floats(0, 1, exclude_max=True), byte=st.integers(0, 255))
def test_a_byte_mutation_of_the_zip_is_refused_or_changes_nothing(where, byte):
    at = int(where * len(GOOD_ZIP))
    mutated = GOOD_ZIP[:at] + bytes([byte]) + GOOD_ZIP[at + 1:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.zip"
        path.write_bytes(mutated)
        try:
            bundle = read_bundle(path, None, lookup)
            check_signature(bundle.manifest, bundle.manifest_bytes, bundle.signature, "b")
        except BundleRejected as error:
            assert error.message
            return
    assert data(bundle) == GOOD_DATA


# Cells a forger might write, plain and hostile.
CELLS = st.one_of(
    st.sampled_from(["", "0", "1", "5", "30", "600", "601", "05", "+5", "-5", " 5", "5 ", "5\n",
                     "²", "٣٠", "３０", "1_6_0", "1e2", "nan", "inf", "2.5", "2.50", "2.555",
                     "168.0", "168.01", "in_person", "online", "phone", "exams;exams",
                     "exams;;grief", "2025-W40", "2025-W53", "2026-W01", "2025-09", "2025-2026",
                     "2019-2020", "I-00000000000000ff", "R-0000000100000000", "yes", "no",
                     "side_by_side", "sbs-barriers", "'=cmd", "=HYPERLINK(1)", SUPPORTER,
                     SUPPORTER + "\n", "S-00000000000b"]),
    st.text(max_size=8),
    st.from_regex(r"[0-9]{1,4}(\.[0-9]{1,3})?", fullmatch=True),
)


def expected_value(column: str, cell: str) -> object:
    """What a cell must read as if it is accepted: the number its ASCII digits spell, or
    the text itself."""
    if column in INTEGER_COLUMNS:
        assert cell == "" or re.fullmatch(r"[0-9]+", cell), cell
        return int(cell) if cell else None
    if column in DECIMAL_COLUMNS:
        assert re.fullmatch(r"[0-9]+(\.[0-9]+)?", cell), cell
        return float(cell)
    return cell


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=st.sampled_from(sorted(TABLES)), which=st.floats(0, 1, exclude_max=True),
       column=st.integers(0, 14), cell=CELLS)
def test_a_cell_mutation_is_refused_or_read_as_written(table, which, column, cell):
    rows = {name: [list(row) for row in table_rows] for name, table_rows in GOOD_ROWS.items()}
    columns = TABLES[table][1]
    column %= len(columns)
    row = int(which * len(rows[table]))
    rows[table][row][column] = cell
    bundle = read(build(rows))
    if bundle is None:
        return
    got = getattr(bundle, table)
    assert got.row_count == len(rows[table])
    for index, name in enumerate(columns):
        want = [expected_value(name, r[index]) for r in rows[table]]
        assert list(got.values[index]) == want, name


MANIFEST_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 3), st.integers(2**62, 2**70),
    st.sampled_from([1e308, 1.0, 2.5, float("nan")]),
    st.sampled_from(["", "1", "week", "month", "1\n", "٣", SUPPORTER + "\n", "x" * 100,
                     "2026-04-01T12:00:01Z", "2026-02-30T12:00:01Z", "sbs-bundle"]),
    st.text(max_size=10), st.lists(st.integers(0, 3), max_size=3),
)
FIELDS = ["format", "format_version", "export_id", "exported_at", "export_sequence",
          "app_version", "supporter", "granularity", "period", "instrument", "tables"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from([
    (f,) for f in FIELDS] + [("period", "first"), ("period", "last"), ("instrument", "id"),
                             ("instrument", "version"), ("tables", "survey", "rows"),
                             ("tables", "schedule", "sha256"), ("tables", "schedule", "file")]),
    value=MANIFEST_VALUES)
def test_a_manifest_field_mutation_is_refused_or_read_as_written(path, value):
    manifest = json.loads(GOOD[MANIFEST_FILE])
    target = manifest
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    text = json.dumps(manifest).encode()
    bundle = read(signed_manifest(GOOD, text))
    if bundle is not None:
        # Read back, the manifest says exactly what was written: same keys, values, types.
        assert bundle.manifest.to_json() == manifest
        assert type(bundle.manifest.export_sequence) is int


def test_a_mutated_table_with_its_hash_fixed_but_not_signed_is_refused():
    rows = {name: [list(r) for r in table_rows] for name, table_rows in GOOD_ROWS.items()}
    rows["schedule"][0][3] = "9.5"
    forged = build(rows)
    files = {**GOOD, "schedule.csv": csv_bytes(TABLES["schedule"][1], rows["schedule"])}
    files[MANIFEST_FILE] = forged[MANIFEST_FILE]  # the new hash, under the old signature
    assert read(files) is None
