"""Find the candidate image files under the folders a person chose."""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import re
import stat
import threading
import time
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from lookalike.core import listing, mounts, reach
from lookalike.core.listing import Listed, Lister
from lookalike.core.models import (
    CancelCheck,
    ScanError,
    ScanOptions,
    never_cancelled,
)
from lookalike.core.pictures import PARSED_CHILDREN, InFolder
from lookalike.core.platform_checks import is_cloud_only
from lookalike.core.reasons import Code, Reason


@dataclass(slots=True)
class Findings:
    """What discovery reports besides the files: problems, things left out, and hard links."""

    errors: list[ScanError] = field(default_factory=list)
    skipped: list[ScanError] = field(default_factory=list)
    # A folder the person chose that is not there or cannot be opened: a warning of the whole scan
    # (its pictures are missing from the result), not one more file that could not be read.
    warnings: list[Reason] = field(default_factory=list)
    # device -> inode -> the first name found for that file, the one scanned, as its text (a Path
    # held for each file took 370 bytes more). By device, not by (device, inode): a tuple and a list
    # per file were 17 MB of a scan's peak at 100,000 files.
    first_names: dict[int, dict[int, str]] = field(default_factory=dict)
    # (device, inode) -> the file's other names (hard links), in the order found
    other_names: dict[tuple[int, int], list[Path]] = field(default_factory=dict)
    excluded_files: int = 0  # pictures left out by the exclude patterns
    excluded_folders: int = 0  # folders left out by them, not entered

    def first_name(self, path: str, st: os.stat_result) -> bool:
        """Note `path` (its text) as a name of the file `st` describes; whether it is the first
        name found."""
        return self.first_name_of(path, st.st_dev, st.st_ino)

    def first_name_of(self, path: str, device: int, inode: int) -> bool:
        """first_name() of the file with this device and inode number."""
        first = self.first_names.setdefault(device, {}).setdefault(inode, path)
        if first is not path:
            self.other_names.setdefault((device, inode), []).append(Path(path))
        return first is path

    def keep_only_linked_names(self) -> None:
        """Let go of the first names of the files found under one name alone, once every name is
        in: a text a file, 80 MB at 500,000 files, that the rest of a scan would hold."""
        linked: dict[int, dict[int, str]] = {}
        for device, inode in self.other_names:
            linked.setdefault(device, {})[inode] = self.first_names[device][inode]
        self.first_names = linked

    @property
    def hard_links(self) -> tuple[tuple[Path, ...], ...]:
        """Every name of each file found under several, the scanned one first."""
        return tuple(
            (Path(self.first_names[device][inode]), *others)
            for (device, inode), others in self.other_names.items()
        )


