"""`sbs-desktop audit`: print a vault's audit trail, newest first."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from sbs_desktop.cli.language import translate


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"write the date as YYYY-MM-DD, not {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit", help="print the vault's audit trail",
        description="Every change of state recorded in the vault, newest first: the time, "
        "what happened, the record and the names of the fields changed (never their values).")
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--since", type=_day, metavar="DATE",
                        help="only events on or after this day (YYYY-MM-DD, local time)")
    parser.set_defaults(run=run)


def describe_detail(detail: dict) -> str:
    return " ".join(f"{key}={value}" for key, value in sorted(detail.items()))


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.audit import AuditFilter, find_events
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    since = None
    if options.since is not None:
        since = datetime.combine(options.since, datetime.min.time()).astimezone()
    with unlock_vault(options.vault, read_passphrase()) as vault:
        events = find_events(vault, AuditFilter(since=since))
    for event in events:
        when = event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        record = "" if event.record_id is None else f"#{event.record_id}"
        fields = f"fields: {', '.join(event.fields)}" if event.fields else ""
        text = "  ".join(part for part in (record, fields, describe_detail(event.detail))
                         if part)
        print(f"{when}  {event.kind:<26} {text}".rstrip())
    print(translate("CommandLine", "{count} events.").format(count=len(events)))
    return 0
