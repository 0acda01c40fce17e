"""The results page: the summary, the sensitivity slider, the group list with its filters, the grid
of the current group and the action bar. It shows a review and turns clicks and keys into signals.

Group rows here are the review's rows (`Review.groups`); the list may show them in another order or
only some of them (group_table), and `step_group` and "next not reviewed" follow the list.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QMargins,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
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

from lookalike.core.models import Mode, ScanResult, ScanStats
from lookalike.core.report import split_gone
from lookalike.display_names import display_name
from lookalike.ui.colours import SecondaryLabel
from lookalike.ui.delegates import WARNING_SIGN, TileDelegate
from lookalike.ui.file_urls import path_text
from lookalike.ui.group_filters import GroupFilterBar
from lookalike.ui.group_table import GroupFilter, GroupTableModel
from lookalike.ui.i18n import fill, number_text, size_text
from lookalike.ui.models import Role, TileModel
from lookalike.ui.review import Held, Review, ReviewGroup
from lookalike.ui.scrolling import ScrollingPart
from lookalike.ui.views import GroupView, TileView
from lookalike.ui.wording import (
    SENSITIVITY,
    changes_names,
    hint_line,
    keep_reason_words,
    keys_hint,
    position_for,
    quoted_names,
    reason_words,
    sensitivity_words,
    tier_words,
)
from lookalike.ui.wrapping_row import WrappingRow


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


class GroupHeader(QLabel):
    """The current group's header: a bold lead, then what the group is, and on a line of its own why
    its copy kept was chosen, each wrapped onto as many lines as the width needs, never shortened (at
    614 pixels it lost how the copies changed and why one is kept, which only its tooltip then said).
    The reason was the header's last part, wrapped where the width ran out: a word or two of it alone
    on a second line, or no second line, from one group to the next, the grid below moving up and
    down as the person went through the groups. A line never begins with the dot between two parts."""

    SEPARATOR = " · "

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMinimumWidth(1)  # wrapped rather than widening the window
        self._parts: tuple[str, ...] = ("", "", "")

    def set_parts(self, lead: str, text: str = "", reason: str = "", *, alarm: bool = False) -> None:
        """`text` begins with SEPARATOR, or is empty; `reason`, if any, goes on a line of its own, in
        bold with `alarm`."""
        self._parts = (lead, text, reason)
        # The dot stays at the end of the line before: a no-break space ties it to the part it follows.
        bold, rest = (html.escape(part).replace(self.SEPARATOR, "\u00a0· ") for part in (lead, text))
        said = f"<b>{html.escape(reason)}</b>" if alarm else html.escape(reason)
        self.setText(f"<b>{bold}</b>{rest}" + (f"<br>{said}" if reason else ""))

    def plain_text(self) -> str:
        """The whole header, as it reads, the reason on its own line."""
        lead, text, reason = self._parts
        return lead + text + (f"\n{reason}" if reason else "")


# A group shown this long in the grid, every tile of it in sight, counts as reviewed: long enough to
# look, short enough that a person who stops on a group is not asked to tick it; arrowing past
# groups marks none, and a group whose last copies were never scrolled into sight stays unticked.
REVIEWED_AFTER_MS = 800


# The tiles in a row the grid is given room for beside the list, the first of these that leaves the
# list its least width: three (a group of three copies seen whole), else two.
GRID_COLUMNS = (3, 2)
# The groups the list shows above the grid in a narrow window, as long as the grid keeps its least height.
STACKED_LIST_ROWS = 3
GRID_SIDE_MARGIN = 8  # between the grid's side and the list, beside it or above it
# The narrowest the group list is made (dragged, or in a window both narrow and low): its first
# file's picture and name beside a tile's column (640 x 400 at 200 %); its other columns scroll.
GROUP_LIST_LEAST = 260
# The lines the summary and the keys' hint may take beside their buttons in a narrow window, about;
# with less room the buttons go below them.
SUMMARY_LINES, HINT_LINES = 3, 5


def list_width(total: int, least: int, wanted: int, grids: Sequence[int]) -> int:
    """The group list's width when it and the grid share `total` pixels: the first grid width of
    `grids` that leaves the list its `least`, and the list the rest, up to what it `wanted`; `least`
    when none does."""
    for grid in grids:
        if total - grid >= least:
            return min(total - grid, max(wanted, least))
    return least


def kept_width(total: int, least: int, chosen: int, grid: int) -> int:
    """The group list's width when the person gave it `chosen` pixels (now, or in an earlier run, on
    another screen perhaps) and it and the grid share `total`: theirs, unless it would leave the grid
    narrower than `grid`; the list is never made narrower than its `least` for that."""
    return min(chosen, max(total - grid, least))


@dataclass(frozen=True)
class SideSizes:
    """What the list and the grid's side need, asked for each time ListBesideGrid shares its room."""

    list_widths: Callable[[], tuple[int, int]]  # the list's least width and the width it wants
    list_height: Callable[[], int]  # the list's height above the grid: a few rows (STACKED_LIST_ROWS)
    grid_width: Callable[[int], int]  # the grid's side's width for n tiles in a row
    grid_height: Callable[[int], int]  # its height at a width for one row of tiles


