"""Prototype: core's hamming.near_pairs self-join split over worker threads by query rows.

    python -m tests.benchmarks.index_prototype --hashes 100000 1000000 --workers 2

NumPy releases the GIL inside its loops (XOR, gathers, popcount, sorts), so the probes of two
halves of the queries can run on two cores. Each half is joined against the whole table
(self_join=False) and only pairs with query index < table index are kept: the same pairs as
the single-threaded self-join. Nothing in the app uses this; it measures whether core should.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt

from lookalike.core.hamming import near_pairs
from tests.benchmarks.grouping import BITS, THRESHOLD, synthetic_hashes

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]


def threaded_self_join(packed: U64, threshold: int, bits: int, workers: int) -> tuple[I64, I64, I64]:
    bounds = np.linspace(0, len(packed), workers + 1).astype(int)

    def part(lo: int, hi: int) -> tuple[I64, I64, I64]:
        q, t, d = near_pairs(packed[lo:hi], packed, threshold, bits=bits, self_join=False)
        q = q + lo
        keep = q < t
        return q[keep], t[keep], d[keep]

    with ThreadPoolExecutor(workers) as pool:
        parts = list(pool.map(part, bounds[:-1].tolist(), bounds[1:].tolist()))
    return (
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.concatenate([p[2] for p in parts]),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.index_prototype", description=__doc__)
    parser.add_argument("--hashes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    for count in args.hashes:
        packed = synthetic_hashes(count).hashes.reshape(-1, 1)
        started = time.perf_counter()
        q1, t1, _ = near_pairs(packed, packed, THRESHOLD, bits=BITS, self_join=True)
        single = time.perf_counter() - started
        started = time.perf_counter()
        q2, t2, _ = threaded_self_join(packed, THRESHOLD, BITS, args.workers)
        threaded = time.perf_counter() - started
        same = set(zip(q1.tolist(), t1.tolist(), strict=True)) == set(
            zip(q2.tolist(), t2.tolist(), strict=True)
        )
        print(f"{count:>9,} hashes: near_pairs {single:6.2f} s; {args.workers} threads {threaded:6.2f} s "
              f"({single / threaded:.2f}x), same pairs: {same}", flush=True)  # fmt: skip
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
