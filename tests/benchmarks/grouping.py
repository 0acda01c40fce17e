"""Grouping speed and memory on synthetic 64-bit hashes: random ones plus planted near pairs.

    python -m tests.benchmarks.grouping --hashes 100000 --level index
    python -m tests.benchmarks.grouping --hashes 1000000 --level groups
    python -m tests.benchmarks.grouping --hashes 1000000 --level groups --rotations

Run it as its own process (the runner does) so that its peak RSS is its own. It prints one JSON
object: the seconds spent grouping (and the process's CPU seconds in that time), the peak RSS of
the process (and its RSS once the input was built, before the clock started), and how many
planted pairs were found.

With ``--rotations`` every picture has the eight pHashes of its turns and mirrors, as a scan with
rotations on (the default) makes them, and a planted copy may be turned or mirrored. The hashes
are made the way fingerprint.dihedral_phash_bits makes them, from a picture's 8x8 low DCT
coefficients (here random): each turn is a transpose and sign flips of those coefficients,
compared with its own median (test_benchmarks checks this against dihedral_phash_bits on
pictures). A copy is the source's coefficients with some noise, turned; the planted pairs are
the copies whose hashes match their source's within the threshold in the way matching compares
them (one's canonical hash against any variant of the other's), about 1.1 % of the pictures.
Each picture also has the cut hashes the scan makes (fingerprint.CUTS, nine), here its
coefficients with a little noise added: the index queries them too, so they count in the time.

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
import hashlib
import inspect
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lookalike.core.fingerprint import _TRANSPOSED, DIHEDRAL, _dihedral_signs
from lookalike.core.hamming import near_pairs
from lookalike.core.matching import find_groups
from lookalike.core.models import CUT_HASHES, THUMB_SIDE, FileEntry, Fingerprint, ImageRecord, ScanOptions

U64 = npt.NDArray[np.uint64]

THRESHOLD = 8
BITS = 64
PLANTED_SHARE = 0.01  # one hash in a hundred gets a near copy planted
CUT_NOISE = 0.55  # cuts then lie about 11 bits from the picture's hash, as the scan's do on photos


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


@dataclass(frozen=True, slots=True)
class TurnedSet:
    hashes: U64  # (N, 8) uint64: each picture's pHash as it is, then of its seven turns/mirrors
    planted: npt.NDArray[np.int64]  # (P, 2) index pairs (source < copy) that match within THRESHOLD
    turns: npt.NDArray[np.int64]  # (P,) the DIHEDRAL variant each planted copy was turned by
    cuts: U64  # (N, 4) uint64: each picture's corner-cut hashes


def dihedral_hashes(low: npt.NDArray[np.float64]) -> U64:
    """The eight pHashes (as fingerprint._hasher packs them) of pictures whose top-left 8x8 DCT
    coefficients are `low`, (N, 8, 8): dihedral_phash_bits from the coefficients on."""
    count = len(low)
    variants = len(DIHEDRAL)
    turned = np.where(_TRANSPOSED[None, :, None, None], low.transpose(0, 2, 1)[:, None], low[:, None])
    blocks = (turned * _dihedral_signs(8)[None]).reshape(count, variants, 64)
    bits = blocks > np.median(blocks, axis=2)[:, :, None]
    packed = np.packbits(bits, axis=2)  # (N, 8, 8) bytes, most significant first as _hasher reads them
    return np.ascontiguousarray(packed).view(">u8").reshape(count, variants).astype(np.uint64)


def _turn(low: npt.NDArray[np.float64], variants: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Each block of coefficients turned by its DIHEDRAL variant (what turning the picture does)."""
    transposed = _TRANSPOSED[variants][:, None, None]
    signs = _dihedral_signs(8)[variants]
    turned: npt.NDArray[np.float64] = np.where(transposed, low.transpose(0, 2, 1), low) * signs
    return turned