class ListBesideGrid(QSplitter):
    """The group list beside the grid, or above it in a window too narrow for both side by side.

    Side by side, until the person drags the handle between them, the list is as wide as its columns
    want while the grid keeps room for three tiles in a row, else for two (on a 1366 x 768 screen at
    125 %, the list halved the room and the grid showed one tile a row); once they drag it, the list
    keeps the width they gave it and the grid takes what the window gains. That width is kept between
    runs (`chosen_width`, `keep_list_width`); in a window too narrow for it, the list gives way until
    the grid has room for two tiles a row again.

    In a window narrower than the list's least width beside one column of tiles (614 pixels, a laptop
    turned upright at 125 %, where side by side they held the window 797 pixels wide in Japanese and 972
    in English), the list goes above the grid, both as wide as the window: the grid has the height of
    one row of tiles, the list the rest, but the list shows a few rows at least (STACKED_LIST_ROWS) as
    long as the grid keeps its least height. Once the person drags the handle between them, the list
    keeps the height they gave it whenever it is above the grid again, as far as the grid keeps its
    least height (`chosen_height`); `keep_list_height` gives it one chosen in an earlier run, as
    `keep_list_width` does its width. A window too low for both at their least heights (640 x 400 at
    200 %) keeps them side by side, the list narrower than its columns (it scrolls sideways).

    Signals:
        stacked_changed: True when the list went above the grid, False when it went beside it again.
    """

    stacked_changed = Signal(bool)

    def __init__(self, groups: QWidget, grid: QWidget, sizes: SideSizes) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.addWidget(groups)
        self.addWidget(grid)
        self._sides = (groups, grid)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self._sizes = sizes
        self.chosen_width: int | None = None  # the list's width the person chose by dragging
        self.chosen_height: int | None = None  # the list's height above the grid they chose by dragging
        self._told_least = QSize()  # the least size last told to the page (minimumSizeHint)
        self.splitterMoved.connect(self._on_dragged)

    @property
    def dragged(self) -> bool:
        """Whether the person chose the list's width (in this run or an earlier one)."""
        return self.chosen_width is not None

    @property
    def stacked(self) -> bool:
        """Whether the list is above the grid (a narrow window) rather than beside it."""
        return self.orientation() == Qt.Orientation.Vertical

    def keep_list_width(self, width: int) -> None:
        """Give the list the width the person chose in an earlier run, as far as the window allows."""
        self.chosen_width = width
        self.share()

    def keep_list_height(self, height: int) -> None:
        """Give the list above the grid the height the person chose in an earlier run, as far as the
        window allows, whenever it is above the grid."""
        self.chosen_height = height
        self.share()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the list or the grid's side, whichever needs more, and as low as they need as
        they are: side by side, the taller of them; one above the other, both (their rows wrapped at
        the widths they have). The window is never held wider than a narrow screen by their sum."""
        if self.stacked:
            groups, grid = (self._least(index, self.width()) for index in (0, 1))
            height = groups.height() + self.handleWidth() + grid.height()
        else:
            groups, grid = (self._least(index, side.width()) for index, side in enumerate(self._sides))
            height = max(groups.height(), grid.height())
        return QSize(max(groups.width(), grid.width()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share()

    def share(self) -> None:
        """Put the list beside or above the grid, and give each its width or height, by the rules above."""
        stack = self._should_stack()
        if stack != self.stacked:
            self.setOrientation(Qt.Orientation.Vertical if stack else Qt.Orientation.Horizontal)
            self.stacked_changed.emit(stack)
        if stack:
            self._share_height()
        else:
            self._share_width()
        least = self.minimumSizeHint()
        if least != self._told_least:  # its rows wrap onto more lines, or fewer: the page makes room
            self._told_least = least
            self.updateGeometry()

    def _least(self, index: int, width: int) -> QSize:
        """The least width of the list (0) or of the grid's side (1), and its least height at `width`."""
        side = self._sides[index]
        least = side.minimumSizeHint().expandedTo(side.minimumSize())
        layout = side.layout()
        if layout is not None and layout.hasHeightForWidth():
            least.setHeight(max(least.height(), layout.totalMinimumHeightForWidth(max(width, least.width()))))
        return least

    def _should_stack(self) -> bool:
        total = self.width() - self.handleWidth()
        least, _wanted = self._sizes.list_widths()
        if total >= least + self._sizes.grid_width(1):
            return False
        groups, grid = (self._least(index, self.width()) for index in (0, 1))
        high_enough = self.height() - self.handleWidth() >= groups.height() + grid.height()
        return high_enough or total < groups.width() + grid.width()

    def _share_width(self) -> None:
        total = self.width() - self.handleWidth()
        least, wanted = self._sizes.list_widths()
        grid_width = self._sizes.grid_width
        if self.chosen_width is None:
            width = list_width(total, least, wanted, [grid_width(n) for n in GRID_COLUMNS])
        else:
            width = kept_width(total, least, self.chosen_width, grid_width(min(GRID_COLUMNS)))
        least_width = self._least(0, 0).width()
        width = min(width, max(total - grid_width(1), least_width))  # a window too low to stack them
        self.setSizes([width, max(total - width, 0)])

    def _share_height(self) -> None:
        total = self.height() - self.handleWidth()
        least, grid_least = (self._least(index, self.width()).height() for index in (0, 1))
        if self.chosen_height is None:
            rows = min(self._sizes.list_height(), total - grid_least)  # a few, the grid keeping its least
            height = max(least, rows, total - self._sizes.grid_height(self.width()))
        else:
            height = max(least, min(self.chosen_height, total - grid_least))
        self.setSizes([height, max(total - height, 0)])

    def _on_dragged(self, _position: int, _index: int) -> None:
        if self.stacked:
            self.chosen_height = self.sizes()[0]
        else:
            self.chosen_width = self.sizes()[0]