class ExclusionRules:
    """The files and folders that exclude patterns (ScanOptions.exclude) leave out.

    The syntax, for people: shell-style wildcards, matched without regard to case. `*` is any
    run of characters within a name, `?` one character, `[abc]` one of those, `**` any number of
    folders. A pattern without a slash is matched against the name of every file and folder, at
    any depth (`*.tmp`, `Thumbs.db`). A pattern with a slash is matched against the path from the
    scanned folder (`2019/drafts/*`, `**/cache/**`); a leading slash changes nothing else. A
    pattern ending in a slash matches folders only (`Thumbs/`), and so does one ending in `/**`.
    An excluded folder is not entered at all. Backslashes count as slashes; blank patterns are
    ignored. The scanned folders themselves are never excluded.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        kinds: dict[tuple[bool, bool], list[str]] = {}  # (on the path, folders only) -> regexes
        for raw in patterns:
            pattern = raw.strip().replace("\\", "/")
            if pattern.endswith("/**"):
                pattern = pattern[:-2]
            folders_only = pattern.endswith("/")
            pattern = pattern.rstrip("/")
            on_path = "/" in pattern or raw.strip().startswith(("/", "\\"))
            pattern = pattern.lstrip("/")
            if pattern:
                kinds.setdefault((on_path, folders_only), []).append(glob_regex(pattern))
        self._rules = {
            kind: re.compile("|".join(f"(?:{regex})" for regex in regexes), re.IGNORECASE | re.DOTALL)
            for kind, regexes in kinds.items()
        }

    def __bool__(self) -> bool:
        return bool(self._rules)

    def excludes(self, name: str, relative: str, *, folder: bool) -> bool:
        """Whether the file or folder `name`, at `relative` (with "/") under its root, is left out."""
        for (on_path, folders_only), regex in self._rules.items():
            if (folder or not folders_only) and regex.fullmatch(relative if on_path else name):
                return True
        return False


def glob_regex(pattern: str) -> str:
    """The regular expression for one exclude pattern (ExclusionRules' syntax), without anchors."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**", i):
            j = i + 2
            while j < n and pattern[j] == "*":
                j += 1
            if (i == 0 or pattern[i - 1] == "/") and j < n and pattern[j] == "/":
                out.append("(?:.*/)?")  # "**/": no folder, or any number of them
                i = j + 1
            else:
                out.append(".*")
                i = j
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            j = i + 1
            if j < n and pattern[j] in "!^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1  # a "]" first in the set is one of its characters
            end = pattern.find("]", j)
            if end < 0:
                out.append(re.escape(char))  # no closing "]": a plain "["
            else:
                body = pattern[i + 1 : end]
                negated = body[:1] in ("!", "^")
                body = body[1:] if negated else body
                escaped = "".join("\\" + c if c in "\\^[]" else c for c in body)
                out.append(f"[{'^' if negated else ''}{escaped}]")
                i = end
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def suffix(name: str) -> str:
    """The file name's extension, with its dot, as Path.suffix gives it ("" for ".jpg" or "a.")."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _child(folder: Path, name: str, text: str) -> Path:
    """Path(text) for the entry `name` of `folder`, whose path is `text`; see PARSED_CHILDREN."""
    if PARSED_CHILDREN:
        child: Path = folder._make_child_relpath(name)  # type: ignore[attr-defined]
        child._str = text  # type: ignore[attr-defined]  # what str(child) would make
        return child
    return Path(text)


def paths_of(texts: Iterable[str]) -> list[Path]:
    """Path(text) of each absolute path text, the folder of each parsed once (see PARSED_CHILDREN):
    4 us a path made one by one, 0.8 us so."""
    if not PARSED_CHILDREN:
        return list(map(Path, texts))
    folders: dict[str, Path] = {}
    return [path_in(text, folders) for text in texts]


def _child_text(folder: str, name: str) -> str | None:
    """The text Path gives `name` in `folder`, where that is the two joined by one separator."""
    if not name or name == ".":
        return None
    return folder + name if folder.endswith(os.sep) else folder + os.sep + name


def path_in(text: str, folders: dict[str, Path]) -> Path:
    """Path(text), made from its folder's Path in `folders` (parsed and put there the first time)
    with its text kept, as paths_of makes them: for paths made one at a time."""
    if not PARSED_CHILDREN:
        return Path(text)
    folder, name = os.path.split(text)
    parent = folders.get(folder)
    if parent is None:
        parent = folders[folder] = Path(folder)
    if text != _child_text(folder, name) or str(parent) != folder:
        return Path(text)  # not spelled as Path would spell it: a root, "//", "/.", a Windows "/"
    child: Path = parent._make_child_relpath(name)  # type: ignore[attr-defined]
    child._str = text  # type: ignore[attr-defined]  # what str(child) would make
    return child


_ENTRIES_AT_ONCE = 4096
# Whether this system's stat results can say a file is only in the cloud (platform_checks.is_cloud_only):
# where they cannot, a real one is not asked, 0.2 us a file.
_CLOUD_FIELDS = any(hasattr(os.stat_result, name) for name in ("st_file_attributes", "st_flags"))


def inside(path: Path, roots: tuple[Path, ...]) -> bool:
    """Whether `path` is one of `roots` or below one (as spelled: resolve both first)."""
    return any(path == root or root in path.parents for root in roots)


def lstat_of(entry: os.DirEntry[str], path: str) -> os.stat_result:
    """The status of the entry (at `path`) itself (a link's, not its target's), with real inode
    numbers.

    On Windows DirEntry.stat() has st_ino, st_dev and st_nlink set to 0 (Python's os
    documentation); os.lstat() fills them in. Some network file systems have none at all.
    """
    st = entry.stat(follow_symlinks=False)
    return os.lstat(path) if st.st_ino == 0 else st


def chosen_path(root: str | os.PathLike[str]) -> Path:
    """The absolute path of a folder or file the person chose, as the system takes it: a `..`
    after a link is the parent of where the link leads (os.path.realpath), where os.path.abspath
    would drop the link's name instead and name a folder nobody chose. Without `..`, the path as
    given, its links kept as spelt."""
    if os.pardir in Path(root).parts:
        return Path(os.path.realpath(root))
    return Path(os.path.abspath(root))


_STOP_EVERY = 0.05  # how often a wait for such a look asks whether the scan was stopped
_MOST_LINKS = 40  # links followed to resolve one path, as the system does (Linux's MAXSYMLINKS)


class _OutOfReach(Exception):
    """Where a link leads is at or below `place`, a folder out of reach (never looked at), or the
    place that did not answer a look in time (`waited`)."""

    def __init__(self, place: str, *, waited: bool = False) -> None:
        super().__init__(place)
        self.place = place
        self.waited = waited


class _Stopped(Exception):
    """The scan was stopped while a look at where a link leads waited."""


def _at_or_below(path: str, folders: Collection[str]) -> bool:
    """Whether `path` (absolute, normalised) is one of `folders` or below one, by its text alone."""
    while path not in folders:
        parent = os.path.dirname(path)
        if parent == path:
            return False
        path = parent
    return True


def _link_target(
    link: str, unreached: Collection[str], looking: list[str], folders: dict[str, os.stat_result]
) -> tuple[str, os.stat_result]:
    """Where the link at `link` (an absolute, normalised path) leads, through every link on the way,
    and the status of what is there: os.path.realpath(link, strict=True) and os.stat(link) in one,
    but _OutOfReach before anything at or below a folder in `unreached` is looked at, whether a path
    on the way or a link's target as spelt (the look there would wait for its drive). `looking[0]`
    is the path being looked at meanwhile; `folders` keeps the real folders on the way (no link) and
    their statuses, for the rest of the way. OSError where it leads nowhere (a link broken, a loop)."""
    if os.name == "nt":  # junctions and drive letters: the system resolves it
        looking[0] = link
        spelt = os.path.normpath(os.path.join(os.path.dirname(link), os.readlink(link)))
        if _at_or_below(spelt, unreached):
            raise _OutOfReach(spelt)
        real = os.path.realpath(link, strict=True)
        if _at_or_below(real, unreached):
            raise _OutOfReach(real)
        return real, os.stat(real)
    path, status = os.sep, None  # resolved so far, and its status when it was the last looked at
    names = link.split(os.sep)[::-1]  # the names left to resolve, the next one last
    path, names = _from_known(path, names, link, folders)
    links = 0
    while names:
        name = names.pop()
        if not name or name in (os.curdir, os.pardir):
            # Only a folder has these ("f.jpg/", "f.jpg/.."): the system says so, as realpath does not.
            if status is not None and not stat.S_ISDIR(status.st_mode):
                raise OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), link)
            if name == os.pardir:
                path, status = os.path.dirname(path), None
            continue
        step = path + name if path == os.sep else path + os.sep + name
        if step in unreached:  # its parent was not (or it would not be looked at): below none either
            raise _OutOfReach(step)
        known = folders.get(step) if names else None
        if known is not None:
            path, status = step, known
            continue
        looking[0] = step
        status = os.lstat(step)
        if not stat.S_ISLNK(status.st_mode):
            path = step
            if names and stat.S_ISDIR(status.st_mode):
                folders[step] = status
            continue
        links += 1
        if links > _MOST_LINKS:
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), link)
        target = os.readlink(step)
        spelt = os.path.normpath(os.path.join(path, target))
        if _at_or_below(spelt, unreached):
            raise _OutOfReach(spelt)
        if os.path.isabs(target):
            path = os.sep
        if names:  # a link on the way: the names after it follow its target's
            names += target.split(os.sep)[::-1]
        else:
            path, names = _from_known(path, target.split(os.sep)[::-1], spelt, folders)
        status = None
    if status is None:  # it ended with "..", or is "/"
        looking[0] = path
        status = os.lstat(path)
    return path, status


def _from_known(
    path: str, names: list[str], spelt: str, folders: dict[str, os.stat_result]
) -> tuple[str, list[str]]:
    """Where to go on resolving `names` (the next one last, spelling `spelt`) from `path`: straight
    from the folder `spelt` is in when that one is among `folders`, real and looked at already on
    this link's way (a link to a link beside it), unless a ".." among the names, which is taken
    from where a link on the way leads, would have to be."""
    if os.pardir in names or names[0] in ("", os.curdir):  # "..", or a folder asked for ("d/")
        return path, names
    folder, _, name = spelt.rpartition(os.sep)
    if folder in folders and name:
        return folder, [name]
    return path, names


def _mount_look(
    mount: str, unreached: Collection[str], looking: list[str], folders: dict[str, os.stat_result]
) -> tuple[str, os.stat_result]:
    """The look at a folder where a drive is mounted (`mount`, an absolute path) before it is
    walked, as _link_target looks at a link: its status, and, a folder, its first entry listed (a
    drive gone may have its status kept by the system, and wait at its listing). OSError where its
    status cannot be looked at; one where it cannot be listed is said when it is walked."""
    looking[0] = mount
    status = os.lstat(mount)
    if stat.S_ISDIR(status.st_mode):
        with contextlib.suppress(OSError), os.scandir(mount) as entries:
            next(entries, None)
    return mount, status


# Where a link leads and the status there, or what the look raised (OSError, _OutOfReach).
_Target = tuple[str, os.stat_result] | Exception
# A look at a path, given the texts out of reach, [the path it looks at meanwhile] and the real
# folders known on its way: _link_target or _mount_look.
_Look = Callable[[str, Collection[str], list[str], dict[str, os.stat_result]], tuple[str, os.stat_result]]


class _Batch:
    """Links (or other paths: `look`) to look at one after the other, and what is known of the
    looks (under `lock`)."""

    def __init__(self, links: list[str], look: _Look) -> None:
        self.links = links
        self.look = look
        self.answers: list[_Target] = []  # of the first links
        self.since = time.monotonic()  # when the look at links[len(answers)] began
        self.looking = [links[0]]  # the path it looks at
        self.given_up = False  # by discovery: the answers that come after are not wanted
        self.lock = threading.Lock()
        self.done: queue.SimpleQueue[None] = queue.SimpleQueue()


def _look_at_links(batches: queue.SimpleQueue[_Batch | None], unreached: Collection[str]) -> None:
    """Look at each batch's links in turn (_link_target), until a None."""
    while (batch := batches.get()) is not None:
        for link in batch.links:
            # The real folders on the way, for this link alone: shared with the next links, a folder
            # swapped for a link meanwhile gave them its old place (a picture in a reference folder,
            # reached through it, was said to lie outside it).
            folders: dict[str, os.stat_result] = {}
            with batch.lock:
                if batch.given_up:
                    break
                batch.since, batch.looking[0] = time.monotonic(), link
            try:
                answer: _Target = batch.look(link, unreached, batch.looking, folders)
            except Exception as exc:  # OSError and _OutOfReach, or a bug: raised where it was asked
                answer = exc
            with batch.lock:
                if batch.given_up:
                    break
                batch.answers.append(answer)
        else:
            batch.done.put(None)


