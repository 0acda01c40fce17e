"""Put back the files of the last trash or move run, from what the action journal recorded.

The journal (actions.py) holds, per file, the intent before acting and the outcome after; the
last run is the one of the newest "done" line. A moved file is moved back from where the journal
says it went; a trashed file is found in the system's trash by its original path, a deletion time
at or after the run's, and the size and content digest the journal recorded:

- Linux and other freedesktop systems: the `.trashinfo` files of the home trash and of the
  file's volume (`$topdir/.Trash/$uid`, `$topdir/.Trash-$uid`).
- Windows: the Recycle Bin's `$I` records (`parse_recycle_record`), each naming the `$R` file
  that holds the content.
- macOS: no app may put files back from the Trash; the person is told which files to put back
  in Finder (`macos_instructions`).

Nothing is ever overwritten: a file that now exists at the old path stays, the trashed or moved
copy stays where it is, and the report says so. Each file put back is journalled too (action
"restore", with the run it undoes), so a run is never put back twice.

The journal and the trash are read as possibly damaged or forged: a journal line that is not one
the action journal writes is never acted on, a `.trashinfo` is read only when it is a small regular
file (never a FIFO, a device or a link), a volume's shared trash only when it is one as the trash
specification says, and a file is put back only as the regular file checked, never through a folder
that became a link after the run.

A file goes back only onto the drive its folder was on, as the journal recorded it (DriveRecord):
a drive unplugged since leaves an empty folder at its mount point, and nothing is made or put there.
Undo gives the folders of its run reach.PATIENCE seconds to answer, as acting does: the files of a
folder on a drive that stopped answering (or moved into one) are left where they are, not looked at.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import struct
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

from lookalike.core import reach
from lookalike.core.actions import (
    Action,
    CopyRefused,
    DriveRecord,
    Folder,
    NoLongerChecked,
    acting_alone,
    append_journal_line,
    drive_of,
    holding,
    home_trash,
    json_line,
    late_work_pending,
    numbered_name,
    read_journal,
    system_words,
    verified_copy,
)
from lookalike.core.fingerprint import digest_stream
from lookalike.core.mounts import mount_point_of, mount_points
from lookalike.core.opening import IDENTITIES_COMPARED, open_regular
from lookalike.core.reasons import Code, Reason
from lookalike.core.renaming import NO_SUCH_RENAME, LeftAside, remove_if_still, rename_without_replacing

log = logging.getLogger(__name__)

RESTORE = "restore"  # the journal's action for a file put back
# FILETIME: 100-nanosecond ticks since 1601-01-01 UTC.
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
# A trash's clock and the journal's may differ by a moment (the trash keeps whole seconds).
_CLOCK_SLACK = timedelta(seconds=2)
# A `.trashinfo` keeps local time without its zone: read after the zone changed (a laptop that
# travelled), it may seem up to this much older than it is. Such a copy is taken only when no copy
# trashed after the run matches, and only with the recorded size and content.
_ZONE_SLACK = timedelta(hours=14)
# The times a journal line or a `.trashinfo` may hold: any further out is damage or forgery, and
# reckoning around it (the slacks above) would overflow.
_EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=2)
_LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=2)
# A content digest as the journal writes it (fingerprint.digest_file: xxh3-128 in hex).
_DIGEST = re.compile(r"[0-9a-f]{32}")
# A `.trashinfo` is a few lines, a `$I` record a path at most: a larger file is none (read no further).
_TRASHINFO_READ_MOST = 64 * 1024
_RECYCLE_RECORD_READ_MOST = 28 + 2 * 32_768
# Links followed on the way to a folder before giving up (the system's own limit is 40).
_MOST_LINKS = 40

Identity = tuple[int, int]  # a file's device and inode: which file a name holds


@dataclass(frozen=True, slots=True)
class JournalledFile:
    """One file a run trashed or moved, as the journal recorded it."""

    path: Path  # where it was (and goes back to)
    action: Action
    moved_to: Path | None  # where a move put it; None for the trash
    size: int
    digest: str
    acted_at: datetime  # the intent's time (UTC): the file left its folder after it
    refused: Reason | None = None  # a line the journal would not have written: never acted on
    drive: DriveRecord | None = None  # the drive its folder was on; None: not recorded (older lines)


@dataclass(frozen=True, slots=True)
class LastRun:
    """The newest trash or move run in the journal, with its files not yet put back."""

    run: str
    action: Action
    started: datetime
    files: tuple[JournalledFile, ...]


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    path: Path
    restored: bool
    reason: Reason | None = None  # why not
    source: Path | None = None  # where the copy put back was (or stays)


@dataclass(frozen=True, slots=True)
class RestoreReport:
    run: LastRun
    outcomes: tuple[RestoreOutcome, ...]
    dry_run: bool = False
    instructions: tuple[Reason, ...] = ()  # macOS: what the person has to do in Finder, line by line
    warnings: tuple[Reason, ...] = ()

    @property
    def restored(self) -> tuple[RestoreOutcome, ...]:
        return tuple(o for o in self.outcomes if o.restored)

    @property
    def not_restored(self) -> tuple[RestoreOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.restored)


class NotRestored(Exception):
    """A file that cannot be put back; `reason` says why (str() in English)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


# ---- the journal --------------------------------------------------------------------------------


