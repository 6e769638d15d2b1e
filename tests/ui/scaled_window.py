"""Run by test_usable.py in a child process at 200% (QT_SCALE_FACTOR=2 on an offscreen
2560 x 1440 screen): the main window of each role, page by page; prints as JSON what
does not fit or is squeezed below its minimum size."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.application import make_application
from sbs_desktop.ui.main_window import MainWindow
from sbs_desktop.ui.pages import PageFrame

PASSPHRASE = "correct horse battery staple forty two"
# The logical screen less a title bar (about 30 px) and a task bar (about 40 px).
ROOM = QSize(1280, 720 - 30 - 40)


def _settle(application: QApplication, page: QWidget) -> None:
    task = getattr(page, "task", None)
    deadline = time.monotonic() + 120
    while task is not None and task.running and time.monotonic() < deadline:
        application.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        application.processEvents()


def _squeezed(page: QWidget) -> list[str]:
    """Visible widgets laid out smaller than their minimum: what would be clipped.

    Scroll areas, and widgets inside one, are left out: they scroll to show it whole.
    """
    found = []
    for widget in page.findChildren(QWidget):
        if (not widget.isVisibleTo(page) or widget.parentWidget() is None
                or isinstance(widget, QAbstractScrollArea)):
            continue
        inside_scroll = False
        parent = widget.parentWidget()
        while parent is not None and parent is not page:
            if isinstance(parent, QAbstractScrollArea):
                inside_scroll = True
                break
            parent = parent.parentWidget()
        if inside_scroll or widget.parentWidget().layout() is None:
            continue
        wanted = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if not wanted.isValid():
            continue
        if widget.width() + 1 < wanted.width() or widget.height() + 1 < wanted.height():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} is "
                         f"{widget.width()}x{widget.height()}, needs "
                         f"{wanted.width()}x{wanted.height()}")
    return found


def _dialogs(application: QApplication, window: MainWindow) -> list[str]:
    """The supporter's two large dialogs: the interaction form and the export preview."""
    from sbs_desktop.ui.export_dialog import ExportDialog
    from sbs_desktop.ui.preview_table import PreviewTable

    problems = []
    export = ExportDialog(window.vault, window)
    for dialog in (window.new_interaction(), export):
        dialog.show()
        _settle(application, dialog)
        hint = dialog.minimumSizeHint()
        if (hint.width() > ROOM.width() or hint.height() > ROOM.height()
                or dialog.width() > ROOM.width()):
            problems.append(f"{dialog.windowTitle()} needs {hint.width()}x{hint.height()}, "
                            f"is {dialog.width()} wide")
        problems += [f"{dialog.windowTitle()}: {problem}" for problem in _squeezed(dialog)]
    for table in export.findChildren(PreviewTable):
        if table.isVisible() and table.horizontalScrollBar().isVisible():
            problems.append(f"{table.objectName()} scrolls sideways")
    return problems


def main(folder: Path) -> dict:
    application = make_application()
    screen = application.primaryScreen()
    report: dict = {"ratio": screen.devicePixelRatio(),
                    "screen": [screen.geometry().width(), screen.geometry().height()],
                    "problems": []}
    for role in Role:
        vault = create_vault(folder / f"{role.value}.sbsvault", PASSPHRASE, role)
        window = MainWindow(vault)
        window.show()
        hint = window.minimumSizeHint()
        if hint.width() > ROOM.width() or hint.height() > ROOM.height():
            report["problems"].append(f"{role.value} window needs {hint.width()}x"
                                      f"{hint.height()}")
        window.resize(ROOM)
        for row in range(window.navigation.count()):
            window.show_page(row)
            page = window.current_page()
            _settle(application, page)
            name = f"{role.value} {window.navigation.item(row).text()}"
            room, wanted = window.stack.size(), page.minimumSizeHint()
            # Taller than the room is fine where the page's frame scrolls to all of it;
            # wider never is.
            frame = page.parentWidget().parentWidget() if page.parentWidget() else None
            scrolls = (isinstance(frame, PageFrame) and frame.verticalScrollBar().maximum()
                       >= wanted.height() - frame.viewport().height())
            if wanted.width() > room.width() or (wanted.height() > room.height()
                                                 and not scrolls):
                report["problems"].append(f"{name} needs {wanted.width()}x{wanted.height()}"
                                          f" in {room.width()}x{room.height()}")
            report["problems"] += [f"{name}: {problem}" for problem in _squeezed(page)]
        if role is Role.SUPPORTER:
            report["problems"] += _dialogs(application, window)
        window.close()
        vault.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
