"""Nothing is lost to what other programs do while the app acts: the copy kept is looked at again
for every file, and a file is moved only while it is the file checked.

Each hostile act happens for real, at a moment fixed by the run itself: after a file is acted on
(the run's progress), or as the journal records an intent or a copy to another drive is checked
(the real functions wrapped, run in full). What is on disk, in the trash and in the report is
asserted afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from lookalike.core import actions
from lookalike.core.actions import Status, carry_out
from lookalike.core.restore import undo_last
from lookalike.samples import photo
from lookalike.ui.review import Review
from tests.safety.conftest import (
    ends_without_waiting_on,
    just_before_each_name_given,
    make_copies,
    mark,
    needs_posix,
    save_result,
    scan_folder,
    trashed,
    without_a_rename_that_refuses_to_replace,
    without_hard_links,
)


def _similar_copies(folder: Path) -> list[Path]:
    """A photo and two smaller re-saves of it: one group, the copies matched by their pixels."""
    folder.mkdir(parents=True)
    picture = photo(3, (1024, 768))
    picture.save(folder / "a.jpg", quality=95)
    picture.resize((800, 600)).save(folder / "b.jpg", quality=85)
    picture.resize((640, 480)).save(folder / "c.jpg", quality=80)
    return [folder / name for name in ("a.jpg", "b.jpg", "c.jpg")]


def _identical_copies(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    photo(1, (320, 240)).save(folder / "a.jpg", quality=90)
    for name in ("b.jpg", "c.jpg"):
        shutil.copyfile(folder / "a.jpg", folder / name)
    return [folder / name for name in ("a.jpg", "b.jpg", "c.jpg")]


def _removed(keep: Path, elsewhere: Path) -> None:
    keep.unlink()


def _replaced(keep: Path, elsewhere: Path) -> None:
    photo(9, (320, 240)).save(elsewhere / "new.jpg", quality=90)
    os.replace(elsewhere / "new.jpg", keep)


@pytest.mark.parametrize("copies", [_identical_copies, _similar_copies], ids=["identical", "similar"])
@pytest.mark.parametrize("keeper_is", [_removed, _replaced], ids=["removed", "replaced"])
@pytest.mark.parametrize("action", ["trash", "move"])
def test_a_keeper_gone_while_its_copies_are_acted_on_keeps_the_last_copy(
    tmp_path: Path,
    trash: Path,
    copies: Callable[[Path], list[Path]],
    keeper_is: Callable[[Path, Path], None],
    action: str,
) -> None:
    """Hostile: another program removes (or replaces) the copy kept as soon as the first copy of
    its group has gone. The second copy stays: its group would otherwise keep none."""
    keep, _, _ = copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["a.jpg", "b.jpg", "c.jpg"]]
    moved = tmp_path / "moved"

    def another_program(done: int, _total: int) -> None:
        if done == 1:
            keeper_is(keep, tmp_path)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(),
        destination=moved if action == "move" else None,
        journal=tmp_path / "journal",
        progress=another_program,
    )

    first, second = report.outcomes
    assert first.status is Status.DONE
    assert second.status is Status.SKIPPED and second.path.exists()
    assert "the copy you keep" in str(second.reason), second.reason
    gone = trashed(trash) if action == "trash" else sorted(p.name for p in moved.iterdir())
    assert gone == [first.path.name]


def _saved_over(name: Path, elsewhere: Path) -> bytes:
    """What an editor or sync tool does when it saves: a new version written beside the file and
    renamed over its name. Returns the new version's bytes."""
    new_version = bytearray(name.read_bytes())
    new_version[-1] ^= 0xFF  # the same size
    (elsewhere / "saving").write_bytes(new_version)
    os.replace(elsewhere / "saving", name)
    return bytes(new_version)


