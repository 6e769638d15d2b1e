"""Every field a problem can name has words a person reads, in their language."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from enum import StrEnum

import sbs_desktop.core
from sbs_desktop.core.errors import FieldProblem, InvalidRecord
from sbs_desktop.core.interaction import InteractionField
from sbs_desktop.core.schedule import ScheduleField
from sbs_desktop.ui.labels import FIELD_LABELS, field_label
from sbs_desktop.ui.messages import describe


def _field_codes() -> set[type[StrEnum]]:
    """The field enums of every core module: the codes FieldProblem may carry."""
    found = set()
    for module_info in pkgutil.iter_modules(sbs_desktop.core.__path__):
        module = importlib.import_module(f"sbs_desktop.core.{module_info.name}")
        found |= {value for name, value in vars(module).items()
                  if inspect.isclass(value) and issubclass(value, StrEnum)
                  and name.endswith("Field")}
    return found


def test_every_field_code_has_a_label():
    codes = _field_codes()
    assert InteractionField in codes and ScheduleField in codes
    assert set(FIELD_LABELS) == codes
    for kind in codes:
        for code in kind:
            assert field_label(code) and field_label(code) != code.value, code


def test_a_problem_reads_with_the_label_of_its_field():
    problem = FieldProblem(InteractionField.DURATION_MINUTES, "must be from 1 to 600 minutes")
    assert describe(problem) == "Duration: must be from 1 to 600 minutes"
    assert describe(InvalidRecord([problem])) == describe(problem)


def test_a_survey_question_is_named_by_its_code():
    assert field_label("barrier.stigma.sbs") == "barrier.stigma.sbs"
