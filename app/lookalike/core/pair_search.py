"""The hash index's search for candidate pairs, kept between groupings: a rescan after adding a few
pictures searches for the pairs of those alone and takes the others from the search before.

The search (`search`, from matching._candidates) queries every picture's canonical hash and its
cut hashes against a table of every variant of every picture. Which pairs it finds depends only on the two
pictures' hashes and the search's plan (the chunks of the hash index: hamming.plan_key), so with
the plans unchanged, the pairs of pictures searched before are what a whole new search would find,
and the pairs of the new pictures are found by searching their hashes both ways: as queries
against every picture's variants, and their variants against every picture's canonical and cut
hashes (a pair's distance, and what a plan's chunks let through, are the same either way round).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial

import numpy as np
import numpy.typing as npt

from lookalike.core.hamming import I64, U64, Search, near_pairs_each, plan_key

log = logging.getLogger(__name__)

Bools = npt.NDArray[np.bool_]
# A row of a kept search: query and owner (int32 positions among the searched pictures), then the
# variant, the distance and whether the pair matched through a canonical hash at all (a byte each).
_ROW_BYTES = 4 + 4 + 1 + 1 + 1
DIGEST_BYTES = 16  # an XXH3-128 digest (Fingerprint.digest, in hex there)
# How often the searches of new pictures side by side tell how far they have come, in steps of all.
_PROGRESS_SECONDS = 0.2
_PROGRESS_STEPS = 1000
# New pictures are few, and searched side by side, when at most this fraction (1 / _FEW_NEW) of all.
_FEW_NEW = 10


@dataclass(frozen=True, slots=True)
class Matches:
    """Matches of the search, a row each: a hash of picture `query` (positions among the searched
    pictures) came within the threshold of variant `kind` of picture `owner`, at `distance`;
    `through_cut`: through one of the query's cut hashes."""

    query: I64
    owner: I64
    kind: I64
    distance: I64
    through_cut: Bools

    def __len__(self) -> int:
        return len(self.query)

    def __getitem__(self, which: npt.NDArray[np.bool_] | npt.NDArray[np.intp]) -> Matches:
        return Matches(*(getattr(self, name)[which] for name in Matches.__slots__))


def joined(parts: list[Matches]) -> Matches:
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return Matches(empty, empty, empty, empty, np.zeros(0, dtype=np.bool_))
    return Matches(*(np.concatenate([getattr(part, name) for part in parts]) for name in Matches.__slots__))


def plans(bits: int, threshold: int, pictures: int, cut_rows: int, table_rows: int) -> str:
    """The plans of the canonical and the cut search of `pictures` against `table_rows` variants,
    as text: a kept search is taken only under the same."""
    cut_plan = plan_key(bits, threshold, cut_rows, table_rows) if cut_rows else "-"
    return f"{plan_key(bits, threshold, pictures, table_rows)} {cut_plan} {table_rows // max(pictures, 1)}"


