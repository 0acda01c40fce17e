"""No file another program renames onto a name is lost when the app removes that name: each name the
app removes (the original of a moved file, the name or copy made for a move that did not happen, the
trashed or moved copy put back, the name made at the old place for a file not put back) is removed
only while it still holds the app's own file, looked at again after the name was set aside.

Each hostile act is a real rename of another program's file onto the name, at the very moment the
app removes the name or renames it away (just_before_each_name_taken_away). What is on disk, in the
report and after undo is asserted afterwards.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lookalike.core import actions, restore
from lookalike.core.actions import Status, carry_out, move_to_free_name
from lookalike.core.restore import undo_last
from lookalike.ui.review import Review

from .conftest import (
    just_before_each_name_taken_away,
    make_copies,
    mark,
    needs_posix,
    scan_folder,
    without_a_rename_that_refuses_to_replace,
)
from .test_undo_last_action import act

pytestmark = needs_posix

THEIRS = b"a file another program renamed onto the name"


def renames_onto(name: Path, scratch: Path, content: bytes = THEIRS) -> Callable[[str], None]:
    """What another program does, once, just before the app takes `name` away: it saves a file of its
    own beside it and renames that file onto `name` (as a sync client or a photo app saving does)."""
    done: list[str] = []

    def before(taken: str) -> None:
        if done or os.path.basename(taken) != name.name:
            return
        done.append(taken)
        (scratch / "incoming.part").write_bytes(content)
        os.rename(scratch / "incoming.part", name)

    return before


def private_names(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".lookalike-")]


@pytest.mark.parametrize("drive", ["renames without replacing", "cannot rename without replacing"])
def test_a_file_renamed_onto_a_moved_files_name_as_it_is_removed_stays(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, drive: str
) -> None:
    """Hostile: a file is linked into the folder moved to, checked, and just as its old name is
    removed another program renames a file of its own onto that name. That file stays there, whole;
    the move is skipped in plain words; the picture's bytes stay, under the name made for them, and
    nothing private is left behind. Also on a drive without a rename that refuses to replace.
    (The code before looked, then removed the name: the other program's file was lost.)"""
    keep, copy = make_copies(tmp_path / "photos")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    moved = tmp_path / "moved"
    if drive == "cannot rename without replacing":
        without_a_rename_that_refuses_to_replace(monkeypatch)
    just_before_each_name_taken_away(monkeypatch, renames_onto(copy, tmp_path))

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=moved, journal=tmp_path / "j"
    )

    assert copy.read_bytes() == THEIRS
    (outcome,) = report.outcomes
    assert outcome.status is Status.SKIPPED and "changed or replaced" in str(outcome.reason)
    assert (moved / copy.name).read_bytes() == original and keep.exists()
    assert private_names(copy.parent) == [] and private_names(moved) == []


def test_a_file_renamed_onto_a_moved_files_name_twice_is_kept_at_a_private_name_said_in_words(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: as the moved file's old name is removed, another program renames a file of its own
    onto it, and just as the app gives that file its name back, a second file of its takes the name.
    Neither is lost: the second stays at the name, the first at the private name the app gave it,
    which the report names in words. (The code before removed the first file for good.)"""
    keep, copy = make_copies(tmp_path / "photos")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    moved = tmp_path / "moved"
    first = renames_onto(copy, tmp_path)
    second = b"a second file saved at the name"
    taken: list[str] = []

    def before(name: str) -> None:
        first(name)
        if os.path.basename(name).startswith(".lookalike-") and name.endswith(".removing") and not taken:
            taken.append(name)  # the name set aside is given back: take the name again first
            (tmp_path / "second.part").write_bytes(second)
            os.rename(tmp_path / "second.part", copy)

    just_before_each_name_taken_away(monkeypatch, before)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=moved, journal=tmp_path / "j"
    )

    assert copy.read_bytes() == second
    (aside,) = private_names(copy.parent)
    assert (copy.parent / aside).read_bytes() == THEIRS
    assert (moved / copy.name).read_bytes() == original and keep.exists()
    (outcome,) = report.outcomes
    assert outcome.status is Status.SKIPPED
    assert str(outcome.reason) == (
        f"another program put a file at {copy} just as Lookalike removed that name, and then another "
        f"file took the name again: that file was kept, whole, as {copy.parent / aside}"
    )


def test_a_file_renamed_onto_the_name_a_move_made_as_it_is_taken_back_stays(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: the original of a move cannot leave its folder (stood in for by its removal refused
    as a folder nothing can leave refuses it), so the name made for it in the folder moved to is
    taken back; just then another program renames a file of its own onto that name. That file
    stays, whole; the original stays where it was. (The code before removed the other file.)"""
    keep, copy = make_copies(tmp_path / "photos")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    moved = tmp_path / "moved"

    def cannot_leave(*args: Any, **named: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(copy))

    monkeypatch.setattr(actions, "_drop_moved_name", cannot_leave)
    just_before_each_name_taken_away(monkeypatch, renames_onto(moved / copy.name, tmp_path))

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=moved, journal=tmp_path / "j"
    )

    (outcome,) = report.outcomes
    assert outcome.status is Status.FAILED
    assert (moved / copy.name).read_bytes() == THEIRS
    assert copy.read_bytes() == original and private_names(moved) == []


