"""The views of the window: the grid of one group's pictures, the group table, the folder list.

Each turns keys into signals; what a key does is decided where the signals are wired.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from lookalike.core.models import Tier
from lookalike.ui.commands import DELETE_KEYS as DELETE_KEY_NAMES
from lookalike.ui.delegates import TileDelegate
from lookalike.ui.group_table import LIST_THUMB, Column, header_text
from lookalike.ui.i18n import size_text
from lookalike.ui.wording import tier_changes, tier_name

DELETE_KEYS = tuple(QKeySequence(name)[0].key() for name in DELETE_KEY_NAMES)  # type: ignore[index]


class TileView(QListView):
    """The grid of one group's files, with the keyboard a reviewer needs.

    Signals:
        toggle_requested: row whose KEEP/DELETE mark should switch.
        open_requested: row to open in the system viewer (double click).
        compare_requested: Enter: compare the current (or the two selected) tiles.
        not_duplicate_requested: N: take the current row's picture out of its group.
        delete_requested: Delete (and Backspace on macOS): mark the selected pictures DELETE.
        group_not_duplicates_requested: Shift+N: none of the group's pictures are duplicates.
        group_step_requested: +1 for the next group, -1 for the previous one.
        sight_changed: the grid scrolled or changed its size.
    """

    toggle_requested = Signal(int)
    open_requested = Signal(int)
    compare_requested = Signal()
    not_duplicate_requested = Signal(int)
    group_not_duplicates_requested = Signal()
    group_step_requested = Signal(int)
    delete_requested = Signal()
    sight_changed = Signal()  # scrolled or resized: other tiles may be in sight (rows_in_sight)

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

    def width_for(self, columns: int) -> int:
        """The width at which the grid shows `columns` tiles in a row, a scroll bar beside them."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        spacing = self.spacing()
        # A row ends at the view's last pixel (QRect.right()), not after it: one more.
        tiles = spacing + columns * (self._delegate.WIDTH + spacing) + 1
        return 2 * self.frameWidth() + bar + tiles

    def height_for(self, rows: int) -> int:
        """The height at which the grid shows `rows` rows of tiles whole."""
        spacing = self.spacing()
        tiles = spacing + rows * (self._delegate.tile_size(self.font()).height() + spacing) + 1
        return 2 * self.frameWidth() + tiles

    def rows_in_sight(self, *, lay_out: bool = False) -> set[int]:
        """The tiles at least half in sight now (the grid laid out first with `lay_out`). Tiles go
        left to right, line by line: the first line in sight is found by halving, and the look ends
        at the first tile below the view (a group of 2,000 copies took 19 ms a look over every tile)."""
        model = self.model()
        if model is None:
            return set()
        if lay_out:
            self.doItemsLayout()
        area = self.viewport().rect()
        count = model.rowCount()
        first = bisect.bisect_left(range(count), True, key=lambda row: self._tile(row).bottom() >= area.top())
        found = set()
        for row in range(first, count):
            tile = self._tile(row)
            if tile.top() > area.bottom():
                break
            seen = tile.intersected(area)
            if not tile.isEmpty() and 2 * seen.height() >= tile.height() and 2 * seen.width() >= tile.width():
                found.add(row)
        return found

    def _tile(self, row: int) -> QRect:
        return self.visualRect(self.model().index(row, 0))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.sight_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.sight_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        current = self.currentIndex()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        other_modifiers = bool(
            modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if key == Qt.Key.Key_Space and current.isValid():
            self.toggle_requested.emit(current.row())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.compare_requested.emit()
        elif key in DELETE_KEYS and not other_modifiers and current.isValid():
            self.delete_requested.emit()
        elif key == Qt.Key.Key_N and other_modifiers:
            super().keyPressEvent(event)  # Ctrl+N or Alt+N is no "not a duplicate"
            return
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
                self,
                self.tr("No folders yet.\nDrop folders from your file manager here, or click “Add folder…”."),
            )


