"""Opening a bundle's container (folder, .zip or .zip.age) safely, and reading its files in chunks.

A zip is never extracted to disk. Every name, declared size and compression method is
checked before a byte of a member is read, against zip bombs, unsafe names and files a
bundle does not have; then each file is read in chunks and never past the size its
folder or zip declared, so memory stays bounded by what the input declares however
the input lies. What the files hold is checked elsewhere (bundle_reader).
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from sbs_desktop.exchange.bundle_rejections import (
    DAMAGED_ZIP,
    FILE_TOO_BIG,
    LARGER_THAN_DECLARED,
    MANIFEST_TOO_BIG,
    NO_KEY,
    NOT_A_BUNDLE,
    NOT_A_FILE,
    TOO_MANY_FILES,
    TWICE_IN_ZIP,
    UNREADABLE,
    UNSAFE_NAME,
    ZIP_BOMB,
    ZIP_METHOD,
    ZIP_SIZES_DISAGREE,
    Rejecter,
)
from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE, TABLES

ENCRYPTED_SUFFIX = ".age"
ZIP_SUFFIX = ".zip"
# A bundle of 100,000 interactions is about 20 MB of CSV; 80 MiB leaves room for years of
# a large program (400,000 interactions), stops a zip bomb long before memory runs out,
# and keeps reading the largest genuine bundle under 200 MB (it was 571 MB at 256 MiB;
# benchmarks/bench_hostile.py measures both).
MAX_FILE_BYTES = 80 * 1024 * 1024
# A manifest is about 2 KB and a signature 64 bytes: both are read whole, so they get a
# limit of their own, far above what they need and far below what could hurt.
MAX_SMALL_FILE_BYTES = 1024 * 1024
MAX_ZIP_ENTRIES = 16
MAX_COMPRESSION_RATIO = 200
# Below this size a file's compression ratio is not looked at: a small file of
# repeated codes compresses far better than 200:1 and is harmless.
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
CHUNK_BYTES = 1024 * 1024
SMALL_FILES = frozenset({MANIFEST_FILE, SIGNATURE_FILE})
BUNDLE_FILES = frozenset({*SMALL_FILES, *(file for file, _ in TABLES.values())})
# zipfile decompresses bzip2 and LZMA without an output limit per call; a bundle
# writer only ever stores or deflates.
ZIP_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
# zlib's deflateBound: stored blocks cost 5 bytes per 16 KiB at worst, plus a header.
DEFLATE_SLACK_BYTES = 64
# The end of a zip: its directory's record (22 bytes and a comment of up to 64 KiB).
END_RECORD = struct.Struct("<4s4H2LH")
END_SIGNATURE = b"PK\x05\x06"
ZIP64_LOCATOR = b"PK\x06\x07"
MAX_DIRECTORY_BYTES = 64 * 1024
# Folders of bundles are looked into one level deep, and only this far.
MAX_FOLDER_ENTRIES = 10_000

# Raised while reading a file; anything else from the OS is "could not be read".
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
               ValueError, struct.error)


def bundle_name(path: Path) -> str:
    return Path(path).name


def looks_like_bundle(path: Path) -> bool:
    """A folder holding manifest.json, or a file named .zip / .zip.age."""
    path = Path(path)
    if path.is_dir():
        return (path / MANIFEST_FILE).is_file()
    name = path.name.lower()
    return name.endswith(ZIP_SUFFIX) or name.endswith(ZIP_SUFFIX + ENCRYPTED_SUFFIX)


def bundles_in(paths: Sequence[Path]) -> list[Path]:
    """The bundles among `paths`, looking one level into folders that are not bundles.

    A folder that cannot be listed is kept as it is: reading it refuses it by name.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        try:
            if path.is_dir() and not (path / MANIFEST_FILE).is_file():
                entries = []
                for number, entry in enumerate(path.iterdir()):
                    if number >= MAX_FOLDER_ENTRIES:
                        break
                    entries.append(entry)
                found.extend(sorted(p for p in entries if looks_like_bundle(p)))
                continue
        except OSError:
            pass
        found.append(path)
    return found


