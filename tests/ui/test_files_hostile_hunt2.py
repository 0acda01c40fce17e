"""Hostile paths through File ▸ Export / Save / Open review: a folder whose name the system refuses,
and Save… (asked over unsaved marks) over the very review being opened. Each asserts what the person
is told and what is on disk."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.ui.dialogs import UnsavedChoice
from lookalike.ui.review import load_session
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, scan_and_wait
from .test_review_work_hostile import open_window

pytestmark = OFFSCREEN_NOISE


def test_an_export_into_a_folder_whose_name_is_too_long_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    """A path typed into the file dialog whose folder name is longer than the system allows: the look
    at that folder (report.output_refusal) raised "File name too long" out of the menu's slot, an
    uncaught exception in the window, instead of the "Cannot save" every other refusal gets."""
    scan_and_wait(qtbot, window, photos.root)
    dialogs.save_path = tmp_path / ("x" * 300) / "results.json"

    assert not window.files.export_json()
    assert not window.files.save_review()

    assert [title for title, _text, _ in dialogs.informed] == ["Cannot save", "Cannot save"]
    assert all(os.strerror(36) in text for _title, text, _ in dialogs.informed), dialogs.informed


def test_saving_over_the_review_being_opened_keeps_the_opened_one_unsaved(
    qtbot: QtBot, settings: QSettings, decisions: DecisionStore, photos: Photos, tmp_path: Path
) -> None:
    """A review saved yesterday as lookalike-review.json (the name Save… suggests); today a new scan,
    a mark by hand. File ▸ Open review… picks yesterday's file; asked to save today's marks first, the
    person chooses Save… and takes the suggested name, replacing the file. The window then showed
    yesterday's review, read before the question, as saved: but its file now holds today's, so it was
    on disk nowhere, no autosave kept it, and closing the window lost it without a question."""
    dialogs = FakeDialogs()
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path)
    scan_and_wait(qtbot, window, photos.root)
    saved = tmp_path / "lookalike-review.json"
    dialogs.save_path = dialogs.open_path_answer = saved
    assert window.autosave.save_review()  # yesterday's: the scan's suggestion
    assert load_session(saved.read_text(encoding="utf-8")).marks()[photos.beach_copy] is not True
    window.select_group(0)
    row = window.tile_model.row_of(photos.beach_copy)
    assert row is not None
    window.tile_model.toggle(row)  # today's: a mark by hand
    assert window.session.unsaved

    dialogs.unsaved_answers = [UnsavedChoice.SAVE]
    window.commands.actions["open_review"].trigger()
    qtbot.wait(50)

    assert len(dialogs.asked_unsaved) == 1
    assert load_session(saved.read_text(encoding="utf-8")).marks()[photos.beach_copy] is True  # today's
    assert window.review is not None and window.review.marks()[photos.beach_copy] is not True  # yesterday's
    # Yesterday's review is in no file now: the window keeps it as unsaved work, asked about at closing.
    assert window.session.unsaved
    window.autosave.write_now()
    window.autosave.finish()
    autosaved = (tmp_path / "data").glob("autosave-review*.json")
    assert any(
        load_session(p.read_text(encoding="utf-8")).marks()[photos.beach_copy] is not True for p in autosaved
    )
    window.shutdown()
