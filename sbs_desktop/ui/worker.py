"""The one way slow work runs: off the UI thread, with progress and a cancel button.

Every export, import, merge, report and backup goes through `run_task`. The work
receives a `Progress` and, when it needs the vault, a connection of its own that the
task opens and closes on the work's thread: no work ever uses the UI thread's
connection (in the spirit of Anki's QueryOp/CollectionOp, which pass the collection
into the operation). Its result or error comes back on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sbs_desktop.app.vaults import Vault, open_for_work
from sbs_desktop.core.errors import Cancelled
from sbs_desktop.core.progress import Progress
from sbs_desktop.ui.messages import show_error

# work(progress), or work(task_vault, progress) when run_task is given a vault.
Work = Callable[..., Any]
# How long closing the window waits for cancelled work to reach its next progress report.
STOP_WAIT_MS = 10_000

log = logging.getLogger(__name__)


class _Runner(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, vault: Vault | None) -> None:
        super().__init__()
        self._work = work
        self._vault = vault
        # Made here, on the UI thread, so that a Cancel pressed before the work
        # thread has even started is not lost.
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:
        try:
            # Cancelled before the thread started: the work (and its connection) never begins.
            self.progress.check()
            if self._vault is None:
                result = self._work(self.progress)
            else:
                task_vault = open_for_work(self._vault)
                try:
                    result = self._work(task_vault, self.progress)
                finally:
                    task_vault.close()
        except BaseException as error:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """A piece of slow work. `start()` sets it off; `finished` fires after success,
    failure or cancel."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        vault: Vault | None = None,
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
        self._runner = _Runner(work, vault)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self._show_progress)
        self._runner.succeeded.connect(self._succeed)
        self._runner.failed.connect(self._fail)

    def start(self) -> None:
        """Set the work off on its thread (once; the constructor never does)."""
        if not self._thread.isRunning() and not self._thread.isFinished():
            self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.was_cancelled = True
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self._runner.progress.cancel()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def stop_and_wait(self, limit_ms: int = STOP_WAIT_MS) -> bool:
        """Cancel and wait for the work to end (before its window closes the vault).

        False, after telling the person, if it has not ended within `limit_ms`:
        the window then stays open rather than hang or pull the vault from the work.
        """
        if not self._thread.isRunning():
            return True
        self.cancel()
        self._thread.quit()
        if self._thread.wait(limit_ms):
            return True
        # The title and the work's data stay out of the log: they may name a person.
        log.warning("background work did not stop within %d ms", limit_ms)
        QMessageBox.warning(self._parent_widget, self.tr("Still working"), self.tr(
            "Some work did not stop within %n second(s). Side-by-Side stays open so that "
            "nothing is lost; close it again in a moment.", "", max(1, limit_ms // 1000)))
        return False

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
    *,
    vault: Vault | None = None,
) -> Task:
    """Run `work(progress)` off the UI thread behind a progress dialog with Cancel.

    Given `vault`, it runs `work(task_vault, progress)` instead, with a connection
    opened and closed on the work's thread. `on_success(result)` runs on the UI thread;
    errors are shown to the person unless `on_failure` is given; a cancelled task
    calls `on_cancel`.
    """
    task = Task(parent, title, work, on_success, on_failure, on_cancel, vault=vault)
    task.start()
    return task
