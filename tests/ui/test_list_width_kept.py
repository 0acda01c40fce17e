"""The width a person gives the group list by dragging the handle beside it is kept for the next run;
one kept from a bigger screen leaves the grid room for two tiles a row on a smaller one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.ui.settings import LIST_WIDTH_KEY
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, make_window, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def drag_handle(qtbot: QtBot, window: MainWindow, by: int) -> None:
    handle = window.results.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(by, 0))


def list_width(window: MainWindow) -> int:
    return window.results.splitter.sizes()[0]


def tiles_in_the_first_row(window: MainWindow) -> int:
    """How many tiles of the current group the grid shows whole in its first row."""
    grid = window.tile_view
    grid.doItemsLayout()
    rects = [grid.visualRect(grid.model().index(row, 0)) for row in range(grid.model().rowCount())]
    width = grid.viewport().width()
    return sum(1 for r in rects if r.top() == rects[0].top() and r.left() >= 0 and r.right() < width)


def show_group_of_three(qtbot: QtBot, window: MainWindow) -> None:
    review = window.review
    assert review is not None
    window.select_group(next(row for row, g in enumerate(review.groups) if len(g.members) == 3))
    qtbot.waitUntil(lambda: window.tile_view.model().rowCount() == 3)


def another_window(
    qtbot: QtBot, settings: QSettings, decisions: DecisionStore, tmp_path: Path, name: str
) -> MainWindow:
    """A window of the next run: the same settings, a folder of its own for the rest."""
    folder = tmp_path / name
    folder.mkdir()
    return make_window(qtbot, settings, FakeDialogs(), decisions, folder)


def test_the_list_has_the_width_the_person_dragged_it_to_at_the_next_start(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    settings: QSettings,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    window.resize(1400, 800)
    scan_and_wait(qtbot, window, photos.root)
    qtbot.waitUntil(lambda: window.results.splitter.width() > 1300)
    automatic = list_width(window)
    drag_handle(qtbot, window, -70)
    dragged = list_width(window)
    assert abs(dragged - (automatic - 70)) <= 2
    window.close()

    again = another_window(qtbot, settings, decisions, tmp_path, "next run")
    again.resize(1400, 800)
    scan_and_wait(qtbot, again, photos.root)
    qtbot.waitUntil(lambda: again.results.splitter.width() > 1300)
    assert list_width(again) == dragged  # not the width the list would take by itself
    again.close()
    again.shutdown()


def test_a_width_kept_from_a_bigger_screen_leaves_the_grid_two_tiles_a_row(
    qtbot: QtBot,
    photos: Photos,
    settings: QSettings,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    settings.setValue(LIST_WIDTH_KEY, 1500)  # dragged wide on a 2560-pixel screen
    window = another_window(qtbot, settings, decisions, tmp_path, "small screen")  # 1100 x 700
    scan_and_wait(qtbot, window, photos.root)
    show_group_of_three(qtbot, window)
    assert tiles_in_the_first_row(window) >= 2
    assert window.group_view.width() >= window.group_view.least_width()  # its columns still whole
    narrow = list_width(window)

    window.resize(2300, 800)  # back on the bigger screen: the list takes its width again
    qtbot.waitUntil(lambda: list_width(window) == 1500)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: list_width(window) == narrow)
    window.close()
    window.shutdown()
    assert int(settings.value(LIST_WIDTH_KEY)) == 1500  # kept for the bigger screen, not the clamped width


def test_a_list_never_dragged_keeps_no_width_and_a_saved_nonsense_is_left_out(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    settings: QSettings,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.close()
    assert settings.value(LIST_WIDTH_KEY) is None  # the list keeps following the window

    for nonsense in ("wide", -40, 0, 10**9):
        settings.setValue(LIST_WIDTH_KEY, nonsense)
        again = another_window(qtbot, settings, decisions, tmp_path, f"run {nonsense}")
        assert not again.results.splitter.dragged
        again.close()
        again.shutdown()
