"""Reading a bundle (folder, .zip or .zip.age) and verifying every byte before it is stored.

The steps, each in a module of its own: the container gives the files' bytes
(bundle_container, with the zip's limits), the manifest is checked against its schema
(manifest), each file's SHA-256 against the manifest, its CSV shape and row count
(bundle_csv), and its cells (bundle_tables, one checker per table). A bundle is
refused whole at the first problem with BundleRejected (reasons in bundle_rejections).
Nothing here writes anything: the caller stores a bundle only once `read_bundle` has
returned it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sbs_desktop.core.merged import ColumnTable
from sbs_desktop.exchange.bundle_container import bundle_name, bundles_in, open_bundle_files
from sbs_desktop.exchange.bundle_csv import csv_columns
from sbs_desktop.exchange.bundle_rejections import (
    FILE_MISSING,
    HASH_MISMATCH,
    UNREADABLE,
    Rejecter,
)
from sbs_desktop.exchange.bundle_tables import CHECKERS, InstrumentLookup
from sbs_desktop.exchange.format import MANIFEST_FILE, TABLES
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


def verify_bundle(files: dict[str, bytes], name: str,
                  instruments: InstrumentLookup) -> Bundle:
    """Check the manifest, then every table against it; returns the typed tables."""
    if MANIFEST_FILE not in files:
        raise Rejecter(name, MANIFEST_FILE)(FILE_MISSING)
    manifest = validate_manifest(files[MANIFEST_FILE], bundle=name)
    tables: dict[str, ColumnTable] = {}
    for table_name, (file, columns) in TABLES.items():
        reject = Rejecter(name, file)
        entry = manifest.tables[table_name]
        if file not in files:
            raise reject(FILE_MISSING)
        data = files[file]
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise reject(HASH_MISMATCH)
        values = csv_columns(data, entry.rows, columns, reject)
        tables[table_name] = CHECKERS[table_name](values, manifest, reject, instruments)
    return Bundle(source=name, manifest=manifest, **tables)


def read_bundle(path: Path, identity: str | None, instruments: InstrumentLookup) -> Bundle:
    """Open and verify the bundle at `path`; raises BundleRejected (or an encryption error)."""
    try:
        files = open_bundle_files(path, identity)
    except OSError as error:
        raise Rejecter(bundle_name(path), "")(UNREADABLE, value=error.strerror or "") from None
    return verify_bundle(files, bundle_name(path), instruments)