def _written_in_place(name: Path, _elsewhere: Path) -> bytes:
    """A new version written into the file itself, its modification time set back: only its
    status change time (ctime) tells. Returns the new version's bytes."""
    before = name.stat()
    with name.open("r+b") as file:
        file.seek(-1, os.SEEK_END)
        last = file.read(1)
        file.seek(-1, os.SEEK_END)
        file.write(bytes([last[0] ^ 0xFF]))
    os.utime(name, ns=(before.st_atime_ns, before.st_mtime_ns))
    return name.read_bytes()


@needs_posix
@pytest.mark.parametrize(
    ("drive", "save"),
    [
        ("same drive", _saved_over),
        ("another drive", _saved_over),
        ("another drive", _written_in_place),  # on the same drive the move keeps its file whole
    ],
    ids=["same drive", "another drive", "another drive, written in place"],
)
def test_a_file_saved_over_while_it_is_moved_is_left_as_saved(
    tmp_path: Path,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    drive: str,
    save: Callable[[Path, Path], bytes],
) -> None:
    """Hostile: another program saves a new version over the copy's name after its last check,
    while it is moved: on the same drive as the journal records the move (before the file gets its
    new name), on another drive while its copy there is checked. The new version stays where it
    was saved, whole; the move is skipped in plain words; nothing is left in the folder moved to.
    (The old code moved the new version unchecked on the same drive, and on another drive removed
    it for good, after copying the old one.)"""
    photos = tmp_path / "photos"
    photos.mkdir()
    photo(1, (320, 240)).save(photos / "a.jpg", quality=90)
    shutil.copyfile(photos / "a.jpg", photos / "b.jpg")
    keep, copy = photos / "a.jpg", photos / "b.jpg"
    result = scan_folder(photos)
    moved = tmp_path / "moved"
    saved: list[bytes] = []
    if drive == "another drive":
        if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
            pytest.skip("no second file system here")
        elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
        request.addfinalizer(elsewhere.cleanup)
        moved = Path(elsewhere.name) / "moved"
        checking_copy = actions.digest_stream

        def digest_while_saved_over(stream: BinaryIO) -> str:
            if not saved:
                saved.append(save(copy, tmp_path))
            return checking_copy(stream)

        monkeypatch.setattr(actions, "digest_stream", digest_while_saved_over)
    else:
        writing = actions._JournalWriter.write

        def write_while_saved_over(self: Any, action: Any, state: str, *rest: Any, **named: Any) -> bool:
            if state == "intent" and not saved:
                saved.append(save(copy, tmp_path))
            return writing(self, action, state, *rest, **named)

        monkeypatch.setattr(actions._JournalWriter, "write", write_while_saved_over)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(),
        destination=moved,
        journal=tmp_path / "journal",
    )

    assert saved, "the other program never saved"
    (outcome,) = report.outcomes
    assert outcome.status is Status.SKIPPED
    assert "changed or replaced" in str(outcome.reason), outcome.reason
    assert copy.read_bytes() == saved[0]
    assert keep.exists()
    assert not moved.exists() or list(moved.iterdir()) == []
    assert trashed(trash) == []


@needs_posix
@pytest.mark.parametrize("run", ["apply", "undo"])
def test_a_run_begun_while_another_lookalike_acts_waits_for_it(tmp_path: Path, trash: Path, run: str) -> None:
    """Another Lookalike (the window while `lookalike apply` runs) holds the lock of the runs that
    move files or put them back: a run begun meanwhile touches nothing until it lets go, then does
    its work. (Without it, two runs keeping crossed copies each found the other's copy kept still
    there and removed theirs: groups kept no copy; two undos said files they both put back failed.)"""
    import fcntl

    keep, copy = _identical_copies(tmp_path / "photos")[:2]
    (tmp_path / "photos" / "c.jpg").unlink()
    result = scan_folder(tmp_path / "photos")
    journal = tmp_path / "journal"
    plan = Review.from_result(result, mark(result, {keep})).plan()
    if run == "undo":
        assert carry_out(plan, journal=journal).done
        assert not copy.exists()
    other = (tmp_path / "journal.lock").open("ab")  # the other Lookalike, on the same journal
    fcntl.flock(other.fileno(), fcntl.LOCK_EX)
    done: list[object] = []

    def this_run() -> None:
        done.append(carry_out(plan, journal=journal) if run == "apply" else undo_last(journal))

    worker = threading.Thread(target=this_run)
    worker.start()
    worker.join(1.0)
    assert worker.is_alive() and not done, "the run did not wait for the other one"
    assert copy.exists() == (run == "apply") and trashed(trash) == (["b.jpg"] if run == "undo" else [])
    other.close()  # the other run ends
    worker.join(10)
    assert done and not worker.is_alive()
    assert copy.exists() == (run == "undo") and trashed(trash) == ([] if run == "undo" else ["b.jpg"])


