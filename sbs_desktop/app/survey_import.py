"""Survey responses from a CSV file (an online survey tool's export, or typed up).

The template has a `response_id` column, an `answered_on` date column and one
column per question of the instrument, headed by the question code. A
multiple-choice cell lists option codes separated by ";" (or "," or "|"); an
empty cell is a skipped question. The whole file is checked before anything is
stored, and every problem is reported by row and column.

Importing the same file twice adds nothing: each response's uid is derived from
its row (HMAC with the vault's secret over the response id, date and answers; see
docs/survey-import.md for why), and responses whose uid is stored are skipped.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import NoReturn

from sbs_desktop.app.audit import record_event
from sbs_desktop.app.survey import available_instruments, current_instrument
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FileRejected, SbsError, StorageFailed
from sbs_desktop.core.instrument import Instrument, Question
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.survey import ResponseSource, SurveyResponse, normalised
from sbs_desktop.store.survey import add_responses, known_uids
from sbs_desktop.store.vault import Vault

RESPONSE_ID = "response_id"
ANSWERED_ON = "answered_on"
MAX_FILE_BYTES = 20_000_000
MAX_ROWS = 100_000
MAX_RESPONSE_ID = 200
MULTIPLE_SEPARATORS = re.compile(r"[;,|]")
# A date, optionally followed by a time that is dropped: only the date is kept. ASCII
# digits and the whole cell (\d takes "٢", and $ matches before a final line feed).
DATE_CELL = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?Z?)?")
# No option code comes near this; a longer cell is refused before it is split.
MAX_ANSWER_CHARS = 2000
MAX_PROBLEMS_KEPT = 200


class SurveyProblem(FileRejected):
    """One problem in a survey file. Its reason may have parameters of its own, kept
    apart (`reason_template`, `details`) so that the UI translates before filling them."""

    def __init__(self, file: str, reason: str, row: int | str = "", column: str = "",
                 details: dict[str, object] | None = None) -> None:
        details = details or {}
        self.reason_template = reason
        self.details = details
        super().__init__(file=file, reason=reason.format(**details), row=row, column=column)


class SurveyFileRejected(FileRejected):
    """A survey file with problems; the first is in the message, all are in `problems`."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "{file} was not imported ({count} problems). "
        "The first: row {row}, column {column}: {reason}")

    def __init__(self, problems: list[FileRejected], count: int) -> None:
        self.problems = problems
        # FileRejected's own __init__ knows no count; the parameters are set as a whole.
        SbsError.__init__(self, **problems[0].params, count=count)


@dataclass(frozen=True)
class SurveyImport:
    """A checked file, ready to be stored once the person has seen the preview."""

    file: str
    instrument: Instrument
    responses: tuple[SurveyResponse, ...]
    already_imported: int  # rows whose response is in the vault from an earlier import

    @property
    def new_responses(self) -> int:
        return len(self.responses) - self.already_imported


def template_columns(instrument: Instrument) -> list[str]:
    return [RESPONSE_ID, ANSWERED_ON, *(q.code for q in instrument.questions)]


def survey_template(instrument: Instrument) -> str:
    """The CSV template: the header and one example row."""
    example: dict[str, str] = {RESPONSE_ID: "example-1", ANSWERED_ON: date.today().isoformat()}
    for question in instrument.questions:
        codes = question.option_codes
        example[question.code] = ";".join(codes[:2]) if question.kind == "multiple" else codes[0]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(template_columns(instrument))
    writer.writerow([example[c] for c in template_columns(instrument)])
    return buffer.getvalue()


def write_template(vault: Vault, path: Path) -> Path:
    try:
        path.write_text(survey_template(current_instrument(vault)), encoding="utf-8",
                        newline="")
    except OSError as error:
        raise StorageFailed(path=str(path), reason=error.strerror or str(error)) from None
    return path


def response_uid(secret: bytes, instrument: Instrument, response_id: str, answered_on: date,
                 answers: tuple[tuple[str, str], ...]) -> str:
    """The same row always gives the same uid; without the secret it reveals nothing."""
    text = "\x1f".join([instrument.id, instrument.version, response_id, answered_on.isoformat(),
                        *(f"{q}={a}" for q, a in answers)])
    digest = hmac.new(secret, b"survey-import\x00" + text.encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:32]


