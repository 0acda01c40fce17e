"""The speed targets of issue 2 as pytest checks, on smaller sizes than the full runner.

Deselected by default; run with

    .venv/bin/python -m pytest -m benchmark tests/benchmarks

Every speed assertion is a ratio measured within one run (never an absolute time), so a slower
or busier machine moves both sides. Memory targets are absolute (peak RSS of a child process).
Sizes can be raised with LOOKALIKE_BENCH_IMAGES (photos, default 60) and LOOKALIKE_BENCH_SMALL
(small images, default 10000); the full-size run is ``python -m tests.benchmarks.run``.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from lookalike.core.hamming import near_pairs
from tests.benchmarks.corpus import Kind, Manifest, ensure_corpus, image_files
from tests.benchmarks.group_list import (  # noqa: F401 - collected here: `-m benchmark tests/benchmarks`
    test_every_step_of_the_group_list_takes_under_100_ms,
)
from tests.benchmarks.grouping import BITS, THRESHOLD, synthetic_hashes
from tests.benchmarks.measure import (
    Timed,
    grouping_child,
    groups_of_result,
    naive_loop,
    planted_found,
    run_child,
    scan_cli,
    scan_in_process,
    warm_page_cache,
)
from tests.benchmarks.run import (
    COLD_OVER_NAIVE,
    GROUP_1M_RSS_MB,
    GROUP_1M_SECONDS,
    GROUP_100K_SECONDS,
    SCAN_10K_RSS_MB,
    WARM_SPEEDUP,
)

pytestmark = pytest.mark.benchmark

PHOTOS = int(os.environ.get("LOOKALIKE_BENCH_IMAGES", "60"))
SMALL = int(os.environ.get("LOOKALIKE_BENCH_SMALL", "10000"))
ROUNDS = 2
# The 100,000-hash target (5 s) is absolute; as a ratio within one run we compare with this
# module's blocked NumPy brute force on the same hashes, which takes about 10-12 s on the 2-core
# reference machine (the brute force took 20 s there): 5 s is about half of it.
BRUTE_OVER_INDEX = 2.0
# Greedy groups do not chain, so a planted pair may legitimately be split when one of its hashes
# also lies near a random third hash that became a reference first (about 1 in 10,000 at 1M).
PLANTED_SHARE = 0.999


@pytest.fixture(scope="module")
def photos() -> tuple[Path, Manifest]:
    folder, manifest = ensure_corpus(Kind.PHOTOS, PHOTOS)
    warm_page_cache(image_files(folder))
    return folder, manifest


@dataclass(frozen=True, slots=True)
class Contest:
    naive: Timed
    cold: Timed  # scan() in-process
    cold_cli: Timed  # `lookalike scan` process, wall time
    planted: int
    found: int  # planted copies grouped with their original by the in-process scan (worst round)


@pytest.fixture(scope="module")
def contest(photos: tuple[Path, Manifest], tmp_path_factory: pytest.TempPathFactory) -> Contest:
    """ROUNDS interleaved rounds of naive loop, cold scan and cold CLI scan; each one's best time counts."""
    folder, manifest = photos
    rounds: list[tuple[Timed, Timed, Timed]] = []
    found = len(manifest.planted)
    for _ in range(ROUNDS):
        naive = naive_loop(image_files(folder))
        cold, result = scan_in_process(folder, tmp_path_factory.mktemp("cache"), "cold")
        cold_cli, _ = scan_cli(folder, tmp_path_factory.mktemp("cache"), "cold CLI")
        rounds.append((naive, cold, cold_cli))
        found = min(found, planted_found(groups_of_result(result), folder, manifest.planted)[0])
    best = [min(runs, key=lambda t: t.seconds) for runs in zip(*rounds, strict=True)]
    return Contest(best[0], best[1], best[2], len(manifest.planted), found)


