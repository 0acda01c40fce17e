"""The fingerprints a cache gives for files, as a list by file (None where it has none)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from lookalike.core.cache import FingerprintCache
from lookalike.core.discovery import Findings, discover_found, path_in
from lookalike.core.models import CancelCheck, FileEntry, Fingerprint, ScanOptions, never_cancelled
from lookalike.core.pictures import Gathering


def discovered(
    roots: tuple[Path, ...],
    options: ScanOptions,
    findings: Findings,
    *,
    cancelled: CancelCheck = never_cancelled,
) -> list[FileEntry]:
    """Every file discovery finds under `roots`, in its order, as a FileEntry (a scan holds them as
    columns)."""
    folders: dict[str, Path] = {}
    entries = []
    for found in discover_found(roots, options, findings, cancelled=cancelled):
        columns = found.columns()
        columns["path"] = [path_in(text, folders) for text in columns["path"]]
        entries += [
            FileEntry(*row) for row in zip(*(columns[name] for name in FileEntry.__slots__), strict=True)
        ]
    return entries


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


def last_scan_as_rows(cache_dir: Path, **options: object) -> None:
    """Scan an empty folder beside the cache with its settings: the last scan's fingerprints, which
    its columns held, become rows of the fingerprints table, as a scan of other folders leaves
    them (for a test to edit those rows)."""
    from lookalike.core.scan import scan

    nothing = cache_dir.parent / "an empty folder"
    nothing.mkdir(exist_ok=True)
    assert scan([nothing], ScanOptions(cache_dir=cache_dir, **options)).stats.files == 0  # type: ignore[arg-type]
