"""The header over the grid says which group this is, how its copies differ and why one is kept, whole,
in a window 614 pixels wide and on a 1366 x 768 screen, in every language: it goes on over another
line rather than being cut short. It was one line, shortened at its end: at 614 pixels "suggested to
keep: …" lost its reason, and at 1366 "turned, c…" the changes, which only its tooltip then said."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike import samples
from lookalike.ui import i18n
from lookalike.ui.app import showcase_group
from lookalike.ui.window import MainWindow
from lookalike.ui.wording import keep_reason_words

from .conftest import OFFSCREEN_NOISE, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def shown_words(rich: str) -> str:
    """What a label's rich text reads as, its tags and no-break spaces aside, a line break as one."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich.replace("<br>", "\n"))).replace("\u00a0", " ")


@pytest.mark.parametrize("language", ["en", "ja", "ko", "zh_CN"])
def test_the_group_header_is_read_whole_614_pixels_wide_and_at_1366_by_768(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, speaking: QApplication, language: str
) -> None:
    i18n.install(speaking, language)
    scan_and_wait(qtbot, window, samples.write_demo_folder(tmp_path / "demo"))
    window.select_group(showcase_group(window))  # similar copies, changed, kept for a long reason
    group = window.results.current_group()
    assert group is not None and group.all_changes
    header = window.results.group_header
    reason = keep_reason_words(group.group.keep_reason)
    for width, height in ((614, 800), (1366, 768)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w and header.width() < w)  # type: ignore[misc]
        QApplication.processEvents()
        said = shown_words(header.text())
        assert "…" not in said, (width, said)
        assert said == header.plain_text() and reason in said and said.startswith(header.plain_text()[:5])
        # Every line it wraps onto is in sight, inside the window.
        assert header.height() >= header.heightForWidth(header.width()), (width, header.height())
        box = QRect(header.mapTo(window, QPoint(0, 0)), header.size())
        assert window.rect().contains(box), (width, box)
        assert not header.toolTip()


@pytest.mark.parametrize("language", ["en", "ja", "ko", "zh_CN"])
def test_the_grid_stays_put_going_from_group_to_group_and_the_reason_reads_on_a_line_of_its_own(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, speaking: QApplication, language: str
) -> None:
    """The demo's groups one after the other, at 1280 x 800 and 1366 x 768: the reason a copy is kept
    was the header's end, wrapped where the width ran out, so one group's header took two lines and
    the next one's one, and the grid under it moved up and down from group to group; in English a
    lone "folder" made the second line. The reason now has its own line, and the grid stays put."""
    i18n.install(speaking, language)
    scan_and_wait(qtbot, window, samples.write_demo_folder(tmp_path / "demo"))
    header, grid = window.results.group_header, window.results.tile_view
    for width, height in ((1280, 800), (1366, 768)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
        tops, heights = set(), set()
        for row in range(window.results.group_model.rowCount()):
            window.select_group(row)
            QApplication.processEvents()
            group = window.results.current_group()
            assert group is not None
            lines = header.plain_text().split("\n")
            assert lines[1:] == [
                shown_words(window.results.tr("Suggested to keep: %1")).replace(
                    "%1", keep_reason_words(group.group.keep_reason)
                )
            ], lines
            tops.add(grid.mapTo(window, QPoint(0, 0)).y())
            heights.add(header.height())
        assert len(tops) == 1 and len(heights) == 1, (width, tops, heights)
