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
so it needs neither NumPy nor Pillow. When something did change, the checks earlier groupings made of
candidate pairs (matching.PairChecks, by content digests, under the same code) are recalled, so
only the pairs they did not see are checked: the closer looks read files again. What the groups
said of each member (tier and changes) is kept the same way, so a regrouping describes only new
pairs. The thumbs' scores without a crop, most checks kept, are kept as columns (thumb_scores) and
recalled by the pictures' places in the grouping (matching.RecalledScores); the rest as rows.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import math
import os
import sqlite3
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from itertools import accumulate, pairwise, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

try:  # hashlib's own BLAKE2b, without loading OpenSSL as `import hashlib` does (5 % of a rescan)
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

from lookalike.core.models import (
    CUT_HASHES,
    MASKED_WINDOWS,
    THUMB_LEVELS,
    THUMB_SIDE,
    FileEntry,
    Fingerprint,
    Group,
    GroupMember,
    ImageRecord,
    Kind,
    ScanOptions,
    Tier,
    made_by_fields,
    thumb_from_its_file,
)
from lookalike.core.pictures import Gathering, JoinedBytes, Pictures
from lookalike.core.reasons import Code, Reason

if TYPE_CHECKING:  # NumPy's: loaded only when there is grouping to do
    import numpy as np
    import numpy.typing as npt

    from lookalike.core.matching import AskedChecks, PairChecks, RecalledScores
    from lookalike.core.parts import GroupingParts
    from lookalike.core.verify import Crop

log = logging.getLogger(__name__)

# Bump when the way fingerprints are computed changes: old entries then stop matching.
# 2: 64x64 thumbs for the pixel-level check; 3: NumPy pHash; 4: XXH3 digest; 5: the turned pHashes
# come from one DCT (a few bits differ from the old per-image ones); 6: the camera, whether the picture
# is gray or see-through, and its frames (JPEGs decoded as YCbCr; the gray is the same); 7: its
# sharpness (fine over coarse detail); 8: the corner-cut hashes that find cropped copies; 9: those
# packed as bytes; 10: the masked hashes that find copies with a logo pasted over part of them; 11: nine
# cut hashes (the corners, the sides, the centre) instead of the four corners
FINGERPRINT_VERSION = 11
# 2: the groupings table; 3: drops the rows with BLAKE2b digests; 4: rows keyed by the file's identity;
# 5: drops the rows of fingerprint version 5, which no scan can use any more; 6: the same for version 7;
# 7: for version 8; 8: for version 9; 9: a column per Fingerprint field instead of a JSON text, the
# identity packed, the thumbs in a table of their own by content, the last scan's files and
# fingerprints column by column; 10: the checks table; 11: the searches table; 12: the thumb_scores
# table (9 to 11 are brought up to 12 as they are)
_SCHEMA = 12
# The page size of a new cache file, and its thumbs kept by rowid: a packed thumb (about 2 KB)
# then shares a page with others. In 4 KB pages keyed by digest (the files made before) a thumb of
# any size spilled into an overflow page of its own, so packing them saved nothing: 4.5 KB a picture
# either way on the 10,000 pictures of the scale corpus; 2.4 KB so (2.7 KB with 8 KB pages).
_PAGE_SIZE = 16384
CACHE_FILE = "fingerprints.sqlite3"
# Bump when what find_groups returns for the same input changes in a way the source files below
# do not show (e.g. a dependency's behaviour); edits to those files change the key by themselves.
GROUPS_VERSION = 1
# The source files of the code that makes the checks kept of each pair (the thumbs' scores, the
# closer looks, the same-picture looks, the descriptions) and reads them back: the kept checks are
# tied to these alone, so that an update that changes only how likely pairs are found (hamming,
# pair_search), how the pictures are parted or how the keeper is chosen does not check every pair
# again. The closer looks decode the files (imaging, fingerprint): a change there may change their
# verdicts.
_CHECK_SOURCES = (
    "matching.py", "verify.py", "changes.py", "closer_look.py", "pixel_filters.py",
    "decisions.py", "models.py", "imaging.py", "fingerprint.py",
)  # fmt: skip
# Those of all the grouping code (the candidate searches and the groups kept are tied to these):
# the checks' and the search's, the parts' and the keeper rules'.
_GROUPING_SOURCES = (*_CHECK_SOURCES, "selection.py", "hamming.py", "pair_search.py", "parts.py")

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
_TYPES = {field.name: str(field.type) for field in fields(Fingerprint) if field.name not in _NOT_COLUMNS}
try:
    _COLUMNS = {name: _KINDS[annotation] for name, annotation in _TYPES.items()}
except KeyError as unknown:
    raise TypeError(f"the fingerprint cache cannot keep a Fingerprint field of type {unknown}") from None
# The other packed hashes (hash_width bytes each): how many a fingerprint holds, or none.
_HASH_COUNTS = {"crop_hashes": CUT_HASHES, "masked_hashes": MASKED_WINDOWS}
# How the last scan's columns keep each field's values (see _column): bytes one after the other,
# anything else as a JSON list of the distinct values and each picture's place in it. Python's
# types a JSON list gives back, by annotation.
_JSON_TYPES: dict[str, frozenset[type]] = {
    "str": frozenset({str}),
    "str | None": frozenset({str, type(None)}),
    "int": frozenset({int}),
    "int | None": frozenset({int, type(None)}),
    "bool": frozenset({bool}),
    "float": frozenset({float}),
}
# The whole numbers a fingerprint's row can hold (SQLite's), and so its last scan's column.
_INT64 = (-(2**63), 2**63 - 1)
# The identity as stored: device, inode, size, mtime_ns, ctime_ns (see _identity).
_IDENTITY = struct.Struct("<QQqqq")
_IDENTITY_FIELDS = ("device", "inode", "size", "mtime_ns", "ctime_ns")


# Kept checks of pairs (see load_checks): the kind ("thumbs", "closer", "same"), the digests of
# the reference and the copy, the variant and crop (a JSON list or "") they were made with, the
# answer as a JSON list: [score, crop] for the thumbs, [alike, overlay] for the looks.
_CHECKS_TABLE = (
    "CREATE TABLE checks (settings TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL,"
    " a TEXT NOT NULL, b TEXT NOT NULL, variant INTEGER NOT NULL, crop TEXT NOT NULL,"
    " answer TEXT NOT NULL, PRIMARY KEY (settings, kind, a, b, variant, crop)) WITHOUT ROWID"
)
# The candidate search of the last grouping at each threshold (see matching.KeptChecks.recall_search):
# the plans it was made with, the digests of the pictures it searched, its matches.
_SEARCHES_TABLE = (
    "CREATE TABLE searches (settings TEXT NOT NULL, threshold INTEGER NOT NULL, code TEXT NOT NULL,"
    " plans TEXT NOT NULL, digests BLOB NOT NULL, matches BLOB NOT NULL, PRIMARY KEY (settings, threshold))"
)
# The thumbs' checks without a crop (most kept checks) as columns, a part for each batch kept (see
# remember): the digests of the references and the copies (16 bytes each), the variants (a byte
# each), the scores (little-endian doubles). As rows of the checks table, recalling the 1.5 million
# of a regrouping of 500,000 pictures read one row and made one Python object at a time.
_SCORES_TABLE = (
    "CREATE TABLE thumb_scores (settings TEXT NOT NULL, code TEXT NOT NULL, part INTEGER NOT NULL,"
    " refs BLOB NOT NULL, copies BLOB NOT NULL, variants BLOB NOT NULL, scores BLOB NOT NULL,"
    " PRIMARY KEY (settings, code, part))"
)
# What reading a damaged or forged row can raise: a value of the wrong type or size, JSON of
# Infinity where a number belongs (int() of it), JSON nested deeper than Python recurses.
_DAMAGED = (sqlite3.Error, ValueError, KeyError, TypeError, IndexError, OverflowError, RecursionError)
# Parts of thumb_scores beyond which a grouping's last remember() joins them into one.
_SCORE_PARTS_MOST = 16
# Once more checks are kept than this many times those one grouping uses (and a few), the checks of
# pictures that grouping did not hold are dropped: see remember.
_CHECKS_KEPT = 4
_CHECKS_KEPT_ANYWAY = 10_000

# Paths or digests per query: SQLite allows 32,766 parameters; 500 keeps each statement small.
_BATCH = 500
# Pictures whose values are made at once where a pass over all of them writes them down.
_PART = 65_536
# The last scan's pictures written as rows at once when their files are gone (see
# _keep_rows_of_files_gone): their rows, 20 values each, about 40 MB; each part reads every column.
_GONE_PART = 32_768
# Bytes written into a blob at once (see _insert_column).
_BLOB_STEP = 1 << 20
# Rows of last_scan beside its columns: the signatures of its grouping's parts (parts.py), 16 bytes
# each, and the part of each of its groups (an int64 each, -1 for none).
_PARTS, _GROUP_PARTS = ":parts", ":group parts"
# A row of last_scan saying that the fingerprints table holds no row of its files: the scan that
# stored the columns dropped those rows (they took 0.42 KB a picture beside the columns' 0.42),
# and keeps the rows of the files the columns it replaces no longer hold. A last scan without it
# (an earlier version's) may have a row of every file.
_ROWS_DROPPED = ":rows dropped"
SIGNATURE_BYTES = 16
# A column of the last scan as _column makes it: the sizes or places, the values.
_Stored = tuple[bytes, bytes | bytearray]
# A rescan whose pictures are the last scan's and more after them (a new folder) adds the new
# ones' values to each column as a further row, a segment (_segment_name), rather than write every
# column again: 40 MB at 100,000 pictures, the most of storing the groups. Beyond this many
# segments, the columns are written again whole, as one.
_SEGMENTS_MOST = 8


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
    return _packed_identity((entry.device, entry.inode, entry.size, entry.mtime_ns, entry.ctime_ns))


