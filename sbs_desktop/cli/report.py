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
    parser.add_argument("--language", choices=("en", "fr"),
                        help="the PDF's and HTML's language (default: the program's "
                        "setting, else LANG); the CSV tables are the same in both")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.report import REPORT_FORMATS, build_report
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.language import catalogue_for, command_language, translate
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    formats = REPORT_FORMATS if options.format == "all" else (options.format,)
    language = options.language or command_language()
    with unlock_vault(options.vault, read_passphrase()) as vault:
        written = build_report(vault, options.out, formats, terminal_progress(),
                               catalogue_for(language), language)
    for path in written:
        print(path)
    hidden = written.hidden
    print(translate("CommandLine", "{small} counts hidden because they are below {threshold}, "
                    "{more} more so that they cannot be worked out.").format(
        small=hidden.small, threshold=hidden.threshold, more=hidden.more))
    return 0
