"""The list views of the window: the grid of one group's pictures, the group list, the folder list.

Each turns keys into signals; what a key does is decided where the signals are wired.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QWidget

from lookalike.ui.delegates import GroupDelegate, TileDelegate


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
