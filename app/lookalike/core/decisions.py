"""Remember "these are not duplicates", by content, so later scans keep them apart.

Decisions are stored by content digest, not by path: renaming or moving the
files does not lose them. One SQLite file in the platform's data folder, whose
user_version names the digest its rows were made with.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
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

# How long opening waits for another program (a second Lookalike, a backup tool) to let go of the file.
BUSY_TIMEOUT_S = 5.0
COMPANIONS = ("-journal", "-wal", "-shm")  # what SQLite writes next to the file


class NotOwnFile(OSError):
    """What is at the store's path is not a file of the store's own: a link, a folder, a FIFO..."""


def not_own_file(path: Path) -> str:
    """Why `path` is not a regular file of its own (never following a link), "missing" when nothing is
    there, or "" when it is one."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return "missing"
    if stat.S_ISLNK(status.st_mode):
        return "a symbolic link"
    if stat.S_ISDIR(status.st_mode):
        return "a folder"
    if not stat.S_ISREG(status.st_mode):
        return "a FIFO, socket or device"
    if status.st_nlink > 1:
        return "a file with other names (hard links)"
    return ""


def is_damaged(error: sqlite3.Error) -> bool:
    """Whether `error` says the file is no database or a damaged one, rather than that it is busy,
    read-only or out of reach (which leave the file as it is)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def connect_own_file(path: Path, before: os.stat_result, mode: str, timeout: float) -> sqlite3.Connection:
    """Connect to the regular file at `path` (`before`: its lstat, taken once it was found to be one),
    never creating it; NotOwnFile when what SQLite opened is not that file (it was swapped meanwhile)."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", timeout=timeout, uri=True)
    try:
        now = os.lstat(path)
        opened = next((row[2] for row in connection.execute("PRAGMA database_list") if row[1] == "main"), "")
        if not (stat.S_ISREG(now.st_mode) and os.path.samestat(before, now) and opened):
            raise NotOwnFile("it was replaced while it was opened")
        if not os.path.samestat(now, os.stat(opened)):
            raise NotOwnFile("it was replaced while it was opened")
    except (OSError, sqlite3.Error):
        connection.close()
        raise
    return connection


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


