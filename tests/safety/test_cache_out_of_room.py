"""Fault injection: the disk fills up while a rescan writes to the fingerprint cache.

The rescan runs in a child process whose files may not grow past a size the cache file already
has (RLIMIT_FSIZE, the way a full disk refuses a write: the write fails, the process goes on):
the fresh fingerprints, the checks made of the new pairs (thumb_scores and rows), the candidate
search and the groups cannot be written. The scan must still give every group, say why the cache
was not written, and leave a cache the next scan reads as before.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from tests.core.test_kept_checks import write_crop_pair
from tests.core.test_masked_hashes import write_logo_pair

resource = pytest.importorskip("resource", reason="file size limits are POSIX")

# Scans `folder` with the cache in `cache`, every file this process writes kept under 64 KB; prints
# each group's names and the log's warnings as JSON.
_CHILD = """
import json, logging, resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
warnings = []
class Kept(logging.Handler):
    def emit(self, record):
        warnings.append(record.getMessage())
logging.getLogger("lookalike").addHandler(Kept())
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
result = scan([Path(sys.argv[1])], ScanOptions(cache_dir=Path(sys.argv[2])))
groups = sorted(sorted(m.path.name for m in g.members) for g in result.groups)
print(json.dumps({"groups": groups, "cached": result.stats.cached, "warnings": warnings}))
"""


def _scanned_on_a_full_disk(folder: Path, cache: Path) -> dict[str, Any]:
    """What _CHILD saw scanning `folder` with `cache` that cannot grow: no traceback, its groups,
    how many pictures came from the cache, the log's warnings."""
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), str(cache)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr
    seen: dict[str, Any] = json.loads(child.stdout)
    return seen


def _names(folder: Path, cache: Path) -> list[list[str]]:
    return sorted(
        sorted(m.path.name for m in g.members) for g in scan([folder], ScanOptions(cache_dir=cache)).groups
    )


def test_a_rescan_whose_cache_cannot_grow_still_groups_and_leaves_the_cache_readable(tmp_path: Path) -> None:
    folder, cache = tmp_path / "pics", tmp_path / "cache"
    write_logo_pair(folder, 20, 0, turned=False)
    write_crop_pair(folder, 31)
    assert _names(folder, cache) == [["crop31-cut.jpg", "crop31.jpg"], ["logo.jpg", "original.jpg"]]
    assert (cache / "fingerprints.sqlite3").stat().st_size > 65536  # every write lands past the limit

    write_crop_pair(folder, 32)  # new pictures: fingerprints, checks, a search and groups to write
    seen = _scanned_on_a_full_disk(folder, cache)
    expected = [
        ["crop31-cut.jpg", "crop31.jpg"],
        ["crop32-cut.jpg", "crop32.jpg"],
        ["logo.jpg", "original.jpg"],
    ]
    assert seen["groups"] == expected
    assert seen["cached"] == 4  # the old pictures were read from the cache
    assert any("Could not write to the fingerprint cache" in warning for warning in seen["warnings"]), seen

    # Without the limit, the cache is read as before (nothing half written), and written again.
    assert _names(folder, cache) == expected
    again = scan([folder], ScanOptions(cache_dir=cache))
    assert again.stats.cached == again.stats.images == 6


def test_a_full_disk_while_another_folder_takes_the_last_scans_place_loses_no_fingerprint(
    tmp_path: Path,
) -> None:
    """The last scan's columns hold its pictures' fingerprints alone; a scan of another folder
    replaces them and writes those fingerprints as rows. When the disk is full meanwhile, that
    store fails whole: the other folder's groups are still given, and the first folder's
    fingerprints are all still in the cache, its next scan reading none of its pictures."""
    first, other, cache = tmp_path / "first", tmp_path / "other", tmp_path / "cache"
    write_logo_pair(first, 20, 0, turned=False)
    write_crop_pair(first, 31)
    grouped = _names(first, cache)
    assert grouped == [["crop31-cut.jpg", "crop31.jpg"], ["logo.jpg", "original.jpg"]]
    assert (cache / "fingerprints.sqlite3").stat().st_size > 65536  # every write lands past the limit

    other.mkdir()
    write_crop_pair(other, 32)
    seen = _scanned_on_a_full_disk(other, cache)
    assert seen["groups"] == [["crop32-cut.jpg", "crop32.jpg"]]
    assert any("Could not write to the fingerprint cache" in warning for warning in seen["warnings"]), seen

    again = scan([first], ScanOptions(cache_dir=cache))
    assert again.stats.cached == again.stats.images == 4
    assert sorted(sorted(m.path.name for m in g.members) for g in again.groups) == grouped


def test_a_full_disk_while_a_rescan_adds_a_folders_pictures_as_segments_leaves_the_columns_whole(
    tmp_path: Path,
) -> None:
    """Pictures added in a folder after the others: the rescan adds them to the last scan's
    columns as one more segment each (cache._add_segments). When the disk is full meanwhile, no
    segment is half written: the rescan still groups them, and the next scan reads the old
    pictures from the columns as they were (each its own fingerprint), adds the new ones as a
    segment, and the one after reads all."""
    library, cache = tmp_path / "library", tmp_path / "cache"
    write_logo_pair(library / "a", 20, 0, turned=False)
    write_crop_pair(library / "a", 31)
    assert _names(library, cache) == [["crop31-cut.jpg", "crop31.jpg"], ["logo.jpg", "original.jpg"]]
    assert (cache / "fingerprints.sqlite3").stat().st_size > 65536  # every write lands past the limit

    (library / "b").mkdir()
    write_crop_pair(library / "b", 32)
    expected = [
        ["crop31-cut.jpg", "crop31.jpg"],
        ["crop32-cut.jpg", "crop32.jpg"],
        ["logo.jpg", "original.jpg"],
    ]
    seen = _scanned_on_a_full_disk(library, cache)
    assert seen["groups"] == expected and seen["cached"] == 4
    assert any("Could not write to the fingerprint cache" in warning for warning in seen["warnings"]), seen

    with sqlite3.connect(cache / "fingerprints.sqlite3") as database:
        names = [name for (name,) in database.execute("SELECT name FROM last_scan")]
    assert names and not [name for name in names if "#" in name]  # the columns as the first scan left them
    rescanned = scan([library], ScanOptions(cache_dir=cache))
    fresh = scan([library], ScanOptions(use_cache=False))
    assert rescanned.stats.cached >= 4 and rescanned.stats.images == 6  # the new ones' rows may be in
    assert sorted((r.entry.path.name, r.fingerprint.digest) for r in rescanned.images) == sorted(
        (r.entry.path.name, r.fingerprint.digest) for r in fresh.images
    )
    with sqlite3.connect(cache / "fingerprints.sqlite3") as database:
        assert database.execute("SELECT count(*) FROM last_scan WHERE name = 'path#001'").fetchone() == (1,)
    again = scan([library], ScanOptions(cache_dir=cache))
    assert again.stats.cached == again.stats.images == 6
    assert sorted(sorted(m.path.name for m in g.members) for g in again.groups) == expected
