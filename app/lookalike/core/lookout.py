"""Work on a person's files made on a worker thread the run watches.

A run acts on file after file. Before it, each folder is resolved within reach.PATIENCE; but a
network drive may stop answering in the middle of the run, and the next look at a file on it (a
stat, an open, reading it, the Trash's rename) waits as long as the drive does. So the files' work
is made on a worker thread (Lookout.walk), one piece after the other, while the run's own thread
watches the piece under way and hears its Stop: a piece that has not answered within PATIENCE is
given up on, its worker left to it (a daemon: it holds no one, nor the app open), and a new worker
goes on with the next piece. No hand-over per piece: a hand-over between two threads costs tens of
microseconds, which thousands of files would feel.

Work that may do what cannot be taken back passes a gate first (Task.through_gate): once the run gave
up on it, it never goes on past it. Work the run gave up on once past the gate may still end later;
`Late` counts it until it has ended. While work writes to the journal (Task.journalling) it is not
given up on: the journal's disk is no drive of pictures, and a line given up on would leave a file
that no Undo finds. Nor is a drive that answers slowly one that stopped: work that reads or copies a
large file says it is alive at each megabyte (alive(), Alive), and its patience starts again.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any, Generic, TypeVar

from lookalike.core import reach
from lookalike.core.models import CancelCheck, never_cancelled

log = logging.getLogger(__name__)
R = TypeVar("R")

_HEARING = 0.05  # seconds between two looks at the work under way and at `cancelled`
# Seconds work already begun has to end once Stop is pressed: a file being trashed right then
# ends as it does, not said to be lost in between; one on a silent drive is given up on.
_GRACE_AFTER_STOP = 0.5
# Bytes read or written between two signs of life (Alive): a drive that gives a megabyte within the
# patience (0.2 MB/s) is answering.
STEP = 1024 * 1024

_working = threading.local()  # the piece of work under way on this thread (_Walk._walk), if any


def alive() -> None:
    """Tell the run watching this thread's work that it goes on (a megabyte read or written): its
    patience starts again. Nothing where no run watches."""
    task = getattr(_working, "task", None)
    if task is not None:
        task.beat = time.monotonic()


class Alive:
    """A binary stream whose reads go a STEP at a time, telling the watching run at each that the
    work is alive (alive()): a 100 MB picture read from a slow network drive is no drive that stopped
    answering. What else is asked of the stream is the stream's."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def read(self, size: int | None = -1) -> bytes:
        parts = []
        left = -1 if size is None or size < 0 else size
        while left:
            alive()
            part = self._stream.read(STEP if left < 0 else min(left, STEP))
            if not part:
                break
            parts.append(part)
            left = left if left < 0 else left - len(part)
        alive()
        return b"".join(parts)

    def __enter__(self) -> Alive:
        return self

    def __exit__(self, *_: object) -> None:
        self._stream.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@dataclass(frozen=True, slots=True)
class NotAnswered:
    """What is known of work given up on: it did not answer within reach.PATIENCE, or soon after
    Stop was pressed (`stopped`). `past_gate`: it had passed its gate (it may have done what it was
    for, or may yet). `where`: what it was looking at (Task.where); `worker`: the thread it waits
    on; `journalled`: what it said when it last wrote to the journal (Task.journalled)."""

    past_gate: bool
    where: object = None
    worker: int | None = None
    stopped: bool = False
    journalled: object = None


@dataclass(eq=False)
class Task:
    """One piece of work under way, as the run and its worker know it. `where` is set by the work
    while it runs (what it is looking at, for the run to say which drive did not answer)."""

    where: object = None
    worker: int = field(default_factory=threading.get_ident)
    finished: bool = False
    given_up: bool = False
    past_gate: bool = False
    # While the work writes to the journal it is not given up on; its patience starts again once
    # the line is written (`beat`).
    writing: bool = False
    beat: float = field(default_factory=time.monotonic)
    wrote: object = None
    _pending: Late | None = None
    _left: Late | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def through_gate(self) -> bool:
        """Whether the work may go on to what cannot be taken back: the run has not given up on it.
        Once it has, never; once this said yes, the run treats the work as having gone on."""
        with self._lock:
            if self.given_up:
                return False
            self.past_gate = True
            return True

    def journalling(self) -> bool:
        """Whether the work may write to the journal now (not given up on before its gate); it is
        not given up on until journalled() says the line is written."""
        with self._lock:
            if self.given_up and not self.past_gate:
                return False
            self.writing = True
            return True

    def journalled(self, said: object = None) -> None:
        """The line begun with journalling() is written (or failed); `said`: what the run needs to
        write another line for the file, should it give up on the work after all."""
        with self._lock:
            self.writing, self.wrote, self.beat = False, said, time.monotonic()

    def _give_up(self, pending: Late, left: Late) -> bool:
        """Give up on the work unless it ended or writes to the journal; whether it did not give up.
        Work past its gate is counted in `pending` until it ends; any work given up on, in `left`."""
        with self._lock:
            if self.finished or self.writing:
                return True
            self.given_up = True
            self._left = left
            left.began()
            if self.past_gate:
                self._pending = pending
                pending.began()
            return False

    def _finish(self) -> None:
        with self._lock:
            self.finished = True
            pending, left = self._pending, self._left
        if pending is not None:  # given up on past its gate: it has ended now
            pending.ended()
        if left is not None:
            left.ended()