def _time(entry: dict[str, Any]) -> datetime | None:
    """The line's time, in UTC (a time without a zone is UTC); None when it is none, or one so near
    the calendar's ends that reckoning around it would overflow (a damaged or forged line)."""
    try:
        moment = datetime.fromisoformat(str(entry.get("time")))
        moment = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment if _EARLIEST <= moment <= _LATEST else None


def _usable_path(value: object) -> bool:
    """Whether `value` is a path the system can take, absolute; not for anything else: no text, a
    NUL, a lone surrogate no file name can hold (os.fsencode fails), a relative path."""
    if not isinstance(value, str) or "\0" in value:
        return False
    try:
        os.fsencode(value)
    except UnicodeError:
        return False
    # As Path(value).is_absolute(), which took 5 of 6 s of reading a journal of 200,000 lines.
    return value.startswith("/") if os.name == "posix" else Path(value).is_absolute()


def _readable(entry: dict[str, Any]) -> bool:
    """Whether a journal line has what every line the journal writes has, usable: a run, a time and
    a path (and a place moved to). Others are damage or forgery, and left out of the journal read."""
    to = entry.get("to")
    return (
        isinstance(entry.get("run"), str)
        and isinstance(entry.get("action"), str)
        and _time(entry) is not None
        and _usable_path(entry.get("path"))
        and (to is None or to == "trash" or _usable_path(to))
    )


def _named_as_moved(to: Path, path: Path) -> bool:
    """Whether `to` is a name a move gives `path`: its own name, or "stem (N).suffix" (N from 2),
    as actions._free_name makes it when the name is taken (its stem shortened where it must be)."""
    if to == path:
        return False
    if to.name == path.name:
        return True
    # A number of a few digits: a forged one of thousands is no number Python makes (ValueError).
    numbered = re.fullmatch(r"(.*) \(([1-9][0-9]{0,8})\)" + re.escape(path.suffix), to.name, re.DOTALL)
    if numbered is None or int(numbered[2]) < 2:
        return False
    return to.name == numbered_name(path.stem, int(numbered[2]), path.suffix)


def last_run(journal: Path) -> LastRun | None:
    """The newest trash or move run of `journal`, with its files done and not yet put back; None when
    there is none, or when every file of the newest run was put back already.

    Lines no journal writes are left out (a time or a path that is none, relative, or no file name
    can hold). A trashed file's line without a size and a content digest as the journal writes
    them is left out too (the Trash's own record still says where it came from). A moved file's
    line is kept but never acted on (`refused`) unless it has those, and the run's intent line for
    its path, and was moved under its own name or a numbered one (never to any file at all).

    A file whose intent's line has no outcome's line (the run ended there: a crash, a power cut) is
    one of its run's files unless it is still where it was, as recorded: it may have gone before
    the run ended. A move's intent says where it was bound."""
    read = read_journal(journal)
    entries = [e for e in read if _readable(e)]
    if len(entries) < len(read):
        log.warning("%s: %d damaged journal lines left out", journal, len(read) - len(entries))
    acted = [e for e in entries if e.get("action") in (Action.TRASH.value, Action.MOVE.value)]
    settled = {(e.get("run"), e.get("path")) for e in acted if e.get("state") != "intent"}
    # A file whose intent's line has no outcome's line after it: the run ended there (a crash, a
    # power cut, a journal that took no more lines), perhaps once the file had gone.
    unsettled = [
        e for e in acted if e.get("state") == "intent" and (e.get("run"), e.get("path")) not in settled
    ]
    gone_or_maybe = {id(e) for e in acted if e.get("state") == "done"}
    # Where a file's folder does not answer, it is not looked at (the look would wait as long as its
    # drive): it may have gone, and putting it back says its drive did not answer.
    silent = not_answering(Path(str(e["path"])).parent for e in unsettled)
    gone_or_maybe |= {
        id(e)
        for e in unsettled
        if reach.asked_as(Path(str(e["path"])).parent) in silent or not _never_left(e)
    }
    done = [
        e
        for e in acted
        if id(e) in gone_or_maybe and (e.get("action") == Action.MOVE.value or _trash_line(e))
    ]
    if not done:
        return None
    run = str(done[-1].get("run"))
    intents = {
        (str(e.get("path")), str(e.get("action"))): _time(e)
        for e in entries
        if e.get("run") == run and e.get("state") == "intent" and e.get("action") != RESTORE
    }
    put_back = {
        str(e.get("path"))
        for e in entries
        if e.get("action") == RESTORE and e.get("undoes") == run and e.get("state") == "done"
    }
    files: list[JournalledFile] = []
    for entry in done:
        if entry.get("run") != run or str(entry.get("path")) in put_back:
            continue
        files.append(_journalled(entry, intents))
    if not files:
        return None
    return LastRun(run, files[0].action, min(f.acted_at for f in files), tuple(files))


def not_answering(folders: Iterable[Path]) -> frozenset[Path]:
    """Those of `folders` that did not answer within reach.PATIENCE seconds, as reach.asked_as gives
    them: on a network drive whose connection was lost, each look at a file in one would wait as long
    as the drive does, and Undo with it. Each is looked for on a thread of its own (reach.reach)."""
    asked = list(folders)
    if not asked:
        return frozenset()
    try:
        return frozenset(reach.reach(asked).silent)
    except (OSError, ValueError) as exc:  # a path no system call takes: the look at its file says so
        log.warning("not knowing which folders answer: %s", exc)
        return frozenset()