class Container:
    """The bundle files of one container: which are present, their declared sizes, and
    their bytes in chunks (never past the declared size)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sizes: dict[str, int] = {}

    def reject(self, file: str) -> Rejecter:
        return Rejecter(self.name, file)

    def chunks(self, file: str) -> Iterator[bytes]:
        """The file's bytes in chunks of at most CHUNK_BYTES; raises BundleRejected when the
        file holds more than its declared size or cannot be read."""
        raise NotImplementedError

    def whole(self, file: str) -> bytes | None:
        """A small file (manifest, signature) read whole, or None when it is absent."""
        if file not in self.sizes:
            return None
        if self.sizes[file] > MAX_SMALL_FILE_BYTES:
            raise self.reject(file)(MANIFEST_TOO_BIG)
        return b"".join(self.chunks(file))


def _bounded(stream: BinaryIO, declared: int, reject: Rejecter) -> Iterator[bytes]:
    """Chunks of `stream` up to `declared` bytes; one byte more is a lying size."""
    left = declared
    while left > 0:
        chunk = stream.read(min(CHUNK_BYTES, left))
        if not chunk:
            return  # shorter than declared: the hash and row count will say so
        left -= len(chunk)
        yield chunk
    if stream.read(1):
        raise reject(LARGER_THAN_DECLARED)


class FolderContainer(Container):
    """A folder bundle: its files' sizes as the file system gives them."""

    def __init__(self, folder: Path, name: str) -> None:
        super().__init__(name)
        self.folder = folder
        for file in sorted(BUNDLE_FILES):
            path = folder / file
            if path.exists() or path.is_symlink():
                self.sizes[file] = self._size(path, file)

    def _size(self, path: Path, file: str) -> int:
        try:
            info = path.stat()
        except OSError:
            raise self.reject(file)(UNREADABLE) from None
        if not stat.S_ISREG(info.st_mode):
            raise self.reject(file)(NOT_A_FILE)
        if info.st_size > MAX_FILE_BYTES:
            raise self.reject(file)(FILE_TOO_BIG)
        return info.st_size

    def chunks(self, file: str) -> Iterator[bytes]:
        reject = self.reject(file)
        # Non-blocking, so a FIFO swapped in after the size was taken cannot hang the read.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            descriptor = os.open(self.folder / file, flags)
        except OSError:
            raise reject(UNREADABLE) from None
        with open(descriptor, "rb", buffering=0) as stream:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise reject(NOT_A_FILE)
            try:
                yield from _bounded(stream, self.sizes[file], reject)
            except OSError:
                raise reject(UNREADABLE) from None


class FilesContainer(Container):
    """Files already in memory, by name (a bundle built or received whole)."""

    def __init__(self, files: dict[str, bytes], name: str) -> None:
        super().__init__(name)
        self.files = {file: data for file, data in files.items() if file in BUNDLE_FILES}
        self.sizes = {file: len(data) for file, data in self.files.items()}

    def chunks(self, file: str) -> Iterator[bytes]:
        data = self.files[file]
        for start in range(0, len(data), CHUNK_BYTES):
            yield data[start:start + CHUNK_BYTES]


def _safe_name(entry: zipfile.ZipInfo) -> tuple[str, ...] | None:
    """The entry's path parts, or None when it points outside the bundle."""
    parts = PurePosixPath(entry.filename.replace("\\", "/")).parts
    if (not parts or entry.filename.startswith(("/", "\\")) or ".." in parts
            or ":" in parts[0]):
        return None
    return parts


def _check_directory_size(stream: BinaryIO, reject: Rejecter) -> None:
    """Refuse a zip whose directory lists more entries than a bundle has, before zipfile
    builds an object for each of them (a 1 MB directory is thousands of entries)."""
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    tail_start = max(0, size - END_RECORD.size - 0xFFFF)
    stream.seek(tail_start)
    tail = stream.read()
    at = tail.rfind(END_SIGNATURE)
    if at < 0 or len(tail) - at < END_RECORD.size:
        raise reject(DAMAGED_ZIP)
    fields = END_RECORD.unpack_from(tail, at)
    entries, directory_bytes = fields[4], fields[5]
    # A bundle never needs zip64, and its locator would hide the true counts.
    zip64 = at >= 20 and tail[at - 20:at - 16] == ZIP64_LOCATOR
    if zip64 or entries > 2 * MAX_ZIP_ENTRIES or directory_bytes > MAX_DIRECTORY_BYTES:
        raise reject(TOO_MANY_FILES)
    stream.seek(0)