def _packed_identity(identity: tuple[int, int, int, int, int | None]) -> bytes:
    """_identity of (device, inode, size, mtime_ns, ctime_ns)."""
    device, inode, size, mtime_ns, ctime_ns = identity
    numbers = (device, inode, size, mtime_ns, ctime_ns or 0)
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
        self._recalled = 0  # checks the last recall() gave
        self._grouped: AskedChecks | None = None  # what the last recall() was asked
        self._remembered = 0  # checks handed to remember() since the grouping's first
        self._other_code_gone = False  # the checks of other checking code deleted
        # The files' columns of paths and identities load() made, and how many files: the last
        # scan's own when every file is a picture (store_groups).
        self._files_columns: tuple[int, _Stored, _Stored] | None = None
        # Each of the last scan's pictures' number among the files load() was given (-1: not
        # among them, or changed since): a picture's among the scan's pictures when all are.
        self.last_to_now: array[int] | None = None
        # The numbers of the files load() looked up row by row: of the pictures the last scan's
        # columns did not give, the only ones whose rows the table may hold (see _ROWS_DROPPED).
        self._looked_up = array("q")
        # How the load found the last scan's columns, when its pictures were the first of the files
        # (all of them, or new ones after): with this connection's data version then (see
        # _added_as_loaded).
        self._as_loaded: tuple[sqlite3.Connection, int, _Added] | None = None
        self._for_now = False  # whether this connection made its table of thumbs the file keeps none of
        try:
            directory.mkdir(parents=True, exist_ok=True)
            try:
                self._connection = self._open()
            except sqlite3.DatabaseError as exc:
                if _out_of_reach(exc):  # the file stays as it is
                    raise
                self._set_aside(exc)
                self._connection = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise CacheUnusable(Code.CACHE_UNUSABLE(folder=str(directory), error=_reason(exc))) from exc

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, check_same_thread=False)
        try:
            connection.execute("PRAGMA synchronous=NORMAL")
            if _layout(connection) != (_SCHEMA, True):
                # Made or updated by one Lookalike at a time: two scans starting on a new file both
                # made its tables, and the second's failure set the first's file aside as damaged.
                if connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,):
                    # A new file: its page size before it has pages, and before a transaction (within
                    # one the size is fixed already).
                    connection.execute(f"PRAGMA page_size={_PAGE_SIZE}")
                connection.execute("BEGIN IMMEDIATE")
                self._make_tables(connection, *_layout(connection))
                connection.commit()
                connection.execute("PRAGMA journal_mode=WAL")  # kept by the file; not within a transaction
            # A first page of the table read: a file that is no database fails here. Its whole
            # (count(*)) took 0.7 s at a million pictures; damage further in shows when it is read.
            connection.execute("SELECT 1 FROM fingerprints LIMIT 1").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    @staticmethod
    def _make_tables(connection: sqlite3.Connection, version: int, fingerprints_fit: bool) -> None:
        """Bring the file of layout `version` (0: new) up to _SCHEMA, within the caller's transaction:
        the tables added since, or all made anew (a new file, an old layout, or Fingerprint's fields
        changed since it was made). Nothing when another Lookalike did so meanwhile."""
        if version == _SCHEMA and fingerprints_fit:
            return
        if version in (9, 10, 11) and fingerprints_fit:  # its fingerprints are still good
            if version == 9:
                connection.execute(_CHECKS_TABLE)
            if version <= 10:
                connection.execute(_SEARCHES_TABLE)
            connection.execute(_SCORES_TABLE)
            connection.execute(f"PRAGMA user_version={_SCHEMA}")
            return
        for table in (
            *("fingerprints", "thumbs", "groupings", "last_scan"),
            *("checks", "searches", "thumb_scores"),
        ):
            connection.execute(f"DROP TABLE IF EXISTS {table}")
        facts = ", ".join(f'"{name}" {kind}' for name, (kind, _) in _COLUMNS.items())
        connection.execute(
            "CREATE TABLE fingerprints (settings TEXT NOT NULL, path BLOB NOT NULL,"
            f" identity BLOB NOT NULL, {facts}, PRIMARY KEY (settings, path)) WITHOUT ROWID"
        )
        connection.execute(  # rows one after the other, by rowid: see _PAGE_SIZE
            "CREATE TABLE thumbs (settings TEXT NOT NULL, digest TEXT NOT NULL, thumb BLOB NOT NULL,"
            " PRIMARY KEY (settings, digest))"
        )
        connection.execute(
            "CREATE TABLE groupings (settings TEXT PRIMARY KEY, key TEXT NOT NULL, groups TEXT NOT NULL)"
        )
        connection.execute(
            "CREATE TABLE last_scan (settings TEXT NOT NULL, name TEXT NOT NULL, sizes BLOB NOT NULL,"
            " data BLOB NOT NULL, PRIMARY KEY (settings, name))"
        )
        connection.execute(_CHECKS_TABLE)
        connection.execute(_SEARCHES_TABLE)
        connection.execute(_SCORES_TABLE)
        connection.execute(f"PRAGMA user_version={_SCHEMA}")

    def _set_aside(self, exc: Exception) -> None:
        message = Code.CACHE_REBUILT(file=str(self.path), error=str(exc))
        log.warning("%s", message)
        self.warnings.append(message)
        for suffix in ("", "-wal", "-shm"):
            damaged = Path(f"{self.path}{suffix}")
            if damaged.exists():
                os.replace(damaged, Path(f"{damaged}.damaged"))

    def load(self, files: Gathering, unknown: Callable[[list[int]], None] = lambda numbers: None) -> None:
        """Add to `files` the cached fingerprint of each file while it is still valid for it,
        without its thumb; tell `unknown` the numbers of the files the last scan's columns do not
        give, as soon as they are known, before they are looked up row by row (those the rows do
        not hold either are read: see scan._EarlyReader).

        The images of the last scan come from its columns (see store_groups) in a few reads; only
        the files that were not among them, or have changed since, are looked up row by row.
        The thumbs stay in the file (thumb=b""): only the pixel check of candidate pairs needs
        them, and thumbs() fetches those. They were 4 of 5.5 KB per image in memory.
        """
        parts = functools.partial(_in_parts, files.file_values, len(files))
        numbers = [files.file_numbers(name) for name in _IDENTITY_FIELDS]
        identities = _identities_at_once(numbers) or _identity_column(parts)
        paths = _path_column(parts)
        self._files_columns = (len(files), paths, identities)
        self._looked_up = array("q")
        try:
            with self._one_snapshot():
                rest = self._load_last_scan(paths, identities, files, unknown)
                if rest:
                    self._looked_up = array("q", rest)
                    self._load_rows(rest, _values("bytes", *paths), _values("bytes", *identities), files)
        except _DAMAGED as exc:
            unknown(list(range(len(files))))
            files.forget_fingerprints()
            if _out_of_reach(exc):  # every file is read; the file stays as it is
                self.warnings.append(Code.CACHE_FILE_UNUSABLE(file=str(self.path), error=_reason(exc)))
                return
            try:
                self._set_aside(exc)
                self._connection = self._open()
            except (OSError, sqlite3.Error) as again:
                self.warnings.append(Code.CACHE_FILE_UNUSABLE(file=str(self.path), error=_reason(again)))

    @contextlib.contextmanager
    def _one_snapshot(self) -> Iterator[None]:
        """Meanwhile, every read sees the file as it was at the first (one read transaction): a scan
        sharing the cache may store its last scan between two reads, and the paths of one last scan
        taken with another's columns gave files the other scan's fingerprints."""
        began = not self._connection.in_transaction
        if began:
            self._connection.execute("BEGIN")
        try:
            yield
        finally:
            if began:
                with contextlib.suppress(sqlite3.Error):  # nothing was written: it only ends the read
                    self._connection.rollback()

    def _load_last_scan(
        self,
        paths: _Stored,
        identities: _Stored,
        files: Gathering,
        unknown: Callable[[list[int]], None],
    ) -> list[int]:
        """Add to `files` the fingerprints of the last scan's columns where the path and identity
        match (`paths` and `identities`: the files' own, as the columns keep them); the numbers
        of the files left to look up, told to `unknown` before the columns are read."""
        segments: dict[str, int] = {}  # each column's, as read
        distinct: dict[str, int] = {}  # the distinct values of each column that keeps them
        if (stored_paths := self._last_scan_stored("path", segments)) is None:
            unknown(list(range(len(files))))
            return list(range(len(files)))
        stored_identities = self._last_scan_stored("identity", segments)
        rest: list[int] = []
        # Nothing changed: the same files in the same order, so the same columns byte for byte (a
        # comparison of two texts each, where splitting them took 0.05 s at 100,000 files).
        first = True  # the last scan's pictures are the first files, all of them (see _as_loaded)
        if stored_identities == identities and stored_paths == paths:
            count = len(files)
            picks = numbers = list(range(count))
        elif stored_identities is not None and (
            count := _leading_part(stored_paths, paths, stored_identities, identities)
        ):  # the same, and files after them (a new folder, or root, after the others)
            picks = numbers = list(range(count))
            rest = list(range(count, len(files)))
        else:
            first = False
            stored = _values("bytes", *stored_paths)
            known = None if stored_identities is None else _values("bytes", *stored_identities)
            count = len(stored)
            if known is None or len(known) != count:
                raise ValueError("the last scan's identities are missing or as many as its paths")
            place = dict(zip(stored, range(count), strict=True))
            del stored
            picks, numbers = [], []
            keys = zip(_values("bytes", *paths), _values("bytes", *identities), strict=True)
            for number, (key, identity) in enumerate(keys):
                at = place.get(key)
                if at is not None and known[at] == identity:
                    picks.append(at)
                    numbers.append(number)
                else:
                    rest.append(number)
            del place, known
        if rest:
            unknown(rest)
        self.last_to_now = array("q", repeat(-1, count))
        for at, number in zip(picks, numbers, strict=True):
            self.last_to_now[at] = number
        if not picks:
            return rest
        # Each of the last scan's pictures still here, in its order (new ones may be among them):
        # each column's values as they are, not picked one by one.
        leading = picks is numbers or picks == list(range(len(picks)))

        def columns() -> Iterator[tuple[str, Sequence[object]]]:
            """Each field's values of the picked pictures, read and checked a column at a time."""
            for name, annotation in _TYPES.items():
                values = self._last_scan_column(name, annotation, segments, distinct)
                if values is None or len(values) != count:
                    raise ValueError(f"the last scan's {name} are missing or not one for each path")
                lengths = values.lengths if isinstance(values, JoinedBytes) else map(len, values)
                if not _whole_hashes(name, lengths, self.hash_width):
                    raise ValueError(
                        f"the last scan's {name} are not whole hashes of {self.hash_width} bytes"
                    )
                if annotation == "int" and not all(_INT64[0] <= n <= _INT64[1] for n in set(values)):
                    # As a row could not hold them (SQLite's integers): grouping takes them as such.
                    raise ValueError(f"the last scan's {name} are numbers beyond 64 bits")
                if not leading:
                    values = list(map(values.__getitem__, picks))
                yield name, values if len(values) == len(picks) else values[: len(picks)]
            yield from self._unstored(len(picks))

        files.add_fingerprints(numbers, columns())
        noted = (
            first
            and stored_identities is not None
            and segments.keys() == set(_COLUMN_NAMES)  # each column read, each of as many rows
            and len(set(segments.values())) == 1
            and distinct.keys() == {name for name, annotation in _TYPES.items() if annotation != "bytes"}
        )
        version = self._data_version() if noted else None
        if version is not None and stored_identities is not None:
            added = _Added(
                count, len(stored_paths[0]), len(stored_paths[1]), len(stored_identities[1]),
                segments["path"], distinct,
            )  # fmt: skip
            self._as_loaded = (self._connection, version, added)
        return rest

    def _data_version(self) -> int | None:
        """PRAGMA data_version: another connection's commit changes it (not this one's own); None
        when it cannot be read (the columns are then read again to store)."""
        try:
            version: int = self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:
            log.debug("No data version: %s", exc)
            return None
        return version

    def _added_as_loaded(self, paths: _Stored) -> _Added | None:
        """How the pictures of the load's columns of paths (`paths`) add to the last scan's, as
        the load found them, when no other scan has written to the file since: its columns are
        then as the load read them, and _added_to need not read them again (35 ms at 100,000)."""
        if self._as_loaded is None or self._files_columns is None or paths is not self._files_columns[1]:
            return None
        connection, version, added = self._as_loaded
        if connection is not self._connection or self._data_version() != version:  # None: never equal
            return None
        return added if self._segments_take_one_more(added.segments) else None

    def _unstored(self, count: int) -> Iterator[tuple[str, Sequence[object]]]:
        """The fields a fingerprint's row does not hold, for `count` of them: no thumb (it stays in
        the file), the hash width of these settings."""
        yield "thumb", [b""] * count
        yield "hash_width", [self.hash_width] * count

    def _last_scan_column(
        self,
        name: str,
        annotation: str,
        segments: dict[str, int] | None = None,
        distinct: dict[str, int] | None = None,
    ) -> Sequence[Any] | None:
        """One column of the last scan's images (see _column), or None when there is none; bytes
        as they are stored (JoinedBytes). Its segments are counted in `segments`, and the distinct
        values of a column that keeps them in `distinct`."""
        stored = self._last_scan_stored(name, segments)
        if stored is None:
            return None
        if annotation != "bytes":
            values = _distinct_values(annotation, stored[1])
            if distinct is not None:
                distinct[name] = len(values)
            return list(map(values.__getitem__, _stored_numbers(stored[0])))
        return JoinedBytes(_stored_numbers(stored[0]), bytes(stored[1]))

    def _last_scan_stored(
        self, name: str, segments: dict[str, int] | None = None
    ) -> tuple[bytes, bytes] | None:
        """One column of the last scan's images as stored (see _column), its segments joined into
        one (counted in `segments`), or None when there is none; a row beside the columns (_PARTS
        and the like) as it is. ValueError when a column's segments do not join (see
        _joined_segments)."""
        if _annotation_of(name) is None:
            row = self._connection.execute(
                "SELECT sizes, data FROM last_scan WHERE settings = ? AND name = ?", (self.settings_key, name)
            ).fetchone()
            return None if row is None else (row[0], row[1])
        rows = self._last_scan_segments(name)
        if segments is not None:
            segments[name] = len(rows)
        if not rows:
            return None
        return rows[0] if len(rows) == 1 else _joined_segments(name, rows)

    def _last_scan_segments(self, name: str) -> list[tuple[bytes, bytes]]:
        """The rows of a column of the last scan, its first and then its segments, in order."""
        rows: list[tuple[bytes, bytes]] = self._connection.execute(
            "SELECT sizes, data FROM last_scan WHERE settings = ? AND (name = ? OR name GLOB ?)"
            " ORDER BY name",
            (self.settings_key, name, f"{name}#[0-9][0-9][0-9]"),
        ).fetchall()
        return rows

    def _load_rows(
        self, numbers: list[int], keys: list[bytes], identities: list[bytes], files: Gathering
    ) -> None:
        """Add to `files` the fingerprints of files `numbers` from the fingerprints table, where
        the rows are still valid."""
        select = self._select()
        rows: list[tuple[Any, ...]] = []
        places: list[int] = []
        for start in range(0, len(numbers), _BATCH):
            batch = {keys[number]: number for number in numbers[start : start + _BATCH]}
            for row in self._connection.execute(
                f"{select} AND path IN ({', '.join('?' * len(batch))})", (self.settings_key, *batch)
            ):
                number = batch[row[0]]
                if row[1] == identities[number]:
                    if not row[-1]:
                        raise ValueError(f"values no fingerprint can have, for {os.fsdecode(row[0])}")
                    rows.append(row)
                    places.append(number)
        if not rows:
            return

        def columns() -> Iterator[tuple[str, Sequence[object]]]:
            for at, name in enumerate(_COLUMNS, start=2):
                values = list(map(itemgetter(at), rows))
                yield name, list(map(bool, values)) if _TYPES[name] == "bool" else values
            yield from self._unstored(len(rows))

        files.add_fingerprints(places, columns())

    def _select(self) -> str:
        """The query of _load_rows(): path, identity, the fingerprint's columns, and whether their
        values are ones a fingerprint can have under these settings (checked by SQLite)."""
        checks = [check.format(f'"{name}"') for name, (_, check) in _COLUMNS.items()]
        width = int(self.hash_width)
        checks.append(f"length(packed_hashes) % {width} = 0")
        checks += [f"length({name}) IN (0, {count * width})" for name, count in _HASH_COUNTS.items()]
        columns = ", ".join(f'"{name}"' for name in _COLUMNS)
        return (
            f"SELECT path, identity, {columns}, {' AND '.join(checks)} FROM fingerprints WHERE settings = ?"
        )

    def store(self, items: Iterable[tuple[FileEntry, Fingerprint]]) -> bool:
        """Write the fingerprints, thumbs included; False when the cache could not be written."""
        return self.store_packed(
            (entry, fingerprint, packed_thumb(fingerprint.thumb)) for entry, fingerprint in items
        )

    def store_packed(self, items: Iterable[tuple[FileEntry, Fingerprint, bytes]]) -> bool:
        """store() with each fingerprint's thumb as packed_thumb() packed it (the scan's workers
        pack them: 0.17 ms a thumb that the scan's own thread no longer spends)."""
        settings = self.settings_key
        rows, thumbs, for_now = [], [], []
        values = attrgetter(*_COLUMNS)
        for entry, fingerprint, packed in items:
            rows.append((settings, os.fsencode(entry.path), _identity(entry), *values(fingerprint)))
            if not fingerprint.thumb:
                continue
            if thumb_from_its_file(fingerprint.width, fingerprint.height):
                for_now.append((fingerprint.digest, packed))
            else:
                thumbs.append((settings, fingerprint.digest, packed))
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
        if for_now:
            self._keep_for_now(for_now)
        return True

    def _keep_for_now(self, thumbs: list[tuple[str, bytes]]) -> None:
        """Keep the thumbs of pictures that fit in theirs (the file keeps none: see
        models.thumb_from_its_file) while this cache is open, in a table of this connection alone
        that SQLite keeps in a file of its own, gone once the connection closes: the scan's grouping
        reads them back from there (0.05 ms each) rather than make them again from the files (0.2
        ms), which for 500,000 small pictures, whose thumbs grouping cannot all hold, made the
        scan half as long again. Where they cannot be kept (the temporary folder full), they are
        made again from the files: never lost."""
        try:
            with self._connection:
                if not self._for_now:
                    self._connection.execute("PRAGMA temp_store = FILE")  # not in memory: 1 GB at 500,000
                    self._connection.execute(
                        "CREATE TEMP TABLE IF NOT EXISTS thumbs_for_now"
                        " (digest TEXT PRIMARY KEY, thumb BLOB NOT NULL)"
                    )
                    self._for_now = True
                self._connection.executemany(
                    "INSERT OR REPLACE INTO temp.thumbs_for_now VALUES (?, ?)", thumbs
                )
        except sqlite3.Error as exc:
            log.warning(
                "Could not keep small pictures' thumbs for this scan (made again from their files): %s", exc
            )

    def store_thumbs(self, fingerprints: Iterable[Fingerprint]) -> bool:
        """Write the thumbs of these fingerprints alone (read again where the cache lost them: the
        fingerprints themselves are the last scan's, kept with it); False when it could not be."""
        thumbs = [
            (self.settings_key, f.digest, packed_thumb(f.thumb))
            for f in fingerprints
            if f.thumb and not thumb_from_its_file(f.width, f.height)
        ]
        try:
            with self._connection:
                self._connection.executemany("INSERT OR REPLACE INTO thumbs VALUES (?, ?, ?)", thumbs)
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)
            return False
        return True

    def thumbs(self, records: Iterable[ImageRecord], *, all_of_them: bool = True) -> dict[str, bytes]:
        """The stored thumbs of `records`, by content digest, read in batches: those of pictures
        that fit in theirs only while this cache holds them for now (see _keep_for_now).

        A thumb is a function of the content under these settings, so any file's with that digest
        will do. A stored value that is no thumb (see _unpacked_thumb: a damaged or forged file)
        counts as missing. Raises ThumbsUnavailable when any but those of pictures that fit in
        theirs is missing (the cache was cleared since these records were made), unless not
        `all_of_them`: then it gives those it has.
        """
        small: set[str] = set()
        larger: set[str] = set()
        for record in records:
            fingerprint = record.fingerprint
            (small if thumb_from_its_file(fingerprint.width, fingerprint.height) else larger).add(
                fingerprint.digest
            )
        digests = sorted(larger - small)
        found: dict[str, bytes] = {}
        try:
            kept = "SELECT digest, thumb FROM thumbs WHERE settings = ? AND"
            self._thumbs_from(kept, (self.settings_key,), digests, found)
            if self._for_now and small:
                self._thumbs_from(
                    "SELECT digest, thumb FROM temp.thumbs_for_now WHERE", (), sorted(small), found
                )
        except sqlite3.Error as exc:
            unreadable = Code.CACHE_THUMBS_UNREADABLE(file=str(self.path), error=str(exc))
            raise ThumbsUnavailable(unreadable) from exc
        missing = len(digests) - len(found.keys() - small)  # those of small pictures are not missed
        if missing and all_of_them:
            raise ThumbsUnavailable(Code.CACHE_THUMBS_GONE(file=str(self.path), count=missing))
        return found

    def _thumbs_from(
        self, query: str, given: tuple[str, ...], digests: list[str], found: dict[str, bytes]
    ) -> None:
        """Put in `found` the thumbs of `digests` that `query` (with the values `given`, its WHERE
        clause left open for the digests) gives, read in batches."""
        for start in range(0, len(digests), _BATCH):
            batch = digests[start : start + _BATCH]
            rows = self._connection.execute(
                f"{query} digest IN ({', '.join('?' * len(batch))})", (*given, *batch)
            )
            for digest, value in rows:
                if (thumb := _unpacked_thumb(value)) is not None:
                    found[digest] = thumb

    def load_groups(self, key: str, records: Sequence[ImageRecord]) -> tuple[Group, ...] | None:
        """The groups stored under `key` for these `records` (in this order), or None."""
        try:
            row = self._connection.execute(
                "SELECT key, groups FROM groupings WHERE settings = ?", (self.settings_key,)
            ).fetchone()
            if row is None or row[0] != key:
                return None
            return _decode_groups(row[1], records)
        except _DAMAGED as exc:
            log.warning("Ignoring the stored groups of the last scan: %s", exc)
            return None

    def earlier_groups(self, options: ScanOptions) -> EarlierGroups:
        """The last scan's groups by part, for a grouping with these options to take those of
        the parts that are the same (parts.EarlierGroups)."""
        return EarlierGroups(self, grouping_context(options))

    def store_groups(
        self,
        key: str,
        groups: Sequence[Group],
        records: Sequence[ImageRecord],
        grouping_parts: GroupingParts | None = None,
    ) -> None:
        """Keep `groups` (made from `records`) as the last scan's, replacing the previous ones, and
        the records' files and fingerprints column by column, for the next load(); with
        `grouping_parts`, the grouping's parts and each group's (for the next earlier_groups())."""
        settings = self.settings_key

        pictures = Pictures.of(records)

        parts = functools.partial(_in_parts, pictures.values, len(pictures))
        files = self._files_columns
        if files is not None and _the_files_of(files, pictures):  # as load() made them
            paths, identities = files[1], files[2]
        else:
            paths, identities = _path_column(parts), _identity_column(parts)
        try:
            encoded: str | None = _encode_groups(groups, pictures)
        except ValueError as exc:  # not groups of these pictures: none kept, the next scan groups
            log.warning("Not keeping the groups: %s", exc)
            encoded = None
        try:
            with self._connection:
                if encoded is None:
                    self._connection.execute("DELETE FROM groupings WHERE settings = ?", (settings,))
                    return
                self._connection.execute(
                    "INSERT OR REPLACE INTO groupings VALUES (?, ?, ?)", (settings, key, encoded)
                )
                self._drop_rows_of(paths)
                self._keep_rows_of_files_gone(paths)
                # Read once this transaction writes: no other scan can store its last scan meanwhile.
                added = self._added_as_loaded(paths) or self._added_to(paths, identities)
                if added is None:
                    self._connection.execute("DELETE FROM last_scan WHERE settings = ?", (settings,))
                    for name, _, sizes, data in _last_scan_columns(pictures, paths, identities):
                        self._insert_column(settings, name, sizes, data)
                else:
                    self._connection.execute(
                        "DELETE FROM last_scan WHERE settings = ? AND name IN (?, ?, ?)",
                        (settings, _ROWS_DROPPED, _PARTS, _GROUP_PARTS),
                    )
                    self._add_segments(pictures, paths, identities, added)
                self._insert_column(settings, _ROWS_DROPPED, b"", b"")
                if grouping_parts is not None and len(grouping_parts.of_groups) == len(groups):
                    self._insert_column(settings, _PARTS, b"", b"".join(grouping_parts.signatures))
                    of_groups = array("q", grouping_parts.of_groups)
                    self._insert_column(settings, _GROUP_PARTS, b"", _little_endian(of_groups))
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)

    def _added_to(self, paths: _Stored, identities: _Stored) -> _Added | None:
        """How the pictures of these columns of paths and identities add to the last scan's, when
        they are its pictures (all still there, unchanged, in its order) and some after them, and
        its columns can take them as one more segment each; else None (its columns are written
        again whole)."""
        path_rows = self._last_scan_segments("path")
        segments = len(path_rows)
        if not path_rows or not self._segments_take_one_more(segments):
            return None
        try:
            stored_paths = path_rows[0] if segments == 1 else _joined_segments("path", path_rows)
            stored_identities = self._last_scan_stored("identity")
            if stored_identities is None:
                return None
            count = _leading_part(stored_paths, paths, stored_identities, identities)
            if not count:
                return None
            offsets: dict[str, int] = {}
            for name in _COLUMN_NAMES[1:]:  # each column whole, of as many, in as many rows
                annotation = _annotation_of(name)
                rows = self._last_scan_segments(name)
                if annotation is None or len(rows) != segments:
                    return None
                stored = rows[0] if len(rows) == 1 else _joined_segments(name, rows)
                if _count_of(stored, annotation) != count:
                    return None
                if annotation != "bytes":
                    distinct = json.loads(stored[1])
                    if not isinstance(distinct, list):
                        return None
                    offsets[name] = len(distinct)
        except _DAMAGED as exc:  # not such columns (damaged, forged): written again
            log.warning("Writing the last scan's columns again: %s", exc)
            return None
        return _Added(
            count, len(stored_paths[0]), len(stored_paths[1]), len(stored_identities[1]), segments, offsets
        )

    def _segments_take_one_more(self, segments: int) -> bool:
        """Whether the last scan's columns, of `segments` rows each, can take one more: not too
        many, and none of a segment's numbers skipped (a forged cache)."""
        names = {
            name
            for (name,) in self._connection.execute(
                "SELECT name FROM last_scan WHERE settings = ?", (self.settings_key,)
            )
        }
        numbered = [_segment_name(name, segment) for name in _COLUMN_NAMES for segment in range(1, segments)]
        return segments <= _SEGMENTS_MOST and names.issuperset(numbered)

    def _add_segments(self, pictures: Pictures, paths: _Stored, identities: _Stored, added: _Added) -> None:
        """Write the values of the pictures after the last scan's (`added` says how many it had) as
        one more segment of each of its columns; a column of distinct values and places has the
        places of its segment after those of the segments before (_joined_segments)."""
        if added.count == len(pictures):  # the same pictures: their columns are as they were
            return
        after = pictures.picked(range(added.count, len(pictures)))
        after_paths = (paths[0][added.sizes_bytes :], paths[1][added.path_bytes :])
        after_identities = (identities[0][added.sizes_bytes :], identities[1][added.identity_bytes :])
        import numpy as np

        for name, annotation, sizes, data in _last_scan_columns(after, after_paths, after_identities):
            if annotation != "bytes":
                places = np.frombuffer(sizes, "<u4").astype(np.int64) + added.offsets[name]
                if len(places) and int(places.max()) >= 1 << 32:
                    raise sqlite3.DataError("more distinct values than a column's places can tell")
                sizes = places.astype("<u4").tobytes()
            self._insert_column(self.settings_key, _segment_name(name, added.segments), sizes, data)

    def _drop_rows_of(self, paths: _Stored) -> None:
        """Delete the rows of the files of `paths` (the last scan's columns to be) that the table
        may hold: those load() looked up, or every one where the last scan's rows were not dropped.
        Not those of a file looked up that is not among them (it could not be read this time: its
        row may be one another scan sharing the cache wrote since)."""
        import numpy as np

        files = self._files_columns
        if self._last_scan_stored(_ROWS_DROPPED) is None:
            dropped: Iterable[bytes] = _values_at(paths, None)
        elif files is not None and self._looked_up:
            dropped = _values_at(files[1], self._looked_up)
            if paths is not files[1]:  # not every file is a picture: those that are, by their hashes
                held = np.fromiter(map(hash, _values_at(paths, None)), np.int64, _count_of(paths, "bytes"))
                looked_up = np.fromiter(map(hash, dropped), np.int64, len(self._looked_up))
                dropped = _values_at(files[1], np.asarray(self._looked_up)[np.isin(looked_up, held)].tolist())
        else:
            return
        self._connection.executemany(
            "DELETE FROM fingerprints WHERE settings = ? AND path = ?",
            ((self.settings_key, path) for path in dropped),
        )

    def _keep_rows_of_files_gone(self, paths: _Stored) -> None:
        """Write as rows the fingerprints of the last scan's columns whose files are not among
        `paths` (the column replacing them), so that a scan of other folders, or one that misses a
        drive, does not lose them; a part at a time, each column read alone (all of them at once
        were 270 MB at 500,000 when one file was gone, and 600 MB for a library moved elsewhere).
        A row written since for one of their paths stays: a scan stopped after reading a file anew
        wrote it. Values no fingerprint can have (a damaged or forged file) give none."""
        import numpy as np

        try:
            stored = self._last_scan_stored("path")
            if stored is None or stored == paths or _leading_values(*stored, *paths):
                return  # the same files, or files after them: none gone
            count = _count_of(stored, "bytes")
            # By their hashes: a set of 500,000 paths took 60 MB. A path whose hash another's
            # shares counts as held: its fingerprint is read again should it be wanted.
            held = np.fromiter(map(hash, _values_at(paths, None)), np.int64, _count_of(paths, "bytes"))
            before = np.fromiter(map(hash, _values_at(stored, None)), np.int64, count)
            gone = np.flatnonzero(~np.isin(before, held))
            del held, before
            insert = f"INSERT OR IGNORE INTO fingerprints VALUES ({', '.join('?' * (3 + len(_COLUMNS)))})"
            for start in range(0, len(gone), _GONE_PART):
                part = gone[start : start + _GONE_PART].tolist()
                self._connection.executemany(insert, self._last_scan_rows(part, count))
        except (ValueError, KeyError, TypeError, IndexError, OverflowError, RecursionError) as exc:
            log.warning("Not keeping the fingerprints of the files the last scan no longer has: %s", exc)

    def _last_scan_rows(self, places: list[int], count: int) -> list[tuple[Any, ...]]:
        """The rows of the last scan's pictures at `places`, of its `count`, their values checked as
        load() checks its columns; ValueError (or the like) when they are not a fingerprint's."""
        columns: list[list[Any]] = []
        for name, annotation in (("path", "bytes"), ("identity", "bytes"), *_TYPES.items()):
            stored = self._last_scan_stored(name)
            if stored is None or _count_of(stored, annotation) != count:
                raise ValueError(f"the last scan's {name} are missing or not one for each path")
            values = _stored_values_at(annotation, stored, places)
            if annotation == "bytes" and not _whole_hashes(name, map(len, values), self.hash_width):
                raise ValueError(f"the last scan's {name} are not whole hashes of {self.hash_width} bytes")
            if annotation == "int" and not all(_INT64[0] <= n <= _INT64[1] for n in values):
                raise ValueError(f"the last scan's {name} are numbers beyond 64 bits")
            if annotation == "float" and not all(map(math.isfinite, values)):
                raise ValueError(f"the last scan's {name} are numbers no row holds")  # SQLite: NaN is NULL
            if annotation.startswith("str"):
                for text in values:
                    if text is not None:
                        text.encode()  # UnicodeEncodeError (a ValueError) for a lone surrogate
            columns.append(values)
        return list(zip(repeat(self.settings_key), *columns))

    def _insert_column(
        self, settings: str, name: str, sizes: bytes, data: bytes | bytearray | memoryview
    ) -> None:
        """A row of last_scan, its data written a megabyte at a time into a blob made of zeros:
        bound as a value, SQLite copied it twice (a hash column of 500,000 pictures is 36 MB)."""
        row = self._connection.execute(
            "INSERT INTO last_scan VALUES (?, ?, ?, zeroblob(?))", (settings, name, sizes, len(data))
        ).lastrowid
        assert row is not None
        view = memoryview(data)
        with self._connection.blobopen("last_scan", "data", row) as blob:
            for start in range(0, len(view), _BLOB_STEP):
                blob.write(view[start : start + _BLOB_STEP])

    def recall(self, asked: AskedChecks) -> tuple[RecalledScores, PairChecks]:
        """The checks kept by remember() under these settings and this checking code (_CHECK_SOURCES)
        of the pairs `asked` (matching.KeptChecks). What is no check is left out; grouping makes
        that check again."""
        import numpy as np

        from lookalike.core.matching import PairChecks, RecalledScores

        checks = PairChecks()
        scores = RecalledScores.none()
        self._grouped = asked
        key = (self.settings_key, _checks_digest())
        try:
            keys, values = [], []
            for part in self._score_parts(*key):
                references, copies, variants, found = _scored(asked, *part)
                keys.append(RecalledScores.keys_of(asked.count, references, copies, variants))
                values.append(found)
            if keys:
                joined = np.concatenate(keys)
                keys.clear()  # before RecalledScores sorts them
                scores = RecalledScores.keyed(asked.count, joined, np.concatenate(values))
                del joined, values
            rows = self._connection.execute(
                "SELECT kind, a, b, variant, crop, answer FROM checks WHERE settings = ? AND code = ?", key
            )
            readings: _Readings = {}
            while not asked.scores_only and (batch := rows.fetchmany(_PART)):
                a = asked.places_of_texts([row[1] for row in batch])
                b = asked.places_of_texts([row[2] for row in batch])
                for place in np.flatnonzero(asked.asked(a, b)).tolist():
                    kind, _, _, variant, crop, answer = batch[place]
                    # The digests as the grouping holds them: not one text more per check recalled.
                    digests = asked.digests[a[place]], asked.digests[b[place]]
                    try:
                        _add_check(checks, kind, *digests, variant, crop, answer, readings)
                    except (ValueError, TypeError, KeyError, IndexError):
                        log.warning("Ignoring a kept check that is none: %r", batch[place])
        except sqlite3.Error as exc:
            log.warning("Ignoring the kept checks of earlier groupings: %s", exc)
        self._recalled, self._remembered = len(scores) + sum(checks.sizes), 0
        try:  # before the checks start: the grouping hands back its first while its threads wait
            with self._connection:
                self._drop_checks_of_other_code()
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)
        return scores, checks

    def _score_parts(self, settings: str, code: str) -> Iterator[tuple[bytes, bytes, bytes, bytes]]:
        """The parts of thumb_scores under these settings and code, oldest first: (refs, copies,
        variants, scores), each part's columns of one length; a part that is none is left out."""
        rows = self._connection.execute(
            "SELECT refs, copies, variants, scores FROM thumb_scores WHERE settings = ? AND code = ?"
            " ORDER BY part",
            (settings, code),
        )
        for row in rows:
            refs, copies, variants, scores = row
            if not all(isinstance(value, bytes) for value in row) or not (
                len(refs) == len(copies) == 16 * len(variants) and len(scores) == 8 * len(variants)
            ):
                log.warning("Ignoring kept thumbs' checks that are none")
                continue
            yield refs, copies, variants, scores

    def _drop_checks_of_other_code(self) -> None:
        if not self._other_code_gone:
            for table in ("checks", "thumb_scores"):
                self._connection.execute(
                    f"DELETE FROM {table} WHERE settings = ? AND code != ?",
                    (self.settings_key, _checks_digest()),
                )
            self._other_code_gone = True

    def remember(self, made: PairChecks, *, more_to_come: bool = False) -> None:
        """Keep the checks `made` beside those kept (matching.KeptChecks). Those of other checking
        code go; once more are kept than _CHECKS_KEPT times what this grouping recalled and made,
        those of pictures it did not group go too (the library shrank, another was scanned): when
        the grouping hands back its last (not `more_to_come`). The checks of other sensitivities
        stay: a grouping at the strict position uses a few of the default's, and going back to
        the default must not check 100,000 pictures' pairs again."""
        settings, code = self.settings_key, _checks_digest()
        scored, rest = _scores_apart(made)
        try:
            with self._connection:
                self._drop_checks_of_other_code()  # unless recall() did
                if scored is not None:
                    self._add_score_part(settings, code, *scored)
                insert = "INSERT OR REPLACE INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                # Row by row as they are made: the rows of a million checks made at once, twice
                # (without and with the settings), were the peak of grouping 500,000 pictures.
                self._connection.executemany(insert, ((settings, code, *row) for row in _check_rows(rest)))
                self._remembered += sum(made.sizes)
                if more_to_come:
                    return
                (rows,) = self._connection.execute(
                    "SELECT count(*) FROM checks WHERE settings = ?", (settings,)
                ).fetchone()
                (scores, parts) = self._connection.execute(
                    "SELECT coalesce(sum(length(variants)), 0), count(*) FROM thumb_scores"
                    " WHERE settings = ?",
                    (settings,),
                ).fetchone()
                used = self._recalled + self._remembered
                self._remembered = 0
                outgrown = rows + scores > _CHECKS_KEPT * used + _CHECKS_KEPT_ANYWAY
                if outgrown and self._grouped is not None:  # which pictures are others: only after recall()
                    self._drop_checks_of_others(self._grouped)
                elif parts > _SCORE_PARTS_MOST:
                    self._join_score_parts(None)
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)

    def _add_score_part(self, settings: str, code: str, *columns: bytes) -> None:
        (last,) = self._connection.execute(
            "SELECT max(part) FROM thumb_scores WHERE settings = ? AND code = ?", (settings, code)
        ).fetchone()
        part = 0 if last is None else int(last) + 1
        self._connection.execute(
            "INSERT INTO thumb_scores VALUES (?, ?, ?, ?, ?, ?, ?)", (settings, code, part, *columns)
        )

    def recall_search(self, threshold: int, plans: str) -> tuple[bytes, bytes] | None:
        """The digests and matches of the candidate search kept at this threshold under these
        settings, these plans and this grouping code (matching.KeptChecks), or None."""
        try:
            row = self._connection.execute(
                "SELECT digests, matches FROM searches"
                " WHERE settings = ? AND threshold = ? AND code = ? AND plans = ?",
                (self.settings_key, threshold, _code_digest(), plans),
            ).fetchone()
        except sqlite3.Error as exc:
            log.warning("Ignoring the kept candidate search: %s", exc)
            return None
        if row is None or not all(isinstance(value, bytes) for value in row):
            return None
        return row[0], row[1]

    def remember_search(self, threshold: int, plans: str, digests: bytes, matches: bytes) -> None:
        """Keep this candidate search in place of the one kept at this threshold; those of other
        grouping code go."""
        settings, code = self.settings_key, _code_digest()
        try:
            with self._connection:
                self._connection.execute(
                    "DELETE FROM searches WHERE settings = ? AND code != ?", (settings, code)
                )
                self._connection.execute(
                    "INSERT OR REPLACE INTO searches VALUES (?, ?, ?, ?, ?, ?)",
                    (settings, threshold, code, plans, digests, matches),
                )
        except sqlite3.Error as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)

    def _drop_checks_of_others(self, asked: AskedChecks) -> None:
        """Delete the kept checks of pairs with a picture not among those `asked` of."""
        execute = self._connection.execute
        execute("CREATE TEMP TABLE IF NOT EXISTS grouped (digest TEXT PRIMARY KEY) WITHOUT ROWID")
        execute("DELETE FROM temp.grouped")
        self._connection.executemany(
            "INSERT OR IGNORE INTO temp.grouped VALUES (?)", ((d,) for d in asked.digests)
        )
        execute(
            "DELETE FROM checks WHERE settings = ? AND (a NOT IN (SELECT digest FROM temp.grouped)"
            " OR b NOT IN (SELECT digest FROM temp.grouped))",
            (self.settings_key,),
        )
        execute("DELETE FROM temp.grouped")
        self._join_score_parts(asked)

    def _join_score_parts(self, asked: AskedChecks | None) -> None:
        """Make the parts of thumb_scores under this checking code one, each check once; with
        `asked`, of its pictures alone."""
        import numpy as np

        settings, code = self.settings_key, _checks_digest()
        parts = list(self._score_parts(settings, code))
        refs, copies = (b"".join(part[column] for part in parts) for column in (0, 1))
        variants, scores = (b"".join(part[column] for part in parts) for column in (2, 3))
        del parts
        pairs = np.frombuffer(refs, "V16"), np.frombuffer(copies, "V16")
        turns = np.frombuffer(variants, np.uint8)
        if asked is None:
            kept = np.ones(len(turns), np.bool_)
        else:
            kept = (asked.places(refs) >= 0) & (asked.places(copies) >= 0)
        # Each check once: the last kept of it (the same check gives the same score).
        keys = np.empty(len(turns), [("ref", "V16"), ("copy", "V16"), ("variant", np.uint8)])
        keys["ref"], keys["copy"], keys["variant"] = pairs[0], pairs[1], turns
        _, last = np.unique(keys[::-1], return_index=True)
        once = np.zeros(len(turns), np.bool_)
        once[len(turns) - 1 - last] = True
        chosen = np.flatnonzero(kept & once)
        self._connection.execute("DELETE FROM thumb_scores WHERE settings = ?", (settings,))
        if len(chosen):
            columns = (
                pairs[0][chosen],
                pairs[1][chosen],
                turns[chosen],
                np.frombuffer(scores, "<f8")[chosen],
            )
            self._add_score_part(settings, code, *(column.tobytes() for column in columns))

    def close(self) -> None:
        self._connection.close()


