"""Hostile review of s42-act (a drive that stops answering mid-run): what the branch's own tests
leave out. Real files, a real XDG trash, the run's real journal and lock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from lookalike.core import actions, reach, restore
from lookalike.core.actions import Status, carry_out
from lookalike.ui.review import Review

from .conftest import make_copies, mark, scan_folder
from .test_acting_when_a_drive_stops_answering_mid_run import (
    FEW,
    PATIENCE,
    Library,
    lines_of,
    plan_of,
    timed,
)

pytest_plugins = ["tests.safety.test_acting_when_a_drive_stops_answering_mid_run"]


@pytest.mark.xfail(
    strict=True,
    reason="undo_last waits on the run's lock hearing no Stop, for as long as late work is stuck "
    "(for ever on a dead drive); the window's Undo has no Stop and QThreadPool waits for it at exit",
)
def test_undo_while_late_work_is_stuck_does_not_wait_for_ever(
    library: Library, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file's Trash call is held past its gate (its drive went silent right then); the run ends,
    saying it may have gone. The person presses Undo: Undo must answer (put back what it can, or
    say a run is still going), not wait, unstoppable, for a drive that may never answer."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    plan, _, _ = plan_of(library)
    held_file = plan.deletions[1].path
    release = threading.Event()
    real = actions.send2trash

    def slow_trash(path: str) -> None:
        if Path(path) == held_file:
            release.wait(4 * FEW)
        real(path)

    report = carry_out(plan, trasher=slow_trash)
    assert report.late is not None and report.late.pending == 1
    ended = threading.Event()

    def undo() -> None:
        try:
            restore.undo_last(report.journal)  # type: ignore[arg-type]
        finally:
            ended.set()

    threading.Thread(target=undo, daemon=True).start()
    try:
        assert ended.wait(FEW), "Undo waited on the lock for as long as the silent drive did"
    finally:
        release.set()
        report.late.wait(5)
        ended.wait(10)


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

    real_copy = actions.shutil.copyfileobj
    copying, copied = threading.Event(), threading.Event()

    def slow_copy(src: object, dst: object, *args: object) -> None:
        copying.set()
        time.sleep(3 * PATIENCE)
        real_copy(src, dst, *args)  # type: ignore[arg-type]
        copied.set()

    monkeypatch.setattr(actions.os, "link", other_drive)
    monkeypatch.setattr(actions.shutil, "copyfileobj", slow_copy)
    report = carry_out(plan, destination=moved, cancelled=copying.is_set, journal=tmp_path / "j.jsonl")
    assert copied.wait(10)
    time.sleep(1.0)  # the work given up on ends
    assert copy.exists() and keep.exists()
    assert sorted(p.name for p in moved.iterdir()) == [], "the move left what it made in the folder"
    assert report.cancelled


@pytest.mark.xfail(
    strict=True,
    reason="each file's work gets reach.PATIENCE whole, progress or not: a healthy copy slower than "
    "that (a big file to a USB 2 or network folder) is given up on and its drive said to have stopped",
)
def test_a_slow_but_answering_copy_is_no_drive_that_stopped_answering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A move to another drive copies, reads back and fsyncs each file: a 100 MB TIFF to a slow drive
    takes longer than PATIENCE while the drive answers every read and write. It must be moved, and
    the drive must not be said to have stopped answering (main moved it)."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    pictures, moved = tmp_path / "Pictures", tmp_path / "Other drive" / "Moved"
    moved.mkdir(parents=True)
    keep, copy = make_copies(pictures, 42, ("k.jpg", "k (1).jpg"))
    result = scan_folder(pictures)
    plan = Review.from_result(result, mark(result, {keep})).plan()

    def other_drive(*_args: object, **_kwargs: object) -> None:
        raise OSError(18, "Invalid cross-device link")  # EXDEV: the move copies

    real_copy = actions.shutil.copyfileobj

    def slow_copy(src: object, dst: object, *args: object) -> None:
        time.sleep(3 * PATIENCE)  # chunk after chunk, each answered
        real_copy(src, dst, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(actions.os, "link", other_drive)
    monkeypatch.setattr(actions.shutil, "copyfileobj", slow_copy)
    report = carry_out(plan, destination=moved, journal=tmp_path / "j.jsonl")
    report.late.wait(10)  # type: ignore[union-attr]
    assert [o.status for o in report.outcomes] == [Status.DONE], report.outcomes
    assert not copy.exists() and (moved / copy.name).exists()
