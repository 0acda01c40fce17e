"""Remember fingerprints between scans, so a rescan reads only what changed.

One SQLite file in the platform's cache folder. An entry is valid while the
file's identity (path, device, inode, size, modification and change times) and
the fingerprint settings match: a same-size edit whose modification time was set
back still changes the change time. Paths are kept as the file system's bytes,
so names that are not valid UTF-8 work too. A corrupt or outdated cache file is
set aside and rebuilt; a cache folder that cannot be used is reported, never fatal.

Each Fingerprint field has a column of its own (a field added to Fingerprint gets one, and a
cache without it is rebuilt), so loading 100,000 rows is SQLite's work plus one Fingerprint
each, not a JSON document per picture; the thumbs, which only the pixel check of candidate
pairs needs, have a table of their own, by content.

It also keeps the groups of the last scan per fingerprint settings, under a key
computed from everything grouping depends on (every image's file and content, the
grouping options, the "not duplicates" decisions and the source of the grouping
code): when a rescan finds nothing changed, it reuses them instead of regrouping,
so it needs neither NumPy nor Pillow.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any

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
# 7: for version 8; 8: for version 9; 9: a column per Fingerprint field instead of a JSON text, the
# identity packed, the thumbs in a table of their own by content
_SCHEMA = 9
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

# Each Fingerprint field but these is a column of the fingerprints table, named after it: the thumb
# is in the thumbs table, and the hash width follows from the settings.
_NOT_COLUMNS = ("thumb", "hash_width")
# A column's SQL type and what its stored values must be (SQLite keeps any value in any column), by
# the field's annotation. A field of another type fails here, at import, rather than being lost.
_KINDS = {
    "str": ("TEXT NOT NULL", "typeof({0}) = 'text'"),
    "str | None": ("TEXT", "typeof({0}) IN ('text', 'null')"),
    "int": ("INTEGER NOT NULL", "typeof({0}) = 'integer'"),
    "bool": ("INTEGER NOT NULL", "typeof({0}) = 'integer' AND {0} IN (0, 1)"),
    "float": ("REAL NOT NULL", "typeof({0}) = 'real'"),
    "bytes": ("BLOB NOT NULL", "typeof({0}) = 'blob'"),
}
try:
    _COLUMNS = {
        field.name: _KINDS[str(field.type)] for field in fields(Fingerprint) if field.name not in _NOT_COLUMNS
    }
except KeyError as unknown:
    raise TypeError(f"the fingerprint cache cannot keep a Fingerprint field of type {unknown}") from None
# The other packed hashes (hash_width bytes each): how many a fingerprint holds, or none.
_HASH_COUNTS = {"crop_hashes": CORNER_CUTS, "masked_hashes": MASKED_WINDOWS}
# Values many pictures share, made one object for all of them as they are loaded (SQLite makes one
# per picture): 11 MB at 100,000 pictures.
_SHARED = frozenset({"width", "height", "format", "camera"})
# The identity as stored: device, inode, size, mtime_ns, ctime_ns (see _identity).
_IDENTITY = struct.Struct("<QQqqq")


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


def _identity(entry: FileEntry) -> bytes:
    """The file's identity as the cache keeps it: five numbers packed in 40 bytes, or where one does
    not fit 64 bits (a 128-bit file ID) their text, made longer than 40 bytes so the two never meet."""
    numbers = (entry.device, entry.inode, entry.size, entry.mtime_ns, entry.ctime_ns or 0)
    try:
        return _IDENTITY.pack(*numbers)
    except struct.error:
        return repr(numbers).encode().ljust(_IDENTITY.size + 1)


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
            columns = [row[1] for row in connection.execute("PRAGMA table_info(fingerprints)")]
            # A new file, an old layout, or Fingerprint's fields changed since this one was made; an
            # up-to-date one is not written to here.
            if version != _SCHEMA or columns != ["settings", "path", "identity", *_COLUMNS]:
                for table in ("fingerprints", "thumbs", "groupings"):
                    connection.execute(f"DROP TABLE IF EXISTS {table}")
                connection.execute("PRAGMA journal_mode=WAL")
                facts = ", ".join(f'"{name}" {kind}' for name, (kind, _) in _COLUMNS.items())
                connection.execute(
                    "CREATE TABLE fingerprints (settings TEXT NOT NULL, path BLOB NOT NULL,"
                    f" identity BLOB NOT NULL, {facts}, PRIMARY KEY (settings, path)) WITHOUT ROWID"
                )
                connection.execute(
                    "CREATE TABLE thumbs (settings TEXT NOT NULL, digest TEXT NOT NULL, thumb BLOB NOT NULL,"
                    " PRIMARY KEY (settings, digest)) WITHOUT ROWID"
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

    def load(self, entries: Sequence[FileEntry]) -> list[Fingerprint | None]:
        """The cached fingerprint of each of `entries` while it is still valid for it, else None;
        without their thumbs.

        The thumbs stay in the file (thumb=b""): only the pixel check of candidate pairs needs
        them, and thumbs() fetches those. They were 4 of 5.5 KB per image in memory.
        """
        position = {os.fsencode(entry.path): number for number, entry in enumerate(entries)}
        identities = list(map(_identity, entries))
        found: list[Fingerprint | None] = [None] * len(entries)
        try:
            valid: list[tuple[Any, ...]] = []
            numbers: list[int] = []
            for row in self._connection.execute(self._select(), (self.settings_key,)):
                number = position.get(row[0])
                if number is not None and row[1] == identities[number]:
                    if not row[-1]:
                        raise ValueError(f"values no fingerprint can have, for {os.fsdecode(row[0])}")
                    valid.append(row)
                    numbers.append(number)
            for number, fingerprint in zip(numbers, self._fingerprints(valid), strict=True):
                found[number] = fingerprint
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            try:
                self._set_aside(exc)
                self._connection = self._open()
            except (OSError, sqlite3.Error) as again:
                self.warnings.append(Code.CACHE_FILE_UNUSABLE(file=str(self.path), error=_reason(again)))
            return [None] * len(entries)
        return found

    def _select(self) -> str:
        """The query of load(): path, identity, the fingerprint's columns, and whether their values
        are ones a fingerprint can have under these settings (checked by SQLite, not per value here)."""
        checks = [check.format(f'"{name}"') for name, (_, check) in _COLUMNS.items()]
        width = int(self.hash_width)
        checks.append(f"length(packed_hashes) % {width} = 0")
        checks += [f"length({name}) IN (0, {count * width})" for name, count in _HASH_COUNTS.items()]
        columns = ", ".join(f'"{name}"' for name in _COLUMNS)
        return (
            f"SELECT path, identity, {columns}, {' AND '.join(checks)} FROM fingerprints WHERE settings = ?"
        )

    def _fingerprints(self, rows: list[tuple[Any, ...]]) -> Iterator[Fingerprint]:
        """Fingerprints from load()'s rows, made column by column: SQLite gives 0 and 1 for a bool,
        and a new object for each picture's format, camera and size."""
        if not rows:
            return iter(())
        by_name = dict(zip(_COLUMNS, list(zip(*rows, strict=True))[2:-1], strict=True))
        shared: dict[object, object] = {}
        arguments: list[Iterable[object]] = []
        for field in fields(Fingerprint):
            if field.name == "thumb":
                arguments.append(repeat(b""))
            elif field.name == "hash_width":
                arguments.append(repeat(self.hash_width))
            elif field.type == "bool":
                arguments.append(map(bool, by_name[field.name]))
            elif field.name in _SHARED:
                arguments.append(map(shared.setdefault, by_name[field.name], by_name[field.name]))
            else:
                arguments.append(by_name[field.name])
        return map(Fingerprint, *arguments)

    def store(self, items: Iterable[tuple[FileEntry, Fingerprint]]) -> bool:
        """Write the fingerprints, thumbs included; False when the cache could not be written."""
        settings = self.settings_key
        rows, thumbs = [], []
        values = attrgetter(*_COLUMNS)
        for entry, fingerprint in items:
            rows.append((settings, os.fsencode(entry.path), _identity(entry), *values(fingerprint)))
            if fingerprint.thumb:
                thumbs.append((settings, fingerprint.digest, fingerprint.thumb))
        if not rows:
            return True
        try:
            with self._connection:
                self._connection.executemany(
                    f"INSERT OR REPLACE INTO fingerprints VALUES ({', '.join('?' * len(rows[0]))})", rows
                )
                self._connection.executemany("INSERT OR REPLACE INTO thumbs VALUES (?, ?, ?)", thumbs)
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)
            return False
        return True

    def thumbs(self, records: Iterable[ImageRecord]) -> dict[str, bytes]:
        """The stored thumbs of `records`, by content digest, read in batches.

        A thumb is a function of the content under these settings, so any file's with that digest
        will do. Raises ThumbsUnavailable when any is missing: the cache was cleared since these
        records were made.
        """
        digests = sorted({record.fingerprint.digest for record in records})
        found: dict[str, bytes] = {}
        try:
            for start in range(0, len(digests), _THUMB_BATCH):
                batch = digests[start : start + _THUMB_BATCH]
                rows = self._connection.execute(
                    "SELECT digest, thumb FROM thumbs"
                    f" WHERE settings = ? AND digest IN ({', '.join('?' * len(batch))})",
                    (self.settings_key, *batch),
                )
                found.update((digest, bytes(thumb)) for digest, thumb in rows)
        except sqlite3.Error as exc:
            unreadable = Code.CACHE_THUMBS_UNREADABLE(file=str(self.path), error=str(exc))
            raise ThumbsUnavailable(unreadable) from exc
        missing = len(digests) - len(found)
        if missing:
            raise ThumbsUnavailable(Code.CACHE_THUMBS_GONE(file=str(self.path), count=missing))
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
    """A digest of everything find_groups(records, options, not_duplicates=...) depends on.

    Each record counts by its file (path, identity, hard links, in a reference folder or not) and
    its content digest, not by each value of its fingerprint: under the fingerprint settings those
    are a function of the content, as the thumb always was (the cache itself takes them by the
    file's identity). The repr of every value took 0.6 s of a rescan of 100,000 pictures; this
    hashes the records column by column.
    """
    hasher = blake2b(digest_size=20)
    hasher.update(_code_identity())
    settings = (
        GROUPS_VERSION, FINGERPRINT_VERSION, options.mode.value, options.algorithm.value,
        options.hash_size, options.effective_threshold, options.rotations, options.verify,
    )  # fmt: skip
    hasher.update(repr(settings).encode())
    hasher.update(repr(sorted(not_duplicates)).encode())
    hasher.update(b"%d records\n" % len(records))
    entries = list(map(attrgetter("entry"), records))
    # No path holds a NUL; lone surrogates (names that are not UTF-8) pass through as themselves.
    hasher.update("\0".join(map(str, map(attrgetter("path"), entries))).encode("utf-8", "surrogatepass"))
    for name in ("device", "inode", "size", "mtime_ns", "ctime_ns", "links"):
        hasher.update(_numbers(map(attrgetter(name), entries)))
    hasher.update(bytes(map(attrgetter("in_reference_root"), entries)))
    hasher.update("".join(map(attrgetter("fingerprint.digest"), records)).encode())
    return hasher.hexdigest()


def _numbers(values: Iterable[int | None]) -> bytes:
    """A column of whole numbers (None as -1) as bytes to hash: packed, or as text where one does
    not fit 64 bits."""
    column = [-1 if value is None else value for value in values]
    try:
        return b"q" + array("q", column).tobytes()
    except OverflowError:
        return b"r" + repr(column).encode()


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
