"""The candidate search with rotations: exactly the (pair, variant, distance) a brute force finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import hamming, matching, pair_search
from lookalike.core.fingerprint import _hasher
from lookalike.core.hamming import Search, near_pairs, near_pairs_each
from lookalike.core.models import CUT_HASHES, ImageRecord, ScanOptions
from lookalike.core.pictures import Pictures
from tests.benchmarks.grouping import dihedral_hashes, synthetic_records, synthetic_turned_hashes
from tests.core.kept_in_memory import KeptInMemory

ROOT = Path(__file__).resolve().parents[2]
THRESHOLD = 8


def _pictures() -> list[Image.Image]:
    pictures = [samples.photo(seed) for seed in range(4)]
    pictures += [samples.screenshot(0, 1), samples.document(2)]
    for path in (ROOT / "resources" / "lookalike.png", ROOT / "docs" / "screenshot.png"):
        pictures.append(Image.open(path))
    return pictures


def test_benchmark_hashes_turned_pictures_as_the_scan_does() -> None:
    # The benchmark makes the eight hashes from a picture's low DCT coefficients; on real pictures
    # that gives exactly the scan's hashes. (Turning the canonical hash's bits instead would not:
    # each variant's coefficients have their own median, and 0-6 of the 64 bits differ.)
    from lookalike.core.fingerprint import _phash_low

    hasher = _hasher(ScanOptions())
    for picture in _pictures():
        low = _phash_low(picture, 8, 4)
        assert dihedral_hashes(low[None])[0].astype(">u8").tobytes() == hasher(picture)[0]


def _hashes() -> npt.NDArray[np.uint64]:
    """3,000 pictures with planted turned copies, plus crowds: 150 copies of one picture and
    150 near copies of another, so that some buckets overflow their rows."""
    hashes = synthetic_turned_hashes(3000, seed=11).hashes.copy()
    hashes[100:250] = hashes[99]
    rng = np.random.default_rng(5)
    flips = np.zeros((150, 1), dtype=np.uint64)
    for _ in range(3):
        flips |= np.uint64(1) << rng.integers(0, 64, (150, 1)).astype(np.uint64)
    hashes[300:450] = hashes[299] ^ flips
    return hashes


def _brute_force(hashes: npt.NDArray[np.uint64]) -> set[tuple[int, int, int, int]]:
    """Every (query, owner, variant, distance): query's canonical hash within THRESHOLD of the
    owner's variant, query != owner."""
    count = len(hashes)
    distance = np.bitwise_count(hashes[:, 0][:, None, None] ^ hashes[None, :, :])  # (query, owner, variant)
    q, owner, variant = np.nonzero(distance <= THRESHOLD)
    keep = q != owner
    q, owner, variant = q[keep], owner[keep], variant[keep]
    assert count > 0
    return set(
        zip(q.tolist(), owner.tolist(), variant.tolist(), distance[q, owner, variant].tolist(), strict=True)
    )


