"""Giving a file a name without replacing one: real files in tmp_path, the system's own call."""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from lookalike.core import renaming
from lookalike.core.renaming import rename_without_replacing, renames_without_replacing

needs_no_replace_rename = pytest.mark.skipif(
    renaming._no_replace_call() is None and sys.platform != "win32",
    reason="this system has no rename that refuses to replace a file",
)


@needs_no_replace_rename
def test_a_free_name_is_given(tmp_path: Path) -> None:
    (tmp_path / "copy.partial").write_bytes(b"the picture")
    rename_without_replacing(tmp_path / "copy.partial", tmp_path / "photo.jpg")
    assert os.listdir(tmp_path) == ["photo.jpg"]
    assert (tmp_path / "photo.jpg").read_bytes() == b"the picture"


@needs_no_replace_rename
@pytest.mark.parametrize("taken_by", ["a file", "a link that leads nowhere", "a folder"])
def test_a_taken_name_is_refused_and_what_has_it_stays(tmp_path: Path, taken_by: str) -> None:
    (tmp_path / "copy.partial").write_bytes(b"the picture")
    taken = tmp_path / "photo.jpg"
    if taken_by == "a file":
        taken.write_bytes(b"another program's file")
    elif taken_by == "a folder":
        taken.mkdir()
    else:
        taken.symlink_to(tmp_path / "nowhere")

    with pytest.raises(FileExistsError):
        rename_without_replacing(tmp_path / "copy.partial", taken)

    assert (tmp_path / "copy.partial").read_bytes() == b"the picture"
    assert {
        "a file": lambda: taken.read_bytes() == b"another program's file",
        "a link that leads nowhere": lambda: os.readlink(taken) == str(tmp_path / "nowhere"),
        "a folder": lambda: taken.is_dir() and not taken.is_symlink(),
    }[taken_by]()


@needs_no_replace_rename
@pytest.mark.skipif(os.rename not in os.supports_dir_fd, reason="no folders held open here")
def test_names_in_a_folder_held_open(tmp_path: Path) -> None:
    (tmp_path / "copy.partial").write_bytes(b"the picture")
    (tmp_path / "taken.jpg").write_bytes(b"theirs")
    held = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with pytest.raises(FileExistsError):
            rename_without_replacing("copy.partial", "taken.jpg", src_dir_fd=held, dst_dir_fd=held)
        rename_without_replacing("copy.partial", "photo.jpg", src_dir_fd=held, dst_dir_fd=held)
    finally:
        os.close(held)
    assert sorted(os.listdir(tmp_path)) == ["photo.jpg", "taken.jpg"]
    assert (tmp_path / "taken.jpg").read_bytes() == b"theirs"


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or (platform.machine(), struct.calcsize("P") * 8) not in renaming._LINUX_RENAMEAT2,
    reason="renameat2's system call number is known for Linux machines only",
)
def test_without_the_c_librarys_function_the_system_call_itself_refuses_to_replace(tmp_path: Path) -> None:
    """A C library without renameat2 (glibc before 2.28, as on Ubuntu 18.04) stood in for by one that
    has only `syscall`: the number for this machine renames, and refuses a taken name."""
    libc = ctypes.CDLL(None, use_errno=True)
    call = renaming._call_in(
        SimpleNamespace(syscall=libc.syscall), sys.platform, platform.machine(), struct.calcsize("P") * 8
    )
    assert call is not None
    (tmp_path / "copy.partial").write_bytes(b"the picture")
    (tmp_path / "taken.jpg").write_bytes(b"theirs")
    at = renaming._AT_FDCWD

    assert call(at, os.fsencode(tmp_path / "copy.partial"), at, os.fsencode(tmp_path / "taken.jpg")) == -1
    assert ctypes.get_errno() == errno.EEXIST
    assert call(at, os.fsencode(tmp_path / "copy.partial"), at, os.fsencode(tmp_path / "photo.jpg")) == 0
    assert sorted(os.listdir(tmp_path)) == ["photo.jpg", "taken.jpg"]
    assert (tmp_path / "taken.jpg").read_bytes() == b"theirs"


def test_a_system_without_such_a_rename_says_so_and_renames_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Unix (or a Linux machine whose system call number is not known): no such call."""
    if sys.platform == "win32":
        pytest.skip("Windows' own rename never replaces")
    assert renaming._call_in(SimpleNamespace(), "freebsd14", "amd64", 64) is None
    assert renaming._call_in(SimpleNamespace(syscall=None), "linux", "mips", 32) is None
    monkeypatch.setattr(renaming, "_no_replace_call", lambda: None)
    (tmp_path / "copy.partial").write_bytes(b"the picture")

    with pytest.raises(OSError) as refused:
        rename_without_replacing(tmp_path / "copy.partial", tmp_path / "photo.jpg")

    assert refused.value.errno in renaming.NO_SUCH_RENAME
    assert os.listdir(tmp_path) == ["copy.partial"]


@needs_no_replace_rename
def test_the_probe_says_a_drive_renames_without_replacing_and_leaves_nothing(tmp_path: Path) -> None:
    assert renames_without_replacing(tmp_path)
    assert os.listdir(tmp_path) == []


def test_the_probe_says_a_drive_without_such_a_rename_cannot_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive in user space without it (exFAT by exfat-fuse, FAT by fusefat): the kernel refuses a
    taken name itself (EEXIST), the drive anything else (EINVAL). Stood in for by the call."""

    def fuse_drive(from_folder: int, source: bytes, to_folder: int, target: bytes) -> int:
        ctypes.set_errno(errno.EINVAL)
        return -1

    if sys.platform == "win32":
        pytest.skip("Windows' own rename never replaces")
    monkeypatch.setattr(renaming, "_no_replace_call", lambda: fuse_drive)
    assert not renames_without_replacing(tmp_path)
    assert os.listdir(tmp_path) == []
