"""Every similar copy says what changed, in words, in the tooltip, on the tile, in the group's header and
in the compare view: real pictures, scanned for real."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lookalike import samples
from lookalike.core.models import ScanOptions, ScanResult, Tier
from lookalike.core.scan import scan
from lookalike.core.selection import SUGGESTED_RULES
from lookalike.ui.compare import CompareView
from lookalike.ui.models import Role, TileModel
from lookalike.ui.review import Review, ReviewGroup
from lookalike.ui.thumbnails import ThumbnailLoader
from lookalike.ui.window import MainWindow
from lookalike.ui.wording import change_words, changes_brief, changes_names, changes_sentence

from .conftest import OFFSCREEN_NOISE, scan_and_wait

pytestmark = OFFSCREEN_NOISE

LOAD_MS = 10_000


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("rotated:90", "turned 90° clockwise"),
        ("rotated:180", "turned 180°"),
        ("rotated:270", "turned 90° counter-clockwise"),
        ("mirrored", "mirrored"),
        ("cropped:left 6%, bottom 3%", "cropped (6% off the left, 3% off the bottom)"),
        ("uncropped:top 4%", "shows more at the edges (4% more at the top)"),
        ("resized:50%", "resized to 50%"),
        ("format:PNG", "saved as PNG"),
        ("re-encoded", "re-encoded"),
        ("grayscale", "in grayscale"),
        ("colour", "in colour"),
        ("transparency:removed", "transparency removed"),
        ("transparency:added", "transparency added"),
        ("frames:1 of 3", "1 of the 3 frames/pages"),
        ("brightness:+12%", "12% brighter"),
        ("brightness:-12%", "12% darker"),
        ("contrast:+20%", "20% more contrast"),
        ("contrast:-20%", "20% less contrast"),
        ("blurred", "blurred"),
        ("sharpened", "sharper"),
        ("overlay:bottom right", "something added at the bottom right (a logo, caption or stamp)"),
        ("overlay:centre", "something added in the centre (a logo, caption or stamp)"),
        ("overlay:all over", "something laid over the whole picture (a watermark or a tint)"),
    ],
)
def test_each_change_reads_as_plain_words(code: str, words: str) -> None:
    assert change_words(code) == words


@pytest.mark.parametrize(
    "code",
    [
        "sepia",
        "stretched:120%",
        "rotated:45",
        "cropped:diagonal 5%",
        "cropped:",
        "frames:many",
        "brightness:12%",
        "",
    ],
)
def test_a_change_this_version_does_not_know_reads_as_its_code(code: str) -> None:
    """A result saved by a newer version may name changes this one has no words for."""
    assert change_words(code) == code
    assert changes_sentence(["rotated:90", code]) == f"turned 90° clockwise, {code}"
    assert changes_brief([code]) == code and changes_names([code]) == code


def test_a_tile_names_two_changes_briefly_and_a_header_each_kind_once_most_telling_first() -> None:
    assert changes_brief(["rotated:90", "cropped:left 6%"]) == "turned 90° right · cropped"
    assert changes_brief(["rotated:270", "resized:50%", "format:PNG", "sepia"]) == (
        "turned 90° left · resized to 50% · +2 more"
    )
    assert changes_names(["format:PNG", "resized:50%", "rotated:90", "rotated:180", "cropped:top 3%"]) == (
        "turned, cropped, resized, converted"
    )


# ---- real pictures -------------------------------------------------------------------------------------


def pictures(tmp_path: Path) -> Path:
    """A photo, its copy turned a quarter right, its half-size copy, and an identical copy."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    original = samples.photo(33, (640, 480))
    original.save(folder / "original.jpg", quality=97)
    (folder / "original copy.jpg").write_bytes((folder / "original.jpg").read_bytes())
    original.transpose(Image.Transpose.ROTATE_270).save(folder / "turned.jpg", quality=85)
    original.resize((320, 240), Image.Resampling.LANCZOS).save(folder / "small.png")
    return folder


def scanned(tmp_path: Path) -> ScanResult:
    result = scan([pictures(tmp_path)], ScanOptions(cache_dir=tmp_path / "cache"))
    assert len(result.groups) == 1, "the copies were not grouped with their original"
    return result


def row_named(group: ReviewGroup, name: str) -> int:
    return next(row for row, m in enumerate(group.members) if m.path.name == name)


