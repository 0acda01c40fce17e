"""The main window: choose folders and options, watch the scan, review groups, act on them."""

from __future__ import annotations

import json
import logging
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lookalike import __version__
from lookalike.core import report
from lookalike.core.actions import ActionReport, ActPlan, Status
from lookalike.core.decisions import DecisionStore
from lookalike.core.models import Group, Mode, Phase, Progress, ScanOptions, ScanResult
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule
from lookalike.ui.compare import CompareView
from lookalike.ui.controller import Controller
from lookalike.ui.decisions_dialog import DecisionsDialog
from lookalike.ui.delegates import GroupDelegate, TileDelegate
from lookalike.ui.dialogs import Dialogs, QtDialogs
from lookalike.ui.models import GroupListModel, Role, TileModel
from lookalike.ui.review import (
    Review,
    ReviewGroup,
    SessionError,
    describe_folder_counts,
    load_session,
    session_json,
)
from lookalike.ui.rules_dialog import RulesDialog
from lookalike.ui.thumbnails import ThumbnailLoader

log = logging.getLogger(__name__)

MAX_RECENT = 10
# Sensitivity positions, strict to loose: (share of the hash bits, words for a person).
SENSITIVITY: tuple[tuple[float, str], ...] = (
    (1 / 16, "Very strict: only copies that look practically identical"),
    (3 / 32, "Strict: re-saved and slightly resized copies"),
    (1 / 8, "Balanced (recommended): resized, re-compressed and converted copies"),
    (11 / 64, "Loose: also lightly edited copies; check the results carefully"),
    (7 / 32, "Very loose: many more matches, some of them not real duplicates"),
)
DEFAULT_SENSITIVITY = 2
PHASE_WORDS = {
    Phase.DISCOVER: "Looking for pictures",
    Phase.FINGERPRINT: "Reading pictures",
    Phase.MATCH: "Comparing pictures",
    Phase.DONE: "Finishing",
}
START_PAGE, RESULTS_PAGE = 0, 1


def threshold_for(position: int, hash_bits: int = 64) -> int:
    """The hash distance a sensitivity slider position stands for."""
    share = SENSITIVITY[max(0, min(position, len(SENSITIVITY) - 1))][0]
    return max(1, round(hash_bits * share))


def position_for(threshold: int, hash_bits: int = 64) -> int:
    """The sensitivity slider position closest to a hash distance threshold."""
    return min(range(len(SENSITIVITY)), key=lambda p: (abs(threshold_for(p, hash_bits) - threshold), p))


def sensitivity_name(position: int) -> str:
    """The short name of a slider position: "Strict", "Balanced (recommended)", ..."""
    return SENSITIVITY[max(0, min(position, len(SENSITIVITY) - 1))][1].split(":")[0]


def rules_to_json(rules: Sequence[KeepRule]) -> str:
    return json.dumps([{"rule": rule.rule.value, "value": rule.value} for rule in rules])


def rules_from_json(text: object) -> tuple[KeepRule, ...]:
    """Saved keep rules; the suggested ones when nothing (valid) was saved."""
    if not isinstance(text, str):
        return SUGGESTED_RULES
    try:
        rules = tuple(
            KeepRule(Rule(entry["rule"]), str(entry.get("value", ""))) for entry in json.loads(text)
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("the saved keep rules are unreadable; using the suggested ones")
        return SUGGESTED_RULES
    return rules


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word}" if count == 1 else f"{count} {plural or word + 's'}"


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes, seconds = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


