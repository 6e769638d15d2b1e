"""How a problem looks: one red, lighter on a dark palette, given by one style sheet.

Widgets are marked with a dynamic property (`mark_problem`) that the application's
style sheet (`style_sheet`, installed by ui/application.py) colours; what Qt paints
outside style sheets (item views, progress bars) asks `problem_colour`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

PROPERTY = "problem"
# The looks a marked widget can take; "" clears the mark.
TEXT = "text"
ALERT = "alert"
SUMMARY = "summary"

# Contrast of at least 4.5:1 with the window: a deep red on light windows, a pale
# one on dark windows, where the deep red could not be read.
RED_ON_LIGHT = "#b00020"
RED_ON_DARK = "#ff8a80"


def problem_colour(palette: QPalette | None = None) -> QColor:
    """The red of problems for `palette` (the application's by default)."""
    palette = palette or QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(RED_ON_DARK if dark else RED_ON_LIGHT)


def problem_wash(palette: QPalette | None = None, strength: float = 0.12) -> QColor:
    """A faint red behind something marked, blended into the palette's base."""
    palette = palette or QApplication.palette()
    red, base = problem_colour(palette), palette.color(QPalette.ColorRole.Base)
    return QColor(*(round(b + (r - b) * strength) for r, b in (
        (red.red(), base.red()), (red.green(), base.green()), (red.blue(), base.blue()))))


def style_sheet(palette: QPalette | None = None) -> str:
    """The application-wide rules for every look of `mark_problem`."""
    red = problem_colour(palette).name()
    return (
        f'*[{PROPERTY}="{TEXT}"] {{ color: {red}; }}\n'
        f'*[{PROPERTY}="{ALERT}"] {{ color: {red}; font-weight: bold; }}\n'
        f'*[{PROPERTY}="{SUMMARY}"] {{ color: {red}; '
        f"background: {problem_wash(palette).name()}; "
        f"border: 1px solid {problem_wash(palette, 0.3).name()}; "
        "border-radius: 4px; padding: 6px 8px; }\n"
    )


def mark_problem(widget: QWidget, look: str = TEXT) -> None:
    """Show `widget` as telling of a problem, in `look` ("" for no problem)."""
    if (widget.property(PROPERTY) or "") == look:
        return
    widget.setProperty(PROPERTY, look)
    # Qt applies style sheet rules on a dynamic property only when the widget is
    # polished again.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
