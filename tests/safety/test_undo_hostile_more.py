"""Undo of a trash or move run under hostile conditions not covered elsewhere: real files, real
mounts where the system lets the tests make them, the real (temporary) XDG trash."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lookalike.core import restore
from lookalike.core.actions import carry_out
from lookalike.core.reasons import Code
from lookalike.core.restore import undo_last
from lookalike.ui.review import Review

from .conftest import make_copies, mark, needs_byte_names, needs_posix, scan_folder, trashed
from .test_undo_last_action import act


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
    assert report.not_restored[0].reason == Code.NOT_ON_ITS_DRIVE(folder=str(mounted))
    # Plugged in again, the stick still lacks it, and Undo can put it back there.
    assert _mount_bind(store, mounted)
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [paths[1]]
    assert (store / "photos" / "b.jpg").read_bytes() == content


def test_a_file_trashed_off_a_drive_unplugged_since_stays_in_the_trash(
    tmp_path: Path, trash: Path, drive: tuple[Path, Path]
) -> None:
    """The same with the Trash: the stick (here on the disk of the home Trash, as a bind mount of a
    folder of the home is) sent its copy to the Trash of the home. Unplugged, Undo found the copy in
    the Trash and made its folders in the empty mount point. Now the copy stays in the Trash, and
    comes back onto the stick once it is plugged in again."""
    store, mounted = drive
    journal = tmp_path / "journal.jsonl"
    paths = make_copies(mounted / "photos", names=("a.jpg", "b.jpg"))
    content = paths[1].read_bytes()
    result = scan_folder(mounted / "photos")
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    assert len(carry_out(plan, journal=journal).done) == 1
    in_the_trash = trashed(trash)
    assert len(in_the_trash) == 1
    subprocess.run(["umount", str(mounted)], check=True)

    for dry_run in (True, False):
        report = undo_last(journal, dry_run=dry_run)
        assert report is not None and not report.restored
        assert [o.reason for o in report.not_restored] == [Code.NOT_ON_ITS_DRIVE(folder=str(mounted))]
    assert list(mounted.iterdir()) == [] and trashed(trash) == in_the_trash

    assert _mount_bind(store, mounted)
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [paths[1]]
    assert (store / "photos" / "b.jpg").read_bytes() == content and trashed(trash) == []


def test_a_file_at_the_top_of_a_drive_unplugged_since_is_not_put_into_its_mount_point(
    tmp_path: Path, drive: tuple[Path, Path]
) -> None:
    """No folder to make: the files were at the top of the stick, whose mount point stays, an empty
    folder of the computer's own disk, once it is unplugged. The file was put in there."""
    store, mounted = drive
    journal = tmp_path / "journal.jsonl"
    paths = make_copies(mounted, names=("a.jpg", "b.jpg"))
    content = paths[1].read_bytes()
    result = scan_folder(mounted)
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    moved_to = tmp_path / "moved"
    assert len(carry_out(plan, destination=moved_to, journal=journal).done) == 1
    subprocess.run(["umount", str(mounted)], check=True)

    report = undo_last(journal)

    assert report is not None and not report.restored
    assert [o.reason for o in report.not_restored] == [Code.NOT_ON_ITS_DRIVE(folder=str(mounted))]
    assert list(mounted.iterdir()) == [] and (moved_to / "b.jpg").read_bytes() == content
    assert _mount_bind(store, mounted)
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [paths[1]]
    assert (store / "b.jpg").read_bytes() == content


