"""`sbs-desktop retention apply`: clear old notes and contact details now, or preview it."""

from __future__ import annotations

import argparse
from pathlib import Path

from sbs_desktop.cli.language import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "retention", help="clear the notes and contact details of old interactions",
        description="Retention keeps the statistics of every interaction and clears what "
        "was written about old ones.")
    actions = parser.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    apply = actions.add_parser(
        "apply", help="clear notes, action taken and contact details of old interactions",
        description="Clears the notes and action taken of interactions older than N months, "
        "and the name and contact details of classmates seen only before then. Dates, "
        "format, concerns, risk, referrals and durations stay, so reports count the same.")
    apply.add_argument("--vault", type=Path, required=True)
    apply.add_argument("--older-than-months", type=int, required=True, metavar="N")
    apply.add_argument("--dry-run", action="store_true",
                       help="say what would be cleared, and change nothing")
    apply.set_defaults(run=run_apply)


def run_apply(options: argparse.Namespace) -> int:
    from sbs_desktop.app.retention import apply_retention, preview_retention
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        if options.dry_run:
            found = preview_retention(vault, options.older_than_months)
            said = translate("CommandLine", "Would clear {fields} fields: {interactions} "
                             "interactions before {cutoff} and {contacts} contacts.")
        else:
            found = apply_retention(vault, options.older_than_months)
            said = translate("CommandLine", "Cleared {fields} fields: {interactions} "
                             "interactions before {cutoff} and {contacts} contacts.")
    print(said.format(fields=found.fields, interactions=found.interactions,
                      cutoff=found.cutoff.isoformat(), contacts=found.contacts))
    if options.dry_run:
        print(translate("CommandLine", "Nothing was changed (--dry-run)."))
    return 0
