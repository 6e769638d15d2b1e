"""Writing a bundle: its CSVs and manifest.json, as a folder, a .zip, or a .zip sealed with age.

Everything is written under a hidden temporary name beside the destination and renamed
into place only when complete, never over an existing file or folder; leftovers of
earlier exports that were killed are removed. An encrypted bundle is zipped and
encrypted in memory: no plaintext copy of it ever touches the disk. The manifest is
signed with the vault's Ed25519 key (manifest.sig), so the bundle is format version 2.

Writing comes in steps so that the caller can number the export and record it in the
vault's history, in one transaction, after the tables and before the publishing rename:

    with BundleWriter(out, "zip") as writer:
        entries, period = writer.write_tables(tables, progress)
        ... number it; writer.finish(manifest, seed); record it; commit ...
        writer.publish()
"""

from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import io
import os
import re
import secrets
import shutil
import sys
import time
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import count, islice
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, DiskFull, SbsError
from sbs_desktop.core.progress import Progress
from sbs_desktop.exchange.encryption import encrypt
from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE, TABLES
from sbs_desktop.exchange.manifest import Manifest, TableEntry, validate_manifest
from sbs_desktop.exchange.signing import public_key, sign

FORMS = ("folder", "zip", "zip.age")
# Rows per write: large enough that the per-batch work vanishes, small enough that
# progress moves and Cancel answers within a fraction of a second.
BATCH_ROWS = 5000
# Fixed entry dates: the zip's bytes then depend on the data only, and it does not
# record the local time of the export (the manifest says when, in UTC, to the second).
ZIP_ENTRY_DATE = (1980, 1, 1, 0, 0, 0)
WRITING = QT_TRANSLATE_NOOP("Export", "Writing the bundle…")
ENCRYPTING = QT_TRANSLATE_NOOP("Export", "Encrypting the bundle…")
# Hidden names an export writes under: ".NAME.<8 hex>.partial".
STAGING_SUFFIX = ".partial"
STAGING_NAME = re.compile(r"\..+\.[0-9a-f]{8}\.partial")
# A leftover untouched for this long belongs to no running export (each writes its
# staging files continuously, and an encrypted one writes its file in one go), so the
# next export into the folder removes it.
STALE_AFTER_SECONDS = 10 * 60


class OutputExists(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists, and an export never replaces anything. Choose "
        "another name, such as {suggestion}; nothing was written.")


class ExportFailed(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Could not write the export to {path} ({reason}). Nothing was left behind."
    )


@dataclass(frozen=True)
class TableSource:
    """The rows of one table, in its column order, and how many are expected (for progress)."""

    rows: Iterable[tuple]
    expected: int


def bundle_path(out: Path, form: str) -> Path:
    """The path a bundle of `form` is written to: ".zip" or ".zip.age" added if missing."""
    out = Path(out)
    name = out.name
    if form == "zip" and not name.lower().endswith(".zip"):
        return out.with_name(name + ".zip")
    if form == "zip.age" and not name.lower().endswith(".zip.age"):
        return out.with_name(name + (".age" if name.lower().endswith(".zip") else ".zip.age"))
    return out


def free_name(path: Path) -> Path:
    """`path`, or the first of "NAME-2", "NAME-3"… beside it that nothing uses."""
    if not os.path.lexists(path):
        return path
    name = path.name
    suffix = next((s for s in (".zip.age", ".zip") if name.lower().endswith(s)), "")
    stem = name[:len(name) - len(suffix)]
    for number in count(2):
        candidate = path.with_name(f"{stem}-{number}{suffix}")
        if not os.path.lexists(candidate):
            return candidate
    raise AssertionError("unreachable")


def _refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        raise OutputExists(path=str(path), suggestion=free_name(path).name)


def _last_change(path: Path) -> float:
    """When a leftover was last written: a folder's newest file counts for the folder."""
    times = [path.lstat().st_mtime]
    if path.is_dir() and not path.is_symlink():
        times += [child.lstat().st_mtime for child in path.iterdir()]
    return max(times)


