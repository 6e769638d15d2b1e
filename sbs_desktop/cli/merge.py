"""`sbs-desktop merge`: import supporters' bundles into a coordinator vault."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

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
            print(f"refused   {outcome.error.message}")
        elif outcome.outcome is Outcome.ALREADY_IMPORTED:
            print(f"unchanged {outcome.source}: already imported "
                  f"(export {outcome.bundle.export_sequence} of {outcome.bundle.supporter})")
        else:
            bundle = outcome.bundle
            replaced = (f", replacing export {outcome.replaced.export_sequence}"
                        if outcome.replaced else "")
            print(f"imported  {outcome.source}: {bundle.interaction_rows} interactions, "
                  f"{bundle.schedule_rows} schedule rows, {bundle.survey_rows} survey rows "
                  f"from {bundle.supporter}{replaced}; {_signer(bundle)}")
    imported = report.count(Outcome.IMPORTED) + report.count(Outcome.REPLACED)
    print(f"{imported} imported, {report.count(Outcome.ALREADY_IMPORTED)} already there, "
          f"{len(report.refused)} refused")
    return 1 if report.refused else 0


def _signer(bundle: ImportedBundle) -> str:
    """The key that signed a bundle, as the supporter can read it out to compare."""
    if bundle.key_fingerprint:
        return f"signed by key {bundle.key_fingerprint}"
    return "unsigned (format version 1)"
