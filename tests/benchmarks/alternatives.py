"""Prototypes of faster fingerprint steps, measured against what core does now (one thread).

    python -m tests.benchmarks.alternatives [--images 300] [--limit 100]

Nothing here is used by the app (except the NumPy pHash, which core now has as fingerprint.phash_bits):
these are measurements to decide what core should change.

- digest: XXH3-128 (core) against BLAKE2b (core before) and SHA-256 / SHA-1 (OpenSSL, hardware SHA),
  and how many files need a digest at all when only files sharing a byte size are digested.
- pHash: imagehash.phash (core) against the same algorithm in NumPy with a precomputed DCT
  matrix (no SciPy); reports how many hashes differ and by how many bits.
- decode: core's draft('L') reduced decode against draft('RGB') + convert, and full decode.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import imagehash
import numpy as np
import numpy.typing as npt
import xxhash
from PIL import Image

from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.imaging import decode
from lookalike.core.models import FileEntry, ScanOptions
from tests.benchmarks.corpus import Kind, ensure_corpus, image_files
from tests.benchmarks.measure import warm_page_cache


def per_file_ms(items: Sequence[object], work: Callable[[object], object], repeat: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            work(item)
    return (time.perf_counter() - started) / (len(items) * repeat) * 1000


@cache
def _dct_matrix(size: int, keep: int) -> npt.NDArray[np.float64]:
    """Rows 0..keep-1 of SciPy's unnormalised DCT-II: y[k] = 2 * sum x[n] cos(pi k (2n + 1) / 2N)."""
    n = np.arange(size)
    k = np.arange(keep)[:, None]
    return 2.0 * np.cos(np.pi * k * (2 * n + 1) / (2 * size))


def numpy_phash(image: Image.Image, hash_size: int = 8, highfreq_factor: int = 4) -> int:
    """imagehash.phash without SciPy: same resize, same DCT (as two small matrix products), same median."""
    size = hash_size * highfreq_factor
    pixels = np.asarray(image.convert("L").resize((size, size), Image.Resampling.LANCZOS), dtype=np.float64)
    matrix = _dct_matrix(size, hash_size)
    low = matrix @ pixels @ matrix.T  # DCT along axis 0, then axis 1, low frequencies only
    bits = (low > np.median(low)).flatten()
    return int.from_bytes(np.packbits(bits).tobytes(), "big")


def imagehash_phash(image: Image.Image) -> int:
    bits = imagehash.phash(image).hash.flatten()
    return int.from_bytes(np.packbits(bits).tobytes(), "big")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.alternatives", description=__doc__)
    parser.add_argument("--images", type=int, default=300)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR")
    args = parser.parse_args(argv)
    folder, manifest = ensure_corpus(Kind.PHOTOS, args.images, root=args.corpus)
    files = image_files(folder)
    warm_page_cache(files)
    sample = [p for p in files if p.parent.name != "resized"][: args.limit]
    blobs = [p.read_bytes() for p in sample]
    megabytes = sum(map(len, blobs)) / len(blobs) / 1e6
    print(f"{len(sample)} 12 MP JPEGs, {megabytes:.1f} MB each on average\n")

    print("content digest, per file:")
    digests: dict[str, Callable[[bytes], object]] = {
        "xxh3_128 (core)": xxhash.xxh3_128_digest,
        **{f"hashlib.{name}": getattr(hashlib, name) for name in ("blake2b", "sha256", "sha1")},
    }
    for name, function in digests.items():
        ms = per_file_ms(blobs, lambda data, f=function: f(data))  # type: ignore[misc]
        print(f"  {name:<16} {ms:6.2f} ms  ({megabytes / ms * 1000:5.0f} MB/s)")
    sizes = Counter(p.stat().st_size for p in files)
    shared = sum(count for count in sizes.values() if count > 1)
    print(f"  files sharing their byte size with another (the only ones an exact match needs): "
          f"{shared} of {len(files)}")  # fmt: skip

    workings = [decode(data, ".jpg").working for data in blobs]
    print("\npHash of the working image (core's reduced decode, about 500x375 gray):")
    core_ms = per_file_ms(workings, imagehash_phash, repeat=3)  # type: ignore[arg-type]
    fast_ms = per_file_ms(workings, numpy_phash, repeat=3)  # type: ignore[arg-type]
    differences = [bin(imagehash_phash(w) ^ numpy_phash(w)).count("1") for w in workings]
    print(f"  imagehash.phash          {core_ms:6.2f} ms")
    print(f"  NumPy DCT-matrix pHash   {fast_ms:6.2f} ms   hashes differing: "
          f"{sum(d > 0 for d in differences)}/{len(differences)}, max {max(differences)} bit(s)")  # fmt: skip

    print("\ndecode, per file:")

    def draft(data: object, mode: str) -> None:
        assert isinstance(data, bytes)
        with Image.open(io.BytesIO(data)) as image:
            image.draft(mode, (256, 256))
            image.load()
            image.convert("L")

    def full(data: object) -> None:
        assert isinstance(data, bytes)
        with Image.open(io.BytesIO(data)) as image:
            image.load()

    few = blobs[: max(10, len(blobs) // 3)]
    print(f"  draft('L', 256) + load (core)    {per_file_ms(few, lambda d: draft(d, 'L')):6.2f} ms")
    print(f"  draft('RGB', 256) + load + L     {per_file_ms(few, lambda d: draft(d, 'RGB')):6.2f} ms")
    print(f"  full 12 MP decode (naive)        {per_file_ms(few, full):6.2f} ms")
    core_decode = per_file_ms(few, lambda d: decode(d, ".jpg"))  # type: ignore[arg-type]
    print(f"  core decode() (open, EXIF, draft, gray, upright)  {core_decode:6.2f} ms")
    del manifest

    print("\nwhole core fingerprint, one thread, CPU ms per file, best of 3 interleaved rounds:")
    from tests.benchmarks.profile_scan import _blake2b, _no_digest, _patched_fingerprint, _sha256, entries_of

    entries = entries_of(sample)
    variants: list[tuple[str, Callable[[bytes], str] | None]] = [
        ("core (XXH3 + NumPy pHash)", None),
        ("BLAKE2b digest (core before)", _blake2b),
        ("SHA-256 digest", _sha256),
        ("no digest", _no_digest),
    ]
    best: dict[str, float] = {}
    for _ in range(3):
        for name, digest in variants:
            if digest is None:
                fingerprint = make_fingerprinter(ScanOptions())
                best[name] = min(best.get(name, 1e9), _cpu_ms(entries, fingerprint))
                continue
            with _patched_fingerprint(digest):
                fingerprint = make_fingerprinter(ScanOptions())
                best[name] = min(best.get(name, 1e9), _cpu_ms(entries, fingerprint))
    for name, ms in best.items():
        print(f"  {name:<34} {ms:6.2f} ms")
    return 0


def _cpu_ms(entries: Sequence[FileEntry], fingerprint: Callable[[FileEntry], object]) -> float:
    fingerprint(entries[0])
    started = time.process_time()
    for entry in entries:
        fingerprint(entry)
    return (time.process_time() - started) / len(entries) * 1000


if __name__ == "__main__":
    sys.exit(main())
