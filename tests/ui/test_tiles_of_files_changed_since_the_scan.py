"""What the tiles and the compare view show is the file on disk, and what they say of it is true:
a picture replaced under the same name is never shown with the picture it replaced (thumbnails are
remembered by the file's identity, not its path), and a file gone or changed since the scan says
so instead of the scan's claims about it ("EXACT COPY", "the same bytes as the reference")."""

from __future__ import annotations

import os
import shutil
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import ImageDraw
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot

from lookalike.core.reasons import Code
from lookalike.samples import photo
from lookalike.ui import group_table, models, on_disk
from lookalike.ui.compare import CompareView
from lookalike.ui.delegates import cannot_show_icon
from lookalike.ui.group_table import LIST_THUMB, Column
from lookalike.ui.i18n import size_text
from lookalike.ui.models import TILE_THUMB, Role
from lookalike.ui.on_disk import OnDisk, found_now, look
from lookalike.ui.thumbnails import ThumbnailLoader
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE

GONE_REASON = "the file is no longer there (moved or deleted?)"


def pixels(pixmap: object) -> bytes:
    assert isinstance(pixmap, QPixmap), pixmap
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)
    return bytes(image.constBits())


def show_group_holding(qtbot: QtBot, window: MainWindow, path: Path) -> int:
    """Select the group holding `path` (after another one, so its tiles are looked at afresh) and wait
    for its thumbnails; the tile row of `path`."""
    review = window.review
    assert review is not None
    row = review.row_holding(path)
    window.select_group(next(r for r in range(len(review.groups)) if r != row))
    window.select_group(row)
    model = window.tile_model
    for tile in range(model.rowCount()):  # those out of sight too
        model.index(tile, 0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(
        lambda: all(model.index(tile, 0).data(Role.LOADED) for tile in range(model.rowCount())),
        timeout=10_000,
    )
    tile_row = model.row_of(path)
    assert tile_row is not None
    return tile_row


def test_a_new_scan_shows_the_picture_now_at_a_name_another_picture_took(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The reviewer's case: a beach photo and its copy, and a dog photo; then the beach photos are
    deleted and the dog photo copied under the copy's name. The new scan's tile of that name shows
    the dog, as the compare view does, never the beach photo remembered from the first scan."""
    root = tmp_path / "Camera"
    root.mkdir()
    photo(11, (400, 300)).save(root / "IMG_0001.jpg", quality=92)
    shutil.copyfile(root / "IMG_0001.jpg", root / "IMG_0001 (1).jpg")
    dog = photo(55, (400, 300))
    ImageDraw.Draw(dog).rectangle((150, 100, 250, 200), fill=(250, 250, 0))
    dog.save(root / "dog.jpg", quality=92)
    scan_and_wait(qtbot, window, root)
    window.select_group(0)
    qtbot.waitUntil(window.thumbnails_settled, timeout=10_000)
    reused = root / "IMG_0001 (1).jpg"
    beach_tile = window.tile_model.index(window.tile_model.row_of(reused) or 0, 0)
    beach = pixels(beach_tile.data(Qt.ItemDataRole.DecorationRole))  # remembered from the first scan

    (root / "IMG_0001.jpg").unlink()
    shutil.copyfile(root / "dog.jpg", reused)
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    window.select_group(0)
    qtbot.waitUntil(window.thumbnails_settled, timeout=10_000)

    model = window.tile_model
    assert sorted(m.path.name for m in model.group.members) == ["IMG_0001 (1).jpg", "dog.jpg"]
    tile = model.index(model.row_of(reused), 0)
    dog_tile = model.index(model.row_of(root / "dog.jpg"), 0)
    shown = pixels(tile.data(Qt.ItemDataRole.DecorationRole))
    assert shown != beach
    assert shown == pixels(dog_tile.data(Qt.ItemDataRole.DecorationRole))  # the same bytes, the same picture
    assert tile.data(Role.ON_DISK) is OnDisk.AS_SCANNED  # this scan saw the dog there: nothing to say
    assert window.tile_view.itemDelegate().corner_badge(tile)[0] == "EXACT COPY"


def test_the_thumbnail_cache_remembers_a_picture_by_its_files_identity(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    photo(1, (40, 30)).save(path)
    before = found_now(path)
    loader = ThumbnailLoader()
    try:
        loader.pixmap(before, 32)
        qtbot.waitUntil(lambda: loader.is_loaded(before, 32), timeout=5000)
        first = loader.pixmap(before, 32)
        assert first is not None and (first.width(), first.height()) == (32, 24)

        photo(2, (30, 40)).save(path)  # another picture under the same name
        after = found_now(path)
        assert not loader.is_loaded(after, 32)  # not the picture of the file that was there
        loader.pixmap(after, 32)
        qtbot.waitUntil(lambda: loader.is_loaded(after, 32), timeout=5000)
        second = loader.pixmap(after, 32)
        assert second is not None and (second.width(), second.height()) == (24, 32)
    finally:
        loader.shutdown()

    fresh = ThumbnailLoader()  # nothing remembered: the file asked for as it was is not there any more
    try:
        fresh.pixmap(before, 32)
        qtbot.waitUntil(lambda: fresh.is_loaded(before, 32), timeout=5000)
        assert fresh.pixmap(before, 32) is None  # the new picture is not passed off as the old one
        assert fresh.problem(before, 32) == Code.CHANGED_OR_REPLACED(who=Code.THE_FILE())
    finally:
        fresh.shutdown()


def test_a_file_is_the_one_scanned_as_far_as_its_record_tells(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    photo(1, (40, 30)).save(path)
    scanned = found_now(path)
    assert look(scanned) == (OnDisk.AS_SCANNED, scanned)
    older = replace(scanned, mtime_ns=scanned.mtime_ns - 10**9)  # touched since
    assert look(older) == (OnDisk.CHANGED, scanned)
    assert look(replace(scanned, size=scanned.size + 1))[0] is OnDisk.CHANGED
    if scanned.inode:
        assert look(replace(scanned, inode=scanned.inode + 1))[0] is OnDisk.CHANGED  # another file
    # A result saved before identities were recorded: no time, no inode; its size is all it tells.
    assert look(replace(scanned, mtime_ns=0, device=0, inode=0))[0] is OnDisk.AS_SCANNED
    assert look(replace(scanned, path=tmp_path / "gone.png"))[0] is OnDisk.GONE


def test_a_tile_of_a_file_deleted_after_its_picture_was_shown_says_it_is_no_longer_there(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_holding(qtbot, window, photos.beach_copy)  # its picture is remembered now
    photos.beach_copy.unlink()

    row = show_group_holding(qtbot, window, photos.beach_copy)
    model, painter = window.tile_model, window.tile_view.itemDelegate()
    tile = model.index(row, 0)
    assert not isinstance(tile.data(Qt.ItemDataRole.DecorationRole), QPixmap)
    assert painter.placeholder_words(tile) == ("Cannot show this file", GONE_REASON)
    assert tile.data(Role.CHANGES) == "No longer there"
    assert painter.corner_badge(tile)[0] == "GONE"  # not "EXACT COPY"
    tooltip = str(tile.data(Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert "No longer there: moved or deleted since the scan" in tooltip
    assert not any("Why it matched" in line for line in tooltip)
    for other in range(model.rowCount()):
        if other != row:  # the copies still there show their pictures, and say nothing of the kind
            beside = model.index(other, 0)
            assert isinstance(beside.data(Qt.ItemDataRole.DecorationRole), QPixmap)
            assert beside.data(Role.ON_DISK) is OnDisk.AS_SCANNED
            assert beside.data(Role.CHANGES) != "No longer there"


def test_a_tile_on_screen_whose_file_is_deleted_says_so_when_it_is_painted_again(
    qtbot: QtBot, window: MainWindow, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reviewer's case: the group stays on screen (selected again) while a copy is deleted."""
    scan_and_wait(qtbot, window, photos.root)
    row = show_group_holding(qtbot, window, photos.beach_copy)
    model, painter = window.tile_model, window.tile_view.itemDelegate()
    assert isinstance(model.index(row, 0).data(Qt.ItemDataRole.DecorationRole), QPixmap)
    photos.beach_copy.unlink()
    monkeypatch.setattr(models, "LOOK_AGAIN_AFTER", 0.0)  # as if a second had passed

    window.select_group(window.review.row_holding(photos.beach))  # the group shown: nothing reset
    window.tile_view.viewport().repaint()
    qtbot.waitUntil(lambda: model.index(row, 0).data(Role.ON_DISK) is OnDisk.GONE, timeout=5000)
    tile = model.index(row, 0)
    assert painter.placeholder_words(tile) == ("Cannot show this file", GONE_REASON)
    assert painter.corner_badge(tile)[0] == "GONE"


def test_a_tile_of_a_file_replaced_after_the_scan_shows_it_and_says_it_changed(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    row = show_group_holding(qtbot, window, photos.beach_copy)
    tile = window.tile_model.index(row, 0)
    assert tile.data(Role.DETAILS).startswith("400 \u00d7 300")
    scanned = pixels(tile.data(Qt.ItemDataRole.DecorationRole))
    other = photo(99, (300, 400))
    ImageDraw.Draw(other).text((20, 20), "A DIFFERENT PICTURE", fill=(255, 0, 0))
    other.save(photos.beach_copy, quality=92)

    row = show_group_holding(qtbot, window, photos.beach_copy)
    model, painter = window.tile_model, window.tile_view.itemDelegate()
    tile = model.index(row, 0)
    shown = tile.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(shown, QPixmap) and pixels(shown) != scanned
    assert shown.deviceIndependentSize().toSize().height() == TILE_THUMB  # the portrait picture now there
    assert tile.data(Role.ON_DISK) is OnDisk.CHANGED
    assert tile.data(Role.CHANGES) == "Changed since the scan"
    assert painter.corner_badge(tile)[0] == "CHANGED"  # not "EXACT COPY"
    size_now = size_text(photos.beach_copy.stat().st_size)
    assert tile.data(Role.DETAILS) == f"300 \u00d7 400 · {size_now} · JPEG"  # what it is now, not then
    tooltip = str(tile.data(Qt.ItemDataRole.ToolTipRole))
    assert "Changed since the scan: not the picture the scan compared" in tooltip.splitlines()
    assert "same bytes" not in tooltip


def open_compare_on(qtbot: QtBot, window: MainWindow, path: Path) -> CompareView:
    row = show_group_holding(qtbot, window, path)
    window.results.select_tile(row)
    view = window.open_compare()
    assert view is not None
    qtbot.waitUntil(view.is_loaded, timeout=10_000)
    return view


def test_the_compare_view_says_a_file_changed_since_the_scan_not_how_it_matched(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    view = open_compare_on(qtbot, window, photos.beach_copy)
    assert "The same bytes as the reference" in view.label_b.text()  # as scanned: how it matched
    view.close()
    qtbot.waitUntil(lambda: window.comparing.view is None, timeout=5000)

    photo(99, (300, 400)).save(photos.beach_copy, quality=92)
    view = open_compare_on(qtbot, window, photos.beach_copy)
    label = view.label_b.text()
    assert "Changed since the scan: not the picture the scan compared" in label
    assert "same bytes" not in label
    assert "300 \u00d7 400" in label  # the facts of the picture shown, read now
    assert "The reference" in view.label_a.text()  # the reference is as the scan saw it
    view.close()
    qtbot.waitUntil(lambda: window.comparing.view is None, timeout=5000)

    photos.beach.unlink()  # the reference, gone
    view = open_compare_on(qtbot, window, photos.beach_copy)
    assert "No longer there: moved or deleted since the scan" in view.label_a.text()
    assert "The reference" not in view.label_a.text()


def test_a_tile_of_a_copy_replaced_by_a_fifo_says_it_changed_and_nothing_waits_on_it(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """A tile shows the file at its path now: a FIFO put there since the scan (no writer ever comes)
    must not hold a thumbnail reader, nor the window, waiting; the tile says it changed and cannot
    be shown, and the copies beside it show their pictures."""
    scan_and_wait(qtbot, window, photos.root)
    photos.beach_copy.unlink()
    os.mkfifo(photos.beach_copy)
    try:
        row = show_group_holding(qtbot, window, photos.beach_copy)  # shown afresh: its files looked at
        model = window.tile_model
        tile = model.index(row, 0)
        assert tile.data(Role.ON_DISK) is OnDisk.CHANGED
        assert not isinstance(tile.data(Qt.ItemDataRole.DecorationRole), QPixmap)
        assert tile.data(Role.PROBLEM) == "the file is no longer a regular file"
        others = [model.index(other, 0) for other in range(model.rowCount()) if other != row]
        assert all(isinstance(other.data(Qt.ItemDataRole.DecorationRole), QPixmap) for other in others)
    finally:
        os.close(os.open(photos.beach_copy, os.O_RDWR | os.O_NONBLOCK))  # any reader left waits no more


def test_a_drive_that_stops_answering_never_holds_the_window_while_a_group_is_shown(
    qtbot: QtBot, window: MainWindow, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tile looks at its file as it is shown (one stat): on a network drive that stopped answering,
    that look waits. It waits off the window's thread: the group shows at once, its tiles "…" until
    the drive answers, then as the files are. (The look on the window's thread held it as long.)"""
    scan_and_wait(qtbot, window, photos.root)
    answering = threading.Event()
    real_stat = os.stat

    def stat_of_a_drive_not_answering(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if str(path).startswith(str(photos.root)):  # the pictures' drive, whoever asks
            answering.wait(5)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(on_disk.os, "stat", stat_of_a_drive_not_answering)  # stands in for the drive
    review = window.review
    assert review is not None
    row_of_group = review.row_holding(photos.beach_copy)
    started = time.monotonic()
    window.select_group(next(r for r in range(len(review.groups)) if r != row_of_group))
    window.select_group(row_of_group)
    model = window.tile_model
    details = [model.index(tile, 0).data(Role.DETAILS) for tile in range(model.rowCount())]
    window.tile_view.viewport().repaint()
    assert time.monotonic() - started < 2.0  # not the 5 s the drive takes
    assert all(details) and not any(model.index(t, 0).data(Role.LOADED) for t in range(model.rowCount()))
    answering.set()
    qtbot.waitUntil(
        lambda: all(model.index(t, 0).data(Role.LOADED) for t in range(model.rowCount())), timeout=10_000
    )
    assert all(model.index(t, 0).data(Role.ON_DISK) is OnDisk.AS_SCANNED for t in range(model.rowCount()))


def first_picture_of(qtbot: QtBot, window: MainWindow, path: Path) -> tuple[int, object]:
    """The view row of the group whose first file is `path`, and its small picture in the list once
    it is shown (looked at and decoded)."""
    model = window.group_model
    row = next(r for r in range(model.rowCount()) if model.group(r).members[0].path == path)  # type: ignore[union-attr]
    cell = model.index(row, Column.NAME)
    cell.data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: model.is_thumbnail_loaded(row), timeout=10_000)
    return row, cell.data(Qt.ItemDataRole.DecorationRole)


def test_the_group_lists_picture_of_a_first_file_deleted_after_it_was_shown_says_it_is_gone(
    qtbot: QtBot, window: MainWindow, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list's small picture of a group's first file is the file as it is now, as the tiles are: a
    file deleted once its picture was shown shows the tiles' "cannot show" sign when the list is
    painted again, and its tooltip says it is no longer there; never the picture remembered."""
    scan_and_wait(qtbot, window, photos.root)
    row, before = first_picture_of(qtbot, window, photos.beach)
    shown = pixels(before)  # remembered by the thumbnails' cache from now on
    photos.beach.unlink()
    monkeypatch.setattr(group_table, "LOOK_AGAIN_AFTER", 0.0, raising=False)  # as if a second had passed

    model, cell = window.group_model, window.group_model.index(row, Column.NAME)
    window.group_view.viewport().repaint()
    gone = cannot_show_icon(LIST_THUMB, dark=False, scale=window.loader.scale)
    qtbot.waitUntil(lambda: pixels(cell.data(Qt.ItemDataRole.DecorationRole)) == pixels(gone), timeout=5000)
    assert pixels(cell.data(Qt.ItemDataRole.DecorationRole)) != shown
    assert model.is_thumbnail_loaded(row)
    tooltip = str(cell.data(Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert tooltip[1:3] == [str(photos.beach), "\u26a0 No longer there: moved or deleted since the scan"]
    for other in range(model.rowCount()):  # the groups whose first files are there show their pictures
        if other != row:
            _row, picture = first_picture_of(qtbot, window, model.group(other).members[0].path)  # type: ignore[union-attr]
            assert isinstance(picture, QPixmap) and pixels(picture) != pixels(gone)


def test_the_group_lists_picture_of_a_first_file_that_cannot_be_shown_says_so(
    qtbot: QtBot, window: MainWindow, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first file deleted just after it was looked at (or damaged) cannot be decoded: the list shows
    the tiles' "cannot show" sign, not an empty space where a picture should be."""
    monkeypatch.setattr(on_disk, "look", lambda scanned: (OnDisk.AS_SCANNED, scanned))  # looked at before
    scan_and_wait(qtbot, window, photos.root)
    photos.city.unlink()  # before its picture was decoded
    window.loader.forget({photos.city})
    _row, shown = first_picture_of(qtbot, window, photos.city)
    assert pixels(shown) == pixels(cannot_show_icon(LIST_THUMB, dark=False, scale=window.loader.scale))


def test_the_group_lists_picture_of_a_first_file_replaced_since_the_scan_is_the_picture_now(
    qtbot: QtBot, window: MainWindow, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    row, before = first_picture_of(qtbot, window, photos.beach)
    assert isinstance(before, QPixmap) and before.deviceIndependentSize().toSize() == QSize(32, 24)
    photo(99, (300, 400)).save(photos.beach, quality=92)  # a portrait picture under its name
    monkeypatch.setattr(group_table, "LOOK_AGAIN_AFTER", 0.0, raising=False)

    cell = window.group_model.index(row, Column.NAME)
    window.group_view.viewport().repaint()

    def portrait() -> bool:
        shown = cell.data(Qt.ItemDataRole.DecorationRole)
        return isinstance(shown, QPixmap) and shown.deviceIndependentSize().toSize() == QSize(24, 32)

    qtbot.waitUntil(portrait, timeout=5000)  # the picture there now, not the one remembered
    tooltip = str(cell.data(Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert "\u26a0 Changed since the scan: not the picture the scan compared" in tooltip


def test_a_file_marked_delete_seen_changed_or_gone_is_not_counted_nor_moved_and_the_window_says_why(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, trash: Path
) -> None:
    """The count on the trash button and the question before moving promise only what acting will
    do: a copy marked DELETE that the window shows CHANGED or GONE is not counted, the question says
    which and why, the run leaves it be (its checks would refuse it anyway), and the summary says so."""
    scan_and_wait(qtbot, window, photos.root)
    review = window.review
    assert review is not None
    sizes = {p: p.stat().st_size for p in (photos.beach_copy, photos.beach_small, photos.city_copy)}
    button = window.results.trash_button
    assert button.text() == f"Move 3 files ({size_text(sum(sizes.values()))}) to Trash…"

    other = photo(99, (300, 400))
    ImageDraw.Draw(other).text((20, 20), "EDITED", fill=(255, 0, 0))
    other.save(photos.beach_small, quality=92)  # edited after the scan, still marked DELETE
    row = show_group_holding(qtbot, window, photos.beach_small)
    assert window.tile_model.index(row, 0).data(Role.ON_DISK) is OnDisk.CHANGED
    rest = sizes[photos.beach_copy] + sizes[photos.city_copy]
    assert button.text() == f"Move 2 files ({size_text(rest)}) to Trash…"
    tooltip = str(window.tile_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Marked DELETE, it is not moved with the others: scan again to compare it anew." in tooltip
    photos.city_copy.unlink()
    show_group_holding(qtbot, window, photos.city_copy)
    assert button.text() == f"Move 1 file ({size_text(sizes[photos.beach_copy])}) to Trash…"
    assert review.delete_count == 1
    changed_line = (
        "Not moved: 1 file marked DELETE changed since the scan, so what the scan compared is no longer "
        "there; scan again to compare it anew: “beach-small.jpg”"
    )
    gone_line = (
        "Not counted: 1 file marked DELETE is no longer there (moved or deleted since the scan): "
        "“city copy.png”"
    )
    assert button.toolTip().splitlines()[1:] == [changed_line, gone_line]

    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    _title, text, details = dialogs.confirmed[0]
    assert text == f"Move 1 file ({size_text(sizes[photos.beach_copy])}) to the Trash?"
    assert details.splitlines()[:4] == [
        f"1 file ({size_text(sizes[photos.beach_copy])}) from {photos.beach_copy.parent}",
        "",
        changed_line,
        gone_line,
    ]
    assert [o.path for o in done.args[0].outcomes] == [photos.beach_copy]  # the others were not tried
    assert not dialogs.informed  # nothing refused: nothing was promised that the run did not do
    assert photos.beach_small.exists() and (trash / "files" / photos.beach_copy.name).exists()
    said = window.results.summary_label.text()
    assert said.startswith("Moved 1 file")
    assert "2 files marked DELETE were left where they are: they changed or went away since the scan." in said
    assert button.text() == "Nothing to move" and not button.isEnabled()
    assert button.toolTip().splitlines()[1:] == [changed_line, gone_line]

    window.tile_model.toggle(window.tile_model.row_of(photos.city_copy) or 0)  # the person keeps it
    assert button.text() == "Nothing to move" and button.toolTip().splitlines()[1:] == [changed_line]


def test_the_group_lists_to_free_column_counts_what_the_trash_button_counts(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """A copy marked DELETE that the window saw changed or gone is left out of the trash button's
    count and size; the group list's "To free" column still counted it, so its groups added up to
    more than the button promised, and sorting by it put such a group where it did not belong. The
    column counts what the button counts, and its tooltip says why a file is not counted."""
    scan_and_wait(qtbot, window, photos.root)
    sizes = {p: p.stat().st_size for p in (photos.beach_copy, photos.beach_small, photos.city_copy)}
    model = window.group_model

    def to_free() -> dict[Path, str]:
        return {
            model.group(row).members[0].path: model.index(row, Column.SIZE).data()  # type: ignore[union-attr]
            for row in range(model.rowCount())
        }

    assert to_free() == {
        photos.beach: size_text(sizes[photos.beach_copy] + sizes[photos.beach_small]),
        photos.city: size_text(sizes[photos.city_copy]),
    }
    photo(99, (300, 400)).save(photos.beach_small, quality=92)  # edited since the scan
    photos.city_copy.unlink()
    show_group_holding(qtbot, window, photos.beach_small)
    show_group_holding(qtbot, window, photos.city_copy)

    assert to_free() == {photos.beach: size_text(sizes[photos.beach_copy]), photos.city: "—"}
    review = window.review
    assert review is not None and review.delete_bytes == sizes[photos.beach_copy]  # the column's sum
    assert (
        window.results.trash_button.text() == f"Move 1 file ({size_text(sizes[photos.beach_copy])}) to Trash…"
    )
    city_row = next(r for r in range(model.rowCount()) if model.group(r).members[0].path == photos.city)  # type: ignore[union-attr]
    tooltip = str(model.index(city_row, Column.SIZE).data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip == (
        "Not counted: 1 file marked DELETE is no longer there (moved or deleted since the scan): "
        "“city copy.png”"
    )
    model.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)  # the most to free first: what the column says
    assert [model.group(r).members[0].path for r in range(model.rowCount())] == [photos.beach, photos.city]  # type: ignore[union-attr]

    beach = next(g for g in review.groups if photos.beach in g.paths)
    window.session.set_marks(beach, {beach.paths_in_order().index(photos.beach_small): True})  # kept now
    window.session.set_marks(beach, {beach.paths_in_order().index(photos.beach_copy): True})
    assert to_free()[photos.beach] == "—" and window.results.trash_button.text() == "Nothing to move"


def test_copies_marked_delete_whose_every_keeper_is_gone_are_not_counted_nor_moved_and_the_window_says_why(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, trash: Path, tmp_path: Path
) -> None:
    """The move refuses a copy whose group keeps no copy as the scan saw it (the copy kept must be
    there, unchanged), yet the trash button and the question counted the beach copies once their
    only keeper was gone, and a second box said they "did not pass the checks". Once the window saw
    every copy marked KEEP gone or changed, the copies marked DELETE beside them are held back and the
    window says why; they count again when the person marks another copy KEEP, or the keeper is seen
    as scanned again."""
    scan_and_wait(qtbot, window, photos.root)
    sizes = {p: p.stat().st_size for p in (photos.beach_copy, photos.beach_small, photos.city_copy)}
    button, model = window.results.trash_button, window.tile_model
    everything = f"Move 3 files ({size_text(sum(sizes.values()))}) to Trash…"
    assert button.text() == everything
    elsewhere = tmp_path / "beach.jpg"  # moved out of the folder, then back: the very file scanned
    photos.beach.rename(elsewhere)

    row = show_group_holding(qtbot, window, photos.beach_copy)
    assert model.index(model.row_of(photos.beach) or 0, 0).data(Role.ON_DISK) is OnDisk.GONE
    only_city = f"Move 1 file ({size_text(sizes[photos.city_copy])}) to Trash…"
    assert button.text() == only_city
    unkept_line = (
        "Not moved: 2 files marked DELETE, because every copy marked KEEP in their groups changed or went "
        "away since the scan, and moving them would leave no copy as the scan saw it; mark another copy "
        "KEEP, or scan again: “IMG_0001.jpg”, “beach-small.jpg”"
    )
    assert button.toolTip().splitlines()[1:] == [unkept_line]
    tooltip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert (
        "Marked DELETE, it is not moved: every copy marked KEEP in this group changed or went away since "
        "the scan. Mark another copy KEEP, or scan again."
    ) in tooltip
    groups = window.group_model
    beach_row = next(r for r in range(groups.rowCount()) if photos.beach in groups.group(r).paths)  # type: ignore[union-attr]
    assert groups.index(beach_row, Column.SIZE).data() == "\u26a0 —"  # nothing to free, and a look asked

    model.toggle(model.row_of(photos.beach_small) or 0)  # the person keeps the small copy instead
    kept_small = f"Move 2 files ({size_text(sizes[photos.city_copy] + sizes[photos.beach_copy])}) to Trash…"
    assert button.text() == kept_small
    assert groups.index(beach_row, Column.SIZE).data() == size_text(sizes[photos.beach_copy])
    assert window.session.undo() is None
    assert button.text() == only_city

    elsewhere.rename(photos.beach)  # back as it was scanned
    show_group_holding(qtbot, window, photos.beach_copy)
    assert button.text() == everything and button.toolTip().splitlines()[1:] == []
    photos.beach.rename(elsewhere)
    show_group_holding(qtbot, window, photos.beach_copy)
    assert button.text() == only_city

    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    _title, text, details = dialogs.confirmed[0]
    assert text == f"Move 1 file ({size_text(sizes[photos.city_copy])}) to the Trash?"
    assert details.splitlines()[1:3] == ["", unkept_line]
    assert [o.path for o in done.args[0].outcomes] == [photos.city_copy]  # the beach copies not tried
    assert not dialogs.informed  # nothing refused: nothing was promised that the run did not do
    assert photos.beach_copy.exists() and photos.beach_small.exists()
    said = window.results.summary_label.text()
    assert said.startswith("Moved 1 file")
    assert (
        "2 files marked DELETE were left where they are: every copy marked KEEP in their groups changed "
        "or went away since the scan."
    ) in said
