"""Putting back the last run when the trash, the journal or the folders were tampered with after it:
real files in tmp_path, the real act path, the real (temporary) XDG trash, and each hostile thing
built for real. Undo must never hang, crash, overwrite, delete, put back a link, act on a line the
journal did not write, leave a second copy behind, or put a file through a folder that became a
link; what it refuses it says."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from lookalike.core import actions, restore
from lookalike.core.actions import carry_out, read_journal
from lookalike.core.fingerprint import digest_file
from lookalike.core.restore import RestoreReport, last_run, undo_last
from lookalike.ui.review import Review

from .conftest import (
    ends_without_waiting_on,
    just_before_each_name_given,
    make_copies,
    mark,
    needs_posix,
    scan_folder,
    trashed,
    without_a_rename_that_refuses_to_replace,
    without_hard_links,
)
from .test_undo_last_action import act

pytestmark = needs_posix


def reasons(report: RestoreReport) -> dict[Path, str]:
    return {o.path: str(o.reason) for o in report.not_restored}


def journal_lines(journal: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]


def append(journal: Path, *lines: bytes) -> None:
    with journal.open("ab") as stream:
        for line in lines:
            stream.write(line + b"\n")


def trashinfo(path: Path, deleted: str) -> bytes:
    return f"[Trash Info]\nPath={path}\nDeletionDate={deleted}\n".encode()


# ---- G1: what the trash's info folder holds --------------------------------------------------------


def test_a_fifo_in_the_trash_info_folder_never_blocks_undo(tmp_path: Path, trash: Path) -> None:
    """Hostile: a FIFO named like a `.trashinfo` in the trash's info folder, which a plain open
    waits on for ever. Undo passes it over at once, puts both files back, and leaves the FIFO."""
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    fifo = trash / "info" / "zzz.trashinfo"
    os.mkfifo(fifo)
    reports: list[RestoreReport | None] = []

    ends_without_waiting_on(
        fifo,
        lambda: reports.append(undo_last(journal)),
        20,
        "undo waits on a FIFO in the trash's info folder",
    )

    (report,) = reports
    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.listdir(trash / "info") == ["zzz.trashinfo"]


def test_links_and_oversized_records_in_the_trash_info_folder_are_not_read(
    tmp_path: Path, trash: Path
) -> None:
    """Hostile: beside the true records, two forged ones name a trashed file's old path with an
    earlier deletion time (so they are looked at first), each with a copy of the same bytes in the
    trash: one is a link to a `.trashinfo` kept elsewhere (it could as well lead to /dev/zero), the
    other a regular file far larger than any record. Neither is read: the file comes back from its
    own record, and the forged records and their copies stay in the trash as they were."""
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    first = gone[0]
    true_record = trash / "info" / f"{first.name}.trashinfo"
    deleted = datetime.fromisoformat(true_record.read_text().split("DeletionDate=")[1].strip())
    forged = trashinfo(first, deleted.isoformat())
    true_record.write_bytes(trashinfo(first, (deleted + timedelta(seconds=1)).isoformat()))
    elsewhere = tmp_path / "elsewhere.trashinfo"
    elsewhere.write_bytes(forged)
    os.symlink(elsewhere, trash / "info" / "linked.trashinfo")
    (trash / "info" / "huge.trashinfo").write_bytes(forged + b"#" * (1024 * 1024))
    for name in ("linked", "huge"):
        (trash / "files" / name).write_bytes(contents[first])

    report = undo_last(journal)

    assert report is not None and sorted(o.path for o in report.restored) == sorted(gone)
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert trashed(trash) == ["huge", "linked"]
    assert sorted(os.listdir(trash / "info")) == ["huge.trashinfo", "linked.trashinfo"]
    assert os.path.islink(trash / "info" / "linked.trashinfo") and elsewhere.exists()


def test_a_volume_trash_is_used_only_as_the_trash_specification_allows(tmp_path: Path) -> None:
    """Hostile: on a shared drive anyone may make `.Trash`, `.Trash/$uid` and `.Trash-$uid`, and put
    anything in them. A shared `.Trash` counts only when it is a folder (not a link) with the sticky
    bit, and each trash folder only when it is a folder (not a link) of the person's own."""
    me = os.getuid()
    other = me + 1  # a person whose folders these are not
    top = tmp_path / "drive"
    top.mkdir()
    for uid in (me, other):
        (top / ".Trash" / str(uid)).mkdir(parents=True)
        (top / f".Trash-{uid}").mkdir()

    os.chmod(top / ".Trash", 0o777)  # no sticky bit: anyone may replace what is in it
    assert restore.volume_trash_folders(top, me) == [top / f".Trash-{me}"]
    os.chmod(top / ".Trash", 0o1777)
    assert restore.volume_trash_folders(top, me) == [top / ".Trash" / str(me), top / f".Trash-{me}"]
    assert restore.volume_trash_folders(top, other) == []  # folders of someone else's

    (top / ".Trash").rename(top / "real-trash")
    os.symlink(top / "real-trash", top / ".Trash")  # a link to a sticky folder is still a link
    (top / f".Trash-{me}").rename(top / "real-own")
    os.symlink(top / "real-own", top / f".Trash-{me}")
    assert restore.volume_trash_folders(top, me) == []


