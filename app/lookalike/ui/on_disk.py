"""Whether a file is still the one a scan saw, told from its status alone (no reading, no hashing).

The grid and the compare view show what is on disk now; what they say about a file (an exact copy,
its size, how it matched) is what the scan saw. When the two part, they must say so: a file gone
since the scan, or changed (another size or modification time, or another file moved over its
name), is named as such instead of being described by the scan's claims.
"""

from __future__ import annotations

import os
import queue
import stat
import threading
import time
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lookalike.core.models import FileEntry
from lookalike.core.opening import IDENTITIES_COMPARED


class OnDisk(Enum):
    """What became of a scanned file."""

    AS_SCANNED = "as scanned"
    CHANGED = "changed"  # another size, modification time or file at its path
    GONE = "gone"  # moved or deleted


def same_file(scanned: FileEntry, now: FileEntry | os.stat_result) -> bool:
    """Whether `now` (a file's status, or an entry made of one) is the file `scanned` recorded: the
    same size, the same modification time where the record has one (a result saved by version 1
    has none: 0), and, where both have one, the same inode on the same device (compared where
    opening.IDENTITIES_COMPARED)."""
    if isinstance(now, os.stat_result):
        now = FileEntry.from_stat(scanned.path, now)
    if now.size != scanned.size or (scanned.mtime_ns and now.mtime_ns != scanned.mtime_ns):
        return False
    if IDENTITIES_COMPARED and scanned.inode and now.inode:
        return (now.device, now.inode) == (scanned.device, scanned.inode)
    return True


def look(scanned: FileEntry) -> tuple[OnDisk, FileEntry]:
    """What became of `scanned`, with the entry of what is at its path now (`scanned` itself when
    it is unchanged, or gone). One stat of the path, links followed as the scan followed them."""
    try:
        st = os.stat(scanned.path)
    except (FileNotFoundError, NotADirectoryError):
        return OnDisk.GONE, scanned
    except OSError:  # no permission to look, say: loading the picture tells why it cannot be shown
        return OnDisk.AS_SCANNED, scanned
    if not stat.S_ISREG(st.st_mode) or not same_file(scanned, st):
        return OnDisk.CHANGED, FileEntry.from_stat(scanned.path, st)
    return OnDisk.AS_SCANNED, scanned


def found_now(path: Path) -> FileEntry:
    """The entry of the file at `path` as it is now (raises OSError when there is none)."""
    return FileEntry.from_stat(path, os.stat(path))


class DiskLooker(QObject):
    """look() of the files asked for, one after the other on a thread of its own: a look at a file on
    a network drive that stopped answering waits there, never on the window's thread (the grid looks
    at each tile's file as it is painted).

    Signals:
        looked: (the FileEntry asked about, the asker's generation, OnDisk, the entry now) for each
            file asked for, on the window's thread; done() takes it off the files pending.
    """

    looked = Signal(object, int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked: queue.SimpleQueue[tuple[FileEntry, int]] = queue.SimpleQueue()
        self._pending: set[tuple[str, int]] = set()
        self._thread: threading.Thread | None = None

    def ask(self, scanned: FileEntry, generation: int) -> None:
        """Look at `scanned`'s file soon: once for each `generation` (the asker's, as it shows other
        files: an answer to an earlier one is of what it no longer shows) until done()."""
        key = (str(scanned.path), generation)
        if key in self._pending:
            return
        self._pending.add(key)
        self._asked.put((scanned, generation))
        if self._thread is None:  # a daemon: one that waits on a dead drive never holds the app open
            self._thread = threading.Thread(target=self._look_at_each, name="disk-looks", daemon=True)
            self._thread.start()

    def done(self, scanned: FileEntry, generation: int) -> None:
        self._pending.discard((str(scanned.path), generation))

    def pending(self) -> bool:
        """Whether a file asked for has no answer yet."""
        return bool(self._pending)

    def _look_at_each(self) -> None:
        while True:
            scanned, generation = self._asked.get()
            state, now = look(scanned)
            try:
                self.looked.emit(scanned, generation, state, now)
            except RuntimeError:  # the window that asked is gone
                return


class FilesNow(QObject):
    """What became of scanned files since the scan, by path, as last looked at: a file is looked at
    (a DiskLooker, off the window's thread) when it is first asked about, and again when asked with
    `again_after` once that many seconds have passed since. A view asks as it paints, so only the
    files it shows are looked at (not the 2,000 copies of a group, nor 50,000 groups at once).

    Signals:
        seen: (the FileEntry asked about, OnDisk, the entry now, whether that differs from what was
            known of it) for each answer to a look asked since the last forget(), on the window's
            thread.
    """

    seen = Signal(object, object, object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, tuple[OnDisk, FileEntry]] = {}
        self._asked_at: dict[str, float] = {}  # time.monotonic() of each path's last look asked for
        self._generation = 0  # a new number at each forget(): answers to looks asked before are dropped
        self._looker = DiskLooker(self)
        self._looker.looked.connect(self._on_looked)

    def forget(self) -> None:
        """Forget every file: the asker shows others now (each is looked at when first asked about)."""
        self._known, self._asked_at = {}, {}
        self._generation += 1

    def state(
        self, scanned: FileEntry, *, again_after: float | None = None
    ) -> tuple[OnDisk, FileEntry] | None:
        """What became of `scanned`'s file, and the entry of what is at its path now, as last seen;
        None until its first look answers."""
        name, now = str(scanned.path), time.monotonic()
        asked = self._asked_at.get(name)
        if asked is None or (again_after is not None and now - asked >= again_after):
            self._asked_at[name] = now
            self._looker.ask(scanned, self._generation)
        return self._known.get(name)

    def settled(self) -> bool:
        """Whether every look asked for has answered."""
        return not self._looker.pending()

    def _on_looked(self, scanned: FileEntry, generation: int, state: OnDisk, file: FileEntry) -> None:
        self._looker.done(scanned, generation)
        if generation != self._generation:  # asked before the asker moved on to other files
            return
        name = str(scanned.path)
        before = self._known.get(name)
        self._known[name] = (state, file)
        self.seen.emit(scanned, state, file, before != (state, file))
