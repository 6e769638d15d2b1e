"""manifest.json: the schema matches the format contract, and bad manifests name their field."""

from __future__ import annotations

import contextlib
import copy
import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.exchange.format import TABLES
from sbs_desktop.exchange.manifest import (
    InstrumentRef,
    Manifest,
    TableEntry,
    manifest_schema,
    validate_manifest,
)


def a_manifest(**changes) -> Manifest:
    fields = dict(
        export_id="0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
        exported_at=datetime(2026, 4, 30, 17, 5, 9, tzinfo=UTC),
        export_sequence=3,
        app_version="0.1.0",
        supporter="S-0123456789ab",
        granularity="week",
        period=("2024-W36", "2026-W17"),
        instrument=InstrumentRef("sbs-barriers", "1"),
        tables={name: TableEntry(file, 12, columns, "ab" * 32)
                for name, (file, columns) in TABLES.items()},
    )
    fields.update(changes)
    return Manifest(**fields)


def test_the_schema_lists_exactly_the_files_and_columns_of_the_format():
    tables = manifest_schema()["properties"]["tables"]["properties"]
    assert set(tables) == set(TABLES)
    for name, (file, columns) in TABLES.items():
        assert tables[name]["properties"]["file"]["const"] == file
        assert tuple(tables[name]["properties"]["columns"]["const"]) == columns


@pytest.mark.parametrize("manifest", [
    a_manifest(),
    a_manifest(granularity="month", period=("2024-09", "2026-04")),
    a_manifest(period=None, instrument=None),
])
def test_a_written_manifest_reads_back_unchanged(manifest):
    assert validate_manifest(manifest.to_bytes()) == manifest
    assert validate_manifest(manifest.to_json()) == manifest


def _broken(change) -> dict:
    data = copy.deepcopy(a_manifest().to_json())
    change(data)
    return data


@pytest.mark.parametrize(("change", "field", "reason"), [
    (lambda d: d.pop("supporter"), "supporter", "missing"),
    (lambda d: d["tables"].pop("survey"), "tables.survey", "missing"),
    (lambda d: d["tables"]["survey"].pop("sha256"), "tables.survey.sha256", "missing"),
    (lambda d: d["tables"]["schedule"].update(sha256="XYZ"), "tables.schedule.sha256",
     "expected form"),
    (lambda d: d["tables"]["schedule"].update(rows=-1), "tables.schedule.rows", "out of range"),
    (lambda d: d["tables"]["schedule"].update(rows="12"), "tables.schedule.rows", "wrong type"),
    (lambda d: d["tables"]["interactions"]["columns"].reverse(),
     "tables.interactions.columns", "value"),
    (lambda d: d["tables"]["interactions"].update(file="../x.csv"),
     "tables.interactions.file", "value"),
    (lambda d: d.update(format="something-else"), "format", "value"),
    (lambda d: d.update(format_version=3), "format_version", "newer"),
    (lambda d: d.update(format_version=2), "signing_key", "missing"),
    (lambda d: d.update(signing_key="ab" * 32), "signing_key", "not part"),
    (lambda d: d.update(export_id="not-a-uuid"), "export_id", "expected form"),
    (lambda d: d.update(export_sequence=0), "export_sequence", "out of range"),
    (lambda d: d.update(exported_at="2026-04-30 17:05"), "exported_at", "expected form"),
    (lambda d: d.update(exported_at="2026-02-30T17:05:09Z"), "exported_at", "real date"),
    (lambda d: d.update(granularity="day"), "granularity", "value"),
    (lambda d: d.update(granularity="month"), "period.first", "expected form"),
    (lambda d: d.update(period={"first": "2026-W17", "last": "2024-W36"}), "period", "after"),
    (lambda d: d.update(period={"first": "2025-W53", "last": "2026-W01"}), "period.first",
     "real date"),
    (lambda d: d.update(instrument={"id": "sbs-barriers"}), "instrument.version", "missing"),
    (lambda d: d.update(supporter="Jane Doe"), "supporter", "expected form"),
    (lambda d: d.update(note="hello"), "note", "not part"),
])
def test_a_broken_manifest_is_rejected_naming_the_field(change, field, reason):
    with pytest.raises(BundleRejected) as caught:
        validate_manifest(_broken(change), bundle="alice.zip")
    assert caught.value.params["column"] == field
    assert caught.value.params["file"] == "manifest.json"
    assert caught.value.params["bundle"] == "alice.zip"
    assert reason in caught.value.params["reason"]


