"""Finds the shipped files (resources/) wherever the program is: checkout, wheel or frozen build."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path, PurePosixPath

from sbs_desktop.core.errors import ShippedFilesMissing

# resources/ at the top of the repository is installed as this package (pyproject.toml's
# package-dir); an editable install maps it back to resources/, and the PyInstaller spec
# puts it at the same place inside the bundle. So one lookup serves every installation.
PACKAGE = "sbs_desktop._resources"


def resources_dir() -> Path:
    """The folder holding the shipped files (instruments, defaults, icons, translations)."""
    try:
        root = files(PACKAGE)
    except ModuleNotFoundError as error:
        raise ShippedFilesMissing(name=PACKAGE) from error
    # Qt loads icons and translations by file name, so the files must be on disk; every
    # supported installation (wheel, editable, PyInstaller folder) puts them there.
    if not isinstance(root, Path):
        raise ShippedFilesMissing(name=PACKAGE)
    return root


def shipped_file(name: str) -> Path:
    """A shipped file or folder by its name inside resources/ ("translations/sbs_fr.qm")."""
    return resources_dir().joinpath(*PurePosixPath(name).parts)
