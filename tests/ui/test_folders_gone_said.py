"""A folder chosen on the start page that is gone by the time Scan is pressed, or goes while the
scan runs: the results say so in a note, and offer to move only pictures that are there."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import discovery
from lookalike.core import scan as scan_module
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, add_folders, scan_and_wait, write_small_photos

pytestmark = OFFSCREEN_NOISE


def test_a_folder_deleted_before_the_scan_is_a_note_not_a_file_that_could_not_be_read(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path
) -> None:
    phone = write_small_photos(tmp_path / "Phone", 5)
    add_folders(qtbot, window, [phone])
    shutil.rmtree(phone)
    scan_and_wait(qtbot, window, photos.root)
    summary = window.results.summary_label.text()
    # The window looks at its folders when Scan is pressed, and leaves this one out with a word (a
    # folder gone between that look and the scan's is the scan's warning: tests/core).
    assert f"The folder “{phone}” was not there and was not scanned." in summary
    assert "could not be read" not in summary
    assert not window.results.errors_button.isVisibleTo(window)


def test_a_folder_moved_away_during_the_scan_says_the_result_is_incomplete(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    phone = write_small_photos(tmp_path / "Phone", 5)  # 5 pictures, the first with a copy
    found = scan_module.discover_found

    def then_moved(*args: object, **kwargs: object) -> Iterator[discovery.FoundFiles]:
        yield from found(*args, **kwargs)  # type: ignore[arg-type]
        shutil.move(phone, tmp_path / "Phone (moved)")

    monkeypatch.setattr(scan_module, "discover_found", then_moved)
    scan_and_wait(qtbot, window, photos.root, phone)
    summary = window.results.summary_label.text()
    assert (
        f"\nNote: This result is incomplete: the folder {phone} was moved or removed during the scan, so "
        "its pictures are left out (6 of the 12 files found); scan again."
    ) in summary
    review = window.review
    assert review is not None
    assert all(member.path.exists() for group in review.groups for member in group.members)
    assert window.results.trash_button.text().startswith("Move 3 files (")  # the photos' copies alone
