"""Encrypted backups of a vault: made from a snapshot, verified, kept in generations, restored.

A backup is a vault file encrypted with the same passphrase, named
`<vault stem>.<YYYYmmdd-HHMMSS>.sbsbackup`, and reveals nothing without the passphrase.
It is written under a temporary name, verified, and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sbs_desktop.app.audit import changed_fields, record_event
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BackupFailed, NoBackupFolder, SbsError
from sbs_desktop.core.progress import Progress
from sbs_desktop.store import vault_copy, vault_file
from sbs_desktop.store.cipher import normalise_passphrase
from sbs_desktop.store.vault import Vault

BACKUP_SUFFIX = ".sbsbackup"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
DEFAULT_GENERATIONS = 10
# Older than this, or never made, and the program warns.
STALE_AFTER = timedelta(days=7)

FOLDER_KEY = "backup_folder"
GENERATIONS_KEY = "backup_generations"
LAST_GOOD_KEY = "last_good_backup"


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path | None
    generations: int = DEFAULT_GENERATIONS


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    # Rows in the interactions table; None for a backup found but not opened (the
    # count is inside the encrypted file, never in its name).
    interactions: int | None


@dataclass(frozen=True)
class VaultCheck:
    ok: bool
    problems: tuple[str, ...]  # the messages of `errors`, in English
    counts: dict[str, int]  # rows in each table
    errors: tuple[SbsError, ...] = field(default=())  # for the UI to translate


def backup_policy(vault: Vault) -> BackupPolicy:
    """Where this vault's backups go and how many are kept (stored in the vault)."""
    folder = vault.meta(FOLDER_KEY)
    generations = vault.meta(GENERATIONS_KEY)
    return BackupPolicy(Path(folder) if folder else None,
                        int(generations) if generations else DEFAULT_GENERATIONS)


def set_backup_policy(vault: Vault, policy: BackupPolicy) -> None:
    changed = changed_fields(backup_policy(vault), policy, leave_out=())
    with vault.transaction():
        if changed:
            record_event(vault, EventKind.SETTINGS_CHANGED, fields=changed)
        vault.set_meta(FOLDER_KEY, str(policy.folder) if policy.folder else "")
        vault.set_meta(GENERATIONS_KEY, max(1, int(policy.generations)))


def last_good_backup(vault: Vault) -> datetime | None:
    """When the last backup that verified was made, if ever."""
    value = vault.meta(LAST_GOOD_KEY)
    return datetime.fromisoformat(value) if value else None


def backup_due(vault: Vault, now: datetime) -> bool:
    """True when a folder is set and no good backup was made today (backups run on
    close, at most once a day)."""
    if backup_policy(vault).folder is None:
        return False
    last = last_good_backup(vault)
    return last is None or last.date() != now.date()


def backup_is_stale(vault: Vault, now: datetime) -> bool:
    """True when no backup folder is set, or the last good backup is over a week old."""
    last = last_good_backup(vault)
    return backup_policy(vault).folder is None or last is None or now - last > STALE_AFTER


def backup_name(vault_path: Path, made_at: datetime) -> str:
    return f"{vault_path.stem}.{made_at.strftime(STAMP_FORMAT)}{BACKUP_SUFFIX}"


def _name_pattern(vault_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(vault_path.stem) + r"\.(\d{8}-\d{6})" + re.escape(BACKUP_SUFFIX))


def find_backups(folder: Path, vault_path: Path) -> list[Backup]:
    """The backups of `vault_path` in `folder`, newest first, found by their names."""
    pattern = _name_pattern(vault_path)
    found = []
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            match = pattern.fullmatch(entry.name)
            if match and entry.is_file():
                with contextlib.suppress(ValueError):
                    found.append(Backup(entry, datetime.strptime(match[1], STAMP_FORMAT), None))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def verify_vault(path: Path, passphrase: str) -> VaultCheck:
    """Open the vault or backup at `path` and check every page and table."""
    errors, counts = vault_copy.check(Path(path), normalise_passphrase(passphrase))
    return VaultCheck(not errors, tuple(e.message for e in errors), counts, tuple(errors))


