"""Giving a file a name without ever replacing a file that has it: one system call that fails when
the name is taken. A look first and a plain rename after replaced a file another program made in
between, which was then lost.

- Linux: renameat2 with RENAME_NOREPLACE (kernel 3.15; the C library's function from glibc 2.28,
  else the system call itself). A drive that cannot do it says EINVAL: file systems in user space
  without it (exFAT by exfat-fuse, FAT by fusefat, GNOME's network shares), NFS.
- macOS: renameatx_np with RENAME_EXCL (10.12); a volume that cannot says ENOTSUP or EINVAL.
- Windows: os.rename, which never replaces a file there.
- Elsewhere there is none: ENOSYS.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import os
import platform
import struct
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

# What a rename that refuses to replace says where the system (ENOSYS) or the drive (EINVAL, ENOTSUP)
# has none. A drive says EINVAL too for a name it does not allow (FAT: ? : *), as a plain rename
# would: renames_without_replacing tells which.
NO_SUCH_RENAME = frozenset({errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})

_RENAME_NOREPLACE = 1  # Linux, <linux/fs.h>
_RENAME_EXCL = 0x4  # macOS, <stdio.h>
_AT_FDCWD = -2 if sys.platform == "darwin" else -100  # <fcntl.h>: the current folder, for a path
# renameat2's system call number where the C library lacks the function (glibc before 2.28), by the
# machine and the program's width: a 32-bit program on a 64-bit kernel makes the 32-bit calls. Any
# other machine has none here (ENOSYS), rather than a wrong call.
_LINUX_RENAMEAT2 = {
    ("x86_64", 64): 316,
    ("aarch64", 64): 276,
    ("riscv64", 64): 276,
    ("loongarch64", 64): 276,
    ("ppc64le", 64): 357,
    ("ppc64", 64): 357,
    ("s390x", 64): 347,
    ("i386", 32): 353,
    ("i686", 32): 353,
    ("armv7l", 32): 382,
    ("armv6l", 32): 382,
    ("aarch64", 32): 382,
}

_Rename = Callable[[int, bytes, int, bytes], int]  # (from folder, from, to folder, to) -> 0 or -1


def rename_without_replacing(
    source: str | Path, target: str | Path, *, src_dir_fd: int | None = None, dst_dir_fd: int | None = None
) -> None:
    """Give the file named `source` the name `target` (each in the folder held open as `src_dir_fd`,
    `dst_dir_fd` when given and the name relative, as os.rename takes them); FileExistsError when
    anything has that name, which stays as it is. OSError with an errno of NO_SUCH_RENAME where the
    system or the drive has no such rename: nothing was renamed."""
    if sys.platform == "win32":
        os.rename(source, target)  # Windows' rename never replaces: FileExistsError
        return
    rename = _no_replace_call()
    if rename is None:
        raise OSError(errno.ENOSYS, "no rename that refuses to replace a file on this system", str(target))
    from_folder = _AT_FDCWD if src_dir_fd is None else src_dir_fd
    to_folder = _AT_FDCWD if dst_dir_fd is None else dst_dir_fd
    if rename(from_folder, os.fsencode(source), to_folder, os.fsencode(target)) != 0:
        number = ctypes.get_errno()
        raise OSError(number, os.strerror(number), os.fspath(source), None, os.fspath(target))


def renames_without_replacing(folder: Path, dir_fd: int | None = None) -> bool:
    """Whether the drive of `folder` (held open as `dir_fd`, when given) gives names without replacing:
    an empty file of the app's own is made there and renamed so, then removed. After an EINVAL of
    rename_without_replacing, False says the drive has no such rename, True that it refused the name.
    OSError when no file can be made there."""

    def at(name: str) -> str:
        return name if dir_fd is not None else os.path.join(folder, name)

    made, renamed = f".lookalike-{uuid.uuid4().hex}.probe", f".lookalike-{uuid.uuid4().hex}.probe"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(at(made), flags, 0o600, dir_fd=dir_fd))
    try:
        rename_without_replacing(at(made), at(renamed), src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno not in NO_SUCH_RENAME:
            raise
        return False
    finally:
        for name in (made, renamed):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(at(name), dir_fd=dir_fd)  # trash-safe: the app's own empty probe, just made
    return True


@functools.cache  # the library is looked up once, not for each file
def _no_replace_call() -> _Rename | None:
    """The system's rename that refuses to replace, as (from folder, from, to folder, to) -> 0, or -1
    with errno set; None where there is none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    return _call_in(libc, sys.platform, platform.machine(), struct.calcsize("P") * 8)


