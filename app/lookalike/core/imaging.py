"""Decode an image once, at reduced size, upright, and explain failures in plain words.

Two decodes share the opening, the limits and the reasons given for a refusal: `decode` makes the
scan's small grayscale working image, `decode_for_display` the upright RGB(A) picture that the
thumbnails and the compare view show.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import math
import os
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import IO, TypeVar, cast

from PIL import (
    BmpImagePlugin,
    IcoImagePlugin,
    Image,
    ImageFile,
    JpegImagePlugin,
    PngImagePlugin,
    UnidentifiedImageError,
)

from lookalike.core.models import RAW_EXTENSIONS
from lookalike.core.opening import NotAFile, open_regular
from lookalike.core.reasons import Code, Reason, amount

# The working image is at least this many pixels on its short side before the
# hashes shrink it further: enough detail for every hash, cheap to decode.
WORKING_SIDE = 256
# Pillow refuses larger images as possible decompression bombs; so do we.
MAX_PIXELS = 2 * 89_478_485
# The only Pillow decoders a file is ever offered to, whatever its name says: raster formats decoded
# in-process. Never EPS (Pillow runs Ghostscript for it), WMF or the other plugins Pillow would try on
# content it cannot otherwise identify. MPO (a camera's multi-picture JPEG) opens through JPEG.
OPENED_FORMATS = (
    "JPEG", "PNG", "GIF", "BMP", "DIB", "TIFF", "WEBP", "AVIF", "HEIF", "ICO", "PPM", "TGA", "JPEG2000",
)  # fmt: skip
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
# A TIFF's pages, or a GIF's frames, are counted up to this many: one of more is said to hold
# this many. The count only tells copies apart and says which holds more, and no document, scan or
# animation comes near it; counting takes two small reads a page (10,000 pages: about 20 ms), where
# Pillow walked them all, each time over those walked (40,000 pages of 4 MB: 18 s).
MAX_PAGES = 10_000

# An ICO's first bytes (a cursor's, type 2, are never offered to Pillow) and a PNG's, as an ICO holds one.
_ICO_SIGNATURE = b"\0\0\1\0"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# What Pillow's ICO reader keeps per pixel of a bitmap besides the bitmap itself: the mask (one
# byte) and the RGBA copy the mask is put on (four); for a 32-bit one, also its alpha, read from
# the file (four) and taken apart (one).
_ICO_MASK_BYTES = 5
_ICO_ALPHA_BYTES = 5

_EXIF_IFD = 0x8769
_MAKE = 0x010F
_MODEL = 0x0110
# A camera's name is short; a longer Make or Model is cut, so a crafted file cannot bloat the cache.
_CAMERA_CHARS = 80
# A picture is gray when no pixel's colour channels differ by more than this (0-255): room for a
# scanner's tint and rounding, far less than any real colour (a sepia tone is 30).
GRAY_SPREAD = 8
# Colour is looked for at this many pixels across the picture's short side, evenly spaced over the
# reduced decode: a colour detail smaller than that is missed, and the look costs 1 % of a decode.
COLOUR_SAMPLES = 64
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
_CODEC_BYTES_PER_PIXEL = {"WEBP": 12, "AVIF": 6, "HEIF": 4, "JPEG2000": 16}  # JPEG 2000: OpenJPEG's planes
# Modes a picture is shown in as they are (gray ones become RGB(A) once reduced, where it is cheap).
_DISPLAY_MODES = frozenset({"L", "LA", "RGB", "RGBA"})
_ALPHA_MODES = frozenset({"LA", "La", "PA", "RGBA", "RGBa"})

_T = TypeVar("_T")
# A picture to decode: the file's bytes, its path (a file too large to hold), or the file opened
# (read from its start, and left open).
Source = bytes | Path | IO[bytes]


class ImageProblem(Exception):
    """A file that cannot be used as an image: `reason` says why (str(exc) in English)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


# Pillow reads each piece of a file it keeps or passes over (a PNG chunk, a TIFF tag's value, a
# JPEG marker segment) whole into memory, in blocks it then joins: twice the piece's size at the
# peak, whatever size the file says it has. A crafted PNG chunk of 900 MB (a sparse file, 8 KB on
# disk) took 1.7 GB; a TIFF tag as large, 2.6 GB. A piece beyond DECODE_BUDGET at that peak is
# refused before it is read: no real picture's metadata comes near (the pixels are read a block at
# a time, not so). Every format's reader reads them through ImageFile._safe_read, replaced here.
_PIECE_MOST = DECODE_BUDGET // 2
_pillow_safe_read = ImageFile._safe_read


