"""The coordinator's home: the state of the program at a glance, with the way to each task."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.merge import imported_bundles
from sbs_desktop.app.report import suppression_threshold
from sbs_desktop.app.survey import count_responses
from sbs_desktop.app.vaults import Vault
from sbs_desktop.ui.dates import to_qdatetime
from sbs_desktop.ui.placeholders import fill


class ProgramState(QGroupBox):
    """Bundles received, the last import, survey responses and the suppression threshold."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("State of the program"), parent)
        self.vault = vault
        self.setObjectName("programState")
        self.bundles = QLabel()
        self.last_import = QLabel()
        self.responses = QLabel()
        self.threshold = QLabel()
        facts = QFormLayout()
        facts.setHorizontalSpacing(18)
        facts.setVerticalSpacing(10)
        for caption, value in ((self.tr("Bundles received"), self.bundles),
                               (self.tr("Last import"), self.last_import),
                               (self.tr("Survey"), self.responses),
                               (self.tr("Counts hidden below"), self.threshold)):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(caption, value)
        self.next_step = QLabel()
        self.next_step.setObjectName("hint")
        self.next_step.setWordWrap(True)

        self.bundles_button = QPushButton(self.tr("Import &bundles…"))
        self.dashboard_button = QPushButton(self.tr("Open the &dashboard"))
        self.report_button = QPushButton(self.tr("Export the re&port…"))
        links = QHBoxLayout()
        for button in (self.bundles_button, self.dashboard_button, self.report_button):
            links.addWidget(button)
        links.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(facts)
        layout.addWidget(self.next_step)
        layout.addLayout(links)
        self.bundles_button.clicked.connect(lambda: self._go("BundlesPage"))
        self.dashboard_button.clicked.connect(lambda: self._go("DashboardPage"))
        self.report_button.clicked.connect(self._export_report)
        self.refresh()

    def refresh(self) -> None:
        bundles = imported_bundles(self.vault)
        supporters = {bundle.supporter for bundle in bundles}
        self.bundles.setText(fill(self.tr("%1 from %2 supporters"), len(bundles),
                                  len(supporters)) if bundles else self.tr("None yet"))
        latest = max(bundles, key=lambda bundle: bundle.imported_at, default=None)
        if latest is None:
            self.last_import.setText(self.tr("Never"))
        else:
            # Stored in UTC; a person reads their own clock.
            when = latest.imported_at.replace(tzinfo=latest.imported_at.tzinfo or UTC)
            self.last_import.setText(fill(
                self.tr("%1, from %2 (%3 interactions)"),
                to_qdatetime(when.astimezone()).toString("yyyy-MM-dd HH:mm"),
                latest.supporter, latest.interaction_rows))
        from_bundles = sum(bundle.survey_rows for bundle in bundles)
        # A bundle's survey file holds a row per answer, not per respondent.
        self.responses.setText(fill(self.tr("%1 answers from supporters' bundles; %2 "
                                            "responses entered here"),
                                    from_bundles, count_responses(self.vault)))
        self.threshold.setText(fill(self.tr(
            "%1 (a count from 1 to %2 is shown as \"fewer than %1\")"),
            suppression_threshold(self.vault), suppression_threshold(self.vault) - 1))
        self.next_step.setText(self.tr(
            "Next: import the bundles supporters sent you this term.") if not bundles else
            self.tr("The dashboard shows the merged data; the report is what you publish."))
        self.dashboard_button.setEnabled(bool(bundles))
        self.report_button.setEnabled(bool(bundles))

    def _go(self, page_name: str) -> QWidget | None:
        window = self.window()
        for row, page in enumerate(getattr(window, "pages", [])):
            if type(page).__name__ == page_name:
                window.show_page(row)
                return page
        return None

    def _export_report(self) -> None:
        dashboard = self._go("DashboardPage")
        if dashboard is not None:
            dashboard.choose_report_folder()
