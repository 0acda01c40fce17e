"""What changed between a group's reference and one of its similar copies, named from the check.

Each change is a code, optionally followed by ':' and its measure ("rotated:90",
"cropped:left 6%, top 3%"): machine-readable in the scan result, put into words by the
window and the command line. The codes:

    rotated:90|180|270   the copy is the reference turned clockwise by that many degrees
    mirrored             the copy is the reference's mirror image (and maybe turned as well)
    cropped:<sides>      the copy lacks these parts of the reference (percent of its side)
    uncropped:<sides>    the copy shows these parts more than the reference
    resized:<percent>    the copy's pixels per side, as a share of the reference's (same framing)
    format:<name>        saved in another format (the copy's, e.g. PNG)
    re-encoded           the same format and size, other bytes
    grayscale / colour   the copy lost (or has) the colour the reference lacks (has)
    transparency:removed|added
    frames:<copy> of <reference>   pages or animation frames differ
    brightness:+12%      mean brightness moved by that share of the full range
    contrast:-20%        the spread of brightness changed by that share
    blurred / sharpened  fine detail lost (or gained) at the checked size
    overlay:<where>      one area differs where the rest agrees (a logo, a caption, a stamp)
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from lookalike.core import verify
from lookalike.core.models import THUMB_SIDE, Fingerprint

# (mirrored, clockwise turn) that DIHEDRAL[variant] applies: mirror left-right first, then turn.
# PIL's ROTATE_90 turns counter-clockwise; TRANSPOSE is a mirror then that turn.
_VARIANT_MOVES: tuple[tuple[bool, int], ...] = (
    (False, 0), (False, 270), (False, 180), (False, 90), (True, 0), (True, 180), (True, 270), (True, 90),
)  # fmt: skip

# Below these a difference is noise of decoding and resizing, not an edit.
BRIGHTNESS_STEP = 0.03  # of the full range, in mean brightness
CONTRAST_STEP = 0.08  # relative change of the spread
SIZE_STEP = 0.03  # relative change of pixels per side
CROP_STEP = 0.01  # of a side
BLUR_RATIO = 0.7  # detail energy of one over the other, on the thumbs
# Fingerprint.sharpness of one over the other's, for two pictures of one size: a blur leaves about
# 0.4, a JPEG re-saved at quality 50 about 0.6 (see fingerprint.fine_detail).
SHARPNESS_RATIO = 0.5
# Overlay: the pair differs (score below OVERLAY_BELOW) and one region of a 4x4 grid holds at
# least OVERLAY_SHARE of the difference's energy.
OVERLAY_BELOW = 0.985
OVERLAY_SHARE = 0.4
_ROWS = ("top", "middle", "bottom")
_COLUMNS = ("left", "centre", "right")


# INVERSE[v]: the variant that undoes DIHEDRAL[v] (the two quarter turns swap; the rest undo themselves).
INVERSE: tuple[int, ...] = (0, 3, 2, 1, 4, 5, 6, 7)


def turn(variant: int) -> tuple[bool, int]:
    """(mirrored, clockwise degrees) that make the reference look like a copy whose pixels,
    turned by DIHEDRAL[variant], match the reference's."""
    return _VARIANT_MOVES[INVERSE[variant]]


def describe(
    reference: Fingerprint,
    copy: Fingerprint,
    *,
    variant: int = 0,
    found: verify.Match | None = None,
    reference_thumb: bytes = b"",
    copy_thumb: bytes = b"",
    looked_closer: bool = False,
    overlay: str | None = None,
) -> tuple[str, ...]:
    """The changes that turn `reference` into `copy`, most telling first.

    `variant` says how the pair matched (see turn); `found` is verify.match(reference's thumb,
    copy's thumb, variant), with its crop in the reference's frame; the thumbs (default: the
    fingerprints' own) give brightness, contrast, blur and, unless the pair `looked_closer`
    (core.closer_look, which tells where an `overlay` lies), overlay. A byte-identical copy has
    no changes.
    """
    if reference.digest == copy.digest:
        return ()
    changes: list[str] = []
    crop = found.crop if found else None
    changes.extend(framing(variant, crop))
    scale = _linear_scale(reference, copy, turn(variant)[1], crop)
    if abs(scale - 1.0) > SIZE_STEP:
        changes.append(f"resized:{round(scale * 100)}%")
    changes.extend(_encoding(reference, copy, scale))
    sharpness = sharpness_change(reference, copy) if variant == 0 else None
    if sharpness:
        changes.append(sharpness)
    a, b = reference_thumb or reference.thumb, copy_thumb or copy.thumb
    if a and b:
        tones = _tones(a, b, variant, crop, None if looked_closer else found, overlay)
        changes.extend(t for t in tones if not (sharpness and t in ("blurred", "sharpened")))
    if overlay and not any(change.startswith("overlay:") for change in changes):
        changes.append(f"overlay:{overlay}")
    return tuple(changes)


