"""Reading a bundle (folder, .zip or .zip.age) and verifying every byte before it is stored.

A bundle is refused whole at the first problem, with BundleRejected naming the file,
the row (counted as a spreadsheet shows them: the header is row 1), the column and
the reason. Nothing here writes anything: the caller stores a bundle only once
`read_bundle` has returned it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BundleRejected
from sbs_desktop.core.instrument import Instrument
from sbs_desktop.core.merged import ColumnTable
from sbs_desktop.core.vocabulary import (
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.exchange.format import (
    CODE_SEPARATOR,
    MANIFEST_FILE,
    TABLES,
)
from sbs_desktop.exchange.manifest import Manifest, validate_manifest

ENCRYPTED_SUFFIX = ".age"
ZIP_SUFFIX = ".zip"
# A bundle of 100,000 interactions is about 20 MB of CSV; these limits leave room for
# years of a large program and still stop a zip bomb long before memory runs out.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ZIP_ENTRIES = 16
MAX_COMPRESSION_RATIO = 200
BUNDLE_FILES = frozenset({MANIFEST_FILE, *(file for file, _ in TABLES.values())})

InstrumentLookup = Callable[[str, str], Instrument | None]

# Reasons are marked for translation; those that name a value keep it in the column
# or in a separate sentence so the template itself stays translatable.
NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Errors", "this is not a bundle (a folder, .zip or .zip.age holding manifest.json)")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "the bundle could not be read")
FILE_MISSING = QT_TRANSLATE_NOOP("Errors", "the file is missing from the bundle")
FILE_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "the file is too large to be a bundle file")
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "Errors", "the file expands far more than CSV can; it is refused as a possible zip bomb")
UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "Errors", "the zip holds a file name outside the bundle (an absolute path or ..)")
TOO_MANY_FILES = QT_TRANSLATE_NOOP("Errors", "the zip holds more files than a bundle has")
TWICE_IN_ZIP = QT_TRANSLATE_NOOP("Errors", "the zip holds this bundle file twice")
DAMAGED_ZIP = QT_TRANSLATE_NOOP("Errors", "the zip file is damaged")
NO_KEY = QT_TRANSLATE_NOOP(
    "Errors", "the bundle is encrypted and this vault has no coordinator key to open it")
HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "the file's SHA-256 differs from the manifest: it was changed or damaged")
NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text")
NOT_CSV = QT_TRANSLATE_NOOP("Errors", "the file is not valid CSV")
NO_HEADER = QT_TRANSLATE_NOOP("Errors", "the file has no header row")
COLUMN_MISSING = QT_TRANSLATE_NOOP("Errors", "this column is missing from the header")
COLUMN_UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "this column is not part of the format")
COLUMN_ORDER = QT_TRANSLATE_NOOP("Errors", "the columns are not in the order the format sets")
CELL_COUNT = QT_TRANSLATE_NOOP("Errors", "the row has a different number of cells than the header")
ROW_COUNT = QT_TRANSLATE_NOOP("Errors", "the file has a different number of rows than the manifest")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Errors", "unknown code")
EMPTY = QT_TRANSLATE_NOOP("Errors", "must not be empty")
BAD_PSEUDONYM = QT_TRANSLATE_NOOP("Errors", "is not a pseudonym of the expected form")
DUPLICATE = QT_TRANSLATE_NOOP("Errors", "appears twice in the bundle")
OTHER_SUPPORTER = QT_TRANSLATE_NOOP("Errors", "differs from the supporter in the manifest")
BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Errors", "is not a period of the bundle's granularity (2025-W07 by week, 2025-02 by month)")
PERIOD_OUTSIDE = QT_TRANSLATE_NOOP("Errors", "lies outside the period the manifest covers")
BAD_ACADEMIC_YEAR = QT_TRANSLATE_NOOP("Errors", "is not an academic year such as 2025-2026")
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Errors", "is not a whole number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "is out of range")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "is not a number")
PRIMARY_NOT_IN_CONCERNS = QT_TRANSLATE_NOOP("Errors", "does not include the primary concern")
OUTREACH_FOR_STUDENT = QT_TRANSLATE_NOOP(
    "Errors", "gives an outreach reason for an interaction the student started")
OUTREACH_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "has no outreach reason for an interaction the supporter started")
UNKNOWN_INSTRUMENT = QT_TRANSLATE_NOOP(
    "Errors", "names a survey instrument version this vault does not know; load it first")
UNKNOWN_QUESTION = QT_TRANSLATE_NOOP("Errors", "is not a question of the instrument")
UNKNOWN_ANSWER = QT_TRANSLATE_NOOP("Errors", "is not an answer the question allows")
TWO_ANSWERS = QT_TRANSLATE_NOOP("Errors", "answers a one-answer question twice")

PERIOD_PATTERNS = {
    "week": re.compile(r"[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])"),
    "month": re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])"),
}
INTERACTION_PSEUDONYM = re.compile(r"I-[0-9a-f]{16}")
CLASSMATE_PSEUDONYM = re.compile(r"C-[0-9a-f]{16}")
RESPONSE_PSEUDONYM = re.compile(r"R-[0-9a-f]{16}")
ACADEMIC_YEAR = re.compile(r"([0-9]{4})-([0-9]{4})")
FOLLOW_UP_STATES = frozenset({"none", "open", "done"})
SCHEDULE_MODES = frozenset({"in_person", "online"})
# Hours offered in one period and mode cannot exceed the hours the period has.
MAX_HOURS = {"week": 7 * 24, "month": 31 * 24}
ONE_ANSWER_KINDS = frozenset({"single", "yes_no"})


def _codes(vocabulary: type) -> frozenset[str]:
    # Plain strings, so that equal codes of different vocabularies never mix.
    return frozenset(member.value for member in vocabulary)


FORMATS = _codes(Format)
INITIATORS = _codes(Initiator)
OUTREACH_REASONS = _codes(OutreachReason)
CONCERNS = _codes(Concern)
RISKS = _codes(Risk)
REFERRALS = _codes(Referral)
YEARS = frozenset(str(year) for year in YEARS_OF_STUDY)


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check: its manifest and its three tables, typed."""

    source: str                 # file or folder name, for messages and provenance
    manifest: Manifest
    interactions: ColumnTable
    schedule: ColumnTable
    survey: ColumnTable


