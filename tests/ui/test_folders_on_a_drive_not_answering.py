"""A folder listed on the start page may be on a network drive that stopped answering: a look at it
(one stat) then waits as long as the drive does, many seconds. The start page looks at its folders when
it shows, when the window comes back and when Scan is pressed; each look waits off the window's
thread, so the window never waits with it. The folders are listed at once and marked when their
answers come; Scan waits for the answers ("Looking at the folders…", Stop) before it scans or asks
about a reference folder not there; a folder that gives no answer in time counts as not there, and
is said not to answer.

The drive is stood in for as the tiles' test does (test_tiles_of_files_changed_since_the_scan): the
stat that the looks make, held for each path on the drive until it answers; and so is what a scan
does there (lstat, which os.path.realpath makes of each part of a path, opening and listing).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from pytestqt.qtbot import QtBot

from lookalike.core import reach
from lookalike.core.decisions import DecisionStore
from lookalike.samples import photo
from lookalike.ui import on_disk
from lookalike.ui.settings import FolderChoice, Preferences, SettingsStore
from lookalike.ui.window import RESULTS_PAGE, START_PAGE, MainWindow

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Ticks, make_window, press_scan

pytestmark = OFFSCREEN_NOISE

HELD_AT_MOST = 8.0  # seconds the drive holds a look, unless told to answer first
QUICK = 0.5  # seconds: what doing something without waiting for the drive takes, at most
STALL = 0.25  # seconds: the longest the window's thread may go without handling its events


@dataclass(frozen=True)
class Folders:
    """Pictures on this computer, and folders on the drive: a reference folder holding a copy of a
    picture in Pictures, and a folder of photos."""

    pictures: Path
    original: Path  # in Pictures
    originals: Path  # the reference folder, on the drive
    kept_copy: Path  # in it: a copy of `original`, kept only by the tick
    photos: Path  # on the drive, to scan


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    pictures, originals, photos = (
        tmp_path / "Pictures",
        tmp_path / "NAS" / "Originals",
        tmp_path / "NAS" / "Photos",
    )
    for folder in (pictures, originals, photos):
        folder.mkdir(parents=True)
    original, kept_copy = pictures / "IMG_0001.jpg", originals / "IMG_0001 (1).jpg"
    photo(7, (320, 240)).save(original, quality=90)
    shutil.copyfile(original, kept_copy)
    for age, path in enumerate((original, kept_copy)):  # the one in Pictures is the oldest
        stamp = 1_700_000_000 * 10**9 + age * 10**9
        os.utime(path, ns=(stamp, stamp))
    photo(8, (320, 240)).save(photos / "IMG_0002.jpg", quality=90)
    return Folders(pictures, original, originals, kept_copy, photos)


@dataclass
class Drive:
    """A network drive that does not answer: each look at a path on it waits until answer()."""

    root: Path
    answering: threading.Event

    def answer(self) -> None:
        self.answering.set()

    def remove(self, folder: Path) -> None:
        """Delete `folder` on the drive, as someone did before it stopped answering."""
        self.answering.set()
        try:
            shutil.rmtree(folder)
        finally:
            self.answering.clear()


HELD = ("stat", "lstat", "open", "scandir", "listdir")  # what looks at a path on the drive


def drive_at(root: Path, monkeypatch: pytest.MonkeyPatch) -> Drive:
    """A drive, mounted at `root`, that stops answering: each of HELD at a path on it waits."""
    answering = threading.Event()

    def held(real: Any) -> Any:
        def on_a_drive_not_answering(*args: Any, **kwargs: Any) -> Any:
            if args and str(args[0]).startswith(str(root)):  # the drive's paths, whoever asks
                answering.wait(HELD_AT_MOST)
            return real(*args, **kwargs)

        return on_a_drive_not_answering

    for name in HELD:  # stands in for the drive
        monkeypatch.setattr(on_disk.os, name, held(getattr(os, name)))
    return Drive(root, answering)


@pytest.fixture
def drive(folders: Folders, monkeypatch: pytest.MonkeyPatch) -> Iterator[Drive]:
    """The drive of `folders` stops answering."""
    stopped = drive_at(folders.originals.parent, monkeypatch)
    yield stopped
    stopped.answer()  # no look is left waiting


def window_listing(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    listed: tuple[FolderChoice, ...],
) -> MainWindow:
    """A window started with `listed` remembered from last time; it looks for them as it shows."""
    SettingsStore(settings).save(Preferences(folders=listed))
    return make_window(qtbot, settings, dialogs, decisions, tmp_path)


Opener = Callable[[tuple[FolderChoice, ...]], MainWindow]


@pytest.fixture
def opened(
    qtbot: QtBot, settings: QSettings, dialogs: FakeDialogs, decisions: DecisionStore, tmp_path: Path
) -> Iterator[Opener]:
    """window_listing() of the folders given; each window it opened is shut down after the test (a
    test asking for `drive` first has it shut down before the drive answers, as a person's would)."""
    windows: list[MainWindow] = []

    def open_listing(listed: tuple[FolderChoice, ...]) -> MainWindow:
        windows.append(window_listing(qtbot, settings, dialogs, decisions, tmp_path, listed))
        return windows[-1]

    yield open_listing
    for window in windows:
        window.shutdown()


def item_text(window: MainWindow, folder: Path) -> str:
    return window.start.folder_list.item(window.start.folders().index(folder)).text()


def deletions(window: MainWindow) -> set[Path]:
    review = window.review
    assert review is not None
    return {planned.path for planned in review.plan().deletions}


def test_the_start_page_lists_its_folders_at_once_and_marks_them_when_the_drive_answers(
    qtbot: QtBot,
    drive: Drive,
    folders: Folders,
    opened: Opener,
) -> None:
    """The window starts, shows its start page and comes back to the screen while the drive holds
    each look; the folders are listed at once, unmarked; once the drive answers, the one not there
    is marked so. (Looked at on the window's thread, the window waited for the drive each time.)"""
    drive.remove(folders.photos)  # deleted on the drive since last time
    listed = (
        FolderChoice(folders.pictures),
        FolderChoice(folders.originals, reference=True),
        FolderChoice(folders.photos),
    )
    ticks = Ticks()
    started = time.monotonic()
    window = opened(listed)
    assert time.monotonic() - started < QUICK  # not the seconds the drive takes
    start = window.start
    assert start.isVisible() and start.folder_choices() == listed
    assert not any("not found" in item_text(window, choice.path) for choice in listed)  # not known yet
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    came_back = time.monotonic()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # looked for again
    assert time.monotonic() - came_back < QUICK
    qtbot.wait(1500)
    assert not start.looks_settled()  # the drive holds them still
    assert ticks.longest_stall() < STALL

    drive.answer()
    qtbot.waitUntil(start.looks_settled, timeout=5000)
    assert item_text(window, folders.photos).endswith("   — not found")
    assert item_text(window, folders.originals).endswith("   — reference: always kept")
    assert item_text(window, folders.pictures) == str(folders.pictures)


def test_scan_waits_for_a_reference_folder_on_a_drive_not_answering_then_asks_as_it_did(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    drive: Drive,
    folders: Folders,
    opened: Opener,
) -> None:
    """Scan, pressed before the drive answered: the window waits for the answer without stopping
    ("Looking at the folders…", Stop), naming the folder it waits for; no scan starts meanwhile.
    The reference folder turns out to be gone: Scan asks first, as it does when the answer is in."""
    drive.remove(folders.originals)  # renamed on the drive
    listed = (FolderChoice(folders.pictures), FolderChoice(folders.originals, reference=True))
    window = opened(listed)
    start = window.start
    ticks = Ticks()
    pressed = time.monotonic()
    assert window.start_scan()
    assert time.monotonic() - pressed < QUICK  # not the seconds the drive takes
    assert start.progress_panel.isVisible() and start.stop_button.isVisible()
    assert start.progress_label.text() == "Looking at the folders…"
    assert not start.scan_button.isEnabled() and not start.folder_list.isEnabled()
    assert not window.commands.actions["scan"].isEnabled()
    decided: list[bool] = []
    window.scan_decided.connect(decided.append)
    qtbot.wait(1000)
    assert ticks.longest_stall() < STALL
    assert decided == [] and dialogs.confirmed == [] and not window.controller.busy  # no answer yet
    assert start.progress_details.text() == f"Waiting for “{folders.originals}” to answer…"

    dialogs.answers = [False]  # Cancel
    drive.answer()
    qtbot.waitUntil(lambda: decided == [False], timeout=5000)
    (title, text, details), *more = dialogs.confirmed
    assert not more and title == "Reference folder not found"
    assert f"“{folders.originals}” is not there now" in text and details.startswith("Scan anyway?")
    assert "reference folder not found: its pictures are not protected" in item_text(
        window, folders.originals
    )
    assert not window.controller.busy and window.review is None
    assert not start.progress_panel.isVisible() and start.scan_button.isEnabled()


def test_a_reference_folder_that_answers_late_is_protected_without_a_question(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    drive: Drive,
    folders: Folders,
    opened: Opener,
) -> None:
    listed = (FolderChoice(folders.pictures), FolderChoice(folders.originals, reference=True))
    window = opened(listed)
    assert window.start_scan()
    qtbot.wait(1000)
    assert not window.controller.busy  # waits for the drive
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        drive.answer()
    assert dialogs.confirmed == [] and dialogs.informed == []
    assert deletions(window) == {folders.original}  # the reference folder's copy is kept


def test_a_folder_that_does_not_answer_in_time_counts_as_not_there_and_is_said_not_to_answer(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    drive: Drive,
    folders: Folders,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opener,
) -> None:
    """The drive does not answer within reach.PATIENCE: the reference folder on it is not assumed there.
    Scan asks before scanning without it, saying it does not answer; the list says so too; scanned
    anyway, the folder to scan on the drive is left out with a word, the pictures on this computer
    are scanned (their look never waits behind the drive's). When the drive answers, at last, the
    list says what it found."""
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    listed = (
        FolderChoice(folders.pictures),
        FolderChoice(folders.originals, reference=True),
        FolderChoice(folders.photos),
    )
    window = opened(listed)
    start = window.start
    ticks = Ticks()
    dialogs.answers = [False]  # Cancel
    pressed = time.monotonic()
    with qtbot.waitSignal(window.scan_decided, timeout=5000) as decided:
        assert window.start_scan()
    waited = time.monotonic() - pressed
    assert decided.args == [False] and 0.9 < waited < 3.0, waited  # reach.PATIENCE (a coarse timer)
    assert ticks.longest_stall() < STALL
    (title, text, details), *more = dialogs.confirmed
    assert not more and title == "Reference folder not answering"
    assert f"The reference folder “{folders.originals}” does not answer." in text
    assert "stopped answering" in text and "none of its pictures is scanned" in text
    assert "not protected" not in text  # nothing in it is looked at: nothing in it can be DELETE
    assert details.startswith("Scan anyway?") and "once the drive answers" in details
    assert item_text(window, folders.originals).endswith(
        "   — reference folder not answering: nothing in it is scanned"
    )
    assert item_text(window, folders.photos).endswith("   — not answering")
    assert "no answer" in start.folder_list.item(1).toolTip()
    assert item_text(window, folders.pictures) == str(folders.pictures)
    assert not window.controller.busy and window.review is None

    dialogs.answers = [True]  # Scan anyway
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    review = window.review
    assert review is not None and review.result.roots == (folders.pictures,)
    summary = window.results.summary_label.text()
    assert (
        f"The reference folder “{folders.originals}” did not answer and was not scanned: copies of its "
        "pictures were not looked for." in summary
    )
    assert f"The folder “{folders.photos}” did not answer and was not scanned." in summary

    window.pages.setCurrentIndex(START_PAGE)
    drive.answer()
    qtbot.waitUntil(lambda: item_text(window, folders.originals).endswith("reference: always kept"))
    assert item_text(window, folders.photos) == str(folders.photos)


def test_nothing_is_scanned_when_the_only_folder_does_not_answer(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    drive: Drive,
    folders: Folders,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opener,
) -> None:
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    window = opened((FolderChoice(folders.photos),))
    with qtbot.waitSignal(window.scan_decided, timeout=5000) as decided:
        assert window.start_scan()
    assert decided.args == [False] and dialogs.confirmed == []
    (title, text, _), *more = dialogs.informed
    assert not more and title == "Nothing to scan"
    assert f"The folder “{folders.photos}” does not answer." in text and "stopped answering" in text


def test_stop_stops_waiting_for_the_drive_and_scans_nothing(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    drive: Drive,
    folders: Folders,
    opened: Opener,
) -> None:
    """Scan pressed on the results page: once the drive makes it wait, the start page shows it, with
    Stop; Stop goes back to the review, as it was, and the drive's answer, come later, starts nothing."""
    listed = (FolderChoice(folders.pictures), FolderChoice(folders.originals, reference=True))
    window = opened(listed)
    window.pages.setCurrentIndex(RESULTS_PAGE)
    assert window.start_scan()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == START_PAGE, timeout=2000)
    assert window.commands.actions["stop"].isEnabled()
    with qtbot.waitSignal(window.scan_decided, timeout=1000) as decided:
        qtbot.mouseClick(window.start.stop_button, Qt.MouseButton.LeftButton)
    assert decided.args == [False]
    assert window.pages.currentIndex() == RESULTS_PAGE
    assert window.start.scan_button.isEnabled() and not window.start.progress_panel.isVisible()
    with qtbot.assertNotEmitted(window.scan_decided, wait=300):
        drive.answer()
        qtbot.waitUntil(window.start.looks_settled, timeout=5000)
    assert not window.controller.busy and window.review is None and dialogs.confirmed == []


