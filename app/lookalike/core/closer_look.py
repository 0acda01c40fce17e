"""The closer look: a similar pair that the 64x64 thumbs cannot settle, compared at a few hundred
pixels, where text is legible and an overlay has edges.

The thumbs' check (verify) says how alike two pictures are over all; at that size two
screenshots of one app with different text, and a photo with a word tiled over it in white,
score alike (0.8-0.96). Here both pictures are decoded again, the copy is turned, cropped and
scaled onto the reference as the thumbs' check found (then shifted by up to SEARCH pixels to
the best fit), and the two are compared pixel by pixel:

1. A tone curve (the copy's median brightness for each brightness of the reference) absorbs
   brightness, contrast and gamma edits. A pixel *differs* where the copy is off that curve by
   more than NOISE gray levels plus EDGE times the local gradient (edges move a little under
   resizing and re-encoding), unless both pictures are flat around it (a colour edit that
   clips one channel moves a flat area's gray off the curve without changing any shape) or
   a tone curve of its own region explains it: a colour edit (white balance, saturation, a
   filter) moves each colour's gray its own way, which one curve for the picture cannot
   follow but one per region, where few colours meet, can.
2. A translucent layer (a tiled watermark, a tinted caption) leaves the picture showing through:
   where it lies, copy = gain * reference + colour with a gain below 1. One such line is fitted
   to the differing pixels; those it explains are *see-through*, if the copy follows the
   reference closely there (a line through one flat colour, as under a screen's text, fits any
   gain and shows nothing through).
3. What is left *differs for real*. Shares count among the *structured* pixels (those with a
   step around them in either picture), so a near-empty page whose few lines differ is not
   "almost the same". A copy passes when such pixels are rare (NOISE_SHARE), or when most of
   them (AREA_SHARE) lie in one window of a third of the picture and the rest agrees: most of
   the picture's structure lies outside that window, where it differs far less densely
   (REST_QUIETER) and its detail goes with the reference's (REST_AGREES): an opaque logo or
   stamp in one area. Different content, as in two screenshots of one layout with other text,
   differs for real in many places at once; where it gathers in one window all the same (the few
   bubbles of a small chat screen), both pictures have strokes of their own there that the other
   lacks, while an overlay draws only the copy's (OWN_STROKES).

A pair the thumbs call the same picture gets a look of its own (same_picture), in colour: a small
stamp or caption is a few pixels of a 64x64 thumb, and an orange date over a pink sky has the sky's
gray.

Tuned on tests/benchmarks/accuracy.py (quick corpora of seeds 1 and 2, every pair whose hashes
are within 14 bits; checked on the full corpora of seeds 0 and 1): screenshots, app screens and
pages with other text differ for real in at least 1.3% of their structured pixels, spread out;
re-encodes, resizes, crops, brightness and contrast edits in at most 0.3%, tiled words in at
most 0.1% once the see-through layer is fitted. Opaque logos of 5-15% of the picture (the 160
copies of seeds 0 and 1, turned or not) gather all of theirs in a window of 0.6 of each side,
which holds at most 0.72 of the picture's structure; in a window of 0.45, 17 of seed 0's 80
gathered less than AREA_SHARE. Pages whose one paragraph differs gather theirs there too, with
all of the page's structure; two near-empty pages of four lines, whose lines run on beyond the
window, differed there a sixth as densely as inside, where copies under an overlay differed 43
times less densely or more; a photo against a blank page (whose flat tone curve explains away
the photo's texture) has no detail in common around the window. Text is legible enough only at
about SIDE pixels: at 192, two settings screens with other text differed in under 1% of their
structure.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageChops, ImageFilter

from lookalike.core.fingerprint import DIHEDRAL, LARGE_FILE, digest_bytes, read_regular
from lookalike.core.imaging import ImageProblem, decode, decode_for_display
from lookalike.core.models import ImageRecord
from lookalike.core.pixel_filters import box_mean, max_3x3, open_2x2
from lookalike.core.verify import Crop, Verdict

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
_K = TypeVar("_K")
log = logging.getLogger(__name__)

SIDE = 384  # the long side of the compared pictures, in pixels
# The glance: compared at GLANCE pixels first, a pair is no copy when more than GLANCE_SHARE of its
# structure differs for real and less than GLANCE_GATHERED of that lies in one window. Measured on
# the full accuracy corpora at threshold 14 and 10,000 pictures of the scale corpus at 11 (1,395
# looks, 338 of them copies): a copy that differs that much at the glance is an overlay, with at
# least 0.93 of it in one window; three in five of the pairs that are no copies are turned away.
GLANCE = 96
GLANCE_SHARE = 0.12
GLANCE_GATHERED = 0.7
GLANCE_WINDOW = 0.45  # the window's share of each side, at the glance
SEARCH = 2  # pixels each way the copy is shifted to find the best fit after the thumbs' alignment
NOISE = 10.0  # gray levels a pixel may be off the tone curve by
EDGE = 0.5  # and this share of the largest brightness step around it
FLAT = 4.0  # a pixel whose largest step around it is below this (gray levels) is in a flat area
NOISE_SHARE = 0.006  # differing-for-real pixels allowed anywhere, as a share of the structured ones
NAMED_SHARE = 0.01  # fewer covered than this (of the structured pixels) are not named as an overlay
AREA_SHARE = 0.95  # or this share of them inside one window ...
WINDOW = 0.6  # ... this share of each side (a third of the picture) ...
AREA_MAX = 0.25  # ... as long as they cover at most this share of the whole picture
WINDOW_STRUCTURE = 0.8  # ... and that window holds at most this share of the picture's structure
REST_AGREES = 0.15  # ... and outside it the detail of the two correlates at least this much
REST_QUIETER = 10.0  # ... and differs at most a tenth as densely (of its structure) as inside
# The gain of a see-through layer: below 0.6 the picture hardly shows through; at 1 it is not a layer.
SEE_THROUGH = (0.6, 0.97)
# Under a see-through layer the copy's brightness follows the reference's at least this closely
# (correlation): 0.92-0.98 under tiled words, 0.63-0.83 for terminal screens with other text.
SHOWS_THROUGH = 0.9
# Whose strokes the differences lie on (see _own_strokes), in the window that passed: where two screens
# of one layout hold other words, each picture's text stands out from its own bubbles, so both pictures
# own a good share of the differing pixels; an overlay draws the copy's strokes over what the reference
# had. Measured on the pairs that pass every rule above, with the defaults below: the chat screens of
# one template (seed 2's trap, and 42 pairs of samples.screenshot at 360x640 from 120 templates; none at
# 540x960 got this far) own at least 0.49 both ways; the overlays of the accuracy corpora of seeds 0-3
# (logo boxes, date stamps, watermarks, turned or not: 387 looks) at most 0.05; logo boxes over photos
# with coarse texture (107) at most 0.06, and over two real photos of a circuit board, whose texture
# and printed text stand out under the box (12), at most 0.15.
STROKE = 16.0  # gray levels a pixel stands out from its 7 x 7 neighbourhood by, on a stroke
OWN_STROKES = 0.3  # a pair is no copy when both pictures own at least this share of the differences
LOCAL_REGIONS = 8  # regions across each side with a tone curve of their own (at most 16: see _regions)
# same_picture compares both at this share of the smaller one's size (at most SIDE on the long side):
# enough to see a stamp, small enough that resampling one of them smooths what the other's resize
# did. There a pixel differs when a channel of its 3x3 mean is off by more than SAME_LEVEL; the
# pictures are the same when at most SAME_SHARE of their pixels differ. Measured on the quick
# corpora: re-encodes (JPEG q50-95, PNG, WebP, AVIF) and resizes to 25-50 % differ in at most 12
# pixels of some 60,000; corner captions and date stamps that show in at least 127.
SAME_SCALE = 0.75
SAME_LEVEL = 16.0
SAME_SHARE = 0.0005
# A faint layer (a see-through watermark, pale text) moves the brightness under it by less than
# SAME_LEVEL, and so do re-encoding and resizing. But at this size those leave every edge as it was,
# while a layer draws edges of its own or flattens the ones under it. So the pictures also differ
# where more than STRUCTURE_SHARE of their pixels are over FAINT_LEVEL gray levels apart and the
# brightness step around them is more than STRUCTURE_GAIN times (plus STRUCTURE_FLOOR gray levels)
# that of the other picture, either way. Measured on the full accuracy corpora of seeds 0-3: no
# re-encode or resize (some 600 pairs, pages and screens included) has a single such pixel; a faint
# watermark over a page has 0.0004 of them, a pale date stamp over a photo 0.0008. At a gain of 1.5 a
# fainter watermark over a page (seed 5) had 0.00015; at 1.3 it has 0.0009, while the 2,252 re-encodes,
# resizes and EXIF turns that reach this rule on seeds 0-5 still have none (at 1.2, up to 0.00023).
FAINT_LEVEL = 4.0
STRUCTURE_GAIN = 1.3
STRUCTURE_FLOOR = 2.0
STRUCTURE_SHARE = 0.0002
# A faint mark in colour (an orange date over a sky of its own gray: no gray step changes) leaves the
# copy off in some channel by a few gray levels where neither picture has a colour edge to explain it,
# while re-encoding and resizing move a channel only around the colour edges both pictures have (a
# resampled edge moves by a pixel: hence the 5 x 5 maximum of the steps). So the pictures also differ
# where more than MARK_SHARE of their pixels are off in a channel by more than MARK_LEVEL plus MARK_EDGE
# times the smaller of the two pictures' largest colour steps around them. Measured on every pair a
# default scan looks at so on the full accuracy corpora of seeds 0-5 (2,252 copies that show the same
# picture, 118 that do not): the copies have at most 0.00037 (4 pixels of a quarter-size resize at
# 120 x 90), the two pale date stamps of seed 5 that every rule above missed 0.0026 and 0.0049. Only the
# pairs with more than MARK_SHARE pixels off by MARK_LEVEL at all (one in eight) take the colour steps.
MARK_LEVEL = 8.0
MARK_EDGE = 0.5
MARK_SHARE = 0.001
LOCAL_CONTRAST = 0.5  # a region's curve keeps at least this share of its contrast
_ROWS = ("top", "middle", "bottom")
_COLUMNS = ("left", "centre", "right")


def look(reference: Image.Image, copy: Image.Image, crop: Crop | None) -> Verdict:
    """Whether `copy` (grayscale, already turned to match) is `reference` with at most an overlay.

    `crop` is where the thumbs' check found one picture inside the other, in the reference's
    frame (verify.Match.crop); None compares them whole. A glance at GLANCE pixels first turns
    away the pairs that differ widely and all over, for a fifth of the cost of a full look.
    """
    glanced = _differences(reference, copy, crop, GLANCE)
    structure = max(1.0, float(glanced.structured.sum()))
    if (
        float(glanced.real.sum()) / structure > GLANCE_SHARE
        and _gathered_share(glanced.real, GLANCE_WINDOW) < GLANCE_GATHERED
    ):
        return Verdict(False)
    seen = _differences(reference, copy, crop, SIDE)
    real, structured = seen.real, seen.structured
    content = max(1.0, float(structured.sum()))
    if float(real.sum()) / content <= NOISE_SHARE:
        named = seen.covered.sum() / content >= NAMED_SHARE
        return Verdict(True, _overlay(seen.covered) if named else None)
    window = _best_window(real, WINDOW)
    if window is None or float(real.mean()) > AREA_MAX:
        return Verdict(False)
    # An overlay hides part of a picture whose rest still agrees: the window must leave enough of
    # the structure outside it (a page whose only paragraph differs is different content), and
    # there the detail of the two must go together (a blank page whose tone curve is flat hides
    # nothing of a photo's texture, but has none of it either).
    outside = structured.copy()
    outside[window] = False
    if float(outside.sum()) < (1 - WINDOW_STRUCTURE) * content:
        return Verdict(False)
    # Where the rest of two pages' lines differ too, only more faintly than the comparison can
    # see, it still differs more densely than around a logo.
    real_inside = float(real[window].sum())
    density_inside = real_inside / max(1.0, float(structured[window].sum()))
    density_outside = (float(real.sum()) - real_inside) / max(1.0, float(outside.sum()))
    if density_outside * REST_QUIETER > density_inside:
        return Verdict(False)
    detail_a, detail_b = seen.reference - box_mean(seen.reference, 7), seen.copy - box_mean(seen.copy, 7)
    if _correlation(detail_a[outside], detail_b[outside]) < REST_AGREES:
        return Verdict(False)
    # Two screens of one layout whose words differ inside the window pass all of the above: the rest
    # is the same template. But there each picture has strokes of its own the other lacks, while an
    # overlay draws the copy's over what the reference had.
    difference = seen.copy - seen.reference
    if _own_strokes(real[window], difference[window], detail_a[window], detail_b[window]) >= OWN_STROKES:
        return Verdict(False)
    return Verdict(True, _middle(real))


def _own_strokes(real: npt.NDArray[np.bool_], difference: F32, detail_a: F32, detail_b: F32) -> float:
    """Of the pixels that differ for `real`, the lesser of the shares where the reference has a stroke
    the copy lacks and where the copy has one the reference lacks (see OWN_STROKES).

    `difference` is the copy minus the reference; a picture's `detail` is each pixel minus the mean of
    its 7 x 7 neighbourhood. A pixel lies on a stroke of the copy's when the copy stands out from its
    surroundings by more than STROKE gray levels the way it differs (darker where it is darker), and
    on one of the reference's when the reference stands out the other way.
    """
    way = np.sign(difference[real])
    reference_own = float(np.count_nonzero(-detail_a[real] * way > STROKE))
    copy_own = float(np.count_nonzero(detail_b[real] * way > STROKE))
    return min(reference_own, copy_own) / max(1.0, float(np.count_nonzero(real)))


@dataclass(frozen=True)
class _Compared:
    """Two pictures laid over each other at one size, and what the comparison found there."""

    reference: F32  # the reference, smoothed (3x3) as compared
    copy: F32  # the copy, likewise
    real: npt.NDArray[np.bool_]  # where the copy differs from the reference for real
    covered: npt.NDArray[np.bool_]  # where an overlay (clear or see-through) covers it
    structured: npt.NDArray[np.bool_]  # where either picture has structure


def _differences(reference: Image.Image, copy: Image.Image, crop: Crop | None, side: int) -> _Compared:
    """The two compared at `side` pixels (see _Compared)."""
    a, b = _laid_over(reference, copy, crop, side)
    a, b = _best_shift(a, b)
    a, b = box_mean(a, 3), box_mean(b, 3)
    steps_a, steps_b = _steps(a), _steps(b)
    # Structure: pixels with a step around them in either picture. Shares count among these, so
    # that a near-empty page whose few lines of text differ is not "almost the same".
    structured = (steps_a >= FLAT) | (steps_b >= FLAT)
    # Flat in both: a colour edit that clipped one channel moved the area's gray off the curve,
    # but no shape in it changed.
    tolerance = NOISE + EDGE * steps_a
    differs = (np.abs(b - _tone_curve(a, b)(a)) > tolerance) & structured
    differs &= ~_locally_toned(a, b, tolerance, differs)
    gain, colour = _line(a[differs], b[differs])
    see_through = np.zeros_like(differs)
    if SEE_THROUGH[0] <= gain <= SEE_THROUGH[1]:
        layer_tolerance = NOISE + EDGE * np.maximum(steps_a, steps_b)
        fitted = differs & (np.abs(b - (gain * a + colour)) <= layer_tolerance)
        # The picture must show through: under the layer the copy follows the reference closely.
        # A line through pixels where the reference is one flat colour (the background of a
        # screen whose text differs) fits any gain and shows nothing.
        if np.count_nonzero(fitted) >= 10 and _correlation(a[fitted], b[fitted]) >= SHOWS_THROUGH:
            see_through = fitted
    real = open_2x2(differs & ~see_through)
    return _Compared(a, b, real, open_2x2(differs), structured)


def same_picture(reference: Image.Image, copy: Image.Image) -> Verdict:
    """Whether `copy` shows the very pixels of `reference`, up to re-encoding and resizing: both
    upright, in colour (RGB or RGBA), the copy not turned. When not, where they differ."""
    small = min(reference.size, copy.size, key=lambda size: size[0] * size[1])
    size = (max(16, round(small[0] * SAME_SCALE)), max(16, round(small[1] * SAME_SCALE)))
    # Without transparency in either, an alpha channel would only add work.
    mode = "RGBA" if "A" in reference.mode + copy.mode else "RGB"
    a, b = (
        picture.convert(mode).resize(size, Image.Resampling.LANCZOS).filter(ImageFilter.BoxBlur(1))
        for picture in (reference, copy)
    )
    channels = np.asarray(ImageChops.difference(a, b))
    # The largest difference of the colour channels, channel by channel: max(axis=2) strides
    # through the pixels three bytes at a time, six times slower.
    largest = np.maximum(channels[:, :, 0], channels[:, :, 1])
    for channel in range(2, channels.shape[2]):
        np.maximum(largest, channels[:, :, channel], out=largest)
    differs = open_2x2(largest > SAME_LEVEL)
    if float(differs.mean()) > SAME_SHARE:
        return Verdict(False, _overlay(differs))
    marked = _faint_mark(np.asarray(a), np.asarray(b), largest)
    if marked is not None:
        return Verdict(False, _overlay(marked))
    gray_a, gray_b = (np.asarray(picture.convert("L"), np.float32) for picture in (a, b))
    faint = np.abs(gray_a - gray_b) > FAINT_LEVEL
    if float(faint.mean()) <= STRUCTURE_SHARE:  # too few to matter, wherever their edges are
        return Verdict(True)
    steps_a, steps_b = _steps(gray_a), _steps(gray_b)
    faint &= (steps_b > STRUCTURE_GAIN * steps_a + STRUCTURE_FLOOR) | (
        steps_a > STRUCTURE_GAIN * steps_b + STRUCTURE_FLOOR
    )
    restructured = open_2x2(faint)
    if float(restructured.mean()) > STRUCTURE_SHARE:
        return Verdict(False, _overlay(restructured))
    return Verdict(True)


def _faint_mark(
    a: npt.NDArray[np.uint8], b: npt.NDArray[np.uint8], largest: npt.NDArray[np.uint8]
) -> npt.NDArray[np.bool_] | None:
    """Where a faint mark in colour lies (see MARK_LEVEL), or None when there is none: pixels off in a
    channel (`largest`) by more than the colour edges of both pictures `a` and `b` explain."""
    off = largest > MARK_LEVEL
    if float(open_2x2(off).mean()) <= MARK_SHARE:  # too few off at all: the colour steps would not matter
        return None
    edges = np.minimum(max_3x3(_colour_steps(a)), max_3x3(_colour_steps(b)))
    marked = open_2x2(off & (largest > MARK_LEVEL + MARK_EDGE * edges))
    return marked if float(marked.mean()) > MARK_SHARE else None


def _colour_steps(picture: npt.NDArray[np.uint8]) -> F32:
    """The largest brightness step around each pixel in any of the picture's channels."""
    steps = _steps(picture[:, :, 0].astype(np.float32))
    for channel in range(1, picture.shape[2]):
        np.maximum(steps, _steps(picture[:, :, channel].astype(np.float32)), out=steps)
    return steps


