"""Every word fits its widget at 1366x768, in every language of the window: no label, button or box
wider than the room it was given (a clipped Korean button is a button nobody can read), on the start
page, each group of the demo's review and the compare view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton, QStyle, QWidget
from pytestqt.qtbot import QtBot

from lookalike import samples
from lookalike.core.decisions import DecisionStore
from lookalike.ui import i18n

from .conftest import OFFSCREEN_NOISE, FakeDialogs, make_window, scan_and_wait

pytestmark = OFFSCREEN_NOISE

BUTTON_PADDING = 8  # a push button's frame and margins around its words, at the least


def _clipped(top: QWidget) -> list[str]:
    """The visible widgets under `top` whose one-line text needs more width than they have."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if (
            isinstance(widget, QLabel)
            and widget.text()
            and not widget.wordWrap()
            and widget.pixmap().isNull()
        ):
            text = widget.text()
            if "<" in text:  # rich text lays itself out
                continue
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            room = widget.contentsRect().width() - 2 * widget.margin()
        elif isinstance(widget, QAbstractButton) and widget.text():
            # The words and the icon or box beside them, not sizeHint(): that holds the style's least
            # button width (80 pixels), which a small button ("Fit", "+") may go below.
            words = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            beside = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            if isinstance(widget, QCheckBox | QRadioButton):
                beside += widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
            needed, room = words + beside + BUTTON_PADDING, widget.width()
        else:
            continue
        if needed > room + 1:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {needed} > {room}")
    return found


@pytest.mark.parametrize("language", ["en", "ko", "zh_CN", "ja"])
def test_every_word_of_the_start_and_review_pages_fits_at_1366x768(
    qtbot: QtBot,
    speaking: QApplication,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    language: str,
) -> None:
    i18n.install(speaking, language)
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert _clipped(window) == []
        scan_and_wait(qtbot, window, samples.write_demo_folder(tmp_path / "demo"))
        for row in range(len(window.review.groups) if window.review else 0):
            window.select_group(row)
            speaking.processEvents()
            assert _clipped(window) == [], row
        view = window.open_compare()
        assert view is not None
        view.resize(1366, 740)
        qtbot.waitUntil(view.is_loaded, timeout=10_000)
        assert _clipped(view) == []
        view.close()
    finally:
        window.shutdown()


def test_a_window_too_narrow_for_its_words_is_caught(
    qtbot: QtBot, settings: QSettings, dialogs: FakeDialogs, decisions: DecisionStore, tmp_path: Path
) -> None:
    """The check itself: squeezed to 400 pixels, the start page's buttons no longer fit."""
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    try:
        window.setMinimumSize(1, 1)
        window.start.setMinimumSize(1, 1)
        window.resize(400, 768)
        window.show()
        qtbot.waitExposed(window)
        assert _clipped(window) != []
    finally:
        window.shutdown()
