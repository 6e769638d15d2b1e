"""The vault's schema: the numbered migration scripts shipped with the store."""

from __future__ import annotations

from importlib import resources


def migrations() -> list[tuple[int, str]]:
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
    return len(migrations())