def _gathered(pixels: npt.NDArray[np.bool_]) -> str | None:
    """Where most (AREA_SHARE) of the set pixels lie within one window of WINDOW of each side."""
    return None if _best_window(pixels) is None else _middle(pixels)


def _middle(pixels: npt.NDArray[np.bool_]) -> str:
    """Where the set pixels lie, in words, named by their middle: the best window is one of many alike."""
    height, width = pixels.shape
    rows, columns = np.nonzero(pixels)
    return _where(float(rows.mean()) / height, float(columns.mean()) / width)


def _best_window(pixels: npt.NDArray[np.bool_], side_share: float = WINDOW) -> tuple[slice, slice] | None:
    """The window of `side_share` of each side that holds the most of the set pixels, when that is
    at least AREA_SHARE of them."""
    density, (rows, columns) = _window_density(pixels, side_share)
    if float(density.max()) * rows * columns < AREA_SHARE * max(1.0, float(pixels.sum())):
        return None
    row, column = np.unravel_index(int(density.argmax()), density.shape)
    top, left = int(row) - rows // 2, int(column) - columns // 2  # as box_mean centres it
    return slice(max(0, top), top + rows), slice(max(0, left), left + columns)


def _gathered_share(pixels: npt.NDArray[np.bool_], side_share: float = WINDOW) -> float:
    """The largest share of the set pixels that lies within one window of `side_share` of each side."""
    density, (rows, columns) = _window_density(pixels, side_share)
    share: float = float(density.max()) * rows * columns / max(1.0, float(pixels.sum()))
    return share