@needs_posix
def test_two_runs_keeping_crossed_copies_at_once_keep_a_copy_of_every_picture(
    tmp_path: Path, trash: Path
) -> None:
    """Hostile: two `lookalike apply` at once on pairs of identical copies, one keeping the first of
    each pair, the other the second (the window and the command line after one scan). Every
    picture keeps a copy in its folder; the other copy is in the Trash."""
    folder = tmp_path / "photos"
    folder.mkdir()
    pairs = 40
    for seed in range(pairs):
        photo(seed, (96, 64)).save(folder / f"p{seed:02}.jpg", quality=90)
        shutil.copyfile(folder / f"p{seed:02}.jpg", folder / f"p{seed:02}-copy.jpg")
    result = scan_folder(folder)
    assert len(result.groups) == pairs
    firsts = {m.path for g in result.groups for m in g.members if not m.path.stem.endswith("-copy")}
    seconds = {m.path for g in result.groups for m in g.members} - firsts
    results = [
        save_result(result, mark(result, kept), tmp_path / f"keep-{name}.json")
        for name, kept in (("first", firsts), ("second", seconds))
    ]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "lookalike", "apply", str(saved)],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for saved in results
    ]
    assert [run.wait(120) for run in runs] != [None, None]

    left = {path.name for path in folder.iterdir()}
    assert all(f"p{seed:02}.jpg" in left or f"p{seed:02}-copy.jpg" in left for seed in range(pairs)), left
    assert len(left) + len(trashed(trash)) == 2 * pairs


@needs_posix
def test_a_folder_to_move_to_whose_files_names_grow_too_long_is_said_in_words(
    tmp_path: Path, trash: Path
) -> None:
    """Hostile: the folder chosen to move to is so deep that its path and a file's name together
    pass the system's longest path. The move fails in words, the copy stays (finding the name for
    the journal's intent line ended the run with a traceback)."""
    keep, copy, _ = _identical_copies(tmp_path / "photos")
    (tmp_path / "photos" / "c.jpg").unlink()
    copy = copy.rename(copy.with_name("b" * 200 + ".jpg"))  # a long name, as cameras' apps give
    result = scan_folder(tmp_path / "photos")
    deep = tmp_path / "moved"
    while len(os.fsencode(deep)) < 3900:  # with the copy's name, past the longest path (4,095)
        deep /= "d" * 250
    deep.mkdir(parents=True)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=deep, journal=tmp_path / "j"
    )

    (outcome,) = report.outcomes
    assert outcome.status is Status.FAILED and "too long" in str(outcome.reason), outcome.reason
    assert copy.exists() and keep.exists() and trashed(trash) == []


