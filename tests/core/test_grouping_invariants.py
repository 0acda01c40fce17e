"""The Hamming index finds exactly the close pairs; groups never chain and never overlap."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.core import hamming
from lookalike.core.hamming import distances, near_pairs, pack
from lookalike.core.matching import find_groups
from lookalike.core.models import THUMB_SIDE, FileEntry, Fingerprint, ImageRecord, ScanOptions


def _brute_force(hashes: list[int], threshold: int) -> set[tuple[int, int]]:
    return {
        (i, j)
        for i in range(len(hashes))
        for j in range(i + 1, len(hashes))
        if (hashes[i] ^ hashes[j]).bit_count() <= threshold
    }


def _clustered_hashes(seed: int, count: int, bits: int) -> list[int]:
    """Random centres with close variants around them, so many pairs are near the threshold."""
    rng = random.Random(seed)
    centres = [rng.getrandbits(bits) for _ in range(max(1, count // 4))]
    hashes = []
    for _ in range(count):
        value = rng.choice(centres)
        for bit in rng.sample(range(bits), rng.randrange(0, 14)):
            value ^= 1 << bit
        hashes.append(value)
    return hashes


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    count=st.integers(0, 120),
    bits=st.sampled_from([16, 64, 144, 256]),
    threshold=st.integers(0, 12),
)
def test_index_finds_exactly_the_pairs_brute_force_finds(
    seed: int, count: int, bits: int, threshold: int
) -> None:
    hashes = _clustered_hashes(seed, count, bits)
    packed = pack(hashes, bits)
    q, t, d = near_pairs(packed, packed, threshold, bits=bits, self_join=True)
    found = set(zip(q.tolist(), t.tolist(), strict=True))
    assert found == _brute_force(hashes, threshold)
    assert all((hashes[i] ^ hashes[j]).bit_count() == dist for i, j, dist in zip(q, t, d, strict=True))


@pytest.mark.parametrize(("bits", "threshold"), [(16, 2), (64, 8), (64, 12), (144, 18), (256, 32)])
def test_dense_lookup_path_agrees_with_brute_force(bits: int, threshold: int) -> None:
    # Over 4096 hashes the index switches to dense bucket tables, whose rows hold 32 bits of each
    # hash outside the chunk (fewer where a hash has fewer) and compare the whole hash only where
    # those are close enough: check that path exactly too, on one word and on several.
    packed = pack(_clustered_hashes(3, 6000, bits), bits)
    q, t, d = near_pairs(packed, packed, threshold, bits=bits, self_join=True, workers=2)
    expected = set()
    for i in range(len(packed)):
        close = np.flatnonzero(distances(packed[i + 1 :], packed[i][None, :]) <= threshold) + i + 1
        expected.update((i, int(j)) for j in close)
    assert set(zip(q.tolist(), t.tolist(), strict=True)) == expected
    assert len(expected) > 1000
    assert (d == distances(packed[q], packed[t])).all()


@pytest.mark.parametrize("bits", [16, 64, 144, 256])
def test_a_sieve_holds_only_bits_outside_its_chunk_each_once(bits: int) -> None:
    # A probe compares the whole hash only where the sieves' distance plus the bits the probe
    # flipped in the chunk is within the threshold: so a sieve must hold only bits outside its
    # chunk, each once, and as many of them as 32 allow.
    single_bits = pack([1 << position for position in range(bits)], bits)
    hashes = pack(_clustered_hashes(5, 400, bits), bits)
    for chunk in hamming._chunks(bits, 3, 16):
        sieved = np.bitwise_count(hamming._sieve_values(single_bits, chunk, bits))
        positions = set(np.flatnonzero(sieved).tolist())
        assert set(sieved.tolist()) <= {0, 1}
        assert not positions & set(range(chunk.start, chunk.start + chunk.width))
        assert len(positions) == min(32, bits - chunk.width)
        first, second = (
            hamming._sieve_values(hashes[:200], chunk, bits),
            hamming._sieve_values(hashes[200:], chunk, bits),
        )
        chunk_distance = np.bitwise_count(
            hamming._chunk_values(hashes[:200], chunk) ^ hamming._chunk_values(hashes[200:], chunk)
        )
        assert (
            np.bitwise_count(first ^ second) + chunk_distance <= distances(hashes[:200], hashes[200:])
        ).all()


def test_index_scales_past_what_pairwise_comparison_could_do() -> None:
    rng = np.random.default_rng(7)
    count = 50_000
    hashes = [int(v) for v in rng.integers(0, 2**63, size=count, dtype=np.int64)]
    planted = {(i, count - 1 - i) for i in range(0, 1000)}
    for i, j in planted:
        hashes[j] = hashes[i] ^ (1 << int(rng.integers(0, 63))) ^ (1 << 63)
    packed = pack(hashes, 64)
    q, t, _ = near_pairs(packed, packed, 8, bits=64, self_join=True)
    assert planted <= set(zip(q.tolist(), t.tolist(), strict=True))


def _record(index: int, hash_value: int, *, pixels: int = 100, size: int = 1000) -> ImageRecord:
    # A featureful thumb that is the same for every record, so the pixel check passes
    # and the test is about hash distances alone.
    thumb = bytes((x * 7 + y * 13) % 256 for y in range(THUMB_SIDE) for x in range(THUMB_SIDE))
    return ImageRecord(
        FileEntry(Path(f"/pictures/{index:04d}.jpg"), size, 1_600_000_000_000_000_000 + index),
        Fingerprint(f"{index:032x}", pixels, 1, "JPEG", None, hash_value.to_bytes(8, "big"), thumb, False),
    )


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(2, 60), threshold=st.integers(1, 10))
def test_groups_do_not_chain_overlap_or_vary(seed: int, count: int, threshold: int) -> None:
    rng = random.Random(seed)
    hashes = _clustered_hashes(seed, count, 64)
    records = [_record(i, h, pixels=rng.choice([100, 200, 300])) for i, h in enumerate(hashes)]
    options = ScanOptions(threshold=threshold)

    groups = find_groups(records, options)

    seen: set[Path] = set()
    for group in groups:
        reference = group.reference.record.fingerprint.hashes[0]
        assert len(group.members) >= 2
        for member in group.members:
            assert member.path not in seen, "a file is in two groups"
            seen.add(member.path)
            distance = (member.record.fingerprint.hashes[0] ^ reference).bit_count()
            assert distance <= threshold, "a member is far from its group's reference (chaining)"
            assert member.distance == distance
        assert group.reference.keep
    shuffled = records[:]
    rng.shuffle(shuffled)
    assert find_groups(shuffled, options) == groups, "the same input must give the same groups"


def test_a_chain_a_b_c_does_not_join_a_and_c() -> None:
    a = 0
    b = (1 << 6) - 1  # 6 bits from a
    c = b | (((1 << 6) - 1) << 6)  # 6 bits from b, 12 from a
    records = [_record(0, a, pixels=300), _record(1, b, pixels=200), _record(2, c, pixels=100)]
    groups = find_groups(records, ScanOptions(threshold=8))
    assert [[m.path.name for m in g.members] for g in groups] == [["0000.jpg", "0001.jpg"]]


def test_reference_is_the_largest_resolution_and_says_so() -> None:
    records = [_record(0, 0, pixels=100), _record(1, 1, pixels=400), _record(2, 3, pixels=200)]
    (group,) = find_groups(records, ScanOptions())
    assert group.reference.path.name == "0001.jpg"
    assert group.keep_reason == "largest resolution"
    assert [m.keep for m in group.members] == [True, False, False]