def test_cold_scan_is_six_times_the_naive_loop(contest: Contest) -> None:
    assert contest.found == contest.planted, "a planted copy was not grouped with its original"
    ratio = contest.cold.rate / contest.naive.rate
    print(f"\nnaive {contest.naive.rate:.1f} img/s, cold scan {contest.cold.rate:.1f} img/s: {ratio:.2f}x "
          f"(load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    assert ratio >= COLD_OVER_NAIVE


def test_cold_cli_scan_is_six_times_the_naive_loop(contest: Contest) -> None:
    """The real CLI process, timed by its own stats.seconds: at this reduced size the ~0.5 s of
    interpreter start-up would be a third of the time; the full runner reports wall time at 300."""
    cli = contest.cold_cli
    assert cli.inner_seconds is not None
    rate = cli.images / cli.inner_seconds
    ratio = rate / contest.naive.rate
    print(f"\nnaive {contest.naive.rate:.1f} img/s, cold CLI {rate:.1f} img/s (scan), {cli.rate:.1f} img/s "
          f"(process wall time): {ratio:.2f}x (load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    assert ratio >= COLD_OVER_NAIVE


def test_warm_rescan_is_fifty_times_faster(photos: tuple[Path, Manifest], tmp_path: Path) -> None:
    cold, _ = scan_in_process(photos[0], tmp_path / "cache", "cold")
    warm, result = scan_in_process(photos[0], tmp_path / "cache", "warm")
    assert result.stats.cached == result.stats.images
    ratio = cold.seconds / warm.seconds
    print(f"\ncold {cold.seconds:.2f} s, warm {warm.seconds:.3f} s: {ratio:.0f}x")
    assert ratio >= WARM_SPEEDUP


def _brute_force_seconds(hashes: np.ndarray, rows: int) -> float:
    """Time NumPy brute force (XOR + popcount) for `rows` rows, extrapolated to all N²/2 pairs."""
    block = max(1, (1 << 24) // len(hashes))
    started = time.perf_counter()
    for lo in range(0, rows, block):
        close = np.bitwise_count(hashes[lo : lo + block, None] ^ hashes[None, :]) <= THRESHOLD
        np.count_nonzero(close)
    return (time.perf_counter() - started) * (len(hashes) / 2) / rows


def test_grouping_100k_is_twice_as_fast_as_brute_force() -> None:
    data = synthetic_hashes(100_000)
    packed = data.hashes.reshape(-1, 1)
    started = time.perf_counter()
    q, t, _ = near_pairs(packed, packed, THRESHOLD, bits=BITS, self_join=True)
    index_seconds = time.perf_counter() - started
    brute_seconds = _brute_force_seconds(data.hashes, 5_000)
    found = set(zip(q.tolist(), t.tolist(), strict=True))
    assert all((a, b) in found for a, b in data.planted.tolist())
    ratio = brute_seconds / index_seconds
    print(f"\nindex {index_seconds:.2f} s, brute force ~{brute_seconds:.1f} s: {ratio:.1f}x")
    assert ratio >= BRUTE_OVER_INDEX


def test_grouping_million_scales_and_fits_in_memory() -> None:
    """1,000,000 hashes within the 1.5 GB budget, and no worse than 120/5 = 24x the 100,000 time."""
    small = grouping_child("groups", 100_000)
    large = grouping_child("groups", 1_000_000)
    print(f"\n100k: {small}\n1M: {large}")
    assert float(str(large["planted_found"])) >= PLANTED_SHARE * float(str(large["planted"]))
    assert float(str(large["child_maxrss_mb"])) < GROUP_1M_RSS_MB
    growth = float(str(large["seconds"])) / float(str(small["seconds"]))
    assert growth <= GROUP_1M_SECONDS / GROUP_100K_SECONDS


def test_small_image_scan_peak_memory(tmp_path: Path) -> None:
    folder, _ = ensure_corpus(Kind.SMALL, SMALL)
    warm_page_cache(image_files(folder))
    cold, result = scan_cli(folder, tmp_path / "cache", "cold CLI, small images")
    assert cold.maxrss_mb is not None
    print(f"\n{result['stats']}: peak RSS {cold.maxrss_mb:.0f} MB")
    assert cold.maxrss_mb < SCAN_10K_RSS_MB


def test_child_rss_measurement_sees_the_child() -> None:
    """The RSS the targets rely on is the child's own: a child holding 300 MB reports about that,
    and a tiny child of a big parent does not inherit the parent's peak."""
    child = run_child(
        [sys.executable, "-c", "b = bytearray(300 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"]
    )
    assert child.returncode == 0
    assert 300 <= child.maxrss_mb < 400
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])
    tiny = run_child([sys.executable, "-c", "pass"])
    del ballast
    assert tiny.maxrss_mb < 100
