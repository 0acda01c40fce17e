"""The fingerprint cache shared with another Lookalike (the window and the command line, two
windows): a cache another one holds is left as it is, never set aside as damaged, and two scans
starting on a new cache make its tables once. Real SQLite files in tmp_path, held by a real
second connection."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from lookalike.core.cache import CACHE_FILE, FingerprintCache
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from tests.safety.conftest import make_copies


def _groups(root: Path, cache: Path) -> tuple[list[list[str]], tuple[str, ...], int]:
    result = scan([root], ScanOptions(cache_dir=cache))
    names = sorted(sorted(m.path.name for m in g.members) for g in result.groups)
    return names, tuple(str(w) for w in result.warnings), result.stats.cached


def test_a_cache_another_lookalike_holds_is_left_as_it_is(tmp_path: Path) -> None:
    """Hostile: another program holds the cache file so that no one else may even read it (SQLite's
    exclusive locking) while a rescan runs. The rescan groups as before, reading every file, and
    says the cache could not be used; the file is not set aside as damaged (it was, and the other
    program's cache was lost), and once let go the next rescan takes its fingerprints."""
    make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "sub/c.jpg"))
    cache = tmp_path / "cache"
    before, _, _ = _groups(tmp_path / "photos", cache)
    assert before == [["a.jpg", "b.jpg", "c.jpg"]]
    other = sqlite3.connect(cache / CACHE_FILE, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("CREATE TABLE another_programs (x)")

    groups, warnings, cached = _groups(tmp_path / "photos", cache)

    assert groups == before and cached == 0
    assert warnings and all("rebuilt" not in w for w in warnings), warnings
    assert sorted(p.name for p in cache.iterdir() if "damaged" in p.name) == []
    other.execute("ROLLBACK")
    other.close()
    groups, warnings, cached = _groups(tmp_path / "photos", cache)
    assert groups == before and cached == 3 and warnings == ()


def test_scans_starting_together_on_a_new_cache_make_its_tables_once(tmp_path: Path) -> None:
    """Two scans open a cache no one has made yet at the same moment (here, both kept waiting by a
    third connection, then let go at once). Both open it; neither finds it damaged nor sets the
    other's aside. (Each read that the file was new, then made its tables one statement at a time:
    one failed on a table the other had made, and set the file aside as damaged.)"""
    cache = tmp_path / "cache"
    cache.mkdir()
    holder = sqlite3.connect(cache / CACHE_FILE, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    opened: list[FingerprintCache] = []
    failed: list[BaseException] = []

    def open_cache() -> None:
        try:
            opened.append(FingerprintCache(cache, "settings"))
        except BaseException as exc:  # what a scan would have met
            failed.append(exc)

    scans = [threading.Thread(target=open_cache) for _ in range(2)]
    for one in scans:
        one.start()
    for one in scans:
        one.join(0.5)
    holder.execute("ROLLBACK")
    holder.close()
    for one in scans:
        one.join(30)

    assert not failed and len(opened) == 2
    assert [w for c in opened for w in c.warnings] == []
    assert sorted(p.name for p in cache.iterdir() if "damaged" in p.name) == []
    for one in opened:
        one.close()
