"""Open review… of a file on a network drive that stopped answering (the file dialog showed it a
moment before). Export and Save review give such a drive reach.PATIENCE seconds, then say so in
words; Open review looked at the file and read it with no time limit: its "Opening…" note, which has
nothing to press, stayed for as long as the drive, every click and key of the window waiting."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import reach
from lookalike.ui.review import session_json
from lookalike.ui.window import MainWindow

from ..safety.drive_not_answering import HELD_AT_MOST, stop_answering
from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def test_opening_a_review_on_a_drive_that_does_not_answer_is_refused_in_words_in_a_few_seconds(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    assert window.review is not None
    share = tmp_path / "NAS"
    share.mkdir()
    saved = share / "review.json"
    saved.write_text(session_json(window.review), encoding="utf-8")
    shown = window.review
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    drive = stop_answering(share, monkeypatch)
    try:
        dialogs.open_path_answer = saved
        started = time.monotonic()
        opened = window.files.open_review()
        took = time.monotonic() - started
    finally:
        drive.answer()
    assert took < HELD_AT_MOST / 2, f"Open review waited {took:.1f} s, as long as the drive"
    assert not opened and window.review is shown
    (title, text, _), *more = dialogs.informed
    assert not more and title == "Cannot open the review"
    assert "review.json cannot be opened" in text and "does not answer" in text, text