def framing(variant: int, crop: verify.Crop | None) -> tuple[str, ...]:
    """The turn, mirror and crop that lay a copy onto its reference, as codes ("rotated:90",
    "mirrored", "cropped:left 6%"); `variant` and `crop` as in describe."""
    codes: list[str] = []
    mirrored, degrees = turn(variant)
    if degrees:
        codes.append(f"rotated:{degrees}")
    if mirrored:
        codes.append("mirrored")
    if crop is not None:
        sides = _sides(crop)
        if sides:
            codes.append(f"{'cropped' if crop.candidate_cropped else 'uncropped'}:{sides}")
    return tuple(codes)


def _sides(crop: verify.Crop) -> str:
    parts = [
        f"{name} {round(amount * 100)}%"
        for name, amount in (
            ("left", crop.left),
            ("top", crop.top),
            ("right", crop.right),
            ("bottom", crop.bottom),
        )
        if amount >= CROP_STEP
    ]
    return ", ".join(parts)


def _linear_scale(reference: Fingerprint, copy: Fingerprint, degrees: int, crop: verify.Crop | None) -> float:
    """The copy's pixels per side over the reference's, for the same stretch of the picture."""
    width = copy.height if degrees in (90, 270) else copy.width
    framed: float
    if crop is None:
        framed = reference.width
    elif crop.candidate_cropped:
        framed = reference.width * (1 - crop.left - crop.right)
    else:  # the copy shows more: compare the reference with the copy's matching stretch
        width = round(width * (1 - crop.left - crop.right))
        framed = reference.width
    return width / framed if framed else 1.0


def sharpness_change(reference: Fingerprint, copy: Fingerprint) -> str | None:
    """ "blurred" or "sharpened" when the two pictures, of one size, differ that much in fine detail;
    None when they do not, or cannot be compared (other sizes, or a sharpness not recorded)."""
    if (reference.width, reference.height) != (copy.width, copy.height):
        return None
    if reference.sharpness <= 0 or copy.sharpness <= 0:
        return None
    if copy.sharpness < SHARPNESS_RATIO * reference.sharpness:
        return "blurred"
    if reference.sharpness < SHARPNESS_RATIO * copy.sharpness:
        return "sharpened"
    return None


def _encoding(reference: Fingerprint, copy: Fingerprint, scale: float) -> list[str]:
    changes = []
    if copy.format != reference.format:
        changes.append(f"format:{copy.format}")
    elif abs(scale - 1.0) <= SIZE_STEP:
        changes.append("re-encoded")
    if copy.grayscale and not reference.grayscale:
        changes.append("grayscale")
    elif reference.grayscale and not copy.grayscale:
        changes.append("colour")
    if reference.alpha != copy.alpha:
        changes.append(f"transparency:{'added' if copy.alpha else 'removed'}")
    if reference.frames != copy.frames:
        changes.append(f"frames:{copy.frames} of {reference.frames}")
    return changes


