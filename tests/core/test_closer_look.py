"""The closer look decides what the thumbs cannot: real files, the real scan and the real act path.

Scans here use a loose hash threshold (14) so that the pairs reach the pixel checks; which
pairs the hash finds at the default is the accuracy benchmark's business.
"""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import closer_look, imaging, verify
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_pictures import app_screen, logo_box, tiled_word

LOOSE = ScanOptions(threshold=14)


def scan_folder(folder: Path, tmp_path: Path) -> ScanResult:
    from dataclasses import replace

    return scan([folder], replace(LOOSE, cache_dir=tmp_path / "cache"))


def grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def changes_of(result: ScanResult, name: str) -> tuple[str, ...]:
    return next(m.changes for g in result.groups for m in g.members if m.path.name == name)


@pytest.mark.parametrize("turned", [False, True])
@pytest.mark.parametrize("seed", [3, 4, 5])
def test_a_word_tiled_over_a_photo_groups_and_is_named_all_over(
    tmp_path: Path, seed: int, turned: bool
) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    photo = samples.photo(40 + seed, (640, 480))
    photo.save(folder / "original.jpg", quality=95)
    preview = tiled_word(photo, random.Random(seed))
    (preview.transpose(Image.Transpose.ROTATE_270) if turned else preview).save(
        folder / "preview.jpg", quality=85
    )
    result = scan_folder(folder, tmp_path)
    assert grouped(result) == [{"original.jpg", "preview.jpg"}]
    assert "overlay:all over" in changes_of(result, "preview.jpg")


def test_an_opaque_logo_in_one_area_groups_and_says_where(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    photo = samples.photo(52, (640, 480))
    photo.save(folder / "original.jpg", quality=95)
    logo_box(photo, random.Random(7)).save(folder / "logo.jpg", quality=85)
    result = scan_folder(folder, tmp_path)
    assert grouped(result) == [{"original.jpg", "logo.jpg"}]
    (overlay,) = [c for c in changes_of(result, "logo.jpg") if c.startswith("overlay:")]
    assert overlay != "overlay:all over"


@pytest.mark.parametrize("layout", ["settings", "files", "terminal", "mail"])
def test_screens_of_one_app_with_other_text_do_not_group(tmp_path: Path, layout: str) -> None:
    folder = tmp_path / "screens"
    folder.mkdir()
    for text in range(4):
        app_screen(layout, 11, 100 + text, (1080, 720)).save(folder / f"screen{text}.png")
    result = scan_folder(folder, tmp_path)
    assert grouped(result) == []


def test_the_thumbs_alone_would_have_passed_some_of_those_screens(tmp_path: Path) -> None:
    """The traps above are real: at 64x64 pixels some of them score as copies."""
    scores = []
    for layout in ("settings", "files", "terminal", "mail"):
        thumbs = [_thumb(app_screen(layout, 11, 100 + text, (1080, 720))) for text in range(4)]
        scores += [verify.similarity(a, b) for a, b in combinations(thumbs, 2)]
    assert max(scores) >= 0.85  # near the thumbs-only bar (verify.MIN_SCORE), well past CLOSER_FROM


def _thumb(image: Image.Image) -> verify.F32:
    import numpy as np

    gray = image.convert("L").resize((64, 64), Image.Resampling.BOX)
    return np.asarray(gray, np.float32)


def test_a_look_at_pictures_that_cannot_be_read_again_says_so(tmp_path: Path) -> None:
    from lookalike.core.models import FileEntry, Fingerprint, ImageRecord

    path = tmp_path / "gone.jpg"
    fingerprint = Fingerprint("0" * 32, 64, 48, "JPEG", None, bytes(8), b"", False)
    record = ImageRecord(FileEntry(path, 10, 0), fingerprint)
    assert closer_look.rendition(record) is None  # never there
    samples.photo(1, (64, 48)).save(path)
    assert closer_look.rendition(record) is None  # there, but not the content the scan saw


def test_a_turned_copy_is_turned_back_before_the_look(tmp_path: Path) -> None:
    photo = samples.photo(61, (480, 360))
    path_a, path_b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    photo.save(path_a, quality=95)
    photo.transpose(Image.Transpose.ROTATE_90).save(path_b, quality=90)
    a = imaging.decode(path_a.read_bytes(), ".jpg").working
    b = imaging.decode(path_b.read_bytes(), ".jpg").working
    # b is turned a quarter counter-clockwise: DIHEDRAL[3] (a quarter clockwise) turns it back.
    assert closer_look.look(a, closer_look.turned(b, 3), None).alike
    assert not closer_look.look(a, closer_look.turned(b, 1), None).alike


@pytest.mark.parametrize(("seed", "edit"), [(1000, "livelier"), (1003, "livelier"), (1004, "saturated")])
def test_a_colour_edit_is_the_same_picture_at_a_closer_look(tmp_path: Path, seed: int, edit: str) -> None:
    """Colour edits move each colour's gray its own way: no one tone curve follows them (these
    three failed with one curve for the whole picture)."""
    from PIL import ImageEnhance

    photo = samples.photo(seed, (1600, 1200))
    if edit == "livelier":
        edited = ImageEnhance.Contrast(ImageEnhance.Brightness(photo).enhance(1.25)).enhance(1.2)
    else:
        edited = ImageEnhance.Color(photo).enhance(1.6)
    path_a, path_b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    photo.save(path_a, quality=92)
    edited.save(path_b, quality=88)
    a = imaging.decode(path_a.read_bytes(), ".jpg").working
    b = imaging.decode(path_b.read_bytes(), ".jpg").working
    assert closer_look.look(a, b, None).alike


def test_looks_from_several_threads_at_once_agree(tmp_path: Path) -> None:
    """A regrouping may still be finishing on one thread while the next starts on another."""
    from concurrent.futures import ThreadPoolExecutor

    folder = tmp_path / "pics"
    folder.mkdir()
    photo = samples.photo(44, (480, 360))
    photo.save(folder / "original.jpg", quality=95)
    tiled_word(photo, random.Random(1)).save(folder / "preview.jpg", quality=85)
    result = scan([folder], ScanOptions(use_cache=False))
    records = {record.entry.path.name: record for record in result.images}
    looker = closer_look.FromFiles()
    looker.RENDITIONS = 1  # every call evicts: the bookkeeping is exercised hardest

    def look_once(variant: int) -> bool | None:
        verdict = looker(records["original.jpg"], records["preview.jpg"], variant % 2, None)
        return None if verdict is None else verdict.alike

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(look_once, range(200)))
    assert set(outcomes[0::2]) == {True}  # as they are: a tiled word over the same photo


