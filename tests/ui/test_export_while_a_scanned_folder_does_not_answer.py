"""Exporting the results over a file already there needs a look at where the scanned folders really
are (the file might be one of the pictures, through a link). A scanned folder on a network drive that
stopped answering holds that look as long as its drive: the window gives it reach.PATIENCE seconds,
goes on painting meanwhile, then refuses to write over the file in words; a new file is written."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import reach
from lookalike.ui.window import MainWindow

from ..safety.drive_not_answering import stop_answering
from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, Ticks, scan_and_wait

pytestmark = OFFSCREEN_NOISE

STALL = 0.25  # seconds: the longest the window's thread may go without handling its events


def test_an_export_over_a_file_while_a_scanned_folder_does_not_answer_is_refused_in_words(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    exports = tmp_path / "exports"
    exports.mkdir()
    earlier = exports / "results.json"
    earlier.write_text("an earlier export")
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    drive = stop_answering(photos.root, monkeypatch)
    try:
        ticks = Ticks()
        dialogs.save_path = earlier
        started = time.monotonic()
        assert not window.files.export_json()
        assert time.monotonic() - started < 4  # the patience, not the drive's hold
        assert ticks.longest_stall() < STALL
        dialogs.save_path = exports / "new results.json"
        assert window.files.export_json()  # a new file: no look at the folders
    finally:
        drive.answer()
    (title, text, _), *more = dialogs.informed
    assert not more and title == "Cannot save"
    assert "results.json cannot be written" in text and "a scanned folder does not answer" in text
    assert earlier.read_text() == "an earlier export"
    assert json.loads((exports / "new results.json").read_text())["format"] == "lookalike-scan"


def test_an_export_into_a_folder_that_does_not_answer_is_refused_in_words_in_a_few_seconds(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export to a folder on a network drive that stopped answering (the file dialog showed it a
    moment before): the look at what is there waited as long as the drive, the window's work with
    it. It is given reach.PATIENCE seconds, the window painting meanwhile, then refused in words."""
    scan_and_wait(qtbot, window, photos.root)
    share = tmp_path / "NAS"
    share.mkdir()
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    drive = stop_answering(share, monkeypatch)
    try:
        ticks = Ticks()
        dialogs.save_path = share / "results.json"
        started = time.monotonic()
        assert not window.files.export_json()
        assert time.monotonic() - started < 4  # the patience, not the drive's hold
        assert ticks.longest_stall() < STALL
    finally:
        drive.answer()
    (title, text, _), *more = dialogs.informed
    assert not more and title == "Cannot save"
    assert "results.json cannot be written" in text and "its folder does not answer" in text
    assert list(share.iterdir()) == []
