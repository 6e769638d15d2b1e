"""Problems are shown in one red that stays readable on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from sbs_desktop.ui.problem_style import (
    ALERT,
    RED_ON_DARK,
    RED_ON_LIGHT,
    contrast,
    mark_problem,
    problem_colour,
    quiet_colour,
    style_sheet,
)


def test_contrast_is_the_wcag_ratio():
    # Known values: the extremes, and WebAIM's lightest grey that passes AA on white.
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#777777"), QColor("white")) < 4.5
    assert contrast(QColor("#123456"), QColor("#123456")) == 1


_contrast = contrast


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


# -- following the system's palette while the program runs ----------------------------


def _dark_palette() -> QPalette:
    """A dark system palette, as a desktop's dark mode gives (its placeholder grey, like
    many themes', too faint to read)."""
    palette = QPalette(QColor("#353535"), QColor("#2b2b2b"))
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.PlaceholderText, "#5a5a5a"),
                         (QPalette.ColorRole.Mid, "#5c5c5c")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def switch_palette(qtbot):
    """Change the application's palette as the system would; put everything back after."""
    application = QApplication.instance()
    palette, sheet = QApplication.palette(), application.styleSheet()

    def switch(new: QPalette) -> None:
        QApplication.setPalette(new)
        qtbot.wait(10)  # the palette change events are delivered

    yield switch
    QApplication.setPalette(palette)
    application.setStyleSheet(sheet)


def test_the_problem_red_follows_a_palette_change_while_the_program_runs(
        qtbot, make_window, supporter_vault, switch_palette):
    window = make_window(supporter_vault)
    label = QLabel("Duration: enter the minutes.", window)
    mark_problem(label)
    label.show()
    assert label.palette().color(label.foregroundRole()) == QColor(RED_ON_LIGHT)
    switch_palette(_dark_palette())
    assert RED_ON_DARK in QApplication.instance().styleSheet()
    red = label.palette().color(label.foregroundRole())
    assert red == QColor(RED_ON_DARK)
    assert _contrast(red, label.palette().color(QPalette.ColorRole.Window)) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_greyed_stand_in_text_reads_on_light_and_dark_palettes(dark):
    palette = _dark_palette() if dark else QPalette(QColor("#efefef"))
    quiet = quiet_colour(palette)
    assert _contrast(quiet, palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert quiet != palette.color(QPalette.ColorRole.Text)  # still greyed


def _most_contrast(image, area, background: QColor) -> float:
    """The highest contrast of any pixel in `area` of `image` against `background`."""
    return max(_contrast(image.pixelColor(x, y), background)
               for x in range(area.left(), area.right()) for y in range(area.top(),
                                                                       area.bottom()))


def test_the_week_view_reads_on_a_dark_palette(qtbot, switch_palette):
    from datetime import date, time, timedelta

    from PySide6.QtCore import QRect

    from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
    from sbs_desktop.ui.week_view import FIRST_HOUR, LAST_HOUR, WeekView

    switch_palette(_dark_palette())
    monday = date(2026, 3, 2)
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(760, 520)
    view.show_week(Term(start=monday, end=monday + timedelta(weeks=8), slots=(
        ScheduleSlot(0, time(12), time(14), ScheduleMode.IN_PERSON, "Room 2101"),
        ScheduleSlot(1, time(12), time(14), ScheduleMode.ONLINE))), monday)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    base = image.pixelColor(view.width() - 8, view.height() - 8)
    assert _contrast(base, QColor("#1e1e1e")) < 1.1  # the dark palette's base
    hour = (view.height() - 34 - 4) / (LAST_HOUR - FIRST_HOUR)
    # The hours down the side, and each session's words on its block.
    assert _most_contrast(image, QRect(2, 34 + int(5 * hour) - 8, 40, 16), base) >= 4.5
    column = (view.width() - 48 - 4) / 7
    for day in (0, 1):
        block = QRect(int(48 + day * column + 6), int(34 + 5 * hour + 4), int(column - 12),
                      int(2 * hour - 8))
        fill = image.pixelColor(block.right() - 2, block.bottom() - 2)
        assert _most_contrast(image, block, fill) >= 4.5


def test_the_dashboard_charts_follow_the_palette(qtbot, make_window, coordinator_vault,
                                                 switch_palette):
    from sbs_desktop.ui.dashboard_page import DashboardPage

    switch_palette(_dark_palette())
    window = make_window(coordinator_vault)
    page = window.show_page_of(DashboardPage)
    qtbot.waitUntil(lambda: bool(page.canvases) and page.chart_scroll.widget().updatesEnabled(),
                    timeout=60000)

    def words_read_on_their_background() -> None:
        for canvas in page.canvases:
            figure = canvas.figure
            background = QColor.fromRgbF(*figure.get_facecolor()[:3])
            assert background == page.palette().color(QPalette.ColorRole.Base)
            texts = [t for t in figure.findobj(lambda a: hasattr(a, "get_text"))
                     if t.get_text() and t.get_visible()]
            assert texts
            for text in texts:
                colour = QColor(text.get_color()) if isinstance(text.get_color(), str) \
                    else QColor.fromRgbF(*text.get_color()[:3])
                assert _contrast(colour, background) >= 4.5, text.get_text()

    words_read_on_their_background()
    # The charts as painted on screen are dark too.
    image = page.canvases[0].grab().toImage()
    assert _contrast(image.pixelColor(2, 2), QColor("#1e1e1e")) < 1.1
    # Back to a light palette while the dashboard is open: the charts follow.
    switch_palette(QPalette(QColor("#efefef")))
    words_read_on_their_background()
