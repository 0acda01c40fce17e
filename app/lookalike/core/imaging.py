"""Decode an image once, at reduced size, upright, and explain failures in plain words."""

from __future__ import annotations

import io
import math
import re
import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

from PIL import Image, JpegImagePlugin, UnidentifiedImageError

from lookalike.core.models import RAW_EXTENSIONS

# The working image is at least this many pixels on its short side before the
# hashes shrink it further: enough detail for every hash, cheap to decode.
WORKING_SIDE = 256
# Pillow refuses larger images as possible decompression bombs; so do we.
MAX_PIXELS = 2 * 89_478_485
# Names under which HEIF pictures come (Pillow reads them only through pillow-heif).
HEIF_EXTENSIONS: frozenset[str] = frozenset({".heic", ".heif", ".hif"})
# The most memory one decode may take; a picture that would need more is refused with a reason.
# A scan decodes on every CPU core at once, so on a laptop with 8 GB and 8 cores a handful of
# huge pictures together must still leave room for everything else. 512 MB lets through every
# 16-bit grayscale picture under MAX_PIXELS (2 bytes a pixel) and colour pictures up to about
# 120 megapixels (4 bytes a pixel); larger baseline JPEGs pass too, as they decode scaled down.
DECODE_BUDGET = 512_000_000
# The working image is converted this many pixels at a time, so the copies made on the way to
# gray (up to 13 bytes a pixel for a transparent picture) cost megabytes, not gigabytes.
STRIP_PIXELS = 1 << 20

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
# What Pillow and its codecs raise for damaged content (RuntimeError: the AVIF and HEIF codecs;
# ArithmeticError: sizes and offsets that overflow or divide by zero).
_DAMAGED = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    TypeError,
    KeyError,
    RuntimeError,
    ArithmeticError,
)
_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
# What Pillow keeps in memory per pixel: one byte for "1", "L" and "P", two for the 16-bit
# modes, and four for the rest ("I" and "F", and every multi-band mode: "RGB" and "LA" are
# padded to four bytes, "RGBA" and "CMYK" are four; 16-bit colour is read as 8-bit).
_ONE_BYTE_MODES = frozenset({"1", "L", "P"})
_TWO_BYTE_MODES = frozenset({"I;16", "I;16B", "I;16L", "I;16N"})
# Gray modes deeper than 8 bits: scaled down to 8 bits rather than clipped.
_WIDE_GRAY_MODES = _TWO_BYTE_MODES | {"I"}
# Memory a codec needs besides the picture itself, in bytes per pixel, measured with Pillow 13:
# WebP decodes into two canvases of its own and hands Pillow a copy; AVIF and HEIF decode to
# YUV planes and an RGB buffer that Pillow then copies.
_CODEC_BYTES_PER_PIXEL = {"WEBP": 12, "AVIF": 6, "HEIF": 4}


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
    opened: IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
    try:
        stream = io.BytesIO(_raw_preview(opened)) if suffix.lower() in RAW_EXTENSIONS else opened
        return _decode_stream(stream)
    except (ImageProblem, UnidentifiedImageError):
        raise
    except Image.DecompressionBombError:
        raise ImageProblem("too large to open safely (possible decompression bomb)") from None
    except MemoryError:
        raise ImageProblem("too large to open with the memory available") from None
    except struct.error:  # a plugin unpacked a header field that the file cuts short
        raise ImageProblem("the picture data is damaged (a header is cut short)") from None
    except _DAMAGED as exc:
        message = str(exc)
        if "truncated" in message:
            raise ImageProblem("the file is truncated: part of the picture data is missing") from None
        raise ImageProblem(f"the picture data is damaged ({message or type(exc).__name__})") from None
    finally:
        opened.close()


def _decode_stream(stream: IO[bytes]) -> DecodedImage:
    with Image.open(stream) as image:
        image_format = image.format or "unknown"
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ImageProblem(f"too large to open safely ({width * height / 1e6:.0f} megapixels)")
        if getattr(image, "n_frames", 1) > 1:
            image.seek(0)
        # JPEG: let the decoder scale by 1/2..1/8 in the DCT and skip colour entirely.
        image.draft("L", (WORKING_SIDE, WORKING_SIDE))
        # Before anything that loads pixels: reading a PNG's EXIF decodes the whole picture.
        needed = _decode_cost(image, (width, height))
        if needed > DECODE_BUDGET:
            raise ImageProblem(
                f"too large to compare safely: decoding it would need about {_amount(needed)} of memory,"
                f" more than the {_amount(DECODE_BUDGET)} one picture may use"
            )
        orientation = _orientation(image)
        taken_at = _taken_at(image)
        image.load()
        working = _working_gray(image)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if orientation in _UPRIGHT:
        working = working.transpose(_UPRIGHT[orientation])
    return DecodedImage(working, width, height, image_format, taken_at)


