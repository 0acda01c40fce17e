"""Thumbs stay out of memory: a scan with the cache keeps none and matching reads back only those
of candidate pairs; without the cache each fingerprint keeps its own copy. Same groups either way."""

from __future__ import annotations

import shutil
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image

from lookalike.core import matching
from lookalike.core.cache import CACHE_FILE, FingerprintCache, ThumbsUnavailable
from lookalike.core.cache import _unpacked_thumb as unpacked
from lookalike.core.discovery import Findings
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.matching import find_groups
from lookalike.core.models import (
    FileEntry,
    Fingerprint,
    Group,
    ImageRecord,
    Kind,
    Phase,
    Progress,
    ScanOptions,
    ScanResult,
)
from lookalike.core.reasons import Code
from lookalike.core.scan import group_again, scan
from lookalike.samples import photo, screenshot
from tests.core.gathered import discovered

Fetch = Callable[[Sequence[ImageRecord]], Mapping[str, bytes]]


def candidate_pictures(root: Path) -> Path:
    """Unrelated photos, an exact copy, a resized copy and screenshots of one template."""
    root.mkdir()
    for seed in range(6):
        photo(seed, (160 + 16 * seed, 120)).save(root / f"p{seed}.jpg", quality=85)
    beach = photo(11, (400, 300))
    beach.save(root / "beach.jpg", quality=90)
    shutil.copyfile(root / "beach.jpg", root / "beach copy.jpg")
    beach.resize((200, 150), Image.Resampling.LANCZOS).save(root / "beach small.jpg", quality=70)
    for text in range(3):
        screenshot(1, text, (360, 640)).save(root / f"screen{text}.png")
    return root


def candidate_digests(result: ScanResult) -> set[str]:
    """Digests of the contents within the threshold of another content: brute force, as an oracle."""
    best = {r.fingerprint.digest: r.fingerprint for r in result.images if not r.fingerprint.flat}
    limit = result.options.effective_threshold
    near: set[str] = set()
    for a, b in combinations(best.values(), 2):
        if (a.hashes[0] ^ b.hashes[0]).bit_count() <= limit:
            near |= {a.digest, b.digest}
    return near


def _summary(result: ScanResult) -> list[tuple[str, list[tuple[str, int, bool, float | None, str]]]]:
    return _summary_of(result.groups)


def _summary_of(groups: Iterable[Group]) -> list[tuple[str, list[tuple[str, int, bool, float | None, str]]]]:
    return [
        (g.kind.value, [(m.path.name, m.distance, m.keep, m.score, m.tier.value) for m in g.members])
        for g in groups
    ]


def _counting(fetch: Fetch, calls: list[list[str]]) -> Fetch:
    def counted(records: Sequence[ImageRecord]) -> Mapping[str, bytes]:
        calls.append([record.fingerprint.digest for record in records])
        return fetch(records)

    return counted


