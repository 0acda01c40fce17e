"""The checks made at the moment of acting, recomputed from the files themselves.

A file may be trashed or moved only if a copy marked KEEP in its group is still there as the scan
saw it (a regular file, the same identity and content) under a scanned root; the file itself is
unchanged (identity and full digest), inside a scanned root and outside every reference folder
after resolving links and `..`; it is not a KEEP copy of any group under another name; and it is
still a duplicate of the keeper: the same bytes, compared in full, for identical copies, a fresh
decode and its tier's check for the others.

The folders are resolved first, each given a time to answer (reach): one on a drive that stopped
answering holds no check. Nothing in a scanned root that did not answer is looked at, and while a
reference folder does not answer, no file passes (Checker.held_back).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from lookalike.core.discovery import inside
from lookalike.core.fingerprint import LARGE_FILE, digest_bytes, digest_stream
from lookalike.core.lookout import Alive
from lookalike.core.models import FileIdentity, Fingerprint, Mode, Tier
from lookalike.core.opening import AnotherFile, NotAFile, open_regular
from lookalike.core.plan import ActPlan, PlannedFile, PlannedGroup
from lookalike.core.reach import Reach, spelt
from lookalike.core.reasons import Code, Reason
from lookalike.core.verify import Crop, Verdict

if TYPE_CHECKING:
    from PIL import Image

    from lookalike.core.imaging import Source

log = logging.getLogger(__name__)

_CHUNK = 4 * 1024 * 1024
_THE_FILE = Code.THE_FILE()  # `who` in a reason about the file acted on, not a copy kept


@dataclass(slots=True)
class _Content:
    """A file read now: its digest, and its fingerprint when one was needed."""

    path: Path
    identity: FileIdentity
    digest: str
    data: bytes | None  # None for files too large to hold: decoded from the file (see _decodable)
    fingerprint: Fingerprint | None = None
    rendition: Image.Image | None = None  # the grayscale working picture, when a closer look needed it


class Checker:
    """The checks made at the moment of acting; recomputes everything from the files.

    `reached`: the plan's scanned roots and reference folders, resolved (reach.reach). A root that
    did not answer is not looked into: its files stay, and so do the copies of a group whose copies
    kept are all in it. A reference folder that did not answer holds back every file (held_back): a
    link on its drive may lead anywhere, into the very folder of a file to move, so no file's real
    path, nor one spelt elsewhere, shows that it lies outside that folder.
    """

    def __init__(self, plan: ActPlan, reached: Reach) -> None:
        self.plan = plan
        self.roots = _answered(plan.roots, reached)
        self.reference_roots = _answered(plan.reference_roots, reached)
        self.silent_roots = tuple(spelt(root) for root in plan.roots if reached.is_silent(root))
        self.silent_references = tuple(
            spelt(root) for root in plan.reference_roots if reached.is_silent(root)
        )
        self.held_back = (
            Code.REFERENCE_NOT_ANSWERING(folder=str(self.silent_references[0]))
            if self.silent_references
            else None
        )
        # The roots whose drive stopped answering during the run (stopped_answering), each once: no
        # look is made in them from then on.
        self.stopped: dict[Path, None] = {}
        # What each thread checking files looks at now, by thread: the drive of the path a check
        # waits on is the drive that did not answer (actions: the checks are watched).
        self.looking_at: dict[int, Path] = {}
        # The roots that did not answer and held a file back, each once, in the order met.
        self._silence_met: dict[Path, None] = {}
        self._checked = False  # whether a file was checked (each was held back, with held_back)
        # Files this run acted on. The run passes over a file named again once it was acted on
        # (actions._each_file); this refuses it should one be checked again all the same.
        self.acted_on: set[Path] = set()
        self._keepers: dict[int, list[tuple[PlannedFile, _Content]] | Reason] = {}
        self._fingerprinter: Callable[[Source, str, str], Fingerprint] | None = None
        # Every file some group keeps, by what it is on disk: never acted on from another group.
        # A copy kept in a root that did not answer, by its name as spelt (resolving it would wait).
        self._kept: set[tuple[int, int] | Path] = set()
        for group in plan.groups if self.held_back is None else ():
            for kept in (f for f in group.files if f.keep):
                unreached = self._silent_root_of(kept.path) is not None
                self._kept.add(spelt(kept.path) if unreached else Path(os.path.realpath(kept.path)))
                if kept.identity and kept.identity.inode:
                    self._kept.add((kept.identity.device, kept.identity.inode))

    def silence_said(self) -> list[Reason]:
        """What to tell of the folders that did not answer and held files back: each reference
        folder not answering once a file was checked (every file was held back), and each root not
        answering that held back a file of its own or of a group whose copies kept are in it."""
        references = self.silent_references if self._checked else ()
        return [
            *(Code.REFERENCE_FOLDER_SILENT(folder=str(folder)) for folder in references),
            *(Code.FOLDER_SILENT(folder=str(folder)) for folder in self._silence_met),
        ]

    def stopped_answering(self, path: Path) -> Path:
        """The drive of `path` stopped answering during the run: from now on nothing is looked at in
        the scanned root that holds it (its parent folder, in none), as in a root that did not answer
        at first. That root."""
        where = spelt(path)
        held = [root for root in map(spelt, self.plan.roots) if inside(where, (root,))]
        root = max(held, key=lambda folder: len(folder.parts)) if held else where.parent
        self.stopped[root] = None
        return root

    def _stopped_root_of(self, path: Path) -> Path | None:
        """The root whose drive stopped answering during the run that holds `path` as spelt, if any."""
        if not self.stopped:
            return None
        where = spelt(path)
        return next((root for root in self.stopped if inside(where, (root,))), None)

    def _looking_at(self, path: Path) -> None:
        self.looking_at[threading.get_ident()] = path

    def check(self, group: PlannedGroup, planned: PlannedFile) -> Reason | None:
        """Why `planned` must not be acted on now, or None when it may."""
        self._checked = True
        if self.held_back is not None:
            return self.held_back
        if (reason := self._where(planned, keeper=False)) is not None:
            return reason
        real = Path(os.path.realpath(planned.path))
        identity = planned.identity
        same_inode = (
            identity is not None and identity.inode != 0 and (identity.device, identity.inode) in self._kept
        )
        if real in self._kept or same_inode:
            return Code.ALSO_KEPT()
        if self.reference_roots and inside(real, self.reference_roots):
            return Code.IN_REFERENCE_FOLDER()
        try:
            content = self._read(planned)
        except OSError as exc:
            return _plain_read_error(exc)
        if isinstance(content, Reason):
            return content
        if not any(f.keep for f in group.files):
            if group.every_copy_allowed:
                return None
            return Code.NO_COPY_KEPT()
        keepers = self.keepers_now(group)
        if isinstance(keepers, Reason):
            return keepers
        reasons = [self._still_duplicate(group, planned, content, keeper, kept) for keeper, kept in keepers]
        if any(reason is None for reason in reasons):
            return None
        return reasons[0]

    def _where(self, planned: PlannedFile, *, keeper: bool) -> Reason | None:
        """Whether the file is where and what the scan saw: a regular file with its identity,
        inside a scanned root."""
        who = Code.THE_KEPT_COPY() if keeper else Code.THE_FILE()
        if planned.identity is None or not planned.digest:
            return Code.SAVED_WITHOUT_IDENTITY(who=who)
        if not keeper and planned.path in self.acted_on:
            return Code.ALREADY_MOVED()
        if (silent := self._silent_root_of(planned.path)) is not None:  # a look there would wait
            if not keeper:  # a copy kept there holds back the others only when no other copy is kept
                self._silence_met[silent] = None
            return Code.IN_FOLDER_NOT_ANSWERING(who=who, folder=str(silent))
        if (stopped := self._stopped_root_of(planned.path)) is not None:  # a look there would wait
            return Code.DRIVE_NOT_ANSWERING(who=who, folder=str(stopped))
        self._looking_at(planned.path)
        if (reason := unchanged(planned.path, planned.identity, who)) is not None:
            return reason
        if not inside(Path(os.path.realpath(planned.path)), self.roots):
            return Code.OUTSIDE_SCANNED_FOLDERS(who=who)
        return None

    def _silent_root_of(self, path: Path) -> Path | None:
        """The scanned root that did not answer and holds `path` as spelt, if one does."""
        where = spelt(path)
        return next((root for root in self.silent_roots if inside(where, (root,))), None)

    def _read(self, planned: PlannedFile, who: Reason = _THE_FILE) -> _Content | Reason:
        """The file's content read now, or why it is not the content the scan saw."""
        assert planned.identity is not None
        fd = open_regular(planned.path, follow_links=False)
        with Alive(os.fdopen(fd, "rb")) as stream:  # slow but answering: alive at each megabyte
            if FileIdentity.of(os.fstat(stream.fileno())) != planned.identity:
                return Code.CHANGED_OR_REPLACED(who=who)
            if planned.identity.size <= LARGE_FILE:
                # No more than one byte past its size: grown since, it is another content.
                data: bytes | None = stream.read(planned.identity.size + 1)
                digest = digest_bytes(data or b"")
            else:
                data, digest = None, digest_stream(stream)  # type: ignore[arg-type]  # read a STEP at a time
        if digest != planned.digest:
            return Code.CONTENT_CHANGED(who=who)
        return _Content(planned.path, planned.identity, digest, data)

    def kept_copy_gone(self, group: PlannedGroup) -> Reason | None:
        """Why `group` no longer keeps a copy as the scan saw it, or None: it does (or keeps none,
        as the person chose)."""
        if not any(f.keep for f in group.files):
            return None if group.every_copy_allowed else Code.NO_COPY_KEPT()
        keepers = self.keepers_now(group)
        return keepers if isinstance(keepers, Reason) else None

    def keepers_now(self, group: PlannedGroup) -> list[tuple[PlannedFile, _Content]] | Reason:
        """The group's KEEP copies that are there now as the scan saw them, or why there are none.
        Read once a run, and looked at again (lstat) at every file: a copy kept may be removed or
        replaced while the run moves the others, and a group keeps at least one."""
        keepers = self._live_keepers(group)
        if isinstance(keepers, Reason):
            return keepers
        gone = [self._kept_unchanged(keeper, kept) for keeper, kept in keepers]
        still = [pair for pair, reason in zip(keepers, gone, strict=True) if reason is None]
        return still or Code.NOTHING_REMOVED(reason=next(reason for reason in gone if reason is not None))

    def _kept_unchanged(self, keeper: PlannedFile, kept: _Content) -> Reason | None:
        """Why the copy kept `keeper`, read as `kept`, is not as it was read: its drive stopped
        answering since, or it changed."""
        if (stopped := self._stopped_root_of(keeper.path)) is not None:
            return Code.DRIVE_NOT_ANSWERING(who=Code.THE_KEPT_COPY(), folder=str(stopped))
        self._looking_at(keeper.path)
        return unchanged(keeper.path, kept.identity, Code.THE_KEPT_COPY())

    def _live_keepers(self, group: PlannedGroup) -> list[tuple[PlannedFile, _Content]] | Reason:
        """The group's KEEP copies that were as the scan saw them when first read, or why none were."""
        known = self._keepers.get(group.id)
        if known is None:
            live: list[tuple[PlannedFile, _Content]] = []
            reasons: list[Reason] = []
            for keeper in (f for f in group.files if f.keep):
                content: _Content | Reason | None = self._where(keeper, keeper=True)
                if content is None:
                    try:
                        content = self._read(keeper, Code.THE_KEPT_COPY())
                    except OSError as exc:
                        content = _plain_read_error(exc, Code.THE_KEPT_COPY())
                if isinstance(content, Reason):
                    reasons.append(content)
                else:
                    live.append((keeper, content))
            if not live:  # the copies kept in a folder that did not answer hold back the others
                for keeper in (f for f in group.files if f.keep):
                    if (silent := self._silent_root_of(keeper.path)) is not None:
                        self._silence_met[silent] = None
            known = live or Code.NOTHING_REMOVED(reason=reasons[0])
            self._keepers[group.id] = known
        return known

    def _still_duplicate(
        self,
        group: PlannedGroup,
        planned: PlannedFile,
        content: _Content,
        keeper: PlannedFile,
        kept: _Content,
    ) -> Reason | None:
        if content.digest == kept.digest:
            return _bytes_compared(content, kept)
        # Each member was matched to the group's reference (files[0]) with its tier.
        reference = group.files[0]
        if keeper is reference:
            tier = planned.tier
        elif planned is reference:
            tier = keeper.tier
        else:  # both matched the reference; between themselves only the loosest check applies
            tier = Tier.SIMILAR
        if self.plan.options.mode is Mode.EXACT or tier is Tier.EXACT:
            return Code.NOT_IDENTICAL()
        try:
            mine, theirs = self._fingerprint(content), self._fingerprint(kept)
        except (
            Exception
        ) as exc:  # ImageProblem, OSError, a codec's own error: not comparable, so not acted on
            return Code.NOT_COMPARABLE(error=str(exc))
        from lookalike.core.matching import still_alike

        return still_alike(theirs, mine, tier, self.plan.options, self._closer(kept, content))

    def _closer(self, kept: _Content, content: _Content) -> Callable[[int, Crop | None], Verdict]:
        """The closer look at `content`, turned by a variant, against `kept`, from the files as
        read now; a picture that cannot be decoded again is not alike."""

        def look(variant: int, crop: Crop | None) -> Verdict:
            from lookalike.core import closer_look

            try:
                theirs, mine = self._rendition(kept), self._rendition(content)
                return closer_look.look(theirs, closer_look.turned(mine, variant), crop)
            except Exception:  # ImageProblem, OSError, a codec's own error: not comparable, not acted on
                log.exception("closer look at %s failed", content.path)
                return Verdict(alike=False)

        return look

    @staticmethod
    def _rendition(content: _Content) -> Image.Image:
        if content.rendition is None:
            from lookalike.core.imaging import decode

            with _decodable(content) as source:
                content.rendition = decode(source, content.path.suffix).working
        return content.rendition

    def _fingerprint(self, content: _Content) -> Fingerprint:
        if content.fingerprint is None:
            if self._fingerprinter is None:
                from lookalike.core.fingerprint import make_content_fingerprinter

                self._fingerprinter = make_content_fingerprinter(self.plan.options)
            with _decodable(content) as source:
                content.fingerprint = self._fingerprinter(source, content.digest, content.path.suffix)
        return content.fingerprint


