"""Grouping a scan's pictures again in a process of its own, so the window keeps only the review.

Regrouping 100,000 pictures holds about 200 MB for its 10-15 s (the likely pairs, their kept
checks, the index's tables). In the window's own process most of that stayed taken from the
system afterwards (Python's and malloc's free blocks among the review's objects), so each
regrouping left the window larger, and its threads held Python long enough to freeze the window
for a quarter of a second. Here the program itself (`lookalike _group-again`) groups in a child
process: it reads the records as columns on its standard input, runs scan.group_again with the same
cache, and writes its progress and then the groups, by record number, on its standard output. Its
memory goes back to the system when it ends; stopping it is ending it.

The child is used only where it pays (many pictures, their thumbs in the cache); when it cannot be
started or does not answer as one, the grouping runs in this process as before.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import pickle
import queue
import struct
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from typing import IO, Any

from lookalike.core.cache import (
    ThumbsUnavailable,
    _decode_groups,
    _encode_groups,
    records_as_columns,
    records_from_columns,
)
from lookalike.core.decisions import DigestPair
from lookalike.core.models import CancelCheck, Group, ImageRecord, ScanOptions, hash_width_of, never_cancelled
from lookalike.core.pictures import Pictures
from lookalike.core.readers import FrameWriter, program_command, read_frames, standard_stream, start_program
from lookalike.core.scan import group_again

log = logging.getLogger(__name__)

# Fewer pictures are grouped in this process: starting the child and handing it the records takes
# about a second, and below this their grouping's memory is a few tens of MB.
APART_FROM = 50_000
COMMAND = "_group-again"  # the child's command line argument (see cli.main)
_PROGRESS_EVERY = 0.05  # seconds between the child's progress reports
# Frames on the child's standard output (readers.FRAME), of these kinds.
_PROGRESS, _GROUPS, _UNAVAILABLE, _FAILED = _KINDS = b"p", b"g", b"u", b"e"
_LARGEST_FRAME = 1 << 30  # the groups of a million pictures take about 100 MB


class NotApart(Exception):
    """The child could not be started, or ended without answering as one."""


def group_again_apart(
    records: Sequence[ImageRecord],
    options: ScanOptions,
    *,
    not_duplicates: frozenset[DigestPair] = frozenset(),
    cancelled: CancelCheck = never_cancelled,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
) -> tuple[Group, ...]:
    """scan.group_again(), in a child process when there are at least APART_FROM records and their
    thumbs are in the cache; else, or when the child fails, in this one. Raises ThumbsUnavailable as
    group_again does. Stopped (`cancelled`), it ends the child and gives no groups."""
    held_thumbs = any(Pictures.of(records).values("thumb"))  # a scan without the cache
    if len(records) >= APART_FROM and options.use_cache and not held_thumbs:
        try:
            return group_in_child(
                records, options, not_duplicates=not_duplicates, cancelled=cancelled, progress=progress
            )
        except NotApart as exc:
            log.warning("Grouping in this process: the grouping process %s", exc)
    return group_again(
        records, options, not_duplicates=not_duplicates, cancelled=cancelled, progress=progress
    )


def child_command() -> list[str]:
    """The command that starts the child."""
    return program_command(COMMAND)


def group_in_child(
    records: Sequence[ImageRecord],
    options: ScanOptions,
    *,
    not_duplicates: frozenset[DigestPair] = frozenset(),
    cancelled: CancelCheck = never_cancelled,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
    command: Sequence[str] | None = None,
) -> tuple[Group, ...]:
    """scan.group_again() in a child process started with `command` (default child_command()).
    Raises ThumbsUnavailable as group_again does, and NotApart when the child cannot be started or
    ends without answering as one (its error is in the message). Stopped, it ends the child and
    gives no groups."""
    request = {
        "columns": records_as_columns(records),
        "count": len(records),
        "options": options,
        "not_duplicates": not_duplicates,
    }
    try:
        child = start_program(command or child_command())
    except OSError as exc:
        raise NotApart(f"could not start: {exc}") from exc
    assert child.stdin is not None and child.stdout is not None
    frames: queue.SimpleQueue[tuple[bytes, bytes] | None] = queue.SimpleQueue()
    reader = threading.Thread(
        target=read_frames,
        args=(child.stdout, frames, _KINDS, _LARGEST_FRAME, "the grouping process"),
        name="grouping-apart",
        daemon=True,
    )
    try:
        try:
            pickle.dump(request, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            child.stdin.close()
        except OSError as exc:
            raise NotApart(f"did not take the pictures: {exc}") from exc
        del request
        reader.start()
        while not cancelled():
            try:
                frame = frames.get(timeout=0.1)
            except queue.Empty:
                continue
            if frame is None:
                raise NotApart(f"ended without the groups (exit status {child.wait()})")
            kind, payload = frame
            if kind == _FAILED:
                raise NotApart(f"failed: {payload.decode(errors='replace')}")
            try:
                if kind == _PROGRESS:
                    done, total = struct.unpack("<QQ", payload)
                elif kind == _GROUPS:
                    return _decode_groups(payload.decode(), records)
                else:
                    reason = pickle.loads(payload)
            except (ValueError, KeyError, IndexError, TypeError, struct.error, pickle.UnpicklingError) as exc:
                raise NotApart(f"answered with something that is none: {exc!r}") from exc
            if kind == _PROGRESS:
                progress(done, total)
            else:
                raise ThumbsUnavailable(reason)
        return ()
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout):
            with contextlib.suppress(OSError):  # a pipe the child left: nothing more to write
                stream.close()


def serve(source: IO[bytes] | None = None, sink: IO[bytes] | None = None) -> int:
    """The child: group the records the parent writes on `source` (standard input), writing progress
    and the groups, or why there are none, on `sink` (standard output). Returns the exit status."""
    source = source or standard_stream(0, "stdin")
    frames = FrameWriter(sink or standard_stream(1, "stdout"))
    write = frames.write
    last = 0.0

    def report(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done == total or now - last >= _PROGRESS_EVERY:
            last = now
            write(_PROGRESS, struct.pack("<QQ", done, total))

    gc.disable()  # as in the command line: a short life, and 100,000 records to make at once
    with frames.forwarding_logs():
        return _grouped(source, write, report)


def _grouped(
    source: IO[bytes], write: Callable[[bytes, bytes], None], report: Callable[[int, int], None]
) -> int:
    """serve()'s work: the groups, or why there are none, written; the exit status."""
    try:
        request: dict[str, Any] = pickle.load(source)
        options: ScanOptions = request["options"]
        records = records_from_columns(request["columns"], hash_width_of(options.hash_bits))
        if len(records) != request["count"]:
            raise ValueError(f"{len(records)} records of {request['count']}")
        del request["columns"]
        try:
            groups = group_again(records, options, not_duplicates=request["not_duplicates"], progress=report)
        except ThumbsUnavailable as exc:
            write(_UNAVAILABLE, pickle.dumps(exc.reason))
            return 0
        write(_GROUPS, _encode_groups(groups, Pictures.of(records)).encode())
        return 0
    except BrokenPipeError:  # the parent ended it
        return 1
    except Exception:  # the parent logs it and groups in its own process
        write(_FAILED, traceback.format_exc().encode())
        return 1