def test_the_tooltip_and_the_tile_of_a_turned_copy_name_the_turn(qtbot: QtBot, tmp_path: Path) -> None:
    review = Review.from_result(scanned(tmp_path))
    group = review.groups[0]
    assert group.members[0].path.name == "original.jpg"
    loader = ThumbnailLoader()
    model = TileModel(loader)
    model.set_group(group)

    def tip(name: str) -> str:
        return str(model.index(row_named(group, name), 0).data(Qt.ItemDataRole.ToolTipRole))

    turned = tip("turned.jpg")
    assert "What changed: turned 90° clockwise" in turned
    # Words first, then the numbers.
    assert turned.index("What changed") < turned.index("fingerprint difference")
    assert "What changed: resized to 50%, saved as PNG" in tip("small.png")
    assert "What changed" not in tip("original.jpg") and "What changed" not in tip("original copy.jpg")
    brief = {m.path.name: model.index(row, 0).data(Role.CHANGES) for row, m in enumerate(group.members)}
    assert brief["turned.jpg"].startswith("turned 90° right")
    assert brief["small.png"] == "resized to 50% · saved as PNG"
    assert brief["original.jpg"] == brief["original copy.jpg"] == ""
    every = [code for row in range(len(group.members)) for code in group.changes(row)]
    assert group.all_changes == every and len(every) >= 3
    loader.shutdown()


def test_identical_copies_taken_out_into_a_group_of_their_own_have_no_changes(tmp_path: Path) -> None:
    review = Review.from_result(scanned(tmp_path))
    group = review.groups[0]
    turned = group.members[row_named(group, "turned.jpg")]
    # Pretend the person found the turned copy had an identical twin: both leave as an exact group.
    twin = replace(
        turned, record=replace(turned.record, entry=replace(turned.record.entry, path=tmp_path / "t"))
    )
    group.members.append(twin)
    group.keep.append(False)
    review.take_out(0, turned.record.fingerprint.digest, SUGGESTED_RULES)
    (exact,) = [g for g in review.groups if g.paths == {turned.path, twin.path}]
    assert all(m.changes == () and m.tier is Tier.EXACT for m in exact.members)
    assert exact.all_changes == []


def test_the_group_header_names_the_changes_and_wraps_rather_than_cutting_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, pictures(tmp_path))
    header = window.results.group_header
    assert header.plain_text().startswith("Group 1 of 1 · similar pictures · turned, resized, converted")
    assert "\nSuggested to keep:" in header.plain_text()
    window.resize(640, 700)  # too narrow for one line: it goes on over the next, nothing cut off
    qtbot.waitUntil(lambda: header.width() < 640)
    assert "…" not in header.text() and header.wordWrap()
    assert header.height() >= header.heightForWidth(header.width()) > header.fontMetrics().height() * 3 // 2


def open_compare(qtbot: QtBot, result: ScanResult, name: str) -> CompareView:
    group = result.groups[0]
    paths = [m.path for m in group.members]
    b = next(row for row, path in enumerate(paths) if path.name == name)
    view = CompareView(paths, (0, b), members=group.members)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitSignal(view.images_loaded, timeout=LOAD_MS):
        view.show()
    return view


def test_the_compare_view_says_how_a_turned_copy_changed_before_its_score(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view = open_compare(qtbot, scanned(tmp_path), "turned.jpg")
    label_b = view.label_b.text()
    assert "Similar to the reference: turned 90° clockwise" in label_b
    assert label_b.index("turned 90° clockwise") < label_b.index("pixels ")
    assert "score" not in label_b and "tier:" not in label_b
    assert "The reference: the others were compared with it" in view.label_a.text()


def test_the_compare_view_says_a_grayscale_copy_is_in_grayscale(qtbot: QtBot, tmp_path: Path) -> None:
    """The words for the codes the check names; a real scan names grayscale only once the fingerprint
    knows a picture's colour (see the test below)."""
    result = scanned(tmp_path)
    group = result.groups[0]
    members = [
        replace(m, tier=Tier.SIMILAR, changes=("grayscale", "re-encoded"))
        if m.path.name == "turned.jpg"
        else m
        for m in group.members
    ]
    result = replace(result, groups=(replace(group, members=tuple(members)),))
    view = open_compare(qtbot, result, "turned.jpg")
    assert "Similar to the reference: in grayscale, re-encoded · pixels " in view.label_b.text()


def test_a_scanned_grayscale_copy_is_named_grayscale_and_not_the_same_picture(tmp_path: Path) -> None:
    folder = tmp_path / "gray"
    folder.mkdir()
    original = samples.photo(33, (640, 480))
    original.save(folder / "original.jpg", quality=97)
    ImageOps.grayscale(original).save(folder / "gray.jpg", quality=85)
    (group,) = scan([folder], ScanOptions(use_cache=False)).groups
    copy = next(m for m in group.members if m.path.name == "gray.jpg")
    assert "grayscale" in copy.changes and copy.tier is Tier.SIMILAR


def test_every_place_the_closer_look_names_has_words() -> None:
    """Each overlay place core.closer_look can name (a 3x3 grid's cells, or all over) reads as words."""
    from lookalike.core import closer_look

    places = {closer_look._where(row / 3 + 0.1, column / 3 + 0.1) for row in range(3) for column in range(3)}
    for place in [*places, "all over"]:
        assert change_words(f"overlay:{place}") != f"overlay:{place}", place
