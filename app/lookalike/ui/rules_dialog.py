"""Edit the ordered keep rules that pick which copy in each group is suggested to keep.

The engine applies the rules in order, each breaking the ties of the ones
above (core.selection). A person sees and edits that order here: add a rule
from the known kinds, remove, move up or down, give the preferred folder or
format, or go back to the suggested rules. The dialog only edits a list; the
window applies the result with `apply_keep_rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule
from lookalike.display_names import display_name
from lookalike.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from lookalike.ui.wording import rule_name, rule_words

# Pillow's format names, as the scan records them.
FORMATS: tuple[str, ...] = ("JPEG", "PNG", "HEIF", "WEBP", "AVIF", "TIFF", "GIF", "BMP")
RuleRole = Qt.ItemDataRole.UserRole + 1
FolderChooser = Callable[[], Path | None]

_EXPLANATIONS: dict[Rule, str] = {
    Rule.LARGEST_RESOLUTION: QT_TRANSLATE_NOOP("RulesDialog", "Keep the copy with the most pixels."),
    Rule.LARGEST_FILE: QT_TRANSLATE_NOOP(
        "RulesDialog", "Keep the biggest file (usually the least compressed)."
    ),
    Rule.OLDEST: QT_TRANSLATE_NOOP(
        "RulesDialog", "Keep the copy taken (or, without a camera date, saved) first."
    ),
    Rule.NEWEST: QT_TRANSLATE_NOOP(
        "RulesDialog", "Keep the copy taken (or, without a camera date, saved) last."
    ),
    Rule.PREFERRED_FOLDER: QT_TRANSLATE_NOOP("RulesDialog", "Keep a copy that is inside this folder."),
    Rule.PREFERRED_FORMAT: QT_TRANSLATE_NOOP("RulesDialog", "Keep a copy in this file format."),
    Rule.HAS_DATE_TAKEN: QT_TRANSLATE_NOOP(
        "RulesDialog", "Keep a copy whose EXIF records when the photo was taken."
    ),
    Rule.HOLDS_MORE: QT_TRANSLATE_NOOP(
        "RulesDialog",
        "Keep the copy that holds more than the other: all the frames of an animation or pages of a "
        "document, transparency, colour where the other copy is gray.",
    ),
    Rule.CAMERA_ORIGINAL: QT_TRANSLATE_NOOP(
        "RulesDialog", "Keep a copy that still has the camera's EXIF (camera model or date taken)."
    ),
    Rule.ORIGINAL_FORMAT: QT_TRANSLATE_NOOP(
        "RulesDialog",
        "Among photos from a camera, keep the format the camera wrote (RAW, then HEIC, then JPEG) "
        "rather than a copy saved again as PNG, WebP, BMP and the like.",
    ),
    Rule.NO_COPY_MARKER: QT_TRANSLATE_NOOP(
        "RulesDialog",
        "Keep a copy whose name is not marked as a copy: “(1)”, “ - Copy”, “copy”, “Copy of”, “복사본”, "
        "“副本”, “のコピー”, or “_1” beside the same name without it.",
    ),
    Rule.NOT_IN_BACKUP: QT_TRANSLATE_NOOP(
        "RulesDialog", "Keep a copy that is not inside a Backup, Export or Download(s) folder."
    ),
}


def _label(position: int, rule: KeepRule) -> str:
    if position == 0:
        return fill(translate("RulesDialog", "First:  %1"), rule_words(rule))
    return fill(translate("RulesDialog", "Then:  %1"), rule_words(rule))


# The most rules the list shows without scrolling: the suggested ones and a few added.
ROWS_SHOWN = 10


class MiddleElidedLabel(QLabel):
    """A folder's path as plain text, cut in its middle to the label's width (the whole in its
    tooltip): a preferred folder 300 letters long made the dialog 1,971 pixels wide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name, never read as HTML
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._whole = ""

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self._fit()

    def whole_text(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._whole, Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )
        self.setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")