def _entry_problem(entry: zipfile.ZipInfo) -> str | None:
    """Why the zip's directory entry cannot be read safely, or None."""
    if _safe_name(entry) is None:
        return UNSAFE_NAME
    if entry.file_size > MAX_FILE_BYTES:
        return FILE_TOO_BIG
    if entry.compress_type not in ZIP_METHODS or entry.flag_bits & 0x1:
        return ZIP_METHOD
    # A lying size: data that inflates past its declared size would be cut short
    # anyway, but it is refused here before any of it is inflated.
    bound = (entry.file_size + (entry.file_size >> 12) + (entry.file_size >> 14)
             + DEFLATE_SLACK_BYTES)
    if entry.compress_size > bound:
        return ZIP_SIZES_DISAGREE
    if (entry.file_size > RATIO_CHECKED_FROM_BYTES
            and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)):
        return ZIP_BOMB
    return None


class ZipContainer(Container):
    """A zip bundle (read from disk, or from memory once decrypted)."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        super().__init__(name)
        _check_directory_size(stream, self.reject(""))
        try:
            self.archive = zipfile.ZipFile(stream)
        except (*_ZIP_ERRORS, OSError):
            raise self.reject("")(DAMAGED_ZIP) from None
        self.entries = self._chosen_entries()
        self.sizes = {file: entry.file_size for file, entry in self.entries.items()}

    def _chosen_entries(self) -> dict[str, zipfile.ZipInfo]:
        """The bundle files among the zip's entries, once every entry's name and size passed."""
        entries = [e for e in self.archive.infolist() if not e.is_dir()]
        if len(entries) > MAX_ZIP_ENTRIES:
            raise self.reject("")(TOO_MANY_FILES)
        chosen: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for entry in entries:
            reject = self.reject(entry.filename[:80])
            problem = _entry_problem(entry)
            total += entry.file_size
            if problem is None and total > MAX_FILE_BYTES:
                problem = FILE_TOO_BIG
            if problem is not None:
                raise reject(problem)
            parts = _safe_name(entry) or ()
            # The files sit at the top, or in the one folder the zip was made of.
            if parts[-1] in BUNDLE_FILES and len(parts) <= 2:
                if parts[-1] in chosen:
                    raise reject(TWICE_IN_ZIP)
                chosen[parts[-1]] = entry
        return chosen

    def chunks(self, file: str) -> Iterator[bytes]:
        reject = self.reject(file)
        try:
            # Bounded reads: zipfile inflates at most one chunk per call and stops at the
            # declared size; read() without a size would inflate the whole stream at once.
            with self.archive.open(self.entries[file]) as stream:
                yield from _bounded(stream, self.sizes[file], reject)
        except (*_ZIP_ERRORS, OSError):
            raise reject(DAMAGED_ZIP) from None

    def close(self) -> None:
        self.archive.close()


def _zip_stream(path: Path, identity: str | None, name: str) -> BinaryIO:
    """The zip's bytes: the file itself, or the decryption of a .zip.age in memory."""
    reject = Rejecter(name, "")
    try:
        stream: BinaryIO = open(path, "rb")  # noqa: SIM115 (closed by the caller)
        size = os.fstat(stream.fileno()).st_size
    except OSError:
        raise reject(UNREADABLE) from None
    if size > MAX_FILE_BYTES:
        stream.close()
        raise reject(FILE_TOO_BIG)
    if path.name.lower().endswith(ENCRYPTED_SUFFIX):
        with stream:
            if not identity:
                raise reject(NO_KEY)
            # pyrage is needed only for an encrypted bundle.
            from sbs_desktop.exchange.encryption import decrypt

            stream = io.BytesIO(decrypt(stream.read(), identity, bundle=name))
    if stream.read(2) != b"PK":
        stream.close()
        raise reject(NOT_A_BUNDLE)
    return stream


@contextmanager
def open_container(path: Path, identity: str | None) -> Iterator[Container]:
    """The container of the bundle at `path`: a folder, a .zip, or a .zip.age decrypted
    with the coordinator's identity. Raises BundleRejected."""
    path = Path(path)
    name = bundle_name(path)
    if path.is_dir():
        yield FolderContainer(path, name)
        return
    if not path.is_file():
        raise Rejecter(name, "")(NOT_A_BUNDLE)
    with _zip_stream(path, identity, name) as stream:
        container = ZipContainer(stream, name)
        try:
            yield container
        finally:
            container.close()