@contextlib.contextmanager
def _decodable(content: _Content) -> Iterator[Source]:
    """What to decode of `content`: its bytes, or for a file too large to hold, the file opened
    again as it was read (not through a link, with the same identity), else AnotherFile: never what
    has taken its name since its digest was taken."""
    if content.data is not None:
        yield content.data
        return
    with _opened_as_read(content) as stream:
        yield stream


def _answered(folders: tuple[Path, ...], reached: Reach) -> tuple[Path, ...]:
    """The real paths of those of `folders` that answered."""
    real = map(reached.real_path, folders)
    return tuple(folder for folder in real if folder is not None)


def unchanged(path: Path, identity: FileIdentity, who: Reason = _THE_FILE) -> Reason | None:
    """Why the file at `path` is no longer the regular file with `identity`, or None. `who` is the
    file as the reason names it: Code.THE_FILE or Code.THE_KEPT_COPY."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return Code.GONE(who=who)
    except OSError as exc:
        return Code.CANNOT_BE_READ(who=who, error=exc.strerror or str(exc))
    if stat.S_ISLNK(st.st_mode):
        return Code.REPLACED_BY_LINK(who=who)
    if not stat.S_ISREG(st.st_mode):
        return Code.NOT_A_REGULAR_FILE(who=who)
    now = FileIdentity.of(st)
    if now == identity:
        return None
    if (now.device, now.inode) != (identity.device, identity.inode):
        return Code.REPLACED_BY_ANOTHER_FILE(who=who)
    return Code.CHANGED(who=who)


def _bytes_compared(mine: _Content, kept: _Content) -> Reason | None:
    """None when the two files, opened again as they were read, hold the same bytes (compared in
    full, whatever the size); else why not: either may be gone or replaced since."""
    with contextlib.ExitStack() as stack:
        streams = []
        for content, who in ((mine, _THE_FILE), (kept, Code.THE_KEPT_COPY())):
            try:
                streams.append(stack.enter_context(_opened_as_read(content)))
            except OSError as exc:
                return _plain_read_error(exc, who)
        one, other = streams
        try:
            while True:
                left, right = one.read(_CHUNK), other.read(_CHUNK)
                if left != right:
                    return Code.BYTES_DIFFER()
                if not left:
                    return None
        except OSError as exc:
            return _plain_read_error(exc)


def _opened_as_read(content: _Content) -> IO[bytes]:
    """The file of `content` opened again, not through a link, or AnotherFile when it is no longer
    the file read."""
    stream = os.fdopen(open_regular(content.path, follow_links=False), "rb")
    if FileIdentity.of(os.fstat(stream.fileno())) != content.identity:
        stream.close()
        raise AnotherFile(f"{content.path} is no longer the file read")
    return Alive(stream)  # type: ignore[return-value]  # read as a stream, alive at each megabyte


def _plain_read_error(exc: OSError, who: Reason = _THE_FILE) -> Reason:
    if isinstance(exc, NotAFile):
        return Code.NOT_A_REGULAR_FILE(who=who)
    if isinstance(exc, AnotherFile):
        return Code.CHANGED_OR_REPLACED(who=who)
    if getattr(exc, "errno", None) == getattr(os, "ELOOP", -1):
        return Code.REPLACED_BY_LINK(who=who)
    if isinstance(exc, FileNotFoundError):
        return Code.GONE(who=who)
    return Code.CANNOT_BE_READ(who=who, error=exc.strerror or str(exc))
