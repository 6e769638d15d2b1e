"""A quick check that this installation works: it uses a throw-away vault."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sbs_desktop.app.demo import DEMO_PASSPHRASE, make_demo_vault
from sbs_desktop.app.interactions import record_interaction
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.core.errors import WrongPassphrase
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk, Role
from sbs_desktop.store.interactions import count_interactions, get_interaction

Check = Callable[[Path], None]


def check_vault_round_trip(folder: Path) -> None:
    path = folder / "self-test.sbsvault"
    with make_demo_vault(path, role=Role.SUPPORTER, interactions=20) as vault:
        written = record_interaction(vault, Interaction(
            occurred_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
            duration_minutes=25, format=Format.VIDEO, initiated_by=Initiator.STUDENT,
            primary_concern=Concern.EXAMS, concerns=frozenset({Concern.EXAMS}),
            risk=Risk.NONE, notes="self-test"))
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise AssertionError("the vault file is not encrypted")
    with unlock_vault(path, DEMO_PASSPHRASE) as vault:
        if get_interaction(vault, written.id) != written:
            raise AssertionError("an interaction did not read back as written")
        if count_interactions(vault) != 21:
            raise AssertionError("the vault does not hold the interactions written")
    try:
        unlock_vault(path, DEMO_PASSPHRASE + " wrong").close()
    except WrongPassphrase:
        pass
    else:
        raise AssertionError("a wrong passphrase opened the vault")


def check_schedule_and_survey(folder: Path) -> None:
    """The .ics file reads back into the same hours; a survey response reads back."""
    from datetime import date, time

    from sbs_desktop.app.schedule import record_term, terms
    from sbs_desktop.app.schedule_calendar import export_calendar, read_calendar
    from sbs_desktop.app.survey import current_instrument, record_response
    from sbs_desktop.app.vaults import create_vault
    from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
    from sbs_desktop.store.survey import list_responses

    with create_vault(folder / "self-test.sbsvault", DEMO_PASSPHRASE, Role.SUPPORTER) as vault:
        term = record_term(vault, Term(
            date(2026, 9, 8), date(2026, 12, 11),
            (ScheduleSlot(1, time(12), time(13), ScheduleMode.IN_PERSON, "Room 1"),
             ScheduleSlot(3, time(18), time(19, 30), ScheduleMode.ONLINE)),
            frozenset({date(2026, 10, 29)})))
        zone = "America/Toronto"
        path = export_calendar(vault, [term], folder / "hours.ics", zone,
                               {"in_person": "In person", "online": "Online"})
        read = read_calendar(path.read_bytes(), zone)
        if [r.slot for r in read] != [
                ScheduleSlot(s.weekday, s.start, s.end, s.mode, s.place) for s in term.slots]:
            raise AssertionError("the .ics file did not read back into the same hours")
        if read[1].dates_off != {date(2026, 10, 29)} or terms(vault)[-1] != term:
            raise AssertionError("the dates off did not read back")
        written = record_response(vault, current_instrument(vault),
                                  [("year_of_study", "2"), ("barrier.stigma.sbs", "no")])
        if next(r for r in list_responses(vault) if r.uid == written.uid) != written:
            raise AssertionError("a survey response did not read back as written")


def check_export_bundle(folder: Path) -> None:
    """Export a demo vault to a zip and an encrypted zip; the manifests must verify."""
    import hashlib
    import io
    import zipfile

    from sbs_desktop.app.demo import NOTE_FRAGMENTS
    from sbs_desktop.app.export import export_bundle
    from sbs_desktop.exchange.encryption import decrypt, generate_identity
    from sbs_desktop.exchange.manifest import validate_manifest

    identity, public = generate_identity()
    with make_demo_vault(folder / "export.sbsvault", interactions=30) as vault:
        plain = export_bundle(vault, folder / "bundle", form="zip")
        sealed = export_bundle(vault, folder / "sealed", recipient=public)
    opened = io.BytesIO(decrypt(sealed.path.read_bytes(), identity))
    for result, source in ((plain, plain.path), (sealed, opened)):
        with zipfile.ZipFile(source) as archive:
            manifest = validate_manifest(archive.read("manifest.json"))
            if manifest != result.manifest or manifest.tables["interactions"].rows != 30:
                raise AssertionError("the manifest does not describe the bundle written")
            for entry in manifest.tables.values():
                data = archive.read(entry.file)
                if hashlib.sha256(data).hexdigest() != entry.sha256:
                    raise AssertionError(f"{entry.file} does not match its hash")
                if any(note.encode() in data for note in NOTE_FRAGMENTS):
                    raise AssertionError(f"a note was written into {entry.file}")


def check_merge_and_report(folder: Path) -> None:
    """A supporter's real export merged into a coordinator vault, then the full report:
    proves the bundle reader, matplotlib, fpdf2 and its font are in the build."""
    from sbs_desktop.app.export import export_bundle
    from sbs_desktop.app.merge import Outcome, merge_bundles
    from sbs_desktop.app.report import build_report
    from sbs_desktop.app.vaults import create_vault
    from sbs_desktop.core.progress import silent

    with make_demo_vault(folder / "supporter.sbsvault", interactions=40, seed=7) as supporter:
        bundle = export_bundle(supporter, folder / "bundle", form="zip").path
    with create_vault(folder / "coordinator.sbsvault", DEMO_PASSPHRASE,
                      Role.COORDINATOR) as coordinator:
        report = merge_bundles(coordinator, [bundle], silent())
        if [o.outcome for o in report.outcomes] != [Outcome.IMPORTED]:
            raise AssertionError(f"the bundle did not import: {report.outcomes}")
        if merge_bundles(coordinator, [bundle], silent()).outcomes[0].outcome is not (
                Outcome.ALREADY_IMPORTED):
            raise AssertionError("importing the same bundle twice was not recognised")
        written = build_report(coordinator, folder / "report", ["csv", "html", "pdf"], silent())
    names = {path.name for path in written}
    for expected in ("side-by-side-report.pdf", "side-by-side-report.html",
                     "survey_barriers.csv", "interactions_by_format.csv"):
        if expected not in names:
            raise AssertionError(f"the report did not write {expected}")
    if not (folder / "report" / "side-by-side-report.pdf").read_bytes().startswith(b"%PDF"):
        raise AssertionError("the PDF report is not a PDF")
    header = (folder / "report" / "survey_barriers.csv").read_text().splitlines()[0]
    if header != ("barrier,respondents,faculty_n,faculty_pct,sbs_n,sbs_pct,chi2_yates_p,"
                  "fisher_p,mcnemar_p"):
        raise AssertionError("survey_barriers.csv does not have its documented columns")


def check_interaction_log(folder: Path) -> None:
    """The list's SQL paging and filters, follow-ups, and the shipped resource directory
    (resources/resources.json must be in the build)."""
    from sbs_desktop.app.interactions import follow_ups_due, this_week
    from sbs_desktop.app.resources import crisis_resources, default_resources
    from sbs_desktop.core.vocabulary import Risk
    from sbs_desktop.store.interactions import (
        InteractionFilter,
        find_interaction_ids,
        find_interactions,
        interaction_rows,
    )

    with make_demo_vault(folder / "log.sbsvault", interactions=300, seed=11) as vault:
        ids = find_interaction_ids(vault)
        paged = [r.interaction.id for offset in range(0, 300, 70)
                 for r in find_interactions(vault, offset=offset, limit=70)]
        if list(ids) != paged or len(ids) != 300:
            raise AssertionError("pages of the interaction list do not add up to the whole")
        risky = InteractionFilter(risks=frozenset({Risk.VERY_CONCERNED, Risk.IMMEDIATE}))
        rows = interaction_rows(vault, find_interaction_ids(vault, risky))
        if not rows or any(r.interaction.risk not in risky.risks for r in rows):
            raise AssertionError("the risk filter let through other interactions")
        follow_ups_due(vault)
        this_week(vault)
        if not default_resources() or not crisis_resources(vault):
            raise AssertionError("the shipped resource directory is missing")


def check_french(folder: Path) -> None:
    """The compiled French translation and the French wording of the shipped files are
    in the build (resources/translations, resources.json, the instrument)."""
    from sbs_desktop.app.resources import default_resources, in_language
    from sbs_desktop.core.instrument import default_instrument
    from sbs_desktop.core.shipped import shipped_file

    compiled = shipped_file("translations/sbs_fr.qm").read_bytes()
    # Every .qm file starts with this magic number (Qt's qtranslator.cpp).
    if not compiled.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")):
        raise AssertionError("sbs_fr.qm is missing or is not a compiled Qt translation")
    french = in_language(default_resources("en"), "fr")
    if [r.name for r in french] != [r.name for r in default_resources("fr")]:
        raise AssertionError("the resource directory has no French wording")
    if not all(item.labels["fr"] for item in default_instrument().items):
        raise AssertionError("the survey instrument has no French wording")


# Later features add their own checks here so that a frozen build proves them.
CHECKS: list[tuple[str, Check]] = [
    ("vault: create, write, read back, refuse a wrong passphrase", check_vault_round_trip),
    ("interaction log: paged and filtered list, follow-ups, resource directory",
     check_interaction_log),
    ("schedule .ics round trip; survey response stored and read back",
     check_schedule_and_survey),
    ("export: anonymised bundle to .zip and .zip.age, manifest verified", check_export_bundle),
    ("merge: a supporter's bundle merged once; report as CSV, HTML and PDF",
     check_merge_and_report),
    ("French: compiled translation, French resource directory and survey", check_french),
]


def run_self_test(report: Callable[[str, bool, str], None]) -> bool:
    """Run every check in a temporary folder; `report(name, passed, detail)` for each."""
    all_passed = True
    for name, check in CHECKS:
        with tempfile.TemporaryDirectory(prefix="sbs-self-test-") as folder:
            try:
                check(Path(folder))
            except Exception as error:
                all_passed = False
                report(name, False, f"{type(error).__name__}: {error}")
            else:
                report(name, True, "")
    return all_passed