_THUMB_BYTES = THUMB_SIDE * THUMB_SIDE


class EarlierGroups:
    """The last scan's groups by the part of its grouping each came from (parts.EarlierGroups): kept
    by store_groups beside the groups, in the last scan's columns."""

    def __init__(self, cache: FingerprintCache, context: bytes) -> None:
        self._cache = cache
        self.context = context
        self.made: GroupingParts | None = None

    def _stored(self, name: str) -> bytes | None:
        try:
            stored = self._cache._last_scan_stored(name)
        except sqlite3.Error as exc:
            log.warning("Ignoring the groups of the last scan: %s", exc)
            return None
        return stored[1] if stored is not None and isinstance(stored[1], bytes) else None

    def parts(self) -> frozenset[bytes]:
        found = self._stored(_PARTS)
        if found is None or len(found) % SIGNATURE_BYTES:
            return frozenset()
        return frozenset(_signatures(found))

    def groups(
        self, parts: Collection[bytes], records: Sequence[ImageRecord]
    ) -> list[tuple[bytes, Group]] | None:
        try:
            with self._cache._one_snapshot():  # all of one last scan, though another scan stores
                signatures, of_groups = self._stored(_PARTS), self._stored(_GROUP_PARTS)
                row = self._cache._connection.execute(
                    "SELECT groups FROM groupings WHERE settings = ?", (self._cache.settings_key,)
                ).fetchone()
                paths = self._cache._last_scan_stored("path")
            if row is None or paths is None or signatures is None or of_groups is None:
                return None
            if len(signatures) % SIGNATURE_BYTES or len(of_groups) % 8:
                raise ValueError("parts of another size")
            known = _signatures(signatures)
            part_of = array("q", of_groups)
            if sys.byteorder == "big":
                part_of.byteswap()
            decoded = json.loads(row[0])
            if not isinstance(decoded, list) or len(decoded) != len(part_of):
                raise ValueError("not a part for each group")
            if not all(-1 <= part < len(known) for part in part_of):
                raise ValueError("a group of no part")
            wanted = [(known[part], group) for part, group in zip(part_of, decoded, strict=True) if part >= 0]
            wanted = [(part, group) for part, group in wanted if part in parts]
            files = self._cache._files_columns
            # The files' numbers are the pictures' when every file is a picture.
            last_to_now = self._cache.last_to_now if files and files[0] == len(records) else None
            return _groups_by_number(wanted, paths, records, last_to_now)
        except _DAMAGED as exc:
            log.warning("Ignoring the groups of the last scan: %s", exc)
            return None


