"""The pictures of a comparison, decoded off the GUI thread, and the difference of each pair.

`PairLoader` decodes through `core.imaging.decode_for_display` on its own
thread pool, keeps the few pictures a compare view moves between, and tells
the view what arrived. A picture is decoded for the screen first (a 12 MP JPEG
at half size, in the decoder); only when the view zooms in beyond those pixels
is it decoded again at full resolution, and that is kept for the pair on
screen only. Each decode is a `tasks.BackgroundTask`: it receives plain data and
hands back QImages, never pixmaps.

The difference is taken after lining B up with A (`alignment`): a copy turned, mirrored or
cropped is turned back and laid over A first, so only what was edited shows. A pair that does
not line up gets the plain difference, B scaled to A's size, and says so.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TypeVar

from PIL import Image, ImageChops, ImageOps
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from lookalike.core.imaging import ImageProblem, decode_for_display, unreadable_reason
from lookalike.core.models import FileEntry
from lookalike.core.opening import open_regular
from lookalike.core.reasons import Code, Reason
from lookalike.ui.alignment import Alignment, find_alignment, lay_over
from lookalike.ui.qimage import to_qimage
from lookalike.ui.tasks import BackgroundTask, CancelCheck
from lookalike.ui.wording import reason_words

log = logging.getLogger(__name__)

# For the screen, JPEGs are scaled in the decoder to at least DRAFT_SIDE on their long side (a 12 MP
# photo decodes at half size, four times faster); anything larger than MAX_SIDE is reduced to it.
DRAFT_SIDE = 1920
MAX_SIDE = 2560
# Zoomed in beyond the reduced picture's pixels, the shown files are decoded again up to this size.
FULL_SIDE = 8192
# Differences are multiplied by this much: re-encoding noise stays dark, real changes glow.
DIFFERENCE_GAIN = 4
# A pixel whose channels differ by more than this counts as "different" in the summary (JPEG noise is less).
NOTICEABLE = 24
# Where B does not reach (B is a crop of A), the difference shows A faintly, tinted this colour.
UNCOVERED_TINT = (40, 70, 160)
CACHED_IMAGES = 4  # pictures (and differences) kept: the pair on screen, the next B, one to go back to
CACHED_DETAILS = 2  # full-resolution pictures are big: only the pair on screen

Pair = tuple[str, str]  # (path A, path B)
_Cached = TypeVar("_Cached")


class Resolution(Enum):
    """How finely a picture is decoded: enough for the screen, or every pixel for zooming in deep."""

    SCREEN = "screen"
    FULL = "full"


@dataclass(frozen=True, slots=True)
class LoadedImage:
    """A picture decoded for display: upright, reduced to a screen-friendly size."""

    path: Path
    image: QImage  # what is painted
    pixels: Image.Image | None  # the same pixels (RGB or RGBA), for the difference; None at full size
    width: int  # full size as displayed, after EXIF orientation
    height: int
    file_size: int
    format: str
    found: FileEntry | None = None  # the file as it was when read: is it the one the scan saw?

    @property
    def reduced(self) -> bool:
        """Whether `image` has fewer pixels than the file: zooming in deep deserves a full decode."""
        return max(self.image.width(), self.image.height()) < max(self.width, self.height)


@dataclass(frozen=True, slots=True)
class DifferenceStats:
    """How much two pictures differ, for a one-line summary under the difference image."""

    max_delta: int  # 0..255, the largest channel difference anywhere B reaches
    noticeable_share: float  # fraction of those pixels differing by more than NOTICEABLE
    b_resized: bool  # B was scaled to A's size first
    alignment: Alignment | None = None  # how B was laid onto A; None: as it is, not lined up
    lined_up: bool = True  # False: B could not be lined up with A, the difference is of them as they are
    uncovered_share: float = 0.0  # the share of A that B does not show (B is a crop of A)


Difference = tuple[QImage | None, DifferenceStats | None]  # (None, None): a picture could not be read


def load_for_display(path: Path, resolution: Resolution = Resolution.SCREEN) -> LoadedImage:
    """Decode `path` upright for the compare view. Raises ImageProblem with a reason for a person.
    The size and identity it tells are of the file opened, whose bytes are decoded."""
    try:
        opened = os.fdopen(open_regular(path), "rb")
    except OSError as exc:
        raise ImageProblem(unreadable_reason(exc)) from None
    with opened:
        found = FileEntry.from_stat(path, os.fstat(opened.fileno()))
        if resolution is Resolution.SCREEN:
            shown = decode_for_display(opened, path.suffix, MAX_SIDE, draft_side=DRAFT_SIDE)
        else:
            shown = decode_for_display(opened, path.suffix, FULL_SIDE)
    pixels = shown.pixels if resolution is Resolution.SCREEN else None
    return LoadedImage(
        path, to_qimage(shown.pixels), pixels, shown.width, shown.height, found.size, shown.format, found
    )


def difference_image(
    a: Image.Image, b: Image.Image, gain: int = DIFFERENCE_GAIN
) -> tuple[QImage, DifferenceStats]:
    """|A - B| per channel after scaling B to A's size, amplified; all black exactly where they agree."""
    resized = b.size != a.size
    if resized:
        b = b.resize(a.size, Image.Resampling.BILINEAR)
    amplified, max_delta, noticeable = _amplified_difference(a, b, None, gain)
    return to_qimage(amplified), DifferenceStats(max_delta, noticeable, resized)