def synthetic_turned_hashes(count: int, seed: int = 7) -> TurnedSet:
    """`count` pictures' eight hashes: random coefficients, except that 2 % are copies of another
    picture with some noise added, turned or mirrored (a random one of the eight, so 1 in 8 is
    not turned). About half the copies match their source within THRESHOLD: those are planted."""
    rng = np.random.default_rng(seed)
    block = 1 << 12
    hashes = np.empty((count, len(DIHEDRAL)), dtype=np.uint64)
    copies = max(1, int(count * 2 * PLANTED_SHARE))
    slots = rng.permutation(count)[: 2 * copies].reshape(2, copies)
    sources, targets = slots[0], slots[1]
    noise = rng.uniform(0.0, 0.6, copies)
    turns = rng.integers(0, len(DIHEDRAL), copies)
    source_low = np.empty((copies, 8, 8))
    cuts = np.empty((count, CUT_HASHES), dtype=np.uint64)
    cut_rng = np.random.default_rng(seed + 1)  # its own: the pictures and copies stay those of other builds
    for lo in range(0, count, block):  # a block at a time: 1M pictures' turned coefficients are 4 GB
        low = rng.standard_normal((min(block, count - lo), 8, 8))
        hashes[lo : lo + len(low)] = dihedral_hashes(low)
        for cut in range(CUT_HASHES):
            cut_low = low + CUT_NOISE * cut_rng.standard_normal(low.shape)
            cuts[lo : lo + len(low), cut] = dihedral_hashes(cut_low)[:, 0]
        inside = np.flatnonzero((sources >= lo) & (sources < lo + len(low)))
        source_low[inside] = low[sources[inside] - lo]
    copy_low = _turn(source_low + noise[:, None, None] * rng.standard_normal(source_low.shape), turns)
    hashes[targets] = dihedral_hashes(copy_low)
    # What matching compares: one's canonical hash with each variant of the other, both ways.
    near = (
        np.minimum(
            np.bitwise_count(hashes[sources, :1] ^ hashes[targets]).min(axis=1),
            np.bitwise_count(hashes[targets, :1] ^ hashes[sources]).min(axis=1),
        )
        <= THRESHOLD
    )
    pairs = np.sort(np.stack([sources[near], targets[near]], axis=1), axis=1).astype(np.int64)
    return TurnedSet(hashes, pairs, turns[near].astype(np.int64), cuts)


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