# ---- G6 and G7: damaged or forged lines, damaged or forged records -----------------------------


def hostile_lines(journal: Path, gone: list[Path]) -> dict[str, bytes]:
    last = journal_lines(journal)[-1]
    move = dict(last, action="move")

    def line(**values: object) -> bytes:
        return json.dumps(dict(last, **values)).encode()

    return {
        "nested too deep": b"[" * 200_000,
        "time in year 1": line(run="r1", time="0001-01-01T00:00:00+00:00", path=str(gone[0])),
        "time in year 9999": line(run="r2", time="9999-12-31T23:59:59.999+00:00"),
        "NUL in the path": line(run="r3", path="/tmp/x\0y.jpg"),
        "NUL in the place moved to": json.dumps(dict(move, run="r4", to="/tmp/x\0y.jpg")).encode(),
        "lone surrogate in the path": line(run="r5", path="/tmp/\ud800.jpg"),
        "lone surrogate in the place moved to": json.dumps(
            dict(move, run="r6", to="/tmp/\ud800.jpg")
        ).encode(),
        "relative path": line(run="r7", path="b.jpg"),
        "run no text": line(run=[1, 2]),
        "trashed without a digest": line(run="r8", digest=""),
        "trashed without a size": line(run="r9", size=None),
    }


CASES = (
    "nested too deep",
    "time in year 1",
    "time in year 9999",
    "NUL in the path",
    "NUL in the place moved to",
    "lone surrogate in the path",
    "lone surrogate in the place moved to",
    "relative path",
    "run no text",
    "trashed without a digest",
    "trashed without a size",
)


@pytest.mark.parametrize("case", CASES)
def test_a_damaged_or_forged_journal_line_is_left_out_never_a_traceback(
    tmp_path: Path, trash: Path, case: str
) -> None:
    """Hostile: after a real trash run, one more line no journal writes. Reading the journal, the dry
    run and putting back go on as if it were not there: both files come back from the trash."""
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    append(journal, hostile_lines(journal, gone)[case])

    assert len(read_journal(journal)) in (4, 5)  # the run's four lines, and the hostile one if JSON
    run = last_run(journal)
    assert run is not None and sorted(f.path for f in run.files) == sorted(gone)
    dry = undo_last(journal, dry_run=True)
    assert dry is not None and len(dry.restored) == 2 and len(trashed(trash)) == 2
    report = undo_last(journal)

    assert report is not None and sorted(o.path for o in report.restored) == sorted(gone)
    assert all(path.read_bytes() == contents[path] for path in gone) and trashed(trash) == []


