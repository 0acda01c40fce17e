"""The candidate search with rotations: exactly the (pair, variant, distance) a brute force finds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import hamming, matching
from lookalike.core.fingerprint import _hasher
from lookalike.core.hamming import Search, near_pairs, near_pairs_each
from lookalike.core.models import ScanOptions
from tests.benchmarks.grouping import dihedral_hashes, synthetic_records, synthetic_turned_hashes

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


@pytest.mark.parametrize(("workers", "small_batches"), [(1, False), (2, False), (2, True)])
def test_index_finds_every_turned_match_a_brute_force_finds(
    workers: int, small_batches: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also when the crowded buckets' pairs and the queries' repeated rows are taken a few at a
    time, as a large library's are."""
    if small_batches:
        monkeypatch.setattr(hamming, "_SPILL_BATCH", 7)
        monkeypatch.setattr(hamming, "_REPEATED_WORDS", 1000)
        monkeypatch.setattr(hamming, "_PROBE_BLOCK", 64)
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
    contents = matching._contents(records)
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
