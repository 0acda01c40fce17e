"""The results page: the summary, the sensitivity slider, the group list, the grid of the current
group and the action bar. It shows a review and turns clicks and keys into signals."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lookalike.core import report
from lookalike.core.models import Mode
from lookalike.ui.delegates import TileDelegate
from lookalike.ui.models import GroupListModel, Role, TileModel
from lookalike.ui.review import Review
from lookalike.ui.views import GroupView, TileView
from lookalike.ui.wording import (
    KEYS_HINT,
    SENSITIVITY,
    TIER_WORDS,
    changes_names,
    plural,
    position_for,
    sensitivity_words,
)


class OneLineLabel(QLabel):
    """A bold lead, then text, then an ending, on one line whatever the width: the text is shortened
    at its end to the room the lead and the ending leave (the whole line is then the tooltip)."""

    MIN_TEXT = 120  # pixels: with less room than this the whole line is shortened at its end instead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._parts = ("", "", "")

    def set_parts(self, lead: str, text: str = "", ending: str = "") -> None:
        self._parts = (lead, text, ending)
        self._fit()

    def plain_text(self) -> str:
        """The whole line, unshortened."""
        return "".join(self._parts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lead, text, ending = self._parts
        bold = QFont(self.font())
        bold.setBold(True)
        metrics, elide = self.fontMetrics(), Qt.TextElideMode.ElideRight
        room = self.contentsRect().width() - QFontMetrics(bold).horizontalAdvance(lead) - 2
        if room - metrics.horizontalAdvance(ending) >= self.MIN_TEXT:
            shown = metrics.elidedText(text, elide, room - metrics.horizontalAdvance(ending)) + ending
        else:
            shown = metrics.elidedText(text + ending, elide, max(room, 0))
        self.setText(f"<b>{html.escape(lead)}</b>{html.escape(shown)}")
        self.setToolTip(self.plain_text() if shown != text + ending else "")


def action_button(action: QAction, text: str = "") -> QPushButton:
    """A push button that runs `action` and follows its enabled state and tooltip."""
    button = QPushButton(text or action.text().split("\t")[0].replace("&", ""))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


class ResultsPage(QWidget):
    """What a scan found, one group at a time.

    Signals:
        errors_requested, new_scan_requested: the buttons at the top.
        sensitivity_moved: the slider's position while it moves (words only).
        regroup_requested: the slider was let go at a new position.
        group_changed: the current group's row (-1 for none).
        open_requested: tile row to open in the system viewer.
        show_in_folder_requested: a Path to show selected in the file manager.
    """

    errors_requested = Signal()
    new_scan_requested = Signal()
    regroup_requested = Signal()
    group_changed = Signal(int)
    open_requested = Signal(int)
    show_in_folder_requested = Signal(object)

    def __init__(
        self,
        group_model: GroupListModel,
        tile_model: TileModel,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group_model, self.tile_model = group_model, tile_model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_tuning(actions))
        layout.addWidget(self._build_groups_and_grid(actions), 1)
        layout.addLayout(self._build_bottom(actions))

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.summary_label, 1)
        self.errors_button = QPushButton()
        self.errors_button.clicked.connect(self.errors_requested)
        top.addWidget(self.errors_button)
        self.new_scan_button = QPushButton("New scan…")
        self.new_scan_button.clicked.connect(self.new_scan_requested)
        top.addWidget(self.new_scan_button)
        return top

    def _build_tuning(self, actions: dict[str, QAction]) -> QHBoxLayout:
        tuning = QHBoxLayout()
        self.results_sensitivity_label = QLabel("Sensitivity:  strict")
        tuning.addWidget(self.results_sensitivity_label)
        self.results_sensitivity = QSlider(Qt.Orientation.Horizontal)
        self.results_sensitivity.setRange(0, len(SENSITIVITY) - 1)
        self.results_sensitivity.setPageStep(1)
        self.results_sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.results_sensitivity.setMaximumWidth(180)
        self.results_sensitivity.valueChanged.connect(self._on_sensitivity_changed)
        self.results_sensitivity.sliderReleased.connect(self.regroup_requested)
        tuning.addWidget(self.results_sensitivity)
        self.results_loose_label = QLabel("loose")
        tuning.addWidget(self.results_loose_label)
        self.results_sensitivity_words = QLabel()
        tuning.addWidget(self.results_sensitivity_words, 1)
        self.rules_button = action_button(actions["rules"], "Which copy to keep…")
        self.decisions_button = action_button(actions["decisions"], "“Not duplicates” list…")
        tuning.addWidget(self.rules_button)
        tuning.addWidget(self.decisions_button)
        return tuning

    def _build_groups_and_grid(self, actions: dict[str, QAction]) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>Duplicate groups</b>"))
        self.group_view = GroupView()
        self.group_view.setModel(self.group_model)
        self.group_view.setMinimumWidth(230)
        self.group_view.selectionModel().currentChanged.connect(self._on_group_changed)
        left_layout.addWidget(self.group_view)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.group_header = OneLineLabel()
        right_layout.addWidget(self.group_header)
        group_actions = QHBoxLayout()
        self.compare_button = action_button(actions["compare"], "Compare side by side  (Enter)")
        self.not_duplicate_button = action_button(actions["not_duplicate"], "Not a duplicate  (N)")
        self.group_not_duplicates_button = action_button(
            actions["group_not_duplicates"], "None of these are duplicates"
        )
        for button in (self.compare_button, self.not_duplicate_button, self.group_not_duplicates_button):
            group_actions.addWidget(button)
        group_actions.addStretch()
        right_layout.addLayout(group_actions)
        self.tile_view = TileView(TileDelegate(self))
        self.tile_view.setModel(self.tile_model)
        self.tile_view.toggle_requested.connect(self.tile_model.toggle)
        self.tile_view.open_requested.connect(self.open_requested)
        self.tile_view.group_step_requested.connect(self.step_group)
        self.tile_view.customContextMenuRequested.connect(self._tile_context_menu)
        right_layout.addWidget(self.tile_view, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])
        return splitter

    def _build_bottom(self, actions: dict[str, QAction]) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.hint_label = QLabel(KEYS_HINT)
        self.hint_label.setEnabled(False)
        # Wraps instead of widening the window past a small screen (1366x768 at 125 %: 1093 px).
        self.hint_label.setWordWrap(True)
        self.hint_label.setMinimumWidth(1)
        bottom.addWidget(self.hint_label, 1)
        self.action_status = QLabel()
        bottom.addWidget(self.action_status)
        self.trash_button = action_button(actions["trash"])
        self.trash_button.setMinimumHeight(36)
        font = QFont(self.trash_button.font())
        font.setBold(True)
        self.trash_button.setFont(font)
        bottom.addWidget(self.trash_button)
        return bottom

    # ---- the current group --------------------------------------------------------------------------

    def select_group(self, row: int) -> None:
        index = self.group_model.index(row, 0)
        if index.isValid():
            self.group_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.group_view.scrollTo(index)

    def current_group_row(self) -> int:
        return self.group_view.currentIndex().row()

    def step_group(self, step: int) -> None:
        row = self.current_group_row() + step
        if 0 <= row < self.group_model.rowCount():
            self.select_group(row)

    def select_tile(self, row: int) -> None:
        self.tile_view.selectionModel().setCurrentIndex(
            self.tile_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_tile_row(self) -> int:
        return self.tile_view.currentIndex().row()

    def selected_tile_rows(self) -> list[int]:
        return sorted({index.row() for index in self.tile_view.selectionModel().selectedIndexes()})

    def _on_group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = self.group_model.group(current.row()) if current.isValid() else None
        self.tile_model.set_group(group)
        if group is not None:
            self.select_tile(0)
            if not self.group_view.hasFocus():  # arrows in the group list keep moving through groups
                self.tile_view.setFocus()
        self.group_changed.emit(current.row() if current.isValid() else -1)

    def show_review(self, review: Review, note: str = "") -> None:
        """The summary at the top, for `review` as it stands."""
        result = review.result
        if not review.groups:
            text = f"No duplicates found among {plural(result.stats.images, 'picture')}."
        else:
            extra = sum(len(g.members) - 1 for g in review.groups)
            text = (
                f"{plural(len(review.groups), 'group')} of duplicates among "
                f"{plural(result.stats.images, 'picture')}: {plural(extra, 'extra copy', 'extra copies')}. "
                "The best copy in each group is marked KEEP; check the others before you move them."
            )
        if result.cancelled:
            text = "Stopped early: only the pictures read before Stop are included. " + text
        if result.skipped:
            text += (
                f"\nLeft out on purpose: {plural(len(result.skipped), 'item')} (links to other places, "
                "files only in the cloud); they are listed with the files that could not be read."
            )
        for warning in result.warnings:
            text += f"\nNote: {warning}"
        if note:
            text = f"{note}\n{text}"
        self.summary_label.setText(text)
        if result.errors:
            self.errors_button.setText(f"{plural(len(result.errors), 'file')} could not be read…")
        else:
            self.errors_button.setText(f"{plural(len(result.skipped), 'item')} left out…")
        self.errors_button.setVisible(bool(result.errors or result.skipped))

    @staticmethod
    def scan_problems(review: Review) -> tuple[str, str, str]:
        """Title, text and details of the files a scan could not read or left out."""
        errors, skipped = review.result.errors, review.result.skipped
        details = "\n".join(f"{e.path}: {e.error}" for e in errors)
        if skipped:
            details += "\n\nLeft out on purpose:\n" + "\n".join(f"{e.path}: {e.error}" for e in skipped)
        return (
            "Files that could not be read",
            f"{plural(len(errors), 'file')} could not be read and were left out of the comparison.",
            details.strip(),
        )

    def show_group_header(self, review: Review | None) -> None:
        group = self.tile_model.group
        if group is None or review is None:
            self.group_header.set_parts("")
            if review and review.result.groups and not review.groups:
                placeholder = "All done: every duplicate group has been dealt with."
            elif review and not review.result.cancelled:
                placeholder = (
                    "No duplicates found: none of these pictures has a copy in the folders you chose."
                )
            else:
                placeholder = "Nothing left to review."
            self.tile_view.placeholder = placeholder
            self.tile_view.viewport().update()
            return
        changes = changes_names(group.all_changes)
        self.group_header.set_parts(
            f"Group {self.current_group_row() + 1} of {len(review.groups)}",
            f" · {TIER_WORDS[group.group.tier]}" + (f" · {changes}" if changes else ""),
            f" · suggested to keep: {group.group.keep_reason}",
        )

    def show_totals(self, review: Review | None) -> None:
        """The action bar's button says how many files, how large, would move."""
        count = review.delete_count if review else 0
        if count and review is not None:
            size = report.human_size(review.delete_bytes)
            self.trash_button.setText(f"Move {plural(count, 'file')} ({size}) to Trash…")
        else:
            self.trash_button.setText("Nothing marked DELETE")

    # ---- sensitivity --------------------------------------------------------------------------------

    def sync_sensitivity(self, review: Review) -> None:
        """Put the slider where the shown groups were made; enable it when they can be regrouped."""
        options = review.result.options
        similar = options.mode is Mode.SIMILAR
        position = position_for(options.effective_threshold, options.hash_bits)
        self.results_sensitivity.blockSignals(True)
        self.results_sensitivity.setValue(position)
        self.results_sensitivity.blockSignals(False)
        can = similar and bool(review.result.images)
        for widget in (self.results_sensitivity, self.results_sensitivity_label, self.results_loose_label):
            widget.setEnabled(can)
        if can:
            self.results_sensitivity_words.setText(sensitivity_words(position))
            tip = "Move to group these pictures again, stricter or looser; no file is read again."
        elif not similar:
            self.results_sensitivity_words.setText("Exact copies only")
            tip = "This scan looked for exact copies only. Choose “Also similar pictures” and scan again."
        else:
            self.results_sensitivity_words.setText("")
            tip = "A reopened review cannot be grouped again: scan the folders again to change this."
        self.results_sensitivity.setToolTip(tip)

    def _on_sensitivity_changed(self, position: int) -> None:
        self.results_sensitivity_words.setText(sensitivity_words(position))
        if not self.results_sensitivity.isSliderDown():
            self.regroup_requested.emit()

    def thumbnails_settled(self) -> bool:
        """Whether every visible thumbnail is decoded (used before taking a screenshot)."""
        models = ((self.group_model, self.group_view), (self.tile_model, self.tile_view))
        for model, view in models:
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if view.viewport().rect().intersects(view.visualRect(index)) and not index.data(Role.LOADED):
                    model.data(index, Qt.ItemDataRole.DecorationRole)  # make sure it is requested
                    return False
        return True

    # ---- a tile's menu ------------------------------------------------------------------------------

    def _tile_context_menu(self, position: QPoint) -> None:
        index = self.tile_view.indexAt(position)
        if index.isValid() and self.tile_model.member(index.row()) is not None:
            self.tile_context_menu(index.row()).exec(self.tile_view.viewport().mapToGlobal(position))

    def tile_context_menu(self, row: int) -> QMenu:
        """The context menu of tile `row`: open, show in folder, copy path, switch the mark."""
        member = self.tile_model.member(row)
        menu = QMenu(self)
        if member is None:
            return menu
        path: Path = member.path
        menu.addAction("Open", lambda: self.open_requested.emit(row))
        menu.addAction("Show in folder", lambda: self.show_in_folder_requested.emit(path))
        menu.addAction("Copy path", lambda: QGuiApplication.clipboard().setText(str(path)))
        menu.addSeparator()
        keep = bool(self.tile_model.index(row, 0).data(Role.KEEP))
        menu.addAction("Mark DELETE" if keep else "Mark KEEP", lambda: self.tile_model.toggle(row))
        return menu
