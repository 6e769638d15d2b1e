"""The charts of the report and the dashboard, drawn with matplotlib (one library for both).

Each function returns a matplotlib Figure without touching pyplot, so the same
figure can go into a Qt canvas, a PNG for the PDF or an SVG for the HTML report.
Words come from `words(vocabulary, code)`: the UI passes its translated labels, the
report the words of the language it is written in.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from sbs_desktop.analysis.statistics import ALL, Statistics

Words = Callable[[str, str], str]  # (vocabulary name, code) -> label

# Colour-blind-safe palette (Okabe and Ito), one colour per format, in vocabulary order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#999999", "#D55E00")
FACULTY_COLOUR, SBS_COLOUR = "#D55E00", "#0072B2"
WIDTH, HEIGHT = 7.2, 3.6  # inches: fits an A4 page with margins, and a dashboard tile


def _figure(height: float = HEIGHT) -> Figure:
    figure = Figure(figsize=(WIDTH, height), dpi=100, layout="constrained")
    return figure


def _style(axes, title: str) -> None:
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold")
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8.5)


def _empty(axes, text: str) -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes,
              color="#666666")
    axes.set_xticks([])
    axes.set_yticks([])


def _wrapped(text: str, width: int) -> str:
    # French labels run about a third longer than English: wrapped, they keep the axes
    # wide enough and stay off their neighbours instead of overlapping them.
    return textwrap.fill(text, width, break_long_words=False)


def _count_text(count: float, words: Words) -> str:
    return words("axis", "suppressed") if np.isnan(count) else f"{count:.0f}"


def interactions_over_time(stats: Statistics, words: Words, title: str,
                           no_data: str, unit: str = "quarter") -> Figure:
    """Stacked bars: interactions per period (a unit of frames.PERIOD_UNITS: quarter,
    half-year or academic year), one colour per format."""
    figure = _figure()
    axes = figure.add_subplot()
    _style(axes, title)
    by_period = stats.by_period(unit)
    periods = by_period[by_period["format"] != ALL]
    if periods.empty:
        _empty(axes, no_data)
        return figure
    table = periods.pivot(index=unit, columns="format", values="interactions")
    formats = [f for f in stats.by_format["format"] if f in table.columns and table[f].sum()]
    positions = np.arange(len(table.index))
    bottom = np.zeros(len(table.index))
    for colour, code in zip(PALETTE, formats, strict=False):
        heights = np.nan_to_num(table[code].to_numpy(dtype=float))
        axes.bar(positions, heights, bottom=bottom, color=colour, label=words("format", code),
                 width=0.8)
        bottom += heights
    # Published figures hide small counts: their sum (the period's total less the shown
    # formats) is public, so it is drawn as one grey segment.
    totals = by_period[by_period["format"] == ALL].set_index(unit)["interactions"]
    hidden = np.nan_to_num(totals.reindex(table.index).to_numpy(dtype=float) - bottom)
    if (hidden > 0).any():
        axes.bar(positions, np.clip(hidden, 0, None), bottom=bottom, color="#DDDDDD",
                 hatch="//", edgecolor="#999999", linewidth=0, width=0.8,
                 label=words("axis", "other_hidden"))
    step = max(1, len(positions) // 12)
    axes.set_xticks(positions[::step], [words("quarter", q) for q in table.index][::step],
                    rotation=45, ha="right")
    axes.set_ylabel(words("axis", "interactions"), fontsize=9)
    if axes.get_legend_handles_labels()[0]:  # every count of a small dataset may be hidden
        axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure


def initiator_split(stats: Statistics, words: Words, title: str, no_data: str) -> Figure:
    """Who started the interactions, and why supporters reached out."""
    figure = _figure(3.0)
    left, right = figure.subplots(1, 2, width_ratios=(1, 1.6))
    _style(left, title)
    if stats.total == 0:
        _empty(left, no_data)
        right.set_visible(False)
        return figure
    initiators = stats.by_initiator
    left.bar([_wrapped(words("initiated_by", c), 14) for c in initiators["initiated_by"]],
             initiators["interactions"], color=(PALETTE[0], PALETTE[1]))
    for index, (count, share) in enumerate(zip(initiators["interactions"],
                                               initiators["share_pct"], strict=True)):
        text = _count_text(count, words) + ("" if np.isnan(share) else f" ({share:.0f}%)")
        left.annotate(text, (index, np.nan_to_num(count)), ha="center", va="bottom",
                      fontsize=8.5, xytext=(0, 2), textcoords="offset points")
    left.set_ylabel(words("axis", "interactions"), fontsize=9)
    left.margins(y=0.15)
    reasons = stats.by_outreach_reason
    _style(right, _wrapped(words("axis", "outreach_reason"), 30))
    labels = [_wrapped(words("outreach_reason", c), 16) for c in reasons["outreach_reason"]]
    right.barh(labels[::-1], reasons["interactions"].to_numpy()[::-1], color=PALETTE[1])
    right.set_xlabel(words("axis", "interactions"), fontsize=9)
    return figure


def referrals_chart(stats: Statistics, words: Words, title: str, no_data: str) -> Figure:
    """Interactions with each kind of referral."""
    figure = _figure(3.2)
    axes = figure.add_subplot()
    _style(axes, title)
    referrals = stats.referrals
    if stats.total == 0:
        _empty(axes, no_data)
        return figure
    labels = [words("referral", c) for c in referrals["referral"]]
    counts = referrals["interactions"].to_numpy(dtype=float)
    axes.barh(labels[::-1], np.nan_to_num(counts[::-1]), color=PALETTE[2])
    for position, count in enumerate(counts[::-1]):
        axes.annotate(_count_text(count, words), (np.nan_to_num(count), position), va="center",
                      fontsize=8, xytext=(3, 0), textcoords="offset points")
    axes.set_xlabel(words("axis", "interactions"), fontsize=9)
    axes.margins(x=0.12)
    return figure


def barrier_comparison(stats: Statistics, words: Words, title: str, no_data: str) -> Figure:
    """Share of respondents naming each barrier, Faculty services vs Side-by-Side,
    with Wilson 95% intervals."""
    intervals = stats.survey_intervals
    barriers = list(stats.survey_barriers["barrier"])
    figure = _figure(max(3.0, 0.42 * len(barriers) + 1.2))
    axes = figure.add_subplot()
    _style(axes, "")
    # Over the figure, not the axes: long barrier labels push the axes right, and a title
    # starting there ran off the edge.
    figure.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    if intervals.empty or not stats.survey_barriers["respondents"].any():
        _empty(axes, no_data)
        return figure
    positions = np.arange(len(barriers))[::-1]
    height = 0.38
    for offset, service, colour in ((height / 2, "faculty", FACULTY_COLOUR),
                                    (-height / 2, "sbs", SBS_COLOUR)):
        rows = intervals[intervals["service"] == service].set_index("barrier").loc[barriers]
        pct = rows["pct"].to_numpy(dtype=float)
        errors = np.vstack([pct - rows["ci_low_pct"].to_numpy(dtype=float),
                            rows["ci_high_pct"].to_numpy(dtype=float) - pct])
        axes.barh(positions + offset, np.nan_to_num(pct), height=height, color=colour,
                  label=words("service", service), xerr=np.nan_to_num(errors),
                  error_kw={"elinewidth": 0.9, "capsize": 2, "ecolor": "#333333"})
        for position, value in zip(positions + offset, pct, strict=True):
            if np.isnan(value):
                axes.annotate(words("axis", "suppressed"), (0, position), va="center",
                              fontsize=7.5, xytext=(3, 0), textcoords="offset points",
                              color="#555555")
    axes.set_yticks(positions, [words("barrier", b) for b in barriers])
    axes.set_xlim(0, 100)
    axes.set_xlabel(words("axis", "percent_of_respondents"), fontsize=9)
    axes.legend(fontsize=8, frameon=False, loc="lower right")
    return figure
