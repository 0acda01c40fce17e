"""Copies with an opaque logo or box pasted over part of them. Their hashes move beyond the threshold,
but with the same window of both blanked the rest agrees: the masked hashes make them a pair, and the
closer look passes them as an overlay in one area. Real files, the real scan, default options."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import closer_look, fingerprint, imaging
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_corpus import sparse_page
from tests.benchmarks.accuracy_pictures import logo_box

PHOTO = (480, 360)


def write_logo_pair(folder: Path, seed: int, logo: int, *, turned: bool) -> Path:
    """An original photo and a copy of it with a logo box pasted on (and turned a quarter): the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    photo = samples.photo(seed, PHOTO)
    photo.save(folder / "original.jpg", quality=90)
    copy = logo_box(photo, random.Random(logo))
    if turned:
        copy = copy.transpose(Image.Transpose.ROTATE_90)
    copy.save(folder / "logo.jpg", quality=85)
    return folder / "logo.jpg"


def grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def nearest_distance(result: ScanResult) -> int:
    """The least distance between the original's hash and any turn of the copy's."""
    by_name = {record.entry.path.name: record.fingerprint for record in result.images}
    original, copy = by_name["original.jpg"], by_name["logo.jpg"]
    return min((original.hashes[0] ^ turn).bit_count() for turn in copy.hashes)


@pytest.mark.parametrize(
    ("seed", "logo", "turned"), [(20, 0, False), (23, 0, False), (20, 1, True), (24, 1, True)]
)
def test_a_logo_copy_beyond_the_threshold_groups_at_the_default(
    tmp_path: Path, seed: int, logo: int, turned: bool
) -> None:
    write_logo_pair(tmp_path / "pics", seed, logo, turned=turned)
    result = scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"))
    assert nearest_distance(result) > ScanOptions().effective_threshold  # no hash alone finds it
    assert grouped(result) == [{"original.jpg", "logo.jpg"}]
    (copy,) = [m for m in result.groups[0].members if m.path.name == "logo.jpg"]
    (overlay,) = [change for change in copy.changes if change.startswith("overlay:")]
    assert overlay != "overlay:all over"
    assert ("rotated:90" in copy.changes or "rotated:270" in copy.changes) == turned


def test_the_strict_settings_leave_logo_copies_out(tmp_path: Path) -> None:
    """The strict positions promise copies that look practically identical."""
    write_logo_pair(tmp_path / "pics", 20, 0, turned=False)
    assert scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache", threshold=6)).groups == ()


def test_without_rotations_only_the_upright_logo_copy_is_found(tmp_path: Path) -> None:
    write_logo_pair(tmp_path / "upright", 20, 0, turned=False)
    write_logo_pair(tmp_path / "turned", 20, 1, turned=True)
    options = ScanOptions(cache_dir=tmp_path / "cache", rotations=False)
    assert grouped(scan([tmp_path / "upright"], options)) == [{"original.jpg", "logo.jpg"}]
    assert scan([tmp_path / "turned"], options).groups == ()


def test_the_masked_hashes_of_a_turned_picture_are_its_windows_moved_by_the_turn() -> None:
    """With rotations every masked hash is the least of its eight turns: a picture turned or mirrored
    has the same ones, each where the turn takes its window (the corners among the corners, the
    edges among the edges, the centre in place). Without rotations they are the upright hashes."""
    pixels = fingerprint._phash_pixels(samples.photo(30, (320, 240)), 8, 4)
    upright = fingerprint._masked_words(pixels, 8, turned=True)
    for turned_pixels in (np.rot90(pixels), np.fliplr(pixels), pixels.T):
        turned = fingerprint._masked_words(np.ascontiguousarray(turned_pixels), 8, turned=True)
        for windows in ((4,), (0, 2, 6, 8), (1, 3, 5, 7)):
            assert sorted(upright[i * 8 : (i + 1) * 8] for i in windows) == sorted(
                turned[i * 8 : (i + 1) * 8] for i in windows
            )
    assert fingerprint._masked_words(pixels, 8, turned=False) != upright


@pytest.mark.parametrize(
    ("texts", "size"),
    [
        ((707, 715), (1275, 1650)),  # all of the page's structure lies in the window
        ((100714, 100706), (850, 1100)),  # its lines run on beyond the window, differing faintly there
    ],
)
def test_a_near_empty_page_whose_few_lines_differ_is_not_a_copy_with_an_overlay(
    tmp_path: Path, texts: tuple[int, int], size: tuple[int, int]
) -> None:
    """A near-empty page's structure is its few lines: where they differ, the page differs, even
    though the differences the comparison sees gather in one window as a logo's do."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for index, text in enumerate(texts):
        sparse_page(samples.document(text, size)).save(folder / f"page-{index}.png")
    reference, copy = (
        imaging.decode((folder / f"page-{i}.png").read_bytes(), ".png").working for i in (0, 1)
    )
    real = closer_look._differences(reference, copy, None, closer_look.SIDE).real
    assert closer_look._best_window(real) is not None  # gathered like an overlay
    assert not closer_look.look(reference, copy, None).alike
    for threshold in (8, 14):
        result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache", threshold=threshold))
        assert result.groups == ()


def test_a_logo_copy_whose_hash_is_nearest_a_mirror_is_laid_over_upright_and_named_plainly(
    tmp_path: Path,
) -> None:
    """The logo moves the copy's hash nearer a mirror of the original than the original itself: the
    thumbs choose the turn, and what changed is read around the logo, which would otherwise make
    the copy read brighter, more contrasted and sharper."""
    folder = tmp_path / "pics"
    folder.mkdir()
    photo = samples.photo(20, (1200, 900))
    photo.save(folder / "original.jpg", quality=92)
    logo_box(photo, random.Random(0)).save(folder / "logo.jpg", quality=85)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    by_name = {record.entry.path.name: record.fingerprint for record in result.images}
    original, copy = by_name["original.jpg"], by_name["logo.jpg"]
    distances = [(original.hashes[0] ^ turn).bit_count() for turn in copy.hashes]
    assert min(distances) < distances[0]  # by the hash, a turn or mirror of it is nearer
    assert grouped(result) == [{"original.jpg", "logo.jpg"}]
    (member,) = [m for m in result.groups[0].members if m.path.name == "logo.jpg"]
    assert member.changes == ("re-encoded", "overlay:top centre")
