"""Problems are shown in one red that stays readable on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from sbs_desktop.ui.problem_style import ALERT, mark_problem, problem_colour, style_sheet


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def _contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Light, dark, and the high-contrast palettes (black; a cream reading theme).
@pytest.mark.parametrize("window", ["#ffffff", "#efefef", "#2b2b2b", "#1e1e1e", "#000000",
                                    "#f5f5dc"])
def test_the_red_can_be_read_on_light_and_dark_windows(window):
    palette = QPalette(QColor(window))
    assert _contrast(problem_colour(palette), palette.color(QPalette.ColorRole.Window)) >= 4.5


def test_a_marked_label_turns_red_and_back(qtbot):
    application = QApplication.instance()
    before = application.styleSheet()
    application.setStyleSheet(style_sheet())
    try:
        label = QLabel("The passphrase is not the one for this vault.")
        qtbot.addWidget(label)
        label.show()
        plain = label.palette().color(label.foregroundRole())
        mark_problem(label, ALERT)
        assert label.palette().color(label.foregroundRole()) == problem_colour()
        assert label.font().bold()
        mark_problem(label, "")
        assert label.palette().color(label.foregroundRole()) == plain
        assert not label.font().bold()
    finally:
        application.setStyleSheet(before)
