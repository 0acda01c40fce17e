"""Act on the copies a person confirmed: send them to the trash, or move them to a folder.

One path for the window and `lookalike apply`. A plan (from the window's marks or a
saved file) only proposes; the files decide. At the moment of acting, a file goes
only if a copy marked KEEP in its group is still there, a regular file with the
identity and content it had at scan time, under a scanned root; the file itself is
unchanged (identity and full content digest), inside a scanned root and outside
every reference folder, both after resolving links and `..`; and it is still a
duplicate of that keeper: the same bytes for identical copies, a fresh decode and
the check of its tier for the others. Anything that fails is skipped with the
reason in plain words, and the rest goes on. Nothing is deleted permanently: files
go through send2trash, or are moved (across drives: copied, checked, then the
original removed). A journal records each intent, flushed to disk, before acting,
and the outcome after.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from send2trash import send2trash
from send2trash.exceptions import TrashPermissionError

from lookalike.core.discovery import inside
from lookalike.core.fingerprint import (
    LARGE_FILE,
    NotAFile,
    digest_bytes,
    digest_file,
    digest_stream,
    open_regular,
)
from lookalike.core.models import (
    CancelCheck,
    FileIdentity,
    Fingerprint,
    Mode,
    ScanOptions,
    ScanResult,
    Tier,
    never_cancelled,
)
from lookalike.core.platform_checks import trash_problem

log = logging.getLogger(__name__)

JOURNAL_FILE = "actions.jsonl"
_CHUNK = 4 * 1024 * 1024

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


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file of a group as the scan saw it, and whether the person keeps it."""

    path: Path
    identity: FileIdentity | None  # None: the saved file did not record it, so it cannot be acted on
    digest: str
    keep: bool
    tier: Tier = Tier.EXACT  # how it matched its group's reference (files[0])

    @property
    def size(self) -> int:
        return self.identity.size if self.identity else 0


@dataclass(frozen=True, slots=True)
class PlannedGroup:
    id: int
    files: tuple[PlannedFile, ...]  # files[0] is the group's reference
    every_copy_allowed: bool = False  # the person confirmed removing every copy (the window only)


@dataclass(frozen=True, slots=True)
class ActPlan:
    """What a person asked for: groups with KEEP/DELETE marks, and the scan's roots and settings.

    Nothing here is trusted: the act path checks each claim against the files.
    """

    groups: tuple[PlannedGroup, ...]
    roots: tuple[Path, ...]
    reference_roots: tuple[Path, ...]
    options: ScanOptions  # the hash settings and threshold the re-check uses

    @property
    def deletions(self) -> list[PlannedFile]:
        return [f for group in self.groups for f in group.files if not f.keep]

    def restricted_to(self, paths: Iterable[Path]) -> ActPlan:
        """The same plan acting only on `paths` (every keeper stays, for the checks)."""
        wanted = set(paths)
        groups = tuple(
            replace(group, files=tuple(f for f in group.files if f.keep or f.path in wanted))
            for group in self.groups
        )
        return replace(self, groups=tuple(g for g in groups if any(not f.keep for f in g.files)))


