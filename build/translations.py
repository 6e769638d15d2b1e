"""Update the French catalogue from the code and compile it; check that it is complete.

    .venv/bin/python build/translations.py          # lupdate, then lrelease
    .venv/bin/python build/translations.py --check  # list what a translator must still do

resources/translations/sbs_fr.ts is the source of truth a translator edits in Qt
Linguist; sbs_fr.qm is compiled from it and committed, because the program runs from
source without a build step. tests/ui/test_translations.py calls `catalogue_problems`.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
PACKAGE = REPOSITORY / "sbs_desktop"
TRANSLATIONS = REPOSITORY / "resources" / "translations"
CATALOGUE = TRANSLATIONS / "sbs_fr.ts"
COMPILED = TRANSLATIONS / "sbs_fr.qm"
# Qt placeholders (%1, %n, %L1) and str.format fields ({path}, {count:,}).
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
# The names under which our code hands a literal to Qt's translation (lupdate's own list).
# A keyboard mnemonic ("&Save"), not a literal ampersand ("&&") or one in a filter.
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")
TAG = re.compile(r"</?[a-z]+>")
MARKERS = {"tr": 1, "translate": 2, "QT_TR_NOOP": 1, "QT_TRANSLATE_NOOP": 2}


def tool(name: str) -> str:
    """The path of a PySide6 tool installed beside this Python."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def python_sources() -> list[Path]:
    """Every Python file of the program, in a stable order."""
    return sorted(PACKAGE.rglob("*.py"))


def update_catalogue(catalogue: Path = CATALOGUE, locations: str = "relative") -> str:
    """Merge the code's current strings into the catalogue; lupdate's summary.

    Always over every file at once: lupdate marks as vanished any string it did not
    see in this run, so a run over part of the package would wrongly retire the rest.
    Retired strings keep their translation in the file (no -no-obsolete), in case the
    text comes back. Relative line numbers keep the committed file's diffs small.
    """
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    files = [str(path.resolve()) for path in python_sources()]
    # lupdate writes each location relative to the catalogue, whatever the paths given.
    done = subprocess.run(
        [tool("pyside6-lupdate"), "-locations", locations, *files, "-ts",
         str(catalogue.resolve())],
        capture_output=True, text=True, check=True)
    return (done.stdout + done.stderr).strip()


def compile_catalogue(catalogue: Path = CATALOGUE, compiled: Path = COMPILED) -> None:
    """Compile the catalogue; unfinished translations are left out, so they show English."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(compiled)],
                   check=True, capture_output=True, text=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool
    retired: bool  # vanished or obsolete: no longer in the code
    plural: bool
    location: str  # "file:line" of the first use, when lupdate recorded it

    def describe(self) -> str:
        where = f" ({self.location})" if self.location else ""
        return f"[{self.context}] {self.source!r}{where}"


def read_catalogue(catalogue: Path) -> list[Message]:
    """The messages of a .ts file."""
    messages = []
    for context in ElementTree.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(form.text or "" for form in forms) if forms else (
                (translation.text or "",) if translation is not None else ("",))
            location = message.find("location")
            where = ""
            if location is not None and location.get("filename"):
                path = (catalogue.parent / location.get("filename")).resolve()
                where = f"{shown(path)}:{location.get('line', '?')}"
            messages.append(Message(
                context=name, source=message.findtext("source", ""), translations=texts,
                finished=kind == "", retired=kind in ("vanished", "obsolete"),
                plural=message.get("numerus") == "yes", location=where))
    return messages


def shown(path: Path) -> str:
    """A path as a message names it: from the repository when inside it."""
    path = path.resolve()
    return (path.relative_to(REPOSITORY) if path.is_relative_to(REPOSITORY) else path).as_posix()


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translation_problems(message: Message) -> list[str]:
    """What is wrong with one current message's French."""
    if not message.finished or not all(text.strip() for text in message.translations):
        return [f"not translated: {message.describe()}"]
    problems = []
    # French has two plural forms (n <= 1, n >= 2); each must carry %n like the source.
    if message.plural and len(message.translations) != 2:
        problems.append(f"needs 2 plural forms, has {len(message.translations)}: "
                        f"{message.describe()}")
    for text in message.translations:
        if placeholders(text) != placeholders(message.source):
            problems.append(f"placeholders {placeholders(text)} instead of "
                            f"{placeholders(message.source)} in {text!r}: {message.describe()}")
        if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(message.source)):
            problems.append(f"keyboard mnemonics (&) differ in {text!r}: {message.describe()}")
        if sorted(TAG.findall(text)) != sorted(TAG.findall(message.source)):
            problems.append(f"markup differs in {text!r}: {message.describe()}")
    return problems


