"""`sbs-desktop merge`: import supporters' bundles into a coordinator vault."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sbs_desktop.cli.language import error_message, translate

if TYPE_CHECKING:
    from sbs_desktop.core.merged import ImportedBundle


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge", help="import bundles (folders, .zip, .zip.age) into a coordinator vault",
        description="Verify and import each bundle; a refused bundle is reported and the "
        "others still import. A folder that is not itself a bundle is searched for bundles.")
    parser.add_argument("--vault", type=Path, required=True, help="the coordinator vault")
    unsigned = parser.add_mutually_exclusive_group()
    unsigned.add_argument("--refuse-unsigned", action="store_true",
                          help="from now on refuse bundles that carry no signature (format "
                          "version 1); a setting kept in the vault")
    unsigned.add_argument("--accept-unsigned", action="store_true",
                          help="from now on accept unsigned bundles again (the default)")
    parser.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.bundle_trust import set_refuses_unsigned
    from sbs_desktop.app.merge import Outcome, merge_bundles
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    with unlock_vault(options.vault, read_passphrase()) as vault:
        if options.refuse_unsigned or options.accept_unsigned:
            set_refuses_unsigned(vault, options.refuse_unsigned)
        report = merge_bundles(vault, options.bundles, terminal_progress())
    for outcome in report.outcomes:
        if outcome.outcome is Outcome.REFUSED:
            print(translate("CommandLine", "refused   {reason}").format(
                reason=error_message(outcome.error)))
        elif outcome.outcome is Outcome.ALREADY_IMPORTED:
            print(translate("CommandLine", "unchanged {source}: already imported (export "
                            "{sequence} of {supporter})").format(
                source=outcome.source, sequence=outcome.bundle.export_sequence,
                supporter=outcome.bundle.supporter))
        else:
            bundle = outcome.bundle
            replaced = translate("CommandLine", ", replacing export {sequence}").format(
                sequence=outcome.replaced.export_sequence) if outcome.replaced else ""
            print(translate("CommandLine", "imported  {source}: {interactions} interactions, "
                            "{schedule} schedule rows, {survey} survey rows from "
                            "{supporter}{replaced}; {signer}").format(
                source=outcome.source, interactions=bundle.interaction_rows,
                schedule=bundle.schedule_rows, survey=bundle.survey_rows,
                supporter=bundle.supporter, replaced=replaced, signer=_signer(bundle)))
    imported = report.count(Outcome.IMPORTED) + report.count(Outcome.REPLACED)
    print(translate("CommandLine", "{imported} imported, {already} already there, {refused} "
                    "refused").format(imported=imported,
                                      already=report.count(Outcome.ALREADY_IMPORTED),
                                      refused=len(report.refused)))
    return 1 if report.refused else 0


def _signer(bundle: ImportedBundle) -> str:
    """The key that signed a bundle, as the supporter can read it out to compare."""
    if bundle.key_fingerprint:
        return f"signed by key {bundle.key_fingerprint}"
    return "unsigned (format version 1)"
