"""Files held back (marked DELETE, seen changed or gone since the scan) are held back as the window
said, whatever the window sees while it asks: the question before moving promises what the run does."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from lookalike.core.selection import SUGGESTED_RULES
from lookalike.samples import photo
from lookalike.ui import group_table, models, on_disk
from lookalike.ui.group_table import Column
from lookalike.ui.models import Role
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.review import Review
from lookalike.ui.session import ReviewSession
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


# ---- a file held back that leaves every group, and comes back -------------------------------------------


@pytest.fixture
def tunable(tmp_path: Path) -> Path:
    """A photo and a gamma-brightened copy (apart when very strict, together when balanced), and an
    exact pair that is a group at any sensitivity (as test_review_tools' tunable)."""
    folder = tmp_path / "tunable"
    folder.mkdir()
    picture = photo(11, (400, 300))
    picture.save(folder / "lake.jpg", quality=90)
    picture.point(lambda v: int(255 * (v / 255) ** 0.6)).save(folder / "lake brighter.jpg", quality=85)
    photo(22, (320, 240)).save(folder / "city.png")
    shutil.copyfile(folder / "city.png", folder / "city copy.png")
    return folder


def test_a_file_held_back_stays_held_back_when_a_regrouping_leaves_it_alone_and_another_brings_it_back(
    qtbot: QtBot, window: MainWindow, tunable: Path
) -> None:
    """A lake copy marked DELETE is edited after the scan: the window shows it changed, and the count
    leaves it out. Very strict, it is in no group; balanced again, it is in its group again, marked
    DELETE, out of sight (the city group is shown): the window still knows it changed, and the count
    still leaves it out, as the question before moving and the run will."""
    scan_and_wait(qtbot, window, tunable)
    review = window.review
    assert review is not None
    lakes = review.groups[review.row_holding(tunable / "lake.jpg")]
    edited = next(m.path for m, keep in zip(lakes.members, lakes.keep, strict=True) if not keep)
    assert edited != lakes.members[0].path  # the group list looks at the first file only
    with edited.open("ab") as file:
        file.write(b"edited")
    show_tiles(qtbot, window, edited, OnDisk.CHANGED)
    button = window.results.trash_button
    assert button.text().startswith("Move 1 file")
    window.select_group(window.review.row_holding(tunable / "city.png"))

    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(0)  # very strict: the lakes are apart
    assert all(edited not in g.paths for g in window.review.groups)
    assert button.text().startswith("Move 1 file")
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(2)  # balanced: together again
    review = window.review
    assert review is not None and window.tile_model.group is not None
    assert edited in review.groups[review.row_holding(edited)].paths
    assert edited not in window.tile_model.group.paths  # not shown: not looked at again
    assert not review.marks()[edited]
    assert [m.path for m, _gone in review.held_back()] == [edited]
    assert button.text().startswith("Move 1 file") and review.delete_count == 1
    assert edited not in {f.path for f in review.plan().deletions}


def test_a_file_held_back_and_taken_out_of_its_group_is_held_back_again_when_that_is_undone(
    qtbot: QtBot, photos: Photos, decisions: DecisionStore
) -> None:
    """The session's own rules, without a window: a copy seen changed is held back; "not a
    duplicate" takes it out of its group (in no group now, nothing to hold back); Undo puts it back
    in its group, marked DELETE as before, and held back as before: nothing has looked at it since
    to say otherwise."""
    session = ReviewSession(decisions, SUGGESTED_RULES)
    session.show(Review.from_result(scan([photos.root], ScanOptions(use_cache=False))))
    review = session.review
    assert review is not None
    beach = review.groups[review.row_holding(photos.beach)]
    with photos.beach_small.open("ab") as file:
        file.write(b"edited")
    session.saw_on_disk(beach, photos.beach_small, OnDisk.CHANGED)
    marked = sum(g.keep.count(False) for g in review.groups)
    assert review.delete_count == marked - 1

    taken = session.not_duplicate(beach, beach.paths_in_order().index(photos.beach_small))
    assert taken == [photos.beach_small]
    assert review.held_back() == [] and review.delete_count == marked - 1  # it left with its mark
    assert session.undo() is None
    assert photos.beach_small in beach.paths and not review.marks()[photos.beach_small]
    assert [m.path for m, _gone in review.held_back()] == [photos.beach_small]
    assert review.delete_count == marked - 1
    assert photos.beach_small not in {f.path for f in review.plan().deletions}


def test_a_look_that_answers_after_the_file_was_moved_by_lookalike_does_not_hold_it_back_once_put_back(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The group list looks at the beach group's first file, marked DELETE, and the look is slow to
    answer (a busy drive); meanwhile the file goes to the Trash, and the look answers "gone": true,
    of a file Lookalike moved itself. Undo last action puts it back in its group, as the scan saw
    it: marked DELETE again, it is counted and planned, not said to be "no longer there"."""
    scan_and_wait(qtbot, window, photos.root)
    review = window.review
    assert review is not None
    beach = review.groups[review.row_holding(photos.beach)]
    assert beach.paths_in_order()[0] == photos.beach
    assert window.session.set_marks(beach, {0: False, 1: True, 2: True})  # the copies kept instead
    model = window.group_model
    qtbot.waitUntil(lambda: model._now.settled() and window.tile_model.looks_settled(), timeout=5000)
    looking, answer = threading.Event(), threading.Event()
    real_stat = os.stat

    def slow_look_at_the_beach(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path) == str(photos.beach) and threading.current_thread().name == "disk-looks":
            looking.set()
            answer.wait(10)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(on_disk.os, "stat", slow_look_at_the_beach)
    monkeypatch.setattr(group_table, "LOOK_AGAIN_AFTER", 0.0)
    row = next(r for r in range(model.rowCount()) if model.group(r) is beach)
    model.index(row, Column.NAME).data(Qt.ItemDataRole.DecorationRole)  # painted: looked at again
    assert looking.wait(5)

    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    assert not photos.beach.exists() and photos.beach_small.exists()
    answer.set()  # the look answers now: gone
    qtbot.waitUntil(model._now.settled, timeout=5000)

    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS):
        assert window.undo_last_action()
    assert photos.beach.exists()
    review = window.review
    assert review is not None
    group = review.groups[review.row_holding(photos.beach)]
    assert group is beach and group.paths_in_order().index(photos.beach) == 0  # back in its group
    assert window.session.set_marks(group, {0: False})
    assert review.held_back() == []
    assert photos.beach in {f.path for f in review.plan().deletions}
    assert window.results.trash_button.toolTip() == window.results._trash_tip
