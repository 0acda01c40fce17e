"""Thumbnails decoded lazily off the GUI thread, kept in an LRU cache bounded in count and bytes.

A view asks `pixmap(path, side)` while painting; a miss queues a decode and
returns None. Background tasks decode with core.imaging into a QImage (never
a QPixmap off the GUI thread); the loader turns it into a QPixmap, caches it
and announces `thumbnail_ready`. A file that cannot be shown caches why
(`problem`), so a view tells "cannot show" from "still loading". The newest
requests are decoded first and the queue is bounded, so scrolling quickly
through thousands of groups stays cheap.
`reset()` bumps a generation counter: results of older requests are dropped.
"""

from __future__ import annotations

import logging
from collections import OrderedDict, deque
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from lookalike.core.imaging import ImageProblem, decode_for_display
from lookalike.core.reasons import Code, Reason
from lookalike.ui.allocator import release_free_memory
from lookalike.ui.qimage import to_qimage
from lookalike.ui.tasks import BackgroundTask, CancelCheck

log = logging.getLogger(__name__)

ThumbKey = tuple[str, int]  # (path, longest side in pixels)
Thumbnail = QPixmap | Reason  # the picture, or why it cannot be shown
# The pixels cached at most. The 200 thumbnails that browsing many groups leaves (two thirds of
# them the grid's 240-pixel tiles) hold 24 MB with one device pixel to a pixel, about 95 MB with
# two (HiDPI screens); this still holds a screenful of tiles on either.
MAX_CACHED_BYTES = 32_000_000
# Decoding leaves free pages in the heaps of the pool's threads, among thumbnails still cached,
# which glibc keeps (30 MB after 2,000 groups of 100,000 pictures): they go back to the system
# each time the loader falls idle, and every this many thumbnails while it keeps busy (a trim
# takes about 3 ms).
TRIM_EVERY = 32


def pixel_bytes(thumbnail: Thumbnail | None) -> int:
    """The memory a cached thumbnail's pixels take."""
    if not isinstance(thumbnail, QPixmap):
        return 0
    return thumbnail.width() * thumbnail.height() * thumbnail.depth() // 8


def decode_thumbnail(path: Path, side: int) -> QImage:
    """Decode `path` upright with its longest side at most `side`. Raises ImageProblem with a reason
    for a person when it cannot be shown."""
    return to_qimage(decode_for_display(path, path.suffix, side).pixels)


def _decode_for_tile(
    path: Path, side: int, scale: float, _report: Callable[[None], None], _cancelled: CancelCheck
) -> QImage | Reason:
    """The work of a thumbnail task: `side` logical pixels, `scale` device pixels each, or why the
    file cannot be shown."""
    try:
        image = decode_thumbnail(path, round(side * scale))
    except ImageProblem as exc:
        log.info("no thumbnail for %s: %s", path, exc)
        return exc.reason
    image.setDevicePixelRatio(scale)
    return image


def _unexpected(details: str) -> Reason:
    """Why a thumbnail task failed with a bug (logged with its traceback): the exception's last line."""
    last = details.strip().splitlines()[-1] if details.strip() else "Exception"
    error, _, detail = last.partition(": ")
    return Code.UNEXPECTED_FAILURE(error=error, detail=detail)


