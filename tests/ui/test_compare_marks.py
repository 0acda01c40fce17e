"""Marking in the compare view, with the grid's keys and the grid's path, and the size it reopens at:
the real window, real files scanned for real."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.ui.commands import COMMANDS
from lookalike.ui.compare import CompareMode, CompareView, marking_keys
from lookalike.ui.models import Role
from lookalike.ui.settings import FRAME_ALLOWANCE
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, make_window, scan_and_wait

pytestmark = OFFSCREEN_NOISE

LOAD_MS = 10_000


def compare_on(qtbot: QtBot, window: MainWindow, photos: Photos, b: Path) -> CompareView:
    """The beach group in the grid, `b` the current tile, Enter: the compare view on the keeper and `b`."""
    review = window.review
    assert review is not None
    window.select_group(next(row for row, g in enumerate(review.groups) if photos.beach in g.paths))
    row = window.tile_model.row_of(b)
    assert row is not None
    window.tile_view.selectionModel().setCurrentIndex(
        window.tile_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    window.tile_view.setFocus()
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Return)
    view = window.compare_view
    assert view is not None
    qtbot.waitUntil(view.is_loaded, timeout=LOAD_MS)
    assert view.path_a == photos.beach and view.path_b == b
    return view


def grid_mark(window: MainWindow, path: Path) -> bool:
    row = window.tile_model.row_of(path)
    assert row is not None
    return bool(window.tile_model.index(row, 0).data(Role.KEEP))


def grid_key() -> Qt.Key:
    """The grid's key that switches a mark, as the command table has it."""
    (command,) = [c for c in COMMANDS if c.name == "toggle_mark"]
    key = QKeySequence(command.grid_keys[0])[0].key()
    assert key == Qt.Key.Key_Space
    return key


