"""The copy laid over the reference for the compare view's difference: turned, mirrored, cropped
and scaled as the pixel check finds it, so a turned or cropped copy differs only where it was edited.

Plain Pillow and NumPy, no Qt: the pair loader runs it on a worker thread. The pictures are the
compare view's display decodes; both are made into 64x64 gray thumbs as the scan makes a
fingerprint's thumb (gray, then a box filter to 64x64), each of the 8 turns and mirrors of
fingerprint.DIHEDRAL is tried with verify.match, and the best one, with the crop it found, lays
the copy (B) onto the reference (A) at A's size: pixel (x, y) of the result is what B shows
at A's (x, y), and where B does not reach (B is a crop of A), the result says so in a mask.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
from PIL import Image

from lookalike.core import changes, verify
from lookalike.core.closer_look import turned
from lookalike.core.fingerprint import DIHEDRAL, gray_thumb
from lookalike.core.pixel_filters import box_mean

# A pair whose best turn scores below this on the thumbs is not lined up: the turn or crop found
# would be a guess (unrelated pictures score up to about 0.6, see core.verify).
ALIGNED_FROM = 0.7
# Another turn than none must score this much better than none: a picture that is nearly
# symmetric scores almost alike mirrored, and nothing should be undone that was not done.
TURN_MARGIN = 0.01
# A crop found on the thumbs is refined on renditions of the copy this large (long side, pixels),
# each side moved in these steps (rendition pixels), largest first, while that improves the fit:
# coarse and cheap first, then fine enough that a photo's texture lines up too.
REFINE_LEVELS: tuple[tuple[int, tuple[float, ...]], ...] = ((256, (2.0, 1.0)), (768, (0.5, 0.25)))

U8 = npt.NDArray[np.uint8]
F32 = npt.NDArray[np.float32]
Box = tuple[float, float, float, float]  # left, top, right, bottom, in pixels


@dataclass(frozen=True, slots=True)
class Alignment:
    """How B was laid onto A: the DIHEDRAL `variant` that turns B back, the crop the pixel check
    found (in A's frame, see verify.Crop), and the thumbs' score as laid over."""

    variant: int
    crop: verify.Crop | None
    score: float

    @property
    def changes(self) -> tuple[str, ...]:
        """What B is, compared with A, as core.changes codes ("rotated:90", "cropped:left 6%")."""
        return changes.framing(self.variant, self.crop)

    @property
    def moved(self) -> bool:
        """Whether B had to be turned, mirrored or cropped to line up (else it is only scaled)."""
        return bool(self.changes)


@dataclass(frozen=True, slots=True)
class LaidOver:
    """B on A's frame: `picture` has A's size; `covered` (mode "1", same size) is set where B
    reaches, or None when it covers all of A."""

    picture: Image.Image
    covered: Image.Image | None
    alignment: Alignment
    scaled: bool  # B's pixels were scaled to A's (else only moved)


def find_alignment(a: Image.Image, b: Image.Image) -> Alignment | None:
    """The turn (of the 8 of DIHEDRAL) and crop that line B up with A best; None when none scores
    ALIGNED_FROM or more on the thumbs: the pictures do not line up."""
    thumb_a, thumb_b = gray_thumb(a), gray_thumb(b)
    best: Alignment | None = None
    for variant in range(len(DIHEDRAL)):
        found = verify.match(thumb_a, thumb_b, variant, a.size, b.size, crops=True)
        margin = TURN_MARGIN if variant else 0.0
        if best is None or found.score > best.score + margin:
            best = Alignment(variant, found.crop, found.score)
    return best if best is not None and best.score >= ALIGNED_FROM else None


def lay_over(a: Image.Image, b: Image.Image, alignment: Alignment) -> LaidOver:
    """B turned, cropped and scaled onto A's frame, at A's size.

    The crop found on the thumbs places a side to within about a quarter of a thumb pixel (1.5 px
    of a 400 px picture), which leaves every edge outlined in the difference; so the stretch is
    refined first (see _refined) on renditions of up to 768 pixels. A crop that, refined, fits
    no better than none (an overlay can make the thumbs find a sliver of one) is dropped.
    """
    b = turned(b, alignment.variant)
    crop = alignment.crop
    if crop is not None:
        outer, inner = (a, b) if crop.candidate_cropped else (b, a)
        box, fit = _refined(outer, inner, _box(crop, outer.size))
        whole = (0.0, 0.0, float(outer.width), float(outer.height))
        if _fit(outer.convert("L"), inner.convert("L"), whole, REFINE_LEVELS[-1][0]) >= fit:
            crop = None
        else:  # the crop as refined, so that its words say what was cut
            width, height = outer.size
            left, top = max(0.0, box[0] / width), max(0.0, box[1] / height)
            right, bottom = max(0.0, 1 - box[2] / width), max(0.0, 1 - box[3] / height)
            crop = verify.Crop(left, top, right, bottom, crop.candidate_cropped)
        alignment = replace(alignment, crop=crop)
    if crop is None:  # the whole of B is the whole of A
        return LaidOver(b.resize(a.size, Image.Resampling.BILINEAR), None, alignment, b.size != a.size)
    if not crop.candidate_cropped:  # A shows a stretch of B: cut B to it and scale it to A
        picture = b.resize(a.size, Image.Resampling.BILINEAR, box=box)
        return LaidOver(picture, None, alignment, _scaled(box, a.size))
    # B shows a stretch of A: B scaled onto that stretch; the rest of A has no counterpart in B.
    left, top, right, bottom = box
    across, down = b.width / (right - left), b.height / (bottom - top)  # B's pixels per A's
    to_b = (across, 0.0, -left * across, 0.0, down, -top * down)  # A's (x, y) to B's
    picture = b.transform(a.size, Image.Transform.AFFINE, to_b, Image.Resampling.BILINEAR)
    reach = Image.new("L", b.size, 255).transform(a.size, Image.Transform.AFFINE, to_b)
    covered = reach.point(lambda value: 255 if value == 255 else 0).convert("1")
    return LaidOver(picture, covered, alignment, _scaled(box, b.size))


def _scaled(box: Box, size: tuple[int, int]) -> bool:
    """Whether the stretch `box` has another size than `size` (by half a pixel or more)."""
    return abs(box[2] - box[0] - size[0]) >= 0.5 or abs(box[3] - box[1] - size[1]) >= 0.5


def _box(crop: verify.Crop, size: tuple[int, int]) -> Box:
    width, height = size
    return (crop.left * width, crop.top * height, (1 - crop.right) * width, (1 - crop.bottom) * height)


def _refined(outer: Image.Image, inner: Image.Image, box: Box) -> tuple[Box, float]:
    """`box`, the stretch of `outer` that shows `inner`, its sides moved (by a few rendition pixels
    at most) to where the detail of the two agrees best; and that agreement (see _fit)."""
    gray_outer, gray_inner = outer.convert("L"), inner.convert("L")
    fit = -1.0
    for side, steps in REFINE_LEVELS:
        box, fit = _refined_at(gray_outer, gray_inner, box, side, steps)
    return box, fit


def _refined_at(
    outer: Image.Image, inner: Image.Image, box: Box, side: int, steps: tuple[float, ...]
) -> tuple[Box, float]:
    size = _rendition_size(inner, side)
    target = _detail(inner.resize(size, Image.Resampling.BOX))
    # Outer reduced once to about the rendition's scale: each try then resamples few pixels.
    factor = max(1.0, min((box[2] - box[0]) / size[0], (box[3] - box[1]) / size[1]))
    if factor >= 1.5:
        reduced = outer.resize(
            (round(outer.width / factor), round(outer.height / factor)), Image.Resampling.BOX
        )
        scale = (reduced.width / outer.width, reduced.height / outer.height)
        box, _ = _refined_at(reduced, inner, _scaled_box(box, scale), side, steps)
        best = _scaled_box(box, (1 / scale[0], 1 / scale[1]))
        return best, _agreement(outer, target, best)
    per_pixel = ((box[2] - box[0]) / size[0], (box[3] - box[1]) / size[1])  # outer pixels per rendition one
    best, best_fit = box, _agreement(outer, target, box)
    for step in steps:
        improved = True
        while improved:
            improved = False
            for edge in range(4):
                for direction in (-1.0, 1.0):
                    moved = list(best)
                    moved[edge] += direction * step * per_pixel[edge % 2]
                    candidate = (moved[0], moved[1], moved[2], moved[3])
                    if not _inside(candidate, outer.size):
                        continue
                    fit = _agreement(outer, target, candidate)
                    if fit > best_fit + 1e-6:
                        best, best_fit, improved = candidate, fit, True
    return best, best_fit


def _scaled_box(box: Box, scale: tuple[float, float]) -> Box:
    return (box[0] * scale[0], box[1] * scale[1], box[2] * scale[0], box[3] * scale[1])


def _fit(outer: Image.Image, inner: Image.Image, box: Box, side: int) -> float:
    """How well the stretch `box` of gray `outer` agrees with gray `inner`, on renditions of `side`."""
    return _agreement(outer, _detail(inner.resize(_rendition_size(inner, side), Image.Resampling.BOX)), box)


def _rendition_size(image: Image.Image, side: int) -> tuple[int, int]:
    scale = min(1.0, side / max(image.size))
    return (max(16, round(image.width * scale)), max(16, round(image.height * scale)))


def _agreement(outer: Image.Image, target: F32, box: Box) -> float:
    """The correlation of the detail of `outer`'s stretch `box`, scaled to `target`'s size, with `target`."""
    height, width = target.shape
    framed = _detail(outer.resize((width, height), Image.Resampling.BILINEAR, box=box))
    norm = float(np.sqrt((framed * framed).sum() * (target * target).sum()))
    return float((framed * target).sum()) / norm if norm > 0 else 0.0


def _inside(box: Box, size: tuple[int, int]) -> bool:
    left, top, right, bottom = box
    return 0 <= left < right <= size[0] and 0 <= top < bottom <= size[1]


def _detail(gray: Image.Image) -> F32:
    """Each pixel less the mean of the 5x5 around it: edges and texture, not brightness."""
    pixels = np.asarray(gray, np.float32)
    detail: F32 = pixels - box_mean(pixels, 5)
    return detail
