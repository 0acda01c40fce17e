"""Compare two copies of one picture: side by side, flickering in place, or as their difference.

A person reviewing a "similar" group needs to see in one look whether two
files really are the same picture. `CompareView` shows the group's reference
(A) next to one other member (B). Both panes share one view state — a zoom
relative to "fit" and a centre in relative image coordinates — so a 4000 px
original and its 1000 px copy stay aligned at any zoom and pan.

Pictures are decoded off the GUI thread (a `QRunnable` producing a `QImage`),
JPEGs scaled in the decoder, so a 12 MP pair opens in well under a second.
The view never touches the decisions store: "Not duplicates" only emits
`not_duplicates_requested`, and the window decides what that means.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lookalike.core.imaging import register_plugins
from lookalike.core.models import GroupMember
from lookalike.core.report import human_size

log = logging.getLogger(__name__)

# JPEGs are scaled in the decoder to at least DRAFT_SIDE on their long side (a 12 MP photo decodes at
# half size, four times faster); anything larger than MAX_SIDE is reduced to it. Plenty for a screen.
DRAFT_SIDE = 1920
MAX_SIDE = 2560
# Zoomed in beyond the reduced picture's pixels, the shown files are decoded again up to this size.
FULL_SIDE = 8192
# Differences are multiplied by this much: re-encoding noise stays dark, real changes glow.
DIFFERENCE_GAIN = 4
# A pixel whose channels differ by more than this counts as "different" in the summary (JPEG noise is less).
NOTICEABLE = 24
MAX_ZOOM = 64.0  # relative to fit
MIN_ZOOM = 0.05  # only "actual size" of a picture smaller than its pane goes below fit
ZOOM_STEP = 1.25
BACKGROUND = QColor(40, 40, 40)
CACHED_IMAGES = 4
TIMES, MINUS = " \u00d7 ", "\u2212"  # typographic signs for labels


class CompareMode(StrEnum):
    SIDE_BY_SIDE = "side by side"
    FLICKER = "flicker"
    DIFFERENCE = "difference"


@dataclass(frozen=True, slots=True)
class LoadedImage:
    """A picture decoded for display: upright, reduced to a screen-friendly size."""

    path: Path
    image: QImage  # what is painted
    pixels: Image.Image | None  # the same pixels (RGB or RGBA), for the difference
    width: int  # full size as displayed, after EXIF orientation
    height: int
    file_size: int
    format: str

    @property
    def reduced(self) -> bool:
        """Whether `image` has fewer pixels than the file: zooming in deep deserves a full decode."""
        return max(self.image.width(), self.image.height()) < max(self.width, self.height)


@dataclass(frozen=True, slots=True)
class DifferenceStats:
    """How much two pictures differ, for a one-line summary under the difference image."""

    max_delta: int  # 0..255, the largest channel difference anywhere
    noticeable_share: float  # fraction of pixels differing by more than NOTICEABLE
    b_resized: bool  # B was scaled to A's size first


def load_for_display(
    path: Path, *, draft_side: int = DRAFT_SIDE, max_side: int = MAX_SIDE, keep_pixels: bool = True
) -> LoadedImage:
    """Decode `path` upright and reduced for the screen. Raises on unreadable files (the task reports it)."""
    register_plugins()
    file_size = path.stat().st_size
    with Image.open(path) as opened:
        width, height = opened.size
        fmt = opened.format or path.suffix.lstrip(".").upper()
        try:
            orientation = int(opened.getexif().get(0x0112, 1))
        except Exception:  # broken EXIF must not cost us the picture
            orientation = 1
        if orientation in (5, 6, 7, 8):
            width, height = height, width
        scale = min(1.0, draft_side / max(opened.size))
        opened.draft("RGB", (math.ceil(opened.size[0] * scale), math.ceil(opened.size[1] * scale)))
        upright = ImageOps.exif_transpose(opened)
        upright.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
        # Most photos are RGB: hand Qt those bytes as they are, without an RGBA copy.
        shown = upright if upright.mode == "RGB" else upright.convert("RGBA")
    shown.load()
    bytes_per_pixel, qt_format = (
        (3, QImage.Format.Format_RGB888) if shown.mode == "RGB" else (4, QImage.Format.Format_RGBA8888)
    )
    data = shown.tobytes()
    image = QImage(data, shown.width, shown.height, shown.width * bytes_per_pixel, qt_format).copy()
    return LoadedImage(path, image, shown if keep_pixels else None, width, height, file_size, fmt)


def difference_image(
    a: Image.Image, b: Image.Image, gain: int = DIFFERENCE_GAIN
) -> tuple[QImage, DifferenceStats]:
    """|A - B| per channel after scaling B to A's size, amplified; all black exactly where they agree."""
    resized = b.size != a.size
    if resized:
        b = b.resize(a.size, Image.Resampling.BILINEAR)
    delta = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    strongest = _channel_max(delta)
    histogram = strongest.histogram()
    max_delta = max((value for value, count in enumerate(histogram) if count), default=0)
    noticeable = sum(histogram[NOTICEABLE + 1 :]) / max(1, a.width * a.height)
    amplified = delta.point([min(255, value * gain) for value in range(256)] * 3).convert("RGBA")
    data = amplified.tobytes()
    image = QImage(
        data, amplified.width, amplified.height, amplified.width * 4, QImage.Format.Format_RGBA8888
    )
    return image.copy(), DifferenceStats(max_delta, noticeable, resized)