class EndElided(QStyledItemDelegate):
    """Text cut at its end when it does not fit, whatever the view's own way of cutting."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


# The columns whose words are short and known (a number, a word, a size, a tick): always their width.
FIXED_COLUMNS = (Column.FILES, Column.ALIKE, Column.SIZE, Column.REVIEWED)
# The columns a narrow list cuts short, then leaves out, the last one first: the grid shows the
# current group's folders and changes, and each row's tooltip names them.
SPARE_COLUMNS = (Column.FOLDER, Column.CHANGED)
# Widths in average letters: the least a first file's name shows (room for "IMG_2041.jpg"), the least
# a spare column is worth showing with, and what the name and the folder are given when there is room.
NAME_LEAST_LETTERS, SPARE_LEAST_LETTERS, NAME_WANTED_LETTERS, FOLDER_WANTED_LETTERS = 12, 8, 22, 16
TEXT_MARGINS = 14  # around a cell's or a header's words


def header_width(header: QHeaderView, column: Column) -> int:
    """The room `column`'s header words need."""
    return header.fontMetrics().horizontalAdvance(header_text(column)) + TEXT_MARGINS


def share_room(room: int, least: list[int], wanted: list[int]) -> list[int]:
    """Widths for columns that need `least` and want `wanted`, out of `room` (at least their least):
    what is over their least goes to each in the same share, one wanting less leaving the rest to the
    others; none above what it wants."""
    widths = list(least)
    left = room - sum(least)
    pending = sorted(range(len(wanted)), key=lambda i: wanted[i] - least[i])
    while pending and left > 0:
        share = left // len(pending)
        index = pending.pop(0)
        more = max(0, min(wanted[index] - least[index], share))
        widths[index] += more
        left -= more
    return widths