class ThumbnailLoader(QObject):
    """Lazily decoded, LRU-cached thumbnails: at most `max_cached` of them and `max_bytes` of pixels.

    Signals:
        thumbnail_ready: the path (str) and side whose thumbnail is now cached. (The path goes as a
            Python object: Qt's text drops the bytes of a name that is not UTF-8.)
    """

    thumbnail_ready = Signal(object, int)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_cached: int = 200,
        max_bytes: int = MAX_CACHED_BYTES,
        max_queued: int = 200,
        threads: int = 2,
        scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.scale = max(1.0, scale)  # device pixels per logical pixel: sharp thumbnails on HiDPI screens
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._cache: OrderedDict[ThumbKey, Thumbnail] = OrderedDict()
        self._queue: deque[ThumbKey] = deque()
        self._queued: set[ThumbKey] = set()
        self._running: set[ThumbKey] = set()
        self._max_cached = max_cached
        self._max_bytes = max_bytes
        self._cached_bytes = 0
        self._decoded_since_trim = 0
        self._max_queued = max_queued
        self._in_flight = threads * 2
        self.generation = 0

    def pixmap(self, path: Path, side: int) -> QPixmap | None:
        """The cached thumbnail, or None after queueing a decode (None also for a file that cannot be
        shown: `problem` says why)."""
        key = (str(path), side)
        if key in self._cache:
            self._cache.move_to_end(key)
            cached = self._cache[key]
            return cached if isinstance(cached, QPixmap) else None
        if key not in self._queued and key not in self._running:
            self._queue.append(key)
            self._queued.add(key)
            while len(self._queue) > self._max_queued:
                self._queued.discard(self._queue.popleft())  # the oldest request scrolled out of view
        self._start_more()
        return None

    def is_loaded(self, path: Path, side: int) -> bool:
        """Whether the thumbnail is decoded, or found impossible to make."""
        return (str(path), side) in self._cache

    def problem(self, path: Path, side: int) -> Reason | None:
        """Why the thumbnail of `path` cannot be made; None while it loads, or once it is made."""
        cached = self._cache.get((str(path), side))
        return cached if isinstance(cached, Reason) else None

    @property
    def idle(self) -> bool:
        return not self._queue and not self._running

    def reset(self) -> None:
        """Forget queued requests and ignore the results of running ones (the cache stays valid)."""
        self.generation += 1
        self._queue.clear()
        self._queued.clear()
        self._running.clear()

    def forget(self, paths: set[Path]) -> None:
        """Drop cached thumbnails of files that are gone or changed."""
        names = {str(p) for p in paths}
        for key in [k for k in self._cache if k[0] in names]:
            self._cached_bytes -= pixel_bytes(self._cache.pop(key))

    def shutdown(self, timeout_ms: int = 3000) -> None:
        self.reset()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _start_more(self) -> None:
        while self._queue and len(self._running) < self._in_flight:
            key = self._queue.pop()  # newest first: what the person is looking at now
            self._queued.discard(key)
            self._running.add(key)
            self._start_decode(key)

    def _start_decode(self, key: ThumbKey) -> None:
        generation = self.generation
        task: BackgroundTask[None, QImage | Reason] = BackgroundTask(
            "thumbnail",
            partial(_decode_for_tile, Path(key[0]), key[1], self.scale),
            on_success=partial(self._on_decoded, generation, key),
            # A bug, logged with its traceback: the tile says what failed.
            on_failure=lambda details: self._on_decoded(generation, key, _unexpected(details)),
            parent=self,
        )
        task.start(self._pool)

    def _on_decoded(self, generation: int, key: ThumbKey, image: QImage | Reason) -> None:
        if generation != self.generation:
            self._start_more()
            return
        self._running.discard(key)
        self._cached_bytes -= pixel_bytes(self._cache.pop(key, None))
        thumbnail: Thumbnail
        if isinstance(image, Reason):
            thumbnail = image
        elif image.isNull():  # Qt could not allocate the pixels
            thumbnail = Code.OUT_OF_MEMORY()
        else:
            thumbnail = QPixmap.fromImage(image)
        self._cache[key] = thumbnail
        self._cached_bytes += pixel_bytes(thumbnail)
        while len(self._cache) > self._max_cached or (
            self._cached_bytes > self._max_bytes and len(self._cache) > 1
        ):
            self._cached_bytes -= pixel_bytes(self._cache.popitem(last=False)[1])
        self._start_more()
        self._decoded_since_trim += 1
        if self.idle or self._decoded_since_trim >= TRIM_EVERY:
            release_free_memory()
            self._decoded_since_trim = 0
        self.thumbnail_ready.emit(*key)