def _signatures(joined: bytes) -> list[bytes]:
    return [joined[at : at + SIGNATURE_BYTES] for at in range(0, len(joined), SIGNATURE_BYTES)]


def _groups_by_number(
    wanted: list[tuple[bytes, Any]],
    last_paths: _Stored,
    records: Sequence[ImageRecord],
    last_to_now: array[int] | None,
) -> list[tuple[bytes, Group]]:
    """The groups `wanted` as _encode_groups keeps them (members by their number in the last scan,
    whose paths are `last_paths`), with each part, their members among `records`: by the number
    load() found each at when `records` are the files it was given (each checked by its path),
    else by path. KeyError when a member is not among them."""
    numbers = [member[0] for _, (_, _, members) in wanted for member in members]
    starts = _value_starts(last_paths[0])
    if starts[-1] != len(last_paths[1]):
        raise ValueError("the sizes of a column of bytes do not add up")
    for number in numbers:
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number < len(starts) - 1:
            raise IndexError(f"no image number {number!r} in the last scan")
    data = bytes(last_paths[1])
    paths = _fs_texts(data[starts[number] : starts[number + 1]] for number in numbers)
    pictures = Pictures.of(records)
    if last_to_now is not None and len(last_to_now) == len(starts) - 1:
        now = [last_to_now[number] for number in numbers]
        if min(now, default=0) < 0 or max(now, default=0) >= len(pictures):
            raise KeyError("a member that is no picture of this scan")
    else:
        place = {path: at for at, path in enumerate(pictures.values("path"))}
        now = [place[path] for path in paths]
    made = pictures.records_at(now)
    if [os.fspath(record.entry.path) for record in made] != paths:
        raise KeyError("a member that is not at its path in this scan")
    members_made = iter(made)
    return [(part, _decoded_group(0, group, members_made)) for part, group in wanted]


