"""Retiring a vault: a final export for the coordinator, then the vault and the backups
the program made are destroyed.

Each file's first pages are overwritten before it is deleted. They hold the salt the
key is derived from, so afterwards no passphrase opens what is left of the file, even
where the disk keeps the old blocks (an SSD, a snapshot). Copies the program never made
(a synced folder's history, a file copied by hand) are out of its reach; the UI and
the command say so.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sbs_desktop.app.backups import backup_policy, find_backups
from sbs_desktop.app.export import ExportResult, export_bundle
from sbs_desktop.core.errors import StorageFailed
from sbs_desktop.core.progress import Progress
from sbs_desktop.store.vault import PAGE_SIZE, Vault
from sbs_desktop.store.vault_file import PARTIAL_SUFFIX, sync_folder

# 16 pages: the salt is in the first 16 bytes; the rest of the first pages holds the
# schema, which is overwritten too so that nothing of the file's layout remains.
OVERWRITTEN_BYTES = 16 * PAGE_SIZE


@dataclass(frozen=True)
class RetirePlan:
    """What retiring would destroy: the vault with what the program keeps beside it,
    and the backups it made in the vault's backup folder."""

    vault: Path
    vault_files: tuple[Path, ...]
    backups: tuple[Path, ...]

    @property
    def files(self) -> tuple[Path, ...]:
        return self.vault_files + self.backups


@dataclass(frozen=True)
class RetireResult:
    export: ExportResult
    plan: RetirePlan
    destroyed: tuple[Path, ...]


# Files the program keeps beside a vault: its journal, lock and commit counter.
COMPANIONS = ("-wal", "-shm", "-journal", ".lock", ".commits")


def _set_aside_copies(vault_path: Path) -> list[Path]:
    """Copies the program set aside beside the vault (before a restore, an unfinished
    creation) and partial copies a crash left: `<stem>.<label>-<YYYYmmdd-HHMMSS>...`."""
    dated = re.compile(re.escape(vault_path.stem) + r"\.[a-z]+(?:-[a-z]+)*-\d{8}-\d{6}(?:-\d+)?"
                       + re.escape(vault_path.suffix))
    found = [p for p in vault_path.parent.iterdir() if dated.fullmatch(p.name)]
    found += vault_path.parent.glob(f".{vault_path.name}.*{PARTIAL_SUFFIX}")
    return sorted(found)


def retire_plan(vault: Vault) -> RetirePlan:
    """The vault's files, the copies set aside beside it, and its backups."""
    path = Path(vault.path)
    files = tuple(Path(f"{copy}{suffix}") for copy in (path, *_set_aside_copies(path))
                  for suffix in ("", *COMPANIONS))
    folder = backup_policy(vault).folder
    backups = () if folder is None else tuple(b.path for b in find_backups(folder, path))
    return RetirePlan(path, files, backups)


def final_export(vault: Vault, folder: Path, progress: Progress | None = None,
                 today: date | None = None) -> ExportResult:
    """The last bundle for the coordinator, written into `folder` as a zip (encrypted to
    the coordinator's key when the vault holds one)."""
    day = (today or date.today()).isoformat()
    return export_bundle(vault, Path(folder) / f"side-by-side-final-{day}", form="zip",
                         progress=progress)


def overwrite_start(path: Path) -> None:
    """Overwrite the first pages of a file with random bytes and force them to disk."""
    with path.open("r+b") as file:
        size = file.seek(0, os.SEEK_END)
        file.seek(0)
        file.write(os.urandom(min(size, OVERWRITTEN_BYTES)))
        file.flush()
        os.fsync(file.fileno())


def destroy(plan: RetirePlan) -> tuple[Path, ...]:
    """Overwrite and delete every file of the plan that exists; the vault must be closed."""
    destroyed = []
    for path in plan.files:
        if not path.exists():
            continue
        try:
            overwrite_start(path)
            path.unlink()
        except OSError as error:
            raise StorageFailed(path=str(path), reason=error.strerror or str(error)) from None
        destroyed.append(path)
    for folder in {p.parent for p in destroyed}:
        # The deletions reach the disk too, where the system allows; the files are gone
        # either way, so a folder that cannot be synced is no reason to stop.
        with contextlib.suppress(OSError):
            sync_folder(folder)
    return tuple(destroyed)


def retire_vault(vault: Vault, export_to: Path, progress: Progress | None = None,
                 today: date | None = None) -> RetireResult:
    """Export, close the vault, destroy it and its backups. Nothing is destroyed unless
    the final export was written."""
    result = final_export(vault, export_to, progress, today)
    plan = retire_plan(vault)
    vault.close()
    return RetireResult(result, plan, destroy(plan))
