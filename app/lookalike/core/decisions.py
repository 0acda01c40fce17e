"""Remember "these are not duplicates", by content, so later scans keep them apart.

Decisions are stored by content digest, not by path: renaming or moving the
files does not lose them. One SQLite file in the platform's data folder, whose
user_version names the digest its rows were made with.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lookalike.core.models import ImageRecord

log = logging.getLogger(__name__)

DECISIONS_FILE = "decisions.sqlite3"
# The content digest the rows hold: 0 = BLAKE2b-128 (before the version was kept), 2 = XXH3-128
# (fingerprint.digest_bytes). Rows of another digest can never match a scan's, so they are dropped.
DIGEST_FORMAT = 2

DigestPair = tuple[str, str]  # (smaller digest, larger digest)


def default_decisions_path() -> Path:
    from platformdirs import user_data_path  # about 7 ms to import: only when no path is given

    return user_data_path("lookalike", appauthor=False) / DECISIONS_FILE


def pair(digest_a: str, digest_b: str) -> DigestPair:
    return (digest_a, digest_b) if digest_a <= digest_b else (digest_b, digest_a)


@dataclass(frozen=True, slots=True)
class Decision:
    digests: DigestPair
    paths: tuple[str, str]  # where the two files were when the person decided, for display
    decided_at: str  # ISO 8601, UTC


class DecisionStore:
    """The person's "not duplicates" decisions."""

    def __init__(self, path: Path | None = None, *, lasting: bool = True) -> None:
        """`lasting`: False for a store made in a temporary folder when the data folder cannot keep
        one, whose decisions last until Lookalike closes (the window says so as they are made)."""
        self.path = path or default_decisions_path()
        self.lasting = lasting
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError as exc:
            # Losing these decisions is a nuisance, not a danger: keep the old file and start afresh.
            log.warning("The decisions file %s was unreadable (%s); starting a new one.", self.path, exc)
            self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            self._connection = self._open()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] != DIGEST_FORMAT:
                self._drop_other_digests(connection)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS not_duplicates ("
                " digest_a TEXT NOT NULL, digest_b TEXT NOT NULL, path_a TEXT NOT NULL,"
                " path_b TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (digest_a, digest_b))"
            )
            connection.execute(f"PRAGMA user_version={DIGEST_FORMAT}")
            connection.commit()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _drop_other_digests(self, connection: sqlite3.Connection) -> None:
        """Drop decisions stored by another version of Lookalike under another content digest."""
        exists = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'not_duplicates'"
        ).fetchone()[0]
        if not exists:
            return
        count = connection.execute("SELECT count(*) FROM not_duplicates").fetchone()[0]
        connection.execute("DROP TABLE not_duplicates")
        if count:
            log.warning(
                "Dropped %d 'not duplicates' decision(s) in %s: they were saved by another version of"
                " Lookalike, which identified pictures by another kind of content digest.",
                count,
                self.path,
            )

    def mark_not_duplicates(self, record: ImageRecord, others: Iterable[ImageRecord]) -> None:
        """Remember that `record` is a duplicate of none of `others`."""
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        rows = []
        for other in others:
            a, b = record.fingerprint.digest, other.fingerprint.digest
            if a == b:
                continue  # the same bytes are duplicates whatever anyone says
            paths = (str(record.entry.path), str(other.entry.path))
            rows.append((*pair(a, b), *(paths if a <= b else paths[::-1]), now))
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO not_duplicates VALUES (?, ?, ?, ?, ?)", rows)

    def mark_group_not_duplicates(self, records: list[ImageRecord]) -> None:
        """Remember that no two of `records` are duplicates of each other."""
        for index, record in enumerate(records):
            self.mark_not_duplicates(record, records[index + 1 :])

    def pairs(self) -> frozenset[DigestPair]:
        rows = self._connection.execute("SELECT digest_a, digest_b FROM not_duplicates")
        return frozenset((a, b) for a, b in rows)

    def decisions(self) -> list[Decision]:
        rows = self._connection.execute(
            "SELECT digest_a, digest_b, path_a, path_b, decided_at FROM not_duplicates"
            " ORDER BY decided_at DESC"
        )
        return [Decision((a, b), (pa, pb), at) for a, b, pa, pb, at in rows]

    def remember(self, decisions: Iterable[Decision]) -> None:
        """Store `decisions` again as they were (after `forget`: an undone decision redone)."""
        rows = [(*d.digests, *d.paths, d.decided_at) for d in decisions]
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO not_duplicates VALUES (?, ?, ?, ?, ?)", rows)

    def forget(self, digests: Iterable[DigestPair]) -> None:
        with self._connection:
            self._connection.executemany(
                "DELETE FROM not_duplicates WHERE digest_a = ? AND digest_b = ?", list(digests)
            )

    def close(self) -> None:
        self._connection.close()