def marked_in_code() -> tuple[dict[tuple[str, str], bool], list[str]]:
    """Every literal the code marks, as (context, text) -> given a count (%n) or not,
    and every marker fed a variable.

    Read from the syntax tree, independently of lupdate, so that a string lupdate's
    Python parser skips is caught rather than silently shown in English.
    """
    found: dict[tuple[str, str], bool] = {}
    dynamic: list[str] = []
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node, context in _calls_with_class(tree, ""):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            if name not in MARKERS or len(node.args) < MARKERS[name]:
                continue
            literals = node.args[:MARKERS[name]]
            if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literals):
                key = (literals[0].value if len(literals) == 2 else context, literals[-1].value)
                # tr(text, disambiguation, n) and translate(context, text, disambiguation, n)
                counted = name in ("tr", "translate") and len(node.args) > MARKERS[name] + 1
                found[key] = found.get(key, False) or counted
                continue
            where = f"{shown(path)}:{node.lineno}"
            if where not in ALLOWED_DYNAMIC_SITES:
                dynamic.append(where)
    return found, dynamic


def _calls_with_class(node: ast.AST, context: str):
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else context
        if isinstance(child, ast.Call):
            yield child, context
        yield from _calls_with_class(child, inner)


# Places that translate text marked elsewhere (a vocabulary table, an error's template):
# the literal is collected where it is marked. Listed by file and function, not line.
ALLOWED_DYNAMIC_FUNCTIONS = {
    ("sbs_desktop/ui/labels.py", "label"),
    ("sbs_desktop/ui/labels.py", "field_label"),
    ("sbs_desktop/ui/messages.py", "_translate_parameter"),
    ("sbs_desktop/ui/messages.py", "describe"),
    ("sbs_desktop/ui/passphrase_advice.py", "advice_text"),
    ("sbs_desktop/ui/export_dialog.py", "report"),
    ("sbs_desktop/ui/survey_import_dialog.py", "describe_problem"),
    ("sbs_desktop/ui/kiosk.py", "respondent_text"),
    # The report's vocabulary table (analysis/wording.py) and the command line's catalogue.
    ("sbs_desktop/analysis/wording.py", "word"),
    ("sbs_desktop/analysis/wording.py", "marked"),
    ("sbs_desktop/ui/activity_page.py", "_tr"),
    ("sbs_desktop/ui/survey_responses.py", "_tr"),
    ("sbs_desktop/ui/catalogue.py", "translated"),
}
ALLOWED_DYNAMIC_SITES: set[str] = set()


def _dynamic_sites_allowed() -> None:
    for file, function in ALLOWED_DYNAMIC_FUNCTIONS:
        path = REPOSITORY / file
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == function:
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call):
                        ALLOWED_DYNAMIC_SITES.add(f"{file}:{inner.lineno}")


def catalogue_problems(catalogue: Path = CATALOGUE, compiled: Path = COMPILED) -> list[str]:
    """Everything between the code and a complete, compiled French catalogue."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        # Update a copy, so that checking never rewrites the committed file; with
        # absolute locations, so that each problem names its file and line.
        fresh = Path(scratch) / catalogue.name
        if catalogue.exists():
            shutil.copyfile(catalogue, fresh)
        update_catalogue(fresh, locations="absolute")
        messages = read_catalogue(fresh)
        current = [m for m in messages if not m.retired]
        for message in current:
            problems.extend(translation_problems(message))
        committed = {(m.context, m.source) for m in read_catalogue(catalogue)
                     if not m.retired} if catalogue.exists() else set()
        for message in current:
            if (message.context, message.source) not in committed:
                problems.append(f"not in {catalogue.name} (run build/translations.py): "
                                f"{message.describe()}")
        collected = {(m.context, m.source): m.plural for m in current}
        _dynamic_sites_allowed()
        marked, dynamic = marked_in_code()
        for (context, text), counted in sorted(marked.items()):
            if (context, text) not in collected:
                problems.append(f"marked in code but missed by lupdate: [{context}] {text!r}")
            elif counted and not collected[(context, text)]:
                # pyside6-lupdate 6.11 sees the count of self.tr() but not of translate().
                problems.append(f"given a count but collected without plural forms (use "
                                f"self.tr(text, '', n), or %1): [{context}] {text!r}")
        for where in dynamic:
            problems.append(f"translates a variable, which lupdate cannot collect (use literal "
                            f"context and text, or mark them with QT_TRANSLATE_NOOP): {where}")
        expected = Path(scratch) / compiled.name
        compile_catalogue(catalogue if catalogue.exists() else fresh, expected)
        if not compiled.exists() or compiled.read_bytes() != expected.read_bytes():
            problems.append(f"{compiled.name} is not compiled from {catalogue.name} "
                            "(run build/translations.py)")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what is missing or wrong")
    arguments = parser.parse_args()
    if not arguments.check:
        print(update_catalogue())
        compile_catalogue()
    problems = catalogue_problems()
    current = [m for m in read_catalogue(CATALOGUE) if not m.retired]
    print(f"{len(current)} messages in {CATALOGUE.name}; {len(problems)} problem(s)")
    for problem in problems:
        print(" ", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
