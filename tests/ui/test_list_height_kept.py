"""In a window too narrow for the group list beside the grid, the list goes above it; the height the
person drags it to there is kept as its width beside the grid is: when the window goes wide and
narrow again, when it is too low for that height a while, and for the next run (the settings read
and write it as they do the width, and the list takes back a height given to it, as far as the grid
keeps its least height)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.ui.settings import LIST_HEIGHT_KEY, LIST_WIDTH_KEY, SettingsStore
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait
from .test_list_width_kept import another_window

pytestmark = OFFSCREEN_NOISE

NARROW = (600, 760)


def drag_handle_down(qtbot: QtBot, window: MainWindow, by: int) -> None:
    handle = window.results.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(0, by))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, by))


def list_height(window: MainWindow) -> int:
    """The height of the list's side above the grid, as the person sees it."""
    splitter = window.results.splitter
    assert splitter.stacked
    return splitter.widget(0).height()


def resize(qtbot: QtBot, window: MainWindow, width: int, height: int, *, stacked: bool) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.results.splitter.stacked is stacked and window.height() == height)


def test_the_height_dragged_above_the_grid_comes_back_when_the_window_is_narrow_again(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    resize(qtbot, window, *NARROW, stacked=True)
    automatic = list_height(window)
    drag_handle_down(qtbot, window, 60)
    dragged = list_height(window)
    assert abs(dragged - (automatic + 60)) <= 2

    resize(qtbot, window, 1366, 768, stacked=False)  # side by side, then narrow again
    resize(qtbot, window, *NARROW, stacked=True)
    assert list_height(window) == dragged
    resize(qtbot, window, 600, 500, stacked=True)  # too low for it: the grid keeps its least height
    assert list_height(window) < dragged
    resize(qtbot, window, *NARROW, stacked=True)
    assert list_height(window) == dragged


def test_a_height_kept_from_an_earlier_run_is_the_lists_above_the_grid(
    qtbot: QtBot, window: MainWindow, photos: Photos, settings: QSettings
) -> None:
    """What the window reads at its start (SettingsStore.list_height) it gives the list
    (keep_list_height): the list is that high above the grid, and, beside it, as wide as before."""
    store = SettingsStore(settings)
    assert store.list_height() is None
    store.save_list_height(330)
    assert SettingsStore(settings).list_height() == 330
    scan_and_wait(qtbot, window, photos.root)
    resize(qtbot, window, *NARROW, stacked=True)
    automatic = list_height(window)
    assert automatic != 330
    splitter = window.results.splitter
    splitter.keep_list_height(330)
    assert list_height(window) == 330
    assert not splitter.dragged  # its width beside the grid is still the list's own
    resize(qtbot, window, 1366, 768, stacked=False)
    resize(qtbot, window, *NARROW, stacked=True)
    assert list_height(window) == 330
    assert settings.value(LIST_WIDTH_KEY) is None


@pytest.mark.parametrize("nonsense", ["high", -40, 0, 10**9, True])
def test_a_saved_height_that_is_no_height_is_left_out(settings: QSettings, nonsense: object) -> None:
    settings.setValue(LIST_HEIGHT_KEY, nonsense)
    assert SettingsStore(settings).list_height() is None


def test_the_height_dragged_above_the_grid_is_the_lists_at_the_next_start(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    settings: QSettings,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    resize(qtbot, window, *NARROW, stacked=True)
    drag_handle_down(qtbot, window, 60)
    dragged = list_height(window)
    window.close()
    assert int(settings.value(LIST_HEIGHT_KEY)) == dragged
    assert settings.value(LIST_WIDTH_KEY) is None  # its width beside the grid was never dragged

    again = another_window(qtbot, settings, decisions, tmp_path, "next run")
    scan_and_wait(qtbot, again, photos.root)
    resize(qtbot, again, *NARROW, stacked=True)
    assert list_height(again) == dragged  # not the height the list would take by itself
    again.close()
    again.shutdown()
