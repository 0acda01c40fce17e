"""Thumbnails decoded lazily off the GUI thread, kept in an LRU cache bounded in count and bytes.

A view asks `pixmap(file, side)` while painting, `file` the FileEntry of the file as the scan
saw it (or as it is now, when it changed since); a miss queues a decode and returns None.
What is remembered is keyed by that identity (path, size, modification time, device and
inode), never by the path alone: a file replaced by another picture under its name is another
key, so a new scan never shows a picture it did not see. The decode opens the file and checks it
is still that one before and after reading it; a file that is not says so (`problem`) instead
of lending its picture to the key. Background tasks decode with core.imaging into a QImage (never
a QPixmap off the GUI thread); the loader turns it into a QPixmap, caches it
and announces `thumbnail_ready`. A file that cannot be shown caches why
(`problem`), so a view tells "cannot show" from "still loading". The newest
requests are decoded first and the queue is bounded, so scrolling quickly
through thousands of groups stays cheap.
`reset()` bumps a generation counter: results of older requests are dropped.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from lookalike.core.imaging import ImageProblem, decode_for_display, unreadable_reason
from lookalike.core.models import FileEntry
from lookalike.core.opening import open_regular
from lookalike.core.reasons import Code, Reason
from lookalike.ui.allocator import release_free_memory
from lookalike.ui.on_disk import same_file
from lookalike.ui.qimage import to_qimage
from lookalike.ui.tasks import BackgroundTask, CancelCheck

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ThumbKey:
    """A thumbnail's file, by its identity (the FileEntry it was asked for), and its longest side."""

    path: str
    size: int
    mtime_ns: int
    device: int
    inode: int  # 0: not known
    side: int  # pixels

    @classmethod
    def of(cls, file: FileEntry, side: int) -> ThumbKey:
        return cls(str(file.path), file.size, file.mtime_ns, file.device, file.inode, side)

    @property
    def file(self) -> FileEntry:
        return FileEntry(Path(self.path), self.size, self.mtime_ns, device=self.device, inode=self.inode)


@dataclass(frozen=True, slots=True)
class PictureFacts:
    """What a decode learnt of the picture: its size as displayed (EXIF orientation applied), format."""

    width: int
    height: int
    format: str


@dataclass(frozen=True, slots=True)
class Shown:
    """A cached thumbnail and the facts of the picture it shows."""

    pixmap: QPixmap
    facts: PictureFacts


Thumbnail = Shown | Reason  # the picture, or why it cannot be shown
# The pixels cached at most. The 200 thumbnails that browsing many groups leaves (two thirds of
# them the grid's 240-pixel tiles) hold 24 MB with one device pixel to a pixel, about 95 MB with
# two (HiDPI screens); this still holds a screenful of tiles on either.
MAX_CACHED_BYTES = 32_000_000
# Decoding leaves free pages in the heaps of the pool's threads, among thumbnails still cached,
# which glibc keeps (30 MB after 2,000 groups of 100,000 pictures): they go back to the system
# each time the loader falls idle, and every this many thumbnails while it keeps busy (a trim
# takes about 3 ms).
TRIM_EVERY = 32


def pixel_bytes(thumbnail: Thumbnail | QPixmap | None) -> int:
    """The memory a cached thumbnail's pixels take."""
    if isinstance(thumbnail, Shown):
        thumbnail = thumbnail.pixmap
    if not isinstance(thumbnail, QPixmap):
        return 0
    return thumbnail.width() * thumbnail.height() * thumbnail.depth() // 8


def decode_thumbnail(path: Path, side: int) -> QImage:
    """Decode `path` upright with its longest side at most `side`. Raises ImageProblem with a reason
    for a person when it cannot be shown."""
    return to_qimage(decode_for_display(path, path.suffix, side).pixels)


