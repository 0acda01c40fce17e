"""Act on the copies a person confirmed: send them to the trash, or move them to a folder.

One path for the window and `lookalike apply`. A plan (plan.py, from the window's
marks or a saved file) only proposes; the files decide: each file must pass the
checks of recheck.py at the moment of acting. Anything that fails is skipped with
the reason in plain words, and the rest goes on. Nothing is deleted permanently: files
go through send2trash, or are moved (across drives: copied, checked, then the
original removed). A journal records each intent, flushed to disk, before acting,
and the outcome after.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
import stat
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from send2trash import send2trash
from send2trash.exceptions import TrashPermissionError

from lookalike.core import reach as reaching
from lookalike.core.fingerprint import digest_stream
from lookalike.core.lookout import STEP, Alive, Late, Lookout, NotAnswered, Task, alive
from lookalike.core.models import CancelCheck, FileIdentity, never_cancelled
from lookalike.core.mounts import mount_point_of, mount_points
from lookalike.core.opening import open_appending, open_regular
from lookalike.core.plan import ActPlan, PlannedFile, PlannedGroup
from lookalike.core.platform_checks import trash_problem
from lookalike.core.reach import reach, spelt
from lookalike.core.reasons import Code, Reason
from lookalike.core.recheck import Checker, unchanged
from lookalike.core.renaming import (
    NO_SUCH_RENAME,
    LeftAside,
    remove_if_still,
    rename_without_replacing,
    renames_without_replacing,
)

log = logging.getLogger(__name__)

JOURNAL_FILE = "actions.jsonl"
_SYNCED_EVERY = 4 * 1024 * 1024  # bytes a copy writes between two syncs to its disk

ActionProgress = Callable[[int, int], None]  # (files done, files in total)
Trasher = Callable[[str], None]


class Action(StrEnum):
    TRASH = "trash"
    MOVE = "move"


class Status(StrEnum):
    """What happened to one file."""

    DONE = "done"  # trashed or moved
    CHECKED = "checked"  # passed every check; a dry run does not act
    SKIPPED = "skipped"  # a check failed: left alone
    FAILED = "failed"  # the system refused (permissions, disk full, ...)
    TRASH_UNAVAILABLE = "trash_unavailable"  # no trash for this file's drive: a move may work
    # Its drive stopped answering once the trash or the move had begun: it may have gone, or may yet
    # (the journal says which once it ends), or it may still be where it was.
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: Path
    status: Status
    reason: Reason | None = None  # why not, for anything but DONE and CHECKED
    destination: Path | None = None  # where a moved file is now
    size: int = 0


@dataclass(frozen=True, slots=True)
class ActionReport:
    """What one trash or move run did, file by file."""

    action: Action
    outcomes: tuple[FileOutcome, ...]
    cancelled: bool = False
    journal: Path | None = None
    warnings: tuple[Reason, ...] = ()
    dry_run: bool = False
    # Work on files the run gave up on once it had begun to trash or move them (Status.UNKNOWN), until
    # it ends: its journal lines are written then, and the run's lock held until then.
    late: Late | None = field(default=None, compare=False, repr=False)

    @property
    def done(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.DONE)

    @property
    def problems(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status not in (Status.DONE, Status.CHECKED))

    @property
    def done_bytes(self) -> int:
        return sum(o.size for o in self.done)

    @property
    def trash_unavailable(self) -> bool:
        return any(o.status is Status.TRASH_UNAVAILABLE for o in self.outcomes)


class CopyRefused(OSError):
    """A copy made to move a file (or put one back) that is not what it must be; the original stays.
    `reason` says what is wrong."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(0, str(reason))
        self.reason = reason


class NoLongerChecked(CopyRefused):
    """The file to move is no longer the file checked (another took its name, or it was written
    to, while it was being moved): it is left as it is."""

    def __init__(self) -> None:
        super().__init__(Code.CHANGED_OR_REPLACED(who=Code.THE_FILE()))


class NotIntoFolder(NoLongerChecked):
    """No file may be moved into the folder to move to (`reason`: moved away or replaced by a link
    while files were moved into it, ...): the file is left where it was."""

    def __init__(self, reason: Reason) -> None:
        CopyRefused.__init__(self, reason)


class OtherFileLeftAside(NoLongerChecked):
    """A file another program renamed onto the name of the file to move just as that name was removed,
    then kept at a private name beside it (renaming.LeftAside): the file is not moved; `reason` says
    where the other file is."""

    def __init__(self, reason: Reason) -> None:
        CopyRefused.__init__(self, reason)


# Where names can be made, linked, renamed and removed inside a folder held open (dir_fd: Linux,
# macOS), not through its path, which another program may meanwhile lead elsewhere, and a copy's
# times and mode set on the open copy. Not Windows.
_HELD_OPEN = (
    hasattr(os, "O_DIRECTORY")
    and {os.open, os.stat, os.link, os.rename} <= os.supports_dir_fd
    and os.unlink in os.supports_dir_fd  # trash-safe: a question whether it could, no removal
    and {os.utime, os.chmod} <= os.supports_fd
)


# A folder held by O_PATH (Linux) needs no right to read it, only to pass through it: a folder one
# may write into but not list (a shared drop box) is held too.
_HOLDING_FLAGS = getattr(os, "O_PATH", os.O_RDONLY) | getattr(os, "O_DIRECTORY", 0)


@dataclass(frozen=True, slots=True)
class Folder:
    """A folder files are moved (or copied) into: its path as chosen (what the journal records) and,
    where the system can act inside an open folder, the folder itself held open (`fd`). Names are
    then made, linked, renamed and removed in that very folder, never in one its path leads to after
    it was renamed or replaced by a link. `identity` (device, inode): the folder's when it was held.
    Without `fd` (Windows), by its path, looked at again (moved_or_replaced) before each file."""

    path: Path
    fd: int | None = None
    identity: tuple[int, int] | None = None

    def at(self, name: str) -> str | Path:
        """`name` in this folder, as the os functions take it with dir_fd=self.fd."""
        return name if self.fd is not None else self.path / name

    def real_path(self) -> Path:
        """Where the folder held is, as the system names it (Linux, macOS), else its path as chosen."""
        if self.fd is not None:
            with contextlib.suppress(OSError, AttributeError, ValueError):
                if sys.platform.startswith("linux"):
                    return Path(os.readlink(f"/proc/self/fd/{self.fd}"))
                if sys.platform == "darwin":
                    import fcntl

                    named = fcntl.fcntl(self.fd, fcntl.F_GETPATH, bytes(1024))  # type: ignore[attr-defined,unused-ignore]
                    return Path(os.fsdecode(named.split(b"\0", 1)[0]))
        return self.path

    def moved_or_replaced(self) -> bool:
        """Whether its path no longer leads to the folder held."""
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return (st.st_dev, st.st_ino) != self.identity