def _window_density(pixels: npt.NDArray[np.bool_], side_share: float) -> tuple[F32, tuple[int, int]]:
    """The share of set pixels in the window around each pixel, and the window's rows and columns."""
    height, width = pixels.shape
    window = (max(1, round(height * side_share)), max(1, round(width * side_share)))
    return box_mean(pixels.astype(np.float32), window, zero_outside=True), window


def _overlay(covered: npt.NDArray[np.bool_]) -> str:
    """Where an overlay that passed lies: in one area, or all over (a tiled watermark)."""
    return _gathered(covered) or "all over"


def _laid_over(reference: Image.Image, copy: Image.Image, crop: Crop | None, side: int) -> tuple[F32, F32]:
    """Both pictures over the stretch they share, at the same size (`side` on the long side at most)."""
    box_a = (0.0, 0.0, float(reference.width), float(reference.height))
    box_b = (0.0, 0.0, float(copy.width), float(copy.height))
    if crop is not None:
        outer = reference if crop.candidate_cropped else copy
        box = (
            crop.left * outer.width,
            crop.top * outer.height,
            (1 - crop.right) * outer.width,
            (1 - crop.bottom) * outer.height,
        )
        box_a, box_b = (box, box_b) if crop.candidate_cropped else (box_a, box)
    width = min(box_a[2] - box_a[0], box_b[2] - box_b[0])
    height = min(box_a[3] - box_a[1], box_b[3] - box_b[1])
    scale = min(1.0, side / max(width, height))
    size = (max(16, round(width * scale)), max(16, round(height * scale)))
    a = np.asarray(reference.resize(size, Image.Resampling.BILINEAR, box=box_a), np.float32)
    b = np.asarray(copy.resize(size, Image.Resampling.BILINEAR, box=box_b), np.float32)
    return a, b


