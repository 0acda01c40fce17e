"""Where a cold scan's time goes, and whether threads or processes fingerprint faster.

    python -m tests.benchmarks.profile_scan --images 300 [--limit 120] [--cprofile]

Three measurements on the photo corpus (files already in the OS cache):

1. stages: one thread, each step of the fingerprint of one file timed on its own, mirroring
   core/fingerprint.py and core/imaging.py: read, XXH3-128 digest, Image.open (header + EXIF),
   draft + load (the reduced JPEG decode), grayscale/reduce, the thumb, pHash.
2. parallel: the core fingerprinter (make_fingerprinter) over the same files on 1 and 2 threads,
   on 2 and 4 threads, and on 2 processes (a prototype; core uses threads).
3. with --cprofile: cProfile of the one-thread fingerprint loop, top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import imagehash
from PIL import Image

from lookalike.core.fingerprint import digest_bytes, make_fingerprinter, phash_bits
from lookalike.core.imaging import WORKING_SIDE, _orientation, _taken_at, _to_gray
from lookalike.core.models import THUMB_SIDE, FileEntry, ScanOptions
from tests.benchmarks.corpus import Kind, ensure_corpus, image_files
from tests.benchmarks.measure import warm_page_cache


def entries_of(files: Sequence[Path]) -> list[FileEntry]:
    entries = []
    for path in files:
        st = path.stat()
        entries.append(FileEntry(path, st.st_size, st.st_mtime_ns))
    return entries


def stage_times(files: Sequence[Path]) -> dict[str, float]:
    """Seconds per stage, summed over `files`, one thread."""
    spent: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        spent[name] += time.perf_counter() - started

    for path in files:
        with stage("read bytes"):
            data = path.read_bytes()
        with stage("XXH3-128 digest (core's digest_bytes)"):
            digest_bytes(data)
        with stage("Image.open + EXIF (orientation, date)"):
            image = Image.open(io.BytesIO(data))
            _orientation(image)
            _taken_at(image)
        with stage("draft('L') + load: reduced JPEG decode"):
            image.draft("L", (WORKING_SIDE, WORKING_SIDE))
            image.load()
        with stage("to gray + reduce"):
            working = _to_gray(image)
            factor = min(working.size) // WORKING_SIDE
            if factor >= 2:
                working = working.reduce(factor)
        with stage(f"{THUMB_SIDE}x{THUMB_SIDE} thumb + flat check"):
            thumb = working.resize((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BOX)
            thumb.tobytes()
        with stage("pHash (core's NumPy pHash, imagehash.phash's bits)"):
            phash_bits(working)
        image.close()
    return dict(spent)


def full_decode_times(files: Sequence[Path]) -> dict[str, float]:
    """The naive loop split in two: full-size decode, then pHash of the 12 MP image."""
    spent: dict[str, float] = defaultdict(float)
    for path in files:
        started = time.perf_counter()
        image = Image.open(path)
        image.load()
        decoded = time.perf_counter()
        imagehash.phash(image)
        spent["naive: Image.open + full decode"] += decoded - started
        spent["naive: phash of the 12 MP image (convert L + LANCZOS resize + DCT)"] += (
            time.perf_counter() - decoded
        )
    return dict(spent)


_fingerprint: Callable[[FileEntry], object] | None = None


def _process_init() -> None:
    global _fingerprint
    _fingerprint = make_fingerprinter(ScanOptions())


def _process_fingerprint(entry: FileEntry) -> object:
    assert _fingerprint is not None
    return _fingerprint(entry)


def parallel_rate(
    entries: Sequence[FileEntry], executor: Executor | None, fingerprint: Callable[..., object]
) -> float:
    started = time.perf_counter()
    if executor is None:
        for entry in entries:
            fingerprint(entry)
    else:
        for _ in executor.map(
            fingerprint, entries, chunksize=1 if isinstance(executor, ThreadPoolExecutor) else 4
        ):
            pass
    return len(entries) / (time.perf_counter() - started)


def parallel_rates(entries: Sequence[FileEntry]) -> dict[str, float]:
    fingerprint = make_fingerprinter(ScanOptions())
    fingerprint(entries[0])  # imports and first-call costs
    rates = {"core fingerprinter, 1 thread (no pool)": parallel_rate(entries, None, fingerprint)}
    for threads in (2, 3, 4):
        with ThreadPoolExecutor(threads) as pool:
            rates[f"core fingerprinter, ThreadPoolExecutor({threads})"] = parallel_rate(
                entries, pool, fingerprint
            )
    with ProcessPoolExecutor(2, initializer=_process_init) as processes:
        list(processes.map(_process_fingerprint, entries[:4]))  # start-up and imports, not counted
        rates["prototype: ProcessPoolExecutor(2), same fingerprinter"] = parallel_rate(
            entries, processes, _process_fingerprint
        )
    # Core now has the NumPy pHash itself; these vary only the digest.
    variants = (
        ("BLAKE2b digest (core before XXH3)", _blake2b),
        ("SHA-256 digest", _sha256),
        ("no digest (size-collision only)", _no_digest),
    )
    for name, digest in variants:
        with _patched_fingerprint(digest), ThreadPoolExecutor(2) as pool:
            patched = make_fingerprinter(ScanOptions())
            patched(entries[0])
            rates[f"prototype: {name}, 2 threads"] = parallel_rate(entries, pool, patched)
    return rates


def _blake2b(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _no_digest(_data: bytes) -> str:
    return ""


@contextmanager
def _patched_fingerprint(digest: Callable[[bytes], str]) -> Iterator[None]:
    """Core's fingerprinter with another digest, in this process only."""
    from lookalike.core import fingerprint

    saved = fingerprint.digest_bytes
    fingerprint.digest_bytes = digest  # type: ignore[assignment]
    try:
        yield
    finally:
        fingerprint.digest_bytes = saved


