"""One read and one reduced decode per file: content digest, perceptual hashes, thumb."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt
import xxhash
from PIL import Image, ImageChops, ImageFilter

from lookalike.core.imaging import ImageProblem, Source, decode, decode_working
from lookalike.core.models import (
    CUT_HASHES,
    MASKED_WINDOWS,
    THUMB_LEVELS,
    THUMB_SIDE,
    Algorithm,
    FileEntry,
    Fingerprint,
    ScanError,
    ScanOptions,
    hash_width_of,
)
from lookalike.core.opening import AnotherFile, NotAFile, open_regular
from lookalike.core.reasons import Code

log = logging.getLogger(__name__)

# Files larger than this are digested in chunks and decoded from disk, not held in memory.
LARGE_FILE = 256 * 1024 * 1024
# A thumb whose pixels vary less than this (standard deviation, 0-255) is "flat":
# solid colours and near-empty pages, whose hashes are noise.
FLAT_STDDEV = 6.0

# The eight ways to rotate and mirror a picture; index 0 leaves it as it is.
DIHEDRAL: tuple[tuple[Image.Transpose, ...], ...] = (
    (),
    (Image.Transpose.ROTATE_90,),
    (Image.Transpose.ROTATE_180,),
    (Image.Transpose.ROTATE_270,),
    (Image.Transpose.FLIP_LEFT_RIGHT,),
    (Image.Transpose.FLIP_TOP_BOTTOM,),
    (Image.Transpose.TRANSPOSE,),
    (Image.Transpose.TRANSVERSE,),
)
# DIHEDRAL[i] as what it does to a pixel array (rows top to bottom; PIL's ROTATE_90 turns
# counter-clockwise): transpose it or not, then reverse its rows or not, then its columns or not.
_DIHEDRAL_STEPS: tuple[tuple[bool, bool, bool], ...] = (
    (False, False, False),
    (True, True, False),
    (False, True, True),
    (True, False, True),
    (False, False, True),
    (False, True, False),
    (True, False, False),
    (True, True, True),
)


# The content digest is a file's identity: exact-copy groups, "not duplicates" decisions, the
# groups cache and the re-check before trashing all compare it. XXH3-128 takes about 0.3 ms for
# a 3 MB photo where BLAKE2b took 3.4 ms (a tenth of the whole per-file cost). It is not
# cryptographic, which is not needed here: nobody gains by crafting two photos that collide in
# one person's folders, and the chance that two different files collide by accident is about
# n² / 2**129, under 1e-28 for a million files. Changing it means bumping cache.FINGERPRINT_VERSION,
# decisions.DIGEST_FORMAT and review.SESSION_VERSION.
def digest_bytes(data: bytes) -> str:
    return xxhash.xxh3_128_hexdigest(data)


def read_regular(path: Path, found: FileEntry | None = None) -> bytes | None:
    """Every byte of the regular file at `path` (see open_regular), or None when it holds more than
    LARGE_FILE: a file found small may have grown, or been swapped for a huge one, since."""
    with os.fdopen(open_regular(path, found=found), "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > LARGE_FILE:
            return None
        data = stream.read(size + 1)
        if len(data) > size:  # it grows as it is read: the rest, as far as LARGE_FILE
            data += stream.read(LARGE_FILE + 1 - len(data))
    return data if len(data) <= LARGE_FILE else None


def digest_file(path: Path) -> str:
    with os.fdopen(open_regular(path), "rb") as stream:
        return digest_stream(stream)


def digest_stream(stream: BinaryIO) -> str:
    """digest_bytes of everything left in `stream`, read in chunks: for files of any size."""
    hasher = xxhash.xxh3_128()
    while chunk := stream.read(4 * 1024 * 1024):
        hasher.update(chunk)
    return hasher.hexdigest()


@cache
def _dct_rows(size: int, keep: int) -> npt.NDArray[np.float64]:
    """Rows 0..keep-1 of the unnormalised DCT-II that SciPy's fftpack.dct computes.

    y[k] = 2 * sum over n of x[n] * cos(pi * k * (2n + 1) / (2 * size)).
    """
    n = np.arange(size)
    k = np.arange(keep)[:, None]
    matrix: npt.NDArray[np.float64] = 2.0 * np.cos(np.pi * k * (2 * n + 1) / (2 * size))
    return matrix


def _phash_pixels(image: Image.Image, hash_size: int, highfreq_factor: int) -> npt.NDArray[np.float64]:
    """The grayscale image Lanczos-resized to (hash_size * highfreq_factor)², as pHash sees it."""
    if hash_size < 2:
        raise ValueError("Hash size must be greater than or equal to 2")
    size = hash_size * highfreq_factor
    gray = image if image.mode == "L" else image.convert("L")
    return np.asarray(gray.resize((size, size), Image.Resampling.LANCZOS), dtype=np.float64)


def _phash_low(image: Image.Image, hash_size: int, highfreq_factor: int) -> npt.NDArray[np.float64]:
    """The top-left hash_size² coefficients of the 2-D DCT-II of the resized grayscale image."""
    return _low_coefficients(_phash_pixels(image, hash_size, highfreq_factor), hash_size)


def _low_coefficients(pixels: npt.NDArray[np.float64], hash_size: int) -> npt.NDArray[np.float64]:
    rows = _dct_rows(len(pixels), hash_size)
    low: npt.NDArray[np.float64] = np.round(rows @ pixels @ rows.T, 6)  # along axis 0, then axis 1
    return low


# A copy cropped by a few percent off one to four sides moves pHash by 8 to 20 bits, beyond the
# threshold; the same picture with about as much cut off is nearer. So each picture is also hashed
# with CUTS cut off: CROP_CUT at each corner (two sides), SIDE_CUT off each side alone (a crop of one
# side), CENTRE_CUT off every side (a frame taken away). Each cut is (top, bottom, left, right), as
# shares of the side. Measured on 1,200 crops of photos generated apart from any benchmark corpus
# (3-10 % per axis off one to four sides, also resized; and 3 % off every side): within 8 bits of
# the copy 92 % of the time by the nearest of the four corners alone, 97 % with the side and centre
# cuts; and found by the index's approximate search of the cuts (see matching._candidates) 90 %
# of the time with the corners alone, 96-97 % with all nine. Cuts of one size cannot serve every
# crop: with the corners at 7 % the 3 % crops fall beyond the threshold, at 4 % the 10 % ones.
CROP_CUT = 0.05
SIDE_CUT = 0.07
CENTRE_CUT = 0.03
_c, _s, _m = CROP_CUT, SIDE_CUT, CENTRE_CUT
CUTS: tuple[tuple[float, float, float, float], ...] = (
    (_c, 0.0, _c, 0.0), (_c, 0.0, 0.0, _c), (0.0, _c, _c, 0.0), (0.0, _c, 0.0, _c),  # the corners
    (_s, 0.0, 0.0, 0.0), (0.0, _s, 0.0, 0.0), (0.0, 0.0, _s, 0.0), (0.0, 0.0, 0.0, _s),  # the sides
    (_m, _m, _m, _m),  # the centre
)  # fmt: skip
assert len(CUTS) == CUT_HASHES


@cache
def _cut_matrix(size: int, start: float, end: float) -> npt.NDArray[np.float64]:
    """M such that M @ column resamples the column without its first `start` and last `end` (as
    shares of its length) back to `size` pixels, bilinearly."""
    source = (start + (np.arange(size) + 0.5) * (1.0 - start - end) / size) * size - 0.5
    low = np.clip(np.floor(source).astype(int), 0, size - 1)
    high = np.clip(low + 1, 0, size - 1)
    weight = source - np.floor(source)
    matrix = np.zeros((size, size))
    np.add.at(matrix, (np.arange(size), low), 1 - weight)
    np.add.at(matrix, (np.arange(size), high), weight)
    return matrix


def cut_phash_bits(image: Image.Image, hash_size: int = 8, highfreq_factor: int = 4) -> npt.NDArray[np.bool_]:
    """(CUT_HASHES, n, n): the pHash bits of the picture with each of CUTS cut off.

    The cut is made on the resized pixels pHash works on (a bilinear resample of 32x32, not a
    new Lanczos resize of the picture): a few small matrix products per cut.
    """
    return _cut_bits(_phash_pixels(image, hash_size, highfreq_factor), hash_size)


def _cut_bits(pixels: npt.NDArray[np.float64], hash_size: int) -> npt.NDArray[np.bool_]:
    left, right = _cut_transforms(len(pixels), hash_size)
    # Each cut's low DCT coefficients, as _low_coefficients takes them of the cut pixels: the cut
    # and the DCT are one product on each side, all cuts at once.
    low = np.round(left @ pixels @ right, 6)
    medians = _medians(low.reshape(len(CUTS), -1))
    bits: npt.NDArray[np.bool_] = low > medians[:, None, None]
    return bits


@cache
def _cut_transforms(side: int, hash_size: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """(L, R), each stacked cut by cut (CUTS), such that L[k] @ pixels @ R[k] is the low DCT of the
    pixels with cut k cut off and resampled back to `side`."""
    rows = _dct_rows(side, hash_size)
    left = np.stack([rows @ _cut_matrix(side, top, bottom) for top, bottom, _, _ in CUTS])
    right = np.stack([(rows @ _cut_matrix(side, start, end)).T for _, _, start, end in CUTS])
    return left, right


def phash_bits(image: Image.Image, hash_size: int = 8, highfreq_factor: int = 4) -> npt.NDArray[np.bool_]:
    """imagehash.phash's bits, computed without SciPy (whose import alone costs about 0.3 s).

    The same steps: grayscale, Lanczos resize to (hash_size * highfreq_factor)², 2-D DCT-II,
    the top-left hash_size² coefficients compared with their median. Only the low
    frequencies are needed, so the DCT is two small matrix products. Rounding to 1e-6
    keeps coefficients that are exactly equal in theory (e.g. all odd frequencies of a
    mirror-symmetric picture are 0) equal in floating point too, so such pictures hash the
    same on every machine; where imagehash leaves those bits to rounding noise, they are 0 here.
    Every other bit is imagehash's (tests/core/test_phash.py).
    """
    low = _phash_low(image, hash_size, highfreq_factor)
    bits: npt.NDArray[np.bool_] = low > np.median(low)
    return bits


@cache
def _dihedral_signs(hash_size: int) -> npt.NDArray[np.float64]:
    """(8, hash_size, hash_size): the sign each DIHEDRAL variant gives DCT coefficient (u, v).

    Reversing an array's columns multiplies its coefficient (u, v) by (-1)**v, reversing its
    rows by (-1)**u: row k of the DCT matrix read backwards is (-1)**k times itself.
    """
    parity = np.arange(hash_size) % 2
    signs = np.ones((len(DIHEDRAL), hash_size, hash_size))
    for index, (_, reverse_rows, reverse_columns) in enumerate(_DIHEDRAL_STEPS):
        if reverse_rows:
            signs[index][parity == 1, :] *= -1
        if reverse_columns:
            signs[index][:, parity == 1] *= -1
    return signs


_TRANSPOSED = np.array([steps[0] for steps in _DIHEDRAL_STEPS])


def dihedral_phash_bits(
    image: Image.Image, hash_size: int = 8, highfreq_factor: int = 4, variants: int = len(DIHEDRAL)
) -> npt.NDArray[np.bool_]:
    """The pHash bits of DIHEDRAL[0..variants-1] applied to the resized image, (variants, n, n).

    Exactly phash_bits(resized.transpose(...)) for each variant, where `resized` is the
    Lanczos-resized grayscale image phash_bits works on, but from one resize and one DCT: a
    transpose of the pixels transposes the coefficients, a reversal flips the sign of every
    odd frequency along its axis (_dihedral_signs). Each variant's coefficients have their own
    median, so each is compared with its own. Variant 0 is phash_bits(image).

    Turning the resized image rather than the picture is what a turned copy on disk comes to
    as well: its resize differs from the turned resize only by Pillow's rounding of one
    8-bit pass before the other (a gray level here and there), far less than a re-encode
    changes, and the pixel check compares the turned thumbs either way.
    """
    return _dihedral_bits(_phash_low(image, hash_size, highfreq_factor), variants)


def _dihedral_bits(low: npt.NDArray[np.float64], variants: int) -> npt.NDArray[np.bool_]:
    hash_size = len(low)
    turned = np.where(_TRANSPOSED[:variants, None, None], low.T, low)
    blocks = turned * _dihedral_signs(hash_size)[:variants]
    medians = _medians(blocks.reshape(variants, -1))
    bits: npt.NDArray[np.bool_] = blocks > medians[:, None, None]
    return bits


# An opaque logo, caption box or sticker pasted over 5-15 % of a picture moves its pHash by 10 to 30
# bits, beyond any threshold that keeps strangers apart. Blank the same window of both pictures and
# the rest agrees: with a window that covers the box, the copy's masked hash equals its original's.
# Windows of MASK_SIDE of the side at 0, 3/16 and 3/8 of it (a 3x3 grid, each overlapping the next by
# two thirds) cover such a box almost anywhere. Measured on the accuracy benchmark's logo copies
# (seeds 0 and 1, 160 copies, half of them also turned or mirrored): 150 share a masked hash with
# their original exactly. On seed 0, windows of half the side caught 45 of 80; a 4x4 grid 79 of 80
# but with half as many pairs of strangers again (161 against 110, mostly screenshots of one app).
MASK_SIDE = 5 / 8


@cache
def _window_masks(size: int) -> npt.NDArray[np.bool_]:
    """(MASKED_WINDOWS, size, size): where each window of the 3x3 grid lies, row by row."""
    side = round(size * MASK_SIDE)
    starts = (0, (size - side) // 2, size - side)
    masks = np.zeros((MASKED_WINDOWS, size, size), dtype=np.bool_)
    for index, (top, left) in enumerate((top, left) for top in starts for left in starts):
        masks[index, top : top + side, left : left + side] = True
    return masks


def _masked_words(pixels: npt.NDArray[np.float64], hash_size: int, *, turned: bool) -> bytes:
    """The pHash of the resized picture (`pixels`, as _phash_pixels makes them) with each window of
    _window_masks in turn filled with the mean of the rest, packed window by window as
    Fingerprint.masked_hashes holds them.

    With `turned`, each is the least (as a big-endian number) of the pHashes of its eight
    DIHEDRAL variants (as dihedral_phash_bits makes them): a turned or mirrored copy blanked at
    the window its turn takes this one to has the same least hash. So the hashes do not depend
    on which way the picture faces, and a window's turns (corners, edges, the centre) are
    where its match can be.
    """
    masks = _window_masks(len(pixels))
    inside = masks.sum(axis=(1, 2))
    fill = (pixels.sum() - (masks * pixels).sum(axis=(1, 2))) / (pixels.size - inside)
    blanked = np.where(masks, fill[:, None, None], pixels)
    rows = _dct_rows(len(pixels), hash_size)
    low = np.round(rows @ blanked @ rows.T, 6)  # (windows, n, n)
    variants = len(DIHEDRAL) if turned else 1
    turns = np.where(_TRANSPOSED[None, :variants, None, None], low.transpose(0, 2, 1)[:, None], low[:, None])
    blocks = turns * _dihedral_signs(hash_size)[:variants]  # (windows, variants, n, n)
    medians = _medians(blocks.reshape(MASKED_WINDOWS, variants, -1))
    bits = blocks > medians[:, :, None, None]
    packed = np.packbits(bits.reshape(MASKED_WINDOWS, variants, -1), axis=2)  # big-endian bytes
    if packed.shape[2] == 8:  # 64-bit hashes: compared as big-endian numbers, which is as bytes
        least_words: bytes = packed.view(">u8").min(axis=1).astype(">u8").tobytes()
        return least_words
    least = [min(bytes(word) for word in window) for window in packed]
    return b"".join(least)


def _medians(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """np.median(values, axis=-1), the same numbers (the middle value, or the mean of the middle
    two) without its bookkeeping: three medians a picture cost 0.2 ms of the 1 ms a small picture
    takes to fingerprint, and under the GIL. Sorted rather than partitioned: rows of 64 values
    sort in 8.5 us where partitioning them took 14.5 (the masked windows' 72 rows)."""
    count = values.shape[-1]
    half = count // 2
    ordered = np.sort(values, axis=-1)
    if count % 2:
        middle: npt.NDArray[np.float64] = ordered[..., half]
        return middle
    means: npt.NDArray[np.float64] = (ordered[..., half - 1] + ordered[..., half]) / 2
    return means


def _packed_bits(bits: npt.NDArray[np.bool_]) -> bytes:
    return np.packbits(bits.flatten()).tobytes()


# What the working image's hashes are, packed as Fingerprint holds them: (packed_hashes,
# crop_hashes, masked_hashes).
Hasher = Callable[[Image.Image], tuple[bytes, bytes, bytes]]


def _hasher(options: ScanOptions) -> Hasher:
    """The hashes of the working image: as it is, then (with rotations) its other seven variants;
    for pHash also its cut hashes and masked windows (other algorithms have none)."""
    size = options.hash_size
    variants = len(DIHEDRAL) if options.rotations else 1
    if options.algorithm is Algorithm.PHASH:

        def phash(image: Image.Image) -> tuple[bytes, bytes, bytes]:
            pixels = _phash_pixels(image, size, 4)  # one resize for all of them
            hashes = _dihedral_bits(_low_coefficients(pixels, size), variants)
            cuts = _cut_bits(pixels, size)
            return (
                np.packbits(hashes.reshape(variants, -1), axis=1).tobytes(),
                np.packbits(cuts.reshape(len(CUTS), -1), axis=1).tobytes(),
                _masked_words(pixels, size, turned=options.rotations),
            )

        return phash
    # ImageHash's wHash pulls in PyWavelets and SciPy: import it only for the algorithms that need it.
    import imagehash

    functions: dict[Algorithm, Callable[[Image.Image], imagehash.ImageHash]] = {
        Algorithm.DHASH: lambda image: imagehash.dhash(image, hash_size=size),
        Algorithm.AHASH: lambda image: imagehash.average_hash(image, hash_size=size),
        Algorithm.WHASH: lambda image: imagehash.whash(image, hash_size=size, image_scale=size * 4),
    }
    function = functions[options.algorithm]

    def other(image: Image.Image) -> tuple[bytes, bytes, bytes]:
        turns = (_variant(image, transposes) for transposes in DIHEDRAL[:variants])
        return b"".join(_packed_bits(function(turn).hash) for turn in turns), b"", b""

    return other


def _variant(image: Image.Image, transposes: tuple[Image.Transpose, ...]) -> Image.Image:
    for transpose in transposes:
        image = image.transpose(transpose)
    return image


def make_fingerprinter(options: ScanOptions) -> Callable[[FileEntry], Fingerprint | ScanError]:
    """Return a function that fingerprints one file; safe to call from several threads."""
    from_content = make_content_fingerprinter(options)

    def fingerprint(entry: FileEntry) -> Fingerprint | ScanError:
        try:
            return compute(entry)
        except Exception as exc:  # a codec bug must cost one file, not the scan
            log.exception("Unexpected failure on %s", entry.path)
            return ScanError(entry.path, Code.UNEXPECTED_FAILURE(error=type(exc).__name__, detail=str(exc)))

    def compute(entry: FileEntry) -> Fingerprint | ScanError:
        try:
            data = read_regular(entry.path, entry) if entry.size <= LARGE_FILE else None
            if data is None:  # large, now if not when it was found: a piece at a time, decoded
                # from the file opened for its digest, whatever has taken its name since
                with os.fdopen(open_regular(entry.path, found=entry), "rb") as stream:
                    return from_content(stream, digest_stream(stream), entry.path.suffix)
            if not data:
                return ScanError(entry.path, Code.EMPTY_FILE())
            return from_content(data, digest_bytes(data), entry.path.suffix)
        except ImageProblem as problem:
            return ScanError(entry.path, problem.reason)
        except NotAFile:
            return ScanError(entry.path, Code.REPLACED_DURING_SCAN())
        except AnotherFile:
            return ScanError(entry.path, Code.ANOTHER_FILE_DURING_SCAN())
        except FileNotFoundError:
            return ScanError(entry.path, Code.DISAPPEARED_DURING_SCAN())
        except PermissionError:
            return ScanError(entry.path, Code.NO_PERMISSION_TO_READ())
        except OSError as exc:
            return ScanError(entry.path, Code.FILE_UNREADABLE(error=exc.strerror or str(exc)))

    return fingerprint


def make_content_fingerprinter(options: ScanOptions) -> Callable[[Source, str, str], Fingerprint]:
    """Return a function (content, digest, suffix) -> Fingerprint that raises ImageProblem for
    content that is not a usable picture. The content is the file's bytes, or, too large to hold,
    its path or the file opened (imaging.Source). The scan and the re-check before acting both use
    it."""
    hash_image = _hasher(options)
    width = hash_width_of(options.hash_bits)

    def from_content(content: Source, digest: str, suffix: str) -> Fingerprint:
        decoded = decode(content, suffix)
        working = decoded.working
        thumb = _thumb(working)
        flat = float(np.asarray(thumb, dtype=np.float32).std()) < FLAT_STDDEV  # of every level
        hashes, crop_hashes, masked_hashes = hash_image(working)
        return Fingerprint(
            digest=digest,
            width=decoded.width,
            height=decoded.height,
            format=decoded.format,
            taken_at=decoded.taken_at,
            packed_hashes=hashes,
            crop_hashes=crop_hashes,
            masked_hashes=masked_hashes,
            thumb=thumb_levels(thumb),
            flat=flat,
            camera=decoded.camera,
            grayscale=decoded.grayscale,
            alpha=decoded.alpha,
            frames=decoded.frames,
            sharpness=fine_detail(working),
            hash_width=width,
        )

    return from_content


def _thumb(working: Image.Image) -> Image.Image:
    """A picture's thumb, at every gray level (thumb_levels takes the fingerprint's)."""
    return working.resize((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BOX)


def thumb_of_file(entry: FileEntry, digest: str) -> bytes | None:
    """The thumb a fingerprint of the file at `entry` has, made again from the file, or None when
    the file no longer holds the content `digest` names (changed, gone, swapped for a link or
    something else) or cannot be read or decoded: a thumb is only ever made from that content."""
    try:
        with os.fdopen(open_regular(entry.path), "rb") as stream:
            if os.fstat(stream.fileno()).st_size != entry.size:
                return None  # another content, not read: a small picture swapped for a huge file
            if entry.size > LARGE_FILE:
                if digest_stream(stream) != digest:
                    return None
                content: Source = stream  # decoded from the file whose digest was taken
            else:
                content = stream.read(entry.size + 1)  # no more, should it grow meanwhile
                if digest_bytes(content) != digest:
                    return None
            return thumb_levels(_thumb(decode_working(content, entry.path.suffix)))
    except (OSError, ImageProblem):
        return None
    except Exception:  # a codec bug: as for the scan, it costs that picture
        log.exception("Unexpected failure making the thumb of %s again", entry.path)
        return None


def thumb_levels(thumb: Image.Image) -> bytes:
    """A fingerprint's thumb of its 64x64 gray picture: the pixels in steps of THUMB_LEVELS."""
    return thumb.tobytes().translate(THUMB_LEVELS)


def gray_thumb(image: Image.Image) -> bytes:
    """The thumb a fingerprint of a picture decoded as `image` holds (transparency over white, box
    filter, levels in steps), for a picture shown rather than scanned (the compare view)."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
    return thumb_levels(image.convert("L").resize((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BOX))


def fine_detail(working: Image.Image) -> float:
    """How much of the picture's detail is fine: its mean difference from a 3x3 blur of itself over
    that from a 9x9 blur. A blurred copy of the same size has about 0.4 of its original's value,
    a JPEG re-saved at quality 50 about 0.6, at 75 about 0.8, a PNG or WebP about 0.98 (measured
    on the accuracy benchmark's photos); a flat picture, 0."""
    fine = _mean_level(ImageChops.difference(working, working.filter(ImageFilter.BoxBlur(1))))
    coarse = _mean_level(ImageChops.difference(working, working.filter(ImageFilter.BoxBlur(4))))
    return round(fine / coarse, 4) if coarse > 0.05 else 0.0


_LEVELS = np.arange(256, dtype=np.int64)


def _mean_level(image: Image.Image) -> float:
    """ImageStat.Stat(image).mean[0] of an "L" image, the same number (the histogram's exact sum
    over its count) without ImageStat's loops over the histogram in Python (0.06 ms a picture)."""
    counts = np.asarray(image.histogram(), dtype=np.int64)
    return float(counts @ _LEVELS) / int(counts.sum())
