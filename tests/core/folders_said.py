"""A scan's warnings about folders, with the folders they are about: what tests/core/test_scan_roots_said.py
and test_scan_folders_gone.py build and read."""

from __future__ import annotations

import shutil
from pathlib import Path

from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.samples import photo


def pairs_in(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """`count` distinct pictures in `folder`, each with a byte-identical copy beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        picture = folder / f"pic{index:03d}.jpg"
        photo(seed + index, (96, 72)).save(picture, quality=90)
        shutil.copyfile(picture, folder / f"pic{index:03d} copy.jpg")
        made += [picture, folder / f"pic{index:03d} copy.jpg"]
    return made


def scanned(*roots: Path, cache: Path | None = None, reference: tuple[Path, ...] = ()) -> ScanResult:
    chosen = ScanOptions(use_cache=cache is not None, cache_dir=cache, workers=1, reference_roots=reference)
    return scan(list(roots), chosen)


def told(result: ScanResult) -> list[str]:
    """The warnings of the scan, as the command line prints them and the window shows them."""
    return [str(warning) for warning in result.warnings]


def grouped(result: ScanResult) -> set[Path]:
    return {member.path for group in result.groups for member in group.members}
