"""Hand-made bundles for tests: valid by default, so each test can break one thing."""

from __future__ import annotations

import csv
import hashlib
import io
import random
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from sbs_desktop.core.instrument import barrier_codes, barrier_question, default_instrument
from sbs_desktop.exchange.format import MANIFEST_FILE, TABLES
from sbs_desktop.exchange.manifest import InstrumentRef, Manifest, TableEntry

FORMATS = ("in_person", "phone", "video", "text_message", "online_message")
CONCERNS = ("academic", "exams", "burnout_stress", "mood_anxiety", "finances")


def supporter_pseudonym(number: int) -> str:
    return f"S-{number:012x}"


def interaction_rows(supporter: str, count: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        week = rng.randint(36, 52)
        started_by_student = rng.random() < 0.45
        primary = rng.choice(CONCERNS)
        rows.append([
            f"I-{seed:08x}{index:08x}", supporter, f"2025-W{week:02d}", "2025-2026",
            str(rng.randint(5, 90)), rng.choice(FORMATS),
            "student" if started_by_student else "supporter",
            "" if started_by_student else rng.choice(("noticed_change", "routine_check_in")),
            primary, primary if rng.random() < 0.6 else f"{primary};exams" if primary != "exams"
            else "exams", rng.choice(("none", "none", "concerned", "very_concerned")),
            rng.choice(("", "", "", "faculty_wellness", "faculty_wellness;crisis_line")),
            rng.choice(("none", "open", "done")),
            f"C-{rng.randint(0, 30):016x}" if rng.random() < 0.8 else "",
            rng.choice(("1", "2", "3", "4", "")),
        ])
    return rows


def schedule_rows(supporter: str) -> list[list[str]]:
    return [[supporter, f"2025-W{week}", "in_person", "2.5"] for week in range(36, 53)]


def survey_rows(respondents: list[dict[str, str]], prefix: int = 1) -> list[list[str]]:
    """One respondent = {question: answer}; pseudonyms derived from position."""
    rows = []
    for number, answers in enumerate(respondents):
        for question, answer in answers.items():
            rows.append([f"R-{prefix:08x}{number:08x}", "sbs-barriers", "1", "2026-W14",
                         question, answer])
    return rows


def barrier_answers(faculty: dict[str, str], sbs: dict[str, str]) -> dict[str, str]:
    answers = {"year_of_study": "2"}
    for barrier in barrier_codes(default_instrument()):
        answers[barrier_question(barrier, "faculty")] = faculty.get(barrier, "no")
        answers[barrier_question(barrier, "sbs")] = sbs.get(barrier, "no")
    return answers


def csv_bytes(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def bundle_files(supporter: str = "S-00000000000a", interactions: int = 20, seed: int = 1,
                 sequence: int = 1, survey: list[list[str]] | None = None,
                 export_id: str | None = None,
                 rows: dict[str, list[list[str]]] | None = None) -> dict[str, bytes]:
    """The files of a valid bundle, keyed by name."""
    tables = {
        "interactions": interaction_rows(supporter, interactions, seed),
        "schedule": schedule_rows(supporter),
        "survey": survey or [],
    }
    tables.update(rows or {})
    files, entries = {}, {}
    for name, (file, columns) in TABLES.items():
        data = csv_bytes(columns, tables[name])
        files[file] = data
        entries[name] = TableEntry(file, len(tables[name]), columns,
                                   hashlib.sha256(data).hexdigest())
    periods = sorted(row[2] for row in tables["interactions"]) + sorted(
        row[1] for row in tables["schedule"]) + sorted(row[3] for row in tables["survey"])
    manifest = Manifest(
        export_id=export_id or str(uuid.UUID(int=random.Random(seed * 7919 + sequence)
                                             .getrandbits(128))),
        exported_at=datetime(2026, 4, 1, 12, 0, sequence % 60, tzinfo=UTC),
        export_sequence=sequence, app_version="0.1.0", supporter=supporter,
        granularity="week", period=(min(periods), max(periods)) if periods else None,
        instrument=InstrumentRef("sbs-barriers", "1") if tables["survey"] else None,
        tables=entries)
    files[MANIFEST_FILE] = manifest.to_bytes()
    return files


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def write_zip(path: Path, files: dict[str, bytes], inner: str = "bundle") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{inner}/{name}" if inner else name, data)
    return path
