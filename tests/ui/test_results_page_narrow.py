"""On a screen 614 pixels wide (768 at 125 %: a laptop turned upright, a small tablet), the results
page fits the window in every language: the window is no wider than the screen, every button and the
group list and the grid are inside it, no word is cut off, and the grid still shows two tiles a row,
the list its essential columns whole: the list goes above the grid. In a window as narrow and low as
well (640 x 400 at 200 %) the page scrolls, and nothing lies over anything else.

The page once held the window 797 pixels wide in Japanese and 972 in English: the sensitivity's
words on one line with its two buttons (777 pixels of the 797 in Japanese), and the group list's
least width beside the grid's three buttons in a row (952 of the 972 in English). Each case renders
the window as `lookalike --demo` makes it (app.make_window and its sample pictures, with a file that
cannot be read, so that its button shows too) in its own process on an offscreen screen of that size
(as test_fits_the_screen does); run this module with
`python -m tests.ui.test_results_page_narrow LANGUAGE OUT_DIR` on such a screen to get the same
measures and a picture of it (screen-review.png).
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from lookalike.ui.window import MainWindow
from lookalike.ui.wrapping_row import Room, WrappingRow, fold

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait
from .test_fits_the_screen import inside, measured_on_screen, processed_until
from .test_list_width_kept import show_group_of_three, tiles_in_the_first_row

pytestmark = OFFSCREEN_NOISE

UPRIGHT = (768, 1366, "1.25")  # 614 x 1093 logical pixels
ESSENTIAL = ("NAME", "ALIKE", "SIZE", "REVIEWED")  # the first file, how alike, to free, the tick
# What a person needs on the page, by the names the measures give them.
CONTROLS = (
    "move",
    "compare",
    "not a duplicate",
    "none are duplicates",
    "new scan",
    "problems",
    "sensitivity",
    "keep rules",
    "not duplicates list",
    "next not reviewed",
    "search",
    "likeness",
    "folder",
    "group list",
    "grid",
)


def render(language: str, out_dir: Path) -> dict[str, Any]:
    """Run `main` below in a fresh process on the upright screen; returns what it measured."""
    return measured_on_screen("tests.ui.test_results_page_narrow", [language, str(out_dir)], UPRIGHT, out_dir)


@pytest.mark.parametrize("language", ["ja", "en", "ko", "zh_CN"])
def test_the_results_page_fits_a_screen_614_pixels_wide(tmp_path: Path, language: str) -> None:
    measured = render(language, tmp_path)
    area = measured["available"]
    assert area == [0, 0, 614, 1093]
    assert measured["least_window_width"] <= 614
    window = measured["window_frame"]
    assert inside(window, area), window
    for name in CONTROLS:
        box = measured["controls"][name]
        assert box is not None, f"{name} is not shown"
        assert box[2] > box[0] and box[3] > box[1], (name, box)
        assert inside(box, window) and inside(box, area), (name, box, window)
    assert measured["clipped"] == [] and measured["cut"] == []
    assert not measured["page_scrolls"]  # all of it in sight at once

    assert measured["stacked"]  # the list above the grid, both as wide as the window
    assert measured["tiles_in_a_row"] >= 2
    list_width = measured["list_width"]
    for name in ESSENTIAL:
        column = measured["columns"][name]
        assert not column["hidden"], name
        assert column["left"] >= 0 and column["left"] + column["width"] <= list_width, (name, column)
        assert column["width"] >= column["cells_need"], (name, column)


def _box(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def test_the_list_goes_above_the_grid_in_a_narrow_window_and_back_beside_it_in_a_wide_one(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of_three(qtbot, window)
    results, splitter = window.results, window.results.splitter
    assert not splitter.stacked
    assert window.minimumSizeHint().width() <= 614

    window.resize(600, 760)
    qtbot.waitUntil(lambda: splitter.stacked)
    groups, grid = _box(window.group_view, window), _box(window.tile_view, window)
    assert groups.bottom() < grid.top()
    assert min(groups.width(), grid.width()) > 500  # each as wide as the window
    qtbot.waitUntil(lambda: tiles_in_the_first_row(window) >= 2)
    assert window.group_view.height() >= window.group_view.height_for(3)  # three groups in sight
    assert not results.scrolling_part.verticalScrollBar().isVisible()

    window.resize(1100, 700)
    qtbot.waitUntil(lambda: not splitter.stacked)
    groups, grid = _box(window.group_view, window), _box(window.tile_view, window)
    assert groups.right() < grid.left()
    assert tiles_in_the_first_row(window) >= 2


def test_dragging_the_handle_above_the_grid_sets_the_lists_height_and_leaves_its_width(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """The height given to the list above the grid is the person's for this run; the width they gave
    it beside the grid, kept for the next run, is not changed by it."""
    scan_and_wait(qtbot, window, photos.root)
    splitter = window.results.splitter
    window.resize(600, 760)
    qtbot.waitUntil(lambda: splitter.stacked)
    before = splitter.sizes()[0]
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(0, 60))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, 60))
    assert splitter.chosen_height is not None and abs(splitter.chosen_height - (before + 60)) <= 2
    assert splitter.chosen_width is None and not splitter.dragged
    window.resize(600, 790)
    qtbot.waitUntil(lambda: splitter.height() > 0 and window.height() == 790)
    assert splitter.sizes()[0] == splitter.chosen_height


def test_in_a_window_narrow_and_low_the_page_scrolls_and_nothing_lies_over_anything(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """640 x 400 at 200 % leaves some 620 x 350 for the window: the rows wrap onto more lines than the
    height holds. The filters of the list once lay under the list there."""
    scan_and_wait(qtbot, window, photos.root)
    results = window.results
    window.resize(max(window.minimumSizeHint().width(), 560), 340)
    qtbot.waitUntil(lambda: window.height() == 340)
    QApplication.processEvents()
    assert results.scrolling_part.verticalScrollBar().maximum() > 0
    content = results.scrolling_part.widget()
    controls = {
        "search": results.filters.search,
        "likeness": results.filters.tier,
        "folder": results.filters.folder,
        "next not reviewed": results.next_unreviewed_button,
        "group list": results.group_view,
        "compare": results.compare_button,
        "not a duplicate": results.not_duplicate_button,
        "none are duplicates": results.group_not_duplicates_button,
        "grid": results.tile_view,
        "keep rules": results.rules_button,
        "not duplicates list": results.decisions_button,
        "new scan": results.new_scan_button,
        "move": results.trash_button,
    }
    boxes = {name: _box(widget, content) for name, widget in controls.items()}
    for name, box in boxes.items():
        assert controls[name].isVisible() and box.height() >= controls[name].minimumSizeHint().height(), name
        assert content.rect().contains(box), (name, box)
    overlapping = [
        (first, second)
        for first in boxes
        for second in boxes
        if first < second and boxes[first].intersects(boxes[second])
    ]
    assert overlapping == []
    results.scrolling_part.ensureWidgetVisible(results.trash_button)
    assert results.trash_button.visibleRegion().boundingRect().size() == results.trash_button.size()


# ---- the wrapping row ------------------------------------------------------------------------------


def test_parts_go_on_the_next_line_in_order_and_stretch_takes_what_a_line_spares() -> None:
    parts = [Room(100, 100), Room(120, 300, stretch=1), Room(80, 80)]
    assert fold(parts, 600, 6) == [[(0, 100), (1, 408), (2, 80)]]  # 300 wanted, then the spare
    assert fold(parts, 320, 6) == [[(0, 100), (1, 128), (2, 80)]]  # the words narrower, as far as their least
    assert fold(parts, 300, 6) == [[(0, 100), (1, 194)], [(2, 80)]]  # and not narrower
    assert fold(parts, 200, 6) == [[(0, 100)], [(1, 200)], [(2, 80)]]
    assert fold(parts, 90, 6) == [[(0, 90)], [(1, 90)], [(2, 80)]]  # never wider than the row
    assert fold([], 100, 6) == []


def test_a_row_of_buttons_wraps_and_is_never_wider_than_its_widest_button(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrappingRow(holder)
    row.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(text) for text in ("Compare side by side  (Enter)", "Not a duplicate", "None")]
    for button in buttons:
        row.add(button)
    widest = max(button.sizeHint().width() for button in buttons)
    assert row.minimumSize().width() == widest
    one_line = row.heightForWidth(row.sizeHint().width())
    two_lines = row.heightForWidth(widest)
    assert two_lines > 2 * one_line  # "Compare…" alone, the other two beside each other below it
    holder.resize(widest, two_lines)
    holder.show()
    qtbot.waitExposed(holder)
    boxes = [button.geometry() for button in buttons]
    assert all(holder.rect().contains(box) for box in boxes)
    assert boxes[0].bottom() < boxes[1].top() == boxes[2].top() and boxes[1].right() < boxes[2].left()
    buttons[0].hide()  # a hidden part takes no room
    QApplication.processEvents()
    assert row.heightForWidth(widest) == one_line


def test_a_button_kept_at_the_end_stays_at_the_lines_end_when_it_wraps(qtbot: QtBot) -> None:
    """The Move button is at the window's right beside the keys' hint; below it, at the right still."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrappingRow(holder)
    row.setContentsMargins(0, 0, 0, 0)
    words, button = (
        QPushButton("Space: KEEP / DELETE · Enter: compare"),
        QPushButton("Move 3 files to Trash…"),
    )
    row.add(words, 1)
    row.add(button, at_end=True)
    width = words.sizeHint().width() + button.sizeHint().width() + 40
    for wide in (True, False):
        holder.resize(width if wide else words.sizeHint().width() + 10, 200)
        holder.show()
        QApplication.processEvents()
        assert button.geometry().right() == holder.width() - 1, wide
        assert (button.geometry().top() == words.geometry().top()) is wide