def _decode_cost(image: Image.Image, full_size: tuple[int, int]) -> int:
    """Bytes that loading `image` (opened, draft() already chosen) and making its working image take.

    `full_size` is the size before draft(): a progressive JPEG holds the coefficients of every
    pixel until its last scan, however small the scale it decodes to.
    """
    width, height = image.size
    factor = _reduce_factor(image.size)
    stored = _bytes_per_pixel(image.mode)
    strip = min(_strip_rows(width, factor), height) * width
    working = -(-width // factor) * -(-height // factor)
    return (
        width * height * (stored + _CODEC_BYTES_PER_PIXEL.get(image.format or "", 0))
        + strip * (stored + _gray_bytes_per_pixel(image))
        + working
        + _jpeg_coefficients(image, full_size)
    )


def _bytes_per_pixel(mode: str) -> int:
    if mode in _ONE_BYTE_MODES:
        return 1
    if mode in _TWO_BYTE_MODES:
        return 2
    return 4


def _jpeg_coefficients(image: Image.Image, full_size: tuple[int, int]) -> int:
    """Bytes libjpeg keeps for a progressive JPEG: two per DCT coefficient of each component."""
    if not isinstance(image, JpegImagePlugin.JpegImageFile) or not image.info.get("progressive"):
        return 0
    # Components as (id, horizontal sampling, vertical sampling, table); without them, assume
    # the worst common case: three full-resolution components.
    layers = image.layer or [(0, 1, 1, 0)] * 3
    h_max = max(max(h for _, h, _, _ in layers), 1)
    v_max = max(max(v for _, _, v, _ in layers), 1)
    width, height = full_size
    blocks = 0
    for _, h, v, _ in layers:
        blocks += -(-width * h // (8 * h_max)) * -(-height * v // (8 * v_max))
    return blocks * 64 * 2


def _amount(size: int) -> str:
    """`size` in words, rounded up: a need just over the budget never reads as equal to it."""
    return f"{math.ceil(size / 1e8) / 10:.1f} GB" if size >= 1e9 else f"{math.ceil(size / 1e6)} MB"


def _reduce_factor(size: tuple[int, int]) -> int:
    """The whole factor that brings the short side down to about WORKING_SIDE (1: keep it)."""
    return max(1, min(size) // WORKING_SIDE)


def _strip_rows(width: int, factor: int) -> int:
    """Rows converted at a time: about STRIP_PIXELS, a multiple of `factor` so that reducing
    strip by strip averages exactly the blocks reducing the whole picture would."""
    return max(factor, STRIP_PIXELS // width // factor * factor)


def _working_gray(image: Image.Image) -> Image.Image:
    """The loaded `image` in grayscale, reduced to about WORKING_SIDE, made a strip at a time."""
    width, height = image.size
    factor = _reduce_factor(image.size)
    rows = _strip_rows(width, factor)
    if rows >= height:
        gray = _to_gray(image)
        return gray.reduce(factor) if factor > 1 else gray
    working = Image.new("L", (-(-width // factor), -(-height // factor)))
    for top in range(0, height, rows):
        gray = _to_gray(image.crop((0, top, width, min(top + rows, height))))
        working.paste(gray.reduce(factor) if factor > 1 else gray, (0, top // factor))
    return working


def _to_gray(image: Image.Image) -> Image.Image:
    """Grayscale, compositing transparency onto white so a logo matches its flattened copy."""
    if _transparent(image):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    if image.mode in _WIDE_GRAY_MODES:
        return image.convert("I").point(lambda value: value / 256).convert("L")  # 16-bit scans and PNGs
    return image.convert("L")


def _gray_bytes_per_pixel(image: Image.Image) -> int:
    """Bytes per pixel of the copies _to_gray makes on its way."""
    if _transparent(image):
        return 13  # the RGBA copy, the white background, the composite and the gray result
    if image.mode in _WIDE_GRAY_MODES:
        return 9  # the "I" copy, its scaled copy and the gray result
    if image.mode in _ONE_BYTE_MODES:
        return 1
    return 5  # "CMYK", among others, goes through "RGB" on the way to gray


def _transparent(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
