"""The language the interface is shown in: the person's choice, else the system's."""

from __future__ import annotations

from PySide6.QtCore import QLocale

# Each language is named in itself, so a person can find theirs whatever is showing.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def startup_locale(choice: str) -> QLocale:
    """The locale to start in for a saved choice ("" follows the system)."""
    system = QLocale.system()
    if choice not in LANGUAGE_NAMES or system.name().split("_")[0] == choice:
        return system
    # The program serves a Canadian university: Canadian dates and numbers by default.
    return QLocale(f"{choice}_CA")


def interface_language() -> str:
    """"fr" or "en": the language of the instruments and defaults to show beside the UI."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
