"""Run every benchmark module (benchmarks/bench_*.py) and print each figure against its target.

Usage: python -m benchmarks.run [--scale 0.1] [NAME ...]
Each module exposes `measure(scale: float) -> list[Figure]`; scale shrinks the data
sizes for a quick look (1.0 is the size docs/design.md names).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from benchmarks.figure import Figure


def benchmark_names() -> list[str]:
    folder = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)])
                  if m.name.startswith("bench_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    parser.add_argument("--scale", type=float, default=1.0)
    options = parser.parse_args(argv)
    names = options.names or benchmark_names()
    figures: list[Figure] = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name.removesuffix('.py')}")
        print(f"== {name}", flush=True)
        for figure in module.measure(options.scale):
            figures.append(figure)
            print("  " + figure.line(), flush=True)
    missed = [f for f in figures if not f.met]
    print(f"{len(figures) - len(missed)} of {len(figures)} figures meet their targets")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
