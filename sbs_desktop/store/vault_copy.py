"""Consistent encrypted copies of a vault, and checking that a vault file is whole.

Backups and the passphrase change both write a complete copy under a temporary
name with `sqlcipher_export`, check it, and only then rename it into place.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from sbs_desktop.core.errors import (
    BackupDamaged,
    Cancelled,
    RecentChangesMissing,
    SbsError,
    VaultDamaged,
)
from sbs_desktop.core.progress import Progress
from sbs_desktop.store import commit_count, vault_file
from sbs_desktop.store.cipher import unlocked_connection

# SQLite calls the progress handler every this many virtual-machine steps: often
# enough for a Cancel to take effect within a few milliseconds.
PROGRESS_STEPS = 20_000


def table_counts(connection: Any) -> dict[str, int]:
    """Rows in each table of the connection's main database."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(connection.execute(
        'SELECT count(*) FROM main."{}"'.format(name.replace('"', '""'))).fetchone()[0])
        for name in names}


def export(connection: Any, target: Path, passphrase: str | None = None,
           progress: Progress | None = None, hold_writes: bool = False) -> dict[str, int]:
    """Copy the connection's vault, as one snapshot, into the new file `target`.

    With `passphrase` None the copy keeps the vault's key (no second key derivation);
    otherwise it is keyed with `passphrase`. `hold_writes` keeps every other
    connection from writing until the copy is complete. Returns the snapshot's row
    counts, for comparing with the copy's.
    """
    vault_file.make_private_file(target)
    if passphrase is None:
        connection.execute("ATTACH DATABASE ? AS copy", (str(target),))
    else:
        connection.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), passphrase))
    try:
        # The copy is checked and renamed only once complete, so a journal of its
        # own would protect nothing; the whole file is made durable at the end.
        connection.execute("PRAGMA copy.journal_mode = OFF").fetchall()
        connection.execute("PRAGMA copy.synchronous = OFF")
        # int(): SQLCipher answers page_size as text.
        pages, page_size = (int(connection.execute(f"PRAGMA main.{name}").fetchone()[0])
                            for name in ("page_count", "page_size"))
        total = max(1, pages * page_size)

        def report() -> int:
            try:
                if progress is not None:
                    progress.report(min(target.stat().st_size, total), total)
            except Cancelled:
                return 1  # makes SQLite stop the export with "interrupted"
            return 0

        connection.execute("BEGIN IMMEDIATE" if hold_writes else "BEGIN")
        try:
            counts = table_counts(connection)  # also fixes the snapshot the export reads
            version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
            connection.set_progress_handler(report, PROGRESS_STEPS)
            try:
                connection.execute("SELECT sqlcipher_export('copy')").fetchall()
            finally:
                connection.set_progress_handler(None, 0)
            connection.execute(f"PRAGMA copy.user_version = {version}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if progress is not None and progress.cancelled:
                raise Cancelled() from None
            raise
    finally:
        connection.execute("DETACH DATABASE copy")
    if progress is not None:
        progress.report(total, total)
    vault_file.sync_file(target)
    return counts


def check(path: Path, passphrase: str) -> tuple[list[SbsError], dict[str, int]]:
    """Open `path` with `passphrase` and check every page and table.

    Returns what is wrong (empty when the file is whole) and the rows in each table.
    Every page's authentication code is checked, so a changed byte anywhere, a page
    missing or the file cut short is found.
    """
    try:
        vault_file.check_is_vault_file(path)
        connection = unlocked_connection(path, passphrase)
    except SbsError as error:
        return [error], {}
    if connection is None:
        return [vault_file.why_locked_out(path)], {}
    problems: list[SbsError] = []
    counts: dict[str, int] = {}
    try:
        failures = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        if failures:
            problems.append(VaultDamaged(
                path=str(path), reason=f"{len(failures)} pages fail their checksum"))
        else:
            counts = table_counts(connection)
            vault_id = connection.execute(
                "SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
            expected = commit_count.recorded(path, str(vault_id[0])) if vault_id else None
            found = commit_count.count_in_vault(connection)
            if expected is not None and expected > found:
                problems.append(RecentChangesMissing(path=str(path), missing=expected - found))
    except sqlcipher3.DatabaseError as error:
        problems.append(VaultDamaged(path=str(path), reason=str(error)))
    finally:
        connection.close()
    return problems, counts


def restore(copy: Path, path: Path, passphrase: str) -> Path | None:
    """Put a checked copy of `copy` at `path`; the file that was there is kept aside.

    Returns the name the earlier file now has (None if there was none). At every
    moment `path` holds the earlier vault or the restored one: the earlier file is
    first linked (or copied) to its dated name, then the checked copy is renamed
    over it in one step.
    """
    lock = vault_file.take_lock(path)
    partial = vault_file.partial_sibling(path, "restoring")
    try:
        vault_file.remove_partials(path)
        vault_file.make_private_file(partial)
        shutil.copyfile(copy, partial)
        problems, _ = check(partial, passphrase)
        if problems:
            raise BackupDamaged(path=str(copy), reason=problems[0].message)
        aside = None
        if path.exists():
            _merge_journal(path, passphrase)
            aside = vault_file.dated_name(path, "before-restore")
            try:
                os.link(path, aside)
            except OSError:  # no hard links (FAT on a USB stick): a copy does the same
                shutil.copyfile(path, aside)
                vault_file.sync_file(aside)
        vault_file.clear_companions(path, aside or vault_file.dated_name(path, "orphaned"))
        commit_count.forget(path)
        vault_file.move_into_place(partial, path)
        return aside
    except BaseException:
        vault_file.remove(partial)
        raise
    finally:
        lock.release()


def _merge_journal(path: Path, passphrase: str) -> None:
    """Let SQLite copy a journal left by a crash into its file, if the file opens."""
    if not vault_file.companions(path)[0].exists():
        return
    with contextlib.suppress(SbsError, sqlcipher3.Error):
        connection = unlocked_connection(path, passphrase)
        if connection is not None:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
