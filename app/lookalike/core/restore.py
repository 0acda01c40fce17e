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
"""

from __future__ import annotations

import os
import struct
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

from lookalike.core.actions import Action, CopyRefused, json_line, read_journal, system_words, verified_copy
from lookalike.core.fingerprint import digest_file
from lookalike.core.opening import open_appending
from lookalike.core.reasons import Code, Reason

RESTORE = "restore"  # the journal's action for a file put back
# FILETIME: 100-nanosecond ticks since 1601-01-01 UTC.
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
# A trash's clock and the journal's may differ by a moment (the trash keeps whole seconds).
_CLOCK_SLACK = timedelta(seconds=2)


@dataclass(frozen=True, slots=True)
class JournalledFile:
    """One file a run trashed or moved, as the journal recorded it."""

    path: Path  # where it was (and goes back to)
    action: Action
    moved_to: Path | None  # where a move put it; None for the trash
    size: int
    digest: str
    acted_at: datetime  # the intent's time (UTC): the file left its folder after it


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
    try:
        moment = datetime.fromisoformat(str(entry.get("time")))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def last_run(journal: Path) -> LastRun | None:
    """The newest trash or move run of `journal`, with its files done and not yet put back; None when
    there is none, or when every file of the newest run was put back already."""
    entries = read_journal(journal)
    done = [
        e
        for e in entries
        if e.get("state") == "done" and e.get("action") in (Action.TRASH.value, Action.MOVE.value)
    ]
    if not done:
        return None
    run = str(done[-1].get("run"))
    intents = {
        str(e.get("path")): _time(e)
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
        path = str(entry.get("path"))
        if entry.get("run") != run or path in put_back:
            continue
        action = Action(str(entry["action"]))
        at = intents.get(path) or _time(entry) or datetime.now(UTC)
        to = entry.get("to")
        moved_to = Path(str(to)) if action is Action.MOVE and to and to != "trash" else None
        size = entry.get("size")
        files.append(
            JournalledFile(
                Path(path),
                action,
                moved_to,
                size if isinstance(size, int) else -1,
                str(entry.get("digest")),
                at,
            )
        )
    if not files:
        return None
    return LastRun(run, files[0].action, min(f.acted_at for f in files), tuple(files))


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
            with os.fdopen(open_appending(self.path), "ab") as stream:
                stream.write(json_line(entry))
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as exc:
            if not self.warnings:
                self.warnings.append(Code.JOURNAL_NOT_WRITTEN(file=str(self.path), error=system_words(exc)))


# ---- putting back -------------------------------------------------------------------------------


def undo_last(
    journal: Path,
    *,
    dry_run: bool = False,
    system: str = sys.platform,
    trash_folders: Sequence[Path] | None = None,
    recycle_bins: Sequence[Path] | None = None,
) -> RestoreReport | None:
    """Put back the files of the newest run in `journal`; None when there is nothing to put back.

    With `dry_run`, every file is looked for and checked, and nothing is moved. `trash_folders`
    (freedesktop) and `recycle_bins` (Windows: the folders holding `$I` and `$R` files) replace the
    system's own, for tests.
    """
    run = last_run(journal)
    if run is None:
        return None
    writer = _RestoreJournal(journal, run.run)
    outcomes: list[RestoreOutcome] = []
    instructions: tuple[Reason, ...] = ()
    trashed = [f for f in run.files if f.action is Action.TRASH]
    if trashed and system == "darwin":
        instructions = macos_instructions([f.path for f in trashed])
    for item in run.files:
        if item.action is Action.TRASH and system == "darwin":
            outcomes.append(RestoreOutcome(item.path, False, Code.PUT_BACK_IN_FINDER()))
            continue
        outcomes.append(_restore_one(item, writer, dry_run, system, trash_folders, recycle_bins))
    return RestoreReport(run, tuple(outcomes), dry_run, instructions, tuple(writer.warnings))


def _restore_one(
    item: JournalledFile,
    writer: _RestoreJournal,
    dry_run: bool,
    system: str,
    trash_folders: Sequence[Path] | None,
    recycle_bins: Sequence[Path] | None,
) -> RestoreOutcome:
    source: Path | None = None
    try:
        if _occupied(item.path):
            raise NotRestored(Code.PLACE_TAKEN(path=str(item.path)))
        leftover: Path | None = None  # the trash's record of the file, removed once it is back
        if item.action is Action.MOVE:
            if item.moved_to is None:
                raise NotRestored(Code.MOVE_NOT_RECORDED())
            source = item.moved_to
            _check_content(source, item)
        elif system == "win32" or recycle_bins is not None:
            source, leftover = find_in_recycle_bin(item, recycle_bins)
        else:
            source, leftover = find_in_trash(item, trash_folders)
        if dry_run:
            return RestoreOutcome(item.path, True, None, source)
        writer.write("intent", item, source)
        _put_back(source, item.path)
        if leftover is not None:
            _drop_trash_record(leftover)
    except (NotRestored, OSError) as exc:
        if isinstance(exc, NotRestored):
            reason = exc.reason
        elif isinstance(exc, PermissionError):  # a folder that takes nothing in, a locked file
            reason = Code.PERMISSION_DENIED()
        else:
            reason = Code.SYSTEM_REFUSED(error=system_words(exc))
        if not dry_run:
            writer.write("failed", item, source, reason)
        return RestoreOutcome(item.path, False, reason, source)
    writer.write("done", item, source)
    return RestoreOutcome(item.path, True, None, source)


def _occupied(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _check_content(source: Path, item: JournalledFile) -> None:
    """The file at `source` must be the one the journal recorded: same size, same content."""
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise NotRestored(Code.NO_LONGER_AT(path=str(source))) from None
    if item.size >= 0 and size != item.size:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source)))
    try:
        digest = digest_file(source)
    except OSError as exc:
        raise NotRestored(Code.UNREADABLE_AT(path=str(source), error=str(exc))) from exc
    if item.digest and digest != item.digest:
        raise NotRestored(Code.CHANGED_SINCE_MOVED(path=str(source)))


def _put_back(source: Path, target: Path) -> None:
    """Move `source` to `target`; never replaces a file at `target` and never leaves half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)  # fails rather than replace a file that appeared meanwhile
    except FileExistsError:
        raise NotRestored(Code.PLACE_TAKEN(path=str(target))) from None
    except OSError:  # another drive, or a drive without hard links
        _copy_into_place(source, target)
    _drop_restored_name(source, target)


