"""Reading pictures in processes of their own beside the scan's threads.

Decoding a photo lets go of Python's lock, so the scan's threads read photos on every core; but
a small picture is mostly Python (its hashes, cuts, windows: about 0.8 ms each for a 64x48 PNG),
and threads that take the lock in turn read no faster than one. So when there are many files to
read, the scan also starts readers: the program itself (`lookalike _read-pictures`) in a child
process, fed files a batch at a time on its standard input and answering each file's fingerprint
(or why it has none) on its standard output, in the order it was given them. The scan's own
threads read the larger files, then the small ones beside the readers. 1,000 small pictures took
0.84 s on one thread, the same on two, 0.39 s in two processes.

While grouping, a reader in another mode makes the thumbs of small pictures again from their
files (thumbs_made_again), beside the grouping's thread, and the pixel checks of pairs of small
pictures it is given (matching.check_ahead): a rescan's new pairs' ahead of the pass
(ThumbsAhead), or a pass's beside the thread that makes them (matching._SmallLane). A rescan keeps
the reader that read its files (Spare) and switches it to making thumbs and checks, rather than
start another.

A reader that cannot be started, is not ready in time, or answers with something that is none
leaves its files to the thread that fed it. One that dies while reading a file (a decoder that
crashes on it) costs that file, with a reason, not the scan: its other files are read by the
thread, and a new reader starts. A reader's warnings and errors are told to the scan among its
answers (FrameWriter), and logged there, where the scan logs its own.
"""

from __future__ import annotations

import collections
import contextlib
import importlib
import json
import logging
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Container, Iterator, Sequence
from typing import IO, Any

from lookalike.core.models import THUMB_SIDE, FileEntry, Fingerprint, ScanError, ScanOptions

log = logging.getLogger(__name__)

# Fewer files are read by the threads alone: a reader takes 0.13-0.14 s to be ready (more in the
# frozen program), what the threads read of 200 small pictures meanwhile.
READ_APART_FROM = 200
# Thumbs made again from small files while grouping (matching._Thumbs) are shared with a reader
# from this many on: in the 0.13 s it takes to be ready this thread makes about 650 of them.
THUMBS_APART_FROM = 2_000
# Thumbs that grouping knows early it will make again from small files (ThumbsAhead) are made by a
# reader started ahead of them from this many on: it is ready by the time they are asked for, and
# starting it takes this thread about 5 ms.
THUMBS_AHEAD_FROM = 200
# Only smaller files are read by readers: a larger one is mostly decoding, which the threads do on
# every core. Measured cold on two cores, readers made 1,000 pictures of 64x48 (5 kB) read twice as
# fast; 5,000 of 256-640 px (70 kB JPEGs) and 200 photos of 12 MP no faster (the photos 6 % slower).
SMALL_FILE = 32 * 1024
READERS_MOST = 3  # beside the threads: each holds its own copy of the decoders, 40-60 MB
BATCH = 8  # files handed over at once; two batches are in hand, so a reader never waits for one
THUMBS_BATCH = 16  # thumbs to make again handed over at once: answered together, 64 kB
CHECKS_BATCH = 32  # pixel checks handed over at once (about 0.13 ms each for pictures of 64 x 48)
RESTARTS_MOST = 3  # readers started again after one died, per feeding thread
# A reader that has not said it is ready by then is ended (a frozen program that cannot start may
# wait for someone to close its error dialog): a slow disk and a virus scanner can take seconds. Its
# first files (handed to it before the threads start, so that it has some) wait for it meanwhile.
READY_SECONDS = 10.0
# While a reader gets ready, how often the scan asks whether it still needs it: once the threads
# have taken every other file, its first files are read sooner by the thread that fed it (a frozen
# program on Windows, its file scanned by an antivirus, took seconds to start).
_NEEDED_EVERY = 0.05
# Whether a reader that is getting ready is waited for though the threads have taken every other
# file (the tests of readers' faults, whose few files the threads would read before it is ready).
WAITED_FOR_ANYWAY = False
COMMAND = "_read-pictures"  # the child's command line argument (see cli.main)
# Frames on a child's standard output (a reader's here, apart's grouping child's too): a kind byte,
# the payload's length, the payload.
FRAME = struct.Struct("<cQ")
_READY, _ANSWER = _KINDS = b"r", b"a"  # it can read; a file's read
# A log record of a child (FrameWriter.forwarding_logs), of any child, told on in this process's log
# by read_frames: a windowed program's child has no standard error to write it to.
_LOG = b"l"
_LOG_TEXT_MOST = 16_384  # characters of a log record told: 6 bytes each at most, in JSON
_LARGEST_ANSWER = 1 << 24  # a fingerprint with its thumb is a few kB
# What a reader does (Reader's `mode`): read files, or make thumbs again (and pixel checks).
READ, THUMBS = _MODES = "read", "thumbs"
CHECKS = "checks"  # a batch of pixel checks for a reader of thumbs: (CHECKS, jobs)

