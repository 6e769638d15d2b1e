"""The coordinator's report: published figures, charts and methods, as HTML and as PDF."""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.figure import Figure

from sbs_desktop.analysis import charts
from sbs_desktop.analysis.publication import (
    MOSTLY_SHOWN,
    Protection,
    Publication,
    publish,
    published_statistics,
)
from sbs_desktop.analysis.statistics import ALL, Statistics
from sbs_desktop.analysis.suppression import required_width
from sbs_desktop.analysis.wording import (
    ENGLISH,
    PERIOD_HEADINGS,
    PERIOD_NOTES,
    PERIOD_TITLES,
    Wording,
    methods,
    period_reason,
)
from sbs_desktop.core.merged import ImportedBundle

if TYPE_CHECKING:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

CHART_DPI = 200


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: tuple[int, ...] = ()  # relative column widths for the PDF


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    blocks: list[Table | Figure] = field(default_factory=list)


@dataclass
class ReportContent:
    title: str
    subtitle: str
    sections: list[Section]
    language: str = "en"  # the HTML's lang, the PDF's language


def _one_way_table(text: pd.DataFrame, key: str, vocabulary: str, heading: str,
                   wording: Wording, count: str = "interactions",
                   share: str | None = "share_pct") -> Table:
    headers = [heading, wording.translate("Report", "Interactions")]
    if share:
        headers.append("%")
    rows = []
    for _, row in text.iterrows():
        cells = [wording.word(vocabulary, str(row[key])), row[count]]
        if share:
            cells.append(_percent(row[share]))
        rows.append(cells)
    return Table(headers, rows, (3, 1, 1) if share else (3, 1))


def _percent(text: str) -> str:
    try:
        return f"{float(text):.1f}"
    except ValueError:
        return text


def _p_value(text: str, wording: Wording) -> str:
    try:
        value = float(text)
    except ValueError:
        return text or wording.translate("Report", "n/a")
    return "<0.001" if value < 0.001 else f"{value:.3f}"


def _period_table(text: pd.DataFrame, unit: str, wording: Wording) -> Table:
    wide = text.pivot(index=unit, columns="format", values="interactions")
    formats = [c for c in dict.fromkeys(text["format"]) if c != ALL]
    headers = [wording.marked(PERIOD_HEADINGS[unit]),
               *(wording.word("format", f) for f in formats),
               wording.translate("Report", "All")]
    rows = [[wording.word(unit, period), *(wide.at[period, f] for f in formats),
             wide.at[period, ALL]] for period in wide.index]
    return Table(headers, rows, (2.4, *([1] * len(formats)), 1))


def _summary_rows(text: pd.DataFrame, wording: Wording) -> Table:
    translate = wording.translate
    names = {
        "interactions": translate("Report", "Interactions logged"),
        "supporters": translate("Report", "Supporters with data"),
        "interactions_with_referral": translate("Report",
                                                "Interactions with at least one referral"),
        "referral_rate_pct": translate("Report", "Referral rate (% of interactions)"),
        "classmates_reached_upper_bound": translate(
            "Report", "Classmates reached (upper bound, see Methods)"),
        "hours_offered": translate("Report", "Support hours offered"),
        "hours_with_interactions": translate("Report", "Hours spent in interactions"),
        "survey_respondents": translate("Report", "Survey respondents"),
    }
    rows = []
    for measure, value in zip(text["measure"], text["value"], strict=True):
        # As summary.csv writes them (2 decimals), as the dashboard shows them.
        rows.append([names.get(measure, measure), value])
    return Table([translate("Report", "Measure"), translate("Report", "Value")], rows, (4, 1))


def _barrier_table(text: pd.DataFrame, intervals: pd.DataFrame, wording: Wording) -> Table:
    def interval(barrier: str, service: str) -> str:
        row = intervals[(intervals["barrier"] == barrier) & (intervals["service"] == service)]
        pct, low, high = (row.iloc[0][c] for c in ("pct", "ci_low_pct", "ci_high_pct"))
        try:
            float(pct)
        except ValueError:  # hidden
            return pct
        return f"{_percent(pct)} ({_percent(low)}-{_percent(high)})"

    rows = [[wording.word("barrier", r["barrier"]), r["respondents"], r["faculty_n"],
             interval(r["barrier"], "faculty"), r["sbs_n"], interval(r["barrier"], "sbs"),
             _p_value(r["chi2_yates_p"], wording), _p_value(r["fisher_p"], wording),
             _p_value(r["mcnemar_p"], wording)]
            for _, r in text.iterrows()]
    translate = wording.translate
    return Table([translate("Report", "Barrier"), "n", translate("Report", "Fac. yes"),
                  translate("Report", "Faculty % (95% CI)"), translate("Report", "SbS yes"),
                  translate("Report", "SbS % (95% CI)"), translate("Report", "Yates P"),
                  translate("Report", "Fisher P"), translate("Report", "McNemar P")], rows,
                 (4, 1, 1.6, 3, 1.4, 3, 2, 2, 2.2))


