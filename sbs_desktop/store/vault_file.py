"""The vault's file on disk: temporary sibling names, durable renames and what a crash leaves."""

from __future__ import annotations

import contextlib
import enum
import math
import os
import secrets
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sbs_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    NotAVault,
    SbsError,
    VaultDamagedOrWrongPassphrase,
    VaultInUse,
)

if TYPE_CHECKING:
    from filelock import FileLock

PAGE_SIZE = 4096  # SQLCipher 4's default page size
SQLITE_HEADER = b"SQLite format 3\x00"
# Encrypted pages look random (close to 8 bits of entropy per byte); text, images
# with headers and most other files fall far below this on their first page.
RANDOM_ENTROPY_FLOOR = 7.5

# Every file made under a temporary name ends so; a crash leaves only such names behind,
# which the next creation, backup or passphrase change of the same vault removes.
PARTIAL_SUFFIX = ".sbs-partial"
# The files SQLite keeps beside a database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


class VaultFileState(enum.Enum):
    MISSING = "missing"
    # Empty, or shorter than the first page: what a crash during creation by an
    # earlier version left. It cannot hold a single readable record.
    UNFINISHED = "unfinished"
    PRESENT = "present"


def companions(path: Path) -> list[Path]:
    """The journal and shared-memory files SQLite may keep beside `path`."""
    return [Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES]


def partial_sibling(path: Path, purpose: str) -> Path:
    """A fresh temporary name beside `path`, hidden, recognisably ours and unfinished."""
    return path.with_name(f".{path.name}.{purpose}-{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def make_private_file(path: Path) -> None:
    """An empty file readable by its owner only (SQLite gives its journals the same mode)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def remove(path: Path) -> None:
    """Delete `path`, its SQLite companions and its commit count, whichever exist."""
    for leftover in (path, *companions(path), Path(f"{path}.commits")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def remove_partials(path: Path) -> None:
    """Delete what an interrupted creation, backup or passphrase change of `path` left."""
    if not path.parent.is_dir():
        return
    for leftover in path.parent.glob(f".{path.name}.*{PARTIAL_SUFFIX}"):
        remove(leftover)


def sync_file(path: Path) -> None:
    """Make the file's content durable before it is renamed into place."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no handle on a folder for this)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def move_into_place(source: Path, target: Path) -> None:
    """Rename a complete file over `target` in one step, durably."""
    sync_file(source)
    os.replace(source, target)
    sync_folder(target.parent)


def file_state(path: Path) -> VaultFileState:
    """Whether a vault file is there, missing, or an unfinished leftover of a crash."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return VaultFileState.MISSING
    if path.is_dir():
        return VaultFileState.PRESENT  # not ours to judge; opening says it is a folder
    if size < PAGE_SIZE:
        return VaultFileState.UNFINISHED
    return VaultFileState.PRESENT


def dated_name(path: Path, label: str, when: datetime | None = None) -> Path:
    """`<stem>.<label>-<YYYYmmdd-HHMMSS><suffix>` beside `path`, never an existing name."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    number = 1
    while candidate.exists() or any(c.exists() for c in companions(candidate)):
        number += 1
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{number}{path.suffix}")
    return candidate


def set_aside(path: Path, label: str) -> Path:
    """Rename `path` and its companions to a dated name beside it; returns the new name.

    The journal moves with its database: left behind, it would be applied to
    whatever file is put at `path` next. The database moves first, so a crash in
    between leaves no vault at `path` (and `clear_companions` moves the orphans on
    the next try) rather than a vault without its journal.
    """
    aside = dated_name(path, label)
    os.replace(path, aside)
    clear_companions(path, aside)
    return aside


def clear_companions(path: Path, aside: Path) -> None:
    """Move any journal left at `path` beside `aside`, so none meets a new file at `path`."""
    for suffix in COMPANION_SUFFIXES:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{suffix}"))
    sync_folder(path.parent)


def _entropy(data: bytes) -> float:
    counts = Counter(data)
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


def check_is_vault_file(path: Path) -> None:
    """Raise NotAVault for what plainly is not one, before any passphrase is tried."""
    if not path.exists():
        raise NotAVault(path=str(path), reason=QT_TRANSLATE_NOOP(
            "Errors", "there is no file there"))
    if path.is_dir():
        raise NotAVault(path=str(path), reason=QT_TRANSLATE_NOOP("Errors", "it is a folder"))
    with path.open("rb") as file:
        head = file.read(PAGE_SIZE)
    if not head:
        raise NotAVault(path=str(path), reason=QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    if head.startswith(SQLITE_HEADER):
        raise NotAVault(path=str(path), reason=QT_TRANSLATE_NOOP(
            "Errors", "it is an unencrypted SQLite database"))


def why_locked_out(path: Path) -> SbsError:
    """What to say when the passphrase did not open the first page."""
    # SQLCipher authenticates every page, so a damaged first page cannot be told
    # from a wrong passphrase; everything else that is not a vault can.
    size = path.stat().st_size
    with path.open("rb") as file:
        head = file.read(PAGE_SIZE)
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return NotAVault(path=str(path), reason=QT_TRANSLATE_NOOP(
            "Errors", "its size is not a whole number of pages"))
    if _entropy(head) < RANDOM_ENTROPY_FLOOR:
        return NotAVault(path=str(path), reason=QT_TRANSLATE_NOOP(
            "Errors", "its contents are not encrypted"))
    return VaultDamagedOrWrongPassphrase(path=str(path))


def take_lock(path: Path) -> FileLock:
    """Hold `<vault>.lock`, or raise VaultInUse: one program at a time changes a vault."""
    # Imported here: filelock takes 20-30 ms to import, which start-up to the
    # unlock dialog does without (benchmarks/bench_startup.py).
    from filelock import FileLock, Timeout

    lock = FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise VaultInUse(path=str(path)) from None
    return lock
