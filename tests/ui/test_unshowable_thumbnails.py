"""A tile whose picture cannot be shown (gone since the scan, damaged, unreadable) says so and why,
instead of the loading mark for ever; the tiles beside it still show their pictures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from lookalike.ui.models import TILE_THUMB
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def _vanish(path: Path) -> None:
    path.unlink()


def _damage(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # a copy cut off half way


def _lock(path: Path) -> None:
    path.chmod(0)
    if os.access(path, os.R_OK):  # root passes file permissions unless its capabilities are dropped
        path.chmod(0o644)
        pytest.skip("this user reads a file whatever its permissions (root)")


HARMS = {
    "vanished": (_vanish, "the file is no longer there (moved or deleted?)"),
    "damaged": (_damage, "the file is truncated: part of the picture data is missing"),
    "unreadable": (_lock, "no permission to read the file"),
}


@pytest.mark.parametrize("harm", HARMS)
def test_a_tile_whose_picture_cannot_be_shown_says_so_and_why(
    qtbot: QtBot, window: MainWindow, photos: Photos, harm: str
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    assert window.review is not None
    row, group = next(
        (row, group) for row, group in enumerate(window.review.groups) if group is not window.tile_model.group
    )
    victim = group.members[-1].path
    # its tile was never painted: harm it first
    assert not window.loader.is_loaded(group.members[-1].record.entry, TILE_THUMB)
    spoil, reason = HARMS[harm]
    spoil(victim)

    window.select_group(row)
    qtbot.waitUntil(window.thumbnails_settled, timeout=10_000)
    model = window.tile_model
    tile = model.index(model.row_of(victim), 0)
    tooltip = str(tile.data(Qt.ItemDataRole.ToolTipRole))
    assert f"Cannot show this file: {reason}" in tooltip.splitlines()

    painter = window.tile_view.itemDelegate()
    assert painter.placeholder_words(tile) == ("Cannot show this file", reason)  # not "…", the loading mark
    for other in range(model.rowCount()):
        if other != tile.row():  # the copies beside it still show their pictures, and say nothing of it
            beside = model.index(other, 0)
            assert isinstance(beside.data(Qt.ItemDataRole.DecorationRole), QPixmap)
            assert painter.placeholder_words(beside) == ("", "")
            assert "Cannot show" not in str(beside.data(Qt.ItemDataRole.ToolTipRole))
