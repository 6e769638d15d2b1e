"""The vault: one SQLCipher 4 file per person, opened only with its passphrase."""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from sbs_desktop.core.errors import (
    DiskFull,
    NotAVault,
    SbsError,
    StorageFailed,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from sbs_desktop.core.vocabulary import Role

if TYPE_CHECKING:
    from filelock import FileLock

PAGE_SIZE = 4096  # SQLCipher 4's default page size
SQLITE_HEADER = b"SQLite format 3\x00"
# Encrypted pages look random (close to 8 bits of entropy per byte); text, images
# with headers and most other files fall far below this on their first page.
RANDOM_ENTROPY_FLOOR = 7.5


def _migrations() -> list[tuple[int, str]]:
    """The numbered migration scripts shipped with the store, in order."""
    folder = resources.files("sbs_desktop.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    found.sort()
    if [number for number, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations must be numbered 1, 2, 3 ... without gaps")
    return found


def schema_version() -> int:
    """The schema version this program writes."""
    return len(_migrations())


def _entropy(data: bytes) -> float:
    counts = Counter(data)
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


def _quote(passphrase: str) -> str:
    # PRAGMA key cannot take a bound parameter, so the literal is escaped here.
    return "'" + passphrase.replace("'", "''") + "'"


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

    def __init__(self, path: Path, connection: Any, lock: FileLock | None, passphrase: str):
        self.path = path
        self._connection = connection
        self._lock = lock
        self._passphrase = passphrase
        self._depth = 0
        self._guard = threading.RLock()

    # -- opening and creating -------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, role: Role) -> Vault:
        """Create a new vault at `path`, readable by its owner only."""
        path = Path(path)
        if path.exists():
            raise VaultExists(path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = cls._take_lock(path)
        try:
            # Made first with owner-only permissions; SQLite gives its WAL and
            # shared-memory files the same mode as the database file.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            connection = cls._connect(path, passphrase)
            vault = cls(path, connection, lock, passphrase)
            vault._configure()
            vault._migrate()
            vault.set_meta("role", role.value)
            return vault
        except BaseException as error:
            with contextlib.suppress(Exception):
                connection.close()  # type: ignore[possibly-undefined]
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            lock.release()
            if isinstance(error, sqlcipher3.Error):
                raise storage_error(error, path) from None
            raise

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock the vault at `path`; nothing is written unless the passphrase is right."""
        path = Path(path)
        cls._check_file(path)
        lock = cls._take_lock(path)
        try:
            connection = cls._connect(path, passphrase)
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError:
                connection.close()
                raise cls._why_locked_out(path) from None
            vault = cls(path, connection, lock, passphrase)
            vault._check_integrity()
            vault._configure()
            vault._migrate()
            return vault
        except BaseException:
            lock.release()
            raise

    def reopen(self) -> Vault:
        """A second connection to this vault, for work done on another thread.

        Only the thread that calls this may use or close it (SQLite refuses any
        other), so a worker can never borrow it by mistake. It shares this vault's
        lock, so closing it leaves the vault held.
        """
        connection = self._connect(self.path, self._passphrase, one_thread=True)
        other = Vault(self.path, connection, None, self._passphrase)
        other._configure()
        return other

    def close(self) -> None:
        with self._guard:
            if self._connection is None:
                return
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    def check_passphrase(self, passphrase: str) -> bool:
        """True if `passphrase` is this vault's; used to unlock a locked window."""
        return passphrase == self._passphrase

    @staticmethod
    def _take_lock(path: Path) -> FileLock:
        # Imported here: filelock takes 20-30 ms to import, which start-up to the
        # unlock dialog does without (benchmarks/bench_startup.py).
        from filelock import FileLock, Timeout

        lock = FileLock(f"{path}.lock", timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise VaultInUse(path=str(path)) from None
        return lock

    @staticmethod
    def _connect(path: Path, passphrase: str, one_thread: bool = False) -> Any:
        connection = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=one_thread
        )
        # SQLCipher logs failed page checks to stderr by default; the messages
        # say nothing a person needs and the UI reports the error itself.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {_quote(passphrase)}")
        return connection

    @staticmethod
    def _check_file(path: Path) -> None:
        if not path.exists():
            raise NotAVault(path=str(path), reason="there is no file there")
        if path.is_dir():
            raise NotAVault(path=str(path), reason="it is a folder")
        with path.open("rb") as file:
            head = file.read(PAGE_SIZE)
        if not head:
            raise NotAVault(path=str(path), reason="the file is empty")
        if head.startswith(SQLITE_HEADER):
            raise NotAVault(path=str(path), reason="it is an unencrypted SQLite database")

    @staticmethod
    def _why_locked_out(path: Path) -> SbsError:
        # SQLCipher authenticates every page, so a damaged first page cannot be
        # told from a wrong passphrase; everything else that is not a vault can.
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(PAGE_SIZE)
        if size < PAGE_SIZE or size % PAGE_SIZE:
            return NotAVault(path=str(path), reason="its size is not a whole number of pages")
        if _entropy(head) < RANDOM_ENTROPY_FLOOR:
            return NotAVault(path=str(path), reason="its contents are not encrypted")
        return WrongPassphrase(path=str(path))

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
        known = _migrations()
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
                self._connection.execute("COMMIT")
            except BaseException as error:
                with contextlib.suppress(sqlcipher3.Error):
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlcipher3.Error):
                    raise storage_error(error, self.path) from None
                raise
            finally:
                self._depth = 0

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
