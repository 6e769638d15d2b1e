"""The one way slow work runs: off the UI thread, with progress and a cancel button.

Every export, import, merge, report and backup goes through `run_task`. The work
receives a `Progress`; its result or error comes back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sbs_desktop.core.errors import Cancelled
from sbs_desktop.core.progress import Progress
from sbs_desktop.ui.messages import show_error

Work = Callable[[Progress], Any]


class _Runner(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        # Made here, on the UI thread, so that a Cancel pressed before the work
        # thread has even started is not lost.
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """A piece of slow work in flight. `finished` fires after success, failure or cancel."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._parent_widget = parent
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self._show_progress)
        self._runner.succeeded.connect(self._succeed)
        self._runner.failed.connect(self._fail)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.was_cancelled = True
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self._runner.progress.cancel()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def stop_and_wait(self) -> None:
        """Cancel and wait for the work to end (before its window closes the vault)."""
        if self._thread.isRunning():
            self.cancel()
            self._thread.quit()
            self._thread.wait()

    def _show_progress(self, done: int, total: int, stage: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if stage:
            self.dialog.setLabelText(stage)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()
        self.finished.emit()

    def _succeed(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _fail(self, error: BaseException) -> None:
        self.error = error
        self._finish()
        if isinstance(error, Cancelled):
            self.was_cancelled = True
            if self._on_cancel is not None:
                self._on_cancel()
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent_widget, error)


def run_task(
    parent: QWidget | None,
    title: str,
    work: Work,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Run `work(progress)` off the UI thread behind a progress dialog with Cancel.

    `on_success(result)` runs on the UI thread; errors are shown to the person
    unless `on_failure` is given; a cancelled task calls `on_cancel`.
    """
    return Task(parent, title, work, on_success, on_failure, on_cancel)