class _PieceTooLarge(Exception):
    """A piece of a file larger than _PIECE_MOST, refused before Pillow reads it."""

    def __init__(self, size: int) -> None:
        super().__init__(f"a piece of the file of {size} bytes")
        self.size = size


def _bounded_safe_read(fp: IO[bytes], size: int) -> bytes:
    if size > _PIECE_MOST:
        raise _PieceTooLarge(size)
    return _pillow_safe_read(fp, size)


ImageFile._safe_read = _bounded_safe_read


@dataclass(frozen=True, slots=True)
class DecodedImage:
    working: Image.Image  # grayscale, upright, short side about WORKING_SIDE (or smaller)
    width: int  # full size as displayed (after EXIF orientation)
    height: int
    format: str
    taken_at: str | None
    camera: str = ""  # EXIF Make and Model, "" when absent
    grayscale: bool = False  # no pixel shows colour
    alpha: bool = False  # some pixel is not fully opaque
    frames: int = 1  # frames (animation) or pages


@dataclass(frozen=True, slots=True)
class DisplayImage:
    """A picture decoded for a person to look at."""

    pixels: Image.Image  # "RGB" or "RGBA", 8 bits a channel, upright, reduced as asked
    width: int  # full size as displayed (after EXIF orientation)
    height: int
    format: str


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


def _camera(image: Image.Image) -> str:
    """EXIF Make and Model as one name ("Canon EOS 80D"), without a Make the Model repeats; "" when absent."""
    try:
        exif = image.getexif()
        make, model = (_exif_text(exif.get(tag)) for tag in (_MAKE, _MODEL))
    except Exception:  # broken EXIF must not cost us the picture
        return ""
    if make and model.casefold().startswith(make.split()[0].casefold()):
        make = ""  # "Canon" + "Canon EOS 80D", "NIKON CORPORATION" + "NIKON D750"
    return " ".join(part for part in (make, model) if part)[:_CAMERA_CHARS]


