"""Worst hostile bundles: how long each takes to be refused and the peak memory of the process
doing it, against issue 11's limits (1 s, 200 MB), beside a good bundle of the same declared size.

Every bundle is read in a child process of its own (read_bundle, as the merge reads it),
so the peak resident memory measured is that bundle's alone, interpreter and imports
included: VmHWM on Linux (getrusage's ru_maxrss would carry the parent's peak over
exec), ru_maxrss elsewhere. The hostile bundles are built by the
test corpus (tests/hostile_bundles.py) at full size whatever the scale; the scale
shrinks only the good bundles read for comparison.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from benchmarks.figure import Figure
from sbs_desktop.exchange.bundle_container import MAX_FILE_BYTES

TESTS = Path(__file__).resolve().parent.parent / "tests"
SECONDS_LIMIT = 1.0
MEGABYTES_LIMIT = 200.0
MIB = 1024 * 1024
# The largest table the reader takes whole, in MiB, just under its limit.
LARGEST_MIB = MAX_FILE_BYTES // MIB - 1

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.instrument import shipped_instruments
from sbs_desktop.exchange.bundle_reader import read_bundle
known = {i.key: i for i in shipped_instruments()}
import jsonschema, csv, zipfile  # loaded before timing, as in a running program
started = time.perf_counter()
try:
    read_bundle(sys.argv[1], None, lambda i, v: known.get((i, v)))
    outcome = "read"
except SbsError as error:
    outcome = error.message
elapsed = time.perf_counter() - started
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
except OSError:
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # KiB; bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
print(json.dumps({"seconds": elapsed, "megabytes": peak, "outcome": outcome}))
"""


def _measure(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(TESTS)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _good_folder(root: Path, name: str, csv_bytes: int) -> Path:
    """A valid folder bundle whose interactions.csv is about `csv_bytes` long."""
    from bundle_factory import bundle_files, write_folder

    rows = max(1, csv_bytes // 190)  # a factory row is about 190 bytes
    return write_folder(root / name, bundle_files("S-0000000000aa", interactions=rows))


def _good_zip(root: Path, name: str, csv_bytes: int) -> Path:
    from bundle_factory import bundle_files, write_zip

    rows = max(1, csv_bytes // 190)
    return write_zip(root / f"{name}.zip", bundle_files("S-0000000000ab", interactions=rows))


def _noisy_newlines_zip(root: Path) -> Path:
    """The largest zip the limits let through whole: interactions.csv declares just under the
    limit (MAX_FILE_BYTES), all
    line feeds but for a little noise that keeps it under the 200:1 ratio, its hash fixed.
    Refused at row 2; the rest is inflated and hashed (bounded) to name a changed file."""
    import hashlib

    from bundle_factory import bundle_files
    from hostile_bundles import raw_zip

    files = bundle_files("S-0000000000ac", interactions=8)
    header = files["interactions.csv"].split(b"\r\n", 1)[0] + b"\r\n"
    block = bytearray(b"\n" * MIB)
    noise = random.Random(11).randbytes(8 * 1024)  # enough to stay under 200:1
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    digest, crc = hashlib.sha256(header), zlib.crc32(header)
    parts = [compressor.compress(header)]
    for number in range(LARGEST_MIB):
        block[:len(noise)] = noise[number:] + noise[:number]
        parts.append(compressor.compress(bytes(block)))
        digest.update(block)
        crc = zlib.crc32(block, crc)
    parts.append(compressor.flush())
    data = b"".join(parts)
    manifest = json.loads(files["manifest.json"])
    manifest["tables"]["interactions"]["sha256"] = digest.hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()
    entries = [("interactions.csv", 8, data, len(header) + LARGEST_MIB * MIB, crc)]
    entries += [(name, 0, content, len(content), zlib.crc32(content))
                for name, content in files.items() if name != "interactions.csv"]
    path = root / "noisy-largest.zip"
    path.write_bytes(raw_zip(entries))
    return path


def measure(scale: float) -> list[Figure]:
    sys.path.insert(0, str(TESTS))
    from hostile_bundles import HOSTILE, lying_zip

    builders = {case.name: case.build for case in HOSTILE}
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="sbs-bench-hostile-") as folder:
        root = Path(folder)
        cases = [
            ("folder: interactions.csv = 64 MiB of line feeds, hash fixed",
             builders["newlines-64mib"](root),
             _good_folder(root, "good-64mib", int(64 * MIB * scale))),
            ("zip of ~1 MB declaring 1,000 bytes for 1 GB of zeros", lying_zip(root),
             _good_zip(root, "good-1000b", 1000)),
            (f"zip: {LARGEST_MIB} MiB of line feeds and noise under 200:1, hash fixed",
             _noisy_newlines_zip(root),
             _good_zip(root, "good-largest", int(LARGEST_MIB * MIB * scale))),
            ("folder: manifest.json of 50 MB", builders["version-50mb"](root), None),
            ("folder: a 2 MiB line", builders["long-line"](root), None),
            ("zip whose directory lists 5,000 entries", builders["crowded-zip"](root), None),
        ]
        for label, hostile, good in cases:
            bad = _measure(hostile)
            assert bad["outcome"] != "read", label
            reference = ""
            if good is not None:
                fine = _measure(good)
                size = sum(p.stat().st_size for p in good.iterdir()) if good.is_dir() \
                    else good.stat().st_size
                reference = (f"; a good bundle of {size / MIB:.1f} MiB reads in "
                             f"{fine['seconds']:.2f} s, {fine['megabytes']:.0f} MB")
            refusal = bad["outcome"].split(": ", 1)[-1][:70]
            figures.append(Figure(target=f"refusal time, {label}", measured=bad["seconds"],
                                  limit=SECONDS_LIMIT, unit=" s",
                                  note=f"refused: {refusal}{reference}"))
            figures.append(Figure(target=f"peak memory, {label}", measured=bad["megabytes"],
                                  limit=MEGABYTES_LIMIT, unit=" MB",
                                  note="peak RSS of the reading process, interpreter included"))
    return figures
