"""Undo of a trash or move run under hostile conditions not covered elsewhere: real files, real
mounts where the system lets the tests make them, the real (temporary) XDG trash."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lookalike.core.actions import carry_out
from lookalike.core.restore import undo_last
from lookalike.ui.review import Review

from .conftest import make_copies, mark, scan_folder


def _mount_bind(source: Path, target: Path) -> bool:
    done = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def drive(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A "drive": the folder `store` mounted at `mounted` (a bind mount), as a USB stick or a network
    share is; unmounted by the test to unplug it. Skipped where the tests may not mount."""
    store, mounted = tmp_path / "usb-stick", tmp_path / "media" / "USB"
    store.mkdir()
    mounted.mkdir(parents=True)
    if os.name != "posix" or not _mount_bind(store, mounted):
        pytest.skip("needs a bind mount (root on Linux)")
    try:
        yield store, mounted
    finally:
        subprocess.run(["umount", str(mounted)], capture_output=True, check=False)


@pytest.mark.xfail(
    strict=True,
    reason="restore._make_folders makes the missing folders in the empty mount point of a drive no longer "
    "mounted: the file goes onto another drive, hidden once the drive is back, and Undo says it is back",
)
def test_a_file_moved_off_a_drive_unplugged_since_is_not_put_into_its_empty_mount_point(
    tmp_path: Path, drive: tuple[Path, Path]
) -> None:
    """Duplicates on a USB stick (or an sshfs share) were moved to a folder on the computer. The stick
    is unplugged; Undo. Its mount point is an empty folder of the computer's own disk: the folders
    under it were made there and the file put in, and the report said it was put back where it was.
    Plugged in again, the stick hides that folder: the file is on neither, as far as the person sees."""
    store, mounted = drive
    journal = tmp_path / "journal.jsonl"
    paths = make_copies(mounted / "photos", names=("a.jpg", "b.jpg"))
    content = paths[1].read_bytes()
    result = scan_folder(mounted / "photos")
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    moved_to = tmp_path / "moved"
    assert len(carry_out(plan, destination=moved_to, journal=journal).done) == 1
    subprocess.run(["umount", str(mounted)], check=True)  # the stick unplugged
    assert list(mounted.iterdir()) == []

    report = undo_last(journal)

    assert report is not None
    # Never put onto the computer's disk under the stick's mount point: it stays where it was moved.
    assert not (mounted / "photos").exists()
    assert (moved_to / "b.jpg").read_bytes() == content
    assert [o.path for o in report.not_restored] == [paths[1]]
    # Plugged in again, the stick still lacks it, and Undo can put it back there.
    assert _mount_bind(store, mounted)
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [paths[1]]
    assert (store / "photos" / "b.jpg").read_bytes() == content