def _best_shift(a: F32, b: F32) -> tuple[F32, F32]:
    """The two cut to their overlap at the shift (within SEARCH pixels) where their detail agrees best."""
    detail_a, detail_b = a - box_mean(a, 5), b - box_mean(b, 5)
    # Each overlap's sum of squares from a table of running sums, so that each shift multiplies
    # the two pictures once, not three times.
    squares_a, squares_b = _running_sums(detail_a * detail_a), _running_sums(detail_b * detail_b)
    best, best_shift = -2.0, (0, 0)
    for dy in range(-SEARCH, SEARCH + 1):
        for dx in range(-SEARCH, SEARCH + 1):
            part_a, part_b = _overlap(detail_a, dy, dx), _overlap(detail_b, -dy, -dx)
            norm = float(np.sqrt(_overlap_sum(squares_a, dy, dx) * _overlap_sum(squares_b, -dy, -dx)))
            agreement = float(np.einsum("ij,ij->", part_a, part_b)) / norm if norm > 0 else 0.0
            if agreement > best:
                best, best_shift = agreement, (dy, dx)
    dy, dx = best_shift
    return _overlap(a, dy, dx), _overlap(b, -dy, -dx)


def _running_sums(values: F32) -> npt.NDArray[np.float64]:
    """sums[r, c]: the sum of values[:r, :c]."""
    sums = np.zeros((values.shape[0] + 1, values.shape[1] + 1))
    np.cumsum(np.cumsum(values, axis=0, dtype=np.float64), axis=1, out=sums[1:, 1:])
    return sums