def _provenance_table(bundles: list[ImportedBundle], wording: Wording) -> Table:
    translate = wording.translate
    rows = []
    for bundle in sorted(bundles, key=lambda b: (b.supporter, b.export_sequence)):
        period = translate("Report", "{start} to {end}").format(
            start=bundle.period_start, end=bundle.period_end) if bundle.period_start else "-"
        rows.append([bundle.supporter, str(bundle.export_sequence),
                     bundle.exported_at.strftime("%Y-%m-%d %H:%M"),
                     bundle.imported_at.strftime("%Y-%m-%d %H:%M"), period,
                     str(bundle.interaction_rows), str(bundle.survey_rows),
                     translate("Report", "in use") if bundle.current
                     else translate("Report", "replaced")])
    return Table([translate("Report", "Supporter"), translate("Report", "Export"),
                  translate("Report", "Exported (UTC)"), translate("Report", "Imported (UTC)"),
                  translate("Report", "Period"), translate("Report", "Interactions"),
                  translate("Report", "Survey rows"), translate("Report", "Status")], rows,
                 (3.2, 1.3, 2.5, 2.5, 4, 2.3, 1.9, 1.9))


def hidden_counts(protection: Protection, wording: Wording = ENGLISH) -> str:
    """How many counts were hidden, and why, in a sentence."""
    return wording.translate(
        "Report", "{small} counts are hidden because they are below {threshold}, and {more} "
        "more so that they cannot be worked out from the rest.").format(
            small=protection.primary, threshold=protection.threshold,
            more=protection.secondary)