# ---- the rendering process --------------------------------------------------------------------------


def _rect(widget: Any) -> list[int] | None:
    if not widget.isVisible():
        return None
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height()]


def main(arguments: list[str]) -> int:
    """Open the demo's window, scan its pictures, show a group of three; write measures and a picture."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from lookalike.ui import i18n
    from lookalike.ui.app import demo_samples, make_window
    from lookalike.ui.dialogs import HeadlessDialogs
    from lookalike.ui.group_table import Column

    from .test_scanning_on_a_narrow_screen import cut_words
    from .test_words_fit import _clipped

    language, out = arguments
    out_dir, app = Path(out), QApplication([])
    i18n.install(app, language)
    scratch = Path(tempfile.mkdtemp(dir=out_dir))
    window = make_window(out_dir / "logs", HeadlessDialogs(), scratch=scratch)
    wait_until = partial(processed_until, app)

    window.show()
    samples = demo_samples(window, scratch)
    assert samples is not None
    (samples / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")  # "1 file could not be read…"
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
    columns = {
        column.name: {
            "hidden": header.isSectionHidden(column),
            "left": header.sectionViewportPosition(column),
            "width": header.sectionSize(column),
            "cells_need": groups.sizeHintForColumn(column),
        }
        for column in Column
    }
    rects = [grid.visualRect(grid.model().index(row, 0)) for row in range(grid.model().rowCount())]
    in_a_row = sum(
        1
        for r in rects
        if r.top() == rects[0].top() and r.left() >= 0 and r.right() < grid.viewport().width()
    )
    shown = dict(
        zip(
            CONTROLS,
            (
                results.trash_button,
                results.compare_button,
                results.not_duplicate_button,
                results.group_not_duplicates_button,
                results.new_scan_button,
                results.errors_button,
                results.results_sensitivity,
                results.rules_button,
                results.decisions_button,
                results.next_unreviewed_button,
                results.filters.search,
                results.filters.tier,
                results.filters.folder,
                groups,
                grid,
            ),
            strict=True,
        )
    )
    available, frame = screen.availableGeometry(), window.frameGeometry()
    measures = {
        "available": [available.x(), available.y(), available.right() + 1, available.bottom() + 1],
        "window_frame": [frame.x(), frame.y(), frame.x() + frame.width(), frame.y() + frame.height()],
        "least_window_width": window.minimumSizeHint().width() + frame.width() - window.width(),
        "controls": {name: _rect(widget) for name, widget in shown.items()},
        "clipped": _clipped(window),
        "cut": cut_words(results),
        "page_scrolls": results.scrolling_part.verticalScrollBar().maximum() > 0,
        "stacked": results.splitter.stacked,
        "tiles_in_a_row": in_a_row,
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
