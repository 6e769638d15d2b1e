"""`sbs-desktop survey template|import|list|delete`: the survey's CSV template, importing,
listing and deleting responses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sbs_desktop.cli.language import error_message, translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "survey", help="survey responses from CSV files",
        description="Write the CSV template of the survey, import responses from a CSV file, "
        "list the stored responses or delete some.")
    actions = parser.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    template = actions.add_parser("template", help="write the CSV template for the survey")
    template.add_argument("--vault", type=Path, required=True)
    template.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    template.set_defaults(run=run_template)
    load = actions.add_parser(
        "import", help="import responses from a CSV file made from the template",
        description="Checks the whole file first: nothing is imported unless every row is valid. "
        "Responses imported before are skipped.")
    load.add_argument("--vault", type=Path, required=True)
    load.add_argument("file", type=Path, metavar="FILE.csv")
    load.add_argument("--dry-run", action="store_true", help="check the file and stop")
    load.set_defaults(run=run_import)
    listing = actions.add_parser("list", help="list the stored responses")
    listing.add_argument("--vault", type=Path, required=True)
    listing.set_defaults(run=run_list)
    delete = actions.add_parser("delete", help="delete responses by their id (see list)")
    delete.add_argument("--vault", type=Path, required=True)
    delete.add_argument("ids", type=int, nargs="+", metavar="RESPONSE_ID")
    delete.set_defaults(run=run_delete)


def run_template(options: argparse.Namespace) -> int:
    from sbs_desktop.app.survey_import import write_template
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        write_template(vault, options.out)
    print(translate("CommandLine", "Wrote the survey template to {path}.").format(
        path=options.out))
    return 0


def run_import(options: argparse.Namespace) -> int:
    from sbs_desktop.app.survey_import import (
        SurveyFileRejected,
        check_survey_file,
        import_survey_file,
    )
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    with unlock_vault(options.vault, read_passphrase()) as vault:
        try:
            checked = check_survey_file(vault, options.file, terminal_progress())
        except SurveyFileRejected as error:
            for problem in error.problems:
                print(f"sbs-desktop: {error_message(problem)}", file=sys.stderr)
            if error.params["count"] > len(error.problems):
                print("sbs-desktop: ... " + translate(
                    "CommandLine", "{count} problems in all").format(
                    count=error.params["count"]), file=sys.stderr)
            print("sbs-desktop: " + translate(
                "CommandLine", "nothing was imported from {file}.").format(
                file=options.file.name), file=sys.stderr)
            return 2
        print(translate("CommandLine", "{file}: {count} responses (instrument {instrument} "
                        "version {version}), {already} already imported.").format(
            file=checked.file, count=len(checked.responses), instrument=checked.instrument.id,
            version=checked.instrument.version, already=checked.already_imported))
        if options.dry_run:
            return 0
        added = import_survey_file(vault, checked)
    print(translate("CommandLine", "Imported {count} new responses.").format(count=added))
    return 0


def run_list(options: argparse.Namespace) -> int:
    from sbs_desktop.app.survey import list_responses
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        responses = list_responses(vault)
    print(f"{'id':>6}  {'answered on':<11}  {'instrument':<24}  {'source':<9}  answers")
    for response in responses:
        instrument = f"{response.instrument_id} {response.instrument_version}"
        source = response.source or "-"
        print(f"{response.id:>6}  {response.answered_on.isoformat():<11}  {instrument:<24}  "
              f"{source:<9}  {len(response.answers)}")
    print(translate("CommandLine", "{count} responses.").format(count=len(responses)))
    return 0


def run_delete(options: argparse.Namespace) -> int:
    from sbs_desktop.app.survey import remove_responses
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        removed = remove_responses(vault, options.ids)
    missing = sorted(set(options.ids) - {r.id for r in removed})
    print(translate("CommandLine", "Deleted {count} responses.").format(count=len(removed)))
    if missing:
        print("sbs-desktop: " + translate(
            "CommandLine", "no response with id {ids}; see `sbs-desktop survey list`.").format(
            ids=", ".join(map(str, missing))), file=sys.stderr)
        return 2
    return 0
