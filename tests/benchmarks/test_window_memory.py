"""The window's memory at 100,000 pictures (issue 14), asserted on demand:

    python -m pytest -m benchmark tests/benchmarks/test_window_memory.py -s

The window runs offscreen in its own process (scale.py's `gui` child): a scan on a warm cache,
the review shown, 2,000 groups visited and 2,000 stepped through. It needs the small-image corpus
(corpus.py: 7 GB and 11 minutes to make the first time) and a warm fingerprint cache, which a cold
CLI scan makes the first time (13-15 minutes on two cores) and which is kept beside the corpus
for the next run. LOOKALIKE_BENCH_WINDOW_IMAGES sets another number of pictures.
"""

from __future__ import annotations

import json
import os

import pytest

from lookalike.core.cache import CACHE_FILE
from tests.benchmarks.corpus import Kind, ensure_corpus
from tests.benchmarks.scale import WINDOW_PEAK_LIMIT_MB, make_warm_cache, measure_in_child

pytestmark = pytest.mark.benchmark

IMAGES = int(os.environ.get("LOOKALIKE_BENCH_WINDOW_IMAGES", "100000"))


def test_the_window_with_the_review_of_100000_pictures_stays_under_400_mb() -> None:
    folder, _ = ensure_corpus(Kind.SMALL, IMAGES)
    warm = folder.with_name(folder.name + "-warm-cache")
    if not (warm / CACHE_FILE).exists():
        make_warm_cache(folder, warm)
    measured = measure_in_child("gui", folder, warm, "--steps", "2000", "--regroups=")
    print(json.dumps(measured["rss_mb_by_stage"]))
    assert measured["images"] == IMAGES
    assert measured["peak_rss_mb_review_shown"] < WINDOW_PEAK_LIMIT_MB
