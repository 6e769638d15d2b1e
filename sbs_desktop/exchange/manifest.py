"""manifest.json of a bundle: building it, and checking one against the JSON Schema."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BundleRejected
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.exchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_FILE,
    MANIFEST_SCHEMA_FILE,
    TABLES,
)

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

# Reasons are marked for translation so the UI can show them in French too.
MISSING = QT_TRANSLATE_NOOP("Errors", "is missing")
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "is not part of a version 1 manifest")
WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "has the wrong type")
WRONG_FORM = QT_TRANSLATE_NOOP("Errors", "is not in the expected form")
WRONG_VALUE = QT_TRANSLATE_NOOP("Errors", "does not have the value a version 1 bundle needs")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "is out of range")
NOT_JSON = QT_TRANSLATE_NOOP("Errors", "is not valid JSON")
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

    def to_json(self) -> dict[str, Any]:
        """The manifest as the JSON object the schema describes, keys in a fixed order."""
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "export_id": self.export_id,
            "exported_at": self.exported_at.astimezone(UTC).strftime(TIMESTAMP_FORMAT),
            "export_sequence": self.export_sequence,
            "app_version": self.app_version,
            "supporter": self.supporter,
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


@functools.cache
def _validator() -> Any:
    # jsonschema is only needed when a bundle is written or read, not at start-up.
    from jsonschema import Draft202012Validator

    schema = manifest_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


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
    reason = {
        "type": WRONG_TYPE,
        "pattern": WRONG_FORM,
        "minLength": WRONG_FORM,
        "maxLength": WRONG_FORM,
        "const": WRONG_VALUE,
        "enum": WRONG_VALUE,
        "minimum": OUT_OF_RANGE,
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


def validate_manifest(data: Any, bundle: str = "") -> Manifest:
    """Check manifest.json (bytes, text or the parsed object) and return it as a Manifest.

    Raises BundleRejected naming the field ("tables.survey.sha256") and what is wrong.
    """
    def reject(field: str, reason: str) -> BundleRejected:
        return BundleRejected(bundle=bundle, reason=reason, file=MANIFEST_FILE, column=field)

    if isinstance(data, bytes | str):
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise reject("", NOT_JSON) from None
    if isinstance(data, dict) and isinstance(data.get("format_version"), int) and (
        data["format_version"] > FORMAT_VERSION and data.get("format") == FORMAT_NAME
    ):
        raise reject("format_version", NEWER_FORMAT)
    errors = list(_validator().iter_errors(data))
    if errors:
        # The shallowest error first: a missing table says more than its missing hash.
        first = min(errors, key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
        raise reject(*_field_and_reason(_deepest(first)))

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
    )
