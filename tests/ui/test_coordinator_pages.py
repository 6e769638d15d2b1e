"""The coordinator's window: import several bundles, see their provenance, open the dashboard."""

from __future__ import annotations

from bundle_factory import bundle_files, supporter_pseudonym, write_folder, write_zip
from PySide6.QtCore import Qt

from sbs_desktop.exchange.format import INTERACTIONS_FILE
from sbs_desktop.ui.bundles_page import BundlesPage
from sbs_desktop.ui.dashboard_page import DashboardPage


def test_import_bundles_see_provenance_and_open_the_dashboard(
        qtbot, make_window, coordinator_vault, tmp_path):
    good = [write_zip(tmp_path / f"supporter-{n}.zip",
                      bundle_files(supporter_pseudonym(n), 10 + n, seed=n + 1))
            for n in range(1, 4)]
    tampered = bundle_files(supporter_pseudonym(9), 5)
    tampered[INTERACTIONS_FILE] += b"x"
    bad = write_folder(tmp_path / "tampered", tampered)

    window = make_window(coordinator_vault)
    page = window.show_page_of(BundlesPage)
    task = page.import_paths([*good, bad])
    qtbot.waitUntil(lambda: not task.running and page.import_files_button.isEnabled(),
                    timeout=20000)

    model = page.model
    shown = {model.cell(row, 0): model.cell(row, 5) for row in range(model.rowCount())}
    assert shown == {supporter_pseudonym(1): "11", supporter_pseudonym(2): "12",
                     supporter_pseudonym(3): "13"}
    files = {model.cell(row, 9) for row in range(model.rowCount())}
    assert files == {"supporter-1.zip", "supporter-2.zip", "supporter-3.zip"}
    result = page.result.toPlainText()
    assert "Refused" in result and "tampered" in result and "SHA-256" in result
    assert "3 bundles in use, from 3 supporters" in page.summary.text()

    dashboard = window.show_page_of(DashboardPage)
    qtbot.waitUntil(lambda: dashboard.data is not None and len(dashboard.canvases) == 4,
                    timeout=30000)
    assert dashboard.summary.text().startswith("36 interactions from 3 supporters")
    assert dashboard.year.findData("2025-2026") > 0
    by_format = dashboard.table_models["interactions_by_format.csv"]
    assert sum(int(by_format.cell(r, 1)) for r in range(by_format.rowCount())) == 36


def test_the_dashboard_filters_by_academic_year_and_shows_published_figures(
        qtbot, make_window, coordinator_vault, tmp_path):
    from sbs_desktop.app.merge import merge_bundles
    from sbs_desktop.core.progress import silent

    merge_bundles(coordinator_vault, [write_zip(tmp_path / "b.zip", bundle_files(
        supporter_pseudonym(1), 12))], silent())
    window = make_window(coordinator_vault)
    dashboard = window.show_page_of(DashboardPage)
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=30000)
    dashboard.published.setChecked(True)
    qtbot.waitUntil(lambda: dashboard.data.published, timeout=30000)
    periods = dashboard.table_models["period"]
    cells = {periods.cell(r, 2) for r in range(periods.rowCount())}
    assert "<5" in cells  # 12 interactions over several periods: some are small
    # The period table is by the period the data allow, and the summary says which.
    unit = dashboard.data.period_unit
    assert dashboard.tabs.tabText(dashboard.period_tab) == {
        "quarter": "By quarter", "half_year": "By half-year",
        "academic_year": "By academic year"}[unit]
    assert periods.headerData(0, Qt.Orientation.Horizontal) == unit
    assert "Shown by " in dashboard.summary.text()
    assert not any(c in {"1", "2", "3", "4"} for c in cells)
    assert "more so that they cannot be worked out" in dashboard.summary.text()
    index = dashboard.year.findData("2025-2026")
    dashboard.year.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dashboard.data.stats.total == 12 and not dashboard.task.running,
                    timeout=30000)


def test_dropping_a_folder_of_bundles_imports_them(qtbot, make_window, coordinator_vault,
                                                    tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(2):
        write_zip(inbox / f"b{n}.zip", bundle_files(supporter_pseudonym(n), 4, seed=n + 1))
    window = make_window(coordinator_vault)
    page = window.show_page_of(BundlesPage)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(inbox))])
    page.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    assert "b0.zip: imported 4 interactions" in page.result.toPlainText()


def test_a_bundle_is_shown_with_its_own_name_even_when_it_looks_like_a_placeholder(
        qtbot, make_window, coordinator_vault, tmp_path):
    # "%2" in the name must not be filled with the interaction count ("b10.zip").
    bundle = write_zip(tmp_path / "b%2.zip", bundle_files(supporter_pseudonym(1), 10))
    window = make_window(coordinator_vault)
    page = window.show_page_of(BundlesPage)
    task = page.import_paths([bundle])
    qtbot.waitUntil(lambda: not task.running and page.import_files_button.isEnabled(),
                    timeout=20000)

    assert page.result.toPlainText().startswith(
        f"b%2.zip: imported 10 interactions from {supporter_pseudonym(1)}.")
    assert page.model.cell(0, 9) == "b%2.zip"
