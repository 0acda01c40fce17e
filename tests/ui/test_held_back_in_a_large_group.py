"""A sticker collector's group of 2,000 copies of one file, many of them touched since the scan (a
sync tool, a backup restored): the window sees each changed as its tile is painted, and holds it
back. The totals are asked at every such look and every mark switched: each must take the window's
thread a moment, not seconds."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from lookalike.samples import photo
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, scan_and_wait

pytestmark = OFFSCREEN_NOISE

COPIES = 2000
TOUCHED = 1000
A_MOMENT = 0.25  # seconds; 5 s before, at 1,000 files held back in a group of 2,000


def test_switching_a_mark_in_a_group_of_2000_copies_half_of_them_held_back_takes_a_moment(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Stickers"
    folder.mkdir()
    photo(4, (48, 48)).save(folder / "sticker 0000.png")
    for number in range(1, COPIES):
        shutil.copyfile(folder / "sticker 0000.png", folder / f"sticker {number:04}.png")
    scan_and_wait(qtbot, window, folder)
    review = window.review
    assert review is not None and len(review.groups) == 1
    group = review.groups[0]
    window.select_group(0)
    touched = [m.path for m, keep in zip(group.members, group.keep, strict=True) if not keep][:TOUCHED]
    for path in touched[:-1]:  # as the window saw them, one screen of tiles after another
        os.utime(path, ns=(1_800_000_000 * 10**9, 1_800_000_000 * 10**9))
        review.saw_on_disk(group, path, gone=False)
    os.utime(touched[-1], ns=(1_800_000_000 * 10**9, 1_800_000_000 * 10**9))
    started = time.monotonic()
    # The last tile's look answers: the tile model tells the session (TileModel.file_seen).
    window.tile_model.file_seen.emit(group, touched[-1], OnDisk.CHANGED)
    took = time.monotonic() - started
    assert len(review.held_back()) == TOUCHED
    assert took < A_MOMENT, took
    assert window.results.trash_button.text().startswith(f"Move {COPIES - 1 - TOUCHED} files")

    row = window.tile_model.row_of(touched[-1])
    assert row is not None
    started = time.monotonic()
    window.tile_model.toggle(row)  # Space: the totals follow
    took = time.monotonic() - started
    assert window.results.trash_button.text().startswith(f"Move {COPIES - 1 - TOUCHED} files")
    assert took < A_MOMENT, took
