"""One picture in a pane that zooms and pans, with a caption over it; linked panes line up.

A pane's view is a zoom relative to "fit" and a centre in relative picture
coordinates (0..1), not pixels: two panes given the same view show the same part
of a 4000 px original and its 1000 px copy at the same size. A pane never
changes its own view; it asks with `view_requested` (wheel, drag, scroll bars),
and `LinkedPanes` sets the same view on every pane it keeps in step. A
`CaptionLabel` over a pane says what it shows, long names shortened to fit. A pane may
wear the KEEP/DELETE badge of the picture it shows, as the grid's tiles do (greyed, with
"NOT MOVED" beside it, for a copy marked DELETE that acting leaves where it is), and a frame
when it is the current one (the one the marking keys act on).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QSizePolicy, QWidget

from lookalike.ui.delegates import DELETE_COLOUR, HELD_BADGE, HELD_BORDER, KEEP_COLOUR
from lookalike.ui.wording import mark_word

MAX_ZOOM = 64.0  # relative to fit
MIN_ZOOM = 0.05  # only "actual size" of a picture smaller than its pane goes below fit
ZOOM_STEP = 1.25
BACKGROUND = QColor(40, 40, 40)
MIN_ELIDED = 80  # pixels: a caption never shortens a name or folder to less than this
CURRENT_FRAME = 4  # pixels: the frame round the current pane


@dataclass(frozen=True, slots=True)
class Caption:
    """The three lines over a pane: a coloured badge, a bold title and a remark; then facts; then how
    the picture matched (what changed from the group's reference).

    The title (a file name) and the fact at `elided_fact` (a folder) are shortened in the middle
    to the room the label has, so the rest of each line stays readable; the match line is shortened
    at its end (then its whole text is the label's tooltip).
    """

    badge: str
    colour: str
    title: str
    remark: str = ""
    italic_remark: bool = False
    facts: tuple[str, ...] = ()
    elided_fact: int | None = None
    matched: str = ""
    warning: bool = False  # `matched` says what the scan said no longer holds: bold, after a warning sign
    tip: str = ""  # the label's tooltip: more than the match line has room for (after it, if shortened)


class CaptionLabel(QLabel):
    """A `Caption` as rich text, fitted to the label's width again whenever that changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 3 + 6)
        self._caption: Caption | None = None

    def set_caption(self, caption: Caption) -> None:
        self._caption = caption
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        caption = self._caption
        if caption is None:
            return
        width, metrics = self.contentsRect().width() - 8, self.fontMetrics()  # 8: the badge's edges
        bold = QFont(self.font())
        bold.setBold(True)
        badge = f"\u00a0{caption.badge}\u00a0"
        remark = html.escape(caption.remark)
        room = width - metrics.horizontalAdvance(f"{badge}\u00a0 {caption.remark}")
        title = QFontMetrics(bold).elidedText(
            caption.title, Qt.TextElideMode.ElideMiddle, max(room, MIN_ELIDED)
        )
        first = (
            f"<span style='background:{caption.colour}; color:white'>{html.escape(badge)}</span>&nbsp; "
            f"<b>{html.escape(title)}</b>{f'<i>{remark}</i>' if caption.italic_remark else remark}"
        )
        facts = list(caption.facts)
        if caption.elided_fact is not None:
            others = " · ".join(fact for i, fact in enumerate(facts) if i != caption.elided_fact)
            room = width - metrics.horizontalAdvance(f"{others} · " if others else "")
            shortened = metrics.elidedText(
                facts[caption.elided_fact], Qt.TextElideMode.ElideMiddle, max(room, MIN_ELIDED)
            )
            facts[caption.elided_fact] = shortened
        second = " · ".join(html.escape(fact) for fact in facts) or "&nbsp;"
        said = f"\u26a0 {caption.matched}" if caption.warning else caption.matched
        matched = QFontMetrics(bold if caption.warning else self.font()).elidedText(
            said, Qt.TextElideMode.ElideRight, max(width, MIN_ELIDED)
        )
        shortened = caption.matched if matched != said else ""
        self.setToolTip("\n".join(part for part in (shortened, caption.tip) if part))
        third = f"<b>{html.escape(matched)}</b>" if caption.warning else html.escape(matched)
        self.setText(f"{first}<br>{second}<br>{third or '&nbsp;'}")


class ImagePane(QAbstractScrollArea):
    """One picture, shown at `zoom` times fit and centred on a relative point, so that two panes
    showing pictures of different pixel sizes line up.

    The pane does not own its view: it asks for changes with `view_requested` (wheel, drag,
    scroll bars) and shows whatever `set_view` gives it.

    Signals:
        view_requested: zoom (relative to fit), centre x and y (0..1 of the picture).
        pressed: the pane was clicked (or a drag began in it).
        badge_clicked: its KEEP/DELETE badge was clicked (after `pressed`), as a tile's is.
        resized: its size changed (the picture's size on screen at the same zoom with it).
    """

    view_requested = Signal(float, float, float)
    pressed = Signal()
    badge_clicked = Signal()
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.valueChanged.connect(self._on_scrolled)
        self._pixmap: QPixmap | None = None
        self._image_key: int | None = None
        self._message = ""
        self.zoom = 1.0
        self.center = (0.5, 0.5)
        self._syncing = False
        self._drag_from: QPoint | None = None
        self._drag_center = (0.5, 0.5)
        self._mark: bool | None = None
        self._moves = True
        self._note = ""
        self._current = False

    # What is shown

    def set_mark(self, keep: bool | None, *, moves: bool = True, note: str = "") -> None:
        """Wear a KEEP (True) or DELETE (False) badge, or none; greyed when acting leaves the file
        where it is, whatever its mark (`moves` False), as a tile's, with `note` beside it ("NOT MOVED")."""
        if (keep, moves, note) != (self._mark, self._moves, self._note):
            self._mark, self._moves, self._note = keep, moves, note
            self.viewport().update()

    @property
    def mark(self) -> bool | None:
        return self._mark

    @property
    def moves(self) -> bool:
        """False when the badge is greyed: acting leaves the file where it is."""
        return self._moves

    @property
    def note(self) -> str:
        """What the pane says beside its badge ("NOT MOVED"); "" for nothing."""
        return self._note

    def set_current(self, current: bool) -> None:
        """Frame the pane as the one the marking keys act on."""
        if current != self._current:
            self._current = current
            self.viewport().update()

    @property
    def is_current(self) -> bool:
        return self._current

    def set_image(self, image: QImage | None, message: str = "") -> None:
        """Show `image`, or `message` (e.g. "Loading…") when there is none."""
        if image is None or image.isNull():
            self._pixmap, self._image_key = None, None
        elif image.cacheKey() != self._image_key:  # converting a big picture costs: only when it changed
            self._pixmap, self._image_key = QPixmap.fromImage(image), image.cacheKey()
        self._message = message
        self._update_scroll_bars()
        self.viewport().update()

    @property
    def has_image(self) -> bool:
        return self._pixmap is not None

    @property
    def message(self) -> str:
        """What the pane says instead of a picture ("Loading…", or why the file cannot be shown)."""
        return self._message

    def shown_image(self) -> QImage | None:
        """A copy of the picture shown (for tests and checks): converting it back costs, so not per paint."""
        return self._pixmap.toImage() if self._pixmap is not None else None

    # Geometry: everything in viewport pixels

    def fit_scale(self) -> float:
        """Screen pixels per picture pixel at zoom 1 (the whole picture visible)."""
        if self._pixmap is None or self._pixmap.width() == 0 or self._pixmap.height() == 0:
            return 1.0
        # The whole pane, not the viewport: scroll bars appearing when zoomed must not change the scale.
        size = self.contentsRect().size()
        return min(size.width() / self._pixmap.width(), size.height() / self._pixmap.height())

    def content_size(self) -> tuple[float, float]:
        """The size the whole picture has on screen at the current zoom."""
        if self._pixmap is None:
            return (0.0, 0.0)
        scale = self.fit_scale() * self.zoom
        return (self._pixmap.width() * scale, self._pixmap.height() * scale)

    def visible_center(self) -> tuple[float, float]:
        """The relative picture point at the middle of the viewport, after clamping to the picture."""
        return (self._clamped(0), self._clamped(1))

    def _clamped(self, axis: int) -> float:
        content = self.content_size()[axis]
        view = self.viewport().width() if axis == 0 else self.viewport().height()
        if content <= view or content == 0:
            return 0.5
        half = view / 2 / content
        return min(max(self.center[axis], half), 1 - half)

    def _offset(self, axis: int) -> float:
        """Viewport coordinate of the picture's left (top) edge."""
        content = self.content_size()[axis]
        view = self.viewport().width() if axis == 0 else self.viewport().height()
        if content <= view:
            return (view - content) / 2
        return view / 2 - self._clamped(axis) * content

    def relative_point(self, position: QPointF) -> tuple[float, float]:
        """The relative picture coordinates under a viewport position."""
        width, height = self.content_size()
        if not width or not height:
            return (0.5, 0.5)
        return ((position.x() - self._offset(0)) / width, (position.y() - self._offset(1)) / height)

    def set_view(self, zoom: float, center_x: float, center_y: float) -> None:
        """Show the picture at `zoom` times fit, centred (as far as it goes) on the relative point."""
        self.zoom, self.center = zoom, (center_x, center_y)
        self._update_scroll_bars()
        self.viewport().update()

    def _update_scroll_bars(self) -> None:
        self._syncing = True
        try:
            for axis, bar in enumerate((self.horizontalScrollBar(), self.verticalScrollBar())):
                content = self.content_size()[axis]
                view = self.viewport().width() if axis == 0 else self.viewport().height()
                bar.setRange(0, max(0, round(content - view)))
                bar.setPageStep(max(1, view))
                bar.setSingleStep(max(1, view // 20))
                bar.setValue(round(-self._offset(axis)) if content > view else 0)
        finally:
            self._syncing = False

    # Interaction: each asks the owner for a new view

    def _on_scrolled(self, _value: int) -> None:
        if self._syncing or self._pixmap is None:
            return
        centre = []
        for axis, bar in enumerate((self.horizontalScrollBar(), self.verticalScrollBar())):
            content = self.content_size()[axis]
            view = self.viewport().width() if axis == 0 else self.viewport().height()
            centre.append((bar.value() + view / 2) / content if content > view else 0.5)
        self.view_requested.emit(self.zoom, centre[0], centre[1])

    def zoom_at(self, factor: float, position: QPointF | None = None) -> None:
        """Ask for the zoom multiplied by `factor`, keeping the picture point under `position` still."""
        if self._pixmap is None:
            return
        new_zoom = min(self.zoom * factor, MAX_ZOOM)
        if factor < 1:  # out stops at fit, unless "actual size" already showed a small picture smaller
            new_zoom = max(new_zoom, min(self.zoom, 1.0))
        if position is None:
            position = QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        point = self.relative_point(position)
        width, height = self.content_size()
        ratio = new_zoom / self.zoom
        new_width, new_height = width * ratio, height * ratio
        centre_x = point[0] + (self.viewport().width() / 2 - position.x()) / new_width
        centre_y = point[1] + (self.viewport().height() / 2 - position.y()) / new_height
        self.view_requested.emit(new_zoom, centre_x, centre_y)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_at(ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed.emit()
        on_badge = self._mark is not None and self._badge_rect().contains(event.position())
        if event.button() == Qt.MouseButton.LeftButton and on_badge:
            self.badge_clicked.emit()
        elif event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
            self._drag_center = self.visible_center()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        width, height = self.content_size()
        delta = event.position().toPoint() - self._drag_from
        self.view_requested.emit(
            self.zoom,
            self._drag_center[0] - delta.x() / width if width else 0.5,
            self._drag_center[1] - delta.y() / height if height else 0.5,
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_bars()
        self.resized.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()  # the view follows the scroll bars through _on_scrolled

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), BACKGROUND)
        if self._pixmap is None:
            painter.setPen(QColor(220, 220, 220))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._message)
        else:
            self._paint_picture(painter)
        self._paint_badge_and_frame(painter)

    def _paint_picture(self, painter: QPainter) -> None:
        width, height = self.content_size()
        target = QRectF(self._offset(0), self._offset(1), width, height)
        visible = target.intersected(QRectF(self.viewport().rect()))
        if visible.isEmpty() or self._pixmap is None:
            return
        # Draw only the visible part: at high zoom, scaling the whole picture would be slow.
        scale = width / self._pixmap.width()
        source = QRectF(
            (visible.x() - target.x()) / scale,
            (visible.y() - target.y()) / scale,
            visible.width() / scale,
            visible.height() / scale,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 3)
        painter.drawPixmap(visible, self._pixmap, source)

    def _paint_badge_and_frame(self, painter: QPainter) -> None:
        """The KEEP/DELETE badge in the top left corner, as on a tile; the current pane's frame."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._current:
            colour = self.palette().color(self.palette().ColorRole.Highlight)
            painter.setPen(QPen(colour, CURRENT_FRAME))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = CURRENT_FRAME / 2
            painter.drawRect(QRectF(self.viewport().rect()).adjusted(half, half, -half, -half))
        if self._mark is None:
            return
        font = self._badge_font()
        text = mark_word(self._mark)
        badge = self._badge_rect()
        height = badge.height()
        if not self._moves:  # greyed, as a tile's; outlined, as the grey would sink into the dark pane
            _pill(painter, badge, text, HELD_BADGE, font, outline=HELD_BORDER)
        else:
            _pill(painter, badge, text, KEEP_COLOUR if self._mark else DELETE_COLOUR, font)
        if self._note:
            small = QFont(font)
            small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))  # the size of a tile's corner badge
            width = QFontMetrics(small).horizontalAdvance(self._note) + 16
            note = QRectF(badge.right() + 6, badge.top(), width, height)
            _pill(painter, note, self._note, HELD_BADGE, small, outline=HELD_BORDER)

    def _badge_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _badge_rect(self) -> QRectF:
        """Where the KEEP/DELETE badge is, in the viewport: as wide as the wider of its two words."""
        metrics = QFontMetrics(self._badge_font())
        width = max(metrics.horizontalAdvance(mark_word(keep)) for keep in (True, False)) + 24
        return QRectF(CURRENT_FRAME + 6, CURRENT_FRAME + 6, width, metrics.height() + 8)


def _pill(
    painter: QPainter, rect: QRectF, text: str, colour: QColor, font: QFont, outline: QColor | None = None
) -> None:
    """`text` in white on a rounded `colour` bar, as a tile's badges are, in an `outline` if given."""
    painter.setPen(QPen(outline, 1.5) if outline is not None else Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class LinkedPanes(QObject):
    """Keeps panes on one view: the same zoom and relative centre, whichever pane is wheeled,
    dragged or scrolled. The first pane's picture decides how far the centre may go.

    Signals:
        view_changed: the new zoom (relative to fit), centre x and y (0..1 of the pictures).
    """

    view_changed = Signal(float, float, float)

    def __init__(self, panes: Sequence[ImagePane], parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not panes:
            raise ValueError("linking needs at least one pane")
        self._panes = list(panes)
        self._zoom, self._center = 1.0, (0.5, 0.5)
        for pane in self._panes:
            pane.view_requested.connect(self.set_view)

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def center(self) -> tuple[float, float]:
        return self._center

    def set_view(self, zoom: float, center_x: float, center_y: float) -> None:
        """Show every pane at `zoom` times fit, centred on the same relative point of each picture."""
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._center = (min(max(center_x, 0.0), 1.0), min(max(center_y, 0.0), 1.0))
        first = self._panes[0]
        first.set_view(self._zoom, *self._center)
        first.set_view(self._zoom, *first.visible_center())  # clamp, so panning back is direct
        self._center = first.center
        for pane in self._panes[1:]:
            pane.set_view(self._zoom, *self._center)
        self.view_changed.emit(self._zoom, *self._center)

    def refresh(self) -> None:
        """Apply the view again, after the pictures changed."""
        self.set_view(self._zoom, *self._center)

    def zoom_by(self, factor: float) -> None:
        """Zoom about the middle of the panes."""
        self._panes[0].zoom_at(factor)
