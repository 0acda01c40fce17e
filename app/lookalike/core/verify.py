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

Two pictures of different sizes may be crops of one another: align() finds the crop on each
axis from the pictures' brightness profiles, and the score is taken with the pair laid over
each other (about 1 ms). This check is the first of two: the pairs it cannot settle get a
closer look at the files themselves (see CLOSER_ABOVE and core.closer_look).
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
# With a closer look (core.closer_look) at hand, the thumbs settle only the clear cases: pairs
# scoring at least CLOSER_ABOVE are copies (re-encodes, resizes, turns and most aligned crops score
# above it; no trap of the benchmark does, the highest an app screen at 0.962), pairs below
# CLOSER_FROM are not, and the rest (edited, watermarked, overlaid copies, and the lookalikes) are
# decoded again and compared where legible text and overlays' edges show. MIN_SCORE above is the
# rule only when the files cannot be read again.
CLOSER_ABOVE = 0.985
CLOSER_FROM = 0.5
# A pair that the hashes propose only through a cut of one of them (fingerprint.CUTS) is a crop or
# nothing: laid over each other as align() finds them, the crops of the accuracy benchmark (seeds
# 0-3, 289 pairs) score at least 0.94, while other pictures that a cut brings near (photos of one
# scene, screenshots of one app) score at most 0.86 and 10,000 photos of the scale corpus at most
# 0.91. Only from this score does such a pair get a closer look; most of them cost none.
CUT_LOOKS_FROM = 0.9
# Only pairs scoring at least this as they are get aligned (see align): a crop of 10% per side
# scores above it, most unrelated pictures below, so most failing pairs cost one comparison.
CROP_RETRY_ABOVE = 0.3
# Pairs of different sizes scoring below this as they are get aligned too: a copy with 3% cut
# off one side still scores about 0.93-0.97 unaligned, and its crop deserves a name.
ALIGNED_ABOVE = 0.98


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
    # Each block's mean spread over its pixels, then taken from them whole: broadcast over the
    # blocks' 4-pixel rows, the subtraction made a thumb's detail take 21 us instead of 15.
    spread = np.repeat(np.repeat(means, BLOCK, axis=0), BLOCK, axis=1)
    centred = (pixels[: count * BLOCK, : count * BLOCK] - spread).astype(np.float32, copy=False)
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

    A pair that fails as it is, but not by far, is aligned (see align) and scored again, so a
    copy with some of its borders cropped off still matches.
    """
    return _match(detail(a), a, b, None, None).score


def thumb_similarity(a: bytes, b: bytes, variant: int = 0, *, crops: bool = True) -> float:
    """The score of match() for two thumbs whose pictures' sizes are not known."""
    return match(a, b, variant, None, None, crops=crops).score


@dataclass(frozen=True, slots=True)
class Crop:
    """Where the cropped picture of a pair lies in the other, as fractions of the other's sides
    (each 0.0 when nothing was cut off there). `candidate_cropped` says which one is cut."""

    left: float
    top: float
    right: float
    bottom: float
    candidate_cropped: bool


