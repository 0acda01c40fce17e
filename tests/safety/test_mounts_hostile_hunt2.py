"""Hostile spellings of the folders where drives are mounted inside the scanned folders (core/mounts.py,
discovery's bounded look at them): a picture mounted on its own (a bind mount of a file) in a scan of
the folder alone, and a mount point whose name holds a character the system's table does not escape.
Real bind mounts where the system lets the tests make them (root on Linux), else a stand-in table."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lookalike.core import discovery, mounts, reach
from lookalike.core.discovery import Findings, discover_found
from lookalike.core.models import ScanOptions
from lookalike.core.reasons import Code
from lookalike.samples import photo

from . import drive_not_answering
from .drive_not_answering import Drive

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's table of mounts")


def _mount_bind(source: Path, target: Path) -> bool:
    done = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def bind(tmp_path: Path) -> Iterator[Callable[[Path, Path], None]]:
    """Bind-mounts a file or a folder at another (skipped where the tests may not mount); each is
    unmounted when the test ends."""
    made: list[Path] = []

    def mount(source: Path, target: Path) -> None:
        if not _mount_bind(source, target):
            pytest.skip("needs a bind mount (root on Linux)")
        made.append(target)

    try:
        yield mount
    finally:
        for target in reversed(made):
            subprocess.run(["umount", str(target)], capture_output=True, check=False)


def _names(found: list[discovery.FoundFiles]) -> list[str]:
    return sorted(name for files in found for name in files.paths.names)


def test_a_picture_mounted_on_its_own_is_found_in_a_scan_of_the_folder_alone(
    tmp_path: Path, bind: Callable[[Path, Path], None]
) -> None:
    """A picture bind-mounted as a file inside the scanned folder (a container's or a sandbox's way of
    showing one file) is a picture there as any other: a scan of that folder alone (not recursive)
    left it out without a word, as though it were a folder not walked."""
    store, folder = tmp_path / "store", tmp_path / "album"
    store.mkdir()
    folder.mkdir()
    photo(1, (320, 240)).save(store / "shared.jpg", quality=90)
    photo(2, (320, 240)).save(folder / "own.jpg", quality=90)
    (folder / "shared.jpg").write_bytes(b"")  # where the file is mounted
    bind(store / "shared.jpg", folder / "shared.jpg")
    assert os.fspath(folder / "shared.jpg") in mounts.mount_points()

    for recursive in (True, False):
        findings = Findings()
        found = list(discover_found((folder,), ScanOptions(recursive=recursive), findings))
        assert _names(found) == ["own.jpg", "shared.jpg"], recursive
        assert findings.warnings == [] and findings.errors == [], recursive


@pytest.mark.parametrize("char", ["\r", "\x0b", "\x0c"], ids=["carriage return", "vertical tab", "form feed"])
def test_a_mount_point_named_with_a_character_the_table_does_not_escape_is_known(
    tmp_path: Path, bind: Callable[[Path, Path], None], char: str
) -> None:
    """Linux escapes a space, a tab, a line break and a backslash in the table of mounts, nothing else:
    a name with a carriage return (a classic Mac "Icon\\r"), a vertical tab or a form feed is there as
    it is, and the table was cut there (bytes.splitlines() and split()): the mount point was unknown,
    its drive walked without patience, and a folder that is no mount point named instead."""
    store, point = tmp_path / "store", tmp_path / f"share{char}2019"
    store.mkdir()
    point.mkdir()
    bind(store, point)

    known = mounts.mount_points()

    assert os.fspath(point) in known
    assert os.fspath(tmp_path / "share") not in known


def _escaped(path: Path) -> str:
    """`path` as the mount table writes it: a space, a tab, a line break and a backslash in octal."""
    return "".join(f"\\{ord(char):03o}" if char in " \t\n\\" else char for char in os.fspath(path))


def test_a_dead_share_named_with_a_carriage_return_is_said_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dead: list[Drive]
) -> None:
    """The scan of a home folder holding a dead share whose name has a carriage return: as with any
    other name, the share is given reach.PATIENCE, then said not to answer; the scan is not held as
    long as the drive."""
    home = tmp_path / "home"
    nas = home / "NAS\rphotos"
    nas.mkdir(parents=True)
    photo(1, (320, 240)).save(home / "a.jpg", quality=90)
    photo(3, (320, 240)).save(nas / "x.jpg", quality=90)
    table = tmp_path / "mountinfo"
    table.write_bytes(
        b"22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        + f"40 22 0:50 / {_escaped(nas)} rw,relatime shared:2 - nfs4 nas:/share rw\n".encode()
    )
    monkeypatch.setattr(mounts, "TABLE", os.fspath(table))
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    dead.append(drive_not_answering.stop_answering(nas, monkeypatch))

    started = time.monotonic()
    findings = Findings()
    found = list(discover_found((home,), ScanOptions(), findings))
    took = time.monotonic() - started

    assert took < 4.0, took
    assert _names(found) == ["a.jpg"]
    assert findings.warnings == [Code.FOLDER_NOT_ANSWERING(folder=os.fspath(nas))]
