"""Keyed SQLCipher connections, and the one form of a passphrase that keys them."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import sqlcipher3

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, VaultDamaged


def _quote(passphrase: str) -> str:
    # PRAGMA key cannot take a bound parameter, so the literal is escaped here.
    return "'" + passphrase.replace("'", "''") + "'"


def normalise_passphrase(passphrase: str) -> str:
    """The passphrase in Unicode NFC: typed on macOS (which sends NFD) or Windows alike."""
    return unicodedata.normalize("NFC", passphrase)


def connect(path: Path, passphrase: str, one_thread: bool = False) -> Any:
    """A keyed connection to `path`; nothing is read, so nothing is checked yet."""
    connection = sqlcipher3.connect(str(path), isolation_level=None,
                                    check_same_thread=one_thread)
    # SQLCipher logs failed page checks to stderr by default; the messages
    # say nothing a person needs and the UI reports the error itself.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_quote(passphrase)}")
    return connection


def unlocked_connection(path: Path, passphrase: str) -> Any:
    """A connection that read the schema with `passphrase`, or None if it could not.

    Raises VaultDamaged when the key opened the first page but the file is missing
    pages that page names (a file cut short at a page boundary).
    """
    connection = connect(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        if "malformed" in str(error).lower():
            raise VaultDamaged(path=str(path), reason=QT_TRANSLATE_NOOP(
                "Errors", "pages are missing")) from None
        return None
    return connection
