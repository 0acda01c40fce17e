"""On a 1366 x 768 laptop at 125 % scaling (a screen of 1093 x 614), the results page shows a group of
three copies at least two tiles side by side, and the group list its essential columns whole; a width
the person gives the list by dragging stays.

The list once took half the width there, and the grid showed one tile a row: every group meant
scrolling, and the list's names were cut to "…". Each case renders the window as `lookalike --demo`
makes it (app.make_window and its sample pictures) in its own process, on an offscreen screen of the
laptop's size (as test_fits_the_screen does); run this module with
`python -m tests.ui.test_review_on_a_small_laptop LANGUAGE OUT_DIR` on such a screen to get the same
measures and a picture of it (screen-review.png).
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait
from .test_fits_the_screen import measured_on_screen, processed_until

pytestmark = OFFSCREEN_NOISE

LAPTOP = (1366, 768, "1.25")
ESSENTIAL = ("NAME", "ALIKE", "SIZE", "REVIEWED")  # the first file, how alike, to free, the tick


def render(language: str, out_dir: Path) -> dict[str, Any]:
    """Run `main` below in a fresh process on the laptop's screen; returns what it measured."""
    return measured_on_screen(
        "tests.ui.test_review_on_a_small_laptop", [language, str(out_dir)], LAPTOP, out_dir
    )


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_group_of_three_shows_two_tiles_side_by_side_beside_a_readable_list(
    tmp_path: Path, language: str
) -> None:
    measured = render(language, tmp_path)
    assert measured["available"] == [0, 0, 1093, 614]
    grid_width = measured["grid_width"]
    tiles = measured["tiles"]
    assert len(tiles) == 3
    first_row = [tile for tile in tiles if tile[1] == tiles[0][1] and tile[0] >= 0 and tile[2] <= grid_width]
    assert len(first_row) >= 2, (grid_width, tiles)

    list_width = measured["list_width"]
    for name in ESSENTIAL:
        column = measured["columns"][name]
        assert not column["hidden"], name
        assert column["left"] >= 0 and column["left"] + column["width"] <= list_width, (name, column)
        assert column["width"] >= column["cells_need"], (name, column)  # "mountain.jpg", not "mo…jpg"
        assert column["width"] >= column["header_needs"], (name, column)


def test_the_list_keeps_the_width_the_person_dragged_it_to(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """Until the person drags the handle, the list is given its width by the window's; after, the list
    keeps theirs and the grid takes what the window gains or loses."""
    scan_and_wait(qtbot, window, photos.root)
    splitter, groups = window.results.splitter, window.group_view
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: splitter.width() > 1000)
    narrow = groups.width()
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: groups.width() > narrow)  # the grid has room for three tiles: the list grows
    assert groups.width() <= window.group_view.wanted_width()
    wide = groups.width()

    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle - QPoint(150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle - QPoint(150, 0))
    dragged = groups.width()
    assert splitter.dragged and abs(dragged - (wide - 150)) <= 2
    window.resize(1300, 800)  # left alone, the list would now be narrower than that
    qtbot.waitUntil(lambda: splitter.width() < 1300)
    assert groups.width() == dragged


# ---- the rendering process --------------------------------------------------------------------------


def main(arguments: list[str]) -> int:
    """Open the demo's window, scan its pictures, show a group of three; write measures and a picture."""
    import tempfile

    from PySide6.QtWidgets import QApplication, QStyle

    from lookalike.ui import i18n
    from lookalike.ui.app import demo_samples, make_window
    from lookalike.ui.dialogs import HeadlessDialogs
    from lookalike.ui.group_table import Column

    language, out = arguments
    out_dir, app = Path(out), QApplication([])
    i18n.install(app, language)
    scratch = Path(tempfile.mkdtemp(dir=out_dir))
    window = make_window(out_dir / "logs", HeadlessDialogs(), scratch=scratch)

    wait_until = partial(processed_until, app)

    window.show()
    samples = demo_samples(window, scratch)
    assert samples is not None
    window.add_folders([samples])
    assert window.start_scan()
    wait_until(lambda: window.review is not None and not window.controller.busy)
    review = window.review
    assert review is not None
    window.select_group(next(row for row, g in enumerate(review.groups) if len(g.members) == 3))
    wait_until(window.thumbnails_settled)
    results, screen = window.results, app.primaryScreen()
    grid, groups = results.tile_view, results.group_view
    grid.doItemsLayout()
    header = groups.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    columns = {
        column.name: {
            "hidden": header.isSectionHidden(column),
            "left": header.sectionViewportPosition(column),
            "width": header.sectionSize(column),
            "cells_need": groups.sizeHintForColumn(column),
            "header_needs": header.fontMetrics().horizontalAdvance(
                str(groups.model().headerData(column, header.orientation()))
            )
            + 2 * margin,
        }
        for column in Column
    }
    tiles = []
    for row in range(grid.model().rowCount()):
        rect = grid.visualRect(grid.model().index(row, 0))
        tiles.append([rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1])
    available = screen.availableGeometry()
    measures = {
        "available": [available.x(), available.y(), available.right() + 1, available.bottom() + 1],
        "grid_width": grid.viewport().width(),
        "tiles": tiles,
        "list_width": groups.viewport().width(),
        "columns": columns,
    }
    (out_dir / "measures.json").write_text(json.dumps(measures), encoding="utf-8")
    screen.grabWindow(0).save(str(out_dir / "screen-review.png"))
    window.close()
    window.shutdown()
    window.session.decisions.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