class _LinkLooks:
    """Where links lead (_link_target), looked at by a thread of its own, a folder's links at a time,
    and each waited for at most reach.PATIENCE seconds, and no longer than the scan runs: a drive that
    does not answer holds that thread alone (it is left to its look, and another takes the next
    links), never discovery, nor Stop. The place a look waited on in vain is added to `unreached`,
    and not looked at again. A link not followed takes 10-20 us more than the system's own look at
    it did (2 us), one followed less than os.path.realpath did (30 us); links are few. The folders
    where drives are mounted are looked at so too (_mount_look), one at a time."""

    def __init__(self, unreached: set[str], cancelled: CancelCheck) -> None:
        self._unreached = unreached  # discovery's, as texts
        self._cancelled = cancelled
        self._batches: queue.SimpleQueue[_Batch | None] | None = None

    def targets(self, links: list[str], look: _Look = _link_target) -> dict[str, _Target]:
        """Each link's _link_target (or `look`), or what it raised: _OutOfReach(waited=True) too
        where the look did not answer within reach.PATIENCE (its place is the path it waited on).
        _Stopped when the scan is stopped meanwhile."""
        answers: list[_Target] = []
        while len(answers) < len(links):
            batch = _Batch(links[len(answers) :], look)
            if self._batches is None:
                self._batches = queue.SimpleQueue()
                threading.Thread(
                    target=_look_at_links,
                    args=(self._batches, self._unreached),
                    name="link-looks",
                    daemon=True,
                ).start()
            self._batches.put(batch)
            answers += self._answers(batch)
        return dict(zip(links, answers, strict=True))

    def _answers(self, batch: _Batch) -> list[_Target]:
        """The batch's answers, up to the first look that did not answer in time, if any."""
        while True:
            try:
                batch.done.get(timeout=_STOP_EVERY)
                return batch.answers
            except queue.Empty:
                stopped = self._cancelled()
                with batch.lock:
                    looking = len(batch.answers) < len(batch.links)
                    waited = looking and time.monotonic() - batch.since >= reach.PATIENCE
                    if stopped or waited:
                        batch.given_up = True
                        answers, place = list(batch.answers), batch.looking[0]
                if stopped:
                    self.end()  # the thread ends when its look does, if ever
                    raise _Stopped() from None
                if waited:
                    self.end()
                    self._unreached.add(place)
                    return [*answers, _OutOfReach(place, waited=True)]

    def end(self) -> None:
        if self._batches is not None:
            self._batches.put(None)
            self._batches = None


