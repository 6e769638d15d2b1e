"""The `sbs-desktop` command: the GUI by default, and subcommands for scripted work."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sbs_desktop import __version__
from sbs_desktop.cli.failures import command_words, report_unexpected
from sbs_desktop.cli.language import error_message, translate
from sbs_desktop.core.errors import SbsError

# Each module registers its subcommands with `register(subparsers)`.
COMMAND_MODULES = (
    "sbs_desktop.cli.audit",
    "sbs_desktop.cli.demo",
    "sbs_desktop.cli.export",
    "sbs_desktop.cli.merge",
    "sbs_desktop.cli.report",
    "sbs_desktop.cli.retention",
    "sbs_desktop.cli.retire",
    "sbs_desktop.cli.self_test",
    "sbs_desktop.cli.survey",
    "sbs_desktop.cli.vault_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sbs-desktop",
        description="Side-by-Side Desktop. Without a command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", help="vault file to open in the application")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command `argv` names (the GUI without one); its exit status, never a traceback."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    options, qt_arguments = parser.parse_known_args(arguments)
    if options.command is not None and qt_arguments:
        parser.error(f"unrecognised arguments: {' '.join(qt_arguments)}")
    try:
        if options.command is None:
            from sbs_desktop.ui.application import run_application

            return run_application(options.vault, qt_arguments)
        return int(options.run(options) or 0)
    except SbsError as error:
        print(f"sbs-desktop: {error_message(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sbs-desktop: " + translate("CommandLine", "interrupted; nothing was changed."),
              file=sys.stderr)
        return 130
    except Exception as error:
        # Promise 5: anything else is a bug or a broken installation, said in one line.
        words = command_words(parser, arguments)
        return report_unexpected(" ".join(words) if words else "the application", error)