def plan_from_result(
    result: ScanResult,
    *,
    reference_roots: Sequence[Path] = (),
    every_copy_allowed: Iterable[int] = (),
) -> ActPlan:
    """The plan that a scan result's `keep` marks make; `reference_roots` adds to the scan's."""
    allowed = set(every_copy_allowed)
    groups = tuple(
        PlannedGroup(
            group.id,
            tuple(
                PlannedFile(m.path, m.record.entry.identity, m.record.fingerprint.digest, m.keep, m.tier)
                for m in group.members
            ),
            group.id in allowed,
        )
        for group in result.groups
    )
    references = (*result.options.reference_roots, *reference_roots)
    return ActPlan(groups, result.roots, tuple(dict.fromkeys(references)), result.options)


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
    warnings: tuple[str, ...] = ()
    dry_run: bool = False

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
    Stops between files when `cancelled`. `trasher` replaces send2trash (tests).
    """
    action = Action.TRASH if destination is None else Action.MOVE
    checker = _Checker(plan)
    writer = _JournalWriter(journal or default_journal_path())
    total = len(plan.deletions)
    outcomes: list[FileOutcome] = []
    was_cancelled = False
    for group in plan.groups:
        for planned in (f for f in group.files if not f.keep):
            if cancelled():
                was_cancelled = True
                break
            reason = checker.check(group, planned)
            if reason is not None:
                outcome = FileOutcome(planned.path, Status.SKIPPED, reason, None, planned.size)
                log.warning("%s skipped %s: %s", action.value, planned.path, reason)
            elif dry_run:
                outcome = FileOutcome(planned.path, Status.CHECKED, "", None, planned.size)
            else:
                outcome = _act(action, planned, destination, writer, trasher or send2trash)
                if outcome.status is Status.DONE:
                    checker.acted_on.add(planned.path)
            outcomes.append(outcome)
            if progress is not None:
                progress(len(outcomes), total)
        if was_cancelled:
            break
    return ActionReport(action, tuple(outcomes), was_cancelled, writer.path, tuple(writer.warnings), dry_run)


def _act(
    action: Action, planned: PlannedFile, destination: Path | None, writer: _JournalWriter, send: Trasher
) -> FileOutcome:
    """Act on one checked file: journal the intent, act, journal the outcome."""
    assert planned.identity is not None  # the checks refuse files without one
    if action is Action.TRASH:
        problem = trash_problem(planned.path)
        if problem is not None:
            return FileOutcome(planned.path, Status.TRASH_UNAVAILABLE, problem, None, planned.size)
    # The checks read the whole file; make sure it was not swapped in the meantime.
    if (reason := _unchanged(planned.path, planned.identity)) is not None:
        return FileOutcome(planned.path, Status.SKIPPED, reason, None, planned.size)
    writer.write(action, "intent", planned)
    outcome = _trash(planned, send) if destination is None else _move(planned, destination)
    writer.write(action, outcome.status.value, planned, outcome)
    return outcome


def _trash(planned: PlannedFile, send: Trasher) -> FileOutcome:
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
        return FileOutcome(planned.path, Status.FAILED, f"the Trash refused it ({exc})", None, planned.size)
    return FileOutcome(planned.path, Status.DONE, "", None, planned.size)


def _move(planned: PlannedFile, destination: Path) -> FileOutcome:
    """Move the file into `destination` under a free name; never overwrites, never leaves half a file."""
    source = planned.path
    try:
        destination.mkdir(parents=True, exist_ok=True)
        target = _free_name(destination / source.name)
        try:
            os.link(source, target)  # same drive: fails rather than replace a file that appeared meanwhile
        except OSError:
            target = _copy_checked(source, destination, planned.digest)
        _drop_moved_name(source, target)
    except OSError as exc:
        return FileOutcome(source, Status.FAILED, _plain_os_error(exc), None, planned.size)
    return FileOutcome(source, Status.DONE, "", target, planned.size)


def _copy_checked(source: Path, destination: Path, digest: str) -> Path:
    """Copy to a temporary name in `destination`, check the copy's digest, then give it a free name.

    On any failure the temporary copy is removed and the source is untouched.
    """
    handle, temporary_name = tempfile.mkstemp(prefix=".lookalike-", suffix=".partial", dir=destination)
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as out, os.fdopen(open_regular(source), "rb") as src:
            shutil.copyfileobj(src, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(source, temporary)
        if digest_file(temporary) != digest:
            raise OSError(0, "the copy in the destination did not match the original")
        return _claim(temporary, destination / source.name)
    except BaseException:
        _discard_partial_copy(temporary)
        raise


def _claim(temporary: Path, wanted: Path) -> Path:
    """Give the finished copy a free name near `wanted`, never replacing a file."""
    while True:
        target = _free_name(wanted)
        try:
            os.link(temporary, target)  # fails if the name was taken meanwhile
        except FileExistsError:
            continue
        except OSError:  # a drive without hard links (FAT, some network shares)
            if target.exists():
                continue
            os.rename(temporary, target)
            return target
        _drop_moved_name(temporary, target)
        return target


def _drop_moved_name(name: Path, kept_as: Path) -> None:
    """Remove `name` once `kept_as` holds the same content (a hard link of it, or a checked copy).

    The only removal of a person's file in this module: what it removes lives on at `kept_as`.
    """
    if not kept_as.is_file() or kept_as.stat().st_size != name.stat().st_size:
        raise OSError(0, f"the moved copy {kept_as} is not there; the original was kept")
    os.unlink(name)


def _discard_partial_copy(temporary: Path) -> None:
    """Remove a copy this module made and that did not complete: never a person's file."""
    temporary.unlink(missing_ok=True)


@dataclass(slots=True)
class _Content:
    """A file read now: its digest, and its fingerprint when one was needed."""

    path: Path
    digest: str
    data: bytes | None  # None for files too large to hold: decoded from the path
    fingerprint: Fingerprint | None = None


class _Checker:
    """The checks made at the moment of acting; recomputes everything from the files."""

    def __init__(self, plan: ActPlan) -> None:
        self.plan = plan
        self.roots = tuple(Path(os.path.realpath(root)) for root in plan.roots)
        self.reference_roots = tuple(Path(os.path.realpath(root)) for root in plan.reference_roots)
        self.acted_on: set[Path] = set()
        self._keepers: dict[int, list[tuple[PlannedFile, _Content]] | str] = {}
        self._fingerprinter: Callable[[bytes | Path, str, str], Fingerprint] | None = None
        # Every file some group keeps, by what it is on disk: never acted on from another group.
        self._kept: set[tuple[int, int] | Path] = set()
        for group in plan.groups:
            for kept in (f for f in group.files if f.keep):
                self._kept.add(Path(os.path.realpath(kept.path)))
                if kept.identity and kept.identity.inode:
                    self._kept.add((kept.identity.device, kept.identity.inode))

    def check(self, group: PlannedGroup, planned: PlannedFile) -> str | None:
        """Why `planned` must not be acted on now, or None when it may."""
        if (reason := self._where(planned, keeper=False)) is not None:
            return reason
        real = Path(os.path.realpath(planned.path))
        identity = planned.identity
        same_inode = (
            identity is not None and identity.inode != 0 and (identity.device, identity.inode) in self._kept
        )
        if real in self._kept or same_inode:
            return "this file is also a copy marked KEEP (under this or another name)"
        if self.reference_roots and inside(real, self.reference_roots):
            return "it is in a reference folder, whose pictures are never removed"
        try:
            content = self._read(planned)
        except OSError as exc:
            return _plain_read_error(exc)
        if isinstance(content, str):
            return content
        if not any(f.keep for f in group.files):
            if group.every_copy_allowed:
                return None
            return "no copy in its group is marked KEEP, so no copy would be left"
        keepers = self._live_keepers(group)
        if isinstance(keepers, str):
            return keepers
        reasons = [self._still_duplicate(group, planned, content, keeper, kept) for keeper, kept in keepers]
        if any(reason is None for reason in reasons):
            return None
        return reasons[0]

    def _where(self, planned: PlannedFile, *, keeper: bool) -> str | None:
        """Whether the file is where and what the scan saw: a regular file with its identity,
        inside a scanned root."""
        who = "the copy you keep" if keeper else "the file"
        if planned.identity is None or not planned.digest:
            return (
                f"{who} was saved without what identifies it (an older or edited result file): "
                "scan the folders again"
            )
        if not keeper and planned.path in self.acted_on:
            return "it was already moved in this run"
        if (reason := _unchanged(planned.path, planned.identity, who)) is not None:
            return reason
        if not inside(Path(os.path.realpath(planned.path)), self.roots):
            return (
                f"{who} is not inside the scanned folders "
                "(a folder on its path may have been replaced by a link)"
            )
        return None

    def _read(self, planned: PlannedFile, who: str = "the file") -> _Content | str:
        """The file's content read now, or why it is not the content the scan saw."""
        assert planned.identity is not None
        fd = open_regular(planned.path, follow_links=False)
        with os.fdopen(fd, "rb") as stream:
            if FileIdentity.of(os.fstat(stream.fileno())) != planned.identity:
                return f"{who} was changed or replaced after the scan"
            if planned.identity.size <= LARGE_FILE:
                data: bytes | None = stream.read()
                digest = digest_bytes(data or b"")
            else:
                data, digest = None, digest_stream(stream)
        if digest != planned.digest:
            return f"the content of {who} was changed after the scan"
        return _Content(planned.path, digest, data)

    def _live_keepers(self, group: PlannedGroup) -> list[tuple[PlannedFile, _Content]] | str:
        """The group's KEEP copies that are still as the scan saw them, or why there are none."""
        known = self._keepers.get(group.id)
        if known is None:
            live: list[tuple[PlannedFile, _Content]] = []
            reasons: list[str] = []
            for keeper in (f for f in group.files if f.keep):
                reason = self._where(keeper, keeper=True)
                content: _Content | str = reason if reason is not None else ""
                if reason is None:
                    try:
                        content = self._read(keeper, "the copy you keep")
                    except OSError as exc:
                        content = _plain_read_error(exc, "the copy you keep")
                if isinstance(content, str):
                    reasons.append(content)
                else:
                    live.append((keeper, content))
            known = live or (reasons[0] + ", so nothing in this group was removed")
            self._keepers[group.id] = known
        return known

    def _still_duplicate(
        self,
        group: PlannedGroup,
        planned: PlannedFile,
        content: _Content,
        keeper: PlannedFile,
        kept: _Content,
    ) -> str | None:
        if content.digest == kept.digest:
            if _same_bytes(planned.path, keeper.path):
                return None
            return "its bytes differ from the copy you keep"
        # Each member was matched to the group's reference (files[0]) with its tier.
        reference = group.files[0]
        if keeper is reference:
            tier = planned.tier
        elif planned is reference:
            tier = keeper.tier
        else:  # both matched the reference; between themselves only the loosest check applies
            tier = Tier.SIMILAR
        if self.plan.options.mode is Mode.EXACT or tier is Tier.EXACT:
            return "it is not an identical copy of the copy you keep"
        try:
            mine, theirs = self._fingerprint(content), self._fingerprint(kept)
        except OSError as exc:
            return f"it could not be compared again ({exc})"
        except Exception as exc:  # ImageProblem, or a codec's own error: not comparable, so not acted on
            return f"it could not be compared again ({exc})"
        from lookalike.core.matching import still_alike

        return still_alike(theirs, mine, tier, self.plan.options)

    def _fingerprint(self, content: _Content) -> Fingerprint:
        if content.fingerprint is None:
            if self._fingerprinter is None:
                from lookalike.core.fingerprint import make_content_fingerprinter

                self._fingerprinter = make_content_fingerprinter(self.plan.options)
            source = content.data if content.data is not None else content.path
            content.fingerprint = self._fingerprinter(source, content.digest, content.path.suffix)
        return content.fingerprint