Read = tuple[Fingerprint | ScanError, bytes]  # a file's fingerprint or error, and its packed thumb


def readers_for(files: int, workers: int) -> int:
    """How many readers to start beside `workers` threads for `files` small files."""
    if files < READ_APART_FROM:
        return 0
    return max(0, min(READERS_MOST, workers - 1))


def program_command(argument: str) -> list[str]:
    """The command that runs this program with `argument`: the frozen program itself, or this
    Python running it."""
    if getattr(sys, "frozen", False):
        return [sys.executable, argument]
    return [sys.executable, "-m", "lookalike", argument]


def start_program(command: Sequence[str]) -> subprocess.Popen[bytes]:
    """This program (or `command`) in a process of its own, talking on its standard input and
    output, without a console window on Windows; OSError when it cannot be started."""
    return subprocess.Popen(
        list(command),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )


def reader_command() -> list[str]:
    """The command that starts a reader."""
    return program_command(COMMAND)


def read_one(
    fingerprint: Callable[[FileEntry], Fingerprint | ScanError], entry: FileEntry, packing: bool
) -> Read:
    """The file's fingerprint (or why it has none) and, with `packing`, its thumb packed as the
    cache keeps it (else b"")."""
    from lookalike.core.cache import packed_thumb

    outcome = fingerprint(entry)
    packed = b""
    if packing and isinstance(outcome, Fingerprint):
        try:
            packed = packed_thumb(outcome.thumb)
        except Exception:  # a reader that raised would never hand its file on: the scan would wait
            log.exception("Could not pack the thumb of %s", entry.path)
            packed = bytes(outcome.thumb)  # a thumb as it is: the cache reads it back as such
    return outcome, packed


class ReaderFailed(Exception):
    """The reader could not be started, or ended or answered with something that is none."""

    def __init__(self, message: str, *, crashed: bool = False, needless: bool = False) -> None:
        super().__init__(message)
        self.needless = needless  # not a failure: the threads had read the rest before it was ready
        self.crashed = crashed  # it died, as by a decoder that crashed, not by ending or being ended