@pytest.mark.parametrize("text", [b"", b"{", b"\xff\xfe", b"[]", b"null", b"42"])
def test_text_that_is_not_a_manifest_object_is_rejected(text):
    with pytest.raises(BundleRejected):
        validate_manifest(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=20,
)


@given(key=st.sampled_from(sorted(a_manifest().to_json())), value=json_values)
def test_any_value_in_any_field_is_accepted_or_rejected_cleanly(key, value):
    data = a_manifest().to_json()
    data[key] = value
    try:
        manifest = validate_manifest(json.dumps(data))
    except BundleRejected as rejected:
        assert rejected.params["column"]
    else:
        assert manifest.to_json()[key] == value


def _with(raw: bytes, old: bytes, new: bytes) -> bytes:
    assert old in raw
    return raw.replace(old, new, 1)


RAW = a_manifest().to_bytes()


@pytest.mark.parametrize(("data", "field", "reason"), [
    (b"[" * 1000 + b"]" * 1000, "-", "nested deeper"),
    (_with(RAW, b'"app_version": "0.1.0"', b'"app_version": ' + b"[" * 500 + b"]" * 500),
     "-", "nested deeper"),
    (_with(RAW, b'"export_sequence": 3', b'"export_sequence": 1e308'), "export_sequence",
     "whole number"),
    (_with(RAW, b'"export_sequence": 3', b'"export_sequence": 3.0'), "export_sequence",
     "whole number"),
    (_with(RAW, b'"export_sequence": 3', b'"export_sequence": NaN'), "export_sequence",
     "whole number"),
    (_with(RAW, b'"export_sequence": 3', b'"export_sequence": %d' % 2**70), "export_sequence",
     "out of range"),
    (_with(RAW, b'"export_sequence": 3', b'"export_sequence": ' + b"9" * 4000),
     "export_sequence", "out of range"),
    (_with(RAW, b'"rows": 12', b'"rows": 12.5'), "tables.interactions.rows", "whole number"),
    (_with(RAW, b'"export_sequence": 3', b'"export_sequence": 3, "export_sequence": 900'),
     "export_sequence", "twice"),
    (_with(RAW, b'"S-0123456789ab"', b'"S-0123456789ab\\n"'), "supporter", "expected form"),
    (_with(RAW, b'"sbs-barriers"', b'"sbs-barriers\\n"'), "instrument.id", "expected form"),
    (_with(RAW, b'"version": "1"', b'"version": "' + b"1" * 41 + b'"'), "instrument.version",
     "longer"),
    (RAW + b" " * (64 * 1024), "-", "larger than a manifest"),
])
def test_a_hostile_manifest_is_refused_with_a_named_reason(data, field, reason):
    with pytest.raises(BundleRejected) as caught:
        validate_manifest(data, bundle="hostile")
    assert caught.value.params["column"] in ((field,) if field != "-" else ("", "-"))
    assert reason in caught.value.params["reason"]


@pytest.mark.parametrize("value", [1e308, 2**70, 5.0, True])
def test_an_export_sequence_handed_over_parsed_must_still_be_a_small_integer(value):
    data = a_manifest().to_json()
    data["export_sequence"] = value
    with pytest.raises(BundleRejected) as caught:
        validate_manifest(data)
    assert caught.value.params["column"] == "export_sequence"


def test_the_manifest_must_name_an_instrument_the_vault_knows():
    known = {("sbs-barriers", "1")}

    def lookup(identifier, version):
        return object() if (identifier, version) in known else None

    assert validate_manifest(RAW, instruments=lookup).instrument == InstrumentRef(
        "sbs-barriers", "1")
    known.clear()
    with pytest.raises(BundleRejected) as caught:
        validate_manifest(RAW, instruments=lookup)
    assert caught.value.params["column"] == "instrument"
    assert "load it first" in caught.value.params["reason"]


def test_every_string_in_the_schema_has_a_max_length_and_every_number_a_maximum():
    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "string":
                assert "maxLength" in node or "const" in node, node
            if node.get("type") == "integer":
                assert "maximum" in node, node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(manifest_schema())


@given(text=st.text(alphabet='[]{}",:\\ 0a', max_size=3000))
def test_any_bracket_soup_is_refused_cleanly_never_by_recursion(text):
    with contextlib.suppress(BundleRejected):
        validate_manifest(text.encode())
