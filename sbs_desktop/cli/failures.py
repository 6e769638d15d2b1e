"""A command's unexpected failure: one line on the terminal, the details in the log file."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path, PurePath

from platformdirs import user_log_path

from sbs_desktop.cli.language import translate

# The same per-user folder name as the vault's (store/location.py), under the platform's
# log folder: ~/.local/state/Side-by-Side Desktop/log, ~/Library/Logs/Side-by-Side Desktop,
# %LOCALAPPDATA%\Side-by-Side Desktop\Logs.
LOG_FOLDER_NAME = "Side-by-Side Desktop"
LOG_FILE_NAME = "sbs-desktop.log"
# A few hundred failures fit; the log never grows past twice this.
LOG_FILE_BYTES = 256 * 1024
EXIT_UNEXPECTED = 1

log = logging.getLogger("sbs_desktop.cli")


def command_words(parser: argparse.ArgumentParser, arguments: Sequence[str]) -> list[str]:
    """The (sub)command names in `arguments`, never the values given to them."""
    words: list[str] = []
    current = parser
    for argument in arguments:
        subparsers = next((action for action in current._actions
                           if isinstance(action, argparse._SubParsersAction)), None)
        if subparsers is None:
            break
        if argument in subparsers.choices:
            words.append(argument)
            current = subparsers.choices[argument]
    return words


def details(error: BaseException) -> str:
    """The kind of error and where it was raised, without its message or any value.

    An exception's text may quote a classmate's name, a note or a path, so only types,
    source files (their last two path parts), line numbers and function names are kept.
    """
    lines = []
    chain: BaseException | None = error
    while chain is not None:
        lines.append(f"{type(chain).__module__}.{type(chain).__qualname__}")
        for frame in traceback.extract_tb(chain.__traceback__):
            where = PurePath(frame.filename)
            lines.append(f"  {where.parent.name}/{where.name}:{frame.lineno} in {frame.name}")
        chain = chain.__cause__ or (None if chain.__suppress_context__ else chain.__context__)
        if chain is not None:
            lines.append("while handling, or caused by:")
    return "\n".join(lines)


def log_folder() -> Path:
    return user_log_path(LOG_FOLDER_NAME, appauthor=False)


def record_failure(command: str, error: BaseException) -> Path | None:
    """Append the failure's details to the log file; its path, or None if it cannot be written."""
    path = log_folder() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=1, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(handler)
    try:
        from sbs_desktop import __version__

        log.error("sbs-desktop %s, %s failed unexpectedly (Python %s, %s)\n%s", __version__,
                  command, sys.version.split()[0], sys.platform, details(error))
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


def report_unexpected(command: str, error: BaseException) -> int:
    """Tell the person in one line what failed and what to do; the exit status."""
    path = record_failure(command, error)
    where = " " + translate("CommandLine", "Details, without your data, are in {path}.").format(
        path=path) if path else ""
    print("sbs-desktop: " + translate(
        "CommandLine", "{command} failed unexpectedly ({kind}). Run `sbs-desktop self-test` "
        "to check this installation.").format(command=command, kind=type(error).__name__)
        + where, file=sys.stderr)
    return EXIT_UNEXPECTED
