"""Reading back what an export wrote, whatever its form (folder, .zip or .zip.age)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from sbs_desktop.exchange.encryption import decrypt


def files_of(path: Path, identity: str | None = None) -> dict[str, bytes]:
    """Every file of a bundle by name; an encrypted one is opened with `identity`."""
    if path.is_dir():
        return {p.name: p.read_bytes() for p in path.iterdir()}
    data = path.read_bytes()
    if identity:
        data = decrypt(data, identity)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
