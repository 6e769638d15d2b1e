"""The report's words in the reader's language, without Qt: English marked for the catalogue,
translated by a function the caller hands in (the window's or the command line's)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP
from sbs_desktop.core.instrument import BARRIER_ITEM, default_instrument
from sbs_desktop.core.vocabulary import (
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.core.words import WORDS

Translate = Callable[[str, str], str]  # (context, English text) -> the reader's text
SUPPRESSED = "suppressed"  # analysis.publication.SUPPRESSED, as the CSV tables write it
# A decimal point between digits: "19.59", "<0.001", "12.3 (4.5-20.1)".
DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")

# The interaction vocabulary's words are core's, the same the window shows
# (core/words.py); the report's own words follow.
VOCABULARY = {
    "format": WORDS[Format], "initiated_by": WORDS[Initiator],
    "outreach_reason": WORDS[OutreachReason], "concern": WORDS[Concern],
    "risk": WORDS[Risk], "referral": WORDS[Referral],
    "service": {"faculty": QT_TRANSLATE_NOOP("Report", "Faculty of Medicine services"),
                "sbs": QT_TRANSLATE_NOOP("Report", "Side-by-Side")},
    "axis": {"interactions": QT_TRANSLATE_NOOP("Report", "Interactions"),
             "outreach_reason": QT_TRANSLATE_NOOP("Report", "Why supporters reached out"),
             "percent_of_respondents": QT_TRANSLATE_NOOP(
                 "Report", "% of respondents naming the barrier (95% CI)"),
             "other_hidden": QT_TRANSLATE_NOOP("Report", "Small counts (hidden)")},
}
CONTEXTS = {"service": "Report", "axis": "Report"}  # every other vocabulary: "Vocabulary"


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Wording:
    """How the report speaks: `translate` for its sentences and words, `language` ("en" or
    "fr") for the survey's own labels and the decimal separator."""

    translate: Translate = untranslated
    language: str = "en"

    def word(self, vocabulary: str, code: str) -> str:
        """The word for a code; barriers take their label from the survey instrument."""
        if vocabulary == "barrier":
            for item in default_instrument().items:
                if item.code == BARRIER_ITEM:
                    for row in item.rows:
                        if row.code == code:
                            return row.labels.get(self.language, row.labels["en"])
        if vocabulary == "year_of_study":
            if code.isdigit():
                return self.translate("Vocabulary", "Year %1").replace("%1", code)
            return self.translate("Report", "Not recorded")
        if vocabulary == "half_year":  # "2025-2026-H1"
            year, _, number = code.rpartition("-H")
            return self.translate("Report", "{year} H{number}").format(
                year=year, number=number) if year else code
        if vocabulary == "quarter":  # "2025-2026-Q1"
            year, _, number = code.rpartition("-Q")
            return self.translate("Report", "{year} Q{number}").format(
                year=year, number=number) if year else code
        english = VOCABULARY.get(vocabulary, {}).get(code)
        if english is None:
            return code
        return self.translate(CONTEXTS.get(vocabulary, "Vocabulary"), english)

    def marked(self, text: str) -> str:
        """A text of the "Report" context, marked with QT_TRANSLATE_NOOP where it is kept."""
        return self.translate("Report", text)

    def cell(self, text: str) -> str:
        """A table cell as the reader writes numbers; "suppressed" in their words."""
        if text == SUPPRESSED:
            return self.translate("Report", "suppressed")
        return DECIMAL_POINT.sub(",", text) if self.language == "fr" else text


ENGLISH = Wording()

# The period x format table's unit (publication.PERIOD_FILES): its column heading, its
# chart's title, and why it was chosen (the finest whose non-zero counts are mostly shown).
PERIOD_HEADINGS = {"quarter": QT_TRANSLATE_NOOP("Report", "Quarter"),
                   "half_year": QT_TRANSLATE_NOOP("Report", "Half-year"),
                   "academic_year": QT_TRANSLATE_NOOP("Report", "Academic year")}
PERIOD_TITLES = {
    "quarter": QT_TRANSLATE_NOOP("Report", "Interactions per quarter by format"),
    "half_year": QT_TRANSLATE_NOOP("Report", "Interactions per half-year by format"),
    "academic_year": QT_TRANSLATE_NOOP("Report", "Interactions per academic year by format")}
