"""Finds the files shipped in resources/, from source or from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding the shipped resources (instruments, defaults, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def shipped_file(name: str) -> Path:
    """A file inside resources/, by its relative name."""
    return resources_dir() / name
