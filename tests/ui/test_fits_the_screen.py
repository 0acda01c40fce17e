"""The window and the compare view fit small laptop screens: every button on screen, nothing below the edge.

Each case renders the real window in its own process on an offscreen screen of the laptop's size
(Qt's offscreen platform reads its screens from a JSON file) at 100 % and 125 % scaling, scans a few
duplicates, opens the compare view, and reports where the buttons are; run this module with
`python -m tests.ui.test_fits_the_screen WIDTH HEIGHT SCALE OUT_DIR FOLDER` to get the same
measures and the pictures of the screen (screen-start.png, screen-results.png, screen-compare.png).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from lookalike.ui.compare import COMPARE_SIZE, CompareView
from lookalike.ui.dialogs import HeadlessDialogs
from lookalike.ui.settings import FRAME_ALLOWANCE
from lookalike.ui.window import WINDOW_SIZE, MainWindow

from .conftest import OFFSCREEN_NOISE, write_small_photos

pytestmark = OFFSCREEN_NOISE

REPOSITORY = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60.0

SCREENS = [(1366, 768, "1"), (1366, 768, "1.25"), (1280, 720, "1"), (1280, 720, "1.25")]
WINDOW_SCREENS = [pytest.param(*screen, id=f"{screen[0]}x{screen[1]}-{screen[2]}") for screen in SCREENS]
COMPARE_SCREENS = [pytest.param(*screen, id=f"{screen[0]}x{screen[1]}-{screen[2]}") for screen in SCREENS]

Box = list[int]  # left, top, right, bottom (exclusive), in logical pixels on the screen
COMPARE_PREFIX = "compare "  # the names of the compare view's buttons in the measures


def screen_config(path: Path, width: int, height: int) -> Path:
    """A JSON file describing one offscreen screen of `width` x `height` device pixels."""
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1.0}
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


def offscreen_environment(config: Path, scale: str, home: Path) -> dict[str, str]:
    """The environment of a process that shows its windows on the screen `config` describes, scaled by
    `scale`, with its cache and settings in `home`."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "HOME": str(home),  # its cache and settings stay in the test's folder
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }


def render(width: int, height: int, scale: str, out_dir: Path, folder: Path) -> dict[str, Any]:
    """Run `main` below in a fresh process on such a screen; returns what it measured."""
    arguments = [str(width), str(height), scale, str(out_dir), str(folder)]
    return measured_on_screen("tests.ui.test_fits_the_screen", arguments, (width, height, scale), out_dir)


def processed_until(app: QGuiApplication, done: Callable[[], object]) -> None:
    """Let `app` process its events until `done()` is true: a window rendered for measuring, in a
    process of its own (no pytest-qt there); TimeoutError after TIMEOUT_S."""
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def measured_on_screen(
    module: str, arguments: list[str], screen: tuple[int, int, str], out_dir: Path
) -> dict[str, Any]:
    """Run `module` with `arguments` in a fresh process on an offscreen screen of `screen` (width,
    height, scale); what it wrote in out_dir/measures.json."""
    width, height, scale = screen
    config = screen_config(out_dir / "screen.json", width, height)
    completed = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=REPOSITORY,
        env=offscreen_environment(config, scale, out_dir / "home"),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S * 2,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    measured: dict[str, Any] = json.loads((out_dir / "measures.json").read_text(encoding="utf-8"))
    return measured


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int, int, str], dict[str, Any]]:
    """Measures on each screen, rendered once for the tests of the window and of the compare view."""
    folder = write_small_photos(tmp_path_factory.mktemp("fit") / "pictures", 10, side=160)
    done: dict[tuple[int, int, str], dict[str, Any]] = {}

    def measure(width: int, height: int, scale: str) -> dict[str, Any]:
        key = (width, height, scale)
        if key not in done:
            done[key] = render(width, height, scale, tmp_path_factory.mktemp("screen"), folder)
        return done[key]

    return measure


def inside(box: Box, area: Box) -> bool:
    return area[0] <= box[0] and area[1] <= box[1] and box[2] <= area[2] and box[3] <= area[3]


def screen_area(measured: dict[str, Any], width: int, height: int, scale: str) -> Box:
    """The available area the process saw: the laptop's pixels divided by the scale."""
    area: Box = measured["available"]
    logical = (round(width / float(scale)), round(height / float(scale)))
    assert (area[2] - area[0], area[3] - area[1]) == logical
    return area


def off_screen(measured: dict[str, Any], area: Box, *, compare: bool) -> dict[str, Box]:
    """The buttons of the window (or of the compare view) that are not entirely on the screen."""
    return {
        name: box
        for name, box in measured["buttons"].items()
        if name.startswith(COMPARE_PREFIX) == compare and not inside(box, area)
    }


@pytest.mark.parametrize(("width", "height", "scale"), WINDOW_SCREENS)
def test_the_windows_buttons_are_on_a_laptop_screen(
    rendered: Callable[[int, int, str], dict[str, Any]], width: int, height: int, scale: str
) -> None:
    measured = rendered(width, height, scale)
    area = screen_area(measured, width, height, scale)
    assert {"scan", "options", "trash", "compare", "new scan"} <= measured["buttons"].keys()
    assert not off_screen(measured, area, compare=False)
    assert inside(measured["window_frame"], area), measured["window_frame"]
    assert not measured["start_scrolls"]  # the start page, all in sight, as it was before it could scroll


