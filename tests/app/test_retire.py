"""Retiring a vault: the final export merges at the coordinator, and neither the vault
nor its backups open afterwards."""

from __future__ import annotations

import shutil

import pytest
from records_data import CANARY_NOTE, fill_records

from sbs_desktop.app.backups import BackupPolicy, back_up, set_backup_policy
from sbs_desktop.app.merge import Outcome, merge_bundles
from sbs_desktop.app.retire import overwrite_start, retire_plan, retire_vault
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.core.errors import NotAVault, SbsError, WrongPassphrase
from sbs_desktop.core.progress import Progress


def test_after_retiring_nothing_the_program_made_opens(supporter_vault, coordinator_vault,
                                                       passphrase, tmp_path):
    fill_records(supporter_vault)
    folder = tmp_path / "backups"
    set_backup_policy(supporter_vault, BackupPolicy(folder, generations=3))
    backups = [back_up(supporter_vault).path]
    shutil.copy(supporter_vault.path, tmp_path / "copied-by-hand.sbsvault")  # out of reach
    path = supporter_vault.path
    plan = retire_plan(supporter_vault)
    assert plan.backups == tuple(backups)
    handed_over = tmp_path / "for-coordinator"
    handed_over.mkdir()

    result = retire_vault(supporter_vault, handed_over, Progress())

    assert not supporter_vault.is_open
    assert set(result.destroyed) >= {path, *backups}
    for gone in (path, *backups):
        assert not gone.exists()
        with pytest.raises(NotAVault):
            unlock_vault(gone, passphrase)
    assert result.export.path.parent == handed_over
    report = merge_bundles(coordinator_vault, [result.export.path], Progress())
    assert [o.outcome for o in report.outcomes] == [Outcome.IMPORTED]
    assert report.outcomes[0].bundle.interaction_rows == 4
    # A copy the program did not make is untouched: the person is told to delete it.
    unlock_vault(tmp_path / "copied-by-hand.sbsvault", passphrase).close()


def test_an_overwritten_start_leaves_a_file_no_passphrase_opens(supporter_vault, passphrase,
                                                                tmp_path):
    fill_records(supporter_vault)
    supporter_vault.close()
    kept = tmp_path / "kept.sbsvault"
    shutil.copy(supporter_vault.path, kept)
    size = kept.stat().st_size
    overwrite_start(kept)
    assert kept.stat().st_size == size
    with pytest.raises((WrongPassphrase, NotAVault)):
        unlock_vault(kept, passphrase).close()
    assert CANARY_NOTE.encode() not in kept.read_bytes()


def test_nothing_is_destroyed_when_the_export_fails(supporter_vault, tmp_path, passphrase):
    fill_records(supporter_vault)
    path = supporter_vault.path
    with pytest.raises(SbsError):
        retire_vault(supporter_vault, tmp_path / "no-such-folder" / "deeper", Progress())
    supporter_vault.close()
    unlock_vault(path, passphrase).close()