def report_content(stats: Statistics, bundles: list[ImportedBundle], threshold: int,
                   built_at: datetime, local_responses: int,
                   publication: Publication | None = None,
                   wording: Wording = ENGLISH) -> ReportContent:
    """What the report says, independent of HTML or PDF, from `publication` (or the
    statistics published here), in the words and numbers of `wording`."""
    publication = publication or publish(stats, threshold)
    text, period = publication.tables, publication.period
    shown = published_statistics(stats, threshold, publication)
    translate = wording.translate
    no_data = translate("Report", "No data yet")

    def words(vocabulary: str, code: str) -> str:
        if (vocabulary, code) == ("axis", "suppressed"):
            return translate("Report", "fewer than {threshold}").format(threshold=threshold)
        return wording.word(vocabulary, code)

    current = [b for b in bundles if b.current]
    supporters = len({b.supporter for b in current})
    periods = sorted(p for b in current for p in (b.period_start, b.period_end) if p)
    covered = translate("Report", "{start} to {end}").format(
        start=periods[0], end=periods[-1]) if periods else translate("Report", "no period")
    subtitle = translate(
        "Report", "Built {built} UTC from {bundles} bundles of {supporters} supporters "
        "({covered}) and {responses} survey responses entered in the coordinator's "
        "vault.").format(built=f"{built_at:%Y-%m-%d %H:%M}", bundles=len(current),
                         supporters=supporters, covered=covered, responses=local_responses)
    subtitle += " " + hidden_counts(publication.protection, wording)
    concerns = [[wording.word("concern", r["concern"]), r["as_primary"], r["mentioned"],
                 _percent(r["mentioned_pct"])]
                for _, r in text["interactions_by_concern.csv"].iterrows()]
    activity = [[r["supporter"], r["interactions"], r["classmates_reached"],
                 _percent(r["hours_offered"]), _percent(r["hours_with_interactions"])]
                for _, r in text["supporter_activity.csv"].iterrows()]
    sections = [
        Section(translate("Report", "Summary"),
                blocks=[_summary_rows(text["summary.csv"], wording)]),
        Section(translate("Report", "Interactions over time"), paragraphs=[
            period_reason(period.unit, period.shown, MOSTLY_SHOWN, wording),
            wording.marked(PERIOD_NOTES[period.unit])], blocks=[
            charts.interactions_over_time(
                shown, words, wording.marked(PERIOD_TITLES[period.unit]), no_data,
                period.unit),
            _period_table(text[period.file], period.unit, wording)]),
        Section(translate("Report", "How interactions happened"), blocks=[
            _one_way_table(text["interactions_by_format.csv"], "format", "format",
                           translate("Report", "Format"), wording),
            charts.initiator_split(shown, words,
                                   translate("Report", "Who started the interaction"), no_data),
            _one_way_table(text["interactions_by_initiator.csv"], "initiated_by",
                           "initiated_by", translate("Report", "Started by"), wording),
            _one_way_table(text["interactions_by_outreach_reason.csv"], "outreach_reason",
                           "outreach_reason",
                           translate("Report", "Outreach reason (supporter-started)"),
                           wording)]),
        Section(translate("Report", "Who and what"), blocks=[
            _one_way_table(text["interactions_by_academic_year.csv"], "academic_year",
                           "academic_year", translate("Report", "Academic year"), wording,
                           share=None),
            _one_way_table(text["interactions_by_year_of_study.csv"], "year_of_study",
                           "year_of_study", translate("Report", "Year of study"), wording),
            Table([translate("Report", "Concern"), translate("Report", "As primary concern"),
                   translate("Report", "Mentioned"), translate("Report", "% mentioned")],
                  concerns, (3, 1.4, 1, 1)),
            _one_way_table(text["interactions_by_risk.csv"], "risk", "risk",
                           translate("Report", "Risk"), wording)]),
        Section(translate("Report", "Referrals"), paragraphs=[translate(
            "Report", "An interaction can lead to several referrals, so the rows can add up to "
            "more than the interactions with a referral.")], blocks=[
            charts.referrals_chart(shown, words,
                                   translate("Report", "Interactions with each referral"),
                                   no_data),
            _one_way_table(text["referrals.csv"], "referral", "referral",
                           translate("Report", "Referred to"), wording)]),
        Section(translate("Report", "Supporters"), paragraphs=[
            translate("Report", "Supporters appear by pseudonym only.")], blocks=[
            Table([translate("Report", "Supporter"), translate("Report", "Interactions"),
                   translate("Report", "Classmates reached"),
                   translate("Report", "Hours offered"),
                   translate("Report", "Hours in interactions")],
                  activity, (3, 1.5, 2, 1.7, 2))]),
        Section(translate("Report", "Barriers to seeking help (survey)"), paragraphs=[translate(
            "Report", "Share of respondents who said each barrier kept them from seeking help "
            "from Faculty of Medicine services and from Side-by-Side.")], blocks=[
            charts.barrier_comparison(
                shown, words, translate("Report", "Barriers: Faculty services vs Side-by-Side"),
                no_data),
            _barrier_table(text["survey_barriers.csv"], text["survey_barrier_intervals.csv"],
                           wording)]),
        Section(translate("Report", "Methods"), paragraphs=methods(
            threshold, required_width(threshold) + 1, wording)),
        Section(translate("Report", "Bundles this report was built from"),
                blocks=[_provenance_table(bundles, wording)]),
    ]
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Table):
                block.rows = [[wording.cell(str(cell)) for cell in row] for row in block.rows]
    title = translate("Report", "Side-by-Side Peer Support Program: report")
    return ReportContent(title, subtitle, sections, wording.language)


# -- HTML -------------------------------------------------------------------------------------

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 60em; margin: 2em auto;
       color: #222; line-height: 1.45; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 1.8em; font-size: 1.25em;
