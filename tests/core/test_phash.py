"""Our NumPy pHash gives exactly imagehash.phash's bits, so SciPy need not load for a scan; the eight
rotated and mirrored variants come from one DCT and equal hashing each turned image."""

from __future__ import annotations

from pathlib import Path

import imagehash
import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from lookalike.core.fingerprint import DIHEDRAL, _variant, dihedral_phash_bits, make_fingerprinter, phash_bits
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


def _resized(image: Image.Image, hash_size: int) -> Image.Image:
    """The Lanczos-resized grayscale image that phash_bits takes its DCT of."""
    gray = image if image.mode == "L" else image.convert("L")
    return gray.resize((hash_size * 4, hash_size * 4), Image.Resampling.LANCZOS)


def _turned_one_by_one(image: Image.Image, hash_size: int) -> npt.NDArray[np.bool_]:
    """The slow path: each DIHEDRAL variant of the resized image turned by Pillow, then hashed."""
    resized = _resized(image, hash_size)
    return np.stack([phash_bits(_variant(resized, transposes), hash_size) for transposes in DIHEDRAL])


@pytest.mark.parametrize("kind", sorted(MAKERS))
@pytest.mark.parametrize("hash_size", [4, 5, 8, 12, 16])
def test_all_eight_variants_from_one_dct_equal_hashing_each_turned_image(kind: str, hash_size: int) -> None:
    for seed in range(6):
        size = (150 + 83 * seed, 110 + 71 * seed)
        image = MAKERS[kind](seed, size)
        fast = dihedral_phash_bits(image, hash_size)
        assert fast.shape == (8, hash_size, hash_size)
        assert np.array_equal(fast, _turned_one_by_one(image, hash_size)), (kind, seed, size)
        assert np.array_equal(fast[0], phash_bits(image, hash_size))
        assert np.array_equal(dihedral_phash_bits(image, hash_size, variants=1), fast[:1])


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(sorted(MAKERS)),
    seed=st.integers(0, 10**6),
    width=st.integers(200, 700),
    height=st.integers(200, 700),
    mode=st.sampled_from(["RGB", "L", "RGBA"]),
)
def test_all_eight_variants_from_one_dct_on_generated_pictures(
    kind: str, seed: int, width: int, height: int, mode: str
) -> None:
    image = MAKERS[kind](seed, (width, height)).convert(mode)
    assert np.array_equal(dihedral_phash_bits(image), _turned_one_by_one(image, 8))


@pytest.mark.parametrize("kind", ["noise", "gradient", "shapes"])
def test_all_eight_variants_of_tiny_pictures(kind: str) -> None:
    # Smaller than the 32x32 the DCT is taken of: the resize enlarges them.
    for seed, size in enumerate([(1, 1), (3, 7), (16, 9), (31, 32), (33, 40), (64, 48)]):
        image = MAKERS[kind](seed, size)
        assert np.array_equal(dihedral_phash_bits(image), _turned_one_by_one(image, 8)), (kind, size)


def test_variants_of_a_symmetric_picture_keep_their_zero_bits() -> None:
    # Left-right symmetric: every odd horizontal frequency is exactly 0, in each variant too (a
    # transposed variant has them along the other axis); a sign flip of 0.0 must not turn a bit on.
    pixels = np.zeros((120, 160), dtype=np.uint8)
    pixels[30:90, 40:120] = 200
    pixels[50:70, 70:90] = 90
    variants = dihedral_phash_bits(Image.fromarray(pixels, "L"))
    for index, (transposes, bits) in enumerate(zip(DIHEDRAL, variants, strict=True)):
        turned = Image.Transpose.TRANSPOSE in transposes or index in (1, 3, 7)
        odd = bits[1::2, :] if turned else bits[:, 1::2]
        assert not odd.any(), index
    assert np.array_equal(variants[0], variants[4])  # its mirror is itself


def test_fingerprint_hashes_with_rotations_are_the_turned_variants(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    photo(11, (1200, 900)).save(path, quality=90)
    entry = FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns)
    working = decode(path.read_bytes(), ".jpg").working
    for algorithm in Algorithm:
        plain = make_fingerprinter(ScanOptions(algorithm=algorithm, rotations=False))(entry)
        turned = make_fingerprinter(ScanOptions(algorithm=algorithm, rotations=True))(entry)
        assert isinstance(plain, Fingerprint) and isinstance(turned, Fingerprint)
        assert len(plain.hashes) == 1 and len(turned.hashes) == 8
        assert turned.hashes[0] == plain.hashes[0]
        if algorithm is Algorithm.PHASH:
            expected = [_as_int(bits) for bits in _turned_one_by_one(working, 8)]
        else:
            # dHash, aHash and wHash hash each turned working image on its own.
            function = {
                Algorithm.DHASH: imagehash.dhash,
                Algorithm.AHASH: imagehash.average_hash,
                Algorithm.WHASH: imagehash.whash,
            }[algorithm]
            expected = [_as_int(function(_variant(working, t)).hash) for t in DIHEDRAL]
        assert list(turned.hashes) == expected, algorithm


def _as_int(bits: npt.NDArray[np.bool_]) -> int:
    return int.from_bytes(np.packbits(bits.flatten()).tobytes(), "big")