def brute_force_turned_pairs(hashes: U64, threshold: int, queries: int | None = None) -> int:
    """Count the pictures pairs (i < j) where either one's canonical hash is within `threshold`
    of any variant of the other's, the obvious NumPy way."""
    count = len(hashes)
    rows = count if queries is None else min(queries, count)
    table = np.ascontiguousarray(hashes.T).reshape(-1)  # variant by variant
    pairs: set[tuple[int, int]] = set()
    block = max(1, (1 << 24) // len(table))
    for lo in range(0, rows, block):
        hi = min(lo + block, rows)
        i, t = np.nonzero(np.bitwise_count(hashes[lo:hi, :1] ^ table[None, :]) <= threshold)
        i, j = i + lo, t % count
        keep = i != j
        pairs.update(zip(np.minimum(i, j)[keep].tolist(), np.maximum(i, j)[keep].tolist(), strict=True))
    return len(pairs)


def symmetric_thumb() -> bytes:
    """A 64x64 gray thumb with texture that every turn and mirror leaves as it is, so that the
    pixel check passes for a turned copy as it would for the real turned picture."""
    centre = (THUMB_SIDE - 1) / 2
    y, x = np.mgrid[0:THUMB_SIDE, 0:THUMB_SIDE]
    radius = np.hypot(x - centre, y - centre)
    return (128 + 100 * np.cos(radius / 2.5)).astype(np.uint8).tobytes()


def synthetic_records(hashes: U64, thumb: bytes | None = None, cuts: U64 | None = None) -> list[ImageRecord]:
    """One ImageRecord per row of hashes ((N,) or (N, variants)), with its row of `cuts` as its
    corner-cut hashes and nine random masked hashes, as a scan would hold them (every thumb
    shares one bytes object)."""
    return [
        ImageRecord(entry, fingerprint)
        for entries, fingerprints in synthetic_parts(hashes, thumb, cuts)
        for entry, fingerprint in zip(entries, fingerprints, strict=True)
    ]


def synthetic_pictures(hashes: U64, thumb: bytes | None = None, cuts: U64 | None = None) -> Any:
    """synthetic_records as columns (pictures.Pictures), made part by part, or, for a build from
    before them, as the list of records."""
    try:
        from lookalike.core.pictures import Pictures
    except ImportError:
        return synthetic_records(hashes, thumb, cuts)
    return Pictures.made(synthetic_parts(hashes, thumb, cuts))


def synthetic_parts(
    hashes: U64, thumb: bytes | None = None, cuts: U64 | None = None, part: int = 65_536
) -> Iterator[tuple[list[FileEntry], list[Fingerprint]]]:
    """The entries and fingerprints of synthetic_records, `part` pictures at a time."""
    thumb = thumb or bytes(range(256)) * (THUMB_SIDE * THUMB_SIDE // 256)
    rows = hashes.reshape(len(hashes), -1)
    # A build from before the packed hashes holds them as a tuple of integers.
    packed = "packed_hashes" in {field.name for field in fields(Fingerprint)}
    # Nine masked hashes each, where the build has them: random, so the masked join sorts them all
    # and pairs none (a planted copy's masked hashes would mostly repeat pairs already found).
    masked_rows = None
    if "masked_hashes" in {field.name for field in fields(Fingerprint)}:
        masked_rows = np.random.default_rng(len(rows)).integers(0, 2**63, (len(rows), 9)).astype(">u8")
    for lo in range(0, len(rows), part):
        some = rows[lo : lo + part]
        hash_rows = (
            [row.tobytes() for row in some.astype(">u8")] if packed else [tuple(r) for r in some.tolist()]
        )
        cut_rows = (
            [row.tobytes() for row in cuts[lo : lo + part].astype(">u8")]
            if cuts is not None
            else [b""] * len(some)
        )
        masked_bytes = (
            [row.tobytes() for row in masked_rows[lo : lo + part]] if masked_rows is not None else None
        )
        entries, fingerprints = [], []
        for offset, (values, cut_values) in enumerate(zip(hash_rows, cut_rows, strict=True)):
            index = lo + offset
            masked = {"masked_hashes": masked_bytes[offset]} if masked_bytes is not None else {}
            entries.append(
                FileEntry(Path(f"/photos/{index // 1000:04d}/IMG_{index:07d}.jpg"), 2_000_000 + index, 10**18)
            )
            fingerprints.append(
                Fingerprint(
                    digest=f"{index:032x}",
                    width=4000,
                    height=3000,
                    format="JPEG",
                    taken_at=None,
                    **{"packed_hashes" if packed else "hashes": values},
                    crop_hashes=cut_values,
                    thumb=thumb,
                    flat=False,
                    **masked,
                )
            )
        yield entries, fingerprints


def picture_number(record: Any) -> int:
    """The number of a synthetic picture, from its name (IMG_0000042.jpg: 42)."""
    return int(record.entry.path.stem[4:])


@dataclass(frozen=True, slots=True)
class GroupingRun:
    level: str
    hashes: int
    seconds: float
    pairs: int  # pairs found (index, brute) or grouped images (groups)
    planted: int
    planted_found: int
    maxrss_mb: float
    rotations: bool = False
    planted_turned: int = -1  # planted pairs whose copy is turned or mirrored (--rotations)
    planted_turned_found: int = -1
    cpu_seconds: float = 0.0  # the process's CPU time (all threads) while the clock ran
    input_rss_mb: float = 0.0  # RSS once the hashes (and, for groups, the records) were built
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after
    # groups: planted pairs not grouped together because one of them joined a third picture's
    # group first (greedy groups never chain); -1 at the other levels
    planted_split: int = -1
    # groups: a hash of every group's members (by picture), distances, scores, tiers, changes, keep
    # marks and keep reason, to compare the groups of two builds; "" at the other levels
    signature: str = ""


def groups_signature(groups: Any) -> str:
    """A hash of the groups, member by member: what two builds must agree on."""
    digest = hashlib.sha256()
    for group in groups:
        digest.update(f"{group.id} {group.kind} {group.keep_reason}\n".encode())
        for m in group.members:
            score = None if m.score is None else round(m.score, 9)
            digest.update(
                f" {picture_number(m.record)} {m.distance} {m.keep} {score} {m.tier} {m.changes}\n".encode()
            )
    return digest.hexdigest()[:16]


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except OSError:
        return 0.0


def _cpu() -> float:
    times = os.times()
    return times.user + times.system


def run(
    level: str, count: int, queries: int | None = None, *, rotations: bool = False, workers: int = 0
) -> GroupingRun:
    turned_pairs: list[tuple[int, int]] = []
    cuts: U64 | None = None
    if rotations:
        turned = synthetic_turned_hashes(count)
        hashes, planted, cuts = turned.hashes, turned.planted, turned.cuts
        turned_pairs = [
            (int(a), int(b))
            for (a, b), v in zip(turned.planted.tolist(), turned.turns.tolist(), strict=True)
            if v
        ]
        del turned
    else:
        data = synthetic_hashes(count)
        hashes, planted = data.hashes.reshape(-1, 1), data.planted
        del data
    planted_pairs = {(int(a), int(b)) for a, b in planted.tolist()}
    if level == "index":
        canonical = np.ascontiguousarray(hashes[:, :1])
        table = np.ascontiguousarray(hashes.T).reshape(-1, 1)
        extra: dict[str, Any] = {}
        parameters = inspect.signature(near_pairs).parameters
        if "workers" in parameters:  # a build from before the threaded index takes neither
            extra = {"workers": workers or os.cpu_count() or 1}
            if rotations and "pictures" in parameters:
                extra["pictures"] = count
            elif rotations:  # a build from before the corner-cut hashes
                extra["own_variants"] = True
        rss = current_rss_mb()
        load = os.getloadavg()[0]
        started, cpu = time.perf_counter(), _cpu()
        if rotations and "pictures" in extra:  # the corner cuts are queried too
            assert cuts is not None
            queries = np.concatenate([canonical, np.ascontiguousarray(cuts.T).reshape(-1, 1)])
            q, t, _d = near_pairs(queries, table, THRESHOLD, bits=BITS, self_join=False, **extra)
            q, t = q % count, t % count
        elif rotations:
            q, t, _d = near_pairs(canonical, table, THRESHOLD, bits=BITS, self_join=False, **extra)
            t = t % count
        else:
            q, t, _d = near_pairs(canonical, canonical, THRESHOLD, bits=BITS, self_join=True, **extra)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        low, high = np.minimum(q, t), np.maximum(q, t)
        found_pairs = set(zip(low[low != high].tolist(), high[low != high].tolist(), strict=True))
        grouped_with = found_pairs.__contains__
        pairs = len(found_pairs)
    elif level == "groups":
        records = synthetic_pictures(hashes, symmetric_thumb() if rotations else None, cuts)
        del hashes, cuts
        options = ScanOptions(threshold=THRESHOLD, rotations=rotations, workers=workers)
        rss = current_rss_mb()
        load = os.getloadavg()[0]
        started, cpu = time.perf_counter(), _cpu()
        groups = find_groups(records, options)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        grouped: dict[int, int] = {}
        for group in groups:
            for member in group.members:
                grouped[picture_number(member.record)] = group.id

        def grouped_with(pair: tuple[int, int]) -> bool:
            return pair[0] in grouped and grouped.get(pair[0]) == grouped.get(pair[1])

        split = sum(1 for a, b in planted_pairs if not grouped_with((a, b)) and {a, b} & grouped.keys())
        pairs = len(grouped)
        signature = groups_signature(groups)
    elif level == "brute":
        rss = current_rss_mb()
        load = os.getloadavg()[0]
        started, cpu = time.perf_counter(), _cpu()
        if rotations:
            pairs = brute_force_turned_pairs(hashes, THRESHOLD, queries)
        else:
            pairs = brute_force_pairs(hashes.reshape(-1), THRESHOLD, queries)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        grouped_with = None
    else:
        raise ValueError(f"unknown level {level!r}")
    found = turned_found = -1
    split = split if level == "groups" else -1
    signature = signature if level == "groups" else ""
    if grouped_with is not None:
        found = sum(1 for pair in planted_pairs if grouped_with(pair))
        turned_found = sum(1 for pair in turned_pairs if grouped_with(pair)) if rotations else -1
    turned_total = len(turned_pairs) if rotations else -1
    return GroupingRun(
        level, count, round(seconds, 3), pairs, len(planted_pairs), found, round(peak_rss_mb(), 1),
        rotations, turned_total, turned_found, round(cpu, 2), round(rss, 1),
        (round(load, 2), round(os.getloadavg()[0], 2)), split, signature,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.grouping",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--hashes", type=int, default=100_000)
    parser.add_argument("--level", choices=("index", "groups", "brute"), default="index")
    parser.add_argument("--queries", type=int, default=None, help="brute: compare only this many rows")
    parser.add_argument("--rotations", action="store_true", help="eight hashes per picture; turned copies")
    parser.add_argument("--workers", type=int, default=0, help="threads for the index; 0: one per core")
    args = parser.parse_args(argv)  # fmt: skip
    measured = run(args.level, args.hashes, args.queries, rotations=args.rotations, workers=args.workers)
    print(json.dumps(asdict(measured)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
