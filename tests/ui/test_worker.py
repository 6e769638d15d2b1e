"""Slow work runs off the UI thread, reports back, and can be cancelled at any time."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from sbs_desktop.app.vaults import open_for_work
from sbs_desktop.core.errors import StorageFailed
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.worker import Task, run_task


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


def test_cancel_before_the_work_starts_is_not_lost(qtbot, supporter_vault):
    parent = QWidget()
    qtbot.addWidget(parent)
    cancelled, ran = [], []

    def work(vault, progress):
        ran.append(True)
        return "finished anyway"

    # Made but not started: the constructor never starts the thread, so the cancel
    # below comes first every time, not only when it wins a race.
    task = Task(parent, "Quick", work, on_cancel=lambda: cancelled.append(True),
                vault=supporter_vault)
    assert not task.running
    task.cancel()
    task.start()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert task.was_cancelled and task.result is None and ran == []


def test_the_work_gets_a_connection_of_its_own_closed_on_its_thread(qtbot, supporter_vault):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work(vault, progress):
        seen["vault"], seen["thread"] = vault, threading.current_thread()
        vault.set_meta("written_by", "the task")
        return vault.role

    task = run_task(parent, "Writing", work, vault=supporter_vault)
    qtbot.waitUntil(lambda: not task.running and task.result is not None, timeout=5000)
    assert seen["vault"] is not supporter_vault and seen["vault"].path == supporter_vault.path
    assert seen["thread"] is not threading.current_thread()
    assert task.result is Role.SUPPORTER
    # Closed when the work ended; what it wrote is in the vault the window holds.
    assert not seen["vault"].is_open and supporter_vault.is_open
    assert supporter_vault.meta("written_by") == "the task"


def test_a_connection_opened_for_work_serves_only_its_own_thread(supporter_vault):
    task_vault = open_for_work(supporter_vault)
    try:
        failed = []

        def borrow():
            try:
                task_vault.query("SELECT 1")
            except StorageFailed as error:
                failed.append(error)

        other = threading.Thread(target=borrow)
        other.start()
        other.join()
        assert failed and "same thread" in failed[0].message, (
            "another thread used a connection opened for one thread's work")
    finally:
        task_vault.close()


def test_closing_does_not_hang_on_work_that_will_not_stop(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, release = threading.Event(), threading.Event()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))

    def work(progress):
        started.set()
        release.wait(30)  # never reports progress, so a cancel cannot reach it

    task = run_task(parent, "Stuck", work)
    assert started.wait(5)
    try:
        assert task.stop_and_wait(limit_ms=10) is False
        assert task.running and task.was_cancelled
        assert len(warnings) == 1 and "did not stop" in warnings[0]
    finally:
        release.set()
        qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert task.stop_and_wait() is True


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
