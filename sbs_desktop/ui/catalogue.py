"""The program's translations without a running application, for the command line's messages
and the report it writes: a QTranslator translates without a QCoreApplication."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTranslator

from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.ui.language import LANGUAGE_NAMES, startup_locale
from sbs_desktop.ui.settings import Settings

Translate = Callable[[str, str], str]  # (context, English text) -> text in the language


def chosen_language(choice: str = "") -> str:
    """"fr" or "en": `choice` when given, else the program's setting (Vault > Language),
    else the system's (LANG)."""
    locale = startup_locale(choice or Settings.load().language)
    return "fr" if locale.language() == QLocale.Language.French else "en"


def _english(context: str, text: str) -> str:
    return text


def catalogue(language: str) -> Translate:
    """Translation into `language` from the shipped catalogue; English where it has none."""
    if language not in LANGUAGE_NAMES or language == "en":
        return _english
    translator = QTranslator()
    # The same file and lookup as the window's (ui/application.py install_translations).
    if not translator.load(QLocale(f"{language}_CA"), "sbs", "_",
                           str(shipped_file("translations"))):
        return _english

    def translated(context: str, text: str) -> str:
        # An unfinished message is left out of the .qm: it comes back empty, shown in English.
        return translator.translate(context, text) or text

    return translated
