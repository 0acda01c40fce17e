"""A network drive that stopped answering, mounted at a folder inside the scanned folder (a share at
~/nas, the home folder scanned): the scan is held neither by the look at that folder nor by its walk,
and hears Stop meanwhile. Which folders are mount points is the system's table of mounts, here a
stand-in naming the drive's folder (core/mounts.TABLE)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from lookalike.core import listing, mounts, reach
from lookalike.core.discovery import Findings, discover_found
from lookalike.core.listing import Lister
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.reasons import Code
from lookalike.core.scan import scan
from lookalike.samples import photo

from . import drive_not_answering
from .drive_not_answering import Drive

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the stand-in mount table is Linux's"
)


def _escaped(path: Path) -> str:
    """`path` as the mount table writes it: a space, a tab, a line break and a backslash in octal."""
    return "".join(f"\\{ord(char):03o}" if char in " \t\n\\" else char for char in os.fspath(path))


@pytest.fixture
def mounted_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Makes the system's table of mounts (a stand-in) name a folder, beside "/", as Linux would."""
    table = tmp_path / "mountinfo"
    table.write_text("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n")
    monkeypatch.setattr(mounts, "TABLE", os.fspath(table))

    def mounted(folder: Path) -> None:
        with table.open("a") as lines:
            lines.write(f"40 22 0:50 / {_escaped(folder)} rw,relatime shared:2 - nfs4 nas:/share rw\n")

    return mounted


def _home(home: Path, share: str = "nas") -> Path:
    """A home folder: a picture and its copy, a picture in a folder after the share (by name), and
    the share (made as a folder), a picture in it; the share's folder."""
    (home / "Pictures").mkdir(parents=True)
    (home / "zz later").mkdir()
    photo(1, (320, 240)).save(home / "Pictures" / "a.jpg", quality=90)
    (home / "Pictures" / "copy.jpg").write_bytes((home / "Pictures" / "a.jpg").read_bytes())
    photo(2, (320, 240)).save(home / "zz later" / "b.jpg", quality=90)
    (home / share).mkdir(parents=True)
    photo(3, (320, 240)).save(home / share / "x.jpg", quality=90)
    return home / share


def _found(result: ScanResult) -> list[str]:
    return sorted(record.entry.path.name for record in result.images)


@pytest.mark.parametrize("share", ["nas", "my nas"], ids=["plain name", "a space in its name"])
def test_a_share_mounted_inside_the_scanned_folder_that_does_not_answer_is_said_and_left_out(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mounted_at: Callable[[Path], None],
    dead: list[Drive],
    share: str,
) -> None:
    """The home folder scanned, a dead share mounted in it: the share is given reach.PATIENCE, then
    said not to answer; everything beside it is found and grouped as ever."""
    nas = _home(tmp_path / "home", share)
    mounted_at(nas)
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    dead.append(drive_not_answering.stop_answering(nas, monkeypatch))

    started = time.monotonic()
    result = scan([tmp_path / "home"], ScanOptions(use_cache=False))
    took = time.monotonic() - started

    assert took < 4.0, took
    assert _found(result) == ["a.jpg", "b.jpg", "copy.jpg"]
    (group,) = result.groups
    assert sorted(member.path.name for member in group.members) == ["a.jpg", "copy.jpg"]
    assert [str(warning) for warning in result.warnings] == [
        str(Code.FOLDER_NOT_ANSWERING(folder=os.fspath(nas)))
    ]
    assert result.errors == () and not result.cancelled


def test_a_dead_share_is_told_apart_however_the_scanned_folder_is_spelt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mounted_at: Callable[[Path], None], dead: list[Drive]
) -> None:
    """The folder scanned through a link to it (as a home folder at /home, a link to /usr/home):
    the table names the share by its real path, the walk spells it through the link."""
    nas = _home(tmp_path / "real home")
    (tmp_path / "home").symlink_to(tmp_path / "real home")
    mounted_at(nas)
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    dead.append(drive_not_answering.stop_answering(nas, monkeypatch))
    spelt = tmp_path / "home" / "nas"
    dead.append(drive_not_answering.stop_answering(spelt, monkeypatch))

    started = time.monotonic()
    findings = Findings()
    found = list(discover_found((tmp_path / "home",), ScanOptions(), findings))
    took = time.monotonic() - started

    assert took < 4.0, took
    assert sorted(name for files in found for name in files.paths.names) == ["a.jpg", "b.jpg", "copy.jpg"]
    assert findings.warnings == [Code.FOLDER_NOT_ANSWERING(folder=os.fspath(spelt))]


def test_stop_while_a_mounted_share_is_waited_for_stops_the_scan_within_a_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mounted_at: Callable[[Path], None], dead: list[Drive]
) -> None:
    """However long the patience given a share, Stop does not wait for it."""
    nas = _home(tmp_path / "home")
    mounted_at(nas)
    monkeypatch.setattr(reach, "PATIENCE", 60.0)
    dead.append(drive_not_answering.stop_answering(nas, monkeypatch))

    started = time.monotonic()
    result = scan(
        [tmp_path / "home"], ScanOptions(use_cache=False), cancelled=lambda: time.monotonic() > started + 0.5
    )
    took = time.monotonic() - started

    assert took < 1.5, took
    assert result.cancelled