def _exif_text(value: object) -> str:
    """An EXIF text value without its NULs, control characters and surrounding spaces."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    return " ".join("".join(c if c.isprintable() else " " for c in value[: _CAMERA_CHARS * 4]).split())


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(_ORIENTATION, 1))
    except Exception:
        return 1


def _raw_preview(source: IO[bytes]) -> bytes:
    try:
        import rawpy  # optional extra: lookalike[raw]
    except ImportError:
        # Shown to people who installed an app: the developer's fix (pip install ".[raw]") is in the README.
        raise ImageProblem(Code.RAW_UNSUPPORTED()) from None
    try:
        with rawpy.imread(source) as raw:
            thumb = raw.extract_thumb()
    except Exception as exc:
        raise ImageProblem(Code.RAW_PREVIEW_UNREADABLE(error=str(exc))) from exc
    if thumb.format != rawpy.ThumbFormat.JPEG:
        raise ImageProblem(Code.RAW_PREVIEW_NOT_JPEG())
    return bytes(thumb.data)


def decode(source: Source, suffix: str) -> DecodedImage:
    """Decode `source` reduced and upright."""
    return _identified(source, suffix, _decode_stream)


def decode_working(source: Source, suffix: str) -> Image.Image:
    """decode()'s working picture alone, without the rest it tells of the picture (its date,
    camera, colour, transparency): a third cheaper for a picture of 64 x 48."""
    return _identified(source, suffix, partial(_decode_stream, facts=False)).working


def decode_for_display(
    source: Source, suffix: str, max_side: int | None = None, *, draft_side: int | None = None
) -> DisplayImage:
    """Decode `source` upright in RGB or RGBA, its long side at most `max_side` (None: full size).

    16-bit gray is scaled to 8 bits, palettes and CMYK become RGB, transparency becomes alpha.
    A JPEG is scaled in its decoder (by 1/2 to 1/8) as far as its long side stays at least
    `draft_side` (default `max_side`): a 12 MP photo decodes at half size, four times faster.
    Raises ImageProblem, with a reason for a person, for anything that cannot be shown.
    """
    reduce_to = draft_side if draft_side is not None else max_side
    try:
        shown = partial(_display_stream, max_side=max_side, draft_side=reduce_to)
        return _identified(source, suffix, shown, Code.TOO_LARGE_TO_SHOW)
    except OSError as exc:  # only opening the file raises it here: decoding errors are ImageProblems
        raise ImageProblem(unreadable_reason(exc)) from None


def unreadable_reason(exc: OSError) -> Reason:
    """Why a file cannot be read at all."""
    if isinstance(exc, FileNotFoundError):
        return Code.NO_LONGER_THERE()
    if isinstance(exc, PermissionError):
        return Code.NO_PERMISSION_TO_READ()
    if isinstance(exc, NotAFile):  # a FIFO, a folder or a device in its place since
        return Code.NOT_A_REGULAR_FILE(who=Code.THE_FILE())
    return Code.CANNOT_BE_READ(who=Code.THE_FILE(), error=exc.strerror or str(exc))


def _identified(
    source: Source, suffix: str, read: Callable[[IO[bytes]], _T], too_large: Code = Code.TOO_LARGE_TO_COMPARE
) -> _T:
    """`read` the picture in `source`, loading the HEIF codec when a HEIF picture may be there;
    `too_large` says why one that would take more than DECODE_BUDGET is not read."""
    heif_named = suffix.lower() in HEIF_EXTENSIONS
    if heif_named:
        register_plugins()
    try:
        try:
            return _decode(source, suffix, read)
        except UnidentifiedImageError:
            # pillow-heif takes about 60 ms to import, so it loads for HEIF names or, as here, for
            # content Pillow alone cannot identify: perhaps a HEIF picture under another name.
            if not heif_named and register_plugins():
                try:
                    return _decode(source, suffix, read)
                except UnidentifiedImageError:
                    pass
            raise ImageProblem(Code.NOT_A_PICTURE()) from None
    except _PieceTooLarge as exc:
        raise ImageProblem(too_large(needed=amount(2 * exc.size), budget=amount(DECODE_BUDGET))) from None


def _decode(source: Source, suffix: str, read: Callable[[IO[bytes]], _T]) -> _T:
    """`read` the picture, except that content Pillow cannot identify raises UnidentifiedImageError.
    A path is opened as open_regular opens it (a FIFO there now raises NotAFile, not waits); a file
    given opened is read from its start, and left open."""
    if isinstance(source, bytes):
        opened: IO[bytes] = io.BytesIO(source)
    elif isinstance(source, Path):
        opened = os.fdopen(open_regular(source), "rb")
    else:
        source.seek(0)
        opened = source
    try:
        stream = io.BytesIO(_raw_preview(opened)) if suffix.lower() in RAW_EXTENSIONS else opened
        return read(stream)
    except (ImageProblem, UnidentifiedImageError):
        raise
    except Image.DecompressionBombError:
        raise ImageProblem(Code.DECOMPRESSION_BOMB()) from None
    except MemoryError:
        raise ImageProblem(Code.OUT_OF_MEMORY()) from None
    except struct.error:  # a plugin unpacked a header field that the file cuts short
        raise ImageProblem(Code.HEADER_CUT_SHORT()) from None
    except _DAMAGED as exc:
        message = str(exc)
        if "truncated" in message:
            raise ImageProblem(Code.TRUNCATED()) from None
        raise ImageProblem(Code.DAMAGED(error=message or type(exc).__name__)) from None
    finally:
        if opened is not source:
            opened.close()


def _registered(formats: tuple[str, ...]) -> list[str]:
    """Those of `formats` whose decoders are loaded now (HEIF only once pillow-heif is registered)."""
    load_decoders()
    return [name for name in formats if name in Image.OPEN]


# The Pillow plugin of each of OPENED_FORMATS but HEIF (pillow-heif's: register_plugins).
_PLUGINS = {
    "JPEG": "JpegImagePlugin", "PNG": "PngImagePlugin", "GIF": "GifImagePlugin", "BMP": "BmpImagePlugin",
    "DIB": "BmpImagePlugin", "TIFF": "TiffImagePlugin", "WEBP": "WebPImagePlugin",
    "AVIF": "AvifImagePlugin", "ICO": "IcoImagePlugin", "PPM": "PpmImagePlugin", "TGA": "TgaImagePlugin",
    "JPEG2000": "Jpeg2KImagePlugin",
}  # fmt: skip


@cache
def load_decoders() -> None:
    """Load the decoders of OPENED_FORMATS (but HEIF), and only those: Image.init() loads all of
    Pillow's 43, 25 ms of the first picture a process reads (EPS, PDF, FITS and the like, which are
    never offered a file)."""
    for module in dict.fromkeys(_PLUGINS.values()):
        with contextlib.suppress(ImportError):  # a Pillow without it: files of that format are not read
            importlib.import_module(f"PIL.{module}")


def _opened(stream: IO[bytes], too_large: Code) -> Image.Image:
    """The picture in `stream`, opened but not decoded, at its first frame, within MAX_PIXELS; an
    ICO's, which Pillow decodes as it opens it, also within DECODE_BUDGET (`too_large` says why
    one is not)."""
    _refuse_large_icon(stream, too_large)
    image = Image.open(stream, formats=_registered(OPENED_FORMATS))
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageProblem(Code.TOO_MANY_PIXELS(megapixels=f"{width * height / 1e6:.0f}"))
    # Whether it is animated, not how many frames: counting a TIFF's pages walks them all, each time
    # over those walked (a 40,000-page TIFF of 4.5 MB took 13 s to open).
    if getattr(image, "is_animated", False):
        image.seek(0)
    return image


def _refuse_large_icon(stream: IO[bytes], too_large: Code) -> None:
    """Refuse the ICO in `stream` if the picture Pillow decodes as it opens it is over MAX_PIXELS
    or would take more than DECODE_BUDGET, as that picture's own header says (a PNG's, a bitmap's).

    Pillow decodes an ICO's picture while it opens the file, before any limit here is applied (an
    ICO holding a 13,300 x 13,300 PNG peaked at 740 MB before it was refused). It picks the
    picture the ICO's directory says is largest, and the directory may say anything (a byte a
    side): which one that is, and how large it truly is, is read here as Pillow reads them. The
    others are never decoded. A file that is no ICO Pillow can read is left to Pillow, which fails
    on it the same way.
    """
    start = stream.tell()
    try:
        if stream.read(len(_ICO_SIGNATURE)) != _ICO_SIGNATURE:
            return
        stream.seek(start)
        try:
            # IcoImageFile decodes the first of these (sorted largest first, by what the directory says).
            entry = IcoImagePlugin.IcoFile(stream).entry[0]
            pixels, needed = _icon_picture_cost(stream, entry.offset, entry.bpp)
        except (*_DAMAGED, struct.error):
            return
        if pixels > MAX_PIXELS:
            raise ImageProblem(Code.TOO_MANY_PIXELS(megapixels=f"{pixels / 1e6:.0f}"))
        if needed > DECODE_BUDGET:
            raise ImageProblem(too_large(needed=amount(needed), budget=amount(DECODE_BUDGET)))
    finally:
        stream.seek(start)


def _icon_picture_cost(stream: IO[bytes], offset: int, bits: int) -> tuple[int, int]:
    """The pixels of the picture an ICO holds at `offset` (`bits` a pixel, its directory says), and
    the bytes Pillow's ICO reader takes to decode it, from its header read as that reader reads it:
    opened, not decoded (a PNG's chunks are read up to its pixels, a bitmap's header alone)."""
    stream.seek(offset)
    png = stream.read(len(_PNG_SIGNATURE)) == _PNG_SIGNATURE
    stream.seek(offset)
    picture = PngImagePlugin.PngImageFile(stream) if png else BmpImagePlugin.DibImageFile(stream)
    width, height = picture.size
    if png:
        return width * height, width * height * _bytes_per_pixel(picture.mode)
    pixels = width * (height // 2)  # a bitmap's height counts its mask's rows too
    extra = _ICO_MASK_BYTES + (_ICO_ALPHA_BYTES if bits == 32 else 0)
    return pixels, pixels * (_bytes_per_pixel(picture.mode) + extra)


def _frames(image: Image.Image, stream: IO[bytes]) -> int:
    """The frames of an animation or the pages of a document (up to MAX_PAGES of a TIFF's, which
    `image` is opened from `stream`); 1 for a format that has neither."""
    if image.format == "TIFF":
        return _tiff_pages(stream)
    if image.format == "GIF":
        return _gif_frames(stream)
    frames = getattr(image, "n_frames", 1)
    return frames if isinstance(frames, int) and frames > 0 else 1


def _gif_frames(stream: IO[bytes]) -> int:
    """The frames of the GIF in `stream`, up to MAX_PAGES: its pictures counted along its blocks
    (Pillow counts them all, decoding each frame's header: a crafted GIF of 4.6 MB holding 200,000
    frames took 0.94 s, one of 256 MB about a minute). A block cut short makes it truncated, as it
    made Pillow's count fail; a file that ends between blocks (no trailer) ends the count."""
    start = stream.tell()
    try:
        stream.seek(0)
        header = stream.read(13)
        if header[10:11] and header[10] & 0x80:  # a global colour table follows
            stream.seek(3 << ((header[10] & 7) + 1), io.SEEK_CUR)
        frames = 0
        while frames < MAX_PAGES:
            kind = stream.read(1)
            if kind == b"\x21":  # an extension: its label, then its blocks
                _past_blocks(stream, stream.read(1))
            elif kind == b"\x2c":  # a picture: its descriptor, a local colour table, its blocks
                descriptor = stream.read(9)
                if len(descriptor) < 9:
                    raise ImageProblem(Code.TRUNCATED())
                if descriptor[8] & 0x80:
                    stream.seek(3 << ((descriptor[8] & 7) + 1), io.SEEK_CUR)
                _past_blocks(stream, stream.read(1))  # after its LZW code size
                frames += 1
            else:  # the trailer, the end of the file, or what no GIF holds
                break
        return max(1, frames)
    finally:
        stream.seek(start)


