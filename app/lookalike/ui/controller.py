"""Background work for the window: scans, regroupings and file actions on a QThreadPool.

The controller lives on the GUI thread and owns its pool. Each piece of work is a plain function
of snapshot data, a progress callback and a cancel check (`scan_and_suggest`, `regroup`,
`carry_out_plan`), run through one `BackgroundTask`; the controller turns the outcome into its
signals. One task at a time keeps it busy; a newer regrouping supersedes a running one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from lookalike.core import actions
from lookalike.core.actions import ActionReport, Trasher
from lookalike.core.apart import group_again_apart
from lookalike.core.cache import ThumbsUnavailable
from lookalike.core.decisions import DigestPair
from lookalike.core.matching import let_go_of_pictures
from lookalike.core.models import CancelCheck, Group, ImageRecord, Phase, Progress, ScanOptions, ScanResult
from lookalike.core.plan import ActPlan
from lookalike.core.reasons import Reason
from lookalike.core.restore import LastRun, LastRunChanged, RestoreReport, last_run, undo_last
from lookalike.core.scan import collector_paused, scan
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, apply_keep_rules
from lookalike.ui.allocator import release_free_memory
from lookalike.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

FileProgress = tuple[int, int]  # files done, files in total


# ---- the work: plain functions, run on a pool thread ---------------------------------------------


def scan_and_suggest(
    roots: tuple[Path, ...],
    options: ScanOptions,
    not_duplicates: frozenset[DigestPair],
    rules: tuple[KeepRule, ...],
    report: Callable[[Progress], None],
    cancelled: CancelCheck,
    *,
    out_of_reach: frozenset[Path] = frozenset(),
) -> ScanResult:
    """Core `scan()`, then `rules` choose the copy to keep in each group.

    Pairs in `not_duplicates` are never grouped; nothing at or below a folder `out_of_reach` is looked
    at (core.discovery.discover_found). After a stop, the result holds what was read. Then the memory
    the scan's short-lived objects took goes back to the system (see regroup).
    """
    # A full cyclic garbage collection over a scan's many objects holds the GIL for a long time
    # (160 ms for a thousand images), and so freezes the window. Collect nothing while scanning,
    # then freeze what exists: reference counting still frees it, the collector no longer walks it.
    try:
        with collector_paused(freeze=True):
            result = scan(
                roots,
                options,
                progress=report,
                cancelled=cancelled,
                not_duplicates=not_duplicates,
                out_of_reach=out_of_reach,
            )
            return replace(result, groups=apply_keep_rules(result.groups, rules))
    finally:
        let_go_of_pictures()
        release_free_memory()


@dataclass(frozen=True)
class Regrouped:
    """A regrouping's groups; None when it was stopped before it finished."""

    groups: tuple[Group, ...] | None


@dataclass(frozen=True)
class CannotRegroup:
    """The cache lost thumbs a regrouping needs (cleared or rescanned since): a new scan is needed."""

    reason: Reason


def regroup(
    images: tuple[ImageRecord, ...],
    options: ScanOptions,
    not_duplicates: frozenset[DigestPair],
    rules: tuple[KeepRule, ...],
    report: Callable[[tuple[int, int]], None],
    cancelled: CancelCheck,
) -> Regrouped | CannotRegroup:
    """Group a finished scan's fingerprints again (new threshold, new decisions); reads only the
    files of pairs no grouping has looked at (core.scan.group_again), many pictures in a process of
    their own (core.apart). `report` hears how far it has come: (done, total) steps
    (core.matching.GROUPING_STEPS).

    Grouped in this process, the thumbs, arrays and pictures of the pixel checks leave most of the
    memory they took free but kept by malloc (90-120 MB at 100,000 pictures): it goes back to the
    system at the end.
    """
    try:
        found = group_again_apart(
            images,
            options,
            cancelled=cancelled,
            not_duplicates=not_duplicates,
            progress=lambda done, total: report((done, total)),
        )
    except ThumbsUnavailable as exc:  # no bug: the person cleared the cache, say
        log.warning("regrouping impossible: %s", exc)
        return CannotRegroup(exc.reason)
    finally:
        let_go_of_pictures()
        release_free_memory()
    return Regrouped(None if cancelled() else apply_keep_rules(found, rules))


