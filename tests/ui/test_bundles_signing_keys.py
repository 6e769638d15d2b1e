"""The Bundles page shows who signed each bundle and keeps the setting for unsigned ones."""

from __future__ import annotations

from datetime import date

from bundle_factory import bundle_files, write_folder
from PySide6.QtCore import Qt

from sbs_desktop.app.bundle_trust import refuses_unsigned
from sbs_desktop.app.export import export_bundle, signing_fingerprint
from sbs_desktop.ui.bundles_page import BundlesPage

KEY_COLUMN = 10


def test_each_bundle_shows_its_key_and_unsigned_ones_can_be_refused(
        qtbot, make_window, coordinator_vault, supporter_vault, tmp_path):
    signed = export_bundle(supporter_vault, tmp_path / "signed", today=date(2026, 3, 31)).path
    fingerprint = signing_fingerprint(supporter_vault)
    unsigned = write_folder(tmp_path / "unsigned", bundle_files(supporter="S-00000000000a"))
    window = make_window(coordinator_vault)
    page = window.show_page_of(BundlesPage)
    assert page.model.headerData(KEY_COLUMN, Qt.Orientation.Horizontal) == "Signing key"

    task = page.import_paths([signed, unsigned])
    qtbot.waitUntil(lambda: not task.running and page.import_files_button.isEnabled(),
                    timeout=20000)
    keys = {page.model.cell(row, 9): page.model.cell(row, KEY_COLUMN)
            for row in range(page.model.rowCount())}
    assert keys == {"signed": fingerprint, "unsigned": "Unsigned"}
    assert f"Signed by key {fingerprint}." in page.result.toPlainText()

    page.refuse_unsigned.click()
    assert refuses_unsigned(coordinator_vault)
    another = write_folder(tmp_path / "another", bundle_files(supporter="S-00000000000b"))
    task = page.import_paths([another])
    qtbot.waitUntil(lambda: not task.running and page.import_files_button.isEnabled(),
                    timeout=20000)
    assert "refuses unsigned bundles" in page.result.toPlainText()
    assert page.model.rowCount() == 2
