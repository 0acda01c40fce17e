"""Remember fingerprints between scans, so a rescan reads only what changed.

One SQLite file in the platform's cache folder. An entry is valid while the
file's identity (path, device, inode, size, modification and change times) and
the fingerprint settings match: a same-size edit whose modification time was set
back still changes the change time. Paths are kept as the file system's bytes,
so names that are not valid UTF-8 work too. A corrupt or outdated cache file is
set aside and rebuilt; a cache folder that cannot be used is reported, never fatal.

It also keeps the groups of the last scan per fingerprint settings, under a key
computed from everything grouping depends on (every image's fingerprint and
file facts, the grouping options, the "not duplicates" decisions and the source
of the grouping code): when a rescan finds nothing changed, it reuses them
instead of regrouping, so it needs neither NumPy nor Pillow.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

try:  # hashlib's own BLAKE2b, without loading OpenSSL as `import hashlib` does (5 % of a rescan)
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

from lookalike.core.models import (
    CORNER_CUTS,
    MASKED_WINDOWS,
    FileEntry,
    Fingerprint,
    Group,
    GroupMember,
    ImageRecord,
    Kind,
    ScanOptions,
    Tier,
)
from lookalike.core.reasons import Code, Reason

log = logging.getLogger(__name__)

# Bump when the way fingerprints are computed changes: old entries then stop matching.
# 2: 64x64 thumbs for the pixel-level check; 3: NumPy pHash; 4: XXH3 digest; 5: the turned pHashes
# come from one DCT (a few bits differ from the old per-image ones); 6: the camera, whether the picture
# is gray or see-through, and its frames (JPEGs decoded as YCbCr; the gray is the same); 7: its
# sharpness (fine over coarse detail); 8: the corner-cut hashes that find cropped copies; 9: those
# packed as bytes; 10: the masked hashes that find copies with a logo pasted over part of them
FINGERPRINT_VERSION = 10
# 2: the groupings table; 3: drops the rows with BLAKE2b digests; 4: rows keyed by the file's identity;
# 5: drops the rows of fingerprint version 5, which no scan can use any more; 6: the same for version 7;
# 7: for version 8; 8: for version 9
_SCHEMA = 8
CACHE_FILE = "fingerprints.sqlite3"
# Bump when what find_groups returns for the same input changes in a way the source files below
# do not show (e.g. a dependency's behaviour); edits to those files change the key by themselves.
GROUPS_VERSION = 1
_GROUPING_SOURCES = (
    "matching.py",
    "verify.py",
    "changes.py",
    "closer_look.py",
    "selection.py",
    "hamming.py",
    "decisions.py",
    "models.py",
)


# Thumbs fetched per query: SQLite allows 32,766 parameters; 500 keeps each statement small.
_THUMB_BATCH = 500


class ThumbsUnavailable(LookupError):
    """The thumbs a regrouping needs are neither in memory nor in the cache any more; `reason` says
    which (str() in English)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


class CacheUnusable(OSError):
    """The cache folder or file cannot be used at all; `reason` says why (str() in English)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _path_key(path: Path) -> bytes:
    """The path as the file system's bytes: lossless for names that are not valid UTF-8."""
    return os.fsencode(path)


def _identity(entry: FileEntry) -> tuple[int, int, int, int, int]:
    return (entry.device, entry.inode, entry.size, entry.mtime_ns, entry.ctime_ns or 0)


def default_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("lookalike", appauthor=False)