def _links_from(children: list[os.DirEntry[str]], name: str, prefix: str, *, hidden_too: bool) -> list[str]:
    """The paths (`prefix` and their names) of the link `name` and of the links after it among
    `children` (in name order), as their listing tells (no look at each, where it can); hidden
    ones only if `hidden_too`."""
    links = [prefix + name]
    for child in children:
        other = child.name
        if other > name and (hidden_too or not other.startswith(".")):
            try:
                if child.is_symlink():
                    links.append(prefix + other)
            except OSError:
                continue  # said when its turn comes
    return links


# A folder to walk: its path, its path from the root (for exclude patterns), and the device and
# inode of the folder whose listing found it (see files_of).
_Subfolder = tuple[Path, str, "tuple[int, int] | None"]


def _identity(st: os.stat_result) -> tuple[int, int] | None:
    """A file's device and inode, None where the file system has no inode numbers."""
    return (st.st_dev, st.st_ino) if st.st_ino else None


def _in(parent: tuple[int, int] | None, above: str, folder: int | None = None) -> bool:
    """Whether `above` (`..` of a folder: by its path, or from the folder opened) is the folder of
    the device and inode `parent`; True when there is no `parent` to compare, or `above` cannot be
    looked at (what follows says why)."""
    if parent is None:
        return True
    try:
        st = os.stat(above, dir_fd=folder) if folder is not None else os.stat(above)
    except OSError:
        return True
    return _identity(st) in (parent, None)


# Where a folder's entries can be listed from the folder opened (POSIX): each is then stat-ed from
# it by name, not by its whole path (0.36 s instead of 0.38 to find 101,000 files). Windows cannot.
_LISTED_OPEN = os.scandir in os.supports_fd


def _listed(folder: Path, *, as_link: bool = True) -> tuple[list[os.DirEntry[str]], int | None]:
    """The entries of `folder`, by name, and the folder opened to stat them from (close it when
    done), where they are listed so: each entry's stat() is then of this folder's entry even
    should the folder be moved or replaced meanwhile. Unless `as_link`, a folder that is a link
    by then is not opened (OSError), where that can be told."""
    if not _LISTED_OPEN:
        with os.scandir(folder) as it:
            return sorted(it, key=attrgetter("name")), None
    not_a_link = 0 if as_link else getattr(os, "O_NOFOLLOW", 0)
    opened = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | not_a_link)
    try:
        with os.scandir(opened) as it:
            return sorted(it, key=attrgetter("name")), opened
    except BaseException:
        os.close(opened)
        raise


class _ChosenFolders:
    """The roots a person chose, to tell one when a walk reaches it: by its text, or by its device
    and inode (a root inside another root, reached from the outer one, or spelt another way)."""

    def __init__(self, roots: Iterable[str | os.PathLike[str]]) -> None:
        self._by_text: dict[str, Path] = {}
        self._by_identity: dict[tuple[int, int], Path] = {}
        for root in map(chosen_path, roots):
            self._by_text.setdefault(os.fspath(root), root)
            try:
                st = os.stat(root)
            except OSError:
                continue  # said when the root's turn comes
            if stat.S_ISDIR(st.st_mode) and st.st_ino:
                self._by_identity.setdefault((st.st_dev, st.st_ino), root)

    def named(self, folder: Path, identity: tuple[int, int] | None = None) -> Path | None:
        """The root `folder` is (the folder of this device and inode, where known), if any."""
        root = self._by_text.get(os.fspath(folder))
        if root is None and identity is not None:
            root = self._by_identity.get(identity)
        return root


@dataclass(frozen=True, slots=True)
class FoundFiles:
    """Image files discovery found in one folder (or a root given as a file), as their paths
    (the folder's text and their names) and FileEntry's other fields: a scan holds them as
    columns, no object a file."""

    paths: InFolder
    fields: dict[str, list[int]]  # size, mtime_ns, device, inode, ctime_ns, links: each file's
    references: list[bool] | None  # whether each is in a reference folder; None: none is

    @classmethod
    def of(cls, paths: InFolder, stats: list[os.stat_result], references: list[bool] | None) -> FoundFiles:
        """The files at `paths`, of these statuses."""
        fields = {
            "size": [st.st_size for st in stats],
            "mtime_ns": [st.st_mtime_ns for st in stats],
            "device": [st.st_dev for st in stats],
            "inode": [st.st_ino for st in stats],
            "ctime_ns": [st.st_ctime_ns for st in stats],
            "links": [max(1, st.st_nlink) for st in stats],
        }
        return cls(paths, fields, references)

    def columns(self) -> dict[str, Sequence[Any]]:
        """FileEntry's fields of each file, field by field (the paths as texts: an InFolder)."""
        count = len(self.paths)
        references = [False] * count if self.references is None else self.references
        return {"path": self.paths, **self.fields, "in_reference_root": references}


