"""The compare view's difference lines B up with A first: a turned or cropped copy shows as nearly
identical, and what was painted over shows where it is. Real pictures, scanned for real."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from lookalike import samples
from lookalike.core.fingerprint import gray_thumb, make_fingerprinter
from lookalike.core.models import Fingerprint, ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.ui.alignment import find_alignment, lay_over
from lookalike.ui.compare import CompareMode, CompareView
from lookalike.ui.pair_loader import DifferenceStats, aligned_difference, difference_image, load_for_display

from .conftest import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

LOAD_MS = 20_000
CROP = (32, 16, 640, 468)  # what the cropped copy keeps of the 640 x 480 original
BOX = (480, 360, 619, 459)  # the opaque box painted over the boxed copy


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> ScanResult:
    """A photo; its copies turned a quarter right, cropped, and with an opaque box; an unrelated one."""
    folder = tmp_path_factory.mktemp("lined-up")
    original = samples.photo(33, (640, 480))
    original.save(folder / "original.png")
    original.transpose(Image.Transpose.ROTATE_270).save(folder / "turned.png")
    original.crop(CROP).save(folder / "cropped.png")
    boxed = original.copy()
    ImageDraw.Draw(boxed).rectangle(BOX, fill=(200, 30, 30))
    boxed.save(folder / "boxed.png")
    samples.photo(34, (640, 480)).save(folder / "other.png")
    for age, name in enumerate(("boxed.png", "cropped.png", "turned.png", "original.png")):
        stamp = 1_700_000_000 * 10**9 - age * 86_400 * 10**9  # the original is the oldest
        os.utime(folder / name, ns=(stamp, stamp))
    result = scan([folder], ScanOptions(cache_dir=tmp_path_factory.mktemp("cache")))
    grouped = {m.path.name for g in result.groups for m in g.members}
    assert {"original.png", "turned.png", "cropped.png", "boxed.png"} <= grouped
    return result


def open_on(qtbot: QtBot, result: ScanResult, name: str) -> CompareView:
    """The compare view on the original (A) and the copy `name` (B), its difference computed."""
    group = next(g for g in result.groups if any(m.path.name == name for m in g.members))
    paths = [m.path for m in group.members]
    names = [path.name for path in paths]
    view = CompareView(paths, (names.index("original.png"), names.index(name)), members=group.members)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitSignal(view.images_loaded, timeout=LOAD_MS):
        view.show()
    qtbot.waitUntil(lambda: view.difference()[1] is not None, timeout=LOAD_MS)
    view.set_mode(CompareMode.DIFFERENCE)
    return view


def as_array(image: QImage) -> np.ndarray:
    """The picture's pixels, (height, width, 3)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(bytes(rgb.constBits()), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    return rows[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3)


def shown_difference(view: CompareView) -> tuple[np.ndarray, DifferenceStats]:
    image, stats = view.difference()
    assert image is not None and stats is not None
    shown = view.pane_b.shown_image()
    assert shown is not None and as_array(shown).shape == as_array(image).shape  # it is what is shown
    return as_array(image).astype(np.float32), stats


def unaligned_mean(view: CompareView) -> float:
    """The mean of the difference as it was before lining up: B only scaled to A's size."""
    a, b = load_for_display(view.path_a).pixels, load_for_display(view.path_b).pixels
    assert a is not None and b is not None
    return float(as_array(difference_image(a, b)[0]).mean())


def test_the_thumbs_it_lines_up_are_those_the_scan_makes(scanned: ScanResult) -> None:
    """find_alignment compares thumbs made as the scan makes a fingerprint's, at its levels, so the
    view lines a pair up as the scan judged it."""
    fingerprint = make_fingerprinter(ScanOptions())
    for record in scanned.images:
        made = fingerprint(record.entry)
        assert isinstance(made, Fingerprint)
        with Image.open(record.entry.path) as image:
            assert gray_thumb(image) == made.thumb, record.entry.path.name