@contextlib.contextmanager
def holding(path: Path) -> Iterator[Folder]:
    """The folder at `path` (its links followed, as chosen), made if missing, held while the block
    runs; OSError when it cannot be made or opened."""
    path.mkdir(parents=True, exist_ok=True)
    fd = None
    if _HELD_OPEN:
        with contextlib.suppress(PermissionError):  # a folder one may write into but not read, no O_PATH
            fd = os.open(path, _HOLDING_FLAGS)
    if fd is None:
        st = os.stat(path)
        yield Folder(path, None, (st.st_dev, st.st_ino))
        return
    try:
        st = os.fstat(fd)
        yield Folder(path, fd, (st.st_dev, st.st_ino))
    finally:
        os.close(fd)


# How often a run waiting for another Lookalike's run to end looks again (and at `cancelled`).
_LOCK_POLL_SECONDS = 0.2


@contextlib.contextmanager
def acting_alone(
    journal: Path, cancelled: CancelCheck = never_cancelled, late: Late | None = None
) -> Iterator[bool]:
    """Hold the lock that one Lookalike at a time holds, beside `journal`, while it moves files or
    puts them back, waiting for another's run to end; yields False when `cancelled` turned true
    meanwhile (nothing may be done then). Two runs at once (the window and the command line), each
    checking its copies kept just before the other removed them, left groups with no copy at all.

    Where no lock can be had (a folder that takes no file, a system without file locks) the run
    goes on as before, with a warning in the log. The lock file is a regular file of the program's
    own (opened as the journal is: never through a link, never waiting on a FIFO).

    `late`: work of the run that may still trash or move a file after the block ends (a drive that
    stopped answering in the middle of it); the lock is let go of once it has ended and journalled,
    or when the program ends (its journal then ends as a crashed run's: undo looks at those files)."""
    lock_path = journal.with_name(journal.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = open_appending(lock_path)
    except OSError as exc:
        log.warning("Acting without the lock that keeps two runs apart: %s: %s", lock_path, exc)
        yield True
        return
    try:
        told = False
        while not _locked(fd):
            if not told:
                log.warning("Waiting for another Lookalike to finish moving or putting back files")
                told = True
            if cancelled():
                yield False
                return
            time.sleep(_LOCK_POLL_SECONDS)
        yield True
    finally:
        if late is None:
            os.close(fd)  # closing the file lets go of its lock
        else:
            late.then(partial(os.close, fd))


def _locked(fd: int) -> bool:
    """Take the lock on the open file `fd` without waiting; whether it was free."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except PermissionError:  # Windows: a byte another process locked
        return False
    return True


def default_journal_path() -> Path:
    """The journal in the platform's data folder for the app."""
    return user_data_path("lookalike", appauthor=False) / JOURNAL_FILE


def carry_out(
    plan: ActPlan,
    *,
    destination: Path | None = None,
    journal: Path | None = None,
    progress: ActionProgress | None = None,
    cancelled: CancelCheck = never_cancelled,
    trasher: Trasher | None = None,
    dry_run: bool = False,
) -> ActionReport:
    """Trash (or move into `destination`) each file of `plan` marked DELETE that passes every check.

    With `dry_run`, every check is made and nothing is touched: passing files are CHECKED.
    Stops between files when `cancelled`. `trasher` replaces send2trash (tests). One run at a time
    acts (acting_alone): a run begun while another Lookalike acts waits for it to end.
    """
    action = Action.TRASH if destination is None else Action.MOVE
    writer = _JournalWriter(journal or default_journal_path())
    lookout = Lookout(cancelled)
    if dry_run:
        return _each_file(plan, action, destination, writer, progress, lookout, trasher, dry_run)
    try:
        with acting_alone(writer.path, cancelled, lookout.late) as alone:
            if not alone:
                return ActionReport(action, (), True, writer.path, (), dry_run)
            return _each_file(plan, action, destination, writer, progress, lookout, trasher, dry_run)
    finally:
        _still_going(writer.path, lookout.late)


# The runs of this process whose work past its gate has not ended (Late), by their journal: they hold
# its lock until it does, which an Undo would wait for as long as a silent drive (late_work_pending).
_GOING: dict[Path, list[Late]] = {}
_GOING_LOCK = threading.Lock()


def _still_going(journal: Path, late: Late) -> None:
    with _GOING_LOCK:
        _GOING.setdefault(journal, []).append(late)

    def ended() -> None:
        with _GOING_LOCK:
            going = _GOING.get(journal, [])
            if late in going:
                going.remove(late)
            if not going:
                _GOING.pop(journal, None)

    late.then(ended)


def late_work_pending(journal: Path) -> bool:
    """Whether a run of this process with `journal` still waits for work on a file begun before its
    drive stopped answering (it holds the run's lock until then)."""
    with _GOING_LOCK:
        return any(late.pending for late in _GOING.get(journal, ()))


def _each_file(
    plan: ActPlan,
    action: Action,
    destination: Path | None,
    writer: _JournalWriter,
    progress: ActionProgress | None,
    lookout: Lookout,
    trasher: Trasher | None,
    dry_run: bool,
) -> ActionReport:
    """carry_out's run over the files of `plan`, checked and acted on one after the other.

    A file that a crafted or merged result names in several groups has one outcome, where it was
    first named: once acted on (or, in a dry run, found to pass) it is passed over in the groups after;
    refused in one group, it is tried again in the next, and what happens there is its outcome. So a
    dry run lists and counts what the run would do, and the window never says a file it moved
    "stays where it is".

    The scanned roots and reference folders, and the folder to move to, are resolved first, each
    given reach.PATIENCE seconds to answer, while `cancelled` is heard: on a drive that stopped
    answering, resolving them waited as long as the drive did, and the run's Stop with it. What did
    not answer holds files back (Checker); a folder to move to that did not answer takes none.

    Each file's checks and its action are made on `lookout`'s worker, each given reach.PATIENCE
    seconds (_Run): a drive that stops answering in the middle of the run holds it no longer.
    """
    cancelled = lookout.cancelled
    reached = reach((*plan.roots, *plan.reference_roots, *filter(None, [destination])), cancelled)
    if reached.cancelled:
        return ActionReport(action, (), True, writer.path, (), dry_run)
    checker = Checker(plan, reached)
    total = len(plan.deletions)
    outcomes: dict[Path, FileOutcome] = {}
    was_cancelled = False
    # Where no file may go is told by the reference folders' real paths: none while one is silent
    # (the checks then hold back every file).
    references = checker.reference_roots
    refused = None
    if destination is not None and checker.held_back is None:
        if reached.is_silent(destination):  # each look there would wait as long as its drive
            refused = Code.DESTINATION_NOT_ANSWERING(folder=str(destination))
        else:
            refused = destination_problem(destination, references)
    # The folder to move into is held until the run's last work has ended, late work too (it moves
    # files into that very folder).
    stack = contextlib.ExitStack()
    try:
        into = None if destination is None else _Destination(destination, references, stack)
        run = _Run(plan, action, checker, writer, lookout, into, trasher or send2trash, dry_run, refused)
        files = [(group, planned) for group in plan.groups for planned in group.files if not planned.keep]

        def work(index: int, task: Task) -> FileOutcome | None:
            group, planned = files[index]
            earlier = outcomes.get(planned.path)
            if earlier is not None and earlier.status in (Status.DONE, Status.CHECKED, Status.UNKNOWN):
                return None  # passed over: acted on (or found to pass, or begun) in a group before
            return run.file(group, planned, task)

        def between(index: int, outcome: FileOutcome | None) -> None:
            if outcome is None:
                return
            planned = files[index][1]
            if outcome.status is Status.SKIPPED:
                log.warning("%s skipped %s: %s", action.value, planned.path, outcome.reason)
            elif outcome.status in (Status.DONE, Status.UNKNOWN):
                checker.acted_on.add(planned.path)
            outcomes[planned.path] = outcome
            if progress is not None:
                progress(len(outcomes), total)

        def given_up(index: int, known: NotAnswered) -> FileOutcome | None:
            return run.given_up(files[index][1], known)

        was_cancelled = lookout.walk(len(files), work, between, given_up)
    finally:
        # Work given up on before its gate too: a copy it still makes is removed through that folder's
        # descriptor (closed under it, the copy was left there, or made in a folder given its number).
        lookout.left.then(stack.close)
    warnings = (*checker.silence_said(), *run.silence_said(), *writer.warnings)
    return ActionReport(
        action, tuple(outcomes.values()), was_cancelled, writer.path, warnings, dry_run, lookout.late
    )


class _Where(StrEnum):
    """What a file's work looks at, besides a path (Task.where)."""

    CHECKS = "checks"  # the checks: the Checker says at which path (Checker.looking_at)


@dataclass(frozen=True, slots=True)
class _TrashFolder:
    """The Trash a file is sent to, looked at just before (Task.where)."""

    path: Path


@dataclass(frozen=True, slots=True)
class _Checked:
    """A file that passed the checks, and what its journal lines say of it."""

    bound_for: Path | None
    drive: DriveRecord | None


@dataclass(slots=True)
class _Run:
    """The files of one run, each checked and acted on by work on `lookout`'s worker, watched.

    A file's work that has not answered within reach.PATIENCE is given up on, and so is what it
    waited on: the scanned root on whose drive it looked (Checker.stopped_answering: that root's
    files after it, and the files whose copies kept are all in it, are left where they are), the
    Trash, or the folder to move to. Work given up on before its gate never trashes or moves its
    file; work past it may still: its file is UNKNOWN, and its outcome's journal line is written when
    it ends (Lookout.late). The journal is written here, on the run's thread, one line after another,
    and waited for as long as its disk takes: a slow journal is no drive of pictures that stopped
    answering, and a line given up on would leave a file no Undo finds."""

    plan: ActPlan
    action: Action
    checker: Checker
    writer: _JournalWriter
    lookout: Lookout
    into: _Destination | None
    send: Trasher
    dry_run: bool
    refused: Reason | None
    silent_trash: Path | None = None
    home_device: int | None = None  # the drive of the home folder, and its Trash, looked at once
    home: Path | None = None
    points: frozenset[str] | None = None

    def silence_said(self) -> list[Reason]:
        """What to tell of the drives that stopped answering during the run."""
        said = [Code.FOLDER_STOPPED_ANSWERING(folder=str(root)) for root in self.checker.stopped]
        if self.silent_trash is not None:
            said.append(Code.TRASH_STOPPED_ANSWERING(trash=str(self.silent_trash)))
        return said

    def file(self, group: PlannedGroup, planned: PlannedFile, task: Task) -> FileOutcome:
        """Check `planned`, then (unless a dry run) journal its intent, act and journal the outcome
        (on the worker, as `task`)."""
        if self.refused is not None:
            return self._outcome(planned, Status.SKIPPED, self.refused)
        if self.silent_trash is not None and self.action is Action.TRASH and not self.dry_run:
            silent = Code.TRASH_NOT_ANSWERING(trash=str(self.silent_trash))
            return self._outcome(planned, Status.SKIPPED, silent)
        return self._whole(group, planned, task)

    def given_up(self, planned: PlannedFile, known: NotAnswered) -> FileOutcome | None:
        """What became of `planned`, whose work was given up on (known); None when Stop was pressed
        before it did anything."""
        outcome = self._not_answered(planned, known)
        if outcome is not None and outcome.status is Status.SKIPPED and known.journalled:
            # Its intent is in the journal, and its gate is shut for good: it stays.
            self._journal(planned, outcome, known.journalled)
        return outcome

    def _whole(self, group: PlannedGroup, planned: PlannedFile, task: Task) -> FileOutcome:
        """All of one file's work (on the worker): its checks, then, unless a dry run, its intent's
        journal line, the trash or move, and its outcome's line. The journal is written one line at a
        time (_JournalWriter.lock), and the time it takes is never held against the file's drive
        (Task.journalling): a slow journal is no drive that stopped answering."""
        checked = self._checks(group, planned, task)
        if isinstance(checked, FileOutcome):
            return checked
        writer, action = self.writer, self.action
        if not task.journalling():  # given up on meanwhile: nothing written, nothing done
            return self._outcome(planned, Status.SKIPPED)
        try:
            intended = writer.write(
                action, "intent", planned, bound_for=checked.bound_for, drive=checked.drive
            )
        finally:
            task.journalled(checked)
        if not intended and action is Action.MOVE:
            # The journal alone would tell where a moved file came from (the Trash keeps its own record).
            return self._outcome(planned, Status.SKIPPED, Code.MOVE_NOT_JOURNALLED())
        outcome = self._act(group, planned, checked, task)
        if task.journalling():  # not when given up on before its gate: the run wrote why it stayed
            try:
                if task.given_up:
                    log.warning(
                        "%s of %s ended after the run gave up on it: %s", action.value, planned.path, outcome
                    )
                self._journal(planned, outcome, checked)
            finally:
                task.journalled(checked)
        return outcome

    def _journal(self, planned: PlannedFile, outcome: FileOutcome, checked: object) -> None:
        assert isinstance(checked, _Checked)
        self.writer.write(self.action, outcome.status.value, planned, outcome, drive=checked.drive)

    def _outcome(self, planned: PlannedFile, status: Status, reason: Reason | None = None) -> FileOutcome:
        return FileOutcome(planned.path, status, reason, None, planned.size)

    def _checks(self, group: PlannedGroup, planned: PlannedFile, task: Task) -> FileOutcome | _Checked:
        """The checks of `planned` (on the worker): its outcome when it fails one, or passes in a dry
        run; else what its journal lines say."""
        task.where = _Where.CHECKS
        if (reason := self.checker.check(group, planned)) is not None:
            return self._outcome(planned, Status.SKIPPED, reason)
        if self.dry_run:
            return self._outcome(planned, Status.CHECKED)
        task.where = planned.path
        assert planned.identity is not None  # the checks refuse files without one
        if self.action is Action.TRASH and (problem := trash_problem(planned.path)) is not None:
            return self._outcome(planned, Status.TRASH_UNAVAILABLE, problem)
        # The checks read the whole file; make sure it was not swapped in the meantime.
        if (reason := unchanged(planned.path, planned.identity)) is not None:
            return self._outcome(planned, Status.SKIPPED, reason)
        drive = self.writer.drive(planned.path.parent)
        bound_for = None
        if self.into is not None:
            task.where = self.into.path
            bound_for = self.into.bound_for(planned.path.name)
        return _Checked(bound_for, drive)

    def _act(self, group: PlannedGroup, planned: PlannedFile, checked: _Checked, task: Task) -> FileOutcome:
        """Trash or move `planned` (on the worker), once its copy kept was looked at again: writing
        the journal waits for the disk, while a copy kept may be removed by someone else."""
        task.where = _Where.CHECKS
        if (reason := self.checker.kept_copy_gone(group)) is not None:
            return self._outcome(planned, Status.SKIPPED, reason)
        if self.action is Action.TRASH:
            task.where = planned.path
            trash = self._trash_folder(planned.path)
            if trash is not None:  # where a Trash that does not answer is told from the file's drive
                task.where = _TrashFolder(trash)
                with contextlib.suppress(OSError):
                    os.stat(trash)
            task.where = planned.path
            return _trash(planned, self.send, task.through_gate)
        assert self.into is not None  # a run that moves has a folder to move into
        task.where = self.into.path
        with contextlib.suppress(OSError):
            os.stat(self.into.path)
        task.where = planned.path
        return _move(planned, self.into, checked.bound_for, task.through_gate)

    def _trash_folder(self, path: Path) -> Path | None:
        """The freedesktop Trash send2trash sends `path` to: the home Trash on its drive, else its
        drive's own (.Trash-UID at its mount point); None where the system keeps its own (macOS,
        Windows) or the mounts are not known."""
        if sys.platform in ("win32", "darwin"):
            return None
        if self.home_device is None:
            self.home_device = os.lstat(os.path.realpath(os.path.expanduser("~"))).st_dev
            self.home = home_trash()
        if os.lstat(path).st_dev == self.home_device:
            return self.home
        if self.points is None:
            self.points = mount_points()
        mount = mount_point_of(str(spelt(path)), self.points)
        return None if mount is None else Path(mount) / f".Trash-{os.getuid()}"

    def _not_answered(self, planned: PlannedFile, given_up: NotAnswered) -> FileOutcome | None:
        """The outcome of `planned`, whose work was given up on; and what is given up on with it."""
        where = given_up.where
        if given_up.stopped:  # Stop pressed: nothing given up on but this file's work
            reason = None
        elif isinstance(where, _TrashFolder):
            self.silent_trash = where.path
            reason = Code.TRASH_NOT_ANSWERING(trash=str(where.path))
        elif self.into is not None and where == self.into.path:
            self.refused = Code.DESTINATION_NOT_ANSWERING(folder=str(self.into.path))
            reason = self.refused
        else:
            if not isinstance(where, Path):  # the checks: the Checker says where they looked
                where = self.checker.looking_at.get(given_up.worker or 0, planned.path)
            root = self.checker.stopped_answering(where)
            mine = spelt(planned.path) == root or root in spelt(planned.path).parents
            who = Code.THE_FILE() if mine else Code.THE_KEPT_COPY()
            reason = Code.DRIVE_NOT_ANSWERING(who=who, folder=str(root))
        log.warning("%s: its drive did not answer within %s s (%s)", planned.path, reaching.PATIENCE, reason)
        if given_up.past_gate:
            if self.action is Action.TRASH:
                return self._outcome(planned, Status.UNKNOWN, Code.MAY_BE_TRASHED())
            assert self.into is not None
            return self._outcome(planned, Status.UNKNOWN, Code.MAY_BE_MOVED(folder=str(self.into.path)))
        if reason is None:
            return None
        return self._outcome(planned, Status.SKIPPED, reason)


@dataclass(slots=True)
class _Destination:
    """The folder a run moves files into: made, held (holding) and checked again (destination_problem,
    as what its path leads to once held) at the first file moved, so that a run that moves none
    makes nothing; then held to the run's end (`stack`), every file's name made in that very folder.
    `real_references`: the reference folders' real paths."""

    path: Path
    real_references: Sequence[Path]
    stack: contextlib.ExitStack
    folder: Folder | None = None
    refused: Reason | None = None

    def bound_for(self, name: str) -> Path | None:
        """Where a file of `name` moved into it will go (a free name there), for its intent's line;
        None where the folder cannot be looked into (the move then says why)."""
        try:
            return self.path / _free_name(self.folder or Folder(self.path), name)
        except OSError:
            return None

    def held(self) -> Folder:
        """The folder, held; NotIntoFolder when no file may go into it, OSError when it cannot be made
        or opened."""
        if self.folder is None and self.refused is None:
            try:
                folder = self.stack.enter_context(holding(self.path))
            except OSError as exc:
                if exc.errno not in (errno.EEXIST, errno.ENOTDIR):
                    raise
                self.refused = Code.NOT_A_FOLDER()  # made a file (or a path through one) meanwhile
            else:
                # The folder held, as the system names it now: the path may lead elsewhere by now.
                self.refused = destination_problem(folder.real_path(), self.real_references)
                if self.refused is None and folder.moved_or_replaced():
                    self.refused = Code.DESTINATION_REPLACED()
                self.folder = folder if self.refused is None else None
        if self.refused is not None:
            raise NotIntoFolder(self.refused)
        assert self.folder is not None
        return self.folder


def destination_problem(destination: Path, real_references: Sequence[Path]) -> Reason | None:
    """Why no file may be moved into `destination`, as the system names it (links followed): not a
    folder (a file, a link to nothing, a path through a file), inside a reference folder (its copies
    would be out of reach of every later scan's suggestions), or inside a Trash (emptying it would
    delete them for good, and nothing there says where they came from). `real_references`: the
    reference folders' real paths (reach: resolving them again here could wait on a silent drive)."""
    if _not_a_folder(destination):
        return Code.NOT_A_FOLDER()
    try:
        real = Path(os.path.realpath(destination))
        trashes = [Path(os.path.realpath(home_trash()))]
    except (OSError, ValueError):  # the move meets it, and says so
        return None
    if any(real == root or root in real.parents for root in real_references):
        return Code.MOVE_INTO_REFERENCE()
    volume_trash = any(part in (".Trash", ".Trashes") or part.startswith(".Trash-") for part in real.parts)
    recycle_bin = any(part.casefold() in ("$recycle.bin", "recycler") for part in real.parts)
    if volume_trash or recycle_bin or any(real == trash or trash in real.parents for trash in trashes):
        return Code.MOVE_INTO_TRASH()
    return None


def _not_a_folder(path: Path) -> bool:
    """Whether no folder is or can be made at `path`: something else is there (a file, a link that
    leads nowhere), or a file stands on the way to it."""
    try:
        return not stat.S_ISDIR(os.stat(path).st_mode)
    except NotADirectoryError:
        return True
    except FileNotFoundError:
        return os.path.lexists(path)
    except (OSError, ValueError):  # the move meets it, and says so
        return False


def home_trash() -> Path:
    """The freedesktop home Trash (on macOS and Windows, a Trash is told by its folders' names)."""
    return Path(os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")) / "Trash"


def _gate_open() -> bool:
    return True


class _GivenUp(NoLongerChecked):
    """The run gave up on the file's work (its drive did not answer in time) before it was moved:
    it stays where it is, and so does no copy or name made of it."""

    def __init__(self) -> None:
        CopyRefused.__init__(self, Code.DRIVE_NOT_ANSWERING(who=Code.THE_FILE(), folder=""))


def _trash(planned: PlannedFile, send: Trasher, gate: Callable[[], bool] = _gate_open) -> FileOutcome:
    """Send the file to the Trash, once `gate` says the run has not given up on it (never after)."""
    if not gate():
        return FileOutcome(planned.path, Status.SKIPPED, None, None, planned.size)
    try:
        send(str(planned.path))
    except TrashPermissionError:
        return FileOutcome(planned.path, Status.TRASH_UNAVAILABLE, Code.TRASH_UNUSABLE(), None, planned.size)
    except OSError as exc:
        if (
            exc.errno == errno.ENAMETOOLONG
        ):  # the name the Trash gives its record (name.trashinfo): a move may work
            too_long = Code.NAME_TOO_LONG_FOR_TRASH()
            return FileOutcome(planned.path, Status.TRASH_UNAVAILABLE, too_long, None, planned.size)
        return FileOutcome(planned.path, Status.FAILED, _plain_os_error(exc), None, planned.size)
    except Exception as exc:  # send2trash's platform back ends raise their own errors
        refused = Code.TRASH_REFUSED(error=str(exc))
        return FileOutcome(planned.path, Status.FAILED, refused, None, planned.size)
    return FileOutcome(planned.path, Status.DONE, None, None, planned.size)


# os.link's follow_symlinks=False where the system has it (Windows raises NotImplementedError).
_LINK_NOT_FOLLOWED: dict[str, bool] = (
    {"follow_symlinks": False} if os.link in os.supports_follow_symlinks else {}
)


def _move(
    planned: PlannedFile,
    into: _Destination,
    bound_for: Path | None = None,
    gate: Callable[[], bool] = _gate_open,
) -> FileOutcome:
    """Move the file into the folder `into` under a free name (`bound_for`'s, the one its intent's
    line gave, while still free); never overwrites, never leaves half a file, and never removes the
    original's name once it holds any other file than the one checked (another program may save over
    it while a copy to another drive is made), nor while the path recorded for its new name does not
    lead to it (the folder moved away or replaced by a link meanwhile: the file stays). Its original
    is removed only once `gate` says the run has not given up on it (never after: the name or copy
    made is then taken back)."""
    source, identity = planned.path, planned.identity
    assert identity is not None  # the checks refuse files without one
    try:
        folder = into.held()
        parent = os.stat(source.parent)
        if (parent.st_dev, parent.st_ino) == folder.identity:  # it would only be renamed beside itself
            return FileOutcome(source, Status.SKIPPED, Code.ALREADY_IN_FOLDER(), None, planned.size)
        if folder.moved_or_replaced():  # spares a name or copy made and taken back: _leads_to holds
            raise NotIntoFolder(Code.DESTINATION_REPLACED())
        free = bound_for is not None and not _taken(folder, bound_for.name)
        name = bound_for.name if bound_for is not None and free else _free_name(folder, source.name)
        linked = True
        try:
            # Same drive: fails rather than replace a file that appeared meanwhile. The name's file
            # itself, never what a link put there leads to (where the system can say so; the
            # name's file is checked below either way).
            os.link(source, folder.at(name), dst_dir_fd=folder.fd, **_LINK_NOT_FOLLOWED)
            made = os.lstat(folder.at(name), dir_fd=folder.fd)
        except OSError:
            linked = False
            # The copy as made, from its own descriptor: what its name holds is looked at against it
            # (another program may rename a file of its own over that name just after it is given).
            name, made = _copy_checked(source, folder, planned.digest, identity)
        try:
            _leads_to(folder.path / name, made)
            if not gate():
                raise _GivenUp()
            _drop_moved_name(source, identity, made, linked=linked)
        except OSError:
            # The original stays (a folder nothing can leave, or another file now): so does no second name.
            _forget_unmoved(folder, name, made, linked=linked)
            raise
    except NoLongerChecked as exc:
        return FileOutcome(source, Status.SKIPPED, exc.reason, None, planned.size)
    except OSError as exc:
        # EINVAL: a name the drive does not allow (FAT, exFAT, a Windows drive: : ? * " and others).
        said = Code.NAME_NOT_ALLOWED() if exc.errno == errno.EINVAL else _plain_os_error(exc)
        return FileOutcome(source, Status.FAILED, said, None, planned.size)
    return FileOutcome(source, Status.DONE, None, into.path / name, planned.size)


def _leads_to(path: Path, made: os.stat_result) -> None:
    """NotIntoFolder unless `path` names the file `made` (its folder's path moved away or replaced by
    a link since it was held); OSError where the system cannot name it (a path too long): the journal
    records that path, and undo finds the file by it."""
    try:
        now = os.lstat(path)
    except FileNotFoundError:
        now = None
    if now is None or (now.st_dev, now.st_ino) != (made.st_dev, made.st_ino):
        raise NotIntoFolder(Code.DESTINATION_REPLACED())


def _copy_checked(
    source: Path, folder: Folder, digest: str, identity: FileIdentity
) -> tuple[str, os.stat_result]:
    """Copy to a temporary name in `folder`, check the copy's digest, then give it a free name there;
    that name, and the copy's status as verified_copy made it.

    On any failure the temporary copy is removed and the source is untouched.
    """
    temporary, made = verified_copy(
        source, folder, digest, lambda opened: FileIdentity.of(opened) == identity
    )
    try:
        return _claim(folder.at(temporary), folder, source.name), made
    except BaseException:
        _discard_partial_copy(folder, temporary)
        raise


def verified_copy(
    source: Path, folder: Folder, digest: str, checked: Callable[[os.stat_result], bool] | None = None
) -> tuple[str, os.stat_result]:
    """A copy of `source` under a temporary name in `folder`, on disk (fsynced) and with `digest`:
    that name, and the copy's status from its own descriptor; the caller names it or discards it.
    With `checked`, copied only from the file opened, not through a link, of which `checked` says it
    is the file checked (else NoLongerChecked). On any failure no copy is left and the source is
    untouched."""
    temporary = f".lookalike-{uuid.uuid4().hex}.partial"
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(folder.at(temporary), flags, 0o600, dir_fd=folder.fd)
    try:
        with (
            os.fdopen(handle, "w+b") as out,
            os.fdopen(open_regular(source, follow_links=checked is None), "rb") as src,
        ):
            if checked is not None and not checked(os.fstat(src.fileno())):
                raise NoLongerChecked()
            # A STEP at a time, on disk every _SYNCED_EVERY, alive at each (alive()): a large
            # picture copied to a slow drive is no drive that stopped answering, nor is its last fsync.
            unsynced = 0
            while part := src.read(STEP):
                out.write(part)
                unsynced += len(part)
                if unsynced >= _SYNCED_EVERY:
                    out.flush()
                    os.fsync(out.fileno())
                    unsynced = 0
                alive()
            out.flush()
            os.fsync(out.fileno())
            alive()
            if folder.fd is not None:  # from the very file copied, onto the very copy
                _copy_extended_attributes(src.fileno(), out.fileno())
                _keeps_permissions(folder, source, lambda: _copy_times_and_mode(src.fileno(), out.fileno()))
            out.seek(0)
            if digest_stream(Alive(out)) != digest:  # type: ignore[arg-type]
                raise CopyRefused(Code.COPY_DIFFERS())
            made = os.fstat(out.fileno())
        if folder.fd is None:  # by the names, once closed: Windows would date a copy still open today
            by_names = partial(
                shutil.copystat, source, folder.path / temporary, follow_symlinks=checked is None
            )
            _keeps_permissions(folder, source, by_names)
        return temporary, made
    except BaseException:
        _discard_partial_copy(folder, temporary)
        raise


def _copy_times_and_mode(source: int, copy: int) -> None:
    copied = os.fstat(source)
    os.utime(copy, ns=(copied.st_atime_ns, copied.st_mtime_ns))
    os.chmod(copy, stat.S_IMODE(copied.st_mode))


def _keeps_permissions(folder: Folder, source: Path, copy_status: Callable[[], object]) -> None:
    """copy_status(), the copy's times and then its mode, on a drive that may keep no permissions
    (FAT, as USB sticks are; some network shares), which refuses the chmod made last: the copy is
    whole without them."""
    try:
        copy_status()
    except PermissionError:
        log.info("%s keeps no permissions of %s", folder.path, source)


def _copy_extended_attributes(source: int, copy: int) -> None:
    """The extended attributes of the open file `source` (Linux: a file manager's tags, comments and
    ratings, where it came from) on the open `copy`, as shutil.copystat copies them by name: those
    the system does not let the copy have (security.*, trusted.*) or the drive keeps none of are left
    out. Any other refusal (an attribute larger than the drive takes: ENOSPC, E2BIG) is CopyRefused,
    the move failing rather than the file arriving without its comments."""
    if not hasattr(os, "listxattr"):  # macOS and Windows: copystat copies none there either
        return
    try:
        names = os.listxattr(source)
    except OSError as exc:
        if exc.errno in _ATTRIBUTES_NOT_KEPT:
            return
        raise
    for name in names:
        try:
            os.setxattr(copy, name, os.getxattr(source, name))
        except OSError as exc:
            if exc.errno not in _ATTRIBUTES_NOT_KEPT:
                raise CopyRefused(Code.ATTRIBUTES_NOT_KEPT()) from exc


# What shutil.copystat passes over when it copies extended attributes: none kept by that drive, or
# one the system keeps for itself, or gone meanwhile.
_ATTRIBUTES_NOT_KEPT = frozenset({errno.EPERM, errno.ENOTSUP, errno.ENODATA, errno.EINVAL, errno.EACCES})


def move_to_free_name(source: Path, folder: Path) -> Path:
    """Move `source` into `folder` (on the same drive) under its name, or "name (2)" and so on when
    that is taken; never replaces a file. Returns where it went."""
    with holding(folder) as held:
        return folder / _claim(Path(os.path.abspath(source)), held, source.name)


def _claim(source: str | Path, folder: Folder, wanted: str) -> str:
    """Give `source` (an absolute path, or a name in `folder`: a finished copy) a free name in `folder`
    near `wanted`, never replacing a file: by a hard link, then its old name removed, else by a rename
    that fails rather than replace (never a look and then a rename, which replaced a file another
    program saved at that name in between); returns the name. CopyRefused where the drive has
    neither; EINVAL where it does not allow the name."""
    while True:
        name = _free_name(folder, wanted)
        # Not on Windows, where after a link the old name of a copy made read-only (its original's
        # mode) could not be removed, leaving a second name behind; its rename never replaces.
        if os.name != "nt":
            try:  # fails if the name was taken meanwhile (an absolute `source` ignores src_dir_fd)
                os.link(source, folder.at(name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
            except FileExistsError:
                continue
            except OSError:
                pass  # a drive without hard links (FAT, some network shares): renamed below
            else:
                _drop_linked_name(source, folder, name)
                return name
        try:
            rename_without_replacing(source, folder.at(name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in NO_SUCH_RENAME:
                raise
            if exc.errno == errno.EINVAL and renames_without_replacing(folder.path, folder.fd):
                raise  # the drive does not allow the name (FAT: ? : *)
            log.warning("%s: no rename that refuses to replace a file there: %s", folder.path, exc)
            raise CopyRefused(Code.MOVE_UNSAFE_ON_DRIVE()) from exc
        return name


def _drop_linked_name(name: str | Path, folder: Folder, linked_as: str) -> None:
    """Remove `name` (a path, or a name in `folder`), just linked as `linked_as` in `folder`, while
    both are still one file: its old name (by remove_if_still: another file renamed onto it meanwhile
    stays)."""
    new = os.lstat(folder.at(linked_as), dir_fd=folder.fd)

    def one_file(old: os.stat_result) -> bool:
        return (old.st_dev, old.st_ino) == (new.st_dev, new.st_ino)

    if not _removed_if_still(name, one_file, folder.fd):
        raise NoLongerChecked()


def _drop_moved_name(name: Path, identity: FileIdentity, kept: os.stat_result, *, linked: bool) -> None:
    """Remove `name` once `kept` (a hard link of it, or a checked copy) holds its content, while
    `name` is still the file checked (`identity`); else CopyRefused. A link just made changes the
    file's ctime, so then the link's own file must be that file.

    The only removal of a person's file in this module: what it removes lives on at `kept`. By
    remove_if_still: a file another program renames onto `name` meanwhile stays.
    """

    def still_checked(now: os.stat_result) -> bool:
        same = (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) == (
            identity.device, identity.inode, identity.size, identity.mtime_ns,
        )  # fmt: skip
        if linked:
            same = same and (kept.st_dev, kept.st_ino) == (now.st_dev, now.st_ino)
        else:  # copied: not even its status changed since it was checked (a write in place would)
            same = same and now.st_ctime_ns == identity.ctime_ns and kept.st_size == identity.size
        return stat.S_ISREG(now.st_mode) and same

    if not _removed_if_still(name, still_checked, None):
        raise NoLongerChecked()


def _removed_if_still(
    name: str | Path, expected: Callable[[os.stat_result], bool], dir_fd: int | None
) -> bool:
    """remove_if_still, a file left aside said in words (OtherFileLeftAside): the move does not happen."""
    try:
        return remove_if_still(name, expected, dir_fd=dir_fd)
    except LeftAside as exc:
        log.warning("%s: another file took its name; it was kept as %s", exc.name, exc.aside)
        raise OtherFileLeftAside(Code.LEFT_ASIDE(path=exc.name, aside=exc.aside)) from exc


def _forget_unmoved(folder: Folder, name: str, made: os.stat_result, *, linked: bool) -> None:
    """Remove `name` in `folder`, the name or checked copy made for a move whose original could not be
    removed (or was no longer the file checked), while it is still the file made (`made`) and, a
    hard link, one whose file has another name still: never the last name of a person's file."""
    try:
        now = os.lstat(folder.at(name), dir_fd=folder.fd)
    except OSError:
        return
    if (now.st_dev, now.st_ino) != (made.st_dev, made.st_ino):
        return
    if linked and now.st_nlink < 2:  # the file checked, whose own name another file took meanwhile
        log.warning("Moved %s though its first name now holds another file", folder.path / name)
        return

    def still_made(then: os.stat_result) -> bool:
        return (then.st_dev, then.st_ino) == (made.st_dev, made.st_ino) and (not linked or then.st_nlink >= 2)

    try:  # by remove_if_still: a file another program renames onto the name meanwhile stays
        remove_if_still(folder.at(name), still_made, dir_fd=folder.fd)
    except LeftAside as exc:  # the move failed for its own reason, said as it is; this in the log
        log.warning("%s: another file took its name; it was kept as %s", folder.path / name, exc.aside)
    except OSError:  # the move failed for its own reason, said as it is
        pass


def _discard_partial_copy(folder: Folder, temporary: str) -> None:
    """Remove a copy this module made in `folder` and that did not complete: never a person's file."""
    with contextlib.suppress(FileNotFoundError):
        if os.name == "nt":  # a copy given its original's read-only mode cannot be removed there
            with contextlib.suppress(OSError):
                os.chmod(folder.at(temporary), stat.S_IWRITE)
        os.unlink(folder.at(temporary), dir_fd=folder.fd)  # trash-safe: the app's own unfinished copy


@dataclass(frozen=True, slots=True)
class DriveRecord:
    """Which drive (file system) a folder is on: what the journal records of each file's folder, so
    that undo never makes that folder again, nor puts the file back, on another drive. A drive
    unplugged since leaves an empty folder at its mount point, on the computer's own disk: what was
    put there would be hidden once the drive is back, and said to be back where it was.

    `device` is the system's number of the drive (st_dev), `mount` the folder it is mounted at as the
    system's table of mounts names it (None where the system does not say), `volume` the number the
    system gives the file system itself (statvfs's f_fsid; None where it gives none): a drive plugged
    in again may get another `device`, but keeps its `volume` where the system takes it from the
    drive's own id (ext4, btrfs). A bind mount shares its `device` with the folder it shows: only
    `mount` tells it apart from the empty folder below it."""

    device: int
    mount: str | None = None
    volume: int | None = None

    def same_drive(self, now: DriveRecord) -> bool:
        """Whether `now` (a folder's drive as it is now) is the drive recorded: mounted at the same
        folder, where both are known (the mount point of a drive unplugged since is a folder of the
        drive above it: another mount); else with the same device, or the same volume. Not the
        device where the mounts say: a stick plugged in again may come back as another device (sdc1
        instead of sdb1), with a volume that is its device (FAT, exFAT) or none (NFS, sshfs), at the
        very place it was mounted; refused so, its files could never be put back."""
        if self.mount is not None and now.mount is not None:
            return self.mount == now.mount
        return self.device == now.device or (self.volume is not None and self.volume == now.volume)

    def fields(self) -> dict[str, Any]:
        """The journal line's fields for it."""
        fields: dict[str, Any] = {"device": self.device}
        if self.mount is not None:
            fields["mount"] = self.mount
        if self.volume is not None:
            fields["volume"] = self.volume
        return fields

    @classmethod
    def from_fields(cls, entry: dict[str, Any]) -> DriveRecord | None:
        """The drive a journal line records; None when it records none as the journal writes it (a line
        written before the journal recorded drives, or damaged)."""
        device, mount, volume = entry.get("device"), entry.get("mount"), entry.get("volume")
        if not _count(device) or (mount is not None and not isinstance(mount, str)):
            return None
        if volume is not None and not _count(volume):
            return None
        assert isinstance(device, int)
        return cls(device, mount, volume if isinstance(volume, int) and volume else None)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def drive_of(folder: Path, points: frozenset[str]) -> DriveRecord:
    """The drive `folder` (followed through its links) is on now; `points`: the system's mount points
    (mounts.mount_points()). OSError when the folder cannot be looked at."""
    device = os.stat(folder).st_dev
    mount = mount_point_of(os.path.realpath(folder), points)
    volume = None
    if hasattr(os, "statvfs"):  # not on Windows, whose device is the volume's own serial number
        with contextlib.suppress(OSError):
            volume = os.statvfs(folder).f_fsid or None
    return DriveRecord(device, mount, volume)


@dataclass(slots=True)
class _JournalWriter:
    """Appends one JSON line per intent and outcome, each flushed to disk before going on.

    A journal that cannot be written does not stop trashing (the Trash keeps its own record of
    where each file came from), but no file is moved without it; the report says so once.
    """

    path: Path
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    warnings: list[Reason] = field(default_factory=list)
    # The drive of each file's folder, looked at once for the run (a folder of thousands of files).
    drives: dict[Path, DriveRecord | None] = field(default_factory=dict)
    points: frozenset[str] | None = None
    # One line at a time: work the run gave up on writes its outcome's line when it ends (Lookout).
    lock: threading.Lock = field(default_factory=threading.Lock)

    def drive(self, folder: Path) -> DriveRecord | None:
        """The drive `folder` is on, as its first line in this run found it; None when it could not be
        looked at (its lines then record none, and undo makes no folder for its files)."""
        if folder not in self.drives:
            if self.points is None:
                self.points = mount_points()
            try:
                self.drives[folder] = drive_of(folder, self.points)
            except (OSError, ValueError) as exc:
                log.warning("%s: which drive it is on is not known: %s", folder, exc)
                self.drives[folder] = None
        return self.drives[folder]

    def write(
        self,
        action: Action,
        state: str,
        planned: PlannedFile,
        outcome: FileOutcome | None = None,
        *,
        bound_for: Path | None = None,
        drive: DriveRecord | None = None,
    ) -> bool:
        """Append the line; whether it is on disk. `bound_for`: where a move intends to put the file
        (its intent line says so: a run ended by a crash before the outcome's line is still undone).
        `drive`: the drive of the file's folder (drive(), looked at by the work watched: a look here
        could wait on a drive that stopped answering)."""
        entry: dict[str, Any] = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "run": self.run,
            "action": action.value,
            "state": state,
            "path": str(planned.path),
            "size": planned.size,
            "digest": planned.digest,
        }
        if drive is not None:
            entry |= drive.fields()
        if bound_for is not None:
            entry["to"] = str(bound_for)
        if outcome is not None:
            if outcome.status is Status.DONE:
                entry["to"] = str(outcome.destination) if outcome.destination else "trash"
            else:
                entry["reason"] = str(outcome.reason)
        try:
            with self.lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                append_journal_line(self.path, json_line(entry))
        except OSError as exc:
            if not self.warnings:
                log.warning("cannot write the action journal %s: %s", self.path, exc)
                # Only the Trash keeps a record of its own of where each file came from.
                said = Code.JOURNAL_UNWRITABLE if action is Action.TRASH else Code.JOURNAL_NOT_WRITTEN
                self.warnings.append(said(file=str(self.path), error=system_words(exc)))
            return False
        return True


def append_journal_line(path: Path, line: bytes) -> None:
    """Append `line`, one whole line, to the journal at `path`, and wait until it is on disk; OSError
    when it cannot. A line the disk takes only part of is taken back, and a journal that ends torn (a
    crash in the middle of a line) gets a line break first: the next line glued to a torn one was
    unreadable, and a move it began could then never be undone."""
    fd = open_appending(path, readable=True)
    try:
        size = os.fstat(fd).st_size
        if size:  # read where it ends (os.pread: not on Windows); the line goes at the end whatever
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                line = b"\n" + line
        try:
            written = 0
            while written < len(line):
                written += os.write(fd, line[written:])
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):  # the disk full: what it took of the line goes again
                os.ftruncate(fd, size)
            raise
    finally:
        os.close(fd)


def json_line(entry: dict[str, Any]) -> bytes:
    """One JSON line in UTF-8; a path byte that is not UTF-8 is written as the escape \\udc80-\\udcff
    (Python's surrogateescape), which json.loads and os.fsencode turn back into that byte."""
    return (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


# The most of the journal read, from its end: years of runs of thousands of files take a few MB,
# and what is read of it is the last runs.
JOURNAL_READ_MOST = 64 * 1024 * 1024


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The journal's entries, oldest first, of its last JOURNAL_READ_MOST bytes at most; unreadable
    lines (a torn last line, or one nested too deep to read) are skipped. A journal that cannot be
    read, or is no regular file (a FIFO in its place would block a plain read for good), gives none,
    with a warning."""
    entries: list[dict[str, Any]] = []
    try:
        with os.fdopen(open_regular(path), "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > JOURNAL_READ_MOST:
                stream.seek(size - JOURNAL_READ_MOST)
                stream.readline()  # the rest of a line begun before
            data = stream.read(JOURNAL_READ_MOST)
    except FileNotFoundError:
        return entries
    except OSError as exc:
        log.warning("cannot read the action journal %s: %s", path, exc)
        return entries
    # Lines end at a line feed alone (which JSON writes escaped in a name): str.splitlines() also
    # broke a line at a name's U+2028, U+2029 or U+0085, and undo passed over that run for the one before.
    for line in data.split(b"\n"):
        try:
            entry = json.loads(line.decode("utf-8", "replace"))
        except (ValueError, RecursionError):  # RecursionError: a damaged line nested beyond reading
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def _free_name(folder: Folder, wanted: str) -> str:
    """`wanted`, or "name (2)", "name (3)" and so on: the first name nothing in `folder` has."""
    candidate, number, wanted_path = wanted, 2, Path(wanted)
    while _taken(folder, candidate):
        candidate = numbered_name(wanted_path.stem, number, wanted_path.suffix)
        number += 1
    return candidate


# The most bytes of one name on the drives of Linux and macOS (Windows' allow 255 UTF-16 units, never
# fewer than 255 bytes' worth).
NAME_MOST = 255


def numbered_name(stem: str, number: int, suffix: str) -> str:
    """ "stem (number)suffix", its stem shortened by whole letters where that name would be longer
    than a name can be (a 250-byte name taken: "name (2).jpg" was refused as too long, and the file
    could not be moved at all)."""
    ending = f" ({number}){suffix}"
    room = NAME_MOST - len(os.fsencode(ending))
    while stem and len(os.fsencode(stem)) > room:
        stem = stem[:-1]
    return stem + ending


def _taken(folder: Folder, name: str) -> bool:
    """Whether anything (a link too) has `name` in `folder`; OSError when it cannot be looked at."""
    try:
        os.lstat(folder.at(name), dir_fd=folder.fd)
    except FileNotFoundError:
        return False
    return True


def _plain_os_error(exc: OSError) -> Reason:
    if isinstance(exc, PermissionError):
        return Code.PERMISSION_DENIED()
    if isinstance(exc, FileNotFoundError):
        return Code.GONE(who=Code.THE_FILE())
    return Code.SYSTEM_REFUSED(error=system_words(exc))


def system_words(exc: OSError) -> str | Reason:
    """What went wrong in an OSError: the system's own words, or why a copy was refused."""
    return exc.reason if isinstance(exc, CopyRefused) else exc.strerror or str(exc)