def _never_left(entry: dict[str, Any]) -> bool:
    """Whether the file of an intent's line with no outcome is still where it was, as recorded (its
    size and content): the run ended before it went."""
    path, (size, digest) = Path(str(entry["path"])), _recorded(entry)
    try:
        status = os.lstat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size != size:
            return False
        with os.fdopen(open_regular(path, follow_links=False), "rb") as stream:
            return digest_stream(stream) == digest
    except OSError:
        return False


def _trash_line(entry: dict[str, Any]) -> bool:
    """Whether a trashed file's line has its size and content digest as the journal writes them,
    without which no copy in the trash can be told to be the file: else it is left out."""
    size, digest = _recorded(entry)
    if size < 0 or not digest:
        log.warning("journal line for %s left out: no size and content digest as journalled", entry["path"])
        return False
    return True


def _recorded(entry: dict[str, Any]) -> tuple[int, str]:
    """A line's size and content digest as the journal writes them; -1 and "" for anything else."""
    size = entry.get("size")
    digest = entry.get("digest")
    return (
        size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else -1,
        digest if isinstance(digest, str) and _DIGEST.fullmatch(digest) else "",
    )


def _journalled(entry: dict[str, Any], intents: dict[tuple[str, str], datetime | None]) -> JournalledFile:
    """The file a "done" line of the run (checked by _readable) names; see last_run."""
    path = Path(str(entry["path"]))
    action = Action(str(entry["action"]))
    intent = intents.get((str(entry["path"]), action.value))
    acted_at = intent or _time(entry) or datetime.now(UTC)
    size, digest = _recorded(entry)
    drive = DriveRecord.from_fields(entry)
    if action is Action.TRASH:
        return JournalledFile(path, action, None, size, digest, acted_at, None, drive)
    to = entry.get("to")
    moved_to = Path(to) if isinstance(to, str) and to != "trash" else None
    refused = None
    if size < 0 or not digest or intent is None or moved_to is None or not _named_as_moved(moved_to, path):
        log.warning("journal line for %s not acted on: not a move the journal records", path)
        refused = Code.MOVE_NOT_RECORDED()
    return JournalledFile(path, action, moved_to, size, digest, acted_at, refused, drive)


@dataclass(slots=True)
class _RestoreJournal:
    path: Path
    undoes: str
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    warnings: list[Reason] = field(default_factory=list)

    def write(
        self, state: str, item: JournalledFile, source: Path | None, reason: Reason | None = None
    ) -> None:
        entry: dict[str, Any] = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "run": self.run,
            "action": RESTORE,
            "undoes": self.undoes,
            "state": state,
            "path": str(item.path),
            "size": item.size,
            "digest": item.digest,
        }
        if source is not None:
            entry["from"] = str(source)
        if reason is not None:
            entry["reason"] = str(reason)
        try:
            append_journal_line(self.path, json_line(entry))
        except OSError as exc:
            if not self.warnings:
                self.warnings.append(Code.JOURNAL_NOT_WRITTEN(file=str(self.path), error=system_words(exc)))


# ---- putting back -------------------------------------------------------------------------------


class LastRunChanged(Exception):
    """The journal's newest run is no longer the one the person was asked about: another Lookalike
    (a window, the command line) acted, or put it back, meanwhile. Nothing was put back."""


def undo_last(
    journal: Path,
    *,
    dry_run: bool = False,
    system: str = sys.platform,
    trash_folders: Sequence[Path] | None = None,
    recycle_bins: Sequence[Path] | None = None,
    expected_run: str | None = None,
) -> RestoreReport | None:
    """Put back the files of the newest run in `journal`; None when there is nothing to put back.

    With `dry_run`, every file is looked for and checked, and nothing is moved. `trash_folders`
    (freedesktop) and `recycle_bins` (Windows: the folders holding `$I` and `$R` files) replace the
    system's own, for tests. One run at a time acts or puts back (actions.acting_alone): begun
    while another Lookalike does, it waits for that to end, then reads the journal. With
    `expected_run` (the run the person was asked about), raises LastRunChanged when the newest run
    is another by then, putting nothing back.
    """
    if dry_run:
        return _undo_last(journal, dry_run, system, trash_folders, recycle_bins, expected_run)
    if late_work_pending(journal):
        # The run's lock is held until a file begun before its drive stopped answering has ended: for
        # as long as the drive, and the window's Undo has no Stop. Nothing is put back meanwhile.
        return _run_still_going(journal, expected_run)
    with acting_alone(journal):
        return _undo_last(journal, dry_run, system, trash_folders, recycle_bins, expected_run)


def _run_still_going(journal: Path, expected_run: str | None) -> RestoreReport | None:
    """The last run, every file of it not put back: its run still waits for a silent drive."""
    run = last_run(journal)
    if expected_run is not None and (run is None or run.run != expected_run):
        raise LastRunChanged(f"the newest run is {run.run if run else 'none'}, not {expected_run}")
    if run is None:
        return None
    going = Code.RUN_STILL_GOING()
    return RestoreReport(run, tuple(RestoreOutcome(f.path, False, going, f.moved_to) for f in run.files))