def test_the_recent_folders_menu_opens_at_once_and_greys_a_folder_until_it_is_found(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    drive: Drive,
    folders: Folders,
) -> None:
    """The Recent folders menu lists each folder at once while the drive holds the look at one of
    them: that one is greyed until the drive answers, the one not there stays greyed, the one here
    can be picked as soon as its look answers. (Each was looked at as the menu opened, on the
    window's thread: the menu, and the window, waited for the drive.)"""
    gone = tmp_path / "Deleted"
    SettingsStore(settings).save(Preferences(recent=(folders.photos, folders.pictures, gone)))
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    try:
        start = window.start
        ticks = Ticks()
        opened = time.monotonic()
        start.recent_menu.aboutToShow.emit()  # what opening the menu does first
        assert time.monotonic() - opened < QUICK  # not the seconds the drive takes
        entries = start.recent_menu.actions()
        assert [entry.text() for entry in entries] == [str(folders.photos), str(folders.pictures), str(gone)]
        photos, pictures, deleted = entries
        qtbot.waitUntil(pictures.isEnabled, timeout=2000)
        qtbot.wait(300)
        assert not photos.isEnabled() and not deleted.isEnabled()  # the drive holds one, one is gone
        assert ticks.longest_stall() < STALL

        drive.answer()
        qtbot.waitUntil(photos.isEnabled, timeout=5000)
        assert not deleted.isEnabled()
        with qtbot.waitSignal(start.folder_chosen) as chosen:
            photos.trigger()
        assert chosen.args == [folders.photos]
    finally:
        window.shutdown()


