"""`sbs-desktop merge`: import supporters' bundles into a coordinator vault."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge", help="import bundles (folders, .zip, .zip.age) into a coordinator vault",
        description="Verify and import each bundle; a refused bundle is reported and the "
        "others still import. A folder that is not itself a bundle is searched for bundles.")
    parser.add_argument("--vault", type=Path, required=True, help="the coordinator vault")
    parser.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.merge import Outcome, merge_bundles
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    with unlock_vault(options.vault, read_passphrase()) as vault:
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
                  f"from {bundle.supporter}{replaced}")
    imported = report.count(Outcome.IMPORTED) + report.count(Outcome.REPLACED)
    print(f"{imported} imported, {report.count(Outcome.ALREADY_IMPORTED)} already there, "
          f"{len(report.refused)} refused")
    return 1 if report.refused else 0
