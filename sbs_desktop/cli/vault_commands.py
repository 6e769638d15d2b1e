"""`sbs-desktop init`, `passphrase change`, `backup`, `verify`, `restore`, `keys export|import`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sbs_desktop.cli.language import translate

NEW_PASSPHRASE_VARIABLE = "SBS_NEW_PASSPHRASE"
KEY_PASSPHRASE_VARIABLE = "SBS_KEY_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init", help="create a new, empty vault",
        description="Create a new vault, encrypted with the passphrase in SBS_PASSPHRASE "
        "(or asked twice on the terminal). Refuses an existing file.")
    init.add_argument("--vault", type=Path, required=True, help="the vault file to create")
    init.add_argument("--role", choices=("supporter", "coordinator"), required=True)
    init.add_argument("--language", choices=("en", "fr"), default="en",
                      help="language of the default resources (default: en)")
    init.set_defaults(run=run_init)

    passphrase = subparsers.add_parser("passphrase", help="change a vault's passphrase")
    actions = passphrase.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = actions.add_parser(
        "change", help="give the vault a new passphrase",
        description="The current passphrase comes from SBS_PASSPHRASE, the new one from "
        "SBS_NEW_PASSPHRASE; either is otherwise asked on the terminal without echo (the "
        "new one twice). Interrupted at any moment, the vault opens with one or the other.")
    change.add_argument("--vault", type=Path, required=True)
    change.set_defaults(run=run_passphrase_change)

    backup = subparsers.add_parser(
        "backup", help="make a verified, encrypted backup of a vault",
        description="Copy the vault into DIR as <name>.<date-time>.sbsbackup, encrypted with "
        "the same passphrase, verify the copy, and keep the vault's number of generations.")
    backup.add_argument("--vault", type=Path, required=True)
    backup.add_argument("--to", type=Path, metavar="DIR",
                        help="the backup folder (default: the one chosen for this vault)")
    backup.set_defaults(run=run_backup)

    verify = subparsers.add_parser(
        "verify", help="check that a vault or a backup is whole (exit 1 if not)",
        description="Open the vault with its passphrase and check every page and table.")
    verify.add_argument("--vault", type=Path, required=True, help="a vault or a backup")
    verify.set_defaults(run=run_verify)

    restore = subparsers.add_parser(
        "restore", help="put a backup in place of a vault, keeping the current file aside",
        description="Verify the backup, keep the current vault under a dated name beside it, "
        "and put the backup in its place.")
    restore.add_argument("--from", dest="backup", type=Path, required=True, metavar="BACKUP")
    restore.add_argument("--vault", type=Path, required=True)
    restore.set_defaults(run=run_restore)


def register_key_commands(actions: argparse._SubParsersAction) -> None:
    """`keys export` and `keys import`, beside `keys generate` (cli/export.py)."""
    export = actions.add_parser(
        "export", help="save the coordinator's secret key, encrypted with its own passphrase",
        description="Write the key in age's passphrase format (the passphrase from "
        "SBS_KEY_PASSPHRASE or asked twice); `age -d` opens it too.")
    export.add_argument("--vault", type=Path, required=True, help="the coordinator vault")
    export.add_argument("--out", type=Path, required=True, metavar="KEY_FILE")
    export.set_defaults(run=run_keys_export)
    load = actions.add_parser(
        "import", help="use a saved coordinator key in this (new) coordinator vault")
    load.add_argument("--vault", type=Path, required=True, help="the coordinator vault")
    load.add_argument("--from", dest="key_file", type=Path, required=True, metavar="KEY_FILE")
    load.set_defaults(run=run_keys_import)


def _new_secret(variable: str, prompt: str) -> str:
    """From `variable`, or asked twice on the terminal without echo."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise SystemExit("sbs-desktop: " + translate(
            "CommandLine", "set {variable} or run from a terminal").format(variable=variable))
    first = getpass.getpass(prompt)
    if getpass.getpass(translate("CommandLine", "Again: ")) != first:
        raise SystemExit("sbs-desktop: " + translate(
            "CommandLine", "the two entries differ; nothing was changed"))
    return first


