"""The supporter's Export page: the coordinator's key, the export button, the history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.export import ExportResult, export_history
from sbs_desktop.app.keys import (
    clear_coordinator_recipient,
    coordinator_recipient,
    set_coordinator_recipient,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.ui.export_dialog import ExportDialog, short_key
from sbs_desktop.ui.messages import describe
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import mark_problem
from sbs_desktop.ui.settings import dialog_folder

# A public key file is one short line; anything much larger is not one.
MAX_KEY_FILE_BYTES = 4096


class ExportPage(QWidget):
    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("ExportPage", "Export")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialog: ExportDialog | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Export for the coordinator"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        about = QLabel(self.tr(
            "Once a term, send your coordinator an export: your interactions, support hours "
            "and survey answers, with classmates as pseudonyms and dates as weeks or months. "
            "You see every row before anything is written."))
        about.setWordWrap(True)
        layout.addWidget(about)

        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("openExport")
        self.export_button.clicked.connect(self.open_export)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        key_box = QGroupBox(self.tr("Coordinator key"))
        key_layout = QVBoxLayout(key_box)
        self.key_status = QLabel()
        self.key_status.setObjectName("keyStatus")
        self.key_status.setWordWrap(True)
        key_layout.addWidget(self.key_status)
        entry = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Coordinator's public key"))
        self.key_edit.setObjectName("keyEdit")
        self.key_edit.setPlaceholderText(self.tr("Paste the public key here (age1…)"))
        self.key_edit.returnPressed.connect(self.save_pasted_key)
        self.save_key_button = QPushButton(self.tr("&Use this key"))
        self.save_key_button.clicked.connect(self.save_pasted_key)
        self.load_key_button = QPushButton(self.tr("&Load key file…"))
        self.load_key_button.clicked.connect(self._choose_key_file)
        self.remove_key_button = QPushButton(self.tr("Re&move key"))
        self.remove_key_button.clicked.connect(self.remove_key)
        for widget in (self.save_key_button, self.load_key_button, self.remove_key_button):
            entry.addWidget(widget)
        entry.insertWidget(0, self.key_edit, 1)
        key_layout.addLayout(entry)
        self.key_message = QLabel()
        self.key_message.setObjectName("keyMessage")
        self.key_message.setWordWrap(True)
        key_layout.addWidget(self.key_message)
        layout.addWidget(key_box)

        history_box = QGroupBox(self.tr("Export history"))
        history_layout = QVBoxLayout(history_box)
        self.history = QTableWidget(0, 6)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Period"), self.tr("Interactions"),
            self.tr("Hours rows"), self.tr("Survey rows"), self.tr("Written to"),
        ])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history_layout.addWidget(self.history)
        self.history_empty = QLabel(self.tr("Nothing exported yet."))
        history_layout.addWidget(self.history_empty)
        layout.addWidget(history_box, 1)
        self.history_stretch = layout.count()
        layout.addStretch(1)
        self.layout_ = layout
        self.refresh()

    def refresh(self) -> None:
        key = coordinator_recipient(self.vault)
        if key:
            self.key_status.setText(fill(self.tr(
                "Exports are encrypted to the coordinator key %1; only the coordinator's "
                "vault can open them."), short_key(key)))
            self.key_status.setToolTip(key)
        else:
            self.key_status.setText(self.tr(
                "No coordinator key: exports are not encrypted. Ask your coordinator for "
                "their public key and paste it or load its file here."))
            self.key_status.setToolTip("")
        self.remove_key_button.setEnabled(bool(key))
        self._show_history()

    def _show_history(self) -> None:
        records = export_history(self.vault)
        self.history.setRowCount(len(records))
        for row, record in enumerate(records):
            period = (fill(self.tr("%1 to %2"), record.period[0], record.period[1])
                      if record.period else "—")
            where = record.destination + (self.tr(" (encrypted)") if record.recipient else "")
            cells = (record.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"), period,
                     str(record.interaction_rows), str(record.schedule_rows),
                     str(record.survey_rows), where)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5 and record.recipient:
                    item.setToolTip(record.recipient)
                self.history.setItem(row, column, item)
        self.history.setVisible(bool(records))
        self.history_empty.setVisible(not records)
        # The history takes the free height when it has rows, else it stays compact.
        self.layout_.setStretch(self.history_stretch - 1, 1 if records else 0)
        self.layout_.setStretch(self.history_stretch, 0 if records else 1)

    # -- the coordinator's key --------------------------------------------------------

    def use_key(self, text: str) -> bool:
        """Keep `text` as the coordinator key; says why not when it is not one."""
        try:
            set_coordinator_recipient(self.vault, text)
        except SbsError as error:
            self.key_message.setText(describe(error))
            mark_problem(self.key_message)
            return False
        self.key_message.setText(self.tr("Key saved: the next export will be encrypted to it."))
        mark_problem(self.key_message, "")
        self.key_edit.clear()
        self.refresh()
        return True

    def save_pasted_key(self) -> None:
        self.use_key(self.key_edit.text())

    def load_key_file(self, path: Path) -> bool:
        try:
            if path.stat().st_size > MAX_KEY_FILE_BYTES:
                raise ValueError
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            self.key_message.setText(fill(self.tr(
                "%1 is not a public key file. Ask the coordinator for the file Side-by-Side "
                "saved for them."), path.name))
            mark_problem(self.key_message)
            return False
        return self.use_key(text)

    def _choose_key_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load the coordinator's public key"), str(dialog_folder()),
            self.tr("Public key files (*.pub *.txt *.age);;All files (*)"))
        if chosen:
            self.load_key_file(Path(chosen))

    def remove_key(self) -> None:
        clear_coordinator_recipient(self.vault)
        self.key_message.setText(self.tr("Key removed: exports will not be encrypted."))
        mark_problem(self.key_message, "")
        self.refresh()

    # -- exporting -------------------------------------------------------------------

    def open_export(self) -> ExportDialog:
        self.dialog = ExportDialog(self.vault, self)
        self.dialog.exported.connect(self._exported)
        self.dialog.show()
        return self.dialog

    def _exported(self, _result: ExportResult) -> None:
        self.refresh()