class _Problems:
    """Collects what is wrong with a file, by row and column."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.found: list[SurveyProblem] = []
        self.count = 0

    def add(self, reason: str, row: int | str = "", column: str = "",
            details: dict[str, object] | None = None) -> None:
        self.count += 1
        if len(self.found) < MAX_PROBLEMS_KEPT:
            self.found.append(SurveyProblem(self.source, reason, row, column, details or {}))

    def raise_any(self) -> None:
        if self.found:
            raise SurveyFileRejected(self.found, self.count)

    def fail(self, reason: str, row: int | str = "", column: str = "") -> NoReturn:
        """Add a problem that stops the reading here, and raise."""
        self.add(reason, row, column)
        raise SurveyFileRejected(self.found, self.count)


def _decode(data: bytes, problems: _Problems) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        problems.fail(QT_TRANSLATE_NOOP(
            "Errors", "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again"),
            row=line)


def _rows(text: str, problems: _Problems) -> list[list[str]]:
    if "\x00" in text:
        problems.fail(QT_TRANSLATE_NOOP("Errors", "the file holds binary data, not CSV text"))
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in French locales save CSV with semicolons.
    delimiter = ";" if ";" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                problems.add(QT_TRANSLATE_NOOP("Errors", "the file has more than 100,000 rows"),
                             row=reader.line_num)
                break
            rows.append(row)
    except csv.Error:
        problems.add(QT_TRANSLATE_NOOP(
            "Errors", "this line is not valid CSV (check the quotation marks)"),
            row=reader.line_num)
    problems.raise_any()
    return rows


def _instrument_for(header: list[str], instruments: list[Instrument], current: Instrument,
                    problems: _Problems) -> Instrument:
    for instrument in instruments:
        if sorted(header) == sorted(template_columns(instrument)):
            return instrument
    expected = template_columns(current)
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.add(QT_TRANSLATE_NOOP("Errors", "this column appears twice"), row=1,
                         column=name)
        seen.add(name)
        if name not in expected:
            problems.add(QT_TRANSLATE_NOOP(
                "Errors", "this column is not in the survey template; remove or rename it"),
                row=1, column=name or "(empty)")
    for name in expected:
        if name not in seen:
            problems.add(QT_TRANSLATE_NOOP("Errors", "this column of the template is missing"),
                         row=1, column=name)
    problems.raise_any()
    # Same names as the template but not an exact match: a repeated column.
    problems.fail(QT_TRANSLATE_NOOP("Errors", "the columns do not match the template"), row=1)


def _answers(question: Question, cell: str, row: int, problems: _Problems
             ) -> list[tuple[str, str]]:
    value = cell.strip()
    if not value:
        return []
    if len(value) > MAX_ANSWER_CHARS:
        problems.add(QT_TRANSLATE_NOOP(
            "Errors", "this cell is longer than any answer can be ({most} characters)"),
            row=row, column=question.code, details={"most": MAX_ANSWER_CHARS})
        return []
    options = question.option_codes
    chosen = ([c.strip() for c in MULTIPLE_SEPARATORS.split(value) if c.strip()]
              if question.kind == "multiple" else [value])
    seen: set[str] = set()
    repeated = next((c for c in chosen if c in seen or seen.add(c)), None)
    if repeated is not None:
        # Counted once or twice? Neither is safe to guess: the person says.
        problems.add(QT_TRANSLATE_NOOP("Errors", "\"{value}\" is chosen twice"),
                     row=row, column=question.code, details={"value": repeated[:40]})
        return []
    unknown = [c for c in chosen if c not in options]
    if unknown:
        problems.add(QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not one of: {allowed}"),
                     row=row, column=question.code,
                     details={"value": unknown[0][:40], "allowed": ", ".join(options)})
        return []
    if len(chosen) > 1 and set(chosen) & set(question.exclusive):
        problems.add(QT_TRANSLATE_NOOP(
            "Errors", "\"{value}\" cannot be chosen together with other options"),
            row=row, column=question.code,
            details={"value": next(c for c in chosen if c in question.exclusive)})
        return []
    return [(question.code, c) for c in chosen]


def parse_survey_csv(data: bytes, source: str, instruments: list[Instrument],
                     current: Instrument, secret: bytes, today: date,
                     progress: Progress | None = None) -> tuple[Instrument, list[SurveyResponse]]:
    """Every response in the file, or SurveyFileRejected listing every problem."""
    problems = _Problems(source)
    if len(data) > MAX_FILE_BYTES:
        problems.fail(QT_TRANSLATE_NOOP("Errors", "the file is larger than 20 MB"))
    rows = _rows(_decode(data, problems), problems)
    if not rows or not any(cell.strip() for cell in rows[0]):
        problems.fail(QT_TRANSLATE_NOOP("Errors", "the first row must be the template's header"),
                      row=1)
    header = [name.strip() for name in rows[0]]
    instrument = _instrument_for(header, instruments, current, problems)
    questions = {q.code: q for q in instrument.questions}
    responses: list[SurveyResponse] = []
    first_seen: dict[str, int] = {}
    total = len(rows) - 1
    for number, row in enumerate(rows[1:], start=2):
        if progress is not None and number % 500 == 0:
            progress.report(number, total, "")
        # Rows of nothing but empty cells are what spreadsheets leave at the end.
        if not any(cell.strip() for cell in row):
            total -= 1
            continue
        if len(row) != len(header):
            problems.add(QT_TRANSLATE_NOOP(
                "Errors", "this row has {found} cells; the header has {expected}"),
                row=number, details={"found": len(row), "expected": len(header)})
            continue
        cells = dict(zip(header, row, strict=True))
        response_id = cells[RESPONSE_ID].strip()
        if not response_id or len(response_id) > MAX_RESPONSE_ID:
            problems.add(QT_TRANSLATE_NOOP(
                "Errors", "give each response an id (up to 200 characters)"),
                row=number, column=RESPONSE_ID)
        elif response_id in first_seen:
            problems.add(QT_TRANSLATE_NOOP(
                "Errors", "this id is already used in row {row}"),
                row=number, column=RESPONSE_ID, details={"row": first_seen[response_id]})
        else:
            first_seen[response_id] = number
        answered_on = _date(cells[ANSWERED_ON], today, number, problems)
        answers: list[tuple[str, str]] = []
        before = problems.count
        for code, question in questions.items():
            answers.extend(_answers(question, cells[code], number, problems))
        if not answers and problems.count == before:
            problems.add(QT_TRANSLATE_NOOP("Errors", "this row answers no question"), row=number)
        if problems.found or answered_on is None:
            continue
        ordered = normalised(instrument, answers)
        uid = response_uid(secret, instrument, response_id, answered_on, ordered)
        responses.append(SurveyResponse(uid, instrument.id, instrument.version, answered_on,
                                        ordered))
    if total == 0:
        problems.add(QT_TRANSLATE_NOOP("Errors", "the file has a header but no responses"), row=2)
    problems.raise_any()
    return instrument, responses


def _date(cell: str, today: date, row: int, problems: _Problems) -> date | None:
    match = DATE_CELL.fullmatch(cell.strip())
    try:
        day = date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        day = None
    if day is None:
        problems.add(QT_TRANSLATE_NOOP("Errors", "write the date as YYYY-MM-DD"), row=row,
                     column=ANSWERED_ON)
    elif day > today:
        problems.add(QT_TRANSLATE_NOOP("Errors", "the date cannot be in the future"), row=row,
                     column=ANSWERED_ON)
        return None
    return day


def check_survey_file(vault: Vault, path: Path, progress: Progress | None = None,
                      today: date | None = None) -> SurveyImport:
    """Read and check a whole file; nothing is stored. Raises SurveyFileRejected."""
    try:
        with path.open("rb") as stream:
            # One byte past the limit is enough to refuse the file; no more is read.
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FileRejected(file=path.name, reason=error.strerror or str(error)) from None
    instrument, responses = parse_survey_csv(
        data, path.name, available_instruments(vault), current_instrument(vault),
        vault.pseudonym_secret, today or date.today(), progress)
    already = known_uids(vault, (r.uid for r in responses))
    return SurveyImport(path.name, instrument, tuple(responses), len(already))


def import_survey_file(vault: Vault, checked: SurveyImport,
                       progress: Progress | None = None) -> int:
    """Store the checked responses in one transaction; returns how many were new."""
    if progress is not None:
        progress.report(0, 1, "")
    with vault.transaction():
        stored = add_responses(vault, (replace(r, source=ResponseSource.IMPORTED)
                                       for r in checked.responses))
        record_event(vault, EventKind.SURVEY_IMPORT, detail={
            "file": checked.file, "added": len(stored),
            "skipped": len(checked.responses) - len(stored)})
    if progress is not None:
        progress.report(1, 1, "")
    return len(stored)
