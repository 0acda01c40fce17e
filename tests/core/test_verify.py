"""The pixel-level check on its own: what it accepts, what it rejects, and what it costs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import verify
from lookalike.core.fingerprint import DIHEDRAL, make_fingerprinter
from lookalike.core.models import THUMB_SIDE, FileEntry, Fingerprint, ScanOptions
from tests.benchmarks.accuracy_corpus import border_crop, watermark


def fingerprint(image: Image.Image, path: Path, **save: object) -> Fingerprint:
    """The fingerprint a scan would compute for `image` saved at `path`."""
    image.save(path, **save)
    stat = path.stat()
    result = make_fingerprinter(ScanOptions())(FileEntry(path, stat.st_size, stat.st_mtime_ns))
    assert isinstance(result, Fingerprint), result
    return result


def thumb(image: Image.Image, path: Path, **save: object) -> verify.F32:
    return verify.thumb_array(fingerprint(image, path, **save).thumb)


def score(a: Image.Image, b: Image.Image, folder: Path) -> float:
    return verify.similarity(thumb(a, folder / "a.png"), thumb(b, folder / "b.jpg", quality=75))


def test_thumbs_are_thumb_side_squared(tmp_path: Path) -> None:
    assert len(fingerprint(samples.photo(1, (400, 300)), tmp_path / "p.png").thumb) == THUMB_SIDE**2


def test_identical_thumbs_score_one(tmp_path: Path) -> None:
    pixels = thumb(samples.photo(1, (400, 300)), tmp_path / "p.png")
    assert verify.similarity(pixels, pixels) == pytest.approx(1.0)


def test_brightness_and_contrast_changes_cancel_out(tmp_path: Path) -> None:
    pixels = thumb(samples.photo(2, (400, 300)), tmp_path / "p.png")
    assert verify.similarity(pixels, pixels * 0.7 + 40) > 0.99


def test_flat_pictures_can_never_be_verified() -> None:
    """Solid colours have no detail to compare: the check refuses them instead of saying 1.0."""
    white = np.full((THUMB_SIDE, THUMB_SIDE), 250, np.float32)
    grey = np.full((THUMB_SIDE, THUMB_SIDE), 128, np.float32)
    assert not verify.has_detail(white)
    assert verify.similarity(white, white) == 0.0
    assert verify.similarity(white, grey) == 0.0


@pytest.mark.parametrize("variant", range(len(DIHEDRAL)))
def test_thumb_variants_turn_like_the_hash_variants(variant: int) -> None:
    """thumb_array(…, v) must show the thumb as DIHEDRAL[v] does, or rotated copies would fail."""
    pixels = np.random.default_rng(variant).integers(0, 256, (THUMB_SIDE, THUMB_SIDE), dtype=np.uint8)
    image = Image.fromarray(pixels, "L")
    for transpose in DIHEDRAL[variant]:
        image = image.transpose(transpose)
    assert np.array_equal(verify.thumb_array(pixels.tobytes(), variant), np.asarray(image, np.float32))


def test_reencoded_resized_copy_passes(tmp_path: Path) -> None:
    original = samples.photo(3, (480, 360))
    assert score(original, original.resize((240, 180)), tmp_path) >= verify.MIN_SCORE


def test_watermarked_copy_passes(tmp_path: Path) -> None:
    original = samples.photo(4, (480, 360))
    assert score(original, watermark(original), tmp_path) >= verify.MIN_SCORE


def test_screenshot_copy_passes_and_same_template_with_other_text_fails(tmp_path: Path) -> None:
    """The case the old 8x8-block check let through: one chat template, different messages."""
    first, second = samples.screenshot(5, 1, (360, 640)), samples.screenshot(5, 2, (360, 640))
    assert score(first, first, tmp_path) >= verify.MIN_SCORE
    assert score(first, second, tmp_path) < verify.MIN_SCORE - 0.02


def test_pages_with_one_layout_and_other_text_fail(tmp_path: Path) -> None:
    assert score(samples.document(1, (425, 550)), samples.document(2, (425, 550)), tmp_path) < 0.85


def test_content_missing_from_one_picture_lowers_the_score(tmp_path: Path) -> None:
    """Detail in one image where the other is blank counts against the pair, not for nothing."""
    pixels = thumb(samples.photo(6, (400, 300)), tmp_path / "p.png")
    blanked = pixels.copy()
    blanked[:, : THUMB_SIDE // 3] = 128
    assert verify.similarity(pixels, blanked) < verify.MIN_SCORE


def test_border_crop_is_rescued_by_the_zoomed_second_look(tmp_path: Path) -> None:
    original = samples.photo(7, (480, 360))
    first = fingerprint(original, tmp_path / "a.png")
    second = fingerprint(border_crop(original), tmp_path / "b.png")
    a, b = verify.thumb_array(first.thumb), verify.thumb_array(second.thumb)
    assert verify.aligned_similarity(a, b) < verify.MIN_SCORE <= verify.similarity(a, b)
    assert verify.thumb_similarity(first.thumb, second.thumb) >= verify.MIN_SCORE
    assert verify.thumb_similarity(first.thumb, second.thumb, crops=False) < verify.MIN_SCORE


def test_unrelated_photos_fail(tmp_path: Path) -> None:
    assert score(samples.photo(8, (480, 360)), samples.photo(9, (480, 360)), tmp_path) < 0.6


def test_cached_and_uncached_scores_agree(tmp_path: Path) -> None:
    first, second = samples.screenshot(5, 1, (360, 640)), samples.screenshot(5, 2, (360, 640))
    a = fingerprint(first, tmp_path / "a.png").thumb
    b = fingerprint(second, tmp_path / "b.png").thumb
    for variant in (0, 3, 6):
        expected = verify.similarity(verify.thumb_array(a), verify.thumb_array(b, variant))
        assert verify.thumb_similarity(a, b, variant) == pytest.approx(expected)


def test_there_is_one_thumb_turn_per_hash_variant() -> None:
    assert len(verify._ARRAY_DIHEDRAL) == len(DIHEDRAL)
