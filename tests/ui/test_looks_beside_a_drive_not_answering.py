"""Files on a network drive that stopped answering, beside files on this computer, in the results:
a look at a file on the drive (one stat) waits as long as the drive does, off the window's thread.
It must not hold the looks at the files on this computer: their small pictures in the group list,
and their tiles, show while the drive's wait."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lookalike.samples import photo
from lookalike.ui import on_disk
from lookalike.ui.group_table import Column
from lookalike.ui.models import Role
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, scan_and_wait

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def pictures(tmp_path: Path) -> tuple[Path, Path]:
    """Photos/: a pair of copies on the drive (NAS) and a pair on this computer (Local), and one
    photo with a copy on each."""
    nas, local = tmp_path / "Photos" / "NAS", tmp_path / "Photos" / "Local"
    nas.mkdir(parents=True)
    local.mkdir()
    photo(1, (320, 240)).save(nas / "a.jpg", quality=90)
    shutil.copyfile(nas / "a.jpg", nas / "a copy.jpg")
    photo(2, (320, 240)).save(local / "b.jpg", quality=90)
    shutil.copyfile(local / "b.jpg", local / "b copy.jpg")
    photo(3, (320, 240)).save(nas / "c.jpg", quality=90)
    shutil.copyfile(nas / "c.jpg", local / "c.jpg")
    return nas, local


@pytest.fixture
def answering(pictures: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The drive does not answer the window's looks at its files (the scan reads them, as it did
    before the drive stopped answering); set() when it answers."""
    nas, _local = pictures
    event = threading.Event()
    real_stat = os.stat

    def stat_of_a_drive_not_answering(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path).startswith(str(nas)) and threading.current_thread().name == "disk-looks":
            event.wait(10)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(on_disk.os, "stat", stat_of_a_drive_not_answering)  # stands in for the drive
    yield event
    event.set()


def test_the_group_lists_pictures_of_files_here_show_while_the_drive_does_not_answer(
    qtbot: QtBot,
    window: MainWindow,
    pictures: tuple[Path, Path],
    answering: threading.Event,
) -> None:
    nas, local = pictures
    scan_and_wait(qtbot, window, nas.parent)
    model = window.group_model
    rows = {model.group(r).members[0].path: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    on_the_drive, here = rows[nas / "a.jpg"], rows[local / "b.jpg"]
    for row in (on_the_drive, here):  # painted in this order
        model.index(row, Column.NAME).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.is_thumbnail_loaded(here), timeout=3000)
    assert not model.is_thumbnail_loaded(on_the_drive)  # waits for the drive
    answering.set()
    qtbot.waitUntil(lambda: model.is_thumbnail_loaded(on_the_drive), timeout=5000)


def test_a_tile_of_a_file_here_shows_while_its_copy_on_the_drive_waits(
    qtbot: QtBot,
    window: MainWindow,
    pictures: tuple[Path, Path],
    answering: threading.Event,
) -> None:
    nas, local = pictures
    scan_and_wait(qtbot, window, nas.parent)
    review = window.review
    assert review is not None
    row = review.row_holding(local / "c.jpg")
    window.select_group(next(r for r in range(len(review.groups)) if r != row))
    window.select_group(row)
    model = window.tile_model
    on_the_drive, here = model.row_of(nas / "c.jpg"), model.row_of(local / "c.jpg")
    assert on_the_drive is not None and here is not None
    for tile in (on_the_drive, here):  # painted in this order
        model.index(tile, 0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.index(here, 0).data(Role.LOADED), timeout=3000)
    assert not model.index(on_the_drive, 0).data(Role.LOADED)  # waits for the drive
    answering.set()
    qtbot.waitUntil(lambda: model.index(on_the_drive, 0).data(Role.LOADED), timeout=5000)
