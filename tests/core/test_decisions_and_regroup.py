"""'Not duplicates' decisions survive renames and rescans; regrouping reads no files; tiers."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance

from lookalike.core.decisions import DecisionStore, pair
from lookalike.core.matching import find_groups
from lookalike.core.models import ScanOptions, Tier
from lookalike.core.scan import scan
from lookalike.samples import photo


def _groups(groups: tuple) -> list[set[str]]:  # type: ignore[type-arg]
    return [{m.path.name for m in g.members} for g in groups]


def _pictures(folder: Path) -> None:
    folder.mkdir(parents=True)
    beach = photo(1, (600, 450))
    beach.save(folder / "beach.jpg", quality=92)
    beach.resize((300, 225)).save(folder / "beach-small.jpg", quality=80)
    ImageEnhance.Brightness(beach).enhance(1.15).save(folder / "beach-bright.jpg", quality=92)
    photo(2, (600, 450)).save(folder / "forest.jpg", quality=92)


def test_not_duplicates_survives_renaming_and_a_second_scan(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    _pictures(folder)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    assert _groups(first.groups) == [{"beach.jpg", "beach-small.jpg", "beach-bright.jpg"}]

    group = first.groups[0]
    bright = next(m.record for m in group.members if m.path.name == "beach-bright.jpg")
    store = DecisionStore()
    store.mark_not_duplicates(bright, [m.record for m in group.members if m.record is not bright])
    store.close()

    (folder / "beach-bright.jpg").rename(folder / "renamed.jpg")
    shutil.move(folder / "beach-small.jpg", tmp_path / "moved-small.jpg")
    decisions = DecisionStore()
    second = scan([folder, tmp_path / "moved-small.jpg"], options, not_duplicates=decisions.pairs())
    assert _groups(second.groups) == [{"beach.jpg", "moved-small.jpg"}]
    assert [d.paths for d in decisions.decisions()] != []

    decisions.forget([d.digests for d in decisions.decisions()])
    third = scan([folder, tmp_path / "moved-small.jpg"], options, not_duplicates=decisions.pairs())
    assert _groups(third.groups) == [{"beach.jpg", "moved-small.jpg", "renamed.jpg"}]


def test_the_cli_honours_decisions_made_in_the_window(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    _pictures(folder)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    store = DecisionStore()
    store.mark_group_not_duplicates([m.record for m in result.groups[0].members])
    store.close()
    command = [sys.executable, "-m", "lookalike", "scan", str(folder), "--no-cache", "--quiet"]
    remembered = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    assert remembered["groups"] == []
    ignored = subprocess.run([*command, "--ignore-decisions"], capture_output=True, text=True, check=True)
    assert len(json.loads(ignored.stdout)["groups"]) == 1


def test_regrouping_at_another_sensitivity_reads_no_files(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    _pictures(folder)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache", threshold=8))
    shutil.rmtree(folder)  # nothing left to read: regrouping must work from the fingerprints

    strict = find_groups(result.images, dataclasses.replace(result.options, threshold=0))
    loose = find_groups(result.images, dataclasses.replace(result.options, threshold=12))
    assert all(m.distance == 0 for g in strict for m in g.members)
    assert _groups(loose) == [{"beach.jpg", "beach-small.jpg", "beach-bright.jpg"}]


def test_tiers_tell_same_bytes_same_pixels_and_similar_apart(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    _pictures(folder)
    shutil.copy(folder / "beach.jpg", folder / "beach-copy.jpg")
    Image.open(folder / "beach.jpg").save(folder / "beach.png")
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    (group,) = result.groups
    tiers = {m.path.name: m.tier for m in group.members}
    assert tiers == {
        "beach.jpg": Tier.EXACT,  # the reference: the original (no copy marker, older than the PNG)
        "beach-copy.jpg": Tier.EXACT,
        "beach.png": Tier.PIXELS,
        "beach-small.jpg": Tier.PIXELS,
        "beach-bright.jpg": Tier.SIMILAR,
    }
    assert group.tier is Tier.SIMILAR
    bright = next(m for m in group.members if m.path.name == "beach-bright.jpg")
    assert bright.score is not None and 0 < bright.score <= 1


def test_keep_rules_choose_the_keeper_in_every_group_and_say_why(tmp_path: Path) -> None:
    from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule, apply_keep_rules

    folder = tmp_path / "pics"
    _pictures(folder)
    Image.open(folder / "beach.jpg").save(folder / "beach.png")
    groups = scan([folder], ScanOptions(cache_dir=tmp_path / "cache")).groups

    def kept(groups: tuple) -> list[str]:  # type: ignore[type-arg]
        return [m.path.name for g in groups for m in g.members if m.keep]

    assert kept(groups) == ["beach.jpg"]  # not the PNG re-save, though it is the largest file
    assert groups[0].keep_reason == "largest resolution, then oldest"
    png_first = apply_keep_rules(groups, [KeepRule(Rule.PREFERRED_FORMAT, "PNG"), *SUGGESTED_RULES])
    assert kept(png_first) == ["beach.png"]
    assert png_first[0].keep_reason == "preferred format (PNG)"
    newest = apply_keep_rules(groups, [KeepRule(Rule.NEWEST)])
    assert kept(newest) == ["beach.png"]  # written last
    assert kept(apply_keep_rules(png_first, SUGGESTED_RULES)) == kept(groups)  # "reset to suggested"


def test_decisions_saved_with_the_old_blake2b_digests_are_dropped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "pics"
    _pictures(folder)
    path = tmp_path / "decisions.sqlite3"
    old = sqlite3.connect(path)  # the layout of Lookalike before decisions named their digest
    old.execute(
        "CREATE TABLE not_duplicates (digest_a TEXT NOT NULL, digest_b TEXT NOT NULL, path_a TEXT NOT NULL,"
        " path_b TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (digest_a, digest_b))"
    )
    blake = [hashlib.blake2b(p.read_bytes(), digest_size=16).hexdigest() for p in sorted(folder.iterdir())]
    old.execute(
        "INSERT INTO not_duplicates VALUES (?, ?, 'a.jpg', 'b.jpg', '2026-01-01T00:00:00Z')",
        sorted(blake[:2]),
    )
    old.commit()
    old.close()

    with caplog.at_level(logging.WARNING, logger="lookalike.core.decisions"):
        store = DecisionStore(path)
    assert store.pairs() == frozenset()
    assert "Dropped 1 'not duplicates' decision" in caplog.text

    result = scan([folder], ScanOptions(use_cache=False))
    records = [m.record for m in result.groups[0].members]
    store.mark_not_duplicates(records[0], records[1:2])
    store.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="lookalike.core.decisions"):
        reopened = DecisionStore(path)
    assert reopened.pairs() == {pair(records[0].fingerprint.digest, records[1].fingerprint.digest)}
    assert caplog.text == ""
    reopened.close()
