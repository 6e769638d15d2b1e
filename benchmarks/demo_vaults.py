"""Demo vaults for the benchmarks, made once with sbs_desktop.app.demo and kept under /tmp."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sbs_desktop.app.demo import DEMO_PASSPHRASE, make_demo_vault

PASSPHRASE = DEMO_PASSPHRASE
FOLDER = Path(os.environ.get("SBS_BENCHMARK_CACHE",
                             Path(tempfile.gettempdir()) / "sbs-benchmarks"))


def demo_vault(interactions: int, seed: int = 2022) -> Path:
    """The path of a supporter demo vault with `interactions` rows, made on first use.

    Later migrations are applied when a benchmark opens it, so a cached vault stays usable
    as the schema grows.
    """
    path = FOLDER / f"demo-{interactions}-{seed}.sbsvault"
    if path.exists():
        return path
    FOLDER.mkdir(parents=True, exist_ok=True)
    # Made under another name and renamed when complete, so that an interrupted run never
    # leaves a half-filled vault to be reused.
    partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
    make_demo_vault(partial, PASSPHRASE, interactions=interactions, seed=seed).close()
    partial.replace(path)
    for leftover in (Path(f"{partial}.lock"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    return path