class TileView(QListView):
    """The grid of one group's files, with the keyboard a reviewer needs.

    Signals:
        toggle_requested: row whose KEEP/DELETE mark should switch.
        open_requested: row to open in the system viewer (double click).
        compare_requested: Enter: compare the current (or the two selected) tiles.
        not_duplicate_requested: N: take the current row's picture out of its group.
        group_not_duplicates_requested: Shift+N: none of the group's pictures are duplicates.
        group_step_requested: +1 for the next group, -1 for the previous one.
    """

    toggle_requested = Signal(int)
    open_requested = Signal(int)
    compare_requested = Signal()
    not_duplicate_requested = Signal(int)
    group_not_duplicates_requested = Signal()
    group_step_requested = Signal(int)

    def __init__(self, delegate: TileDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(8)
        # Ctrl+click a second tile to compare two chosen copies; arrows still select one tile.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))
        self.placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            paint_placeholder(self, self.placeholder)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        current = self.currentIndex()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and current.isValid():
            self.toggle_requested.emit(current.row())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.compare_requested.emit()
        elif key == Qt.Key.Key_N and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.group_not_duplicates_requested.emit()
        elif key == Qt.Key.Key_N and current.isValid():
            self.not_duplicate_requested.emit(current.row())
        elif key == Qt.Key.Key_PageDown or (ctrl and key in (Qt.Key.Key_Down, Qt.Key.Key_Right)):
            self.group_step_requested.emit(1)
        elif key == Qt.Key.Key_PageUp or (ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Left)):
            self.group_step_requested.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        on_badge = index.isValid() and self._delegate.badge_rect(
            self.visualRect(index), self.font()
        ).contains(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if on_badge and event.button() == Qt.MouseButton.LeftButton:
            self.toggle_requested.emit(index.row())


def paint_placeholder(view: QAbstractItemView, text: str) -> None:
    """Write `text` in the middle of an empty view, in the palette's placeholder colour."""
    painter = QPainter(view.viewport())
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    painter.setFont(font)
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    area = view.viewport().rect().adjusted(20, 20, -20, -20)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()


class FolderList(QListWidget):
    """The folders to scan; says what to do while it is empty."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0:
            paint_placeholder(
                self, "No folders yet.\nDrop folders from your file manager here, or click “Add folder…”."
            )


class GroupView(QListView):
    """The list of groups: arrows move through them, Enter compares, N says "none are duplicates".

    Signals:
        compare_requested: Enter on a group.
        group_not_duplicates_requested: N on a group.
    """

    compare_requested = Signal()
    group_not_duplicates_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(GroupDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """Repaint the changed rows only. QListView lays out every row again on any change (two
        Python rowCount calls per group, 15 ms for 10,000 groups) for each thumbnail that arrives
        and each mark; the rows here all have one size, so nothing can move."""
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.currentIndex().isValid():
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.compare_requested.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_N:
            self.group_not_duplicates_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


def open_decisions() -> DecisionStore:
    """The person's "not duplicates" store; a throwaway one if the data folder cannot be written."""
    try:
        return DecisionStore()
    except (OSError, sqlite3.Error) as exc:
        log.warning("cannot open the decisions file (%s); decisions last until Lookalike closes", exc)
        return DecisionStore(Path(tempfile.mkdtemp(prefix="lookalike-")) / "decisions.sqlite3")


class MainWindow(QMainWindow):
    """Lookalike's window: a start page (folders, options, progress) and a results page.

    Signals:
        results_shown: a scan result, a regrouping or a reopened review is on screen.
        action_done: a trash or move run finished (its `ActionReport`).
        compare_closed: the compare view was closed and the grid has the focus again.
    """

    results_shown = Signal()
    action_done = Signal(object)
    compare_closed = Signal()

    def __init__(
        self,
        *,
        settings: QSettings | None = None,
        dialogs: Dialogs | None = None,
        log_dir: Path | None = None,
        journal: Path | None = None,
        decisions: DecisionStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`decisions` remembers "not duplicates" (default: the store in the user's data folder)."""
        super().__init__(parent)
        self.setWindowTitle("Lookalike — find duplicate pictures")
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else QSettings("lookalike", "Lookalike")
        self.dialogs: Dialogs = dialogs if dialogs is not None else QtDialogs(self)
        self.log_dir = log_dir
        self._owns_decisions = decisions is None
        self.decisions = decisions if decisions is not None else open_decisions()
        self.keep_rules: tuple[KeepRule, ...] = rules_from_json(self.settings.value("keep_rules"))
        self.compare_view: CompareView | None = None
        self._regroup_options: ScanOptions | None = None
        self._regroup_reason = ""
        self._compare_group: ReviewGroup | None = None
        self.controller = Controller(self, journal=journal)
        screen = QGuiApplication.primaryScreen()
        self.loader = ThumbnailLoader(self, scale=screen.devicePixelRatio() if screen else 1.0)
        self.review: Review | None = None
        self._last_plan: ActPlan | None = None
        self._phase_started: tuple[Phase, float, int] | None = None

        self.group_model = GroupListModel(self.loader, self)
        self.tile_model = TileModel(self.loader, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start_page())
        self.pages.addWidget(self._build_results_page())
        self.setCentralWidget(self.pages)
        self._build_menus()

        self.controller.scan_progressed.connect(self._on_scan_progress)
        self.controller.scan_finished.connect(self._on_scan_finished)
        self.controller.scan_failed.connect(self._on_scan_failed)
        self.controller.action_progressed.connect(self._on_action_progress)
        self.controller.action_finished.connect(self._on_action_finished)
        self.controller.action_failed.connect(self._on_action_failed)
        self.controller.regroup_finished.connect(self._on_regroup_finished)
        self.controller.regroup_failed.connect(self._on_regroup_failed)
        self.controller.regroup_unavailable.connect(self._on_regroup_unavailable)
        self.controller.busy_changed.connect(self._on_busy_changed)
        self.tile_model.marks_changed.connect(self._on_marks_changed)
        self._load_settings()
        self._on_busy_changed(False)

    # ---- building -------------------------------------------------------------------------------

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        title = QLabel("Find duplicate pictures")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            "Choose the folders to search. Nothing is deleted until you have reviewed every group "
            "and confirmed; even then, files go to the Trash, where you can restore them."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.drop_zone = drop_zone = QFrame()
        drop_zone.setObjectName("dropZone")
        self._highlight_drop_zone(False)
        zone = QVBoxLayout(drop_zone)
        hint = QLabel(
            "Drop folders here, or click “Add folder…”. Tick a folder to make it a <b>reference</b>: "
            "its pictures are always kept, never suggested for deletion."
        )
        hint.setWordWrap(True)
        zone.addWidget(hint)
        self.folder_list = FolderList()
        self.folder_list.setStyleSheet("QListWidget::item { padding: 3px; }")
        self.folder_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.folder_list.itemChanged.connect(self._on_folder_item_changed)
        zone.addWidget(self.folder_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add folder…")
        self.add_button.clicked.connect(self.choose_folder)
        self.recent_button = QToolButton()
        self.recent_button.setText("Recent folders")
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_button.setMenu(self.recent_menu)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove_selected_folders)
        for button in (self.add_button, self.recent_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        zone.addLayout(buttons)
        layout.addWidget(drop_zone, 1)

        self.options_panel = options = QFrame()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("<b>What to look for</b>")
        options_layout.addWidget(heading)
        self.exact_radio = QRadioButton("Exact copies only (files that are byte-for-byte the same)")
        self.similar_radio = QRadioButton("Also similar pictures (resized, re-saved or converted copies)")
        self.mode_group = QButtonGroup(self)
        for radio in (self.exact_radio, self.similar_radio):
            self.mode_group.addButton(radio)
            options_layout.addWidget(radio)
        slider_row = QHBoxLayout()
        slider_row.setContentsMargins(24, 0, 0, 0)
        slider_row.addWidget(QLabel("Sensitivity:  strict"))
        self.sensitivity = QSlider(Qt.Orientation.Horizontal)
        self.sensitivity.setRange(0, len(SENSITIVITY) - 1)
        self.sensitivity.setPageStep(1)
        self.sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.sensitivity.setMaximumWidth(260)
        slider_row.addWidget(self.sensitivity)
        slider_row.addWidget(QLabel("loose"))
        slider_row.addStretch()
        options_layout.addLayout(slider_row)
        self.sensitivity_words = QLabel()
        self.sensitivity_words.setContentsMargins(24, 0, 0, 0)
        options_layout.addWidget(self.sensitivity_words)
        self.rotations_check = QCheckBox("Also find rotated and mirrored copies")
        options_layout.addWidget(self.rotations_check)
        self.sensitivity.valueChanged.connect(self._on_options_changed)
        self.rotations_check.toggled.connect(self._save_settings)
        self.similar_radio.toggled.connect(self._on_options_changed)
        layout.addWidget(options)

        self.progress_panel = QFrame()
        progress_layout = QVBoxLayout(self.progress_panel)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_details = QLabel()
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress_bar)
        progress_layout.addWidget(self.progress_details)
        layout.addWidget(self.progress_panel)

        scan_row = QHBoxLayout()
        scan_row.addStretch()
        self.stop_button = QPushButton("Stop")
        self.stop_button.setMinimumSize(QSize(120, 44))
        self.stop_button.clicked.connect(self.stop)
        self.scan_button = QPushButton("Scan for duplicates")
        self.scan_button.setDefault(True)
        self.scan_button.setMinimumSize(QSize(220, 44))
        scan_font = QFont(self.scan_button.font())
        scan_font.setBold(True)
        scan_font.setPointSizeF(scan_font.pointSizeF() * 1.2)
        self.scan_button.setFont(scan_font)
        self.scan_button.clicked.connect(self.start_scan)
        self.back_to_results_button = QPushButton("Back to results")
        self.back_to_results_button.clicked.connect(lambda: self.pages.setCurrentIndex(RESULTS_PAGE))
        scan_row.addWidget(self.back_to_results_button)
        scan_row.addWidget(self.stop_button)
        scan_row.addWidget(self.scan_button)
        layout.addLayout(scan_row)
        return page

    def _build_results_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.summary_label, 1)
        self.errors_button = QPushButton()
        self.errors_button.clicked.connect(self.show_scan_errors)
        top.addWidget(self.errors_button)
        self.new_scan_button = QPushButton("New scan…")
        self.new_scan_button.clicked.connect(lambda: self.pages.setCurrentIndex(START_PAGE))
        top.addWidget(self.new_scan_button)
        layout.addLayout(top)

        tuning = QHBoxLayout()
        self.results_sensitivity_label = QLabel("Sensitivity:  strict")
        tuning.addWidget(self.results_sensitivity_label)
        self.results_sensitivity = QSlider(Qt.Orientation.Horizontal)
        self.results_sensitivity.setRange(0, len(SENSITIVITY) - 1)
        self.results_sensitivity.setPageStep(1)
        self.results_sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.results_sensitivity.setMaximumWidth(180)
        self.results_sensitivity.valueChanged.connect(self._on_results_sensitivity_changed)
        self.results_sensitivity.sliderReleased.connect(self.regroup)
        tuning.addWidget(self.results_sensitivity)
        self.results_loose_label = QLabel("loose")
        tuning.addWidget(self.results_loose_label)
        self.results_sensitivity_words = QLabel()
        tuning.addWidget(self.results_sensitivity_words, 1)
        self.rules_button = QPushButton("Which copy to keep…")
        self.rules_button.setToolTip("Choose the rules that pick the copy marked KEEP in every group")
        self.rules_button.clicked.connect(self.open_rules_dialog)
        tuning.addWidget(self.rules_button)
        self.decisions_button = QPushButton("“Not duplicates” list…")
        self.decisions_button.setToolTip(
            "Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision."
        )
        self.decisions_button.clicked.connect(self.open_decisions_dialog)
        tuning.addWidget(self.decisions_button)
        layout.addLayout(tuning)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>Duplicate groups</b>"))
        self.group_view = GroupView()
        self.group_view.setModel(self.group_model)
        self.group_view.setMinimumWidth(230)
        self.group_view.selectionModel().currentChanged.connect(self._on_group_changed)
        self.group_view.compare_requested.connect(self.open_compare)
        self.group_view.group_not_duplicates_requested.connect(self.group_not_duplicates)
        left_layout.addWidget(self.group_view)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.group_header = QLabel()
        self.group_header.setWordWrap(True)
        right_layout.addWidget(self.group_header)
        group_actions = QHBoxLayout()
        self.compare_button = QPushButton("Compare side by side  (Enter)")
        self.compare_button.setToolTip(
            "Look at the selected picture next to the group's first one, zoomed together, "
            "with a difference view. Ctrl+click two pictures to compare those two."
        )
        self.compare_button.clicked.connect(self.open_compare)
        self.not_duplicate_button = QPushButton("Not a duplicate  (N)")
        self.not_duplicate_button.setToolTip(
            "The selected picture is a different picture: take it out of this group. "
            "Lookalike remembers this, even if the files are renamed or moved."
        )
        self.not_duplicate_button.clicked.connect(self.not_duplicate_current)
        self.group_not_duplicates_button = QPushButton("None of these are duplicates")
        self.group_not_duplicates_button.setToolTip(
            "Remove this whole group from the results, and keep these pictures apart in later scans (Shift+N)"
        )
        self.group_not_duplicates_button.clicked.connect(self.group_not_duplicates)
        for button in (self.compare_button, self.not_duplicate_button, self.group_not_duplicates_button):
            group_actions.addWidget(button)
        group_actions.addStretch()
        right_layout.addLayout(group_actions)
        self.tile_view = TileView(TileDelegate(self))
        self.tile_view.setModel(self.tile_model)
        self.tile_view.toggle_requested.connect(self.tile_model.toggle)
        self.tile_view.open_requested.connect(self.open_file)
        self.tile_view.compare_requested.connect(self.open_compare)
        self.tile_view.not_duplicate_requested.connect(self.not_duplicate)
        self.tile_view.group_not_duplicates_requested.connect(self.group_not_duplicates)
        self.tile_view.group_step_requested.connect(self.step_group)
        self.tile_view.customContextMenuRequested.connect(self._tile_context_menu)
        right_layout.addWidget(self.tile_view, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.hint_label = QLabel(
            "Space or a click on the badge: KEEP/DELETE  ·  Enter: compare  ·  N: not a duplicate  ·  "
            "double-click: open  ·  PageUp/PageDown: other groups"
        )
        self.hint_label.setEnabled(False)
        bottom.addWidget(self.hint_label, 1)
        self.action_status = QLabel()
        bottom.addWidget(self.action_status)
        self.trash_button = QPushButton()
        self.trash_button.setMinimumHeight(36)
        trash_font = QFont(self.trash_button.font())
        trash_font.setBold(True)
        self.trash_button.setFont(trash_font)
        self.trash_button.clicked.connect(self.trash_marked)
        bottom.addWidget(self.trash_button)
        layout.addLayout(bottom)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.add_action = self._action(
            file_menu, "&Add folder…", self.choose_folder, QKeySequence.StandardKey.Open
        )
        self.scan_action = self._action(file_menu, "&Scan", self.start_scan, "Ctrl+R")
        self.stop_action = self._action(file_menu, "S&top", self.stop, "Esc")
        file_menu.addSeparator()
        self.open_review_action = self._action(file_menu, "Open review…", self.open_review)
        self.save_review_action = self._action(file_menu, "Save review…", self.save_review, "Ctrl+S")
        self.export_json_action = self._action(file_menu, "Export results as JSON…", self.export_json)
        self.export_csv_action = self._action(file_menu, "Export results as CSV…", self.export_csv)
        file_menu.addSeparator()
        self.trash_action = self._action(
            file_menu, "Move marked files to Trash…", self.trash_marked, "Ctrl+Del"
        )
        self.move_action = self._action(file_menu, "Move marked files to a folder…", self.move_marked)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        review_menu = self.menuBar().addMenu("&Review")
        # The keys belong to the grid (Enter also means other things elsewhere): shown, not bound here.
        self.compare_action = self._action(review_menu, "&Compare side by side\tEnter", self.open_compare)
        self.not_duplicate_action = self._action(
            review_menu,
            "&Not a duplicate: take the picture out of its group\tN",
            self.not_duplicate_current,
        )
        self.group_not_duplicates_action = self._action(
            review_menu, "None of these are duplicates: remove the &group\tShift+N", self.group_not_duplicates
        )
        settings_menu = self.menuBar().addMenu("&Settings")
        self.rules_action = self._action(settings_menu, "Which copy to &keep…", self.open_rules_dialog)
        self.decisions_action = self._action(
            settings_menu, "Pictures marked “&not duplicates”…", self.open_decisions_dialog
        )
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "Open log folder", self.open_log_folder)
        self._action(help_menu, "&About Lookalike", self.show_about)

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ---- folders and options ----------------------------------------------------------------------

    def folders(self) -> list[Path]:
        return [
            Path(self.folder_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.folder_list.count())
        ]

    def reference_folders(self) -> list[Path]:
        return [
            Path(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.folder_list.item(i) for i in range(self.folder_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def add_folders(self, folders: list[Path], *, reference: bool = False) -> None:
        """Add folders to scan (files are ignored; a folder already listed is not added again)."""
        known = set(self.folders())
        for folder in folders:
            folder = folder.expanduser().absolute()
            if folder in known or not folder.is_dir():
                continue
            known.add(folder)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if reference else Qt.CheckState.Unchecked)
            self.folder_list.addItem(item)
            self._label_folder_item(item)
            self._remember_recent(folder)
        self._update_buttons()
        self._save_settings()

    def set_reference(self, folder: Path, reference: bool = True) -> None:
        for i in range(self.folder_list.count()):
            item = self.folder_list.item(i)
            if Path(item.data(Qt.ItemDataRole.UserRole)) == folder.absolute():
                item.setCheckState(Qt.CheckState.Checked if reference else Qt.CheckState.Unchecked)

    def choose_folder(self) -> None:
        folder = self.dialogs.choose_folder("Add a folder to scan")
        if folder is not None:
            self.add_folders([folder])

    def remove_selected_folders(self) -> None:
        for item in self.folder_list.selectedItems():
            self.folder_list.takeItem(self.folder_list.row(item))
        self._update_buttons()
        self._save_settings()

    def _label_folder_item(self, item: QListWidgetItem) -> None:
        text = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            text += "   — reference: always kept"
        item.setText(text)
        item.setToolTip("Ticked: a reference folder. Its pictures are never suggested for deletion.")

    def _on_folder_item_changed(self, item: QListWidgetItem) -> None:
        self.folder_list.blockSignals(True)
        self._label_folder_item(item)
        self.folder_list.blockSignals(False)
        self._save_settings()

    def _remember_recent(self, folder: Path) -> None:
        if getattr(self, "_loading", True):
            return  # restoring the saved folders is no new use of them
        recent = [str(folder)] + [p for p in self._get_json("recent", []) if p != str(folder)]
        self.settings.setValue("recent", json.dumps(recent[:MAX_RECENT]))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [Path(p) for p in self._get_json("recent", [])]
        for folder in recent:
            action = self.recent_menu.addAction(str(folder))
            action.setEnabled(folder.is_dir())
            action.triggered.connect(lambda _checked=False, f=folder: self.add_folders([f]))
        if not recent:
            self.recent_menu.addAction("No recent folders").setEnabled(False)

    def scan_options(self) -> ScanOptions:
        similar = self.similar_radio.isChecked()
        defaults = ScanOptions()
        return ScanOptions(
            mode=Mode.SIMILAR if similar else Mode.EXACT,
            threshold=threshold_for(self.sensitivity.value(), defaults.hash_bits),
            rotations=self.rotations_check.isChecked() and similar,
            reference_roots=tuple(self.reference_folders()),
        )

    def _on_options_changed(self) -> None:
        similar = self.similar_radio.isChecked()
        self.sensitivity.setEnabled(similar)
        self.rotations_check.setEnabled(similar)
        self.sensitivity_words.setEnabled(similar)
        self.sensitivity_words.setText(SENSITIVITY[self.sensitivity.value()][1])
        self._save_settings()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not self.controller.busy and any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
            self._highlight_drop_zone(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight_drop_zone(False)

    def _highlight_drop_zone(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "palette(mid)"
        self.drop_zone.setStyleSheet(f"#dropZone {{ border: 2px dashed {colour}; border-radius: 8px; }}")

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight_drop_zone(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_folders([p if p.is_dir() else p.parent for p in paths])
        self.pages.setCurrentIndex(START_PAGE)
        event.acceptProposedAction()

    # ---- settings ---------------------------------------------------------------------------------

    def _get_json(self, key: str, default: Any) -> Any:
        raw = self.settings.value(key)
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def _load_settings(self) -> None:
        self._loading = True
        options = self._get_json("options", {})
        similar = options.get("mode", Mode.SIMILAR.value) == Mode.SIMILAR.value
        (self.similar_radio if similar else self.exact_radio).setChecked(True)
        self.sensitivity.setValue(int(options.get("sensitivity", DEFAULT_SENSITIVITY)))
        self.rotations_check.setChecked(bool(options.get("rotations", False)))
        for entry in self._get_json("folders", []):
            if isinstance(entry, dict) and "path" in entry:
                self.add_folders([Path(entry["path"])], reference=bool(entry.get("reference")))
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._loading = False
        self._on_options_changed()

    def _save_settings(self) -> None:
        if getattr(self, "_loading", True):
            return
        refs = set(self.reference_folders())
        folders = [{"path": str(f), "reference": f in refs} for f in self.folders()]
        self.settings.setValue("folders", json.dumps(folders))
        options = {
            "mode": Mode.SIMILAR.value if self.similar_radio.isChecked() else Mode.EXACT.value,
            "sensitivity": self.sensitivity.value(),
            "rotations": self.rotations_check.isChecked(),
        }
        self.settings.setValue("options", json.dumps(options))

    # ---- scanning ---------------------------------------------------------------------------------

    def start_scan(self) -> bool:
        """Scan the listed folders in the background; False when there is nothing to scan, or when busy."""
        folders = self.folders()
        if not folders:
            self.dialogs.inform(
                "Nothing to scan", "Add a folder first: click “Add folder…” or drop one here."
            )
            return False
        if not self.controller.start_scan(
            folders, self.scan_options(), not_duplicates=self.decisions.pairs(), rules=self.keep_rules
        ):
            return False
        for folder in folders:
            self._remember_recent(folder)
        self._phase_started = None
        self.pages.setCurrentIndex(START_PAGE)
        self.progress_label.setText("Looking for pictures…")
        self.progress_bar.setRange(0, 0)
        self.progress_details.setText("")
        return True

    def stop(self) -> None:
        if self.controller.busy:
            self.progress_label.setText("Stopping…")
            self.controller.stop()

    def _on_scan_progress(self, progress: Progress) -> None:
        now = time.monotonic()
        if self._phase_started is None or self._phase_started[0] is not progress.phase:
            self._phase_started = (progress.phase, now, progress.done)
        words = PHASE_WORDS.get(progress.phase, "Working")
        if progress.phase is Phase.DISCOVER:
            self.progress_label.setText(f"{words}… {_plural(progress.done, 'picture')} found so far")
            self.progress_bar.setRange(0, 0)
            return
        if progress.phase is not Phase.FINGERPRINT or not progress.total:
            self.progress_label.setText(f"{words}…")
            self.progress_bar.setRange(0, 0)
            self.progress_details.setText("")
            return
        self.progress_label.setText(f"{words}: {progress.done} of {progress.total}")
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.done)
        _, started, first = self._phase_started
        elapsed = now - started
        rate = (progress.done - first) / elapsed if elapsed > 0.3 else 0.0
        if rate > 0:
            left = (progress.total - progress.done) / rate
            self.progress_details.setText(f"{rate:.0f} pictures per second · about {_duration(left)} left")
        else:
            self.progress_details.setText("Measuring speed…")

    def _on_scan_finished(self, result: ScanResult) -> None:
        self.show_review(Review.from_result(result))

    def _on_scan_failed(self, details: str) -> None:
        self.progress_label.setText("The scan failed.")
        self.dialogs.show_error(
            "The scan failed", "Lookalike ran into a bug while scanning. Details:", details
        )

    def _on_busy_changed(self, busy: bool) -> None:
        has_review = self.review is not None
        self.progress_panel.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.scan_button.setEnabled(not busy)
        self.scan_action.setEnabled(not busy)
        self.stop_action.setEnabled(busy)
        self.back_to_results_button.setVisible(has_review and not busy)
        for widget in (
            self.add_button,
            self.remove_button,
            self.recent_button,
            self.options_panel,
            self.folder_list,
        ):
            widget.setEnabled(not busy)
        self.open_review_action.setEnabled(not busy)
        self._update_buttons()

    # ---- reviewing --------------------------------------------------------------------------------

    def show_review(self, review: Review, *, select_path: Path | None = None, note: str = "") -> None:
        """Put `review` on the results page; select the group holding `select_path`, else the first."""
        self.review = review
        self.loader.reset()
        self.group_model.set_review(review)
        self.pages.setCurrentIndex(RESULTS_PAGE)
        self._sync_results_sensitivity()
        self._update_summary(note)
        if review.groups:
            self.select_group(self._group_row_of(select_path))
        else:
            self.tile_model.set_group(None)
            self._update_group_header()
        self._on_busy_changed(self.controller.busy)
        self.results_shown.emit()

    def _group_row_of(self, path: Path | None) -> int:
        review = self.review
        if review is None or path is None:
            return 0
        return next((row for row, group in enumerate(review.groups) if path in group.paths), 0)

    def _refresh_review(self, row: int, note: str) -> None:
        """Show the current review again after groups changed in place, near group `row`."""
        review = self.review
        if review is None:
            return
        self.group_model.set_review(review)
        self._update_summary(note)
        if review.groups:
            self.select_group(min(max(row, 0), len(review.groups) - 1))
        else:
            self.tile_model.set_group(None)
            self._update_group_header()
        self._update_buttons()

    def _update_summary(self, note: str = "") -> None:
        review = self.review
        if review is None:
            return
        result = review.result
        if not review.groups:
            text = f"No duplicates found among {_plural(result.stats.images, 'picture')}."
        else:
            extra = sum(len(g.members) - 1 for g in review.groups)
            text = (
                f"{_plural(len(review.groups), 'group')} of duplicates among "
                f"{_plural(result.stats.images, 'picture')}: {_plural(extra, 'extra copy', 'extra copies')}. "
                "The best copy in each group is marked KEEP; check the others before you move them."
            )
        if result.cancelled:
            text = "Stopped early: only the pictures read before Stop are included. " + text
        if result.skipped:
            text += (
                f"\nLeft out on purpose: {_plural(len(result.skipped), 'item')} (links to other places, "
                "files only in the cloud); they are listed with the files that could not be read."
            )
        for warning in result.warnings:
            text += f"\nNote: {warning}"
        if note:
            text = f"{note}\n{text}"
        self.summary_label.setText(text)
        self.errors_button.setText(f"{_plural(len(result.errors), 'file')} could not be read…")
        self.errors_button.setVisible(bool(result.errors or result.skipped))
        if not result.errors and result.skipped:
            self.errors_button.setText(f"{_plural(len(result.skipped), 'item')} left out…")

    def show_scan_errors(self) -> None:
        if self.review is None:
            return
        errors, skipped = self.review.result.errors, self.review.result.skipped
        details = "\n".join(f"{e.path}: {e.error}" for e in errors)
        if skipped:
            details += "\n\nLeft out on purpose:\n" + "\n".join(f"{e.path}: {e.error}" for e in skipped)
        self.dialogs.inform(
            "Files that could not be read",
            f"{_plural(len(errors), 'file')} could not be read and were left out of the comparison.",
            details.strip(),
        )

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

    def _on_group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = self.group_model.group(current.row()) if current.isValid() else None
        self.tile_model.set_group(group)
        if group is not None:
            first = self.tile_model.index(0, 0)
            self.tile_view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            if not self.group_view.hasFocus():  # arrows in the group list keep moving through groups
                self.tile_view.setFocus()
        self._update_group_header()
        self._update_group_actions()

    def _update_group_header(self) -> None:
        group = self.tile_model.group
        if group is None or self.review is None:
            self.group_header.setText("")
            self.tile_view.placeholder = (
                "No duplicates found: none of these pictures has a copy in the folders you chose."
                if self.review and not self.review.result.cancelled
                else "Nothing left to review."
            )
            if self.review and self.review.result.groups and not self.review.groups:
                self.tile_view.placeholder = "All done: every duplicate group has been dealt with."
            self.tile_view.viewport().update()
            return
        kind = {
            "exact": "byte-identical copies",
            "pixels": "the same picture saved in different ways",
        }.get(group.group.tier.value, "similar pictures")
        self.group_header.setText(
            f"<b>Group {self.current_group_row() + 1} of {len(self.review.groups)}</b> · {kind} · "
            f"suggested to keep: {group.group.keep_reason}"
        )

    def _on_marks_changed(self) -> None:
        row = self.current_group_row()
        if row >= 0:
            self.group_model.refresh_row(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.controller.busy
        review = self.review
        count = review.delete_count if review else 0
        if count:
            size = report.human_size(review.delete_bytes if review else 0)
            self.trash_button.setText(f"Move {_plural(count, 'file')} ({size}) to Trash…")
        else:
            self.trash_button.setText("Nothing marked DELETE")
        self.trash_button.setEnabled(bool(count) and not busy)
        for action in (self.trash_action, self.move_action):
            action.setEnabled(bool(count) and not busy)
        for action in (self.save_review_action, self.export_json_action, self.export_csv_action):
            action.setEnabled(review is not None)
        self._update_group_actions()
        self.remove_button.setEnabled(not busy and self.folder_list.count() > 0)

    def _update_group_actions(self) -> None:
        """The actions on the current group: all that moving to another group changes.

        The totals of _update_buttons add up every group (a few ms per 10,000), so moving between
        groups leaves them alone; whatever changes marks calls _update_buttons.
        """
        can_review = self.tile_model.group is not None and not self.controller.busy
        for widget in (
            self.compare_button,
            self.not_duplicate_button,
            self.group_not_duplicates_button,
            self.compare_action,
            self.not_duplicate_action,
            self.group_not_duplicates_action,
        ):
            widget.setEnabled(can_review)

    def _current_member_path(self, row: int) -> Path | None:
        member = self.tile_model.member(row)
        return member.path if member else None

    def open_file(self, row: int) -> None:
        path = self._current_member_path(row)
        if path is not None:
            self.dialogs.open_path(path)

    def _tile_context_menu(self, position: QPoint) -> None:
        index = self.tile_view.indexAt(position)
        path = self._current_member_path(index.row()) if index.isValid() else None
        if path is None:
            return
        menu = self.tile_context_menu(index.row())
        menu.exec(self.tile_view.viewport().mapToGlobal(position))

    def tile_context_menu(self, row: int) -> QMenu:
        """The context menu of tile `row`: open, show in folder, copy path, switch the mark."""
        path = self._current_member_path(row)
        menu = QMenu(self)
        if path is None:
            return menu
        menu.addAction("Open", lambda: self.open_file(row))
        menu.addAction("Show in folder", lambda: self.dialogs.show_in_folder(path))
        menu.addAction("Copy path", lambda: QGuiApplication.clipboard().setText(str(path)))
        menu.addSeparator()
        keep = bool(self.tile_model.index(row, 0).data(Role.KEEP))
        menu.addAction("Mark DELETE" if keep else "Mark KEEP", lambda: self.tile_model.toggle(row))
        return menu

    # ---- compare and "not duplicates" ---------------------------------------------------------------

    def open_compare(self) -> CompareView | None:
        """Compare the current tile with the group's reference, or the two selected tiles."""
        group = self.tile_model.group
        if group is None or len(group.members) < 2 or self.controller.regrouping:
            return None
        if self.compare_view is not None:
            self.compare_view.raise_()
            return self.compare_view
        selected = sorted({index.row() for index in self.tile_view.selectionModel().selectedIndexes()})
        current = self.tile_view.currentIndex().row()
        if len(selected) == 2:
            a, b = selected
        else:
            a, b = 0, current if current > 0 else 1
        view = CompareView([m.path for m in group.members], (a, b), members=group.members, parent=self)
        view.setWindowModality(Qt.WindowModality.WindowModal)  # the groups cannot change under it
        view.not_duplicates_requested.connect(self._on_compare_not_duplicates)
        view.finished.connect(self._on_compare_finished)
        self.compare_view, self._compare_group = view, group
        view.show()
        view.activateWindow()  # its keys (arrows, F, D, N, Esc) work at once
        return view

    def _on_compare_finished(self, _code: int) -> None:
        view = self.compare_view
        if view is None:
            return
        paths, (_a, b) = view.paths, view.pair
        self.compare_view = self._compare_group = None
        view.deleteLater()
        row = self.tile_model.row_of(paths[b]) if b < len(paths) else None
        if row is not None:
            self.tile_view.selectionModel().setCurrentIndex(
                self.tile_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.activateWindow()
        self.tile_view.setFocus()
        self.compare_closed.emit()

    def _on_compare_not_duplicates(self, path: Path) -> None:
        view, group, review = self.compare_view, self._compare_group, self.review
        if view is None or group is None or review is None or group not in review.groups:
            return
        row = next((i for i, m in enumerate(group.members) if m.path == path), None)
        if row is None:
            return
        self.select_group(review.groups.index(group))
        taken = self.not_duplicate(row)
        if view.path_a in taken:
            view.close()  # A itself left the group (two pictures, B the reference): nothing to compare
            return
        for gone in taken:
            view.remove_path(gone)

    def not_duplicate_current(self) -> list[Path]:
        return self.not_duplicate(self.tile_view.currentIndex().row())

    def not_duplicate(self, row: int) -> list[Path]:
        """Take tile `row`'s picture out of the current group and remember that it is no duplicate of
        the others. Returns the paths taken out (identical copies of it leave with it)."""
        review, group = self.review, self.tile_model.group
        if review is None or group is None or self.controller.busy or not 0 <= row < len(group.members):
            return []
        member = group.members[row]
        digest = member.record.fingerprint.digest
        reference = group.group.reference.record.fingerprint.digest
        contents = group.digests
        if len(contents) < 2:
            self.dialogs.inform(
                "These are exact copies",
                "The files in this group are byte-for-byte identical: they are copies of one file, "
                "whatever their names. Mark the ones you want to keep as KEEP instead.",
            )
            return []
        if digest == reference:
            if len(contents) > 2:
                self.dialogs.inform(
                    "This is the group's reference",
                    f"“{member.path.name}” is the picture the others were compared with. Choose the "
                    "pictures that are not duplicates of it, one at a time, or “None of these are "
                    "duplicates” for the whole group.",
                )
                return []
            digest = next(d for d in contents if d != reference)  # two pictures: apart is apart
        leaving = [m.record for m in group.members if m.record.fingerprint.digest == digest]
        others = {  # one per content, the first (the reference) named in the decisions list
            m.record.fingerprint.digest: m.record
            for m in reversed(group.members)
            if m.record.fingerprint.digest != digest
        }
        self.decisions.mark_not_duplicates(leaving[0], others.values())
        group_row = review.groups.index(group)
        paths = review.take_out(group_row, digest, self.keep_rules)
        names = ", ".join(f"“{p.name}”" for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        left = "" if group in review.groups else " The group had no other duplicates left, so it is gone."
        self._refresh_review(
            group_row,
            f"Taken out of the group: {names}. Lookalike will keep {'it' if len(paths) == 1 else 'them'} "
            f"apart from those pictures in later scans.{left}",
        )
        if self.tile_model.group is group:  # stay where the person was: N, N, N works down the grid
            self.tile_view.selectionModel().setCurrentIndex(
                self.tile_model.index(min(row, len(group.members) - 1), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        return paths

    def group_not_duplicates(self) -> bool:
        """Remove the current group and remember that none of its pictures are duplicates."""
        review, group = self.review, self.tile_model.group
        if review is None or group is None or self.controller.busy:
            return False
        if len(group.digests) < 2:
            self.dialogs.inform(
                "These are exact copies",
                "The files in this group are byte-for-byte identical: they are copies of one file, "
                "whatever their names. Mark the ones you want to keep as KEEP instead.",
            )
            return False
        first_of_each = {m.record.fingerprint.digest: m.record for m in reversed(group.members)}
        self.decisions.mark_group_not_duplicates(list(first_of_each.values()))
        row = review.groups.index(group)
        review.dissolve(row, self.keep_rules)
        self._refresh_review(
            row,
            f"Group removed: its {len(group.members)} pictures are not duplicates. Lookalike will keep "
            "them apart in later scans.",
        )
        return True

    # ---- regrouping: sensitivity, forgotten decisions, keep rules ---------------------------------------

    def _sync_results_sensitivity(self) -> None:
        """Put the results page's slider where the shown groups were made; enable it when it can regroup."""
        review = self.review
        if review is None:
            return
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
            self._show_sensitivity_words(position)
            tip = "Move to group these pictures again, stricter or looser; no file is read again."
        elif not similar:
            self.results_sensitivity_words.setText("Exact copies only")
            tip = "This scan looked for exact copies only. Choose “Also similar pictures” and scan again."
        else:
            self.results_sensitivity_words.setText("")
            tip = "A reopened review cannot be grouped again: scan the folders again to change this."
        self.results_sensitivity.setToolTip(tip)

    def _show_sensitivity_words(self, position: int) -> None:
        self.results_sensitivity_words.setText(SENSITIVITY[position][1])

    def _on_results_sensitivity_changed(self, position: int) -> None:
        self._show_sensitivity_words(position)
        if not self.results_sensitivity.isSliderDown():
            self.regroup()

    def regroup(self, reason: str = "") -> bool:
        """Group the scanned pictures again from their fingerprints, on a worker; no file is read.

        Uses the results slider's sensitivity, the remembered "not duplicates" and the keep rules.
        """
        review = self.review
        if (
            review is None
            or not review.result.images
            or (self.controller.busy and not self.controller.regrouping)
        ):
            return False
        options = review.result.options
        position = self.results_sensitivity.value()
        if options.mode is Mode.SIMILAR:
            options = replace(options, threshold=threshold_for(position, options.hash_bits))
        images = [record for record in review.result.images if record.entry.path not in review.gone]
        if not self.controller.start_regroup(
            images, options, not_duplicates=self.decisions.pairs(), rules=self.keep_rules
        ):
            return False
        self._regroup_options = options
        self._regroup_reason = reason or f"Sensitivity “{sensitivity_name(position)}”"
        self.action_status.setText("Grouping again…")
        return True

    def _on_regroup_finished(self, groups: tuple[Group, ...]) -> None:
        self.action_status.setText("")
        review, options = self.review, self._regroup_options
        if review is None or options is None:
            return
        before = len(review.groups)
        current = self.tile_model.member(self.tile_view.currentIndex().row())
        regrouped = review.regrouped(replace(review.result, groups=groups, options=options))
        updated = regrouped.review
        note = (
            f"{self._regroup_reason}: grouped again without reading the files "
            f"({_plural(before, 'group')} before, {len(updated.groups)} now)."
        )
        if regrouped.kept_marks:
            note += f" Your own KEEP/DELETE choices stay on {_plural(regrouped.kept_marks, 'picture')}."
        if regrouped.reset_groups:
            note += (
                f" {_plural(regrouped.reset_groups, 'group')} would have had no copy marked KEEP, so "
                f"{'it shows' if regrouped.reset_groups == 1 else 'they show'} the suggestion again."
            )
        if options.mode is Mode.SIMILAR:
            self.sensitivity.setValue(position_for(options.effective_threshold, options.hash_bits))
        self.show_review(updated, select_path=current.path if current else None, note=note)

    def _on_regroup_failed(self, details: str) -> None:
        self.action_status.setText("")
        self.dialogs.show_error("Grouping again failed", "Lookalike ran into a bug while grouping.", details)

    def _on_regroup_unavailable(self, why: str) -> None:
        self.action_status.setText("")
        self._sync_results_sensitivity()  # the groups shown are still those of the old sensitivity
        self.dialogs.inform(
            "Cannot group again",
            "These pictures cannot be grouped again without reading them: their fingerprints are no "
            "longer in the cache. Scan the folders again to use another sensitivity.",
            why,
        )

    def open_decisions_dialog(self) -> DecisionsDialog:
        """Show the remembered "not duplicates" with forget buttons; forgetting regroups the results."""
        dialog = DecisionsDialog(self.decisions, dialogs=self.dialogs, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decisions_forgotten.connect(self._on_decisions_forgotten)
        dialog.open()
        return dialog

    def _on_decisions_forgotten(self, digests: list[object]) -> None:
        reason = f"Forgot {_plural(len(digests), '“not duplicates” decision')}"
        if not self.regroup(reason):
            self.summary_label.setText(f"{reason}. The next scan may group those pictures again.")

    def open_rules_dialog(self) -> RulesDialog:
        """Edit the keep rules; the chosen ones are saved, applied to the results and used by later scans."""
        dialog = RulesDialog(
            self.keep_rules, choose_folder=lambda: self.dialogs.choose_folder("Preferred folder"), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rules_chosen.connect(self.set_keep_rules)
        dialog.open()
        return dialog

    def set_keep_rules(self, rules: Sequence[KeepRule]) -> bool:
        """Save `rules` for later scans and mark every group of the results by them. False when the
        person chose to keep their own marks in the current results."""
        self.keep_rules = tuple(rules)
        self.settings.setValue("keep_rules", rules_to_json(self.keep_rules))
        review = self.review
        if review is None or not review.groups:
            return True
        hand_marked = review.hand_marked_groups()
        if hand_marked and not self.dialogs.confirm(
            "Apply the new rules?",
            f"You changed KEEP/DELETE by hand in {_plural(hand_marked, 'group')}. Applying the rules "
            "marks every group by the rules again.",
            "If you cancel, the current marks stay; the rules are still used by your next scan.",
            ok="Apply the rules",
        ):
            return False
        row = self.current_group_row()
        review.apply_rules(self.keep_rules)
        described = ", then ".join(rule.describe() for rule in self.keep_rules) or "name order"
        self._refresh_review(row, f"Marked KEEP by the rules: {described}.")
        return True

    # ---- acting -----------------------------------------------------------------------------------

    def trash_marked(self) -> bool:
        """Ask, then send the files marked DELETE to the Trash on a worker. True when started."""
        return self._act(destination=None)

    def move_marked(self) -> bool:
        """Ask for a folder, then move the files marked DELETE there. True when started."""
        return self._act(destination=self.dialogs.choose_folder("Move the marked files to…"), ask_folder=True)

    def _act(self, destination: Path | None, *, ask_folder: bool = False) -> bool:
        review = self.review
        if review is None or self.controller.busy or not review.delete_count:
            return False
        if ask_folder and destination is None:
            return False
        where = "the Trash" if destination is None else str(destination)
        size = report.human_size(review.delete_bytes)
        text = f"Move {_plural(review.delete_count, 'file')} ({size}) to {where}?"
        details = describe_folder_counts(review.counts_per_folder())
        if destination is None:
            details += "\n\nYou can restore them from the Trash later."
        ok = "Move to Trash" if destination is None else "Move"
        if not self.dialogs.confirm("Move files", text, details, ok=ok):
            return False
        losing = review.groups_losing_every_copy()
        if losing:
            groups = ", ".join(str(self.review_row(g) + 1) for g in losing[:10])
            if not self.dialogs.confirm(
                "Remove every copy?",
                f"In {_plural(len(losing), 'group')} ({groups}) every copy is marked DELETE, so no copy of "
                "those pictures would be left in your folders.",
                "Choose “Remove every copy” only if you do not want those pictures at all.",
                ok="Remove every copy",
            ):
                return False
        plan = review.plan(every_copy_allowed=bool(losing))
        self._last_plan = plan
        if not self.controller.start_action(plan, destination):
            return False
        self.action_status.setText(f"Checking and moving 0 of {len(plan.deletions)}…")
        return True

    def review_row(self, group: Any) -> int:
        return self.review.groups.index(group) if self.review else -1

    def _on_action_progress(self, done: int, total: int) -> None:
        self.action_status.setText(f"Checking and moving {done} of {total}…")

    def _on_action_finished(self, outcome: ActionReport) -> None:
        self.action_status.setText("")
        review = self.review
        if review is not None:
            gone = {o.path for o in outcome.done}
            row = max(0, self.current_group_row())
            review.remove_files(gone)
            self.loader.forget(gone)
            self.loader.reset()
            self.group_model.set_review(review)
            if review.groups:
                self.select_group(min(row, len(review.groups) - 1))
            else:
                self.tile_model.set_group(None)
                self._update_group_header()
            self._update_buttons()
        where = "the Trash" if outcome.action.value == "trash" else "the folder you chose"
        done = outcome.done
        text = f"Moved {_plural(len(done), 'file')} ({report.human_size(outcome.done_bytes)}) to {where}."
        if outcome.action.value == "trash" and done:
            text += " You can restore them from the Trash."
        elif done and done[0].destination is not None:
            text += f" They are now in {done[0].destination.parent}."
        problems = [o for o in outcome.problems if o.status is not Status.TRASH_UNAVAILABLE]
        if problems:
            verb = "is" if len(problems) == 1 else "are"
            text += f" {_plural(len(problems), 'file')} could not be moved and {verb} still listed."
        for warning in outcome.warnings:
            text += f" {warning}"
        self.summary_label.setText(text)
        self.action_done.emit(outcome)
        if problems:
            self.dialogs.inform(
                "Some files were not moved",
                f"{_plural(len(problems), 'file')} did not pass the checks made just before moving, "
                "or the system refused them; they stay where they are and in the results:",
                "\n".join(f"{o.path}: {o.reason}" for o in problems),
            )
        unavailable = [o.path for o in outcome.outcomes if o.status is Status.TRASH_UNAVAILABLE]
        if unavailable and self.dialogs.confirm(
            "The Trash is not available",
            f"{_plural(len(unavailable), 'file')} cannot go to the Trash (this happens on some network and "
            "removable drives). Move them to a folder of your choice instead? Nothing is deleted.",
            ok="Move to folder…",
        ):
            folder = self.dialogs.choose_folder("Move the files to…")
            if folder is not None and self._last_plan is not None:
                self.controller.start_action(self._last_plan.restricted_to(unavailable), folder)

    def _on_action_failed(self, details: str) -> None:
        self.action_status.setText("")
        self.dialogs.show_error(
            "Moving files failed", "Lookalike ran into a bug while moving files.", details
        )

    # ---- files: sessions and exports ----------------------------------------------------------------

    def save_review(self) -> bool:
        if self.review is None:
            return False
        path = self.dialogs.save_file("Save review", "lookalike-review.json", "Lookalike review (*.json)")
        return path is not None and self._write(path, session_json(self.review))

    def open_review(self) -> bool:
        path = self.dialogs.open_file("Open review", "Lookalike review (*.json)")
        if path is None:
            return False
        try:
            review = load_session(path.read_text(encoding="utf-8"))
        except (OSError, SessionError) as exc:
            self.dialogs.inform("Cannot open the review", f"{path} cannot be opened: {exc}")
            return False
        self.show_review(review)
        return True

    def export_json(self) -> bool:
        if self.review is None:
            return False
        path = self.dialogs.save_file("Export results as JSON", "lookalike-results.json", "JSON (*.json)")
        return path is not None and self._write(path, report.to_json(self.review.marked_result()))

    def export_csv(self) -> bool:
        if self.review is None:
            return False
        path = self.dialogs.save_file("Export results as CSV", "lookalike-results.csv", "CSV (*.csv)")
        return path is not None and self._write(path, report.to_csv(self.review.marked_result()))

    def _write(self, path: Path, text: str) -> bool:
        try:
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self.dialogs.inform("Cannot save", f"{path} cannot be written: {exc.strerror or exc}")
            return False
        self.summary_label.setText(f"Saved {path}.")
        return True

    # ---- help and lifetime ------------------------------------------------------------------------

    def open_log_folder(self) -> None:
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            self.dialogs.open_path(self.log_dir)

    def show_about(self) -> None:
        self.dialogs.inform(
            "About Lookalike",
            f"Lookalike {__version__}\n\nFinds duplicate and near-duplicate pictures, lets you review every "
            "group, and moves only the copies you confirm to the Trash.",
        )

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

    def shutdown(self) -> None:
        """Stop background work and wait for it; safe to call twice."""
        if self.compare_view is not None:
            self.compare_view.shutdown()
        self.controller.shutdown()
        self.loader.shutdown()
        if self._owns_decisions:
            self.decisions.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)
