"""Decode an image once, at reduced size, upright, and explain failures in plain words."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

from PIL import Image, UnidentifiedImageError

from lookalike.core.models import RAW_EXTENSIONS

# The working image is at least this many pixels on its short side before the
# hashes shrink it further: enough detail for every hash, cheap to decode.
WORKING_SIDE = 256
# Pillow refuses larger images as possible decompression bombs; so do we.
MAX_PIXELS = 2 * 89_478_485
# Names under which HEIF pictures come (Pillow reads them only through pillow-heif).
HEIF_EXTENSIONS: frozenset[str] = frozenset({".heic", ".heif", ".hif"})

_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 36867
_DATE_TIME = 306
_ORIENTATION = 0x0112
# EXIF orientation -> the transpose that shows the picture upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")


class ImageProblem(Exception):
    """A file that cannot be used as an image; str(exc) is the reason for a person."""


@dataclass(frozen=True, slots=True)
class DecodedImage:
    working: Image.Image  # grayscale, upright, short side about WORKING_SIDE (or smaller)
    width: int  # full size as displayed (after EXIF orientation)
    height: int
    format: str
    taken_at: str | None


@cache
def register_plugins() -> bool:
    """Teach Pillow the formats it lacks (HEIC/HEIF). Returns whether HEIF is available."""
    try:
        import pillow_heif  # optional codec, loaded on first use
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def _taken_at(image: Image.Image) -> str | None:
    try:
        exif = image.getexif()
        value = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
    except Exception:  # broken EXIF must not cost us the picture
        return None
    match = _EXIF_DATE.match(str(value)) if value else None
    if not match:
        return None
    y, mo, d, h, mi, s = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}"


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(_ORIENTATION, 1))
    except Exception:
        return 1


def _raw_preview(source: IO[bytes]) -> bytes:
    try:
        import rawpy  # optional extra: lookalike[raw]
    except ImportError:
        raise ImageProblem("RAW photo: install Lookalike's RAW support (rawpy) to compare it") from None
    try:
        with rawpy.imread(source) as raw:
            thumb = raw.extract_thumb()
    except Exception as exc:
        raise ImageProblem(f"RAW photo without a readable preview ({exc})") from exc
    if thumb.format != rawpy.ThumbFormat.JPEG:
        raise ImageProblem("RAW photo whose embedded preview is not a JPEG")
    return bytes(thumb.data)


def decode(source: bytes | Path, suffix: str) -> DecodedImage:
    """Decode `source` (the file's bytes, or its path when too large to hold) reduced and upright."""
    heif_named = suffix.lower() in HEIF_EXTENSIONS
    if heif_named:
        register_plugins()
    try:
        return _decode(source, suffix)
    except UnidentifiedImageError:
        # pillow-heif takes about 60 ms to import, so it loads for HEIF names or, as here, for
        # content Pillow alone cannot identify: perhaps a HEIF picture under another name.
        if not heif_named and register_plugins():
            try:
                return _decode(source, suffix)
            except UnidentifiedImageError:
                pass
        raise ImageProblem("not a picture: the content is not an image format Lookalike can read") from None


def _decode(source: bytes | Path, suffix: str) -> DecodedImage:
    """decode(), except that content Pillow cannot identify raises UnidentifiedImageError."""
    stream: IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
    try:
        if suffix.lower() in RAW_EXTENSIONS:
            stream = io.BytesIO(_raw_preview(stream))
        return _decode_stream(stream)
    except (ImageProblem, UnidentifiedImageError):
        raise
    except Image.DecompressionBombError:
        raise ImageProblem("too large to open safely (possible decompression bomb)") from None
    except MemoryError:
        raise ImageProblem("too large to open with the memory available") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError) as exc:
        message = str(exc)
        if "truncated" in message:
            raise ImageProblem("the file is truncated: part of the picture data is missing") from None
        raise ImageProblem(f"the picture data is damaged ({message or type(exc).__name__})") from None
    finally:
        stream.close()


def _decode_stream(stream: IO[bytes]) -> DecodedImage:
    with Image.open(stream) as image:
        image_format = image.format or "unknown"
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ImageProblem(f"too large to open safely ({width * height / 1e6:.0f} megapixels)")
        orientation = _orientation(image)
        taken_at = _taken_at(image)
        if getattr(image, "n_frames", 1) > 1:
            image.seek(0)
        # JPEG: let the decoder scale by 1/2..1/8 in the DCT and skip colour entirely.
        image.draft("L", (WORKING_SIDE, WORKING_SIDE))
        image.load()
        working = _to_gray(image)
    factor = min(working.size) // WORKING_SIDE
    if factor >= 2:
        working = working.reduce(factor)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if orientation in _UPRIGHT:
        working = working.transpose(_UPRIGHT[orientation])
    return DecodedImage(working, width, height, image_format, taken_at)


def _to_gray(image: Image.Image) -> Image.Image:
    """Grayscale, compositing transparency onto white so a logo matches its flattened copy."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.convert("I").point(lambda value: value / 256).convert("L")  # 16-bit scans and PNGs
    return image.convert("L")