def _call_in(libc: Any, system: str, machine: str, bits: int) -> _Rename | None:
    """_no_replace_call's function in the C library `libc` (loaded with use_errno) of `system` (a
    sys.platform value) on `machine` (platform.machine()) for a program of `bits` (32 or 64)."""
    if system == "darwin":
        return _with_flags(getattr(libc, "renameatx_np", None), _RENAME_EXCL)  # none before macOS 10.12
    if not system.startswith("linux"):
        return None
    if hasattr(libc, "renameat2"):
        return _with_flags(libc.renameat2, _RENAME_NOREPLACE)
    number = _LINUX_RENAMEAT2.get((machine, bits))
    if number is None or not hasattr(libc, "syscall"):
        return None
    syscall = libc.syscall
    syscall.restype = ctypes.c_long

    def by_number(from_folder: int, source: bytes, to_folder: int, target: bytes) -> int:
        names = (
            ctypes.c_int(from_folder),
            ctypes.c_char_p(source),
            ctypes.c_int(to_folder),
            ctypes.c_char_p(target),
        )
        return int(syscall(ctypes.c_long(number), *names, ctypes.c_uint(_RENAME_NOREPLACE)))

    return by_number


def _with_flags(function: Any, flags: int) -> _Rename | None:
    """`function` (renameat2's arguments and its flags) with `flags`; None for no function."""
    if function is None:
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int

    def call(from_folder: int, source: bytes, to_folder: int, target: bytes) -> int:
        return int(function(from_folder, source, to_folder, target, flags))

    return call


class LeftAside(OSError):
    """A file another program put at a name just as the app removed that name: it could not be given
    that name back (taken again meanwhile), so it stays, whole, at `aside`, a name beside it."""

    def __init__(self, name: str | Path, aside: str | Path) -> None:
        super().__init__(errno.EEXIST, "another file took the name again", os.fspath(name))
        self.name, self.aside = os.fspath(name), os.fspath(aside)


def remove_if_still(
    name: str | Path, expected: Callable[[os.stat_result], bool], *, dir_fd: int | None = None
) -> bool:
    """Remove `name` (a path, or a name in the folder held open as `dir_fd`) only while its file is
    the one `expected` says (from its lstat); True when removed, False when it was not that file,
    which keeps its name. LeftAside when it was not, and its name was taken again (see below).

    A look and then a removal by name removed, for good, a file another program (a sync client, a
    photo app saving) renamed onto the name in between. So the name's file is first renamed, without
    replacing, to a private random name beside it, which no other program knows: what has that name
    is then looked at again, and removed only if it is still the very file looked at (device, inode,
    type, size, modification time, links); else it is given its name back, without replacing. Where
    the name is taken again by then, it stays at the private name: LeftAside says where."""
    before = os.lstat(name, dir_fd=dir_fd)
    if not expected(before):
        return False
    if os.name == "nt":
        # Windows: an open file (the other program's, mid-save) cannot be renamed over, and a
        # rename there never replaces: the removal stays as it always was.
        os.unlink(name, dir_fd=dir_fd)  # trash-safe: the caller's file, checked just now
        return True
    aside = os.path.join(os.path.dirname(os.fspath(name)), f".lookalike-{uuid.uuid4().hex}.removing")
    try:
        rename_without_replacing(name, aside, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno not in NO_SUCH_RENAME:
            raise
        # A drive without that rename: a plain one to a random name no file has replaces nothing,
        # and what has the name is still looked at again before it is removed.
        os.rename(name, aside, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    try:
        now = os.lstat(aside, dir_fd=dir_fd)
        if _same_file(now, before):
            os.unlink(aside, dir_fd=dir_fd)  # trash-safe: the very file checked, under the app's own name
            return True
    except OSError:
        # A network or FUSE drive's error (EIO, ESTALE) on the private name: whatever has it gets its
        # name back before the failure is said, never left hidden (LeftAside where it cannot be).
        _give_back(aside, name, dir_fd)
        raise
    _give_back(aside, name, dir_fd)
    return False


def _same_file(now: os.stat_result, before: os.stat_result) -> bool:
    """Whether `now` is the file `before` was, unchanged (a rename leaves all of these)."""

    def key(st: os.stat_result) -> tuple[int, ...]:
        return st.st_dev, st.st_ino, st.st_mode, st.st_size, st.st_mtime_ns, st.st_nlink

    return key(now) == key(before)


def _give_back(aside: str, name: str | Path, dir_fd: int | None) -> None:
    """Give the file at `aside` its name `name` back, never replacing a file that took it meanwhile:
    by the rename that refuses to, else (a drive without it) by a hard link and then its private
    name removed; LeftAside when neither can, the file staying at `aside`."""
    try:
        rename_without_replacing(aside, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        return
    except OSError as exc:
        if exc.errno not in NO_SUCH_RENAME:
            raise LeftAside(name, aside) from exc
    try:
        os.link(aside, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd, follow_symlinks=False)
    except (OSError, NotImplementedError) as exc:
        raise LeftAside(name, aside) from exc
    with contextlib.suppress(OSError):  # a second name of the file given back is no loss
        os.unlink(aside, dir_fd=dir_fd)  # trash-safe: the file lives on at its name, just linked
