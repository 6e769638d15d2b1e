"""The survey instrument file: the shipped default and the loader's refusals."""

from __future__ import annotations

import json

import pytest

from sbs_desktop.core.errors import FileRejected
from sbs_desktop.core.instrument import default_instrument, load_instrument

BARRIERS = ("career_impact", "would_not_help", "confidentiality", "stigma", "lack_of_time",
            "access_unknown", "academic_record", "handle_alone", "cost", "hours_location")


def test_the_default_instrument_asks_each_barrier_twice():
    instrument = default_instrument()
    assert instrument.key == ("sbs-barriers", "1")
    assert instrument.barrier_codes == BARRIERS
    codes = [q.code for q in instrument.questions]
    assert codes[:2] == ["year_of_study", "services_used"]
    assert codes[2:] == [f"barrier.{b}.{t}" for b in BARRIERS for t in ("faculty", "sbs")]
    assert instrument.question("year_of_study").option_codes == ("1", "2", "3", "4")
    services = instrument.question("services_used")
    assert services.kind == "multiple" and services.exclusive == ("none",)
    assert {"faculty_wellness", "side_by_side", "university_counselling",
            "physician_health_program", "family_physician", "none"} == set(services.option_codes)
    assert instrument.question("barrier.cost.sbs").option_codes == ("yes", "no")
    for question in instrument.questions:
        assert question.labels["en"] and question.labels["fr"]
        assert question.labels["en"] != question.labels["fr"] or "Side-by-Side" in \
            question.labels["en"]


def _definition(**changes) -> str:
    raw = json.loads(default_instrument().definition)
    raw.update(changes)
    return json.dumps(raw)


@pytest.mark.parametrize(("text", "column"), [
    ("not json", ""),
    ('{"format": "other"}', "format"),
    (_definition(format_version=2), "format_version"),
    (_definition(id="Has Spaces"), "id"),
    (_definition(version=2), "version"),
    (_definition(items=[]), "items"),
    (_definition(title={"en": "Only English"}), "title"),
    (_definition(items=[{"kind": "slider", "code": "x", "label": {"en": "a", "fr": "b"}}]),
     "items[0].kind"),
    (_definition(items=[{"kind": "single", "code": "Bad-Code", "label": {"en": "a", "fr": "b"},
                         "options": [{"code": "a", "label": {"en": "a", "fr": "a"}}]}]),
     "items[0].code"),
    (_definition(items=[{"kind": "single", "code": "q", "label": {"en": "a", "fr": "b"},
                         "options": [{"code": "a", "label": {"en": "a", "fr": "a"}}] * 2}]),
     "items[0].options"),
    (_definition(items=[{"kind": "single", "code": "q", "label": {"en": "a", "fr": "b"},
                         "exclusive": ["a"],
                         "options": [{"code": "a", "label": {"en": "a", "fr": "a"}}]}]),
     "items[0].exclusive"),
])
def test_a_bad_instrument_file_is_rejected_naming_where(text, column):
    with pytest.raises(FileRejected) as caught:
        load_instrument(text, "new.json")
    assert caught.value.params["column"] == (column or "-")
    assert caught.value.params["file"] == "new.json"