def aligned_difference(
    a: Image.Image, b: Image.Image, gain: int = DIFFERENCE_GAIN
) -> tuple[QImage, DifferenceStats]:
    """The difference of A and B lined up on A (turned, mirrored, cropped and scaled as the pixel
    check finds they match best); the plain difference_image when they do not line up. Where B
    does not reach, A shows faintly in UNCOVERED_TINT."""
    alignment = find_alignment(a, b)
    if alignment is None:
        image, stats = difference_image(a, b, gain)
        return image, replace(stats, lined_up=False)
    laid = lay_over(a, b, alignment)
    amplified, max_delta, noticeable = _amplified_difference(a, laid.picture, laid.covered, gain)
    uncovered = 0.0
    if laid.covered is not None:
        faint = ImageOps.colorize(a.convert("L").point(lambda v: 40 + v // 4), "black", UNCOVERED_TINT)
        amplified = Image.composite(amplified, faint, laid.covered)
        histogram = laid.covered.convert("L").histogram()
        uncovered = histogram[0] / max(1, a.width * a.height)
    stats = DifferenceStats(max_delta, noticeable, laid.scaled, laid.alignment, True, uncovered)
    return to_qimage(amplified), stats


def _amplified_difference(
    a: Image.Image, b: Image.Image, covered: Image.Image | None, gain: int
) -> tuple[Image.Image, int, float]:
    """|A - B| amplified by `gain`, the largest channel difference and the share of noticeably
    different pixels, both counted where `covered` is set (everywhere when None)."""
    delta = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    red, green, blue = delta.split()
    strongest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    histogram = strongest.histogram(mask=covered.convert("L") if covered is not None else None)
    counted = sum(histogram)
    max_delta = max((value for value, count in enumerate(histogram) if count), default=0)
    noticeable = sum(histogram[NOTICEABLE + 1 :]) / max(1, counted)
    amplified = delta.point([min(255, value * gain) for value in range(256)] * 3)
    return amplified, max_delta, noticeable


def _load_or_explain(
    path: Path, resolution: Resolution, _report: Callable[[None], None], _cancelled: CancelCheck
) -> LoadedImage | Reason:
    """The work of a decoding task: the picture, or why it cannot be shown."""
    try:
        return load_for_display(path, resolution)
    except ImageProblem as exc:
        log.info("cannot show %s (%s): %s", path, resolution.value, exc)
        return exc.reason


def _difference_of(
    a: Image.Image, b: Image.Image, _report: Callable[[None], None], _cancelled: CancelCheck
) -> Difference:
    """The work of a difference task."""
    return aligned_difference(a, b)


# Loaders whose view closed while they decoded, kept until they are done (PairLoader.retire).
_RETIRED: set[PairLoader] = set()
_REAP_EVERY_MS = 200
STOP_WAIT_MS = 5000  # how long stop() waits for running decodes, holding the window


class PairLoader(QObject):
    """Decodes the pictures a compare view shows, and their differences, on its own thread pool.

    The pair on screen (`set_pair`) is never dropped from the caches; others are, oldest first.
    After `stop()` pending results are ignored until `resume()`.

    Signals:
        image_loaded: a path (str) is decoded for the screen, or failed to be.
        detail_loaded: a path (str) is now also decoded at full resolution.
        difference_ready: the pair (path A, path B) whose difference is computed, or failed.

    The paths go as Python objects: Qt's text drops the bytes of a name that is not UTF-8.
    """

    image_loaded = Signal(object)
    detail_loaded = Signal(object)
    difference_ready = Signal(object)

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        # str: why it cannot be shown, in the window's language
        self._images: OrderedDict[str, LoadedImage | str] = OrderedDict()
        self._gone: set[str] = set()  # paths of the pictures not shown because the file is not there
        self._details: OrderedDict[str, LoadedImage | None] = OrderedDict()  # None: could not
        self._differences: OrderedDict[Pair, Difference] = OrderedDict()
        self._pending: set[tuple[str, Resolution]] = set()
        self._differences_pending: set[Pair] = set()
        self._pair: Pair = ("", "")
        self._stopped = False
        self._reaper: QTimer | None = None  # while retired (retire())

    # What is there

    def image(self, path: Path) -> LoadedImage | str | None:
        """The picture decoded for the screen, why it cannot be shown, or None while it loads."""
        return self._images.get(str(path))

    def gone(self, path: Path) -> bool:
        """Whether the picture could not be shown because no file is at `path` any more."""
        return str(path) in self._gone

    def best_image(self, path: Path) -> LoadedImage | str | None:
        """As `image`, but the full-resolution decode once there is one."""
        detail = self._details.get(str(path))
        return detail if detail is not None else self.image(path)

    def difference(self, pair: Pair) -> Difference | None:
        """The amplified difference of `pair` and its summary; None until computed."""
        return self._differences.get(pair)

    # Asking for more

    def set_pair(self, a: Path, b: Path) -> None:
        """The pair now on screen: decode it (if it is not yet) and keep it while it is shown."""
        self._pair = (str(a), str(b))
        self.request(a)
        self.request(b)

    def request(self, path: Path) -> None:
        """Decode `path` for the screen, unless it is decoded or decoding already."""
        name = str(path)
        if name in self._images:
            self._images.move_to_end(name)
        elif not self._stopped and (name, Resolution.SCREEN) not in self._pending:
            self._start_load(path, Resolution.SCREEN)

    def request_detail(self, path: Path, shown_width: float) -> None:
        """Decode `path` at full resolution if it is shown wider than its reduced decode has pixels."""
        name, loaded = str(path), self._images.get(str(path))
        if (
            not isinstance(loaded, LoadedImage)
            or not loaded.reduced
            or shown_width <= loaded.image.width() * 1.1
        ):
            return
        if not self._stopped and name not in self._details and (name, Resolution.FULL) not in self._pending:
            self._start_load(path, Resolution.FULL)

    def request_difference(self, pair: Pair) -> None:
        """Compute the difference of `pair` (both decoded); (None, None) at once if one cannot be read."""
        if pair in self._differences or pair in self._differences_pending or self._stopped:
            return
        a, b = self._images.get(pair[0]), self._images.get(pair[1])
        a_pixels = a.pixels if isinstance(a, LoadedImage) else None
        b_pixels = b.pixels if isinstance(b, LoadedImage) else None
        if a_pixels is None or b_pixels is None:
            self._keep_difference(pair, (None, None))
            return
        self._differences_pending.add(pair)
        task: BackgroundTask[None, Difference] = BackgroundTask(
            "difference",
            partial(_difference_of, a_pixels, b_pixels),
            on_success=partial(self._on_differenced, pair),
            on_failure=lambda _details: self._on_differenced(pair, (None, None)),  # a bug, logged
            parent=self,
        )
        task.start(self._pool)

    def stop(self) -> None:
        """Drop queued work, wait a while for running tasks, and ignore what they bring until
        `resume()`."""
        self._stopped = True
        self._pool.clear()
        self._pool.waitForDone(STOP_WAIT_MS)
        self._pending.clear()
        self._differences_pending.clear()

    def retire(self) -> None:
        """Stop, and live on apart from the view (which is being deleted) until the decodes still
        running then end (a picture can take longer than stop() waits), then go. Deleted with the
        view, its pool's deletion waited for them while holding Python's lock, which they need to
        end: the window froze for good."""
        self.stop()
        self.setParent(None)
        _RETIRED.add(self)
        self._reaper = QTimer()
        self._reaper.setInterval(_REAP_EVERY_MS)
        self._reaper.timeout.connect(self._go_when_idle)
        self._reaper.start()
        self._go_when_idle()

    def _go_when_idle(self) -> None:
        if self._pool.activeThreadCount() == 0 and self._reaper is not None:
            self._reaper.stop()
            _RETIRED.discard(self)

    def resume(self) -> None:
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _start_load(self, path: Path, resolution: Resolution) -> None:
        name = str(path)
        self._pending.add((name, resolution))
        task: BackgroundTask[None, LoadedImage | Reason | str] = BackgroundTask(
            f"decode for display ({resolution.value})",
            partial(_load_or_explain, path, resolution),
            on_success=partial(self._on_loaded, name, resolution),
            on_failure=lambda _details: self._on_loaded(
                name, resolution, self._unexpected()
            ),  # a bug, logged
            parent=self,
        )
        task.start(self._pool)

    def _unexpected(self) -> str:
        return self.tr("an unexpected error (the log has the details)")

    # Results, on the GUI thread

    def _on_loaded(self, name: str, resolution: Resolution, outcome: LoadedImage | Reason | str) -> None:
        self._pending.discard((name, resolution))
        if self._stopped:
            return
        if resolution is Resolution.SCREEN:
            self._images[name] = reason_words(outcome) if isinstance(outcome, Reason) else outcome
            if isinstance(outcome, Reason) and outcome.code is Code.NO_LONGER_THERE:
                self._gone.add(name)
            else:
                self._gone.discard(name)
            _evict(self._images, CACHED_IMAGES, self._pair)
            self.image_loaded.emit(name)
        else:
            loaded = outcome if isinstance(outcome, LoadedImage) else None
            self._details[name] = loaded
            _evict(self._details, CACHED_DETAILS, self._pair)
            if loaded is not None:
                self.detail_loaded.emit(name)

    def _on_differenced(self, pair: Pair, difference: Difference) -> None:
        self._differences_pending.discard(pair)
        if not self._stopped:
            self._keep_difference(pair, difference)
            self.difference_ready.emit(pair)

    def _keep_difference(self, pair: Pair, difference: Difference) -> None:
        self._differences[pair] = difference
        while len(self._differences) > CACHED_IMAGES:
            del self._differences[next(iter(self._differences))]


def _evict(cache: OrderedDict[str, _Cached], size: int, on_screen: Pair) -> None:
    """Drop the oldest pictures beyond `size`, never one of the pair on screen."""
    while len(cache) > size:
        stale = next((name for name in cache if name not in on_screen), None)
        if stale is None:
            break
        del cache[stale]
