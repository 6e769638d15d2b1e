"""Run as a fresh process by bench_startup: the program to its first dialog, or a bare table.

`python benchmarks/startup_probe.py application VAULT` starts the program as
`sbs-desktop --vault VAULT` would, with SBS_EXIT_WHEN_READY set so that it ends once
the unlock dialog is painted. `python benchmarks/startup_probe.py table` shows a bare
PySide6 window holding a small table and ends once that is painted. Either prints one
line naming the heavy modules that were imported by then.
"""

from __future__ import annotations

import json
import os
import sys

HEAVY_MODULES = ("pandas", "scipy", "matplotlib")
REPORT_PREFIX = "startup-probe: "


def _report() -> None:
    loaded = sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY_MODULES))
    print(REPORT_PREFIX + json.dumps({"heavy_modules": loaded}), flush=True)


def application(vault: str) -> int:
    os.environ["SBS_EXIT_WHEN_READY"] = "1"
    from sbs_desktop.cli import main  # what `sbs-desktop` and `python -m sbs_desktop` run

    return main(["--vault", vault])


def table() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    application = QApplication(sys.argv[:1])
    model = QStandardItemModel(20, 6)
    model.setHorizontalHeaderLabels(["When", "Minutes", "Format", "Concern", "Risk", "Notes"])
    for row in range(20):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(800, 500)

    class QuitWhenPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, application.quit)
            return False

    view.viewport().installEventFilter(QuitWhenPainted(view))
    view.show()
    return application.exec()


if __name__ == "__main__":
    code = application(sys.argv[2]) if sys.argv[1] == "application" else table()
    _report()
    # Both probes skip interpreter and Qt teardown alike: only start-up is being timed.
    os._exit(code)
