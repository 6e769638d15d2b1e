"""What every subcommand shares: the passphrase and progress on a terminal."""

from __future__ import annotations

import getpass
import os
import sys

from sbs_desktop.cli.language import translate
from sbs_desktop.core.progress import Progress

PASSPHRASE_VARIABLE = "SBS_PASSPHRASE"


def read_passphrase(prompt: str = "") -> str:
    """From SBS_PASSPHRASE, or asked on the terminal without echo."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase:
        return passphrase
    if not sys.stdin.isatty():
        raise SystemExit("sbs-desktop: " + translate(
            "CommandLine", "set {variable} or run from a terminal to give the passphrase").format(
            variable=PASSPHRASE_VARIABLE))
    return getpass.getpass(prompt or translate("CommandLine", "Vault passphrase: "))


def terminal_progress() -> Progress:
    """Progress shown as a percentage on standard error when it is a terminal."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int, stage: str) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{stage} {percent:3d}%", end="" if done < total else "\n", file=sys.stderr)

    return Progress(show)
