"""Writing 100,000 interactions through the store against plain sqlite3 executemany.

The store writes Interaction records into a SQLCipher vault (add_interactions); the
baseline writes the very rows the store stored, already as tuples, into an unencrypted
file with the same tables, indexes and pragmas, in one transaction as well. Each runs
five times, alternately, and the best times are compared: on a shared machine other
work only ever adds time.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from benchmarks.demo_vaults import PASSPHRASE
from benchmarks.figure import Figure
from sbs_desktop.app.demo import demo_contacts, demo_interactions
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.contacts import add_contacts
from sbs_desktop.store.interactions import COLUMNS, add_interactions
from sbs_desktop.store.vault import Vault

# The pragmas Vault._configure sets that matter to a plain SQLite file as well.
PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
           "cache_size = -32768", "foreign_keys = ON", "secure_delete = ON")
TABLES = ("contacts", "interactions")
REPETITIONS = 5


def _through_store(folder: Path, name: str, contacts: list,
                   interactions: list[Interaction]) -> tuple[float, list[str], list[tuple]]:
    """Seconds to store the interactions; the tables' SQL and the rows as stored."""
    with Vault.create(folder / f"{name}.sbsvault", PASSPHRASE, Role.SUPPORTER) as vault:
        add_contacts(vault, contacts)
        started = time.perf_counter()
        add_interactions(vault, interactions)
        elapsed = time.perf_counter() - started
        schema = [row[0] for row in vault.query(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN (?, ?) "
            "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC, name",
            TABLES)]
        rows = vault.query(f"SELECT {COLUMNS} FROM interactions ORDER BY id")
        contact_rows = vault.query("SELECT id, name, year_of_study, reach FROM contacts")
    return elapsed, schema, [contact_rows, rows]


def _plain_sqlite(path: Path, schema: list[str], contact_rows: list[tuple],
                  rows: list[tuple]) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in PRAGMAS:
            connection.execute(f"PRAGMA {pragma}")
        for statement in schema:
            connection.execute(statement)
        connection.executemany("INSERT INTO contacts VALUES (?, ?, ?, ?)", contact_rows)
        placeholders = ", ".join("?" * len(rows[0]))
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            f"INSERT INTO interactions ({COLUMNS}) VALUES ({placeholders})", rows)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def measure(scale: float) -> list[Figure]:
    count = max(1000, round(100_000 * scale))
    rng = random.Random(2022)
    contacts = [replace(c, id=n) for n, c in enumerate(demo_contacts(rng), start=1)]
    interactions = list(demo_interactions(rng, count, contacts, date(2026, 6, 30)))
    store_times: list[float] = []
    plain_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sbs-bench-write-") as name:
        folder = Path(name)
        for repetition in range(REPETITIONS):
            elapsed, schema, (contact_rows, rows) = _through_store(
                folder, f"store-{repetition}", contacts, interactions)
            store_times.append(elapsed)
            plain_times.append(_plain_sqlite(folder / f"plain-{repetition}.db", schema,
                                             contact_rows, rows))
    store = min(store_times)
    plain = min(plain_times)
    return [Figure(
        f"Writing {count:,} interactions through the store", store / plain, 1.5,
        note=f"best of {REPETITIONS}: {store:.3f} s into a SQLCipher vault from Interaction "
             f"records vs "
             f"{plain:.3f} s for sqlite3 executemany of the same row tuples into a plain file "
             f"(SQLite {sqlite3.sqlite_version}; same tables, indexes, WAL, synchronous=FULL, "
             f"cache size)")]
