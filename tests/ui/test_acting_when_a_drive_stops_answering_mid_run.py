"""Move to Trash while a scanned folder's drive stops answering in the middle of the run (a network
drive whose connection is lost just after the first file went). The run gives each file a few
seconds, not as long as the drive: the window goes on, Stop ends the run within a second, the files
of the other folder go, and the window says which folder stopped answering and which files were
left where they are. A file whose Trash call had begun is said to maybe have gone. The drive is stood
in for by tests/safety/drive_not_answering."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import actions, reach
from lookalike.core.actions import ActionReport, Status
from lookalike.samples import photo
from lookalike.ui.window import MainWindow
from tests.safety.conftest import trashed
from tests.safety.drive_not_answering import HELD_AT_MOST, Drive, stop_answering

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Ticks, add_folders, press_scan

pytestmark = OFFSCREEN_NOISE

PATIENCE = 0.5
QUICK = 1.5  # seconds: what stopping without waiting for the drive takes, at most
FEW = 4 * PATIENCE + 2.0  # seconds: a run that gives up on a drive ends within this much, at most
STALL = 0.25  # seconds: the longest the window's thread may go without handling its events


@dataclass(frozen=True)
class Library:
    pictures: Path
    share: Path  # scanned, on the network drive
    here: list[Path]  # marked DELETE, in Pictures (their copies kept there too)
    there: list[Path]  # marked DELETE, on the share


@pytest.fixture
def library(tmp_path: Path) -> Library:
    pictures, share = tmp_path / "Pictures", tmp_path / "NAS" / "Photos"
    pictures.mkdir()
    share.mkdir(parents=True)
    here, there = [], []
    for seed, folder, into in (
        (1, pictures, here),
        (2, share, there),
        (3, pictures, here),
        (4, share, there),
    ):
        original = folder / f"p{seed}.jpg"
        photo(seed, (320, 240)).save(original, quality=90)
        copy = folder / f"p{seed} (1).jpg"
        copy.write_bytes(original.read_bytes())
        into.append(copy)
    return Library(pictures, share, here, there)


@pytest.fixture
def reviewed(qtbot: QtBot, window: MainWindow, library: Library, trash: Path) -> MainWindow:
    """The window, its results on screen: both folders scanned while the share answered, the copies
    named "(1)" marked DELETE (the suggestion keeps the shorter name)."""
    add_folders(qtbot, window, [library.pictures, library.share])
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert press_scan(qtbot, window)
    qtbot.waitUntil(window.thumbnails_settled, timeout=SCAN_TIMEOUT_MS)
    review = window.review
    assert review is not None
    assert {p.path for p in review.plan().deletions} == {*library.here, *library.there}
    return window


@dataclass
class Silence:
    """The share's drive, once it stopped answering (just after the first file went to the Trash)."""

    drive: Drive | None = None
    first: Path | None = None


@pytest.fixture
def silence(reviewed: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch) -> Iterator[Silence]:
    """The share's drive stops answering just after the run's first file went to the Trash; it
    answers again after the test (after the window is shut: `reviewed` is set up first)."""
    said = Silence()
    real = actions.send2trash

    def then_silence(path: str) -> None:
        real(path)
        if said.drive is None:
            said.first = Path(path)
            said.drive = stop_answering(library.share.parent, monkeypatch)

    monkeypatch.setattr(actions, "send2trash", then_silence)
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    yield said
    if said.drive is not None:
        said.drive.answer()


