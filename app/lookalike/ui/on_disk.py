"""Whether a file is still the one a scan saw, told from its status alone (no reading, no hashing).

The grid and the compare view show what is on disk now; what they say about a file (an exact copy,
its size, how it matched) is what the scan saw. When the two part, they must say so: a file gone
since the scan, or changed (another size or modification time, or another file moved over its
name), is named as such instead of being described by the scan's claims.
"""

from __future__ import annotations

import os
import stat
from enum import Enum
from pathlib import Path

from lookalike.core.models import FileEntry
from lookalike.core.opening import IDENTITIES_COMPARED


class OnDisk(Enum):
    """What became of a scanned file."""

    AS_SCANNED = "as scanned"
    CHANGED = "changed"  # another size, modification time or file at its path
    GONE = "gone"  # moved or deleted


def same_file(scanned: FileEntry, now: FileEntry | os.stat_result) -> bool:
    """Whether `now` (a file's status, or an entry made of one) is the file `scanned` recorded: the
    same size, the same modification time where the record has one (a result saved by version 1
    has none: 0), and, where both have one, the same inode on the same device (compared where
    opening.IDENTITIES_COMPARED)."""
    if isinstance(now, os.stat_result):
        now = FileEntry.from_stat(scanned.path, now)
    if now.size != scanned.size or (scanned.mtime_ns and now.mtime_ns != scanned.mtime_ns):
        return False
    if IDENTITIES_COMPARED and scanned.inode and now.inode:
        return (now.device, now.inode) == (scanned.device, scanned.inode)
    return True


def look(scanned: FileEntry) -> tuple[OnDisk, FileEntry]:
    """What became of `scanned`, with the entry of what is at its path now (`scanned` itself when
    it is unchanged, or gone). One stat of the path, links followed as the scan followed them."""
    try:
        st = os.stat(scanned.path)
    except (FileNotFoundError, NotADirectoryError):
        return OnDisk.GONE, scanned
    except OSError:  # no permission to look, say: loading the picture tells why it cannot be shown
        return OnDisk.AS_SCANNED, scanned
    if not stat.S_ISREG(st.st_mode) or not same_file(scanned, st):
        return OnDisk.CHANGED, FileEntry.from_stat(scanned.path, st)
    return OnDisk.AS_SCANNED, scanned


def found_now(path: Path) -> FileEntry:
    """The entry of the file at `path` as it is now (raises OSError when there is none)."""
    return FileEntry.from_stat(path, os.stat(path))
