"""How long work reports progress and learns that it was cancelled."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sbs_desktop.core.errors import Cancelled

ProgressListener = Callable[[int, int, str], None]


class Progress:
    """Passed into long work: it reports steps done and checks for cancellation.

    Thread-safe: the UI cancels from its thread while the work runs in another.
    """

    def __init__(self, listener: ProgressListener | None = None) -> None:
        self._listener = listener
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, stage: str = "") -> None:
        """Say how far the work is; raises Cancelled if cancellation was asked for."""
        self.check()
        if self._listener is not None:
            self._listener(done, total, stage)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancellation was asked for."""
        if self._cancelled.is_set():
            raise Cancelled()


def silent() -> Progress:
    """A Progress for work nobody watches (the CLI without a terminal, tests)."""
    return Progress()