class TallAsItsRowsNeed(QWidget):
    """The results page's content: at a width, as tall as its layout needs at the least there (each row
    on as many lines as it wraps onto, the list and the grid at their least height), not as tall as
    they would like to be; in a lower window the page scrolls (ScrollingPart)."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return super().heightForWidth(width) if layout is None else layout.totalMinimumHeightForWidth(width)


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
        group_seen: the current group (a ReviewGroup) was shown in the grid for REVIEWED_AFTER_MS.
        open_requested: tile row to open in the system viewer.
        show_in_folder_requested: a Path to show selected in the file manager.
    """

    errors_requested = Signal()
    new_scan_requested = Signal()
    regroup_requested = Signal()
    group_changed = Signal(int)
    group_seen = Signal(object)
    open_requested = Signal(int)
    show_in_folder_requested = Signal(object)

    def __init__(
        self,
        group_model: GroupTableModel,
        tile_model: TileModel,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group_model, self.tile_model = group_model, tile_model
        self._syncing = False  # the list is following changed groups: the current one is settled after
        self._roots: tuple[Path, ...] | None = None
        self._seen_timer = QTimer(self)
        self._seen_timer.setSingleShot(True)
        self._seen_timer.setInterval(REVIEWED_AFTER_MS)
        self._seen_timer.timeout.connect(self._on_seen)
        self._in_sight: set[int] = set()  # the current group's tiles that have been in sight
        self._switched = False  # the current group's tick changed while it was shown: no timer ticks it
        content = TallAsItsRowsNeed()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self._build_partial_banner())
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_tuning(actions))
        layout.addWidget(self._build_groups_and_grid(actions), 1)
        layout.addLayout(self._build_bottom(actions))
        # The whole page scrolls up and down in a window lower than its rows, wrapped onto their lines,
        # and the list and the grid at their least need (a narrow window at 200 %: 640 x 400).
        self.scrolling_part = ScrollingPart(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scrolling_part)

    def _build_partial_banner(self) -> QLabel:
        """Above everything while the result is from a stopped scan: it must not pass for a whole one."""
        self.partial_banner = _warning_note("partialBanner", "padding: 6px; font-weight: bold;")
        return self.partial_banner

    def partial_words(self, result: ScanResult) -> str:
        """What the banner says about a stopped scan's result."""
        stats, locale = result.stats, QLocale()
        read = min(stats.files, stats.images + len(result.errors))
        if read < stats.files:
            return self.tr(
                "Stopped after reading {read} of the {files} pictures found: this is a partial result. "
                "These groups come only from the pictures read so far; the others were not compared. "
                "Scan again to compare them all."
            ).format(read=locale.toString(read), files=locale.toString(stats.files))
        return self.tr(
            "Stopped while comparing the pictures: this is a partial result, and some groups may be "
            "missing. Scan again to compare them all."
        )

    def excluded_words(self, stats: ScanStats) -> str:
        """ "Left out by your patterns: 1,234 pictures and 2 folders." ("" when nothing was)."""
        locale = QLocale()
        pictures, folders = stats.excluded_files, stats.excluded_folders
        parts = []
        if pictures:
            parts.append(
                self.tr("1 picture")
                if pictures == 1
                else self.tr("{count} pictures").format(count=locale.toString(pictures))
            )
        if folders:
            parts.append(
                self.tr("1 folder")
                if folders == 1
                else self.tr("{count} folders").format(count=locale.toString(folders))
            )
        if not parts:
            return ""
        return self.tr("Left out by your patterns (Options… on the start page): {what}.").format(
            what=self.tr(" and ").join(parts)
        )

    def _build_top(self) -> WrappingRow:
        top = WrappingRow()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        top.add(self.summary_label, 1, lines=SUMMARY_LINES)
        self.errors_button = QPushButton()
        self.errors_button.clicked.connect(self.errors_requested)
        top.add(self.errors_button, at_end=True)
        self.new_scan_button = QPushButton(self.tr("New scan…"))
        self.new_scan_button.clicked.connect(self.new_scan_requested)
        top.add(self.new_scan_button, at_end=True)
        return top

    def _build_tuning(self, actions: dict[str, QAction]) -> WrappingRow:
        """The sensitivity and what it means, then the dialogs that change how groups are made; in a
        narrow window the buttons, and then the words, go on lines of their own."""
        tuning = WrappingRow()
        slider = QHBoxLayout()
        self.results_sensitivity_label = QLabel(self.tr("Sensitivity:  strict"))
        slider.addWidget(self.results_sensitivity_label)
        self.results_sensitivity = QSlider(Qt.Orientation.Horizontal)
        self.results_sensitivity.setAccessibleName(self.tr("Sensitivity"))
        self.results_sensitivity.setRange(0, len(SENSITIVITY) - 1)
        self.results_sensitivity.setPageStep(1)
        self.results_sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.results_sensitivity.setMaximumWidth(180)
        self.results_sensitivity.valueChanged.connect(self._on_sensitivity_changed)
        self.results_sensitivity.sliderReleased.connect(self.regroup_requested)
        slider.addWidget(self.results_sensitivity)
        self.results_loose_label = QLabel(self.tr("loose"))
        slider.addWidget(self.results_loose_label)
        tuning.add(slider)
        self.results_sensitivity_words = QLabel()
        self.results_sensitivity_words.setWordWrap(True)
        tuning.add(self.results_sensitivity_words, 1, lines=2)
        dialogs = QHBoxLayout()
        self.rules_button = action_button(actions["rules"], self.tr("Which copy to keep…"))
        self.decisions_button = action_button(actions["decisions"], self.tr("“Not duplicates” list…"))
        dialogs.addWidget(self.rules_button)
        dialogs.addWidget(self.decisions_button)
        tuning.add(dialogs, at_end=True)
        return tuning

    def _build_groups_and_grid(self, actions: dict[str, QAction]) -> QSplitter:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = WrappingRow()
        heading = QLabel(self.tr("Duplicate groups"))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        title.add(heading)
        self.group_counts = QLabel()
        self.group_counts.setTextFormat(Qt.TextFormat.PlainText)
        title.add(self.group_counts, 1)
        self.next_unreviewed_button = action_button(
            actions["next_unreviewed"], self.tr("Next not reviewed  (U)")
        )
        title.add(self.next_unreviewed_button, at_end=True)
        left_layout.addLayout(title)
        self.filters = GroupFilterBar()
        self.filters.filter_changed.connect(self.apply_filter)
        left_layout.addWidget(self.filters)
        self.group_view = GroupView()
        heading.setBuddy(self.group_view)  # its name for a screen reader: "Duplicate groups"
        self.group_view.setModel(self.group_model)
        self.group_view.setMinimumWidth(GROUP_LIST_LEAST)
        self.group_view.selectionModel().currentChanged.connect(self._on_group_changed)
        left_layout.addWidget(self.group_view)
        self._left = left

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(GRID_SIDE_MARGIN, 0, 0, 0)
        self.group_header = GroupHeader()
        right_layout.addWidget(self.group_header)
        right_layout.addWidget(self._build_group_notice())
        group_actions = WrappingRow()
        self.compare_button = action_button(actions["compare"], self.tr("Compare side by side  (Enter)"))
        self.not_duplicate_button = action_button(actions["not_duplicate"], self.tr("Not a duplicate  (N)"))
        self.group_not_duplicates_button = action_button(
            actions["group_not_duplicates"], self.tr("None of these are duplicates")
        )
        for button in (self.compare_button, self.not_duplicate_button, self.group_not_duplicates_button):
            group_actions.add(button)
        right_layout.addLayout(group_actions)
        self.tile_view = TileView(TileDelegate(self))
        self.tile_view.setAccessibleName(self.tr("Pictures in the group"))
        self.tile_view.setModel(self.tile_model)
        self.tile_view.toggle_requested.connect(self.tile_model.toggle)
        self.tile_view.open_requested.connect(self.open_requested)
        self.tile_view.group_step_requested.connect(self.step_group)
        self.tile_view.customContextMenuRequested.connect(self._tile_context_menu)
        # Looked at every 50 ms while the grid scrolls or changes its size, not at every pixel it moves.
        self._sight_timer = QTimer(self)
        self._sight_timer.setSingleShot(True)
        self._sight_timer.setInterval(50)
        self._sight_timer.timeout.connect(self._note_tiles_in_sight)
        self.tile_view.sight_changed.connect(self._look_soon)
        right_layout.addWidget(self.tile_view, 1)
        self._right, self._right_layout = right, right_layout
        self._right_margins = right_layout.contentsMargins()
        sizes = SideSizes(self._list_widths, self._list_height, self._grid_width, self._grid_height)
        self.splitter = ListBesideGrid(left, right, sizes)
        self.splitter.stacked_changed.connect(self._on_stacked_changed)
        return self.splitter

    def _on_stacked_changed(self, stacked: bool) -> None:
        """The grid's side is set off from the list by a margin on the side the list is."""
        self._right_margins = (
            QMargins(0, GRID_SIDE_MARGIN, 0, 0) if stacked else QMargins(GRID_SIDE_MARGIN, 0, 0, 0)
        )
        self._right_layout.setContentsMargins(self._right_margins)

    def _build_group_notice(self) -> QLabel:
        """Under the group's header while its copies marked DELETE are held back for want of a copy
        marked KEEP as scanned: what happened, and what to do (wrapped, never cut off)."""
        self.group_notice = _warning_note("groupNotice", "padding: 4px 6px;")
        return self.group_notice

    def _list_widths(self) -> tuple[int, int]:
        """The group list's side: the least width that shows its essential columns, and the width that
        shows them all (ListBesideGrid)."""
        least = max(self._left.minimumSizeHint().width(), self.group_view.least_width())
        return least, self.group_view.wanted_width()

    def _list_height(self) -> int:
        """The list's side's height, above the grid, for STACKED_LIST_ROWS groups."""
        view = self.group_view
        return (
            self._left.minimumSizeHint().height()
            - view.minimumSizeHint().height()
            + view.height_for(STACKED_LIST_ROWS)
        )

    def _grid_width(self, columns: int) -> int:
        """The grid's side's width for `columns` tiles in a row (its buttons' room at the least)."""
        margins = self._right_margins
        tiles = margins.left() + margins.right() + self.tile_view.width_for(columns)
        return max(self._right.minimumSizeHint().width(), tiles)

    def _grid_height(self, width: int) -> int:
        """The grid's side's height at `width` for one row of tiles, its header, note and buttons above."""
        layout = self._right_layout
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        heights = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None or item.isEmpty():
                continue
            if item.widget() is self.tile_view:
                heights.append(self.tile_view.height_for(1))
            else:
                heights.append(
                    item.heightForWidth(inner) if item.hasHeightForWidth() else item.sizeHint().height()
                )
        return sum(heights) + layout.spacing() * (len(heights) - 1) + margins.top() + margins.bottom()

    def _build_bottom(self, actions: dict[str, QAction]) -> WrappingRow:
        bottom = WrappingRow()
        self.hint_label = SecondaryLabel(hint_line(keys_hint()))
        self.hint_label.setAccessibleName(keys_hint())  # read as words, without the joiners
        self.tile_view.setAccessibleDescription(keys_hint())  # what the keys do there
        # Wraps instead of widening the window past a small screen (1366x768 at 125 %: 1093 px).
        self.hint_label.setWordWrap(True)
        self.hint_label.setMinimumWidth(1)
        bottom.add(self.hint_label, 1, lines=HINT_LINES)
        self.action_status = QLabel()
        self.action_status.setWordWrap(True)  # "Looking for what Lookalike moved last…" in a narrow window
        bottom.add(self.action_status, at_end=True)
        self.trash_button = action_button(actions["trash"])
        self._trash_tip = self.trash_button.toolTip()
        self.trash_button.setMinimumHeight(36)
        font = QFont(self.trash_button.font())
        font.setBold(True)
        self.trash_button.setFont(font)
        bottom.add(self.trash_button, at_end=True)
        return bottom

    # ---- the groups and the current one ------------------------------------------------------------

    def show_groups(self, review: Review) -> None:
        """List `review`'s groups. The sort stays; the filters too when the same folders were scanned
        (a regrouping), else they go back to showing every group."""
        keep_filters = review.result.roots == self._roots
        self._roots = review.result.roots
        self.filters.set_folders(self.group_model.folder_choices, keep_filters=keep_filters)
        if not keep_filters:
            self.group_model.set_filter(GroupFilter())
        self.group_model.set_review(review)
        self.show_counts()

    def sync_groups(self) -> None:
        """Follow groups that changed in place; stay on the current group, or where it was."""
        current = self.current_group()
        row = self.group_view.currentIndex().row()
        self._syncing = True
        try:
            self.group_model.sync()
        finally:
            self._syncing = False
        stayed = self.group_model.view_row_of(current) if current is not None else -1
        self._settle(stayed if stayed >= 0 else min(max(row, 0), self.group_model.rowCount() - 1), again=True)
        self.show_counts()

    def apply_filter(self, chosen: GroupFilter) -> None:
        """Show the groups `chosen` lets through; stay on the current group if it is one of them."""
        current = self.current_group()
        self._syncing = True
        try:
            self.group_model.set_filter(chosen)
        finally:
            self._syncing = False
        stayed = self.group_model.view_row_of(current) if current is not None else -1
        self._settle(max(stayed, 0) if self.group_model.rowCount() else -1, again=False)
        self.show_counts()

    def _settle(self, view_row: int, *, again: bool) -> None:
        """Make view row `view_row` current and show its group in the grid; with `again` even when it
        is the group shown (its files may have changed). -1 or no such row: no group."""
        selection = self.group_view.selectionModel()
        index = self.group_model.index(view_row, 0)
        group = self.group_model.group(view_row)
        if not index.isValid() or group is None:
            selection.clear()
            self._show_tiles(None)
            self.group_changed.emit(-1)
            return
        already = selection.currentIndex().row() == view_row
        if again or group is not self.tile_model.group:
            self._show_tiles(group)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if already:
            self.group_changed.emit(self.group_model.source_row(view_row))
        self.group_view.scrollTo(index)

    def show_counts(self) -> None:
        model = self.group_model
        shown, total = model.rowCount(), model.total()
        if shown == total:
            counted = self.tr("%Ln group(s)", "", total)
        else:
            counted = fill(self.tr("%1 of %Ln group(s) shown", "", total), number_text(shown))
        reviewed = fill(self.tr("%1 · %2 reviewed"), counted, number_text(model.reviewed_count()))
        self.group_counts.setText(f"  {reviewed}" if total else "")

    def select_group(self, row: int) -> None:
        """Make the review's group `row` current; the first one listed when the filters hide it."""
        view_row = self.group_model.view_row(row)
        self._select_view_row(view_row if view_row >= 0 else 0)

    def _select_view_row(self, view_row: int) -> None:
        index = self.group_model.index(view_row, 0)
        if index.isValid():
            self.group_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.group_view.scrollTo(index)

    def current_group_row(self) -> int:
        """The review's row of the current group, or -1."""
        return self.group_model.source_row(self.group_view.currentIndex().row())

    def current_group(self) -> ReviewGroup | None:
        return self.group_model.group(self.group_view.currentIndex().row())

    def step_group(self, step: int) -> None:
        """The next (+1) or previous (-1) group in the list as it is sorted and filtered."""
        row = self.group_view.currentIndex().row() + step
        if 0 <= row < self.group_model.rowCount():
            self._select_view_row(row)

    def select_next_unreviewed(self) -> bool:
        """The next group listed after the current one that is not reviewed; False when none is."""
        row = self.group_model.next_unreviewed(self.group_view.currentIndex().row())
        if row >= 0:
            self._select_view_row(row)
        return row >= 0

    def on_reviewed_changed(self, group: object) -> None:
        """A group's reviewed tick changed: the counts follow; a current group switched by hand is not
        ticked again by the timer."""
        if group is self.tile_model.group:
            self._seen_timer.stop()
            self._switched = True
        self.show_counts()

    def groups_to_mark(self) -> tuple[list[ReviewGroup], str]:
        """The groups a bulk mark works on, and those in words: the selected groups when two or more
        are selected, else every group the list shows."""
        rows = sorted(index.row() for index in self.group_view.selectionModel().selectedRows())
        selected = [g for g in (self.group_model.group(row) for row in rows) if g is not None]
        if len(selected) >= 2:
            return selected, self.tr("the %n selected group(s)", "", len(selected))
        model = self.group_model
        listed = [g for g in (model.group(row) for row in range(model.rowCount())) if g is not None]
        if len(listed) == model.total():
            return listed, self.tr("all %n group(s)", "", len(listed))
        return listed, self.tr("the %n group(s) the list shows (filtered)", "", len(listed))

    def select_tile(self, row: int) -> None:
        self.tile_view.selectionModel().setCurrentIndex(
            self.tile_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_tile_row(self) -> int:
        return self.tile_view.currentIndex().row()

    def selected_tile_rows(self) -> list[int]:
        return sorted({index.row() for index in self.tile_view.selectionModel().selectedIndexes()})

    def _on_group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        group = self.group_model.group(current.row()) if current.isValid() else None
        if group is not self.tile_model.group:
            self._show_tiles(group)
        self.group_changed.emit(self.group_model.source_row(current.row()) if current.isValid() else -1)

    def _show_tiles(self, group: ReviewGroup | None) -> None:
        self.tile_model.set_group(group)
        self._seen_timer.stop()
        self._in_sight = set()
        self._switched = False
        if group is None:
            return
        self.select_tile(0)
        if not group.reviewed:
            self._seen_timer.start()
            QTimer.singleShot(0, self, lambda: self._note_tiles_in_sight(lay_out=True))
        focus = QApplication.focusWidget()
        if focus is None or not self._left.isAncestorOf(focus):  # the list and its filters keep the keys
            self.tile_view.setFocus()

    def _note_tiles_in_sight(self, *, lay_out: bool = False) -> None:
        """Count the tiles in sight now (the grid laid out first with `lay_out`: a group just shown);
        once the last of them comes into sight, it has its moment too before the group is ticked."""
        group = self.tile_model.group
        if group is None or group.reviewed or self._switched or not self.isVisible():
            return
        before = self._all_in_sight()
        self._in_sight |= self.tile_view.rows_in_sight(lay_out=lay_out)
        if not before and self._all_in_sight():
            self._seen_timer.start()

    def _look_soon(self) -> None:
        if not self._sight_timer.isActive():  # a look within 50 ms, however long the scrolling goes on
            self._sight_timer.start()

    def _all_in_sight(self) -> bool:
        return self._in_sight >= set(range(self.tile_model.rowCount()))

    def _on_seen(self) -> None:
        if self.tile_model.group is not None and self.isVisible():
            self._in_sight |= self.tile_view.rows_in_sight()
            if self._all_in_sight():
                self.group_seen.emit(self.tile_model.group)

    def show_review(self, review: Review, note: str = "") -> None:
        """The summary at the top, for `review` as it stands."""
        result = review.result
        pictures = self.tr("%Ln picture(s)", "", result.stats.images)
        if not result.stats.images:  # nothing to compare: not a finding about the person's pictures
            text = self.tr("No pictures were found in the folders scanned.")
        elif not review.groups:
            text = fill(self.tr("No duplicates found among %1."), pictures)
        else:
            extra = sum(len(g.members) - 1 for g in review.groups)
            text = fill(
                self.tr(
                    "%1 of duplicates among %2: %3. "
                    "The best copy in each group is marked KEEP; check the others before you move them."
                ),
                self.tr("%Ln group(s)", "", len(review.groups)),
                pictures,
                self.tr("%Ln extra copy(s)", "", extra),
            )
        self.partial_banner.setVisible(result.cancelled)
        self.partial_banner.setText(self.partial_words(result) if result.cancelled else "")
        if result.skipped:
            text += "\n" + self.tr(
                "Left out on purpose: %n item(s) (links to other places, files only in the cloud); they are "
                "listed with the files that could not be read.",
                "",
                len(result.skipped),
            )
        if excluded := self.excluded_words(result.stats):
            text += f"\n{excluded}"
        for warning in result.warnings:
            text += "\n" + fill(self.tr("Note: %1"), reason_words(warning))
        if note:
            text = f"{note}\n{text}"
        self.summary_label.setText(text)
        self.errors_button.setText(self.problems_button_words(result))
        self.errors_button.setVisible(bool(result.errors or result.skipped))

    def problems_button_words(self, result: ScanResult) -> str:
        """The button that lists a scan's problems: how many files could not be read, and apart from
        them how many disappeared before they were read (moved or deleted meanwhile, which is no fault
        of theirs); else how many items were left out on purpose."""
        unread, gone = split_gone(result.errors)
        if unread and gone:
            return fill(
                self.tr("%n file(s) could not be read, %1…", "", len(unread)),
                self.tr("%n file(s) disappeared", "", len(gone)),
            )
        if gone:
            return self.tr("%n file(s) disappeared during the scan…", "", len(gone))
        if unread:
            return self.tr("%n file(s) could not be read…", "", len(unread))
        return self.tr("%n item(s) left out…", "", len(result.skipped))

    def scan_problems(self, review: Review) -> tuple[str, str, str]:
        """Title, text and details of the files a scan could not read, those that disappeared before it
        read them, and what it left out on purpose: each kind listed apart, under its own heading when
        there is more than one."""
        result = review.result
        unread, gone = split_gone(result.errors)
        sections = [
            (heading, errors)
            for heading, errors in (
                (self.tr("Could not be read:"), unread),
                (self.tr("Disappeared during the scan:"), gone),
                (self.tr("Left out on purpose:"), result.skipped),
            )
            if errors
        ]
        details = "\n\n".join(
            (f"{heading}\n" if len(sections) > 1 else "")
            + "\n".join(f"{display_name(e.path)}: {reason_words(e.error)}" for e in errors)
            for heading, errors in sections
        )
        said: list[str] = []
        if unread:
            said.append(
                self.tr("%n file(s) could not be read and were left out of the comparison.", "", len(unread))
            )
        if gone:
            said.append(
                self.tr(
                    "%n file(s) disappeared during the scan (moved or deleted after Lookalike found them) "
                    "and were not compared.",
                    "",
                    len(gone),
                )
            )
        if not said:
            said.append(self.tr("%n item(s) were left out on purpose.", "", len(result.skipped)))
        if unread and not gone:
            title = self.tr("Files that could not be read")
        elif gone and not unread:
            title = self.tr("Files that disappeared during the scan")
        elif gone:
            title = self.tr("Files left out of the comparison")
        else:
            title = self.tr("Left out on purpose")
        return title, "\n".join(said), details  # a sentence a line: no space between them in CJK

    def show_group_header(self, review: Review | None) -> None:
        """The current group's header, and under it what keeps its copies marked DELETE from moving
        when no copy marked KEEP is left as scanned (group_notice)."""
        group = self.tile_model.group
        notice = self.held_notice(review, group) if review is not None and group is not None else ""
        self.group_notice.setText(notice)
        self.group_notice.setVisible(bool(notice))
        if group is None or review is None:
            self.group_header.set_parts("")
            if review and review.result.groups and not review.groups:
                placeholder = self.tr("All done: every duplicate group has been dealt with.")
            elif review and not review.result.cancelled and not review.result.stats.images:
                placeholder = self.tr("No pictures here: the folders you chose hold none Lookalike can read.")
            elif review and not review.result.cancelled:
                placeholder = self.tr(
                    "No duplicates found: none of these pictures has a copy in the folders you chose."
                )
            else:
                placeholder = self.tr("Nothing left to review.")
            self.tile_view.placeholder = placeholder
            self.tile_view.viewport().update()
            return
        shown, total = self.group_model.rowCount(), len(review.groups)
        of = fill(self.tr("%1 shown of %2"), shown, total) if shown != total else str(total)
        changes = changes_names(group.all_changes)
        lead = fill(self.tr("Group %1 of %2"), self.group_view.currentIndex().row() + 1, of)
        # A group losing every copy says so in bold on the reason's own line, in its place: on the
        # first line it wrapped that line, and the grid moved as the last KEEP was marked DELETE,
        # under the pointer. Its BEST COPY badge still shows the copy suggested.
        loses_every_copy = group.loses_every_copy
        self.group_header.set_parts(
            lead,
            f" · {tier_words(group.group.tier)}" + (f" · {changes}" if changes else ""),
            self.tr("No copy kept: every copy is marked DELETE")
            if loses_every_copy
            else fill(self.tr("Suggested to keep: %1"), keep_reason_words(group.group.keep_reason)),
            alarm=loses_every_copy,
        )

    def held_notice(self, review: Review, group: ReviewGroup) -> str:
        """Why `group`'s copies marked DELETE are not moved when every copy marked KEEP in it changed or
        went away since the scan (Held.NO_KEEPER, Review.lost_keepers), and what to do; "" otherwise."""
        unmoved = sum(why is Held.NO_KEEPER for _member, why in review.held_in(group))
        lost = review.lost_keepers(group) if unmoved else []
        if not lost:
            return ""
        names = quoted_names([member.path for member, _gone in lost])
        if len(lost) > 1:
            text = self.tr(
                "Every copy you keep (%1) changed or went away since the scan, so the %n copy(s) marked "
                "DELETE here are not moved. Mark another copy KEEP to move them, or scan again.",
                "",
                unmoved,
            )
        elif lost[0][1]:
            text = self.tr(
                "The copy you keep, %1, is no longer there (moved or deleted since the scan), so the %n "
                "copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan "
                "again.",
                "",
                unmoved,
            )
        else:
            text = self.tr(
                "The copy you keep, %1, changed since the scan, so the %n copy(s) marked DELETE here are "
                "not moved. Mark another copy KEEP to move them, or scan again.",
                "",
                unmoved,
            )
        return WARNING_SIGN + fill(text, names)

    def show_totals(self, review: Review | None, held_back: str = "") -> None:
        """The action bar's button says how many files, how large, would move; its tooltip says why
        files marked DELETE are not counted (`held_back`: Acting.held_back_words), if some are not."""
        count = review.delete_count if review else 0
        if count and review is not None:
            size = size_text(review.delete_bytes)
            self.trash_button.setText(fill(self.tr("Move %Ln file(s) (%1) to Trash…", "", count), size))
        elif held_back:  # marked DELETE, each of them changed or gone since the scan
            self.trash_button.setText(self.tr("Nothing to move"))
        else:
            self.trash_button.setText(self.tr("Nothing marked DELETE"))
        self.trash_button.setToolTip(f"{self._trash_tip}\n{held_back}" if held_back else self._trash_tip)

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
            tip = self.tr(
                "Move to group these pictures again, stricter or looser; only new pairs are read again."
            )
        elif not similar:
            self.results_sensitivity_words.setText(self.tr("Exact copies only"))
            tip = self.tr(
                "This scan looked for exact copies only. Choose “Also similar pictures” and scan again."
            )
        else:
            self.results_sensitivity_words.setText("")
            tip = self.tr("A reopened review cannot be grouped again: scan the folders again to change this.")
        self.results_sensitivity.setToolTip(tip)

    def _on_sensitivity_changed(self, position: int) -> None:
        self.results_sensitivity_words.setText(sensitivity_words(position))
        if not self.results_sensitivity.isSliderDown():
            self.regroup_requested.emit()

    def thumbnails_settled(self) -> bool:
        """Whether every visible thumbnail is decoded (used before taking a screenshot)."""
        for row in range(self.tile_model.rowCount()):
            index = self.tile_model.index(row, 0)
            visible = self.tile_view.viewport().rect().intersects(self.tile_view.visualRect(index))
            if visible and not index.data(Role.LOADED):
                self.tile_model.data(index, Qt.ItemDataRole.DecorationRole)  # make sure it is requested
                return False
        view = self.group_view
        first = max(0, view.rowAt(0))
        last = view.rowAt(view.viewport().height() - 1)
        for row in range(first, (last if last >= 0 else self.group_model.rowCount() - 1) + 1):
            if not self.group_model.is_thumbnail_loaded(row):
                self.group_model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
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
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(row))
        menu.addAction(self.tr("Show in folder"), lambda: self.show_in_folder_requested.emit(path))
        menu.addAction(self.tr("Copy path"), lambda: QGuiApplication.clipboard().setText(path_text(path)))
        menu.addSeparator()
        keep = bool(self.tile_model.index(row, 0).data(Role.KEEP))
        mark = self.tr("Mark DELETE") if keep else self.tr("Mark KEEP")
        menu.addAction(mark, lambda: self.tile_model.toggle(row))
        return menu


def _warning_note(name: str, style: str) -> QLabel:
    """A hidden note that warns (`name` its object name, `style` its padding and weight): plain text,
    wrapped rather than widening the window, its own dark text on its own light ground, on a light
    window and a dark one alike."""
    note = QLabel()
    note.setObjectName(name)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setMinimumWidth(1)
    note.setStyleSheet(
        f"#{name} {{ background: #fff3cd; color: #5c4400; border: 1px solid #e0b84c;"
        f" border-radius: 4px; {style} }}"
    )
    note.hide()
    return note
