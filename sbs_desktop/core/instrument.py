"""Survey instruments: versioned, bilingual question sets read from a definition file.

The file format is described in docs/instrument-format.md. A `yes_no_matrix` item
(rows x columns) becomes one yes/no question per cell, coded `item.row.column`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FileRejected
from sbs_desktop.core.shipped import shipped_file

FORMAT_NAME = "sbs-instrument"
FORMAT_VERSION = 1
LANGUAGES = ("en", "fr")
KINDS = ("single", "multiple", "yes_no_matrix")
DEFAULT_INSTRUMENT = ("sbs-barriers", "1")
BARRIER_ITEM = "barrier"
YES, NO = "yes", "no"
CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
YES_NO_LABELS = {YES: {"en": "Yes", "fr": "Oui"}, NO: {"en": "No", "fr": "Non"}}


@dataclass(frozen=True)
class Option:
    code: str
    labels: dict[str, str]


@dataclass(frozen=True)
class Question:
    """One answerable question. Matrix cells carry their item, row and column codes."""

    code: str
    kind: str  # "single" (one option), "multiple" (any options), "yes_no"
    labels: dict[str, str]
    options: tuple[Option, ...]
    exclusive: tuple[str, ...] = ()  # options of a "multiple" that exclude every other
    item: str = ""
    row: str = ""
    column: str = ""

    @property
    def option_codes(self) -> tuple[str, ...]:
        return tuple(o.code for o in self.options)


@dataclass(frozen=True)
class Item:
    """A block of the form as the file states it: a question, or a yes/no matrix."""

    code: str
    kind: str
    labels: dict[str, str]
    options: tuple[Option, ...] = ()
    exclusive: tuple[str, ...] = ()
    rows: tuple[Option, ...] = ()
    columns: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: dict[str, str]
    introduction: dict[str, str]
    items: tuple[Item, ...]
    questions: tuple[Question, ...]
    definition: str  # the file's text, kept so a vault can store the exact version

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def question(self, code: str) -> Question | None:
        return next((q for q in self.questions if q.code == code), None)

    @property
    def barrier_codes(self) -> tuple[str, ...]:
        """The barriers asked about, in the order of the form."""
        return tuple(r.code for item in self.items if item.code == BARRIER_ITEM
                     for r in item.rows)

    @property
    def barrier_targets(self) -> tuple[str, ...]:
        """What each barrier is asked about (here "faculty" and "sbs"), in order."""
        return tuple(c.code for item in self.items if item.code == BARRIER_ITEM
                     for c in item.columns)


def barrier_codes(instrument: Instrument) -> tuple[str, ...]:
    return instrument.barrier_codes


def barrier_question(barrier: str, target: str) -> str:
    """The question code for a barrier asked about a target ("faculty" or "sbs")."""
    return f"{BARRIER_ITEM}.{barrier}.{target}"


def _reject(source: str, where: str, reason: str) -> FileRejected:
    return FileRejected(file=source, reason=reason, row="", column=where)


def _text(value: Any, source: str, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(language), str) or not value[language].strip()
        for language in LANGUAGES
    ):
        raise _reject(source, where, QT_TRANSLATE_NOOP(
            "Errors", "needs a text in English (en) and in French (fr)"))
    return {language: value[language] for language in LANGUAGES}


def _code(value: Any, source: str, where: str) -> str:
    if not isinstance(value, str) or not CODE.match(value):
        raise _reject(source, where, QT_TRANSLATE_NOOP(
            "Errors", "a code is lower-case letters, digits and _ (such as career_impact)"))
    return value


def _options(value: Any, source: str, where: str) -> tuple[Option, ...]:
    if not isinstance(value, list) or not value:
        raise _reject(source, where, QT_TRANSLATE_NOOP("Errors", "needs a list of options"))
    options = tuple(
        Option(_code(o.get("code") if isinstance(o, dict) else None, source, f"{where}[{i}].code"),
               _text(o.get("label") if isinstance(o, dict) else None, source,
                     f"{where}[{i}].label"))
        for i, o in enumerate(value)
    )
    if len({o.code for o in options}) != len(options):
        raise _reject(source, where, QT_TRANSLATE_NOOP("Errors", "two options have the same code"))
    return options


def _item(raw: Any, source: str, where: str) -> Item:
    if not isinstance(raw, dict):
        raise _reject(source, where, QT_TRANSLATE_NOOP("Errors", "each item must be an object"))
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _reject(source, f"{where}.kind", QT_TRANSLATE_NOOP(
            "Errors", "the kind must be single, multiple or yes_no_matrix"))
    code = _code(raw.get("code"), source, f"{where}.code")
    labels = _text(raw.get("label"), source, f"{where}.label")
    if kind == "yes_no_matrix":
        return Item(code, kind, labels,
                    rows=_options(raw.get("rows"), source, f"{where}.rows"),
                    columns=_options(raw.get("columns"), source, f"{where}.columns"))
    options = _options(raw.get("options"), source, f"{where}.options")
    exclusive = raw.get("exclusive", [])
    if (kind != "multiple" and exclusive) or not isinstance(exclusive, list) or any(
            not isinstance(e, str) or e not in {o.code for o in options} for e in exclusive):
        raise _reject(source, f"{where}.exclusive", QT_TRANSLATE_NOOP(
            "Errors", "exclusive lists option codes of a multiple-choice item"))
    return Item(code, kind, labels, options=options, exclusive=tuple(exclusive))


def _questions(items: tuple[Item, ...]) -> tuple[Question, ...]:
    yes_no = tuple(Option(code, labels) for code, labels in YES_NO_LABELS.items())
    questions: list[Question] = []
    for item in items:
        if item.kind != "yes_no_matrix":
            questions.append(Question(item.code, item.kind, item.labels, item.options,
                                      item.exclusive, item=item.code))
            continue
        for row in item.rows:
            for column in item.columns:
                labels = {lang: f"{row.labels[lang]} — {column.labels[lang]}" for lang in LANGUAGES}
                questions.append(Question(f"{item.code}.{row.code}.{column.code}", "yes_no",
                                          labels, yes_no, item=item.code, row=row.code,
                                          column=column.code))
    return tuple(questions)


def load_instrument(text: str, source: str) -> Instrument:
    """Read an instrument definition; raises FileRejected naming what is wrong and where."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        raise _reject(source, "", QT_TRANSLATE_NOOP("Errors", "this is not a JSON file")) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _reject(source, "format", QT_TRANSLATE_NOOP(
            "Errors", "this is not a Side-by-Side survey instrument"))
    if raw.get("format_version") != FORMAT_VERSION:
        raise _reject(source, "format_version", QT_TRANSLATE_NOOP(
            "Errors", "this instrument format version is not known to this program"))
    identifier = raw.get("id")
    if not isinstance(identifier, str) or not re.match(r"^[a-z0-9][a-z0-9-]*$", identifier):
        raise _reject(source, "id", QT_TRANSLATE_NOOP(
            "Errors", "the id is lower-case letters, digits and - (such as sbs-barriers)"))
    version = raw.get("version")
    if not isinstance(version, str) or not re.match(r"^[0-9A-Za-z.]+$", version):
        raise _reject(source, "version", QT_TRANSLATE_NOOP(
            "Errors", "the version is a text of digits, letters and dots (such as \"2\")"))
    if not isinstance(raw.get("items"), list) or not raw["items"]:
        raise _reject(source, "items", QT_TRANSLATE_NOOP("Errors", "needs a list of items"))
    items = tuple(_item(entry, source, f"items[{i}]") for i, entry in enumerate(raw["items"]))
    questions = _questions(items)
    codes = [q.code for q in questions]
    if len(set(codes)) != len(codes) or len({i.code for i in items}) != len(items):
        raise _reject(source, "items", QT_TRANSLATE_NOOP("Errors", "two items have the same code"))
    introduction = raw.get("introduction")
    return Instrument(
        id=identifier, version=version,
        title=_text(raw.get("title"), source, "title"),
        introduction=_text(introduction, source, "introduction") if introduction
        else dict.fromkeys(LANGUAGES, ""),
        items=items, questions=questions, definition=text,
    )


@cache
def default_instrument() -> Instrument:
    """The barriers survey shipped with the program (docs/design.md, Domain vocabulary)."""
    identifier, version = DEFAULT_INSTRUMENT
    path = shipped_file(f"instruments/{identifier}-{version}.json")
    return load_instrument(path.read_text(encoding="utf-8"), path.name)


def shipped_instruments() -> list[Instrument]:
    """Every instrument version shipped in resources/instruments, in file-name order."""
    folder = shipped_file("instruments")
    return [load_instrument(p.read_text(encoding="utf-8"), p.name)
            for p in sorted(folder.glob("*.json"))]
