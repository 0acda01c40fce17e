"""Closing the window while Scan waits for a folder on a drive that does not answer: the question
over unsaved work is the only one asked, and no scan starts behind it."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import reach
from lookalike.samples import photo
from lookalike.ui import on_disk
from lookalike.ui.dialogs import UnsavedChoice
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def nas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of photos on a network drive; the drive stops answering once it is listed."""
    folder = tmp_path / "NAS" / "Photos"
    folder.mkdir(parents=True)
    photo(8, (320, 240)).save(folder / "IMG_0002.jpg", quality=90)
    yield folder


def test_closing_while_scan_waits_for_the_folders_asks_one_question_and_starts_no_scan(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    nas: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The person scans again, the drive does not answer, they close the window: "Save your review
    before closing?" While they think (the question's own event loop runs), the folders' wait ends.
    No second question about the same review comes over the first ("…before scanning again?"), and
    no scan starts in a window being closed; they cancel, the review is on screen as it was."""
    scan_and_wait(qtbot, window, photos.root)
    review = window.review
    assert review is not None and window.session.unsaved
    window.add_folders([nas])  # chosen in the folder dialog: its drive answered then
    answering = threading.Event()
    real_stat = os.stat

    def stat_of_a_drive_not_answering(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path).startswith(str(nas.parent)):
            answering.wait(8)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(on_disk.os, "stat", stat_of_a_drive_not_answering)
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    try:
        assert window.start_scan()
        assert window.start.looking()

        def ask_unsaved_while_thinking(title: str, text: str, details: str = "") -> UnsavedChoice:
            dialogs.asked_unsaved.append((title, text, details))
            qtbot.wait(1500)  # the question is open: the window's events go on
            return UnsavedChoice.CANCEL if "closing" in title else UnsavedChoice.DISCARD

        monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved_while_thinking)
        window.close()
        assert [title for title, _text, _details in dialogs.asked_unsaved] == [
            "Save your review before closing?"
        ]
        assert window.isVisible() and not window.controller.busy and not window.start.looking()
        assert window.review is review and not dialogs.confirmed and not dialogs.informed
    finally:
        answering.set()