@pytest.mark.parametrize(("width", "height", "scale"), COMPARE_SCREENS)
def test_the_compare_views_buttons_are_on_a_laptop_screen(
    rendered: Callable[[int, int, str], dict[str, Any]], width: int, height: int, scale: str
) -> None:
    measured = rendered(width, height, scale)
    area = screen_area(measured, width, height, scale)
    assert {"compare close", "compare not duplicates", "compare next"} <= measured["buttons"].keys()
    assert not off_screen(measured, area, compare=True)
    compare_width = measured["compare_frame"][2] - measured["compare_frame"][0]
    assert compare_width <= area[2] - area[0]


def test_a_saved_window_geometry_is_restored_and_kept_on_screen(qtbot: QtBot, settings: QSettings) -> None:
    """The window opens where and as large as the person left it; a size saved on a bigger screen
    shrinks to the available area."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(settings=settings, dialogs=HeadlessDialogs())
    qtbot.addWidget(first)
    first.resize(QSize(600, 500))
    first.move(area.x() + 30, area.y() + 20)
    first.settings.save_geometry(first.saveGeometry())
    again = MainWindow(settings=settings, dialogs=HeadlessDialogs())
    qtbot.addWidget(again)
    assert again.size() == QSize(600, 500)
    assert (
        again.pos() - QPoint(area.x() + 30, area.y() + 20)
    ).manhattanLength() <= 10  # give or take a frame

    again.resize(area.size() * 2)  # as if saved on a far bigger screen
    again.move(area.x() + 400, area.y() + 300)
    again.settings.save_geometry(again.saveGeometry())
    third = MainWindow(settings=settings, dialogs=HeadlessDialogs())
    qtbot.addWidget(third)
    frame = third.frameGeometry().adjusted(0, 0, FRAME_ALLOWANCE.width(), FRAME_ALLOWANCE.height())
    assert area.contains(frame)


def test_the_first_window_and_the_compare_view_fit_the_screen(qtbot: QtBot, settings: QSettings) -> None:
    """Nothing saved yet: the window's usual size, shrunk to a screen too small for it (tests run on an
    800 x 800 one); the compare view likewise."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = MainWindow(settings=settings, dialogs=HeadlessDialogs())
    qtbot.addWidget(window)
    expected = WINDOW_SIZE.boundedTo(area.size() - FRAME_ALLOWANCE)
    assert window.size() == expected
    view = CompareView([Path("a.jpg"), Path("b.jpg")])
    qtbot.addWidget(view)
    assert view.size() == COMPARE_SIZE.boundedTo(area.size() - FRAME_ALLOWANCE)
    view.shutdown()


# ---- the rendering process --------------------------------------------------------------------------


def _rect(widget: Any) -> list[int]:
    """A widget's rectangle on the screen: left, top, right, bottom (exclusive)."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height()]


def _frame(widget: Any) -> list[int]:
    frame = widget.frameGeometry()
    return [frame.x(), frame.y(), frame.x() + frame.width(), frame.y() + frame.height()]


def main(arguments: list[str]) -> int:
    """Show the window as the app does, scan `folder`, open compare; write measures and screen pictures."""

    from PySide6.QtWidgets import QApplication

    from lookalike.core.decisions import DecisionStore

    _width, _height, _scale, out, folder = arguments
    out_dir, app = Path(out), QApplication([])
    screen = app.primaryScreen()
    scratch = Path(out) / "scratch"
    scratch.mkdir()
    decisions = DecisionStore(scratch / "decisions.sqlite3")
    window = MainWindow(
        settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat),
        dialogs=HeadlessDialogs(),
        log_dir=scratch,
        journal=scratch / "journal.jsonl",
        decisions=decisions,
    )
    buttons: dict[str, list[int]] = {}

    wait_until = partial(processed_until, app)

    def picture(name: str) -> None:
        app.processEvents()
        screen.grabWindow(0).save(str(out_dir / f"screen-{name}.png"))

    window.add_folders([Path(folder)])
    window.show()
    wait_until(lambda: window.isVisible() and not window.start.adding())  # the folder listed
    buttons["scan"] = _rect(window.start.scan_button)
    buttons["add folder"] = _rect(window.start.add_button)
    buttons["options"] = _rect(window.start.options_button)
    scroll_bar = window.start.scrolling_part.verticalScrollBar()
    start_scrolls = scroll_bar.isVisible() and scroll_bar.maximum() > 0
    picture("start")
    window.start_scan()
    wait_until(lambda: window.review is not None and not window.controller.busy)
    wait_until(window.thumbnails_settled)
    results = window.results
    for name, button in (
        ("trash", results.trash_button),
        ("compare", results.compare_button),
        ("not duplicate", results.not_duplicate_button),
        ("new scan", results.new_scan_button),
        ("rules", results.rules_button),
        ("decisions", results.decisions_button),
    ):
        buttons[name] = _rect(button)
    picture("results")
    view = window.open_compare()
    assert view is not None
    loaded: list[bool] = []
    view.images_loaded.connect(lambda: loaded.append(True))
    wait_until(lambda: view.isVisible() and bool(loaded))
    bar = view._bar
    for name, button in (
        ("compare close", bar.close_button),
        ("compare not duplicates", bar.not_duplicates_button),
        ("compare next", bar.next_button),
        ("compare fit", bar.fit_button),
        *((f"compare {mode.value}", b) for mode, b in bar.mode_buttons.items()),
    ):
        buttons[name] = _rect(button)
    picture("compare")
    available = screen.availableGeometry()
    measures = {
        "available": [available.x(), available.y(), available.right() + 1, available.bottom() + 1],
        "window_frame": _frame(window),
        "start_scrolls": start_scrolls,
        "compare_frame": _frame(view),
        "buttons": buttons,
    }
    (out_dir / "measures.json").write_text(json.dumps(measures), encoding="utf-8")
    view.close()
    window.close()
    window.shutdown()
    decisions.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