def _undo_last(
    journal: Path,
    dry_run: bool,
    system: str,
    trash_folders: Sequence[Path] | None,
    recycle_bins: Sequence[Path] | None,
    expected_run: str | None,
) -> RestoreReport | None:
    run = last_run(journal)
    if expected_run is not None and (run is None or run.run != expected_run):
        raise LastRunChanged(f"the newest run is {run.run if run else 'none'}, not {expected_run}")
    if run is None:
        return None
    writer = _RestoreJournal(journal, run.run)
    looked_at = [f for f in run.files if not (f.action is Action.TRASH and system == "darwin")]
    folders = [f.path.parent for f in looked_at] + [f.moved_to.parent for f in looked_at if f.moved_to]
    places = _Places(trash_folders, recycle_bins, TrashIndex(), mount_points(), not_answering(folders))
    outcomes: list[RestoreOutcome] = []
    instructions: tuple[Reason, ...] = ()
    trashed = [f for f in run.files if f.action is Action.TRASH]
    if trashed and system == "darwin":
        instructions = macos_instructions([f.path for f in trashed])
    for item in run.files:
        if item.action is Action.TRASH and system == "darwin":
            outcomes.append(RestoreOutcome(item.path, False, Code.PUT_BACK_IN_FINDER()))
            continue
        outcomes.append(_restore_one(item, writer, dry_run, system, places))
    return RestoreReport(run, tuple(outcomes), dry_run, instructions, tuple(writer.warnings))


@dataclass(frozen=True, slots=True)
class _Places:
    """Where trashed files are looked for: the folders given for tests (else the system's), and the
    freedesktop trash folders' records, read once for the whole run; where drives are mounted
    (mounts.mount_points), and the folders of the run that did not answer (not_answering)."""

    trash_folders: Sequence[Path] | None
    recycle_bins: Sequence[Path] | None
    trash_index: TrashIndex
    mount_points: frozenset[str] = frozenset()
    silent: frozenset[Path] = frozenset()

    def not_answering(self, item: JournalledFile) -> Path | None:
        """The folder of `item` (where it was, or where it was moved) that did not answer, if any."""
        for folder in (item.path.parent, item.moved_to.parent if item.moved_to else None):
            if folder is not None and reach.asked_as(folder) in self.silent:
                return folder
        return None


def _restore_one(
    item: JournalledFile, writer: _RestoreJournal, dry_run: bool, system: str, places: _Places
) -> RestoreOutcome:
    source: Path | None = None
    since = (item.acted_at - _CLOCK_SLACK).timestamp()
    try:
        if item.refused is not None:
            raise NotRestored(item.refused)
        if (silent := places.not_answering(item)) is not None:  # each look there would wait for good
            source = item.moved_to
            raise NotRestored(Code.NOT_ANSWERING_FOR_UNDO(folder=str(silent)))
        if _occupied(item.path):
            raise NotRestored(Code.PLACE_TAKEN(path=str(item.path)))
        _refuse_new_links(item.path.parent, since)
        leftover: Path | None = None  # the trash's record of the file, removed once it is back
        if item.action is Action.MOVE:
            if item.moved_to is None:
                raise NotRestored(Code.MOVE_NOT_RECORDED())
            source = item.moved_to
            identity = _check_content(source, item)
        elif system == "win32" or places.recycle_bins is not None:
            source, leftover, identity = _find_in_recycle_bin(item, places.recycle_bins)
        else:
            source, leftover, identity = _find_in_trash(item, places.trash_folders, places.trash_index)
        _refuse_another_drive(item.path.parent, item.drive, places.mount_points)
        if dry_run:
            return RestoreOutcome(item.path, True, None, source)
        writer.write("intent", item, source)
        _put_back(source, item, identity, since, places.mount_points)
        if leftover is not None:
            _drop_trash_record(leftover)
    except (NotRestored, OSError, ValueError, OverflowError) as exc:
        if isinstance(exc, NotRestored):
            reason = exc.reason
        elif isinstance(exc, PermissionError):  # a folder that takes nothing in, a locked file
            reason = Code.PERMISSION_DENIED()
        elif isinstance(exc, OSError):
            reason = Code.SYSTEM_REFUSED(error=system_words(exc))
        else:  # a path or time no system call takes: never a traceback for what a file holds
            reason = Code.SYSTEM_REFUSED(error=str(exc))
        if not dry_run:
            writer.write("failed", item, source, reason)
        return RestoreOutcome(item.path, False, reason, source)
    writer.write("done", item, source)
    return RestoreOutcome(item.path, True, None, source)


def _occupied(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _identity(status: os.stat_result) -> Identity:
    return status.st_dev, status.st_ino


def _check_content(source: Path, item: JournalledFile) -> Identity:
    """The file at `source` must be the one the journal recorded: a regular file (not a link to one),
    of the same size and content. Returns which file it is, to put back that very one."""
    try:
        found = os.lstat(source)
    except FileNotFoundError:
        raise NotRestored(Code.NO_LONGER_AT(path=str(source))) from None
    except OSError as exc:
        raise NotRestored(Code.UNREADABLE_AT(path=str(source), error=system_words(exc))) from exc
    if not stat.S_ISREG(found.st_mode):  # a link, even to a file of the same bytes, is not the file
        raise NotRestored(Code.NOT_A_REGULAR_FILE(who=str(source)))
    if found.st_size != item.size:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source)))
    try:
        with os.fdopen(open_regular(source, follow_links=False), "rb") as stream:
            if IDENTITIES_COMPARED and _identity(os.fstat(stream.fileno())) != _identity(found):
                raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source)))
            digest = digest_stream(stream)
    except OSError as exc:
        raise NotRestored(Code.UNREADABLE_AT(path=str(source), error=str(exc))) from exc
    if digest != item.digest:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source)))
    return _identity(found)


