"""Find all pairs of hashes within a Hamming distance, without comparing every pair.

Multi-index hashing: split the hash bits into m chunks. If two hashes differ in
at most t bits, at least one chunk differs in at most floor(t / m) bits
(pigeonhole). So for each chunk we index the table by the chunk's value and
probe every value within that small radius, then check the full distance of
the few candidates found. All of it is vectorised with NumPy, one probe pattern
at a time.

A large table is indexed as a dense array of buckets, one row per chunk value holding 32 bits
of each of the first few hashes with that value, bits outside the chunk (_Buckets, _sieve_values):
one probe pattern over a block of queries is then one row gather, an XOR, a popcount and a
compare, with no index arithmetic per candidate, and only the few hashes whose 32 bits come
close enough are compared whole; the hashes of fuller buckets that do not fit a row are checked
apart. The queries are sorted by
chunk value, so the rows a probe pattern reads lie close together in memory. NumPy releases
the GIL in all of these, so the probe patterns are shared among worker threads. A few queries
against a large table (the pictures a rescan added) instead look each probe up in the table's
chunk-value order, which takes less to make than the rows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import combinations
from math import comb

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]
U8 = npt.NDArray[np.uint8]

# A chunk's value indexes a dense table of 2**width entries: keep it small.
MAX_CHUNK_BITS = 24
# Bounds the candidate arrays handled at once.
_BATCH = 1 << 20
# Queries probed at once against a dense bucket table: at most _PROBE_BLOCK, and as many as have
# _PROBE_SIEVES sieves in their rows (8 MB). Each NumPy step lets go of Python's lock and takes it
# back, and the threads probing 65,536 queries at a time spent a tenth of a million pictures'
# search more on it.
_PROBE_BLOCK = 1 << 18
_PROBE_SIEVES = 1 << 21
# Queries sorted and probed through all of a chunk's probe patterns in one go (see _probe_buckets),
# fewer when each is repeated for many slots of a row: at most _REPEATED_SIEVES sieves repeated.
_QUERY_SLICE = 1 << 20
_REPEATED_SIEVES = 1 << 22
# How many of a hash's bits outside a chunk its bucket rows hold (_sieve_values): a uint32.
_SIEVE_BITS = 32
# At least how many candidates whose sieves passed are compared in full at once (see _probe_masks).
_CANDIDATES = 1 << 16
# Query and hash pairs compared at once in the buckets too crowded for their rows (see _probe_fuller).
_SPILL_BATCH = 1 << 20
# A chunk's bucket rows are built only for more probes than this many per table hash: fewer are
# looked up in the table's chunk-value order (_probe_by_chunk), which takes less to build.
_FEW_PROBES = 1.0
# The most chunk values _sort_order sorts by radix.
_RADIX_MOST = 1 << 21


def pack(hashes: Iterable[int], bits: int, count: int | None = None) -> U64:
    """Hashes as a (N, words) uint64 array; word 0 holds the lowest 64 bits.

    `hashes` may be any iterable (read once) when `count` says how many it gives.
    """
    words = max(1, -(-bits // 64))
    if count is None:
        hashes = hashes if isinstance(hashes, Sequence) else list(hashes)
        count = len(hashes)
    if words == 1:
        return np.fromiter(hashes, np.uint64, count).reshape(count, 1)
    hashes = hashes if isinstance(hashes, Sequence) else list(hashes)
    packed = np.zeros((count, words), dtype=np.uint64)
    mask = (1 << 64) - 1
    for word in range(words):
        packed[:, word] = np.fromiter(((h >> (64 * word)) & mask for h in hashes), np.uint64, count)
    return packed


def distances(a: U64, b: U64) -> I64:
    """Row-wise Hamming distance of two (N, words) arrays."""
    counts: I64 = np.bitwise_count(a ^ b).sum(axis=1, dtype=np.int64)
    return counts


@dataclass(frozen=True, slots=True)
class _Chunk:
    start: int  # first bit
    width: int


def _chunks(bits: int, count: int, widest: int = MAX_CHUNK_BITS) -> list[_Chunk]:
    base, extra = divmod(bits, count)
    chunks, start = [], 0
    for index in range(count):
        width = min(widest, base + (1 if index < extra else 0))
        chunks.append(_Chunk(start, width))
        start += width
    return chunks


def _plan(bits: int, threshold: int, queries: int, table: int) -> tuple[list[_Chunk], int]:
    """Choose the chunk count whose estimated work is least.

    A chunk need not be wider than the table has bits of size (at least 16): pigeonhole holds
    for chunks that leave some bits out, and a sparser bucket table only costs memory and
    cache misses. So a chunk is bits // count wide, or less.
    """
    best: tuple[float, int] | None = None
    fewest = max(1, -(-bits // MAX_CHUNK_BITS))
    widest = max(16, min(MAX_CHUNK_BITS, table.bit_length()))
    for count in range(fewest, max(fewest, min(bits, threshold + 1)) + 1):
        radius = threshold // count
        width = min(widest, bits // count)
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
    return _chunks(bits, count, widest), threshold // count


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
    queries: U64,
    table: U64,
    threshold: int,
    *,
    bits: int,
    self_join: bool,
    pictures: int = 0,
    workers: int = 1,
    approximate: bool = False,
) -> tuple[I64, I64, I64]:
    """All (query index, table index, distance) with distance <= threshold, sorted by query
    then table index.

    `bits` is how many low bits of the packed hashes are used.
    With `self_join` the two arrays are the same and each unordered pair is
    returned once, with query index < table index. With `pictures` both arrays are blocks of
    that many rows, one row per picture (block v of the table holding variant v of every picture,
    say), and no picture is paired with itself: query row r and table row s belong to picture
    r % pictures and s % pictures.
    Up to `workers` threads share the probing.

    `approximate` probes each chunk one bit less far than pigeonhole needs: it finds the pairs
    within the threshold whose differences leave some chunk within that smaller radius (at
    threshold 8 on three chunks, 9 in 10 of the corner-cut matches that find cropped copies)
    for about a tenth of the probing.
    """
    search = Search(queries, approximate)
    return near_pairs_each(
        [search], table, threshold, bits=bits, self_join=self_join, pictures=pictures, workers=workers
    )[0]


@dataclass(frozen=True, slots=True)
class Search:
    """Queries for near_pairs_each, searched as near_pairs searches them with `approximate`.

    An approximate search finds the pairs the chunks of its plan let it find, and the plan
    follows from how many queries and table rows there are. With `planned_as` (queries, table
    rows) it is planned as a search of those sizes, and so finds of each pair of hashes what
    that search finds of it, either way round (a chunk's distance is symmetric): a search of a
    few new pictures' hashes finds their pairs as a search of all of them would.
    """

    queries: U64
    approximate: bool = False
    planned_as: tuple[int, int] | None = None


def plan_key(bits: int, threshold: int, queries: int, table: int) -> str:
    """The plan of a search of `queries` against `table` rows, as text: two searches whose plans
    have one key find the same pairs of the same hashes, approximate or not."""
    chunks, radius = _plan(bits, threshold, queries, table)
    return ",".join(f"{chunk.start}+{chunk.width}" for chunk in chunks) + f"/{radius}"


def near_pairs_each(
    searches: Sequence[Search],
    table: U64,
    threshold: int,
    *,
    bits: int,
    self_join: bool = False,
    pictures: int = 0,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[I64, I64, I64]]:
    """near_pairs of each search's queries against one `table`, the other arguments as there.
    Searches for which the table is chunked alike (the plan weighs the number of queries too)
    share each chunk's bucket table: building them took a fifth of the index's time at a million
    pictures with rotations, when each search built its own. `progress` hears (searches of a chunk
    done, of all of them) after each."""
    empty = np.zeros(0, dtype=np.int64)
    results = [(empty, empty, empty)] * len(searches)
    plans = [
        _plan(bits, threshold, *(search.planned_as or (len(search.queries), len(table))))
        for search in searches
    ]
    steps = sum(
        len(plan[0])
        for search, plan in zip(searches, plans, strict=True)
        if len(search.queries) and len(table)
    )
    done = 0

    def kept(q: I64, t: I64) -> npt.NDArray[np.bool_] | None:
        """Which (query, table index) pairs are wanted (None: all): never a picture's hashes with
        each other, nor a self-join's pair twice."""
        keep: npt.NDArray[np.bool_] | None = None
        if self_join:
            keep = q < t
        elif pictures:
            keep = t % pictures != q % pictures
        return keep

    def wanted(q: I64, t: I64) -> tuple[I64, I64]:
        keep = kept(q, t)
        return (q, t) if keep is None else (q[keep], t[keep])

    pool = ThreadPoolExecutor(workers, thread_name_prefix="near-pairs") if workers > 1 else None
    try:
        for chunks in {tuple(chunks): None for chunks, _ in plans}:
            alike = [
                index for index, (search, plan) in enumerate(zip(searches, plans, strict=True))
                if tuple(plan[0]) == chunks and len(search.queries) and len(table)
            ]  # fmt: skip
            if not alike:  # no queries under this plan: no bucket tables to build
                continue
            found: dict[int, list[tuple[I64, I64]]] = {index: [] for index in alike}
            radii = {
                index: max(0, plans[index][1] - 1) if searches[index].approximate else plans[index][1]
                for index in alike
            }
            for chunk in chunks:
                dense = _dense(chunk.width, len(table))
                probes = sum(len(searches[i].queries) * _masks(chunk.width, radii[i]) for i in alike)
                # A few queries (the pictures a rescan added) look their probes up in the table's
                # chunk-value order: its rows would take longer to build than the probes to make.
                sorted_table = None
                if dense and probes <= len(table) * _FEW_PROBES:
                    asked = [(searches[index].queries, radii[index]) for index in alike]
                    sorted_table = _by_chunk(table, chunk, asked)
                buckets = _buckets(table, chunk, bits) if dense and sorted_table is None else None
                for index in alike:
                    queries, radius = searches[index].queries, radii[index]
                    if buckets is not None:
                        found[index] += _probe_buckets(
                            queries, buckets, chunk, bits, radius, threshold, kept, pool, workers
                        )
                    else:
                        if sorted_table is not None:
                            probed = _probe_by_chunk(queries, table, sorted_table, chunk, radius, threshold)
                        else:
                            probed = _probe_sorted(queries, table, chunk, radius, threshold)
                        found[index] += [wanted(q, t) for q, t in probed]
                    done += 1
                    if progress is not None:
                        progress(done, steps)
                del buckets, sorted_table
            for index in alike:
                results[index] = _distinct(found[index], searches[index].queries, table)
    finally:
        if pool is not None:
            pool.shutdown()
    return results


def _distinct(found: list[tuple[I64, I64]], queries: U64, table: U64) -> tuple[I64, I64, I64]:
    """The (query, table index, distance) of the pairs `found`, each once (several chunks may find
    one pair), sorted."""
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    keys = np.concatenate([q for q, _ in found]) * len(table) + np.concatenate([t for _, t in found])
    keys.sort()
    if keys.size:
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    q, t = np.divmod(keys, len(table))
    return q, t, distances(queries[q], table[t])


def _probe_sorted(
    queries: U64, table: U64, chunk: _Chunk, radius: int, threshold: int
) -> Iterator[tuple[I64, I64]]:
    """The close (query, table index) pairs through one chunk of a small table, by binary search."""
    table_values = _chunk_values(table, chunk)
    order = np.argsort(table_values, kind="stable")
    sorted_values = table_values[order]
    query_values = _chunk_values(queries, chunk)
    for mask in _flip_masks(chunk.width, radius):
        probe = query_values ^ mask
        first = np.searchsorted(sorted_values, probe, side="left")
        counts = np.searchsorted(sorted_values, probe, side="right") - first
        hit = np.flatnonzero(counts)
        for lo in range(0, hit.size, _BATCH):
            q, t = _expand(hit[lo : lo + _BATCH], first, counts, order)
            close = distances(queries[q], table[t]) <= threshold
            yield q[close], t[close]


def _masks(width: int, radius: int) -> int:
    """How many probe patterns a chunk `width` bits wide has within `radius`."""
    return sum(comb(width, k) for k in range(radius + 1))


@dataclass(frozen=True, slots=True)
class _ByChunk:
    """The table indices whose chunk value some probe asks for, in the order of those values
    (`order`, stable), and where the indices of each value begin in it (`starts`, 2**width + 1)."""

    order: I32
    starts: I32


def _by_chunk(table: U64, chunk: _Chunk, probes: Sequence[tuple[U64, int]]) -> _ByChunk:
    """_ByChunk of `table` for the probes of these (queries, radius): only the hashes those probes
    can meet are sorted (sorting all 800,000 of a rescan's variant table was most of the time)."""
    probed = np.zeros(1 << chunk.width, dtype=np.bool_)
    for queries, radius in probes:
        masks = np.fromiter(_flip_masks(chunk.width, radius), np.int32)
        values = _chunk_values32(queries, chunk)
        block = max(1, _BATCH // len(masks))
        for lo in range(0, len(values), block):
            probed[(values[lo : lo + block, None] ^ masks).reshape(-1)] = True
    values = _chunk_values32(table, chunk)
    met = np.flatnonzero(probed[values]).astype(np.int32)
    del probed
    values = values[met]
    order = met[_sort_order(values)]
    starts = np.zeros((1 << chunk.width) + 1, dtype=np.int32)
    np.cumsum(np.bincount(values, minlength=1 << chunk.width), out=starts[1:])
    return _ByChunk(order, starts)


def _probe_by_chunk(
    queries: U64, table: U64, by_chunk: _ByChunk, chunk: _Chunk, radius: int, threshold: int
) -> Iterator[tuple[I64, I64]]:
    """The close (query, table index) pairs through one chunk, each probe looked up in the
    table's chunk-value order: for a few queries against a large table. The candidates go about
    _BATCH at a time (a crowded value may hold thousands of hashes)."""
    masks = np.fromiter(_flip_masks(chunk.width, radius), np.int64)
    values = _chunk_values32(queries, chunk).astype(np.int64)
    block = max(1, _BATCH // len(masks))
    for lo in range(0, len(values), block):
        probe = (values[lo : lo + block, None] ^ masks).reshape(-1)
        first = by_chunk.starts[probe].astype(np.int64)
        counts = by_chunk.starts[probe + 1] - first
        hit = np.flatnonzero(counts)
        ends = np.cumsum(counts[hit])
        start = 0
        while start < hit.size:
            last = np.searchsorted(ends, ends[start] - counts[hit[start]] + _BATCH, "right")
            stop = max(start + 1, int(last))
            probed, t = _expand(hit[start:stop], first, counts, by_chunk.order)
            q = probed // len(masks) + lo
            close = distances(queries[q], table[t]) <= threshold
            yield q[close], t[close].astype(np.int64)
            start = stop


@dataclass(frozen=True, slots=True)
class _Buckets:
    """A table indexed by one chunk's value, for probing a whole bucket at once.

    A bucket is the table's hashes with one chunk value, in table order (`order`, from
    `starts`). Row v of `rows` holds the sieves (_sieve_values) of the first `slots` hashes of
    bucket v, zero-filled past its end (`counts` says how many are real): a probe compares the
    whole hash of only those whose sieve is close enough. The next `more_slots` sieves of a
    fuller bucket are in row more_row[v] of `more_rows`, and the hashes of the few crowded ones
    past those are in `spill_*`. Only `starts` and `order` grow with the table; the arrays per
    chunk value are narrow (at a million pictures with rotations, 2**22 values: 16 MB an int32
    column, 64 MB the rows).
    """

    table: U64
    slots: int
    rows: U32  # (2**width, slots)
    counts: U8  # (2**width,) hashes in each bucket, at most 255 (no more are ever looked at)
    starts: I32  # (2**width + 1,) where each bucket begins in `order`
    order: I32  # table indices by chunk value
    more_slots: int
    more_row: I32  # (2**width,) where counts > slots, the bucket's row in more_rows
    more_rows: U32  # (fuller buckets, more_slots)
    spilled: I32  # (B,) the buckets with counts > slots + more_slots, ascending
    spill_starts: I32  # (B + 1,) where each of them begins in spill_hashes
    spill_hashes: U64  # (S, words)
    spill_order: I32  # (S,) their table indices


def _buckets(table: U64, chunk: _Chunk, bits: int) -> _Buckets:
    values = _chunk_values32(table, chunk)
    order = _sort_order(values)
    full_counts = np.bincount(values, minlength=1 << chunk.width).astype(np.int32)
    del values
    starts = np.zeros(len(full_counts) + 1, dtype=np.int32)
    np.cumsum(full_counts, out=starts[1:])
    sizes = np.bincount(full_counts)  # sizes[n]: how many buckets hold n hashes
    # The first rows cost memory for every bucket: twice as many sieves as buckets hold on
    # average take what one hash each would, and leave few buckets fuller (at a million pictures
    # with rotations, 4 in 10 were with a hash a slot, and their probes half of the search's time).
    # The further rows cost only for the fuller buckets: enough that at most 1 % spill.
    slots = max(1, min(32, 2 * -(-len(table) // len(full_counts))))
    more_slots = 0
    while more_slots < 16 and _beyond(sizes, slots + more_slots) * 100 > len(table):
        more_slots += 1
    covered = slots + more_slots
    spilled = np.flatnonzero(full_counts > covered).astype(np.int32)
    spill_counts = full_counts[spilled] - covered
    counts = np.minimum(full_counts, 255).astype(np.uint8)
    del full_counts
    sieves = _sieve_values(table, chunk, bits)
    rows = _rows(sieves, order, starts, counts, None, 0, slots)
    fuller = np.flatnonzero(counts > slots).astype(np.int32)
    more_row = np.zeros(len(counts), dtype=np.int32)
    more_row[fuller] = np.arange(len(fuller), dtype=np.int32)
    more_rows = _rows(sieves, order, starts, counts, fuller, slots, more_slots)
    del fuller, sieves
    spill_starts = np.zeros(len(spilled) + 1, dtype=np.int32)
    np.cumsum(spill_counts, out=spill_starts[1:])
    first = starts[spilled].astype(np.int64) + covered
    spill_order = order[_ranges(first, spill_counts.astype(np.int64))]
    return _Buckets(
        table, slots, rows, counts, starts, order, more_slots, more_row, more_rows,
        spilled, spill_starts, table[spill_order], spill_order,
    )  # fmt: skip


def _beyond(sizes: I64, slots: int) -> int:
    """How many hashes do not fit in the first `slots` of their bucket."""
    n = np.arange(len(sizes))
    return int((np.maximum(n - slots, 0) * sizes).sum())


def _sieve_values(packed: U64, chunk: _Chunk, bits: int) -> U32:
    """Up to _SIEVE_BITS of each hash's `bits` outside `chunk` (those after it, then those before
    it) as uint32. Two hashes whose chunk values differ in k bits differ in k plus at least their
    sieves' distance: a probe that flips k bits of the query's chunk need compare the whole hash
    only where the sieves are within the threshold less k."""
    end = chunk.start + chunk.width
    after = _Chunk(end, max(0, min(_SIEVE_BITS, bits - end)))
    before = _Chunk(0, min(_SIEVE_BITS - after.width, chunk.start))
    sieves = np.empty(len(packed), dtype=np.uint32)
    # A block at a time: making each takes a few 64-bit copies of it.
    for lo in range(0, len(packed), _PROBE_BLOCK):
        some = packed[lo : lo + _PROBE_BLOCK]
        sieves[lo : lo + len(some)] = _chunk_values(some, after) | _chunk_values(some, before) << after.width
    return sieves


def _rows(
    sieves: U32, order: I32, starts: I32, counts: U8, buckets: I32 | None, first: int, slots: int
) -> U32:
    """The sieves of hashes first..first+slots-1 of each of `buckets` (None: every bucket), zero
    where the bucket is shorter."""
    rows = np.zeros((len(counts) if buckets is None else len(buckets), slots), dtype=np.uint32)
    bucket_starts = starts[:-1] if buckets is None else starts[buckets]
    bucket_counts = counts if buckets is None else counts[buckets]
    for slot in range(slots):
        filled = np.flatnonzero(bucket_counts > first + slot)
        rows[filled, slot] = sieves[order[bucket_starts[filled] + (first + slot)]]
        del filled
    return rows


# Which (query, table index) pairs a search wants (None: all).
Kept = Callable[[I64, I64], npt.NDArray[np.bool_] | None]


def _probe_buckets(
    queries: U64,
    buckets: _Buckets,
    chunk: _Chunk,
    bits: int,
    radius: int,
    threshold: int,
    kept: Kept,
    pool: ThreadPoolExecutor | None,
    workers: int,
) -> list[tuple[I64, I64]]:
    """The close (query, table index) pairs through one chunk of a large table, indexed by it in
    `buckets`. The queries go in slices of _QUERY_SLICE: what is made per query (sorted, and its
    sieve repeated once per slot) took 220 MB for 4 million corner cuts at once. Only the pairs
    `kept` are compared in full (a picture's own hashes pass every sieve)."""
    masks = list(_flip_masks(chunk.width, radius))
    shares = [masks[worker::workers] for worker in range(workers)]
    found: list[tuple[I64, I64]] = []
    # 16-bit chunks (the strict positions) have 24 slots a row at 100,000 pictures with rotations:
    # a million cut hashes' sieves repeated 24 times would be 96 MB.
    step = max(_probe_block(buckets.slots), min(_QUERY_SLICE, _REPEATED_SIEVES // buckets.slots))
    for first in range(0, len(queries), step):
        some = queries[first : first + step]
        values = _chunk_values32(some, chunk)
        by_value = _sort_order(values)
        sorted_values = values[by_value].astype(np.intp)
        del values
        sorted_queries = some[by_value]
        sieves = _sieve_values(sorted_queries, chunk, bits)
        positions = by_value  # of the search's queries, from here on
        positions += first
        del by_value
        # Each query's sieve once per slot of its row, so that the XOR with the rows is flat.
        repeated = np.repeat(sieves, buckets.slots)
        probe = partial(
            _probe_masks, buckets, sorted_values, sorted_queries, positions, sieves, repeated, threshold, kept
        )
        found += pool.map(probe, shares) if pool is not None else map(probe, shares)
        del sorted_values, sorted_queries, positions, sieves, repeated, probe
    return found


def _probe_block(slots: int) -> int:
    return max(1, min(_PROBE_BLOCK, _PROBE_SIEVES // slots))


def _probe_masks(
    buckets: _Buckets,
    values: npt.NDArray[np.intp],
    hashes: U64,
    positions: I32,
    sieves: U32,
    repeated: U32,
    threshold: int,
    kept: Kept,
    masks: list[int],
) -> tuple[I64, I64]:
    """The (query, table index) pairs within `threshold` that are `kept` and that the probe
    patterns `masks` find, for queries with these sorted chunk `values`, `hashes` and `sieves`,
    the queries at `positions` of the search."""
    slots = buckets.slots
    block = min(len(values), _probe_block(slots))
    gathered = np.empty((block, slots), dtype=np.uint32)
    counted = np.empty(block * slots, dtype=np.uint8)
    passed = np.empty(block * slots, dtype=np.bool_)
    found: list[tuple[I64, I64]] = []
    for mask in masks:
        # A probed bucket's hashes differ from the query in the mask's bits of the chunk.
        sieve_threshold = threshold - mask.bit_count()
        candidates: list[tuple[I64, npt.NDArray[np.integer]]] = []
        held_back = 0
        for lo in range(0, len(values), block):
            hi = min(lo + block, len(values))
            size = hi - lo
            probe = values[lo:hi] ^ mask
            rows = np.take(buckets.rows, probe, axis=0, out=gathered[:size], mode="clip").reshape(-1)
            np.bitwise_xor(rows, repeated[lo * slots : hi * slots], out=rows)
            counts = np.bitwise_count(rows, out=counted[: rows.size])
            hits = np.flatnonzero(np.less_equal(counts, sieve_threshold, out=passed[: rows.size]))
            held = buckets.counts[probe]
            if hits.size:
                query, slot = np.divmod(hits, slots)
                real = slot < held[query]
                query = query[real]
                candidates.append((query + lo, buckets.order[buckets.starts[probe[query]] + slot[real]]))
                held_back += len(query)
            fuller = np.flatnonzero(held > slots)
            if fuller.size:
                query, table_index = _probe_fuller(
                    buckets, probe[fuller], held[fuller], hashes[lo:hi][fuller], sieves[lo:hi][fuller],
                    sieve_threshold, threshold,
                )  # fmt: skip
                candidates.append((fuller[query] + lo, table_index))
                held_back += len(query)
            # Compared in full many blocks at a time: a few calls on many candidates (a picture's
            # own hashes pass the sieves, a million with the first probe pattern of a million).
            if held_back >= _CANDIDATES or hi == len(values):
                if candidates:
                    found.append(_close(buckets, hashes, positions, candidates, threshold, kept))
                candidates, held_back = [], 0
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate([q for q, _ in found]), np.concatenate([t for _, t in found])


def _close(
    buckets: _Buckets,
    hashes: U64,
    positions: I32,
    candidates: list[tuple[I64, npt.NDArray[np.integer]]],
    threshold: int,
    kept: Kept,
) -> tuple[I64, I64]:
    """The (query, table index) pairs that are `kept` and within `threshold` of the `candidates`:
    (query of `hashes`, at `positions` of the search; table index)."""
    query = np.concatenate([q for q, _ in candidates])
    t = np.concatenate([t for _, t in candidates]).astype(np.int64)
    q = positions[query].astype(np.int64)
    keep = kept(q, t)
    if keep is not None:
        query, q, t = query[keep], q[keep], t[keep]
    near = distances(hashes[query], buckets.table[t]) <= threshold
    return q[near], t[near]


def _probe_fuller(
    buckets: _Buckets,
    probe: npt.NDArray[np.intp],
    held: U8,
    hashes: U64,
    sieves: U32,
    sieve_threshold: int,
    threshold: int,
) -> tuple[I64, I32]:
    """The candidates among the hashes past the first row of the probed buckets, those with more
    hashes than it holds: of query i (of `hashes` and `sieves`), bucket probe[i], which holds
    held[i] hashes; those in their further rows whose sieves pass, those past them (the crowded
    buckets') compared in full."""
    found_q: list[I64] = []
    found_t: list[I32] = []
    if buckets.more_slots:
        rows = np.take(buckets.more_rows, buckets.more_row[probe], axis=0)
        # Each query against each slot of its row, broadcast rather than repeated.
        np.bitwise_xor(rows, sieves[:, None], out=rows)
        passed = np.flatnonzero(np.bitwise_count(rows).reshape(-1) <= sieve_threshold)
        query, slot = np.divmod(passed, buckets.more_slots)
        slot += buckets.slots
        real = slot < held[query]
        query, slot = query[real], slot[real]
        found_q.append(query)
        found_t.append(buckets.order[buckets.starts[probe[query]] + slot])
    crowded = np.flatnonzero(held > buckets.slots + buckets.more_slots)
    if crowded.size:
        at = np.searchsorted(buckets.spilled, probe[crowded])
        first = buckets.spill_starts[at].astype(np.int64)
        sizes = buckets.spill_starts[at + 1] - first
        # Each query against each hash of its bucket, about _SPILL_BATCH pairs at a time: many
        # screenshots of one app fill a few buckets of a 16-bit chunk with thousands of hashes,
        # and all at once took 300 MB at 100,000 pictures.
        ends = np.cumsum(sizes)
        start = 0
        while start < len(crowded):
            stop = max(
                start + 1, int(np.searchsorted(ends, ends[start] - sizes[start] + _SPILL_BATCH, "right"))
            )
            query = np.repeat(crowded[start:stop], sizes[start:stop])
            position = _ranges(first[start:stop], sizes[start:stop])
            near = distances(hashes[query], buckets.spill_hashes[position]) <= threshold
            found_q.append(query[near])
            found_t.append(buckets.spill_order[position[near]])
            start = stop
    if len(found_q) == 1:
        return found_q[0], found_t[0]
    return np.concatenate(found_q), np.concatenate(found_t)


def _ranges(first: I64, sizes: I64) -> I64:
    """first[0], first[0] + 1, ..., first[0] + sizes[0] - 1, first[1], ...: the concatenated ranges."""
    total = int(sizes.sum())
    ends = np.cumsum(sizes)
    out: I64 = np.arange(total, dtype=np.int64) + np.repeat(first - (ends - sizes), sizes)
    return out


def _chunk_values32(packed: U64, chunk: _Chunk) -> I32:
    """_chunk_values as int32 (a chunk is at most MAX_CHUNK_BITS wide), made a block at a time."""
    values = np.empty(len(packed), dtype=np.int32)
    for lo in range(0, len(packed), _BATCH):
        values[lo : lo + _BATCH] = _chunk_values(packed[lo : lo + _BATCH], chunk)
    return values


def _sort_order(values: I32) -> I32:
    """The stable argsort of non-negative int32 `values`, as int32.

    Up to _RADIX_MOST values, two stable passes, by the low 16 bits and then the high ones: NumPy
    sorts 16-bit integers stably by radix, in linear time (the variant table of a rescan of 100,000
    pictures, 800,000 values: 16 ms instead of 42). Beyond, (value << 32 | index) sorted as one
    uint64, which needs less memory at once (the passes' int64 orders); the indices go in a block
    at a time: an arange of them all took 64 MB more at 8 million hashes.
    """
    if len(values) <= _RADIX_MOST:
        order = np.argsort((values & 0xFFFF).astype(np.uint16), kind="stable").astype(np.int32)
        if len(values) and int(values.max()) >> 16:
            high = (values >> 16).astype(np.uint16)[order]
            order = order[np.argsort(high, kind="stable")]
        return order
    keys = values.astype(np.uint64)
    keys <<= np.uint64(32)
    for lo in range(0, len(keys), _BATCH):
        keys[lo : lo + _BATCH] |= np.arange(lo, min(lo + _BATCH, len(keys)), dtype=np.uint64)
    keys.sort()
    low = 0 if sys.byteorder == "little" else 1
    sorted_order: I32 = keys.view(np.uint32)[low::2].astype(np.int32)
    return sorted_order


def _expand(hit: I64, first: I64, counts: I64, order: I64 | I32) -> tuple[I64, I64]:
    """Turn (query, bucket start, bucket size) into one (query, table index) row per candidate."""
    sizes = counts[hit]
    q = np.repeat(hit, sizes)
    offsets = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    t = order[np.repeat(first[hit], sizes) + offsets]
    return q, t
