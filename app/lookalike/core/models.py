"""The plain data that passes between the stages of a scan."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from itertools import repeat
from pathlib import Path
from typing import Any, TypeVar

from lookalike.core.reasons import Reason


class Mode(StrEnum):
    """What counts as a duplicate."""

    EXACT = "exact"  # byte-identical files only
    SIMILAR = "similar"  # byte-identical plus visually similar


class Algorithm(StrEnum):
    """The perceptual hash used to find similar candidates."""

    PHASH = "phash"
    DHASH = "dhash"
    AHASH = "ahash"
    WHASH = "whash"


class Kind(StrEnum):
    """A group's kind in the scan result: all members byte-identical, or not."""

    EXACT = "exact"
    SIMILAR = "similar"


class Tier(StrEnum):
    """How close a file is to its group's reference, strictest first."""

    EXACT = "exact"  # the same bytes
    PIXELS = "pixels"  # the same pixels at the checked size: re-saved, converted, metadata changed
    SIMILAR = "similar"  # visually similar


# Raster formats that Pillow and pillow-heif decode in-process. Never EPS/PS or PDF: Pillow hands
# PostScript to Ghostscript, an external program.
IMAGE_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".gif", ".bmp", ".dib", ".tif", ".tiff",
        ".webp", ".avif", ".heic", ".heif", ".hif", ".ico",
        ".ppm", ".pgm", ".pbm", ".pnm",  # Netpbm
        ".tga",  # Truevision TGA
        ".jp2", ".j2k", ".jpf", ".jpx",  # JPEG 2000 (Pillow's OpenJPEG codec)
    }
)  # fmt: skip
RAW_EXTENSIONS: frozenset[str] = frozenset(
    {".dng", ".cr2", ".cr3", ".nef", ".arw", ".orf", ".rw2", ".raf", ".pef", ".srw"}
)


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything that decides what a scan finds. Defaults are what a person gets."""

    mode: Mode = Mode.SIMILAR
    algorithm: Algorithm = Algorithm.PHASH
    hash_size: int = 8
    threshold: int | None = None  # None: one eighth of the hash bits (8 for a 64-bit hash)
    rotations: bool = True  # also match mirrored and 90°-rotated copies
    reference_roots: tuple[Path, ...] = ()  # images here are never suggested for deletion
    recursive: bool = True
    follow_links: bool = False  # follow symlinked folders and files, but never out of the roots
    include_cloud_only: bool = False  # also read files that are only in the cloud (downloads them)
    include_hidden: bool = False
    min_size: int = 0  # bytes; smaller files are skipped
    exclude: tuple[str, ...] = ()  # files and folders left out (discovery.exclusion_rules: the syntax)
    extensions: frozenset[str] = IMAGE_EXTENSIONS | RAW_EXTENSIONS
    use_cache: bool = True
    cache_dir: Path | None = None  # None: the platform's cache folder
    workers: int = 0  # 0: one per CPU core
    verify: bool = True  # pixel-level check of every similar candidate pair

    @property
    def hash_bits(self) -> int:
        return self.hash_size * self.hash_size

    @property
    def effective_threshold(self) -> int:
        return self.threshold if self.threshold is not None else self.hash_bits // 8

    @property
    def fingerprint_key(self) -> str:
        """Identifies the settings a cached fingerprint was computed with."""
        return f"{self.algorithm.value}-{self.hash_size}-{'rot' if self.rotations else 'norot'}"


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """What says a file is still the one a scan saw: any edit, swap or copy-over changes one of these.

    A same-size edit with its modification time set back still changes ctime_ns (only the
    system clock can set that), and a file replaced by another gets another inode.
    """

    device: int
    inode: int  # 0 where the file system has none (some network drives): then not compared alone
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileIdentity:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file found by discovery, identified by what we can learn without reading it."""

    path: Path  # absolute
    size: int
    mtime_ns: int
    in_reference_root: bool = False
    device: int = 0
    inode: int = 0
    ctime_ns: int | None = None  # None: not known (a result saved before identities were recorded)
    links: int = 1  # names this file has on its file system (hard links); >1 frees no space when trashed

    @classmethod
    def from_stat(cls, path: Path, st: os.stat_result, *, in_reference_root: bool = False) -> FileEntry:
        return cls(
            path, st.st_size, st.st_mtime_ns, in_reference_root, st.st_dev, st.st_ino, st.st_ctime_ns,
            max(1, st.st_nlink),
        )  # fmt: skip

    @property
    def identity(self) -> FileIdentity | None:
        if self.ctime_ns is None:
            return None
        return FileIdentity(self.device, self.inode, self.size, self.mtime_ns, self.ctime_ns)