def packed_thumb(thumb: bytes) -> bytes:
    """A thumb as the thumbs table keeps it: each pixel as its difference from the one before it
    in its row (the first of a row from the one above), deflated, when that makes it smaller; else
    as it is, so a value of a thumb's length is the thumb itself (as every value of caches before
    this was). The differences are deflated with Huffman codes alone: a photo's hardly repeat as
    strings, and the codes' tables then fit them better (an enlarged small picture's do: see
    below). The small corpus's thumbs took 1.82 KB of 4 KB so, about 70 us each to pack and 50 to
    unpack (with string matching at level 1, as this did first, 2.10 KB; at level 6 2.01 KB for
    twice the time; as PNG 1.8 KB at 1.3 ms; predicted from left, up and up-left as PNG's Paeth or
    JPEG-LS do 1.65 KB, but undoing that takes a loop per pixel, where a row's differences are
    undone by one cumulative sum), and 1.2 KB since thumbs are made in steps of 3 gray levels
    (models.THUMB_LEVELS: the differences take a third of the values)."""
    if len(thumb) != _THUMB_BYTES:  # no thumb: kept as it is, it reads back as none
        return thumb
    import numpy as np

    pixels = np.frombuffer(thumb, np.uint8).reshape(THUMB_SIDE, THUMB_SIDE)
    steps = pixels.copy()
    steps[:, 1:] -= pixels[:, :-1]  # uint8 arithmetic wraps: undone by a wrapping sum
    steps[1:, 0] -= pixels[:-1, 0]
    # Huffman codes need no window to search: the least (512 bytes) and the least memory that still
    # takes a thumb's 4,096 differences in one block (memLevel 7: 8,192) spare zlib setting up 384 KB
    # for each thumb; the same deflated data as with the defaults (only the header's window size
    # differs), 72 us a thumb instead of 123.
    # A small picture's thumb is it enlarged: its rows repeat, which string matching finds (both
    # inflate alike): the thumbs of 100,000 pictures of 64 x 48 take 2.24 instead of 2.83 KB. Packing
    # both ways and keeping the shorter, as this did before, gave photos' thumbs 0.1-0.2 % less for
    # 45 us more a thumb (5 % of a small picture's fingerprint).
    if (pixels[1:] == pixels[:-1]).all(axis=1).any():
        deflater = zlib.compressobj(1, zlib.DEFLATED, 12, 8)
    else:
        deflater = zlib.compressobj(6, zlib.DEFLATED, 9, 7, zlib.Z_HUFFMAN_ONLY)
    packed = deflater.compress(steps.tobytes()) + deflater.flush()
    return packed if len(packed) < len(thumb) else thumb