def plain_reason(exc: Exception) -> str:
    """Why a file cannot be shown, in words for a person rather than a programmer."""
    if isinstance(exc, FileNotFoundError):
        return "the file is no longer there (moved or deleted?)"
    if isinstance(exc, PermissionError):
        return "no permission to read the file"
    if isinstance(exc, UnidentifiedImageError):
        return "not a picture Lookalike can read"
    if isinstance(exc, Image.DecompressionBombError):
        return "too large to open safely"
    if isinstance(exc, MemoryError):
        return "too large to open with the memory available"
    message = str(exc)
    if "truncated" in message:
        return "the file is truncated: part of the picture data is missing"
    return f"the picture data is damaged ({message or type(exc).__name__})"


def _channel_max(delta: Image.Image) -> Image.Image:
    red, green, blue = delta.split()
    return ImageChops.lighter(ImageChops.lighter(red, green), blue)


class _Signals(QObject):
    loaded = Signal(str, object, str)  # path, LoadedImage | None, error
    loaded_full = Signal(str, object)  # path, LoadedImage | None: the same picture at full resolution
    differenced = Signal(object, object, object)  # (path A, path B), QImage | None, DifferenceStats | None


class _LoadTask(QRunnable):
    def __init__(self, path: Path, signals: _Signals, *, full: bool = False) -> None:
        super().__init__()
        self._path, self._signals, self._full = path, signals, full

    def run(self) -> None:
        if self._full:
            try:
                detail = load_for_display(
                    self._path, draft_side=FULL_SIDE, max_side=FULL_SIDE, keep_pixels=False
                )
            except Exception as exc:  # the reduced picture stays: nothing to tell the person
                log.info("no full-resolution view of %s: %s", self._path, exc)
                detail = None
            self._signals.loaded_full.emit(str(self._path), detail)
            return
        try:
            loaded, error = load_for_display(self._path), ""
        except Exception as exc:  # an unreadable file: the pane says why
            log.info("cannot show %s: %s", self._path, exc)
            loaded, error = None, plain_reason(exc)
        self._signals.loaded.emit(str(self._path), loaded, error)


class _DifferenceTask(QRunnable):
    def __init__(self, key: tuple[str, str], a: Image.Image, b: Image.Image, signals: _Signals) -> None:
        super().__init__()
        self._key, self._a, self._b, self._signals = key, a, b, signals

    def run(self) -> None:
        try:
            image, stats = difference_image(self._a, self._b)
        except Exception:  # a bug: log it; the pane says the difference is unavailable
            log.exception("difference failed for %s", self._key)
            image, stats = None, None
        self._signals.differenced.emit(self._key, image, stats)


