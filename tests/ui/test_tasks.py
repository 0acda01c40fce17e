"""The background-task helper on real pool threads: outcomes arrive on the GUI thread, in order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from lookalike.ui.tasks import PROGRESS_INTERVAL, BackgroundTask, CancelCheck, ProgressThrottle

TIMEOUT_MS = 5000


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    assert pool.waitForDone(TIMEOUT_MS)


@pytest.fixture
def owner(pool: QThreadPool) -> Iterator[QObject]:
    """The GUI-thread object the tasks report to; deleted only after the pool is done."""
    owner = QObject()
    yield owner
    pool.waitForDone(TIMEOUT_MS)
    owner.deleteLater()


@dataclass
class Heard:
    """What the GUI thread was told, and on which thread each call arrived."""

    results: list[object] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    progress: list[object] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # "progress", "success", "failure" in arrival order
    threads: set[QThread] = field(default_factory=set)

    def success(self, result: object) -> None:
        self._note("success")
        self.results.append(result)

    def failure(self, details: str) -> None:
        self._note("failure")
        self.failures.append(details)

    def progressed(self, report: object) -> None:
        self._note("progress")
        self.progress.append(report)

    @property
    def done(self) -> bool:
        return bool(self.results or self.failures)

    def _note(self, event: str) -> None:
        self.events.append(event)
        self.threads.add(QThread.currentThread())


def run(
    pool: QThreadPool,
    owner: QObject,
    work: Callable[[Callable[[Any], None], CancelCheck], object],
    *,
    stage: Callable[[Any], object] | None = None,
) -> tuple[BackgroundTask[Any, object], Heard]:
    heard = Heard()
    task: BackgroundTask[Any, object] = BackgroundTask(
        "test",
        work,
        on_success=heard.success,
        on_failure=heard.failure,
        on_progress=heard.progressed,
        progress_stage=stage,
        parent=owner,
    )
    task.start(pool)
    return task, heard


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, pool: QThreadPool, owner: QObject) -> None:
    worker_threads: list[QThread] = []

    def work(_report: Callable[[object], None], _cancelled: CancelCheck) -> int:
        worker_threads.append(QThread.currentThread())
        return 6 * 7

    _task, heard = run(pool, owner, work)
    qtbot.waitUntil(lambda: heard.done, timeout=TIMEOUT_MS)
    assert heard.results == [42] and not heard.failures
    assert worker_threads and worker_threads[0] is not owner.thread()  # the work ran off the GUI thread
    assert heard.threads == {owner.thread()}


def test_an_exception_in_the_work_is_reported_with_its_traceback(
    qtbot: QtBot, pool: QThreadPool, owner: QObject, caplog: pytest.LogCaptureFixture
) -> None:
    def work(_report: Callable[[object], None], _cancelled: CancelCheck) -> int:
        raise ValueError("a bug in the work")

    _task, heard = run(pool, owner, work)
    qtbot.waitUntil(lambda: heard.done, timeout=TIMEOUT_MS)
    assert not heard.results and len(heard.failures) == 1
    details = heard.failures[0]
    assert details.startswith("Traceback") and "ValueError: a bug in the work" in details
    assert "in work" in details  # the frame that raised, for the bug report
    assert heard.threads == {owner.thread()}
    assert "background task 'test' failed" in caplog.text  # and logged where it happened


def test_cancel_stops_the_work_and_its_partial_result_still_arrives(
    qtbot: QtBot, pool: QThreadPool, owner: QObject
) -> None:
    started = threading.Event()

    def work(_report: Callable[[object], None], cancelled: CancelCheck) -> int:
        started.set()
        rounds = 0
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            rounds += 1
            time.sleep(0.001)
        return -1 if not cancelled() else rounds

    task, heard = run(pool, owner, work)
    assert started.wait(TIMEOUT_MS / 1000)
    assert not task.cancelled
    asked = time.monotonic()
    task.cancel()
    assert task.cancelled
    qtbot.waitUntil(lambda: heard.done, timeout=TIMEOUT_MS)
    assert time.monotonic() - asked < 1.0
    assert len(heard.results) == 1 and isinstance(heard.results[0], int) and heard.results[0] >= 0


def test_progress_is_throttled_but_a_new_stage_always_shows(
    qtbot: QtBot, pool: QThreadPool, owner: QObject
) -> None:
    duration = 0.5
    sent: list[tuple[str, int]] = []

    def work(report: Callable[[tuple[str, int]], None], _cancelled: CancelCheck) -> str:
        end = time.monotonic() + duration
        while time.monotonic() < end:
            sent.append(("reading", len(sent)))
            report(sent[-1])
            time.sleep(0.0005)
        sent.append(("grouping", len(sent)))
        report(sent[-1])
        return "done"

    _task, heard = run(pool, owner, work, stage=lambda report: report[0])
    qtbot.waitUntil(lambda: heard.done, timeout=TIMEOUT_MS)
    assert heard.results == ["done"]
    assert len(sent) > 200  # the work reported far more often than the GUI hears
    most = duration / PROGRESS_INTERVAL + 2  # one per interval, the first, and the new stage
    assert 2 <= len(heard.progress) <= most, len(heard.progress)
    assert heard.progress[0] == sent[0] and heard.progress[-1] == sent[-1]  # the new stage was not dropped
    assert heard.events[-1] == "success" and set(heard.events[:-1]) == {"progress"}  # nothing after
    assert heard.threads == {owner.thread()}


def test_without_a_progress_callback_reports_go_nowhere(
    qtbot: QtBot, pool: QThreadPool, owner: QObject
) -> None:
    heard = Heard()

    def work(report: Callable[[int], None], _cancelled: CancelCheck) -> str:
        for step in range(100):
            report(step)
        return "quiet"

    task = BackgroundTask("quiet", work, on_success=heard.success, on_failure=heard.failure, parent=owner)
    task.start(pool)
    qtbot.waitUntil(lambda: heard.done, timeout=TIMEOUT_MS)
    assert heard.results == ["quiet"] and heard.events == ["success"]


def test_a_task_starts_once(pool: QThreadPool, owner: QObject) -> None:
    heard = Heard()
    task: BackgroundTask[object, None] = BackgroundTask(
        "once",
        lambda _report, _cancelled: None,
        on_success=heard.success,
        on_failure=heard.failure,
        parent=owner,
    )
    task.start(pool)
    with pytest.raises(RuntimeError, match="already started"):
        task.start(pool)


def test_the_throttle_passes_one_report_per_interval_and_every_change_of_stage() -> None:
    now = [0.0]
    passed: list[tuple[str, float]] = []
    throttle = ProgressThrottle(
        passed.append, interval=0.05, stage=lambda report: report[0], clock=lambda: now[0]
    )
    for stage, at in [
        ("read", 0.00),  # the first report: passes
        ("read", 0.01),
        ("read", 0.04),
        ("read", 0.05),  # an interval after the last one passed: passes
        ("read", 0.06),
        ("group", 0.07),  # a new stage: passes at once
        ("group", 0.08),
        ("group", 0.13),  # passes
    ]:
        now[0] = at
        throttle((stage, at))
    assert passed == [("read", 0.0), ("read", 0.05), ("group", 0.07), ("group", 0.13)]
