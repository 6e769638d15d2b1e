"""`sbs-desktop demo`: a vault filled with synthetic data."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sbs_desktop.cli.language import translate
from sbs_desktop.cli.terminal import PASSPHRASE_VARIABLE
from sbs_desktop.core.vocabulary import Role


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="create a vault filled with realistic synthetic data",
        description=f"Create a demo vault. The passphrase comes from {PASSPHRASE_VARIABLE}, "
        "else the demo passphrase is used and printed.")
    parser.add_argument("--vault", type=Path, default=None,
                        help="where to create the vault (default: the per-user vault)")
    parser.add_argument("--interactions", type=int, default=150, metavar="N")
    parser.add_argument("--role", choices=[r.value for r in Role], default=Role.SUPPORTER.value)
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--if-missing", action="store_true",
                        help="do nothing when a file already exists at --vault")
    parser.add_argument("--open", action="store_true",
                        help="then open the application on the vault")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.demo import DEMO_PASSPHRASE, make_demo_vault
    from sbs_desktop.app.vaults import default_vault_path

    options.vault = options.vault or default_vault_path()
    if options.if_missing and options.vault.exists():
        print(translate("CommandLine", "{path} exists; left as it is.").format(
            path=options.vault))
        return _open(options)
    if not 0 <= options.interactions <= 1_000_000:
        raise SystemExit("sbs-desktop: " + translate(
            "CommandLine", "--interactions must be from 0 to 1,000,000"))
    passphrase = os.environ.get(PASSPHRASE_VARIABLE) or DEMO_PASSPHRASE
    vault = make_demo_vault(options.vault, passphrase, Role(options.role),
                            interactions=options.interactions, seed=options.seed)
    vault.close()
    shown = "from " + PASSPHRASE_VARIABLE if os.environ.get(PASSPHRASE_VARIABLE) else (
        f"'{DEMO_PASSPHRASE}'")
    print(translate("CommandLine", "Created a demo {role} vault at {path} (passphrase "
                    "{shown}).").format(role=options.role, path=options.vault, shown=shown))
    return _open(options)


def _open(options: argparse.Namespace) -> int:
    if not options.open:
        return 0
    from sbs_desktop.ui.application import run_application

    return run_application(str(options.vault), [])
