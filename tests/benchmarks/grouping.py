"""Grouping speed and memory on synthetic 64-bit hashes: random ones plus planted near pairs.

    python -m tests.benchmarks.grouping --hashes 100000 --level index
    python -m tests.benchmarks.grouping --hashes 1000000 --level groups

Run it as its own process (the runner does) so that its peak RSS is its own. It prints one JSON
object: the seconds spent grouping, the peak RSS of the process, and how many planted pairs
were found.

Levels:
  index   ``hamming.near_pairs`` self-join over the packed hashes: the candidate index alone.
  groups  ``matching.find_groups`` over ImageRecords carrying those hashes: what a scan runs after
          fingerprinting (exact tier, index, greedy non-chaining groups, pixel check). The
          records are built before the clock starts; their memory counts in the peak RSS.
  brute   blocked NumPy brute force (XOR + popcount against every hash), the baseline the
          issue quotes; with ``--queries Q`` only the first Q rows are compared against all.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from lookalike.core.hamming import near_pairs
from lookalike.core.matching import find_groups
from lookalike.core.models import THUMB_SIDE, FileEntry, Fingerprint, ImageRecord, ScanOptions

U64 = npt.NDArray[np.uint64]

THRESHOLD = 8
BITS = 64
PLANTED_SHARE = 0.01  # one hash in a hundred gets a near copy planted


@dataclass(frozen=True, slots=True)
class HashSet:
    hashes: U64  # (N,) uint64
    planted: npt.NDArray[np.int64]  # (P, 2) index pairs planted within THRESHOLD


def synthetic_hashes(count: int, seed: int = 7) -> HashSet:
    """`count` hashes: uniformly random, except that 1% are copies of another with 0-8 bits flipped.

    Another 1% are copies with 9-12 bits flipped: near misses that must not be reported.
    """
    rng = np.random.default_rng(seed)
    hashes = rng.integers(0, np.iinfo(np.uint64).max, count, dtype=np.uint64, endpoint=True)
    planted = max(1, int(count * PLANTED_SHARE))
    slots = rng.permutation(count)[: 4 * planted].reshape(2, 2 * planted)
    sources, targets = slots[0], slots[1]
    flips = np.concatenate(
        [rng.integers(0, THRESHOLD + 1, planted), rng.integers(THRESHOLD + 1, 13, planted)]
    )
    for source, target, k in zip(sources.tolist(), targets.tolist(), flips.tolist(), strict=True):
        mask = 0
        for bit in rng.choice(BITS, size=k, replace=False).tolist():
            mask |= 1 << bit
        hashes[target] = np.uint64(int(hashes[source]) ^ mask)
    near = np.stack([sources[:planted], targets[:planted]], axis=1).astype(np.int64)
    return HashSet(hashes, np.sort(near, axis=1))


def brute_force_pairs(hashes: U64, threshold: int, queries: int | None = None) -> int:
    """Count pairs within `threshold` the obvious NumPy way; returns the number of pairs (i < j)."""
    rows = len(hashes) if queries is None else min(queries, len(hashes))
    found = 0
    block = max(1, (1 << 24) // max(1, len(hashes)))  # ~16 M comparisons at a time
    for lo in range(0, rows, block):
        hi = min(lo + block, rows)
        # Row i is compared with every j > lo (the block's own lower triangle is masked out below).
        close = np.bitwise_count(hashes[lo:hi, None] ^ hashes[None, lo:]) <= threshold
        i, j = np.nonzero(close)
        found += int(np.count_nonzero(i < j))
    return found


def synthetic_records(hashes: U64) -> list[ImageRecord]:
    """One ImageRecord per hash, as a scan would hold them (every thumb shares one bytes object)."""
    thumb = bytes(range(256)) * (THUMB_SIDE * THUMB_SIDE // 256)
    records = []
    for index, value in enumerate(hashes.tolist()):
        entry = FileEntry(Path(f"/photos/{index // 1000:04d}/IMG_{index:07d}.jpg"), 2_000_000 + index, 10**18)
        fingerprint = Fingerprint(
            digest=f"{index:032x}",
            width=4000,
            height=3000,
            format="JPEG",
            taken_at=None,
            hashes=(value,),
            thumb=thumb,
            flat=False,
        )
        records.append(ImageRecord(entry, fingerprint))
    return records


@dataclass(frozen=True, slots=True)
class GroupingRun:
    level: str
    hashes: int
    seconds: float
    pairs: int  # pairs found (index, brute) or grouped images (groups)
    planted: int
    planted_found: int
    maxrss_mb: float


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(level: str, count: int, queries: int | None = None) -> GroupingRun:
    data = synthetic_hashes(count)
    planted_pairs = {(int(a), int(b)) for a, b in data.planted.tolist()}
    if level == "index":
        packed = data.hashes.reshape(-1, 1)
        started = time.perf_counter()
        q, t, _d = near_pairs(packed, packed, THRESHOLD, bits=BITS, self_join=True)
        seconds = time.perf_counter() - started
        found_pairs = {(int(a), int(b)) for a, b in zip(q.tolist(), t.tolist(), strict=True)}
        found = len(planted_pairs & found_pairs)
        pairs = len(q)
    elif level == "groups":
        records = synthetic_records(data.hashes)
        options = ScanOptions(threshold=THRESHOLD)
        started = time.perf_counter()
        groups = find_groups(records, options)
        seconds = time.perf_counter() - started
        index_of = {id(record): i for i, record in enumerate(records)}
        grouped: dict[int, int] = {}
        for group in groups:
            for member in group.members:
                grouped[index_of[id(member.record)]] = group.id
        found = sum(1 for a, b in planted_pairs if a in grouped and grouped.get(a) == grouped.get(b))
        pairs = len(grouped)
    elif level == "brute":
        started = time.perf_counter()
        pairs = brute_force_pairs(data.hashes, THRESHOLD, queries)
        seconds = time.perf_counter() - started
        found = -1
    else:
        raise ValueError(f"unknown level {level!r}")
    return GroupingRun(
        level, count, round(seconds, 3), pairs, len(planted_pairs), found, round(peak_rss_mb(), 1)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.grouping",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--hashes", type=int, default=100_000)
    parser.add_argument("--level", choices=("index", "groups", "brute"), default="index")
    parser.add_argument("--queries", type=int, default=None, help="brute: compare only this many rows")
    args = parser.parse_args(argv)  # fmt: skip
    print(json.dumps(asdict(run(args.level, args.hashes, args.queries))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
