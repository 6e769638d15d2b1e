"""Writing a bundle: its CSVs and manifest.json, as a folder, a .zip, or a .zip sealed with age.

Everything is written under a hidden temporary name beside the destination and renamed
into place only when complete, so a cancelled, failed or interrupted export leaves
nothing behind. An encrypted bundle is zipped and encrypted in memory: no plaintext copy
of it ever touches the disk.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import io
import os
import secrets
import shutil
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, DiskFull, SbsError
from sbs_desktop.core.progress import Progress
from sbs_desktop.exchange.encryption import encrypt
from sbs_desktop.exchange.format import MANIFEST_FILE, TABLES
from sbs_desktop.exchange.manifest import Manifest, TableEntry, validate_manifest

FORMS = ("folder", "zip", "zip.age")
# Rows per write: large enough that the per-batch work vanishes, small enough that
# progress moves and Cancel answers within a fraction of a second.
BATCH_ROWS = 5000
# Fixed entry dates: the zip's bytes then depend on the data only, and it does not
# record the local time of the export (the manifest says when, in UTC, to the second).
ZIP_ENTRY_DATE = (1980, 1, 1, 0, 0, 0)
WRITING = QT_TRANSLATE_NOOP("Export", "Writing the bundle…")
ENCRYPTING = QT_TRANSLATE_NOOP("Export", "Encrypting the bundle…")


class OutputExists(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists. Choose another name for the export; nothing was written."
    )


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


def _problem(error: OSError, path: Path) -> SbsError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path=str(path))
    return ExportFailed(path=str(path), reason=error.strerror or type(error).__name__)


class BundleWriter:
    """Writes one bundle; use as a context manager so that any failure removes every trace.

        with BundleWriter(out, "zip") as writer:
            manifest = writer.write(header, tables, progress)
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
        self._staging = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.partial")
        self._published = False

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

    def write(self, header: Manifest, tables: dict[str, TableSource],
              progress: Progress) -> Manifest:
        """Write every table and the manifest under the temporary name; returns the manifest
        (`header` with its period and tables filled in)."""
        if self.path.is_dir() or (self.form == "folder" and self.path.exists()):
            raise OutputExists(path=str(self.path))
        if not self.path.parent.is_dir():
            raise ExportFailed(path=str(self.path), reason="the folder does not exist")
        total = sum(source.expected for source in tables.values())
        progress.report(0, total, WRITING)
        entries: dict[str, TableEntry] = {}
        periods: set[str] = set()
        done = 0
        memory = io.BytesIO() if self.form == "zip.age" else None
        with self._container(memory) as open_entry:
            for name, (file, columns) in TABLES.items():
                digest = hashlib.sha256()
                period_at = columns.index("period")
                buffer = io.StringIO()
                writer = csv.writer(buffer, lineterminator="\r\n")
                writer.writerow(columns)
                rows = 0
                iterator = iter(tables[name].rows)
                with open_entry(file) as stream:
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
            manifest = replace(header, tables=entries,
                               period=(min(periods), max(periods)) if periods else None)
            # Checked against the shipped schema, so a bundle that could not be read
            # back is never written.
            validate_manifest(manifest.to_json(), bundle=self.path.name)
            with open_entry(MANIFEST_FILE) as stream:
                stream.write(manifest.to_bytes())
        if memory is not None:
            progress.report(done, max(total, done), ENCRYPTING)
            sealed = encrypt(memory.getvalue(), self.recipient or "")
            with self._staging.open("xb") as file:
                file.write(sealed)
                file.flush()
                os.fsync(file.fileno())
        elif self.form == "zip":
            # On disk before the rename, so a power cut never leaves a short zip under
            # the bundle's real name.
            with self._staging.open("rb+") as file:
                os.fsync(file.fileno())
        progress.check()
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
        """Move the finished bundle to its destination; returns the destination."""
        if self.form == "folder":
            os.rename(self._staging, self.path)
        else:
            os.replace(self._staging, self.path)
        self._published = True
        return self.path

    def discard(self) -> None:
        """Remove everything this writer made, the published bundle included."""
        targets = [self._staging, *([self.path] if self._published else [])]
        for target in targets:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
        self._published = False


def write_bundle(out: Path, header: Manifest, tables: dict[str, TableSource], progress: Progress,
                 form: str = "folder", recipient: str | None = None) -> tuple[Path, Manifest]:
    """Write and publish a bundle in one step; returns where it went and its manifest."""
    with BundleWriter(out, form, recipient) as writer:
        manifest = writer.write(header, tables, progress)
        return writer.publish(), manifest