@needs_posix
@pytest.mark.parametrize("lock_is", ["a FIFO", "a link to a picture"])
def test_something_in_place_of_the_runs_lock_never_blocks_acting_nor_changes_a_picture(
    tmp_path: Path, trash: Path, lock_is: str
) -> None:
    """Hostile: a FIFO, or a link to one of the pictures, stands where the lock that keeps runs
    apart is made. Acting neither waits on it nor locks or writes through the link: the copy goes
    to the Trash, the picture the link leads to stays as it was (a plain open waited on the FIFO
    for ever)."""
    keep, _, other = _identical_copies(tmp_path / "photos")
    other.rename(tmp_path / "elsewhere.jpg")
    before = (tmp_path / "elsewhere.jpg").read_bytes()
    result = scan_folder(tmp_path / "photos")
    journal = tmp_path / "journal"
    lock = tmp_path / "journal.lock"
    if lock_is == "a FIFO":
        os.mkfifo(lock)
    else:
        os.symlink(tmp_path / "elsewhere.jpg", lock)
    plan = Review.from_result(result, mark(result, {keep})).plan()
    done: list[object] = []

    ends_without_waiting_on(
        lock, lambda: done.append(carry_out(plan, journal=journal)), 20, "acting waited on the lock's FIFO"
    )

    assert done and trashed(trash) == ["b.jpg"] and keep.exists()
    assert (tmp_path / "elsewhere.jpg").read_bytes() == before


@needs_posix
@pytest.mark.parametrize(
    ("drive", "when"),
    [
        ("same drive", "between files"),
        ("another drive", "between files"),
        ("another drive", "while a copy is written"),
    ],
)
def test_a_folder_to_move_to_swapped_for_a_link_during_the_run_receives_nothing_through_it(
    tmp_path: Path,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    drive: str,
    when: str,
) -> None:
    """Hostile: while the copies are moved, another program renames the folder moved to away and puts
    in its place a link to another folder of the person's: after the first file is moved, or while a
    copy to another drive is on its way (written and on disk, not yet named). No file reaches the
    other folder; each is in the folder moved to (renamed) or where it was, said why; nothing half
    made is left anywhere. (The old code looked the folder's path up again for each file, and moved
    the files after the first through the link.)"""
    keep, *copies = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg", "d.jpg"))
    result = scan_folder(tmp_path / "photos")
    base = tmp_path
    if drive == "another drive":
        if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
            pytest.skip("no second file system here")
        elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
        request.addfinalizer(elsewhere.cleanup)
        base = Path(elsewhere.name)
    moved, renamed, other = base / "moved", base / "moved away", base / "other"
    other.mkdir()
    (other / "theirs.txt").write_text("the person's own")
    swapped: list[bool] = []

    def swap() -> None:
        moved.rename(renamed)
        moved.symlink_to(other, target_is_directory=True)
        swapped.append(True)

    def after_the_first(done: int, _total: int) -> None:
        if done == 1 and not swapped:
            swap()

    if when == "while a copy is written":
        writing = os.fsync

        def fsync_then_swap(fd: int) -> None:
            writing(fd)
            if not swapped and os.fstat(fd).st_dev == base.stat().st_dev:  # the copy, on its drive
                swap()

        monkeypatch.setattr(os, "fsync", fsync_then_swap)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(),
        destination=moved,
        journal=tmp_path / "journal",
        progress=after_the_first if when == "between files" else None,
    )

    assert swapped, "the other program never swapped the folder"
    assert os.listdir(other) == ["theirs.txt"]
    arrived = sorted(os.listdir(renamed))
    assert all(name.endswith(".jpg") for name in arrived), arrived  # no copy left half made
    for outcome in report.outcomes:
        assert outcome.path.exists() != (outcome.path.name in arrived), outcome
        if outcome.status is not Status.DONE:
            assert outcome.status is Status.SKIPPED, outcome
            assert "the folder to move to was moved or replaced" in str(outcome.reason), outcome.reason
    assert [o.status for o in report.outcomes][:1] == [
        Status.DONE if when == "between files" else Status.SKIPPED
    ]
    assert len(report.outcomes) == len(copies) and keep.exists() and trashed(trash) == []


