"""What the window keeps once grouping is done: the closer looks' verdicts (the slider regroups the
same pairs), not the pictures they decoded (at 10,000 pictures, 46 MB held for nothing)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from lookalike import samples
from lookalike.core import matching
from lookalike.core.models import ScanOptions
from lookalike.core.selection import SUGGESTED_RULES
from lookalike.ui.controller import Regrouped, regroup, scan_and_suggest
from tests.benchmarks.accuracy_pictures import logo_box


def test_grouping_in_the_window_keeps_the_verdicts_and_lets_the_pictures_go(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    photo = samples.photo(20, (480, 360))
    photo.save(folder / "original.jpg", quality=90)
    logo_box(photo, random.Random(0)).save(folder / "logo.jpg", quality=85)  # needs a closer look
    options = ScanOptions(cache_dir=tmp_path / "cache")

    result = scan_and_suggest(
        (folder,), options, frozenset(), SUGGESTED_RULES, lambda _p: None, lambda: False
    )
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["logo.jpg", "original.jpg"]]
    looks = matching.closer_looks_at_files()
    assert looks._verdicts and not looks._renditions and not looks._colour

    again = regroup(
        result.images,
        replace(options, threshold=11),
        frozenset(),
        SUGGESTED_RULES,
        lambda _p: None,
        lambda: False,
    )
    assert isinstance(again, Regrouped) and again.groups is not None
    assert [sorted(m.path.name for m in g.members) for g in again.groups] == [["logo.jpg", "original.jpg"]]
    assert not looks._renditions and not looks._colour
