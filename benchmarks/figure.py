"""One measured figure set against its target in docs/design.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A measurement: `measured` compared with `limit` (both in `unit`, lower is better)."""

    target: str          # the target in docs/design.md, in words
    measured: float
    limit: float
    unit: str = "x"      # "x" for a ratio to the baseline run in the same process, or "s", "MB"
    note: str = ""       # what the baseline was, sizes, anything needed to read the figure

    @property
    def met(self) -> bool:
        return self.measured <= self.limit

    def line(self) -> str:
        verdict = "meets" if self.met else "MISSES"
        text = (f"{self.target}: {self.measured:.2f}{self.unit} "
                f"(target <= {self.limit:g}{self.unit}) {verdict}")
        return text + (f" — {self.note}" if self.note else "")