# What the table's periods are, and where finer figures are.
PERIOD_NOTES = {
    "quarter": QT_TRANSLATE_NOOP(
        "Report", "Quarters of the academic year: Q1 is September to November, Q2 "
        "December to February, Q3 March to May, Q4 June to August. "
        "interactions_by_month.csv has the same figures by month."),
    "half_year": QT_TRANSLATE_NOOP(
        "Report", "interactions_by_month.csv and interactions_by_quarter.csv have the same "
        "figures by month and by quarter, with more of them hidden."),
    "academic_year": QT_TRANSLATE_NOOP(
        "Report", "interactions_by_month.csv and interactions_by_quarter.csv have the same "
        "figures by month and by quarter, with more of them hidden."),
}
PERIOD_REASONS = {
    "quarter": QT_TRANSLATE_NOOP(
        "Report", "Shown by quarter: {shown}% of its non-zero counts can be published (the "
        "aim is {most}% or more)."),
    "half_year": QT_TRANSLATE_NOOP(
        "Report", "Shown by half-year (H1 is September to February, H2 March to August): "
        "by quarter, fewer than {most}% of the non-zero counts could be published; by "
        "half-year, {shown}% can."),
    "academic_year": QT_TRANSLATE_NOOP(
        "Report", "Shown by academic year: by half-year, fewer than {most}% of the non-zero "
        "counts could be published; by academic year, {shown}% can."),
    "fallback": QT_TRANSLATE_NOOP(
        "Report", "Shown by academic year, the coarsest period: even so only {shown}% of its "
        "non-zero counts can be published (the aim is {most}% or more)."),
}


def period_reason(unit: str, shown: float, most: float, wording: Wording = ENGLISH) -> str:
    """Which period the period x format table is shown by, and why, in one sentence:
    `shown` of its non-zero counts are shown, `most` was the aim (shares from 0 to 1)."""
    key = unit if shown >= most else "fallback"
    return wording.marked(PERIOD_REASONS[key]).format(
        shown=int(shown * 100), most=round(most * 100))


def methods(threshold: int, values: int, wording: Wording = ENGLISH) -> list[str]:
    """The report's methods, in plain words; a hidden count could be any of `values`
    consecutive values."""
    translate = wording.translate
    return [
        translate(
            "Report",
            "Data. Every supporter's vault exports an anonymised bundle: interactions without "
            "names, notes or exact times, dated to the ISO week (or month), with classmates "
            "as pseudonyms that cannot be reversed. Each bundle is checked (its files' SHA-256 "
            "hashes, row counts, columns and every code) before it is merged. A newer bundle "
            "from a supporter replaces that supporter's earlier one. Survey responses come "
            "from the bundles and from responses entered in the coordinator's own vault. "
            "Weeks count in the month that holds their Thursday, and a month in its quarter "
            "and academic year (1 September to 31 August), so months add up to quarters and "
            "quarters to years."),
        translate(
            "Report",
            "Classmates reached. Each supporter's interactions name a classmate by a pseudonym "
            "made with that supporter's own secret key, so one student seen by two supporters "
            "has two unrelated pseudonyms and cannot be matched. The figure adds up the "
            "distinct classmates of each supporter. It over-counts students who saw more than "
            "one supporter, so read it as an upper bound on the number of different students "
            "reached; interactions logged without a linked classmate are not in it at all, "
            "and it says nothing about who those students are."),
        translate(
            "Report",
            "Hours. Hours offered are each supporter's scheduled weekly support hours, with "
            "days off removed. Hours spent in interactions are the sum of the logged "
            "durations."),
        translate(
            "Report",
            "Survey tests. For each barrier, the analysis includes the respondents who "
            "answered it for both Faculty of Medicine services and Side-by-Side. The share "
            "answering yes is given with a Wilson 95% score interval. As in the program's "
            "published paper, the two shares are compared with the chi-square test with "
            "Yates' continuity correction and with Fisher's exact test on the 2 x 2 table "
            "(service by yes/no). Because each respondent answered for both services, the "
            "answers are paired, and McNemar's exact test (a two-sided binomial test on the "
            "respondents who said yes for one service but not the other) is the right test; "
            "it is reported too. All P values are two-sided and not adjusted for the ten "
            "barriers compared."),
        translate(
            "Report",
            "Small counts. To protect the students behind them, every count from 1 to "
            "{below} is shown as \"<{threshold}\", and so are some zeros: \"<{threshold}\" "
            "means 0 to {below}. Enough other counts are hidden (\"suppressed\", which means "
            "{threshold} or more) that, with every published table, total and relation "
            "between them, a count shown as \"<{threshold}\" could still be any of at least "
            "{values} consecutive values, and no hidden count is known exactly; an integer "
            "programme checks this over all tables before anything is written. Every "
            "percentage, interval or P value computed from a hidden count is hidden too. The "
            "exact figures stay inside the coordinator's encrypted vault. The threshold is a "
            "setting of the vault.").format(
                below=threshold - 1, threshold=threshold, values=values),
    ]


def english(vocabulary: str, code: str) -> str:
    """The English word for a code."""
    return ENGLISH.word(vocabulary, code)
