"""The documentation keeps up with the project: cited documents exist, every command is in README.

In the manner of sqlite-utils' tests/test_docs.py: the facts are discovered from the
code and the tracked files, never listed by hand, so adding a command without
documenting it, or citing a document that is not there, fails here. Each check is
also run on a planted case to show that it fires.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from sbs_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
CITING_SUFFIXES = (".md", ".py", ".sql", ".json")
# Paths from the repository's root that a file cites: documents and shipped files from
# any file; from a Markdown document, source files too. (Source and test files name
# made-up modules in planted trees, and prefixes such as benchmarks/bench_, so their
# mentions of code are not citations.)
_PATH_AFTER = r"/[\w./-]*\w)"
_NOT_INSIDE_A_PATH = r"(?<![\w./\\-])"
CITED_DOCUMENT = re.compile(_NOT_INSIDE_A_PATH + r"((?:docs|resources|build|\.github|\.ci)"
                            + _PATH_AFTER)
CITED_IN_MARKDOWN = re.compile(
    _NOT_INSIDE_A_PATH + r"((?:docs|resources|build|benchmarks|sbs_desktop|tests|\.github|\.ci)"
    + _PATH_AFTER)
# Markdown links to a file beside the document: [text](target).
MARKDOWN_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
# Written in two parts so that this file does not mention it itself.
OUTSIDE_DESIGN = "../" + "shared"


def _tracked_files() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                                check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no list of tracked files")
    return [ROOT / name for name in listed.decode("utf-8").split("\0") if name]


def _texts(paths: Iterable[Path]) -> Iterator[tuple[str, str]]:
    for path in paths:
        if path.suffix in CITING_SUFFIXES and path.is_file():
            yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def missing_citations(texts: Iterable[tuple[str, str]], root: Path) -> list[str]:
    """'file: cited path' for every cited path that is not in the tree under `root`."""
    missing = []
    for name, text in texts:
        cited = set(CITED_DOCUMENT.findall(text))
        if name.endswith(".md"):
            cited.update(CITED_IN_MARKDOWN.findall(text))
            folder = Path(name).parent
            for target in MARKDOWN_LINK.findall(text):
                if "://" not in target and not target.startswith("mailto:"):
                    cited.add((folder / target).as_posix())
        missing.extend(f"{name}: {path}" for path in sorted(cited)
                       if not (root / path).exists())
    return missing


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
             ) -> Iterator[tuple[str, ...]]:
    """Every command and subcommand the parser accepts, as word tuples."""
    for action in parser._actions:
        # argparse keeps subcommands in a private action class; it is the only
        # record of them, and a change to it would fail here at once.
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                yield (*prefix, name)
                yield from commands(subparser, (*prefix, name))


def undocumented(parser: argparse.ArgumentParser, readme: str) -> list[str]:
    """The commands README.md never shows as `sbs-desktop <command> ...`."""
    shown = [f"sbs-desktop {' '.join(words)}" for words in commands(parser)]
    return [command for command in shown
            if not re.search(re.escape(command) + r"(?![\w-])", readme)]


def test_every_cited_document_exists() -> None:
    # This file's planted citations are missing on purpose.
    tracked = [path for path in _tracked_files() if path != Path(__file__).resolve()]
    assert missing_citations(_texts(tracked), ROOT) == []


def test_a_citation_of_a_missing_document_is_reported(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "design.md").write_text("x", encoding="utf-8")
    planted = [
        ("sbs_desktop/thing.py", '"""See docs/design.md and `docs/nowhere.md`."""'),
        ("docs/guide.md", "[the design](design.md), [lost](lost.md), [web](https://x.org/a), "
                          "`sbs_desktop/gone.py`"),
    ]
    assert missing_citations(planted, tmp_path) == [
        "sbs_desktop/thing.py: docs/nowhere.md", "docs/guide.md: docs/lost.md",
        "docs/guide.md: sbs_desktop/gone.py"]


def test_the_design_documents_are_in_the_project() -> None:
    for name in ("docs/design.md", "docs/bundle-format.md"):
        assert (ROOT / name).is_file(), name
    design = (ROOT / "docs/design.md").read_text(encoding="utf-8")
    assert "\n## Decisions\n" in design


def test_no_tracked_file_points_outside_the_repository_for_its_design() -> None:
    found = [path.relative_to(ROOT).as_posix() for path in _tracked_files()
             if path.is_file() and OUTSIDE_DESIGN.encode() in path.read_bytes()]
    assert found == []


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = list(commands(build_parser()))
    # Discovered, not listed: the parser must yield nested subcommands too.
    assert ("survey", "import") in found and ("keys", "generate") in found
    assert undocumented(build_parser(), readme) == []


def test_a_command_added_without_documentation_fails() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subparsers.add_parser("frobnicate")
    survey = subparsers.choices["survey"]
    next(a for a in survey._actions if isinstance(a, argparse._SubParsersAction)
         ).add_parser("forget")
    # "sbs-desktop survey" is in README, but a new subcommand of it is not.
    assert undocumented(parser, readme) == ["sbs-desktop survey forget",
                                            "sbs-desktop frobnicate"]
