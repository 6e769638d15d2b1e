"""Anonymised export of 100,000 interactions against pandas.read_sql plus to_csv of the raw table.

Both read the same cached SQLCipher demo vault in this process and write CSV to a
temporary folder. The export is the real one (export_bundle, folder form): pseudonyms,
coarse dates, the three tables, the manifest with its hashes, and the history record.
The baseline reads every column of the interactions table into a DataFrame through its
own connection to the vault and writes it out with to_csv, anonymising nothing.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from benchmarks.demo_vaults import PASSPHRASE, demo_vault
from benchmarks.figure import Figure

RATIO_LIMIT = 1.5
REPETITIONS = 5


def _baseline(vault_path: Path, out: Path) -> float:
    import pandas as pd
    import sqlcipher3

    connection = sqlcipher3.connect(str(vault_path))
    try:
        connection.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        # The key is derived (PBKDF2) on first use; that is unlocking, not exporting.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        started = time.perf_counter()
        with warnings.catch_warnings():
            # pandas warns that it has only been tested with sqlite3 and SQLAlchemy.
            warnings.simplefilter("ignore", UserWarning)
            frame = pd.read_sql("SELECT * FROM interactions", connection)
        frame.to_csv(out, index=False)
        return time.perf_counter() - started
    finally:
        connection.close()


def _export(vault, out: Path) -> float:
    from sbs_desktop.app.export import export_bundle

    started = time.perf_counter()
    export_bundle(vault, out, form="folder")
    return time.perf_counter() - started


def measure(scale: float) -> list[Figure]:
    import pandas  # noqa: F401  (imported before timing, as a loaded program would have it)

    from sbs_desktop.app.vaults import unlock_vault

    count = max(1000, round(100_000 * scale))
    export_times: list[float] = []
    baseline_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sbs-bench-export-") as name:
        folder = Path(name)
        # A copy: the export records itself in the vault's history, and other
        # benchmarks may hold the cached vault open meanwhile.
        path = Path(shutil.copy(demo_vault(count), folder / "vault.sbsvault"))
        with unlock_vault(path, PASSPHRASE) as vault:
            # Alternate the two so that neither gets a warmer cache than the other.
            for repetition in range(REPETITIONS + 1):
                baseline = _baseline(path, folder / f"raw-{repetition}.csv")
                exported = _export(vault, folder / f"bundle-{repetition}")
                if repetition:  # the first round only warms the page cache
                    baseline_times.append(baseline)
                    export_times.append(exported)
    export_s = statistics.median(export_times)
    baseline_s = statistics.median(baseline_times)
    return [Figure(
        target=f"Anonymised export of {count:,} interactions vs pandas read_sql + to_csv",
        measured=export_s / baseline_s,
        limit=RATIO_LIMIT,
        note=f"export {export_s:.3f} s, baseline {baseline_s:.3f} s (median of {REPETITIONS})",
    )]