CUT_HASHES = 9  # hashes in Fingerprint.crop_hashes: one per cut (fingerprint.CUTS)
MASKED_WINDOWS = 9  # hashes in Fingerprint.masked_hashes: one per window of a 3x3 grid


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What one read and one reduced decode of a file tell us about it."""

    digest: str  # hex XXH3-128 of the file's bytes (fingerprint.digest_bytes): its identity
    width: int  # as displayed, after EXIF orientation
    height: int
    format: str  # Pillow's name: JPEG, PNG, HEIF, ...
    taken_at: str | None  # EXIF DateTimeOriginal as ISO 8601, when present
    # Perceptual hashes, packed: each big-endian in `hash_width` bytes, one after the other (a
    # million pictures' eight hashes as integers take 300 MB more). The first is the image as
    # shown; with rotation detection the other seven dihedral variants (rotations, mirrors)
    # follow. `hashes` gives them as integers.
    packed_hashes: bytes
    # THUMB_SIDE² grayscale pixels, row-major, for the pixel-level check; b"" when not held in
    # memory: a scan with the cache leaves them there and matching fetches the few it needs.
    thumb: bytes
    flat: bool  # too little detail for a perceptual hash to mean anything
    # Hashes of the picture (as shown) with a few percent cut off at each corner, each side and
    # all round (fingerprint.CUTS): a copy cropped from this picture is often nearer one of them
    # than hashes[0]. Packed, big-endian, one after the other (bytes: a tuple of integers would
    # cost a million pictures hundreds of MB more); b"" for algorithms other than pHash and for
    # fingerprints saved before them. cut_hashes() gives them as integers.
    crop_hashes: bytes = b""
    # Hashes of the picture with one window of a 3x3 grid blanked out, window by window
    # (fingerprint._masked_words): a copy with an opaque logo or box pasted over part of it
    # has the same hash as its original with that part blanked. With rotations each is the least
    # of its eight turns and mirrors, so a turned copy has the same. Packed like crop_hashes; b""
    # for algorithms other than pHash and for fingerprints saved before them.
    masked_hashes: bytes = b""

    @property
    def hashes(self) -> tuple[int, ...]:
        """The perceptual hashes as integers: hashes[0] the image as shown, then its variants."""
        return _unpacked(self.packed_hashes, self.hash_width)

    def cut_hashes(self) -> tuple[int, ...]:
        """The cut hashes as integers, like `hashes`."""
        return _unpacked(self.crop_hashes, len(self.crop_hashes) // CUT_HASHES)

    # What the picture holds, for choosing which copy to keep. The defaults are what a result or
    # session saved before they were recorded reads as.
    camera: str = ""  # EXIF Make and Model ("Canon EOS 80D"), "" when absent
    grayscale: bool = False  # no pixel shows colour (a gray picture saved as RGB included)
    alpha: bool = False  # some pixel is not fully opaque (not merely an alpha channel)
    frames: int = 1  # frames of an animation or pages of a document
    # Fine detail over coarser detail of the working decode (see fingerprint.fine_detail); two
    # pictures of one size with other values lost or gained sharpness (blurred, re-compressed hard).
    # 0.0: not known (a result saved before it was recorded).
    sharpness: float = 0.0
    hash_width: int = 8  # bytes per hash in packed_hashes: hash_width_of(the hash's bits)


def hash_width_of(bits: int) -> int:
    """Bytes per hash of `bits` bits in Fingerprint.packed_hashes."""
    return -(-bits // 8)


def pack_hashes(hashes: Iterable[int], width: int = 8) -> bytes:
    """Integer hashes as Fingerprint.packed_hashes holds them, `width` bytes each."""
    return b"".join(value.to_bytes(width, "big") for value in hashes)


def _unpacked(packed: bytes, width: int) -> tuple[int, ...]:
    if not packed:
        return ()
    return tuple(int.from_bytes(packed[i : i + width], "big") for i in range(0, len(packed), width))


THUMB_SIDE = 64
# A thumb's gray levels in steps of 3, each at most 1 off (as `thumb.translate(THUMB_LEVELS)`): a
# thumb packs about a third smaller so (the cache's largest part), and the pixel check's figures
# move by a fraction of the 0.4 levels two decodes of one picture already differ by.
THUMB_LEVELS = bytes(min(255, 3 * round(level / 3)) for level in range(256))


def thumb_from_its_file(width: int, height: int) -> bool:
    """Whether a picture of this size fits in its thumb, which the cache file then does not keep
    (the file, a few kB, holds every pixel the thumb would): only the scan that read it keeps it
    while it runs (cache._keep_for_now), and a later grouping makes it again from the file (see
    matching._Thumbs). Such thumbs took 1.9 of the 2.5 kB a picture that the cache of 100,000
    small pictures held; making one again takes about 0.2 ms of a 64x48 PNG, reading it from the
    cache a quarter of that."""
    return width <= THUMB_SIDE and height <= THUMB_SIDE


_Made = TypeVar("_Made")


def made_by_fields(kind: type[_Made], count: int, values: Mapping[str, Iterable[Any]]) -> list[_Made]:
    """`count` objects of the frozen slots dataclass `kind` (FileEntry, Fingerprint), each field's
    values from `values`, set field by field: each field is set on all of them in one pass through
    its slot, as the dataclass's own __init__ would set it. That __init__ calls object.__setattr__
    once per field, 3-4 us an object; this takes under 1 us. Through __init__ where `kind` has no
    slots or does more in __post_init__."""
    names = [slot.name for slot in fields(kind)]  # type: ignore[arg-type]
    if "__slots__" not in vars(kind) or hasattr(kind, "__post_init__"):
        return [kind(*row) for row in zip(*(values[name] for name in names), strict=True)]
    made = list(map(object.__new__, repeat(kind, count)))
    for name in names:
        deque(map(getattr(kind, name).__set__, made, values[name]), maxlen=0)
    return made


@dataclass(frozen=True, slots=True)
class ImageRecord:
    """A decodable image found by a scan."""

    entry: FileEntry
    fingerprint: Fingerprint


@dataclass(frozen=True, slots=True)
class ScanError:
    """A file the scan could not use (or left out on purpose), and why."""

    path: Path
    error: Reason


@dataclass(frozen=True, slots=True)
class GroupMember:
    record: ImageRecord
    distance: int  # hash distance to the group's reference (0 for the reference)
    keep: bool  # suggested: keep this copy
    score: float | None = None  # pixel-level similarity to the reference, when checked
    tier: Tier = Tier.EXACT
    changes: tuple[str, ...] = ()  # what differs from the reference, as codes (see core.changes)

    @property
    def path(self) -> Path:
        return self.record.entry.path


@dataclass(frozen=True, slots=True)
class Group:
    """Duplicates of one reference image. members[0] is the reference and suggested keeper."""

    id: int
    kind: Kind
    members: tuple[GroupMember, ...]
    keep_reason: str  # why members[0] is the one to keep, in plain words

    @property
    def reference(self) -> GroupMember:
        return self.members[0]

    @property
    def tier(self) -> Tier:
        """The loosest tier of any member: how alike the whole group is."""
        return max((m.tier for m in self.members), key=list(Tier).index)

    @property
    def reclaimable_bytes(self) -> int:
        """What trashing the DELETE copies frees; a file with other names (hard links) frees nothing."""
        return sum(m.record.entry.size for m in self.members if not m.keep and m.record.entry.links == 1)


@dataclass(frozen=True, slots=True)
class ScanStats:
    files: int = 0  # candidate files found by discovery
    images: int = 0  # files fingerprinted successfully
    cached: int = 0  # of those, taken from the cache
    seconds: float = 0.0
    excluded_files: int = 0  # pictures left out by ScanOptions.exclude
    excluded_folders: int = 0  # folders left out by it (what they hold is not counted)


@dataclass(frozen=True, slots=True)
class ScanResult:
    roots: tuple[Path, ...]
    options: ScanOptions
    groups: tuple[Group, ...]
    errors: tuple[ScanError, ...]
    stats: ScanStats
    # To regroup without re-reading (pictures.Pictures after a scan: columns, not objects).
    images: Sequence[ImageRecord] = field(default=(), repr=False, compare=False)
    cancelled: bool = False
    warnings: tuple[Reason, ...] = ()  # problems with the scan itself, e.g. a rebuilt cache
    skipped: tuple[ScanError, ...] = ()  # files and folders left out on purpose (links, cloud-only files)
    hard_links: tuple[tuple[Path, ...], ...] = ()  # names of one file, the scanned one first


class Phase(StrEnum):
    DISCOVER = "discover"
    FINGERPRINT = "fingerprint"
    MATCH = "match"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Progress:
    phase: Phase
    done: int
    total: int  # 0 while unknown


ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]


def never_cancelled() -> bool:
    return False


def ignore_progress(_progress: Progress) -> None:
    return None
