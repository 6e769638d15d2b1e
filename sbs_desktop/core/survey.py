"""One anonymous survey response and the rules it must follow for its instrument."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord
from sbs_desktop.core.instrument import Instrument

Answers = tuple[tuple[str, str], ...]


class SurveyField(StrEnum):
    """The fields of a response a problem can name, besides its questions' codes."""

    INSTRUMENT = "instrument"
    ANSWERED_ON = "answered_on"
    ANSWERS = "answers"


class ResponseSource(StrEnum):
    """How a response reached the vault."""

    TYPED = "typed"        # typed in from a paper form
    KIOSK = "kiosk"        # given by the respondent in kiosk mode
    IMPORTED = "imported"  # read from a CSV file; its uid is keyed on the file's row


@dataclass(frozen=True)
class SurveyResponse:
    """Answers as (question code, answer code) pairs; a multiple choice gives one pair per
    option chosen. Only the date is kept, never a time or anything about the respondent.
    `uid` is random, made once, and lets the same response be recognised again."""

    uid: str
    instrument_id: str
    instrument_version: str
    answered_on: date
    answers: Answers
    id: int | None = None
    source: ResponseSource | None = None  # None: stored before sources were recorded

    def answer(self, question: str) -> str | None:
        """The answer to a single-answer question, or None when it was skipped."""
        return next((a for q, a in self.answers if q == question), None)

    def chosen(self, question: str) -> frozenset[str]:
        """Every option chosen for a question (for multiple choice)."""
        return frozenset(a for q, a in self.answers if q == question)


def new_uid() -> str:
    return secrets.token_hex(16)


def normalised(instrument: Instrument, answers: Iterable[tuple[str, str]]) -> Answers:
    """Answers without repeats, in the instrument's question and option order."""
    unique = set(answers)
    order = {q.code: (i, q.option_codes) for i, q in enumerate(instrument.questions)}

    def position(pair: tuple[str, str]) -> tuple[int, int, str]:
        question, answer = pair
        index, options = order.get(question, (len(order), ()))
        return (index, options.index(answer) if answer in options else len(options), question)

    return tuple(sorted(unique, key=position))


def make_response(instrument: Instrument, answered_on: date,
                  answers: Iterable[tuple[str, str]], uid: str | None = None) -> SurveyResponse:
    """A new response to `instrument`, validated; raises InvalidRecord naming each question."""
    response = SurveyResponse(uid or new_uid(), instrument.id, instrument.version, answered_on,
                              normalised(instrument, answers))
    return validate(response, instrument)


def problems_with(response: SurveyResponse, instrument: Instrument,
                  today: date | None = None) -> list[FieldProblem]:
    """Every rule the response breaks, each naming the question code; empty when valid."""
    problems: list[FieldProblem] = []
    if (response.instrument_id, response.instrument_version) != instrument.key:
        problems.append(FieldProblem(SurveyField.INSTRUMENT, QT_TRANSLATE_NOOP(
            "Errors", "the response was given under another instrument version")))
        return problems
    if response.answered_on > (today or date.today()):
        problems.append(FieldProblem(SurveyField.ANSWERED_ON, QT_TRANSLATE_NOOP(
            "Errors", "the date cannot be in the future")))
    if not response.answers:
        problems.append(FieldProblem(SurveyField.ANSWERS, QT_TRANSLATE_NOOP(
            "Errors", "answer at least one question")))
    by_question: dict[str, set[str]] = {}
    for question, answer in response.answers:
        by_question.setdefault(question, set()).add(answer)
    for code, chosen in by_question.items():
        question = instrument.question(code)
        if question is None:
            problems.append(FieldProblem(code, QT_TRANSLATE_NOOP(
                "Errors", "this question is not in the instrument")))
            continue
        if not chosen <= set(question.option_codes):
            problems.append(FieldProblem(code, QT_TRANSLATE_NOOP(
                "Errors", "this answer is not one of the question's options")))
        elif question.kind != "multiple" and len(chosen) > 1:
            problems.append(FieldProblem(code, QT_TRANSLATE_NOOP(
                "Errors", "only one answer is allowed")))
        elif len(chosen) > 1 and chosen & set(question.exclusive):
            problems.append(FieldProblem(code, QT_TRANSLATE_NOOP(
                "Errors", "\"none\" cannot be chosen together with other options")))
    return problems


def validate(response: SurveyResponse, instrument: Instrument,
             today: date | None = None) -> SurveyResponse:
    problems = problems_with(response, instrument, today)
    if problems:
        raise InvalidRecord(problems)
    return response
