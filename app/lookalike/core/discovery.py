"""Find the candidate image files under the folders a person chose."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lookalike.core.models import CancelCheck, FileEntry, ScanError, ScanOptions, never_cancelled
from lookalike.core.platform_checks import is_cloud_only


@dataclass(slots=True)
class Findings:
    """What discovery reports besides the files: problems, things left out, and hard links."""

    errors: list[ScanError] = field(default_factory=list)
    skipped: list[ScanError] = field(default_factory=list)
    # (device, inode) -> every name found for that file, the scanned one first
    names: dict[tuple[int, int], list[Path]] = field(default_factory=dict)

    @property
    def hard_links(self) -> tuple[tuple[Path, ...], ...]:
        return tuple(tuple(paths) for paths in self.names.values() if len(paths) > 1)


def _is_hidden(name: str, st: os.stat_result) -> bool:
    if name.startswith("."):
        return True
    return bool(getattr(st, "st_file_attributes", 0) & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def inside(path: Path, roots: tuple[Path, ...]) -> bool:
    """Whether `path` is one of `roots` or below one (as spelled: resolve both first)."""
    return any(path == root or root in path.parents for root in roots)


def lstat_of(entry: os.DirEntry[str]) -> os.stat_result:
    """The entry's own status (a link's, not its target's), with real inode numbers.

    On Windows DirEntry.stat() has st_ino, st_dev and st_nlink set to 0 (Python's os
    documentation); os.lstat() fills them in. Some network file systems have none at all.
    """
    st = entry.stat(follow_symlinks=False)
    return os.lstat(entry.path) if st.st_ino == 0 else st


def discover(
    roots: tuple[Path, ...],
    options: ScanOptions,
    findings: Findings,
    *,
    cancelled: CancelCheck = never_cancelled,
) -> Iterator[FileEntry]:
    """Yield each image file under `roots` once, in a stable order.

    Symbolic links are not followed unless options.follow_links, and then never to a
    place outside the roots; each real folder is visited once, so link loops and roots
    nested in one another do not repeat files. A file with several names (hard links)
    is scanned once, under the first name; the others are listed in findings.names.
    Problems go to findings.errors, things left out on purpose to findings.skipped.
    """
    real_roots = tuple(Path(os.path.realpath(r)) for r in roots)
    reference_roots = tuple(Path(os.path.realpath(r)) for r in options.reference_roots)
    visited_dirs: set[tuple[int, int]] = set()

    def wanted(path: Path, st: os.stat_result) -> bool:
        return path.suffix.lower() in options.extensions and st.st_size >= options.min_size

    def file_entry(path: Path, st: os.stat_result) -> FileEntry | None:
        if not options.include_cloud_only and is_cloud_only(st):
            findings.skipped.append(ScanError(path, "only in the cloud: not downloaded to scan it"))
            return None
        if st.st_ino:  # without inode numbers, two names of one file cannot be told apart
            names = findings.names.setdefault((st.st_dev, st.st_ino), [])
            names.append(path)
            if len(names) > 1:
                return None
        # realpath costs a few system calls per file (a third of a rescan's discovery): only when needed.
        in_reference = bool(reference_roots) and inside(Path(os.path.realpath(path)), reference_roots)
        return FileEntry.from_stat(path, st, in_reference_root=in_reference)

    def followed(path: Path, what: str) -> os.stat_result | None:
        """The status of the link's target when it may be followed, else None (and say why)."""
        if not options.follow_links:
            findings.skipped.append(ScanError(path, f"a link to a {what}: not followed"))
            return None
        target = Path(os.path.realpath(path))
        if not inside(target, real_roots):
            findings.skipped.append(ScanError(path, f"a link to a {what} outside the scanned folders"))
            return None
        return os.stat(path)

    def walk(folder: Path) -> Iterator[FileEntry]:
        try:
            st = folder.stat()
        except OSError as exc:
            findings.errors.append(ScanError(folder, f"folder cannot be read ({exc.strerror or exc})"))
            return
        identity = (st.st_dev, st.st_ino)
        if st.st_ino and identity in visited_dirs:
            return  # a link loop, or a folder reached twice
        visited_dirs.add(identity)
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            findings.errors.append(ScanError(folder, f"folder cannot be read ({exc.strerror or exc})"))
            return
        subfolders: list[Path] = []
        for child in children:
            if cancelled():
                return
            path = Path(child.path)
            try:
                own = lstat_of(child)
                if not options.include_hidden and _is_hidden(child.name, own):
                    continue
                if stat.S_ISLNK(own.st_mode):
                    try:
                        target = os.stat(path)
                    except OSError:
                        if path.suffix.lower() in options.extensions:
                            broken = ScanError(path, "broken link: the file it points to is gone")
                            findings.errors.append(broken)
                        continue
                    if stat.S_ISDIR(target.st_mode):
                        if options.recursive and followed(path, "folder") is not None:
                            subfolders.append(path)
                    elif stat.S_ISREG(target.st_mode) and wanted(path, target):
                        resolved = followed(path, "file")
                        entry = file_entry(path, resolved) if resolved is not None else None
                        if entry is not None:
                            yield entry
                    continue
                if stat.S_ISDIR(own.st_mode):
                    if options.recursive:
                        subfolders.append(path)
                    continue
                if not stat.S_ISREG(own.st_mode) or not wanted(path, own):
                    continue  # FIFOs, sockets and devices are never opened
                entry = file_entry(path, own)
            except OSError as exc:
                findings.errors.append(ScanError(path, f"file cannot be read ({exc.strerror or exc})"))
                continue
            if entry is not None:
                yield entry
        for subfolder in subfolders:
            yield from walk(subfolder)

    for root in roots:
        root = Path(os.path.abspath(root))
        try:
            st = root.stat()
        except FileNotFoundError:
            findings.errors.append(ScanError(root, "folder not found"))
            continue
        except OSError as exc:
            findings.errors.append(ScanError(root, f"folder cannot be read ({exc.strerror or exc})"))
            continue
        if stat.S_ISREG(st.st_mode):
            if st.st_ino == 0:
                st = os.stat(root)
            entry = file_entry(root, st) if wanted(root, st) else None
            if entry is not None:
                yield entry
        elif stat.S_ISDIR(st.st_mode):
            yield from walk(root)
        else:
            findings.errors.append(ScanError(root, "neither a folder nor a picture"))
