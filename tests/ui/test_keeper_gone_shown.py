"""A group whose every copy marked KEEP is gone or changed since the scan says so where the person
looks: its copies marked DELETE, which acting leaves where they are (Held.NO_KEEPER), say on their
tiles that they are not moved and why, the group's header says what to do, and the group list's
"To free" carries a warning sign. Only tooltips, the trash button and the question said it before,
and a person saw copies marked DELETE and a button counting fewer files without knowing why.

What the tiles and the header say is what the review holds back (Review.held_in), asked again when
the window sees the copy kept go or come back, and when the person marks another copy KEEP."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from lookalike.ui import i18n, models
from lookalike.ui.colours import AA_TEXT, contrast
from lookalike.ui.delegates import DELETE_COLOUR, HELD_BADGE, HELD_BORDER, TileDelegate
from lookalike.ui.group_table import Column
from lookalike.ui.models import Role
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.review import Held, ReviewGroup
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE

GONE_NOTICE = (
    "\u26a0 The copy you keep, “beach.jpg”, is no longer there (moved or deleted since the scan), so the 2 "
    "copies marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again."
)


def beach_group(window: MainWindow, photos: Photos) -> ReviewGroup:
    review = window.review
    assert review is not None
    return next(g for g in review.groups if photos.beach in g.paths)


def show_beach(qtbot: QtBot, window: MainWindow, photos: Photos) -> ReviewGroup:
    """Show the beach group in the grid, each of its files looked at."""
    group = beach_group(window, photos)
    assert window.review is not None
    window.select_group(window.review.groups.index(group))
    assert window.tile_model.group is group
    looked_at(qtbot, window)
    return group


def looked_at(qtbot: QtBot, window: MainWindow) -> None:
    """Paint the grid and wait until every tile's file has been looked at again (LOOK_AGAIN_AFTER is
    0 in these tests: each paint looks again, as a second later would)."""
    model = window.tile_model
    for row in range(model.rowCount()):
        model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    window.tile_view.viewport().repaint()
    qtbot.waitUntil(lambda: model.looks_settled(), timeout=5000)


def tile(window: MainWindow, path: Path) -> QModelIndex:
    row = window.tile_model.row_of(path)
    assert row is not None
    return window.tile_model.index(row, 0)


def badge(window: MainWindow, path: Path) -> str:
    painter = window.tile_view.itemDelegate()
    assert isinstance(painter, TileDelegate)
    return painter.corner_badge(tile(window, path))[0]


def to_free(window: MainWindow, photos: Photos) -> str:
    groups = window.group_model
    row = next(r for r in range(groups.rowCount()) if photos.beach in groups.group(r).paths)  # type: ignore[union-attr]
    return str(groups.index(row, Column.SIZE).data())


def notice(window: MainWindow) -> str:
    """What the line under the group's header says; "" while it is hidden."""
    shown = window.results.group_notice
    return shown.text() if shown.isVisible() else ""


def held_as_reviewed(window: MainWindow, group: ReviewGroup) -> dict[Path, Held]:
    assert window.review is not None
    return {member.path: why for member, why in window.review.held_in(group)}


def held_as_shown(window: MainWindow, group: ReviewGroup) -> dict[Path, Held]:
    model = window.tile_model
    shown = {}
    for row, member in enumerate(group.members):
        why = model.index(row, 0).data(Role.HELD)
        if why is not None:
            shown[member.path] = why
    return shown


@pytest.fixture
def looking_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "LOOK_AGAIN_AFTER", 0.0)  # as if a second had passed at each paint


def wait_for_notice(qtbot: QtBot, window: MainWindow, *, shown: bool) -> None:
    def settled() -> bool:
        looked_at(qtbot, window)
        return bool(notice(window)) is shown

    qtbot.waitUntil(settled, timeout=5000)


def test_the_copies_of_a_group_whose_kept_copy_goes_say_on_their_tiles_and_header_they_are_not_moved(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path, looking_again: None
) -> None:
    """The group is on screen when its copy kept is moved away, comes back, and goes again; then the
    person marks another copy KEEP, and takes that back. The tiles, the header and the list follow
    each change without the group being shown anew."""
    scan_and_wait(qtbot, window, photos.root)
    group = show_beach(qtbot, window, photos)
    delete_copies = (photos.beach_copy, photos.beach_small)
    assert [badge(window, path) for path in delete_copies] == ["EXACT COPY", "SIMILAR"]
    assert notice(window) == "" and not to_free(window, photos).startswith("\u26a0")

    elsewhere = tmp_path / "beach.jpg"
    photos.beach.rename(elsewhere)  # the copy kept, moved away while its group is on screen
    wait_for_notice(qtbot, window, shown=True)
    assert notice(window) == GONE_NOTICE
    assert tile(window, photos.beach).data(Role.ON_DISK) is OnDisk.GONE
    assert badge(window, photos.beach) == "GONE" and tile(window, photos.beach).data(Role.HELD) is None
    for path in delete_copies:
        assert tile(window, path).data(Role.HELD) is Held.NO_KEEPER
        assert badge(window, path) == "NOT MOVED"
        assert tile(window, path).data(Role.CHANGES) == "The copy you keep is gone"
        assert tile(window, path).data(Role.ON_DISK) is OnDisk.AS_SCANNED  # the copy itself is as scanned
    assert held_as_shown(window, group) == held_as_reviewed(window, group)  # one source: Review.held_in
    assert to_free(window, photos) == "\u26a0 —"
    assert window.results.trash_button.text().startswith("Move 1 file ")  # the city copy alone

    elsewhere.rename(photos.beach)  # back as it was scanned
    wait_for_notice(qtbot, window, shown=False)
    assert held_as_shown(window, group) == held_as_reviewed(window, group) == {}
    assert [badge(window, path) for path in delete_copies] == ["EXACT COPY", "SIMILAR"]
    assert tile(window, photos.beach_small).data(Role.CHANGES) == "resized to 50%"
    assert not to_free(window, photos).startswith("\u26a0")
    assert window.results.trash_button.text().startswith("Move 3 files ")

    photos.beach.rename(elsewhere)
    wait_for_notice(qtbot, window, shown=True)
    window.tile_model.toggle(window.tile_model.row_of(photos.beach_small) or 0)  # kept instead
    assert notice(window) == ""
    assert tile(window, photos.beach_small).data(Role.KEEP)
    assert badge(window, photos.beach_copy) == "EXACT COPY"
    assert held_as_shown(window, group) == held_as_reviewed(window, group) == {}
    assert not to_free(window, photos).startswith("\u26a0")
    assert window.results.trash_button.text().startswith("Move 2 files ")

    assert window.session.undo() is None  # the small copy marked DELETE again: held back again
    assert notice(window) == GONE_NOTICE
    assert badge(window, photos.beach_small) == "NOT MOVED"
    assert held_as_shown(window, group) == held_as_reviewed(window, group)
    assert to_free(window, photos) == "\u26a0 —"


