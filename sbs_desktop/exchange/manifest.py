"""manifest.json of a bundle: building it, and checking one strictly against the JSON Schema.

Outside input is parsed within bounds: the size and the nesting are checked before the
JSON parser runs, a number is an integer only when written as one, a key may appear
once, and every pattern must match the whole string.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BundleRejected
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.exchange.bundle_rejections import OUT_OF_RANGE, UNKNOWN_INSTRUMENT
from sbs_desktop.exchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_FILE,
    MANIFEST_SCHEMA_FILE,
    TABLES,
    UNSIGNED_FORMAT_VERSION,
)

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# A manifest as written is under 2 KB; the limits leave room and nothing more.
MAX_MANIFEST_BYTES = 64 * 1024
# Objects and arrays inside one another: the manifest's deepest is 4 (tables, a table,
# its columns), so 8 refuses a hostile nesting long before the parser could recurse.
MAX_NESTING = 8
# Longer integer literals are refused before Python converts them (its conversion is
# quadratic in the number of digits).
MAX_INTEGER_DIGITS = 20
# Integers in the manifest, which the schema bounds and Python checks again by type.
INTEGER_FIELDS = ("format_version", "export_sequence")
# Who knows the survey instruments: the coordinator's vault (bundle_tables passes it).
InstrumentLookup = Callable[[str, str], Any]

# Reasons are marked for translation so the UI can show them in French too.
MISSING = QT_TRANSLATE_NOOP("Errors", "is missing")
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "is not part of a manifest of this format version")
WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "has the wrong type")
WRONG_FORM = QT_TRANSLATE_NOOP("Errors", "is not in the expected form")
WRONG_VALUE = QT_TRANSLATE_NOOP("Errors", "does not have the value this format version needs")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "is longer than a manifest allows")
NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Errors", "is not a whole number written with digits only (no decimal point or exponent)")
NOT_JSON = QT_TRANSLATE_NOOP("Errors", "is not valid JSON")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "is larger than a manifest can be (64 KiB)")
TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "is nested deeper than a manifest can be")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("Errors", "appears twice")
NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "is not a real date")
PERIOD_REVERSED = QT_TRANSLATE_NOOP("Errors", "the first period is after the last")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "was written by a newer Side-by-Side; update the program to read it"
)


@dataclass(frozen=True)
class TableEntry:
    """What the manifest says about one CSV file of the bundle."""

    file: str
    rows: int
    columns: tuple[str, ...]
    sha256: str


@dataclass(frozen=True)
class InstrumentRef:
    id: str
    version: str


@dataclass(frozen=True)
class Manifest:
    """The contents of manifest.json, read or about to be written."""

    export_id: str
    exported_at: datetime           # UTC, whole seconds
    export_sequence: int
    app_version: str
    supporter: str
    granularity: str                # "week" or "month"
    period: tuple[str, str] | None  # first and last period, None when no table has a row
    instrument: InstrumentRef | None
    tables: dict[str, TableEntry]   # keyed "interactions", "schedule", "survey"
    signing_key: str | None = None  # Ed25519 public key, hex: version 2; None: unsigned

    @property
    def format_version(self) -> int:
        return FORMAT_VERSION if self.signing_key is not None else UNSIGNED_FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        """The manifest as the JSON object the schema describes, keys in a fixed order."""
        signed = {} if self.signing_key is None else {"signing_key": self.signing_key}
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "export_id": self.export_id,
            "exported_at": self.exported_at.astimezone(UTC).strftime(TIMESTAMP_FORMAT),
            "export_sequence": self.export_sequence,
            "app_version": self.app_version,
            "supporter": self.supporter,
            **signed,
            "granularity": self.granularity,
            "period": None if self.period is None else
            {"first": self.period[0], "last": self.period[1]},
            "instrument": None if self.instrument is None else
            {"id": self.instrument.id, "version": self.instrument.version},
            "tables": {
                name: {"file": entry.file, "rows": entry.rows,
                       "columns": list(entry.columns), "sha256": entry.sha256}
                for name, entry in self.tables.items()
            },
        }

    def to_bytes(self) -> bytes:
        """manifest.json's bytes: UTF-8, indented so a person can read it."""
        return (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@functools.cache
def manifest_schema() -> dict[str, Any]:
    """The JSON Schema shipped in resources/ (bundle-manifest.schema.json)."""
    return json.loads(shipped_file(MANIFEST_SCHEMA_FILE).read_text(encoding="utf-8"))


class _Inexact:
    """A JSON number written with a fraction or exponent, or NaN/Infinity: never an integer.

    json would make 1e308 a float that JSON Schema's "integer" accepts; this stands in
    for it so that every type in the schema refuses it and the field is named.
    """

    def __init__(self, text: str) -> None:
        self.text = text


class _Oversized(_Inexact):
    """An integer literal too long to be any number the manifest allows."""


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two readers that keep different copies of a repeated key would see different
    # manifests under one signature.
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _integer(text: str) -> int | _Inexact:
    return _Oversized(text) if len(text.lstrip("-")) > MAX_INTEGER_DIGITS else int(text)


# A JSON string (escapes included) or one bracket; everything else cannot nest.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def nesting_depth(text: str, limit: int = MAX_NESTING) -> int:
    """How deeply arrays and objects nest in JSON text, counting no further than limit + 1.

    Brackets inside strings do not count. Runs before the parser, which recurses once
    per level and would raise RecursionError on a hostile manifest.
    """
    depth = deepest = 0
    for token in _STRING_OR_BRACKET.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif mark in "]}":
            depth -= 1
    return deepest


def _parse(data: bytes | str, reject: Callable[[str, str], BundleRejected]) -> Any:
    """manifest.json's text as JSON, within the size and nesting limits."""
    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > MAX_MANIFEST_BYTES:
        raise reject("", TOO_BIG)
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise reject("", NOT_JSON) from None
    if nesting_depth(text) > MAX_NESTING:
        raise reject("", TOO_DEEP)
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_float=_Inexact,
                          parse_int=_integer, parse_constant=_Inexact)
    except _DuplicateKey as duplicate:
        raise reject(duplicate.key[:40], DUPLICATE_KEY) from None
    except (ValueError, RecursionError):
        raise reject("", NOT_JSON) from None


