"""Every command, with the program's own files unreadable, fails in one line and no traceback.

The commands are discovered from the parser, so a command added later is covered too. The
broken installation is real files: each shipped file is replaced by a folder of the same
name, which no one, root included, can read as a file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.app.export import export_bundle
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.cli import build_parser, failures, main
from sbs_desktop.core import shipped
from sbs_desktop.core.vocabulary import Role

PASSPHRASE = "correct horse battery staple forty two"
CLASSMATE = "Amélie Tremblay-Okafor"

# Runs each argument list through main() in one fresh process whose shipped files are
# the unreadable copy; prints what each printed and whether main() let an exception out.
RUN_BROKEN = """
import contextlib, io, json, sys, traceback
from pathlib import Path
from sbs_desktop.core import shipped
shipped.resources_dir = lambda: Path(sys.argv[1])
from sbs_desktop.cli import main
results = []
for arguments in json.loads(sys.argv[2]):
    out, err, raised, code = io.StringIO(), io.StringIO(), "", None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(arguments)
        except SystemExit as exit:
            code = exit.code
        except BaseException:
            raised = traceback.format_exc()
    results.append({"arguments": arguments, "code": code, "out": out.getvalue(),
                    "err": err.getvalue(), "raised": raised})
print(json.dumps(results))
"""


def leaf_commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
                  ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable command as its words and its parser."""
    subparsers = next((action for action in parser._actions
                       if isinstance(action, argparse._SubParsersAction)), None)
    if subparsers is None:
        yield words, parser
        return
    for name, subparser in subparsers.choices.items():
        yield from leaf_commands(subparser, (*words, name))


def arguments_for(words: tuple[str, ...], parser: argparse.ArgumentParser,
                  inputs: dict[str, Path], vault: str, folder: Path) -> list[str]:
    """The command with a plausible value for each argument it requires, on a copy of the
    `vault` ("supporter" or "coordinator") vault."""
    arguments = list(words)
    for action in parser._actions:
        if action.dest == "help" or (action.option_strings and not action.required):
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif action.type is int:
            value = "1"
        elif action.dest == "vault":
            value = str(shutil.copy(inputs[vault], folder / f"{'-'.join(words)}-{vault}"))
        elif action.option_strings:  # --out, --export-to: somewhere new
            value = str(folder / f"{'-'.join(words)}-{vault}-{action.dest}")
        else:  # an input file: a real bundle for merge, a CSV file otherwise
            value = str(inputs["bundle" if "bundle" in action.dest else "csv"])
        arguments += [*action.option_strings[:1], value]
    return arguments


def unreadable_copy(resources: Path, folder: Path) -> Path:
    """The shipped files' tree with every file replaced by a folder of its name."""
    for path in resources.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            (folder / path.relative_to(resources)).mkdir(parents=True)
    return folder


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    supporter = tmp_path / "supporter.sbsvault"
    with make_demo_vault(supporter, PASSPHRASE, Role.SUPPORTER, interactions=5) as vault:
        bundle = export_bundle(vault, tmp_path / "bundle", form="zip").path
    coordinator = tmp_path / "coordinator.sbsvault"
    create_vault(coordinator, PASSPHRASE, Role.COORDINATOR).close()
    csv = tmp_path / "answers.csv"
    csv.write_text("response,date\n1,2026-01-01\n", encoding="utf-8")
    return {"supporter": supporter, "coordinator": coordinator, "bundle": bundle, "csv": csv}


def test_every_command_fails_in_one_line_when_the_shipped_files_are_unreadable(
        inputs: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    # Each on both kinds of vault, so that commands for one role get past their role check.
    runs = [arguments_for(words, parser, inputs, vault, folder)
            for words, parser in leaf_commands(build_parser())
            for vault in ("supporter", "coordinator")]
    broken = unreadable_copy(shipped.resources_dir(), tmp_path / "broken")
    finished = subprocess.run(
        [sys.executable, "-c", RUN_BROKEN, str(broken), json.dumps(runs)],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "SBS_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"})
    assert finished.returncode == 0, finished.stderr
    results = json.loads(finished.stdout.splitlines()[-1])
    assert len(results) == len(runs) >= 20
    for result in results:
        command = " ".join(result["arguments"])
        assert not result["raised"], f"{command} let out:\n{result['raised']}"
        assert "Traceback" not in result["out"] + result["err"], command
        if result["code"] not in (0, None) and result["err"]:
            assert len(result["err"].strip().splitlines()) == 1, (command, result["err"])
    by_command = {result["arguments"][0]: result for result in results[::2]}  # supporter
    # A demo vault is filled from the shipped resource directory: the failure names the
    # command and sends the person to the self-test.
    demo = by_command["demo"]
    assert demo["code"] == failures.EXIT_UNEXPECTED, demo
    assert demo["err"].startswith("sbs-desktop: demo failed unexpectedly (IsADirectoryError).")
    assert "Run `sbs-desktop self-test`" in demo["err"]
    # The export validates its manifest against the shipped schema, and says it failed.
    assert by_command["export"]["code"] != 0 and by_command["export"]["err"]
    assert by_command["self-test"]["code"] == 1
    assert "self-test FAILED" in by_command["self-test"]["out"]


def test_an_unexpected_failure_is_logged_without_the_data_it_carried(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(failures, "log_folder", lambda: tmp_path / "logs")

    def fail(_options: argparse.Namespace) -> int:
        try:
            raise KeyError(CLASSMATE)
        except KeyError as error:
            raise ValueError(f"no contact named {CLASSMATE}") from error

    monkeypatch.setattr("sbs_desktop.cli.self_test.run", fail)
    assert main(["self-test"]) == failures.EXIT_UNEXPECTED
    said = capsys.readouterr().err
    assert said.count("\n") == 1
    assert "self-test failed unexpectedly (ValueError)" in said
    assert str(tmp_path / "logs" / failures.LOG_FILE_NAME) in said
    logged = (tmp_path / "logs" / failures.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "builtins.KeyError" in logged
    assert "in fail" in logged
    assert CLASSMATE not in logged and "Tremblay" not in logged and CLASSMATE not in said


def test_a_log_folder_that_cannot_be_written_still_gives_the_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(failures, "log_folder", lambda: blocked / "logs")
    monkeypatch.setattr("sbs_desktop.cli.self_test.run", lambda _options: 1 / 0)
    assert main(["self-test"]) == failures.EXIT_UNEXPECTED
    said = capsys.readouterr().err
    assert said.startswith("sbs-desktop: self-test failed unexpectedly (ZeroDivisionError).")
    assert "Details" not in said
