"""Pixel-level check of a similar candidate pair, on the small thumbs of both images.

Perceptual hashes summarise a picture's coarse structure, so pictures that
share a layout (screenshots of one app, pages of one document) can hash alike.
This check compares the thumbs region by region after normalising brightness
and contrast: a copy differs a little everywhere, a different picture with the
same layout differs a lot somewhere.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image

from lookalike.core.fingerprint import DIHEDRAL
from lookalike.core.models import THUMB_SIDE

F32 = npt.NDArray[np.float32]

BLOCK = 8  # region side in thumb pixels
# Pairs scoring below this are not shown as duplicates.
MIN_SCORE = 0.5


def thumb_array(thumb: bytes, variant: int = 0) -> F32:
    """The thumb as a float array, rotated/mirrored by DIHEDRAL[variant]."""
    image = Image.frombytes("L", (THUMB_SIDE, THUMB_SIDE), thumb)
    for transpose in DIHEDRAL[variant]:
        image = image.transpose(transpose)
    return np.asarray(image, dtype=np.float32)


def _normalised(pixels: F32) -> F32:
    centred = pixels - pixels.mean()
    spread = float(centred.std())
    return centred / max(spread, 8.0)


def similarity(a: F32, b: F32) -> float:
    """1.0 for the same picture, falling towards 0 as any region differs."""
    difference = np.abs(_normalised(a) - _normalised(b))
    blocks = difference.reshape(THUMB_SIDE // BLOCK, BLOCK, THUMB_SIDE // BLOCK, BLOCK).mean(axis=(1, 3))
    worst = float(blocks.max())
    return max(0.0, 1.0 - worst)
