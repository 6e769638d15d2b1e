"""`sbs-desktop export` and `sbs-desktop keys`: anonymised bundles and the coordinator's key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sbs_desktop.cli.language import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export", help="write the anonymised bundle of a supporter vault for the coordinator",
        description="Write manifest.json, interactions.csv, schedule.csv and survey.csv: "
        "classmates as pseudonyms, dates as weeks or months, no names, contact details or "
        "notes. With a coordinator key (stored in the vault, or --recipient) the bundle is "
        "a .zip encrypted to that key (.zip.age).")
    export.add_argument("--vault", type=Path, required=True, help="the supporter vault")
    export.add_argument("--out", type=Path, required=True, metavar="PATH",
                        help="the bundle to write (.zip or .zip.age is added when needed)")
    export.add_argument("--granularity", choices=("week", "month"), default="week")
    export.add_argument("--format", choices=("folder", "zip"), default=None,
                        help="folder or zip (default: folder; an encrypted bundle is a zip)")
    export.add_argument("--recipient", type=Path, metavar="PUBLIC_KEY_FILE",
                        help="encrypt to the coordinator public key in this file")
    export.set_defaults(run=run_export)

    keys = subparsers.add_parser(
        "keys", help="the coordinator's key pair for encrypted bundles",
        description="A coordinator vault keeps a secret key that opens bundles encrypted "
        "to its public key. Give the public key file to the supporters.")
    actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    generate = actions.add_parser(
        "generate", help="make the vault's key pair (kept if it has one) and save the public key")
    generate.add_argument("--vault", type=Path, required=True, help="the coordinator vault")
    generate.add_argument("--out", type=Path, required=True, metavar="PUBLIC_KEY_FILE")
    generate.set_defaults(run=run_keys_generate)
    from sbs_desktop.cli.vault_commands import register_key_commands

    register_key_commands(actions)  # export and import, beside generate


def _read_key_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SystemExit("sbs-desktop: " + translate(
            "CommandLine", "cannot read the key file {path}: {reason}").format(
            path=path, reason=getattr(error, "strerror", None) or error)) from None


def run_export(options: argparse.Namespace) -> int:
    from sbs_desktop.app.export import export_bundle, signing_fingerprint
    from sbs_desktop.app.keys import coordinator_recipient
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase, terminal_progress

    recipient = _read_key_file(options.recipient) if options.recipient else None
    with unlock_vault(options.vault, read_passphrase()) as vault:
        encrypted = bool(recipient or coordinator_recipient(vault))
        if encrypted and options.format == "folder":
            raise SystemExit("sbs-desktop: " + translate(
                "CommandLine", "an encrypted bundle is always a .zip.age; leave out "
                "--format folder"))
        result = export_bundle(vault, options.out, options.granularity,
                               options.format or "folder", terminal_progress(), recipient)
        fingerprint = signing_fingerprint(vault)
    tables = result.manifest.tables
    print(translate("CommandLine", "Exported {interactions} interactions, {schedule} schedule "
                    "rows and {survey} survey rows to {path}").format(
        interactions=tables["interactions"].rows, schedule=tables["schedule"].rows,
        survey=tables["survey"].rows, path=result.path)
        + (" " + translate("CommandLine", "(encrypted to {recipient})").format(
            recipient=result.record.recipient) if result.record.recipient else ""))
    # The coordinator sees this fingerprint beside the bundle; reading it out to them
    # (not sending it with the bundle) is what tells a forgery apart.
    print(translate("CommandLine", "Export {sequence}, signed by this vault's key "
                    "{fingerprint}").format(sequence=result.manifest.export_sequence,
                                            fingerprint=fingerprint))
    return 0


def run_keys_generate(options: argparse.Namespace) -> int:
    from sbs_desktop.app.keys import (
        coordinator_public_key,
        generate_coordinator_keys,
        public_key_file_text,
    )
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.cli.terminal import read_passphrase

    with unlock_vault(options.vault, read_passphrase()) as vault:
        had_key = coordinator_public_key(vault) is not None
        public = generate_coordinator_keys(vault)
    try:
        options.out.write_text(public_key_file_text(public), encoding="utf-8")
    except OSError as error:
        raise SystemExit("sbs-desktop: " + translate(
            "CommandLine", "cannot write {path}: {reason}").format(
            path=options.out, reason=error.strerror)) from None
    if had_key:
        print(translate("CommandLine", "This vault already has a key pair; it was kept "
                        "(bundles encrypted to it stay readable)."), file=sys.stderr)
    print(translate("CommandLine", "Public key {key} saved to {path}").format(
        key=public, path=options.out))
    return 0