def _overlap_sum(sums: npt.NDArray[np.float64], dy: int, dx: int) -> float:
    """The sum of _overlap(values, dy, dx), from _running_sums(values)."""
    height, width = sums.shape[0] - 1, sums.shape[1] - 1
    top, bottom, left, right = max(0, dy), height + min(0, dy), max(0, dx), width + min(0, dx)
    return float(sums[bottom, right] - sums[top, right] - sums[bottom, left] + sums[top, left])


def _overlap(pixels: F32, dy: int, dx: int) -> F32:
    height, width = pixels.shape
    return pixels[max(0, dy) : height + min(0, dy), max(0, dx) : width + min(0, dx)]


def _steps(pixels: F32) -> F32:
    """The largest brightness step around each pixel."""
    rows, columns = np.gradient(pixels)
    steps: F32 = max_3x3((np.abs(rows) + np.abs(columns)).astype(np.float32))
    return steps


def _locally_toned(a: F32, b: F32, tolerance: F32, differs: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Pixels that a tone curve of their own region (LOCAL_REGIONS across each side) explains, in
    the regions where some pixel `differs` (elsewhere there is nothing to explain).

    A colour edit (white balance, saturation, a filter) moves the gray of each colour its own way,
    so one curve for the whole picture does not follow it, but one per region, where only a few
    colours meet, does. A region's curve must keep most of its contrast (LOCAL_CONTRAST of the
    reference's range): text on one side and blank page on the other would fit a flat curve.

    Each region's curve is _tone_curve(bins=16, least=8) of its pixels; the statistics of all the
    regions come from a few sorts of their pixels, region by region (a loop over 64 regions cost
    10 ms in overheads alone, most of a glance).
    """
    order, sizes = _regions(a.shape)
    starts = np.cumsum(sizes) - sizes
    regions = len(sizes)
    explained = np.zeros(a.size, bool)
    looked_at = (sizes >= 64) & (np.add.reduceat(differs.ravel()[order], starts) > 0)
    if not looked_at.any():
        return explained.reshape(a.shape)
    # Only the pixels of the regions looked at, still region by region.
    chosen = order[np.repeat(looked_at, sizes)]
    sizes = np.where(looked_at, sizes, 0)
    starts = np.cumsum(sizes) - sizes
    owner = np.repeat(np.arange(regions), sizes)
    flat_a, flat_b = a.ravel()[chosen].astype(np.float64), b.ravel()[chosen].astype(np.float64)
    ninths_a, ninths_b = _ninths(flat_a), _ninths(flat_b)
    if ninths_a is not None:
        by_region = _sorted_in_groups(owner, flat_a, ninths_a)
    else:  # gray levels lie within 0-255 (box means of pixels): adding 512 per region sorts by region first
        by_region = np.sort(owner * 512.0 + flat_a) - owner * 512.0
    last = starts + np.maximum(sizes, 1) - 1
    lowest, highest = (
        by_region[np.minimum(starts, len(by_region) - 1)],
        by_region[np.minimum(last, len(by_region) - 1)],
    )
    lo, hi = _sorted_percentile(by_region, starts, sizes, 5), _sorted_percentile(by_region, starts, sizes, 95)
    bins = 16
    step = (highest + 1e-3 - lowest) / bins
    key = owner * bins + np.clip(((flat_a - lowest[owner]) / step[owner]).astype(np.int64), 0, bins - 1)
    counts = np.bincount(key, minlength=regions * bins)
    centres = np.bincount(key, weights=flat_a, minlength=regions * bins) / np.maximum(counts, 1)
    offsets = np.repeat(np.arange(regions * bins) * 512.0, counts)
    if ninths_b is not None:
        medians = _sorted_median(_sorted_in_groups(key, flat_b, ninths_b), counts)
    else:
        medians = _sorted_median(np.sort(key * 512.0 + flat_b) - offsets, counts)
    flat_tolerance = tolerance.ravel()[chosen]
    for index in np.flatnonzero(looked_at & (hi - lo >= 2 * NOISE)):  # a flat region has no curve
        part = slice(starts[index], starts[index] + sizes[index])
        kept = np.flatnonzero(counts[index * bins : (index + 1) * bins] >= 8) + index * bins
        if len(kept) >= 2:
            known, mapped = centres[kept], medians[kept]
            mapped_lo, mapped_hi = np.interp([lo[index], hi[index]], known, mapped)
            fitted = np.interp(flat_a[part], known, mapped)
        else:
            offset = float(flat_b[part].mean() - flat_a[part].mean())
            mapped_lo, mapped_hi = lo[index] + offset, hi[index] + offset
            fitted = flat_a[part] + offset
        if mapped_hi - mapped_lo >= LOCAL_CONTRAST * (hi[index] - lo[index]):
            explained[chosen[part]] = np.abs(flat_b[part] - fitted) <= flat_tolerance[part]
    return explained.reshape(a.shape)


@functools.lru_cache(maxsize=8)
def _regions(shape: tuple[int, ...]) -> tuple[I64, I64]:
    """The pixels of a picture of `shape` (as raveled indices) region by region, LOCAL_REGIONS
    across each side, and how many each region holds."""
    height, width = shape
    rows = np.linspace(0, height, LOCAL_REGIONS + 1).astype(int)
    columns = np.linspace(0, width, LOCAL_REGIONS + 1).astype(int)
    row_region = np.repeat(np.arange(LOCAL_REGIONS), np.diff(rows))
    column_region = np.repeat(np.arange(LOCAL_REGIONS), np.diff(columns))
    region = (row_region[:, None] * LOCAL_REGIONS + column_region[None, :]).ravel()
    # As bytes, the stable sort is a radix sort: a tenth of the time, the same order.
    order: I64 = np.argsort(region.astype(np.uint8), kind="stable")
    sizes: I64 = np.bincount(region, minlength=LOCAL_REGIONS * LOCAL_REGIONS)
    return order, sizes


def _ninths(values: npt.NDArray[np.floating]) -> npt.NDArray[np.uint16] | None:
    """The whole numbers k for which each of `values` is float32(k / 9), or None when some value is no
    such ninth.

    The pictures compared are box means of 3 x 3 pixels of 8-bit pictures (see _differences): each is
    k / 9 for a whole k from 0 to 9 * 255, as box_mean computes it. k / 9 rises with k and no two k give
    one float32, so as those whole numbers they sort in the same order, and NumPy sorts 16-bit whole
    numbers by radix: three times faster than floats, a third of a closer look's time before.
    """
    whole = np.rint(values.astype(np.float64) * 9)
    if whole.size and not (whole.min() >= 0 and whole.max() <= np.iinfo(np.uint16).max):
        return None
    if not np.array_equal((whole / 9).astype(np.float32), values):
        return None
    return whole.astype(np.uint16)


def _sorted_in_groups(
    groups: npt.NDArray[np.integer], values: npt.NDArray[np.floating], ninths: npt.NDArray[np.uint16]
) -> npt.NDArray[np.float64]:
    """`values` (whose _ninths() are `ninths`) ordered by group, each group's in ascending order; the
    groups are numbered from 0 to 65,535."""
    order = np.lexsort((ninths, groups.astype(np.uint16)))
    ordered: npt.NDArray[np.float64] = values[order].astype(np.float64)
    return ordered


def _sorted_percentile(
    values: npt.NDArray[np.float64], starts: I64, sizes: I64, percent: float
) -> npt.NDArray[np.float64]:
    """np.percentile (linear) of each stretch values[start : start + size], each sorted already;
    meaningless for an empty stretch."""
    position = percent / 100 * np.maximum(sizes - 1, 0)
    below = np.floor(position).astype(np.int64)
    above = np.minimum(below + 1, np.maximum(sizes - 1, 0))
    last = len(values) - 1
    low, high = values[np.minimum(starts + below, last)], values[np.minimum(starts + above, last)]
    spread: npt.NDArray[np.float64] = low + (position - below) * (high - low)
    return spread


def _sorted_median(values: npt.NDArray[np.float64], counts: I64) -> npt.NDArray[np.float64]:
    """np.median of each stretch of `counts` values (sorted already, one after the other); 0 where empty."""
    starts = np.cumsum(counts) - counts
    last = max(len(values) - 1, 0)
    low = values[np.minimum(starts + (counts - 1) // 2, last)] if len(values) else np.zeros(len(counts))
    high = values[np.minimum(starts + counts // 2, last)] if len(values) else np.zeros(len(counts))
    return np.where(counts > 0, (low + high) / 2, 0.0)


def _tone_curve(a: F32, b: F32, bins: int = 32, least: int = 20) -> Callable[[F32], F32]:
    """The copy's median brightness for each brightness of the reference, as a function."""
    flat_a, flat_b = a.ravel(), b.ravel()
    edges = np.linspace(float(flat_a.min()), float(flat_a.max()) + 1e-3, bins + 1)
    which = np.digitize(flat_a, edges) - 1
    counts = np.bincount(which, minlength=bins)
    kept = np.flatnonzero(counts >= least)
    if len(kept) < 2:
        offset = float(flat_b.mean() - flat_a.mean())
        return lambda x: x + np.float32(offset)
    # Every bin's median at once: the copy's values sorted within each bin (one sort of keys that
    # put each bin above the last), then the middle one (the mean of the middle two for an even
    # count, as np.median takes it). The closer look fits a curve to each of 64 regions: one sort
    # instead of a median and a mean per bin.
    ninths = _ninths(flat_b)
    if ninths is not None:
        in_bins = _sorted_in_groups(which, flat_b, ninths)
    else:
        low = float(flat_b.min())
        span = float(flat_b.max()) - low + 1.0
        keys = which * span + (flat_b.astype(np.float64) - low)
        in_bins = np.sort(keys) - np.repeat(np.arange(bins) * span, counts) + low
    starts = np.cumsum(counts) - counts
    middle_low = in_bins[starts[kept] + (counts[kept] - 1) // 2]
    middle_high = in_bins[starts[kept] + counts[kept] // 2]
    known = np.bincount(which, weights=flat_a, minlength=bins)[kept] / counts[kept]
    mapped = (middle_low + middle_high) / 2
    return lambda x: np.interp(x, known, mapped).astype(np.float32)


def _correlation(x: F32, y: F32) -> float:
    if float(x.std()) < 1.0 or float(y.std()) < 1.0:
        return 0.0
    return float(np.corrcoef(x.astype(np.float64), y.astype(np.float64))[0, 1])


def _line(x: F32, y: F32) -> tuple[float, float]:
    """Least-squares gain and offset of y against x; (1, 0) when x does not vary enough to tell."""
    if x.size < 10 or float(x.std()) < 1.0:
        return 1.0, 0.0
    gain, offset = np.polyfit(x.astype(np.float64), y.astype(np.float64), 1)
    return float(gain), float(offset)


def _where(down: float, across: float) -> str:
    """A place given as fractions of the height and width, in words: "bottom right", "centre"."""
    row, column = min(2, int(down * 3)), min(2, int(across * 3))
    if (row, column) == (1, 1):
        return "centre"
    return f"{_ROWS[row]} {_COLUMNS[column]}"


class FromFiles:
    """Closer looks at scanned files, read again from their paths: each file decoded at most once
    while it stays among the last RENDITIONS used, each pair's verdict kept (a regrouping at
    another sensitivity reads only the files of pairs it has not seen). Safe to call from several
    threads, which decode and compare at once (a lock guards only the bookkeeping): grouping looks
    at its groups on every core, and a regrouping may still be finishing while the next starts."""

    RENDITIONS = 256  # pictures of about 256 x 341 gray pixels: some 22 MB
    COLOUR_RENDITIONS = 16  # pictures of up to SIDE x 288 RGBA pixels: some 7 MB; a group's
    # reference is compared with each of its members in turn, so it stays among them
    VERDICTS = 200_000

    def __init__(self) -> None:
        self._renditions: dict[str, Image.Image | None] = {}
        self._colour: dict[str, Image.Image | None] = {}
        self._verdicts: dict[tuple[str, str, int, Crop | None], Verdict | None] = {}
        self._same: dict[tuple[str, str], Verdict | None] = {}
        self._lock = threading.Lock()

    def same_picture(self, reference: ImageRecord, copy: ImageRecord) -> Verdict | None:
        """same_picture() of the two files as read now, or None when either cannot be read as the
        scan saw it."""
        key = (reference.fingerprint.digest, copy.fingerprint.digest)
        with self._lock:
            if key in self._same:
                return self._same[key]
        a = self._kept(self._colour, reference, colour_rendition, self.COLOUR_RENDITIONS)
        b = self._kept(self._colour, copy, colour_rendition, self.COLOUR_RENDITIONS)
        verdict = None
        if a is not None and b is not None:
            try:
                verdict = same_picture(a, b)
            except Exception:  # one pair's look must never cost the grouping
                log.exception("same-picture look failed")
        self._remember(self._same, key, verdict)
        return verdict

    def __call__(
        self, reference: ImageRecord, copy: ImageRecord, variant: int, crop: Crop | None
    ) -> Verdict | None:
        """The closer look at `copy` turned by DIHEDRAL[variant] against `reference`, or None when
        either file cannot be read now as the scan saw it."""
        key = (reference.fingerprint.digest, copy.fingerprint.digest, variant, crop)
        with self._lock:
            if key in self._verdicts:
                return self._verdicts[key]
        a = self._kept(self._renditions, reference, rendition, self.RENDITIONS)
        b = self._kept(self._renditions, copy, rendition, self.RENDITIONS)
        verdict = None if a is None or b is None else _look_or_none(a, turned(b, variant), crop)
        self._remember(self._verdicts, key, verdict)
        return verdict

    def let_go_of_pictures(self) -> None:
        """Forget the decoded pictures, keeping the verdicts: a regrouping at another sensitivity
        mostly meets pairs it has seen, and decodes the files of a new pair again (at 10,000
        pictures of the scale corpus, 46 MB held after grouping for nothing)."""
        with self._lock:
            self._renditions.clear()
            self._colour.clear()

    def _remember(self, verdicts: dict[_K, Verdict | None], key: _K, verdict: Verdict | None) -> None:
        with self._lock:
            if len(verdicts) >= self.VERDICTS:
                verdicts.clear()
            verdicts[key] = verdict

    def _kept(
        self,
        kept: dict[str, Image.Image | None],
        record: ImageRecord,
        make: Callable[[ImageRecord], Image.Image | None],
        most: int,
    ) -> Image.Image | None:
        """make(record), kept among the `most` most recently used in `kept` (by digest). Two
        threads may both make a picture neither found: it is kept once."""
        digest = record.fingerprint.digest
        with self._lock:
            if digest in kept:
                kept[digest] = kept.pop(digest)  # now the most recently used
                return kept[digest]
        image = make(record)
        with self._lock:
            kept.pop(digest, None)
            if len(kept) >= most:
                del kept[next(iter(kept))]
            kept[digest] = image
        return image


def _look_or_none(reference: Image.Image, copy: Image.Image, crop: Crop | None) -> Verdict | None:
    """look(), or None (the thumbs' rule then decides) should it fail on a picture it cannot handle:
    one pair's closer look must never cost the whole grouping."""
    try:
        return look(reference, copy, crop)
    except Exception:
        log.exception("closer look failed")
        return None


def rendition(record: ImageRecord) -> Image.Image | None:
    """The file's grayscale working picture (short side about 256), or None when it cannot be read
    or no longer holds the content the scan saw."""
    return _read_again(record, lambda data, suffix: decode(data, suffix).working)


def colour_rendition(record: ImageRecord) -> Image.Image | None:
    """The file upright in colour, SIDE pixels on its long side at most, or None as rendition()."""
    return _read_again(record, lambda data, suffix: decode_for_display(data, suffix, SIDE).pixels)


def _read_again(record: ImageRecord, decoded: Callable[[bytes, str], Image.Image]) -> Image.Image | None:
    path = record.entry.path
    try:
        if record.entry.size > LARGE_FILE:
            return None  # rare enough to fall back on the thumbs' check than to hold it all
        data = read_regular(path)
        if data is None or digest_bytes(data) != record.fingerprint.digest:
            return None
        return decoded(data, path.suffix)
    except (OSError, ImageProblem):
        return None
    except Exception:  # a codec's own failure costs this pair its closer look, never the grouping
        return None


def turned(image: Image.Image, variant: int) -> Image.Image:
    for transpose in DIHEDRAL[variant]:
        image = image.transpose(transpose)
    return image