def _refuse_new_links(folder: Path, since: float) -> None:
    """Refuse to put a file into `folder` when a folder on its way is a link made at or after `since`
    (POSIX time: the run's): one of the file's folders was replaced by a link once the file had left,
    and putting back through it would put the file into another folder."""
    if (link := _new_link_on_the_way(folder, since)) is not None:
        log.warning("not putting back into %s: %s became a link after the run", folder, link)
        raise NotRestored(Code.LINK_TO_FOLDER_NOT_FOLLOWED())


def _new_link_on_the_way(folder: Path, since: float) -> Path | None:
    """The first link on the way to `folder` (absolute) made at or after `since`, following those
    made before (a home folder kept on another drive, a system's /var), as the system does; None when
    there is none up to the first folder missing. A link's change time cannot be set back."""
    parts = list(folder.parts)
    current = Path(parts.pop(0))
    followed = 0
    while parts:
        candidate = current / parts.pop(0)
        try:
            status = os.lstat(candidate)
        except OSError:
            return None  # missing from here on: made by _make_folders, one by one
        if not stat.S_ISLNK(status.st_mode):
            current = candidate
            continue
        followed += 1
        if status.st_ctime >= since or followed > _MOST_LINKS:
            return candidate
        target = Path(os.readlink(candidate))
        if target.is_absolute():
            current = Path(target.anchor)
            parts[:0] = target.parts[1:]
        else:
            parts[:0] = target.parts
    return None


def _refuse_another_drive(folder: Path, drive: DriveRecord | None, points: frozenset[str]) -> None:
    """Refuse to make `folder` again, or to put a file back into it, on another drive than the one
    its file was on (`drive`, as the journal recorded it; `points`: the system's mount points). A drive
    unplugged since leaves an empty folder at its mount point, on the computer's own disk: folders
    made there, and the file put in, are hidden once the drive is back, and the file was said to be
    back. A line that records no drive (written before the journal recorded drives) has no folder made
    for its file: which drive it was on is not known. Looks at the nearest folder that exists."""
    existing = folder
    while not os.path.lexists(existing) and existing.parent != existing:
        existing = existing.parent
    if drive is None:
        if existing != folder:
            raise NotRestored(Code.FOLDER_GONE_DRIVE_UNKNOWN(folder=str(folder)))
        return
    if not drive.same_drive(drive_of(existing, points)):
        log.warning("not putting back into %s: %s is not on the drive recorded (%s)", folder, existing, drive)
        raise NotRestored(Code.NOT_ON_ITS_DRIVE(folder=str(existing)))


def _held_drive(folder: Folder, points: frozenset[str]) -> DriveRecord:
    """The drive of the folder held (as actions.drive_of, of the folder itself, not of its path)."""
    assert folder.identity is not None  # holding gives every folder its own
    real = folder.real_path() if folder.fd is not None else Path(os.path.realpath(folder.path))
    volume = None
    if hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            volume = (os.fstatvfs(folder.fd) if folder.fd is not None else os.statvfs(folder.path)).f_fsid
    return DriveRecord(folder.identity[0], mount_point_of(str(real), points), volume or None)


def _make_folders(folder: Path) -> None:
    """Make `folder` and those missing above it one at a time, never through a link (mkdir does not
    follow a link at its own name; what is above was checked by _refuse_new_links), on the drive its
    file was on (_refuse_another_drive, looked at just before)."""
    missing: list[Path] = []
    current = folder
    while not os.path.lexists(current) and current.parent != current:
        missing.append(current)
        current = current.parent
    for made in reversed(missing):
        try:
            os.mkdir(made)
        except FileExistsError:
            if not stat.S_ISDIR(os.lstat(made).st_mode):  # a link put there meanwhile
                raise NotRestored(Code.LINK_TO_FOLDER_NOT_FOLLOWED()) from None


def _put_back(
    source: Path, item: JournalledFile, identity: Identity, since: float, points: frozenset[str]
) -> None:
    """Move `source`, the file checked (`identity`), to where `item` was; never replaces a file
    there, never leaves half a file, and never leaves a second name or copy there when `source`
    cannot leave where it is; never onto another drive than the one it was on (`points`: the
    system's mount points).

    The old folder is held open, then its way looked at, and the file named in the folder held: a
    folder another program moves aside and replaces by a link meanwhile is never put through (by its
    path, the file went into the folder the link leads to, and was said to be back)."""
    target = item.path
    _refuse_another_drive(target.parent, item.drive, points)
    _make_folders(target.parent)
    with holding(target.parent) as folder:
        _refuse_new_links(target.parent, since)
        if folder.moved_or_replaced():  # replaced since it was held: by a link, or another folder
            log.warning("not putting back into %s: it was replaced as it was looked at", target.parent)
            raise NotRestored(Code.LINK_TO_FOLDER_NOT_FOLLOWED())
        if item.drive is not None and not item.drive.same_drive(_held_drive(folder, points)):
            log.warning(
                "not putting back into %s: the folder held is not on the drive recorded", target.parent
            )
            raise NotRestored(Code.NOT_ON_ITS_DRIVE(folder=str(target.parent)))
        _put_back_into(folder, source, target, identity, item.digest)