class GroupView(QTableView):
    """The list of groups, a table: arrows move through groups, Enter compares, a header click sorts.
    N and Shift+N mean here what they mean in the grid (and on the buttons and in the menu): N takes
    the picture selected in the grid out of its group, Shift+N says none of the group's pictures are
    duplicates. These keys are the commands' `list_keys` (commands.COMMANDS), which the shortcuts help
    lists as working in the group list. Rows have one height and no widgets, for 50,000 groups.

    Signals:
        compare_requested: Enter on a group.
        not_duplicate_requested: N: the picture selected in the grid is not a duplicate.
        group_not_duplicates_requested: Shift+N on a group.
    """

    compare_requested = Signal()
    not_duplicate_requested = Signal()
    group_not_duplicates_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl+click or Shift+click several groups for a bulk mark; arrows still select one group.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setIconSize(QSize(LIST_THUMB, LIST_THUMB))
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(LIST_THUMB + 6, self.fontMetrics().height() + 10))
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to the order of the scan
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsMovable(True)
        self.setSortingEnabled(True)
        self.placeholder = ""
        self._read_from_start = EndElided(self)
        self._name_least = self._name_wanted = 0
        self._least: dict[Column, int] = dict.fromkeys(SPARE_COLUMNS, 0)
        self._wanted: dict[Column, int] = dict.fromkeys(SPARE_COLUMNS, 0)
        self._held: set[Column] = set()  # the columns the person sized by hand
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Columns as wide as their words need; the name takes what is left, once the folder and what
        changed have their share (fit_columns)."""
        super().setModel(model)
        header, metrics = self.horizontalHeader(), self.fontMetrics()
        samples = {  # the widest words each column shows, in the window's language
            Column.FILES: ("9999",),
            Column.ALIKE: tuple(tier_name(tier) for tier in Tier),
            Column.CHANGED: (tier_changes(Tier.PIXELS),),
            Column.SIZE: (size_text(999_900_000),),
            Column.REVIEWED: (),
        }
        widths = {
            column: max(metrics.horizontalAdvance(text) for text in (*texts, header_text(column)))
            + TEXT_MARGINS
            for column, texts in samples.items()
        }
        for column in FIXED_COLUMNS:
            header.resizeSection(column, widths[column])
        letter = metrics.averageCharWidth()
        name_beside = LIST_THUMB + TEXT_MARGINS  # the thumbnail, and the margins around it and the words
        self._name_least = name_beside + max(NAME_LEAST_LETTERS * letter, header_width(header, Column.NAME))
        self._name_wanted = name_beside + NAME_WANTED_LETTERS * letter
        spare_least = SPARE_LEAST_LETTERS * letter + TEXT_MARGINS
        self._least = {column: max(spare_least, header_width(header, column)) for column in SPARE_COLUMNS}
        self._wanted = {
            Column.FOLDER: max(FOLDER_WANTED_LETTERS * letter, self._least[Column.FOLDER]),
            Column.CHANGED: max(widths[Column.CHANGED], self._least[Column.CHANGED]),
        }
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)  # long names are elided
        # What changed is a list that reads from its start ("re-encoded, more contrast"); cut in its
        # middle it read as nonsense ("re-enco…ontrast"). Names and folders keep both ends.
        self.setItemDelegateForColumn(Column.CHANGED, self._read_from_start)
        header.setMinimumSectionSize(metrics.horizontalAdvance(header_text(Column.FILES)) + 16)
        self._fit_columns()

    def _fixed_widths(self) -> int:
        header = self.horizontalHeader()
        return sum(header.sectionSize(c) for c in FIXED_COLUMNS if not header.isSectionHidden(c))

    def _around(self) -> int:
        """The width the table needs besides its columns: its frame and a vertical scroll bar."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return 2 * self.frameWidth() + bar

    def least_width(self) -> int:
        """The narrowest the table can be and still show the first file's name, "How alike", "To free"
        and the reviewed tick whole; the folder and what changed are then left out."""
        return self._fixed_widths() + self._name_least + self._around()

    def wanted_width(self) -> int:
        """The table's width with room for every column's words (long names and folders elided)."""
        wanted = sum(self._wanted.values())
        return self._fixed_widths() + self._name_wanted + wanted + self._around()

    def height_for(self, rows: int) -> int:
        """The table's height for `rows` rows, its header above them."""
        header = self.horizontalHeader().sizeHint().height()
        return 2 * self.frameWidth() + header + rows * self.verticalHeader().defaultSectionSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the room the other columns leave: the name has its least width first, then the folder
        and what changed theirs, up to what they want, and what is left goes to the name and the folder
        alike. A spare column without its least width is left out until there is room for it again; one
        the person widened or narrowed keeps its width."""
        header = self.horizontalHeader()
        if self.model() is None or header.count() < len(Column):
            return
        room = self.width() - self._around() - self._fixed_widths() - self._name_least
        room -= sum(header.sectionSize(column) for column in self._held)
        shown: list[Column] = []
        for column in SPARE_COLUMNS:
            if column not in self._held and room - sum(self._least[c] for c in shown) >= self._least[column]:
                shown.append(column)
        widths = share_room(room, [self._least[c] for c in shown], [self._wanted[c] for c in shown])
        if Column.FOLDER in shown and room > sum(widths):  # the folder and the name share the rest
            widths[shown.index(Column.FOLDER)] += (room - sum(widths)) // 2
        self._fitting = True
        try:
            for column in SPARE_COLUMNS:
                if column not in self._held:
                    header.setSectionHidden(column, column not in shown)
            for column, width in zip(shown, widths, strict=True):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column in SPARE_COLUMNS:
            self._held.add(Column(column))  # dragged by the person: theirs from now on

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            paint_placeholder(self, self.placeholder)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not self.currentIndex().isValid():
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.compare_requested.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_N and modifiers == Qt.KeyboardModifier.NoModifier:
            self.not_duplicate_requested.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_N and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.group_not_duplicates_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)
