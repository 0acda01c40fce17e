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
    """What a label's rich text reads as, its tags and no-break spaces aside."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich)).replace("\u00a0", " ")


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
