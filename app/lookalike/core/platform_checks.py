"""What the operating system does with a file that the app must know before it acts.

Three questions: is the file only a cloud placeholder (reading it would download it), would the
system trash really keep it (or delete it for good), and which program shows it in its folder.
Each answer is a pure function of plain values (attribute bits, a drive type), tested on any
machine; the thin probes that read those values from Windows or macOS sit next to them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath, PureWindowsPath

from lookalike.core.reasons import Code, Reason

# Windows file attributes (winnt.h) of a file whose data is not on the disk: OneDrive's
# "online-only" files and other cloud placeholders, and files moved to remote storage.
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x40000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x400000
CLOUD_ONLY_ATTRIBUTES = (
    FILE_ATTRIBUTE_OFFLINE | FILE_ATTRIBUTE_RECALL_ON_OPEN | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
)
# macOS <sys/stat.h> st_flags: a "dataless" file, whose content iCloud Drive or another File
# Provider fetches on first read.
SF_DATALESS = 0x40000000

# GetDriveTypeW's answers (fileapi.h).
DRIVE_UNKNOWN = 0
DRIVE_NO_ROOT_DIR = 1
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4
DRIVE_CDROM = 5
DRIVE_RAMDISK = 6

_DRIVE_KINDS = {
    DRIVE_UNKNOWN: Code.UNKNOWN_DRIVE,
    DRIVE_NO_ROOT_DIR: Code.DRIVE_NOT_FOUND,
    DRIVE_REMOVABLE: Code.REMOVABLE_DRIVE,
    DRIVE_REMOTE: Code.NETWORK_DRIVE,
    DRIVE_CDROM: Code.CD_OR_DVD,
    DRIVE_RAMDISK: Code.RAM_DISK,
}


def is_cloud_only(st: object) -> bool:
    """Whether a stat result (os.stat_result, or anything with its attributes) is of a file that is
    only in the cloud: Windows placeholders and macOS dataless files.

    Attributes a system does not have count as 0, so this works on every system.
    """
    attributes = int(getattr(st, "st_file_attributes", 0) or 0)
    flags = int(getattr(st, "st_flags", 0) or 0)
    return bool(attributes & CLOUD_ONLY_ATTRIBUTES) or bool(flags & SF_DATALESS)


def windows_trash_problem(
    drive_type: int,
    recycle_bin_present: bool,
    *,
    deletes_immediately: bool = False,
    substituted_drive: bool = False,
) -> Reason | None:
    """Why the Recycle Bin must not be used for a file; None when it keeps files.

    Without pywin32, send2trash asks Windows through SHFileOperation, which deletes a file for
    good where there is no Recycle Bin, and still reports success. Only a fixed drive with a
    Recycle Bin that keeps files is trusted: `drive_type` is GetDriveTypeW's answer for the
    file's volume, `recycle_bin_present` whether Windows answers for that volume's Recycle Bin,
    `deletes_immediately` whether it is set to delete files at once (for that drive, or by
    policy), `substituted_drive` whether the drive letter was made with SUBST.
    """
    if drive_type != DRIVE_FIXED:
        kind = _DRIVE_KINDS.get(drive_type, Code.UNKNOWN_DRIVE)
        return Code.NO_RECYCLE_BIN_ON_DRIVE(drive=kind())
    if substituted_drive:
        return Code.SUBST_DRIVE()
    if not recycle_bin_present:
        return Code.NO_WORKING_RECYCLE_BIN()
    if deletes_immediately:
        return Code.RECYCLE_BIN_DELETES()
    return None


def macos_trash_problem(on_home_volume: bool, volume_trash_usable: bool) -> Reason | None:
    """Why the Trash must not be used for a file; None when it keeps files.

    The Trash of the volume that holds the home folder always works; another volume keeps
    trashed files only in a `.Trashes` folder at its top, which network shares and disks that
    macOS never kept a Trash on do not have.
    """
    if on_home_volume or volume_trash_usable:
        return None
    return Code.NO_TRASH_ON_DISK()


def trash_problem(path: Path) -> Reason | None:
    """Why the system trash must not take `path` (it would be deleted for good).

    None when the trash will keep it, and always on Linux, where send2trash itself refuses a
    volume without a usable trash (TrashPermissionError). Call it right before each trash.
    """
    if sys.platform == "win32":
        return _probe_windows_trash(path)
    if sys.platform == "darwin":
        return _probe_macos_trash(path)
    return None


def reveal_command(path: PurePath, system: str) -> tuple[str, list[str]] | None:
    """The program and arguments that show `path` selected in its folder; None where no program
    does that (Linux: the file manager is asked over D-Bus instead).

    `system` is a `sys.platform` value. On Windows the one argument is Explorer's own command
    line, which must reach Explorer exactly as written (QProcess.setNativeArguments): Explorer
    splits its command line at commas and equals signs and reads double quotes itself, so the
    path is quoted (no Windows path can contain a quote). QProcess would quote the argument as a
    whole when it has a space; Explorer then ignores "/select" and opens Documents. Passing
    "/select," and the path as two arguments works for spaces but not for a path with a comma
    or an equals sign and no space, which QProcess leaves unquoted.
    """
    if system == "win32":
        return "explorer.exe", [f'/select,"{PureWindowsPath(path)}"']
    if system == "darwin":
        return "open", ["-R", str(path)]
    return None


def _probe_macos_trash(path: Path) -> Reason | None:
    try:
        device = os.stat(path).st_dev
        on_home_volume = os.stat(Path.home()).st_dev == device
        if on_home_volume:
            return None
        trashes = _mount_point(path, device) / ".Trashes"
        usable = trashes.is_dir() and os.access(trashes, os.W_OK | os.X_OK)
    except OSError as exc:
        return Code.TRASH_UNKNOWN(error=exc.strerror or str(exc))
    return macos_trash_problem(on_home_volume, usable)


def _mount_point(path: Path, device: int) -> Path:
    """The top folder of the volume `path` is on (the last parent on the same device)."""
    top = path.absolute()
    while top.parent != top and os.stat(top.parent).st_dev == device:
        top = top.parent
    return top


if sys.platform == "win32":
    import ctypes
    import winreg
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _shell32 = ctypes.WinDLL("shell32", use_last_error=True)

    _GetVolumePathNameW = _kernel32.GetVolumePathNameW
    _GetVolumePathNameW.argtypes = [wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD]
    _GetVolumePathNameW.restype = wintypes.BOOL
    _GetDriveTypeW = _kernel32.GetDriveTypeW
    _GetDriveTypeW.argtypes = [wintypes.LPCWSTR]
    _GetDriveTypeW.restype = wintypes.UINT
    _GetVolumeNameForVolumeMountPointW = _kernel32.GetVolumeNameForVolumeMountPointW
    _GetVolumeNameForVolumeMountPointW.argtypes = [wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD]
    _GetVolumeNameForVolumeMountPointW.restype = wintypes.BOOL
    _QueryDosDeviceW = _kernel32.QueryDosDeviceW
    _QueryDosDeviceW.argtypes = [wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD]
    _QueryDosDeviceW.restype = wintypes.DWORD

    class _SHQUERYRBINFO(ctypes.Structure):
        # shellapi.h packs this structure to 1 byte on 32-bit Windows only.
        if ctypes.sizeof(ctypes.c_void_p) == 4:
            _pack_ = 1
        _fields_ = [("cbSize", wintypes.DWORD), ("i64Size", ctypes.c_int64), ("i64NumItems", ctypes.c_int64)]

    _SHQueryRecycleBinW = _shell32.SHQueryRecycleBinW
    _SHQueryRecycleBinW.argtypes = [wintypes.LPCWSTR, ctypes.POINTER(_SHQUERYRBINFO)]
    _SHQueryRecycleBinW.restype = ctypes.c_long  # HRESULT

    _BIT_BUCKET = r"Software\Microsoft\Windows\CurrentVersion\Explorer\BitBucket\Volume"
    _EXPLORER_POLICIES = r"Software\Microsoft\Windows\CurrentVersion\Policies\Explorer"

    def _probe_windows_trash(path: Path) -> Reason | None:
        try:
            root = _volume_root(path)
        except OSError as exc:
            return Code.DRIVE_UNKNOWN(error=exc.strerror or str(exc))
        drive_type = int(_GetDriveTypeW(root))
        if drive_type != DRIVE_FIXED:
            return windows_trash_problem(drive_type, recycle_bin_present=False)
        return windows_trash_problem(
            drive_type,
            _recycle_bin_answers(root),
            deletes_immediately=_recycle_bin_deletes_immediately(root),
            substituted_drive=_is_substituted(root),
        )

    def _volume_root(path: Path) -> str:
        """The root of the volume holding `path`: "C:\\", a mount folder, or "\\\\server\\share\\"."""
        buffer = ctypes.create_unicode_buffer(32768)
        if not _GetVolumePathNameW(str(path.absolute()), buffer, len(buffer)):
            raise ctypes.WinError(ctypes.get_last_error())
        return buffer.value

    def _recycle_bin_answers(root: str) -> bool:
        """Whether the volume has a Recycle Bin: its folder exists, or Windows answers for it (the
        folder appears only with the first deletion). SHQueryRecycleBinW adds up every item in
        the bin, which takes long in a full one: it is asked only when the folder is missing."""
        if os.path.isdir(os.path.join(root, "$Recycle.Bin")):
            return True
        info = _SHQUERYRBINFO()
        info.cbSize = ctypes.sizeof(_SHQUERYRBINFO)
        return int(_SHQueryRecycleBinW(root, ctypes.byref(info))) == 0  # S_OK

    def _recycle_bin_deletes_immediately(root: str) -> bool:
        """The Recycle Bin's "Don't move files to the Recycle Bin" for this volume, or the
        "Do not move deleted files to the Recycle Bin" policy (NoRecycleFiles)."""
        for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
            if _registry_number(hive, _EXPLORER_POLICIES, "NoRecycleFiles") == 1:
                return True
        buffer = ctypes.create_unicode_buffer(64)
        if not _GetVolumeNameForVolumeMountPointW(root, buffer, len(buffer)):
            return False
        guid = buffer.value.rstrip("\\").rpartition("Volume")[2]  # \\?\Volume{guid}\ -> {guid}
        return _registry_number(winreg.HKEY_CURRENT_USER, rf"{_BIT_BUCKET}\{guid}", "NukeOnDelete") == 1

    def _registry_number(hive: int, key: str, name: str) -> int | None:
        try:
            with winreg.OpenKey(hive, key) as opened:
                value, kind = winreg.QueryValueEx(opened, name)
        except OSError:
            return None
        return int(value) if kind == winreg.REG_DWORD else None

    def _is_substituted(root: str) -> bool:
        """Whether the drive letter of `root` was made with SUBST (it then names a folder: \\??\\C:\\...)."""
        if len(root) != 3 or root[1:] != ":\\":
            return False
        buffer = ctypes.create_unicode_buffer(1024)
        if not _QueryDosDeviceW(root[:2], buffer, len(buffer)):
            return False
        return buffer.value.startswith("\\??\\")

else:

    def _probe_windows_trash(path: Path) -> Reason | None:
        raise NotImplementedError("only on Windows")