def test_a_turned_copy_turned_back_differs_hardly_at_all(qtbot: QtBot, scanned: ScanResult) -> None:
    view = open_on(qtbot, scanned, "turned.png")
    difference, stats = shown_difference(view)
    assert difference.shape == (480, 640, 3)  # on A's frame, so the panes line up
    assert stats.lined_up and stats.alignment is not None and stats.alignment.variant != 0
    assert difference.mean() < 1.0
    assert unaligned_mean(view) > 20 * max(difference.mean(), 0.5)
    label = view.label_b.text()
    assert "Lined up on A first, undoing what B changed: turned 90° clockwise" in label
    assert "differ noticeably" in label or "identical pixels" in label


def test_a_cropped_copy_laid_where_it_belongs_differs_hardly_at_all(
    qtbot: QtBot, scanned: ScanResult
) -> None:
    view = open_on(qtbot, scanned, "cropped.png")
    difference, stats = shown_difference(view)
    assert difference.shape == (480, 640, 3)
    left, top, right, bottom = CROP
    inside = difference[top + 3 : bottom - 3, left + 3 : right - 3]  # where B lies, less its edge
    assert inside.mean() < 6.0  # amplified 4 times: 1.5 gray levels
    assert unaligned_mean(view) > 5 * inside.mean()
    assert stats.noticeable_share < 0.01
    # What B does not show is tinted, not black (black would say "the same here").
    assert stats.uncovered_share == pytest.approx(1 - (608 * 452) / (640 * 480), abs=0.02)
    outside = difference[:, : left - 3]
    assert outside[..., 2].mean() > outside[..., 0].mean() + 10  # blue
    label = view.label_b.text()
    assert "undoing what B changed: cropped (" in label and "off the left" in label
    assert "blue: not in B" in label


def test_an_opaque_box_shows_where_it_is(qtbot: QtBot, scanned: ScanResult) -> None:
    view = open_on(qtbot, scanned, "boxed.png")
    difference, stats = shown_difference(view)
    assert stats.lined_up and stats.alignment is not None and stats.alignment.changes == ()
    left, top, right, bottom = BOX
    energy = difference.sum(axis=2)
    inside = energy[top : bottom + 1, left : right + 1].sum()
    assert inside > 0.95 * energy.sum()  # the difference is the box, and nothing else
    assert "Lined up" not in view.label_b.text()  # nothing to undo: no word about it


def test_pictures_that_do_not_line_up_show_the_plain_difference_and_say_so(
    qtbot: QtBot, scanned: ScanResult, tmp_path: Path
) -> None:
    group = next(g for g in scanned.groups if any(m.path.name == "original.png" for m in g.members))
    original = next(m.path for m in group.members if m.path.name == "original.png")
    other = original.with_name("other.png")
    view = CompareView([original, other])
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.images_loaded, timeout=LOAD_MS):
        view.show()
    qtbot.waitUntil(lambda: view.difference()[1] is not None, timeout=LOAD_MS)
    view.set_mode(CompareMode.DIFFERENCE)
    _difference, stats = shown_difference(view)
    assert not stats.lined_up and stats.alignment is None
    assert "B does not line up with A" in view.label_b.text()


def test_side_by_side_shows_the_files_as_they_are(qtbot: QtBot, scanned: ScanResult) -> None:
    view = open_on(qtbot, scanned, "turned.png")
    view.set_mode(CompareMode.SIDE_BY_SIDE)
    shown = view.pane_b.shown_image()
    assert shown is not None and (shown.width(), shown.height()) == (480, 640)  # still turned


def test_a_re_encoded_copy_with_a_logo_is_not_called_cropped(tmp_path: Path) -> None:
    """Re-encoding noise once let a sliver of a crop fit a hair better than none; its words then
    said "cropped (2% off the top, 1% off the right)" of a copy that lines up whole."""
    original = samples.photo(33, (1200, 900))
    original.save(tmp_path / "original.jpg", quality=92)
    boxed = original.copy()
    ImageDraw.Draw(boxed).rectangle((880, 660, 1140, 850), fill=(200, 30, 30))
    boxed.save(tmp_path / "overlay.jpg", quality=90)
    a, b = (load_for_display(tmp_path / name).pixels for name in ("original.jpg", "overlay.jpg"))
    assert a is not None and b is not None
    alignment = find_alignment(a, b)
    assert alignment is not None and alignment.crop is not None  # the thumbs see a sliver of a crop
    assert lay_over(a, b, alignment).alignment.changes == ()
    _image, stats = aligned_difference(a, b)
    assert stats.alignment is not None and stats.alignment.changes == ()
