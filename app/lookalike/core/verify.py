"""Pixel-level check of a similar candidate pair, on the small grayscale thumbs of both images.

Perceptual hashes summarise a picture's coarse structure, so pictures that
share a layout (screenshots of one app, pages of one document) can hash alike.
This check keeps only each thumb's *detail*: every 4x4 block minus its own mean
brightness, so the shared layout (header bars, bubbles, margins) and any
brightness, contrast or colour change cancel out. What remains is the texture,
edges and text. The score is the correlation of the two details over the whole
thumb; textured and text regions carry the most energy, so they weigh the most,
and a region with content in one image and none in the other lowers the score.
Small blocks matter: with 8x8 blocks the bubble edges that one template's
screenshots share outweighed the text on large screens (lookalikes up to 0.965).

Measured on the labelled corpus of tests/benchmarks/accuracy.py (64x64 thumbs,
screens and pages from 360x640 to 1080x1920): copies, re-encodes, resizes to
25%, grayscale, blur, EXIF, mirror, rotation and 3% border crops score >= 0.966,
a small watermark >= 0.954; screenshots of one template with different text
<= 0.912, pages of one layout <= 0.857, crops overlapping under half <= 0.862,
unrelated photos <= 0.6. A pair costs about 30-70 us from scratch and a few us
once both thumbs are prepared.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from lookalike.core.models import THUMB_SIDE

F32 = npt.NDArray[np.float32]
U8 = npt.NDArray[np.uint8]

BLOCK = 4  # the side, in thumb pixels, of the regions whose mean brightness is removed
# Gray levels squared added per block to both sides of the correlation: keeps the noise of
# flat regions from counting (tried 4-64 across screen sizes; 32 gave the widest margin).
NOISE_FLOOR = 32.0
# Below this mean block variance (gray levels squared) a thumb has no detail to compare:
# solid colours and empty pages can never be verified as the same picture.
MIN_DETAIL = 2.0
# Pairs scoring below this are not shown as duplicates: between the highest trap score
# (0.912) and the lowest must-group score (0.954) in the benchmark, nearer the traps,
# since copies re-shared at 15% size or watermarked larger sink towards 0.9-0.93.
MIN_SCORE = 0.925
# Thumb pixels per side (of 64) tried when a pair fails: copies with 2-6% of each border cropped.
CROP_MARGINS = (1.5, 2.5, 3.5)
# Only pairs scoring at least this get that second look: a crop of 6% per side scores above it,
# most unrelated pictures below, so most failing pairs cost one comparison.
CROP_RETRY_ABOVE = 0.3


# fingerprint.DIHEDRAL[i] as array operations on a square thumb (PIL's ROTATE_90 turns counter-clockwise);
# not imported from there, which would load Pillow for a rescan that reads no picture.
_ARRAY_DIHEDRAL: tuple[Callable[[U8], U8], ...] = (
    lambda p: p,
    lambda p: np.rot90(p, 1),
    lambda p: np.rot90(p, 2),
    lambda p: np.rot90(p, 3),
    lambda p: p[:, ::-1],
    lambda p: p[::-1, :],
    lambda p: p.T,
    lambda p: np.rot90(p, 2).T,
)


def thumb_array(thumb: bytes, variant: int = 0) -> F32:
    """The thumb as a float array, rotated/mirrored by DIHEDRAL[variant]."""
    pixels = np.frombuffer(thumb, dtype=np.uint8).reshape(THUMB_SIDE, THUMB_SIDE)
    turned: F32 = _ARRAY_DIHEDRAL[variant](pixels).astype(np.float32)
    return turned


@dataclass(frozen=True, slots=True)
class Detail:
    """A thumb's detail (each BLOCK x BLOCK region minus its own mean), ready to compare."""

    vector: F32  # the detail flattened and divided by BLOCK, so dot products are per-pixel means
    energy: float  # vector . vector: the sum over blocks of each block's variance
    blocks: int
    root: float = field(init=False)  # sqrt(energy), kept: a pair's score is one dot product
    meaningful: bool = field(init=False)  # enough texture, edges or text to compare at all

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", math.sqrt(self.energy))
        object.__setattr__(self, "meaningful", self.energy >= MIN_DETAIL * self.blocks)


def detail(pixels: F32) -> Detail:
    count = pixels.shape[0] // BLOCK
    average = _block_average(pixels.shape[0])
    means = average @ pixels @ average.T  # the blocks' mean brightness, as two small matrix products
    blocks = pixels[: count * BLOCK, : count * BLOCK].reshape(count, BLOCK, count, BLOCK)
    centred = (blocks - means[:, None, :, None]).astype(np.float32, copy=False)
    vector: F32 = (centred * np.float32(1.0 / BLOCK)).ravel()
    return Detail(vector, float(vector.dot(vector)), count * count)


