"""The dialogs that unlock an existing vault or create a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.vaults import (
    MIN_SCORE,
    VAULT_FILE_SUFFIX,
    Vault,
    create_vault,
    passphrase_strength,
    unlock_vault,
)
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.language import interface_language
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.passphrase_advice import advice_text
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import mark_problem, problem_colour


def _error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("errorText")
    error.setWordWrap(True)
    mark_problem(error)
    error.hide()
    return error


class UnlockDialog(QDialog):
    """Asks for the passphrase of a vault; `vault` holds the opened vault on accept.

    Ends with CREATE_NEW instead when the person asks to create a new vault.
    """

    CREATE_NEW = 2

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock your vault — Side-by-Side"))
        self.path = Path(path)
        self.vault: Vault | None = None

        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Open another vault…"))
        choose.clicked.connect(self._choose_file)
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(lambda: self.done(self.CREATE_NEW))
        # Enter in the passphrase field must unlock, never open a file chooser.
        for button in (choose, create):
            button.setAutoDefault(False)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = _error_label()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton(self.tr("Unlock"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)

        others = QHBoxLayout()
        others.addWidget(choose)
        others.addWidget(create)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Enter the passphrase for this vault:"))
        heading.setObjectName("dialogHeading")
        layout.addWidget(heading)
        layout.addWidget(self.path_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addLayout(others)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._show_path()
        # Only once the button is inside the dialog does it become the dialog's default.
        self.unlock_button.setDefault(True)
        self.passphrase.setFocus()

    def _show_path(self) -> None:
        self.path_label.setText(str(self.path))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(self.path.parent),
            fill(self.tr("Side-by-Side vaults (*%1);;All files (*)"), VAULT_FILE_SUFFIX))
        if chosen:
            self.path = Path(chosen)
            self._show_path()
            self.error.hide()
            self.passphrase.setFocus()

    def _unlock(self) -> None:
        try:
            self.vault = unlock_vault(self.path, self.passphrase.text())
        except SbsError as error:
            self.error.setText(describe(error))
            self.error.show()
            # A message that wraps (most do in French) needs the dialog to grow to be read.
            self.adjustSize()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.accept()


class CreateVaultDialog(QDialog):
    """Creates a vault: role, passphrase twice with its strength, and a plain warning."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault — Side-by-Side"))
        self.path = Path(path)
        self.vault: Vault | None = None

        self.path_edit = QLineEdit(str(self.path))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        browse.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.role_buttons = QButtonGroup(self)
        role_row = QHBoxLayout()
        for role in Role:
            button = QRadioButton(label(role))
            button.setProperty("role_code", role.value)
            self.role_buttons.addButton(button)
            role_row.addWidget(button)
            if role is Role.SUPPORTER:
                button.setChecked(True)
        role_row.addStretch(1)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("Passphrase again"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength_text = QLabel()
        self.strength_text.setWordWrap(True)

        warning = QLabel(self.tr(
            "<b>Nobody can recover a lost passphrase</b> — not the coordinator, not the "
            "developers. Without it, everything in this vault is gone for good. "
            "Write it down and keep it somewhere safe."))
        warning.setWordWrap(True)
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("Vault file"), path_row)
        form.addRow(self.tr("I am a"), role_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow("", self.strength_text)
        form.addRow(self.tr("Passphrase again"), self.confirmation)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("Create vault"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.create_button.setDefault(True)

        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self._update()

    @property
    def role(self) -> Role:
        return Role(self.role_buttons.checkedButton().property("role_code"))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New vault"), self.path_edit.text(),
            fill(self.tr("Side-by-Side vaults (*%1)"), VAULT_FILE_SUFFIX))
        if chosen:
            if not chosen.endswith(VAULT_FILE_SUFFIX):
                chosen += VAULT_FILE_SUFFIX
            self.path_edit.setText(chosen)

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = passphrase_strength(text)
        self.strength.setValue(strength.score)
        words = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"),
                 self.tr("Very strong")]
        colour = "#2e7d32" if strength.score >= MIN_SCORE else problem_colour().name()
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if not text:
            self.strength_text.setText(self.tr("Use four or more unrelated words."))
        else:
            advice = strength.warning or (strength.suggestions[0] if strength.suggestions else "")
            self.strength_text.setText(
                f"{words[strength.score]}. {advice_text(advice) if advice else ''}".strip())
        matches = bool(text) and text == self.confirmation.text()
        self.create_button.setEnabled(strength.acceptable and matches)
        if self.confirmation.text() and not matches:
            self.error.setText(self.tr("The two passphrases are not the same."))
            self.error.show()
        else:
            self.error.hide()

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        try:
            self.vault = create_vault(Path(self.path_edit.text()), self.passphrase.text(),
                                      self.role, interface_language())
        except SbsError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.passphrase.clear()
        self.confirmation.clear()
        self.accept()