def read_decisions(path: Path) -> list[Decision]:
    """The decisions in the store at `path`, read without writing or waiting: none when they cannot be
    read so (locked, damaged, of another digest, not a file of its own)."""
    try:
        return decisions_read_only(path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("cannot read the decisions in %s: %s", path, exc)
        return []


def decisions_read_only(path: Path) -> list[Decision]:
    """The decisions in the store at `path`, read without writing or waiting: none when there is no
    store, or it holds another digest's; raises OSError or sqlite3.Error when it cannot be read so
    (locked, damaged, not a file of its own)."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return []
    if not stat.S_ISREG(status.st_mode):  # reading a file with other names too changes none of them
        raise NotOwnFile(not_own_file(path) or "no regular file")
    connection = connect_own_file(path, status, "ro", 0)
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] != DIGEST_FORMAT:
            return []
        rows = connection.execute("SELECT digest_a, digest_b, path_a, path_b, decided_at FROM not_duplicates")
        return [Decision((a, b), (pa, pb), at) for a, b, pa, pb, at in rows]
    finally:
        connection.close()


def _now() -> str:
    """When a decision is made, to the microsecond: undo forgets a decision by it (forget_made), and
    two windows deciding one pair within a second must not share it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _decided(record: ImageRecord, others: Iterable[ImageRecord], now: str) -> list[Decision]:
    """The decisions that `record` is a duplicate of none of `others`, made at `now`."""
    decided = []
    for other in others:
        a, b = record.fingerprint.digest, other.fingerprint.digest
        if a == b:
            continue  # the same bytes are duplicates whatever anyone says
        paths = (str(record.entry.path), str(other.entry.path))
        decided.append(Decision(pair(a, b), paths if a <= b else (paths[1], paths[0]), now))
    return decided


class DecisionStore:
    """The person's "not duplicates" decisions.

    Storing or forgetting raises sqlite3.Error (or OSError) when the store cannot be changed (its disk
    is full, it became read-only, another program holds it): then nothing of that change is kept.
    """

    path: Path | None  # None: held in memory alone (in_memory)

    def __init__(self, path: Path | None = None, *, lasting: bool = True) -> None:
        """`lasting`: False for a store made in a temporary folder when the data folder cannot keep
        one, whose decisions last until Lookalike closes (the window says so as they are made).

        Raises OSError or sqlite3.Error when the store cannot be used as it is but is not damaged
        (locked by another program, read-only, its folder unwritable): its decisions are left as they are.
        """
        path = path or default_decisions_path()
        self.path = path
        self.lasting = lasting
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open(path)
        except NotOwnFile as exc:
            # Opening it would write through a link into another file, or into what is no file at all.
            log.warning("The decisions file %s is %s; starting a new one.", path, exc)
            aside = self._set_aside(path)
            self._connection = self._open(path)
            self.remember(read_decisions(aside))  # a file with other names too: its decisions, copied
        except sqlite3.DatabaseError as exc:
            if not is_damaged(exc):  # locked or read-only: intact, and the person's
                raise
            # Losing these decisions is a nuisance, not a danger: keep the old file and start afresh.
            log.warning("The decisions file %s was unreadable (%s); starting a new one.", path, exc)
            self._set_aside(path)
            self._connection = self._open(path)

    @classmethod
    def in_memory(cls) -> DecisionStore:
        """A store no disk holds, for when no folder can keep one (its disk is full): its decisions
        last until Lookalike closes."""
        store = cls.__new__(cls)
        store.path, store.lasting = None, False
        store._connection = sqlite3.connect(":memory:")
        store._prepare(store._connection)
        return store

    @property
    def where(self) -> str:
        """The store's file, or ":memory:" for one held in memory alone: for messages and the log."""
        return str(self.path) if self.path is not None else ":memory:"

    def _open(self, path: Path) -> sqlite3.Connection:
        """Connect to the store's own file, made here if missing, never through a link."""
        for companion in (path.with_name(path.name + suffix) for suffix in COMPANIONS):
            if (problem := not_own_file(companion)) and problem != "missing":
                log.warning("%s next to the decisions file is %s; setting it aside.", companion, problem)
                self._set_aside(companion)
        connection = connect_own_file(path, self._own_file(path), "rw", BUSY_TIMEOUT_S)
        try:
            self._prepare(connection)
        except (OSError, sqlite3.Error):
            connection.close()
            raise
        return connection

    def _prepare(self, connection: sqlite3.Connection) -> None:
        """Make the table of decisions, of this version's digest, unless it is there."""
        if connection.execute("PRAGMA user_version").fetchone()[0] != DIGEST_FORMAT:
            self._drop_other_digests(connection)
        connection.execute(
            "CREATE TABLE IF NOT EXISTS not_duplicates ("
            " digest_a TEXT NOT NULL, digest_b TEXT NOT NULL, path_a TEXT NOT NULL,"
            " path_b TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (digest_a, digest_b))"
        )
        connection.execute(f"PRAGMA user_version={DIGEST_FORMAT}")  # a write: read-only fails here
        connection.commit()

    @staticmethod
    def _own_file(path: Path) -> os.stat_result:
        """The store's file at `path`, made empty (never through a link) if missing; NotOwnFile if
        what is there is no regular file of its own."""
        problem = not_own_file(path)
        if problem == "missing":
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            with contextlib.suppress(FileExistsError):  # made meanwhile: looked at again below
                os.close(os.open(path, flags, 0o600))  # O_EXCL: fails on anything there, a link too
            problem = not_own_file(path)
        if problem:
            raise NotOwnFile(problem)
        return os.lstat(path)

    def _set_aside(self, path: Path) -> Path:
        """Rename `path` (a link itself, not what it points to) to a free name next to it, which it
        returns: an earlier file set aside is never replaced."""
        for number in range(1, 1000):
            aside = path.with_name(path.name + ".damaged" + (f"-{number}" if number > 1 else ""))
            if not os.path.lexists(aside):
                path.rename(aside)
                log.warning("%s was set aside as %s", path, aside.name)
                return aside
        raise FileExistsError(f"no free name to set {path} aside")

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

    def mark_not_duplicates(self, record: ImageRecord, others: Iterable[ImageRecord]) -> list[Decision]:
        """Remember that `record` is a duplicate of none of `others`; returns the decisions stored."""
        return self.remember(_decided(record, others, _now()))

    def mark_group_not_duplicates(self, records: list[ImageRecord]) -> list[Decision]:
        """Remember that no two of `records` are duplicates of each other, all or none of them;
        returns the decisions stored."""
        now = _now()
        return self.remember(
            [
                decision
                for i, record in enumerate(records)
                for decision in _decided(record, records[i + 1 :], now)
            ]
        )

    def pairs(self) -> frozenset[DigestPair]:
        rows = self._connection.execute("SELECT digest_a, digest_b FROM not_duplicates")
        return frozenset((a, b) for a, b in rows)

    def decisions(self) -> list[Decision]:
        rows = self._connection.execute(
            "SELECT digest_a, digest_b, path_a, path_b, decided_at FROM not_duplicates"
            " ORDER BY decided_at DESC"
        )
        return [Decision((a, b), (pa, pb), at) for a, b, pa, pb, at in rows]

    def remember(self, decisions: Iterable[Decision]) -> list[Decision]:
        """Store `decisions` as they are, all or none of them (after `forget`: an undone decision
        redone); returns them."""
        stored = list(decisions)
        rows = [(*d.digests, *d.paths, d.decided_at) for d in stored]
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO not_duplicates VALUES (?, ?, ?, ?, ?)", rows)
        return stored

    def forget_made(self, decisions: Iterable[Decision]) -> None:
        """Forget these decisions, all or none of them, each only while the store holds it as made
        then: a pair decided again since (by another window) stays decided."""
        rows = [(*d.digests, d.decided_at) for d in decisions]
        with self._connection:
            self._connection.executemany(
                "DELETE FROM not_duplicates WHERE digest_a = ? AND digest_b = ? AND decided_at = ?", rows
            )

    def forget(self, digests: Iterable[DigestPair]) -> None:
        """Forget the decisions about these pairs, all or none of them."""
        with self._connection:
            self._connection.executemany(
                "DELETE FROM not_duplicates WHERE digest_a = ? AND digest_b = ?", list(digests)
            )

    def close(self) -> None:
        self._connection.close()