@pytest.fixture
def time_zone() -> Iterator[Callable[[str], None]]:
    """Sets the process's time zone (TZ, as the system reads it); the one before is set back after."""
    before = os.environ.get("TZ")

    def set_zone(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Tokyo"])
@pytest.mark.parametrize("deleted", ["0001-01-01T00:00:00", "9999-12-31T23:59:59", "yesterday"])
def test_a_trash_record_of_a_time_past_the_calendar_is_passed_over(
    tmp_path: Path, trash: Path, time_zone: Callable[[str], None], zone: str, deleted: str
) -> None:
    """Hostile: one `.trashinfo` anywhere in the trash with a deletion time at the calendar's ends
    (naming the trashed file's path, or another). It is passed over, never a traceback: both files
    come back, and the forged record and its copy stay."""
    time_zone(zone)
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    (trash / "info" / "forged.trashinfo").write_bytes(trashinfo(gone[0], deleted))
    (trash / "info" / "other.trashinfo").write_bytes(trashinfo(tmp_path / "x.txt", deleted))
    (trash / "files" / "forged").write_bytes(contents[gone[0]])

    report = undo_last(journal)

    assert report is not None and sorted(o.path for o in report.restored) == sorted(gone)
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert trashed(trash) == ["forged"]
    assert sorted(os.listdir(trash / "info")) == ["forged.trashinfo", "other.trashinfo"]


# ---- G3: the copy put back is the file, never a link in its place ------------------------------


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_link_in_place_of_the_trashed_or_moved_copy_is_never_put_back(
    tmp_path: Path, trash: Path, moved: bool
) -> None:
    """Hostile: the copy in the trash (or the folder moved to) is replaced by a link to a file of
    the same bytes elsewhere. That file is not put back, nor is the link: the old place stays free,
    the link and the file it leads to stay as they are; the other file comes back."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    real = tmp_path / "outside" / "real.jpg"
    real.parent.mkdir()
    real.write_bytes(contents[gone[0]])
    (where / gone[0].name).unlink()
    os.symlink(real, where / gone[0].name)

    report = undo_last(journal)

    assert report is not None and [o.path for o in report.restored] == [gone[1]]
    assert list(reasons(report)) == [gone[0]]
    assert not os.path.lexists(gone[0])
    assert os.path.islink(where / gone[0].name) and real.read_bytes() == contents[gone[0]]
    assert gone[1].read_bytes() == contents[gone[1]] and not gone[1].is_symlink()
    if not moved:
        assert os.listdir(trash / "info") == [f"{gone[0].name}.trashinfo"]


# ---- G5: a forged move line -----------------------------------------------------------------------


def forged_move(journal: Path, path: Path, to: Path, *, intent: bool, **values: object) -> None:
    line: dict[str, object] = {
        "time": "2026-01-01T00:00:00.000+00:00",
        "run": "forged",
        "action": "move",
        "path": str(path),
        **values,
    }
    lines = [json.dumps(dict(line, state="intent")).encode()] if intent else []
    append(journal, *lines, json.dumps(dict(line, state="done", to=str(to))).encode())


def test_a_forged_name_numbered_beyond_any_number_never_ends_undo(tmp_path: Path) -> None:
    """Hostile: a journal line of a move whose `to` is "zz (999…9).jpg", five thousand nines: reading
    it as a name a move gives made a number Python refuses to make, and every undo ended in a
    traceback, the real run before it never to be put back. The line is no name a move gives; the
    journal is read, and undo goes on."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved"
    gone, _ = act(tmp_path / "photos", journal, destination)
    forged_move(
        journal, tmp_path / "photos" / "zz.jpg", destination / f"zz ({'9' * 5000}).jpg", intent=True, size=1,
        digest="0" * 32,
    )  # fmt: skip

    run = last_run(journal)  # the forged run is the newest: its file is refused, said so

    assert run is not None and run.run == "forged"
    assert [str(file.refused) for file in run.files] == ["the journal does not say where it was moved"]
    report = undo_last(journal)
    assert report is not None and not report.restored
    assert all(not path.exists() for path in gone) and len(os.listdir(destination)) == len(gone)


def test_a_forged_move_line_never_moves_a_file(tmp_path: Path) -> None:
    """Hostile: journal lines of a "move" no run made, whose `to` is any file of the person's and
    whose `path` is any free place. Whether they give no size nor digest, a computed size and
    digest without the run's intent, or all of that with a `to` of another name than the file's,
    nothing is moved and the report says the journal does not say where it was moved."""
    victim = tmp_path / "outside" / "secret.txt"
    victim.parent.mkdir()
    victim.write_text("private notes\n")
    size, digest = victim.stat().st_size, digest_file(victim)
    free = tmp_path / "elsewhere" / "new"
    forgeries: list[tuple[Path, bool, dict[str, object]]] = [
        (free / "secret.txt", False, {"digest": ""}),
        (free / "secret.txt", False, {"size": size, "digest": digest}),
        (free / "secret.txt", True, {"size": -1, "digest": digest}),
        (free / "secret.txt", True, {"size": size, "digest": "not a digest"}),
        (free / "notes.txt", True, {"size": size, "digest": digest}),
        (free / "secret (x).txt", True, {"size": size, "digest": digest}),
    ]
    for number, (path, intent, values) in enumerate(forgeries):
        journal = tmp_path / f"journal{number}.jsonl"
        forged_move(journal, path, victim, intent=intent, **values)

        report = undo_last(journal)

        assert report is not None and not report.restored, (number, report)
        assert reasons(report) == {path: "the journal does not say where it was moved"}, number
        assert victim.read_text() == "private notes\n" and not free.exists(), number


def test_a_forged_move_line_with_a_relative_path_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: a forged move line whose `path` is relative (taken against the working folder): no
    line the journal writes, so there is nothing to put back, and the file stays."""
    victim = tmp_path / "outside" / "other.txt"
    victim.parent.mkdir()
    victim.write_text("x")
    monkeypatch.chdir(victim.parent)
    journal = tmp_path / "journal.jsonl"
    forged_move(journal, Path("moved-here.txt"), victim, intent=True, size=1, digest=digest_file(victim))

    assert undo_last(journal) is None
    assert victim.read_text() == "x" and sorted(os.listdir(victim.parent)) == ["other.txt"]


def test_a_file_moved_under_a_numbered_name_comes_back(tmp_path: Path) -> None:
    """The move's own numbered names ("b (2).jpg", when "b.jpg" was taken in the folder moved to)
    are names a move gives: such a run is put back."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved"
    destination.mkdir()
    for name in ("b.jpg", "c.jpg"):
        (destination / name).write_bytes(b"already there")
    gone, contents = act(tmp_path / "photos", journal, destination)
    assert sorted(os.listdir(destination)) == ["b (2).jpg", "b.jpg", "c (2).jpg", "c.jpg"]

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert sorted(os.listdir(destination)) == ["b.jpg", "c.jpg"]


def test_a_long_name_taken_in_the_folder_moved_to_is_moved_shortened_and_comes_back(tmp_path: Path) -> None:
    """A name of 252 bytes already taken in the folder moved to: "name (2).jpg" would be longer than
    any name can be, and the file was refused ("File name too long"), moved nowhere. Its stem is
    shortened by whole letters to make room for " (2)"; undo knows that name for the move's own and
    puts the file back under its own."""
    stem = "写真" * 40 + "x" * 8  # 248 bytes in UTF-8: with ".jpg", 252
    keep, copy = make_copies(tmp_path / "photos", names=("a.jpg", f"{stem}.jpg"))
    destination = tmp_path / "moved"
    destination.mkdir()
    (destination / copy.name).write_bytes(b"already there")
    original = copy.read_bytes()
    result = scan_folder(tmp_path / "photos")
    journal = tmp_path / "journal.jsonl"

    report = carry_out(
        Review.from_result(result, mark(result, {keep})).plan(), destination=destination, journal=journal
    )

    assert [o.status.value for o in report.outcomes] == ["done"]
    arrived = report.outcomes[0].destination
    assert arrived is not None and arrived.name.endswith(" (2).jpg") and len(os.fsencode(arrived.name)) <= 255
    assert stem.startswith(arrived.name.removesuffix(" (2).jpg")) and arrived.read_bytes() == original
    assert not copy.exists() and (destination / copy.name).read_bytes() == b"already there"

    undone = undo_last(journal)

    assert undone is not None and len(undone.restored) == 1 and not undone.not_restored
    assert copy.read_bytes() == original and not arrived.exists()


# ---- G4: a file that cannot leave where it went ---------------------------------------------------


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_file_that_cannot_leave_the_trash_or_the_folder_moved_to_leaves_no_second_copy(
    tmp_path: Path, trash: Path, immutable: Callable[[Path], None], moved: bool
) -> None:
    """Hostile: after the run, the folder the files went to takes nothing out any more (a read-only
    drive, a locked share; here made immutable). Putting back fails for each in plain words, and
    leaves no second name or copy at the old place: the old folder is as it was, each file stays
    whole where it went, and the run can be put back once the folder is usable again."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    immutable(where)

    report = undo_last(journal)

    assert report is not None and not report.restored
    assert set(reasons(report).values()) == {"permission denied: you may not change this file or its folder"}
    assert sorted(os.listdir(tmp_path / "photos")) == ["a.jpg"]
    assert sorted(os.listdir(where)) == sorted(p.name for p in gone)
    assert all(os.stat(where / p.name).st_nlink == 1 for p in gone)
    assert all((where / p.name).read_bytes() == contents[p] for p in gone)
    run = last_run(journal)
    assert run is not None and sorted(f.path for f in run.files) == sorted(gone)


# ---- G2: a folder on the way that became a link ---------------------------------------------------


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
@pytest.mark.parametrize("depth", ["folder", "folder above"])
def test_a_folder_replaced_by_a_link_after_the_run_is_not_put_through(
    tmp_path: Path, trash: Path, moved: bool, depth: str
) -> None:
    """Hostile: after the run, the files' folder (or a folder above it) is moved aside and a link to
    another folder put in its place. Nothing is put through the link: the other folder stays empty
    (no folder made in it), each file stays where it went, and the report says why."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, _ = act(tmp_path / "albums" / "photos", journal, destination)
    swapped = tmp_path / "albums" / "photos" if depth == "folder" else tmp_path / "albums"
    swapped.rename(tmp_path / "aside")
    other = tmp_path / "other"
    other.mkdir()
    os.symlink(other, swapped)

    report = undo_last(journal)

    assert report is not None and not report.restored
    assert set(reasons(report).values()) == {"a link to a folder: not followed"}
    assert os.listdir(other) == []
    where = destination if destination else trash / "files"
    assert sorted(os.listdir(where)) == sorted(p.name for p in gone)


def test_a_link_on_the_way_made_before_the_run_is_followed(tmp_path: Path, trash: Path) -> None:
    """A folder reached through a link that was there before the run (a pictures folder kept on
    another drive) is put back into as it was acted on."""
    real = tmp_path / "drive" / "photos"
    real.mkdir(parents=True)
    linked = tmp_path / "pictures"
    os.symlink(tmp_path / "drive", linked)
    time.sleep(2.5)  # the link is older than the run by more than the clocks' slack
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(linked / "photos", journal)
    assert all(str(path).startswith(str(linked)) for path in gone)

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all((real / p.name).read_bytes() == contents[p] for p in gone) and trashed(trash) == []


# ---- G9: the trash's local time read in another zone -----------------------------------------------


def test_trashed_files_come_back_after_the_time_zone_moved_east(
    tmp_path: Path, trash: Path, time_zone: Callable[[str], None]
) -> None:
    """Trash in one time zone, put back in one nine hours east (a laptop that travelled): the
    trash's records keep local time without a zone, so they seem hours older than the run. The
    files, of the recorded size and content, still come back."""
    time_zone("Europe/London")
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    time_zone("Asia/Tokyo")

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all(path.read_bytes() == contents[path] for path in gone) and trashed(trash) == []


# ---- a run that ended between a file's going and its outcome's line ------------------------------


class _Ended(BaseException):
    """The process ending at that moment (a crash, a power cut): nothing after it runs."""


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_file_gone_just_before_the_run_ended_is_put_back_too(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """Hostile: the run ends (a crash, a power cut) once its second file has gone and before the
    journal's line saying so. Undo puts back both files, the one with no outcome's line found
    where its intent's line said it was bound (a move) or in the Trash. The third copy, never
    reached, stays where it is and is not listed. (The old undo knew only files with an outcome's
    line: the second file stayed in the Trash or the folder moved to.)"""
    paths = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg", "d.jpg"))
    contents = {path: path.read_bytes() for path in paths}
    result = scan_folder(tmp_path / "photos")
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    writing = actions._JournalWriter.write
    outcomes = [0]

    def write_until_the_end(self: Any, action: Any, state: str, *rest: Any, **named: Any) -> bool:
        if state == "done":
            outcomes[0] += 1
            if outcomes[0] == 2:  # the end; undo's own lines are written as they are
                raise _Ended
        return writing(self, action, state, *rest, **named)

    monkeypatch.setattr(actions._JournalWriter, "write", write_until_the_end)
    with pytest.raises(_Ended):
        carry_out(
            Review.from_result(result, mark(result, {paths[0]})).plan(),
            destination=destination,
            journal=journal,
        )
    gone = [path for path in paths if not path.exists()]
    assert len(gone) == 2 and paths[3].exists()

    listed = last_run(journal)
    assert listed is not None and sorted(f.path for f in listed.files) == sorted(gone)
    report = undo_last(journal)

    assert report is not None and sorted(o.path for o in report.restored) == sorted(gone)
    assert all(path.read_bytes() == contents[path] for path in paths)
    assert trashed(trash) == [] and (destination is None or list(destination.iterdir()) == [])


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_file_put_in_the_copys_place_as_it_is_put_back_stays(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """Hostile: as undo has linked the copy back into its old place and is about to remove the
    trashed (or moved) name, another file of the same size takes that name. That file stays, whole;
    the file put back holds what was moved away. (The old undo compared sizes alone and removed
    the name: the other file was lost for good.)"""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    other = bytes(reversed(contents[gone[0]]))  # the same size, other bytes
    dropping = restore._drop_restored_name
    taken: list[Path] = []

    def drop_as_another_takes_the_name(name: Path, *rest: Any) -> None:
        if not taken:
            (where / "incoming").write_bytes(other)
            os.replace(where / "incoming", name)
            taken.append(name)
        dropping(name, *rest)

    monkeypatch.setattr(restore, "_drop_restored_name", drop_as_another_takes_the_name)
    undo_last(journal)

    assert taken and taken[0].read_bytes() == other
    put_back = next(path for path in gone if path.name == taken[0].name)
    assert put_back.read_bytes() == contents[put_back]


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_copy_swapped_between_its_check_and_its_putting_back_is_not_put_back(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """Hostile: the trashed (or moved) copy is checked, then, just before it is linked back into
    its old place, another file of the same size takes its name. That file is not put back in the
    person's folder: the old place stays free, the other file stays where it was put, whole, and
    the file checked stays away. (Linked by name, the other file was put back as the person's.)"""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    first = gone[0]
    other = bytes(reversed(contents[first]))  # the same size, other bytes
    refusing = restore._refuse_new_links
    looked: list[Path] = []

    def swapped_just_before_linking(folder: Path, since: float) -> None:
        refusing(folder, since)
        looked.append(folder)
        if len(looked) == 2:  # the second look at the old folder: _put_back's, right before the link
            (where / "incoming").write_bytes(other)
            os.replace(where / first.name, tmp_path / "the checked copy")
            os.replace(where / "incoming", where / first.name)

    monkeypatch.setattr(restore, "_refuse_new_links", swapped_just_before_linking)
    report = undo_last(journal)

    assert report is not None and first in reasons(report)
    assert not first.exists()
    assert (where / first.name).read_bytes() == other
    assert (tmp_path / "the checked copy").read_bytes() == contents[first]


# ---- G10: a drive without hard links (FAT, exFAT, some network shares) ------------------------------


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_on_a_drive_without_hard_links_the_files_come_back(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """A drive that keeps no hard links (os.link refused as FAT refuses it): each file is copied
    beside its old place and the copy given its name. Both come back whole, nothing is left where
    they went, and no copy is left beside them."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    without_hard_links(monkeypatch)

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert os.listdir(where) == [] and sorted(os.listdir(tmp_path / "photos")) == ["a.jpg", "b.jpg", "c.jpg"]


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_file_saved_at_the_old_place_just_before_the_copy_is_named_on_a_drive_without_hard_links_stays(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """Hostile, on a drive that keeps no hard links (os.link refused as FAT refuses it): undo has
    copied the file beside its old place and is about to give the copy its name when another
    program saves a file of its own under that name. That file stays, whole; the file is not put
    back, said in words, and stays where it went, whole; no copy is left beside the old place; the
    other file comes back. (The code before looked, then renamed by path: the other program's file
    was replaced, and lost.)"""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    first, theirs = gone[0], b"a file another program saved"
    saved: list[Path] = []

    def another_program_saves(name: str) -> None:
        if os.path.basename(name) == first.name and not saved:
            first.write_bytes(theirs)
            saved.append(first)

    without_hard_links(monkeypatch)
    just_before_each_name_given(monkeypatch, another_program_saves)

    report = undo_last(journal)

    assert saved == [first] and first.read_bytes() == theirs
    assert report is not None and reasons(report) == {
        first: f"a file now exists at {first}; it was not replaced"
    }
    assert (where / first.name).read_bytes() == contents[first]
    assert gone[1].read_bytes() == contents[gone[1]] and not (where / gone[1].name).exists()
    assert sorted(os.listdir(tmp_path / "photos")) == ["a.jpg", "b.jpg", "c.jpg"]
    run = last_run(journal)
    assert run is not None and [f.path for f in run.files] == [first]


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_drive_that_cannot_rename_without_replacing_gets_nothing_put_back_by_a_rename_that_could(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, moved: bool
) -> None:
    """A drive that keeps no hard links and cannot rename without replacing either (exFAT by
    exfat-fuse, FAT by fusefat, GNOME's network shares; each call refused as they refuse it): no
    file is put back by a look and a rename, which would replace a file saved between the two.
    Each is refused in words, and stays where it went, whole; nothing is left beside the old place.
    (The code before put them back so.)"""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = destination if destination else trash / "files"
    without_hard_links(monkeypatch)
    without_a_rename_that_refuses_to_replace(monkeypatch)

    report = undo_last(journal)

    assert report is not None and not report.restored
    said = (
        "its drive cannot give it its name back without the risk of replacing another file; it was "
        "left at {copy}, to put back by hand"
    )
    assert reasons(report) == {path: said.format(copy=where / path.name) for path in gone}
    assert all((where / path.name).read_bytes() == contents[path] for path in gone)
    assert os.listdir(tmp_path / "photos") == ["a.jpg"]


# ---- G5: a journal line torn by a full disk or a crash ----------------------------------------------

_TRASH_ON_A_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from lookalike.core.actions import carry_out
from lookalike.ui.review import Review
from tests.safety.conftest import make_copies, mark, scan_folder
folder, journal = Path(sys.argv[1]), Path(sys.argv[2])
paths = make_copies(folder, names=("a.jpg", "b.jpg"))
result = scan_folder(folder)
plan = Review.from_result(result, mark(result, {paths[0]})).plan()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
limit = journal.stat().st_size + 100  # room for part of the run's first line
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
print(len(carry_out(plan, journal=journal).done))
"""


def test_a_line_the_full_disk_tore_leaves_the_next_run_undoable(tmp_path: Path, trash: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    act(tmp_path / "earlier", journal)  # a journal of some size
    before = journal.read_bytes()
    root = Path(__file__).parents[2]
    app = Path(actions.__file__).parents[2]  # this very code, wherever the tests found it
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(app), str(root)))}
    child = subprocess.run(
        [sys.executable, "-c", _TRASH_ON_A_FULL_DISK, str(tmp_path / "full"), str(journal)],
        capture_output=True, text=True, timeout=120, env=env, cwd=root,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["1"]  # trashing goes on without its journal (the Trash records it)
    assert journal.read_bytes() == before  # no part of a line
    destination = tmp_path / "moved"
    destination.mkdir()
    gone, contents = act(tmp_path / "photos", journal, destination)  # room again

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert os.listdir(destination) == []


def test_a_line_a_crash_tore_leaves_the_next_run_undoable(tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    journal.write_bytes(b'{"time": "2026-12-06T10:00:00.000+00:00", "run": "0123456789ab", "act')
    destination = tmp_path / "moved"
    destination.mkdir()
    gone, contents = act(tmp_path / "photos", journal, destination)

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    assert all(path.read_bytes() == contents[path] for path in gone)
    assert os.listdir(destination) == []


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_a_run_whose_names_hold_a_unicode_line_separator_is_the_one_undone(
    separator: str, tmp_path: Path, trash: Path
) -> None:
    """Such a name is one JSON line's text: the line ends at its line feed only, and undo puts back
    the last run, not the one before it."""
    journal = tmp_path / "journal.jsonl"
    act(tmp_path / "earlier", journal)
    paths = make_copies(tmp_path / "photos", names=("a.jpg", f"b{separator}.jpg", f"c{separator}c.jpg"))
    result = scan_folder(tmp_path / "photos")
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    assert len(carry_out(plan, journal=journal).done) == 2

    report = undo_last(journal)

    assert report is not None and sorted(o.path for o in report.restored) == paths[1:]
    assert all(path.exists() for path in paths)
    assert not any((tmp_path / "earlier" / name).exists() for name in ("b.jpg", "c.jpg"))
