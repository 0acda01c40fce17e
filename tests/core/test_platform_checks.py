"""What the system does with a file: cloud placeholders, a trash that keeps files, show in folder.

The decisions are pure functions of the values Windows and macOS report, so they are tested here
with those values; the probes that read them run for real in the release workflow's smoke test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import SimpleNamespace

import pytest

from lookalike.core import platform_checks as checks

# Windows file attributes seen on real files (winnt.h).
ARCHIVE = 0x20
REPARSE_POINT = 0x400
PINNED = 0x80000  # OneDrive "Always keep on this device"
UNPINNED = 0x100000  # OneDrive "Free up space"
UF_HIDDEN = 0x8000  # a macOS st_flags bit that is not about the cloud


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        (ARCHIVE, False),  # an ordinary file
        (ARCHIVE | REPARSE_POINT | PINNED, False),  # a OneDrive file kept on this device
        (ARCHIVE | REPARSE_POINT, False),  # a OneDrive file downloaded once
        (ARCHIVE | REPARSE_POINT | UNPINNED | checks.FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS, True),
        (checks.FILE_ATTRIBUTE_RECALL_ON_OPEN, True),
        (checks.FILE_ATTRIBUTE_OFFLINE | ARCHIVE, True),  # moved to remote storage
    ],
)
def test_windows_placeholders_are_cloud_only(attributes: int, expected: bool) -> None:
    assert checks.is_cloud_only(SimpleNamespace(st_file_attributes=attributes)) is expected


@pytest.mark.parametrize(
    ("flags", "expected"),
    [(0, False), (UF_HIDDEN, False), (checks.SF_DATALESS, True), (checks.SF_DATALESS | UF_HIDDEN, True)],
)
def test_macos_dataless_files_are_cloud_only(flags: int, expected: bool) -> None:
    assert checks.is_cloud_only(SimpleNamespace(st_flags=flags)) is expected


def test_a_system_without_those_attributes_has_no_cloud_only_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert checks.is_cloud_only(os.stat(tmp_path / "photo.jpg")) is False
    assert checks.is_cloud_only(SimpleNamespace()) is False
    assert checks.is_cloud_only(SimpleNamespace(st_file_attributes=None, st_flags=None)) is False


def test_the_recycle_bin_of_a_fixed_drive_is_trusted() -> None:
    assert checks.windows_trash_problem(checks.DRIVE_FIXED, recycle_bin_present=True) is None


@pytest.mark.parametrize(
    ("drive_type", "words"),
    [
        (checks.DRIVE_REMOTE, "network drive"),
        (checks.DRIVE_RAMDISK, "RAM disk"),
        (checks.DRIVE_REMOVABLE, "removable drive"),
        (checks.DRIVE_CDROM, "CD or DVD"),
        (checks.DRIVE_UNKNOWN, "does not know"),
        (checks.DRIVE_NO_ROOT_DIR, "cannot find"),
        (99, "does not know"),
    ],
)
def test_drives_other_than_fixed_ones_have_no_recycle_bin(drive_type: int, words: str) -> None:
    # Even when Windows answers for a Recycle Bin there: only a fixed drive's keeps files.
    problem = checks.windows_trash_problem(drive_type, recycle_bin_present=True)
    assert problem is not None and words in str(problem) and "for good" in str(problem)


def test_a_fixed_drive_without_a_working_recycle_bin_is_refused() -> None:
    problem = checks.windows_trash_problem(checks.DRIVE_FIXED, recycle_bin_present=False)
    assert problem is not None and "no working Recycle Bin" in str(problem)


def test_a_recycle_bin_set_to_delete_at_once_is_refused() -> None:
    problem = checks.windows_trash_problem(checks.DRIVE_FIXED, True, deletes_immediately=True)
    assert problem is not None and "delete files at once" in str(problem)


def test_a_subst_drive_letter_is_refused() -> None:
    problem = checks.windows_trash_problem(checks.DRIVE_FIXED, True, substituted_drive=True)
    assert problem is not None and "SUBST" in str(problem)


@pytest.mark.parametrize(
    ("on_home_volume", "volume_trash_usable", "trusted"),
    [(True, False, True), (True, True, True), (False, True, True), (False, False, False)],
)
def test_macos_trusts_the_home_volume_and_volumes_with_a_trash(
    on_home_volume: bool, volume_trash_usable: bool, trusted: bool
) -> None:
    problem = checks.macos_trash_problem(on_home_volume, volume_trash_usable)
    assert (problem is None) is trusted
    if not trusted:
        assert problem is not None and "without a Trash" in str(problem)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux leaves the decision to send2trash")
def test_on_linux_send2trash_decides(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert checks.trash_problem(tmp_path / "photo.jpg") is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mount points")
def test_the_mount_point_is_the_top_of_the_volume(tmp_path: Path) -> None:
    top = checks._mount_point(tmp_path, os.stat(tmp_path).st_dev)
    assert os.path.ismount(top) and (top == tmp_path or top in tmp_path.parents)


def explorer_fields(command_line: str) -> list[str]:
    """Explorer's reading of its command line: fields separated by commas and equals signs,
    double quotes enclose a field (and are dropped), white space around a field is ignored."""
    fields: list[str] = []
    current, quoted = "", False
    for char in command_line:
        if char == '"':
            quoted = not quoted
        elif char in ",=" and not quoted:
            fields.append(current.strip())
            current = ""
        else:
            current += char
    return [*fields, current.strip()]


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\Ann\Pictures\IMG_0001.JPG",
        r"C:\Users\Ann\My Pictures\holiday photo.jpg",  # QProcess would quote "/select,..." whole
        r"D:\Fotos\a,b.jpg",  # a comma without a space: QProcess would not quote it at all
        r"D:\Fotos\x=y\copy (2).png",
        r"\\nas\photos\2024\사진.heic",
    ],
)
def test_explorer_receives_select_and_the_whole_path(path: str) -> None:
    command = checks.reveal_command(PureWindowsPath(path), "win32")
    assert command is not None
    program, arguments = command
    assert program == "explorer.exe"
    assert explorer_fields(" ".join(arguments)) == ["/select", path]


def test_explorer_gets_backslashes() -> None:
    command = checks.reveal_command(PureWindowsPath("C:/Users/Ann/a.jpg"), "win32")
    assert command == ("explorer.exe", ['/select,"C:\\Users\\Ann\\a.jpg"'])


def test_finder_reveals_with_open_r() -> None:
    path = PurePosixPath("/Users/ann/Pictures/holiday photo, copy.jpg")
    assert checks.reveal_command(path, "darwin") == ("open", ["-R", str(path)])


def test_linux_asks_the_file_manager_over_dbus_instead() -> None:
    assert checks.reveal_command(PurePosixPath("/home/ann/a.jpg"), "linux") is None
