"""The coordinator's report: published figures, charts and methods, as HTML and as PDF."""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from sbs_desktop.analysis import charts
from sbs_desktop.analysis.publication import (
    Protection,
    Publication,
    publish,
    published_statistics,
)
from sbs_desktop.analysis.statistics import ALL, Statistics
from sbs_desktop.analysis.suppression import required_width
from sbs_desktop.analysis.wording import english
from sbs_desktop.core.merged import ImportedBundle

TITLE = "Side-by-Side Peer Support Program: report"
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


def _one_way_table(text: pd.DataFrame, key: str, vocabulary: str, count: str = "interactions",
                   share: str | None = "share_pct", heading: str = "") -> Table:
    headers = [heading or vocabulary.replace("_", " ").capitalize(), "Interactions"]
    if share:
        headers.append("%")
    rows = []
    for _, row in text.iterrows():
        cells = [english(vocabulary, str(row[key])), row[count]]
        if share:
            cells.append(_percent(row[share]))
        rows.append(cells)
    return Table(headers, rows, (3, 1, 1) if share else (3, 1))


def _percent(text: str) -> str:
    try:
        return f"{float(text):.1f}"
    except ValueError:
        return text


def _p_value(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text or "n/a"
    return "<0.001" if value < 0.001 else f"{value:.3f}"


def _quarter_table(text: pd.DataFrame) -> Table:
    wide = text.pivot(index="quarter", columns="format", values="interactions")
    formats = [c for c in dict.fromkeys(text["format"]) if c != ALL]
    headers = ["Quarter", *(english("format", f) for f in formats), "All"]
    rows = [[quarter, *(wide.at[quarter, f] for f in formats), wide.at[quarter, ALL]]
            for quarter in wide.index]
    return Table(headers, rows, (2.4, *([1] * len(formats)), 1))


def _summary_rows(text: pd.DataFrame) -> Table:
    names = {
        "interactions": "Interactions logged",
        "supporters": "Supporters with data",
        "interactions_with_referral": "Interactions with at least one referral",
        "referral_rate_pct": "Referral rate (% of interactions)",
        "classmates_reached_upper_bound": "Classmates reached (upper bound, see Methods)",
        "hours_offered": "Support hours offered",
        "hours_with_interactions": "Hours spent in interactions",
        "survey_respondents": "Survey respondents",
    }
    rows = []
    for measure, value in zip(text["measure"], text["value"], strict=True):
        # As summary.csv writes them (2 decimals), as the dashboard shows them.
        rows.append([names.get(measure, measure), value])
    return Table(["Measure", "Value"], rows, (4, 1))


def _barrier_table(text: pd.DataFrame, intervals: pd.DataFrame) -> Table:
    def interval(barrier: str, service: str) -> str:
        row = intervals[(intervals["barrier"] == barrier) & (intervals["service"] == service)]
        pct, low, high = (row.iloc[0][c] for c in ("pct", "ci_low_pct", "ci_high_pct"))
        try:
            float(pct)
        except ValueError:  # hidden
            return pct
        return f"{_percent(pct)} ({_percent(low)}-{_percent(high)})"

    rows = [[english("barrier", r["barrier"]), r["respondents"], r["faculty_n"],
             interval(r["barrier"], "faculty"), r["sbs_n"], interval(r["barrier"], "sbs"),
             _p_value(r["chi2_yates_p"]), _p_value(r["fisher_p"]), _p_value(r["mcnemar_p"])]
            for _, r in text.iterrows()]
    return Table(["Barrier", "n", "Fac. yes", "Faculty % (95% CI)", "SbS yes",
                  "SbS % (95% CI)", "Yates P", "Fisher P", "McNemar P"], rows,
                 (4, 1, 1.6, 3, 1.4, 3, 2, 2, 2.2))


def _provenance_table(bundles: list[ImportedBundle]) -> Table:
    rows = []
    for bundle in sorted(bundles, key=lambda b: (b.supporter, b.export_sequence)):
        period = f"{bundle.period_start} to {bundle.period_end}" if bundle.period_start else "-"
        rows.append([bundle.supporter, str(bundle.export_sequence),
                     bundle.exported_at.strftime("%Y-%m-%d %H:%M"),
                     bundle.imported_at.strftime("%Y-%m-%d %H:%M"), period,
                     str(bundle.interaction_rows), str(bundle.survey_rows),
                     "in use" if bundle.current else "replaced"])
    return Table(["Supporter", "Export", "Exported (UTC)", "Imported (UTC)", "Period",
                  "Interactions", "Survey rows", "Status"], rows,
                 (3.2, 1.3, 2.5, 2.5, 4, 2.3, 1.9, 1.9))


def methods(threshold: int) -> list[str]:
    """The methods, in plain words."""
    return [
        "Data. Every supporter's vault exports an anonymised bundle: interactions without "
        "names, notes or exact times, dated to the ISO week (or month), with classmates "
        "as pseudonyms that cannot be reversed. Each bundle is checked (its files' SHA-256 "
        "hashes, row counts, columns and every code) before it is merged. A newer bundle from "
        "a supporter replaces that supporter's earlier one. Survey responses come from the "
        "bundles and from responses entered in the coordinator's own vault. Weeks count in "
        "the month that holds their Thursday, and a month in its quarter and academic year "
        "(1 September to 31 August), so months add up to quarters and quarters to years.",
        "Classmates reached. Each supporter's interactions name a classmate by a pseudonym "
        "made with that supporter's own secret key, so one student seen by two supporters "
        "has two unrelated pseudonyms and cannot be matched. The figure adds up the distinct "
        "classmates of each supporter. It over-counts students who saw more than one "
        "supporter, so read it as an upper bound on the number of different students "
        "reached; interactions logged without a linked classmate are not in it at all, and "
        "it says nothing about who those students are.",
        "Hours. Hours offered are each supporter's scheduled weekly support hours, with days "
        "off removed. Hours spent in interactions are the sum of the logged durations.",
        "Survey tests. For each barrier, the analysis includes the respondents who answered "
        "it for both Faculty of Medicine services and Side-by-Side. The share answering yes "
        "is given with a Wilson 95% score interval. As in the program's published paper, the "
        "two shares are compared with the chi-square test with Yates' continuity correction "
        "and with Fisher's exact test on the 2 x 2 table (service by yes/no). Because each "
        "respondent answered for both services, the answers are paired, and McNemar's exact "
        "test (a two-sided binomial test on the respondents who said yes for one service but "
        "not the other) is the right test; it is reported too. All P values are two-sided and "
        "not adjusted for the ten barriers compared.",
        f"Small counts. To protect the students behind them, every count from 1 to "
        f"{threshold - 1} is shown as \"<{threshold}\", and so are some zeros: \"<{threshold}\" "
        f"means 0 to {threshold - 1}. Enough other counts are hidden (\"suppressed\", which "
        f"means {threshold} or more) that, with every published table, total and relation "
        f"between them, a count shown as \"<{threshold}\" could still be any of at least "
        f"{required_width(threshold) + 1} consecutive values, and no hidden count is known "
        "exactly; an integer programme checks this over all tables before anything is "
        "written. Every percentage, interval or P value computed from a hidden count is "
        "hidden too. The exact figures stay inside the coordinator's encrypted vault. The "
        "threshold is a setting of the vault.",
    ]


def hidden_counts(protection: Protection) -> str:
    """How many counts were hidden, and why, in a sentence."""
    return (f"{protection.primary} counts are hidden because they are below "
            f"{protection.threshold}, and {protection.secondary} more so that they cannot be "
            "worked out from the rest.")


def report_content(stats: Statistics, bundles: list[ImportedBundle], threshold: int,
                   built_at: datetime, local_responses: int,
                   publication: Publication | None = None) -> ReportContent:
    """What the report says, independent of HTML or PDF, from `publication` (or the
    statistics published here)."""
    publication = publication or publish(stats, threshold)
    text = publication.tables
    shown = published_statistics(stats, threshold, publication)
    no_data = "No data yet"

    def words(vocabulary: str, code: str) -> str:
        if (vocabulary, code) == ("axis", "suppressed"):
            return f"fewer than {threshold}"
        return english(vocabulary, code)

    current = [b for b in bundles if b.current]
    supporters = len({b.supporter for b in current})
    periods = sorted(p for b in current for p in (b.period_start, b.period_end) if p)
    covered = f"{periods[0]} to {periods[-1]}" if periods else "no period"
    subtitle = (f"Built {built_at:%Y-%m-%d %H:%M} UTC from {len(current)} bundles of "
                f"{supporters} supporters ({covered}) and {local_responses} survey responses "
                f"entered in the coordinator's vault. {hidden_counts(publication.protection)}")
    sections = [
        Section("Summary", blocks=[_summary_rows(text["summary.csv"])]),
        Section("Interactions over time", paragraphs=[
            "Quarters of the academic year: Q1 is September to November, Q2 December to "
            "February, Q3 March to May, Q4 June to August. interactions_by_month.csv has the "
            "same figures by month."], blocks=[
            charts.interactions_over_time(shown, words,
                                          "Interactions per quarter by format", no_data),
            _quarter_table(text["interactions_by_quarter.csv"])]),
        Section("How interactions happened", blocks=[
            _one_way_table(text["interactions_by_format.csv"], "format", "format"),
            charts.initiator_split(shown, words, "Who started the interaction", no_data),
            _one_way_table(text["interactions_by_initiator.csv"], "initiated_by",
                           "initiated_by", heading="Started by"),
            _one_way_table(text["interactions_by_outreach_reason.csv"], "outreach_reason",
                           "outreach_reason", heading="Outreach reason (supporter-started)")]),
        Section("Who and what", blocks=[
            _one_way_table(text["interactions_by_academic_year.csv"], "academic_year",
                           "academic_year", share=None, heading="Academic year"),
            _one_way_table(text["interactions_by_year_of_study.csv"], "year_of_study",
                           "year_of_study", heading="Year of study"),
            Table(["Concern", "As primary concern", "Mentioned", "% mentioned"],
                  [[english("concern", r["concern"]), r["as_primary"], r["mentioned"],
                    _percent(r["mentioned_pct"])]
                   for _, r in text["interactions_by_concern.csv"].iterrows()], (3, 1.4, 1, 1)),
            _one_way_table(text["interactions_by_risk.csv"], "risk", "risk", heading="Risk")]),
        Section("Referrals", paragraphs=[
            "An interaction can lead to several referrals, so the rows can add up to more "
            "than the interactions with a referral."], blocks=[
            charts.referrals_chart(shown, words, "Interactions with each referral", no_data),
            _one_way_table(text["referrals.csv"], "referral", "referral",
                           heading="Referred to")]),
        Section("Supporters", paragraphs=[
            "Supporters appear by pseudonym only."], blocks=[
            Table(["Supporter", "Interactions", "Classmates reached", "Hours offered",
                   "Hours in interactions"],
                  [[r["supporter"], r["interactions"], r["classmates_reached"],
                    _percent(r["hours_offered"]), _percent(r["hours_with_interactions"])]
                   for _, r in text["supporter_activity.csv"].iterrows()], (3, 1.5, 2, 1.7, 2))]),
        Section("Barriers to seeking help (survey)", paragraphs=[
            "Share of respondents who said each barrier kept them from seeking help from "
            "Faculty of Medicine services and from Side-by-Side."], blocks=[
            charts.barrier_comparison(shown, words,
                                      "Barriers: Faculty services vs Side-by-Side", no_data),
            _barrier_table(text["survey_barriers.csv"], text["survey_barrier_intervals.csv"])]),
        Section("Methods", paragraphs=methods(threshold)),
        Section("Bundles this report was built from", blocks=[_provenance_table(bundles)]),
    ]
    return ReportContent(TITLE, subtitle, sections)


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
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
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


def write_pdf(content: ReportContent, path: Path,
              progress: Callable[[], None] | None = None) -> Path:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(content.title)
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
                with pdf.table(col_widths=block.widths or None, headings_style=heading_style,
                               line_height=4.2 if small else 5, text_align="LEFT",
                               width=pdf.epw if small or len(block.headers) > 3 else 120,
                               align="LEFT") as table:
                    table.row([str(h) for h in block.headers])
                    for row in block.rows:
                        table.row([str(c) for c in row])
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
