"""Retention clears exactly what its preview counts, leaves the statistics, and the
cleared text is gone from the vault file itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from records_data import (
    CANARY_ACTION,
    CANARY_NOTE,
    OLD_NAME,
    OLD_REACH,
    RECENT_NAME,
    RECENT_NOTE,
    fill_records,
)
from vault_pages import decrypted_pages

from sbs_desktop.app.audit import find_events
from sbs_desktop.app.backups import back_up
from sbs_desktop.app.contacts import list_contacts
from sbs_desktop.app.export import export_bundle
from sbs_desktop.app.interactions import InteractionFilter, find_interaction_ids, interaction_rows
from sbs_desktop.app.merge import Outcome, merge_bundles
from sbs_desktop.app.report import dashboard_data
from sbs_desktop.app.retention import (
    apply_retention,
    preview_retention,
    retention_months,
    set_retention_months,
)
from sbs_desktop.app.vaults import create_vault, unlock_vault
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import InvalidRetention
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.retention import months_before
from sbs_desktop.core.vocabulary import Role

CANARIES = (CANARY_NOTE, CANARY_ACTION, OLD_NAME, OLD_REACH, "Brackenridge")


def _interactions(vault):
    return {row.interaction.id: row.interaction
            for row in interaction_rows(vault, find_interaction_ids(vault, InteractionFilter()))}


def _plaintext_copy(vault, folder) -> bytes:
    """The vault's whole logical content in an unencrypted database (sqlcipher_export)."""
    target = folder / "plain.db"
    vault.query(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    vault.query("SELECT sqlcipher_export('plaintext')")
    vault.query("DETACH DATABASE plaintext")
    return target.read_bytes()


def test_the_preview_counts_exactly_what_is_cleared(supporter_vault):
    records = fill_records(supporter_vault)
    before = _interactions(supporter_vault)
    preview = preview_retention(supporter_vault, 12, records.today)
    # Two old interactions have text (the third has none); one contact was seen only
    # long ago; fields: note + action, a note, the old contact's name and reach.
    assert (preview.interactions, preview.contacts, preview.fields) == (2, 1, 5)
    assert preview.cutoff == months_before(records.today, 12)

    cleared = apply_retention(supporter_vault, 12, records.today)
    assert cleared == preview
    after = _interactions(supporter_vault)
    for interaction_id, old in before.items():
        expected = old
        if interaction_id in records.old_ids:
            expected = replace(old, notes="", action_taken="")
        assert after[interaction_id] == expected  # statistics and the contact link stay
    assert after[records.recent_ids[0]].notes == RECENT_NOTE
    assert [c.name for c in list_contacts(supporter_vault)] == [RECENT_NAME]
    again = preview_retention(supporter_vault, 12, records.today)
    assert (again.interactions, again.contacts, again.fields) == (0, 0, 0)


def test_cleared_text_is_gone_from_the_decrypted_file(supporter_vault, passphrase, tmp_path):
    records = fill_records(supporter_vault)
    path = supporter_vault.path
    supporter_vault.close()
    assert CANARY_NOTE.encode() in decrypted_pages(path, passphrase)  # the probe sees text

    with unlock_vault(path, passphrase) as vault:
        apply_retention(vault, 12, records.today)
        plain = _plaintext_copy(vault, tmp_path)
    pages = decrypted_pages(path, passphrase)
    for canary in CANARIES:
        assert canary.encode() not in pages, f"{canary!r} is still in the vault file"
        assert canary.encode() not in plain
    assert RECENT_NOTE.encode() in pages
    assert not any(p.name.endswith("-wal") and p.stat().st_size for p in path.parent.iterdir())


def test_a_backup_made_after_retention_holds_no_cleared_text(supporter_vault, passphrase,
                                                             tmp_path):
    records = fill_records(supporter_vault)
    before = back_up(supporter_vault, tmp_path / "backups")
    apply_retention(supporter_vault, 12, records.today)
    after = back_up(supporter_vault, tmp_path / "backups")
    assert CANARY_NOTE.encode() in decrypted_pages(before.path, passphrase)
    pages = decrypted_pages(after.path, passphrase)
    for canary in CANARIES:
        assert canary.encode() not in pages, f"{canary!r} is in the later backup"
    assert RECENT_NOTE.encode() in pages


def test_exports_and_the_report_count_the_same_after_retention(supporter_vault, tmp_path,
                                                               passphrase):
    records = fill_records(supporter_vault)
    before = export_bundle(supporter_vault, tmp_path / "before", today=records.today)
    apply_retention(supporter_vault, 12, records.today)
    after = export_bundle(supporter_vault, tmp_path / "after", today=records.today)
    assert (before.path / "interactions.csv").read_bytes() == \
        (after.path / "interactions.csv").read_bytes()

    tables = []
    for name, bundle in (("a", before.path), ("b", after.path)):
        with create_vault(tmp_path / f"{name}.sbsvault", passphrase, Role.COORDINATOR) as hub:
            report = merge_bundles(hub, [bundle], Progress())
            assert report.outcomes[0].outcome is Outcome.IMPORTED
            tables.append(dashboard_data(hub).tables)
    assert tables[0].keys() == tables[1].keys()
    for name in tables[0]:
        assert tables[0][name].equals(tables[1][name]), name


def test_the_setting_applies_when_the_vault_is_opened(supporter_vault, passphrase):
    fill_records(supporter_vault)
    assert retention_months(supporter_vault) == 0
    set_retention_months(supporter_vault, 12)
    path = supporter_vault.path
    supporter_vault.close()
    with unlock_vault(path, passphrase) as vault:
        assert retention_months(vault) == 12
        notes = {i.notes for i in _interactions(vault).values()}
        assert CANARY_NOTE not in notes and RECENT_NOTE in notes
        kinds = [e.kind for e in find_events(vault)]
        assert kinds[:2] == [EventKind.RETENTION_RUN, EventKind.SETTINGS_CHANGED]
        assert find_events(vault)[0].detail["on_open"] is True
    with unlock_vault(path, passphrase) as vault:
        # Nothing left to clear: opening again records nothing more.
        assert [e.kind for e in find_events(vault)][:1] == [EventKind.RETENTION_RUN]
        assert len(find_events(vault)) == len(kinds)


@pytest.mark.parametrize("months", [-1, 601])
def test_a_period_out_of_range_is_refused(supporter_vault, months):
    with pytest.raises(InvalidRetention):
        preview_retention(supporter_vault, months)
    with pytest.raises(InvalidRetention):
        set_retention_months(supporter_vault, months)