def _cache_fetches_counted(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The digests each call of FingerprintCache.thumbs asks for, from now on."""
    calls: list[list[str]] = []
    original = FingerprintCache.thumbs
    monkeypatch.setattr(
        FingerprintCache,
        "thumbs",
        lambda self, records, **given: _counting(lambda r: original(self, r, **given), calls)(records),
    )
    return calls


def test_scanned_fingerprints_are_the_fingerprinters_and_the_cache_has_the_thumbs(tmp_path: Path) -> None:
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    fingerprint = make_fingerprinter(options)
    expected: dict[Path, Fingerprint] = {}
    for entry in discovered((pictures,), options, Findings()):
        computed = fingerprint(entry)
        assert isinstance(computed, Fingerprint)
        expected[entry.path] = computed
    thumbless = {path: replace(fp, thumb=b"") for path, fp in expected.items()}

    for run in ("cold", "warm"):
        result = scan([pictures], options)
        assert result.stats.cached == (0 if run == "cold" else len(expected))
        assert {record.entry.path: record.fingerprint for record in result.images} == thumbless
        cache = FingerprintCache(tmp_path / "cache", options.fingerprint_key)
        try:
            thumbs = cache.thumbs(result.images)
        finally:
            cache.close()
        assert thumbs == {fp.digest: fp.thumb for fp in expected.values()}

    uncached = scan([pictures], replace(options, use_cache=False))
    assert {record.entry.path: record.fingerprint for record in uncached.images} == expected


def test_a_cached_scan_reads_back_only_the_thumbs_of_candidate_pairs_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    calls = _cache_fetches_counted(monkeypatch)

    result = scan([pictures], options)

    candidates = candidate_digests(result)
    assert len(calls) == 1 and len(calls[0]) == len(set(calls[0]))  # one fetch, each image once
    assert set(calls[0]) == candidates
    assert 3 <= len(candidates) < len({r.fingerprint.digest for r in result.images})
    grouped = {m.record.fingerprint.digest for g in result.groups for m in g.members[1:] if m.distance}
    assert grouped and grouped <= candidates
    assert all(not record.fingerprint.thumb for record in result.images)  # none kept in memory


def test_grouping_holds_at_most_its_budget_of_thumbs_and_reads_the_rest_per_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over THUMBS_HELD_MOST pictures in pairs to check, grouping fetches ahead only that many (those
    in the most pairs) and reads each other thumb when a check needs it: the same groups."""
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    unbounded = scan([pictures], replace(options, use_cache=False))
    calls = _cache_fetches_counted(monkeypatch)
    monkeypatch.setattr(matching, "THUMBS_HELD_MOST", 2)

    result = scan([pictures], options)

    assert _summary(result) == _summary(unbounded) and result.groups
    assert max(map(len, calls)) <= 2  # never more than the budget at once
    assert len(calls) > 2  # the others one check at a time
    assert set().union(*calls) == candidate_digests(result)


def test_with_many_pictures_grouping_holds_fewer_thumbs_and_groups_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond THUMBS_SHARED_FROM pictures the budget of thumbs held shrinks by one for every ten
    more (down to a quarter): grouping fetches ahead no more than that, and finds the same groups."""
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    unbounded = scan([pictures], replace(options, use_cache=False))
    monkeypatch.setattr(matching, "THUMBS_HELD_MOST", 8)
    monkeypatch.setattr(matching, "THUMBS_SHARED_FROM", -1000)  # over a hundred fewer: the floor, 2
    calls = _cache_fetches_counted(monkeypatch)

    result = scan([pictures], options)

    assert _summary(result) == _summary(unbounded) and result.groups
    assert len(candidate_digests(result)) > 2
    assert max(map(len, calls)) <= 2
    assert set().union(*calls) == candidate_digests(result)


def test_an_uncached_scan_takes_the_thumbs_of_candidate_pairs_from_its_fingerprints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(use_cache=False, cache_dir=tmp_path / "cache", workers=2)
    calls: list[list[str]] = []
    original = matching.stored_thumbs
    monkeypatch.setattr(matching, "stored_thumbs", lambda o: _counting(original(o), calls))

    result = scan([pictures], options)

    assert not (tmp_path / "cache").exists()
    assert candidate_digests(result) and calls == []  # none asked of a cache
    assert all(len(record.fingerprint.thumb) == 64 * 64 for record in result.images)
    cached = scan([pictures], replace(options, use_cache=True))
    assert _summary(cached) == _summary(result)  # the same groups, tiers and scores


def test_regrouping_a_cached_scan_reads_its_thumbs_from_the_cache_not_the_files(tmp_path: Path) -> None:
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    result = scan([pictures], options)
    reference = scan([pictures], replace(options, use_cache=False))
    for threshold in (4, 10, 14):
        looser = replace(options, threshold=threshold)
        expected = find_groups(reference.images, replace(looser, use_cache=False))
        for image in pictures.iterdir():
            image.rename(image.with_suffix(".moved"))  # no picture can be read
        try:
            assert _summary(replace(result, groups=find_groups(result.images, looser))) == _summary(
                replace(result, groups=expected)
            )
        finally:
            for image in pictures.iterdir():
                image.rename(image.with_suffix(".jpg" if "screen" not in image.name else ".png"))

    shutil.rmtree(tmp_path / "cache")
    with pytest.raises(ThumbsUnavailable):
        find_groups(result.images, options)


def test_thumbs_the_cache_cannot_take_stay_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    monkeypatch.setattr(FingerprintCache, "store_packed", lambda self, items: False)  # e.g. a full disk

    result = scan([pictures], options)

    assert all(len(record.fingerprint.thumb) == 64 * 64 for record in result.images)
    assert _summary(result) == _summary(scan([pictures], replace(options, use_cache=False)))


def _sql_blob(value: bytes) -> str:
    return f"x'{value.hex()}'"


FORGED_THUMBS = {
    "short": "x'00112233'",
    "inflates to less": _sql_blob(zlib.compress(bytes(100))),
    "inflates to more": _sql_blob(zlib.compress(bytes(64 * 64 + 1))),
    "inflates to 4 MB": _sql_blob(zlib.compress(bytes(4_000_000), 9)),  # 3.9 KB: under a thumb
    "cut short": _sql_blob(zlib.compress(bytes(range(256)) * 16)[:-6]),
    "junk after": _sql_blob(zlib.compress(bytes(range(256)) * 16) + b"junk"),
    "longer": "zeroblob(5000)",
    "text": "'a thumb'",
}


@pytest.mark.parametrize(
    "damage",
    [*(f"UPDATE thumbs SET thumb = {value}" for value in FORGED_THUMBS.values()), "DELETE FROM thumbs"],
    ids=[*FORGED_THUMBS, "deleted"],
)
def test_a_rescan_reads_again_the_thumbs_a_damaged_cache_lost_and_mends_it(
    tmp_path: Path, damage: str
) -> None:
    """Hostile: the cache file's thumbs edited into values that are none, or gone. A rescan that
    groups again (another threshold) reads those pictures' thumbs from their files, gives the groups
    a scan without the cache gives, warns of nothing, and puts real thumbs back in the cache."""
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    scan([pictures], options)
    database = tmp_path / "cache" / CACHE_FILE
    with sqlite3.connect(database) as connection:
        assert len(FORGED_THUMBS["inflates to 4 MB"]) < 2 * 64 * 64
        connection.execute(damage)
        connection.execute("DELETE FROM checks WHERE kind = 'described'")  # so the groups need thumbs

    looser = replace(options, threshold=10)
    again = scan([pictures], looser)

    assert again.stats.cached == len(again.images)  # fingerprints from the cache, thumbs from the files
    assert _summary(again) == _summary(scan([pictures], replace(looser, use_cache=False)))
    assert not again.warnings
    grouped = [m.record for g in again.groups if g.kind is Kind.SIMILAR for m in g.members]
    cache = FingerprintCache(tmp_path / "cache", looser.fingerprint_key)
    try:
        mended = cache.thumbs(grouped)  # raises if any is still no thumb
    finally:
        cache.close()
    fingerprint = make_fingerprinter(looser)
    assert grouped and all(mended[r.fingerprint.digest] == own_thumb(fingerprint, r) for r in grouped)
    with sqlite3.connect(database) as connection:  # the fingerprints stay the last scan's, kept once
        assert connection.execute("SELECT count(*) FROM fingerprints").fetchone() == (0,)


@pytest.mark.parametrize("damage", ["DELETE FROM thumbs", "UPDATE thumbs SET thumb = x'00112233'"])
def test_thumbs_read_one_check_at_a_time_from_a_damaged_cache_come_from_the_files(
    tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile, over the thumb budget (none fetched ahead): every thumb is read when its check needs
    it, from a cache whose thumbs were deleted or forged; each is read again from its file, and the
    groups are a scan's without the cache."""
    monkeypatch.setattr(matching, "THUMBS_HELD_MOST", 0)
    test_a_rescan_reads_again_the_thumbs_a_damaged_cache_lost_and_mends_it(tmp_path, damage)


def own_thumb(fingerprint: Callable[[FileEntry], Fingerprint | object], record: ImageRecord) -> bytes:
    made = fingerprint(record.entry)
    assert isinstance(made, Fingerprint)
    return made.thumb


def test_the_cache_keeps_thumbs_deflated_and_still_reads_those_a_cache_kept_whole(tmp_path: Path) -> None:
    """The thumbs table holds each thumb deflated (about half its 4 KB), and gives back the thumb
    the file makes; a cache written before, its thumbs kept whole, serves the slider the same."""
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    result = scan([pictures], options)
    database = tmp_path / "cache" / CACHE_FILE
    with sqlite3.connect(database) as connection:
        stored = dict(connection.execute("SELECT digest, thumb FROM thumbs").fetchall())
    fingerprint = make_fingerprinter(options)
    for record in result.images:
        assert unpacked(stored[record.fingerprint.digest]) == own_thumb(fingerprint, record)
    assert sum(map(len, stored.values())) < 0.75 * 64 * 64 * len(stored)

    with sqlite3.connect(database) as connection:
        connection.executemany(
            "UPDATE thumbs SET thumb = ? WHERE digest = ?",
            [(unpacked(value), digest) for digest, value in stored.items()],
        )
        connection.execute("DELETE FROM checks")  # so the regrouping needs every thumb
    looser = replace(options, threshold=10)
    assert _summary_of(group_again(result.images, looser)) == _summary(
        scan([pictures], replace(looser, use_cache=False))
    )


def test_regrouping_from_a_cache_whose_thumbs_are_no_thumbs_says_they_are_gone(tmp_path: Path) -> None:
    """The window's slider reads no file: values in the thumbs table that are no thumbs stop it with
    the reason it shows ("scan again"), not a failure deep in the pixel check."""
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    result = scan([pictures], options)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("UPDATE thumbs SET thumb = x'00112233'")
        connection.execute("DELETE FROM checks WHERE kind = 'described'")  # so the groups need thumbs
    with pytest.raises(ThumbsUnavailable) as lost:
        group_again(result.images, replace(options, threshold=10))
    assert lost.value.reason.code is Code.CACHE_THUMBS_GONE


def test_a_picture_swapped_while_a_damaged_cache_is_mended_is_not_taken_for_its_record(
    tmp_path: Path,
) -> None:
    """Hostile: the cache lost its thumbs, and a picture is replaced by another just as grouping
    starts (after the scan took its fingerprint from the cache). The thumb read again from the
    file is not the record's content: the scan ends with no groups and says why, no traceback, and
    no picture is moved."""
    pictures = candidate_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    scan([pictures], options)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DELETE FROM thumbs")
        connection.execute("DELETE FROM checks WHERE kind = 'described'")  # so the groups need thumbs
    names = sorted(path.name for path in pictures.iterdir())
    swapped: list[Path] = []

    def swap_when_grouping_starts(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not swapped:
            photo(40, (200, 150)).save(pictures / "beach small.jpg", quality=70)
            swapped.append(pictures / "beach small.jpg")

    again = scan([pictures], replace(options, threshold=10), progress=swap_when_grouping_starts)

    assert swapped
    assert again.groups == ()
    assert [reason.code for reason in again.warnings] == [Code.CACHE_THUMBS_GONE]
    assert sorted(path.name for path in pictures.iterdir()) == names
