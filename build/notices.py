"""Build step: the third-party notices of exactly what the frozen bundle ships.

sbs-desktop.spec calls `write_bundle_notices` once PyInstaller has collected and trimmed the
bundle: every module and file in it is traced back to its installed distribution
(importlib.metadata.packages_distributions), whose licence files the metadata lists, and
the notices no wheel carries (resources/notices: Qt, ICU, SQLCipher, OpenSSL) and Python's
own licence are added. The result is THIRD-PARTY-NOTICES.txt among the shipped files, where
Help > Third-party licences reads it (sbs_desktop/app/notices.py).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib.metadata import Distribution, distribution, packages_distributions
from pathlib import Path, PurePath

from sbs_desktop.app.notices import NOTICES_FILE, collect_notices


def top_level_names(modules: Iterable[str], files: Iterable[str]) -> set[str]:
    """The top-level import names behind dotted module names and bundle-relative file paths."""
    names = {module.split(".")[0] for module in modules}
    for file in files:
        parts = PurePath(file).parts
        # A top-level extension module (_cffi_backend.cpython-311-x86_64-linux-gnu.so) is
        # named by what precedes its first dot; a folder by itself.
        names.add(parts[0] if len(parts) > 1 else parts[0].split(".")[0])
    return names


def shipped_distributions(names: Iterable[str]) -> list[Distribution]:
    """The installed distributions that provide any of the top-level `names`."""
    providers = packages_distributions()
    found = {provider for name in names for provider in providers.get(name, ())}
    return [distribution(name) for name in sorted(found)]


def python_licence() -> str | None:
    """The licence of the Python interpreter the bundle carries, when this Python has it."""
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (Path(sys.base_prefix) / "lib" / f"python{version}" / "LICENSE.txt",
                      Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8", errors="replace")
            return f"Python {sys.version.split()[0]}\n{'=' * 78}\n\n{text}"
    return None


def write_bundle_notices(modules: Iterable[str], files: Iterable[str], folder: Path) -> Path:
    """Write THIRD-PARTY-NOTICES.txt for a bundle holding `modules` and `files`; its path."""
    distributions = shipped_distributions(top_level_names(modules, files))
    python = python_licence()
    text = collect_notices(distributions, [python] if python else [])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NOTICES_FILE
    path.write_text(text, encoding="utf-8")
    return path
