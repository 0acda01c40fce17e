"""Whether a file is still the one a scan saw, told from its status alone (no reading, no hashing);
whether a folder listed is there; and the looks that tell, off the window's thread.

The grid and the compare view show what is on disk now; what they say about a file (an exact copy,
its size, how it matched) is what the scan saw. When the two part, they must say so: a file gone
since the scan, or changed (another size or modification time, or another file moved over its
name), is named as such instead of being described by the scan's claims.

Each look is one stat, and a stat of a path on a network drive that stopped answering waits as long
as the drive does: the window asks a Looker, and shows the answer when it comes.
"""

from __future__ import annotations

import collections
import logging
import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from lookalike.core.models import FileEntry
from lookalike.core.opening import IDENTITIES_COMPARED

log = logging.getLogger(__name__)


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


class Looker(QObject):
    """A look (a stat or two) at each thing asked for, run on threads of their own: a look at a
    network drive that stopped answering waits there, never on the window's thread. Looks of one lane
    run one after the other; each lane has a thread while it has looks to run, so a drive that holds
    one lane holds no other.

    Signals:
        looked: (the thing asked about, the asker's generation, what the look found) for each look
            asked for, on the window's thread; done() takes it off the looks pending.
    """

    looked = Signal(object, int, object)

    def __init__(
        self,
        look_at: Callable[[Any], object],
        key: Callable[[Any], str],
        *,
        lane: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`key` names a thing asked for (a look at it once for each generation); `lane` names the
        lane its look runs in (None: one lane for all)."""
        super().__init__(parent)
        self._look_at, self._key, self._lane = look_at, key, lane
        self._lock = threading.Lock()  # over _lanes, which the lanes' threads share
        # Of each lane whose thread runs: the looks it has yet to run (the lane ends with them).
        self._lanes: dict[str, collections.deque[tuple[Any, int]]] = {}
        self._pending: set[tuple[str, int]] = set()
        # The lanes' threads answer through an object no one deletes, never through this one: its
        # parent may delete it (a window closing) just as a thread emits, and a signal emitted on a
        # deleted object crashed the process (a segmentation fault), where no error can be caught.
        self._answers = _Answers()
        _ANSWERS_KEPT.append(self._answers)
        self._answers.looked.connect(self.looked)  # queued: delivered here, or dropped once deleted

    def ask(self, thing: Any, generation: int) -> None:
        """Look at `thing` soon: once for each `generation` (the asker's, as it shows other things: an
        answer to an earlier one is of what it no longer shows) until done()."""
        key = self._key(thing)
        if (key, generation) in self._pending:
            return
        self._pending.add((key, generation))
        lane = self._lane(thing) if self._lane is not None else ""
        with self._lock:
            waiting = self._lanes.get(lane)
            if waiting is not None:  # its thread takes it next
                waiting.append((thing, generation))
                return
            self._lanes[lane] = collections.deque([(thing, generation)])
        # A daemon: one that waits on a dead drive never holds the app open. It holds nothing of this
        # object's Qt side (see _answers).
        lanes = _Lanes(self._lock, self._lanes, self._look_at, self._answers)
        threading.Thread(target=lanes.run, args=(lane,), name="disk-looks", daemon=True).start()

    def done(self, thing: Any, generation: int) -> None:
        self._pending.discard((self._key(thing), generation))

    def pending(self) -> bool:
        """Whether a look asked for has no answer yet."""
        return bool(self._pending)


class _Answers(QObject):
    """Where a Looker's threads hand their answers (Looker._answers)."""

    looked = Signal(object, int, object)


# Every Looker's _Answers, for as long as the app runs: one the last thread to hold it let go of would
# be deleted on that thread, not the window's, which owns it. A few per window, a few bytes each.
_ANSWERS_KEPT: list[_Answers] = []


@dataclass(frozen=True)
class _Lanes:
    """What a Looker's lane threads share with it: its lanes and the lock over them, its look, and
    where the answers go."""

    lock: threading.Lock
    lanes: dict[str, collections.deque[tuple[Any, int]]]
    look_at: Callable[[Any], object]
    answers: _Answers

    def run(self, lane: str) -> None:
        """Run the looks of `lane` one after the other, until it has none left."""
        while True:
            with self.lock:
                waiting = self.lanes[lane]
                if not waiting:
                    del self.lanes[lane]
                    return
                thing, generation = waiting.popleft()
            self.answers.looked.emit(thing, generation, self.look_at(thing))


class DiskLooker(Looker):
    """look() of the scanned files asked for off the window's thread (the grid looks at each tile's
    file as it is painted); each answer is (OnDisk, the entry now). The files of one folder are
    looked at one after the other, each folder in a lane of its own: a file on a drive that stopped
    answering holds the looks at no file on another (the pictures here beside it show meanwhile)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(look, _path_of, lane=_folder_of, parent=parent)


def _path_of(scanned: FileEntry) -> str:
    return str(scanned.path)


def _folder_of(scanned: FileEntry) -> str:
    return str(scanned.path.parent)


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

    def _on_looked(self, scanned: FileEntry, generation: int, found: tuple[OnDisk, FileEntry]) -> None:
        self._looker.done(scanned, generation)
        if generation != self._generation:  # asked before the asker moved on to other files
            return
        name = str(scanned.path)
        before = self._known.get(name)
        self._known[name] = found
        self.seen.emit(scanned, *found, before != found)


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder; False when it cannot be looked at (a folder above it is shut)."""
    try:
        return path.is_dir()
    except OSError as exc:  # EACCES and the like pass through is_dir
        log.warning("cannot look at %s: %s", path, exc)
        return False


class FolderLooker(Looker):
    """is_folder() of the folders asked for off the window's thread, each in a lane of its own: a
    folder on a drive that stopped answering holds the answers of no other folder."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(is_folder, str, lane=str, parent=parent)
