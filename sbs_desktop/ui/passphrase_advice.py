"""The passphrase advice of zxcvbn, marked for translation (zxcvbn speaks English only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# zxcvbn's feedback texts as of zxcvbn 4.x, in the "Errors" context so that a
# WeakPassphrase raised by the app layer carrying one of them is translated as well.
ADVICE = (
    QT_TRANSLATE_NOOP("Errors", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("Errors", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("Errors", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "Errors", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
    QT_TRANSLATE_NOOP("Errors", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("Errors", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("Errors", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("Errors", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("Errors", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("Errors", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("Errors", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "Errors", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("Errors", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("Errors", "This is a very common password."),
    QT_TRANSLATE_NOOP("Errors", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("Errors", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("Errors", "Avoid sequences."),
    QT_TRANSLATE_NOOP("Errors", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Avoid recent years."),
    QT_TRANSLATE_NOOP("Errors", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("Errors", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("Errors", "Use four or more unrelated words."),
)
GENERAL_ADVICE = ADVICE[-1]


def advice_text(english: str) -> str:
    """The advice in the person's language; general advice for a text we do not know."""
    return QCoreApplication.translate("Errors", english if english in ADVICE else GENERAL_ADVICE)