class Late:
    """Work given up on once past its gate, until it has ended: then() is called once none is left
    (the run's lock let go of only then, its journal lines written)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = 0
        self._calling = False  # the last work ended, and what then() was given is being called
        self._then: list[Callable[[], None]] = []
        self._ended = threading.Condition(self._lock)

    def began(self) -> None:
        with self._lock:
            self._pending += 1

    def ended(self) -> None:
        with self._lock:
            self._pending -= 1
            then = self._then if self._pending == 0 else []
            self._calling = bool(then)
            if then:
                self._then = []
            else:
                self._ended.notify_all()
        if not then:
            return
        try:
            for call in then:
                call()
        finally:  # waiters wake once the lock is let go of and the folders closed, not before
            with self._lock:
                self._calling = False
                self._ended.notify_all()

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def then(self, call: Callable[[], None]) -> None:
        """Call `call` once no work is pending: now, or when the last of it ends."""
        with self._lock:
            if self._pending:
                self._then.append(call)
                return
        call()

    def wait(self, seconds: float) -> bool:
        """Wait at most `seconds` for the pending work to end, and for what then() was given to have
        been called; whether none is left."""
        deadline = time.monotonic() + seconds
        with self._lock:
            while self._pending or self._calling:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._ended.wait(left)
            return True


class Lookout:
    """Makes a run's work on worker threads and watches it (walk()); `late`: the work given up on
    past its gate that has not ended yet."""

    def __init__(self, cancelled: CancelCheck = never_cancelled) -> None:
        self.cancelled = cancelled
        self.late = Late()
        # Any work given up on, not ended yet: before its gate too, it may still use what the run holds
        # for it (the folder moved into, by its descriptor: a copy under way is removed through it).
        self.left = Late()

    def walk(
        self,
        count: int,
        work: Callable[[int, Task], R],
        between: Callable[[int, R], None],
        given_up: Callable[[int, NotAnswered], R | None],
    ) -> bool:
        """Make work(i, task) for each i of range(count), one after the other, on a worker thread,
        and call between(i, what it returned) there after each (a run's progress, which may stop
        it); whether `cancelled` stopped the walk (heard between two pieces of work, and while one
        is waited for). The thread that walks only watches the piece under way, every _HEARING
        seconds: one that has not answered within reach.PATIENCE (or soon after `cancelled` turned
        true) is given up on; given_up(i, what is known of it) says what became of it, between() is
        called for it here, and a new worker goes on with the next piece. Raises what work or
        between raised (a bug)."""
        walk: _Walk[R] = _Walk(self.cancelled)
        walk.start(0, work, between, count)
        patience = reach.PATIENCE
        heard_stop, stop_at = False, 0.0
        while True:
            try:
                walk.ended.get(timeout=_HEARING)
                break
            except queue.Empty:
                pass
            now = time.monotonic()
            if not heard_stop and self.cancelled():
                heard_stop, stop_at = True, now + _GRACE_AFTER_STOP
            with walk.lock:
                if walk.current is None:
                    continue
                index, task = walk.current
                answer_by = task.beat + patience  # its patience starts again after a journal line
                if heard_stop:
                    answer_by = min(answer_by, stop_at)
                if now < answer_by or task._give_up(self.late, self.left):
                    continue
                walk.generation += 1  # the worker, once it answers, goes no further
                walk.current = None
            log.warning("work on a file did not answer within %s s: given up on", patience)
            known = NotAnswered(task.past_gate, task.where, task.worker, heard_stop, task.wrote)
            said = given_up(index, known)
            if said is not None:
                between(index, said)
            if heard_stop:
                return True
            walk.start(index + 1, work, between, count)
        if walk.error is not None:
            raise walk.error
        return walk.stopped


class _Walk(Generic[R]):
    """One Lookout.walk: its workers, one after the other (`generation`: the one that may go on),
    the piece of work under way (`current`), and how it ended."""

    def __init__(self, cancelled: CancelCheck) -> None:
        self.cancelled = cancelled
        self.lock = threading.Lock()
        self.generation = 0
        self.current: tuple[int, Task] | None = None
        self.ended: queue.SimpleQueue[bool] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self.stopped = False

    def start(
        self, first: int, work: Callable[[int, Task], R], between: Callable[[int, R], None], count: int
    ) -> None:
        with self.lock:
            generation = self.generation
        threading.Thread(
            target=self._walk,
            args=(generation, first, work, between, count),
            name="lookalike-lookout",
            daemon=True,
        ).start()

    def _end(self, generation: int, *, stopped: bool = False, error: BaseException | None = None) -> None:
        with self.lock:
            if self.generation == generation:
                self.stopped, self.error = stopped, error
                self.ended.put(True)

    def _walk(
        self,
        generation: int,
        first: int,
        work: Callable[[int, Task], R],
        between: Callable[[int, R], None],
        count: int,
    ) -> None:
        try:
            for index in range(first, count):
                if self.cancelled():  # heard between two pieces of work
                    self._end(generation, stopped=True)
                    return
                task = Task()
                with self.lock:
                    if self.generation != generation:
                        return
                    self.current = (index, task)
                _working.task = task
                try:
                    result = work(index, task)
                finally:
                    _working.task = None
                    task._finish()
                with self.lock:
                    if self.generation != generation:  # given up on: said, and journalled by now
                        return
                    self.current = None
                between(index, result)
        except BaseException as exc:  # handed to the thread that walks, which raises it
            self._end(generation, error=exc)
            return
        self._end(generation)