def _copy_into_place(source: Path, target: Path) -> None:
    """Copy to a temporary name beside `target`, then give it the name `target` if still free."""
    temporary = verified_copy(source, target.parent, digest_file(source))
    try:
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise NotRestored(Code.PLACE_TAKEN(path=str(target))) from None
        except OSError:  # no hard links here: rename, after one more look
            if _occupied(target):
                raise NotRestored(Code.PLACE_TAKEN(path=str(target))) from None
            os.rename(temporary, target)
    finally:
        _discard_partial_copy(temporary)


def _discard_partial_copy(temporary: Path) -> None:
    """Remove this module's own temporary copy (gone already when it became the file): never a
    person's file."""
    temporary.unlink(missing_ok=True)  # trash-safe: the app's own temporary copy


def _drop_restored_name(name: Path, kept_as: Path) -> None:
    """Remove the trashed or moved name once `kept_as` holds the same content: the only removal of a
    person's file here, and its content lives on at `kept_as`."""
    if not kept_as.is_file() or kept_as.stat().st_size != name.stat().st_size:
        raise CopyRefused(Code.PUT_BACK_COPY_MISSING(path=str(kept_as), copy=str(name)))
    os.unlink(name)  # trash-safe: a move back; the content lives on at kept_as


def _drop_trash_record(record: Path) -> None:
    """Remove the trash's record of a file put back (`.trashinfo`, `$I`): metadata, not a file."""
    record.unlink(missing_ok=True)  # trash-safe: the trash's note of a file no longer in it


# ---- the freedesktop trash ----------------------------------------------------------------------


def freedesktop_trash_folders(path: Path) -> list[Path]:
    """The trash folders a file at `path` may have gone to: the home trash, then its volume's."""
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    folders = [Path(data_home) / "Trash"]
    top = _existing_mount_point(path)
    if top is not None:
        uid = os.getuid() if hasattr(os, "getuid") else 0
        folders += [top / ".Trash" / str(uid), top / f".Trash-{uid}"]
    return folders


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
    `.trashinfo` file's text; None when it is not one."""
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
    except ValueError:
        return None
    return original, deleted if deleted.tzinfo else deleted.astimezone()


def find_in_trash(item: JournalledFile, trash_folders: Sequence[Path] | None = None) -> tuple[Path, Path]:
    """The trashed copy of `item` and its `.trashinfo`: the earliest deleted at or after the run with
    the recorded size and content. Raises NotRestored when there is none."""
    wanted = os.fsencode(os.path.abspath(item.path))
    since = item.acted_at.replace(microsecond=0) - _CLOCK_SLACK
    candidates: list[tuple[datetime, Path, Path]] = []
    for trash in trash_folders if trash_folders is not None else freedesktop_trash_folders(item.path):
        info = trash / "info"
        try:
            names = os.listdir(info)
        except OSError:
            continue
        for name in names:
            if not name.endswith(".trashinfo"):
                continue
            try:
                text = (info / name).read_text(encoding="utf-8", errors="surrogateescape")
            except OSError:
                continue
            parsed = parse_trashinfo(text, trash)
            if parsed is None or parsed[0] != wanted or parsed[1] < since:
                continue
            candidates.append((parsed[1], trash / "files" / name.removesuffix(".trashinfo"), info / name))
    return _first_matching(item, sorted(candidates, key=lambda c: c[0]), Code.THE_TRASH())


def _first_matching(
    item: JournalledFile, candidates: Iterable[tuple[datetime, Path, Path]], where: Reason
) -> tuple[Path, Path]:
    reason = Code.NO_LONGER_IN_TRASH(where=where)
    for _deleted, copy, record in candidates:
        try:
            _check_content(copy, item)
        except NotRestored:
            reason = Code.NOT_THE_MOVED_FILE(where=where)
            continue
        return copy, record
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
    since = item.acted_at - _CLOCK_SLACK
    candidates: list[tuple[datetime, Path, Path]] = []
    for folder in bins if bins is not None else recycle_bin_folders(item.path):
        try:
            records = [p for p in folder.iterdir() if p.name.startswith("$I")]
        except OSError:
            continue
        for record_path in records:
            try:
                record = parse_recycle_record(record_path.read_bytes())
            except (OSError, ValueError):
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
