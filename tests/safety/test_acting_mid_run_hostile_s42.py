"""Hostile review of s42-act (a drive that stops answering mid-run): what the branch's own tests
leave out. Real files, a real XDG trash, the run's real journal and lock."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import IO, Any

import pytest

from lookalike.core import actions, reach, recheck, restore
from lookalike.core.actions import Status, carry_out
from lookalike.core.reasons import Code
from lookalike.ui.review import Review

from .conftest import make_copies, mark, scan_folder, trashed
from .test_acting_when_a_drive_stops_answering_mid_run import (
    FEW,
    PATIENCE,
    Library,
    lines_of,
    plan_of,
    timed,
)

pytest_plugins = ["tests.safety.test_acting_when_a_drive_stops_answering_mid_run"]


def _run_with_a_file_held_past_its_gate(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> tuple[actions.ActionReport, Path, threading.Event]:
    """A Trash run whose second file's Trash call is held past its gate (its drive went silent right
    then) until the event returned is set: the run's report, that file, the event."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    plan, _, _ = plan_of(library)
    held_file = plan.deletions[1].path
    release = threading.Event()
    real = actions.send2trash

    def slow_trash(path: str) -> None:
        if Path(path) == held_file:
            release.wait(4 * FEW)
        real(path)

    return carry_out(plan, trasher=slow_trash), held_file, release