def drag_of(*paths: Path) -> QMimeData:
    """What a file manager's drag of `paths` holds."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_a_folder_added_or_dropped_from_a_drive_not_answering_is_listed_once_it_answers(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    drive: Drive,
    folders: Folders,
) -> None:
    """A folder on the drive picked with "Add folder…" (as one named on the command line, or picked
    from Recent folders, is added), and a picture on it dragged over the window and dropped, while the
    drive holds each look: the window goes on at once and lists nothing it does not know to be a
    folder; after a moment the page says what it waits for. Once the drive answers, the folder and the
    picture's folder are listed, and remembered. (Each was looked at on the window's thread, the drag
    too as it entered the window: the window waited for the drive.)"""
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    try:
        start = window.start
        ticks = Ticks()
        asked = time.monotonic()
        dialogs.folder = folders.photos
        window.choose_folder()
        drag = drag_of(folders.kept_copy)  # kept: an event holds it without owning it
        entered = QDragEnterEvent(
            QPoint(20, 20),
            Qt.DropAction.CopyAction,
            drag,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dragEnterEvent(entered)
        assert entered.isAccepted()  # any local file or folder may be dropped: what it is is told later
        dropped = QDropEvent(
            QPointF(20, 20),
            Qt.DropAction.CopyAction,
            drag,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dropEvent(dropped)
        assert time.monotonic() - asked < QUICK  # not the seconds the drive takes
        assert start.folders() == [] and start.adding()
        qtbot.waitUntil(start.adding_note.isVisible, timeout=2000)
        assert start.adding_note.text() == "Waiting for 2 folders to answer…"
        qtbot.wait(500)
        assert start.folders() == [] and ticks.longest_stall() < STALL

        drive.answer()
        qtbot.waitUntil(lambda: not start.adding(), timeout=5000)
        assert start.folders() == [folders.photos, folders.originals]
        assert not start.adding_note.isVisible()
        assert window.preferences.recent[:2] == (folders.originals, folders.photos)
    finally:
        window.shutdown()


def test_a_folder_added_that_does_not_answer_in_time_is_not_listed_and_said_so(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    drive: Drive,
    folders: Folders,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder named on the command line, on the drive: the window starts, and Scan (as the app
    presses it then) waits for it; the drive gives no answer within reach.PATIENCE, so the folder is not
    listed (it may not even be one), the page says so, and there is nothing to scan. The drive's
    answer, come later, lists nothing."""
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    try:
        start = window.start
        with qtbot.waitSignal(window.scan_decided, timeout=5000) as decided:
            window.add_folders([folders.photos])
            assert window.start_scan()
        assert decided.args == [False] and start.folders() == [] and not start.adding()
        (title, text, _), *more = dialogs.informed
        assert not more and title == "Nothing to scan" and text.startswith("Add a folder first")
        assert start.adding_note.isVisible()
        assert start.adding_note.text().startswith(f"“{folders.photos}” did not answer, so it was not added.")
        assert window.preferences.recent == ()

        drive.answer()
        qtbot.waitUntil(start.looks_settled, timeout=5000)
        qtbot.wait(100)
        assert start.folders() == []
    finally:
        window.shutdown()


