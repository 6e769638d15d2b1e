"""Why a bundle is refused: the reasons, marked for translation, and the BundleRejected they make.

A bundle is refused whole at the first problem, naming the file, the row (counted as a
spreadsheet shows them: the header is row 1), the column and the reason; a problem of a
whole file or of the whole bundle names no row (core.errors.BundleRejected words it so).
"""

from __future__ import annotations

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BundleRejected

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
YEAR_OF_OTHER_PERIOD = QT_TRANSLATE_NOOP(
    "Errors", "is not the academic year of the row's period")
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
MANIFEST_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "the file is far larger than a bundle's manifest or signature can be")
NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "this is not an ordinary file")
LARGER_THAN_DECLARED = QT_TRANSLATE_NOOP(
    "Errors", "the file holds more bytes than its declared size")
ZIP_SIZES_DISAGREE = QT_TRANSLATE_NOOP(
    "Errors", "the zip declares a size that its compressed data cannot have")
ZIP_METHOD = QT_TRANSLATE_NOOP(
    "Errors", "the zip stores this file in a way bundles never use (only stored or deflate, "
    "no password)")
LINE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "the row is far longer than any row of a bundle")
LINE_BREAK = QT_TRANSLATE_NOOP("Errors", "a cell holds a line break, which no bundle cell has")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "is longer than any value this column holds")
PERIOD_HOURS = QT_TRANSLATE_NOOP(
    "Errors", "the hours of this period add up to more than the period has")
REPEATED_ANSWER = QT_TRANSLATE_NOOP("Errors", "gives the same answer twice in one response")
RESPONSE_DISAGREES = QT_TRANSLATE_NOOP(
    "Errors", "differs from the other answers of the same response")
RESPONSE_SPLIT = QT_TRANSLATE_NOOP(
    "Errors", "the answers of this response are not all together; it appears twice")
INSTRUMENT_NOT_NEWEST = QT_TRANSLATE_NOOP(
    "Errors", "differs from the instrument of the newest survey response in survey.csv")
INSTRUMENT_WITHOUT_ROWS = QT_TRANSLATE_NOOP(
    "Errors", "names a survey instrument, but survey.csv has no answers")
INSTRUMENT_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "names no survey instrument, but survey.csv has answers")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "an unexpected error stopped the check of this bundle; nothing of it was stored")


class Rejecter:
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
