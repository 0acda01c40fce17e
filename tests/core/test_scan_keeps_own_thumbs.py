"""scan() keeps its own copy of each fresh thumb (less memory fragmentation): the same pixels, cached too."""

from __future__ import annotations

from pathlib import Path

from lookalike.core.discovery import discover
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.models import Fingerprint, ScanOptions
from lookalike.core.scan import scan
from lookalike.samples import photo


def test_scanned_thumbs_are_the_fingerprinters_pixels_cold_and_warm(tmp_path: Path) -> None:
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    for seed in range(6):
        photo(seed, (160 + 16 * seed, 120)).save(pictures / f"p{seed}.jpg", quality=85)
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    fingerprint = make_fingerprinter(options)
    expected: dict[Path, Fingerprint] = {}
    for entry in discover((pictures,), options, []):
        computed = fingerprint(entry)
        assert isinstance(computed, Fingerprint)
        expected[entry.path] = computed

    for run in ("cold", "warm"):
        result = scan([pictures], options)
        assert result.stats.cached == (0 if run == "cold" else 6)
        assert {record.entry.path: record.fingerprint for record in result.images} == expected
