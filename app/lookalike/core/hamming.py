"""Find all pairs of hashes within a Hamming distance, without comparing every pair.

Multi-index hashing: split the hash bits into m chunks. If two hashes differ in
at most t bits, at least one chunk differs in at most floor(t / m) bits
(pigeonhole). So for each chunk we index the table by the chunk's value and
probe every value within that small radius, then check the full distance of
the few candidates found. All of it is vectorised with NumPy, one probe pattern
at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

# A chunk's value indexes a dense table of 2**width entries: keep it small.
MAX_CHUNK_BITS = 24
# Bounds the candidate arrays handled at once.
_BATCH = 1 << 20


def pack(hashes: Sequence[int], bits: int) -> U64:
    """Hashes as a (N, words) uint64 array; word 0 holds the lowest 64 bits."""
    words = max(1, -(-bits // 64))
    packed = np.zeros((len(hashes), words), dtype=np.uint64)
    mask = (1 << 64) - 1
    for word in range(words):
        packed[:, word] = np.fromiter(((h >> (64 * word)) & mask for h in hashes), np.uint64, len(hashes))
    return packed


def distances(a: U64, b: U64) -> I64:
    """Row-wise Hamming distance of two (N, words) arrays."""
    counts: I64 = np.bitwise_count(a ^ b).sum(axis=1, dtype=np.int64)
    return counts


@dataclass(frozen=True, slots=True)
class _Chunk:
    start: int  # first bit
    width: int


def _chunks(bits: int, count: int) -> list[_Chunk]:
    base, extra = divmod(bits, count)
    chunks, start = [], 0
    for index in range(count):
        width = base + (1 if index < extra else 0)
        chunks.append(_Chunk(start, width))
        start += width
    return chunks


def _plan(bits: int, threshold: int, queries: int, table: int) -> tuple[list[_Chunk], int]:
    """Choose the chunk count whose estimated work is least."""
    best: tuple[float, int] | None = None
    fewest = max(1, -(-bits // MAX_CHUNK_BITS))
    for count in range(fewest, max(fewest, min(bits, threshold + 1)) + 1):
        radius = threshold // count
        width = bits // count
        probes = sum(comb(width, k) for k in range(radius + 1))
        # Each probe touches every query and its bucket; building a chunk's table costs
        # 2**width when dense, a sort otherwise.
        cost = count * (
            (2.0**width if _dense(width, table) else 8.0 * table)
            + probes * (queries + queries * table / 2.0**width)
        )
        if best is None or cost < best[0]:
            best = (cost, count)
    assert best is not None
    count = best[1]
    return _chunks(bits, count), threshold // count


def _dense(width: int, table: int) -> bool:
    """Whether to look chunk values up in a dense table of 2**width starts (else binary search)."""
    return table >= 4096 and 1 << width <= max(8 * table, 1 << 22)


def _chunk_values(packed: U64, chunk: _Chunk) -> I64:
    """The chunk's bits as integers (chunks may straddle two words)."""
    values = np.zeros(len(packed), dtype=np.uint64)
    taken = 0
    while taken < chunk.width:
        bit = chunk.start + taken
        word, offset = divmod(bit, 64)
        span = min(chunk.width - taken, 64 - offset)
        part = (packed[:, word] >> np.uint64(offset)) & np.uint64((1 << span) - 1)
        values |= part << np.uint64(taken)
        taken += span
    return values.astype(np.int64)


def _flip_masks(width: int, radius: int) -> Iterator[int]:
    for flips in range(radius + 1):
        for positions in combinations(range(width), flips):
            yield sum(1 << p for p in positions)


def near_pairs(
    queries: U64, table: U64, threshold: int, *, bits: int, self_join: bool
) -> tuple[I64, I64, I64]:
    """All (query index, table index, distance) with distance <= threshold.

    `bits` is how many low bits of the packed hashes are used.
    With `self_join` the two arrays are the same and each unordered pair is
    returned once, with query index < table index.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(queries) == 0 or len(table) == 0:
        return empty, empty, empty
    chunks, radius = _plan(bits, threshold, len(queries), len(table))
    found_q: list[I64] = []
    found_t: list[I64] = []
    for chunk in chunks:
        table_values = _chunk_values(table, chunk)
        order = np.argsort(table_values, kind="stable")
        sorted_values = table_values[order]
        # A dense start table makes each lookup one gather; for a small table, binary search is cheaper.
        dense = _dense(chunk.width, len(table))
        starts = np.searchsorted(sorted_values, np.arange((1 << chunk.width) + 1)) if dense else None
        query_values = _chunk_values(queries, chunk)
        for mask in _flip_masks(chunk.width, radius):
            probe = query_values ^ mask
            if starts is not None:
                first = starts[probe]
                counts = starts[probe + 1] - first
            else:
                first = np.searchsorted(sorted_values, probe, side="left")
                counts = np.searchsorted(sorted_values, probe, side="right") - first
            hit = np.flatnonzero(counts)
            if hit.size == 0:
                continue
            for lo in range(0, hit.size, _BATCH):
                q, t = _expand(hit[lo : lo + _BATCH], first, counts, order)
                if self_join:
                    keep = q < t
                    q, t = q[keep], t[keep]
                close = distances(queries[q], table[t]) <= threshold
                found_q.append(q[close])
                found_t.append(t[close])
    if not found_q:
        return empty, empty, empty
    q = np.concatenate(found_q)
    t = np.concatenate(found_t)
    # The same pair may be found through several chunks: keep it once.
    unique = np.unique(q * len(table) + t)
    q, t = np.divmod(unique, len(table))
    return q, t, distances(queries[q], table[t])


def _expand(hit: I64, first: I64, counts: I64, order: I64) -> tuple[I64, I64]:
    """Turn (query, bucket start, bucket size) into one (query, table index) row per candidate."""
    sizes = counts[hit]
    q = np.repeat(hit, sizes)
    offsets = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    t = order[np.repeat(first[hit], sizes) + offsets]
    return q, t
