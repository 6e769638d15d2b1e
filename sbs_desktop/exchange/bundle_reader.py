"""Reading a bundle (folder, .zip or .zip.age) and verifying every byte before it is stored.

The steps, each in a module of its own: the container gives the files in chunks, never
past their declared sizes (bundle_container, with the zip's limits), the manifest is
checked against its schema (manifest), each file is parsed as a stream, its shape, row
count and SHA-256 checked as it passes (bundle_csv), then its cells (bundle_tables, one
checker per table). A bundle is refused whole at the first problem with BundleRejected
(reasons in bundle_rejections). Nothing here writes anything: the caller stores a bundle
only once `read_bundle` has returned it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sbs_desktop.core.merged import ColumnTable
from sbs_desktop.exchange.bundle_container import (
    Container,
    FilesContainer,
    bundle_name,
    bundles_in,
    open_container,
)
from sbs_desktop.exchange.bundle_csv import read_table
from sbs_desktop.exchange.bundle_rejections import FILE_MISSING, Rejecter
from sbs_desktop.exchange.bundle_tables import CHECKERS, InstrumentLookup
from sbs_desktop.exchange.format import MANIFEST_FILE, SIGNATURE_FILE, TABLES
from sbs_desktop.exchange.manifest import Manifest, validate_manifest

# The merge names these through this module, the one entry to reading bundles.
__all__ = ["Bundle", "InstrumentLookup", "bundle_name", "bundles_in", "read_bundle",
           "verify_bundle"]


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check: its manifest and its three tables, typed."""

    source: str                 # file or folder name, for messages and provenance
    manifest: Manifest
    interactions: ColumnTable
    schedule: ColumnTable
    survey: ColumnTable
    manifest_bytes: bytes = b""     # as read, for checking a signature over them
    signature: bytes | None = None  # manifest.sig, when the bundle carries one


def verify_container(container: Container, instruments: InstrumentLookup) -> Bundle:
    """Check the manifest, then every table against it; returns the typed tables."""
    name = container.name
    manifest_bytes = container.whole(MANIFEST_FILE)
    if manifest_bytes is None:
        raise Rejecter(name, MANIFEST_FILE)(FILE_MISSING)
    manifest = validate_manifest(manifest_bytes, bundle=name, instruments=instruments)
    signature = container.whole(SIGNATURE_FILE)
    tables: dict[str, ColumnTable] = {}
    for table_name, (file, columns) in TABLES.items():
        reject = Rejecter(name, file)
        if file not in container.sizes:
            raise reject(FILE_MISSING)
        values = read_table(container.chunks(file), manifest.tables[table_name], columns,
                            reject)
        tables[table_name] = CHECKERS[table_name](values, manifest, reject, instruments)
    return Bundle(source=name, manifest=manifest, manifest_bytes=manifest_bytes,
                  signature=signature, **tables)


def verify_bundle(files: dict[str, bytes], name: str,
                  instruments: InstrumentLookup) -> Bundle:
    """verify_container for files already in memory, by name."""
    return verify_container(FilesContainer(files, name), instruments)


def read_bundle(path: Path, identity: str | None, instruments: InstrumentLookup) -> Bundle:
    """Open and verify the bundle at `path`; raises BundleRejected (or an encryption error)."""
    with open_container(path, identity) as container:
        return verify_container(container, instruments)