def _put_back_into(folder: Folder, source: Path, target: Path, identity: Identity, digest: str) -> None:
    """_put_back's work, in the old folder held (`folder`), under the name of `target`."""
    name = folder.at(target.name)
    try:
        os.link(source, name, dst_dir_fd=folder.fd)  # fails rather than replace a file put there meanwhile
    except FileExistsError:
        raise NotRestored(Code.PLACE_TAKEN(path=str(target))) from None
    except OSError:  # another drive, or a drive without hard links
        made = _copy_into_place(folder, source, target, identity, digest)
    else:
        made = _identity(os.lstat(name, dir_fd=folder.fd))
        if made != identity:  # `source` was swapped since it was checked: take the name back
            try:
                _discard_partial_copy(folder, target.name, made)
            except LeftAside as exc:
                raise NotRestored(Code.LEFT_ASIDE(path=exc.name, aside=exc.aside)) from exc
            raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source)))
    try:
        _drop_restored_name(source, target, identity)
    except BaseException:
        _forget_put_back(folder, target, made, source, identity)
        raise


def _copy_into_place(folder: Folder, source: Path, target: Path, identity: Identity, digest: str) -> Identity:
    """Copy to a temporary name in `folder` (held: `target`'s), then give it the name of `target` if
    still free: by a hard link, else by a rename that fails rather than replace. Never by a look and
    then a plain rename, which replaced a file another program saved at `target` in between: a drive
    that has neither refuses. Returns which file the copy is."""
    try:
        temporary, _ = verified_copy(
            source,
            folder,
            digest,
            lambda opened: not IDENTITIES_COMPARED or _identity(opened) == identity,
        )
    except NoLongerChecked:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source))) from None
    made = _identity(os.lstat(folder.at(temporary), dir_fd=folder.fd))
    try:
        try:
            os.link(folder.at(temporary), folder.at(target.name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
        except FileExistsError:
            raise NotRestored(Code.PLACE_TAKEN(path=str(target))) from None
        except OSError:  # no hard links here
            _rename_into_place(folder, temporary, target, source)
    finally:
        _discard_partial_copy(folder, temporary)
    return made


def _rename_into_place(folder: Folder, temporary: str, target: Path, source: Path) -> None:
    """Give the copy `temporary` (in `folder`) the name of `target` by a rename that fails rather
    than replace; where the drive has none, NotRestored: the copy put back stays at `source`."""
    try:
        rename_without_replacing(
            folder.at(temporary), folder.at(target.name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd
        )
    except FileExistsError:
        raise NotRestored(Code.PLACE_TAKEN(path=str(target))) from None
    except OSError as exc:
        # EINVAL is also a name the drive does not allow; but `target` is the name the file had there.
        if exc.errno not in NO_SUCH_RENAME:
            raise
        log.warning("%s: no rename that refuses to replace a file there: %s", target.parent, exc)
        raise NotRestored(Code.PUT_BACK_UNSAFE_ON_DRIVE(copy=str(source))) from None


def _discard_partial_copy(folder: Folder, name: str, made: Identity | None = None) -> None:
    """Remove this module's own temporary copy `name` in `folder` (gone already when it became the
    file), or with `made` its own name or copy at a file's old place, only while that name is still
    the file made: never a person's file (by remove_if_still: a file another program renames onto it
    meanwhile stays, else LeftAside, with the names in full)."""
    if made is not None:
        with contextlib.suppress(FileNotFoundError):
            try:
                remove_if_still(folder.at(name), lambda now: _identity(now) == made, dir_fd=folder.fd)
            except LeftAside as exc:
                raise LeftAside(folder.path / name, folder.path / os.path.basename(exc.aside)) from exc
        return
    # A random name of this module's own, which no other program knows: nothing is renamed onto it.
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder.at(name), dir_fd=folder.fd)  # trash-safe: the app's own temporary copy


def _forget_put_back(folder: Folder, target: Path, made: Identity, source: Path, identity: Identity) -> None:
    """Take back the name or copy made at `target` (in `folder`, held) when the trashed or moved name
    `source` could not be removed (its folder takes nothing out): so the old place does not hold a
    second copy the person had removed. Only while `source` still holds the file checked
    (`identity`), so the only name of a file is never removed."""
    try:
        if _identity(os.lstat(source)) != identity:
            return
    except OSError:
        return
    try:
        _discard_partial_copy(folder, target.name, made)
    except LeftAside as exc:  # putting back failed for its own reason, said as it is; this in the log
        log.warning("%s: another file took its name; it was kept as %s", target, exc.aside)
    except OSError:  # putting back failed for its own reason, said as it is
        pass


def _drop_restored_name(name: Path, kept_as: Path, identity: Identity) -> None:
    """Remove the trashed or moved name once `kept_as` holds the same content: the only removal of a
    person's file here, and its content lives on at `kept_as`. Only while `name` is still the file
    checked (`identity`): by remove_if_still, so a file another program renames onto `name`
    meanwhile stays."""
    now = os.lstat(name)
    if _identity(now) != identity:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(name)))
    kept = os.lstat(kept_as)  # by its path: its folder replaced since it was held, this refuses
    if not stat.S_ISREG(kept.st_mode) or kept.st_size != now.st_size:
        raise CopyRefused(Code.PUT_BACK_COPY_MISSING(path=str(kept_as), copy=str(name)))
    try:
        removed = remove_if_still(name, lambda then: _identity(then) == identity)
    except LeftAside as exc:
        raise NotRestored(Code.LEFT_ASIDE(path=exc.name, aside=exc.aside)) from exc
    if not removed:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(name)))


