"""The coordinator's dashboard: the report's charts and tables, filterable by academic year.

matplotlib, pandas and scipy load only when the page is first shown, never at start-up.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.report import (
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    REPORT_FORMATS,
    ChartTitles,
    DashboardData,
    dashboard_charts,
    period_reason,
    set_suppression_threshold,
    suppression_threshold,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.instrument import BARRIER_ITEM, default_instrument
from sbs_desktop.core.vocabulary import (
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.ui.chart_colours import colour_for_palette
from sbs_desktop.ui.labels import label, year_label
from sbs_desktop.ui.language import interface_language
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import dialog_folder
from sbs_desktop.ui.text_table import TextTableModel
from sbs_desktop.ui.worker import Task, run_task

VOCABULARIES = {"format": Format, "initiated_by": Initiator, "outreach_reason": OutreachReason,
                "concern": Concern, "risk": Risk, "referral": Referral}
CHART_HEIGHT = 330
# The vocabulary of each table's first column, so that it shows words rather than codes.
PERIOD_TAB = "period"  # the period x format table, by the period the data allow
TABLE_VOCABULARY = {"survey_barriers.csv": "barrier", "interactions_by_format.csv": "format",
                    "referrals.csv": "referral"}


def chart_words(vocabulary: str, code: str, threshold: int = 5) -> str:
    """The translated word for a code on a chart (the charts are shared with the report)."""
    # Literal context and text in every call (no local helper), so that lupdate collects them.
    translate = QCoreApplication.translate
    if vocabulary in VOCABULARIES:
        try:
            return label(VOCABULARIES[vocabulary](code))
        except ValueError:
            return code
    if vocabulary == "year_of_study":
        if code.isdigit():
            return year_label(int(code))
        return translate("DashboardPage", "Not recorded")
    if vocabulary == "barrier":
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        for item in default_instrument().items:
            if item.code == BARRIER_ITEM:
                for row in item.rows:
                    if row.code == code:
                        return row.labels[language]
        return code
    if vocabulary == "quarter":  # "2025-2026-Q1"; French writes T1 (trimestre)
        year, _, number = code.rpartition("-Q")
        return fill(translate("DashboardPage", "%1 Q%2"), year, number) if year else code
    if vocabulary == "service":
        return {"faculty": translate("DashboardPage", "Faculty of Medicine services"),
                "sbs": translate("DashboardPage", "Side-by-Side")}.get(code, code)
    return {
        "interactions": translate("DashboardPage", "Interactions"),
        "outreach_reason": translate("DashboardPage", "Why supporters reached out"),
        "percent_of_respondents": translate(
            "DashboardPage", "% of respondents naming the barrier (95% CI)"),
        "suppressed": fill(translate("DashboardPage", "fewer than %1"), str(threshold)),
        "other_hidden": translate("DashboardPage", "Small counts (hidden)"),
    }.get(code, code)


class _WheelToPage(QObject):
    """The mouse wheel over a chart scrolls the charts, as over any other part of a page
    (matplotlib's canvas would otherwise keep the wheel for itself)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False


class DashboardPage(QWidget):
    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("DashboardPage", "Dashboard")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: Task | None = None
        self.data: DashboardData | None = None
        self.canvases: list[Any] = []
        self._pending = False
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Dashboard"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)

        controls = QHBoxLayout()
        year_label = QLabel(self.tr("Academic &year:"))
        controls.addWidget(year_label)
        self.year = QComboBox()
        year_label.setBuddy(self.year)
        self.year.setObjectName("academicYear")
        self.year.addItem(self.tr("All years"), "")
        self.year.currentIndexChanged.connect(lambda _: self.refresh())
        controls.addWidget(self.year)
        self.published = QCheckBox(self.tr("Show as published (small counts hidden)"))
        self.published.toggled.connect(lambda _: self.refresh())
        controls.addWidget(self.published)
        threshold_label = QLabel(self.tr("Hide counts &below:"))
        controls.addWidget(threshold_label)
        self.threshold = QSpinBox()
        threshold_label.setBuddy(self.threshold)
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setValue(suppression_threshold(vault))
        self.threshold.setToolTip(self.tr(
            "Counts from 1 to this number less one are hidden in the report and the CSV files."))
        self.threshold.valueChanged.connect(self._threshold_changed)
        controls.addWidget(self.threshold)
        controls.addStretch(1)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.clicked.connect(self.choose_report_folder)
        controls.addWidget(self.export_button)
        outer.addLayout(controls)

        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        charts = QWidget()
        self.chart_grid = QGridLayout(charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        self.chart_scroll = scroll
        self._wheel = _WheelToPage(scroll)
        self.tabs.addTab(scroll, self.tr("Charts"))
        self.table_models: dict[str, TextTableModel] = {}
        for key, title in (("survey_barriers.csv", self.tr("Survey barriers")),
                           ("interactions_by_format.csv", self.tr("By format")),
                           (PERIOD_TAB, self.tr("By quarter")),
                           ("referrals.csv", self.tr("Referrals")),
                           ("supporter_activity.csv", self.tr("Supporters")),
                           ("summary.csv", self.tr("Summary"))):
            model = TextTableModel()
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            self.table_models[key] = model
            self.tabs.addTab(view, title)
            if key == PERIOD_TAB:
                self.period_tab = self.tabs.count() - 1

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute off the UI thread (the statistics read every merged row)."""
        if self.task is not None and self.task.running:
            self._pending = True
            return
        from sbs_desktop.app.report import dashboard_data

        year = self.year.currentData() or ""
        published = self.published.isChecked()

        def work(vault, progress):
            return dashboard_data(vault, year, published, progress)

        self.task = run_task(self, self.tr("Computing the statistics"), work,
                             on_success=self._show, on_failure=self._failed, vault=self.vault)
        self.task.finished.connect(self._after_task)

    def _after_task(self) -> None:
        if self._pending:
            self._pending = False
            self.refresh()

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self._fill_years(data.academic_years)
        self._show_summary(data)
        self._show_charts(data)
        self.tabs.setTabText(self.period_tab, {
            "quarter": self.tr("By quarter"), "half_year": self.tr("By half-year"),
            "academic_year": self.tr("By academic year")}[data.period_unit])
        for key, model in self.table_models.items():
            frame = data.period_table if key == PERIOD_TAB else data.tables[key]
            rows = frame.to_numpy().tolist()
            vocabulary = TABLE_VOCABULARY.get(key)
            if vocabulary:
                for row in rows:
                    row[0] = chart_words(vocabulary, row[0], data.threshold)
            model.set_rows(rows, headers=list(frame.columns))

    def _failed(self, error: BaseException) -> None:
        # Shown in place rather than in a dialog: the page refreshes whenever it is shown.
        self.summary.setText(describe(error))

    def _fill_years(self, years: list[str]) -> None:
        known = [self.year.itemData(i) for i in range(1, self.year.count())]
        if known == years:
            return
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for year in years:
            self.year.addItem(year, year)
        index = self.year.findData(chosen)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def _show_summary(self, data: DashboardData) -> None:
        values = dict(zip(data.tables["summary.csv"]["measure"],
                          data.tables["summary.csv"]["value"], strict=True))
        rate = values["referral_rate_pct"]
        # The CSV keeps a decimal point; a French reader expects a comma. Anything not a
        # number (a hidden small count) is shown as the CSV has it.
        with contextlib.suppress(ValueError):
            rate = QLocale().toString(float(rate), "f", len(rate.partition(".")[2]))
        self.summary.setText(fill(self.tr(
            "%1 interactions from %2 supporters; referral rate %3%; classmates reached "
            "(an upper bound) %4; %5 survey respondents."),
            values["interactions"], values["supporters"], rate,
            values["classmates_reached_upper_bound"], values["survey_respondents"])
            + ("" if data.hidden is None else " " + fill(self.tr(
                "%1 counts hidden because they are below %2, %3 more so that they cannot be "
                "worked out."), data.hidden.small, data.hidden.threshold, data.hidden.more)
               + " " + period_reason(data, QCoreApplication.translate, interface_language())))

    def _show_charts(self, data: DashboardData) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        for canvas in self.canvases:
            self.chart_grid.removeWidget(canvas)
            canvas.deleteLater()

        def words(vocabulary: str, code: str) -> str:
            return chart_words(vocabulary, code, data.threshold)

        figures = dashboard_charts(data, words, ChartTitles(
            over_time={"quarter": self.tr("Interactions per quarter by format"),
                       "half_year": self.tr("Interactions per half-year by format"),
                       "academic_year": self.tr("Interactions per academic year by format"),
                       }[data.period_unit],
            initiator=self.tr("Who started the interaction"),
            referrals=self.tr("Interactions with each referral"),
            barriers=self.tr("Barriers: Faculty services vs Side-by-Side"),
            no_data=self.tr("No data yet")))
        for figure in figures:
            colour_for_palette(figure, self.palette())
        self.canvases = []
        # One chart a row, each the full width: side by side, the initiator chart's second
        # title ("Why supporters reached out") ran past its half and was clipped.
        for figure, (row, column, span) in zip(figures, ((0, 0, 2), (1, 0, 2), (2, 0, 2),
                                                         (3, 0, 2)), strict=True):
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumHeight(int(CHART_HEIGHT * figure.get_figheight() / 3.6))
            canvas.installEventFilter(self._wheel)
            self.chart_grid.addWidget(canvas, row, column, 1, span)
            self.canvases.append(canvas)
        # A canvas first paints its figure at the figure's own size, cropped or over its
        # neighbour; show the charts only once the grid has sized each and they are drawn.
        self.chart_scroll.widget().setUpdatesEnabled(False)
        QTimer.singleShot(0, self._redraw_charts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The system switched to a dark (or light) look: the charts follow.
        if event.type() == QEvent.Type.PaletteChange and self.canvases:
            for canvas in self.canvases:
                colour_for_palette(canvas.figure, self.palette())
            self._redraw_charts()

    def _redraw_charts(self) -> None:
        for canvas in self.canvases:
            width, height = canvas.width(), canvas.height()
            if width > 1 and height > 1:
                ratio = canvas.devicePixelRatioF()
                canvas.figure.set_size_inches(width * ratio / canvas.figure.dpi,
                                              height * ratio / canvas.figure.dpi)
                canvas.draw()
        self.chart_scroll.widget().setUpdatesEnabled(True)

    # -- settings and the report ---------------------------------------------------------------

    def _threshold_changed(self, value: int) -> None:
        set_suppression_threshold(self.vault, value)
        if self.published.isChecked():
            self.refresh()

    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the report to"),
                                                  str(dialog_folder()))
        if folder:
            self.export_report(Path(folder))

    def export_report(self, folder: Path) -> Task:
        """Write the PDF, HTML and CSV tables (suppressed for publication) off the UI thread."""
        from sbs_desktop.app.report import build_report

        language = interface_language()

        def work(vault, progress):
            # In the window's language; QCoreApplication.translate is safe off the UI thread.
            return build_report(vault, folder, REPORT_FORMATS, progress,
                                QCoreApplication.translate, language)

        def done(written: list[Path]) -> None:
            QMessageBox.information(self, self.tr("Report exported"), fill(self.tr(
                "Wrote %1 files to %2. Small counts are hidden in all of them."),
                len(written), folder))

        self.export_task = run_task(self, self.tr("Exporting the report"), work,
                                    on_success=done, vault=self.vault)
        return self.export_task