class ImagePane(QAbstractScrollArea):
    """One picture, shown at `zoom` times fit and centred on a relative point, so that two panes
    showing pictures of different pixel sizes line up.

    The pane does not own its view: it asks for changes with `view_requested` (wheel, drag,
    scroll bars) and shows whatever `set_view` gives it.

    Signals:
        view_requested: zoom (relative to fit), centre x and y (0..1 of the picture).
    """

    view_requested = Signal(float, float, float)

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

    # What is shown

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
        return self._message

    def shown_image(self) -> QImage | None:
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
        if (
            factor < 1
        ):  # zooming out stops at fit, unless "actual size" already showed a small picture smaller
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
        if event.button() == Qt.MouseButton.LeftButton:
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
            return
        width, height = self.content_size()
        target = QRectF(self._offset(0), self._offset(1), width, height)
        visible = target.intersected(QRectF(self.viewport().rect()))
        if visible.isEmpty():
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


def _elide_middle(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit // 2 - 1] + "…" + text[-(limit // 2) :]


class CompareView(QDialog):
    """Two members of a group compared, A (the reference) against B (any other member).

    Keys: ←/→ pick B · F or Tab flicker (swap A and B in one pane) · D difference · S side by side ·
    wheel, + / - zoom · 0 fit · 1 actual size · drag or scroll bars pan · N not duplicates · Esc close.

    Signals:
        images_loaded: both pictures of the current pair are decoded (or failed) and shown.
        detail_loaded: a picture zoomed in beyond its reduced decode is now shown at full resolution.
        difference_ready: the difference of the current pair is computed.
        pair_changed: the indices (A, B) now compared, into `paths`.
        not_duplicates_requested: the path of B, which the person says is no duplicate of A.
    """

    images_loaded = Signal()
    detail_loaded = Signal()
    difference_ready = Signal()
    pair_changed = Signal(int, int)
    not_duplicates_requested = Signal(object)  # Path

    def __init__(
        self,
        paths: Sequence[Path | str],
        pair: tuple[int, int] = (0, 1),
        *,
        members: Sequence[GroupMember] | None = None,
        parent: QWidget | None = None,
        threads: int = 2,
    ) -> None:
        """`paths` are a group's files, reference first; `members`, in the same order, add tier,
        score and hash distance to the labels."""
        super().__init__(parent)
        if len(paths) < 2:
            raise ValueError("comparing needs at least two pictures")
        if members is not None and len(members) != len(paths):
            raise ValueError("members must match paths one to one")
        self.setWindowTitle("Compare")
        self.setModal(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1200, 760)
        self._paths = [Path(p) for p in paths]
        self._members = list(members) if members is not None else None
        self._a, self._b = pair
        self._mode = CompareMode.SIDE_BY_SIDE
        self._flicker_shows_b = False
        self._zoom, self._center = 1.0, (0.5, 0.5)
        self._images: OrderedDict[str, LoadedImage | str] = OrderedDict()  # str: why it failed
        self._pending: set[str] = set()
        self._differences: dict[tuple[str, str], tuple[QImage | None, DifferenceStats | None]] = {}
        self._difference_pending: set[tuple[str, str]] = set()
        self._announced: tuple[str, str] | None = None
        self._closed = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.differenced.connect(self._on_differenced)
        self._signals.loaded_full.connect(self._on_loaded_full)
        self._full: OrderedDict[str, LoadedImage | None] = OrderedDict()  # None: could not
        self._full_pending: set[str] = set()
        self._build()
        self._check_pair(self._a, self._b)
        self._show_pair()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self._mode_buttons: dict[CompareMode, QPushButton] = {}
        group = QButtonGroup(self)
        for mode, text, key in (
            (CompareMode.SIDE_BY_SIDE, "Side by side", "S"),
            (CompareMode.FLICKER, "Flicker", "F"),
            (CompareMode.DIFFERENCE, "Difference", "D"),
        ):
            button = self._button(f"{text}  ({key})", checkable=True)
            button.clicked.connect(lambda _checked=False, m=mode: self._mode_clicked(m))
            group.addButton(button)
            bar.addWidget(button)
            self._mode_buttons[mode] = button
        self._mode_buttons[CompareMode.SIDE_BY_SIDE].setChecked(True)
        bar.addSpacing(16)
        for text, tip, action in (
            ("Fit", "Show the whole pictures (0)", self.zoom_to_fit),
            ("100%", "One pixel of A per screen pixel (1)", self.zoom_to_actual_size),
            (MINUS, "Zoom out (-)", lambda: self.zoom_by(1 / ZOOM_STEP)),
            ("+", "Zoom in (+)", lambda: self.zoom_by(ZOOM_STEP)),
        ):
            button = self._button(text, tip=tip)
            button.clicked.connect(action)
            bar.addWidget(button)
        self.zoom_label = QLabel()
        self.zoom_label.setToolTip("Zoom, in pixels of A's original file per screen pixel")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("Fit (100%)") + 8)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        self.previous_button = self._button("◀", tip="Compare A with the previous copy (←)")
        self.previous_button.clicked.connect(self.previous_b)
        self.next_button = self._button("▶", tip="Compare A with the next copy (→)")
        self.next_button.clicked.connect(self.next_b)
        self.position_label = QLabel()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.position_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        self.not_duplicates_button = self._button(
            "Not duplicates  (N)", tip="B is a different picture: take it out of this group and remember that"
        )
        self.not_duplicates_button.clicked.connect(self.request_not_duplicates)
        bar.addWidget(self.not_duplicates_button)
        close = self._button("Close", tip="Esc")
        close.clicked.connect(self.reject)
        bar.addWidget(close)
        layout.addLayout(bar)

        panes = QHBoxLayout()
        self.label_a, self.label_b = self._header(), self._header()
        self.pane_a, self.pane_b = ImagePane(self), ImagePane(self)
        for label, pane in ((self.label_a, self.pane_a), (self.label_b, self.pane_b)):
            column_widget = QWidget(self)
            column = QVBoxLayout(column_widget)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(pane, 1)
            panes.addWidget(column_widget, 1)
            self._column_b = column_widget  # the last one: hidden while flickering
            pane.view_requested.connect(self.set_view)
        layout.addLayout(panes, 1)
        hint = QLabel(
            f"Wheel or +/{MINUS} zoom · drag to pan · ←/→ other copy · F or Tab flicker · D difference · "
            "S side by side · N not duplicates · Esc close"
        )
        hint.setEnabled(False)
        layout.addWidget(hint)

    def _button(self, text: str, *, tip: str = "", checkable: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        # Keys belong to the view: a focused button would eat arrows and Tab, and Enter must never
        # press "Not duplicates" by accident.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setCheckable(checkable)
        button.setToolTip(tip)
        if len(text) <= 4:  # icon-like buttons: as narrow as their text, not the style's minimum
            width = button.fontMetrics().horizontalAdvance(text) + 24
            button.setFixedWidth(max(width, 32))
        return button

    def _header(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        label.setMinimumHeight(label.fontMetrics().height() * 2 + 6)
        return label

    # Public state

    @property
    def paths(self) -> list[Path]:
        return list(self._paths)

    @property
    def pair(self) -> tuple[int, int]:
        return (self._a, self._b)

    @property
    def path_a(self) -> Path:
        return self._paths[self._a]

    @property
    def path_b(self) -> Path:
        return self._paths[self._b]

    @property
    def mode(self) -> CompareMode:
        return self._mode

    @property
    def flicker_shows_b(self) -> bool:
        """In flicker mode, whether the single pane shows B (else A)."""
        return self._flicker_shows_b

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def center(self) -> tuple[float, float]:
        return self._center

    def shown_paths(self) -> tuple[Path | None, Path | None]:
        """What the left and right panes show now; None for the hidden pane or the difference."""
        if self._mode is CompareMode.FLICKER:
            return (self.path_b if self._flicker_shows_b else self.path_a, None)
        if self._mode is CompareMode.DIFFERENCE:
            return (self.path_a, None)
        return (self.path_a, self.path_b)

    def difference(self) -> tuple[QImage | None, DifferenceStats | None]:
        """The amplified difference of the current pair and its summary, once computed."""
        return self._differences.get(self._key(), (None, None))

    def is_loaded(self) -> bool:
        key = self._key()
        return key[0] in self._images and key[1] in self._images

    # Actions

    def set_pair(self, a: int, b: int) -> None:
        """Compare `paths[a]` with `paths[b]`; the view (zoom, centre) stays where it is."""
        self._check_pair(a, b)
        if (a, b) == (self._a, self._b):
            return
        self._a, self._b = a, b
        self._flicker_shows_b = False
        self._show_pair()
        self.pair_changed.emit(a, b)

    def next_b(self) -> None:
        self._step_b(1)

    def previous_b(self) -> None:
        self._step_b(-1)

    def _step_b(self, step: int) -> None:
        others = [i for i in range(len(self._paths)) if i != self._a]
        if len(others) < 2:
            return
        position = others.index(self._b) if self._b in others else 0
        self.set_pair(self._a, others[(position + step) % len(others)])

    def set_mode(self, mode: CompareMode) -> None:
        self._mode = mode
        self._mode_buttons[mode].setChecked(True)
        self._refresh()

    def _mode_clicked(self, mode: CompareMode) -> None:
        if mode is CompareMode.FLICKER and self._mode is not CompareMode.FLICKER:
            self.toggle_flicker()  # as the F key: B appears where A was
        else:
            self.set_mode(mode)

    def toggle_flicker(self) -> None:
        """Swap A and B in place; from another mode, switch to flicker showing B where A was."""
        if self._mode is CompareMode.FLICKER:
            self._flicker_shows_b = not self._flicker_shows_b
            self._refresh()
        else:
            self._flicker_shows_b = True
            self.set_mode(CompareMode.FLICKER)

    def toggle_difference(self) -> None:
        is_difference = self._mode is CompareMode.DIFFERENCE
        self.set_mode(CompareMode.SIDE_BY_SIDE if is_difference else CompareMode.DIFFERENCE)

    def set_view(self, zoom: float, center_x: float, center_y: float) -> None:
        """Show both panes at `zoom` times fit, centred on the same relative point of each picture."""
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._center = (min(max(center_x, 0.0), 1.0), min(max(center_y, 0.0), 1.0))
        self.pane_a.set_view(self._zoom, *self._center)
        self.pane_a.set_view(self._zoom, *self.pane_a.visible_center())  # clamp, so panning back is direct
        self._center = self.pane_a.center
        self.pane_b.set_view(self._zoom, *self._center)
        actual = self._actual_size_zoom()
        percent = f"{self._zoom / actual * 100:.0f}%" if actual else ""
        self.zoom_label.setText(f"Fit ({percent})" if self._zoom == 1 and percent else percent or "Fit")
        self._want_detail()

    def zoom_by(self, factor: float) -> None:
        self.pane_a.zoom_at(factor)

    def zoom_to_fit(self) -> None:
        self.set_view(1.0, 0.5, 0.5)

    def zoom_to_actual_size(self) -> None:
        """One pixel of A's original per screen pixel (B at the same displayed size)."""
        zoom = self._actual_size_zoom()
        if zoom:
            self.set_view(zoom, *self._center)

    def _actual_size_zoom(self) -> float | None:
        loaded = self._images.get(str(self.path_a))
        fit_width = self.pane_a.content_size()[0] / self.pane_a.zoom
        if not isinstance(loaded, LoadedImage) or not fit_width or not self.pane_a.has_image:
            return None
        return loaded.width / fit_width

    def request_not_duplicates(self) -> None:
        """Ask the owner to separate B from A; it may then call `remove_path`."""
        self.not_duplicates_requested.emit(self.path_b)

    def remove_path(self, path: Path) -> None:
        """Drop a file the window took out of the group; close when only A is left."""
        path = Path(path)
        if path not in self._paths or path == self.path_a:
            return
        index = self._paths.index(path)
        a_path, b_path = self.path_a, self.path_b
        self._paths.pop(index)
        if self._members is not None:
            self._members.pop(index)
        if len(self._paths) < 2:
            self.close()
            return
        self._a = self._paths.index(a_path)
        if b_path == path:
            others = [i for i in range(len(self._paths)) if i != self._a]
            self._b = next((i for i in others if i >= index), others[0])
        else:
            self._b = self._paths.index(b_path)
        self._flicker_shows_b = False
        self._show_pair()
        self.pair_changed.emit(self._a, self._b)

    def shutdown(self) -> None:
        """Stop decoding: pending results are dropped. Called on close; showing the view again resumes."""
        if self._closed:
            return
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone(5000)
        self._pending.clear()
        self._full_pending.clear()
        self._difference_pending.clear()

    def showEvent(self, event: QShowEvent) -> None:
        if self._closed:  # shown again after a close: decode what is missing
            self._closed = False
            self._show_pair()
        super().showEvent(event)

    # Keys

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent sees it; here it flickers instead.
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in tab:
            self.toggle_flicker()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Left: self.previous_b,
            Qt.Key.Key_Right: self.next_b,
            Qt.Key.Key_F: self.toggle_flicker,
            Qt.Key.Key_Space: self.toggle_flicker,
            Qt.Key.Key_D: self.toggle_difference,
            Qt.Key.Key_S: lambda: self.set_mode(CompareMode.SIDE_BY_SIDE),
            Qt.Key.Key_Plus: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Equal: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom_by(1 / ZOOM_STEP),
            Qt.Key.Key_0: self.zoom_to_fit,
            Qt.Key.Key_1: self.zoom_to_actual_size,
            Qt.Key.Key_N: self.request_not_duplicates,
        }
        if key in actions:
            actions[key]()
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # no default button: Enter does nothing here
        else:
            super().keyPressEvent(event)  # Esc closes

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # Loading and showing

    def _check_pair(self, a: int, b: int) -> None:
        if not (0 <= a < len(self._paths) and 0 <= b < len(self._paths)) or a == b:
            raise ValueError(f"no such pair ({a}, {b}) of {len(self._paths)} pictures")

    def _key(self) -> tuple[str, str]:
        return (str(self.path_a), str(self.path_b))

    def _show_pair(self) -> None:
        self._announced = None
        for path in (self.path_a, self.path_b):
            self._request(path)
        self._refresh()
        self._maybe_finish()

    def _request(self, path: Path) -> None:
        name = str(path)
        if name in self._images:
            self._images.move_to_end(name)
            return
        if name in self._pending or self._closed:
            return
        self._pending.add(name)
        self._pool.start(_LoadTask(path, self._signals))

    def _on_loaded(self, name: str, loaded: LoadedImage | None, error: str) -> None:
        self._pending.discard(name)
        if self._closed:
            return
        self._images[name] = loaded if loaded is not None else error
        current = {str(p) for p in (self.path_a, self.path_b)}
        while len(self._images) > CACHED_IMAGES:
            stale = next((k for k in self._images if k not in current), None)
            if stale is None:
                break
            del self._images[stale]
        if name in current:
            self._refresh()
            self._maybe_finish()

    def _maybe_finish(self) -> None:
        """Announce the loaded pair once, start its difference, and prefetch the next B."""
        key = self._key()
        if not self.is_loaded() or self._announced == key:
            return
        self._announced = key
        a, b = self._images[key[0]], self._images[key[1]]
        if (
            isinstance(a, LoadedImage)
            and isinstance(b, LoadedImage)
            and a.pixels is not None
            and b.pixels is not None
        ):
            if key not in self._differences and key not in self._difference_pending:
                self._difference_pending.add(key)
                self._pool.start(_DifferenceTask(key, a.pixels, b.pixels, self._signals))
        else:
            self._differences[key] = (None, None)
        others = [i for i in range(len(self._paths)) if i != self._a]
        if len(others) > 1:
            following = others[(others.index(self._b) + 1) % len(others)]
            self._request(self._paths[following])
        self.images_loaded.emit()

    def _on_differenced(
        self, key: tuple[str, str], image: QImage | None, stats: DifferenceStats | None
    ) -> None:
        self._difference_pending.discard(key)
        if self._closed:
            return
        self._differences[key] = (image, stats)
        while len(self._differences) > CACHED_IMAGES:
            del self._differences[next(iter(self._differences))]
        if key == self._key():
            self._refresh()
            self.difference_ready.emit()

    def _loaded(self, path: Path) -> LoadedImage | str | None:
        return self._images.get(str(path))

    def _want_detail(self) -> None:
        """Decode the shown files at full resolution once the zoom shows more than the reduced pixels."""
        if self._closed:
            return
        for path in self.shown_paths():
            loaded = self._loaded(path) if path is not None else None
            if not isinstance(loaded, LoadedImage) or not loaded.reduced:
                continue
            name = str(path)
            on_screen = self.pane_a.content_size()[0]  # both pictures are shown this wide
            if on_screen <= loaded.image.width() * 1.1 or name in self._full or name in self._full_pending:
                continue
            self._full_pending.add(name)
            self._pool.start(_LoadTask(Path(name), self._signals, full=True))

    def _on_loaded_full(self, name: str, loaded: LoadedImage | None) -> None:
        self._full_pending.discard(name)
        if self._closed:
            return
        self._full[name] = loaded
        shown = {str(path) for path in (self.path_a, self.path_b)}
        while len(self._full) > 2:  # full-size pictures are big: keep only the pair on screen
            stale = next((k for k in self._full if k not in shown), None)
            if stale is None:
                break
            del self._full[stale]
        if loaded is not None and Path(name) in self.shown_paths():
            self._refresh()
            self.detail_loaded.emit()

    def _show_in(self, pane: ImagePane, path: Path) -> None:
        detail = self._full.get(str(path))
        if detail is not None:
            pane.set_image(detail.image)
            return
        loaded = self._loaded(path)
        if isinstance(loaded, LoadedImage):
            pane.set_image(loaded.image)
        else:
            pane.set_image(None, "Loading…" if loaded is None else f"Cannot show this file:\n{loaded}")

    def _refresh(self) -> None:
        """Put the right pictures and labels in the panes for the current pair and mode."""
        flicker = self._mode is CompareMode.FLICKER
        self._column_b.setVisible(not flicker)
        left_is_b = flicker and self._flicker_shows_b
        self._show_in(self.pane_a, self.path_b if left_is_b else self.path_a)
        self.label_a.setText(self._describe(self._b if left_is_b else self._a, flicker=flicker))
        if self._mode is CompareMode.DIFFERENCE:
            image, stats = self.difference()
            if image is not None:
                self.pane_b.set_image(image)
            else:
                failed = self.is_loaded() and self._key() in self._differences
                message = "A picture could not be read" if failed else "Computing the difference…"
                self.pane_b.set_image(None, message)
            self.label_b.setText(self._describe_difference(stats))
        elif not flicker:
            self._show_in(self.pane_b, self.path_b)
            self.label_b.setText(self._describe(self._b))
        others = len(self._paths) - 1
        position = sorted(i for i in range(len(self._paths)) if i != self._a).index(self._b) + 1
        self.position_label.setText(f"B: {position} of {others}")
        self.previous_button.setEnabled(others > 1)
        self.next_button.setEnabled(others > 1)
        self.set_view(self._zoom, *self._center)

    def _describe(self, index: int, *, flicker: bool = False) -> str:
        path = self._paths[index]
        is_a = index == self._a
        tag = ("A · reference" if index == 0 else "A") if is_a else "B"
        colour = "#2f6fd6" if is_a else "#d67a1f"
        badge = f"<span style='background:{colour}; color:white'>&nbsp;{tag}&nbsp;</span>"
        first = f"{badge}&nbsp; <b>{_escape(_elide_middle(path.name))}</b>"
        if flicker:
            first += f"&nbsp;&nbsp; <i>flicker: F or Tab shows {'B' if is_a else 'A'}</i>"
        loaded = self._loaded(path)
        facts: list[str] = []
        if isinstance(loaded, LoadedImage):
            facts += [f"{loaded.width}{TIMES}{loaded.height}", human_size(loaded.file_size), loaded.format]
        facts.append(_escape(_elide_middle(str(path.parent), 50)))
        if self._members is not None and not is_a:
            member = self._members[index]
            facts.append(f"tier: {member.tier.value}")
            if member.score is not None:
                facts.append(f"score {member.score:.2f}")
            facts.append(f"distance {member.distance}")
        return f"{first}<br>{' · '.join(facts)}"

    def _describe_difference(self, stats: DifferenceStats | None) -> str:
        badge = f"<span style='background:#555; color:white'>&nbsp;A {MINUS} B&nbsp;</span>"
        gain = f"{TIMES.strip()}{DIFFERENCE_GAIN}"
        first = f"{badge}&nbsp; <b>Difference</b>, amplified {gain}: black where A and B agree"
        if stats is None:
            return f"{first}<br>&nbsp;"
        if stats.max_delta == 0:
            second = "No difference at all: identical pixels"
        else:
            second = (
                f"{stats.noticeable_share * 100:.1f}% of pixels differ noticeably · "
                f"largest difference {stats.max_delta} of 255"
            )
        if stats.b_resized:
            second += " · B scaled to A's size"
        return f"{first}<br>{second}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