def newest_good_backup(folder: Path, vault_path: Path, passphrase: str) -> Backup | None:
    """The newest backup of `vault_path` in `folder` that verifies, with its row count."""
    for backup in find_backups(folder, vault_path):
        check = verify_vault(backup.path, passphrase)
        if check.ok:
            return Backup(backup.path, backup.made_at, check.counts.get("interactions", 0))
    return None


def back_up(vault: Vault, folder: Path | None = None,
            progress: Progress | None = None) -> Backup:
    """Make a verified backup of `vault` in `folder` (default: the vault's backup folder).

    The copy is read from one snapshot through a connection of its own while the
    program keeps working, written under a temporary name, opened with the
    passphrase, checked page by page and table by table against the snapshot, and
    only then renamed into place. Older backups beyond the policy's generations are
    then deleted, and the time is recorded in the vault as the last good backup.
    """
    policy = backup_policy(vault)
    folder = Path(folder) if folder is not None else policy.folder
    if folder is None:
        raise NoBackupFolder(path=str(vault.path))
    made_at = datetime.now().replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in folder.glob(f".{vault.path.stem}.*{vault_file.PARTIAL_SUFFIX}"):
            vault_file.remove(leftover)
        # Names order the generations, so a backup's name must be newer than every other:
        # made within the same second as the last one, it takes the next second, and a
        # later backup never gets an older name than an earlier one (pruning would take
        # it for the oldest and delete it).
        newest = find_backups(folder, vault.path)
        if newest and newest[0].made_at >= made_at:
            made_at = newest[0].made_at + timedelta(seconds=1)
        target = folder / backup_name(vault.path, made_at)
        partial = vault_file.partial_sibling(target, "backup")
        counts = vault.snapshot_to(partial, progress)
        try:
            errors, copied = vault.check_copy(partial)
            if errors or copied != counts:
                reason = errors[0].message if errors else "its rows differ from the vault's"
                raise BackupFailed(path=str(target), reason=reason)
            if target.exists():  # made meanwhile by another program: never overwritten
                raise BackupFailed(path=str(target), reason=QT_TRANSLATE_NOOP(
                    "Errors", "a file of that name appeared"))
            vault_file.move_into_place(partial, target)
        finally:
            vault_file.remove(partial)
    except OSError as error:
        raise BackupFailed(path=str(folder), reason=error.strerror or str(error)) from None
    with vault.transaction():
        vault.set_meta(LAST_GOOD_KEY, made_at.isoformat())
        record_event(vault, EventKind.BACKUP, detail={"file": target.name})
    _prune(folder, vault.path, policy.generations)
    return Backup(target, made_at, counts.get("interactions", 0))


def _prune(folder: Path, vault_path: Path, generations: int) -> None:
    """Delete this vault's backups beyond the newest `generations`."""
    for old in find_backups(folder, vault_path)[max(1, generations):]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def restore_backup(backup_path: Path, vault_path: Path, passphrase: str) -> Path | None:
    """Put a verified backup at `vault_path`, keeping the file that was there aside.

    The current file is never overwritten: it is kept under a dated name
    (`<stem>.before-restore-<YYYYmmdd-HHMMSS><suffix>`), which is returned (None when
    there was no file). Raises BackupDamaged, leaving everything as it was, when the
    backup does not verify with `passphrase`; VaultInUse when the vault is open.
    """
    kept = vault_copy.restore(Path(backup_path), Path(vault_path),
                              normalise_passphrase(passphrase))
    # Recorded in the restored vault, the one the person goes on with; opening it
    # again costs one more key derivation, once per restore.
    with Vault.open(Path(vault_path), passphrase) as restored:
        record_event(restored, EventKind.RESTORE, detail={"backup": Path(backup_path).name})
    return kept