def test_the_grids_key_marks_the_framed_picture_and_the_window_follows(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.session.mark_saved()
    trash_words = window.results.trash_button.text()
    view = compare_on(qtbot, window, photos, photos.beach_small)
    # B is framed first; each pane wears its picture's badge, as the tiles do.
    assert view.current_path == photos.beach_small and view.pane_b.is_current and not view.pane_a.is_current
    assert view.pane_a.mark is True and view.pane_b.mark is False

    qtbot.keyClick(view, grid_key())
    assert grid_mark(window, photos.beach_small) is True and view.pane_b.mark is True
    assert window.results.trash_button.text() != trash_words  # the totals: one file fewer to move
    assert window.session.unsaved  # autosave and "save before closing?" see it
    assert window.results.group_model.group(window.results.current_group_row()).reviewed  # type: ignore[union-attr]

    qtbot.keyClick(view, Qt.Key.Key_A)  # now A is framed, and the same key marks A
    assert view.current_path == photos.beach and view.pane_a.is_current and not view.pane_b.is_current
    qtbot.keyClick(view, grid_key())
    assert grid_mark(window, photos.beach) is False and view.pane_a.mark is False
    assert "A · reference · DELETE" in view.label_a.text()

    qtbot.mouseClick(
        view.pane_b.viewport(), Qt.MouseButton.LeftButton, pos=view.pane_b.viewport().rect().center()
    )
    assert view.current_path == photos.beach_small  # a click frames a picture too
    assert grid_mark(window, photos.beach_small) is True  # away from the badge: the mark stays
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.current_path == photos.beach_small

    # In flicker the picture shown is the one marked; in the difference, B stands on the right.
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.mode is CompareMode.FLICKER and view.current_path == photos.beach_small
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.shown_paths() == (photos.beach, None) and view.current_path == photos.beach
    assert view.pane_a.mark is False and view.pane_a.is_current
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.mode is CompareMode.DIFFERENCE and view.current_path == photos.beach
    assert view.pane_b.mark is True  # B's mark on its difference

    qtbot.keyClick(view, grid_key())  # A back to KEEP, from the compare view
    assert grid_mark(window, photos.beach) is True
    with qtbot.waitSignal(window.compare_closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert grid_mark(window, photos.beach_small) is True  # the grid kept what the view did


def test_a_click_on_a_panes_badge_switches_its_mark_as_a_click_on_a_tiles_badge_does(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """The compare view's KEEP/DELETE badges looked like the tiles' but took no click: a reviewer
    clicked them and nothing happened. A click on one frames that picture and switches its mark."""
    scan_and_wait(qtbot, window, photos.root)
    view = compare_on(qtbot, window, photos, photos.beach_small)
    view.set_current(False)  # A framed: the click on B's badge frames B first
    badge = QPoint(30, 20)  # within the badge in the pane's top left corner
    qtbot.mouseClick(view.pane_b.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert view.current_path == photos.beach_small
    assert grid_mark(window, photos.beach_small) is True and view.pane_b.mark is True
    qtbot.mouseClick(view.pane_a.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert grid_mark(window, photos.beach) is False and view.pane_a.mark is False


def test_the_marking_keys_come_from_the_command_table_and_mean_nothing_else_here(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view = CompareView([tmp_path / "a.png", tmp_path / "b.png"])
    qtbot.addWidget(view)
    keys = marking_keys()
    assert ("Space", None) in [(sequence.toString(), keep) for sequence, keep in keys]  # as in the grid
    own = {QKeySequence(key).toString() for key in view.key_actions()}
    assert own and not own & {sequence.toString() for sequence, _ in keys}
    view.shutdown()


def test_every_copy_marked_delete_in_the_compare_view_asks_as_the_grid_does(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path
) -> None:
    """The grid lets the last KEEP of a group be marked DELETE, and asks before acting on it: "Remove
    every copy?". Marks made in the compare view are the grid's marks, so the same question comes."""
    scan_and_wait(qtbot, window, photos.root)
    view = compare_on(qtbot, window, photos, photos.beach_copy)
    group = window.tile_model.group
    assert group is not None and group.keep.count(True) == 1  # the keeper, A, is the only KEEP
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, grid_key())
    assert group.loses_every_copy
    with qtbot.waitSignal(window.compare_closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)

    dialogs.answers = [True, False]  # "Move files?" yes; "Remove every copy?" no
    assert not window.trash_marked()
    assert [title for title, _text, _details in dialogs.confirmed] == ["Move files", "Remove every copy?"]
    assert photos.beach.exists() and photos.beach_copy.exists() and photos.beach_small.exists()
    assert not any(trash.rglob("*.jpg"))


def test_the_compare_view_reopens_at_the_size_it_had(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    view = compare_on(qtbot, window, photos, photos.beach_small)
    chosen = QSize(view.minimumSizeHint().width(), 450)  # no narrower: the test screen is narrower still
    assert view.size() != chosen
    view.resize(chosen)
    with qtbot.waitSignal(window.compare_closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    view = compare_on(qtbot, window, photos, photos.beach_copy)
    assert view.size() == chosen
    with qtbot.waitSignal(window.compare_closed):
        view.close()
    window.close()
    window.shutdown()

    # Lookalike started again with the same settings: the same size; one too large for the screen fits it.
    again = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    scan_and_wait(qtbot, again, photos.root)
    view = compare_on(qtbot, again, photos, photos.beach_small)
    assert view.size() == chosen
    view.resize(3000, 2000)
    with qtbot.waitSignal(again.compare_closed):
        view.close()
    view = compare_on(qtbot, again, photos, photos.beach_small)
    room = QGuiApplication.primaryScreen().availableGeometry().size() - FRAME_ALLOWANCE
    assert view.height() == room.height()
    assert view.width() == max(room.width(), view.minimumSizeHint().width())
    with qtbot.waitSignal(again.compare_closed):
        view.close()
    again.shutdown()


def test_undo_while_comparing_shows_the_mark_it_put_back(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    view = compare_on(qtbot, window, photos, photos.beach_small)
    assert view.pane_b.mark is False
    qtbot.keyClick(view, grid_key())
    assert view.pane_b.mark is True
    window.session.undo_stack.undo()  # Ctrl+Z, with the compare view open
    assert grid_mark(window, photos.beach_small) is False
    assert view.pane_b.mark is False and "DELETE" in view.label_b.text()
    window.session.undo_stack.redo()
    assert view.pane_b.mark is True