class RulesDialog(QDialog):
    """An editor for the ordered keep rules.

    Signals:
        rules_chosen: the edited rules (a tuple of KeepRule), when the person presses OK.
    """

    rules_chosen = Signal(object)  # tuple[KeepRule, ...]

    def __init__(
        self,
        rules: Sequence[KeepRule] = SUGGESTED_RULES,
        *,
        choose_folder: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`choose_folder` asks for the preferred folder (None: cancelled); tests pass a fake."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which copy to keep"))
        self.resize(560, 440)
        self._choose_folder = choose_folder or self._ask_for_folder

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "In every group, Lookalike suggests keeping the copy these rules prefer. The first rule "
                "decides; each next one only settles ties left by the rules above it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reference_note = QLabel("\u2713 " + self.tr("Copies in reference folders are always kept."))
        self.reference_note.setStyleSheet("font-weight: bold")
        layout.addWidget(self.reference_note)

        grid = QGridLayout()
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        # A rule naming a long folder is cut in its middle, not widening the dialog past the screen.
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # reorder by dragging too
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.currentRowChanged.connect(self._on_current_changed)
        grid.addWidget(self.list, 0, 0, 5, 1)
        self.up_button = self._button(self.tr("Move up"), self.move_up)
        self.down_button = self._button(self.tr("Move down"), self.move_down)
        self.remove_button = self._button(self.tr("Remove"), self.remove_selected)
        self.reset_button = self._button(self.tr("Reset to suggested"), self.reset_to_suggested)
        self.reset_button.setToolTip(self.tr(", then ").join(rule_words(rule) for rule in SUGGESTED_RULES))
        for row, button in enumerate((self.up_button, self.down_button, self.remove_button)):
            grid.addWidget(button, row, 1)
        grid.setRowStretch(3, 1)
        grid.addWidget(self.reset_button, 4, 1)
        layout.addLayout(grid, 1)

        selected = QGroupBox(self.tr("Selected rule"), self)
        selected_layout = QVBoxLayout(selected)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        selected_layout.addWidget(self.explanation)
        self.value_editor = self._build_value_editor()
        selected_layout.addWidget(self.value_editor)
        layout.addWidget(selected)
        layout.addSpacing(6)

        add_row = QHBoxLayout()
        self.add_label = QLabel()
        add_row.addWidget(self.add_label)
        self.add_choice = QComboBox(self)
        for rule in Rule:
            self.add_choice.addItem(rule_name(rule), rule)
        add_row.addWidget(self.add_choice, 1)
        self.add_button = self._button(self.tr("Add"), self._add_chosen)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.set_rules(rules)
        self.resize(self.size().expandedTo(self.sizeHint()))  # the rules in sight, the space around them

    def _button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _build_value_editor(self) -> QStackedWidget:
        """Below the list: nothing, a folder with "Choose…", or a format combo, for the current rule."""
        stack = QStackedWidget(self)
        stack.addWidget(QWidget(stack))
        folder_page = QWidget(stack)
        folder_row = QHBoxLayout(folder_page)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        self.folder_label = MiddleElidedLabel()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self._button(self.tr("Choose…"), self.choose_folder_for_current))
        stack.addWidget(folder_page)
        format_page = QWidget(stack)
        format_row = QHBoxLayout(format_page)
        format_row.setContentsMargins(0, 0, 0, 0)
        format_row.addWidget(QLabel(self.tr("Format:")))
        self.format_combo = QComboBox(format_page)
        self.format_combo.addItems(FORMATS)
        self.format_combo.activated.connect(lambda index: self.set_current_value(FORMATS[index]))
        format_row.addWidget(self.format_combo)
        format_row.addStretch(1)
        stack.addWidget(format_page)
        return stack

    # The list

    def rules(self) -> tuple[KeepRule, ...]:
        """The rules as edited, in order."""
        return tuple(self.list.item(row).data(RuleRole) for row in range(self.list.count()))

    def set_rules(self, rules: Sequence[KeepRule]) -> None:
        self.list.clear()
        for rule in rules:
            item = QListWidgetItem()
            item.setData(RuleRole, rule)
            self.list.addItem(item)
        self._relabel()
        self.list.setCurrentRow(0 if rules else -1)
        self._update_controls()

    def add_rule(self, rule: Rule, value: str = "") -> bool:
        """Insert a rule right after the selected one (at the end when none is), so that it decides
        where the person put it, and select it; False when that very rule is already in the list
        (which is then selected)."""
        keep_rule = KeepRule(rule, value)
        existing = self.rules()
        if keep_rule in existing:
            self.list.setCurrentRow(existing.index(keep_rule))
            return False
        current = self.list.currentRow()
        row = current + 1 if current >= 0 else self.list.count()
        item = QListWidgetItem()
        item.setData(RuleRole, keep_rule)
        self.list.insertItem(row, item)
        self._relabel()
        self.list.setCurrentRow(row)
        self.list.scrollToItem(item)
        self._update_controls()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._relabel()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update_controls()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self._relabel()
        self.list.setCurrentRow(target)

    def reset_to_suggested(self) -> None:
        self.set_rules(SUGGESTED_RULES)

    # Values of the current rule

    def set_current_value(self, value: str) -> None:
        """Give the selected rule its folder or format."""
        item = self.list.currentItem()
        if item is None:
            return
        rule: KeepRule = item.data(RuleRole)
        if rule.rule not in (Rule.PREFERRED_FOLDER, Rule.PREFERRED_FORMAT):
            return
        item.setData(RuleRole, KeepRule(rule.rule, value))
        self._relabel()
        self._update_controls()

    def choose_folder_for_current(self) -> None:
        folder = self._choose_folder()
        if folder is not None:
            self.set_current_value(str(folder))

    def _add_chosen(self) -> None:
        rule = Rule(self.add_choice.currentData())  # Qt hands the StrEnum back as a plain str
        if rule is Rule.PREFERRED_FOLDER:
            folder = self._choose_folder()
            if folder is None:
                return  # a preferred folder rule without a folder would mean nothing
            self.add_rule(rule, str(folder))
        elif rule is Rule.PREFERRED_FORMAT:
            self.add_rule(rule, FORMATS[0])
        else:
            self.add_rule(rule)

    def _ask_for_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Preferred folder"))
        return Path(folder) if folder else None

    # Keeping the widgets in step

    def _relabel(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(_label(row, item.data(RuleRole)))
            item.setToolTip(item.text())  # whole, where the list cuts a long folder short
        # Every rule in sight, up to ROWS_SHOWN: in Japanese and Korean the suggested eight did not
        # fit the first size, the last half cut behind a scroll bar.
        rows = min(max(self.list.count(), 1), ROWS_SHOWN)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else self.list.fontMetrics().height()
        spacing = 2 * self.list.spacing()
        self.list.setMinimumHeight(rows * (row_height + spacing) + 2 * self.list.frameWidth() + spacing)

    def _on_rows_moved(self) -> None:
        self._relabel()
        self._update_controls()

    def _on_current_changed(self, _row: int) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        if row >= 0:
            self.add_label.setText(fill(self.tr("Add a rule after rule %1:"), row + 1))
        else:
            self.add_label.setText(self.tr("Add a rule at the end:"))
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        item = self.list.currentItem()
        rule: KeepRule | None = item.data(RuleRole) if item is not None else None
        if rule is None:
            self.explanation.setText(
                self.tr("No rules: equal copies are kept by name order.") if not count else ""
            )
            self.value_editor.setCurrentIndex(0)
            return
        self.explanation.setText(self.tr(_EXPLANATIONS[rule.rule]))
        if rule.rule is Rule.PREFERRED_FOLDER:
            self.folder_label.set_whole_text(display_name(rule.value) or self.tr("(none chosen)"))
            self.value_editor.setCurrentIndex(1)
        elif rule.rule is Rule.PREFERRED_FORMAT:
            self.format_combo.setCurrentIndex(FORMATS.index(rule.value) if rule.value in FORMATS else 0)
            self.value_editor.setCurrentIndex(2)
        else:
            self.value_editor.setCurrentIndex(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.currentRow() >= 0:
            self.remove_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        self.rules_chosen.emit(self.rules())
        super().accept()
