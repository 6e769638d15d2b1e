"""`sbs-desktop report`: the published report and tidy CSV tables from a coordinator vault."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write the report (PDF, HTML) and the CSV tables of the merged data",
        description="Everything written is made safe to publish: small counts are hidden "
        "(the threshold is a setting of the vault).")
    parser.add_argument("--vault", type=Path, required=True, help="the coordinator vault")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="folder to write into (made if missing)")
    parser.add_argument("--format", choices=("pdf", "html", "csv", "all"), default="all")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.report import REPORT_FORMATS, build_report
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    formats = REPORT_FORMATS if options.format == "all" else (options.format,)
    with unlock_vault(options.vault, read_passphrase()) as vault:
        written = build_report(vault, options.out, formats, terminal_progress())
    for path in written:
        print(path)
    hidden = written.hidden
    print(f"{hidden.small} counts hidden because they are below {hidden.threshold}, "
          f"{hidden.more} more so that they cannot be worked out.")
    return 0
