"""The dashboard's charts in the window's palette: its background, and text that reads.

The charts are drawn for the report, black on white (analysis/charts.py). On the
dashboard they take the palette's base as background, and every word on them is given
a colour with at least 4.5:1 contrast against it: the palette's text colour for the
report's black, a grey still quieter than the text for its greys. Bars keep their
colours.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette

from sbs_desktop.ui.problem_style import contrast, readable

# Darker than this on white, a colour is the report's ink rather than a quieter grey.
INK_CONTRAST = 7.0


def _qt(colour: Any) -> QColor:
    """A matplotlib colour (a name, "#rrggbb" or an RGB(A) tuple of 0..1) for Qt."""
    if isinstance(colour, str):
        found = QColor(colour)
        # matplotlib's one-letter names ("k") and grey levels ("0.4") are not Qt's.
        if not found.isValid():
            found = QColor.fromRgbF(*([float(colour)] * 3)) if colour.replace(
                ".", "", 1).isdigit() else QColor("black")
        return found
    return QColor.fromRgbF(*(float(part) for part in tuple(colour)[:3]))


def _is_text(artist: Any) -> bool:
    return hasattr(artist, "get_text") and hasattr(artist, "set_color")


def colour_for_palette(figure: Any, palette: QPalette) -> None:
    """Colour a matplotlib `figure`'s background, axes and words for `palette`.

    The figure is handled through its own methods: ui imports no matplotlib but its
    Qt canvas (tests/test_layers.py).
    """
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    mid = palette.color(QPalette.ColorRole.Mid).name()
    figure.set_facecolor(base.name())
    for axes in figure.axes:
        axes.set_facecolor(base.name())
        for spine in axes.spines.values():
            spine.set_edgecolor(mid)
        axes.tick_params(colors=mid, labelcolor=text.name())
    for words in figure.findobj(_is_text):
        drawn = _qt(words.get_color())
        # The report's ink (black, near black) becomes the palette's text; its greys,
        # meant to be quieter, only as much lighter or darker as reading needs.
        ink = contrast(drawn, QColor("white")) >= INK_CONTRAST
        words.set_color(text.name() if ink else readable(drawn, base, text).name())
    for legend in (axes.get_legend() for axes in figure.axes):
        if legend is not None:
            legend.get_frame().set_facecolor(base.name())
