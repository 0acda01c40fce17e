"""Work on a person's files made on a worker thread the run watches.

A run acts on file after file. Before it, each folder is resolved within reach.PATIENCE; but a
network drive may stop answering in the middle of the run, and the next look at a file on it (a
stat, an open, reading it, the Trash's rename) waits as long as the drive does. So each file's work
is made on a worker thread (Lookout.ask), waited for PATIENCE seconds at most while the run hears
its Stop: work that has not answered by then is given up on (Asked.answer is NotAnswered), its
worker left to it (a daemon: it holds no one, nor the app open) and the next work gets a new one.

Work that may do what cannot be taken back passes a gate first (Task.through_gate): once the run gave
up on it, it never goes on past it. Work the run gave up on once it was past the gate may still end
later: its `late` callback is then called with what it returned (the run journals it), and `Late`
counts such work until it has ended.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from lookalike.core import reach
from lookalike.core.models import CancelCheck, never_cancelled

log = logging.getLogger(__name__)
T = TypeVar("T")

_HEARING = 0.05  # seconds between two looks at `cancelled` while a file's work is waited for
# Seconds work already begun has to end once Stop is pressed: a file being trashed right then
# ends as it does, not said to be lost in between; one on a silent drive is given up on.
_GRACE_AFTER_STOP = 0.5


@dataclass(frozen=True, slots=True)
class NotAnswered:
    """What work given up on answers: it did not end within reach.PATIENCE, or soon after Stop was
    pressed (`stopped`). `past_gate`: it had passed its gate (it may have done what it was for, or
    may yet). `where`: what it was looking at (Task.where); `worker`: the thread it waits on."""

    past_gate: bool
    where: object = None
    worker: int | None = None
    stopped: bool = False
    journalled: object = None  # what the work said when it last wrote to the journal (Task.journalled)


@dataclass(eq=False)
class Task(Generic[T]):
    """One piece of work handed to a worker, and what is known of it. `where` is set by the work
    while it runs (what it is looking at, for the run to say which drive did not answer)."""

    work: Callable[[Task[T]], T]
    late: Callable[[T | BaseException], None] | None = None
    where: object = None
    worker: int | None = None
    finished: bool = False
    # Told once the work ended (a queue: the quickest hand-over between two threads in CPython, about
    # half an Event's, which counts at each of thousands of files).
    answer: queue.SimpleQueue[bool] = field(default_factory=queue.SimpleQueue)
    result: T | None = None
    error: BaseException | None = None
    given_up: bool = False
    past_gate: bool = False
    # While the work writes to the journal it is not given up on: the journal's disk is no drive of
    # pictures, and a line given up on would leave a file no Undo finds. Its patience starts again
    # once the line is written (`beat`).
    writing: bool = False
    beat: float = 0.0
    wrote: object = None
    _pending: Late | None = None
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

    def _give_up(self, late: Callable[[T | BaseException], None] | None, pending: Late) -> bool:
        """Give up on the work unless it ended or writes to the journal; whether it did not give up.
        Work past its gate is counted in `pending` until it ends."""
        with self._lock:
            if self.finished or self.writing:
                return True
            self.given_up = True
            if self.past_gate:
                self.late, self._pending = late, pending
                pending.began()
            return False

    def _run(self) -> None:
        self.worker = threading.get_ident()
        try:
            result: T | None = self.work(self)
            error: BaseException | None = None
        except BaseException as exc:  # handed to the run, which raises it (a bug) or reports it late
            result, error = None, exc
        with self._lock:
            self.result, self.error, self.finished = result, error, True
            late, pending = (self.late, self._pending) if self.given_up else (None, None)
        self.answer.put(True)
        try:
            if late is not None:
                late(error if error is not None else result)  # type: ignore[arg-type]
        except Exception:
            log.exception("work on a file ended after the run gave up on it, and could not be said")
        finally:
            if pending is not None:
                pending.ended()


class Late:
    """Work given up on once past its gate, until it has ended: then() is called once none is left
    (the run's lock let go of only then, its journal lines written)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = 0
        self._then: list[Callable[[], None]] = []
        self._ended = threading.Condition(self._lock)

    def began(self) -> None:
        with self._lock:
            self._pending += 1

    def ended(self) -> None:
        with self._lock:
            self._pending -= 1
            then = self._then if self._pending == 0 else []
            if then:
                self._then = []
            self._ended.notify_all()
        for call in then:
            call()

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
        """Wait at most `seconds` for the pending work to end; whether none is left."""
        deadline = time.monotonic() + seconds
        with self._lock:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._ended.wait(left)
            return True


class Lookout:
    """A worker thread that makes the run's work, one piece at a time, watched (ask()). A worker
    given up on is left to the look it waits on; the next work gets a new worker."""

    def __init__(self, cancelled: CancelCheck = never_cancelled) -> None:
        self.cancelled = cancelled
        self.late = Late()  # work given up on past its gate, not ended yet
        self._queue: queue.SimpleQueue[Task[object] | None] | None = None

    def ask(
        self, work: Callable[[Task[T]], T], late: Callable[[T | BaseException], None] | None = None
    ) -> T | NotAnswered:
        """What `work` returned, made on the worker; NotAnswered when it did not end within
        reach.PATIENCE, or soon after `cancelled` turned true. `late`: called on the worker with what
        work given up on once past its gate returned (or raised) when it ends after all. Raises
        what `work` raised (a bug: the checks and actions say the system's refusals as outcomes)."""
        task: Task[T] = Task(work)
        self._worker().put(task)  # type: ignore[arg-type]
        patience = reach.PATIENCE
        deadline = time.monotonic() + patience
        heard_stop = False
        while True:
            try:
                left = deadline - time.monotonic()
                task.answer.get(timeout=min(_HEARING, left) if left > 0 else _HEARING)
                break
            except queue.Empty:
                pass
            now = time.monotonic()
            if not heard_stop and self.cancelled():
                heard_stop = True
                deadline = min(deadline, now + _GRACE_AFTER_STOP)
            if not heard_stop:  # the journal just written: the patience starts again
                deadline = max(deadline, task.beat + patience)
            if now >= deadline and not task._give_up(late, self.late):
                self._let_go()
                log.warning("work on a file did not answer within %s s: given up on", patience)
                return NotAnswered(task.past_gate, task.where, task.worker, heard_stop, task.wrote)
        if task.error is not None:
            raise task.error
        return task.result  # type: ignore[return-value]  # done without an error: what work returned

    def close(self) -> None:
        """Let the worker end once it is free."""
        if self._queue is not None:
            self._queue.put(None)
            self._queue = None

    def _let_go(self) -> None:
        """Leave the worker to the work it is stuck on; it ends once that does."""
        if self._queue is not None:
            self._queue.put(None)  # read once it is free again
            self._queue = None

    def _worker(self) -> queue.SimpleQueue[Task[object] | None]:
        if self._queue is None:
            tasks: queue.SimpleQueue[Task[object] | None] = queue.SimpleQueue()
            threading.Thread(target=_work, args=(tasks,), name="lookalike-lookout", daemon=True).start()
            self._queue = tasks
        return self._queue


def _work(tasks: queue.SimpleQueue[Task[object] | None]) -> None:
    while (task := tasks.get()) is not None:
        task._run()