def test_the_run_goes_on_without_the_silent_drive_and_the_window_says_which_files_were_left(
    qtbot: QtBot,
    reviewed: MainWindow,
    dialogs: FakeDialogs,
    library: Library,
    trash: Path,
    silence: Silence,
) -> None:
    """The share stops answering just after the first file went: the run ends within a few seconds
    (not as long as the drive), the copies in Pictures go, the share's files after the first stay,
    and the window says that the share stopped answering and lists each file left, with its reason,
    without ever stalling. (The run waited for the drive at every look, then trashed them all.)"""
    ticks = Ticks()
    started = time.monotonic()
    with qtbot.waitSignal(reviewed.action_done, timeout=round(FEW * 1000)) as done:
        assert reviewed.trash_marked()
    assert time.monotonic() - started < FEW
    assert ticks.longest_stall() < STALL
    outcome: ActionReport = done.args[0]
    assert silence.drive is not None and silence.first is not None
    left = {o.path for o in outcome.problems}
    assert left == set(library.there) - {silence.first}
    assert {o.path for o in outcome.done} == {*library.here, silence.first}
    assert all(o.status is Status.SKIPPED for o in outcome.problems)
    title, text, details = dialogs.informed[-1]
    assert title == "Some files were not moved"
    assert f"The folder {library.share} stopped answering during the run" in text
    for path in left:
        assert str(path) in details
    assert "the drive did not answer" in details and "left where it is" in details
    assert f"The folder {library.share} stopped answering" in reviewed.results.summary_label.text()
    silence.drive.answer()
    time.sleep(0.3)  # the look left waiting on the drive ends, and meets its gate shut
    assert all(path.exists() for path in left)
    assert sorted(trashed(trash)) == sorted(p.name for p in {*library.here, silence.first})


def test_stop_ends_the_run_within_a_second_while_a_file_on_the_silent_drive_is_waited_for(
    qtbot: QtBot,
    reviewed: MainWindow,
    library: Library,
    trash: Path,
    silence: Silence,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The share stops answering mid-run, and the run would give a file as long as the drive holds
    it: Stop, pressed meanwhile, ends the run within a second, the window never stalling. (Stop was
    heard only between files: it waited for the drive.)"""
    monkeypatch.setattr(reach, "PATIENCE", HELD_AT_MOST)
    ticks = Ticks()
    gone = threading.Event()
    reviewed.action_done.connect(lambda _: gone.set())
    assert reviewed.trash_marked()
    qtbot.waitUntil(lambda: silence.drive is not None, timeout=SCAN_TIMEOUT_MS)
    qtbot.wait(300)
    stopped = time.monotonic()
    with qtbot.waitSignal(reviewed.action_done, timeout=round(QUICK * 1000)) as done:
        reviewed.stop()
    outcome: ActionReport = done.args[0]
    assert outcome.cancelled
    assert time.monotonic() - stopped < QUICK
    assert ticks.longest_stall() < STALL
    assert not reviewed.controller.busy
    assert silence.drive is not None and silence.first is not None
    silence.drive.answer()
    time.sleep(0.3)
    assert all(path.exists() for path in library.there if path != silence.first)


def test_a_file_whose_trash_call_had_begun_is_said_to_maybe_have_gone(
    qtbot: QtBot,
    reviewed: MainWindow,
    dialogs: FakeDialogs,
    library: Library,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One file's Trash call outlasts the run's patience (its drive slow right then, past the gate):
    the window does not say it stays where it is, but that it may have been moved, in a message of
    its own that lists it. (The window waited for it, then said nothing of the wait.)"""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    release = threading.Event()
    real = actions.send2trash
    held: list[Path] = []

    def slow_trash(path: str) -> None:
        if not held:
            held.append(Path(path))
            release.wait(10)
        real(path)

    monkeypatch.setattr(actions, "send2trash", slow_trash)
    try:
        with qtbot.waitSignal(reviewed.action_done, timeout=round(FEW * 1000)) as done:
            assert reviewed.trash_marked()
        outcome: ActionReport = done.args[0]
        assert [o.status for o in outcome.outcomes if o.path in held] == [Status.UNKNOWN]
        titles = [title for title, _, _ in dialogs.informed]
        assert "Some files may have been moved" in titles
        _, text, details = dialogs.informed[titles.index("Some files may have been moved")]
        assert "may have been moved, or may still be where it was" in text and str(held[0]) in details
        assert not any(str(held[0]) in d for t, _, d in dialogs.informed if t == "Some files were not moved")
        assert "1 file may have been moved" in reviewed.results.summary_label.text()
    finally:
        release.set()
    assert outcome.late is not None and outcome.late.wait(5)