def _drop_trash_record(record: Path) -> None:
    """Remove the trash's record of a file put back (`.trashinfo`, `$I`): metadata, not a file."""
    record.unlink(missing_ok=True)  # trash-safe: the trash's note of a file no longer in it


# ---- the freedesktop trash ----------------------------------------------------------------------


def freedesktop_trash_folders(path: Path) -> list[Path]:
    """The trash folders a file at `path` may have gone to: the home trash, then its volume's, those
    only as the trash specification allows: `$topdir/.Trash/$uid` when `.Trash` is a folder (not a
    link) with the sticky bit, and each only when it is a folder (not a link) of the person's own."""
    folders = [home_trash()]
    top = _existing_mount_point(path)
    if top is not None:
        folders += volume_trash_folders(top, os.getuid() if hasattr(os, "getuid") else 0)
    return folders


def volume_trash_folders(top: Path, uid: int) -> list[Path]:
    """The trash folders of the volume mounted at `top` that the person `uid` may take files from:
    others, anyone on a shared drive may have made, with anything in them."""
    folders: list[Path] = []
    shared = _status(top / ".Trash")
    if shared is not None and stat.S_ISDIR(shared.st_mode) and shared.st_mode & stat.S_ISVTX:
        folders.append(top / ".Trash" / str(uid))
    folders.append(top / f".Trash-{uid}")
    return [folder for folder in folders if _owned_folder(folder, uid)]


def _status(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _owned_folder(folder: Path, uid: int) -> bool:
    status = _status(folder)
    return status is not None and stat.S_ISDIR(status.st_mode) and status.st_uid == uid


def _existing_mount_point(path: Path) -> Path | None:
    folder = path.absolute().parent
    while not folder.exists():
        if folder.parent == folder:
            return None
        folder = folder.parent
    device = os.stat(folder).st_dev
    while folder.parent != folder and os.stat(folder.parent).st_dev == device:
        folder = folder.parent
    return folder


def _trash_topdir(trash: Path) -> Path:
    """The folder a trash's relative `Path=` entries start from."""
    if trash.name.startswith(".Trash-"):
        return trash.parent
    if trash.parent.name == ".Trash":
        return trash.parent.parent
    return trash.parent  # the home trash: $XDG_DATA_HOME


def parse_trashinfo(text: str, trash: Path) -> tuple[bytes, datetime] | None:
    """The original path (bytes, absolute) and the deletion time (local time, made aware) of a
    `.trashinfo` file's text; None when it is not one (a time near the calendar's ends is none)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "[Trash Info]":
        return None
    values = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    if "Path" not in values or "DeletionDate" not in values:
        return None
    original = unquote_to_bytes(values["Path"].strip())
    if not original.startswith(b"/"):
        original = os.path.join(os.fsencode(_trash_topdir(trash)), original)
    try:
        deleted = datetime.fromisoformat(values["DeletionDate"].strip())
        deleted = deleted if deleted.tzinfo else deleted.astimezone()
        if not _EARLIEST <= deleted <= _LATEST:
            return None
    except (ValueError, OverflowError, OSError):  # OSError: a time the system's clock cannot hold
        return None
    return original, deleted


Candidate = tuple[datetime, Path, Path]  # deleted at, the copy in the trash, its record


@dataclass(slots=True)
class TrashIndex:
    """The records of each trash folder read, by original path: each folder is read once for an undo,
    however many files it puts back."""

    folders: dict[Path, dict[bytes, list[Candidate]]] = field(default_factory=dict)

    def candidates(self, trash: Path, original: bytes) -> list[Candidate]:
        if trash not in self.folders:
            self.folders[trash] = _read_trash(trash)
        return self.folders[trash].get(original, [])


def _read_trash(trash: Path) -> dict[bytes, list[Candidate]]:
    records: dict[bytes, list[Candidate]] = {}
    info = trash / "info"
    try:
        names = os.listdir(info)
    except OSError:
        return records
    for name in names:
        if not name.endswith(".trashinfo"):
            continue
        data = _read_small(info / name, _TRASHINFO_READ_MOST)
        parsed = parse_trashinfo(data.decode("utf-8", "surrogateescape"), trash) if data is not None else None
        if parsed is not None:
            copy = trash / "files" / name.removesuffix(".trashinfo")
            records.setdefault(parsed[0], []).append((parsed[1], copy, info / name))
    return records


def _read_small(record: Path, most: int) -> bytes | None:
    """The bytes of a trash's record (`.trashinfo`, `$I`); None unless it is a regular file (never a
    FIFO, which would block a plain open for good, a device or a link) of at most `most` bytes."""
    try:
        with os.fdopen(open_regular(record, follow_links=False), "rb") as stream:
            data = stream.read(most + 1)
    except OSError:
        return None
    return data if len(data) <= most else None


def _find_in_trash(
    item: JournalledFile, trash_folders: Sequence[Path] | None, index: TrashIndex
) -> tuple[Path, Path, Identity]:
    """The trashed copy of `item`, its `.trashinfo` and which file it is: the earliest deleted at or
    after the run with the recorded size and content. Raises NotRestored when there is none."""
    wanted = os.fsencode(os.path.abspath(item.path))
    since = item.acted_at.replace(microsecond=0) - _CLOCK_SLACK
    found: list[Candidate] = []
    for trash in trash_folders if trash_folders is not None else freedesktop_trash_folders(item.path):
        found += index.candidates(trash, wanted)
    in_time = sorted((c for c in found if c[0] >= since), key=lambda c: c[0])
    # Read in another time zone, a copy deleted after the run may seem up to _ZONE_SLACK older:
    # the nearest first, and only when its size and content are the ones recorded.
    zone_shifted = sorted((c for c in found if since - _ZONE_SLACK <= c[0] < since), key=lambda c: c[0])
    return _first_matching(item, in_time, Code.THE_TRASH(), zone_shifted[::-1])


def _first_matching(
    item: JournalledFile,
    candidates: Iterable[Candidate],
    where: Reason,
    fallbacks: Iterable[Candidate] = (),
) -> tuple[Path, Path, Identity]:
    """The first of `candidates`, then of `fallbacks`, whose copy is the file recorded; `fallbacks`
    that are not leave the reason as it is (they may be other files trashed from the same place)."""
    reason = Code.NO_LONGER_IN_TRASH(where=where)
    for _deleted, copy, record in candidates:
        try:
            return copy, record, _check_content(copy, item)
        except NotRestored:
            reason = Code.NOT_THE_MOVED_FILE(where=where)
    for _deleted, copy, record in fallbacks:
        with contextlib.suppress(NotRestored):
            return copy, record, _check_content(copy, item)
    raise NotRestored(reason)


# ---- the Windows Recycle Bin --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecycleRecord:
    """What a Recycle Bin `$I` file says about the file its `$R` twin holds."""

    version: int
    size: int
    deleted_at: datetime
    original: str


def filetime_to_datetime(ticks: int) -> datetime:
    return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)


def parse_recycle_record(data: bytes) -> RecycleRecord:
    """Read a `$I` file: version (8 bytes: 1 before Windows 10, 2 since), file size (8), deletion time
    (8, FILETIME), then the original path in UTF-16-LE: 260 characters in version 1, a length (4)
    and that many characters in version 2. Raises ValueError for anything else."""
    if len(data) < 24:
        raise ValueError("too short for a Recycle Bin record")
    version, size, ticks = struct.unpack_from("<qqq", data, 0)
    if version == 1:
        raw = data[24 : 24 + 520]
    elif version == 2:
        if len(data) < 28:
            raise ValueError("too short for a Recycle Bin record")
        (length,) = struct.unpack_from("<I", data, 24)
        raw = data[28 : 28 + 2 * length]
        if len(raw) != 2 * length:
            raise ValueError("the path is cut short")
    else:
        raise ValueError(f"unknown Recycle Bin record version {version}")
    original = raw.decode("utf-16-le", errors="surrogatepass").split("\0", 1)[0]
    if not original:
        raise ValueError("no original path")
    return RecycleRecord(version, size, filetime_to_datetime(ticks), original)


def recycle_bin_folders(path: Path) -> list[Path]:
    """The Recycle Bin folders of `path`'s drive the person can read (one per user SID)."""
    root = Path(path.absolute().anchor) / "$Recycle.Bin"
    try:
        return [folder for folder in root.iterdir() if folder.is_dir()]
    except OSError:
        return []