# How a process that crashed ends: by one of these signals (POSIX), or with an NTSTATUS error code
# (Windows: 0xC0000005 for an access violation and the like). Not SIGKILL or SIGINT: those come
# from someone (the system short of memory, Ctrl+C), not from the file being read.
_CRASH_NAMES = ("SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "SIGABRT")
_CRASH_SIGNALS = frozenset(-getattr(signal, name) for name in _CRASH_NAMES if hasattr(signal, name))
_NTSTATUS_ERROR = 0xC0000000


def crash_status(status: int) -> bool:
    """Whether a process that ended with exit status `status` crashed."""
    return status in _CRASH_SIGNALS or (sys.platform == "win32" and status >= _NTSTATUS_ERROR)


class Reader:
    """One reader process: send() it files, answer() gives their reads in the same order.

    Its answers are read as they come by a thread of their own: a feeder that waited for an answer
    only after sending could block on a full pipe to a reader blocked on a full pipe back."""

    def __init__(
        self,
        options: ScanOptions,
        packing: bool,
        command: Sequence[str] | None = None,
        *,
        mode: str = READ,
    ) -> None:
        """Start the reader (ReaderFailed if it cannot be); ready() waits until it can read. In
        `mode` THUMBS it makes thumbs again (see thumbs_made_again) and pixel checks instead of
        reading files."""
        try:
            self._child = start_program(command or reader_command())
        except OSError as exc:
            raise ReaderFailed(f"could not start: {exc}") from exc
        assert self._child.stdin is not None and self._child.stdout is not None
        self._to = self._child.stdin
        self._ended = False  # by end(): then its end is no crash
        self._answers: queue.SimpleQueue[tuple[bytes, bytes] | None] = queue.SimpleQueue()
        self._answered_all = False  # its end taken from _answers
        threading.Thread(
            target=read_frames,
            args=(self._child.stdout, self._answers, _KINDS, _LARGEST_ANSWER),
            name="reader-answers",
            daemon=True,
        ).start()
        self._options, self._packing, self._mode = options, packing, mode
        self._begun = False  # its settings sent

    def begin(self) -> None:
        """Hand the reader its settings, not waiting for it: it gets ready meanwhile (ready())."""
        if not self._begun:
            self._begun = True
            self._send((self._options, self._packing, self._mode))

    def ready(self, needed: Callable[[], bool] = lambda: True) -> None:
        """Hand the reader its settings (unless begin() did) and wait until it says it can read:
        ReaderFailed when it does not within READY_SECONDS, or is no longer `needed` meanwhile
        (asked every 50 ms; it is ended either way), or ends or is ended meanwhile."""
        self.begin()
        self._wait_ready(needed)

    def switch(self, mode: str, needed: Callable[[], bool] = lambda: True) -> None:
        """Have a reader that is done with what it was given do `mode` instead (a reader of files
        kept for making thumbs: see Spare), and wait until it says it can: ReaderFailed as ready()."""
        self._send(mode)
        self._mode = mode
        self._wait_ready(needed)

    @property
    def mode(self) -> str:
        return self._mode

    def _wait_ready(self, needed: Callable[[], bool]) -> None:
        deadline = time.monotonic() + READY_SECONDS
        while True:
            try:
                said = self._answers.get(timeout=max(0.0, min(_NEEDED_EVERY, deadline - time.monotonic())))
                break
            except queue.Empty:
                if time.monotonic() >= deadline:
                    self.end()
                    raise ReaderFailed(f"was not ready within {READY_SECONDS:g} s") from None
                if not needed():
                    self.end()
                    raise ReaderFailed("was not needed by the time it could read", needless=True) from None
        if said is None:
            self._answered_all = True
            raise self._failed("ended before it was ready")
        if said[0] != _READY:
            self.end()
            raise ReaderFailed("did not say it was ready")

    def send(self, entries: Sequence[object]) -> None:
        """Hand it files (with their digests, for a reader of thumbs; pairs to check, for a reader
        of checks)."""
        self._send(entries)

    def _send(self, value: object) -> None:
        try:
            pickle.dump(value, self._to, protocol=pickle.HIGHEST_PROTOCOL)
            self._to.flush()
        except (OSError, ValueError) as exc:  # ValueError: closed by end() meanwhile
            raise self._failed(f"did not take the files: {exc}") from exc

    def answer(self) -> Read:
        """The read of the next file sent, waiting for it."""
        return _read_of(self._next_frame())

    def thumbs(self, count: int) -> list[bytes | None]:
        """The thumbs made again of the next batch of `count` files sent to a reader of thumbs,
        waiting for them."""
        return _thumbs_of(self._next_frame(), count)

    def checks(self, count: int) -> list[tuple[Any, Any]]:
        """The answers of a reader of thumbs to the next batch of `count` checks sent (CHECKS):
        what matching.check_ahead made of each, waiting for them."""
        answers = _unpickled(self._next_frame())
        if (
            not isinstance(answers, list)
            or len(answers) != count
            or not all(isinstance(answer, tuple) and len(answer) == 2 for answer in answers)
        ):
            raise ReaderFailed(f"answered {count} checks with a {type(answers).__name__}")
        return answers

    def _next_frame(self) -> tuple[bytes, bytes]:
        frame = self._answers.get()
        if frame is None:
            self._answered_all = True
            raise self._failed("ended")
        return frame

    def answered_before(self) -> list[Read]:
        """Once it died: the reads of the files it answered before, which answer() has not given
        yet (a failed send may tell of its end first), in order."""
        reads: list[Read] = []
        while not self._answered_all:
            try:
                frame = self._answers.get(timeout=5)  # its end is on the way: it died
            except queue.Empty:
                break
            if frame is None:
                self._answered_all = True
                break
            try:
                reads.append(_read_of(frame))
            except ReaderFailed:
                break
        return reads

    def _failed(self, message: str) -> ReaderFailed:
        """Why the reader no longer answers: its end, waited for a moment to tell a crash."""
        try:
            status = self._child.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return ReaderFailed(message)  # alive, but its answers are none
        crashed = crash_status(status) and not self._ended
        return ReaderFailed(f"{message} (exit status {status})", crashed=crashed)

    def end(self) -> None:
        """Stop the reader, whatever it is doing. Waits for it to go for a second at most: one
        stuck in a read of a drive that hangs may not go at once, and a stop must not wait."""
        self._ended = True
        if self._child.poll() is None:
            with contextlib.suppress(OSError):
                self._child.kill()
        try:
            self._child.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return
        with contextlib.suppress(OSError, ValueError):  # a pipe the reader left: nothing more to write
            self._to.close()

    def finish(self) -> None:
        """Let the reader end by itself (it has answered every file), else stop it."""
        with contextlib.suppress(OSError, ValueError):
            self._to.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._child.wait(timeout=5)
        self.end()


def _read_of(frame: tuple[bytes, bytes]) -> Read:
    answer = _unpickled(frame)
    try:
        outcome, packed = answer
    except Exception as exc:  # no pair
        raise ReaderFailed(f"answered with something that is none: {exc!r}") from exc
    if not isinstance(outcome, Fingerprint | ScanError) or not isinstance(packed, bytes):
        raise ReaderFailed(f"answered with a {type(outcome).__name__}")
    return outcome, packed


def _unpickled(frame: tuple[bytes, bytes]) -> Any:
    """An answer's value, ReaderFailed where the frame is no answer or holds none."""
    kind, payload = frame
    if kind != _ANSWER:
        raise ReaderFailed("said it was ready twice")
    try:
        return pickle.loads(payload)
    except Exception as exc:  # whatever a garbled answer makes of unpickling
        raise ReaderFailed(f"answered with something that is none: {exc!r}") from exc


def _thumbs_of(frame: tuple[bytes, bytes], count: int) -> list[bytes | None]:
    thumbs = _unpickled(frame)
    if not isinstance(thumbs, list) or len(thumbs) != count:
        raise ReaderFailed(f"answered with a {type(thumbs).__name__} for {count} thumbs")
    for thumb in thumbs:
        if thumb is not None and not (isinstance(thumb, bytes) and len(thumb) == THUMB_SIDE * THUMB_SIDE):
            raise ReaderFailed(f"answered with a {type(thumb).__name__} for a thumb")
    return thumbs


def thumbs_made_again(wanted: Sequence[tuple[FileEntry, str]], options: ScanOptions) -> list[bytes | None]:
    """fingerprint.thumb_of_file of each (entry, digest), in order. Making one is mostly Python,
    which threads only take turns at (two threads made them slower than one), so where there are
    many and more than one core, a reader makes them too: it takes them from the last while this
    thread takes them from the first. What a reader that fails had in hand, this thread makes (each
    file's content was decoded once already, by the scan)."""
    from lookalike.core.fingerprint import thumb_of_file

    if len(wanted) < THUMBS_APART_FROM or not _cores_to_spare(options):
        return [thumb_of_file(entry, digest) for entry, digest in wanted]
    return ThumbsAhead(wanted, options).take(wanted)


def _cores_to_spare(options: ScanOptions) -> bool:
    return (options.workers or max(1, os.cpu_count() or 1)) >= 2


class Spare:
    """A reader of files a scan has done with, kept for the scan's grouping to make thumbs and
    checks with (ThumbsAhead): switched to that, it is ready at once, where one started then took
    0.2-0.3 s of a core to be (a rescan of 100,000 small pictures after adding 1,000). The scan ends
    it, should its grouping not take it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reader: Reader | None = None
        self._ended = False

    def keep(self, reader: Reader) -> bool:
        """Keep `reader`, done with its files; False when one is kept already, or it ended."""
        with self._lock:
            if self._reader is not None or self._ended:
                return False
            self._reader = reader
            return True

    def take(self, mode: str, needed: Callable[[], bool] = lambda: True) -> Reader | None:
        """The reader kept, switched to `mode`; None when none is kept, or it could not switch (or
        was no longer `needed` meanwhile: see Reader.ready)."""
        with self._lock:
            reader, self._reader = self._reader, None
        if reader is None:
            return None
        try:
            reader.switch(mode, needed)
        except ReaderFailed as exc:
            log.debug("A reader kept could not switch to %s: it %s", mode, exc)
            reader.end()
            return None
        return reader

    def end(self) -> None:
        with self._lock:
            reader, self._reader = self._reader, None
            self._ended = True
        if reader is not None:
            reader.end()


# Not made yet (ThumbsAhead): a thumb made is bytes, or None where the file no longer gives it.
_NOT_MADE = object()


class ThumbsAhead:
    """Thumbs made again from small files (see thumbs_made_again) by a reader started before they
    are asked for: once grouping has the likely pairs of the new pictures of a rescan, it knows
    whose thumbs its checks will make again, and a reader is ready and making them while it
    recalls the checks of the others (a rescan of 100,000 small pictures after adding 1,000 made
    792 thumbs of old ones again, 0.16 s of the grouping's thread). `take` gives them.

    Then the same reader makes the pixel checks grouping gives it (check_ahead) from the last,
    with the thumbs it made, while grouping makes them from the first: those of a rescan's new
    pairs need nothing grouping decides first, so the reader makes them during the recall and
    the parts, and the pass finds them made (1,686 checks and 136 closer looks of 100,000 small
    pictures and 1,000 added took 0.57 s of the pass's one thread)."""

    def __init__(
        self, wanted: Sequence[tuple[FileEntry, str]], options: ScanOptions, spare: Spare | None = None
    ) -> None:
        """Start making the `wanted` thumbs, with the reader `spare` keeps if any."""
        self._wanted = list(wanted)
        self._spare = spare
        self._made: list[Any] = [_NOT_MADE] * len(self._wanted)
        self._shared = _Shared(len(self._wanted))
        self._thumbs_done = threading.Event()  # the reader made, or will make, none of them more
        self._checks: Sequence[Any] = ()  # what check_ahead gave
        self._checked: Callable[[int, Any], None] = lambda at, answer: None
        self._given = threading.Event()  # check_ahead was called, or end()
        self._ending = threading.Event()
        self._beside = threading.Thread(target=self._feed, args=(options,), name="thumbs-apart", daemon=True)
        self._beside.start()

    @classmethod
    def worth_it(cls, count: int, options: ScanOptions) -> bool:
        """Whether `count` thumbs (or checks) are worth a reader of their own, started ahead."""
        return count >= THUMBS_AHEAD_FROM and _cores_to_spare(options)

    def take(self, wanted: Sequence[tuple[FileEntry, str]]) -> list[bytes | None]:
        """thumb_of_file of each (entry, digest) of `wanted`, in order: those the reader made, and
        this thread makes the rest (of those it was given, only those asked for), taking them
        from the first while the reader takes them from the last."""
        from lookalike.core.fingerprint import thumb_of_file

        places = {(os.fspath(entry.path), digest): at for at, (entry, digest) in enumerate(self._wanted)}
        asked = [places.get((os.fspath(entry.path), digest)) for entry, digest in wanted]
        needed = bytearray(len(self._wanted))
        for at in asked:
            if at is not None:
                needed[at] = 1
        made, shared = self._made, self._shared
        while (index := shared.first()) is not None:
            if needed[index]:
                made[index] = thumb_of_file(*self._wanted[index])
        # The reader's thumbs: those it has in hand are waited for, unless none was asked for.
        if any(made[at] is _NOT_MADE for at in range(len(made)) if needed[at]):
            self._thumbs_done.wait(READY_SECONDS)
            if not self._thumbs_done.is_set():  # its reader is stuck on a file (a drive that hangs)
                shared.end_reader()
                self._thumbs_done.wait()
        thumbs: list[bytes | None] = []
        for at, (entry, digest) in zip(asked, wanted, strict=True):
            thumb = _NOT_MADE if at is None else made[at]
            thumbs.append(thumb_of_file(entry, digest) if thumb is _NOT_MADE else thumb)  # type: ignore[arg-type]
        self._given.set()  # checks come before the thumbs are taken, or never: the reader may end
        return thumbs

    def check_ahead(self, checks: Sequence[Any], checked: Callable[[int, Any], None]) -> None:
        """Have the reader make these checks (matching.CheckApart; the thumbs they lack it makes
        from the files, or takes from those it made) once it has made its thumbs, from the last,
        telling checked(index, answer) of each made (what matching.check_ahead made of it). Only
        before take(): after it, none are made."""
        if not self._given.is_set():
            self._checks, self._checked = checks, checked
            self._given.set()

    def end(self) -> None:
        """Stop making thumbs and checks (grouping is done or stopped, or never asked): its reader
        is ended, unless it has made all it was given and ends by itself."""
        while self._shared.first() is not None:
            pass
        self._ending.set()
        self._given.set()
        if _NOT_MADE in self._made or self._checks:
            self._shared.end_reader()

    def _feed(self, options: ScanOptions) -> None:
        """Feed a reader of thumbs from the last of the thumbs wanted and put its thumbs in place,
        until none is left; then the checks given, from the last. What it had in hand when it
        failed stays unmade (take makes those thumbs, the pass those checks)."""
        reader: Reader | None = None
        try:
            reader = self._spare.take(THUMBS, self._needed) if self._spare is not None else None
            if reader is not None:
                self._shared.reader = reader
            else:
                reader = self._shared.reader = Reader(options, False, reader_command(), mode=THUMBS)
                reader.ready(needed=self._needed)
            self._feed_thumbs(reader)
            self._thumbs_done.set()
            self._given.wait()
            if not self._ending.is_set() and self._checks:
                self._feed_checks(reader)
            reader.finish()
        except ReaderFailed as exc:
            told = log.debug if exc.needless or self._ending.is_set() else log.warning
            told("Making thumbs and checks on one thread: a reader %s", exc)
        except Exception:  # a failure here must not leave thumbs unmade
            log.exception("Making thumbs and checks on one thread: feeding a reader failed")
        finally:
            self._thumbs_done.set()
            if reader is not None:
                reader.end()

    def _needed(self) -> bool:
        """Whether a reader getting ready still has thumbs to make, or may have checks."""
        if self._ending.is_set():
            return False
        return self._shared.left() or not self._given.is_set() or bool(self._checks)

    def _feed_thumbs(self, reader: Reader) -> None:
        in_hand: collections.deque[list[int]] = collections.deque()  # batches sent, not yet answered
        while True:
            while len(in_hand) < 3 and (batch := self._shared.last(THUMBS_BATCH)):
                in_hand.append(batch)  # first: a send that fails gives them back too
                reader.send([self._wanted[index] for index in batch])
            if not in_hand:
                return
            batch = in_hand[0]
            for index, thumb in zip(batch, reader.thumbs(len(batch)), strict=True):
                self._made[index] = thumb
            in_hand.popleft()

    def _feed_checks(self, reader: Reader) -> None:
        # Two batches in hand: the reader makes the next while this thread waits for Python's lock
        # (which grouping holds) to take the answers of the last.
        checks = self._checks
        in_hand: collections.deque[range] = collections.deque()
        end = len(checks)
        while not self._ending.is_set():
            while len(in_hand) < 2 and end > 0:
                batch = range(max(0, end - CHECKS_BATCH), end)
                reader.send((CHECKS, list(checks[batch.start : batch.stop])))
                in_hand.append(batch)
                end = batch.start
            if not in_hand:
                return
            batch = in_hand.popleft()
            for at, answer in zip(batch, reader.checks(len(batch)), strict=True):
                self._checked(at, answer)


class _Shared:
    """Places in a list that this thread takes from the first and a reader from the last."""

    def __init__(self, count: int) -> None:
        self._lock = threading.Lock()
        self._next, self._end = 0, count  # this thread's next; one past the reader's next
        self.reader: Reader | None = None

    def first(self) -> int | None:
        with self._lock:
            if self._next >= self._end:
                return None
            self._next += 1
            return self._next - 1

    def last(self, most: int) -> list[int]:
        with self._lock:
            start = max(self._next, self._end - most)
            taken = list(range(self._end - 1, start - 1, -1))
            self._end = start
            return taken

    def left(self) -> bool:
        with self._lock:
            return self._next < self._end

    def end_reader(self) -> None:
        with self._lock:
            reader = self.reader
        if reader is not None:
            reader.end()


def read_frames(
    stream: IO[bytes],
    frames: queue.SimpleQueue[tuple[bytes, bytes] | None],
    kinds: Container[bytes],
    largest: int,
    child: str = "a reader",
) -> None:
    """Put each (kind, payload) frame a child writes on `stream` on `frames`, then None at its end,
    at a frame that is none (cut off, of another kind than `kinds`, larger than `largest`), or when
    the stream is closed under it. The child's log records are logged here, as said in `child`."""
    try:
        while len(header := stream.read(FRAME.size)) == FRAME.size:
            kind, size = FRAME.unpack(header)
            if (kind not in kinds and kind != _LOG) or size > largest:
                break
            payload = stream.read(size)
            if len(payload) != size:
                break
            if kind == _LOG:
                _log_told(payload, child)
            else:
                frames.put((kind, payload))
    except (OSError, ValueError):  # the stream closed under it: the child was ended
        pass
    finally:
        frames.put(None)


def _log_told(payload: bytes, child: str) -> None:
    """Log here a record a child told of (FrameWriter.forwarding_logs); a frame that is none, nothing."""
    try:
        level, name, text = json.loads(payload)
    except Exception:  # whatever a garbled frame makes of it (JSON nested too deep: RecursionError)
        return
    if isinstance(level, int) and isinstance(name, str) and isinstance(text, str):
        logging.getLogger(name).log(level, "%s (in %s)", text, child)


class FrameWriter:
    """A child's standard output, written a whole frame at a time from any thread."""

    def __init__(self, sink: IO[bytes]) -> None:
        self._sink = sink
        self._lock = threading.Lock()

    def write(self, kind: bytes, payload: bytes) -> None:
        with self._lock:
            self._sink.write(FRAME.pack(kind, len(payload)) + payload)
            self._sink.flush()

    @contextlib.contextmanager
    def forwarding_logs(self) -> Iterator[None]:
        """Meanwhile, tell the child's warnings and errors to the process that reads its frames,
        which logs them where it logs its own (the window's log file), not on standard error."""
        handler = _Forwarding(self)
        logging.getLogger().addHandler(handler)
        try:
            yield
        finally:
            logging.getLogger().removeHandler(handler)


class _Forwarding(logging.Handler):
    def __init__(self, frames: FrameWriter) -> None:
        super().__init__(logging.WARNING)
        self._frames = frames

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
            if record.exc_info:
                text += "\n" + logging.Formatter().formatException(record.exc_info)
            # A frame of at most a few hundred kB: a larger one would be taken for the child's end.
            text = text if len(text) <= _LOG_TEXT_MOST else text[:_LOG_TEXT_MOST] + " [...]"
            self._frames.write(_LOG, json.dumps([record.levelno, record.name, text]).encode())
        except Exception:  # the reading process went away, or a message that fails: nothing to tell
            pass


def serve(source: IO[bytes] | None = None, sink: IO[bytes] | None = None) -> int:
    """The reader: read the files the scan writes on `source` (standard input), a batch at a time,
    writing each one's read on `sink` (standard output) as it is done. Returns the exit status:
    0 at the end of its input, 1 when the scan went away or it failed (not a crash: the scan's
    thread reads its files)."""
    source = source or standard_stream(0, "stdin")
    frames = FrameWriter(sink or _answers_only())
    with contextlib.suppress(ValueError):  # not the main thread (a test): its signals are not its own
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the scan ends it: Ctrl+C reaches the scan
    with frames.forwarding_logs():
        return _serve(source, frames)


def _serve(source: IO[bytes], frames: FrameWriter) -> int:
    """Serve the mode the settings name, and then each mode it is told to switch to (a mode's
    name where a batch would be), until the end of its input."""
    try:
        options, packing, mode = pickle.load(source)
        while mode is not None:
            if mode == READ:
                mode = _serve_reads(source, frames, options, packing)
            elif mode == THUMBS:
                mode = _serve_thumbs(source, frames)
            else:
                log.error("A reader was told to %r", mode)
                return 1
        return 0
    except (BrokenPipeError, EOFError):  # the scan ended it, or stopped in the middle of a batch
        return 1
    except Exception:  # the scan's threads read what is left; a windowed build would show a dialog
        log.exception("The reader failed")
        return 1


def _next_batch(source: IO[bytes]) -> Any:
    """The next batch a reader is given: None at the end of its input, a mode's name (str) where
    it is told to switch."""
    try:
        return pickle.load(source)
    except EOFError:
        return None


def _serve_reads(source: IO[bytes], frames: FrameWriter, options: ScanOptions, packing: bool) -> str | None:
    """The reader of files: each file of each batch answered with its read_one, as it is done."""
    from lookalike.core import imaging
    from lookalike.core.fingerprint import make_fingerprinter

    fingerprint = make_fingerprinter(options)
    # What its first file would load (18 ms: the decoders, and the cache's module for read_one),
    # loaded before it is needed: a reader begun early (scan._EarlyReader) is ready while the
    # files are found, and waits.
    imaging.load_decoders()
    importlib.import_module("lookalike.core.cache")
    frames.write(_READY, b"")
    while (entries := _next_batch(source)) is not None and not isinstance(entries, str):
        for entry in entries:
            answer = pickle.dumps(read_one(fingerprint, entry, packing), protocol=pickle.HIGHEST_PROTOCOL)
            # Each file's read as it is done: if the next file crashes this process, the scan
            # knows which one it was.
            frames.write(_ANSWER, answer)
    return entries


def _serve_thumbs(source: IO[bytes], frames: FrameWriter) -> str | None:
    """The reader of thumbs: each batch of (entry, digest) it is given answered with the
    thumb_of_file of each; each batch of checks, (CHECKS, jobs), with the check_ahead of each (see
    ThumbsAhead.check_ahead), with the thumbs it made (or makes) of their files."""
    from lookalike.core.fingerprint import thumb_of_file
    from lookalike.core.matching import check_ahead  # loaded now: the checks come while grouping waits

    made: dict[str, bytes | None] = {}  # by digest: the checks' thumbs (4 kB each)
    frames.write(_READY, b"")
    while (wanted := _next_batch(source)) is not None and not isinstance(wanted, str):
        if isinstance(wanted, tuple) and wanted[:1] == (CHECKS,):
            answers = _checks_with_thumbs(wanted[1], made, check_ahead)
            frames.write(_ANSWER, pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL))
            continue
        # A batch's thumbs answered together: each answer the scan's thread takes Python's lock
        # for, while grouping holds it (a thumb at a time, a reader made 1,600 a second, not 4,000).
        thumbs = [thumb_of_file(entry, digest) for entry, digest in wanted]
        if len(made) < _THUMBS_KEPT_MOST:
            made.update((digest, thumb) for (_, digest), thumb in zip(wanted, thumbs, strict=True))
        frames.write(_ANSWER, pickle.dumps(thumbs, protocol=pickle.HIGHEST_PROTOCOL))
    return wanted


# The most thumbs a reader of thumbs keeps for the checks it is given after them: 32 MB (the checks
# are at most matching.CHECKS_AHEAD_MOST).
_THUMBS_KEPT_MOST = 8_192


def _checks_with_thumbs(
    jobs: list[Any], made: dict[str, bytes | None], check: Callable[[Any], tuple[Any, Any]]
) -> list[tuple[Any, Any]]:
    """check(job) of each job whose thumbs its files give (else (None, None)), the thumbs taken
    from `made` or made and kept there."""
    from dataclasses import replace

    from lookalike.core.fingerprint import thumb_of_file

    def thumb(record: Any) -> bytes | None:
        digest = record.fingerprint.digest
        if digest not in made:
            if len(made) >= _THUMBS_KEPT_MOST:
                made.clear()
            made[digest] = thumb_of_file(record.entry, digest)
        return made[digest]

    answers: list[tuple[Any, Any]] = []
    for job in jobs:
        a, b = job.a or thumb(job.reference), job.b or thumb(job.copy)
        answers.append(check(replace(job, a=a, b=b)) if a and b else (None, None))
    return answers


def _answers_only() -> IO[bytes]:
    """Standard output for the answers alone: a copy of it, where standard output itself now goes
    to standard error (or nowhere, where there is none), so that a library that prints or a decoder
    that writes to descriptor 1 cannot put words among the answers. Standard output as it is where
    that cannot be done. (A windowed build on Windows may still have native writes to the standard
    output handle reach the answers: the scan then takes the reader for broken.)"""
    if sys.stdout is not None:
        sys.stdout.flush()
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)  # takes descriptor 2 when there is no standard error
        copy = os.dup(1)
    except OSError:
        return standard_stream(1, "stdout")
    errors = nowhere != 2 and sys.stderr is not None
    try:
        os.dup2(2 if errors else nowhere, 1)
    except OSError:
        os.dup2(nowhere, 1)
        errors = False
    if nowhere != 2:
        os.close(nowhere)
    sys.stdout = sys.stderr if errors else open(os.devnull, "w")  # noqa: SIM115
    return os.fdopen(copy, "wb")


def standard_stream(descriptor: int, name: str) -> IO[bytes]:
    """The binary stream of a standard descriptor, also where Python set none up (a windowed build
    started with pipes)."""
    stream = getattr(sys, name, None)
    if stream is not None and hasattr(stream, "buffer"):
        return stream.buffer  # type: ignore[no-any-return]
    return os.fdopen(descriptor, "rb" if descriptor == 0 else "wb", closefd=False)
