"""The fingerprints a cache gives for files, as a list by file (None where it has none)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from lookalike.core.cache import FingerprintCache
from lookalike.core.models import FileEntry, Fingerprint
from lookalike.core.pictures import Gathering


def file_columns(entries: Sequence[FileEntry]) -> dict[str, list[object]]:
    """The entries as Gathering.add_files takes them: each field's values, a path as its text."""
    columns: dict[str, list[object]] = {
        name: [getattr(e, name) for e in entries] for name in FileEntry.__slots__
    }
    columns["path"] = list(map(os.fspath, columns["path"]))  # type: ignore[arg-type]
    return columns


def cached_fingerprints(cache: FingerprintCache, entries: Sequence[FileEntry]) -> list[Fingerprint | None]:
    gathering = Gathering()
    gathering.add_files(file_columns(entries))
    cache.load(gathering)
    lacking = set(gathering.lacking())
    found = iter(gathering.pictures())  # the files that have one, in order
    return [None if number in lacking else next(found).fingerprint for number in range(len(entries))]