@dataclass(frozen=True, slots=True)
class Match:
    score: float  # as similarity()
    crop: Crop | None = None  # the framing that scored best, when not the pictures as they are


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a closer look (core.closer_look) at a pair found."""

    alike: bool
    overlay: str | None = None  # where something covers part of the picture: "bottom right", "all over"


Size = tuple[int, int]  # a picture's width and height, as shown


def match(
    a: bytes, b: bytes, variant: int, a_size: Size | None, b_size: Size | None, *, crops: bool = True
) -> Match:
    """How alike thumb `a` (the reference) and thumb `b` turned by DIHEDRAL[variant] are.

    Each thumb's detail is prepared once and kept in a bounded cache, so a pair costs one dot
    product when it matches as it is. With crops=False there is no alignment: matching passes
    that for two pictures of equal size (a cropped copy has a smaller one), which spares the
    dearest case, many screenshots of one template, the search. The sizes (as shown, before
    turning) tie the crop's two axes together; None lets each axis find its own scale.
    """
    da, db = _prepared(a, 0), _prepared(b, variant)
    score = _score(da, db)
    if not crops or _settled(score):
        return Match(score)
    turned = b_size if b_size is None or variant not in _SWAPS_SIDES else (b_size[1], b_size[0])
    return _match(da, thumb_array(a), thumb_array(b, variant), a_size, turned, db)


def aligned_similarity(a: F32, b: F32) -> float:
    """The score of the two thumbs as they are, pixel for pixel, without aligning them."""
    return _score(detail(a), detail(b))


def _settled(score: float) -> bool:
    """Alike enough as they are that a crop could not explain more, or too unlike for one."""
    return score >= ALIGNED_ABOVE or score < CROP_RETRY_ABOVE


def _match(
    da: Detail, a: F32, b: F32, a_size: Size | None, b_size: Size | None, db: Detail | None = None
) -> Match:
    db = db or detail(b)
    best = Match(_score(da, db))
    if _settled(best.score):
        return best
    ratio = None if a_size is None or b_size is None else (b_size[0] / b_size[1]) / (a_size[0] / a_size[1])
    for candidate_cropped in (True, False):
        outer, inner = (a, b) if candidate_cropped else (b, a)
        found = align(outer, inner, ratio if candidate_cropped or ratio is None else 1 / ratio)
        if found is None:
            continue
        score, (scale_x, shift_x, scale_y, shift_y) = _refined(outer, detail(inner), found)
        if score > best.score:
            crop = Crop(shift_x, shift_y, 1 - scale_x - shift_x, 1 - scale_y - shift_y, candidate_cropped)
            best = Match(score, crop)
    return best


def _refined(
    outer: F32, inner: Detail, found: tuple[float, float, float, float]
) -> tuple[float, tuple[float, float, float, float]]:
    """The best score of the crop `found` and its neighbours half a thumb pixel away: the profiles
    place a crop to within about that, and the detail of small thumbs is sharp enough to care."""
    scale_x, shift_x, scale_y, shift_y = found
    best = (-1.0, found)
    # warp() as it computes it, (rows @ outer) @ columns.T, each row stretch multiplied once.
    rows = {
        y: resample_matrix(scale_y, y) @ outer
        for y in {min(max(shift_y + dy, 0.0), 1.0 - scale_y) for dy in (-_REFINE, 0.0, _REFINE)}
    }
    for dx in (-_REFINE, 0.0, _REFINE):
        for dy in (-_REFINE, 0.0, _REFINE):
            x = min(max(shift_x + dx, 0.0), 1.0 - scale_x)
            y = min(max(shift_y + dy, 0.0), 1.0 - scale_y)
            framed = (rows[y] @ resample_matrix(scale_x, x).T).astype(np.float32, copy=False)
            score = _score(detail(framed), inner)
            if score > best[0]:
                best = (score, (scale_x, x, scale_y, y))
    return best


# The crops searched: each side of the outer picture may lose up to MAX_CROP of its length in all,
# in steps of a quarter of a thumb pixel; scales in steps of half a percent.
MAX_CROP = 0.2
_SCALES = np.round(np.arange(1.0 - MAX_CROP, 1.0 + 1e-9, 0.005), 4)
_SHIFT_STEP = 0.25 / THUMB_SIDE
_REFINE = 0.5 / THUMB_SIDE
_SWAPS_SIDES = frozenset({1, 3, 6, 7})  # DIHEDRAL variants that turn by 90 or 270 degrees


@lru_cache(maxsize=4096)
def resample_matrix(scale: float, shift: float, side: int = THUMB_SIDE) -> F32:
    """M such that M @ column samples the column's stretch [shift, shift + scale] (as fractions of
    its length) back onto `side` pixels, bilinearly: a crop and resize as one small product."""
    source = (shift + (np.arange(side) + 0.5) * scale / side) * side - 0.5
    low = np.clip(np.floor(source).astype(int), 0, side - 1)
    high = np.clip(low + 1, 0, side - 1)
    weight = (source - np.floor(source)).astype(np.float32)
    matrix = np.zeros((side, side), np.float32)
    rows = np.arange(side)
    np.add.at(matrix, (rows, low), 1 - weight)
    np.add.at(matrix, (rows, high), weight)
    return matrix


def warp(pixels: F32, scale_x: float, shift_x: float, scale_y: float, shift_y: float) -> F32:
    """The part of `pixels` that the crop keeps, scaled back to the full thumb."""
    framed = resample_matrix(scale_y, shift_y) @ pixels @ resample_matrix(scale_x, shift_x).T
    return framed.astype(np.float32, copy=False)


@dataclass(frozen=True, slots=True)
class _Stretches:
    """Every searched (scale, shift) of one axis, as bilinear sampling of a THUMB_SIDE-long profile:
    row k samples profile[low[k]] * keep[k] + profile[low[k] + 1] * weight[k] (keep = 1 - weight)."""

    low: npt.NDArray[np.intp]
    high: npt.NDArray[np.intp]  # low + 1
    weight: F32
    keep: F32
    scale_index: npt.NDArray[np.intp]
    shift: npt.NDArray[np.float64]
    scale_starts: npt.NDArray[np.intp]  # the first row of each scale


@lru_cache(maxsize=1)
def _stretches() -> _Stretches:
    lows, weights, scales, shifts = [], [], [], []
    pixel = np.arange(THUMB_SIDE) + 0.5
    for index, scale in enumerate(_SCALES):
        for shift in np.arange(0.0, 1.0 - scale + 1e-9, _SHIFT_STEP):
            source = np.clip(shift * THUMB_SIDE + pixel * scale - 0.5, 0.0, THUMB_SIDE - 1.0)
            low = np.minimum(np.floor(source).astype(np.intp), THUMB_SIDE - 2)
            lows.append(low)
            weights.append((source - low).astype(np.float32))
            scales.append(index)
            shifts.append(shift)
    scale_index = np.array(scales)
    starts = np.flatnonzero(np.r_[True, scale_index[1:] != scale_index[:-1]])
    low, weight = np.stack(lows), np.stack(weights)
    return _Stretches(low, low + 1, weight, 1 - weight, scale_index, np.array(shifts), starts)


def _shape(profiles: F32) -> F32:
    """Profiles reduced to their shape: the steps between neighbours, centred, unit length."""
    steps = np.diff(profiles, axis=-1)
    steps -= steps.mean(axis=-1, keepdims=True)
    # np.linalg.norm's own sum, without its checks and copies: the same numbers.
    norm = np.sqrt(np.add.reduce(steps * steps, axis=-1, keepdims=True))
    norm += 1e-6
    steps /= norm
    return steps


def _axis_fits(outer: F32, inner: F32) -> tuple[F32, npt.NDArray[np.float64]]:
    """For each scale, how well the inner profile fits the outer one's best stretch, and where."""
    table = _stretches()
    scale_of, shift_of = table.scale_index, table.shift
    # take() gathers four times faster than indexing with an array of indices; the same numbers.
    sampled = outer.take(table.low)
    sampled *= table.keep
    upper = outer.take(table.high)
    upper *= table.weight
    sampled += upper
    fit = _shape(sampled) @ _shape(inner[None, :])[0]
    # The rows come scale by scale (see _stretches): each scale's best in one reduction.
    best: F32 = np.maximum.reduceat(fit, table.scale_starts)
    where = np.zeros(len(_SCALES))
    winners = fit >= best[scale_of] - 1e-7
    where[scale_of[winners]] = shift_of[winners]
    return best, where