def test_a_scan_without_a_reference_folder_that_does_not_answer_never_waits_for_its_drive(
    qtbot: QtBot,
    dialogs: FakeDialogs,
    drive: Drive,
    folders: Folders,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opener,
) -> None:
    """Scan anyway, asked about the reference folder that does not answer: the scan looks at nothing
    on its drive, so Stop ends it at once, and closing the window while it scans waits for nothing.
    (The scan's worker looked at the reference folder first, os.path.realpath's lstat: it, Stop and
    closing waited for the drive, here the 8 s it holds a look, closing up to 5 s.)"""
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    listed = (FolderChoice(folders.pictures), FolderChoice(folders.originals, reference=True))
    window = opened(listed)
    dialogs.answers = [True]  # Scan anyway
    assert press_scan(qtbot, window)
    stopped = time.monotonic()
    window.stop()
    qtbot.waitUntil(lambda: window.review is not None and not window.controller.busy, timeout=5000)
    assert time.monotonic() - stopped < 1.0  # Stop works within a second
    assert "did not answer and was not scanned" in window.results.summary_label.text()

    dialogs.answers = [True]
    assert press_scan(qtbot, window)
    closing = time.monotonic()
    assert window.close()
    assert time.monotonic() - closing < QUICK


def test_a_reference_folder_that_did_not_answer_is_not_scanned_even_once_its_drive_answers(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reference folder is a network drive mounted inside the folder scanned, and holds a newer
    copy of a picture there: scanned like the others, the copy would be marked DELETE. The drive gives
    no answer in time; Scan anyway, and by the time the scan runs the drive answers again. The scan
    does not go into the folder it was told did not answer, so its copy is never marked DELETE; it
    still counts as a reference folder, its path as spelt, for whatever the scan finds there."""
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    pictures = tmp_path / "Pictures"
    originals = pictures / "Originals"  # where the drive is mounted
    originals.mkdir(parents=True)
    original, kept_copy = pictures / "IMG_0001.jpg", originals / "IMG_0001 (1).jpg"
    photo(7, (320, 240)).save(original, quality=90)
    shutil.copyfile(original, kept_copy)
    for age, path in enumerate((original, kept_copy)):  # the one in Pictures is the oldest: kept first
        stamp = 1_700_000_000 * 10**9 + age * 10**9
        os.utime(path, ns=(stamp, stamp))
    photo(8, (320, 240)).save(pictures / "IMG_0002.jpg", quality=90)
    stopped = drive_at(originals, monkeypatch)
    listed = (FolderChoice(pictures), FolderChoice(originals, reference=True))
    window = window_listing(qtbot, settings, dialogs, decisions, tmp_path, listed)
    try:
        asked: list[str] = []

        def scan_anyway_once_it_answers(title: str, text: str, details: str = "", ok: str = "") -> bool:
            asked.append(title)
            stopped.answer()  # back by the time the scan runs
            return True

        monkeypatch.setattr(dialogs, "confirm", scan_anyway_once_it_answers)
        with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
            assert window.start_scan()
        assert asked == ["Reference folder not answering"]
        review = window.review
        assert review is not None and review.result.roots == (pictures,)
        scanned = {record.entry.path for record in review.result.images}
        assert scanned == {original, pictures / "IMG_0002.jpg"}  # nothing in the reference folder
        assert kept_copy not in deletions(window) and not review.groups
        assert review.result.options.reference_roots == (originals,)
    finally:
        stopped.answer()
        window.shutdown()
