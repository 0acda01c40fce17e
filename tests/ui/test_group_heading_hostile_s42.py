"""The group heading (6b07908): why a copy is kept has a line of its own so that the grid under the
heading stays put from group to group at 1280 x 800 and 1366 x 768. Hostile: a group whose every
copy is marked DELETE, whose heading's first line then begins "No copy kept: every copy is marked
DELETE", beside groups that keep a copy: that line wraps (English, Japanese, at 1280 px) where the
others' does not, and the grid moves down and up again from group to group, as it did before; so
does it when the person marks a group's last KEEP copy DELETE. The warning now takes the reason's
line, in bold, in its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike import samples
from lookalike.ui import i18n
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, scan_and_wait

pytestmark = OFFSCREEN_NOISE


@pytest.mark.parametrize("language", ["en", "ja"])  # ko and zh_CN fit on one line at 1280 px
def test_the_grid_stays_put_going_from_a_group_losing_every_copy_to_the_next(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, speaking: QApplication, language: str
) -> None:
    i18n.install(speaking, language)
    scan_and_wait(qtbot, window, samples.write_demo_folder(tmp_path / "demo"))
    review = window.review
    assert review is not None
    for group in review.groups[::2]:  # every other group: every copy marked DELETE
        window.session.set_marks(group, dict.fromkeys(range(len(group.members)), False))
    header, grid = window.results.group_header, window.results.tile_view
    for width, height in ((1280, 800), (1366, 768)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
        tops: dict[int, list[str]] = {}
        for row in range(window.results.group_model.rowCount()):
            window.select_group(row)
            QApplication.processEvents()
            top = grid.mapTo(window, QPoint(0, 0)).y()
            tops.setdefault(top, []).append(header.plain_text().split("\n")[0])
        assert len(tops) == 1, (width, tops)
