"""Opening a file to read it, as the scan, its checks and acting do: without blocking, and only a
regular file (and, asked, the very file found there), whatever the path has become since it was
found: a FIFO would block a plain open for good, with nothing ever written to it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from lookalike.core.models import FileEntry

# Whether open_regular compares the file opened with the one found (see there).
IDENTITIES_COMPARED = os.name != "nt"


class NotAFile(OSError):
    """The path no longer names a regular file (it became a FIFO, socket, device or folder)."""


class AnotherFile(OSError):
    """The path names a regular file, but not the one found there (another moved over its name, or
    a link put in its place)."""


def open_regular(path: Path, *, follow_links: bool = True, found: FileEntry | None = None) -> int:
    """A file descriptor for reading the regular file at `path`, or NotAFile; with `found`,
    AnotherFile when it is not the file found there (another device and inode). Not compared where
    discovery learnt no inode number, nor on Windows, where an open file's numbers (os.fstat) and a
    path's (os.lstat) come from other system calls, not tested there to agree.

    Opened without blocking, so a file swapped for a FIFO after discovery cannot hang a
    worker, and checked with fstat after opening, so what is read is what was checked.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    return _checked(os.open(path, flags), path, found)


def open_appending(path: Path, *, readable: bool = False) -> int:
    """A file descriptor appending to the regular file at `path` (made when missing), or NotAFile:
    opened without blocking, as a FIFO in its place would block a plain open until something reads
    it (with nothing reading, the open fails instead), and checked to be a regular file of one name.
    What is appended to is the program's own file, never one a link leads to (not followed:
    OSError) nor one with other names (hard links: NotAFile), such as a picture. `readable`: it
    can be read too."""
    access = os.O_RDWR if readable else os.O_WRONLY
    flags = access | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    return _checked(os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o644), path, alone=True)


def _checked(fd: int, path: Path, found: FileEntry | None = None, *, alone: bool = False) -> int:
    """`fd`, opened without blocking, made blocking once fstat says it is a regular file (and, with
    `found`, that one; with `alone`, of no other name); else closed, and NotAFile or AnotherFile."""
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise NotAFile(f"{path} is no longer a regular file")
        if alone and opened.st_nlink > 1:
            raise NotAFile(f"{path} is a file with other names (hard links), not one of its own")
        if (
            IDENTITIES_COMPARED
            and found is not None
            and found.inode  # 0: a file system that has no inode numbers
            and (opened.st_ino, opened.st_dev) != (found.inode, found.device)
        ):
            raise AnotherFile(f"{path} is no longer the file found there")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd
