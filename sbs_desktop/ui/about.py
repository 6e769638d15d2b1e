"""Help > About (the version and licence) and Help > Third-party licences (every notice)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop import __version__
from sbs_desktop.app.notices import program_licence, third_party_notices
from sbs_desktop.ui.placeholders import fill


class LicencesDialog(QDialog):
    """A scrollable, read-only text of licences, in a fixed-width font as they were written."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 560)


class AboutDialog(QDialog):
    """The program's name, version and licence, and the way to the third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Side-by-Side Desktop"))
        self.heading = QLabel(fill(self.tr("<h2>Side-by-Side Desktop</h2><p>Version %1</p>"),
                                   __version__), self)
        self.summary = QLabel(self.tr(
            "Confidential records for the Side-by-Side peer support program: an encrypted "
            "vault on this computer, anonymised bundles for the coordinator, and the "
            "program's report. It never connects to the network."), self)
        self.summary.setWordWrap(True)
        self.copyright = QLabel(self.tr(
            "Copyright © The Side-by-Side Desktop contributors. Free software under the "
            "MIT licence."), self)
        self.copyright.setWordWrap(True)
        licence = QPushButton(self.tr("&Licence…"), self)
        licence.clicked.connect(lambda: show_program_licence(self))
        notices = QPushButton(self.tr("&Third-party licences…"), self)
        notices.clicked.connect(lambda: show_licences(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(licence, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(notices, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.summary, self.copyright, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)


def show_about(parent: QWidget | None) -> None:
    AboutDialog(parent).exec()


def show_program_licence(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("AboutDialog", "Side-by-Side Desktop licence")
    LicencesDialog(parent, title, program_licence()).exec()


def show_licences(parent: QWidget | None) -> None:
    """The notices of every third-party component this installation ships."""
    title = QCoreApplication.translate("AboutDialog", "Third-party licences")
    LicencesDialog(parent, title, third_party_notices()).exec()
