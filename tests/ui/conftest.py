"""Fixtures for driving the real window: scripted dialogs, a temporary trash, folders of duplicates."""

from __future__ import annotations

import itertools
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.samples import photo
from lookalike.ui import i18n
from lookalike.ui.autosave import AUTOSAVE_FILE
from lookalike.ui.dialogs import UnsavedChoice
from lookalike.ui.window import MainWindow

SCAN_TIMEOUT_MS = 30_000


# Qt's offscreen platform warns whenever a top-level window with a layout is shown; that is no bug of ours.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Ticks:
    """When the window's thread handled its events: a timer's ticks, every 10 ms while it does."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self._timer.start()

    def longest_stall(self) -> float:
        self._timer.stop()
        self.times.append(time.monotonic())  # up to now: a stall that is still going counts
        return max(later - earlier for earlier, later in itertools.pairwise(self.times))


@dataclass
class FakeDialogs:
    """Answers the window's questions from a script and records everything it was told."""

    answers: list[bool] = field(default_factory=list)  # confirm() answers in order; True once they run out
    folder: Path | None = None
    save_path: Path | None = None
    open_path_answer: Path | None = None
    confirmed: list[tuple[str, str, str]] = field(default_factory=list)
    informed: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)
    shown_in_folder: list[Path] = field(default_factory=list)
    # ask_unsaved() answers in order; Discard once they run out, so closing a window never blocks a test
    unsaved_answers: list[UnsavedChoice] = field(default_factory=list)
    asked_unsaved: list[tuple[str, str, str]] = field(default_factory=list)

    def confirm(self, title: str, text: str, details: str = "", ok: str = "") -> bool:
        self.confirmed.append((title, text, details))
        return self.answers.pop(0) if self.answers else True

    def inform(self, title: str, text: str, details: str = "") -> None:
        self.informed.append((title, text, details))

    def show_error(self, title: str, text: str, details: str) -> None:
        self.errors.append((title, text, details))

    def ask_unsaved(self, title: str, text: str, details: str = "") -> UnsavedChoice:
        self.asked_unsaved.append((title, text, details))
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.DISCARD

    def choose_folder(self, title: str) -> Path | None:
        return self.folder

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return self.save_path

    def open_file(self, title: str, file_filter: str) -> Path | None:
        return self.open_path_answer

    def open_path(self, path: Path) -> None:
        self.opened.append(path)

    def show_in_folder(self, path: Path) -> None:
        self.shown_in_folder.append(path)


def crash(window: MainWindow) -> None:
    """The window's process ends without closing it (a crash, a power cut): its autosave stays, and no
    running window holds its lock any more."""
    window.autosave.finish()
    lock = window.autosave._lock
    assert lock is not None
    lock.unlock()


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> str:
    """The window in English (its plural forms from lookalike_en.qm), whatever this machine's language:
    the tests read its words."""
    return i18n.install(qapp, "en")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def decisions(tmp_path: Path) -> Iterator[DecisionStore]:
    """A real "not duplicates" store (SQLite) in the test's folder."""
    store = DecisionStore(tmp_path / "decisions.sqlite3")
    yield store
    store.close()


def make_window(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    autosave: Path | None = None,
) -> MainWindow:
    """A window shown, its files in `tmp_path`; it autosaves its review to `autosave` if given."""
    win = MainWindow(
        settings=settings,
        dialogs=dialogs,
        log_dir=tmp_path / "logs",
        journal=tmp_path / "journal.jsonl",
        decisions=decisions,
        autosave=autosave,
    )
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win


@pytest.fixture
def autosave(tmp_path: Path) -> Path:
    """Where `autosaved_window` keeps its unsaved review: in the test's folder."""
    return tmp_path / "data" / AUTOSAVE_FILE


@pytest.fixture
def autosaved_window(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    autosave: Path,
) -> Iterator[MainWindow]:
    """The window with its review autosaved in the test's folder (`autosave`)."""
    win = make_window(qtbot, settings, dialogs, decisions, tmp_path, autosave)
    yield win
    win.shutdown()


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[QApplication]:
    """The app, put back into English afterwards (the other tests read English words)."""
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def window(
    qtbot: QtBot, settings: QSettings, dialogs: FakeDialogs, decisions: DecisionStore, tmp_path: Path
) -> Iterator[MainWindow]:
    win = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    yield win
    win.shutdown()


@dataclass(frozen=True)
class Photos:
    """Generated duplicates: which files the scan should keep, and which it should suggest deleting."""

    root: Path
    beach: Path  # 400x300 JPEG, the keeper of group "beach"
    beach_copy: Path  # byte-identical copy in another folder
    beach_small: Path  # 200x150 re-encoded copy
    city: Path  # 320x240 PNG, the keeper of group "city"
    city_copy: Path  # byte-identical
    unique: Path  # in no group


@pytest.fixture
def photos(tmp_path: Path) -> Photos:
    root = tmp_path / "pictures"
    trip, backup = root / "trip", root / "backup"
    trip.mkdir(parents=True)
    backup.mkdir()
    beach = trip / "beach.jpg"
    picture = photo(11, (400, 300))
    picture.save(beach, quality=90)
    beach_copy = backup / "IMG_0001.jpg"
    shutil.copyfile(beach, beach_copy)
    beach_small = backup / "beach-small.jpg"
    picture.resize((200, 150), Image.Resampling.LANCZOS).save(beach_small, quality=70)
    city = trip / "city.png"
    photo(22, (320, 240)).save(city)
    city_copy = backup / "city copy.png"
    shutil.copyfile(city, city_copy)
    unique = trip / "unique.jpg"
    photo(33, (320, 240)).save(unique, quality=90)
    day = 86_400 * 10**9
    for age, path in enumerate((beach_small, beach_copy, city_copy, unique, city, beach)):
        stamp = 1_700_000_000 * 10**9 - age * day  # the originals are the oldest files
        os.utime(path, ns=(stamp, stamp))
    return Photos(root, beach, beach_copy, beach_small, city, city_copy, unique)


def add_folders(qtbot: QtBot, window: MainWindow, folders: list[Path], *, reference: bool = False) -> None:
    """Add `folders` as "Add folder…" does, and wait until they are listed: each is looked at off the
    window's thread first (StartPage.add_folders)."""
    window.add_folders(folders, reference=reference)
    qtbot.waitUntil(lambda: not window.start.adding(), timeout=5000)


def scan_and_wait(qtbot: QtBot, window: MainWindow, *folders: Path) -> None:
    window.add_folders(list(folders))
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()


def press_scan(qtbot: QtBot, window: MainWindow) -> bool:
    """Press Scan and wait for what comes of it once the folders answer (questions asked, through
    the scripted dialogs): True when the scan started."""
    with qtbot.waitSignal(window.scan_decided, timeout=SCAN_TIMEOUT_MS) as decided:
        assert window.start_scan()
    started = decided.args[0] if decided.args else None
    assert isinstance(started, bool)
    return started


def write_small_photos(folder: Path, count: int, side: int = 64) -> Path:
    """`count` distinct small JPEGs, every fifth one copied, for scans that must take a moment."""
    folder.mkdir(parents=True, exist_ok=True)
    base = photo(5, (side * 4, side * 3))
    for index in range(count):
        x, y = (index * 7) % (side * 3), (index * 3) % (side * 2)
        tile = base.crop((x, y, x + side, y + side)).rotate(index % 360)
        tile.save(folder / f"img{index:04d}.jpg", quality=85)
        if index % 5 == 0:
            shutil.copyfile(folder / f"img{index:04d}.jpg", folder / f"img{index:04d} copy.jpg")
    return folder
