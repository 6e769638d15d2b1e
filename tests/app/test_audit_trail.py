"""The audit trail records each kind of change, with field names and never values, and
nothing can change or remove an event once written."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from bundle_factory import bundle_files, supporter_pseudonym, write_folder
from bundle_files import files_of
from records_data import CANARY_ACTION, CANARY_NOTE, OLD_NAME, OLD_REACH, fill_records

from sbs_desktop.app.audit import AuditFilter, count_events, find_events
from sbs_desktop.app.contacts import (
    add_classmate,
    change_classmate,
    list_contacts,
    remove_classmate,
)
from sbs_desktop.app.export import export_bundle
from sbs_desktop.app.interactions import (
    change_interaction,
    mark_follow_up_done,
    remove_interaction,
    undo_remove,
)
from sbs_desktop.app.keys import set_coordinator_recipient
from sbs_desktop.app.merge import merge_bundles
from sbs_desktop.app.retention import apply_retention, set_retention_months
from sbs_desktop.app.survey import (
    correct_response,
    current_instrument,
    record_response,
    remove_response,
    undo_remove_response,
)
from sbs_desktop.app.survey_import import check_survey_file, import_survey_file, survey_template
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.progress import Progress
from sbs_desktop.exchange.encryption import generate_identity

EDITED_NOTE = "CANARY-EDITED-the second disclosure"
SECRETS = (CANARY_NOTE, CANARY_ACTION, EDITED_NOTE, OLD_NAME, OLD_REACH, "Ysolde",
           "Quillfeather", "Brackenridge")


def _raw_trail(vault) -> bytes:
    rows = vault.query("SELECT * FROM audit_events")
    return json.dumps([list(r) for r in rows]).encode()


def _supporter_history(vault, tmp_path: Path) -> str:
    """One of every supporter change, typed with canary text where a person types;
    returns the identity of the coordinator key the exports are encrypted to."""
    records = fill_records(vault)
    first = records.old_ids[0]
    interaction = next(i for i in [_get(vault, first)])
    change_interaction(vault, replace(interaction, notes=EDITED_NOTE, duration_minutes=50))
    mark_follow_up_done(vault, first)  # no follow-up set: marked done all the same
    removed = remove_interaction(vault, records.old_ids[2])
    undo_remove(vault, removed)
    contact = next(c for c in list_contacts(vault) if c.name == OLD_NAME)
    change_classmate(vault, replace(contact, reach=OLD_REACH + " (new)"))
    remove_classmate(vault, add_classmate(vault, Contact("Spare Classmate")).id)
    instrument = current_instrument(vault)
    response = record_response(vault, instrument, [("year_of_study", "2")])
    correct_response(vault, response.id, [("year_of_study", "3")], date.today())
    undo_remove_response(vault, remove_response(vault, response.id))
    csv_file = tmp_path / "SURVEYFILE-spring.csv"
    csv_file.write_text(survey_template(instrument), encoding="utf-8")
    import_survey_file(vault, check_survey_file(vault, csv_file))
    identity, recipient = generate_identity()
    set_coordinator_recipient(vault, recipient)
    set_retention_months(vault, 24)
    apply_retention(vault, 12)
    (tmp_path / "EXPORTFOLDER").mkdir()
    export_bundle(vault, tmp_path / "EXPORTFOLDER" / "bundle")
    return identity


def _get(vault, interaction_id):
    from sbs_desktop.app.interactions import interaction_rows

    return interaction_rows(vault, [interaction_id])[0].interaction


def test_every_supporter_change_is_recorded_with_names_never_values(supporter_vault, tmp_path):
    _supporter_history(supporter_vault, tmp_path)
    events = list(reversed(find_events(supporter_vault)))  # oldest first
    kinds = [e.kind for e in events]
    assert set(kinds) >= {
        EventKind.INTERACTION_ADDED, EventKind.INTERACTION_CHANGED,
        EventKind.INTERACTION_DELETED, EventKind.INTERACTION_RESTORED,
        EventKind.CONTACT_ADDED, EventKind.CONTACT_CHANGED, EventKind.CONTACT_DELETED,
        EventKind.SURVEY_RESPONSE_ADDED, EventKind.SURVEY_RESPONSE_CHANGED,
        EventKind.SURVEY_RESPONSE_DELETED, EventKind.SURVEY_RESPONSE_RESTORED,
        EventKind.SURVEY_IMPORT, EventKind.SETTINGS_CHANGED, EventKind.RETENTION_RUN,
        EventKind.EXPORT}
    changed = [e for e in events if e.kind is EventKind.INTERACTION_CHANGED]
    assert [e.fields for e in changed] == [("duration_minutes", "notes"), ("follow_up_done",)]
    assert next(e for e in events if e.kind is EventKind.CONTACT_CHANGED).fields == ("reach",)
    assert next(e for e in events
                if e.kind is EventKind.SURVEY_RESPONSE_CHANGED).fields == ("year_of_study",)
    survey_import = next(e for e in events if e.kind is EventKind.SURVEY_IMPORT)
    assert survey_import.detail == {"file": "SURVEYFILE-spring.csv", "added": 1, "skipped": 0}
    export = next(e for e in events if e.kind is EventKind.EXPORT)
    assert export.detail == {"sequence": 1, "folder": "EXPORTFOLDER"}
    raw = _raw_trail(supporter_vault)
    for secret in SECRETS:
        assert secret.encode() not in raw, f"{secret!r} is in the audit trail"
    assert str(tmp_path).encode() not in raw  # folder names only, never a path


def test_the_audit_trail_is_never_exported(supporter_vault, tmp_path):
    identity = _supporter_history(supporter_vault, tmp_path)
    result = export_bundle(supporter_vault, tmp_path / "again", form="zip")
    everything = b"".join(files_of(result.path, identity).values())
    for marker in (b"SURVEYFILE", b"EXPORTFOLDER", b"survey_import", b"interaction_added"):
        assert marker not in everything
    source = Path(__file__).parents[2] / "sbs_desktop"
    for module in [*source.glob("exchange/*.py"), source / "app/export.py",
                   source / "store/exports.py"]:
        # The export records that it happened; it never reads the trail.
        text = module.read_text(encoding="utf-8")
        assert "audit_events" not in text and "find_events" not in text, module


def test_each_merged_bundle_is_recorded_with_its_outcome(coordinator_vault, tmp_path):
    bundle = write_folder(tmp_path / "BUNDLE-one", bundle_files(supporter_pseudonym(1), 5))
    broken = tmp_path / "not-a-bundle"
    broken.mkdir()
    (broken / "manifest.json").write_text("{}", encoding="utf-8")
    merge_bundles(coordinator_vault, [bundle, bundle, broken], Progress())
    merges = list(reversed(find_events(coordinator_vault, AuditFilter(
        kinds=frozenset({EventKind.MERGE})))))
    assert [(e.detail["bundle"], e.detail["outcome"]) for e in merges] == [
        ("BUNDLE-one", "imported"), ("BUNDLE-one", "already_imported"),
        ("not-a-bundle", "refused")]
    assert merges[0].record_id is not None and merges[2].record_id is None


@pytest.mark.parametrize("statement", [
    "UPDATE audit_events SET fields = 'tampered'",
    "DELETE FROM audit_events",
])
def test_events_cannot_be_changed_or_removed(supporter_vault, statement):
    fill_records(supporter_vault)
    before = _raw_trail(supporter_vault)
    with pytest.raises(SbsError, match="append-only"), supporter_vault.transaction() as sql:
        sql.execute(statement)
    assert _raw_trail(supporter_vault) == before


def test_the_trail_filters_by_kind_and_time(supporter_vault):
    fill_records(supporter_vault)
    added = AuditFilter(kinds=frozenset({EventKind.CONTACT_ADDED}))
    assert count_events(supporter_vault, added) == 2
    newest = find_events(supporter_vault, limit=1)[0]
    later = AuditFilter(since=newest.occurred_at + timedelta(seconds=1))
    assert count_events(supporter_vault, later) == 0
    assert count_events(supporter_vault) == len(find_events(supporter_vault, offset=0)) == 6
    assert [e.id for e in find_events(supporter_vault, offset=2, limit=2)] == \
        [e.id for e in find_events(supporter_vault)[2:4]]


def test_backup_passphrase_change_and_restore_are_recorded(supporter_vault, passphrase,
                                                            tmp_path):
    from sbs_desktop.app.backups import back_up, restore_backup
    from sbs_desktop.app.vaults import change_passphrase, unlock_vault

    fill_records(supporter_vault)
    backup = back_up(supporter_vault, tmp_path / "backups")
    new_passphrase = "quartz meadow lantern violin seventeen"
    change_passphrase(supporter_vault, passphrase, new_passphrase)
    kinds = [e.kind for e in find_events(supporter_vault, limit=2)]
    assert kinds == [EventKind.PASSPHRASE_CHANGED, EventKind.BACKUP]
    assert find_events(supporter_vault, limit=2)[1].detail == {"file": backup.path.name}
    path = supporter_vault.path
    supporter_vault.close()
    restore_backup(backup.path, path, passphrase)
    with unlock_vault(path, passphrase) as restored:
        newest = find_events(restored, limit=1)[0]
        assert (newest.kind, newest.detail) == (EventKind.RESTORE, {"backup": backup.path.name})