class _Rejecter:
    """Builds the BundleRejected for one file of one bundle."""

    def __init__(self, bundle: str, file: str) -> None:
        self.bundle = bundle
        self.file = file

    def __call__(self, reason: str, row: int | str = "", column: str = "",
                 value: str | None = None) -> BundleRejected:
        if value is not None:
            # The offending value is the bundle's own code or number, never personal data.
            reason = f"{reason}: {value[:60]!r}"
        return BundleRejected(bundle=self.bundle, reason=reason, file=self.file, row=row,
                              column=column)


# -- opening a folder, a zip or an encrypted zip ------------------------------------------

def bundle_name(path: Path) -> str:
    return Path(path).name


def looks_like_bundle(path: Path) -> bool:
    """A folder holding manifest.json, or a file named .zip / .zip.age."""
    path = Path(path)
    if path.is_dir():
        return (path / MANIFEST_FILE).is_file()
    name = path.name.lower()
    return name.endswith(ZIP_SUFFIX) or name.endswith(ZIP_SUFFIX + ENCRYPTED_SUFFIX)


def bundles_in(paths: Sequence[Path]) -> list[Path]:
    """The bundles among `paths`, looking one level into folders that are not bundles."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir() and not (path / MANIFEST_FILE).is_file():
            found.extend(sorted(p for p in path.iterdir() if looks_like_bundle(p)))
        else:
            found.append(path)
    return found


def _read_capped(path: Path, reject: _Rejecter) -> bytes:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise reject(FILE_TOO_BIG)
    return path.read_bytes()


def _files_in_folder(folder: Path, name: str) -> dict[str, bytes]:
    files = {}
    for file in BUNDLE_FILES:
        path = folder / file
        if path.is_file():
            files[file] = _read_capped(path, _Rejecter(name, file))
    return files


def _files_in_zip(data: bytes, name: str) -> dict[str, bytes]:
    """The bundle files in a zip, read into memory only: nothing is ever extracted to disk."""
    reject = _Rejecter(name, "")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise reject(DAMAGED_ZIP) from None
    with archive:
        entries = [e for e in archive.infolist() if not e.is_dir()]
        if len(entries) > MAX_ZIP_ENTRIES:
            raise reject(TOO_MANY_FILES)
        chosen: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for entry in entries:
            parts = PurePosixPath(entry.filename.replace("\\", "/")).parts
            if (not parts or entry.filename.startswith(("/", "\\")) or ".." in parts
                    or ":" in parts[0]):
                raise _Rejecter(name, entry.filename[:80])(UNSAFE_NAME)
            entry_reject = _Rejecter(name, entry.filename[:80])
            total += entry.file_size
            if entry.file_size > MAX_FILE_BYTES or total > MAX_FILE_BYTES:
                raise entry_reject(FILE_TOO_BIG)
            if (entry.file_size > 1024 * 1024
                    and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)):
                raise entry_reject(ZIP_BOMB)
            # The files sit at the top, or in the one folder the zip was made of.
            if parts[-1] in BUNDLE_FILES and len(parts) <= 2:
                if parts[-1] in chosen:
                    raise entry_reject(TWICE_IN_ZIP)
                chosen[parts[-1]] = entry
        files = {}
        for file, entry in chosen.items():
            try:
                # zipfile stops at the declared size and checks the CRC, so a lying
                # header cannot make it read more than was allowed above.
                files[file] = archive.read(entry)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
                raise _Rejecter(name, file)(DAMAGED_ZIP) from None
        return files


def open_bundle_files(path: Path, identity: str | None) -> dict[str, bytes]:
    """The bundle's files by name; decrypts a .zip.age with the coordinator's identity."""
    path = Path(path)
    name = bundle_name(path)
    reject = _Rejecter(name, "")
    if path.is_dir():
        return _files_in_folder(path, name)
    if not path.is_file():
        raise reject(NOT_A_BUNDLE)
    data = _read_capped(path, reject)
    if path.name.lower().endswith(ENCRYPTED_SUFFIX):
        if not identity:
            raise reject(NO_KEY)
        from sbs_desktop.exchange.encryption import decrypt

        data = decrypt(data, identity, bundle=name)
    if not data.startswith(b"PK"):
        raise reject(NOT_A_BUNDLE)
    return _files_in_zip(data, name)


# -- checking the tables --------------------------------------------------------------------

def _first_bad(values: Sequence[str], good: Callable[[str], object]) -> int:
    """Index of the first value `good` refuses, or -1.

    Codes, periods and durations repeat: each distinct value is checked once, and the
    rows are walked only to name the first bad one.
    """
    if all(map(good, set(values))):
        return -1
    return next(i for i, v in enumerate(values) if not good(v))


def _rows(text: str, reject: _Rejecter) -> list[list[str]]:
    """The CSV rows; codes and numbers need no quoting, so quote-free files split directly."""
    if '"' not in text and "\r" not in text.replace("\r\n", ""):
        lines = text.replace("\r\n", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return [line.split(",") if line else [] for line in lines]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        return list(reader)
    except csv.Error:
        raise reject(NOT_CSV, row=reader.line_num) from None


def _parse_csv(data: bytes, entry_rows: int, columns: tuple[str, ...],
               reject: _Rejecter) -> list[list[str]]:
    """The columns of a verified CSV file, each a list of cells."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise reject(NOT_UTF8) from None
    rows = _rows(text, reject)
    if not rows:
        raise reject(NO_HEADER, row=1)
    header = rows[0]
    for column in columns:
        if column not in header:
            raise reject(COLUMN_MISSING, row=1, column=column)
    for column in header:
        if column not in columns:
            raise reject(COLUMN_UNEXPECTED, row=1, column=column[:60])
    if tuple(header) != columns:
        raise reject(COLUMN_ORDER, row=1)
    body = rows[1:]
    width = len(columns)
    if not all(len(row) == width for row in body):
        bad = next(i for i, row in enumerate(body) if len(row) != width)
        raise reject(CELL_COUNT, row=bad + 2)
    if len(body) != entry_rows:
        raise reject(ROW_COUNT)
    if not body:
        return [[] for _ in columns]
    return [list(column) for column in zip(*body, strict=True)]


