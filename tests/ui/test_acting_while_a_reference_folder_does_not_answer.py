"""Move to Trash while the drive of a reference folder does not answer (a network drive whose
connection was lost after the scan). The run waits for the folder a few seconds at most
(core.reach.PATIENCE) off the window's thread: the window goes on, Stop ends the run at once, and so
does closing the window. A folder that gave no answer moves no file, and the window says which
folder, and why. The drive is stood in for by tests/safety/drive_not_answering."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import reach
from lookalike.core.actions import ActionReport, Status
from lookalike.samples import photo
from lookalike.ui.window import MainWindow
from tests.safety.conftest import trashed
from tests.safety.drive_not_answering import HELD_AT_MOST, Drive, stop_answering

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Ticks, add_folders, press_scan

pytestmark = OFFSCREEN_NOISE

QUICK = 1.0  # seconds: what stopping or closing without waiting for the drive takes, at most
STALL = 0.25  # seconds: the longest the window's thread may go without handling its events


@dataclass(frozen=True)
class Library:
    pictures: Path
    originals: Path  # the reference folder, on the drive
    original: Path  # in it
    copy: Path  # in Pictures: a copy of `original`, marked DELETE
    duplicate: Path  # in Pictures: a copy of another picture there, marked DELETE


@pytest.fixture
def library(tmp_path: Path) -> Library:
    pictures, originals = tmp_path / "Pictures", tmp_path / "NAS" / "Originals"
    pictures.mkdir()
    originals.mkdir(parents=True)
    original, copy = originals / "IMG_0001.jpg", pictures / "IMG_0001 (1).jpg"
    photo(7, (320, 240)).save(original, quality=90)
    copy.write_bytes(original.read_bytes())
    beach, duplicate = pictures / "beach.jpg", pictures / "beach (1).jpg"
    photo(8, (320, 240)).save(beach, quality=90)
    duplicate.write_bytes(beach.read_bytes())
    return Library(pictures, originals, original, copy, duplicate)


@pytest.fixture
def reviewed(qtbot: QtBot, window: MainWindow, library: Library, trash: Path) -> MainWindow:
    """The window, its results on screen: Pictures scanned with the reference folder, while its drive
    answered; every tile drawn (none waits for the drive after)."""
    add_folders(qtbot, window, [library.pictures])
    add_folders(qtbot, window, [library.originals], reference=True)
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert press_scan(qtbot, window)
    qtbot.waitUntil(window.thumbnails_settled, timeout=SCAN_TIMEOUT_MS)
    review = window.review
    assert review is not None
    assert {planned.path for planned in review.plan().deletions} == {library.copy, library.duplicate}
    return window


@pytest.fixture
def drive(reviewed: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch) -> Iterator[Drive]:
    """The reference folder's drive stops answering once the results are on screen; it answers
    again after the test (after the window is shut: `reviewed` is set up first)."""
    stopped = stop_answering(library.originals.parent, monkeypatch)
    yield stopped
    stopped.answer()


def nothing_moved(library: Library, trash: Path, drive: Drive) -> bool:
    drive.answer()  # to look at the original
    return trashed(trash) == [] and all(
        p.exists() for p in (library.original, library.copy, library.duplicate)
    )


def test_stop_ends_the_run_at_once_while_it_waits_for_the_reference_folder(
    qtbot: QtBot,
    reviewed: MainWindow,
    library: Library,
    trash: Path,
    drive: Drive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Move to Trash, then Stop while the run waits for the reference folder's drive: the run ends
    within a second, nothing moved, and the window never stalls meanwhile. (The run waited inside the
    look at the folder as long as the drive held it, and Stop with it.)"""
    monkeypatch.setattr(reach, "PATIENCE", HELD_AT_MOST)  # the run waits as long as the drive, unless stopped
    ticks = Ticks()
    assert reviewed.trash_marked()
    qtbot.wait(300)
    stopped = time.monotonic()
    with qtbot.waitSignal(reviewed.action_done, timeout=round(QUICK * 1000)) as done:
        reviewed.stop()
    outcome: ActionReport = done.args[0]
    assert outcome.cancelled and outcome.outcomes == ()
    assert time.monotonic() - stopped < QUICK
    assert ticks.longest_stall() < STALL
    assert not reviewed.controller.busy
    assert nothing_moved(library, trash, drive)


def test_closing_the_window_while_the_run_waits_for_the_reference_folder_takes_no_time(
    qtbot: QtBot,
    reviewed: MainWindow,
    library: Library,
    trash: Path,
    drive: Drive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Move to Trash, then close the window while the run waits for the reference folder's drive:
    the window closes at once, nothing moved. (Closing waited the 5 s the window gives its work to
    end, then left the run waiting on the drive.)"""
    monkeypatch.setattr(reach, "PATIENCE", HELD_AT_MOST)
    assert reviewed.trash_marked()
    qtbot.wait(300)
    closing = time.monotonic()
    reviewed.close()
    assert time.monotonic() - closing < QUICK
    assert not reviewed.isVisible()
    assert nothing_moved(library, trash, drive)


def test_a_reference_folder_that_does_not_answer_moves_no_file_and_the_window_says_which(
    qtbot: QtBot,
    reviewed: MainWindow,
    dialogs: FakeDialogs,
    library: Library,
    trash: Path,
    drive: Drive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reference folder gives no answer within the run's patience: neither copy is moved (not
    even the one with nothing on the drive), both stay listed, and the window says which reference
    folder did not answer and that nothing was moved because of it, in the message and under the
    results. (The run waited for the drive, then trashed both.)"""
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    with qtbot.waitSignal(reviewed.action_done, timeout=round((0.5 + QUICK) * 1000)) as done:
        assert reviewed.trash_marked()
    outcome: ActionReport = done.args[0]
    assert [o.status for o in outcome.outcomes] == [Status.SKIPPED] * 2
    title, text, details = dialogs.informed[-1]
    said = f"The reference folder {library.originals} did not answer"
    assert title == "Some files were not moved"
    assert said in text and "none of them was moved" in text and "Lookalike waited a few seconds" in text
    assert str(library.copy) in details and str(library.duplicate) in details
    assert said in reviewed.results.summary_label.text()
    review = reviewed.review
    assert review is not None
    assert {planned.path for planned in review.plan().deletions} == {library.copy, library.duplicate}
    assert nothing_moved(library, trash, drive)
