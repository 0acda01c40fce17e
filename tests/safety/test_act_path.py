"""Nothing is lost: each match is re-established from the files at the moment of acting.

Each test builds a hostile situation for real after the scan, acts through the window's
path and through `lookalike apply`, then checks the disk and the trash.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from lookalike.core import renaming
from lookalike.core.actions import Status, carry_out
from lookalike.samples import photo
from lookalike.ui.review import Review
from tests.safety.conftest import (
    Act,
    apply_file,
    ends_without_waiting_on,
    make_copies,
    mark,
    needs_posix,
    save_result,
    scan_folder,
    trashed,
)


def _restore_times(path: Path, st: os.stat_result) -> None:
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_identical_copies_are_trashed_when_nothing_changed(tmp_path: Path, trash: Path, act: Act) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    outcome = act(result, mark(result, {keep}))
    assert outcome.exit_code in (None, 0)
    assert keep.exists() and not copy.exists()
    assert trashed(trash) == ["b.jpg"]


def test_a_keeper_deleted_after_the_scan_protects_the_last_copy(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    keep.unlink()
    outcome = act(result, mark(result, {keep}))
    assert copy.exists() and trashed(trash) == []
    assert outcome.exit_code in (None, 1)
    assert any("the copy you keep is gone" in reason for reason in outcome.skipped())


def test_a_keeper_edited_after_the_scan_keeps_the_copy(tmp_path: Path, trash: Path, act: Act) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    st = keep.stat()
    data = bytearray(keep.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a same-size edit, its modification time set back
    keep.write_bytes(bytes(data))
    _restore_times(keep, st)
    act(result, mark(result, {keep}))
    assert copy.exists() and trashed(trash) == []


def test_a_same_size_edit_with_its_time_set_back_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    st = copy.stat()
    Image.new("RGB", (320, 240), "red").save(tmp_path / "edit.jpg")
    edited = (tmp_path / "edit.jpg").read_bytes()[: st.st_size].ljust(st.st_size, b"\0")
    copy.write_bytes(edited)
    _restore_times(copy, st)
    assert copy.stat().st_size == st.st_size and copy.stat().st_mtime_ns == st.st_mtime_ns
    outcome = act(result, mark(result, {keep}))
    assert copy.read_bytes() == edited and trashed(trash) == []
    assert any("changed" in reason for reason in outcome.skipped())


def test_a_rescan_notices_a_same_size_edit_with_its_time_set_back(tmp_path: Path) -> None:
    _keep, copy = make_copies(tmp_path / "photos")
    assert len(scan_folder(tmp_path / "photos").groups) == 1
    st = copy.stat()
    photo(9, (320, 240)).save(tmp_path / "other.jpg", quality=90)
    other = (tmp_path / "other.jpg").read_bytes()
    copy.write_bytes(other[: st.st_size].ljust(st.st_size, b"\0"))
    _restore_times(copy, st)
    again = scan_folder(tmp_path / "photos")
    assert again.stats.cached == 1  # only the untouched file came from the cache
    assert [m.path for g in again.groups for m in g.members] == []


def test_copies_over_32_mb_are_compared_byte_for_byte(tmp_path: Path, trash: Path, act: Act) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    photo(1, (320, 240)).save(folder / "big.jpg", quality=90)
    with open(folder / "big.jpg", "ab") as stream:  # JPEG decoders ignore what follows the picture
        stream.write(os.urandom(33 * 1024 * 1024))
    shutil.copyfile(folder / "big.jpg", folder / "big copy.jpg")
    shutil.copyfile(folder / "big.jpg", folder / "big edited.jpg")
    result = scan_folder(folder)
    assert len(result.groups) == 1 and len(result.groups[0].members) == 3
    edited = folder / "big edited.jpg"
    st = edited.stat()
    with open(edited, "r+b") as stream:  # one byte near the end, far past the old 32 MB limit
        stream.seek(st.st_size - 10)
        stream.write(b"X")
    _restore_times(edited, st)
    act(result, mark(result, {folder / "big.jpg"}))
    assert trashed(trash) == ["big copy.jpg"]
    assert edited.exists() and (folder / "big.jpg").exists()


@needs_posix
def test_a_folder_swapped_for_a_link_after_the_scan_is_left_alone(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    root = tmp_path / "photos"
    keep, _copy = make_copies(root, names=("a.jpg", "sub/b.jpg"))
    result = scan_folder(root)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "sub").rename(elsewhere / "sub")  # the same file, now outside the scanned folder
    os.symlink(elsewhere / "sub", root / "sub")
    outcome = act(result, mark(result, {keep}))
    assert (elsewhere / "sub" / "b.jpg").exists() and trashed(trash) == []
    assert any("not inside the scanned folders" in reason for reason in outcome.skipped())


@needs_posix
def test_a_file_swapped_for_a_link_to_the_keeper_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    copy.unlink()
    os.symlink(keep, copy)
    act(result, mark(result, {keep}))
    assert keep.exists() and copy.is_symlink() and trashed(trash) == []


@needs_posix
def test_a_file_swapped_for_a_fifo_is_skipped_without_hanging(tmp_path: Path, trash: Path, act: Act) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    copy.unlink()
    os.mkfifo(copy)
    outcome = act(result, mark(result, {keep}))
    assert keep.exists() and trashed(trash) == []
    assert any("no longer a regular file" in reason for reason in outcome.skipped())


def test_a_file_in_a_reference_folder_is_never_removed(tmp_path: Path, trash: Path, act: Act) -> None:
    root = tmp_path / "photos"
    keep, archived = make_copies(root, names=("a.jpg", "archive/b.jpg"))
    result = scan_folder(root, reference_roots=(root / "archive",))
    # The person (or an edited file) marks the archived copy DELETE anyway.
    outcome = act(result, mark(result, {keep}))
    assert archived.exists() and trashed(trash) == []
    assert any("reference folder" in reason for reason in outcome.skipped())


def test_a_group_marked_all_delete_keeps_every_copy(tmp_path: Path, trash: Path, act: Act) -> None:
    first, second = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    act(result, mark(result, set()))
    assert first.exists() and second.exists() and trashed(trash) == []


def test_a_similar_copy_is_checked_again_by_a_fresh_decode(tmp_path: Path, trash: Path, act: Act) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    picture = photo(3, (640, 480))
    picture.save(folder / "original.jpg", quality=95)
    picture.resize((320, 240)).save(folder / "small.jpg", quality=80)
    picture.save(folder / "converted.png")
    result = scan_folder(folder)
    assert len(result.groups) == 1 and len(result.groups[0].members) == 3
    act(result, mark(result, {folder / "original.jpg"}))
    assert trashed(trash) == ["converted.png", "small.jpg"]


def test_a_similar_copy_replaced_by_another_picture_stays(tmp_path: Path, trash: Path, act: Act) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    picture = photo(3, (640, 480))
    picture.save(folder / "original.jpg", quality=95)
    picture.resize((320, 240)).save(folder / "small.jpg", quality=80)
    result = scan_folder(folder)
    (folder / "small.jpg").unlink()
    photo(4, (320, 240)).save(folder / "small.jpg", quality=80)  # another picture under the old name
    outcome = act(result, mark(result, {folder / "original.jpg"}))
    assert (folder / "small.jpg").exists() and trashed(trash) == []
    assert any("replaced" in reason or "changed" in reason for reason in outcome.skipped())


@needs_posix
def test_a_hard_link_of_the_keeper_is_not_counted_or_trashed(tmp_path: Path, trash: Path, act: Act) -> None:
    folder = tmp_path / "photos"
    keep, _copy = make_copies(folder)
    os.link(keep, folder / "c.jpg")
    result = scan_folder(folder)
    assert [sorted(p.name for p in names) for names in result.hard_links] == [["a.jpg", "c.jpg"]]
    group = result.groups[0]
    assert {m.path.name for m in group.members} == {"a.jpg", "b.jpg"}
    # a.jpg has another name: trashing it would free nothing, so it never counts as space to free.
    size = (folder / "b.jpg").stat().st_size
    linked_marked = Review.from_result(result, {folder / "a.jpg": False, folder / "b.jpg": True})
    assert linked_marked.delete_bytes == 0
    assert Review.from_result(result, mark(result, {keep})).delete_bytes == size
    act(result, mark(result, {keep}))
    assert trashed(trash) == ["b.jpg"] and (folder / "c.jpg").exists()


@needs_posix
def test_a_folder_swapped_for_a_link_to_the_keepers_own_folder_keeps_the_keeper(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """sub/a.jpg was a copy of a.jpg; after the scan `sub` is replaced by a link to the root itself,
    so the path of the copy now names the keeper. Trashing "the copy" would trash the last one."""
    root = tmp_path / "photos"
    keep, _copy = make_copies(root, names=("a.jpg", "sub/a.jpg"))
    result = scan_folder(root)
    (root / "sub").rename(tmp_path / "old-sub")
    os.symlink(root, root / "sub")
    outcome = act(result, mark(result, {keep}))
    assert keep.exists() and trashed(trash) == []
    assert outcome.skipped()


def test_a_picture_reached_as_a_root_and_inside_one_and_by_a_hard_link_is_one_picture(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """One file named as a root of its own, found again inside a scanned folder and under a hard
    link there: scanned once under the name found first (the root), its other names listed, never a
    copy of itself; only the real copy beside it is trashed. Discovery lets go of the names of
    files found once when it ends, never of those of a file found again."""
    folder = tmp_path / "photos"
    keep, copy = make_copies(folder)
    os.link(keep, folder / "c.jpg")
    result = scan_folder(keep, folder)
    assert result.stats.images == 2
    assert [[p.name for p in names] for names in result.hard_links] == [["a.jpg", "a.jpg", "c.jpg"]]
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["a.jpg", "b.jpg"]]
    act(result, mark(result, {keep}))
    assert trashed(trash) == ["b.jpg"] and keep.exists() and (folder / "c.jpg").exists()
    assert not copy.exists()


@pytest.mark.parametrize("becomes", ["another copy moved over it", "a link to another copy"])
@needs_posix
def test_a_large_similar_copy_swapped_after_its_digest_is_checked_is_not_decoded_nor_trashed(
    tmp_path: Path, trash: Path, act: Act, monkeypatch: pytest.MonkeyPatch, becomes: str
) -> None:
    """A similar copy over 256 MB is checked again at the moment of acting: its digest, read a piece
    at a time, then a fresh decode of it. Hostile: right after its digest was taken, its name is
    taken by another copy of the kept picture (moved over it, or a link). What is decoded is the
    file whose digest was taken or nothing: it is not compared, nor trashed, and the name keeps
    what took it."""
    from lookalike.core import fingerprint, recheck

    folder = tmp_path / "photos"
    folder.mkdir()
    keep, large, another = folder / "keep.png", folder / "large.png", tmp_path / "another.png"
    photo(5, (96, 72)).save(keep)
    with open(large, "wb") as padded:  # the same picture, then sparse zeros after its end
        padded.write(keep.read_bytes())
        padded.truncate(fingerprint.LARGE_FILE + 4096)
    shutil.copyfile(keep, another)
    result = scan_folder(folder)
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["keep.png", "large.png"]]
    taken = recheck.digest_stream
    swapped: list[bool] = []

    def swapped_once_taken(stream: Any) -> str:
        digest = taken(stream)
        if not swapped and os.fstat(stream.fileno()).st_size > fingerprint.LARGE_FILE:
            swapped.append(True)
            if becomes == "another copy moved over it":
                os.replace(another, large)
            else:
                large.unlink()
                large.symlink_to(another)
        return digest

    monkeypatch.setattr(recheck, "digest_stream", swapped_once_taken)
    outcome = act(result, mark(result, {keep}))

    assert swapped and trashed(trash) == []
    said = "no longer the file read" if becomes == "another copy moved over it" else "symbolic link"
    assert any("could not be compared again" in reason and said in reason for reason in outcome.skipped())
    assert keep.exists() and large.read_bytes() == keep.read_bytes()
    assert large.is_symlink() == (becomes == "a link to another copy")


@needs_posix
@pytest.mark.parametrize("action", ["trash", "move to a folder", "move to another drive"])
def test_copies_in_a_folder_nothing_can_leave_stay_and_leave_nothing_behind(
    tmp_path: Path,
    trash: Path,
    immutable: Callable[[Path], None],
    action: str,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    """Hostile: the copies marked DELETE are in a folder nothing can be removed from (a read-only
    drive, a locked share; here an immutable folder). Acting fails for each, in plain words; both
    copies stay where they are, and nothing is left behind: no trash entry, no copy or second name
    in the folder moved to."""
    keep_folder, copies = tmp_path / "photos" / "keep", tmp_path / "photos" / "locked"
    (keep,) = make_copies(keep_folder, names=("a.jpg",))
    copy, other = copies / "b.jpg", copies / "c.jpg"
    copies.mkdir()
    for name in (copy, other):
        shutil.copyfile(keep, name)
    result = scan_folder(tmp_path / "photos")
    assert sorted(m.path.name for g in result.groups for m in g.members) == ["a.jpg", "b.jpg", "c.jpg"]
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    moved = tmp_path / "moved"
    if action == "move to another drive":  # a copy made and checked, not a second name
        if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
            pytest.skip("no second file system here")
        elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
        request.addfinalizer(elsewhere.cleanup)
        moved = Path(elsewhere.name) / "moved"
    immutable(copies)

    extra = ("--move-to", str(moved)) if action.startswith("move") else ()
    outcome = apply_file(saved, *extra, capsys=capsys)

    assert outcome.exit_code == 1, outcome.output
    said = [line for line in outcome.output.splitlines() if line.startswith(("skipped:", "failed:"))]
    assert len(said) == 2 and all("you may not change this file or its folder" in line for line in said), said
    assert copy.read_bytes() == other.read_bytes() == keep.read_bytes()
    # (send2trash leaves its record of each in the trash's info folder, with nothing behind it:
    # its issue #101, fixed by its pull request #113, not yet released.)
    assert trashed(trash) == []
    assert not moved.exists() or list(moved.iterdir()) == []


@needs_posix
@pytest.mark.parametrize("action", ["trash", "move to a folder"])
def test_a_journal_that_cannot_be_written_stops_moves_but_not_trashing(
    tmp_path: Path, trash: Path, immutable: Callable[[Path], None], action: str
) -> None:
    """Hostile: the action journal's folder takes no writes (a full or read-only drive; here made
    immutable). Trashing goes on, the Trash keeping its own record of where each file came from,
    and the report says once that the journal could not be written; a move, of which the journal
    alone would tell where each file came from, moves nothing, and says why for each file."""
    from lookalike.core.actions import carry_out

    folder = tmp_path / "photos"
    keep, copy, other = make_copies(folder, names=("a.jpg", "b.jpg", "c.jpg"))
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {keep})).plan()
    journal_folder, moved = tmp_path / "data", tmp_path / "moved"
    journal_folder.mkdir()
    immutable(journal_folder)

    report = carry_out(
        plan,
        destination=moved if action == "move to a folder" else None,
        journal=journal_folder / "actions.jsonl",
    )

    assert len(report.warnings) == 1 and "could not be written" in str(report.warnings[0])
    assert not (journal_folder / "actions.jsonl").exists()
    if action == "trash":
        assert len(report.done) == 2 and sorted(trashed(trash)) == ["b.jpg", "c.jpg"]
        assert "the Trash still records where each file came from" in str(report.warnings[0])
        assert keep.exists() and not copy.exists() and not other.exists()
    else:
        assert (
            not report.done
            and [str(o.reason) for o in report.outcomes]
            == ["not moved: the action journal, which records where it came from, could not be written"] * 2
        )
        assert keep.exists() and copy.exists() and other.exists() and not moved.exists()
        assert "Trash" not in str(report.warnings[0])


@needs_posix
def test_a_fifo_where_the_journal_should_be_never_blocks_acting_or_undoing(
    tmp_path: Path, trash: Path
) -> None:
    """Hostile: a FIFO stands where the action journal should be, which a plain open for writing
    would wait on until something reads it, and a plain read until something writes. Trashing goes
    on at once, saying once that the journal could not be written; a move moves nothing; putting
    back the last run finds nothing to put back, at once; the FIFO is left as it is."""
    from lookalike.core.actions import carry_out
    from lookalike.core.restore import last_run, undo_last

    folder = tmp_path / "photos"
    keep, *_ = make_copies(folder, names=("a.jpg", "b.jpg", "c.jpg"))
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {keep})).plan()
    journal = tmp_path / "actions.jsonl"
    os.mkfifo(journal)
    outcomes: list[Any] = []

    def act_and_undo() -> None:
        outcomes.append(carry_out(plan, destination=tmp_path / "moved", journal=journal))
        outcomes.append(carry_out(plan, journal=journal))
        outcomes.append((last_run(journal), undo_last(journal)))

    ends_without_waiting_on(
        journal, act_and_undo, 30, "acting or undoing waits on a FIFO where the journal should be"
    )
    moved, trashed_run, (run, undone) = outcomes
    assert not moved.done and not (tmp_path / "moved").exists()
    assert len(trashed_run.done) == 2 and sorted(trashed(trash)) == ["b.jpg", "c.jpg"]
    (warning,) = trashed_run.warnings
    assert str(warning).startswith(f"The action journal {journal} could not be written")
    assert run is None and undone is None and journal.is_fifo() and keep.exists()


@needs_posix
@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_link_where_the_journal_should_be_never_gets_the_journal_written_into_what_it_leads_to(
    tmp_path: Path, trash: Path, link: str
) -> None:
    """Hostile: where the action journal should be stands a link to a picture: a symbolic one, or a
    hard one (another name of the picture itself, which no link check sees). No line of the journal
    is ever appended to the picture: trashing goes on, saying once that the journal could not be
    written; a move moves nothing; the picture and the link are as they were."""
    from lookalike.core.actions import carry_out

    folder = tmp_path / "photos"
    keep, *_ = make_copies(folder, names=("a.jpg", "b.jpg", "c.jpg"))
    precious = tmp_path / "elsewhere" / "precious.jpg"
    make_copies(precious.parent, 7, names=(precious.name,))
    before = precious.read_bytes()
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {keep})).plan()
    journal = tmp_path / "data" / "actions.jsonl"
    journal.parent.mkdir()
    if link == "symbolic":
        journal.symlink_to(precious)
    else:
        os.link(precious, journal)

    moved = carry_out(plan, destination=tmp_path / "moved", journal=journal)
    trashed_run = carry_out(plan, journal=journal)

    assert precious.read_bytes() == before and journal.samefile(precious)
    assert journal.is_symlink() == (link == "symbolic")
    if link == "symbolic":
        assert journal.readlink() == precious
    assert not moved.done and not (tmp_path / "moved").exists()
    assert len(trashed_run.done) == 2 and sorted(trashed(trash)) == ["b.jpg", "c.jpg"]
    (warning,) = trashed_run.warnings
    assert str(warning).startswith(f"The action journal {journal} could not be written")


@needs_posix
def test_a_name_too_long_for_the_trash_is_offered_a_move_and_moved_whole(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """The Trash keeps its record of a file as NAME.trashinfo: a name of 246 to 255 bytes, which the
    folder takes, is too long for it. The file stays, and the Trash is said to be unavailable for it
    (the window then offers a move), not that the system refused it; moved, it goes whole."""
    name = "a" * (255 - len(".jpg")) + ".jpg"
    keep, copy = make_copies(tmp_path / "photos", names=("keep.jpg", name))
    result = scan_folder(tmp_path / "photos")

    outcome = act(result, mark(result, {keep}))

    assert keep.exists() and copy.exists() and trashed(trash) == []
    words = "its name is too long for the Trash, which adds to it"
    if outcome.report is None:  # lookalike apply
        assert outcome.skipped() == [f"skipped: {copy}: {words}"]
    else:
        assert [o.status for o in outcome.report.problems] == [Status.TRASH_UNAVAILABLE]
        assert outcome.skipped() == [words]
    moved = carry_out(Review.from_result(result, mark(result, {keep})).plan(), destination=tmp_path / "moved")
    assert [o.status for o in moved.outcomes] == [Status.DONE]
    assert not copy.exists() and (tmp_path / "moved" / name).read_bytes() == keep.read_bytes()


@needs_posix
def test_a_move_to_a_drive_that_keeps_no_permissions_moves_each_file_whole(
    tmp_path: Path, trash: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT drive (a USB stick) or a share that keeps no permissions refuses a chmod that changes
    them (EPERM): copystat, made after the copy, raised it and every move there failed, said to be
    'permission denied'. The copy is whole without them: the move goes on, checked by its content.
    Another drive is /dev/shm; its refusal of chmod is the drive's, as FAT's would be."""
    if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
    request.addfinalizer(elsewhere.cleanup)
    moved = Path(elsewhere.name) / "stick"
    keep, copy = make_copies(tmp_path / "photos")
    copy.chmod(0o600)  # a private file: a mode FAT cannot keep
    result = scan_folder(tmp_path / "photos")
    real_chmod = os.chmod

    def keeps_no_permissions(path: Any, mode: int, *args: Any, **kwargs: Any) -> None:
        if str(path).startswith(str(moved)):
            raise PermissionError(1, "Operation not permitted", str(path))
        real_chmod(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", keeps_no_permissions)

    report = carry_out(Review.from_result(result, mark(result, {keep})).plan(), destination=moved)

    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.DONE)]
    assert not copy.exists() and (moved / "b.jpg").read_bytes() == keep.read_bytes()
    assert os.listdir(moved) == ["b.jpg"]  # no copy left under its temporary name


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="extended attributes are Linux's")
def test_a_move_to_another_drive_keeps_the_files_times_mode_and_extended_attributes(
    tmp_path: Path, trash: Path, request: pytest.FixtureRequest
) -> None:
    """A copy to another drive carries what a file manager shows of the file: its time, its mode and
    its extended attributes (where it was downloaded from, tags), as shutil.copystat did before the
    copy was made inside the folder held open. Another drive is /dev/shm."""
    if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    keep, copy = make_copies(tmp_path / "photos")
    try:
        os.setxattr(copy, "user.xdg.origin.url", b"https://example.org/b.jpg")
    except OSError:
        pytest.skip("this drive keeps no extended attributes")
    copy.chmod(0o640)
    os.utime(copy, ns=(1_600_000_000 * 10**9, 1_650_000_000 * 10**9))
    elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
    request.addfinalizer(elsewhere.cleanup)
    moved = Path(elsewhere.name) / "moved"
    result = scan_folder(tmp_path / "photos")

    report = carry_out(Review.from_result(result, mark(result, {keep})).plan(), destination=moved)

    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.DONE)]
    arrived = moved / "b.jpg"
    assert not copy.exists() and arrived.read_bytes() == keep.read_bytes()
    assert arrived.stat().st_mtime_ns == 1_650_000_000 * 10**9
    assert stat.S_IMODE(arrived.stat().st_mode) == 0o640
    try:
        assert os.getxattr(arrived, "user.xdg.origin.url") == b"https://example.org/b.jpg"
    except OSError as exc:
        if exc.errno != errno.ENOTSUP:
            raise
        pytest.skip("the other drive keeps no extended attributes")