def test_undo_while_late_work_is_stuck_does_not_wait_for_ever(
    library: Library, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file's Trash call is held past its gate (its drive went silent right then); the run ends,
    saying it may have gone. The person presses Undo: Undo must answer (put back what it can, or
    say a run is still going), not wait, unstoppable, for a drive that may never answer. It waited
    on the run's lock, which the late work holds. Once that work ended, Undo puts the files back."""
    report, held_file, release = _run_with_a_file_held_past_its_gate(library, monkeypatch)
    assert report.late is not None and report.late.pending == 1
    assert report.journal is not None
    said: list[restore.RestoreReport | None] = []
    ended = threading.Event()

    def undo() -> None:
        try:
            said.append(restore.undo_last(report.journal))  # type: ignore[arg-type]
        finally:
            ended.set()

    threading.Thread(target=undo, daemon=True).start()
    try:
        assert ended.wait(FEW), "Undo waited on the lock for as long as the silent drive did"
    finally:
        release.set()
        report.late.wait(5)
        ended.wait(10)
    first = said[0]
    assert first is not None and not first.restored  # nothing put back while the run still went on
    assert {o.reason for o in first.outcomes} == {Code.RUN_STILL_GOING()}
    again = restore.undo_last(report.journal)
    assert again is not None and held_file in {o.path for o in again.restored}
    assert held_file.exists()


@pytest.mark.xfail(
    strict=True,
    reason="a journal write is never given up on, and Stop is not heard meanwhile: a journal on a "
    "drive that stopped answering (home on NFS) holds the run, its Stop and the app's exit for ever",
)
def test_stop_is_heard_while_the_journal_does_not_answer(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal's disk stops answering (the home folder on a network drive): the run cannot
    journal, so it must not trash; but Stop, pressed, must end the run within seconds."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    pictures = tmp_path / "Pictures"
    keep, copy = make_copies(pictures, 40, ("k.jpg", "k (1).jpg"))
    result = scan_folder(pictures)
    plan = Review.from_result(result, mark(result, {keep})).plan()
    silent = threading.Event()
    real_append = actions.append_journal_line

    def dead_journal(path: Path, line: bytes) -> None:
        silent.wait(4 * FEW)
        real_append(path, line)

    monkeypatch.setattr(actions, "append_journal_line", dead_journal)
    started = time.monotonic()

    def stop_pressed() -> bool:
        return time.monotonic() - started > 2 * PATIENCE

    try:
        report, took = timed(lambda: carry_out(plan, cancelled=stop_pressed))
        assert took < FEW, f"Stop was pressed, and the run went on waiting for the journal {took:.1f} s"
    finally:
        silent.set()
    assert copy.exists() or lines_of(report.journal)[copy] == ["intent", "done"]  # type: ignore[attr-defined]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="tells the copy by /proc/self/fd (Linux)")
def test_stop_during_a_slow_copy_leaves_no_partial_copy_in_the_folder_moved_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A move to another drive (a copy) of a big file, healthy but slow; Stop is pressed meanwhile.
    The run gives up on the file's work before its gate and returns; the work goes on copying. The
    file must stay, and nothing the move made may be left in the folder moved to (the run must not
    close that folder under the work still using it, nor let go of its lock before it ends)."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    pictures, moved = tmp_path / "Pictures", tmp_path / "Other drive" / "Moved"
    moved.mkdir(parents=True)
    keep, copy = make_copies(pictures, 41, ("k.jpg", "k (1).jpg"))
    result = scan_folder(pictures)
    plan = Review.from_result(result, mark(result, {keep})).plan()

    def other_drive(*_args: object, **_kwargs: object) -> None:
        raise OSError(18, "Invalid cross-device link")  # EXDEV: the move copies

    real_fsync = actions.os.fsync
    copying, copied = threading.Event(), threading.Event()

    def slow_copy(fd: int) -> None:  # the copy's sync to the other drive: slow, with no sign of life
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".partial"):
            copying.set()
            time.sleep(3 * PATIENCE)
            real_fsync(fd)
            copied.set()
        else:
            real_fsync(fd)

    monkeypatch.setattr(actions.os, "link", other_drive)
    monkeypatch.setattr(actions.os, "fsync", slow_copy)
    report = carry_out(plan, destination=moved, cancelled=copying.is_set, journal=tmp_path / "j.jsonl")
    assert copied.wait(10)
    time.sleep(1.0)  # the work given up on ends
    assert copy.exists() and keep.exists()
    assert sorted(p.name for p in moved.iterdir()) == [], "the move left what it made in the folder"
    assert report.cancelled


def test_a_slow_but_answering_copy_is_no_drive_that_stopped_answering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A move to another drive copies, fsyncs and reads back each file: a large picture to a slow drive
    takes longer than PATIENCE while the drive answers every write and sync. It must be moved, and the
    drive must not be said to have stopped answering (main moved it; the watched run gave up on it, its
    source folder named, until the copy said it was alive at each megabyte)."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    pictures, moved = tmp_path / "Pictures", tmp_path / "Other drive" / "Moved"
    moved.mkdir(parents=True)
    keep, copy = make_copies(pictures, 42, ("k.jpg", "k (1).jpg"))
    for picture in (keep, copy):  # a large picture: 12 MB, its decoders stop at its end
        with picture.open("ab") as grown:
            grown.write(bytes(12 * 1024 * 1024))
    result = scan_folder(pictures)
    plan = Review.from_result(result, mark(result, {keep})).plan()

    def other_drive(*_args: object, **_kwargs: object) -> None:
        raise OSError(18, "Invalid cross-device link")  # EXDEV: the move copies

    real_fsync = actions.os.fsync
    synced: list[float] = []

    def slow_sync(fd: int) -> None:  # the slow drive: each sync of the copy answers, late
        synced.append(time.monotonic())
        time.sleep(0.6 * PATIENCE)
        real_fsync(fd)

    monkeypatch.setattr(actions.os, "link", other_drive)
    monkeypatch.setattr(actions.os, "fsync", slow_sync)
    started = time.monotonic()
    report = carry_out(plan, destination=moved, journal=tmp_path / "j.jsonl")
    assert time.monotonic() - started > 1.5 * PATIENCE  # the copy did take longer than the patience
    assert report.late is None or report.late.wait(10)
    assert [o.status for o in report.outcomes] == [Status.DONE], report.outcomes
    assert not report.warnings, report.warnings
    assert not copy.exists() and (moved / copy.name).read_bytes() == keep.read_bytes()


class _SlowlyRead:
    """A file on a slow drive, read: each megabyte asked for answers, 0.3 times PATIENCE late."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        time.sleep(0.3 * PATIENCE * max(1, size // (1024 * 1024) if size > 0 else 12))
        return self._stream.read(size)

    def __enter__(self) -> _SlowlyRead:
        return self

    def __exit__(self, *_: object) -> None:
        self._stream.close()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def test_a_large_picture_read_slowly_by_its_checks_is_no_drive_that_stopped_answering(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trashing a copy reads it whole, and its kept copy, to compare their bytes: a 12 MB picture on a
    slow network drive takes longer than PATIENCE while the drive answers every read. It must be
    trashed, and no drive said to have stopped answering (the watched run gave up on it until the
    checks' reads said they were alive at each megabyte)."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    keep, copy = make_copies(tmp_path / "NAS", 43, ("k.jpg", "k (1).jpg"))
    for picture in (keep, copy):
        with picture.open("ab") as grown:
            grown.write(bytes(12 * 1024 * 1024))
    result = scan_folder(tmp_path / "NAS")
    plan = Review.from_result(result, mark(result, {keep})).plan()
    real_fdopen = os.fdopen

    def slow_drive(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        opened = real_fdopen(fd, mode, *args, **kwargs)
        return _SlowlyRead(opened) if mode == "rb" else opened

    monkeypatch.setattr(recheck.os, "fdopen", slow_drive)
    started = time.monotonic()
    report = carry_out(plan, journal=tmp_path / "j.jsonl")
    assert time.monotonic() - started > 1.5 * PATIENCE  # the reads did take longer than the patience
    assert [o.status for o in report.outcomes] == [Status.DONE], report.outcomes
    assert not report.warnings, report.warnings
    assert not copy.exists() and keep.exists() and copy.name in trashed(trash)


def test_undo_pressed_twice_while_late_work_is_stuck_writes_nothing_and_moves_nothing(
    library: Library, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo pressed again and again while a file begun on a silent drive is still going: each answers at
    once, and none may put back a file nor write to the journal (the late work's own lines must stay
    the journal's last, for the Undo that follows once it ended)."""
    report, held_file, release = _run_with_a_file_held_past_its_gate(library, monkeypatch)
    assert report.late is not None and report.late.pending == 1 and report.journal is not None
    try:
        journal_before = report.journal.read_bytes()
        trashed_before = sorted(trashed(trash))
        for _ in range(2):
            started = time.monotonic()
            said = restore.undo_last(report.journal)
            assert time.monotonic() - started < 1.0
            assert said is not None and not said.restored
        assert report.journal.read_bytes() == journal_before
        assert sorted(trashed(trash)) == trashed_before
    finally:
        release.set()
        report.late.wait(5)
    again = restore.undo_last(report.journal)
    assert again is not None and held_file in {o.path for o in again.restored}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="tells the copy by /proc/self/fd (Linux)")