def run_init(options: argparse.Namespace) -> int:
    from sbs_desktop.app.vaults import create_vault
    from sbs_desktop.cli.terminal import PASSPHRASE_VARIABLE
    from sbs_desktop.core.vocabulary import Role

    passphrase = _new_secret(PASSPHRASE_VARIABLE,
                             translate("CommandLine", "Passphrase for the new vault: "))
    with create_vault(options.vault, passphrase, Role(options.role), options.language):
        pass
    print(translate("CommandLine", "Created the {role} vault {path}").format(
        role=options.role, path=options.vault))
    return 0


def run_passphrase_change(options: argparse.Namespace) -> int:
    from sbs_desktop.app.vaults import change_passphrase, unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    current = read_passphrase(translate("CommandLine", "Current passphrase: "))
    with unlock_vault(options.vault, current) as vault:
        new = _new_secret(NEW_PASSPHRASE_VARIABLE, translate("CommandLine", "New passphrase: "))
        change_passphrase(vault, current, new)
    print(translate("CommandLine", "The passphrase of {path} is changed").format(
        path=options.vault))
    return 0


def run_backup(options: argparse.Namespace) -> int:
    from sbs_desktop.app.backups import back_up
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    with unlock_vault(options.vault, read_passphrase()) as vault:
        backup = back_up(vault, options.to, terminal_progress())
    print(translate("CommandLine", "Backed up {count} interactions to {path} (verified)").format(
        count=backup.interactions, path=backup.path))
    return 0


def run_verify(options: argparse.Namespace) -> int:
    from sbs_desktop.app.backups import verify_vault
    from sbs_desktop.cli.terminal import read_passphrase

    check = verify_vault(options.vault, read_passphrase())
    if not check.ok:
        for problem in check.problems:
            print(f"sbs-desktop: {problem}", file=sys.stderr)
        return 1
    print(translate("CommandLine", "{path} is whole: every page checks, {count} "
                    "interactions").format(path=options.vault,
                                           count=check.counts.get("interactions", 0)))
    return 0


def run_restore(options: argparse.Namespace) -> int:
    from sbs_desktop.app.backups import restore_backup
    from sbs_desktop.cli.terminal import read_passphrase

    kept = restore_backup(options.backup, options.vault, read_passphrase())
    print(translate("CommandLine", "Restored {backup} to {path}").format(
        backup=options.backup, path=options.vault)
        + (translate("CommandLine", "; the earlier file is kept as {kept}").format(kept=kept)
           if kept else ""))
    return 0


def run_keys_export(options: argparse.Namespace) -> int:
    from sbs_desktop.app.keys import save_coordinator_key
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        key_passphrase = _new_secret(KEY_PASSPHRASE_VARIABLE,
                                     translate("CommandLine", "Passphrase for the key file: "))
        save_coordinator_key(vault, options.out, key_passphrase)
    print(translate("CommandLine", "The coordinator key is saved, encrypted, to {path}").format(
        path=options.out))
    return 0


def run_keys_import(options: argparse.Namespace) -> int:
    from sbs_desktop.app.keys import use_saved_coordinator_key
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        key_passphrase = os.environ.get(KEY_PASSPHRASE_VARIABLE)
        if not key_passphrase:
            # getpass on a pipe warns over several lines and then fails on end of input.
            if not sys.stdin.isatty():
                raise SystemExit("sbs-desktop: " + translate(
                    "CommandLine", "set {variable} or run from a terminal").format(
                    variable=KEY_PASSPHRASE_VARIABLE))
            key_passphrase = getpass.getpass(
                translate("CommandLine", "Passphrase of the key file: "))
        public = use_saved_coordinator_key(vault, options.key_file, key_passphrase)
    print(translate("CommandLine", "This vault now holds the coordinator key {key}").format(
        key=public))
    return 0