class _TableCheck:
    """Checks the columns of one table, naming the first bad cell."""

    def __init__(self, columns: tuple[str, ...], values: list[list[str]],
                 reject: _Rejecter) -> None:
        self.columns = columns
        self.values = values
        self.reject = reject

    def column(self, name: str) -> list[str]:
        return self.values[self.columns.index(name)]

    def fail(self, name: str, index: int, reason: str, show_value: bool = True) -> BundleRejected:
        value = self.column(name)[index]
        return self.reject(reason, row=index + 2, column=name,
                           value=value if show_value else None)

    def check(self, name: str, good: Callable[[str], object], reason: str,
              show_value: bool = True) -> None:
        bad = _first_bad(self.column(name), good)
        if bad >= 0:
            raise self.fail(name, bad, reason, show_value)

    def codes(self, name: str, allowed: frozenset[str], optional: bool = False) -> None:
        values = self.column(name)
        unknown = set(values) - allowed - ({""} if optional else set())
        if unknown:
            bad = next(i for i, v in enumerate(values) if v in unknown)
            raise self.fail(name, bad, EMPTY if values[bad] == "" else UNKNOWN_CODE,
                            show_value=values[bad] != "")

    def code_lists(self, name: str, allowed: frozenset[str], optional: bool) -> None:
        values = self.column(name)
        joined = CODE_SEPARATOR.join(values)
        used = set(joined.split(CODE_SEPARATOR)) if joined else set()
        if used - allowed - {""} or (not optional and "" in values):
            for index, value in enumerate(values):
                parts = value.split(CODE_SEPARATOR) if value else []
                if not parts and not optional:
                    raise self.fail(name, index, EMPTY, show_value=False)
                unknown = [p for p in parts if p not in allowed]
                if unknown:
                    raise self.reject(UNKNOWN_CODE, row=index + 2, column=name, value=unknown[0])
        # An empty code between separators ("a;;b") is no code at all.
        self.check(name, lambda v: not v or all(v.split(CODE_SEPARATOR)), UNKNOWN_CODE)

    def pattern(self, name: str, pattern: re.Pattern[str], reason: str,
                optional: bool = False) -> None:
        match = pattern.fullmatch
        self.check(name, (lambda v: not v or match(v)) if optional else match, reason)

    def unique(self, name: str) -> None:
        values = self.column(name)
        if len(set(values)) != len(values):
            seen: set[str] = set()
            for index, value in enumerate(values):
                if value in seen:
                    raise self.fail(name, index, DUPLICATE)
                seen.add(value)

    def same(self, name: str, expected: str, reason: str) -> None:
        self.check(name, expected.__eq__, reason)

    def periods(self, name: str, manifest: Manifest) -> None:
        self.pattern(name, PERIOD_PATTERNS[manifest.granularity], BAD_PERIOD)
        if manifest.period is not None and self.column(name):
            first, last = manifest.period
            self.check(name, lambda v: first <= v <= last, PERIOD_OUTSIDE)

    def whole_numbers(self, name: str, low: int, high: int, optional: bool = False) -> list:
        """The column as ints (None for empty cells when optional), range-checked."""
        values = self.column(name)
        self.check(name, (lambda v: not v or v.isdigit()) if optional else str.isdigit,
                   NOT_A_WHOLE_NUMBER)
        numbers = [int(v) if v else None for v in values] if optional else list(map(int, values))
        present = [n for n in numbers if n is not None] if optional else numbers
        if present and (min(present) < low or max(present) > high):
            raise self.fail(name, next(i for i, n in enumerate(numbers)
                                       if n is not None and not low <= n <= high), OUT_OF_RANGE)
        return numbers