def test_a_kept_copy_changed_since_the_scan_is_named_so(
    qtbot: QtBot, window: MainWindow, photos: Photos, looking_again: None
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_beach(qtbot, window, photos)
    with photos.beach.open("ab") as picture:
        picture.write(b"\0" * 16)  # another size: not the file the scan compared
    wait_for_notice(qtbot, window, shown=True)
    assert notice(window) == (
        "\u26a0 The copy you keep, “beach.jpg”, changed since the scan, so the 2 copies marked DELETE here "
        "are not moved. Mark another copy KEEP to move them, or scan again."
    )
    assert badge(window, photos.beach) == "CHANGED"
    assert tile(window, photos.beach_copy).data(Role.CHANGES) == "The copy you keep changed"
    assert badge(window, photos.beach_copy) == "NOT MOVED"


def test_two_kept_copies_one_gone_one_changed_are_both_named(
    qtbot: QtBot, window: MainWindow, photos: Photos, looking_again: None
) -> None:
    """The person kept the exact copy too; both go or change: the one copy left marked DELETE says so."""
    scan_and_wait(qtbot, window, photos.root)
    group = show_beach(qtbot, window, photos)
    window.tile_model.toggle(window.tile_model.row_of(photos.beach_copy) or 0)  # KEEP too
    photos.beach.unlink()
    stamp = photos.beach_copy.stat().st_mtime_ns + 10**9
    os.utime(photos.beach_copy, ns=(stamp, stamp))  # touched since the scan
    wait_for_notice(qtbot, window, shown=True)
    assert notice(window) == (
        "\u26a0 Every copy you keep (“beach.jpg”, “IMG_0001.jpg”) changed or went away since the scan, so "
        "the copy marked DELETE here is not moved. Mark another copy KEEP to move it, or scan again."
    )
    assert tile(window, photos.beach_small).data(Role.CHANGES) == "The copies you keep changed or are gone"
    only_small = {photos.beach_small: Held.NO_KEEPER}
    assert held_as_shown(window, group) == held_as_reviewed(window, group) == only_small


def test_a_copy_held_back_shows_its_delete_mark_greyed(
    qtbot: QtBot, window: MainWindow, photos: Photos, looking_again: None
) -> None:
    """The mark stays DELETE (a click switches it as ever), drawn grey: it is not in force while no copy
    marked KEEP is left as scanned; red again once one is."""
    scan_and_wait(qtbot, window, photos.root)
    show_beach(qtbot, window, photos)

    def mark_colour() -> QColor:
        return pill_colour(window, tile(window, photos.beach_copy))

    assert mark_colour() == DELETE_COLOUR
    photos.beach.unlink()
    wait_for_notice(qtbot, window, shown=True)
    assert mark_colour() == HELD_BADGE


def test_the_greyed_mark_reads_and_its_border_shows_on_light_and_dark_cards() -> None:
    assert contrast(QColor("white"), HELD_BADGE) >= AA_TEXT
    for card in ("#ffffff", "#1e1e1e"):  # a light palette's Base, and the dark one's
        assert contrast(HELD_BORDER, QColor(card)) >= 3.0  # WCAG's least for a shape's edge


def pill_colour(window: MainWindow, index: QModelIndex | QPersistentModelIndex) -> QColor:
    """The colour inside the left end of tile `index`'s KEEP/DELETE badge, as the grid paints it."""
    painter_of = window.tile_view.itemDelegate()
    assert isinstance(painter_of, TileDelegate)
    option = QStyleOptionViewItem()
    window.tile_view.initViewItemOption(option)
    size = painter_of.sizeHint(option, index)
    option.rect = QRect(QPoint(0, 0), size)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter_of.paint(painter, option, index)
    painter.end()
    spot = painter_of.badge_rect(option.rect, option.font)
    return QColor(image.pixel(spot.left() + 5, spot.center().y()))


def test_japanese_names_the_kept_copy_in_its_quotes(
    qtbot: QtBot, window: MainWindow, photos: Photos, speaking: QApplication, looking_again: None
) -> None:
    i18n.install(speaking, "ja")
    scan_and_wait(qtbot, window, photos.root)
    show_beach(qtbot, window, photos)
    photos.beach.unlink()
    wait_for_notice(qtbot, window, shown=True)
    assert "残すコピー「beach.jpg」はもうありません" in notice(window)
    assert "2 個のコピーは移動しません" in notice(window)
    assert badge(window, photos.beach_copy) == "移動しない"
    assert tile(window, photos.beach_copy).data(Role.CHANGES) == "残すコピーがもうありません"