@pytest.mark.parametrize(
    "options",
    [ScanOptions(exclude=("nas/",)), ScanOptions(recursive=False)],
    ids=["excluded", "not recursive"],
)
def test_a_dead_share_not_walked_anyway_is_not_waited_for(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mounted_at: Callable[[Path], None],
    dead: list[Drive],
    options: ScanOptions,
) -> None:
    """A share left out by an exclude pattern (what a person does about a share that holds a scan),
    or in a scan of the folder alone, is not looked at: no wait, nothing said."""
    nas = _home(tmp_path / "home")
    photo(4, (320, 240)).save(tmp_path / "home" / "top.jpg", quality=90)
    mounted_at(nas)
    monkeypatch.setattr(reach, "PATIENCE", 5.0)
    dead.append(drive_not_answering.stop_answering(nas, monkeypatch))

    started = time.monotonic()
    findings = Findings()
    found = list(discover_found((tmp_path / "home",), options, findings))
    took = time.monotonic() - started

    assert took < 1.0, took
    assert "top.jpg" in [name for files in found for name in files.paths.names]
    assert findings.warnings == []


def test_a_share_that_answers_is_walked_and_never_listed_by_the_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mounted_at: Callable[[Path], None]
) -> None:
    """A live share mounted inside the scanned folder is walked as any folder. The helper listing
    folders in a process of its own (which no patience bounds) is asked neither for it nor for the
    folder it is in, whose listing would look at it (the scan comes to a folder before each); it is
    asked for the others."""
    home = tmp_path / "home"
    nas = _home(home, "mnt/nas")
    (nas / "2019").mkdir()
    photo(5, (320, 240)).save(nas / "2019" / "y.jpg", quality=90)
    for folder in ("Documents", "mnt/a folder"):
        (home / folder).mkdir()
        (home / folder / "d.jpg").write_bytes(folder.encode())
    mounted_at(nas)
    monkeypatch.setattr(listing, "HELPER_FROM", 0)
    monkeypatch.setattr(listing, "WAITED_FOR", True)
    monkeypatch.setattr(listing, "KEPT_EVERY", 1_000)  # all asked for but the first
    asked: list[str] = []
    real_ask = Lister.ask

    def ask(self: Lister, folder: str) -> bool:
        asked.append(folder)
        return real_ask(self, folder)

    monkeypatch.setattr(Lister, "ask", ask)
    findings = Findings()
    found = list(discover_found((home,), ScanOptions(), findings, helper=Lister))

    assert sorted(os.path.relpath(path, home) for files in found for path in map(os.fspath, files.paths)) == [
        "Documents/d.jpg", "Pictures/a.jpg", "Pictures/copy.jpg", "mnt/a folder/d.jpg", "mnt/nas/2019/y.jpg",
        "mnt/nas/x.jpg", "zz later/b.jpg",
    ]  # fmt: skip
    assert findings.warnings == [] and findings.errors == []
    assert os.fspath(home / "zz later") in asked
    assert os.fspath(nas) not in asked and os.fspath(home / "mnt") not in asked, asked


def test_the_mount_table_is_read_as_the_system_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linux escapes a space, a tab, a line break and a backslash in a mount point's name; a name
    that is not UTF-8 is kept as os.fsdecode gives it; macOS's `mount` does not escape."""
    table = tmp_path / "mountinfo"
    table.write_bytes(
        b"22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        b"40 22 0:50 / /home/me/my\\040nas rw,relatime shared:2 - cifs //nas/photos rw\n"
        b"41 22 0:51 /sub /media/a\\011b\\012c\\134d rw - nfs4 nas:/x rw\n"
        b"42 22 0:52 / /mnt/caf\xe9 rw master:3 - fuse.sshfs me@host: rw\n"
    )
    monkeypatch.setattr(mounts, "TABLE", os.fspath(table))

    assert mounts.mount_points() == {
        "/", "/home/me/my nas", "/media/a\tb\nc\\d", os.fsdecode(b"/mnt/caf\xe9"),
    }  # fmt: skip
    assert mounts.from_mount_command(
        b"/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        b"map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)\n"
        b"//me@nas._smb._tcp.local/Photos on /Users/me/My NAS (smbfs, nodev, nosuid, mounted by me)\n"
    ) == ["/", "/System/Volumes/Data/home", "/Users/me/My NAS"]


def test_folders_whose_names_begin_as_the_dead_shares_are_still_scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mounted_at: Callable[[Path], None], dead: list[Drive]
) -> None:
    """Hostile: beside the dead share "nas", folders named "nas2" and "nas backup" on this computer,
    and a live share mounted at "nas3". Out of reach is the share's folder and what is below it, never
    a folder whose name only begins the same: their pictures are found, and their copies grouped."""
    home = tmp_path / "home"
    nas = _home(home)
    for name in ("nas2", "nas backup", "nas3"):
        (home / name).mkdir()
        photo(9, (320, 240)).save(home / name / "same.jpg", quality=90)
    mounted_at(nas)
    mounted_at(home / "nas3")
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    dead.append(drive_not_answering.stop_answering(nas, monkeypatch))

    result = scan([home], ScanOptions(use_cache=False))

    found = sorted(os.fspath(record.entry.path.relative_to(home)) for record in result.images)
    assert found == [
        "Pictures/a.jpg", "Pictures/copy.jpg", "nas backup/same.jpg", "nas2/same.jpg", "nas3/same.jpg",
        "zz later/b.jpg",
    ]  # fmt: skip
    assert sorted(sorted(m.path.parent.name for m in g.members) for g in result.groups) == [
        ["Pictures", "Pictures"],
        ["nas backup", "nas2", "nas3"],
    ]
    assert [str(warning) for warning in result.warnings] == [
        str(Code.FOLDER_NOT_ANSWERING(folder=os.fspath(nas)))
    ]
