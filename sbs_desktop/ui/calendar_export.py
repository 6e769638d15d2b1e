"""Support hours saved as a calendar file (.ics): where, then written off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from sbs_desktop.app.schedule import time_zone
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.schedule import ScheduleMode, Term
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.worker import Task, run_task


def ask_calendar_path(parent: QWidget) -> Path | None:
    """Where to save the calendar file, or None if the person cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SchedulePage", "Export support hours"),
        str(dialog_folder() / "support-hours.ics"),
        QCoreApplication.translate("SchedulePage", "Calendar files (*.ics)"))
    return Path(path) if path else None


def export_calendar_file(parent: QWidget, vault: Vault, terms: list[Term], path: Path,
                         on_saved: Callable[[Path], None]) -> Task:
    """Write every term's hours to `path` (.ics added if missing), off the UI thread.

    The sentences keep the Schedule page's translation context, where they were
    first translated.
    """
    # icalendar is loaded only when a calendar is written, to keep start-up light.
    from sbs_desktop.app.schedule_calendar import export_calendar

    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    summaries = {
        ScheduleMode.IN_PERSON.value: QCoreApplication.translate(
            "SchedulePage", "Peer support hours (in person)"),
        ScheduleMode.ONLINE.value: QCoreApplication.translate(
            "SchedulePage", "Peer support hours (online)"),
    }
    chosen_terms, zone = list(terms), time_zone(vault)
    return run_task(
        parent, QCoreApplication.translate("SchedulePage", "Exporting the calendar"),
        lambda task_vault, progress: export_calendar(task_vault, chosen_terms, path, zone,
                                                     summaries),
        on_success=on_saved, vault=vault)
