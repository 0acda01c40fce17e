"""The list models pass Qt's model tester, and the review state behaves as the window relies on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.scan import scan
from lookalike.samples import photo
from lookalike.ui.group_table import Column, GroupTableModel
from lookalike.ui.models import Role, TileModel, suggestion
from lookalike.ui.on_disk import found_now
from lookalike.ui.review import Review, load_session, session_json
from lookalike.ui.session import ReviewSession
from lookalike.ui.thumbnails import ThumbnailLoader, pixel_bytes

from .conftest import OFFSCREEN_NOISE, Photos

pytestmark = OFFSCREEN_NOISE


def review_of(photos: Photos) -> Review:
    from lookalike.core.models import ScanOptions

    return Review.from_result(scan([photos.root], ScanOptions(use_cache=False)))


def test_group_and_tile_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, photos: Photos, decisions: DecisionStore
) -> None:
    loader = ThumbnailLoader()
    groups, tiles = GroupTableModel(loader, ReviewSession(decisions, ())), TileModel(loader)
    qtmodeltester.check(groups)
    qtmodeltester.check(tiles)
    review = review_of(photos)
    groups.set_review(review)
    tiles.set_group(review.groups[0])
    qtmodeltester.check(groups)
    qtmodeltester.check(tiles)
    assert tiles.setData(tiles.index(1, 0), True, Role.KEEP)
    qtmodeltester.check(tiles)
    qtbot.waitUntil(lambda: loader.idle, timeout=5000)  # thumbnails requested by the tester arrive
    qtmodeltester.check(groups)
    qtmodeltester.check(tiles)
    groups.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(groups)
    assert groups.data(groups.index(0, Column.ALIKE)) in ("Exact copies", "Same picture", "Similar")
    loader.shutdown()


def test_review_plans_counts_and_forgets_acted_on_files(photos: Photos) -> None:
    review = review_of(photos)
    planned = {p.path for p in review.plan().deletions}
    assert planned == {photos.beach_copy, photos.beach_small, photos.city_copy}
    counts = {c.folder: c.files for c in review.counts_per_folder()}
    assert counts == {photos.beach_copy.parent: 3}
    assert not review.groups_losing_every_copy()
    city = next(g for g in review.groups if photos.city in {m.path for m in g.members})
    city.keep = [False] * len(city.keep)
    assert review.groups_losing_every_copy() == [city]
    review.remove_files({photos.beach_copy, photos.city_copy})
    assert len(review.groups) == 1
    assert {m.path for m in review.groups[0].members} == {photos.beach, photos.beach_small}


def test_a_session_keeps_marks_and_what_the_action_check_needs(photos: Photos) -> None:
    review = review_of(photos)
    review.groups[0].keep = [True] * len(review.groups[0].keep)
    reopened = load_session(session_json(review))
    assert reopened.marks() == review.marks()
    assert reopened.plan().groups == review.plan().groups  # identities, digests, tiers and marks
    assert all(f.identity is not None and f.digest for g in reopened.plan().groups for f in g.files)
    assert [g.group.keep_reason for g in reopened.groups] == [g.group.keep_reason for g in review.groups]
    assert reopened.groups[0].match(0) == "reference"


def test_every_tile_says_how_it_relates_to_the_best_copy(photos: Photos) -> None:
    review = review_of(photos)
    beach = next(g for g in review.groups if photos.beach in {m.path for m in g.members})
    relation = {m.path: beach.match(i) for i, m in enumerate(beach.members)}
    assert relation == {
        photos.beach: "reference",
        photos.beach_copy: "identical",
        photos.beach_small: "similar",
    }
    assert "largest" in suggestion(beach, 0) or "oldest" in suggestion(beach, 0)
    assert suggestion(beach, 1).startswith("Suggested to delete")


def test_thumbnail_cache_is_bounded(qtbot: QtBot, tmp_path: Path) -> None:
    from PIL import Image

    loader = ThumbnailLoader(max_cached=3)
    paths = []
    for index in range(6):
        path = tmp_path / f"{index}.png"
        Image.new("RGB", (40, 30), (index * 40, 0, 0)).save(path)
        paths.append(path)
        loader.pixmap(found_now(path), 32)
    qtbot.waitUntil(lambda: loader.idle, timeout=5000)
    assert sum(loader.is_loaded(found_now(p), 32) for p in paths) == 3
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture")
    loader.pixmap(found_now(broken), 32)
    qtbot.waitUntil(lambda: loader.is_loaded(found_now(broken), 32), timeout=5000)
    assert loader.pixmap(found_now(broken), 32) is None  # unreadable: no thumbnail, and no endless retry
    loader.shutdown()


def test_thumbnail_cache_is_bounded_in_bytes(qtbot: QtBot, tmp_path: Path) -> None:
    from PIL import Image

    paths = []
    for index in range(6):
        path = tmp_path / f"{index}.png"
        Image.new("RGB", (40, 30), (index * 40, 0, 0)).save(path)
        paths.append(path)
    first = ThumbnailLoader()
    first.pixmap(found_now(paths[0]), 32)
    qtbot.waitUntil(lambda: first.is_loaded(found_now(paths[0]), 32), timeout=5000)
    one = pixel_bytes(first.pixmap(found_now(paths[0]), 32))
    first.shutdown()

    loader = ThumbnailLoader(max_bytes=2 * one + one // 2)
    for path in paths:
        loader.pixmap(found_now(path), 32)
    qtbot.waitUntil(lambda: loader.idle, timeout=5000)
    assert one > 0 and sum(loader.is_loaded(found_now(p), 32) for p in paths) == 2
    loader.shutdown()


def synthetic_review(groups: int) -> Review:
    """`groups` two-file groups of files that need not exist: enough to test scrolling and bounds."""
    from lookalike.core.models import (
        FileEntry,
        Fingerprint,
        Group,
        GroupMember,
        ImageRecord,
        Kind,
        ScanOptions,
        ScanResult,
        ScanStats,
    )

    def member(path: str, keep: bool) -> GroupMember:
        record = ImageRecord(
            FileEntry(Path(path), 1000, 1_700_000_000 * 10**9),
            Fingerprint("d" + path, 640, 480, "JPEG", None, bytes(8), b"", False),
        )
        return GroupMember(record, 0, keep)

    made = tuple(
        Group(
            n,
            Kind.SIMILAR,
            (member(f"/nowhere/{n}/a.jpg", True), member(f"/nowhere/{n}/b.jpg", False)),
            "oldest",
        )
        for n in range(1, groups + 1)
    )
    result = ScanResult(
        (Path("/nowhere"),), ScanOptions(), made, (), ScanStats(groups * 2, groups * 2, 0, 1.0)
    )
    return Review.from_result(result)


def test_ten_thousand_groups_scroll_with_bounded_memory(qtbot: QtBot, decisions: DecisionStore) -> None:
    from lookalike.ui.window import GroupView

    loader = ThumbnailLoader(max_cached=50, max_queued=40)
    model = GroupTableModel(loader, ReviewSession(decisions, ()))
    view = GroupView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 600)
    view.show()
    model.set_review(synthetic_review(10_000))
    view.viewport().repaint()
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 100)):
        bar.setValue(value)
        view.viewport().repaint()
        assert len(loader._queue) <= 40 and len(loader._cache) <= 50
    qtbot.waitUntil(lambda: loader.idle, timeout=5000)
    assert len(loader._cache) <= 50
    loader.shutdown()


def test_thumbnails_of_16_bit_and_rotated_pictures(qtbot: QtBot, tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    from lookalike.ui.thumbnails import decode_thumbnail

    deep = tmp_path / "deep.png"
    Image.fromarray(np.full((30, 40), 32768, dtype=np.uint16)).save(deep)
    image = decode_thumbnail(deep, 20)
    assert image is not None and (image.width(), image.height()) == (20, 15)
    assert 100 < image.pixelColor(5, 5).red() < 160  # mid grey, not clipped to white

    turned = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: shown rotated by 90 degrees
    Image.new("RGB", (40, 20), "red").save(turned, exif=exif)
    image = decode_thumbnail(turned, 20)
    assert image is not None and (image.width(), image.height()) == (10, 20)


def test_a_group_tooltip_names_how_alike_its_copies_are(photos: Photos, decisions: DecisionStore) -> None:
    resaved = photos.root / "resaved"
    resaved.mkdir()
    picture = photo(44)
    picture.save(resaved / "garden.png")
    picture.save(resaved / "garden.jpg", quality=95)  # other bytes, the same pixels at the checked size
    loader = ThumbnailLoader()
    groups = GroupTableModel(loader, ReviewSession(decisions, ()))
    groups.set_review(review_of(photos))
    tips = {}
    for row in range(groups.rowCount()):
        tier = groups.index(row, Column.ALIKE).data()
        tips[tier] = groups.index(row, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    # city: an identical copy; garden: a re-save; beach: an identical copy and a re-compressed half size.
    assert tips.keys() == {"Exact copies", "Same picture", "Similar"}
    assert tips["Exact copies"].startswith("2 files: byte-identical copies")
    assert tips["Same picture"].startswith("2 files: the same picture saved in different ways")
    assert tips["Similar"].startswith("3 files: similar pictures")
    loader.shutdown()
