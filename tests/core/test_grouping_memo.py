"""A rescan that finds nothing changed reuses the last groups; any change regroups from scratch."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from lookalike.core import cache as cache_module
from lookalike.core import verify
from lookalike.core.decisions import pair
from lookalike.core.matching import find_groups
from lookalike.core.models import Group, Phase, Progress, ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.samples import photo


def _pictures(folder: Path) -> None:
    folder.mkdir()
    for seed in range(3):
        picture = photo(40 + seed, (320, 240))
        picture.save(folder / f"p{seed}.jpg", quality=92)
        picture.save(folder / f"p{seed}-resaved.jpg", quality=70)
        picture.resize((160, 120), Image.Resampling.LANCZOS).save(folder / f"p{seed}-small.png")
    (folder / "p0-copy.jpg").write_bytes((folder / "p0.jpg").read_bytes())
    photo(99, (320, 240)).save(folder / "alone.jpg", quality=90)


def _shape(groups: tuple[Group, ...]) -> list[tuple[object, ...]]:
    return [
        (g.id, g.kind, g.keep_reason, [(m.path.name, m.distance, m.keep, m.score, m.tier) for m in g.members])
        for g in groups
    ]


def _fresh(result: ScanResult, options: ScanOptions, not_duplicates: frozenset[tuple[str, str]]) -> object:
    return _shape(find_groups(result.images, options, not_duplicates=not_duplicates))


def test_rescan_reuses_the_groups_and_they_equal_a_fresh_grouping(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    _pictures(folder)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    second = scan([folder], options)
    assert second.stats.cached == second.stats.images == first.stats.images
    assert _shape(second.groups) == _shape(first.groups) == _fresh(second, options, frozenset())
    assert second.groups == first.groups
    assert len(first.groups) == 3
    # The reused groups hold this scan's records, as find_groups' would.
    images = set(second.images)
    assert all(m.record in images for g in second.groups for m in g.members)


def test_a_changed_file_threshold_or_decision_regroups(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    _pictures(folder)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    assert any(m.path.name == "p1-small.png" for g in first.groups for m in g.members)

    # A decision made in the window: p1 and its small copy are not duplicates.
    by_name = {record.entry.path.name: record for record in first.images}
    decided = frozenset(
        {pair(by_name["p1.jpg"].fingerprint.digest, by_name["p1-small.png"].fingerprint.digest)}
    )
    after_decision = scan([folder], options, not_duplicates=decided)
    assert _shape(after_decision.groups) == _fresh(after_decision, options, decided)
    assert _shape(after_decision.groups) != _shape(first.groups)

    # Another threshold (fingerprints still cached).
    strict = ScanOptions(cache_dir=tmp_path / "cache", threshold=0)
    strict_result = scan([folder], strict)
    assert strict_result.stats.cached == strict_result.stats.images
    assert _shape(strict_result.groups) == _fresh(strict_result, strict, frozenset())

    # A file replaced by another picture.
    photo(77, (320, 240)).save(folder / "p2-small.png")
    stat = (folder / "p2-small.png").stat()
    os.utime(folder / "p2-small.png", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    changed = scan([folder], options)
    assert _shape(changed.groups) == _fresh(changed, options, frozenset())
    assert not any(m.path.name == "p2-small.png" for g in changed.groups for m in g.members)

    # A file removed.
    (folder / "p0-copy.jpg").unlink()
    removed = scan([folder], options)
    assert _shape(removed.groups) == _fresh(removed, options, frozenset())
    assert not any(m.path.name == "p0-copy.jpg" for g in removed.groups for m in g.members)


def test_damaged_stored_groups_are_ignored_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    _pictures(folder)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    database = tmp_path / "cache" / cache_module.CACHE_FILE
    for damage in ("not json", json.dumps([["similar", "x", [[10_000, 0, True, None, "exact"]]]]), "[[1]]"):
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE groupings SET groups = ?", (damage,))
        again = scan([folder], options)
        assert again.groups == first.groups


def test_cancelled_grouping_is_not_kept(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    _pictures(folder)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    checks_while_matching = 0

    def note_phase(progress: Progress) -> None:
        nonlocal checks_while_matching
        if progress.phase is Phase.MATCH and not checks_while_matching:  # grouping reports often
            checks_while_matching = 1

    def cancel_inside_matching() -> bool:
        nonlocal checks_while_matching
        if checks_while_matching:
            checks_while_matching += 1
        return checks_while_matching > 2  # scan() starts matching, find_groups stops at once

    partial = scan([folder], options, progress=note_phase, cancelled=cancel_inside_matching)
    assert partial.cancelled
    assert len(partial.groups) < 3
    complete = scan([folder], options)
    assert _shape(complete.groups) == _fresh(complete, options, frozenset())
    assert len(complete.groups) == 3


def test_unchanged_rescan_through_the_cli_loads_neither_numpy_nor_pillow(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    _pictures(folder)
    script = (
        "import sys\n"
        "from lookalike.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, 'numpy' in sys.modules, 'PIL' in sys.modules, file=sys.stderr)\n"
    )
    outputs = []
    for _ in range(2):
        out = tmp_path / f"result{len(outputs)}.json"
        command = [sys.executable, "-c", script, "scan", str(folder), "--cache-dir", str(tmp_path / "cache"),
                   "--quiet", "--json", str(out)]  # fmt: skip
        env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
        run = subprocess.run(command, capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        outputs.append((run.stderr.strip().splitlines()[-1], json.loads(out.read_text())))
    (cold_modules, cold), (warm_modules, warm) = outputs
    assert cold_modules == "0 True True"
    assert warm_modules == "0 False False"
    assert warm["groups"] == cold["groups"]
    assert warm["stats"]["cached"] == warm["stats"]["images"] == 11


def test_grouping_again_at_another_sensitivity_checks_no_pair_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slider regroups the same pictures: the thumbs' checks of the pairs already checked are
    remembered (moving it back and forth on 10,000 pictures took 3 s, most of it these checks)."""
    folder = tmp_path / "pictures"
    _pictures(folder)
    result = scan([folder], ScanOptions(use_cache=False))  # grouped at the default, 8
    checked: list[int] = []
    real_match = verify.match

    def counted(*args: Any, **kwargs: Any) -> verify.Match:
        checked.append(1)
        return real_match(*args, **kwargs)

    monkeypatch.setattr(verify, "match", counted)
    strict = find_groups(result.images, replace(result.options, threshold=4))
    assert checked == []  # every pair within 4 bits was checked at 8 already
    loose = find_groups(result.images, replace(result.options, threshold=14))
    newly = len(checked)
    again = find_groups(result.images, replace(result.options, threshold=14))
    assert len(checked) == newly and _shape(again) == _shape(loose)
    assert len(strict) <= len(loose)