@needs_posix
def test_the_folder_to_move_to_is_judged_as_held_not_by_a_path_another_program_turns_meanwhile(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: the path chosen to move to is a link to a plain folder, which another program turns:
    to a reference folder as the run opens it, to the plain folder while the run looks where it
    leads, and back to the reference folder when the run compares it with the folder held. The
    folder held is what is judged (where the system says it is): nothing reaches the reference
    folder, each copy stays, said why. (The code of the session before judged the path, and moved
    every copy into the reference folder.)"""
    keep, *copies = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg"))
    reference, plain, chosen = tmp_path / "archive", tmp_path / "plain", tmp_path / "moved"
    reference.mkdir()
    plain.mkdir()
    (reference / "kept.txt").write_text("the archive's own")
    chosen.symlink_to(plain, target_is_directory=True)
    result = scan_folder(tmp_path / "photos", reference_roots=(reference,))

    def point(to: Path) -> None:
        (tmp_path / "turning").symlink_to(to, target_is_directory=True)
        os.rename(tmp_path / "turning", chosen)

    holding, judged = actions.holding, actions.destination_problem
    turns: list[Path] = []

    @contextlib.contextmanager
    def held_then_turned(path: Path) -> Iterator[actions.Folder]:
        point(reference)
        with holding(path) as folder:
            point(plain)
            turns.append(plain)
            yield folder

    def judged_then_turned_back(path: Path, roots: Sequence[Path]) -> Any:
        said = judged(path, roots)
        if turns and os.readlink(chosen) == str(plain):
            point(reference)
            turns.append(reference)
        return said

    monkeypatch.setattr(actions, "holding", held_then_turned)
    monkeypatch.setattr(actions, "destination_problem", judged_then_turned_back)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=chosen, journal=tmp_path / "j"
    )

    assert turns and os.listdir(reference) == ["kept.txt"] and os.listdir(plain) == []
    assert all(path.exists() for path in (keep, *copies))
    assert [o.status for o in report.outcomes] == [Status.SKIPPED] * len(copies)
    assert all("inside a reference folder" in str(o.reason) for o in report.outcomes)


@needs_posix
def test_a_file_another_program_puts_over_a_moved_copys_new_name_never_costs_the_original(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """Hostile: a copy moved to another drive is checked and given its name; at once another program
    (a sync client) renames a file of its own, of the same size, over that name. The original is not
    removed: the name holds no longer the copy made (its own status, not the name looked up again,
    is what is compared), and the other program's file stays as it is. (The code before removed the
    original of a picture whose bytes were then nowhere.)"""
    if not Path("/dev/shm").is_dir() or os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    elsewhere = tempfile.TemporaryDirectory(dir="/dev/shm")
    request.addfinalizer(elsewhere.cleanup)
    folder = tmp_path / "photos"
    keep, copy, _ = _similar_copies(folder)
    original = copy.read_bytes()
    result = scan_folder(folder)
    moved = Path(elsewhere.name) / "moved"
    claim = actions._claim
    theirs = b"\0" * len(original)

    def claimed_then_replaced(source: Any, into: actions.Folder, wanted: str) -> str:
        name = claim(source, into, wanted)
        (moved / "incoming.part").write_bytes(theirs)
        os.rename(moved / "incoming.part", moved / name)
        return name

    monkeypatch.setattr(actions, "_claim", claimed_then_replaced)
    marks = {m.path: m.path == keep or m.path != copy for g in result.groups for m in g.members}

    report = carry_out(Review.from_result(result, marks).plan(), destination=moved, journal=tmp_path / "j")

    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.SKIPPED)]
    assert copy.read_bytes() == original and keep.exists()
    assert [path.read_bytes() for path in moved.iterdir()] == [theirs]


@needs_posix
def test_a_file_saved_under_the_name_a_copy_is_given_on_a_drive_without_hard_links_stays(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile, moving onto a drive that keeps no hard links (os.link refused as FAT refuses it): the
    copy is made in the folder moved to, and just before it is given its name another program saves
    a file of its own under that name. That file stays, whole; the copy takes the next free name,
    and undo puts it back. (The code before looked, then renamed by path: the other program's file
    was replaced, and lost.)"""
    keep, copy = make_copies(tmp_path / "photos")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    moved, journal = tmp_path / "moved", tmp_path / "journal"
    theirs = b"a file another program saved"
    saved: list[str] = []

    def another_program_saves(name: str) -> None:
        if os.path.basename(name) == copy.name and not saved:
            (moved / copy.name).write_bytes(theirs)
            saved.append(name)

    without_hard_links(monkeypatch)
    just_before_each_name_given(monkeypatch, another_program_saves)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=moved, journal=journal
    )

    assert saved and (moved / copy.name).read_bytes() == theirs
    assert [(o.path, o.status, o.destination) for o in report.outcomes] == [
        (copy, Status.DONE, moved / "b (2).jpg")
    ]
    assert (moved / "b (2).jpg").read_bytes() == original and not copy.exists() and keep.exists()
    assert sorted(os.listdir(moved)) == ["b (2).jpg", "b.jpg"]
    undone = undo_last(journal)
    assert undone is not None and [o.path for o in undone.restored] == [copy]
    assert copy.read_bytes() == original and os.listdir(moved) == ["b.jpg"]
    assert (moved / copy.name).read_bytes() == theirs


