"""The Survey page: paper responses by keyboard, and the CSV import with its preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from sbs_desktop.app.survey import current_instrument
from sbs_desktop.app.survey_import import survey_template, template_columns
from sbs_desktop.store.survey import list_responses
from sbs_desktop.ui.survey_page import SurveyPage


def test_a_paper_response_is_typed_by_keyboard(qtbot, make_window, coordinator_vault):
    window = make_window(coordinator_vault)
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.show_page_of(SurveyPage)
    page.form.focus_first()
    # Year 2; services 1 and 5 then Enter; then a yes/no run through the matrix.
    qtbot.keyClicks(page.form.row("year_of_study"), "2")
    services = page.form.row("services_used")
    assert services.hasFocus()
    qtbot.keyClicks(services, "15")
    qtbot.keyClick(services, Qt.Key.Key_Return)
    first_barrier = page.form.row("barrier.career_impact.faculty")
    assert first_barrier.hasFocus()
    qtbot.keyClicks(first_barrier, "y")
    qtbot.keyClicks(page.form.row("barrier.career_impact.sbs"), "n")
    qtbot.keyClicks(page.form.row("barrier.would_not_help.faculty"), "y")
    qtbot.keyClick(page.form.row("barrier.would_not_help.sbs"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)

    [response] = list_responses(coordinator_vault)
    assert response.answers == (
        ("year_of_study", "2"), ("services_used", "faculty_wellness"),
        ("services_used", "family_physician"), ("barrier.career_impact.faculty", "yes"),
        ("barrier.career_impact.sbs", "no"), ("barrier.would_not_help.faculty", "yes"))
    assert page.form.answers() == []
    assert "1 response" in page.about.text()


def test_none_of_these_clears_the_other_services(qtbot, make_window, coordinator_vault):
    page = make_window(coordinator_vault).show_page_of(SurveyPage)
    services = page.form.row("services_used")
    qtbot.keyClicks(services, "12")
    qtbot.keyClicks(services, "6")  # "None of these"
    assert services.chosen() == ["none"]


def _write(path: Path, rows: list[list[str]], columns: list[str]) -> Path:
    lines = [",".join(columns)] + [",".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _row(columns: list[str], response_id: str, **answers: str) -> list[str]:
    values = {"response_id": response_id, "answered_on": "2025-04-10", **answers}
    return [values.get(c.replace(".", "__"), values.get(c, "")) for c in columns]


def test_a_bad_row_is_named_and_nothing_stored_then_the_fixed_file_imports(
        qtbot, make_window, supporter_vault, tmp_path):
    instrument = current_instrument(supporter_vault)
    columns = template_columns(instrument)
    assert survey_template(instrument).startswith(",".join(columns))
    good = [_row(columns, f"r{i}", year_of_study="1", barrier__stigma__faculty="yes")
            for i in range(3)]
    bad = _row(columns, "r3", year_of_study="7")
    path = _write(tmp_path / "answers.csv", [*good, bad], columns)

    window = make_window(supporter_vault)
    page = window.show_page_of(SurveyPage)
    page.open_import()
    dialog = page.import_dialog
    dialog.check_file(path)
    qtbot.waitUntil(lambda: not dialog.task.running)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ['answers.csv, row 5, column year_of_study: "7" is not one of: '
                        '1, 2, 3, 4']
    assert "Nothing was imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert list_responses(supporter_vault) == []

    _write(path, [*good, _row(columns, "r3", year_of_study="4", services_used="none")], columns)
    dialog.check_file(path)
    qtbot.waitUntil(lambda: not dialog.task.running)
    assert dialog.preview.isVisible() and dialog.preview.rowCount() == 4
    assert list_responses(supporter_vault) == []  # not before the preview is confirmed
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.running)
    stored = list_responses(supporter_vault)
    assert len(stored) == 4 and dialog.imported == 4
    assert {r.answered_on for r in stored} == {date(2025, 4, 10)}

    # The same file again: every response is recognised and nothing is added.
    dialog.check_file(path)
    qtbot.waitUntil(lambda: not dialog.task.running)
    assert "4 were imported before" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert len(list_responses(supporter_vault)) == 4


def test_a_problem_with_details_is_translated_before_they_are_filled_in(qapp):
    from PySide6.QtCore import QLocale

    from sbs_desktop.app.survey_import import SurveyProblem
    from sbs_desktop.ui.application import install_translations
    from sbs_desktop.ui.survey_import_dialog import describe_problem

    problem = SurveyProblem("a.csv", '"{value}" is not one of: {allowed}', 4, "year_of_study",
                            {"value": "7", "allowed": "1, 2, 3, 4"})
    assert describe_problem(problem) == 'a.csv, row 4, column year_of_study: "7" is not one ' \
        'of: 1, 2, 3, 4'
    previous = QLocale()
    installed = install_translations(qapp, QLocale("fr_CA"))
    try:
        text = describe_problem(problem)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert "7" in text and "1, 2, 3, 4" in text and "ne fait pas partie des choix" in text