def test_the_folder_moved_to_swapped_for_a_link_during_a_slow_copy_receives_nothing_through_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: a large picture copied slowly to another drive, alive at each sync, so the run waits for
    it longer than PATIENCE; meanwhile another program moves the folder moved to aside and puts a link
    to a shared folder in its place. Nothing may reach the shared folder through the link: the copy is
    made and named in the folder held open, or the move does not happen and the file stays."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    pictures, drive = tmp_path / "Pictures", tmp_path / "Other drive"
    moved, shared = drive / "Moved", tmp_path / "Shared"
    moved.mkdir(parents=True)
    shared.mkdir()
    keep, copy = make_copies(pictures, 44, ("k.jpg", "k (1).jpg"))
    for picture in (keep, copy):
        with picture.open("ab") as grown:
            grown.write(bytes(12 * 1024 * 1024))
    content = copy.read_bytes()
    result = scan_folder(pictures)
    plan = Review.from_result(result, mark(result, {keep})).plan()

    def other_drive(*_args: object, **_kwargs: object) -> None:
        raise OSError(18, "Invalid cross-device link")  # EXDEV: the move copies

    real_fsync = actions.os.fsync
    swapped: list[bool] = []

    def slow_sync(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".partial") and not swapped:
            swapped.append(True)
            (drive / "Moved").rename(drive / "Moved aside")
            os.symlink(shared, drive / "Moved")
        time.sleep(0.6 * PATIENCE)
        real_fsync(fd)

    monkeypatch.setattr(actions.os, "link", other_drive)
    monkeypatch.setattr(actions.os, "fsync", slow_sync)
    report = carry_out(plan, destination=moved, journal=tmp_path / "j.jsonl")
    assert report.late is None or report.late.wait(10)
    assert swapped and list(shared.iterdir()) == [], "the copy went through the link"
    (outcome,) = report.outcomes
    if outcome.status is Status.DONE:
        assert not copy.exists() and (drive / "Moved aside" / copy.name).read_bytes() == content
    else:
        assert copy.read_bytes() == content
