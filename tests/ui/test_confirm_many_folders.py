"""The question before moving files, when the files marked DELETE lie in many folders: it names the
folders most files leave and sums up the others, and its box stays within a laptop's screen."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lookalike.samples import photo
from lookalike.ui.acting import FOLDERS_LISTED_MOST
from lookalike.ui.dialogs import QtDialogs
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, scan_and_wait

pytestmark = OFFSCREEN_NOISE

# A 1366x768 laptop at 125 %: the box's buttons must be within this height.
SCREEN_HEIGHT = 614


def test_many_folders_are_summed_up_and_the_box_fits_a_laptop(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    root = tmp_path / "Pictures"
    original = root / "Camera" / "IMG_0001.jpg"
    original.parent.mkdir(parents=True)
    photo(3, (320, 240)).save(original, quality=90)
    folders = 40
    for month in range(folders):  # a copy in each month's backup folder, two in the first
        backup = root / "Backups with a rather long name" / f"Month {month + 1:02}"
        backup.mkdir(parents=True)
        shutil.copyfile(original, backup / "IMG_0001.jpg")
        if month == 0:
            shutil.copyfile(original, backup / "IMG_0001 (2).jpg")
    scan_and_wait(qtbot, window, root)
    review = window.review
    assert review is not None and review.delete_count == folders + 1

    dialogs.answers = [False]  # "Cancel": nothing moves
    assert not window.trash_marked()
    _title, text, details = dialogs.confirmed[0]
    assert text.startswith(f"Move {folders + 1} files")
    lines = details.split("\n\n")[0].splitlines()  # then a line about the Trash
    assert len(lines) == FOLDERS_LISTED_MOST
    assert lines[0].startswith("2 files") and "Month 01" in lines[0]  # the folder most leave
    assert lines[-1].startswith(f"{folders + 1 - 2 - (FOLDERS_LISTED_MOST - 2)} files")
    assert lines[-1].endswith(f"from {folders - (FOLDERS_LISTED_MOST - 1)} other folders")
    assert all(path.is_file() for path in root.rglob("*.jpg"))

    # The real box with the same words: its buttons within the laptop's screen.
    heights: list[int] = []

    def measure_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        heights.append(box.sizeHint().height())
        box.reject()

    QTimer.singleShot(0, measure_and_cancel)
    assert not QtDialogs(window).confirm("Move files", text, details, ok="Move to Trash")
    assert heights and heights[0] < SCREEN_HEIGHT - 60  # room for its title bar and the panel


def test_a_question_with_many_lines_keeps_its_buttons_on_a_laptop(qtbot: QtBot) -> None:
    """Any question's box, as "The Trash is not available" with a line for each of 300 files on a
    network drive: a few lines shown, every line in the details (which scroll), the buttons within
    the screen."""
    details = "\n".join(
        f"/media/share/Photos/IMG_{number:04}.jpg: the Trash is not available" for number in range(300)
    )
    seen: list[tuple[int, str, str]] = []

    def measure_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.sizeHint().height(), box.informativeText(), box.detailedText()))
        box.reject()

    QTimer.singleShot(0, measure_and_cancel)
    assert not QtDialogs(None).confirm("The Trash is not available", "Move them to a folder?", details)
    height, shown, whole = seen[0]
    assert height < SCREEN_HEIGHT - 60
    assert whole == details
    assert shown.startswith("/media/share/Photos/IMG_0000.jpg") and shown.endswith("in the details")
    assert shown.count("\n") == 15 and "285 more" in shown