def test_groups_that_are_not_of_the_scans_pictures_are_not_kept(tmp_path: Path) -> None:
    # The kept groups name each member by its number among the scan's pictures, found by its path:
    # a member no picture of the scan (its file since changed) or two pictures of one path (no scan
    # makes them) keep nothing, and the next scan groups afresh.
    folder = tmp_path / "pictures"
    _pictures(folder)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    images = list(first.images)
    key = cache_module.grouping_key(images, options, frozenset())
    group = first.groups[0]
    record = group.members[0].record
    # Of another content, or another file at the same path (a fingerprint's other values follow
    # from its content under the settings, as grouping_key counts them).
    strangers = [
        replace(record, fingerprint=replace(record.fingerprint, digest="0" * 32)),
        replace(record, entry=replace(record.entry, mtime_ns=record.entry.mtime_ns + 1)),
    ]
    changed = [
        (replace(group, members=(replace(group.members[0], record=stranger), *group.members[1:])),)
        for stranger in strangers
    ]
    stored = cache_module.FingerprintCache(tmp_path / "cache", options.fingerprint_key)
    try:
        for groups, pictures in (
            (changed[0], images),
            (changed[1], images),
            (first.groups, [*images, record]),
        ):
            stored.store_groups(key, groups, pictures)
            assert stored.load_groups(key, images) is None
        stored.store_groups(key, first.groups, images)
        assert stored.load_groups(key, images) == first.groups
    finally:
        stored.close()