def search(
    canonical: U64,
    cuts: U64,
    table: U64,
    threshold: int,
    *,
    bits: int,
    workers: int,
    progress: Callable[[int, int], None],
    new: I64 | None = None,
) -> Matches:
    """Every match of the canonical hashes (row i: picture i) and the cut hashes (row c * N + i:
    cut c of picture i) against the variant table (row v * N + i: variant v of picture i); with
    `new` (positions), only those that involve one of those pictures, planned as the whole
    search: as a query, and as the owner of a variant."""
    count = len(canonical)
    if new is None:
        searches = [Search(canonical), Search(cuts, approximate=True)]
        results = near_pairs_each(
            searches, table, threshold, bits=bits, pictures=count, workers=workers, progress=progress
        )
        parts = []
        for asked, (q, t, distance) in zip(searches, results, strict=True):
            kind, owner = np.divmod(t, count)
            parts.append(Matches(q % count, owner, kind, distance, np.full(len(q), asked.approximate)))
        return joined(parts)
    fresh = len(new)
    if not fresh:  # the pictures of the search before, or some of them
        return joined([])
    variants = len(table) // count
    canonical_plan = (count, len(table))
    cut_plan = (len(cuts), len(table))
    new_cuts = (
        cuts.reshape(-1, count, cuts.shape[1])[:, new].reshape(-1, cuts.shape[1]) if len(cuts) else cuts
    )
    new_variants = table.reshape(variants, count, table.shape[1])[:, new].reshape(-1, table.shape[1])
    as_queries = [Search(canonical[new], planned_as=canonical_plan)]
    if len(cuts):
        as_queries.append(Search(new_cuts, approximate=True, planned_as=cut_plan))
    # Their variants against every canonical hash, and every cut hash: the same pairs either way.
    # Against the canonical hashes the search is exact, so any plan finds the same pairs: it is
    # planned for its own sizes (a rescan of 100,000 after adding 1,000: 78 ms instead of 171).
    as_owners = [(canonical, Search(new_variants), False)]
    if len(cuts):
        as_owners.append((cuts, Search(new_variants, approximate=True, planned_as=cut_plan), True))
    # The searches (three, with cut hashes), each of a few queries against a large table: on
    # threads of their own, as each is one NumPy step after another on arrays too small to share
    # among threads (a rescan of 100,000 pictures after adding 1,000: 0.49 s one after the other,
    # 0.28 s side by side; at a million, 1.48 s and 0.99 s, holding 65 MB more). Many new pictures
    # are searched one way at a time, each way on every core: side by side, their bucket tables
    # would be held together.
    apart = fresh * _FEW_NEW > count
    each = workers if apart else max(1, workers // (1 + len(as_owners)))
    each_way: list[_NewSearch] = [
        partial(near_pairs_each, as_queries, table, threshold, bits=bits, workers=each),
        *(
            partial(near_pairs_each, [asked], against, threshold, bits=bits, workers=each)
            for against, asked, _ in as_owners
        ),
    ]
    found_each_way = _side_by_side(each_way, 1 if apart else workers, progress)
    parts = []
    for asked, (q, t, distance) in zip(as_queries, found_each_way[0], strict=True):
        kind, owner = np.divmod(t, count)
        parts.append(Matches(new[q % fresh], owner, kind, distance, np.full(len(q), asked.approximate)))
    for (_, _, through_cut), ((q, t, distance),) in zip(as_owners, found_each_way[1:], strict=True):
        kind, owner = np.divmod(q, fresh)
        parts.append(Matches(t % count, new[owner], kind, distance, np.full(len(q), through_cut)))
    found = joined(parts)
    return found[found.query != found.owner]


# One of the searches of new pictures: near_pairs_each with all but its progress given.
_NewSearch = Callable[..., list[tuple[I64, I64, I64]]]


def _side_by_side(
    searches: list[_NewSearch], workers: int, progress: Callable[[int, int], None]
) -> list[list[tuple[I64, I64, I64]]]:
    """Each search's results, on up to `workers` threads; `progress` hears how far they have come
    in all, on this thread only: after each of their steps one after the other, at least every
    _PROGRESS_SECONDS side by side."""
    heard = [0.0] * len(searches)

    def told() -> None:
        progress(int(_PROGRESS_STEPS * sum(heard) / len(searches)), _PROGRESS_STEPS)

    def hearing(index: int, *, telling: bool) -> Callable[[int, int], None]:
        def heard_of(done: int, total: int) -> None:
            heard[index] = done / total if total else 1.0
            if telling:
                told()

        return heard_of

    if workers <= 1:
        return [search(progress=hearing(index, telling=True)) for index, search in enumerate(searches)]
    with ThreadPoolExecutor(min(workers, len(searches)), thread_name_prefix="new-pairs") as pool:
        running = [
            pool.submit(search, progress=hearing(index, telling=False))
            for index, search in enumerate(searches)
        ]
        while wait(running, timeout=_PROGRESS_SECONDS).not_done:
            told()
        results = [future.result() for future in running]
    heard[:] = [1.0] * len(searches)
    told()
    return results


def best_each_way(found: Matches, count: int) -> Matches:
    """Per ordered pair (query, owner), its match of least distance, then lowest variant; its
    `through_cut` says whether every match of the pair, either way round, came through a cut hash."""
    if not len(found):
        return found
    low, high = np.minimum(found.query, found.owner), np.maximum(found.query, found.owner)
    pair_of = np.unique(low * count + high, return_inverse=True)[1].reshape(-1)
    canonical = np.bincount(pair_of, weights=~found.through_cut) > 0
    order = np.lexsort((found.kind, found.distance, found.owner, found.query))
    ordered = found[order]
    first = np.ones(len(order), dtype=np.bool_)
    first[1:] = (ordered.query[1:] != ordered.query[:-1]) | (ordered.owner[1:] != ordered.owner[:-1])
    best = ordered[first]
    return Matches(best.query, best.owner, best.kind, best.distance, ~canonical[pair_of[order][first]])


def encoded(best: Matches) -> bytes:
    """best_each_way's rows as kept (see _ROW_BYTES)."""
    columns = (
        best.query.astype("<i4"), best.owner.astype("<i4"), best.kind.astype(np.uint8),
        best.distance.astype(np.uint8), (~best.through_cut).astype(np.uint8),
    )  # fmt: skip
    return b"".join(column.tobytes() for column in columns)


def earlier(
    kept_digests: bytes,
    kept_rows: bytes,
    digests: npt.NDArray[np.bytes_],
    *,
    threshold: int,
    variants: int,
) -> tuple[Matches, I64] | None:
    """The kept search's matches between pictures still searched (`digests`, by position), and
    the positions of those it did not search; None when what is kept is no such search (a
    damaged or forged cache: the whole search is made again)."""
    if len(kept_digests) % DIGEST_BYTES or len(kept_rows) % _ROW_BYTES:
        log.warning("Ignoring a kept candidate search of the wrong size")
        return None
    rows = len(kept_rows) // _ROW_BYTES
    before = np.frombuffer(kept_digests, f"S{DIGEST_BYTES}")
    at = np.cumsum([0, 4 * rows, 4 * rows, rows, rows])
    query = np.frombuffer(kept_rows, "<i4", rows, at[0]).astype(np.int64)
    owner = np.frombuffer(kept_rows, "<i4", rows, at[1]).astype(np.int64)
    kind = np.frombuffer(kept_rows, np.uint8, rows, at[2]).astype(np.int64)
    distance = np.frombuffer(kept_rows, np.uint8, rows, at[3]).astype(np.int64)
    canonical = np.frombuffer(kept_rows, np.uint8, rows, at[4])
    ranked_before = np.sort(before)  # each digest once: np.unique took 28 ms of 100,000, this 11
    sound = (
        not bool((ranked_before[1:] == ranked_before[:-1]).any())
        and bool(((query >= 0) & (query < len(before)) & (owner >= 0) & (owner < len(before))).all())
        and bool(((kind < variants) & (distance <= threshold) & (canonical <= 1) & (query != owner)).all())
    )
    del ranked_before
    if not sound:
        log.warning("Ignoring a kept candidate search that is none")
        return None
    # Where each picture searched before is now (-1: no longer searched).
    order = np.argsort(digests)
    ranked = digests[order]
    places = np.minimum(np.searchsorted(ranked, before), max(len(ranked) - 1, 0))
    now = np.where(ranked[places] == before, order[places], -1) if len(ranked) else np.full(len(before), -1)
    query, owner = now[query], now[owner]
    still = (query >= 0) & (owner >= 0)
    found = Matches(query, owner, kind, distance, canonical == 0)[still]
    searched_before = np.zeros(len(digests), dtype=np.bool_)
    searched_before[now[now >= 0]] = True
    return found, np.flatnonzero(~searched_before)
