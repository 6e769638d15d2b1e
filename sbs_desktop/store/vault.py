"""The vault: one SQLCipher 4 file per person, opened only with its passphrase."""

from __future__ import annotations

import contextlib
import hmac
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from sbs_desktop.core.errors import (
    DiskFull,
    RecentChangesMissing,
    SbsError,
    StorageFailed,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultTooNew,
)
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store import commit_count, schema, vault_copy, vault_file
from sbs_desktop.store.cipher import connect, normalise_passphrase, unlocked_connection
from sbs_desktop.store.schema import schema_version as schema_version
from sbs_desktop.store.vault_file import PAGE_SIZE as PAGE_SIZE

if TYPE_CHECKING:
    from collections.abc import Callable

    from filelock import FileLock

    from sbs_desktop.core.progress import Progress



def storage_error(error: Exception, path: Path) -> SbsError:
    """Turn an SQLite failure while writing into a message a person can act on."""
    text = str(error).lower()
    if "full" in text:
        return DiskFull(path=str(path))
    if "not a database" in text or "malformed" in text:
        return VaultDamaged(path=str(path), reason=str(error))
    return StorageFailed(path=str(path), reason=str(error))


class Vault:
    """An open, unlocked vault. Repositories in `store` run their SQL through it."""

    def __init__(self, path: Path, connection: Any, lock: FileLock | None,
                 passphrase: str | bytearray, parent: Vault | None = None):
        self.path = path
        self._connection = connection
        self._lock = lock
        # Kept as bytes that close() overwrites; a str could not be wiped.
        self._passphrase: bytearray | None = (
            passphrase if isinstance(passphrase, bytearray)
            else bytearray(normalise_passphrase(passphrase).encode("utf-8")))
        self._depth = 0
        self._guard = threading.RLock()
        self._parent = parent
        self._children = 0  # connections made by reopen() and not yet closed
        self._vault_id: str | None = None

    # -- opening and creating -------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, role: Role,
               prepare: Callable[[Vault], None] | None = None) -> Vault:
        """Create a new vault at `path`, readable by its owner only.

        It is made under a temporary name beside `path` (with `prepare` run on it) and
        renamed into place only when complete, so a crash leaves no file at `path`.
        """
        path = Path(path)
        if path.exists():
            raise VaultExists(path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        passphrase = normalise_passphrase(passphrase)
        lock = vault_file.take_lock(path)
        partial = vault_file.partial_sibling(path, "creating")
        try:
            vault_file.remove_partials(path)
            # Made first with owner-only permissions; SQLite gives its WAL and
            # shared-memory files the same mode as the database file.
            vault_file.make_private_file(partial)
            vault = cls(partial, connect(partial, passphrase), None, passphrase)
            try:
                vault._configure()
                vault._migrate()
                vault.set_meta("role", role.value)
                if prepare is not None:
                    prepare(vault)
            finally:
                vault.close()
                commit_count.forget(partial)
            if path.exists():  # made meanwhile by something other than Side-by-Side
                raise VaultExists(path=str(path))
            vault_file.move_into_place(partial, path)
        except BaseException as error:
            vault_file.remove(partial)
            lock.release()
            if isinstance(error, sqlcipher3.Error):
                raise storage_error(error, path) from None
            raise
        return cls._open_locked(path, passphrase, lock)

    @classmethod
    def open(cls, path: Path, passphrase: str, accept_missing_changes: bool = False) -> Vault:
        """Unlock the vault at `path`; nothing is written unless the passphrase is right.

        The passphrase is tried in NFC first, then as typed: a vault made before
        passphrases were normalised opens, and is re-keyed to the NFC form.
        `accept_missing_changes` opens a vault whose journal lost commits as it is.
        """
        path = Path(path)
        vault_file.check_is_vault_file(path)
        lock = vault_file.take_lock(path)
        return cls._open_locked(path, normalise_passphrase(passphrase), lock,
                                accept_missing_changes, fallback=passphrase)

    @classmethod
    def _open_locked(cls, path: Path, passphrase: str, lock: FileLock,
                     accept_missing_changes: bool = False, fallback: str = "") -> Vault:
        try:
            vault_file.remove_partials(path)
            used = passphrase
            connection = unlocked_connection(path, passphrase)
            if connection is None and fallback and fallback != passphrase:
                used = fallback
                connection = unlocked_connection(path, fallback)
            if connection is None:
                raise vault_file.why_locked_out(path)
            vault = cls(path, connection, lock, bytearray(used.encode("utf-8")))
            vault._check_integrity()
            vault._check_commits(accept_missing_changes)
            vault._configure()
            vault._migrate()
        except BaseException:
            lock.release()
            raise
        if used != passphrase:
            vault.change_passphrase(passphrase)
        return vault

    def reopen(self) -> Vault:
        """A second connection to this vault, for work done on another thread.

        Only the thread that calls this may use or close it (SQLite refuses any
        other), so a worker can never borrow it by mistake. It shares this vault's
        lock, so closing it leaves the vault held.
        """
        with self._guard:
            connection = connect(self.path, self._passphrase_text(), one_thread=True)
            other = Vault(self.path, connection, None, bytearray(self._passphrase or b""),
                          parent=self)
            self._children += 1
        other._configure()
        return other

    def close(self) -> None:
        """Close the connection and overwrite the passphrase this object held."""
        with self._guard:
            if self._connection is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._connection.close()
                self._connection = None
                if self._parent is not None:
                    with self._parent._guard:
                        self._parent._children -= 1
            self._wipe_passphrase()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def change_passphrase(self, new: str) -> None:
        """Re-key the vault so that a kill at any moment leaves it whole under one key.

        PRAGMA rekey rewrites the pages in place: killed halfway, it would leave a
        file that opens with neither passphrase. Instead the vault is copied under
        the new passphrase to a temporary name, the copy checked, and renamed over
        the vault while its lock is held, so the file at `path` is always the old
        vault or the new one.
        """
        new = normalise_passphrase(new)
        with self._guard:
            if self._children or self._depth or self._parent or self._connection is None:
                raise VaultBusy(path=str(self.path))
            old = self._passphrase_text()
            partial = vault_file.partial_sibling(self.path, "rekey")
            try:
                counts = vault_copy.export(self._connection, partial, new, hold_writes=True)
                problems, copied = vault_copy.check(partial, new)
                if problems or copied != counts:
                    raise StorageFailed(path=str(self.path), reason=problems[0].message
                                        if problems else "the copy's rows differ")
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._connection.close()
                self._connection = None
                # A journal left over would be applied to the new file; with this the
                # only connection, closing it removed the journal.
                wal = vault_file.companions(self.path)[0]
                if wal.exists() and wal.stat().st_size:
                    raise VaultBusy(path=str(self.path))
                for companion in vault_file.companions(self.path):
                    companion.unlink(missing_ok=True)
                vault_file.move_into_place(partial, self.path)
            except BaseException as error:
                vault_file.remove(partial)
                if self._connection is None:
                    self._connection = (unlocked_connection(self.path, old)
                                        or unlocked_connection(self.path, new))
                    self._configure()
                if isinstance(error, sqlcipher3.Error):
                    raise storage_error(error, self.path) from None
                raise
            self._wipe_passphrase()
            self._passphrase = bytearray(new.encode("utf-8"))
            self._connection = connect(self.path, new)
            self._configure()

    def snapshot_to(self, target: Path, progress: Progress | None = None) -> dict[str, int]:
        """Copy the vault into the new file `target` through a connection of its own,
        from one snapshot while other connections keep writing; returns its row counts."""
        own = self.reopen()
        try:
            return vault_copy.export(own._connection, target, None, progress)
        except BaseException:
            vault_file.remove(target)
            raise
        finally:
            own.close()

    def check_copy(self, path: Path) -> tuple[list[SbsError], dict[str, int]]:
        """Check a copy of this vault with this vault's passphrase (vault_copy.check)."""
        return vault_copy.check(path, self._passphrase_text())

    def _wipe_passphrase(self) -> None:
        if self._passphrase is not None:
            self._passphrase[:] = bytes(len(self._passphrase))
            self._passphrase = None

    def _passphrase_text(self) -> str:
        if self._passphrase is None:
            raise VaultBusy(path=str(self.path))
        return self._passphrase.decode("utf-8")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    def check_passphrase(self, passphrase: str) -> bool:
        """True if `passphrase` opens this vault (in either Unicode form).

        While open it is compared with the one held; once closed, the file itself
        is asked, so nothing about the passphrase outlives close().
        """
        candidate = normalise_passphrase(passphrase).encode("utf-8")
        with self._guard:
            if self._passphrase is not None:
                return hmac.compare_digest(candidate, bytes(self._passphrase))
        connection = unlocked_connection(self.path, candidate.decode("utf-8"))
        if connection is None:
            return False
        connection.close()
        return True

    def _check_integrity(self) -> None:
        try:
            failures = self._connection.execute("PRAGMA cipher_integrity_check").fetchall()
        except sqlcipher3.DatabaseError as error:
            self._connection.close()
            raise VaultDamaged(path=str(self.path), reason=str(error)) from None
        if failures:
            self._connection.close()
            raise VaultDamaged(path=str(self.path),
                               reason=f"{len(failures)} pages fail their checksum")

    def _check_commits(self, accept_missing: bool) -> None:
        """Refuse a vault whose journal lost commits, unless told to open it as it is."""
        try:
            vault_id = str(self._connection.execute(
                "SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()[0])
            count = commit_count.count_in_vault(self._connection)
        except (sqlcipher3.DatabaseError, TypeError):
            return  # made before vault_meta: the migrations add it
        self._vault_id = vault_id
        expected = commit_count.recorded(self.path, vault_id)
        if expected is not None and expected > count and not accept_missing:
            self._connection.close()
            raise RecentChangesMissing(path=str(self.path), missing=expected - count)
        if expected is None or expected != count:
            commit_count.record(self.path, vault_id, count)

    def _configure(self) -> None:
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA busy_timeout = 5000",
            # Up to 32 MiB of decrypted pages (allocated only as pages are read): a
            # 100,000-interaction vault then fits, and the list's filters and sorts
            # stop decrypting and checking every page on every query (4x faster
            # scans; benchmarks/bench_interaction_list.py).
            "PRAGMA cache_size = -32768",
        ):
            self._connection.execute(pragma)

    def _migrate(self) -> None:
        known = schema.migrations()
        found = self._connection.execute("PRAGMA user_version").fetchone()[0]
        if found > len(known):
            self._connection.close()
            raise VaultTooNew(path=str(self.path), found=found, known=len(known))
        pending = known[found:]
        if not pending:
            return
        script = "\n".join(sql for _, sql in pending)
        try:
            self._connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {len(known)};\nCOMMIT;"
            )
        except sqlcipher3.Error as error:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise storage_error(error, self.path) from None

    # -- running SQL (for the repositories in this package) ----------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """Run the block as one transaction; nested blocks join the outer one."""
        with self._guard:
            if self._depth:
                self._depth += 1
                try:
                    yield self._connection
                finally:
                    self._depth -= 1
                return
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as error:
                raise storage_error(error, self.path) from None
            self._depth = 1
            try:
                yield self._connection
                count = commit_count.count_commit(self._connection)
                self._connection.execute("COMMIT")
                self._record_commit(count)
            except BaseException as error:
                with contextlib.suppress(sqlcipher3.Error):
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlcipher3.Error):
                    raise storage_error(error, self.path) from None
                raise
            finally:
                self._depth = 0

    def _record_commit(self, count: int) -> None:
        if self._vault_id is None:
            self._vault_id = str(self._connection.execute(
                "SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()[0])
        # The commit stands without it; only the check against a damaged journal is weaker.
        with contextlib.suppress(OSError):
            commit_count.record(self.path, self._vault_id, count)

    def query(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """All rows of a read-only statement."""
        with self._guard:
            try:
                return self._connection.execute(sql, parameters).fetchall()
            except sqlcipher3.DatabaseError as error:
                raise storage_error(error, self.path) from None

    def query_one(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Any:
        rows = self.query(sql, parameters)
        return rows[0] if rows else None

    # -- the vault's own facts ----------------------------------------------------

    def meta(self, key: str) -> Any:
        row = self.query_one("SELECT value FROM vault_meta WHERE key = ?", (key,))
        return None if row is None else row[0]

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction() as sql:
            sql.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def role(self) -> Role:
        return Role(self.meta("role"))

    @property
    def pseudonym_secret(self) -> bytes:
        return bytes(self.meta("pseudonym_secret"))

    @property
    def vault_id(self) -> str:
        return str(self.meta("vault_id"))