def carry_out_plan(
    plan: ActPlan,
    destination: Path | None,
    journal: Path | None,
    trasher: Trasher | None,
    report: Callable[[FileProgress], None],
    cancelled: CancelCheck,
) -> ActionReport:
    """Trash (through `trasher`, default send2trash), or move to `destination`, the files of `plan`
    that pass the checks; reports each one."""
    return actions.carry_out(
        plan,
        destination=destination,
        journal=journal,
        progress=lambda done, total: report((done, total)),
        cancelled=cancelled,
        trasher=trasher,
    )


def _phase(progress: Progress) -> tuple[Phase, bool]:
    """A scan's progress stage: the first report of each phase and its end always show."""
    return progress.phase, bool(progress.total) and progress.done == progress.total


def _end_reached(progress: tuple[int, int]) -> bool:
    """A (done, total) progress's stage: its last report (a file action's last file, a regrouping's
    end) always shows."""
    done, total = progress
    return done == total


# ---- the controller: on the GUI thread -------------------------------------------------------------


class Controller(QObject):
    """Starts, stops and reports scans, regroupings and file actions; one at a time.

    Signals:
        scan_progressed: a core `Progress`, throttled.
        scan_finished: the `ScanResult` (with `cancelled` set after Stop).
        scan_failed: traceback text of an unexpected error.
        action_progressed: files done and files in total.
        action_finished: the `ActionReport`.
        action_failed: traceback text of an unexpected error.
        regroup_finished: the new groups (a tuple of `Group`) of the latest regrouping.
        regroup_failed: traceback text of an unexpected error.
        regroup_progressed: steps of a regrouping done and steps in all, throttled.
        regroup_unavailable: why the pictures cannot be grouped again without a new scan (a `Reason`).
        last_run_found: the journal's last run (a `LastRun`), None when there is nothing to put back.
        last_run_failed: traceback text of an unexpected error.
        busy_changed: whether a scan, an action or a regrouping is running.
    """

    scan_progressed = Signal(object)
    scan_finished = Signal(object)
    scan_failed = Signal(str)
    action_progressed = Signal(int, int)
    action_finished = Signal(object)
    action_failed = Signal(str)
    regroup_progressed = Signal(int, int)
    regroup_finished = Signal(object)
    regroup_failed = Signal(str)
    regroup_unavailable = Signal(object)
    restore_finished = Signal(object)
    restore_failed = Signal(str)
    last_run_found = Signal(object)
    last_run_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, journal: Path | None = None, trasher: Trasher | None = None
    ) -> None:
        """`journal` and `trasher` go to core's `carry_out` (None: the user's journal, send2trash)."""
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._journal = journal
        self._trasher = trasher
        self._task: BackgroundTask[Any, Any] | None = None  # the one whose outcome ends "busy"
        self._regrouping = False
        self._closing = False  # shutdown() began: a late answer (the last run read) asks no one
        # Counts regroupings: one reporting with an older number was superseded and is dropped.
        self._regroup_generation = 0

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def scanning(self) -> bool:
        """Whether the running task is a scan (the start page shows its progress, and only its)."""
        return self._task is not None and self._task.name == "scan"

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
        out_of_reach: frozenset[Path] = frozenset(),
    ) -> bool:
        """Start scanning `roots`, looking at nothing at or below a folder `out_of_reach` (a drive that
        did not answer: a look there would hold the scan, Stop and closing with it); returns False
        when something is already running."""
        if self.busy:
            return False
        work = partial(
            scan_and_suggest, tuple(roots), options, not_duplicates, tuple(rules), out_of_reach=out_of_reach
        )
        self._run(
            BackgroundTask(
                "scan",
                work,
                on_success=self._on_scan_finished,
                on_failure=self._on_scan_failed,
                on_progress=self.scan_progressed.emit,
                progress_stage=_phase,
                parent=self,
            )
        )
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
        if self._task is not None:
            self._task.cancel()  # superseded: the generation below drops what it reports
        self._regroup_generation += 1
        generation = self._regroup_generation
        self._regrouping = True
        work = partial(regroup, tuple(images), options, not_duplicates, tuple(rules))
        self._run(
            BackgroundTask(
                "regroup",
                work,
                on_progress=partial(self._on_regroup_progressed, generation),
                progress_stage=_end_reached,
                on_success=partial(self._on_regroup_done, generation),
                on_failure=partial(self._on_regroup_failed, generation),
                parent=self,
            )
        )
        return True

    def start_action(self, plan: ActPlan, destination: Path | None = None) -> bool:
        """Trash the files `plan` marks DELETE, or move them into `destination`; False when busy."""
        if self.busy:
            return False
        work = partial(carry_out_plan, plan, destination, self._journal, self._trasher)
        self._run(
            BackgroundTask(
                "file action",
                work,
                on_success=self._on_action_finished,
                on_failure=self._on_action_failed,
                on_progress=self._on_action_progressed,
                progress_stage=_end_reached,
                parent=self,
            )
        )
        return True

    @property
    def journal(self) -> Path:
        """The action journal file runs are written to and put back from."""
        return self._journal or actions.default_journal_path()

    def start_finding_last_run(self) -> bool:
        """Read the journal for its last run (core.restore.last_run) on a worker: a journal of a few
        runs of 50,000 files took the window's thread 6 s. Reports `last_run_found`; False when busy."""
        if self.busy:
            return False
        journal = self.journal

        def work(_report: Callable[[object], None], cancelled: CancelCheck) -> LastRun | None:
            run = last_run(journal)
            return None if cancelled() else run

        self._run(
            BackgroundTask(
                "last run",
                work,
                on_success=self._on_last_run,
                on_failure=self._on_last_run_failed,
                parent=self,
            )
        )
        return True

    def drop_last_run(self) -> None:
        """Let the journal being read (start_finding_last_run) ask nothing once read: the window is
        closing, and a question over its own "save your review?" would be a second one at once."""
        if self._task is not None and self._task.name == "last run":
            self._task.cancel()

    def _on_last_run(self, run: LastRun | None) -> None:
        stopped = self._task is not None and self._task.cancelled
        self._end()
        if not stopped and not self._closing:  # stopped, or the window closed meanwhile: nobody is asked
            self.last_run_found.emit(run)

    def _on_last_run_failed(self, details: str) -> None:
        self._end()
        self.last_run_failed.emit(details)

    def start_restore(self, expected_run: str | None = None) -> bool:
        """Put back the files of the journal's last run (core.restore.undo_last), `expected_run` if
        given; False when busy. Reports `restore_finished` with a RestoreReport, None when there was
        nothing to put back, or LastRunChanged when the last run was no longer `expected_run`."""
        if self.busy:
            return False
        journal = self.journal

        def work(
            _report: Callable[[object], None], _cancelled: CancelCheck
        ) -> RestoreReport | LastRunChanged | None:
            try:
                return undo_last(journal, expected_run=expected_run)
            except LastRunChanged as changed:  # nothing was put back: the person is asked again
                return changed

        self._run(
            BackgroundTask(
                "restore", work, on_success=self._on_restored, on_failure=self._on_restore_failed, parent=self
            )
        )
        return True

    def _on_restored(self, outcome: RestoreReport | LastRunChanged | None) -> None:
        self._end()
        self.restore_finished.emit(outcome)

    def _on_restore_failed(self, details: str) -> None:
        self._end()
        self.restore_failed.emit(details)

    def stop(self) -> None:
        """Ask the running task to stop; it reports back through its usual signal."""
        if self._task is not None:
            self._task.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop everything and wait for the workers, e.g. when the window closes."""
        self._closing = True
        self.stop()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _run(self, task: BackgroundTask[Any, Any]) -> None:
        was_busy = self.busy
        self._task = task
        if not was_busy:
            self.busy_changed.emit(True)
        task.start(self._pool)

    def _end(self) -> None:
        self._task = None
        self._regrouping = False
        self.busy_changed.emit(False)

    def _on_scan_finished(self, result: ScanResult) -> None:
        self._end()
        self.scan_finished.emit(result)

    def _on_scan_failed(self, details: str) -> None:
        self._end()
        self.scan_failed.emit(details)

    def _on_regroup_progressed(self, generation: int, progress: tuple[int, int]) -> None:
        if generation == self._regroup_generation:  # not a superseded regrouping's last words
            self.regroup_progressed.emit(*progress)

    def _on_regroup_done(self, generation: int, outcome: Regrouped | CannotRegroup) -> None:
        if generation != self._regroup_generation:
            return  # a newer regrouping runs
        self._end()
        match outcome:
            case CannotRegroup(reason):
                self.regroup_unavailable.emit(reason)
            case Regrouped(groups) if groups is not None:
                self.regroup_finished.emit(groups)

    def _on_regroup_failed(self, generation: int, details: str) -> None:
        if generation != self._regroup_generation:
            return
        self._end()
        self.regroup_failed.emit(details)

    def _on_action_progressed(self, progress: FileProgress) -> None:
        self.action_progressed.emit(*progress)

    def _on_action_finished(self, outcome: ActionReport) -> None:
        self._end()
        self.action_finished.emit(outcome)

    def _on_action_failed(self, details: str) -> None:
        self._end()
        self.action_failed.emit(details)
