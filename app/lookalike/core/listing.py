"""Listing folders and stat-ing their entries in a process of its own, beside discovery (Linux).

Finding 101,000 files took 0.45 s, half of it the system calls that stat each file (2.3 us each
in a VM). Threads cannot share those out: each call gives up Python's lock and then waits to get it
back (two threads took 0.39 s, one 0.26 s). A helper process can: the program itself
(`lookalike _list-folders`) lists folders discovery will come to and stats their entries, answering
a folder's names and their statuses as columns of numbers, while discovery works through the
folders before them. What discovery makes of each entry (its kind, hidden names, extensions, sizes,
hard links) is decided in the scan as it decides it for a folder it lists itself; no object is made
of an entry the helper answered (1.6 us each when one was). A folder the helper could not list or
stat whole, one with more entries than it answers at once, one with a symbolic link in it, one it
has not answered by the time discovery comes to it, one that is no longer the folder it listed
(moved away, another in its place), and every folder after it failed, are listed by the scan
itself, their problems reported as before: discovery never waits for the helper.

Only on Linux, and only without exclude patterns: elsewhere discovery lists every folder itself.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import pickle
import queue
import signal
import subprocess
import threading
from array import array
from dataclasses import dataclass
from typing import IO

from lookalike.core.readers import (
    FRAME,
    READY_SECONDS,
    FrameWriter,
    ReaderFailed,
    program_command,
    read_frames,
    standard_stream,
    start_program,
)

log = logging.getLogger(__name__)

COMMAND = "_list-folders"  # the helper's command line argument (see cli.main)
# A helper is started once discovery has found this many files by itself: a smaller tree is found
# before it would be ready (the program takes about 0.1 s to start, the frozen one longer).
HELPER_FROM = 2_000
# Folders asked for ahead of discovery: enough to keep the helper busy while discovery works
# through those it answered.
AHEAD = 8
# Discovery lists one folder in this many itself, and takes the helper's answers for the others
# (if they have come by then): the helper lists and stats a folder of a thousand small pictures in
# about 3 ms, discovery in 4 by itself and in 0.6 over a folder the helper answered. Measured on
# 101,000 small pictures in 92 folders: one in two kept took 0.44-0.46 s in a rescan, one in three
# 0.41-0.45 s (the helper answered 45 of the 61 folders it was asked for).
KEPT_EVERY = 3
# A folder with more entries is left to discovery, which hands its files on a few thousand at a time
# (the count of files found keeps growing while it is listed).
ENTRIES_MOST = 20_000
# Whether discovery waits for the answer of each folder the helper was asked for, rather than list
# it itself when it has not come yet (the tests of what discovery makes of the answers, whose few
# folders it would reach before the helper answers).
WAITED_FOR = False
_LISTED, _NOT_LISTED = _KINDS = b"a", b"n"
_LARGEST_ANSWER = 1 << 26
# Each entry's own status as the helper passes it on: the unsigned fields, then the signed ones.
_UNSIGNED = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_size")
_SIGNED = ("st_mtime_ns", "st_ctime_ns")


@dataclass(frozen=True, slots=True)
class Listed:
    """A folder's entries as the helper answered: the folder's own (device, inode) as it listed
    it, their names in name order, and each field of their own statuses (a link's, not its
    target's) in the same order; none is a link."""

    folder: tuple[int, int]
    names: list[str]
    modes: array[int]
    inodes: array[int]
    devices: array[int]
    links: array[int]
    sizes: array[int]
    mtimes: array[int]
    ctimes: array[int]


def listed_of(folder: tuple[int, int], names: list[str], unsigned: bytes, signed: bytes) -> Listed | None:
    """The entries an answer gives, or None when they are none: a folder's identity that is not
    two numbers, a name that is no name in a folder (empty, "." or "..", with a separator or a
    NUL), fields not one for each name."""
    if not isinstance(names, list) or not (
        isinstance(folder, tuple) and len(folder) == 2 and all(type(number) is int for number in folder)
    ):
        return None
    joined = "\0" + "\0".join(names) + "\0" if names else ""  # TypeError for what is no text
    if names and (
        joined.count("\0") != len(names) + 1
        or "\0\0" in joined
        or "\0.\0" in joined
        or "\0..\0" in joined
        or os.sep in joined
        or (os.altsep is not None and os.altsep in joined)
    ):
        return None
    numbers, times = array("Q"), array("q")
    numbers.frombytes(unsigned)
    times.frombytes(signed)
    if len(numbers) != len(_UNSIGNED) * len(names) or len(times) != len(_SIGNED) * len(names):
        return None
    each, timed = len(_UNSIGNED), len(_SIGNED)
    return Listed(
        folder, names, *(numbers[at::each] for at in range(each)), *(times[at::timed] for at in range(timed))
    )


class Lister:
    """The helper, from the scan's side: ask() it for folders in the order discovery will come to
    them; listed() gives a folder's entries when it has answered for it, else None (the scan lists
    it itself). Any failure of the helper makes listed() give None from then on."""

    def __init__(self, command: list[str] | None = None) -> None:
        try:
            self._child = start_program(command or program_command(COMMAND))
        except OSError as exc:
            raise ReaderFailed(f"could not start: {exc}") from exc
        assert self._child.stdin is not None and self._child.stdout is not None
        self._to: IO[bytes] = self._child.stdin
        self._from: IO[bytes] = self._child.stdout
        self._frames: queue.SimpleQueue[tuple[bytes, bytes] | None] = queue.SimpleQueue()
        threading.Thread(
            target=read_frames,
            args=(self._from, self._frames, _KINDS, _LARGEST_ANSWER, "the helper listing folders"),
            name="lister-answers",
            daemon=True,
        ).start()
        self._asked: collections.deque[str] = collections.deque()  # not answered yet, in order
        self._waiting: set[str] = set()  # asked, and discovery has not come to them yet
        self._answered: dict[str, tuple[bytes, bytes]] = {}  # of those, by folder
        self._failed = False

    def ask(self, folder: str) -> bool:
        """Have the helper list `folder` (its path's text); whether it was asked (not when it was
        already, it has AHEAD folders to answer still, or it failed)."""
        self._take_answers()
        if self._failed or folder in self._waiting or len(self._asked) >= AHEAD:
            return False
        try:
            request = os.fsencode(folder)
            self._to.write(FRAME.pack(b"f", len(request)) + request)
            self._to.flush()
        except (OSError, ValueError) as exc:
            self._fail(f"did not take a folder: {exc}")
            return False
        self._asked.append(folder)
        self._waiting.add(folder)
        return True

    def listed(self, folder: str) -> Listed | None:
        """The entries of `folder` (its path's text) as the helper answered, else None (the scan
        lists it itself): when it was not asked, failed, could not list the folder or found a link
        in it, or has not answered yet (its answer is then dropped when it comes)."""
        self._take_answers(until=folder if WAITED_FOR and folder in self._waiting else None)
        if self._failed or folder not in self._waiting:
            return None
        self._waiting.discard(folder)
        frame = self._answered.pop(folder, None)
        if frame is None or frame[0] != _LISTED:
            return None
        try:
            listed = listed_of(*pickle.loads(frame[1]))
        except Exception as exc:  # an answer that is none: the helper is not asked again
            self._fail(f"answered with something that is none ({type(exc).__name__})")
            return None
        if listed is None:
            self._fail("answered with statuses that are not one for each name")
        return listed

    def _take_answers(self, until: str | None = None) -> None:
        """Keep the answers that have come, for the folders discovery has not come to yet; with
        `until`, waiting for that folder's (see WAITED_FOR)."""
        while self._asked and until not in self._answered and not self._failed:
            try:
                frame = self._frames.get(timeout=READY_SECONDS) if until else self._frames.get_nowait()
            except queue.Empty:
                return
            asked = self._asked.popleft()
            if frame is None:
                self._fail("ended")
                return
            if asked in self._waiting:
                self._answered[asked] = frame

    def _fail(self, why: str) -> None:
        if not self._failed:
            log.warning("Finding the files without the helper listing folders: it %s", why)
        self.end()

    def end(self) -> None:
        self._failed = True
        self._asked.clear()
        self._waiting.clear()
        self._answered.clear()
        if self._child.poll() is None:
            with contextlib.suppress(OSError):
                self._child.kill()
        try:
            self._child.wait(timeout=1)
        except subprocess.TimeoutExpired:  # a helper stuck in a hung drive: the scan goes on
            return
        for stream in (self._to, self._from):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


def serve(source: IO[bytes] | None = None, sink: IO[bytes] | None = None) -> int:
    """The helper: list each folder the scan names on `source` (standard input) and answer its
    entries' names and own statuses on `sink` (standard output), in the order asked, until the end
    of its input."""
    source = source or standard_stream(0, "stdin")
    frames = FrameWriter(sink or standard_stream(1, "stdout"))
    with contextlib.suppress(ValueError):  # not the main thread (a test): its signals are not its own
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the scan ends it: Ctrl+C reaches the scan
    with frames.forwarding_logs():
        try:
            while len(header := source.read(FRAME.size)) == FRAME.size:
                _, size = FRAME.unpack(header)
                folder = os.fsdecode(source.read(size))
                answer = _listing(folder)
                frames.write(*((_LISTED, answer) if answer is not None else (_NOT_LISTED, b"")))
            return 0
        except (BrokenPipeError, OSError, ValueError):  # the scan ended it
            return 1
        except Exception:  # the scan lists the rest itself; a windowed build would show a dialog
            log.exception("The helper listing folders failed")
            return 1


def _listing(folder: str) -> bytes | None:
    """The answer for `folder`: its entries' names in name order and their own statuses, or None
    when it cannot be listed or an entry stat-ed (the scan then lists it itself and says why), an
    entry is a symbolic link, or it has more than ENTRIES_MOST entries."""
    try:
        opened = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    try:
        with os.scandir(opened) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        if len(entries) > ENTRIES_MOST:
            return None
        numbers, times = array("Q"), array("q")
        for entry in entries:
            if entry.is_symlink():
                return None
            status = entry.stat(follow_symlinks=False)
            numbers.extend((status.st_mode, status.st_ino, status.st_dev, status.st_nlink, status.st_size))
            times.extend((status.st_mtime_ns, status.st_ctime_ns))
        names = [entry.name for entry in entries]
        itself = os.fstat(opened)  # the folder listed: discovery takes the answer only for it
        answer = ((itself.st_dev, itself.st_ino), names, numbers.tobytes(), times.tobytes())
        return pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, OverflowError):
        return None
    finally:
        os.close(opened)