def _unpacked_thumb(value: object) -> bytes | None:
    """The thumb a thumbs-table value holds (see packed_thumb), or None when it holds none: not
    bytes, longer than a thumb, or not one whole deflated thumb (inflating stops one byte past a
    thumb's length, so a forged value cannot make it allocate more). Its levels as a thumb made now
    has them (THUMB_LEVELS): a cache's thumbs made before were kept with every level."""
    if not isinstance(value, bytes) or len(value) > _THUMB_BYTES:
        return None
    if len(value) == _THUMB_BYTES:
        return value.translate(THUMB_LEVELS)
    inflater = zlib.decompressobj()
    try:
        steps = inflater.decompress(value, _THUMB_BYTES + 1)
    except zlib.error:
        return None
    if len(steps) != _THUMB_BYTES or not inflater.eof or inflater.unused_data:
        return None
    import numpy as np

    pixels = np.frombuffer(steps, np.uint8).reshape(THUMB_SIDE, THUMB_SIDE).copy()
    pixels[:, 0] = np.cumsum(pixels[:, 0], dtype=np.uint8)
    return np.cumsum(pixels, axis=1, dtype=np.uint8).tobytes().translate(THUMB_LEVELS)


def _layout(connection: sqlite3.Connection) -> tuple[int, bool]:
    """The file's layout (its user_version, 0 for a new file) and whether its fingerprints table
    has the columns of this version's."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    columns = [row[1] for row in connection.execute("PRAGMA table_info(fingerprints)")]
    return version, columns == ["settings", "path", "identity", *_COLUMNS]


def _out_of_reach(exc: BaseException) -> bool:
    """Whether the error says the cache file is busy (another Lookalike holds it), read-only, full or
    out of reach, not that it is damaged: then it stays as it is, and this scan goes without it."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _OUT_OF_REACH


_OUT_OF_REACH = frozenset(
    getattr(sqlite3, name)
    for name in (
        "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_FULL",
        "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH",
    )
)  # fmt: skip


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


def _code_identity(sources: tuple[str, ...] = _GROUPING_SOURCES) -> bytes:
    """What identifies the grouping code (or, with `sources`, that part of it): its source files,
    or the version of a frozen build."""
    folder = Path(__file__).parent
    try:
        return b"\0".join((folder / name).read_bytes() for name in sources)
    except OSError:  # a frozen build without sources: a release changes the version
        from lookalike import __version__

        return f"{__version__} {sys.executable}".encode()


@functools.cache
def _code_digest() -> str:
    """A short digest of the grouping code's identity, for the candidate searches kept under it."""
    return blake2b(_code_identity(), digest_size=12).hexdigest()


@functools.cache
def _checks_digest() -> str:
    """A short digest of the identity of the code that makes the checks, for those kept under it."""
    return blake2b(_code_identity(_CHECK_SOURCES), digest_size=12).hexdigest()


def _scores_apart(checks: PairChecks) -> tuple[tuple[bytes, bytes, bytes, bytes] | None, PairChecks]:
    """The thumbs' checks without a crop as the columns of a part of thumb_scores (None: there are
    none), and the checks left for the checks table: the others, and those of a digest that is none
    (a forged cache's, which the grouping still checks once)."""
    from lookalike.core.matching import PairChecks

    refs, copies, variants = bytearray(), bytearray(), bytearray()
    scores = array("d")
    rest: dict[tuple[str, str, int], Any] = {}
    for key, match in checks.thumbs.items():
        a, b, variant = key
        try:
            both = bytes.fromhex(a), bytes.fromhex(b)
        except ValueError:
            both = b"", b""
        if match.crop is not None or len(both[0]) != 16 or (both[0].hex(), both[1].hex()) != (a, b):
            rest[key] = match
            continue
        refs += both[0]
        copies += both[1]
        variants.append(variant)
        scores.append(float(match.score))
    if sys.byteorder != "little":
        scores.byteswap()
    rest_checks = PairChecks(rest, checks.closer, checks.same, checks.described)
    if not variants:
        return None, rest_checks
    return (bytes(refs), bytes(copies), bytes(variants), scores.tobytes()), rest_checks


def _scored(
    asked: AskedChecks, refs: bytes, copies: bytes, variants: bytes, scores: bytes
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.uint8], npt.NDArray[np.float64]]:
    """The checks of a part of thumb_scores that `asked` asks for, by place: (references, copies,
    variants, scores). A turn or score that is none is left out."""
    import numpy as np

    a, b = asked.places(refs), asked.places(copies)
    turns = np.frombuffer(variants, np.uint8)
    values = np.frombuffer(scores, "<f8").astype(np.float64)
    scores_at_all = np.abs(values) <= 1 + 1e-9  # a score is a cosine (verify.similarity); NaN is none
    wanted = np.flatnonzero(asked.asked(a, b) & (turns < 8) & scores_at_all)
    return a[wanted], b[wanted], turns[wanted], values[wanted]


def _check_rows(checks: PairChecks) -> Iterable[tuple[str, str, str, int, str, str]]:
    """The checks as rows of the checks table, without its settings and code: (kind, a, b,
    variant, crop, answer)."""
    for (a, b, variant), match in checks.thumbs.items():
        yield "thumbs", a, b, variant, "", json.dumps([float(match.score), _crop_list(match.crop)])
    for (a, b, variant, crop), verdict in checks.closer.items():
        answer = json.dumps([verdict.alike, verdict.overlay])
        yield "closer", a, b, variant, json.dumps(_crop_list(crop)), answer
    for (a, b), verdict in checks.same.items():
        yield "same", a, b, 0, "", json.dumps([verdict.alike, verdict.overlay])
    for (a, b, variant, looks_from), (tier, named) in checks.described.items():
        yield "described", a, b, variant, json.dumps(looks_from), json.dumps([tier.value, list(named)])


def _crop_list(crop: Crop | None) -> list[float | bool] | None:
    if crop is None:
        return None
    return [*map(float, (crop.left, crop.top, crop.right, crop.bottom)), bool(crop.candidate_cropped)]


def _crop_from(value: object) -> Crop | None:
    from lookalike.core.verify import Crop

    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 5 or not isinstance(value[4], bool):
        raise ValueError(f"no crop: {value!r}")
    sides = [float(side) for side in value[:4] if type(side) in (int, float)]
    if len(sides) != 4 or not all(-1.0 < side < 1.0 for side in sides):
        raise ValueError(f"no crop: {value!r}")
    left, top, right, bottom = sides
    return Crop(left, top, right, bottom, value[4])


_TIERS = {tier.value: tier for tier in Tier}  # Tier(value) by the class's __call__ took 1 us a member


_UNCROPPED = ", null]"


def _add_check(
    checks: PairChecks,
    kind: object,
    a: object,
    b: object,
    variant: object,
    crop: object,
    answer: object,
    readings: _Readings | None = None,
) -> None:
    """Add one row of the checks table to `checks`; ValueError, TypeError or IndexError when it
    is not a check. `readings`: the answers read so far, each text read once (see _answer_of)."""
    from lookalike.core.verify import Match

    if not (isinstance(a, str) and isinstance(b, str) and type(variant) is int and 0 <= variant < 8):
        raise ValueError("not a pair")
    if not isinstance(answer, str) or not isinstance(crop, str):
        raise TypeError("not text")
    if kind == "thumbs" and not crop and answer.startswith("[") and answer.endswith(_UNCROPPED):
        # Most kept checks: a score without a crop, as _check_rows writes it ("[0.873, null]"), read
        # without the JSON reader (a third of the time recalling them took). float() refuses what
        # json.loads refuses or reads as no number; what it takes beyond JSON ("1_000") is a number.
        checks.thumbs[(a, b, variant)] = Match(float(answer[1 : -len(_UNCROPPED)]))
        return
    key = (kind, crop, answer)
    reading = readings.get(key) if readings is not None else None
    if reading is None:
        reading = _answer_of(kind, crop, answer)
        if (
            readings is not None
            and len(readings) < _READINGS_MOST
            and len(crop) + len(answer) <= _READ_ONCE_LONGEST
        ):
            readings[key] = reading
    table, framing, value = reading
    if table == "described":
        checks.described[(a, b, variant, framing)] = value
    elif table == "thumbs":
        checks.thumbs[(a, b, variant)] = value
    elif table == "closer":
        checks.closer[(a, b, variant, framing)] = value
    elif variant == 0:
        checks.same[(a, b)] = value
    else:
        raise ValueError(f"no kind of check: {kind!r}")


# A recall reads each answer once (_add_check's `readings`): few differ (a rescan of 100,000 recalled
# 13,000 closer looks and descriptions, 178 texts among them), and each reading is immutable. Up to
# this many, of texts up to this long: a forged cache's long or countless texts are read each time.
_READINGS_MOST = 4096
_READ_ONCE_LONGEST = 512
_Reading = tuple[str, Any, Any]
_Readings = dict[tuple[object, str, str], _Reading]


def _answer_of(kind: object, crop: str, answer: str) -> _Reading:
    """A kept check's answer, read: (its kind, the framing in its key, the answer), for
    _add_check; ValueError, TypeError or KeyError when it is none."""
    from lookalike.core.verify import Match, Verdict

    first, second = json.loads(answer)
    if kind == "described":
        looks_from = json.loads(crop)
        if type(looks_from) is not float or not isinstance(second, list):
            raise ValueError("no description")
        if not all(isinstance(code, str) for code in second):
            raise ValueError("no changes")
        return "described", looks_from, (_TIERS[first], tuple(second))
    if kind == "thumbs":
        if type(first) not in (int, float) or crop:
            raise ValueError("no thumbs' check")
        return "thumbs", None, Match(float(first), _crop_from(second))
    if type(first) is not bool or not (second is None or isinstance(second, str)):
        raise ValueError("no verdict")
    verdict = Verdict(first, second)
    if kind == "closer":
        return "closer", _crop_from(json.loads(crop)), verdict
    if kind == "same" and not crop:
        return "same", None, verdict
    raise ValueError(f"no kind of check: {kind!r}")


