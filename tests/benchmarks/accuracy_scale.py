"""What share of a large scan the pixel-level check takes.

    .venv/bin/python -m tests.benchmarks.accuracy_scale [--images 10000] [--keep DIR]

Writes a collection of small pictures (unique photos, re-encoded and resized
copies, and screenshots of a few templates with different text, the dearest
case for verification because their hashes collide), scans it cold with
default options, and reports the seconds spent in verify.thumb_similarity
against the whole scan.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from lookalike import samples
from lookalike.core import verify
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from tests.benchmarks.accuracy import _timed


def write_collection(folder: Path, images: int) -> None:
    """70% unique photos, 20% copies of them, 10% template screenshots (40 per template)."""
    folder.mkdir(parents=True, exist_ok=True)
    screenshots = images // 10
    copies = images // 5
    photos = images - screenshots - copies
    for seed in range(photos):
        path = folder / f"photo{seed}.jpg"
        if path.exists():
            continue
        picture = samples.photo(seed, (320, 240))
        picture.save(path, quality=90)
        if seed < copies:
            if seed % 2:
                picture.resize((160, 120), Image.Resampling.LANCZOS).save(folder / f"photo{seed}-small.jpg")
            else:
                picture.save(folder / f"photo{seed}-q60.jpg", quality=60)
    for index in range(screenshots):
        path = folder / f"chat{index}.png"
        if not path.exists():
            samples.screenshot(index // 40, index, (270, 480)).save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="write the pictures here and keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lookalike-scale-") as temporary:
        folder = args.keep or Path(temporary) / "images"
        started = time.perf_counter()
        write_collection(folder, args.images)
        print(f"wrote {args.images} pictures in {time.perf_counter() - started:.0f} s")
        spent: list[float] = []
        original = verify.thumb_similarity
        verify.thumb_similarity = _timed(original, spent)  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            result = scan([folder], ScanOptions(cache_dir=Path(temporary) / "cache"))
            seconds = time.perf_counter() - started
        finally:
            verify.thumb_similarity = original  # type: ignore[assignment]
    share = sum(spent) / seconds
    print(
        f"scan of {result.stats.images} pictures: {seconds:.1f} s, {len(result.groups)} groups;"
        f" verification: {len(spent)} pairs, {sum(spent):.2f} s ({100 * share:.2f}% of the scan),"
        f" {1e6 * sum(spent) / max(1, len(spent)):.0f} us per pair"
    )
    return 0 if share < 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