def _decode_for_tile(
    key: ThumbKey, scale: float, _report: Callable[[None], None], _cancelled: CancelCheck
) -> tuple[QImage, PictureFacts] | Reason:
    """The work of a thumbnail task: `key.side` logical pixels, `scale` device pixels each, and the
    picture's facts; or why the file cannot be shown, which is also when it is no longer the file
    `key` names (checked on the file opened, before and after it is read)."""
    path = Path(key.path)
    try:
        opened = os.fdopen(open_regular(path), "rb")
    except OSError as exc:
        log.info("no thumbnail for %s: %s", path, exc)
        return unreadable_reason(exc)
    with opened:
        if not same_file(key.file, os.fstat(opened.fileno())):
            return _changed(path)
        try:
            shown = decode_for_display(opened, path.suffix, round(key.side * scale))
        except ImageProblem as exc:
            log.info("no thumbnail for %s: %s", path, exc)
            return exc.reason
        if not same_file(key.file, os.fstat(opened.fileno())):  # written to while it was read
            return _changed(path)
    image = to_qimage(shown.pixels)
    image.setDevicePixelRatio(scale)
    return image, PictureFacts(shown.width, shown.height, shown.format)


def _changed(path: Path) -> Reason:
    log.info("no thumbnail for %s: not the file it was asked for any more", path)
    return Code.CHANGED_OR_REPLACED(who=Code.THE_FILE())


def _unexpected(details: str) -> Reason:
    """Why a thumbnail task failed with a bug (logged with its traceback): the exception's last line."""
    last = details.strip().splitlines()[-1] if details.strip() else "Exception"
    error, _, detail = last.partition(": ")
    return Code.UNEXPECTED_FAILURE(error=error, detail=detail)


class ThumbnailLoader(QObject):
    """Lazily decoded, LRU-cached thumbnails: at most `max_cached` of them and `max_bytes` of pixels.

    Signals:
        thumbnail_ready: the path (str) and side whose thumbnail is now cached (of one of the
            identities asked for at that path). (The path goes as a Python object: Qt's text drops
            the bytes of a name that is not UTF-8.)
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

    def pixmap(self, file: FileEntry, side: int) -> QPixmap | None:
        """The cached thumbnail of `file` (as that entry identifies it), or None after queueing a
        decode (None also for a file that cannot be shown: `problem` says why)."""
        key = ThumbKey.of(file, side)
        if key in self._cache:
            self._cache.move_to_end(key)
            cached = self._cache[key]
            return cached.pixmap if isinstance(cached, Shown) else None
        if key not in self._queued and key not in self._running:
            self._queue.append(key)
            self._queued.add(key)
            while len(self._queue) > self._max_queued:
                self._queued.discard(self._queue.popleft())  # the oldest request scrolled out of view
        self._start_more()
        return None

    def is_loaded(self, file: FileEntry, side: int) -> bool:
        """Whether the thumbnail is decoded, or found impossible to make."""
        return ThumbKey.of(file, side) in self._cache

    def problem(self, file: FileEntry, side: int) -> Reason | None:
        """Why the thumbnail of `file` cannot be made; None while it loads, or once it is made."""
        cached = self._cache.get(ThumbKey.of(file, side))
        return cached if isinstance(cached, Reason) else None

    def facts(self, file: FileEntry, side: int) -> PictureFacts | None:
        """What the decode of `file`'s thumbnail learnt of its picture; None until it is made."""
        cached = self._cache.get(ThumbKey.of(file, side))
        return cached.facts if isinstance(cached, Shown) else None

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
        for key in [k for k in self._cache if k.path in names]:
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
        task: BackgroundTask[None, tuple[QImage, PictureFacts] | Reason] = BackgroundTask(
            "thumbnail",
            partial(_decode_for_tile, key, self.scale),
            on_success=partial(self._on_decoded, generation, key),
            # A bug, logged with its traceback: the tile says what failed.
            on_failure=lambda details: self._on_decoded(generation, key, _unexpected(details)),
            parent=self,
        )
        task.start(self._pool)

    def _on_decoded(
        self, generation: int, key: ThumbKey, decoded: tuple[QImage, PictureFacts] | Reason
    ) -> None:
        if generation != self.generation:
            self._start_more()
            return
        self._running.discard(key)
        self._cached_bytes -= pixel_bytes(self._cache.pop(key, None))
        thumbnail: Thumbnail
        if isinstance(decoded, Reason):
            thumbnail = decoded
        elif decoded[0].isNull():  # Qt could not allocate the pixels
            thumbnail = Code.OUT_OF_MEMORY()
        else:
            thumbnail = Shown(QPixmap.fromImage(decoded[0]), decoded[1])
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
        self.thumbnail_ready.emit(key.path, key.side)
