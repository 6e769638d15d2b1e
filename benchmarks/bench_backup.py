"""A verified backup of the 100,000-interaction vault against copying the file and opening the copy.

The backup is the real one (app.backups.back_up): a snapshot through a connection of
its own, written with sqlcipher_export under a temporary name, opened again with the
passphrase, every page's checksum checked, every table's rows counted against the
snapshot, then renamed into place. The baseline copies the closed vault file with
shutil.copyfile and opens the copy as the program does (key derivation, page checks).
Each runs five times, alternately; the medians are compared.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.demo_vaults import PASSPHRASE, demo_vault
from benchmarks.figure import Figure
from sbs_desktop.app.backups import back_up
from sbs_desktop.store.vault import Vault

RATIO_LIMIT = 3.0
REPETITIONS = 5


def _copy_and_open(source: Path, target: Path) -> float:
    started = time.perf_counter()
    shutil.copyfile(source, target)
    Vault.open(target, PASSPHRASE).close()
    return time.perf_counter() - started


def measure(scale: float) -> list[Figure]:
    count = max(1000, round(100_000 * scale))
    cached = demo_vault(count)
    backup_times: list[float] = []
    copy_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sbs-bench-backup-") as name:
        folder = Path(name)
        source = folder / "vault.sbsvault"
        shutil.copyfile(cached, source)
        Vault.open(source, PASSPHRASE).close()  # migrations of a newer schema, once
        size = source.stat().st_size
        for repetition in range(REPETITIONS):
            copy_times.append(_copy_and_open(source, folder / f"copy-{repetition}.sbsvault"))
            with Vault.open(source, PASSPHRASE) as vault:
                started = time.perf_counter()
                back_up(vault, folder / "backups")
                backup_times.append(time.perf_counter() - started)
    backup = statistics.median(backup_times)
    copy = statistics.median(copy_times)
    return [Figure(
        f"Verified backup of {count:,} interactions", backup / copy, RATIO_LIMIT,
        note=f"median of {REPETITIONS}: {backup:.3f} s for back_up (snapshot, export, reopen "
             f"with the passphrase, cipher_integrity_check, row counts, rename) vs {copy:.3f} s "
             f"for shutil.copyfile of the {size / 1e6:.1f} MB file and opening the copy")]