@needs_posix
@pytest.mark.parametrize("into", ["reference folder", "link to a reference folder", "Trash", "volume Trash"])
def test_nothing_is_moved_into_a_reference_folder_or_a_trash(
    into: str, tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder to move to inside a reference folder put the copies where no later scan suggests
    them; inside a Trash (its files folder, a drive's .Trash-1000), emptying it deleted them for good,
    nothing there saying where they came from. Every file stays, said why."""
    keep, copy = make_copies(tmp_path / "photos" / "new")
    archive = tmp_path / "photos" / "archive"
    archive.mkdir()
    destination = {
        "reference folder": archive / "moved",
        "link to a reference folder": tmp_path / "to-archive",
        "Trash": trash / "files",
        "volume Trash": tmp_path / ".Trash-1000" / "files",
    }[into]
    if into == "link to a reference folder":
        destination.symlink_to(archive, target_is_directory=True)
    result = scan_folder(tmp_path / "photos", reference_roots=(archive,))
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")

    outcome = apply_file(saved, "--move-to", str(destination), capsys=capsys)

    assert outcome.exit_code == 1 and keep.exists() and copy.exists()
    inside = "reference folder" if "reference" in into else "Trash, which emptying deletes for good"
    said = f"the folder to move to is inside a {inside}: choose another"
    assert outcome.skipped() == [f"skipped: {copy}: {said}"]
    assert not destination.exists() or copy.name not in {path.name for path in destination.rglob("*")}


@needs_posix
@pytest.mark.parametrize("dry_run", [False, True], ids=["move", "dry run"])
@pytest.mark.parametrize("destination_is", ["a file", "a link that leads nowhere", "under a file"])
def test_a_folder_to_move_to_that_is_no_folder_is_refused_in_words_before_any_file(
    tmp_path: Path, trash: Path, destination_is: str, dry_run: bool
) -> None:
    """The folder chosen to move to is a file (or a link to nothing, or a path through a file). Every
    copy stays, each said to be left because the folder to move to is not a folder, nothing is made
    anywhere, and the file stays as it was. (The old code tried each file, failing each with the
    system's "File exists" or "Not a directory"; a dry run passed them all.)"""
    keep, *copies = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg"))
    result = scan_folder(tmp_path / "photos")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("the person's notes")
    destination = {
        "a file": a_file,
        "a link that leads nowhere": tmp_path / "to nowhere",
        "under a file": a_file / "moved",
    }[destination_is]
    if destination_is == "a link that leads nowhere":
        destination.symlink_to(tmp_path / "nowhere", target_is_directory=True)
    before = sorted(os.listdir(tmp_path))

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(),
        destination=destination,
        journal=tmp_path / "journal",
        dry_run=dry_run,
    )

    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.SKIPPED) for copy in copies]
    said = "the folder to move to is not a folder (a file, or a link that leads nowhere): choose another"
    assert {str(o.reason) for o in report.outcomes} == {said}
    assert all(copy.exists() for copy in copies) and keep.exists() and trashed(trash) == []
    assert a_file.read_text() == "the person's notes"
    assert sorted(name for name in os.listdir(tmp_path) if not name.startswith("journal")) == before


