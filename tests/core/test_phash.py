"""Our NumPy pHash gives exactly imagehash.phash's bits, so SciPy need not load for a scan."""

from __future__ import annotations

from pathlib import Path

import imagehash
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from lookalike.core.fingerprint import make_fingerprinter, phash_bits
from lookalike.core.imaging import decode
from lookalike.core.models import Algorithm, FileEntry, Fingerprint, ScanOptions
from lookalike.samples import document, photo, screenshot


def _noise(seed: int, size: tuple[int, int]) -> Image.Image:
    pixels = np.random.default_rng(seed).integers(0, 256, (size[1], size[0]), dtype=np.uint8)
    return Image.fromarray(pixels, "L")


def _gradient(seed: int, size: tuple[int, int]) -> Image.Image:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0 : size[1], 0 : size[0]]
    angle = rng.uniform(0, np.pi)
    values = (np.cos(angle) * x + np.sin(angle) * y) * rng.uniform(0.1, 2.0) + rng.uniform(0, 80)
    return Image.fromarray((values % 256).astype(np.uint8), "L")


def _shapes(seed: int, size: tuple[int, int]) -> Image.Image:
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", size, tuple(int(v) for v in rng.integers(0, 256, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(1, 12))):
        x0, x1 = sorted(int(v) for v in rng.integers(0, size[0], 2))
        y0, y1 = sorted(int(v) for v in rng.integers(0, size[1], 2))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x0, y0, x1, y1), fill=colour)
    return image


MAKERS = {
    "photo": lambda seed, size: photo(seed, size),
    "noise": _noise,
    "gradient": _gradient,
    "shapes": _shapes,
    "screenshot": lambda seed, size: screenshot(seed % 3, seed, size),
    "document": lambda seed, size: document(seed, size),
}


def _same_as_imagehash(image: Image.Image, hash_size: int) -> bool:
    expected = imagehash.phash(image, hash_size=hash_size).hash
    return bool(np.array_equal(phash_bits(image, hash_size), expected))


@pytest.mark.parametrize("kind", sorted(MAKERS))
@pytest.mark.parametrize("hash_size", [4, 8, 12, 16])
def test_numpy_phash_equals_imagehash_phash(kind: str, hash_size: int) -> None:
    for seed in range(4):
        size = (160 + 97 * seed, 120 + 61 * seed)
        image = MAKERS[kind](seed, size)
        assert _same_as_imagehash(image, hash_size), (kind, seed, size)


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(sorted(MAKERS)),
    seed=st.integers(0, 10**6),
    width=st.integers(200, 700),
    height=st.integers(200, 700),
    mode=st.sampled_from(["RGB", "L", "RGBA"]),
)
def test_numpy_phash_equals_imagehash_phash_on_generated_pictures(
    kind: str, seed: int, width: int, height: int, mode: str
) -> None:
    image = MAKERS[kind](seed, (width, height)).convert(mode)
    assert _same_as_imagehash(image, 8)


def test_fingerprint_phash_equals_imagehash_on_the_decoded_working_image(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    photo(7, (1600, 1200)).save(path, quality=90)
    entry = FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns)
    for hash_size in (8, 16):
        fingerprint = make_fingerprinter(ScanOptions(algorithm=Algorithm.PHASH, hash_size=hash_size))(entry)
        assert isinstance(fingerprint, Fingerprint)
        working = decode(path.read_bytes(), ".jpg").working
        expected = imagehash.phash(working, hash_size=hash_size).hash.flatten()
        assert fingerprint.hashes[0] == int.from_bytes(np.packbits(expected).tobytes(), "big")


def test_mirror_symmetric_picture_leaves_nothing_to_rounding_noise() -> None:
    # A left-right symmetric picture has every odd horizontal frequency exactly 0 in theory; those
    # bits must come out 0, not be decided by floating-point noise that varies between machines.
    pixels = np.zeros((120, 160), dtype=np.uint8)
    pixels[30:90, 40:120] = 200
    pixels[50:70, 70:90] = 90
    bits = phash_bits(Image.fromarray(pixels, "L"))
    assert not bits[:, 1::2].any()
    assert bits[:, ::2].any()
