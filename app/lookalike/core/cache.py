"""Remember fingerprints between scans, so a rescan reads only what changed.

One SQLite file in the platform's cache folder. An entry is valid while the
file's path, size and modification time and the fingerprint settings match.
A corrupt or outdated cache file is set aside and rebuilt, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from lookalike.core.models import FileEntry, Fingerprint

log = logging.getLogger(__name__)

# Bump when the way fingerprints are computed changes: old entries then stop matching.
FINGERPRINT_VERSION = 3  # 2: 64x64 thumbs for the pixel-level check; 3: NumPy pHash
_SCHEMA = 1
CACHE_FILE = "fingerprints.sqlite3"


def default_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("lookalike", appauthor=False)


class FingerprintCache:
    """Fingerprints keyed by (path, size, mtime_ns, settings key)."""

    def __init__(self, directory: Path, settings_key: str) -> None:
        self.path = directory / CACHE_FILE
        self.settings_key = f"v{FINGERPRINT_VERSION}-{settings_key}"
        self.warnings: list[str] = []
        directory.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError as exc:
            self._set_aside(exc)
            self._connection = self._open()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, check_same_thread=False)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, _SCHEMA):
                connection.execute("DROP TABLE IF EXISTS fingerprints")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS fingerprints ("
                " path TEXT NOT NULL, settings TEXT NOT NULL, size INTEGER NOT NULL,"
                " mtime_ns INTEGER NOT NULL, meta TEXT NOT NULL, thumb BLOB NOT NULL,"
                " PRIMARY KEY (path, settings))"
            )
            connection.execute(f"PRAGMA user_version={_SCHEMA}")
            connection.execute("SELECT count(*) FROM fingerprints").fetchone()
            connection.commit()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _set_aside(self, exc: Exception) -> None:
        message = f"The fingerprint cache {self.path} was unreadable ({exc}); it has been rebuilt."
        log.warning(message)
        self.warnings.append(message)
        for suffix in ("", "-wal", "-shm"):
            damaged = Path(f"{self.path}{suffix}")
            if damaged.exists():
                os.replace(damaged, Path(f"{damaged}.damaged"))

    def load(self, entries: Iterable[FileEntry]) -> dict[Path, Fingerprint]:
        """Return the cached fingerprints that are still valid for `entries`."""
        wanted = {str(entry.path): entry for entry in entries}
        found: dict[Path, Fingerprint] = {}
        try:
            rows = self._connection.execute(
                "SELECT path, size, mtime_ns, meta, thumb FROM fingerprints WHERE settings = ?",
                (self.settings_key,),
            )
            for path, size, mtime_ns, meta, thumb in rows:
                entry = wanted.get(path)
                if entry is None or entry.size != size or entry.mtime_ns != mtime_ns:
                    continue
                found[entry.path] = _decode(meta, thumb)
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            self._set_aside(exc)
            self._connection = self._open()
            return {}
        return found

    def store(self, items: Iterable[tuple[FileEntry, Fingerprint]]) -> None:
        rows = [
            (str(entry.path), self.settings_key, entry.size, entry.mtime_ns, *_encode(fingerprint))
            for entry, fingerprint in items
        ]
        if not rows:
            return
        try:
            with self._connection:
                self._connection.executemany(
                    "INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?, ?, ?, ?)", rows
                )
        except sqlite3.DatabaseError as exc:
            log.warning("Could not write to the fingerprint cache: %s", exc)

    def close(self) -> None:
        self._connection.close()


def _encode(fingerprint: Fingerprint) -> tuple[str, bytes]:
    meta = {
        "digest": fingerprint.digest,
        "width": fingerprint.width,
        "height": fingerprint.height,
        "format": fingerprint.format,
        "taken_at": fingerprint.taken_at,
        "hashes": [format(h, "x") for h in fingerprint.hashes],
        "flat": fingerprint.flat,
    }
    return json.dumps(meta, separators=(",", ":")), fingerprint.thumb


def _decode(meta_text: str, thumb: bytes) -> Fingerprint:
    meta = json.loads(meta_text)
    return Fingerprint(
        digest=str(meta["digest"]),
        width=int(meta["width"]),
        height=int(meta["height"]),
        format=str(meta["format"]),
        taken_at=meta["taken_at"],
        hashes=tuple(int(h, 16) for h in meta["hashes"]),
        thumb=bytes(thumb),
        flat=bool(meta["flat"]),
    )
