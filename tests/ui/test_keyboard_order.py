"""The keyboard reaches every control, in reading order: Tab goes through the start page and the review
top to bottom, left to right (the group list's column before the group's), stops at every control and
comes back round; Shift+Tab goes the same way back. The compare view keeps Tab for flickering: there,
each button says its key, and the key does what the button does."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lookalike.samples import photo
from lookalike.ui.compare import CompareView
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, add_folders, scan_and_wait

pytestmark = OFFSCREEN_NOISE

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, QAbstractItemView, QAbstractSpinBox)


def _name(widget: QWidget | None) -> str:
    """What a screen reader calls `widget`."""
    reader = QAccessible.queryAccessibleInterface(widget) if widget is not None else None
    return reader.text(QAccessible.Text.Name) if reader is not None else repr(widget)


def _controls(page: QWidget) -> list[QWidget]:
    """The controls a person can use on `page` now (a scroll bar or a table's header belongs to its view)."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QHeaderView | QScrollBar)
        and widget.isVisible()
        and widget.isEnabled()
    ]


def _tab_round(qtbot: QtBot, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """The controls `key` goes through from the one with the focus, until it is back there."""
    first = QApplication.focusWidget()
    assert first is not None
    visited = [first]
    for _ in range(50):
        qtbot.keyClick(visited[-1], key)
        reached = QApplication.focusWidget()
        assert reached is not None
        if reached is first:
            return visited
        visited.append(reached)
    raise AssertionError(f"Tab never came back to {_name(first)!r}: {[_name(w) for w in visited]}")


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_tab_goes_through_the_start_page_in_reading_order(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    add_folders(qtbot, window, [photos.root])
    window.start.folder_list.setCurrentRow(0)  # "Remove" works on the selected folders
    _activate(qtbot, window)  # the window gives the focus to its first control

    visited = _tab_round(qtbot)
    assert [_name(widget) for widget in visited] == [
        "Folders to scan",
        "Add folder…",
        "Recent folders",
        "Remove",
        "Also similar pictures (resized, re-saved or converted copies)",  # the kind chosen
        "Sensitivity",
        "Also find rotated and mirrored copies",
        "Options…",
        "Scan for duplicates",
    ]
    assert _tab_round(qtbot, Qt.Key.Key_Backtab) == [visited[0], *reversed(visited[1:])]

    # The other kind of search is one arrow away from the chosen one, as in any group of radio buttons.
    (skipped,) = [widget for widget in _controls(window.start) if widget not in visited]
    assert skipped is window.start.exact_radio
    visited[4].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(visited[4], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is window.start.exact_radio and window.start.exact_radio.isChecked()
    qtbot.keyClick(window.start.exact_radio, Qt.Key.Key_Tab)
    assert _name(QApplication.focusWidget()) == "Options…"  # the sensitivity is for similar pictures only
    window.start.folder_list.setFocus(Qt.FocusReason.TabFocusReason)
    assert _name(_tab_round(qtbot)[4]) == "Exact copies only (files that are byte-for-byte the same)"


def test_tab_goes_through_the_review_in_reading_order(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    (photos.root / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    scan_and_wait(qtbot, window, photos.root)
    _activate(qtbot, window)
    results = window.results
    results.errors_button.setFocus(Qt.FocusReason.TabFocusReason)  # the first control, top left

    visited = _tab_round(qtbot)
    assert [_name(widget) for widget in visited] == [
        "1 file could not be read…",
        "New scan…",
        "Sensitivity",
        "Which copy to keep…",
        "“Not duplicates” list…",
        # The group list's column, top to bottom ...
        "Next not reviewed  (U)",
        "Search file names and folders…",
        "Any likeness",
        "Any folder",
        "Duplicate groups",
        # ... then the group's.
        "Compare side by side  (Enter)",
        "Not a duplicate  (N)",
        "None of these are duplicates",
        "Pictures in the group",
        _name(results.trash_button),  # "Move 3 files (… kB) to Trash…", at the bottom
    ]
    assert re.fullmatch(r"Move 3 files \(.+\) to Trash…", _name(visited[-1]))
    assert _tab_round(qtbot, Qt.Key.Key_Backtab) == [visited[0], *reversed(visited[1:])]
    assert [_name(widget) for widget in _controls(results) if widget not in visited] == []


def _key_named_by(button: QPushButton) -> str:
    """The key a compare-view button names: "Flicker  (F)", a tip "Zoom in (+)", or the tip "Esc"."""
    for text in (button.text(), button.toolTip()):
        if named := re.search(r"\(([^()]+)\)$", text):
            return named.group(1)
    return button.toolTip()


KEYS = {"←": Qt.Key.Key_Left, "→": Qt.Key.Key_Right, "Esc": Qt.Key.Key_Escape, "+": Qt.Key.Key_Plus}


def test_each_compare_button_has_a_key_that_does_what_it_does(qtbot: QtBot, tmp_path: Path) -> None:
    """Two views of the same pictures, one clicked and one typed at, stay alike button after button (in
    an order where each button changes something)."""
    original = photo(11, (1600, 1200))  # larger than the panes: "Fit" is less than 100%
    paths = [tmp_path / "reference.png", tmp_path / "small.png", tmp_path / "same.png"]
    original.save(paths[0])
    original.resize((800, 600), Image.Resampling.LANCZOS).save(paths[1])
    shutil.copyfile(paths[0], paths[2])
    clicked, typed = CompareView(paths), CompareView(paths)
    asked: dict[CompareView, list[Path]] = {clicked: [], typed: []}
    for view in (clicked, typed):
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.not_duplicates_requested.connect(asked[view].append)
        view.show()
        qtbot.waitUntil(view.is_loaded, timeout=10_000)

    def state(view: CompareView) -> tuple[object, ...]:
        return view.mode, view.pair, view.zoom_label.text(), view.isVisible(), tuple(asked[view])

    buttons = {_key_named_by(button): button for button in clicked.findChildren(QPushButton)}
    order = ["F", "S", "D", "+", "1", "-", "0", "→", "←", "N", "Esc"]
    assert sorted(buttons) == sorted(order)  # every button names its key
    for key in order:
        before = state(clicked)
        qtbot.mouseClick(buttons[key], Qt.MouseButton.LeftButton)
        qtbot.keyClick(typed, KEYS.get(key, key))
        for view in (clicked, typed):
            qtbot.waitUntil(lambda view=view: not view.isVisible() or view.is_loaded(), timeout=10_000)
        assert state(clicked) != before, f"{key}: the step shows nothing"
        assert state(typed) == state(clicked), f"{buttons[key].text() or buttons[key].toolTip()}: key {key!r}"
    assert asked[typed] == [paths[1]]