def _without_drives(journal: Path) -> None:
    """The journal as a version that recorded no drive wrote it."""
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        for name in ("device", "mount", "volume"):
            line.pop(name, None)
    journal.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def test_a_journal_that_records_no_drive_makes_no_folder_and_still_puts_files_back(
    tmp_path: Path, drive: tuple[Path, Path]
) -> None:
    """A journal an earlier version wrote says nothing of drives: which drive a missing folder was on
    is not known, so none is made (the stick unplugged, its empty mount point stays empty); into a
    folder that is there, its files are put back as before."""
    store, mounted = drive
    journal = tmp_path / "journal.jsonl"
    paths = make_copies(mounted / "photos", names=("a.jpg", "b.jpg"))
    content = paths[1].read_bytes()
    result = scan_folder(mounted / "photos")
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    moved_to = tmp_path / "moved"
    assert len(carry_out(plan, destination=moved_to, journal=journal).done) == 1
    _without_drives(journal)
    subprocess.run(["umount", str(mounted)], check=True)

    report = undo_last(journal)

    assert report is not None and not report.restored
    gone = Code.FOLDER_GONE_DRIVE_UNKNOWN(folder=str(mounted / "photos"))
    assert [o.reason for o in report.not_restored] == [gone]
    assert list(mounted.iterdir()) == [] and (moved_to / "b.jpg").read_bytes() == content
    assert _mount_bind(store, mounted)
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [paths[1]]
    assert (store / "photos" / "b.jpg").read_bytes() == content


def test_the_journal_records_the_drive_of_each_files_folder(tmp_path: Path, drive: tuple[Path, Path]) -> None:
    """What undo checks against: the folder's device, the mount point it is on, each line alike."""
    _, mounted = drive
    journal = tmp_path / "journal.jsonl"
    paths = make_copies(mounted / "photos", names=("a.jpg", "b.jpg"))
    result = scan_folder(mounted / "photos")
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    assert len(carry_out(plan, destination=tmp_path / "moved", journal=journal).done) == 1
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert [line["state"] for line in lines] == ["intent", "done"]
    assert all(line["device"] == os.stat(mounted).st_dev for line in lines)
    assert all(line["mount"] == os.path.realpath(mounted) for line in lines)


@needs_posix
@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_folder_swapped_for_a_link_just_before_the_file_is_linked_back_is_not_put_through(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """Hostile: undo looked at the old folder's way (no link made since the run), and just then,
    before the file is given its old name, another program moves the folder aside and puts a link
    to another folder (a shared one) in its place. The act path holds its folder open against
    exactly this; putting back named the file by its path, through the link: the person's picture
    went into the other folder, and the report said it was back where it was."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    other = tmp_path / "shared"
    other.mkdir()
    refusing = restore._refuse_new_links
    looked: list[Path] = []

    def swapped_just_after_the_look(folder: Path, since: float) -> None:
        refusing(folder, since)
        looked.append(folder)
        if len(looked) == 2:  # _put_back's look, right before the link
            (tmp_path / "photos").rename(tmp_path / "photos aside")
            os.symlink(other, tmp_path / "photos")

    monkeypatch.setattr(restore, "_refuse_new_links", swapped_just_after_the_look)
    report = undo_last(journal)

    assert report is not None
    assert os.listdir(other) == []  # nothing put into the other folder
    first = gone[0]
    if first in {o.path for o in report.restored}:  # put back where it was: the folder moved aside
        assert (tmp_path / "photos aside" / first.name).read_bytes() == contents[first]
    else:
        where = destination if destination else trash / "files"
        assert first.name in (os.listdir(where) if moved else trashed(trash)) or any(
            p.read_bytes() == contents[first] for p in where.iterdir()
        )


@needs_byte_names
@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_files_whose_names_are_not_utf8_come_back(tmp_path: Path, trash: Path, moved: bool) -> None:
    """Names from an old camera card or a Windows-1252 zip: bytes that are no UTF-8, in the folder's
    name and the file's. The journal, the trash's record (percent-encoded bytes) and the way back all
    keep those bytes: each file comes back under its very name, nothing left where it went."""
    folder = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"Caf\xe9 photos")))
    names = tuple(os.fsdecode(name) for name in (b"a.jpg", b"\xe9t\xe9 1.jpg", b"\xe9t\xe9 2.jpg"))
    paths = make_copies(folder, names=names)
    contents = {path: path.read_bytes() for path in paths}
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    done = carry_out(plan, destination=destination, journal=journal).done
    assert len(done) == 2

    report = undo_last(journal)

    assert report is not None and not report.not_restored
    assert sorted(o.path for o in report.restored) == sorted(paths[1:])
    assert sorted(os.listdir(os.fsencode(folder))) == sorted(os.fsencode(p.name) for p in paths)
    assert all(path.read_bytes() == contents[path] for path in paths)
    assert trashed(trash) == [] and (destination is None or os.listdir(destination) == [])
