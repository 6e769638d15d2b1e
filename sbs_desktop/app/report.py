"""Building the coordinator's report (PDF, HTML) and the tidy CSV tables from merged data."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, SbsError, StorageFailed, WrongRole
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.merged import list_bundles
from sbs_desktop.store.survey import count_responses
from sbs_desktop.store.vault import Vault

REPORT_FORMATS = ("pdf", "html", "csv")
THRESHOLD_KEY = "suppression_threshold"
DEFAULT_THRESHOLD = 5  # analysis.suppression.DEFAULT_THRESHOLD, without importing numpy here
# From 3: with 2, "<2" names only 0 and 1, and two of them under a hidden total of 2 or
# more are pinned at 1; no protection interval is possible (docs/statistics.md).
MIN_THRESHOLD, MAX_THRESHOLD = 3, 100
REPORT_STEM = "side-by-side-report"


class BadThreshold(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The small-count threshold must be a whole number from {low} to {high}.")


def suppression_threshold(vault: Vault) -> int:
    """Counts below this are hidden in anything published (a setting of the vault)."""
    value = vault.meta(THRESHOLD_KEY)
    # A vault set to 2 before the minimum rose publishes with the minimum.
    return DEFAULT_THRESHOLD if value is None else max(int(value), MIN_THRESHOLD)


def set_suppression_threshold(vault: Vault, threshold: int) -> None:
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise BadThreshold(low=MIN_THRESHOLD, high=MAX_THRESHOLD)
    vault.set_meta(THRESHOLD_KEY, int(threshold))


def _coordinator(vault: Vault) -> None:
    if vault.role is not Role.COORDINATOR:
        raise WrongRole(needed=Role.COORDINATOR.value, actual=vault.role.value,
                        path=str(vault.path))


@dataclass(frozen=True)
class HiddenCounts:
    """How many counts publishing hid: `small` below the threshold, `more` so that those
    cannot be worked out from the rest (the auditor checked every one)."""

    small: int
    more: int
    threshold: int


class WrittenReport(list):
    """The files written (a list of paths), and how many counts they hide."""

    def __init__(self, files: Iterable[Path], hidden: HiddenCounts) -> None:
        super().__init__(files)
        self.hidden = hidden


def _hidden(publication: Any) -> HiddenCounts:
    protection = publication.protection
    return HiddenCounts(protection.primary, protection.secondary, protection.threshold)


def build_report(vault: Vault, out_dir: Path, formats: Iterable[str], progress: Progress,
                 translate: Callable[[str, str], str] | None = None,
                 language: str = "en") -> WrittenReport:
    """Write the published report in the chosen formats ("pdf", "html", "csv") to out_dir.

    The PDF and HTML speak `language` ("en" or "fr"): `translate(context, english)` gives
    their words (the caller's Qt catalogue; this layer has no Qt). The CSV tables are for
    analysts and stay as documented in docs/statistics.md, whatever the language.

    Everything written is suppressed for publication, and written only once the auditor
    finds every hidden count protected (else analysis.suppression.ProtectionNotReached);
    returns the files written.
    """
    from sbs_desktop.analysis.frames import load_frames
    from sbs_desktop.analysis.publication import publish, write_tables
    from sbs_desktop.analysis.report import report_content, write_html, write_pdf
    from sbs_desktop.analysis.statistics import compute_statistics
    from sbs_desktop.analysis.wording import Wording, untranslated

    _coordinator(vault)
    wording = Wording(translate or untranslated, language)
    wanted = [f for f in REPORT_FORMATS if f in set(formats)]
    threshold = suppression_threshold(vault)
    steps = 3 + len(wanted)
    progress.report(0, steps, wording.translate("Report", "Reading the merged data"))
    frames = load_frames(vault)
    progress.report(1, steps, wording.translate("Report", "Computing the statistics"))
    stats = compute_statistics(frames)
    publication = publish(stats, threshold)  # the auditor raises before anything is written
    progress.report(2, steps, wording.translate("Report", "Drawing the charts"))
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        content = None
        if "pdf" in wanted or "html" in wanted:
            content = report_content(stats, list_bundles(vault), threshold,
                                     datetime.now(UTC), count_responses(vault), publication,
                                     wording)
        for done, kind in enumerate(wanted, start=3):
            progress.report(done, steps, wording.translate(
                "Report", "Writing {kind}").format(kind=kind.upper()))
            if kind == "csv":
                written += write_tables(publication.tables, out_dir)
            elif kind == "html":
                written.append(write_html(content, out_dir / f"{REPORT_STEM}.html"))
            else:
                written.append(write_pdf(content, out_dir / f"{REPORT_STEM}.pdf",
                                         progress=progress.check))
    except OSError as error:
        raise StorageFailed(path=str(out_dir), reason=error.strerror or str(error)) from None
    progress.report(steps, steps, "")
    return WrittenReport(written, _hidden(publication))


@dataclass(frozen=True)
class DashboardData:
    """What the dashboard shows: statistics for its charts and tables of text, exact (the
    vault's own view) or as they would be published."""

    stats: Any                       # analysis.statistics.Statistics
    tables: dict[str, Any]           # file name -> pandas DataFrame of text cells
    academic_years: list[str]
    threshold: int
    published: bool
    hidden: HiddenCounts | None = None  # when published
    # The period x format table's period: publication.PeriodChoice as published, or by
    # quarter (None) for the exact figures, which hide nothing.
    period: Any = None

    @property
    def period_unit(self) -> str:
        return "quarter" if self.period is None else self.period.unit

    @property
    def period_table(self) -> Any:
        """The period x format table shown (text cells)."""
        from sbs_desktop.analysis.publication import PERIOD_FILES

        return self.tables[PERIOD_FILES[self.period_unit]]


def dashboard_data(vault: Vault, academic_year: str = "", published: bool = False,
                   progress: Progress | None = None) -> DashboardData:
    """Statistics for the dashboard, for one academic year ("" for all)."""
    from sbs_desktop.analysis.frames import load_frames
    from sbs_desktop.analysis.publication import exact_tables, publish, published_statistics
    from sbs_desktop.analysis.statistics import compute_statistics

    _coordinator(vault)
    progress = progress or Progress()
    progress.report(0, 2, "Reading the merged data")
    frames = load_frames(vault)
    progress.report(1, 2, "Computing the statistics")
    stats = compute_statistics(frames.for_academic_year(academic_year))
    threshold = suppression_threshold(vault)
    hidden = period = None
    if published:
        publication = publish(stats, threshold)
        shown = published_statistics(stats, threshold, publication)
        tables, hidden, period = publication.tables, _hidden(publication), publication.period
    else:
        shown = stats
        tables = {name: frame.astype(object).map(_cell_text)
                  for name, frame in exact_tables(stats).items()}
    progress.report(2, 2, "")
    return DashboardData(shown, tables, frames.academic_years, threshold, published, hidden,
                         period)


def period_reason(data: DashboardData, translate: Callable[[str, str], str],
                  language: str) -> str:
    """Which period the published period x format table is shown by, and why, in one
    sentence of the reader's language; "" for the exact figures (by quarter)."""
    if data.period is None:
        return ""
    from sbs_desktop.analysis import wording
    from sbs_desktop.analysis.publication import MOSTLY_SHOWN

    return wording.period_reason(data.period.unit, data.period.shown, MOSTLY_SHOWN,
                                 wording.Wording(translate, language))


@dataclass(frozen=True)
class ChartTitles:
    """The dashboard's chart titles and empty-chart text, already in the reader's language."""

    over_time: str
    initiator: str
    referrals: str
    barriers: str
    no_data: str


def dashboard_charts(data: DashboardData, words: Callable[[str, str], str],
                     titles: ChartTitles) -> list[Any]:
    """The dashboard's four matplotlib figures: over time, initiator, referrals, barriers."""
    from sbs_desktop.analysis import charts

    stats, no_data = data.stats, titles.no_data
    return [
        charts.interactions_over_time(stats, words, titles.over_time, no_data,
                                      data.period_unit),
        charts.initiator_split(stats, words, titles.initiator, no_data),
        charts.referrals_chart(stats, words, titles.referrals, no_data),
        charts.barrier_comparison(stats, words, titles.barriers, no_data),
    ]


def _cell_text(value: Any) -> str:
    if isinstance(value, float):
        return "" if value != value else f"{value:.4g}" if abs(value) < 0.01 else f"{value:.2f}"
    return str(value)