def cprofile_top(entries: Sequence[FileEntry], top: int = 25) -> str:
    fingerprint = make_fingerprinter(ScanOptions())
    fingerprint(entries[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for entry in entries:
        fingerprint(entry)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.profile_scan",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--images", type=int, default=300, help="photo corpus size (default 300)")
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR")
    parser.add_argument("--limit", type=int, default=120, help="files profiled (default 120)")
    parser.add_argument("--cprofile", action="store_true", help="also print the cProfile top functions")
    args = parser.parse_args(argv)
    folder, _ = ensure_corpus(
        Kind.PHOTOS, args.images, root=args.corpus, log=lambda m: print(m, file=sys.stderr)
    )
    files = [p for p in image_files(folder) if p.parent.name != "resized"][: args.limit]
    warm_page_cache(files)
    print(f"{len(files)} 12 MP JPEGs from {folder}, {os.cpu_count()} CPUs\n")

    stages = stage_times(files)
    total = sum(stages.values())
    per_file = total / len(files) * 1000
    print(f"one thread, reduced path: {per_file:.1f} ms per file ({len(files) / total:.1f} img/s)")
    for name, seconds in stages.items():
        print(f"  {name:<44} {seconds / len(files) * 1000:7.2f} ms  {100 * seconds / total:5.1f} %")
    naive = full_decode_times(files[: max(10, len(files) // 4)])
    count = max(10, len(files) // 4)
    print(f"\none thread, naive path ({count} files): {sum(naive.values()) / count * 1000:.1f} ms per file")
    for name, seconds in naive.items():
        print(f"  {name:<70} {seconds / count * 1000:7.2f} ms")

    print("\nfingerprint throughput (core make_fingerprinter, no cache, no matching):")
    for name, rate in parallel_rates(entries_of(files)).items():
        print(f"  {name:<56} {rate:6.1f} img/s")
    if args.cprofile:
        print("\n" + cprofile_top(entries_of(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