# What grouping_key counts of each picture: its file's parts.FILE_FIELDS (parts loads NumPy, which
# a rescan with nothing changed does not) and its content; its other values follow from the content.
_KEYED_FIELDS = (
    "path",
    "device",
    "inode",
    "size",
    "mtime_ns",
    "ctime_ns",
    "links",
    "in_reference_root",
    "digest",
)


def grouping_key(
    records: Sequence[ImageRecord], options: ScanOptions, not_duplicates: Iterable[tuple[str, str]]
) -> str:
    """A digest of everything find_groups(records, options, not_duplicates=...) depends on.

    Each record counts by its file (path, identity, hard links, in a reference folder or not) and
    its content digest, not by each value of its fingerprint: under the fingerprint settings those
    are a function of the content, as the thumb always was (the cache itself takes them by the
    file's identity). The repr of every value took 0.6 s of a rescan of 100,000 pictures; this
    hashes the pictures' columns.
    """
    hasher = blake2b(digest_size=20)
    hasher.update(grouping_context(options))
    hasher.update(repr(sorted(not_duplicates)).encode())
    pictures = Pictures.of(records)
    hasher.update(b"%d records\n" % len(pictures))
    for name in _KEYED_FIELDS:
        held = pictures.column_bytes(name)
        # Each column with its length, and as values where it holds Python objects: told apart.
        value = b"h%d:" % len(held) + held if held is not None else _as_values(pictures, name)
        hasher.update(value)
    return hasher.hexdigest()


def _as_values(pictures: Pictures, name: str) -> bytes:
    """A column of `pictures` to hash, value by value (see grouping_key)."""
    if name == "path":  # no path holds a NUL; lone surrogates (names that are not UTF-8) pass as they are
        text = "\0".join(pictures.values("path")).encode("utf-8", "surrogatepass")
    elif name == "digest":
        text = "".join(pictures.digests()).encode()
    else:
        text = _numbers(pictures.values(name))
    return b"v%d:" % len(text) + text


def grouping_context(options: ScanOptions) -> bytes:
    """What find_groups depends on beside its records and "not duplicates": the program and the
    grouping's settings."""
    settings = (
        GROUPS_VERSION, FINGERPRINT_VERSION, options.mode.value, options.algorithm.value,
        options.hash_size, options.effective_threshold, options.rotations, options.verify,
    )  # fmt: skip
    return blake2b(_code_digest().encode() + repr(settings).encode(), digest_size=32).digest()


def _numbers(values: Iterable[object]) -> bytes:
    """Whole numbers as bytes to hash: packed, or as text where one does not fit 64 bits or is None
    (a change time not known)."""
    column = list(values)
    try:
        return b"q" + array("q", column).tobytes()  # type: ignore[type-var]  # a None: TypeError
    except (OverflowError, TypeError):
        return b"r" + repr(column).encode()


def _in_parts(values: Callable[[str, int, int], list[Any]], count: int, *names: str) -> Iterator[list[Any]]:
    """values(name, start, stop) of field `names` (several: as tuples) of `count` pictures or files,
    a part at a time: all at once, 500,000 pictures' paths and identities as objects were the peak
    of a scan's end."""
    for start in range(0, count, _PART):
        found = [values(name, start, start + _PART) for name in names]
        yield found[0] if len(found) == 1 else list(zip(*found, strict=True))


def _path_column(parts: Callable[..., Iterator[list[Any]]]) -> _Stored:
    """The last scan's column of paths (as the file system's bytes), of _in_parts `parts`."""
    return _parts_column((_fs_bytes(part) for part in parts("path")), "bytes")


def _fs_bytes(texts: Iterable[str]) -> list[bytes]:
    """os.fsencode of each path text, without a call of it each (0.55 of 0.7 us a path)."""
    encoding, errors = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()
    return [text.encode(encoding, errors) for text in texts]


def _fs_texts(paths: Iterable[bytes]) -> list[str]:
    """os.fsdecode of each path, without a call of it each (_fs_bytes undone)."""
    encoding, errors = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()
    return [path.decode(encoding, errors) for path in paths]


def _identity_column(parts: Callable[..., Iterator[list[Any]]]) -> _Stored:
    """The last scan's column of file identities (see _identity), of _in_parts `parts`."""
    fields = zip(*(parts(name) for name in _IDENTITY_FIELDS), strict=True)
    return _parts_column((_packed_identities(*part) for part in fields), "bytes")


def _identities_at_once(numbers: Sequence[array[int] | None]) -> _Stored | None:
    """_identity_column of files whose _IDENTITY_FIELDS are these columns of machine numbers (a
    change time not known as 0), each field put in its place in every file's identity at once (5
    ms at 100,000 files, a pack call each 27 ms); None where a column is none, or this machine's
    numbers are not little-endian as the cache's are."""
    if sys.byteorder != "little" or any(column is None for column in numbers):
        return None
    columns = cast("list[array[int]]", numbers)
    count = len(columns[0])
    if any(len(column) != count or column.itemsize != 8 for column in columns):
        return None
    packed = bytearray(_IDENTITY.size * count)
    each = memoryview(packed).cast("q")  # the bits of unsigned fields as they are
    for at, column in enumerate(columns):
        each[at :: len(columns)] = memoryview(column).cast("B").cast("q")
    return _little_endian(array("I", [_IDENTITY.size]) * count), packed


def _packed_identities(*fields: list[Any]) -> list[bytes]:
    """_packed_identity of each file's (device, inode, size, mtime_ns, ctime_ns), each field's
    values a list: a pack call each, not a function of ours (a rescan of 100,000: 0.06 -> 0.02 s)."""
    device, inode, size, mtime_ns, ctime_ns = fields
    if None in ctime_ns:
        ctime_ns = [ctime or 0 for ctime in ctime_ns]
    try:
        return list(map(_IDENTITY.pack, device, inode, size, mtime_ns, ctime_ns))
    except struct.error:  # a number beyond 64 bits (a forged result): as _packed_identity keeps it
        return list(map(_packed_identity, zip(*fields, strict=True)))


def _stored_numbers(stored: bytes) -> array[int]:
    """A column's sizes or places as kept (unsigned 32-bit, little-endian); ValueError when they
    stop inside a number."""
    numbers = array("I")
    numbers.frombytes(stored)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


def _values_at(column: _Stored, places: Iterable[int] | None) -> Iterator[bytes]:
    """Values `places` (None: all) of a column of bytes whose sizes add up (made by this scan, or
    checked by _count_of), one at a time: a list of 500,000 paths took 50 MB."""
    import numpy as np

    sizes, data = column
    lengths = np.frombuffer(sizes, "<u4").astype(np.int64)
    ends = np.cumsum(lengths)
    for place in range(len(ends)) if places is None else places:
        end = int(ends[place])
        yield bytes(data[end - int(lengths[place]) : end])


def _count_of(stored: _Stored, annotation: str) -> int:
    """How many values a stored column holds: ValueError when its sizes do not add up (bytes) or
    stop inside a number."""
    sizes = _stored_numbers(stored[0])
    if annotation == "bytes" and sum(sizes) != len(stored[1]):
        raise ValueError("the sizes of a column of bytes do not add up")
    return len(sizes)


def _stored_values_at(annotation: str, stored: _Stored, places: list[int]) -> list[Any]:
    """The values _column kept at `places` (checked by _count_of), as _values gives them."""
    if annotation == "bytes":
        return list(_values_at(stored, places))
    numbers = _stored_numbers(stored[0])
    distinct = json.loads(stored[1])
    if not isinstance(distinct, list) or not set(map(type, distinct)) <= _JSON_TYPES[annotation]:
        raise TypeError(f"values that are not {annotation}")
    return [distinct[numbers[place]] for place in places]


def _last_scan_columns(
    pictures: Pictures, paths: _Stored, identities: _Stored
) -> Iterator[tuple[str, str, bytes, bytes | bytearray | memoryview]]:
    """The columns of last_scan of `pictures` (name, annotation, sizes, data), made one at a time
    from the pictures' own columns; their columns of paths and identities as given."""
    yield "path", "bytes", *paths
    yield "identity", "bytes", *identities
    parts = functools.partial(_in_parts, pictures.values, len(pictures))
    for name, annotation in _TYPES.items():
        joined = pictures.joined(name) if annotation == "bytes" else None
        if name == "digest":
            yield name, annotation, *_digest_column(pictures)
        elif annotation in _NUMBERS:
            yield name, annotation, *_numbers_column(pictures.numbers(name))
        elif (coded := pictures.coded(name)) is not None:
            codes, distinct = coded
            yield name, annotation, codes.astype("<u4").tobytes(), _json_list(distinct)
        elif joined is None:
            yield name, annotation, *_parts_column(parts(name), annotation)
        else:  # as _column would keep it, from the picture's column itself
            sizes = pictures.lengths(name).astype("<u4").tobytes()
            yield name, annotation, sizes, joined


@dataclass(frozen=True, slots=True)
class _Added:
    """Pictures after the last scan's, in its columns: how many it had (`count`), the bytes of its
    columns of paths' sizes and data and of identities' data, its segments, and the distinct values
    of each column that keeps them (a new segment's places come after theirs)."""

    count: int
    sizes_bytes: int
    path_bytes: int
    identity_bytes: int
    segments: int
    offsets: dict[str, int]


# The names of the last scan's columns (the rows beside them apart).
_COLUMN_NAMES = ("path", "identity", *_TYPES)


def _annotation_of(name: str) -> str | None:
    """The annotation of a column of the last scan (see _column); None for a row beside them."""
    return "bytes" if name in ("path", "identity") else _TYPES.get(name)


def _segment_name(name: str, segment: int) -> str:
    """The name of a column's row after its first: `name`#001 and so on (in order as texts)."""
    return f"{name}#{segment:03d}"


def _joined_segments(name: str, rows: list[tuple[bytes, bytes]]) -> tuple[bytes, bytes]:
    """The rows of column `name` (its first and its segments) as one column: sizes and data one
    after the other, and, of a column of distinct values, their JSON lists as one (the places of a
    segment come after those of the ones before: _add_segments). ValueError for a column that
    has no segments (the rows beside the columns), or a list that is none."""
    annotation = _annotation_of(name)
    if annotation is None:
        raise ValueError(f"segments of {name}, which has none")
    sizes = b"".join(row[0] for row in rows)
    if annotation == "bytes":
        return sizes, b"".join(row[1] for row in rows)
    lists = [bytes(row[1]) for row in rows]
    if not all(text.startswith(b"[") and text.endswith(b"]") for text in lists):
        raise ValueError(f"a segment of {name} that is no list")
    return sizes, b"[" + b",".join(text[1:-1] for text in lists if text != b"[]") + b"]"


def _leading_part(stored_paths: _Stored, paths: _Stored, stored_ids: _Stored, ids: _Stored) -> int:
    """How many files the last scan's columns of paths and identities hold, when they are the first
    of the files' own columns, value for value (0 when they are not, or hold none): a comparison of
    texts where splitting the columns and matching them took 0.15 s at 100,000 files. ValueError
    when a stored column is none, as _values would raise."""
    counts = {_leading_values(*stored_paths, *paths), _leading_values(*stored_ids, *ids)}
    return counts.pop() if len(counts) == 1 else 0


def _leading_values(
    stored_sizes: bytes, stored_data: bytes | bytearray, sizes: bytes, data: bytes | bytearray
) -> int:
    """How many values a stored column of bytes holds when they are the first of a column's, else 0."""
    if not (sizes.startswith(stored_sizes) and data.startswith(stored_data)):
        return 0
    lengths = _stored_numbers(stored_sizes)
    if sum(lengths) != len(stored_data):
        raise ValueError("the sizes of a column of bytes do not add up")
    return len(lengths)