def align(outer: F32, inner: F32, ratio: float | None) -> tuple[float, float, float, float] | None:
    """The crop of `outer` that best frames `inner`: (scale_x, shift_x, scale_y, shift_y).

    A border crop keeps a stretch of each axis, so it is found one axis at a time: the mean
    brightness of each column (and of each row) forms a profile, and the stretch of the outer
    profile whose shape best matches the inner one is the crop along that axis. With `ratio`
    (the inner picture's aspect ratio over the outer's), the scales of the two axes are tied:
    scale_x = scale_y * ratio, within half a step, as a crop does to a picture's shape.
    """
    if ratio is not None:
        # Tied scales first: most pairs of other shapes have none (69 % of the aligns of 10,000
        # pictures of the scale corpus), and then no profile need be fitted.
        wanted = _SCALES * ratio
        ix_for = np.rint((wanted - _SCALES[0]) / 0.005).astype(int)
        usable = (ix_for >= 0) & (ix_for < len(_SCALES))
        if not usable.any():
            return None
    fit_x, shift_x = _axis_fits(outer.mean(axis=0), inner.mean(axis=0))
    fit_y, shift_y = _axis_fits(outer.mean(axis=1), inner.mean(axis=1))
    if ratio is None:
        ix, iy = int(np.argmax(fit_x)), int(np.argmax(fit_y))
    else:
        totals = np.where(usable, fit_y + fit_x[np.clip(ix_for, 0, len(_SCALES) - 1)], -np.inf)
        iy = int(np.argmax(totals))
        ix = int(ix_for[iy])
    return float(_SCALES[ix]), float(shift_x[ix]), float(_SCALES[iy]), float(shift_y[iy])


def _score(da: Detail, db: Detail) -> float:
    """Correlation of two details, with a noise floor per block; 0.0 when either has no detail."""
    if not (da.meaningful and db.meaningful):
        return 0.0
    floor = NOISE_FLOOR * da.blocks
    score = (float(da.vector.dot(db.vector)) + floor) / (da.root * db.root + floor)
    return 1.0 if score > 1.0 else score if score > 0.0 else 0.0


# A prepared detail is 16 KB: this bounds the cache to about 32 MB.
@lru_cache(maxsize=2048)
def _prepared(thumb: bytes, variant: int) -> Detail:
    return detail(thumb_array(thumb, variant))
