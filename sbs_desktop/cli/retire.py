"""`sbs-desktop retire`: a final export for the coordinator, then the vault is destroyed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sbs_desktop.cli.language import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "retire", help="hand over and close a supporter vault for good",
        description="Writes a final export for the coordinator into DIR, then overwrites "
        "and deletes the vault and the backups this program made. This cannot be undone.")
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--export-to", type=Path, required=True, metavar="DIR",
                        help="the folder the final export is written into")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(run=run)


def _confirmed(plan) -> bool:
    print(translate("CommandLine",
                    "Retiring destroys these files once the final export is written:"))
    for path in plan.files:
        if path.exists():
            print(f"  {path}")
    if not plan.backups:
        print("  " + translate("CommandLine", "(no backups made by the program were found)"))
    if not sys.stdin.isatty():
        print("sbs-desktop: " + translate(
            "CommandLine", "run from a terminal to confirm, or give --yes."), file=sys.stderr)
        return False
    # The word to type stays "retire" in every language, as scripts and the docs say it.
    return input(translate("CommandLine", "Type 'retire' to go ahead: ")).strip().lower() == (
        "retire")


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.retire import retire_plan, retire_vault
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    if not options.export_to.is_dir():
        print("sbs-desktop: " + translate("CommandLine", "{path} is not a folder.").format(
            path=options.export_to), file=sys.stderr)
        return 2
    vault = unlock_vault(options.vault, read_passphrase())
    try:
        if not options.yes and not _confirmed(retire_plan(vault)):
            print(translate("CommandLine", "Nothing was changed."))
            return 1
        result = retire_vault(vault, options.export_to, terminal_progress())
    finally:
        vault.close()
    print(translate("CommandLine", "Final export written to {path} (export {sequence}); give "
                    "it to your coordinator.").format(path=result.export.path,
                                                      sequence=result.export.record.sequence))
    for path in result.destroyed:
        print(translate("CommandLine", "Destroyed {path}").format(path=path))
    if not result.plan.backups:
        print(translate("CommandLine", "No backups made by the program were found in the "
                        "vault's backup folder."))
    print(translate(
        "CommandLine", "The program cannot reach copies it did not make: a synced folder's "
        "history (OneDrive, Dropbox, iCloud), a file copied by hand or to a USB stick, or a "
        "system backup (Time Machine, File History). Delete those yourself."))
    return 0
