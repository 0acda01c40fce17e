"""Reading pictures in processes of their own beside the scan's threads.

Decoding a photo lets go of Python's lock, so the scan's threads read photos on every core; but
a small picture is mostly Python (its hashes, cuts, windows: about 0.8 ms each for a 64x48 PNG),
and threads that take the lock in turn read no faster than one. So when there are many files to
read, the scan also starts readers: the program itself (`lookalike _read-pictures`) in a child
process, fed files a batch at a time on its standard input and answering each file's fingerprint
(or why it has none) on its standard output, in the order it was given them. The scan's own
threads read beside them, from the same queue. 1,000 small pictures took 0.84 s on one thread,
the same on two, 0.39 s in two processes.

A reader that cannot be started, or answers with something that is none, leaves its files to the
thread that fed it. One that dies while reading a file (a decoder that crashes on it) costs that
file, with a reason, not the scan: its other files are read by the thread, and a new reader starts.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from typing import IO

from lookalike.core.models import FileEntry, Fingerprint, ScanError, ScanOptions

log = logging.getLogger(__name__)

# Fewer files are read by the threads alone: a reader takes about 0.2 s to start (more in the
# frozen program), what its threads read of 200 small pictures meanwhile.
READ_APART_FROM = 200
# Only smaller files are read by readers: a larger one is mostly decoding, which the threads do on
# every core. Measured cold on two cores, readers made 1,000 pictures of 64x48 (5 kB) read twice as
# fast; 5,000 of 256-640 px (70 kB JPEGs) and 200 photos of 12 MP no faster (the photos 6 % slower).
SMALL_FILE = 32 * 1024
READERS_MOST = 3  # beside the threads: each holds its own copy of the decoders, 40-60 MB
BATCH = 8  # files handed over at once; two batches are in hand, so a reader never waits for one
RESTARTS_MOST = 3  # readers started again after one died, per feeding thread
# A reader that has not said it is ready by then is ended (a frozen program that cannot start may
# wait for someone to close its error dialog): a slow disk and a virus scanner can take seconds.
READY_SECONDS = 30.0
_READY = b"ready"
COMMAND = "_read-pictures"  # the child's command line argument (see cli.main)
_LENGTH = struct.Struct("<I")  # each answer's length, before it
_LARGEST_ANSWER = 1 << 24  # a fingerprint with its thumb is a few kB

Read = tuple[Fingerprint | ScanError, bytes]  # a file's fingerprint or error, and its packed thumb


def readers_for(files: int, workers: int) -> int:
    """How many readers to start beside `workers` threads for `files` small files."""
    if files < READ_APART_FROM:
        return 0
    return max(0, min(READERS_MOST, workers - 1))


def reader_command() -> list[str]:
    """The command that starts a reader: the frozen program itself, or this Python running it."""
    if getattr(sys, "frozen", False):
        return [sys.executable, COMMAND]
    return [sys.executable, "-m", "lookalike", COMMAND]


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

    def __init__(self, message: str, *, crashed: bool = False) -> None:
        super().__init__(message)
        self.crashed = crashed  # it died, as by a decoder that crashed, not by ending or being ended


class Reader:
    """One reader process: send() it files, answer() gives their reads in the same order."""

    def __init__(self, options: ScanOptions, packing: bool, command: Sequence[str] | None = None) -> None:
        try:
            self._child = subprocess.Popen(
                list(command or reader_command()),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            raise ReaderFailed(f"could not start: {exc}") from exc
        assert self._child.stdin is not None and self._child.stdout is not None
        self._to, self._from = self._child.stdin, self._child.stdout
        self._ended = False  # by end(): then its end is no crash
        # Until it is ready, a timer ends it; meanwhile the threads read.
        late = threading.Event()

        def give_up() -> None:
            late.set()
            self.end()

        waiting = threading.Timer(READY_SECONDS, give_up)
        waiting.daemon = True
        waiting.start()
        try:
            self._send((options, packing))
            if self._answer() != _READY:
                raise ReaderFailed("did not say it was ready")
        except ReaderFailed as exc:
            self.end()
            if late.is_set():
                raise ReaderFailed(f"was not ready within {READY_SECONDS:g} s") from exc
            raise
        finally:
            waiting.cancel()

    def send(self, entries: list[FileEntry]) -> None:
        self._send(entries)

    def _send(self, value: object) -> None:
        try:
            pickle.dump(value, self._to, protocol=pickle.HIGHEST_PROTOCOL)
            self._to.flush()
        except (OSError, ValueError) as exc:  # ValueError: closed by end() meanwhile
            raise self._failed(f"did not take the files: {exc}") from exc

    def answer(self) -> Read:
        """The read of the next file sent, waiting for it."""
        payload = self._answer()
        try:
            outcome, packed = pickle.loads(payload)
        except Exception as exc:  # whatever a garbled answer makes of unpickling
            raise ReaderFailed(f"answered with something that is none: {exc!r}") from exc
        if not isinstance(outcome, Fingerprint | ScanError) or not isinstance(packed, bytes):
            raise ReaderFailed(f"answered with a {type(outcome).__name__}")
        return outcome, packed

    def _answer(self) -> bytes:
        try:
            header = self._from.read(_LENGTH.size)
            (size,) = _LENGTH.unpack(header) if len(header) == _LENGTH.size else (-1,)
            payload = self._from.read(size) if 0 <= size <= _LARGEST_ANSWER else b""
        except (OSError, ValueError) as exc:
            raise self._failed(f"stopped answering: {exc}") from exc
        if size < 0 or len(payload) != size:
            raise self._failed("ended")
        return payload

    def _failed(self, message: str) -> ReaderFailed:
        """Why the reader no longer answers: its end, waited for a moment to tell a crash."""
        try:
            status = self._child.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return ReaderFailed(message)
        # 0: it ended as asked, 1: it stopped when its input did; else a signal (negative) or a
        # crash's exit code (Windows: 0xC0000005 and the like), unless end() ended it.
        crashed = status not in (0, 1) and not self._ended
        return ReaderFailed(f"{message} (exit status {status})", crashed=crashed)

    def end(self) -> None:
        """Stop the reader, whatever it is doing, and wait for it to go."""
        self._ended = True
        if self._child.poll() is None:
            self._child.kill()
        self._child.wait()
        for stream in (self._to, self._from):
            with contextlib.suppress(OSError):  # a pipe the reader left: nothing more to write
                stream.close()

    def finish(self) -> None:
        """Let the reader end by itself (it has answered every file), else stop it."""
        with contextlib.suppress(OSError):
            self._to.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._child.wait(timeout=5)
        self.end()


def serve(source: IO[bytes] | None = None, sink: IO[bytes] | None = None) -> int:
    """The reader: read the files the scan writes on `source` (standard input), a batch at a time,
    writing each one's read on `sink` (standard output) as it is done. Returns the exit status:
    0 at the end of its input, 1 when the scan went away."""
    from lookalike.core.fingerprint import make_fingerprinter

    source = source or standard_stream(0, "stdin")
    sink = sink or _answers_only()
    try:
        options, packing = pickle.load(source)
        sink.write(_LENGTH.pack(len(_READY)) + _READY)
        sink.flush()
        fingerprint = make_fingerprinter(options)
        while True:
            try:
                entries: list[FileEntry] = pickle.load(source)
            except EOFError:
                return 0
            for entry in entries:
                answer = pickle.dumps(read_one(fingerprint, entry, packing), protocol=pickle.HIGHEST_PROTOCOL)
                # Each file's read as it is done: if the next file crashes this process, the scan
                # knows which one it was.
                sink.write(_LENGTH.pack(len(answer)) + answer)
                sink.flush()
    except (BrokenPipeError, EOFError):  # the scan ended it, or stopped in the middle of a batch
        return 1


def _answers_only() -> IO[bytes]:
    """Standard output for the answers alone: a copy of it, where standard output itself now goes
    to standard error, so that a library that prints (or a decoder that writes to descriptor 1)
    cannot put words among the answers. Standard output as it is where that cannot be done (a
    windowed build may have no standard error)."""
    if sys.stdout is not None:
        sys.stdout.flush()
    try:
        copy = os.dup(1)
    except OSError:
        return standard_stream(1, "stdout")
    try:
        os.dup2(2, 1)
    except OSError:
        os.close(copy)
        return standard_stream(1, "stdout")
    sys.stdout = sys.stderr
    return os.fdopen(copy, "wb")


def standard_stream(descriptor: int, name: str) -> IO[bytes]:
    """The binary stream of a standard descriptor, also where Python set none up (a windowed build
    started with pipes)."""
    stream = getattr(sys, name, None)
    if stream is not None and hasattr(stream, "buffer"):
        return stream.buffer  # type: ignore[no-any-return]
    return os.fdopen(descriptor, "rb" if descriptor == 0 else "wb", closefd=False)
