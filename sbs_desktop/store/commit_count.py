"""The commit counter, kept in the vault and beside it, that finds commits a damaged journal lost.

A committed transaction may sit in the `-wal` file until SQLite copies it into the
vault. If that file is deleted or damaged, SQLite opens the vault without those
commits and says nothing. Each transaction therefore adds one to a counter inside
the vault and, once committed, writes the new count to `<vault>.commits`; a vault
whose own count is lower than the one beside it has lost commits.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

COUNTER_KEY = "commit_count"
SUFFIX = ".commits"


def counter_path(path: Path) -> Path:
    return Path(f"{path}{SUFFIX}")


def count_commit(connection: Any) -> int:
    """Inside a transaction: add this commit to the vault's count; returns the new count."""
    row = connection.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, 1) "
        "ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value",
        (COUNTER_KEY,),
    ).fetchone()
    return int(row[0])


def count_in_vault(connection: Any) -> int:
    row = connection.execute(
        "SELECT value FROM vault_meta WHERE key = ?", (COUNTER_KEY,)).fetchone()
    return 0 if row is None else int(row[0])


def record(path: Path, vault_id: str, count: int) -> None:
    """Write the count beside the vault, durably; it holds no user data, only a number."""
    descriptor = os.open(counter_path(path),
                         os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                         0o600)
    try:
        os.write(descriptor, f"{vault_id} {count}\n".encode("ascii"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def recorded(path: Path, vault_id: str) -> int | None:
    """The count kept beside the vault, or None when there is none for this vault.

    A missing, unreadable or torn file, or one written for another vault that was
    put at this path, tells nothing and is not held against the vault.
    """
    try:
        text = counter_path(path).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    parts = text.split()
    if len(parts) != 2 or parts[0] != vault_id or not parts[1].isdigit():
        return None
    return int(parts[1])


def forget(path: Path) -> None:
    """Drop the count beside the vault (a restored or replaced file starts afresh)."""
    with contextlib.suppress(FileNotFoundError):
        counter_path(path).unlink()
