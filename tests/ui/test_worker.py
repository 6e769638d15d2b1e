"""Slow work runs off the UI thread, reports back, and can be cancelled at any time."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from sbs_desktop.core.errors import StorageFailed
from sbs_desktop.ui.worker import run_task


def test_the_result_arrives_on_the_ui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = threading.current_thread()
    seen = {}

    def work(progress):
        seen["work_thread"] = threading.current_thread()
        for step in range(3):
            progress.report(step + 1, 3, "Counting")
        return 42

    def done(result):
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    task = run_task(parent, "Counting", work, on_success=done)
    qtbot.waitUntil(lambda: not task.running and "result" in seen, timeout=5000)
    assert seen["result"] == 42 and task.result == 42
    assert seen["work_thread"] is not ui_thread
    assert seen["callback_thread"] is ui_thread


def test_cancel_stops_the_work_at_its_next_report(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, release = threading.Event(), threading.Event()
    steps = []
    cancelled = []

    def work(progress):
        started.set()
        release.wait(5)
        for step in range(100):
            progress.report(step, 100)
            steps.append(step)

    task = run_task(parent, "Long", work, on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    task.dialog.canceled.emit()  # what the Cancel button sends
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert task.was_cancelled and steps == []


def test_cancel_before_the_work_starts_is_not_lost(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    cancelled = []

    def work(progress):
        progress.report(0, 1)
        return "finished anyway"

    task = run_task(parent, "Quick", work, on_cancel=lambda: cancelled.append(True))
    task.cancel()
    qtbot.waitUntil(lambda: not task.running and bool(cancelled), timeout=5000)
    assert task.result is None


def test_a_failure_reaches_the_failure_callback_not_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures = []

    def work(progress):
        raise StorageFailed(path="/vault", reason="disk I/O error")

    task = run_task(parent, "Failing", work, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(task.error, StorageFailed)
    assert "disk I/O error" in failures[0].message