class FingerprintCache:
    """Fingerprints keyed by (path, file identity, settings key).

    Raises CacheUnusable when the folder or file cannot be used (read-only, full, a
    file in the folder's place): the scan then goes on without a cache.
    """

    def __init__(self, directory: Path, settings_key: str, hash_width: int = 8) -> None:
        self.path = directory / CACHE_FILE
        self.settings_key = f"v{FINGERPRINT_VERSION}-{settings_key}"
        self.hash_width = hash_width  # bytes per perceptual hash under these settings (Fingerprint)
        self.warnings: list[Reason] = []
        try:
            directory.mkdir(parents=True, exist_ok=True)
            try:
                self._connection = self._open()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and _unusable(exc):
                    raise
                self._set_aside(exc)
                self._connection = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise CacheUnusable(Code.CACHE_UNUSABLE(folder=str(directory), error=_reason(exc))) from exc

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, check_same_thread=False)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            connection.execute("PRAGMA synchronous=NORMAL")
            if version != _SCHEMA:  # a new file or an old layout; an up-to-date one is not written to here
                connection.execute("DROP TABLE IF EXISTS fingerprints")
                connection.execute("DROP TABLE IF EXISTS groupings")
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute(
                    "CREATE TABLE fingerprints ("
                    " path BLOB NOT NULL, settings TEXT NOT NULL, identity TEXT NOT NULL,"
                    " meta TEXT NOT NULL, thumb BLOB NOT NULL, PRIMARY KEY (path, settings))"
                )
                connection.execute(
                    "CREATE TABLE groupings ("
                    " settings TEXT PRIMARY KEY, key TEXT NOT NULL, groups TEXT NOT NULL)"
                )
                connection.execute(f"PRAGMA user_version={_SCHEMA}")
                connection.commit()
            connection.execute("SELECT count(*) FROM fingerprints").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _set_aside(self, exc: Exception) -> None:
        message = Code.CACHE_REBUILT(file=str(self.path), error=str(exc))
        log.warning("%s", message)
        self.warnings.append(message)
        for suffix in ("", "-wal", "-shm"):
            damaged = Path(f"{self.path}{suffix}")
            if damaged.exists():
                os.replace(damaged, Path(f"{damaged}.damaged"))

    def load(self, entries: Iterable[FileEntry]) -> dict[Path, Fingerprint]:
        """Return the cached fingerprints that are still valid for `entries`, without their thumbs.

        The thumbs stay in the file (thumb=b""): only the pixel check of candidate pairs needs
        them, and thumbs() fetches those. They were 4 of 5.5 KB per image in memory.
        """
        wanted = {_path_key(entry.path): entry for entry in entries}
        found: dict[Path, Fingerprint] = {}
        sizes: dict[int, int] = {}  # one int object per width or height, not two per picture
        try:
            rows = self._connection.execute(
                "SELECT path, identity, meta FROM fingerprints WHERE settings = ?", (self.settings_key,)
            )
            for path, identity, meta in rows:
                entry = wanted.get(path)
                if entry is None or identity != repr(_identity(entry)):
                    continue
                found[entry.path] = _decode(meta, b"", sizes, self.hash_width)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            try:
                self._set_aside(exc)
                self._connection = self._open()
            except (OSError, sqlite3.Error) as again:
                self.warnings.append(Code.CACHE_FILE_UNUSABLE(file=str(self.path), error=_reason(again)))
            return {}
        return found

    def store(self, items: Iterable[tuple[FileEntry, Fingerprint]]) -> bool:
        """Write the fingerprints, thumbs included; False when the cache could not be written."""
        rows = [
            (_path_key(entry.path), self.settings_key, repr(_identity(entry)), *_encode(fingerprint))
            for entry, fingerprint in items
        ]
        if not rows:
            return True
        try:
            with self._connection:
                self._connection.executemany(
                    "INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?, ?, ?)", rows
                )
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)
            return False
        return True

    def thumbs(self, records: Iterable[ImageRecord]) -> dict[str, bytes]:
        """The stored thumbs of `records`, by content digest, read in batches.

        A row counts only while it still describes the record (same size, modification time
        and digest). Raises ThumbsUnavailable when any is missing: the cache was cleared or the
        file rescanned since these records were made.
        """
        wanted = {_path_key(record.entry.path): record for record in records}
        found: dict[str, bytes] = {}
        paths = list(wanted)
        try:
            for start in range(0, len(paths), _THUMB_BATCH):
                batch = paths[start : start + _THUMB_BATCH]
                rows = self._connection.execute(
                    "SELECT path, identity, meta, thumb FROM fingerprints"
                    f" WHERE settings = ? AND path IN ({', '.join('?' * len(batch))})",
                    (self.settings_key, *batch),
                )
                for path, identity, meta, thumb in rows:
                    record = wanted[path]
                    digest = record.fingerprint.digest
                    if identity == repr(_identity(record.entry)) and json.loads(meta)["digest"] == digest:
                        found[digest] = bytes(thumb)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            unreadable = Code.CACHE_THUMBS_UNREADABLE(file=str(self.path), error=str(exc))
            raise ThumbsUnavailable(unreadable) from exc
        missing = {record.fingerprint.digest for record in wanted.values()} - found.keys()
        if missing:
            raise ThumbsUnavailable(Code.CACHE_THUMBS_GONE(file=str(self.path), count=len(missing)))
        return found

    def load_groups(self, key: str, records: Sequence[ImageRecord]) -> tuple[Group, ...] | None:
        """The groups stored under `key` for these `records` (in this order), or None."""
        try:
            row = self._connection.execute(
                "SELECT key, groups FROM groupings WHERE settings = ?", (self.settings_key,)
            ).fetchone()
            if row is None or row[0] != key:
                return None
            return _decode_groups(row[1], records)
        except (sqlite3.Error, ValueError, KeyError, TypeError, IndexError) as exc:
            log.warning("Ignoring the stored groups of the last scan: %s", exc)
            return None

    def store_groups(self, key: str, groups: Sequence[Group], records: Sequence[ImageRecord]) -> None:
        """Keep `groups` (made from `records`) as the last scan's, replacing the previous ones."""
        try:
            with self._connection:
                self._connection.execute(
                    "INSERT OR REPLACE INTO groupings VALUES (?, ?, ?)",
                    (self.settings_key, key, _encode_groups(groups, records)),
                )
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)

    def close(self) -> None:
        self._connection.close()


