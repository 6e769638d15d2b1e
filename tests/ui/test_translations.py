"""French: every string of the code translated and compiled, and shown when French is chosen."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.application import install_translations
from sbs_desktop.ui.language import interface_language, startup_locale
from sbs_desktop.ui.settings import Settings

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "build" / "translations.py"


@pytest.fixture(scope="module")
def pipeline():
    """build/translations.py, loaded as a module (build/ is not a package)."""
    spec = importlib.util.spec_from_file_location("sbs_translations", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


@pytest.fixture
def french(qapp):
    """The French translation installed as at start-up, removed afterwards."""
    previous = QLocale()
    installed = install_translations(qapp, QLocale("fr_CA"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_every_string_in_the_code_has_a_finished_french_translation(pipeline):
    problems = pipeline.catalogue_problems()
    assert not problems, "Run build/translations.py and translate in sbs_fr.ts:\n" + "\n".join(
        problems)


def test_the_catalogue_holds_the_strings_of_every_layer(pipeline):
    current = [m for m in pipeline.read_catalogue(pipeline.CATALOGUE) if not m.retired]
    contexts = {m.context for m in current}
    # Dialogs (ui), the vocabulary, core and exchange error templates, the app's stages.
    assert {"UnlockDialog", "MainWindow", "Vocabulary", "Errors", "Fields", "Export"} <= contexts
    assert any(m.plural for m in current)
    assert len(current) > 600


def test_the_checker_names_what_a_translator_must_fix(pipeline):
    def message(source, *translations, finished=True, plural=False):
        return pipeline.Message(context="Page", source=source, translations=translations,
                                finished=finished, retired=False, plural=plural,
                                location="sbs_desktop/ui/page.py:7")

    assert pipeline.translation_problems(message("Saved %1.", "Enregistré %1.")) == []
    unfinished = pipeline.translation_problems(message("Saved.", "", finished=False))
    assert unfinished == ["not translated: [Page] 'Saved.' (sbs_desktop/ui/page.py:7)"]
    assert "placeholders" in pipeline.translation_problems(
        message("Saved to %1.", "Enregistré dans %2."))[0]
    assert "placeholders" in pipeline.translation_problems(
        message("{path} is full", "Le disque est plein"))[0]
    assert "plural forms" in pipeline.translation_problems(
        message("%n file(s)", "%n fichier", plural=True))[0]
    assert "placeholders" in pipeline.translation_problems(
        message("%n file(s)", "un fichier", "%n fichiers", plural=True))[0]
    assert "mnemonics" in pipeline.translation_problems(message("&Save", "Enregistrer"))[0]
    assert "markup" in pipeline.translation_problems(
        message("<b>Never</b> written", "Jamais écrit"))[0]


def test_a_new_untranslated_string_fails_naming_its_text_and_file(pipeline, monkeypatch,
                                                                  tmp_path):
    page = tmp_path / "new_page.py"
    page.write_text("from PySide6.QtWidgets import QWidget\n\n\n"
                    "class NewPage(QWidget):\n"
                    "    def title(self):\n"
                    "        return self.tr('A sentence nobody has translated')\n"
                    "\n\n"
                    "def helper(text):\n"
                    "    return QCoreApplication.translate('NewPage', text)\n")
    sources = pipeline.python_sources()
    monkeypatch.setattr(pipeline, "python_sources", lambda: [*sources, page])
    problems = "\n".join(pipeline.catalogue_problems())
    assert "not translated: [NewPage] 'A sentence nobody has translated'" in problems
    assert "new_page.py:6" in problems
    assert "translates a variable" in problems and "new_page.py:10" in problems


def test_the_unlock_dialog_speaks_french(french, qtbot, supporter_vault, passphrase):
    from sbs_desktop.ui.vault_dialogs import UnlockDialog

    path = Path(supporter_vault.path)
    supporter_vault.close()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Déverrouiller votre coffre — Side-by-Side"
    assert dialog.passphrase.placeholderText() == "Phrase de passe"
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    # The core's error template, translated where it is shown.
    assert "ne s'est pas ouvert" in dialog.error.text()
    assert dialog.vault is None


def test_the_main_window_speaks_french(french, make_window, vault_path, passphrase):
    from sbs_desktop.app.vaults import create_vault
    from sbs_desktop.ui.interactions_page import InteractionsPage

    with create_vault(vault_path.with_name("fr.sbsvault"), passphrase, Role.SUPPORTER,
                      interface_language()) as vault:
        window = make_window(vault)
        pages = [window.navigation.item(row).text() for row in range(window.navigation.count())]
        assert pages[0] == "Accueil"
        assert {"Interactions", "Contacts", "Horaire", "Sondage", "Exportation"} <= set(pages)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Coffre", "&Ressources", "&Aide"]
        assert window.windowTitle().endswith("(Pair aidant)")
        table = window.show_page_of(InteractionsPage).table.model()
        headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert headers == ["Date et heure", "Camarade", "Année"]
        # The shipped resource directory was installed in the language shown.
        from sbs_desktop.store.resources import list_resources

        assert "Services d'urgence" in [r.name for r in list_resources(vault)]
        window.close()


def test_the_language_choice_is_kept_and_applies_at_the_next_start(french, make_window,
                                                                   supporter_vault):
    window = make_window(supporter_vault)
    window.set_language("en")
    assert Settings.load().language == "en"
    assert "prochain démarrage" in window.statusBar().currentMessage()
    assert startup_locale("en").language() == QLocale.Language.English
    window.set_language("fr")
    assert Settings.load().language == "fr"
    assert startup_locale("fr").language() == QLocale.Language.French
    window.set_language("")
    assert startup_locale(Settings.load().language) == QLocale.system()


def test_shipped_resources_of_an_english_vault_read_in_french(french, make_window,
                                                               supporter_vault):
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from sbs_desktop.ui.resource_directory import ResourceList, ResourcesPage

    window = make_window(supporter_vault)
    page = window.show_page_of(ResourcesPage)
    tree = page.findChild(ResourceList)
    names = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        names.append(iterator.value().text(0))
        iterator += 1
    assert "Crise — appelez maintenant" in names
    assert "Services d'urgence" in names and "Emergency services" not in names


def _texts_on_screen(window) -> dict[str, str]:
    """Every text a person can read in the window, each with the widget showing it."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QHeaderView, QListWidget, QTabWidget, QWidget

    shown: dict[str, str] = {}

    def keep(text, where) -> None:
        if isinstance(text, str) and text.strip():
            shown.setdefault(text, where)

    for widget in [window, *window.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        for reader in ("text", "title", "placeholderText", "windowTitle", "toolTip"):
            if hasattr(widget, reader):
                value = getattr(widget, reader)
                keep(value() if callable(value) else value, where)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                keep(widget.tabText(index), where)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                keep(widget.item(row).text(), where)
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                keep(widget.model().headerData(section, widget.orientation()), where)
    for action in window.findChildren(QAction):
        keep(action.text(), "QAction")
    return shown


@pytest.mark.parametrize("role", [Role.SUPPORTER, Role.COORDINATOR])
def test_no_english_is_left_on_any_page_in_french(role, pipeline, french, make_window, qtbot,
                                                  tmp_path, passphrase):
    """Catches a string that is collected but looked up under another context at run time."""
    from sbs_desktop.app.vaults import create_vault

    english = {m.source for m in pipeline.read_catalogue(pipeline.CATALOGUE)
               if not m.retired and not m.plural and m.translations[0] != m.source}
    with create_vault(tmp_path / "pages.sbsvault", passphrase, role, "fr") as vault:
        window = make_window(vault)
        for row in range(window.navigation.count()):
            window.show_page(row)
            # A page that computes on show (the dashboard) finishes before the window goes.
            task = getattr(window.current_page(), "task", None)
            if task is not None:
                qtbot.waitUntil(lambda task=task: not task.running, timeout=60000)
        # The dialogs over the window: the interaction form and the resource directory.
        if role is Role.SUPPORTER:
            window.new_interaction()
        window.open_resource_directory()
        left = {text: where for text, where in _texts_on_screen(window).items()
                if text in english}
        window.close()
    assert not left, f"shown in English: {left}"
