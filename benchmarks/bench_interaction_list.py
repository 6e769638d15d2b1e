"""The interaction list over 100,000 interactions: first paint, longest stall, memory.

Runs in a fresh process (offscreen) on a cached demo vault. The real InteractionsPage
is built and shown; the clock runs from its construction to the end of the table's
first paint. Then, one event at a time as a person would cause them, the list is
scrolled to its very end (every fetchMore), sorted by each column both ways, and
filtered by date, format, risk, follow-up due and text. A 1 ms heartbeat timer
measures the longest time the event loop went without turning; resident memory is
read after every step.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.demo_vaults import PASSPHRASE, demo_vault
from benchmarks.figure import Figure

REPORT_PREFIX = "interaction-list: "
FIRST_PAINT_LIMIT_S = 0.3
STALL_LIMIT_MS = 100
MEMORY_LIMIT_MB = 50


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _filters(today: date) -> list[tuple[str, object]]:
    from sbs_desktop.core.vocabulary import Format, Risk
    from sbs_desktop.store.interactions import InteractionFilter

    return [
        ("last 30 days", InteractionFilter(start=today - timedelta(days=29), end=today)),
        ("this academic year", InteractionFilter(
            start=date(today.year if today.month >= 9 else today.year - 1, 9, 1), end=today)),
        ("format in person", InteractionFilter(formats=frozenset({Format.IN_PERSON}))),
        ("risk concerned or more", InteractionFilter(risks=frozenset(
            {Risk.CONCERNED, Risk.VERY_CONCERNED, Risk.IMMEDIATE}))),
        ("follow-up due", InteractionFilter(follow_up_due_by=today)),
        ("text in notes 'OSCE'", InteractionFilter(text="OSCE")),
        ("text of a classmate 'Amira'", InteractionFilter(text="Amira")),
        ("text found nowhere", InteractionFilter(text="zzzz")),
        ("video, very concerned, this year, 'sleep'", InteractionFilter(
            start=date(today.year - 1, today.month, 1), end=today,
            formats=frozenset({Format.VIDEO}), risks=frozenset({Risk.VERY_CONCERNED}),
            text="sleep")),
        ("no filter", InteractionFilter()),
    ]


def run_child(vault_path: str) -> dict:
    """Build the page and drive it; runs in the fresh process."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.ui.interaction_table import Column
    from sbs_desktop.ui.interactions_page import InteractionsPage

    application = QApplication([sys.argv[0]])  # noqa: F841 (kept alive for the run)
    # QEventLoop's own processEvents: in PySide6 6.12 with Python 3.11 the static
    # QCoreApplication.processEvents and QTimer.singleShot each drop a reference to
    # None, and a few thousand calls crash the interpreter.
    loop = QEventLoop()
    later: list[QTimer] = []

    def soon(action) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(action)
        later.append(timer)
        timer.start(0)
    vault = unlock_vault(Path(vault_path), PASSPHRASE)
    clock = QElapsedTimer()
    clock.start()
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))

    def settle(ms: float = 30) -> None:
        end = clock.nsecsElapsed() / 1e6 + ms
        while clock.nsecsElapsed() / 1e6 < end:
            loop.processEvents()

    def stall_during(action) -> float:
        """The longest gap between heartbeats while `action` runs inside the event loop."""
        done = []
        soon(lambda: (action(), done.append(True)))
        started = len(ticks)
        while not done:
            loop.processEvents()
        settle()
        gaps = [b - a for a, b in zip(ticks[started - 1:], ticks[started:], strict=False)]
        return max(gaps, default=0.0)

    memory_before = _resident_mb()
    painted: list[float] = []
    # Python's full collections walk every live object, so rows kept as objects show up
    # here as stalls; reported with the figures to tell them from slow queries.
    collections: list[float] = []

    def time_collection(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(time.perf_counter())
        elif info["generation"] == 2:
            collections[-1] = time.perf_counter() - collections[-1]
        else:
            collections.pop()

    gc.callbacks.append(time_collection)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                # Read once the paint under way has finished and reached the backing store.
                soon(lambda: painted.append(time.perf_counter()))
            return False

    started = time.perf_counter()
    page = InteractionsPage(vault)
    watcher = FirstPaint(page)
    page.table.viewport().installEventFilter(watcher)
    page.resize(1180, 760)
    page.show()
    while not painted:
        loop.processEvents()
    first_paint = painted[0] - started
    memory_peak = _resident_mb()

    heartbeat.start()
    settle(100)
    stalls: dict[str, float] = {}
    model, table = page.model, page.table
    scrollbar = table.verticalScrollBar()
    # Each move to the bottom lets the view fetch one more page, as a person dragging
    # the scroll bar down would; a model that knows its length needs only one move.
    moves = 0
    worst_move = 0.0
    while moves == 0 or model.canFetchMore(table.rootIndex()):
        stall = stall_during(lambda: scrollbar.setValue(scrollbar.maximum()))
        worst_move = max(worst_move, stall)
        moves += 1
        memory_peak = max(memory_peak, _resident_mb())
    stalls[f"scrolling to the end ({moves} moves to the bottom)"] = worst_move
    loaded_at_end = model.rowCount()

    for column, key in enumerate(Column.SORT_KEYS):
        if key is None:
            continue
        for order, direction in ((Qt.SortOrder.AscendingOrder, "ascending"),
                                 (Qt.SortOrder.DescendingOrder, "descending")):
            name = f"sort by {key.value} {direction}"
            stalls[name] = stall_during(lambda c=column, o=order: table.sortByColumn(c, o))
            memory_peak = max(memory_peak, _resident_mb())
    table.sortByColumn(Column.WHEN, Qt.SortOrder.DescendingOrder)
    settle()

    for name, filter_ in _filters(date.today()):
        stalls[f"filter: {name}"] = stall_during(lambda f=filter_: model.set_filter(f))
        memory_peak = max(memory_peak, _resident_mb())
    heartbeat.stop()
    vault.close()
    return {
        "first_paint_s": first_paint,
        "stalls_ms": stalls,
        "memory_growth_mb": memory_peak - memory_before,
        "rows_total": model.total,
        "rows_loaded_at_end": loaded_at_end,
        "longest_full_collection_ms": max(collections, default=0.0) * 1000,
        "full_collections": len(collections),
    }


def measure(scale: float) -> list[Figure]:
    count = max(1000, round(100_000 * scale))
    vault = demo_vault(count)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_interaction_list", str(vault)],
        env=environment, capture_output=True, text=True, timeout=900, check=False,
        cwd=Path(__file__).parent.parent)
    lines = [line for line in finished.stdout.splitlines() if line.startswith(REPORT_PREFIX)]
    if finished.returncode != 0 or not lines:
        raise RuntimeError(f"the interaction list benchmark failed ({finished.returncode}): "
                           f"{finished.stderr.strip()[-3000:]}")
    result = json.loads(lines[-1].removeprefix(REPORT_PREFIX))
    stalls = result["stalls_ms"]
    worst = max(stalls, key=stalls.get)
    scrolling = next(name for name in stalls if name.startswith("scrolling"))
    sorting = max((n for n in stalls if n.startswith("sort")), key=stalls.get)
    filtering = max((n for n in stalls if n.startswith("filter")), key=stalls.get)
    return [
        Figure(f"Interaction list of {count:,}: first paint", result["first_paint_s"],
               FIRST_PAINT_LIMIT_S, unit=" s",
               note="InteractionsPage built, shown and its table painted, offscreen"),
        Figure(f"Interaction list of {count:,}: longest UI stall scrolling to the end",
               stalls[scrolling], STALL_LIMIT_MS, unit=" ms",
               note=f"{scrolling}; {result['rows_loaded_at_end']:,} rows loaded; longest "
                    f"full garbage collection {result['longest_full_collection_ms']:.0f} ms"),
        Figure(f"Interaction list of {count:,}: longest UI stall sorting",
               stalls[sorting], STALL_LIMIT_MS, unit=" ms", note=sorting),
        Figure(f"Interaction list of {count:,}: longest UI stall filtering",
               stalls[filtering], STALL_LIMIT_MS, unit=" ms", note=filtering),
        Figure(f"Interaction list of {count:,}: memory growth", result["memory_growth_mb"],
               MEMORY_LIMIT_MB, unit=" MB",
               note=f"peak resident memory over the vault opened, every row loaded; "
                    f"worst stall of all: {worst} {stalls[worst]:.0f} ms"),
    ]


if __name__ == "__main__":
    outcome = run_child(sys.argv[1])
    print(REPORT_PREFIX + json.dumps(outcome), flush=True)
    # Only the list is being measured; Qt's teardown is not.
    os._exit(0)
