"""A row of controls that goes on over more lines when the window is too narrow for it, as the words
of a paragraph do: nothing is cut off, and the row never holds the window wider than its widest part.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QStyle, QWidget

LINE_SLACK = 1.2  # how much wider than an even share of its width each line of wrapped words is made


@dataclass(frozen=True)
class Room:
    """What one part of a row needs across: `least` on a line it shares, up to `wanted`."""

    least: int
    wanted: int
    stretch: int = 0


def fold(parts: list[Room], width: int, spacing: int) -> list[list[tuple[int, int]]]:
    """The lines `parts` take in `width` pixels, each a list of (part's index, its width): in order, as
    many on a line as fit at their least widths; on each line a part is given what it wants, the first
    ones first, and what is then left over goes to the parts with stretch, by their stretch. A part
    wider than `width` by itself is given `width` (its own least width is the row's least)."""
    lines: list[list[int]] = []
    used = 0
    for index, part in enumerate(parts):
        if lines and lines[-1] and used + spacing + part.least <= width:
            lines[-1].append(index)
            used += spacing + part.least
        else:
            lines.append([index])
            used = part.least
    folded = []
    for line in lines:
        widths = [min(parts[i].least, width) for i in line]
        left = width - sum(widths) - spacing * (len(line) - 1)
        for place, index in enumerate(line):
            more = max(0, min(parts[index].wanted - widths[place], left))
            widths[place] += more
            left -= more
        stretches = [parts[i].stretch for i in line]
        stretch_sum = sum(stretches)
        if left > 0 and stretch_sum:
            shares = [left * stretch // stretch_sum for stretch in stretches]
            widths = [w + share for w, share in zip(widths, shares, strict=True)]
        folded.append(list(zip(line, widths, strict=True)))
    return folded


def wanted_width(item: QLayoutItem) -> int:
    """The width `item` wants: a label that wraps its words, the width of its longest line unwrapped
    (its size hint is a width that wraps it nicely, which is less: the row would wrap it beside room
    to spare); any other part, its size hint's."""
    wanted = max(item.sizeHint().width(), item.minimumSize().width())
    label = item.widget()
    if not isinstance(label, QLabel) or not label.wordWrap() or not label.text():
        return wanted
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        return wanted  # laid out by its own rules
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    around = margins.left() + margins.right() + 2 * label.margin() + max(label.indent(), 0)
    return max(wanted, max(metrics.horizontalAdvance(line) for line in text.split("\n")) + around + 1)


class WrappingRow(QLayout):
    """Controls side by side while the row is wide enough for them, and on further lines when it is
    not; a part with stretch takes what its line has to spare (pushing the parts after it to the line's
    end), and a label that wraps its words may be narrower than it wants on a line it shares, down to
    the lines it is allowed there. Parts are widgets or small layouts (kept together on one line); a hidden
    widget takes no room. A part is as tall as its line, up to its own largest height, centred in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._lines: list[int] = []
        self._at_end: list[bool] = []
        # Measured since the layout was last invalidated (Qt does so whenever a part's size may change).
        self._heights: dict[int, int] = {}
        self._rooms: dict[int, Room] = {}

    def add(self, part: QWidget | QLayout, stretch: int = 0, lines: int = 1, *, at_end: bool = False) -> None:
        """Add `part` at the row's end. With `lines` above 1 (a label that wraps its words) it may be
        made narrower than it wants on a line it shares, down to about as narrow as takes that many
        lines; in less room it goes on a line of its own. With `at_end`, it and the parts after it on
        its line keep to the line's end, as a part with stretch before them pushes them in a wide row
        (a window's main button stays at its right on a line of its own)."""
        if isinstance(part, QWidget):
            self.addWidget(part)  # Qt's own item for it, which keeps its sizes until they change (addItem)
        else:
            self.addChildLayout(part)
            self.addItem(part)
        self._stretch[-1], self._lines[-1], self._at_end[-1] = stretch, lines, at_end

    # ---- QLayout ------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretch.append(0)
        self._lines.append(1)
        self._at_end.append(False)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._stretch[index], self._lines[index], self._at_end[index]
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._lay_out(QRect(0, 0, width, 0), place=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        self._rooms.clear()
        super().invalidate()

    def minimumSize(self) -> QSize:
        """As narrow as its widest part, each on a line of its own; one line high (the layout above
        asks heightForWidth for the lines it takes at the width it has)."""
        shown = self._shown()
        width = max((self._items[i].minimumSize().width() for i in shown), default=0)
        height = max((self._items[i].minimumSize().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """Every part on one line, as wide as it wants."""
        shown = self._shown()
        hints = [self._items[i].sizeHint() for i in shown]
        width = sum(wanted_width(self._items[i]) for i in shown)
        width += self._spacing(horizontal=True) * max(len(hints) - 1, 0)
        height = max((hint.height() for hint in hints), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, place=True)

    # ---- laying out ---------------------------------------------------------------------------------

    def _shown(self) -> list[int]:
        return [index for index, item in enumerate(self._items) if not item.isEmpty()]

    def _spacing(self, *, horizontal: bool) -> int:
        """The layout's own spacing, else the style's for the widget it lays out."""
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        spacing = parent.style().pixelMetric(metric, None, parent)
        return spacing if spacing >= 0 else 6

    def _room(self, index: int) -> Room:
        if index not in self._rooms:
            item = self._items[index]
            wanted = wanted_width(item)
            # Words break between words, not anywhere: a little more than an even share of each line.
            least = min(wanted, math.ceil(wanted * LINE_SLACK / self._lines[index]))
            self._rooms[index] = Room(max(least, item.minimumSize().width()), wanted, self._stretch[index])
        return self._rooms[index]

    def _height(self, item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _lay_out(self, rect: QRect, *, place: bool) -> int:
        """Place the parts in `rect` (with `place`); the height they take at its width."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown = self._shown()
        across, down = self._spacing(horizontal=True), self._spacing(horizontal=False)
        lines = fold([self._room(i) for i in shown], area.width(), across)
        top = area.top()
        for number, line in enumerate(lines):
            heights = [self._height(self._items[shown[place_]], width) for place_, width in line]
            tallest = max(heights)
            x = area.left()
            spare = area.width() - sum(width for _place, width in line) - across * (len(line) - 1)
            for place_, width in line:
                if spare > 0 and self._at_end[shown[place_]]:  # no part with stretch took it
                    x, spare = x + spare, 0
                if place:  # the whole line's height: a widget is centred in it, up to its largest height
                    self._items[shown[place_]].setGeometry(QRect(x, top, width, tallest))
                x += width + across
            top += tallest + (down if number < len(lines) - 1 else 0)
        return top - area.top() + margins.top() + margins.bottom()