def _past_blocks(stream: IO[bytes], before: bytes) -> None:
    """Read past a GIF's data blocks (a size byte, that many bytes; a size of 0 ends them), which
    follow the byte read as `before`; ImageProblem (truncated) when the file ends first."""
    while before:
        size = stream.read(1)
        if size == b"\0":
            return
        if not size or len(stream.read(size[0])) < size[0]:
            break
    raise ImageProblem(Code.TRUNCATED())


def _tiff_pages(stream: IO[bytes]) -> int:
    """The pages of the TIFF in `stream`, up to MAX_PAGES, counted along the links from each page's
    directory to the next as Pillow follows them (a link back to a page counted ends them), without
    reading the pages' tags. A link past the end of the file, or cut short, makes it truncated."""
    start = stream.tell()
    try:
        stream.seek(0)
        header = stream.read(16)
        order = "<" if header[:2] == b"II" else ">"
        big = header[2] == 43  # BigTIFF, as Pillow tells it
        count = struct.Struct(order + ("Q" if big else "H"))
        link = struct.Struct(order + ("Q" if big else "I"))
        entry = 20 if big else 12
        (page,) = link.unpack_from(header, 8 if big else 4)
        end = stream.seek(0, io.SEEK_END)
        counted: set[int] = set()
        while page and len(counted) < MAX_PAGES and page not in counted:
            counted.add(page)
            if page + count.size > end:
                raise ImageProblem(Code.TRUNCATED())
            stream.seek(page)
            (entries,) = count.unpack(stream.read(count.size))
            following = page + count.size + entries * entry
            if following + link.size > end:
                raise ImageProblem(Code.TRUNCATED())
            stream.seek(following)
            (page,) = link.unpack(stream.read(link.size))
        return max(1, len(counted))
    finally:
        stream.seek(start)


