"""A page's part that scrolls up and down when the window is shorter than the page needs (the start
page's folders and options, the whole results page)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScrollingPart(QScrollArea):
    """The part of a page that scrolls up and down when the window is shorter than it needs: a small
    screen at a large scaling (457 pixels wide, where Japanese wraps the start page's words onto many
    lines) squeezed it, and cut off the last line of its words. Where the window has the room it
    shows as the page would without it: no frame, no scroll bar, its background the window's.

    It is never narrower than its content needs with a scroll bar beside it (it never scrolls
    sideways): as wide as the page was, and a scroll bar more. How short it may be is the scroll
    area's own least height.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through its content (focusNextPrevChild)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        return super().sizeHint() if content is None else content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())