def _stamped(
    photo: Image.Image, colour: tuple[int, int, int], corner: tuple[int, int], size: int = 18
) -> Image.Image:
    """The photo with a small date stamp, as a camera prints one."""
    from PIL import ImageDraw

    stamped = photo.copy()
    ImageDraw.Draw(stamped).text(corner, "2019-07-14 18:32", fill=colour, font=samples._font(size))
    return stamped


def test_a_stamp_the_thumbs_cannot_see_makes_the_copy_similar_not_the_same_picture(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    photo = samples.photo(61, (640, 480))
    photo.save(folder / "original.png")
    # Small orange digits in the bottom right: a few pixels of a 64x64 thumb, gray much like the
    # photo's, too few to change its sharpness: the thumbs alone call it the same picture.
    _stamped(photo, (255, 140, 20), (500, 455), size=12).save(folder / "stamped.png")
    photo.resize((320, 240), Image.Resampling.LANCZOS).save(folder / "smaller.jpg", quality=90)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    assert grouped(result) == [{"original.png", "smaller.jpg", "stamped.png"}]
    members = {m.path.name: m for m in result.groups[0].members}
    assert members["smaller.jpg"].tier.value == "pixels"  # a re-save at half size is the same picture
    assert members["stamped.png"].tier.value == "similar"
    assert "overlay:bottom right" in members["stamped.png"].changes


def test_same_picture_is_undecided_when_a_file_changed_since_the_scan(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    photo = samples.photo(62, (480, 360))
    photo.save(folder / "a.png")
    photo.save(folder / "b.jpg", quality=92)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    records = {record.entry.path.name: record for record in result.images}
    _stamped(photo, (255, 255, 255), (10, 10)).save(folder / "b.jpg", quality=92)  # not what was scanned
    assert closer_look.FromFiles().same_picture(records["a.png"], records["b.jpg"]) is None


def test_box_means_sort_as_ninths_in_the_order_floats_sort_in() -> None:
    import numpy as np

    from lookalike.core.pixel_filters import box_mean

    rng = np.random.default_rng(11)
    pixels = rng.integers(0, 256, (60, 45)).astype(np.float32)
    pixels[:10] = 255  # ties and the largest ninth
    pixels[-10:] = 0
    means = box_mean(pixels, 3).ravel().astype(np.float64)
    ninths = closer_look._ninths(means)
    assert ninths is not None and int(ninths.max()) == 9 * 255
    groups = rng.integers(0, 40, means.size)
    by_float = np.sort(groups * 512.0 + means) - np.sort(groups) * 512.0
    assert np.array_equal(closer_look._sorted_in_groups(groups, means, ninths), by_float)
    # Anything else is sorted as floats.
    assert closer_look._ninths(means + 0.01) is None
    assert closer_look._ninths(np.array([-1 / 9])) is None