def _tones(
    a: bytes,
    b: bytes,
    variant: int,
    crop: verify.Crop | None,
    found: verify.Match | None,
    overlay: str | None = None,
) -> list[str]:
    """Brightness, contrast, blur and overlay, from the two thumbs laid over each other; around an
    `overlay` in one area (its place in words, from the closer look) only: a bright logo box would
    read as a brighter, more contrasted and sharper copy."""
    reference, copy = verify.thumb_array(a), verify.thumb_array(b, variant)
    if crop is not None:
        framing = (1 - crop.left - crop.right, crop.left, 1 - crop.top - crop.bottom, crop.top)
        if crop.candidate_cropped:
            reference = verify.warp(reference, *framing)
        else:
            copy = verify.warp(copy, *framing)
    changes = []
    seen = _around(overlay, reference.shape)

    def shown(pixels: verify.F32) -> verify.F32:
        """The pixels `seen`, in order: without an overlay all of them, as they lie (masking copied
        each array, and describing a million pictures' pairs spent seconds there)."""
        return pixels.ravel() if seen is None else pixels[seen]

    brighter = (float(shown(copy).mean()) - float(shown(reference).mean())) / 255
    if abs(brighter) >= BRIGHTNESS_STEP:
        changes.append(f"brightness:{round(brighter * 100):+d}%")
    spread_a, spread_b = float(shown(reference).std()), float(shown(copy).std())
    if spread_a > 1 and abs(spread_b / spread_a - 1) >= CONTRAST_STEP:
        changes.append(f"contrast:{round((spread_b / spread_a - 1) * 100):+d}%")
    da, db = verify.detail(reference), verify.detail(copy)
    if da.meaningful and db.meaningful and spread_a > 1 and spread_b > 1:
        # Fine detail as a share of all the variation, so that more contrast is not "sharper". The
        # detail vector lies as the pixels do.
        energy_a = float(np.square(shown(da.vector.reshape(reference.shape))).sum())
        energy_b = float(np.square(shown(db.vector.reshape(copy.shape))).sum())
        fine_a, fine_b = energy_a / spread_a**2, energy_b / spread_b**2
        if fine_b < BLUR_RATIO * fine_a:
            changes.append("blurred")
        elif fine_a < BLUR_RATIO * fine_b:
            changes.append("sharpened")
    where = _overlay(da, db) if found is not None and found.score < OVERLAY_BELOW else None
    if where:
        changes.append(f"overlay:{where}")
    return changes


# The share of each side hidden around an overlay's place: the closer look's window (WINDOW there).
_HIDDEN_SIDE = 0.6


def _around(overlay: str | None, shape: tuple[int, ...]) -> npt.NDArray[np.bool_] | None:
    """The pixels of a thumb of `shape` outside the window around `overlay` ("top left", "centre",
    ...); None for all of them: for None or "all over", or a place not known."""
    words = (overlay or "").split()
    if words == ["centre"]:
        words = ["middle", "centre"]
    if len(words) != 2 or words[0] not in _ROWS or words[1] not in _COLUMNS:
        return None
    seen = np.ones(shape, dtype=np.bool_)
    spans = []
    for names, word, length in ((_ROWS, words[0], shape[0]), (_COLUMNS, words[1], shape[1])):
        size = round(_HIDDEN_SIDE * length)
        middle = (names.index(word) + 0.5) / 3 * length
        first = min(max(0, round(middle - size / 2)), length - size)
        spans.append(slice(first, first + size))
    seen[spans[0], spans[1]] = False
    return seen


def _overlay(da: verify.Detail, db: verify.Detail) -> str | None:
    """Where the difference of the two details gathers, when one ninth of the picture holds most."""
    side = THUMB_SIDE
    gain = float(da.vector.dot(db.vector)) / max(da.energy, 1e-6)
    residual = (db.vector - gain * da.vector).reshape(side, side) ** 2
    edges = np.linspace(0, side, 4).astype(int)
    energy = np.array(
        [
            [residual[edges[r] : edges[r + 1], edges[c] : edges[c + 1]].sum() for c in range(3)]
            for r in range(3)
        ]
    )
    total = float(energy.sum())
    if total <= 0:
        return None
    row, column = divmod(int(np.argmax(energy)), 3)
    if float(energy[row, column]) < OVERLAY_SHARE * total:
        return None
    if (row, column) == (1, 1):
        return "centre"
    return f"{_ROWS[row]} {_COLUMNS[column]}".replace("middle centre", "centre")
