"""Hostile reviews whose numbers are valid JSON that Python or Qt cannot take (1e400, 10**400, a value
nested 100,000 deep, a file's size or time of 10**21): resumed from the autosave or opened with
File ▸ Open review, each is refused as a damaged file in words and the window goes on. They crashed
it: a traceback at every start while the autosave stayed, or a segfault painting the group."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import (
    FileEntry,
    Fingerprint,
    Group,
    GroupMember,
    ImageRecord,
    Kind,
    ScanOptions,
    ScanResult,
    ScanStats,
)
from lookalike.ui.i18n import size_text
from lookalike.ui.models import member_date, member_details
from lookalike.ui.review import Review, session_json
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs

pytestmark = OFFSCREEN_NOISE

REPOSITORY = Path(__file__).resolve().parents[2]
WIDE = 10**21  # wider than 64 bits: JSON allows it, no file has it
_PLACEHOLDER = "@crafted@"
# Where each crafted number goes: the review's "stats", its top level, or its first file marked DELETE.
CRAFTED = {
    "stats files 1e400": ("stats", "files", "1e400"),
    "stats seconds 10**400": ("stats", "seconds", "1" + "0" * 400),
    "nested 100,000 deep": ("top", "x", "[" * 100_000 + "]" * 100_000),
    "size 10**21": ("row", "size", str(WIDE)),
    "mtime_ns 10**21": ("row", "mtime_ns", str(WIDE)),
}


def two_groups(size: int = 1000, mtime_ns: int = 1_700_000_000 * 10**9) -> Review:
    """Two groups of two files that need not exist, the second of each (DELETE) of `size` and `mtime_ns`."""

    def member(path: str, keep: bool) -> GroupMember:
        entry = (
            FileEntry(Path(path), 1000, 1_700_000_000 * 10**9)
            if keep
            else FileEntry(Path(path), size, mtime_ns)
        )
        fingerprint = Fingerprint("d" + path, 640, 480, "JPEG", None, bytes(8), b"", False)
        return GroupMember(ImageRecord(entry, fingerprint), 0, keep)

    groups = tuple(
        Group(
            n,
            Kind.SIMILAR,
            (member(f"/nowhere/{n}/a.jpg", True), member(f"/nowhere/{n}/b.jpg", False)),
            "oldest",
        )
        for n in (1, 2)
    )
    return Review.from_result(
        ScanResult((Path("/nowhere"),), ScanOptions(), groups, (), ScanStats(4, 4, 0, 1.0))
    )


def crafted_review(path: Path, where: str, name: str, number: str) -> Path:
    """A real review written to `path`, with `number` (JSON text) put in as CRAFTED says."""
    data = json.loads(session_json(two_groups()))
    if where == "stats":
        data["stats"][name] = _PLACEHOLDER
    elif where == "top":
        data[name] = _PLACEHOLDER
    else:
        row = next(row for row in data["groups"][0]["files"] if row["keep"] is False)
        row[name] = _PLACEHOLDER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data).replace(f'"{_PLACEHOLDER}"', number), encoding="utf-8")
    return path


@pytest.fixture
def window(autosaved_window: MainWindow) -> MainWindow:
    """The window with its review autosaved in the test's folder."""
    return autosaved_window


def goes_on(qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    """The window is up and works: it paints, and opens a sound review."""
    qtbot.wait(50)
    assert window.isVisible() and not window.grab().isNull()
    dialogs.open_path_answer = tmp_path / "sound.json"
    dialogs.open_path_answer.write_text(session_json(two_groups()), encoding="utf-8")
    assert window.files.open_review()
    assert window.review is not None and len(window.review.groups) == 2
    window.select_group(0)
    qtbot.wait(50)
    assert not window.grab().isNull()


@pytest.mark.parametrize("crafted", list(CRAFTED))
def test_a_crafted_autosave_is_reported_as_damaged_and_removed(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, autosave: Path, tmp_path: Path, crafted: str
) -> None:
    """At start the autosave is offered back: one with such a number is said to be damaged and
    deleted, as any damaged autosave is, so that the next start does not meet it again."""
    crafted_review(autosave, *CRAFTED[crafted])
    assert not window.autosave.offer_resume()
    title, text, _details = dialogs.informed[-1]
    assert title == "Your last review cannot be resumed"
    assert "Its autosaved copy is damaged: this file is damaged" in text
    assert not autosave.exists() and window.review is None and dialogs.confirmed == []
    assert not window.autosave.offer_resume()  # the next start has nothing to offer
    goes_on(qtbot, window, dialogs, tmp_path)


@pytest.mark.parametrize("crafted", list(CRAFTED))
def test_a_crafted_review_opened_is_refused_as_damaged(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, crafted: str
) -> None:
    """File ▸ Open review on such a file: refused in words, the file left as it is."""
    chosen = crafted_review(tmp_path / "crafted.json", *CRAFTED[crafted])
    before = chosen.read_bytes()
    dialogs.open_path_answer = chosen
    assert not window.files.open_review()
    title, text, _details = dialogs.informed[-1]
    assert title == "Cannot open the review"
    assert f"{chosen} cannot be opened: this file is damaged" in text
    assert window.review is None and chosen.read_bytes() == before
    goes_on(qtbot, window, dialogs, tmp_path)


def test_a_size_and_time_wider_than_64_bits_are_shown_without_failing() -> None:
    """Should such numbers get past the file's checks (a review made in memory), the window's words
    for them hold: no day, and the largest size Qt can say."""
    member = two_groups(WIDE, WIDE).groups[0].members[1]
    assert member.record.entry.size == WIDE
    assert member_date(member) == ""
    assert size_text(2**63 - 1) in member_details(member)
    assert size_text(WIDE) == size_text(2**63 - 1) and size_text(-WIDE) == size_text(-(2**63))


def test_the_window_paints_a_size_and_time_wider_than_64_bits(tmp_path: Path) -> None:
    """In a process of its own, since it was a segfault: the whole window showing and painting the
    group, its tiles and its list, ends well and with no traceback."""
    completed = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_crafted_review_numbers", str(tmp_path)],
        cwd=REPOSITORY,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "painted" in completed.stdout and "Traceback" not in completed.stderr


def paint_two_groups(folder: Path) -> int:
    """The window showing two_groups(WIDE, WIDE), its first group selected, painted a few times."""
    from PySide6.QtWidgets import QApplication

    from lookalike.ui import i18n
    from lookalike.ui.dialogs import HeadlessDialogs

    app = QApplication([])
    i18n.install(app, "en")
    decisions = DecisionStore(folder / "decisions.sqlite3")
    window = MainWindow(
        settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        dialogs=HeadlessDialogs(),
        log_dir=folder / "logs",
        journal=folder / "journal.jsonl",
        decisions=decisions,
    )
    window.resize(1100, 700)
    window.show()
    window.session.show(two_groups(WIDE, WIDE), unsaved=False)
    window.select_group(0)
    for _ in range(5):
        app.processEvents()
        window.grab()
    print("painted", flush=True)
    window.shutdown()
    decisions.close()
    return 0


if __name__ == "__main__":
    sys.exit(paint_two_groups(Path(sys.argv[1])))