def _same_windows_path(a: str, b: str) -> bool:
    return (
        os.path.normcase(a.replace("/", "\\")).casefold() == os.path.normcase(b.replace("/", "\\")).casefold()
    )


def find_in_recycle_bin(item: JournalledFile, bins: Sequence[Path] | None = None) -> tuple[Path, Path]:
    """The `$R` file holding `item` and its `$I` record. Raises NotRestored when there is none."""
    copy, record, _ = _find_in_recycle_bin(item, bins)
    return copy, record


def _find_in_recycle_bin(item: JournalledFile, bins: Sequence[Path] | None) -> tuple[Path, Path, Identity]:
    since = item.acted_at - _CLOCK_SLACK
    candidates: list[tuple[datetime, Path, Path]] = []
    for folder in bins if bins is not None else recycle_bin_folders(item.path):
        try:
            records = [p for p in folder.iterdir() if p.name.startswith("$I")]
        except OSError:
            continue
        for record_path in records:
            data = _read_small(record_path, _RECYCLE_RECORD_READ_MOST)
            try:
                record = parse_recycle_record(data) if data is not None else None
            except (ValueError, OverflowError):  # OverflowError: a time past the calendar's end
                continue
            if record is None:
                continue
            if not _same_windows_path(record.original, str(item.path)) or record.deleted_at < since:
                continue
            if item.size >= 0 and record.size != item.size:
                continue
            candidates.append((record.deleted_at, folder / ("$R" + record_path.name[2:]), record_path))
    return _first_matching(item, sorted(candidates, key=lambda c: c[0]), Code.THE_RECYCLE_BIN())


# ---- macOS --------------------------------------------------------------------------------------


def macos_instructions(paths: Sequence[Path]) -> tuple[Reason, ...]:
    """What to do on macOS, where no app may take files back out of the Trash: line by line."""
    listed = (Code.MACOS_TRASHED_FILE(name=path.name, folder=str(path.parent)) for path in paths)
    return (Code.MACOS_PUT_BACK(), *listed)


def macos_trash_folder() -> Path:
    return Path.home() / ".Trash"