def _academic_year(text: str) -> bool:
    found = ACADEMIC_YEAR.fullmatch(text)
    return bool(found) and int(found.group(2)) == int(found.group(1)) + 1


def _interactions(values: list[list[str]], manifest: Manifest, reject: _Rejecter) -> ColumnTable:
    columns = TABLES["interactions"][1]
    table = _TableCheck(columns, values, reject)
    table.pattern("interaction", INTERACTION_PSEUDONYM, BAD_PSEUDONYM)
    table.unique("interaction")
    table.same("supporter", manifest.supporter, OTHER_SUPPORTER)
    table.periods("period", manifest)
    table.check("academic_year", _academic_year, BAD_ACADEMIC_YEAR)
    duration = table.whole_numbers("duration_minutes", MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
    table.codes("format", FORMATS)
    table.codes("initiated_by", INITIATORS)
    table.codes("outreach_reason", OUTREACH_REASONS, optional=True)
    initiators, reasons = table.column("initiated_by"), table.column("outreach_reason")
    student = Initiator.STUDENT.value
    pairs = list(zip(initiators, reasons, strict=True))
    if any((initiator == student) == bool(reason) for initiator, reason in set(pairs)):
        for index, (initiator, reason) in enumerate(pairs):
            if (initiator == student) == bool(reason):
                raise table.fail("outreach_reason", index,
                                 OUTREACH_FOR_STUDENT if reason else OUTREACH_MISSING,
                                 show_value=bool(reason))
    table.codes("primary_concern", CONCERNS)
    table.code_lists("concerns", CONCERNS, optional=False)
    pairs = list(zip(table.column("primary_concern"), table.column("concerns"), strict=True))
    if any(primary not in concerns.split(CODE_SEPARATOR) for primary, concerns in set(pairs)):
        for index, (primary, concerns) in enumerate(pairs):
            if primary not in concerns.split(CODE_SEPARATOR):
                raise table.fail("concerns", index, PRIMARY_NOT_IN_CONCERNS)
    table.codes("risk", RISKS)
    table.code_lists("referrals", REFERRALS, optional=True)
    table.codes("follow_up", FOLLOW_UP_STATES)
    table.pattern("classmate", CLASSMATE_PSEUDONYM, BAD_PSEUDONYM, optional=True)
    table.codes("year_of_study", YEARS, optional=True)
    years = [int(v) if v else None for v in table.column("year_of_study")]
    typed = list(values)
    typed[columns.index("duration_minutes")] = duration
    typed[columns.index("year_of_study")] = years
    return ColumnTable(columns, tuple(typed))


def _hours(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _schedule(values: list[list[str]], manifest: Manifest, reject: _Rejecter) -> ColumnTable:
    columns = TABLES["schedule"][1]
    table = _TableCheck(columns, values, reject)
    table.same("supporter", manifest.supporter, OTHER_SUPPORTER)
    table.periods("period", manifest)
    table.codes("mode", SCHEDULE_MODES)
    table.check("hours_offered", _hours, NOT_A_NUMBER)
    hours = [float(v) for v in table.column("hours_offered")]
    limit = MAX_HOURS[manifest.granularity]
    table.check("hours_offered", lambda v: 0 <= float(v) <= limit, OUT_OF_RANGE)
    typed = list(values)
    typed[columns.index("hours_offered")] = hours
    return ColumnTable(columns, tuple(typed))


def _survey(values: list[list[str]], manifest: Manifest, reject: _Rejecter,
            instruments: InstrumentLookup) -> ColumnTable:
    columns = TABLES["survey"][1]
    table = _TableCheck(columns, values, reject)
    table.pattern("response", RESPONSE_PSEUDONYM, BAD_PSEUDONYM)
    table.periods("period", manifest)
    found: dict[tuple[str, str], Instrument] = {}
    ids, versions = table.column("instrument"), table.column("instrument_version")
    for key in set(zip(ids, versions, strict=True)):
        instrument = instruments(*key)
        if instrument is None:
            index = next(i for i, pair in enumerate(zip(ids, versions, strict=True))
                         if pair == key)
            raise table.fail("instrument", index, UNKNOWN_INSTRUMENT)
        found[key] = instrument
    answered: set[tuple[str, str]] = set()
    rows = zip(table.column("response"), ids, versions, table.column("question"),
               table.column("answer"), strict=True)
    for index, (response, identifier, version, code, answer) in enumerate(rows):
        question = found[(identifier, version)].question(code)
        if question is None:
            raise table.fail("question", index, UNKNOWN_QUESTION)
        if answer not in question.option_codes:
            raise table.fail("answer", index, UNKNOWN_ANSWER)
        if question.kind in ONE_ANSWER_KINDS:
            if (response, code) in answered:
                raise table.fail("question", index, TWO_ANSWERS)
            answered.add((response, code))
    return ColumnTable(columns, tuple(values))


def verify_bundle(files: dict[str, bytes], name: str,
                  instruments: InstrumentLookup) -> Bundle:
    """Check the manifest, then every table against it; returns the typed tables."""
    if MANIFEST_FILE not in files:
        raise _Rejecter(name, MANIFEST_FILE)(FILE_MISSING)
    manifest = validate_manifest(files[MANIFEST_FILE], bundle=name)
    tables: dict[str, ColumnTable] = {}
    for table_name, (file, columns) in TABLES.items():
        reject = _Rejecter(name, file)
        entry = manifest.tables[table_name]
        if file not in files:
            raise reject(FILE_MISSING)
        data = files[file]
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise reject(HASH_MISMATCH)
        values = _parse_csv(data, entry.rows, columns, reject)
        if table_name == "interactions":
            tables[table_name] = _interactions(values, manifest, reject)
        elif table_name == "schedule":
            tables[table_name] = _schedule(values, manifest, reject)
        else:
            tables[table_name] = _survey(values, manifest, reject, instruments)
    return Bundle(source=name, manifest=manifest, **tables)


def read_bundle(path: Path, identity: str | None, instruments: InstrumentLookup) -> Bundle:
    """Open and verify the bundle at `path`; raises BundleRejected (or an encryption error)."""
    try:
        files = open_bundle_files(path, identity)
    except OSError as error:
        raise _Rejecter(bundle_name(path), "")(UNREADABLE, value=error.strerror or "") from None
    return verify_bundle(files, bundle_name(path), instruments)