@needs_posix
def test_a_drive_that_cannot_rename_without_replacing_receives_no_file_by_a_rename_that_could(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving onto a drive that keeps no hard links and cannot rename without replacing either (exFAT
    by exfat-fuse, FAT by fusefat, GNOME's network shares; each call refused as they refuse it): no
    file goes there by a look and a rename, which would replace a file saved between the two. The
    file stays where it was, said in words; the folder moved to holds nothing, no copy and no
    probe. (The code before moved it so.)"""
    keep, copy = make_copies(tmp_path / "photos")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    moved = tmp_path / "moved"
    without_hard_links(monkeypatch)
    without_a_rename_that_refuses_to_replace(monkeypatch)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=moved, journal=tmp_path / "j"
    )

    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.FAILED)]
    said = "cannot give a file a name without the risk of replacing another file there"
    assert said in str(report.outcomes[0].reason), report.outcomes[0].reason
    assert copy.read_bytes() == original and keep.exists() and os.listdir(moved) == []


@needs_posix
def test_a_folder_to_move_to_replaced_by_a_new_folder_of_that_name_receives_nothing(
    tmp_path: Path, trash: Path
) -> None:
    """Hostile (standing check): after the first file, another program renames the folder moved to
    away and makes a new, empty folder under its name (a sync client re-creating it), no link at all.
    The rest go into neither: the path no longer leads to the folder held, and the journal would
    name a place the files are not. Each stays where it was, said why; the first is in the folder
    renamed, whole."""
    keep, *copies = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg", "d.jpg"))
    result = scan_folder(tmp_path / "photos")
    moved, renamed = tmp_path / "moved", tmp_path / "moved away"
    replaced: list[bool] = []

    def after_the_first(done: int, _total: int) -> None:
        if done == 1 and not replaced:
            moved.rename(renamed)
            moved.mkdir()
            replaced.append(True)

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(),
        destination=moved,
        journal=tmp_path / "journal",
        progress=after_the_first,
    )

    assert replaced and os.listdir(moved) == []
    first, *rest = report.outcomes
    assert first.status is Status.DONE and os.listdir(renamed) == [first.path.name]
    assert (renamed / first.path.name).read_bytes() == keep.read_bytes()
    assert [o.status for o in rest] == [Status.SKIPPED] * len(rest) and all(o.path.exists() for o in rest)
    assert all("the folder to move to was moved or replaced" in str(o.reason) for o in rest)
    assert len(report.outcomes) == len(copies) and keep.exists() and trashed(trash) == []