def discover_found(
    roots: tuple[Path, ...],
    options: ScanOptions,
    findings: Findings,
    *,
    cancelled: CancelCheck = never_cancelled,
    helper: Callable[[], Lister | None] | None = None,
    out_of_reach: Collection[Path] = (),
) -> Iterator[FoundFiles]:
    """Yield each image file under `roots` once, in a stable order, a folder's files (up to a few
    thousand) at a time. With `helper`, once listing.HELPER_FROM files are found it is asked for a
    Lister that lists folders ahead and stats their entries in a process of its own (listing.py);
    not with exclude patterns, nor where a status can say a file is only in the cloud.

    Symbolic links are not followed unless options.follow_links, and then never to a
    place outside the roots; each real folder is visited once, so link loops and roots
    nested in one another do not repeat files. Where a link leads is looked at either way (what is
    there says whether it is a folder, a picture, or nothing), never waited for: a look that has not
    answered within reach.PATIENCE (a network drive whose connection was lost), or Stop, ends the
    wait, and the place it waited on is out of reach for the rest of the scan (a folder scanned there
    is then said not to answer, not walked). A folder where a drive is mounted (the system's table
    of mounts, read as discovery begins, names it: core/mounts.py) is looked at so too before it is
    walked, its own status taken from that look: one silent is said not to answer
    (findings.warnings), and neither walked nor looked at again. A file with several names (hard links)
    is scanned once, under the first name; the others are listed in findings.other_names.
    Problems go to findings.errors, things left out on purpose to findings.skipped; files and
    folders that options.exclude leaves out are only counted there (see ExclusionRules). A root
    that is not there, cannot be opened or is neither a folder nor a picture is said once, in
    findings.warnings, however many roots lead to it.

    Nothing at or below a folder `out_of_reach` is looked at: a folder on a drive that did not
    answer (a network drive whose connection was lost), where each look waits as long as the drive
    does, and Stop with it. A root there is not walked, a walk does not enter it, nor follows a link
    there (a link to it, to a link to it, or through a link to a folder above it: a link's path is
    resolved a name at a time, never through one out of reach), and a reference folder there is taken
    as spelt, its links not resolved. So none of its pictures is scanned, even should its drive
    answer meanwhile, and a file found elsewhere whose real path lies in it is still in a reference
    folder. A link that leads there, or to a place that did not answer, is said in plain words: in
    findings.errors where it would have been followed into the roots (its pictures are missing),
    else in findings.skipped.
    """
    unreached = tuple(Path(os.path.abspath(folder)) for folder in out_of_reach)
    unreached_texts = set(map(os.fspath, unreached))
    roots = tuple(root for root in roots if not inside(Path(os.path.abspath(root)), unreached))
    real_roots = tuple(Path(os.path.realpath(r)) for r in roots)
    reference_roots = tuple(
        spelt if inside(spelt := Path(os.path.abspath(r)), unreached) else Path(os.path.realpath(r))
        for r in options.reference_roots
    )
    chosen = _ChosenFolders(roots)
    visited_dirs: set[tuple[int, int]] = set()
    rules = ExclusionRules(options.exclude)
    has_rules = bool(rules)
    if has_rules or _CLOUD_FIELDS:
        helper = None  # what a helper answered is taken without patterns or cloud checks (files_answered)
    lister: Lister | None = None  # asked for with `helper`, once HELPER_FROM files are found
    found = [0]  # files found so far
    # The texts of the folders reached as links (the roots, links followed): any other folder is
    # one found as a folder, which must still be one, not a link, when it is listed.
    reached_as_links: set[str] = set()
    extensions, min_size = options.extensions, options.min_size
    link_looks = _LinkLooks(unreached_texts, cancelled)
    # The folders where drives are mounted (real paths, from the system's table), and of those below
    # the roots, each as a walk spells it (through a root or a link followed, or as it is) with its
    # real path: each is looked at through link_looks before it is walked (mount_status), and the
    # helper is asked neither for one nor for a folder holding one (`near_mounts`), whose listing
    # would look at it. A look-up in a dict for each entry listed (0.03 us), only with one below the roots.
    every_mount = mounts.mount_points()
    mounted: dict[str, str] = {}
    near_mounts: set[str] = set()

    def excluded(name: str, relative: str, *, folder: bool) -> bool:
        if not rules or not rules.excludes(name, relative, folder=folder):
            return False
        if folder:
            findings.excluded_folders += 1
        elif os.path.splitext(name)[1].lower() in options.extensions:
            findings.excluded_files += 1
        return True

    def wanted(name: str, st: os.stat_result) -> bool:
        return suffix(name).lower() in extensions and st.st_size >= min_size

    def admitted(path: str, st: os.stat_result) -> bool:
        """Whether the file `st` describes is scanned under `path` (else it is noted in findings)."""
        if (
            not options.include_cloud_only
            and (_CLOUD_FIELDS or type(st) is not os.stat_result)
            and is_cloud_only(st)
        ):
            findings.skipped.append(ScanError(Path(path), Code.CLOUD_ONLY()))
            return False
        # Without inode numbers, two names of one file cannot be told apart.
        return not st.st_ino or findings.first_name(path, st)

    def spell_out_of_reach_under(top: Path, real_text: str | None = None) -> None:
        """Where `top` (a root, or a folder reached by a link, whose real path is `real_text`) is
        a link to a folder above one out of reach, its walk spells that one otherwise (a desktop's
        link to the folder holding a share): those spellings are out of reach too. Its own path is
        resolved (unless given), never theirs. The folders where drives are mounted below it are
        noted as its walk spells them (spell_mounts_under)."""
        nonlocal unreached
        if not unreached and not every_mount:
            return
        spelt = Path(os.path.abspath(top))
        real = Path(os.path.realpath(top) if real_text is None else real_text)
        spell_mounts_under(os.fspath(spelt), os.fspath(real))
        if real == spelt or not unreached:
            return
        more = [spelt / folder.relative_to(real) for folder in unreached if inside(folder, (real,))]
        unreached += tuple(more)
        unreached_texts.update(map(os.fspath, more))

    def spell_mounts_under(spelt: str, real: str) -> None:
        """Note each folder where a drive is mounted below the folder of real path `real`, as the
        walk of that folder spelt `spelt` spells it, in `mounted` and `near_mounts`."""
        below = real if real.endswith(os.sep) else real + os.sep
        above = spelt if spelt.endswith(os.sep) else spelt + os.sep
        for mount in every_mount:
            if mount.startswith(below) and mount != below:
                text = above + mount[len(below) :]
                mounted[text] = mount
                near_mounts.update((text, os.path.dirname(text)))

    def mount_status(name: str, text: str, relative: str) -> os.stat_result | None:
        """The own status of the folder `text` (the entry `name`, at `relative` from the root), where
        a drive is mounted, from a look that is given up on after reach.PATIENCE or at Stop (raising
        _Stopped), as a link's is (_LinkLooks); None where it is not walked: a hidden one left out,
        one in a scan of the folder alone (but for one named as a picture: a file may be mounted
        too), one excluded (taken as the folder it is, not looked at), out of reach, or silent
        (said, and out of reach from then on). OSError where it cannot be looked at."""
        nonlocal unreached
        if (
            (not options.include_hidden and name.startswith("."))
            # A folder is not walked in a scan of the folder alone; a picture may be mounted there too
            # (a bind mount of a file), which such a scan finds: one named as a picture is looked at.
            or (not options.recursive and suffix(name).lower() not in extensions)
            or (has_rules and excluded(name, relative, folder=True))
            or _at_or_below(mounted[text], unreached_texts)
        ):
            return None
        answer = link_looks.targets([text], _mount_look)[text]
        if isinstance(answer, _OutOfReach):  # silent: neither spelling is looked at again
            unreached += (Path(text), Path(mounted[text]))
            unreached_texts.update((text, mounted[text]))
            findings.warnings.append(Code.FOLDER_NOT_ANSWERING(folder=text))
            return None
        if isinstance(answer, Exception):
            raise answer
        return answer[1]

    def target_of(link: Path, leads_to: _Target) -> tuple[str, os.stat_result] | None:
        """Where the link `link` leads and the status of what is there, from the look at it
        (_LinkLooks.targets), or None when that is out of reach or did not answer (said of the link)
        or leads nowhere (said of a picture's name)."""
        nonlocal unreached
        if not isinstance(leads_to, Exception):
            return leads_to
        if isinstance(leads_to, _OutOfReach):
            place = Path(leads_to.place)
            if leads_to.waited:  # from now on out of reach (its text is already: _LinkLooks)
                unreached += (place,)
                # Said of the scan (once) where it lies in the scanned folders: their walk leaves it
                # out too, whether links are followed or not.
                if inside(place, real_roots):
                    findings.warnings.append(Code.FOLDER_NOT_ANSWERING(folder=leads_to.place))
            # A link followed into the scanned folders: its pictures are missing, as files that could
            # not be read. Else it is left out anyway.
            if options.follow_links and inside(place, real_roots):
                findings.errors.append(ScanError(link, Code.LINK_NOT_ANSWERING()))
            else:
                findings.skipped.append(ScanError(link, Code.LINK_NOT_ANSWERING()))
        elif isinstance(leads_to, OSError):
            if suffix(link.name).lower() in extensions:
                findings.errors.append(ScanError(link, Code.BROKEN_LINK()))
        else:
            raise leads_to  # a bug
        return None

    def in_reference(path: str | Path, real: str | None = None) -> bool:
        """Whether the file at `path` (of real path `real`, where known) is in a reference folder."""
        if not reference_roots:
            return False
        # realpath costs a few system calls per file (a third of a rescan's discovery): only when needed.
        return inside(Path(os.path.realpath(path) if real is None else real), reference_roots)

    def cannot_open(folder: Path, exc: OSError, identity: tuple[int, int] | None = None) -> None:
        """Say that `folder` (of this device and inode, where known) cannot be opened: a warning
        when it is a folder the person chose, whichever root's walk reaches it first."""
        error = exc.strerror or str(exc)
        root = chosen.named(folder, identity)
        if root is None:
            findings.errors.append(ScanError(folder, Code.FOLDER_UNREADABLE(error=error)))
        else:
            findings.warnings.append(Code.ROOT_UNREADABLE(folder=os.fspath(root), error=error))

    def not_found(root: Path) -> Reason:
        """Why the root `root`, which is not there, is missing from the result."""
        if os.path.islink(root):
            return Code.ROOT_LINK_BROKEN(folder=os.fspath(root))
        if Path(os.path.realpath(root)) in reference_roots:
            return Code.ROOT_REFERENCE_NOT_FOUND(folder=os.fspath(root))
        return Code.ROOT_NOT_FOUND(folder=os.fspath(root))

    def followed(path: Path, real: str, *, folder: bool) -> bool:
        """Whether the link at `path`, which leads to `real`, may be followed (else say why not)."""
        if not options.follow_links:
            not_followed = Code.LINK_TO_FOLDER_NOT_FOLLOWED if folder else Code.LINK_TO_FILE_NOT_FOLLOWED
            findings.skipped.append(ScanError(path, not_followed()))
            return False
        if not inside(Path(real), real_roots):
            outside = Code.LINK_TO_FOLDER_OUTSIDE if folder else Code.LINK_TO_FILE_OUTSIDE
            findings.skipped.append(ScanError(path, outside()))
            return False
        return True

    def walk(top: Path) -> Iterator[FoundFiles]:
        """The files of `top` and the folders below it, each folder's files before its subfolders'.

        A stack, not recursion: a closure that calls itself is a reference cycle, and the window
        freezes what a scan leaves (controller.scan_and_suggest), so the cycle and `findings`
        with its name of every file would stay in memory for good.
        """
        nonlocal lister, helper
        shared: set[str] = set()  # folders asked of the lister, or kept for this thread
        reached_as_links.add(os.fspath(top))
        spell_out_of_reach_under(top)
        pending: list[_Subfolder] = [(top, "", None)]
        while pending and not cancelled():
            folder, relative, found_in = pending.pop()
            if helper is not None and found[0] >= listing.HELPER_FROM:
                lister, helper = helper(), None
            if lister is not None:  # the next folders, the first first: one in KEPT_EVERY kept
                for ahead, _, _ in reversed(pending[-listing.AHEAD :]):
                    text = os.fspath(ahead)
                    if text not in shared:
                        if (
                            len(shared) % listing.KEPT_EVERY
                            and text not in near_mounts
                            and not lister.ask(text)
                        ):
                            break
                        shared.add(text)
            subfolders = yield from files_of(folder, relative, found_in)
            pending.extend(reversed(subfolders))

    def files_of(
        folder: Path, relative: str, found_in: tuple[int, int] | None = None
    ) -> Generator[FoundFiles, None, list[_Subfolder]]:
        """Yield the image files in `folder`; returns its subfolders to walk, in name order.
        `found_in`: the device and inode of the folder whose listing found it (None for a root, a
        folder reached by a link, or where there are none). Its path is followed again by name: a
        folder above it replaced meanwhile (moved away, a link to elsewhere put in its place) would
        lead it anywhere, outside the roots too; then the folder at the path's end has another
        parent, and is not walked."""
        subfolders: list[_Subfolder] = []
        if unreached and inside(folder, unreached):  # found out of reach after it was listed to walk
            return subfolders  # (said where it was found so: target_of)
        text = os.fspath(folder)
        # The helper's answer, taken whatever becomes of the folder (it waits for discovery).
        answered = lister.listed(text) if lister is not None else None
        as_link = text in reached_as_links
        try:
            st = folder.stat() if as_link else os.lstat(folder)
            if stat.S_ISLNK(st.st_mode):
                # Found a folder, a link now (swapped meanwhile): what discovery makes of a link.
                answered, as_link = None, True
                target = target_of(folder, link_looks.targets([text])[text])
                if target is None or not followed(folder, target[0], folder=True):
                    return subfolders
                spell_out_of_reach_under(folder, target[0])
                st = target[1]
        except _Stopped:
            return subfolders
        except OSError as exc:
            cannot_open(folder, exc)
            return subfolders
        identity = (st.st_dev, st.st_ino)
        if not as_link and not _in(found_in, os.path.join(text, os.pardir)):
            findings.errors.append(ScanError(folder, Code.FOLDER_ABOVE_REPLACED()))
            return subfolders
        if st.st_ino and identity in visited_dirs:
            return subfolders  # a link loop, or a folder reached twice
        visited_dirs.add(identity)
        # The answer of the folder found here now (not one moved away since the helper listed it).
        if (
            answered is not None
            and answered.folder == identity
            and not any(map(stat.S_ISLNK, answered.modes))
        ):
            return (yield from files_answered(folder, answered, _identity(st)))
        try:
            children, opened = _listed(folder, as_link=as_link)
        except OSError as exc:
            cannot_open(folder, exc, identity)
            return subfolders
        try:
            if opened is not None and not as_link and not _in(found_in, os.pardir, opened):
                findings.errors.append(ScanError(folder, Code.FOLDER_ABOVE_REPLACED()))
                return subfolders
            return (yield from files_listed(folder, relative, children, _identity(st)))
        finally:
            if opened is not None:
                os.close(opened)

    def files_answered(
        folder: Path, listed: Listed, here: tuple[int, int] | None
    ) -> Generator[FoundFiles, None, list[_Subfolder]]:
        """files_listed() for the entries the helper answered for `folder`, as it decides for
        them where there are no exclude patterns and no links: no object made of each."""
        subfolders: list[_Subfolder] = []
        folder_text = os.fspath(folder)
        prefix = folder_text if folder_text.endswith(os.sep) else folder_text + os.sep
        modes, sizes, devices, inodes = listed.modes, listed.sizes, listed.devices, listed.inodes
        hidden_too, recursive = options.include_hidden, options.recursive
        names: list[str] = []
        kept: list[int] = []  # the entries found, by their place in `listed`
        references: list[bool] = []
        for at, name in enumerate(listed.names):
            if not hidden_too and name.startswith("."):
                continue
            mode = modes[at]
            if stat.S_ISREG(mode):
                if sizes[at] < min_size or suffix(name).lower() not in extensions:
                    continue
                text = prefix + name
                # admitted(), but for whether it is only in the cloud, which no status says here.
                if inodes[at] and not findings.first_name_of(text, devices[at], inodes[at]):
                    continue
                names.append(name)
                kept.append(at)
                if reference_roots:
                    references.append(in_reference(text))
            elif stat.S_ISDIR(mode) and recursive and (prefix + name) not in unreached_texts:
                subfolders.append((_child(folder, name, prefix + name), "", here))
        if names:
            found[0] += len(names)
            every = len(kept) == len(listed.names)
            fields = {
                field: column.tolist() if every else list(map(column.__getitem__, kept))
                for field, column in (
                    ("size", sizes), ("mtime_ns", listed.mtimes), ("device", devices), ("inode", inodes),
                    ("ctime_ns", listed.ctimes),
                )
            }  # fmt: skip
            fields["links"] = [links or 1 for links in map(listed.links.__getitem__, kept)]
            yield FoundFiles(InFolder(prefix, names), fields, references if reference_roots else None)
        return subfolders

    def files_listed(
        folder: Path, relative: str, children: list[os.DirEntry[str]], here: tuple[int, int] | None
    ) -> Generator[FoundFiles, None, list[_Subfolder]]:
        """files_of() for the entries of `folder`, `children`."""
        subfolders: list[_Subfolder] = []
        # An entry's path as os.scandir(folder) spells it (one listed from the folder opened has
        # only its name).
        folder_text = os.fspath(folder)
        prefix = folder_text if folder_text.endswith(os.sep) else folder_text + os.sep
        # The files found, handed on a batch at a time: a folder of half a million files still
        # shows the count grow while it is read. A Path is made only of a folder, a link or a
        # file with a problem (2 us a file).
        names: list[str] = []
        stats: list[os.stat_result] = []
        references: list[bool] = []  # whether each is in a reference folder, when there are any
        looked: dict[str, _Target] = {}  # where the folder's links lead, looked at together
        for child in children:
            if cancelled():
                subfolders = []
                break
            if len(names) == _ENTRIES_AT_ONCE:
                found[0] += len(names)
                yield FoundFiles.of(InFolder(prefix, names), stats, references if reference_roots else None)
                names, stats, references = [], [], []
            name = child.name
            text = prefix + name
            if unreached and text in unreached_texts:
                continue  # not even its status: the look would wait for its drive
            # Only exclude patterns read the path from the root: no string per file without them.
            child_relative = (f"{relative}/{name}" if relative else name) if has_rules else ""
            try:
                if mounted and text in mounted:  # a drive's: its status may wait as long as it does
                    mount = mount_status(name, text, child_relative)
                    if mount is None:
                        continue
                    own = mount
                else:
                    own = lstat_of(child, text)
                if not options.include_hidden and (
                    name.startswith(".") or getattr(own, "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_HIDDEN
                ):
                    continue
                if stat.S_ISLNK(own.st_mode):
                    # What it leads to is looked at, never waited for: its kind and size say whether
                    # it is a folder or a picture, and its name may not say it is broken.
                    path = _child(folder, name, text)
                    if text not in looked:  # the folder's first link: it and those after it
                        try:
                            looked = link_looks.targets(
                                _links_from(children, name, prefix, hidden_too=options.include_hidden)
                            )
                        except _Stopped:
                            subfolders = []
                            break
                    leads_to = target_of(path, looked.pop(text))
                    if leads_to is None:
                        continue
                    real, target = leads_to
                    is_folder = stat.S_ISDIR(target.st_mode)
                    if (is_folder and not options.recursive) or excluded(
                        name, child_relative, folder=is_folder
                    ):
                        continue
                    if is_folder:
                        if followed(path, real, folder=True):
                            reached_as_links.add(text)
                            spell_out_of_reach_under(path, real)
                            subfolders.append((path, child_relative, None))
                    elif (
                        stat.S_ISREG(target.st_mode)
                        and wanted(name, target)
                        and followed(path, real, folder=False)
                        and admitted(text, target)
                    ):
                        names.append(name)
                        stats.append(target)
                        if reference_roots:
                            references.append(in_reference(text, real))
                    continue
                if stat.S_ISDIR(own.st_mode):
                    if options.recursive and not (has_rules and excluded(name, child_relative, folder=True)):
                        subfolders.append((_child(folder, name, text), child_relative, here))
                    continue
                if not stat.S_ISREG(own.st_mode) or (
                    has_rules and excluded(name, child_relative, folder=False)
                ):
                    continue  # FIFOs, sockets and devices are never opened
                if suffix(name).lower() in extensions and own.st_size >= min_size and admitted(text, own):
                    names.append(name)
                    stats.append(own)
                    if reference_roots:
                        references.append(in_reference(text))
            except _Stopped:
                subfolders = []
                break
            except OSError as exc:
                unreadable = Code.FILE_UNREADABLE(error=exc.strerror or str(exc))
                findings.errors.append(ScanError(_child(folder, name, text), unreadable))
        if names:
            found[0] += len(names)
            yield FoundFiles.of(InFolder(prefix, names), stats, references if reference_roots else None)
        return subfolders

    try:
        for root in roots:
            root = chosen_path(root)
            if inside(root, unreached):  # in a place that did not answer a look meanwhile
                findings.warnings.append(Code.FOLDER_NOT_ANSWERING(folder=os.fspath(root)))
                continue
            try:
                st = root.stat()
            except (FileNotFoundError, NotADirectoryError):
                findings.warnings.append(not_found(root))
                continue
            except OSError as exc:
                cannot_open(root, exc)
                continue
            if stat.S_ISREG(st.st_mode):
                if st.st_ino == 0:
                    st = os.stat(root)
                text = os.fspath(root)
                if suffix(root.name).lower() not in extensions:  # chosen, and not left out silently
                    findings.warnings.append(Code.ROOT_NEITHER_FOLDER_NOR_PICTURE(path=text))
                elif wanted(root.name, st) and admitted(text, st):
                    references = [in_reference(root)] if reference_roots else None
                    yield FoundFiles.of(InFolder.of(text), [st], references)
            elif stat.S_ISDIR(st.st_mode):
                yield from walk(root)
            else:
                findings.warnings.append(Code.ROOT_NEITHER_FOLDER_NOR_PICTURE(path=os.fspath(root)))
    finally:
        link_looks.end()
        if lister is not None:
            lister.end()
    findings.keep_only_linked_names()
