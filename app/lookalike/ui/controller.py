"""Background work for the window: scans and file actions on a QThreadPool.

The controller lives on the GUI thread and owns its pool. Each task receives
plain data, a cancel token and a signals object; it never touches a widget,
catches its own exceptions and reports them through `failed`.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lookalike.core import actions
from lookalike.core.actions import ActionReport, ActPlan
from lookalike.core.cache import ThumbsUnavailable
from lookalike.core.decisions import DigestPair
from lookalike.core.matching import find_groups
from lookalike.core.models import Group, ImageRecord, Phase, Progress, ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, apply_keep_rules

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds: at most twenty progress updates a second reach the GUI


class CancelToken:
    """Set from the GUI thread, read by a worker: a thread-safe "please stop"."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class TaskSignals(QObject):
    """What a task reports back; created on the GUI thread, so slots run there.

    Signals:
        progressed: a `Progress` (scans) or a `(done, total)` tuple (actions).
        finished: the task's result object.
        failed: the traceback text of an unexpected error.
        unavailable: why a regrouping cannot be done (the cache lost thumbs it needs), in words.
    """

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    unavailable = Signal(str)


class ScanTask(QRunnable):
    """Runs core `scan()`; on Stop, groups what was read within a short budget and returns that.

    Pairs in `not_duplicates` are never grouped; `rules` choose the copy to keep in each group.
    """

    def __init__(
        self,
        roots: Sequence[Path],
        options: ScanOptions,
        token: CancelToken,
        signals: TaskSignals,
        not_duplicates: frozenset[DigestPair] = frozenset(),
        rules: Sequence[KeepRule] = SUGGESTED_RULES,
    ) -> None:
        super().__init__()
        self._roots = tuple(roots)
        self._options = options
        self._token = token
        self._signals = signals
        self._not_duplicates = not_duplicates
        self._rules = tuple(rules)
        self._last_report = 0.0
        self._last_phase: Phase | None = None

    def _progress(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.phase is self._last_phase and now - self._last_report < PROGRESS_INTERVAL:
            return
        self._last_phase, self._last_report = progress.phase, now
        self._signals.progressed.emit(progress)

    def run(self) -> None:
        # A full cyclic garbage collection over a scan's many objects holds the GIL for a long time
        # (160 ms for a thousand images), and so freezes the window. Collect nothing while scanning,
        # then freeze what exists: reference counting still frees it, the collector no longer walks it.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._scan()
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

    def _scan(self) -> None:
        try:
            result = scan(
                self._roots,
                self._options,
                progress=self._progress,
                cancelled=self._token,
                not_duplicates=self._not_duplicates,
            )
            result = replace(result, groups=apply_keep_rules(result.groups, self._rules))
        except Exception:
            log.exception("scan failed")
            self._signals.failed.emit(traceback.format_exc())
            return
        self._signals.finished.emit(result)


class RegroupTask(QRunnable):
    """Groups a finished scan's fingerprints again (new threshold, new decisions); reads no file.

    Emits the new groups, or None when superseded by a newer regrouping before it finished.
    """

    def __init__(
        self,
        images: Sequence[ImageRecord],
        options: ScanOptions,
        token: CancelToken,
        signals: TaskSignals,
        not_duplicates: frozenset[DigestPair],
        rules: Sequence[KeepRule],
    ) -> None:
        super().__init__()
        self._images = tuple(images)
        self._options = options
        self._token = token
        self._signals = signals
        self._not_duplicates = not_duplicates
        self._rules = tuple(rules)

    def run(self) -> None:
        try:
            found = find_groups(
                self._images, self._options, cancelled=self._token, not_duplicates=self._not_duplicates
            )
            groups = None if self._token() else apply_keep_rules(found, self._rules)
        except ThumbsUnavailable as exc:  # the cache was cleared or rescanned since: no bug
            log.warning("regrouping impossible: %s", exc)
            self._signals.unavailable.emit(str(exc))
            return
        except Exception:
            log.exception("regrouping failed")
            self._signals.failed.emit(traceback.format_exc())
            return
        self._signals.finished.emit(groups)


class ActionTask(QRunnable):
    """Trashes, or moves to `destination`, the files of a plan that pass the checks; reports each one."""

    def __init__(
        self,
        plan: ActPlan,
        destination: Path | None,
        token: CancelToken,
        signals: TaskSignals,
        journal: Path | None = None,
    ) -> None:
        super().__init__()
        self._plan = plan
        self._destination = destination
        self._token = token
        self._signals = signals
        self._journal = journal
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self._last_report >= PROGRESS_INTERVAL:
            self._last_report = now
            self._signals.progressed.emit((done, total))

    def run(self) -> None:
        try:
            outcome = actions.carry_out(
                self._plan,
                destination=self._destination,
                journal=self._journal,
                progress=self._progress,
                cancelled=self._token,
            )
        except Exception:
            log.exception("file action failed")
            self._signals.failed.emit(traceback.format_exc())
            return
        self._signals.finished.emit(outcome)


class Controller(QObject):
    """Starts, stops and reports scans and file actions; one of each kind at a time.

    Signals:
        scan_progressed: a core `Progress`, throttled.
        scan_finished: the `ScanResult` (with `cancelled` set after Stop).
        scan_failed: traceback text of an unexpected error.
        action_progressed: files done and files in total.
        action_finished: the `ActionReport`.
        action_failed: traceback text of an unexpected error.
        regroup_finished: the new groups (a tuple of `Group`) of the latest regrouping.
        regroup_failed: traceback text of an unexpected error.
        regroup_unavailable: why the pictures cannot be grouped again without a new scan.
        busy_changed: whether a scan, an action or a regrouping is running.
    """

    scan_progressed = Signal(object)
    scan_finished = Signal(object)
    scan_failed = Signal(str)
    action_progressed = Signal(int, int)
    action_finished = Signal(object)
    action_failed = Signal(str)
    regroup_finished = Signal(object)
    regroup_failed = Signal(str)
    regroup_unavailable = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, journal: Path | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._journal = journal
        self._token: CancelToken | None = None
        self._signals: TaskSignals | None = None
        self._regrouping = False

    @property
    def busy(self) -> bool:
        return self._token is not None

    @property
    def regrouping(self) -> bool:
        return self._regrouping

    def start_scan(
        self,
        roots: Sequence[Path],
        options: ScanOptions,
        *,
        not_duplicates: frozenset[DigestPair] = frozenset(),
        rules: Sequence[KeepRule] = SUGGESTED_RULES,
    ) -> bool:
        """Start scanning `roots`; returns False when something is already running."""
        if self.busy:
            return False
        token, signals = self._begin()
        signals.progressed.connect(self.scan_progressed)
        signals.finished.connect(self._on_scan_finished)
        signals.failed.connect(self._on_scan_failed)
        self._pool.start(ScanTask(roots, options, token, signals, not_duplicates, rules))
        return True

    def start_regroup(
        self,
        images: Sequence[ImageRecord],
        options: ScanOptions,
        *,
        not_duplicates: frozenset[DigestPair] = frozenset(),
        rules: Sequence[KeepRule] = SUGGESTED_RULES,
    ) -> bool:
        """Group `images` again; a regrouping still running is cancelled and its result dropped.
        Returns False while a scan or a file action runs."""
        if self.busy and not self._regrouping:
            return False
        if self._token is not None:
            self._token.cancel()  # superseded: its signals object reports once, then is deleted
            token, signals = CancelToken(), TaskSignals(self)
            self._token, self._signals = token, signals
        else:
            token, signals = self._begin()
        self._regrouping = True
        signals.finished.connect(lambda groups, s=signals: self._on_regroup_finished(s, groups))
        signals.failed.connect(lambda details, s=signals: self._on_regroup_failed(s, details))
        signals.unavailable.connect(lambda why, s=signals: self._on_regroup_failed(s, why, unavailable=True))
        self._pool.start(RegroupTask(images, options, token, signals, not_duplicates, rules))
        return True

    def start_action(self, plan: ActPlan, destination: Path | None = None) -> bool:
        """Trash the files `plan` marks DELETE, or move them into `destination`; False when busy."""
        if self.busy:
            return False
        token, signals = self._begin()
        signals.progressed.connect(self._on_action_progressed)
        signals.finished.connect(self._on_action_finished)
        signals.failed.connect(self._on_action_failed)
        self._pool.start(ActionTask(plan, destination, token, signals, self._journal))
        return True

    def stop(self) -> None:
        """Ask the running task to stop; it reports back through its usual signal."""
        if self._token is not None:
            self._token.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop everything and wait for the workers, e.g. when the window closes."""
        self.stop()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _begin(self) -> tuple[CancelToken, TaskSignals]:
        self._token, self._signals = CancelToken(), TaskSignals(self)
        self.busy_changed.emit(True)
        return self._token, self._signals

    def _end(self) -> None:
        if self._signals is not None:
            self._signals.deleteLater()
        self._token = self._signals = None
        self._regrouping = False
        self.busy_changed.emit(False)

    def _on_regroup_finished(self, signals: TaskSignals, groups: tuple[Group, ...] | None) -> None:
        if signals is not self._signals:
            signals.deleteLater()  # a superseded regrouping
            return
        self._end()
        if groups is not None:
            self.regroup_finished.emit(groups)

    def _on_regroup_failed(self, signals: TaskSignals, details: str, *, unavailable: bool = False) -> None:
        if signals is not self._signals:
            signals.deleteLater()
            return
        self._end()
        (self.regroup_unavailable if unavailable else self.regroup_failed).emit(details)

    def _on_scan_finished(self, result: ScanResult) -> None:
        self._end()
        self.scan_finished.emit(result)

    def _on_scan_failed(self, details: str) -> None:
        self._end()
        self.scan_failed.emit(details)

    def _on_action_progressed(self, progress: tuple[int, int]) -> None:
        self.action_progressed.emit(*progress)

    def _on_action_finished(self, outcome: ActionReport) -> None:
        self._end()
        self.action_finished.emit(outcome)

    def _on_action_failed(self, details: str) -> None:
        self._end()
        self.action_failed.emit(details)