@pytest.mark.parametrize(
    ("workers", "small_batches", "rows"),
    [(1, False, True), (2, False, True), (2, True, True), (1, False, False), (1, True, False)],
)
def test_index_finds_every_turned_match_a_brute_force_finds(
    workers: int, small_batches: bool, rows: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also when the crowded buckets' pairs and the queries' repeated rows are taken a few at a
    time, as a large library's are; and when the probes are looked up in the table's chunk-value
    order instead of bucket rows (as for the few pictures a rescan adds), their candidates a few
    at a time too."""
    monkeypatch.setattr(hamming, "_FEW_PROBES", 0.0 if rows else float("inf"))
    built = hamming._by_chunk
    by_chunk: list[int] = []
    monkeypatch.setattr(hamming, "_by_chunk", lambda *args: by_chunk.append(1) or built(*args))
    if small_batches:
        monkeypatch.setattr(hamming, "_SPILL_BATCH", 7)
        monkeypatch.setattr(hamming, "_REPEATED_SIEVES", 1000)
        monkeypatch.setattr(hamming, "_PROBE_SIEVES", 100)
        monkeypatch.setattr(hamming, "_BATCH", 50)
    hashes = _hashes()
    count = len(hashes)
    canonical = np.ascontiguousarray(hashes[:, :1])
    table = np.ascontiguousarray(hashes.T).reshape(-1, 1)
    q, t, d = near_pairs(
        canonical, table, THRESHOLD, bits=64, self_join=False, pictures=len(canonical), workers=workers
    )
    found = set(zip(q.tolist(), (t % count).tolist(), (t // count).tolist(), d.tolist(), strict=True))
    assert found == _brute_force(hashes)
    assert len(found) > 3000  # the crowds and the planted copies
    assert bool(by_chunk) != rows


@pytest.mark.parametrize("query_slice", [1000, 1 << 20])
def test_searches_that_share_the_bucket_tables_find_what_each_finds_alone(
    query_slice: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matching searches the canonical hashes exactly and the corner cuts approximately against
    one table, sharing its bucket tables, the queries a slice at a time."""
    hashes = _hashes()
    canonical = np.ascontiguousarray(hashes[:, :1])
    cuts = np.ascontiguousarray(np.roll(hashes[:, 1:5], 1, axis=0).T).reshape(-1, 1)
    table = np.ascontiguousarray(hashes.T).reshape(-1, 1)
    searches = [Search(canonical), Search(cuts, approximate=True)]
    pictures = len(hashes)
    alone = [
        near_pairs(
            s.queries,
            table,
            THRESHOLD,
            bits=64,
            self_join=False,
            pictures=pictures,
            approximate=s.approximate,
        )
        for s in searches
    ]
    monkeypatch.setattr(hamming, "_QUERY_SLICE", query_slice)
    together = near_pairs_each(searches, table, THRESHOLD, bits=64, pictures=len(hashes), workers=2)
    for found, expected in zip(together, alone, strict=True):
        assert len(found[0]) > 300
        assert all(np.array_equal(a, b) for a, b in zip(found, expected, strict=True))


def test_candidates_are_the_closest_match_of_each_pair() -> None:
    hashes = _hashes()
    records = synthetic_records(hashes)
    contents = matching._contents(Pictures.of(records))
    position = {id(best): index for index, best in enumerate(contents.best)}
    content_of = [position[id(record)] for record in records]
    everything = np.ones(len(contents.best), dtype=np.bool_)
    candidates = matching._candidates(contents, everything, ScanOptions(threshold=THRESHOLD))
    # The rule the grouping has always used: of a pair's matches, the least distance, then the
    # lower content as the query, then the lowest variant.
    expected: dict[tuple[int, int], tuple[int, bool, int, int]] = {}
    for q, owner, variant, distance in _brute_force(hashes):
        a, b = content_of[q], content_of[owner]
        key = (min(a, b), max(a, b))
        if key not in expected or (distance, a != key[0], variant) < expected[key][:3]:
            expected[key] = (distance, a != key[0], variant, a)
    assert set(candidates) == set(expected)
    for key, candidate in candidates.items():
        distance, _, variant, query = expected[key]
        owner = key[1] if query == key[0] else key[0]
        assert (candidate.distance, candidate.variant, candidate.query, candidate.table_owner) == (
            distance, variant, query, owner,
        )  # fmt: skip


def _records_with_cuts(hashes: npt.NDArray[np.uint64]) -> list[ImageRecord]:
    """Records of these hashes with nine cut hashes each: the canonical hash a few bits off, and
    for every fifth picture one cut near a variant of another picture (a crop of it)."""
    rng = np.random.default_rng(3)
    count = len(hashes)
    cuts = np.repeat(hashes[:, :1], CUT_HASHES, axis=1)
    for _ in range(4):
        cuts ^= np.uint64(1) << rng.integers(0, 64, cuts.shape).astype(np.uint64)
    cropped = np.arange(0, count, 5)
    others = (cropped * 7 + 1) % count
    cuts[cropped, 0] = hashes[others, rng.integers(0, hashes.shape[1], len(cropped))] ^ (
        np.uint64(1) << rng.integers(0, 64, len(cropped)).astype(np.uint64)
    )
    return synthetic_records(hashes, cuts=cuts)


def _searched(
    records: list[ImageRecord],
    kept: KeptInMemory | None,
    *,
    workers: int = 0,
    heard: list[tuple[int, int]] | None = None,
) -> dict[tuple[str, str], object]:
    """_candidates of these records, by the pair's digests (positions change with the records);
    `heard` gathers its progress."""
    contents = matching._contents(Pictures.of(records))
    everything = np.ones(len(contents.best), dtype=np.bool_)
    options = ScanOptions(threshold=THRESHOLD, workers=workers)
    heard = [] if heard is None else heard
    found = matching._candidates(
        contents, everything, options, kept=kept, progress=lambda *told: heard.append(told)
    )
    digest = [best.fingerprint.digest for best in contents.best]
    return {
        (digest[a], digest[b]): (c.distance, digest[c.query], digest[c.table_owner], c.variant, c.cut_only)
        for (a, b), c in found.items()
    }


@pytest.mark.parametrize(("workers", "few_new"), [(1, 1), (3, 1), (3, 10**6)])
def test_a_search_of_the_pictures_added_since_the_last_finds_what_a_whole_search_finds(
    monkeypatch: pytest.MonkeyPatch, workers: int, few_new: int
) -> None:
    # A rescan after adding pictures and removing others: the pairs of the pictures searched
    # before come from the kept search, those of the new ones from searching theirs both ways:
    # on one core, side by side on threads (a few new pictures), or one way at a time on every
    # core (many: the 300 count as many where a few must be at most a millionth), heard coming to
    # their end.
    monkeypatch.setattr(pair_search, "_FEW_NEW", few_new)
    records = _records_with_cuts(_hashes())
    rng = np.random.default_rng(8)
    removed = set(rng.choice(len(records), 150, replace=False).tolist())
    added = set(rng.choice(len(records), 300, replace=False).tolist()) - removed
    before = [r for i, r in enumerate(records) if i not in added]
    now = [r for i, r in enumerate(records) if i not in removed]
    kept = KeptInMemory()
    _searched(before, kept)
    whole_searches: list[int] = []
    search = pair_search.search

    def counted(*args: Any, **kwargs: Any) -> pair_search.Matches:
        whole_searches.append(kwargs["new"] is None)
        return search(*args, **kwargs)

    monkeypatch.setattr(pair_search, "search", counted)
    heard: list[tuple[int, int]] = []
    again = _searched(now, kept, workers=workers, heard=heard)
    assert whole_searches == [False]  # the kept search was taken, the new pictures searched
    fractions = [done / total for done, total in heard]
    assert fractions == sorted(fractions) and fractions[-1] == 1
    if workers == 1 or few_new > 1:  # one way at a time: each chunk of each told as it is done
        assert len(set(fractions)) > 6
    monkeypatch.undo()
    expected = _searched(now, None)
    assert again == expected
    assert sum(c[4] for c in expected.values()) > 100  # cut-only pairs among them
    new = {records[i].fingerprint.digest for i in added}
    assert sum(1 for a, b in expected if a in new or b in new) > 100  # pairs of the new pictures


def test_a_few_queries_planned_as_many_find_of_each_what_the_many_find() -> None:
    # An approximate search finds what its plan's chunks let through, and the plan follows from
    # the number of queries: ten queries alone get nine narrow chunks, three thousand four.
    hashes = _hashes()
    rng = np.random.default_rng(2)
    noisy = hashes[:, :1] ^ (np.uint64(1) << rng.integers(0, 64, (len(hashes), 1)).astype(np.uint64))
    table = np.ascontiguousarray(hashes.T).reshape(-1, 1)
    few = np.arange(0, 3000, 300)
    q, t, _ = near_pairs(noisy, table, THRESHOLD, bits=64, self_join=False, approximate=True)
    of_few = np.isin(q, few)
    expected = set(zip(q[of_few].tolist(), t[of_few].tolist(), strict=True))
    planned = Search(noisy[few], approximate=True, planned_as=(len(noisy), len(table)))
    ((fq, ft, _),) = near_pairs_each([planned], table, THRESHOLD, bits=64)
    assert set(zip(few[fq].tolist(), ft.tolist(), strict=True)) == expected
    assert len(expected) > 10
    ((aq, at, _),) = near_pairs_each([Search(noisy[few], approximate=True)], table, THRESHOLD, bits=64)
    assert set(zip(few[aq].tolist(), at.tolist(), strict=True)) != expected  # what the plan is for


def test_grouping_the_same_pictures_again_searches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # The window groups again at the same sensitivity after a "not duplicates": the kept search
    # holds every pair, and no bucket table is built.
    records = _records_with_cuts(_hashes())
    kept = KeptInMemory()
    first = _searched(records, kept)
    built: list[int] = []
    buckets = hamming._buckets

    def counted(*args: Any) -> Any:
        built.append(1)
        return buckets(*args)

    monkeypatch.setattr(hamming, "_buckets", counted)
    assert _searched(records, kept) == first
    assert not built


@pytest.mark.parametrize("radix", [True, False])
def test_bucket_order_is_the_stable_order_of_the_chunk_values(
    monkeypatch: pytest.MonkeyPatch, radix: bool
) -> None:
    # Up to _RADIX_MOST values are sorted by two 16-bit radix passes, beyond as packed uint64
    # keys: either way the order of a chunk's values with ties in table order, which the buckets'
    # rows and so the pairs' order rely on.
    monkeypatch.setattr(hamming, "_RADIX_MOST", 1 << 20 if radix else 0)
    rng = np.random.default_rng(5)
    for width in (0, 12, 16, 17, 24):
        values = rng.integers(0, 1 << width, 50_000, endpoint=width == 0).astype(np.int32)
        expected = np.argsort(values, kind="stable")
        assert hamming._sort_order(values).tolist() == expected.tolist()
    assert hamming._sort_order(np.zeros(0, dtype=np.int32)).tolist() == []
