"""The command line in the person's language: the program's setting, else LANG.

The catalogue (and Qt with it) loads only when a command first says something, so a
command that prints nothing stays as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sbs_desktop.core.errors import InvalidRecord, SbsError

Translate = Callable[[str, str], str]


@cache
def command_language() -> str:
    """"fr" or "en" for the command line's messages and, by default, the report."""
    try:
        from sbs_desktop.ui.catalogue import chosen_language

        return chosen_language()
    except Exception:  # a broken Qt must not hide the message being shown: say it in English
        return "en"


@cache
def catalogue_for(language: str) -> Translate:
    """(context, English text) -> the text in `language` ("en" or "fr")."""
    from sbs_desktop.ui.catalogue import catalogue

    return catalogue(language)


def translate(context: str, text: str) -> str:
    """`text` in the command line's language. Called with literal context and text, so
    that lupdate collects them; fill placeholders with str.format afterwards."""
    try:
        return catalogue_for(command_language())(context, text)
    except Exception:  # as in command_language
        return text


def error_message(error: SbsError) -> str:
    """The message of a domain error in the command line's language."""
    words = catalogue_for(command_language())
    if isinstance(error, InvalidRecord):
        return words("Errors", "Please correct: {details}").format(
            details="; ".join(error_message(problem) for problem in error.problems))
    # Reasons passed as parameters are marked in "Errors" too; a path or a number has no
    # translation there and comes back unchanged (as ui/messages.py does).
    parameters = {name: words("Errors", value) if isinstance(value, str) else value
                  for name, value in error.params.items()}
    return words("Errors", error.template).format(**parameters)