@needs_posix
def test_a_name_the_drive_moved_to_does_not_allow_is_said_in_words(
    tmp_path: Path, trash: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT drive (a USB stick) refuses names with characters such as : and ? (EINVAL), after it
    refused the hard link (it keeps none): the copy of such a name stays, said in words, not as the
    system's "Invalid argument"; the copy of an allowed name is moved, and nothing is left on the
    drive but it (no copy, no probe). Another drive is /dev/shm; its refusals are the drive's, as
    FAT's would be (no FAT can be mounted in a test): the hard link, and the name in the rename
    that refuses to replace (a name that drive allows, it renames so)."""
    if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
    request.addfinalizer(elsewhere.cleanup)
    stick = Path(elsewhere.name) / "stick"
    keep, allowed, refused = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "what?.jpg"))
    result = scan_folder(tmp_path / "photos")
    on_the_stick = os.stat(elsewhere.name).st_dev
    real_link, real_rename = os.link, renaming._no_replace_call()
    assert real_rename is not None

    def onto_the_stick(name: Any, dir_fd: int | None) -> bool:
        folder = os.fstat(dir_fd) if dir_fd is not None else os.stat(Path(os.fsdecode(name)).parent)
        return folder.st_dev == on_the_stick

    def fat_link(src: Any, dst: Any, **named: Any) -> None:
        if onto_the_stick(dst, named.get("dst_dir_fd")):
            raise PermissionError(1, "Operation not permitted", str(dst))  # FAT keeps no hard links
        real_link(src, dst, **named)

    def fat_rename(from_folder: int, src: bytes, to_folder: int, dst: bytes) -> int:
        if b"?" in dst and onto_the_stick(dst, None if to_folder == renaming._AT_FDCWD else to_folder):
            ctypes.set_errno(errno.EINVAL)
            return -1
        return real_rename(from_folder, src, to_folder, dst)

    monkeypatch.setattr(os, "link", fat_link)
    monkeypatch.setattr(renaming, "_no_replace_call", lambda: fat_rename)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=stick, journal=tmp_path / "j"
    )

    outcomes = {o.path: o for o in report.outcomes}
    assert outcomes[allowed].status is Status.DONE and not allowed.exists()
    assert outcomes[refused].status is Status.FAILED and refused.read_bytes() == keep.read_bytes()
    said = "the drive of the folder to move to does not allow this file's name"
    assert str(outcomes[refused].reason).startswith(said), outcomes[refused].reason
    assert os.listdir(stick) == ["b.jpg"]


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="extended attributes are Linux's")
def test_a_file_whose_comments_the_drive_moved_to_cannot_keep_stays_with_them(
    tmp_path: Path, trash: Path, request: pytest.FixtureRequest
) -> None:
    """A picture on one drive carries a long comment in an extended attribute (as KDE's file manager
    keeps comments, tags and ratings); the drive moved to takes fewer bytes of them for a file (ext4:
    one block). The move fails in words and the file stays where it was with its comment, not moved
    without it (the code before passed over the refusal and removed the original)."""
    if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
    request.addfinalizer(elsewhere.cleanup)
    keep, copy = make_copies(Path(elsewhere.name) / "photos")
    comment = ("Grandma's 80th birthday, the whole family. " * 150).encode()[:6000]
    try:
        os.setxattr(copy, "user.xdg.comment", comment)
    except OSError:
        pytest.skip("this drive keeps no such extended attributes")
    probe = tmp_path / "probe"
    probe.touch()
    try:
        os.setxattr(probe, "user.xdg.comment", comment)
        pytest.skip("the drive moved to keeps this comment: nothing to refuse")
    except OSError as exc:
        if exc.errno == errno.ENOTSUP:
            pytest.skip("the drive moved to keeps no extended attributes")
    result = scan_folder(Path(elsewhere.name) / "photos")

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=tmp_path / "moved"
    )

    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.FAILED)]
    assert "cannot keep this file's extended attributes" in str(report.outcomes[0].reason)
    assert copy.read_bytes() == keep.read_bytes() and os.getxattr(copy, "user.xdg.comment") == comment
    assert os.listdir(tmp_path / "moved") == []


@needs_posix
def test_a_folder_one_may_write_into_but_not_list_receives_the_moved_copies(
    tmp_path: Path, trash: Path
) -> None:
    """A shared drop box: a folder whose mode lets the person put files in (-wx) but not list them.
    The copies are moved into it, as before the folder moved to was held open (held for reading,
    it refused every file, blaming the person's own file). Run by `lookalike apply` in a process
    of its own, without root's power to read any folder where the tests run as root."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "result.json")
    dropbox = tmp_path / "dropbox"
    dropbox.mkdir()
    dropbox.chmod(0o300)
    command = [sys.executable, "-m", "lookalike", "apply", str(saved), "--move-to", str(dropbox)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root reads any folder, and setpriv is not here to give that up")
        command = ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", *command]
    environment = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    finally:
        dropbox.chmod(0o700)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not copy.exists() and keep.exists()
    assert [path.read_bytes() for path in dropbox.iterdir()] == [keep.read_bytes()]
