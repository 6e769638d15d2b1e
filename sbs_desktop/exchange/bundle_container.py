"""Opening a bundle's container (folder, .zip or .zip.age) safely, into its files' bytes.

A zip is read in memory only: nothing is ever extracted to disk. Every name and
declared size is checked before a byte is read, against zip bombs, unsafe names and
files a bundle does not have. The files' contents are checked elsewhere
(bundle_reader); this module only hands them over.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sbs_desktop.exchange.bundle_rejections import (
    DAMAGED_ZIP,
    FILE_TOO_BIG,
    NO_KEY,
    NOT_A_BUNDLE,
    TOO_MANY_FILES,
    TWICE_IN_ZIP,
    UNSAFE_NAME,
    ZIP_BOMB,
    Rejecter,
)
from sbs_desktop.exchange.format import MANIFEST_FILE, TABLES

ENCRYPTED_SUFFIX = ".age"
ZIP_SUFFIX = ".zip"
# A bundle of 100,000 interactions is about 20 MB of CSV; these limits leave room for
# years of a large program and still stop a zip bomb long before memory runs out.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ZIP_ENTRIES = 16
MAX_COMPRESSION_RATIO = 200
# Below this size a file's compression ratio is not looked at: a small file of
# repeated codes compresses far better than 200:1 and is harmless.
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
BUNDLE_FILES = frozenset({MANIFEST_FILE, *(file for file, _ in TABLES.values())})


@dataclass(frozen=True)
class Member:
    """One bundle file as its container declares it, and its bytes."""

    name: str            # the bundle file's name: manifest.json, interactions.csv, ...
    declared_size: int   # what the folder or the zip said, checked before reading
    data: bytes


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
    """The bundles among `paths`, looking one level into folders that are not bundles."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir() and not (path / MANIFEST_FILE).is_file():
            found.extend(sorted(p for p in path.iterdir() if looks_like_bundle(p)))
        else:
            found.append(path)
    return found


def _read_capped(path: Path, reject: Rejecter) -> tuple[int, bytes]:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise reject(FILE_TOO_BIG)
    return size, path.read_bytes()


def _folder_members(folder: Path, name: str) -> Iterator[Member]:
    for file in sorted(BUNDLE_FILES):
        path = folder / file
        if path.is_file():
            size, data = _read_capped(path, Rejecter(name, file))
            yield Member(file, size, data)


def _safe_name(entry: zipfile.ZipInfo) -> tuple[str, ...] | None:
    """The entry's path parts, or None when it points outside the bundle."""
    parts = PurePosixPath(entry.filename.replace("\\", "/")).parts
    if (not parts or entry.filename.startswith(("/", "\\")) or ".." in parts
            or ":" in parts[0]):
        return None
    return parts


def _chosen_entries(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """The bundle files among the zip's entries, once every entry's name and size passed."""
    entries = [e for e in archive.infolist() if not e.is_dir()]
    if len(entries) > MAX_ZIP_ENTRIES:
        raise Rejecter(name, "")(TOO_MANY_FILES)
    chosen: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for entry in entries:
        reject = Rejecter(name, entry.filename[:80])
        parts = _safe_name(entry)
        if parts is None:
            raise reject(UNSAFE_NAME)
        total += entry.file_size
        if entry.file_size > MAX_FILE_BYTES or total > MAX_FILE_BYTES:
            raise reject(FILE_TOO_BIG)
        if (entry.file_size > RATIO_CHECKED_FROM_BYTES
                and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)):
            raise reject(ZIP_BOMB)
        # The files sit at the top, or in the one folder the zip was made of.
        if parts[-1] in BUNDLE_FILES and len(parts) <= 2:
            if parts[-1] in chosen:
                raise reject(TWICE_IN_ZIP)
            chosen[parts[-1]] = entry
    return chosen


def zip_members(data: bytes, name: str) -> Iterator[Member]:
    """The bundle files in a zip held in memory; raises BundleRejected before reading any
    member when a name, a size or the count of entries is unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise Rejecter(name, "")(DAMAGED_ZIP) from None
    with archive:
        for file, entry in _chosen_entries(archive, name).items():
            try:
                # zipfile stops at the declared size and checks the CRC, so a lying
                # header cannot make it read more than was allowed above.
                content = archive.read(entry)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
                raise Rejecter(name, file)(DAMAGED_ZIP) from None
            yield Member(file, entry.file_size, content)


def bundle_members(path: Path, identity: str | None) -> Iterator[Member]:
    """The bundle files of a folder, .zip or .zip.age (decrypted with the coordinator's
    identity), each with its declared size."""
    path = Path(path)
    name = bundle_name(path)
    reject = Rejecter(name, "")
    if path.is_dir():
        yield from _folder_members(path, name)
        return
    if not path.is_file():
        raise reject(NOT_A_BUNDLE)
    _, data = _read_capped(path, reject)
    if path.name.lower().endswith(ENCRYPTED_SUFFIX):
        if not identity:
            raise reject(NO_KEY)
        # pyrage is needed only for an encrypted bundle.
        from sbs_desktop.exchange.encryption import decrypt

        data = decrypt(data, identity, bundle=name)
    if not data.startswith(b"PK"):
        raise reject(NOT_A_BUNDLE)
    yield from zip_members(data, name)


def open_bundle_files(path: Path, identity: str | None) -> dict[str, bytes]:
    """The bundle's files by name."""
    return {member.name: member.data for member in bundle_members(path, identity)}
