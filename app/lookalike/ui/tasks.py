"""Background work as a value: run a callable off the GUI thread and hear back on the GUI thread.

A `BackgroundTask` names what runs on a worker thread and what runs on the GUI thread afterwards
(the shape of Anki's `QueryOp` and MusicBrainz Picard's `Runnable`)::

    task = BackgroundTask(
        "regroup",
        lambda report, cancelled: find_groups(images, options, cancelled=cancelled),
        on_success=show_groups,  # gets what the work returned
        on_failure=show_error,  # gets the traceback text of what the work raised
        parent=controller,
    )
    task.start(pool)
    task.cancel()  # later, from the GUI thread: the work sees cancelled() turn true

The work gets a progress callback and a cancel check: the `progress=` and `cancelled=` that core
functions take. It touches no widget. Progress reaches `on_progress` at most about twenty times a
second. Cancelling only asks: whatever the work returns (a partial result, say) still arrives.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeAlias, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QProgressDialog

log = logging.getLogger(__name__)

P = TypeVar("P")  # what the work reports as progress
T = TypeVar("T")  # what the work returns

PROGRESS_INTERVAL = 0.05  # seconds: at most twenty progress updates a second reach the GUI
WAIT_NOTE_MS = 400  # a wait (see wait_painting) shorter than this shows no note
WAIT_SWITCH_S = 0.0005  # the GIL's switch interval meanwhile (see wait_painting)

CancelCheck: TypeAlias = Callable[[], bool]
Work: TypeAlias = Callable[[Callable[[P], None], CancelCheck], T]
"""What runs off the GUI thread: `work(report, cancelled) -> result`."""


class CancelToken:
    """Set from the GUI thread, read by a worker: a thread-safe "please stop"."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class ProgressThrottle(Generic[P]):
    """Passes reports on to `send` at most once per `interval`, dropping the ones in between.

    A report whose `stage` differs from that of the last report passed on is never dropped, so a
    new phase (or, with a stage such as "done == total", the last file) always shows.
    Safe to call from several threads.
    """

    def __init__(
        self,
        send: Callable[[P], None],
        *,
        interval: float = PROGRESS_INTERVAL,
        stage: Callable[[P], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._send = send
        self._interval = interval
        self._stage = stage
        self._clock = clock
        self._lock = threading.Lock()
        self._last_time: float | None = None
        self._last_stage: object = None

    def __call__(self, report: P) -> None:
        stage = self._stage(report) if self._stage is not None else None
        now = self._clock()
        with self._lock:
            if (
                self._last_time is not None
                and stage == self._last_stage
                and now - self._last_time < self._interval
            ):
                return
            self._last_time, self._last_stage = now, stage
        self._send(report)


@dataclass(frozen=True, slots=True)
class _Callbacks:
    on_progress: Callable[[Any], None] | None
    on_success: Callable[[Any], None]
    on_failure: Callable[[str], None]


class _Relay(QObject):
    """Carries the reports of an owner's tasks from their worker threads to the owner's thread.

    One relay per owner, a child of it, living as long as it does: a relay made and deleted per
    task was deleted on the GUI thread while its worker still held it, which crashed now and then.
    Reports carry the task's number; a task's callbacks are dropped once it has finished.

    Signals:
        progressed: a task's progress report, already throttled.
        succeeded: what a task's work returned.
        failed: the traceback text of what a task's work raised.
    """

    NAME = "lookalike-task-relay"
    progressed = Signal(int, object)
    succeeded = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self._tasks: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)
        # Queued, to slots of an object of the GUI thread: the callbacks run there, in the order
        # the worker emitted, so no progress arrives after the outcome.
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._deliver_progress, queued)
        self.succeeded.connect(self._deliver_success, queued)
        self.failed.connect(self._deliver_failure, queued)

    @classmethod
    def of(cls, owner: QObject) -> _Relay:
        """The owner's relay, made on first use."""
        relay = owner.findChild(cls, cls.NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return relay if isinstance(relay, cls) else cls(owner)

    def add(self, callbacks: _Callbacks) -> int:
        number = next(self._numbers)
        self._tasks[number] = callbacks
        return number

    def _deliver_progress(self, task: int, report: object) -> None:
        callbacks = self._tasks.get(task)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(report)

    def _deliver_success(self, task: int, result: object) -> None:
        callbacks = self._tasks.pop(task, None)
        if callbacks is not None:
            callbacks.on_success(result)

    def _deliver_failure(self, task: int, details: str) -> None:
        callbacks = self._tasks.pop(task, None)
        if callbacks is not None:
            callbacks.on_failure(details)


class _Runner(QRunnable):
    """The part that runs on the pool's thread: calls the work, catches what it raises."""

    def __init__(
        self,
        name: str,
        work: Work[Any, Any],
        report: Callable[[Any], None],
        token: CancelToken,
        relay: _Relay,
        number: int,
    ) -> None:
        super().__init__()
        self._name = name
        self._work = work
        self._report = report
        self._token = token
        self._relay = relay
        self._number = number

    def run(self) -> None:
        try:
            result = self._work(self._report, self._token)
        except Exception:
            log.exception("background task %r failed", self._name)
            self._tell(self._relay.failed, traceback.format_exc())
        else:
            self._tell(self._relay.succeeded, result)

    def _tell(self, signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(self._number, value)
        except RuntimeError:  # the relay's owner was deleted without waiting for its pool
            log.warning("background task %r finished after its owner was gone", self._name)


def _report_nothing(_report: object) -> None:
    pass


class BackgroundTask(Generic[P, T]):
    """`work` on a pool thread, then `on_success(result)` or `on_failure(traceback)` on the GUI thread.

    `on_progress` gets the work's reports, throttled (see `ProgressThrottle`; `progress_stage`
    says which reports must never be dropped). The callbacks run on the thread of `parent`, which
    must be the GUI thread; a task whose parent is deleted first reports nothing. Making a task
    starts nothing: `start` does.
    """

    def __init__(
        self,
        name: str,
        work: Work[P, T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[str], None],
        on_progress: Callable[[P], None] | None = None,
        progress_stage: Callable[[P], object] | None = None,
        progress_interval: float = PROGRESS_INTERVAL,
        parent: QObject,
    ) -> None:
        self.name = name
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._progress_stage = progress_stage
        self._progress_interval = progress_interval
        self._parent = parent
        self._token = CancelToken()
        self._started = False

    @property
    def cancelled(self) -> bool:
        return self._token()

    def start(self, pool: QThreadPool) -> None:
        """Queue the work on `pool`; a task runs once."""
        if self._started:
            raise RuntimeError(f"background task {self.name!r} was already started")
        self._started = True
        relay = _Relay.of(self._parent)
        number = relay.add(_Callbacks(self._on_progress, self._on_success, self._on_failure))
        report: Callable[[P], None] = _report_nothing
        if self._on_progress is not None:
            report = ProgressThrottle(
                partial(relay.progressed.emit, number),
                interval=self._progress_interval,
                stage=self._progress_stage,
            )
        pool.start(_Runner(self.name, self._work, report, self._token, relay, number))

    def cancel(self) -> None:
        """Ask the work to stop: its `cancelled()` turns true. Its outcome is still reported."""
        self._token.cancel()


class _Done(QObject):
    done = Signal()


def wait_painting(work: Callable[[], T], note: str) -> T:
    """`work()` on a thread of its own while the GUI thread waits for it and goes on painting the
    windows and running their timers: the person's clicks and keys wait until it is done, but the
    window is never frozen (opening or saving a review of 50,000 groups takes seconds of Python).
    A note saying `note` appears when the wait lasts longer than WAIT_NOTE_MS. Returns what `work`
    returned; raises what it raised."""
    outcome: list[tuple[bool, Any]] = []
    signal, loop = _Done(), QEventLoop()
    signal.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the waiting thread, which raises it
            outcome.append((False, exc))
        signal.done.emit()

    shown = QProgressDialog(note, "", 0, 0, QApplication.activeWindow())
    shown.setCancelButton(None)  # nothing to cancel: reading or writing one file
    shown.setWindowModality(Qt.WindowModality.ApplicationModal)
    shown.setMinimumDuration(2**31 - 1)  # shown by the timer below, not by QProgressDialog's own
    later = QTimer()
    later.setSingleShot(True)
    later.timeout.connect(shown.show)
    later.start(WAIT_NOTE_MS)
    thread = threading.Thread(target=run, name="lookalike-wait", daemon=True)
    # Each call from Qt into Python (a row's text, a paint) waits for the worker to hand over the
    # GIL, which it does only after the switch interval (5 ms): painting the group list took 0.1 s.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(WAIT_SWITCH_S)
    try:
        thread.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        sys.setswitchinterval(switch_interval)
    later.stop()
    shown.close()
    shown.deleteLater()
    thread.join()
    succeeded, value = outcome[0]
    if not succeeded:
        raise value
    return value  # type: ignore[no-any-return]