def _decode_stream(stream: IO[bytes], *, facts: bool = True) -> DecodedImage:
    """The picture decoded, with the facts of it, or without (`facts`: its working picture the same)."""
    with _opened(stream, Code.TOO_LARGE_TO_COMPARE) as image:
        image_format = image.format or "unknown"
        width, height = image.size
        # JPEG: let the decoder scale by 1/2..1/8 in the DCT and leave out the conversion to RGB. Its
        # luma (Y) is exactly the "L" that draft("L") gives; the chroma, at the same small scale, says
        # whether the picture holds colour (about 2 % more decoding time than "L" alone). The rare
        # JPEG stored as RGB stays RGB (libjpeg cannot make YCbCr of it).
        image.draft(_jpeg_draft_mode(image), (WORKING_SIDE, WORKING_SIDE))
        # Before anything that loads pixels: reading a PNG's EXIF decodes the whole picture.
        needed = _decode_cost(image, (width, height))
        if needed > DECODE_BUDGET:
            raise ImageProblem(Code.TOO_LARGE_TO_COMPARE(needed=amount(needed), budget=amount(DECODE_BUDGET)))
        orientation = _orientation(image)
        taken_at = _taken_at(image) if facts else None
        camera = _camera(image) if facts else ""
        frames = _frames(image, stream)
        image.load()
        looks = _Looks()
        working = _working_gray(image, looks if facts else None)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if orientation in _UPRIGHT:
        working = working.transpose(_UPRIGHT[orientation])
    return DecodedImage(
        working, width, height, image_format, taken_at, camera, not looks.colour, looks.see_through, frames
    )


