"""The accuracy benchmark as a test (about two minutes a seed, on two cores):

.venv/bin/python -m pytest -m benchmark tests/benchmarks/accuracy_test.py -s

Expected to fail until the matcher meets the targets of accuracy.py (crops, overlays, tiers).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.accuracy import run

# Seeds 0 and 1 were tuned on, 2 and 3 looked at while the crops, tiers and chat screens were fixed; 4 and
# 5 were held out until then (seed 5's faintest stamps were then looked at to see them).
SEEDS = [0, 1, 2, 3, 4, 5]


@pytest.mark.benchmark
@pytest.mark.parametrize("seed", SEEDS)
def test_lookalike_meets_the_accuracy_targets_where_plain_phash_does_not(seed: int, tmp_path: Path) -> None:
    """Precision >= 0.99 and recall >= 0.97 over every must-group class (crops, overlays and
    rotations included), crop and overlay recall >= 0.90, tiled words >= 0.75, at most 1% of
    plain pHash's wrongly grouped trap pairs, and no edited copy in the `pixels` tier."""
    report = run(tmp_path, seed=seed)
    print(report.table())
    assert report.phash.trap_errors > 0  # the traps are real: plain pHash falls for them
    assert not report.failures(), report.table()