def _value_starts(sizes: bytes) -> list[int]:
    """Where each value of a column of bytes (_column: its `sizes`) starts in its data, and where
    the last one ends."""
    return list(accumulate(_stored_numbers(sizes), initial=0))


def _the_files_of(files: tuple[int, _Stored, _Stored], pictures: Pictures) -> bool:
    """Whether the columns of paths and identities of `files` (their count, the columns) are
    those of `pictures`: a scan's pictures are its files in order, all of them when as many; some
    are compared to make sure."""
    count, paths, identities = files
    if count != len(pictures):
        return False

    def path(at: int) -> bytes:
        return os.fsencode(pictures.values("path", at, at + 1)[0])

    def identity(at: int) -> bytes:
        fields = ("device", "inode", "size", "mtime_ns", "ctime_ns")
        return _packed_identity(tuple(pictures.values(name, at, at + 1)[0] for name in fields))

    for (sizes, data), made in ((paths, path), (identities, identity)):
        starts = _value_starts(sizes)
        if len(starts) - 1 != count or starts[-1] != len(data):
            return False
        for at in range(0, count, max(1, count // 64)):
            if data[starts[at] : starts[at + 1]] != made(at):
                return False
    return True


def _digest_column(pictures: Pictures) -> _Stored:
    """The last scan's column of digests, as _column keeps texts (the distinct ones in their own
    order), made from the pictures' 16 bytes each: a text and a dict entry a picture took 115 MB at
    500,000, the most of a scan's end."""
    raw = pictures.digest_bytes()
    if raw is None:  # some are no digest we make: as texts
        return _parts_column(_in_parts(pictures.values, len(pictures), "digest"), "str")
    import numpy as np

    distinct, places = np.unique(raw, return_inverse=True)
    texts = []
    for start in range(0, len(distinct), _PART):
        hexed = distinct[start : start + _PART].tobytes().hex()
        texts.append('","'.join([hexed[at : at + 32] for at in range(0, len(hexed), 32)]))
    data = '["' + '","'.join(texts) + '"]' if texts else "[]"
    return places.astype("<u4").tobytes(), data.encode()


# What _encode_groups compares of a member and the picture of its path, beside its content.
_MEMBER_FIELDS = ("device", "inode", "size", "mtime_ns", "ctime_ns", "links", "in_reference_root")


def _encode_groups(groups: Sequence[Group], pictures: Pictures) -> str:
    """The groups, each member by its number among `pictures`: found by its path, which no two
    pictures of a scan share (a pass by identity would make every record of a Pictures)."""
    wanted = {os.fspath(m.record.entry.path): m.record for group in groups for m in group.members}
    index: dict[str, int] = {}
    number = 0
    for part in _in_parts(pictures.values, len(pictures), "path"):
        for path in part:
            if path in wanted:
                if path in index:
                    raise ValueError(f"two pictures of one path: {path!r}")
                index[path] = number
            number += 1
    if len(index) != len(wanted):
        raise ValueError("a member that is no picture of the scan")
    # Each member the picture of its path: the same file and content. Compared field by field for
    # all at once: a record made for each member to compare took 1.4 s of a rescan of 500,000.
    picked = pictures.picked(index.values())
    members = [wanted[path] for path in index]
    for name in _MEMBER_FIELDS:
        if picked.values(name) != [getattr(record.entry, name) for record in members]:
            raise ValueError(f"a member that is no picture of the scan: its {name} differs")
    if list(picked.digests()) != [record.fingerprint.digest for record in members]:
        raise ValueError("a member that is no picture of the scan: its content differs")
    return json.dumps(
        [
            [
                group.kind.value,
                group.keep_reason,
                [
                    [
                        index[os.fspath(m.path)],
                        m.distance,
                        m.keep,
                        m.score,
                        m.tier.value,
                        list(m.changes),
                    ]
                    for m in group.members
                ],
            ]
            for group in groups
        ],
        separators=(",", ":"),
    )


def _decode_groups(text: str, records: Sequence[ImageRecord]) -> tuple[Group, ...]:
    decoded = json.loads(text)
    numbers = [member[0] for _, _, members in decoded for member in members]
    for number in numbers:
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number < len(records):
            raise IndexError(f"no image number {number!r} in this scan")
    # The members' records made together (Pictures.records_at), not one by one.
    made = dict(zip(numbers, Pictures.of(records).records_at(numbers), strict=True))
    records_made = (made[number] for number in numbers)
    return tuple(_decoded_group(number, group, records_made) for number, group in enumerate(decoded, start=1))


def _decoded_group(number: int, group: Any, records: Iterator[ImageRecord]) -> Group:
    """Group `number` as _encode_groups keeps it, its members' records the next of `records`."""
    kind, keep_reason, members = group
    rows = tuple(
        GroupMember(
            next(records),
            int(distance),
            bool(keep),
            None if score is None else float(score),
            _TIERS[tier],
            tuple(map(str, changes)),
        )
        for _, distance, keep, score, tier, changes in members
    )
    return Group(id=number, kind=Kind(kind), members=rows, keep_reason=str(keep_reason))


def _column(values: list[Any], annotation: str) -> tuple[bytes, bytes]:
    """A column of values of the type `annotation` names, as the last_scan table keeps it: bytes
    one after the other with each one's size; anything else as a JSON list of the distinct values
    with each value's place in it (one object each when read back, as many pictures share a format,
    camera or size). The sizes and places are unsigned 32-bit numbers, little-endian."""
    sizes, data = _parts_column([values], annotation)
    return sizes, bytes(data)


def _parts_column(parts: Iterable[list[Any]], annotation: str) -> tuple[bytes, bytearray | bytes]:
    """_column of the values of all `parts`, one after the other, made a part at a time."""
    numbers = array("I")
    if annotation == "bytes":
        data = bytearray()
        for part in parts:
            numbers.extend(map(len, part))
            data += b"".join(part)
        return _little_endian(numbers), data
    distinct: dict[Any, int] = {}
    for part in parts:
        for value in dict.fromkeys(part):
            distinct.setdefault(value, len(distinct))
        numbers.extend(map(distinct.__getitem__, part))
    return _little_endian(numbers), _json_list(list(distinct))


# The annotations of the fields Pictures.numbers gives as arrays.
_NUMBERS = frozenset({"int", "bool", "float"})


def _numbers_column(numbers: npt.NDArray[Any]) -> tuple[bytes, bytes]:
    """_column of a field's numbers or flags as Pictures.numbers gives them: the distinct values in
    ascending order, where _column keeps them as they first come (either reads back alike). By
    NumPy: storing the last scan of 100,000 pictures made its seven such columns in 0.12 s a value
    at a time."""
    import numpy as np

    distinct, places = np.unique(numbers, return_inverse=True)
    return places.astype("<u4").tobytes(), _json_list(distinct.tolist())


def _json_list(values: list[Any]) -> bytes:
    return json.dumps(values, separators=(",", ":")).encode()


def _values(annotation: str, sizes: bytes, data: bytes | bytearray) -> list[Any]:
    """The values _column kept; ValueError, IndexError or TypeError when they are not such a column."""
    numbers = _stored_numbers(sizes)
    if annotation == "bytes":
        data = bytes(data)  # its values bytes, not bytearrays: they are keys
        if sum(numbers) != len(data):
            raise ValueError("the sizes of a column of bytes do not add up")
        if numbers and min(numbers) == max(numbers):
            size = numbers[0]
            return (
                [data[at : at + size] for at in range(0, size * len(numbers), size)]
                if size
                else [b""] * len(numbers)
            )
        return [data[start:end] for start, end in pairwise(accumulate(numbers, initial=0))]
    return list(map(_distinct_values(annotation, data).__getitem__, numbers))


def _distinct_values(annotation: str, data: bytes | bytearray) -> list[Any]:
    """The distinct values of a column that keeps them (see _column); TypeError (or ValueError)
    when they are not values of the type `annotation` names."""
    distinct = json.loads(data)
    if not isinstance(distinct, list) or not set(map(type, distinct)) <= _JSON_TYPES[annotation]:
        raise TypeError(f"values that are not {annotation}")
    return distinct


# A FileEntry's fields but the path, as records_as_columns keeps them.
_ENTRY_COLUMNS = {
    "size": "int", "mtime_ns": "int", "in_reference_root": "bool", "device": "int", "inode": "int",
    "ctime_ns": "int | None", "links": "int",
}  # fmt: skip
if tuple(_ENTRY_COLUMNS) != tuple(field.name for field in fields(FileEntry))[1:]:
    raise TypeError("records_as_columns keeps other fields than FileEntry has, or in another order")


def records_as_columns(records: Sequence[ImageRecord]) -> dict[str, tuple[bytes, bytes]]:
    """The records, thumbs left out, as a few byte strings (see _column), for another process:
    records_from_columns makes them again in a few tenths of a second at 100,000 (pickling them
    one object at a time took 1.9 s, unpickling 3.4 s)."""
    pictures = Pictures.of(records)
    columns = {"path": _column(_fs_bytes(pictures.values("path")), "bytes")}
    for name, annotation in _ENTRY_COLUMNS.items():
        columns[f"entry.{name}"] = _column(pictures.values(name), annotation)
    for name, annotation in _TYPES.items():
        columns[name] = _column(pictures.values(name), annotation)
    return columns


def records_from_columns(columns: Mapping[str, tuple[bytes, bytes]], hash_width: int) -> list[ImageRecord]:
    """The records records_as_columns made the columns of, without thumbs; ValueError, TypeError,
    KeyError or IndexError when they are not such columns."""
    from lookalike.core.discovery import paths_of

    paths = paths_of(map(os.fsdecode, _values("bytes", *columns["path"])))
    values: dict[str, list[Any]] = {"path": paths}
    for name, annotation in _ENTRY_COLUMNS.items():
        values[name] = _values(annotation, *columns[f"entry.{name}"])
        if len(values[name]) != len(paths):
            raise ValueError(f"{len(values[name])} values of {name} for {len(paths)} files")
    entries = made_by_fields(FileEntry, len(paths), values)
    fingerprints = _made(
        len(entries),
        {name: _values(annotation, *columns[name]) for name, annotation in _TYPES.items()},
        hash_width,
    )
    return list(map(ImageRecord, entries, fingerprints))


def _whole_hashes(name: str, lengths: Iterable[int], width: int) -> bool:
    """Whether a column's packed hashes (their `lengths`) are all as many whole hashes as their
    field holds."""
    sizes = set(lengths) if name == "packed_hashes" or name in _HASH_COUNTS else set()
    if name in _HASH_COUNTS:
        return sizes <= {0, _HASH_COUNTS[name] * width}
    return not any(size % width for size in sizes)


def _little_endian(numbers: array[int]) -> bytes:
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers.tobytes()


def _made(count: int, columns: Mapping[str, Sequence[object]], hash_width: int) -> list[Fingerprint]:
    """`count` Fingerprints, each field's values from `columns` (the thumb b"", the hash width
    `hash_width`), made field by field (models.made_by_fields: 0.2-0.4 s of a rescan of 100,000
    went to Fingerprint's own __init__)."""
    values: dict[str, Iterable[object]] = {
        "thumb": repeat(b"", count),
        "hash_width": repeat(hash_width, count),
    }
    for name, column in columns.items():
        if len(column) != count:
            raise ValueError(f"{len(column)} values of {name} for {count} fingerprints")
        values[name] = column
    return made_by_fields(Fingerprint, count, values)