def _jpeg_draft_mode(image: Image.Image) -> str:
    """The mode to draft a picture in: "YCbCr" for a colour JPEG that libjpeg reads as YCbCr (by its
    own rules: JFIF, else the Adobe marker's transform, else the component ids), "RGB" for one that
    it reads as RGB (it cannot convert that to YCbCr), and "L" for the rest (draft ignores it)."""
    if not isinstance(image, JpegImagePlugin.JpegImageFile) or image.mode != "RGB" or len(image.layer) != 3:
        return "L"
    if "jfif" in image.info:
        return "YCbCr"
    if "adobe" in image.info:
        return "RGB" if image.info.get("adobe_transform") == 0 else "YCbCr"
    rgb = [component[0] for component in image.layer] == [ord("R"), ord("G"), ord("B")]
    return "RGB" if rgb else "YCbCr"


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


def _reduce_factor(size: tuple[int, int]) -> int:
    """The whole factor that brings the short side down to about WORKING_SIDE (1: keep it)."""
    return max(1, min(size) // WORKING_SIDE)


def _strip_rows(width: int, factor: int) -> int:
    """Rows converted at a time: about STRIP_PIXELS, a multiple of `factor` so that reducing
    strip by strip averages exactly the blocks reducing the whole picture would."""
    return max(factor, STRIP_PIXELS // width // factor * factor)


def _working_gray(image: Image.Image, looks: _Looks | None) -> Image.Image:
    """The loaded `image` in grayscale, reduced to about WORKING_SIDE, made a strip at a time;
    what the strips show (colour, transparency) is noted in `looks` on the way, if given."""
    width, height = image.size
    factor = _reduce_factor(image.size)
    rows = _strip_rows(width, factor)
    step = max(1, min(width, height) // COLOUR_SAMPLES)
    if rows >= height:
        if looks is not None:
            looks.note(image, step)
        gray = _to_gray(image)
        return gray.reduce(factor) if factor > 1 else gray
    working = Image.new("L", (-(-width // factor), -(-height // factor)))
    for top in range(0, height, rows):
        strip = image.crop((0, top, width, min(top + rows, height)))
        if looks is not None:
            looks.note(strip, step)
        gray = _to_gray(strip)
        del strip  # before the next crop, which then reuses its memory (fresh pages: +20 % for a PNG)
        working.paste(gray.reduce(factor) if factor > 1 else gray, (0, top // factor))
    return working


# Modes without colour, and those of them with an alpha channel.
_GRAY_MODES = frozenset({"1", "L", "LA", "La", "I", "F"}) | _TWO_BYTE_MODES
_GRAY_ALPHA_MODES = frozenset({"LA", "La"})


@dataclass(slots=True)
class _Looks:
    """What the pieces of one picture showed so far: colour anywhere, transparency anywhere.

    Transparency is looked for in every pixel, colour in every `step`-th pixel of every `step`-th
    row (the palette entries in use, for a palette picture): a look at each pixel of a colour
    picture would cost a tenth of its decode.
    """

    colour: bool = False
    see_through: bool = False

    def note(self, piece: Image.Image, step: int) -> None:
        mode = piece.mode
        if mode in _GRAY_MODES:
            if not self.see_through:
                self.see_through = _gray_see_through(piece)
            return
        if mode == "P":
            self._note_palette(piece)
            return
        if mode not in ("RGB", "RGBA", "YCbCr"):  # "PA", "CMYK", "RGBa", "LAB", "HSV" …: rare
            piece = piece.convert("RGBA" if _has_alpha(piece) else "RGB")
            mode = piece.mode
        if not self.see_through:
            if mode == "RGBA":
                self.see_through = _alpha_min(piece) < 255
            elif mode == "RGB" and "transparency" in piece.info:  # one colour marked transparent (tRNS)
                self.see_through = _alpha_min(piece.convert("RGBA")) < 255
        if self.colour:
            return
        width, height = piece.size
        sample = piece.resize((-(-width // step), -(-height // step)), Image.Resampling.NEAREST)
        if mode == "RGBA":  # what shows through transparent pixels is the background, as in the working image
            white = Image.new("RGBA", sample.size, (255, 255, 255, 255))
            sample = Image.alpha_composite(white, sample).convert("RGB")
        if mode != "YCbCr":
            sample = sample.convert("YCbCr")
        limit = GRAY_SPREAD // 2  # Cb and Cr are about half the channels' spread away from neutral
        for band in (1, 2):
            low, high = _extrema(sample.getchannel(band))
            if low < 128 - limit or high > 128 + limit:
                self.colour = True

    def _note_palette(self, piece: Image.Image) -> None:
        """Colour and transparency of a palette picture from the palette entries its pixels use."""
        used = _levels(piece)
        palette = piece.getpalette("RGB") or []
        transparency = piece.info.get("transparency")
        for index in used:
            if isinstance(transparency, int):
                opacity = 0 if index == transparency else 255
            elif isinstance(transparency, bytes) and index < len(transparency):
                opacity = transparency[index]
            else:
                opacity = 255
            self.see_through = self.see_through or opacity < 255
            rgb = palette[3 * index : 3 * index + 3]
            if opacity and len(rgb) == 3 and max(rgb) - min(rgb) > GRAY_SPREAD:
                self.colour = True


def _alpha_min(image: Image.Image) -> int:
    return _extrema(image.getchannel("A"))[0]


def _extrema(band: Image.Image) -> tuple[int, int]:
    """The lowest and highest value of a one-band 8-bit picture."""
    low, high = band.getextrema()
    return int(cast(float, low)), int(cast(float, high))


def _levels(piece: Image.Image) -> list[int]:
    """The values that occur in a one-band 8-bit picture ("L", "P"): gray levels, palette indexes."""
    return [value for _, value in piece.getcolors(256) or () if isinstance(value, int)]


def _gray_see_through(piece: Image.Image) -> bool:
    if piece.mode in _GRAY_ALPHA_MODES:
        return _alpha_min(piece.convert("LA")) < 255
    transparency = piece.info.get("transparency")
    if piece.mode == "L" and isinstance(transparency, int):  # one gray level marked transparent
        return transparency in _levels(piece)
    return False


def _to_gray(image: Image.Image) -> Image.Image:
    """Grayscale, compositing transparency onto white so a logo matches its flattened copy."""
    if _transparent(image):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    if image.mode in _WIDE_GRAY_MODES:
        return _eight_bit_gray(image)
    if image.mode == "LAB":  # CIELab (scanners, prints): Pillow goes to gray only by way of RGB
        return image.convert("RGB").convert("L")
    return image.convert("L")


def _eight_bit_gray(image: Image.Image) -> Image.Image:
    """16-bit gray (scans, PNGs) in 8 bits: scaled, so that mid-gray stays mid-gray, not clipped to white."""
    return image.convert("I").point(lambda value: value / 256).convert("L")


def _gray_bytes_per_pixel(image: Image.Image) -> int:
    """Bytes per pixel of the copies _to_gray makes on its way."""
    if _transparent(image):
        return 13  # the RGBA copy, the white background, the composite and the gray result
    if image.mode in _WIDE_GRAY_MODES:
        return 9  # the "I" copy, its scaled copy and the gray result
    if image.mode in _ONE_BYTE_MODES:
        return 1
    return 5  # "CMYK" and "LAB", among others, go through "RGB" on the way to gray


def _transparent(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def _display_stream(stream: IO[bytes], max_side: int | None, draft_side: int | None) -> DisplayImage:
    """decode_for_display() of an opened file: limits first, then pixels, colours, size, orientation."""
    # Not `with Image.open(...)`: closing the picture would free the pixels returned; `_decode`
    # closes the stream.
    image = _opened(stream, Code.TOO_LARGE_TO_SHOW)
    image_format = image.format or "unknown"
    width, height = image.size
    if draft_side is not None:
        scale = min(1.0, draft_side / max(width, height))
        image.draft("RGB", (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))))
    # Before anything that loads pixels: reading a PNG's EXIF decodes the whole picture.
    needed = _display_cost(image, (width, height), max_side)
    if needed > DECODE_BUDGET:
        raise ImageProblem(Code.TOO_LARGE_TO_SHOW(needed=amount(needed), budget=amount(DECODE_BUDGET)))
    orientation = _orientation(image)
    image.load()
    shown = _display_pixels(image, max_side)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    # The transposes of ImageOps.exif_transpose, applied here to the reduced picture: cheaper than
    # turning the full-size one, and the same orientation the scan's working image gets.
    if orientation in _UPRIGHT:
        shown = shown.transpose(_UPRIGHT[orientation])
    return DisplayImage(shown, width, height, image_format)


def _display_pixels(image: Image.Image, max_side: int | None) -> Image.Image:
    """The loaded `image` in RGB or RGBA, its long side at most `max_side`.

    Colours are settled before reducing (a palette must not be averaged as indices); gray becomes
    RGB after it, where that is cheap.
    """
    converted_to = _full_size_mode(image)
    if converted_to == "L":
        image = _in_strips(image, "L", _eight_bit_gray)
    elif converted_to is not None:
        image = image.convert(converted_to)
    if max_side is not None:
        # A whole-factor reduce does most of it (fast, and light on memory), bilinear the rest.
        image.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=1.0)
    if image.mode in ("L", "LA"):
        image = image.convert(image.mode.replace("L", "RGB"))
    return image


def _full_size_mode(image: Image.Image) -> str | None:
    """The mode `image` is converted to before it is reduced; None: it is reduced as it is."""
    if image.mode in _WIDE_GRAY_MODES:
        return "L"
    if _has_alpha(image):
        return None if image.mode in ("LA", "RGBA") else "RGBA"  # palettes, "transparency" colours
    return None if image.mode in _DISPLAY_MODES else "RGB"  # palettes, "CMYK", "1", "YCbCr", "F" …


def _has_alpha(image: Image.Image) -> bool:
    if image.mode in _WIDE_GRAY_MODES:
        return False  # a 16-bit transparent colour: too rare to be worth it
    return image.mode in _ALPHA_MODES or "transparency" in image.info


def _in_strips(image: Image.Image, mode: str, convert: Callable[[Image.Image], Image.Image]) -> Image.Image:
    """`convert(image)` into `mode`, made a strip at a time so its intermediate copies stay small."""
    width, height = image.size
    rows = _strip_rows(width, 1)
    if rows >= height:
        return convert(image)
    result = Image.new(mode, image.size)
    for top in range(0, height, rows):
        result.paste(convert(image.crop((0, top, width, min(top + rows, height)))), (0, top))
    return result


def _display_cost(image: Image.Image, full_size: tuple[int, int], max_side: int | None) -> int:
    """Bytes that loading `image` (opened, draft() already chosen) and making its display copy take.

    The copies are those `_display_pixels` makes: the colour conversion at full size; when
    reducing, Pillow's premultiplied copy of a transparent picture, the whole-factor reduction and
    the reduced picture; the RGB(A) conversion of gray; the upright turn (assumed: reading the
    orientation of a PNG would load its pixels). Against peaks measured with Pillow 13 on 24 MP
    pictures it is at most 5% under (a JPEG's codec buffers) and mostly well over.
    """
    width, height = image.size
    pixels = width * height
    loaded = pixels * (_bytes_per_pixel(image.mode) + _CODEC_BYTES_PER_PIXEL.get(image.format or "", 0))
    converted_to = _full_size_mode(image)
    if converted_to == "L":
        converted = pixels + min(_strip_rows(width, 1), height) * width * _gray_bytes_per_pixel(image)
    else:
        converted = 0 if converted_to is None else pixels * 4
    shown_width, shown_height, reducing, copies = width, height, 0, 1
    if max_side is not None and max(width, height) > max_side:
        scale = max_side / max(width, height)
        shown_width, shown_height = max(1, round(width * scale)), max(1, round(height * scale))
        factor = max(1, int(1 / scale))
        reducing = 4 * (-(-width // factor) * -(-height // factor) if factor > 1 else 0)
        copies += 1
        if _has_alpha(image):
            reducing += 4 * pixels
            copies += 1  # premultiplied, then back
    if (converted_to or image.mode) in ("L", "LA"):
        copies += 1
    shown = 4 * shown_width * shown_height
    return loaded + converted + reducing + copies * shown + _jpeg_coefficients(image, full_size)
