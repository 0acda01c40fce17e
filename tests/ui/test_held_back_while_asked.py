"""Files held back (marked DELETE, seen changed or gone since the scan) are held back as the window
said, whatever the window sees while it asks: the question before moving promises what the run does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lookalike.ui import models
from lookalike.ui.models import Role
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def show_tiles(qtbot: QtBot, window: MainWindow, path: Path, state: OnDisk) -> int:
    """Show the group holding `path` afresh and wait until its tile says `state`; its tile row."""
    review = window.review
    assert review is not None
    row = review.row_holding(path)
    window.select_group(next(r for r in range(len(review.groups)) if r != row))
    window.select_group(row)
    model = window.tile_model
    tile = model.row_of(path)
    assert tile is not None
    qtbot.waitUntil(lambda: model.index(tile, 0).data(Role.ON_DISK) is state, timeout=5000)
    return tile


def test_a_file_said_not_counted_is_not_moved_when_it_comes_back_while_the_question_is_open(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    trash: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A copy marked DELETE was moved away in the file manager: the window shows it gone, and the
    question says "Move 2 files", naming it as not counted. While the question is open the person
    undoes the move in the file manager, and the window, painted behind the question, sees it back.
    The person confirmed two files: two move, and the copy stays where it is."""
    scan_and_wait(qtbot, window, photos.root)
    away = tmp_path / "elsewhere.jpg"
    os.rename(photos.beach_copy, away)
    tile = show_tiles(qtbot, window, photos.beach_copy, OnDisk.GONE)
    assert window.results.trash_button.text().startswith("Move 2 files")
    monkeypatch.setattr(models, "LOOK_AGAIN_AFTER", 0.0)  # as if a second had passed

    def confirm_while_the_file_comes_back(title: str, text: str, details: str = "", ok: str = "") -> bool:
        dialogs.confirmed.append((title, text, details))
        os.rename(away, photos.beach_copy)  # the file manager's undo: the same file, as scanned
        index = window.tile_model.index(tile, 0)
        window.tile_view.viewport().repaint()  # the window behind the question, painted again
        qtbot.waitUntil(lambda: index.data(Role.ON_DISK) is OnDisk.AS_SCANNED, timeout=5000)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm_while_the_file_comes_back)
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    (_title, text, details), *more = dialogs.confirmed
    assert not more and text.startswith("Move 2 files")
    assert "Not counted: 1 file marked DELETE is no longer there" in details
    moved = {o.path for o in done.args[0].outcomes}
    assert moved == {photos.beach_small, photos.city_copy}  # as promised
    assert photos.beach_copy.exists()
    said = window.results.summary_label.text()
    assert said.startswith("Moved 2 files") and "1 file marked DELETE was left where it is" in said


def test_a_file_seen_changed_while_the_question_is_open_is_tried_and_refused_with_a_word(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other way round: the question says "Move 3 files"; while it is open a copy is edited and
    the window sees it. The run tries the three it promised: the checks refuse the edited one, and
    the window says so, rather than leaving it out without a word."""
    scan_and_wait(qtbot, window, photos.root)
    tile = show_tiles(qtbot, window, photos.beach_small, OnDisk.AS_SCANNED)
    monkeypatch.setattr(models, "LOOK_AGAIN_AFTER", 0.0)

    def confirm_while_the_file_changes(title: str, text: str, details: str = "", ok: str = "") -> bool:
        dialogs.confirmed.append((title, text, details))
        with photos.beach_small.open("ab") as file:
            file.write(b"edited")
        index = window.tile_model.index(tile, 0)
        window.tile_view.viewport().repaint()
        qtbot.waitUntil(lambda: index.data(Role.ON_DISK) is OnDisk.CHANGED, timeout=5000)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm_while_the_file_changes)
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    (_title, text, _details), *more = dialogs.confirmed
    assert not more and text.startswith("Move 3 files")
    outcomes = {o.path: o for o in done.args[0].outcomes}
    assert set(outcomes) == {photos.beach_copy, photos.beach_small, photos.city_copy}
    assert photos.beach_small.exists() and photos.beach_small not in {o.path for o in done.args[0].done}
    (title, _text, _details), *more = dialogs.informed
    assert not more and title == "Some files were not moved"