@lru_cache(maxsize=4)
def _block_average(side: int) -> F32:
    """A (side // BLOCK) x side matrix whose rows average one BLOCK-long run of pixels each."""
    count = side // BLOCK
    matrix = np.zeros((count, side), np.float32)
    for row in range(count):
        matrix[row, row * BLOCK : (row + 1) * BLOCK] = 1.0 / BLOCK
    return matrix


def has_detail(pixels: F32) -> bool:
    """Whether a thumb holds enough texture, edges or text for the check to mean anything."""
    return detail(pixels).meaningful


def similarity(a: F32, b: F32) -> float:
    """1.0 for the same picture; falls as detail differs anywhere. 0.0 when either has no detail.

    A pair that fails as it is, but not by far, gets a second look with either
    thumb zoomed in by 2-6% per side, so a copy with its borders cropped off
    still matches; zooming only misaligns a shared layout further, so it does
    not rescue lookalikes.
    """
    da, db = detail(a), detail(b)
    score = _score(da, db)
    if _settled(score):
        return score
    return _second_look(score, da, db, _zoomed_details(a), _zoomed_details(b))


def thumb_similarity(a: bytes, b: bytes, variant: int = 0, *, crops: bool = True) -> float:
    """similarity() of two fingerprint thumbs, `b` turned by DIHEDRAL[variant]: what matching calls.

    Each thumb's detail is prepared once and kept in a bounded cache, so a pair
    costs one dot product even when one picture is checked against many.
    With crops=False there is no zoomed second look: matching passes that for two
    pictures of equal size (a cropped copy has a smaller one), which spares the
    dearest case, many screenshots of one template, the six extra comparisons.
    """
    da, db = _prepared(a, 0), _prepared(b, variant)
    score = _score(da, db)
    if not crops or _settled(score):
        return score
    return _second_look(score, da, db, _prepared_zooms(a, 0), _prepared_zooms(b, variant))


def aligned_similarity(a: F32, b: F32) -> float:
    """The score of the two thumbs as they are, pixel for pixel, without the cropped second look."""
    return _score(detail(a), detail(b))


def _settled(score: float) -> bool:
    """Passed, or failed by too much for a cropped copy."""
    return score >= MIN_SCORE or score < CROP_RETRY_ABOVE


def _second_look(
    score: float, da: Detail, db: Detail, zooms_a: tuple[Detail, ...], zooms_b: tuple[Detail, ...]
) -> float:
    for za, zb in zip(zooms_a, zooms_b, strict=True):
        score = max(score, _score(za, db), _score(da, zb))
        if score >= MIN_SCORE:
            break
    return score


def _score(da: Detail, db: Detail) -> float:
    """Correlation of two details, with a noise floor per block; 0.0 when either has no detail."""
    if not (da.meaningful and db.meaningful):
        return 0.0
    floor = NOISE_FLOOR * da.blocks
    score = (float(da.vector.dot(db.vector)) + floor) / (da.root * db.root + floor)
    return 1.0 if score > 1.0 else score if score > 0.0 else 0.0


def zoom_matrix(margin: float, side: int = THUMB_SIDE) -> F32:
    """Z such that Z @ thumb @ Z.T is the thumb with `margin` pixels cut off each side, scaled
    back to `side` (bilinear): two small matrix products instead of an image resize."""
    scale = (side - 2 * margin) / side
    source = margin + (np.arange(side) + 0.5) * scale - 0.5
    low = np.clip(np.floor(source).astype(int), 0, side - 1)
    high = np.clip(low + 1, 0, side - 1)
    weight = (source - np.floor(source)).astype(np.float32)
    matrix = np.zeros((side, side), np.float32)
    rows = np.arange(side)
    np.add.at(matrix, (rows, low), 1 - weight)
    np.add.at(matrix, (rows, high), weight)
    return matrix


_ZOOMS = tuple(zoom_matrix(margin) for margin in CROP_MARGINS)


def _zoomed_details(pixels: F32) -> tuple[Detail, ...]:
    return tuple(detail((zoom @ pixels @ zoom.T).astype(np.float32, copy=False)) for zoom in _ZOOMS)


# A prepared detail is 16 KB: these bound the caches to about 32 MB and 24 MB.
@lru_cache(maxsize=2048)
def _prepared(thumb: bytes, variant: int) -> Detail:
    return detail(thumb_array(thumb, variant))


@lru_cache(maxsize=512)
def _prepared_zooms(thumb: bytes, variant: int) -> tuple[Detail, ...]:
    return _zoomed_details(thumb_array(thumb, variant))
