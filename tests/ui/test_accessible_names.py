"""Every control a person can reach has a name a screen reader can say: on the start page, the review
and the compare view, in English and in Korean."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
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
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lookalike import samples
from lookalike.core.decisions import DecisionStore
from lookalike.ui import i18n

from .conftest import OFFSCREEN_NOISE, FakeDialogs, make_window, scan_and_wait

pytestmark = OFFSCREEN_NOISE

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, QAbstractItemView, QAbstractSpinBox)


def _nameless(top: QWidget) -> list[str]:
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView | QScrollBar):
            continue  # a table's header and a scroll bar are announced with what they belong to
        if not widget.isVisible():
            continue
        reader = QAccessible.queryAccessibleInterface(widget)
        if reader is None or not reader.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_control_has_a_name_a_screen_reader_can_say(
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
        window.show()
        qtbot.waitExposed(window)
        assert _nameless(window) == []
        scan_and_wait(qtbot, window, samples.write_demo_folder(tmp_path / "demo"))
        window.select_group(1)
        assert _nameless(window) == []
        assert window.results.tile_view.accessibleDescription()  # what the keys do in the grid
        view = window.open_compare()
        assert view is not None
        qtbot.waitUntil(view.is_loaded, timeout=10_000)
        assert _nameless(view) == []
        view.close()
    finally:
        window.shutdown()
