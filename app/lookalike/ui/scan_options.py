"""The start page's Options…: which files a scan reads (patterns to leave out, a smallest size, hidden
files, subfolders, links), and the short line that sums up the choices beside the button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lookalike.ui.settings import FileChoices

MAX_MIN_SIZE_KB = 1_000_000  # a gigabyte: nobody skips more


def patterns_from_text(text: str) -> tuple[str, ...]:
    """The patterns typed one a line (blank lines and spaces around a pattern left out), each once."""
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def choices_summary(choices: FileChoices) -> str:
    """One short line for the start page: what differs from the usual choices ("" when nothing)."""

    translate = QCoreApplication.translate
    parts: list[str] = []
    if choices.exclude:
        patterns = ", ".join(choices.exclude)
        parts.append(translate("ScanOptions", "leaving out {patterns}").format(patterns=patterns))
    if choices.min_size_kb:
        parts.append(
            translate("ScanOptions", "skipping files under {size} kB").format(size=choices.min_size_kb)
        )
    if choices.include_hidden:
        parts.append(translate("ScanOptions", "hidden files included"))
    if not choices.recursive:
        parts.append(translate("ScanOptions", "not looking in subfolders"))
    if choices.follow_links:
        parts.append(translate("ScanOptions", "following links"))
    return "; ".join(parts)


class ScanOptionsDialog(QDialog):
    """Edits FileChoices; the window opens it with open() (not modal for the event loop).

    Signals:
        choices_made: the edited FileChoices, when the person presses OK.
    """

    choices_made = Signal(object)  # FileChoices

    def __init__(self, choices: FileChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan options"))
        layout = QVBoxLayout(self)

        leave_out = QGroupBox(self.tr("Leave out these files and folders"))
        leave_layout = QVBoxLayout(leave_out)
        self.exclude_edit = QPlainTextEdit()
        self.exclude_edit.setPlaceholderText(self.tr("*.tmp\nThumbs/\n**/cache/**"))
        self.exclude_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.exclude_edit.setFixedHeight(self.exclude_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.exclude_edit.setTabChangesFocus(True)
        leave_layout.addWidget(self.exclude_edit)
        help_text = QLabel(
            self.tr(
                "One pattern a line; capital letters do not matter. <b>*</b> stands for any letters, "
                "<b>?</b> for one.<br>"
                "<b>*.tmp</b>: every file whose name ends in .tmp, in every folder.<br>"
                "<b>Thumbs/</b>: every folder named Thumbs (a pattern ending in / matches folders only).<br>"
                "<b>2019/drafts</b>: the folder drafts in 2019, counted from the folder you scan.<br>"
                "<b>**/cache/**</b>: every folder named cache, however deep (<b>**</b> is any number of "
                "folders)."
            )
        )
        help_text.setWordWrap(True)
        leave_layout.addWidget(help_text)
        layout.addWidget(leave_out)

        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Skip files smaller than")))
        self.min_size_spin = QSpinBox()
        self.min_size_spin.setRange(0, MAX_MIN_SIZE_KB)
        self.min_size_spin.setSuffix(self.tr(" kB"))
        self.min_size_spin.setSpecialValueText(self.tr("no limit"))
        self.min_size_spin.setToolTip(self.tr("Tiny files are often icons and thumbnails. 0: no limit."))
        size_row.addWidget(self.min_size_spin)
        size_row.addStretch()
        layout.addLayout(size_row)
        self.recursive_check = QCheckBox(self.tr("Also look in the subfolders of the folders listed"))
        self.hidden_check = QCheckBox(self.tr("Include hidden files and folders"))
        self.links_check = QCheckBox(
            self.tr(
                "Follow symbolic links to folders and pictures, as long as they lead inside the "
                "folders listed"
            )
        )
        for check in (self.recursive_check, self.hidden_check, self.links_check):
            layout.addWidget(check)
        reference = QLabel(
            self.tr(
                "To always keep the pictures of a folder, tick it in the list of folders: it becomes a "
                "<b>reference</b> folder, whose pictures are never suggested for deletion."
            )
        )
        reference.setWordWrap(True)
        layout.addWidget(reference)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.clicked.connect(lambda: self.show_choices(FileChoices()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_choices(choices)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 80, self.sizeHint().height())

    def show_choices(self, choices: FileChoices) -> None:
        self.exclude_edit.setPlainText("\n".join(choices.exclude))
        self.min_size_spin.setValue(min(choices.min_size_kb, MAX_MIN_SIZE_KB))
        self.recursive_check.setChecked(choices.recursive)
        self.hidden_check.setChecked(choices.include_hidden)
        self.links_check.setChecked(choices.follow_links)

    def choices(self) -> FileChoices:
        """The choices as shown."""
        return FileChoices(
            exclude=patterns_from_text(self.exclude_edit.toPlainText()),
            min_size_kb=self.min_size_spin.value(),
            include_hidden=self.hidden_check.isChecked(),
            recursive=self.recursive_check.isChecked(),
            follow_links=self.links_check.isChecked(),
        )

    def accept(self) -> None:
        self.choices_made.emit(self.choices())
        super().accept()