def test_a_file_renamed_onto_a_name_given_elsewhere_as_it_is_removed_stays(tmp_path: Path) -> None:
    """Hostile: a file is given a free name in another folder (move_to_free_name: a hard link, then
    its old name removed), and just as its old name is removed another program renames a file of its
    own onto it. That file stays, whole; the file moved stays at its new name. (The code before
    removed the other file.)"""
    folder, into = tmp_path / "from", tmp_path / "into"
    folder.mkdir()
    source = folder / "picture.jpg"
    source.write_bytes(b"the picture")
    with pytest.MonkeyPatch.context() as patched:
        just_before_each_name_taken_away(patched, renames_onto(source, tmp_path))
        with pytest.raises(actions.NoLongerChecked):
            move_to_free_name(source, into)

    assert source.read_bytes() == THEIRS
    assert (into / "picture.jpg").read_bytes() == b"the picture"
    assert private_names(folder) == []


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_file_renamed_onto_the_trashed_or_moved_name_as_it_is_put_back_stays(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """Hostile: undo has linked a trashed (or moved) file back into its old place, and just as it
    removes the name in the trash (or the folder moved to) another program renames a file of its own
    onto that name. That file stays, whole; the picture is back at its old place, whole. (The code
    before removed the other file.)"""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    first = gone[0]
    just_before_each_name_taken_away(monkeypatch, renames_onto(where / first.name, tmp_path))

    report = undo_last(journal)

    assert report is not None
    assert (where / first.name).read_bytes() == THEIRS
    assert first.read_bytes() == contents[first]
    assert gone[1].read_bytes() == contents[gone[1]]
    assert private_names(where) == []


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_file_renamed_onto_the_old_place_as_undo_takes_its_name_back_stays(
    tmp_path: Path, trash: Path, moved: bool
) -> None:
    """Hostile: undo has linked a file back into its old place, but cannot remove it from where it
    went (stood in for by that removal refused as a folder nothing can leave refuses it), so it takes
    the name at the old place back; just then another program renames a file of its own onto that
    name. That file stays, whole; the picture stays where it went, whole, and comes back once the
    old place is free. (The code before removed the other file.)"""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    first = gone[0]
    dropping = restore._drop_restored_name

    def cannot_leave_once(name: Path, kept_as: Path, identity: Any) -> None:
        if name.name == first.name and not refused:
            refused.append(name)
            raise PermissionError(errno.EPERM, "Operation not permitted", str(name))
        dropping(name, kept_as, identity)

    refused: list[Path] = []
    with pytest.MonkeyPatch.context() as patched:  # the trash stays pointed at tmp_path after it
        patched.setattr(restore, "_drop_restored_name", cannot_leave_once)
        just_before_each_name_taken_away(patched, renames_onto(first, tmp_path))
        report = undo_last(journal)

    assert refused and report is not None and first in {o.path for o in report.not_restored}
    assert first.read_bytes() == THEIRS
    assert (where / first.name).read_bytes() == contents[first]
    assert gone[1].read_bytes() == contents[gone[1]]
    assert private_names(first.parent) == []
    first.unlink()  # the person moves the other file away: the picture now comes back
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [first]
    assert first.read_bytes() == contents[first]


def test_a_drive_error_on_the_private_name_gives_the_file_its_name_back(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: a network or FUSE drive fails (EIO) just as the moved file's old name, set aside under
    a private name, is removed. The file gets its name back, whole, the move is said to have failed,
    the folder moved to keeps no second copy, and nothing is left under a hidden name. (The code
    before left the only name of the picture a hidden dot-file, and the move's copy removed.)"""
    keep, copy = make_copies(tmp_path / "photos")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    moved = tmp_path / "moved"
    real_unlink = os.unlink
    failed: list[str] = []

    def unlink_failing_once(path: Any, *args: Any, **kwargs: Any) -> None:
        if os.fspath(path).endswith(".removing") and not failed:
            failed.append(os.fspath(path))
            raise OSError(errno.EIO, "Input/output error", os.fspath(path))
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink_failing_once)  # stands in for the drive's failing call
    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=moved, journal=tmp_path / "j"
    )

    assert failed  # the drive's error happened where it is meant to
    (outcome,) = report.outcomes
    assert outcome.status is not Status.DONE and "Input/output error" in str(outcome.reason)
    assert copy.read_bytes() == original and keep.exists()
    assert private_names(copy.parent) == [] and not any(moved.iterdir())