def _unusable(exc: sqlite3.OperationalError) -> bool:
    """Whether SQLite's error means the place is unusable, not that the file is damaged."""
    text = str(exc).lower()
    signs = ("readonly", "read-only", "unable to open", "disk is full", "disk i/o")
    return any(sign in text for sign in signs)


def _reason(exc: BaseException) -> str | Reason:
    """Why the cache cannot be used: the system's or SQLite's words, or ours where SQLite's are obscure."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return Code.FOLDER_READ_ONLY()
    if "disk is full" in text:
        return Code.DISK_FULL()
    return text


def _code_identity() -> bytes:
    """What identifies the grouping code: its source files, or the version of a frozen build."""
    folder = Path(__file__).parent
    try:
        return b"\0".join((folder / name).read_bytes() for name in _GROUPING_SOURCES)
    except OSError:  # a frozen build without sources: a release changes the version
        from lookalike import __version__

        return f"{__version__} {sys.executable}".encode()


def grouping_key(
    records: Sequence[ImageRecord], options: ScanOptions, not_duplicates: Iterable[tuple[str, str]]
) -> str:
    """A digest of everything find_groups(records, options, not_duplicates=...) depends on."""
    hasher = blake2b(digest_size=20)
    hasher.update(_code_identity())
    settings = (
        GROUPS_VERSION, FINGERPRINT_VERSION, options.mode.value, options.algorithm.value,
        options.hash_size, options.effective_threshold, options.rotations, options.verify,
    )  # fmt: skip
    hasher.update(repr(settings).encode())
    hasher.update(repr(sorted(not_duplicates)).encode())
    # The thumb is not hashed: it is a function of the content (digest) under FINGERPRINT_VERSION.
    for record in records:
        entry, fingerprint = record.entry, record.fingerprint
        facts = (
            os.fsencode(entry.path), _identity(entry), entry.links, entry.in_reference_root,
            fingerprint.digest, fingerprint.width, fingerprint.height, fingerprint.format,
            fingerprint.taken_at, fingerprint.packed_hashes, fingerprint.crop_hashes, fingerprint.flat,
            fingerprint.camera, fingerprint.masked_hashes,
            fingerprint.grayscale, fingerprint.alpha, fingerprint.frames, fingerprint.sharpness,
        )  # fmt: skip
        hasher.update(repr(facts).encode())
        hasher.update(b"\n")
    return hasher.hexdigest()


def _encode_groups(groups: Sequence[Group], records: Sequence[ImageRecord]) -> str:
    index = {id(record): number for number, record in enumerate(records)}
    return json.dumps(
        [
            [
                group.kind.value,
                group.keep_reason,
                [
                    [index[id(m.record)], m.distance, m.keep, m.score, m.tier.value, list(m.changes)]
                    for m in group.members
                ],
            ]
            for group in groups
        ],
        separators=(",", ":"),
    )


def _decode_groups(text: str, records: Sequence[ImageRecord]) -> tuple[Group, ...]:
    def record_at(number: object) -> ImageRecord:
        if not isinstance(number, int) or not 0 <= number < len(records):
            raise IndexError(f"no image number {number!r} in this scan")
        return records[number]

    groups = []
    for number, (kind, keep_reason, members) in enumerate(json.loads(text), start=1):
        rows = tuple(
            GroupMember(
                record_at(record),
                int(distance),
                bool(keep),
                None if score is None else float(score),
                Tier(tier),
                tuple(str(change) for change in changes),
            )
            for record, distance, keep, score, tier, changes in members
        )
        groups.append(Group(id=number, kind=Kind(kind), members=rows, keep_reason=str(keep_reason)))
    return tuple(groups)


def _encode(fingerprint: Fingerprint) -> tuple[str, bytes]:
    meta = {
        "digest": fingerprint.digest,
        "width": fingerprint.width,
        "height": fingerprint.height,
        "format": fingerprint.format,
        "taken_at": fingerprint.taken_at,
        "hashes": [format(h, "x") for h in fingerprint.hashes],
        "crop_hashes": fingerprint.crop_hashes.hex(),
        "masked_hashes": fingerprint.masked_hashes.hex(),
        "flat": fingerprint.flat,
        "camera": fingerprint.camera,
        "grayscale": fingerprint.grayscale,
        "alpha": fingerprint.alpha,
        "frames": fingerprint.frames,
        "sharpness": fingerprint.sharpness,
    }
    return json.dumps(meta, separators=(",", ":")), fingerprint.thumb


def _decode(meta_text: str, thumb: bytes, sizes: dict[int, int], hash_width: int) -> Fingerprint:
    """The fingerprint stored as `meta_text`, its hashes `hash_width` bytes each. What many
    pictures share (format, camera, sizes through `sizes`) is one object for all of them: JSON
    makes one per picture."""
    meta = json.loads(meta_text)
    width, height = int(meta["width"]), int(meta["height"])
    hashes = meta["hashes"]
    packed = bytes.fromhex("".join(str(value).zfill(2 * hash_width) for value in hashes))
    if len(packed) != hash_width * len(hashes):
        raise ValueError(f"a hash longer than {hash_width} bytes")
    crop_hashes = bytes.fromhex(meta.get("crop_hashes", ""))
    masked_hashes = bytes.fromhex(meta.get("masked_hashes", ""))
    for extra, count in ((crop_hashes, CORNER_CUTS), (masked_hashes, MASKED_WINDOWS)):
        if extra and len(extra) != count * hash_width:
            raise ValueError(f"{len(extra)} bytes where {count} hashes of {hash_width} bytes belong")
    return Fingerprint(
        digest=str(meta["digest"]),
        width=sizes.setdefault(width, width),
        height=sizes.setdefault(height, height),
        format=sys.intern(str(meta["format"])),
        taken_at=meta["taken_at"],
        packed_hashes=packed,
        crop_hashes=crop_hashes,
        masked_hashes=masked_hashes,
        thumb=bytes(thumb),
        flat=bool(meta["flat"]),
        camera=sys.intern(str(meta.get("camera", ""))),
        grayscale=bool(meta.get("grayscale", False)),
        alpha=bool(meta.get("alpha", False)),
        frames=max(1, int(meta.get("frames", 1))),
        sharpness=float(meta.get("sharpness", 0.0)),
        hash_width=hash_width,
    )