border-bottom: 1px solid #ccc; }
.subtitle { color: #555; }
table { border-collapse: collapse; margin: 0.8em 0 1.2em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
th { background: #f0f3f7; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }
"""


def _is_number_like(cell: str) -> bool:
    return (bool(cell) and (cell[0].isdigit() or cell[0] in "<-")) or cell == "suppressed"


def _html_table(table: Table) -> str:
    head = "".join(f"<th scope='col'>{html.escape(h)}</th>" for h in table.headers)
    body = []
    for row in table.rows:
        cells = "".join(
            f"<td class='n'>{html.escape(str(c))}</td>" if i and _is_number_like(str(c))
            else f"<td>{html.escape(str(c))}</td>" for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def write_html(content: ReportContent, path: Path) -> Path:
    parts = [f"<!DOCTYPE html><html lang='{content.language}'><head><meta charset='utf-8'>"
             f"<title>{html.escape(content.title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{html.escape(content.title)}</h1>",
             f"<p class='subtitle'>{html.escape(content.subtitle)}</p>"]
    for section in content.sections:
        parts.append(f"<h2>{html.escape(section.heading)}</h2>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in section.paragraphs)
        for block in section.blocks:
            parts.append(_html_table(block) if isinstance(block, Table)
                         else f"<figure>{_svg(block)}</figure>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


# -- PDF --------------------------------------------------------------------------------------

def _font_files() -> dict[str, Path]:
    """DejaVu Sans, shipped inside matplotlib: it covers French and every symbol used."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return {"": folder / "DejaVuSans.ttf", "B": folder / "DejaVuSans-Bold.ttf"}


def _png(figure: Figure) -> io.BytesIO:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    buffer.seek(0)
    return buffer


# The fewest rows of a table a page may hold: never one row alone at a page's foot or head.
LEAST_ROWS_ON_A_PAGE = 2


def _rows_that_fit(pdf: FPDF, rows: list, draw: Callable[[FPDF, list], None]) -> int:
    """How many of `rows` (after the headings) fit on the page from where `pdf` is."""

    def fits(count: int) -> bool:
        with pdf.offset_rendering() as trial:
            draw(trial, rows[:count])
        return not trial.page_break_triggered

    least, most = 0, len(rows)
    while least < most:
        middle = (least + most + 1) // 2
        least, most = (middle, most) if fits(middle) else (least, middle - 1)
    return least


def _table_across_pages(pdf: FPDF, block: Table, heading_style: FontFace) -> None:
    """Draw a table, with its headings on every page, starting a page early rather than
    leave fewer than LEAST_ROWS_ON_A_PAGE rows on one (fpdf2 has no widow control)."""
    small = len(block.headers) > 5

    def draw(target: FPDF, rows: list) -> None:
        with target.table(col_widths=block.widths or None, headings_style=heading_style,
                          line_height=4.2 if small else 5, text_align="LEFT",
                          width=pdf.epw if small or len(block.headers) > 3 else 120,
                          align="LEFT") as table:
            table.row([str(h) for h in block.headers])
            for row in rows:
                table.row([str(c) for c in row])

    rows = list(block.rows)
    while True:
        fitting = _rows_that_fit(pdf, rows, draw)
        if fitting == len(rows):
            draw(pdf, rows)
            return
        if len(rows) - fitting < LEAST_ROWS_ON_A_PAGE:
            fitting = len(rows) - LEAST_ROWS_ON_A_PAGE
        at_top = pdf.get_y() <= pdf.t_margin + 1
        if fitting < min(LEAST_ROWS_ON_A_PAGE, len(rows)) and not at_top:
            pdf.add_page()
            continue
        # On a fresh page a row taller than the page still goes, rather than loop.
        draw(pdf, rows[:max(fitting, 1)])
        rows = rows[max(fitting, 1):]
        if not rows:
            return
        pdf.add_page()


def write_pdf(content: ReportContent, path: Path,
              progress: Callable[[], None] | None = None) -> Path:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(content.title)
    pdf.set_lang(content.language)
    pdf.set_creator("Side-by-Side Desktop")
    for style, file in _font_files().items():
        pdf.add_font("DejaVu", style, str(file))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.multi_cell(0, 8, content.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_text_color(85, 85, 85)
    pdf.multi_cell(0, 5, content.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    heading_style = FontFace(emphasis="BOLD", fill_color=(240, 243, 247))
    for section in content.sections:
        # Keep a heading with its first chart or the start of its first table.
        first = section.blocks[0] if section.blocks else None
        needed = 40 + (pdf.epw * first.get_figheight() / first.get_figwidth()
                       if isinstance(first, Figure) else 0)
        if pdf.get_y() > pdf.h - 15 - needed:
            pdf.add_page()
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 13)
        pdf.multi_cell(0, 7, section.heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for paragraph in section.paragraphs:
            pdf.multi_cell(0, 4.8, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        for block in section.blocks:
            if isinstance(block, Table):
                small = len(block.headers) > 5
                pdf.set_font("DejaVu", "", 7.5 if small else 9)
                _table_across_pages(pdf, block, heading_style)
                pdf.ln(3)
                pdf.set_font("DejaVu", "", 9.5)
            else:
                width = pdf.epw
                height = width * block.get_figheight() / block.get_figwidth()
                if pdf.get_y() + height > pdf.h - 15:
                    pdf.add_page()
                pdf.image(_png(block), w=width, h=height)
                pdf.ln(2)
            if progress is not None:
                progress()
    pdf.output(str(path))
    return path