def remove_stale_leftovers(folder: Path, now: float | None = None) -> int:
    """Delete the hidden staging files and folders that killed exports left in `folder`;
    returns how many. Those still being written (changed recently) are left alone."""
    now = time.time() if now is None else now
    removed = 0
    for leftover in folder.glob(f".*{STAGING_SUFFIX}"):
        if not STAGING_NAME.fullmatch(leftover.name):
            continue  # another program's file
        try:
            if now - _last_change(leftover) < STALE_AFTER_SECONDS:
                continue
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        except OSError:
            continue  # gone meanwhile, or not ours to remove: the export goes on
        removed += 1
    return removed


def _sync_folder(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows has no handle on a folder for this.
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _problem(error: OSError, path: Path) -> SbsError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path=str(path))
    return ExportFailed(path=str(path), reason=error.strerror or type(error).__name__)


class BundleWriter:
    """Writes one bundle; use as a context manager so that any failure removes every trace.

        with BundleWriter(out, "zip") as writer:
            manifest = writer.write(header, tables, progress, seed)
            writer.publish()
    """

    def __init__(self, out: Path, form: str = "folder", recipient: str | None = None) -> None:
        if form not in FORMS:
            raise ValueError(f"form must be one of {FORMS}, not {form!r}")
        if (form == "zip.age") != bool(recipient):
            raise ValueError("a zip.age bundle needs a recipient, and only it takes one")
        self.form = form
        self.recipient = recipient
        self.path = bundle_path(out, form)
        self._staging = self.path.with_name(
            f".{self.path.name}.{secrets.token_hex(4)}{STAGING_SUFFIX}")
        self._published = False
        self._open = contextlib.ExitStack()
        self._open_entry: Any = None
        self._memory: io.BytesIO | None = None

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: Any) -> None:
        if kind is None:
            if not self._published:
                self.discard()
            return
        self.discard()
        if isinstance(error, OSError):
            raise _problem(error, self.path) from None

    # -- writing ------------------------------------------------------------------

    def write(self, header: Manifest, tables: dict[str, TableSource], progress: Progress,
              seed: bytes | None = None) -> Manifest:
        """Write every table and the manifest (signed with `seed`, if given) under the
        temporary name; returns the manifest (`header` with its tables and period)."""
        entries, period = self.write_tables(tables, progress)
        return self.finish(replace(header, tables=entries, period=period), seed)

    def write_tables(self, tables: dict[str, TableSource], progress: Progress
                     ) -> tuple[dict[str, TableEntry], tuple[str, str] | None]:
        """Write the three CSVs under the temporary name; returns each table's entry for
        the manifest and the period the rows cover."""
        _refuse_existing(self.path)
        if not self.path.parent.is_dir():
            raise ExportFailed(path=str(self.path), reason=QT_TRANSLATE_NOOP(
                "Errors", "the folder does not exist"))
        remove_stale_leftovers(self.path.parent)
        total = sum(source.expected for source in tables.values())
        progress.report(0, total, WRITING)
        entries: dict[str, TableEntry] = {}
        periods: set[str] = set()
        done = 0
        self._memory = io.BytesIO() if self.form == "zip.age" else None
        self._open_entry = self._open.enter_context(self._container(self._memory))
        for name, (file, columns) in TABLES.items():
            digest = hashlib.sha256()
            period_at = columns.index("period")
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(columns)
            rows = 0
            iterator = iter(tables[name].rows)
            with self._open_entry(file) as stream:
                while True:
                    batch = list(islice(iterator, BATCH_ROWS))
                    writer.writerows(batch)
                    periods.update(map(itemgetter(period_at), batch))
                    data = buffer.getvalue().encode("utf-8")
                    buffer.seek(0)
                    buffer.truncate()
                    digest.update(data)
                    stream.write(data)
                    rows += len(batch)
                    done += len(batch)
                    progress.report(min(done, total), max(total, done), WRITING)
                    if len(batch) < BATCH_ROWS:
                        break
            entries[name] = TableEntry(file, rows, columns, digest.hexdigest())
        progress.check()
        return entries, (min(periods), max(periods)) if periods else None

    def finish(self, manifest: Manifest, seed: bytes | None = None) -> Manifest:
        """Write manifest.json (and manifest.sig, signed with `seed`) and make the bundle
        durable under the temporary name; returns the manifest as written."""
        if seed is not None:
            manifest = replace(manifest, signing_key=public_key(seed))
        data = manifest.to_bytes()
        # The exact bytes are read back against the shipped schema, so a bundle the
        # reader would refuse is never written.
        validate_manifest(data, bundle=self.path.name)
        with self._open_entry(MANIFEST_FILE) as stream:
            stream.write(data)
        if seed is not None:
            with self._open_entry(SIGNATURE_FILE) as stream:
                stream.write(sign(seed, data))
        self._open.close()
        if self._memory is not None:
            sealed = encrypt(self._memory.getvalue(), self.recipient or "")
            self._memory = None
            with self._staging.open("xb") as file:
                file.write(sealed)
                file.flush()
                os.fsync(file.fileno())
        elif self.form == "zip":
            # On disk before the rename, so a power cut never leaves a short zip under
            # the bundle's real name.
            with self._staging.open("rb+") as file:
                os.fsync(file.fileno())
        else:
            for file in self._staging.iterdir():
                with file.open("rb") as handle:
                    os.fsync(handle.fileno())
        return manifest

    @contextlib.contextmanager
    def _container(self, memory: io.BytesIO | None) -> Iterator[Any]:
        """Yields open_entry(name) -> a binary stream for that file of the bundle."""
        if self.form == "folder":
            self._staging.mkdir()

            def open_file(name: str) -> IO[bytes]:
                return (self._staging / name).open("xb")

            yield open_file
            return
        target: Any = memory if memory is not None else self._staging
        with zipfile.ZipFile(target, "x" if memory is None else "w",
                             compression=zipfile.ZIP_DEFLATED) as archive:

            def open_entry(name: str) -> IO[bytes]:
                info = zipfile.ZipInfo(name, ZIP_ENTRY_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                return archive.open(info, "w")

            yield open_entry

    # -- finishing ----------------------------------------------------------------

    def publish(self) -> Path:
        """Move the finished bundle to its destination, never over anything already
        there; returns the destination."""
        _refuse_existing(self.path)
        if self.form == "folder":
            os.rename(self._staging, self.path)
        elif sys.platform == "win32":
            os.rename(self._staging, self.path)  # Windows refuses to rename over a file
        else:
            # A hard link fails if the name is taken, where rename would replace it.
            try:
                os.link(self._staging, self.path)
            except FileExistsError:
                _refuse_existing(self.path)
                raise
            except OSError:
                os.rename(self._staging, self.path)  # no hard links here (FAT, exFAT)
            else:
                self._staging.unlink()
        self._published = True
        _sync_folder(self.path.parent)
        return self.path

    def discard(self) -> None:
        """Remove everything this writer made, the published bundle included."""
        with contextlib.suppress(Exception):
            self._open.close()
        targets = [self._staging, *([self.path] if self._published else [])]
        for target in targets:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
        self._published = False


def write_bundle(out: Path, header: Manifest, tables: dict[str, TableSource], progress: Progress,
                 form: str = "folder", recipient: str | None = None,
                 seed: bytes | None = None) -> tuple[Path, Manifest]:
    """Write and publish a bundle in one step (signed when `seed` is given); returns where
    it went and its manifest."""
    with BundleWriter(out, form, recipient) as writer:
        manifest = writer.write(header, tables, progress, seed)
        return writer.publish(), manifest