def _unchanged(path: Path, identity: FileIdentity, who: str = "the file") -> str | None:
    """Why the file at `path` is no longer the regular file with `identity`, or None."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return f"{who} is gone: it was moved or deleted after the scan"
    except OSError as exc:
        return f"{who} cannot be read ({exc.strerror or exc})"
    if stat.S_ISLNK(st.st_mode):
        return f"{who} was replaced by a link after the scan"
    if not stat.S_ISREG(st.st_mode):
        return f"{who} is no longer a regular file"
    now = FileIdentity.of(st)
    if now == identity:
        return None
    if (now.device, now.inode) != (identity.device, identity.inode):
        return f"{who} was replaced by another file after the scan"
    return f"{who} was changed after the scan"


def _same_bytes(a: Path, b: Path) -> bool:
    """A full byte-for-byte comparison, whatever the size."""
    with (
        os.fdopen(open_regular(a, follow_links=False), "rb") as one,
        os.fdopen(open_regular(b, follow_links=False), "rb") as other,
    ):
        while True:
            left, right = one.read(_CHUNK), other.read(_CHUNK)
            if left != right:
                return False
            if not left:
                return True


def _plain_read_error(exc: OSError, who: str = "the file") -> str:
    if isinstance(exc, NotAFile):
        return f"{who} is no longer a regular file"
    if getattr(exc, "errno", None) == getattr(os, "ELOOP", -1):
        return f"{who} was replaced by a link after the scan"
    if isinstance(exc, FileNotFoundError):
        return f"{who} is gone: it was moved or deleted after the scan"
    return f"{who} cannot be read ({exc.strerror or exc})"


@dataclass(slots=True)
class _JournalWriter:
    """Appends one JSON line per intent and outcome, each flushed to disk before going on.

    A journal that cannot be written does not stop the action (the Trash keeps its own
    record); the report says so once.
    """

    path: Path
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    warnings: list[str] = field(default_factory=list)

    def write(
        self, action: Action, state: str, planned: PlannedFile, outcome: FileOutcome | None = None
    ) -> None:
        entry: dict[str, Any] = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "run": self.run,
            "action": action.value,
            "state": state,
            "path": str(planned.path),
            "size": planned.size,
            "digest": planned.digest,
        }
        if outcome is not None:
            if outcome.status is Status.DONE:
                entry["to"] = str(outcome.destination) if outcome.destination else "trash"
            else:
                entry["reason"] = outcome.reason
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "ab") as stream:
                stream.write(json_line(entry))
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as exc:
            if not self.warnings:
                log.warning("cannot write the action journal %s: %s", self.path, exc)
                self.warnings.append(
                    f"The action journal {self.path} could not be written ({exc.strerror or exc}); "
                    "the Trash still records where each file came from."
                )


def json_line(entry: dict[str, Any]) -> bytes:
    """One JSON line in UTF-8; a path byte that is not UTF-8 is written as the escape \\udc80-\\udcff
    (Python's surrogateescape), which json.loads and os.fsencode turn back into that byte."""
    return (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The journal's entries, oldest first; unreadable lines (a torn last line) are skipped."""
    entries: list[dict[str, Any]] = []
    try:
        lines = path.read_bytes().decode("utf-8", "replace").splitlines()
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
