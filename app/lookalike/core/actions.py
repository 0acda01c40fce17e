"""Act on the copies a person confirmed: send them to the trash, or move them to a folder.

Nothing here deletes a file permanently. Each file is first checked to be
unchanged since the scan (size and modification time, and its content digest
when that is cheap to recompute); a changed or missing file is skipped and
reported. Every file trashed or moved is written to a journal, one JSON object
a line, in the app's data folder.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from send2trash import send2trash
from send2trash.exceptions import TrashPermissionError

from lookalike.core.fingerprint import digest_file
from lookalike.core.models import CancelCheck, never_cancelled

log = logging.getLogger(__name__)

JOURNAL_FILE = "actions.jsonl"
# Files up to this size are re-read to compare their content digest with the scan's.
DIGEST_LIMIT = 32 * 1024 * 1024

ActionProgress = Callable[[int, int], None]  # (files done, files in total)
Trasher = Callable[[str], None]


class Action(StrEnum):
    TRASH = "trash"
    MOVE = "move"


class Status(StrEnum):
    """What happened to one file."""

    DONE = "done"  # trashed or moved
    SKIPPED = "skipped"  # changed or gone since the scan: left alone
    FAILED = "failed"  # the system refused (permissions, disk full, ...)
    TRASH_UNAVAILABLE = "trash_unavailable"  # no trash for this file's drive: a move may work


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """A file to act on, as the scan saw it."""

    path: Path
    size: int
    mtime_ns: int
    digest: str | None = None  # content digest from the scan, when known


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: Path
    status: Status
    reason: str = ""  # in plain words, for anything but DONE
    destination: Path | None = None  # where a moved file is now
    size: int = 0


@dataclass(frozen=True, slots=True)
class ActionReport:
    """What one trash or move run did, file by file."""

    action: Action
    outcomes: tuple[FileOutcome, ...]
    cancelled: bool = False
    journal: Path | None = None

    @property
    def done(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.DONE)

    @property
    def problems(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status is not Status.DONE)

    @property
    def done_bytes(self) -> int:
        return sum(o.size for o in self.done)

    @property
    def trash_unavailable(self) -> bool:
        return any(o.status is Status.TRASH_UNAVAILABLE for o in self.outcomes)


def default_journal_path() -> Path:
    """The journal in the platform's data folder for the app."""
    return user_data_path("lookalike", appauthor=False) / JOURNAL_FILE


def check_unchanged(planned: PlannedFile, *, digest_limit: int = DIGEST_LIMIT) -> str | None:
    """Return why `planned` no longer is the file the scan saw, or None when it still is."""
    try:
        st = os.stat(planned.path)
    except FileNotFoundError:
        return "the file is gone: it was moved or deleted after the scan"
    except OSError as exc:
        return f"the file cannot be read ({exc.strerror or exc})"
    if not os.path.isfile(planned.path):
        return "this is no longer a file"
    if st.st_size != planned.size or st.st_mtime_ns != planned.mtime_ns:
        return "the file was changed after the scan"
    if planned.digest and st.st_size <= digest_limit:
        try:
            if digest_file(planned.path) != planned.digest:
                return "the file's content was changed after the scan"
        except OSError as exc:
            return f"the file cannot be read ({exc.strerror or exc})"
    return None


def trash_files(
    files: Sequence[PlannedFile],
    *,
    journal: Path | None = None,
    progress: ActionProgress | None = None,
    cancelled: CancelCheck = never_cancelled,
    trasher: Trasher | None = None,
) -> ActionReport:
    """Send each unchanged file in `files` to the system trash; report each one.

    A file whose drive has no usable trash gets TRASH_UNAVAILABLE, so the
    caller can offer a move instead. Stops between files when `cancelled`.
    `trasher` replaces send2trash (looked up at call time, so tests can patch it).
    """
    send = trasher or send2trash

    def act(planned: PlannedFile) -> FileOutcome:
        try:
            send(str(planned.path))
        except TrashPermissionError:
            return FileOutcome(
                planned.path, Status.TRASH_UNAVAILABLE, "the Trash cannot be used for this drive", None,
                planned.size,
            )  # fmt: skip
        except OSError as exc:
            return FileOutcome(planned.path, Status.FAILED, _plain_os_error(exc), None, planned.size)
        except Exception as exc:  # send2trash's platform back ends raise their own errors
            return FileOutcome(
                planned.path, Status.FAILED, f"the Trash refused it ({exc})", None, planned.size
            )
        return FileOutcome(planned.path, Status.DONE, "", None, planned.size)

    return _run(Action.TRASH, files, act, journal, progress, cancelled)


def move_files(
    files: Sequence[PlannedFile],
    destination: Path,
    *,
    journal: Path | None = None,
    progress: ActionProgress | None = None,
    cancelled: CancelCheck = never_cancelled,
) -> ActionReport:
    """Move each unchanged file into `destination`, never overwriting: a clash gets " (2)" etc."""

    def act(planned: PlannedFile) -> FileOutcome:
        try:
            destination.mkdir(parents=True, exist_ok=True)
            target = _free_name(destination / planned.path.name)
            shutil.move(os.fspath(planned.path), os.fspath(target))
        except OSError as exc:
            return FileOutcome(planned.path, Status.FAILED, _plain_os_error(exc), None, planned.size)
        return FileOutcome(planned.path, Status.DONE, "", target, planned.size)

    return _run(Action.MOVE, files, act, journal, progress, cancelled)


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The journal's entries, oldest first; unreadable lines are skipped."""
    entries: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return entries
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def _run(
    action: Action,
    files: Sequence[PlannedFile],
    act: Callable[[PlannedFile], FileOutcome],
    journal: Path | None,
    progress: ActionProgress | None,
    cancelled: CancelCheck,
) -> ActionReport:
    journal = journal or default_journal_path()
    outcomes: list[FileOutcome] = []
    was_cancelled = False
    for index, planned in enumerate(files):
        if cancelled():
            was_cancelled = True
            break
        reason = check_unchanged(planned)
        if reason is not None:
            outcome = FileOutcome(planned.path, Status.SKIPPED, reason, None, planned.size)
        else:
            outcome = act(planned)
        if outcome.status is Status.DONE:
            _journal(journal, action, [outcome])
        else:
            log.warning("%s skipped %s: %s", action.value, planned.path, outcome.reason)
        outcomes.append(outcome)
        if progress is not None:
            progress(index + 1, len(files))
    return ActionReport(action, tuple(outcomes), was_cancelled, journal)


def _journal(journal: Path, action: Action, outcomes: Iterable[FileOutcome]) -> None:
    """Append the done outcomes to the journal; a journal that cannot be written is logged, not fatal."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [
        json.dumps(
            {
                "time": now,
                "action": action.value,
                "path": str(outcome.path),
                "size": outcome.size,
                "to": str(outcome.destination) if outcome.destination else "trash",
            },
            ensure_ascii=False,
        )
        for outcome in outcomes
    ]
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
        with open(journal, "a", encoding="utf-8") as stream:
            stream.write("".join(line + "\n" for line in lines))
    except OSError:
        log.exception("cannot write the action journal %s", journal)


def _free_name(target: Path) -> Path:
    candidate, number = target, 2
    while candidate.exists() or candidate.is_symlink():
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        number += 1
    return candidate


def _plain_os_error(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied: you may not change this file or its folder"
    if isinstance(exc, FileNotFoundError):
        return "the file is gone: it was moved or deleted after the scan"
    return f"the system refused it ({exc.strerror or exc})"
