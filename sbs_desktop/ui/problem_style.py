"""How a problem looks: one red, lighter on a dark palette, given by one style sheet.

Widgets are marked with a dynamic property (`mark_problem`) that the application's
style sheet (`style_sheet`, installed by ui/application.py) colours; what Qt paints
outside style sheets (item views, progress bars) asks `problem_colour`. The sheet is
made again whenever the palette changes (`follow_palette`), so switching the system to
a dark or high-contrast look while the program runs keeps every red readable; secondary
text (`quiet_colour`) and any fixed colour (`readable`) keep 4.5:1 the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
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
# WCAG 2 AA for text of ordinary size.
TEXT_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, towards: QColor,
             ratio: float = TEXT_CONTRAST) -> QColor:
    """`colour` as it is where it has `ratio` contrast with `background`, otherwise the
    nearest blend of it with `towards` (the palette's text colour) that has."""
    # A palette's placeholder grey is often its text colour half transparent: what shows
    # is that colour laid over the background.
    alpha = colour.alphaF()
    colour = QColor.fromRgbF(*(c * alpha + b * (1 - alpha) for c, b in (
        (colour.redF(), background.redF()), (colour.greenF(), background.greenF()),
        (colour.blueF(), background.blueF()))))
    for step in range(21):
        mixed = QColor.fromRgbF(*(a + (b - a) * step / 20 for a, b in (
            (colour.redF(), towards.redF()), (colour.greenF(), towards.greenF()),
            (colour.blueF(), towards.blueF()))))
        if contrast(mixed, background) >= ratio:
            return mixed
    return QColor(towards)


def quiet_colour(palette: QPalette | None = None) -> QColor:
    """Greyed text that still reads at 4.5:1 on the palette's base: a stand-in such as
    "(no classmate linked)", shown where a value would be."""
    palette = palette or QApplication.palette()
    return readable(palette.color(QPalette.ColorRole.PlaceholderText),
                    palette.color(QPalette.ColorRole.Base),
                    palette.color(QPalette.ColorRole.Text))


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


def _palette_key(palette: QPalette) -> tuple[str, ...]:
    return tuple(palette.color(role).name() for role in (
        QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, QPalette.ColorRole.Base,
        QPalette.ColorRole.Text, QPalette.ColorRole.Mid, QPalette.ColorRole.Highlight,
        QPalette.ColorRole.AlternateBase, QPalette.ColorRole.PlaceholderText))


class _PaletteFollower(QObject):
    """Makes the application's style sheet again for a new palette."""

    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self.applied: tuple[str, ...] = ()
        self.apply()

    def apply(self) -> None:
        application = QApplication.instance()
        key = _palette_key(application.palette())
        # Setting the sheet may itself announce a palette change: only a new palette
        # makes the sheet again, so that never loops.
        if key == self.applied:
            return
        self.applied = key
        sheet = style_sheet(application.palette())
        if application.styleSheet() != sheet:
            application.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.apply()
        return False


def follow_palette(window: QWidget) -> None:
    """Install the style sheet for the palette now, and again whenever the application's
    palette changes while `window` (the main window) is open.

    Watching one window rather than the application keeps the filter off every event of
    the program; the window is told of each application palette change.
    """
    window.installEventFilter(_PaletteFollower(window))