def _fullmatch_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    """JSON Schema's "pattern", matching the whole string as ECMA-262's $ does.

    Python's re.search with "$" would accept "S-0123456789ab\n"; fullmatch does not.
    """
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not re.fullmatch(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def _validator() -> Any:
    # jsonschema is only needed when a bundle is written or read, not at start-up.
    from jsonschema import Draft202012Validator
    from jsonschema.validators import extend

    schema = manifest_schema()
    Draft202012Validator.check_schema(schema)
    strict = extend(Draft202012Validator, {"pattern": _fullmatch_pattern})
    return strict(schema)


def _field_and_reason(error: Any) -> tuple[str, str]:
    """Name the field a jsonschema error is about, and say what is wrong in plain words."""
    path = [str(part) for part in error.absolute_path]
    kind = error.validator
    if kind == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = next((name for name in error.validator_value if name not in present), "")
        return ".".join([*path, missing]), MISSING
    if kind == "additionalProperties":
        allowed = error.schema.get("properties", {})
        extra = next((name for name in error.instance if name not in allowed), "")
        return ".".join([*path, extra]), UNEXPECTED
    if kind == "not":  # the one "not" in the schema: version 1 has no signing_key
        return ".".join([*path, *error.validator_value.get("required", [])[:1]]), UNEXPECTED
    if isinstance(error.instance, _Oversized):
        return ".".join(path) or "manifest", OUT_OF_RANGE
    if isinstance(error.instance, _Inexact):
        return ".".join(path) or "manifest", NOT_WHOLE
    reason = {
        "type": WRONG_TYPE,
        "pattern": WRONG_FORM,
        "minLength": WRONG_FORM,
        "maxLength": TOO_LONG,
        "maxItems": TOO_LONG,
        "const": WRONG_VALUE,
        "enum": WRONG_VALUE,
        "minimum": OUT_OF_RANGE,
        "maximum": OUT_OF_RANGE,
    }.get(kind, WRONG_FORM)
    return ".".join(path) or "manifest", reason


def _deepest(error: Any) -> Any:
    # oneOf wraps the real complaint; the most specific one names the field, and
    # "is not null" (the other branch of "null or an object") is the least telling.
    while error.context:
        error = max(error.context,
                    key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def _period_start(text: str, granularity: str) -> date:
    if granularity == "week":
        year, week = text.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    year, month = text.split("-")
    return date(int(year), int(month), 1)


def _is_whole(value: Any) -> bool:
    # bool is an int to Python; JSON's true is not a number.
    return type(value) is int


def validate_manifest(data: Any, bundle: str = "",
                      instruments: InstrumentLookup | None = None) -> Manifest:
    """Check manifest.json (bytes, text or the parsed object) and return it as a Manifest.

    Raises BundleRejected naming the field ("tables.survey.sha256") and what is wrong.
    With `instruments`, the instrument the manifest names must be one it knows.
    """
    def reject(field: str, reason: str) -> BundleRejected:
        return BundleRejected(bundle=bundle, reason=reason, file=MANIFEST_FILE, column=field)

    if isinstance(data, bytes | str):
        data = _parse(data, reject)
    if isinstance(data, dict) and _is_whole(data.get("format_version")) and (
        data["format_version"] > FORMAT_VERSION and data.get("format") == FORMAT_NAME
    ):
        raise reject("format_version", NEWER_FORMAT)
    errors = list(_validator().iter_errors(data))
    if errors:
        # The shallowest error first: a missing table says more than its missing hash.
        first = min(errors, key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
        raise reject(*_field_and_reason(_deepest(first)))
    # The schema's "integer" takes 1.0 and 1e308 from a parsed object; Python's types
    # decide here, whatever handed the data over.
    for field in INTEGER_FIELDS:
        if not _is_whole(data[field]):
            raise reject(field, NOT_WHOLE)
    for name in TABLES:
        if not _is_whole(data["tables"][name]["rows"]):
            raise reject(f"tables.{name}.rows", NOT_WHOLE)

    granularity = data["granularity"]
    try:
        exported_at = datetime.strptime(data["exported_at"], TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise reject("exported_at", NOT_A_DATE) from None
    period = None
    if data["period"] is not None:
        starts = []
        for end in ("first", "last"):
            try:
                starts.append(_period_start(data["period"][end], granularity))
            except ValueError:
                raise reject(f"period.{end}", NOT_A_DATE) from None
        if starts[0] > starts[1]:
            raise reject("period", PERIOD_REVERSED)
        period = (data["period"]["first"], data["period"]["last"])
    instrument = data["instrument"]
    if instrument is not None and instruments is not None and (
            instruments(instrument["id"], instrument["version"]) is None):
        raise reject("instrument", UNKNOWN_INSTRUMENT)
    return Manifest(
        export_id=data["export_id"],
        exported_at=exported_at,
        export_sequence=data["export_sequence"],
        app_version=data["app_version"],
        supporter=data["supporter"],
        granularity=granularity,
        period=period,
        instrument=None if instrument is None else InstrumentRef(instrument["id"],
                                                                 instrument["version"]),
        tables={
            name: TableEntry(file=entry["file"], rows=entry["rows"],
                             columns=tuple(entry["columns"]), sha256=entry["sha256"])
            for name, entry in ((name, data["tables"][name]) for name in TABLES)
        },
        signing_key=data.get("signing_key"),
    )
