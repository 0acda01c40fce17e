"""What grouping holds beside the records, and that holding less changed nothing it finds.

The ceilings are bytes per picture that tracemalloc counts (NumPy's arrays included) while one
step runs, within this one run: no timing. At a million pictures with rotations the same steps
held 400 MB (the masked join) and 190 MB (the variant table's copies) before they were cut. The
hashes are read a block of fingerprints at a time; here the blocks are made as small beside the
pictures as they are at a million (else one block is all of them).
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt
import pytest

from lookalike.core import hamming, matching
from lookalike.core.hamming import near_pairs
from lookalike.core.models import MASKED_WINDOWS, FileEntry, Fingerprint, ImageRecord, ScanOptions
from lookalike.core.pictures import Pictures
from tests.benchmarks.grouping import symmetric_thumb, synthetic_records, synthetic_turned_hashes

T = TypeVar("T")
PICTURES = 20_000


def _peak_per_picture(step: Callable[[], T], pictures: int) -> tuple[T, float]:
    """What `step` returns, and the most it held at once (bytes traced) per picture."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = step()
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    return result, peak / pictures


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching, "_JOINED", 1024)
    # The index probes 262,144 queries at a time, 9 million cut hashes at a million pictures.
    monkeypatch.setattr(hamming, "_PROBE_BLOCK", 8192)


@pytest.fixture(scope="module")
def contents() -> matching._Contents:
    turned = synthetic_turned_hashes(PICTURES)
    records = synthetic_records(turned.hashes, symmetric_thumb(), turned.cuts)
    return matching._contents(Pictures.made([([r.entry for r in records], [r.fingerprint for r in records])]))


def test_the_candidate_search_holds_little_per_picture(contents: matching._Contents) -> None:
    # The index's tables (eight hashes and nine cuts a picture, bucket rows) are most of it: 752
    # bytes a picture here, 884 when the bucket rows held whole hashes (682 with four cuts; 830
    # when four cuts' tables were joined and transposed in copies).
    detailed = np.ones(len(contents.best), dtype=np.bool_)
    options = ScanOptions(threshold=8, rotations=True, workers=2)
    candidates, held = _peak_per_picture(lambda: matching._candidates(contents, detailed, options), PICTURES)
    assert candidates
    assert held < 820


def test_the_masked_join_holds_little_beside_the_masked_hashes(contents: matching._Contents) -> None:
    # The masked hashes themselves are 72 bytes a picture; the join holds 148 beside the records
    # now, 416 before it sorted only the shared ones by owner, and 176 when it sorted the
    # positions of all of a class's hashes to find the shared ones (a million pictures' grouping
    # then peaked over 1 GB in the benchmark).
    _, held = _peak_per_picture(lambda: matching._masked_pairs(contents.best, True), PICTURES)
    assert held < 160


def _pictures(masked: npt.NDArray[np.uint64], width: int = 8) -> Pictures:
    return Pictures.of([
        ImageRecord(FileEntry(Path(f"/p/{number}.png"), 1, 1), fingerprint)
        for number, fingerprint in enumerate(_fingerprints(masked, width))
    ])  # fmt: skip


def _fingerprints(masked: npt.NDArray[np.uint64], width: int = 8) -> list[Fingerprint]:
    """Pictures with these masked hashes, each `width` bytes: the number in its last eight."""
    lead = b"\0" * (width - 8)
    return [
        Fingerprint(
            "", 1, 1, "PNG", None, b"\0" * width, b"", False,
            masked_hashes=b"".join(lead + value.to_bytes(8, "big") for value in row.tolist()),
            hash_width=width,
        )
        for row in masked
    ]  # fmt: skip


def _plain_join(masked: npt.NDArray[np.uint64], rotations: bool) -> list[tuple[int, int]]:
    """_masked_pairs the obvious way: a dict of owners per hash and class."""
    classes = matching._WINDOW_CLASSES if rotations else tuple((w,) for w in range(MASKED_WINDOWS))
    pairs: set[tuple[int, int]] = set()
    for windows in classes:
        owners: dict[int, set[int]] = {}
        for owner, row in enumerate(masked.tolist()):
            for window in windows:
                owners.setdefault(row[window], set()).add(owner)
        for sharing in map(sorted, owners.values()):
            if len(sharing) > matching.MASKED_PAIRS_AMONG:
                pairs.update((sharing[0], b) for b in sharing[1:])
            else:
                pairs.update(combinations(sharing, 2))
    return sorted(pairs)


@pytest.mark.parametrize(("rotations", "width"), [(True, 8), (False, 8), (True, 16)])
def test_the_masked_join_pairs_what_a_plain_join_pairs(rotations: bool, width: int) -> None:
    """At the default hash size as 64-bit numbers, at others as bytes."""
    rng = np.random.default_rng(3)
    masked = rng.integers(0, 2**63, (3000, MASKED_WINDOWS)).astype(np.uint64)
    masked[10:40, 4] = masked[9, 4]  # a crowd beyond MASKED_PAIRS_AMONG, in the centre
    masked[50, 0] = masked[51, 8]  # corners of one class: a pair only with rotations
    masked[60, 1] = masked[61, 1]  # the same window
    masked[70, 2] = masked[70, 6]  # one picture twice: no pair
    masked[80:84, 3] = masked[79, 5]  # a small crowd of edges
    found = matching._masked_pairs(_pictures(masked, width), rotations)
    assert found == _plain_join(masked, rotations)
    assert (60, 61) in found and ((50, 51) in found) == rotations


def test_a_bucket_fuller_than_a_count_byte_is_searched_whole() -> None:
    # The bucket tables count at most 255 hashes a bucket; the rest of a crowd is in its spill.
    rng = np.random.default_rng(8)
    hashes = rng.integers(0, 2**63, 6000).astype(np.uint64)
    hashes[100:500] = hashes[99]
    hashes[600:900] = hashes[599] ^ (np.uint64(1) << rng.integers(0, 64, 300).astype(np.uint64))
    packed = hashes.reshape(-1, 1)
    q, t, _ = near_pairs(packed, packed, 8, bits=64, self_join=True)
    close = np.bitwise_count(hashes[:, None] ^ hashes[None, :]) <= 8
    i, j = np.nonzero(np.triu(close, 1))
    assert list(zip(q.tolist(), t.tolist(), strict=True)) == list(zip(i.tolist(), j.tolist(), strict=True))
    assert len(q) > 400 * 399 // 2


def test_the_repeated_keys_are_those_that_occur_twice_low_bits_shared_or_not() -> None:
    # _repeated flags a key by its low bits before it looks it up: keys that share their low bits
    # with a repeated one, but not their high bits, are not repeated.
    rng = np.random.default_rng(12)
    keys = rng.integers(0, 2**63, 50_000).astype(np.uint64)
    keys[100:110] = keys[99]  # a key eleven times
    keys[200] = keys[201]  # twice
    high = np.uint64(1) << np.uint64(60)
    keys[300:320] = (keys[99] ^ high) + np.arange(20, dtype=np.uint64) * (np.uint64(1) << np.uint64(40))
    values, counts = np.unique(keys, return_counts=True)
    expected = np.flatnonzero(np.isin(keys, values[counts > 1]))
    found = matching._repeated(keys)
    assert found.tolist() == expected.tolist()
    assert set(range(99, 110)) | {200, 201} == set(found.tolist())
