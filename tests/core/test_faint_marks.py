"""Very faint marks (an orange date stamp over a sky of its own gray, a pale watermark over an app's
screen) make a copy similar, with the mark named, while re-encoded and resized copies of the same
pictures stay the same picture. Generated like the accuracy benchmark's copies; real files, the real
scan, default options."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from lookalike import samples
from lookalike.core.models import GroupMember, ScanOptions, ScanResult, Tier
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_corpus import watermark
from tests.benchmarks.accuracy_pictures import app_screen, date_stamp

PHOTO = (640, 480)
SCREEN = (1920, 1200)
Make = Callable[[int], Image.Image]
Mark = Callable[[Image.Image], Image.Image]


def members(result: ScanResult) -> dict[str, GroupMember]:
    assert len(result.groups) == 1, [[m.path.name for m in g.members] for g in result.groups]
    return {member.path.name: member for member in result.groups[0].members}


def scanned(tmp_path: Path, pictures: dict[str, Image.Image]) -> dict[str, GroupMember]:
    folder = tmp_path / "pics"
    folder.mkdir()
    for name, picture in pictures.items():
        quality = 75 if name.startswith("q75") else 92 if name.startswith("original") else 90
        picture.save(folder / name, quality=quality)
    return members(scan([folder], ScanOptions(cache_dir=tmp_path / "cache")))


def photo(seed: int) -> Image.Image:
    return samples.photo(seed, PHOTO)


def screen(seed: int) -> Image.Image:
    return app_screen("mail", seed, seed * 7, SCREEN)


# Pictures and marks whose every pixel stays within SAME_LEVEL at the same-picture look's size, and
# whose gray edges hardly change (all but the first screen passed as the same picture before): the colour
# mark rule (MARK_LEVEL) or the faint structure rule
# (STRUCTURE_GAIN) must see them.
@pytest.mark.parametrize(
    ("make", "seed", "mark"),
    [
        (photo, 37, lambda picture: date_stamp(picture, random.Random(2))),
        (photo, 55, lambda picture: date_stamp(picture, random.Random(2))),
        (screen, 2, watermark),
        (screen, 6, watermark),
    ],
)
def test_a_very_faint_mark_makes_a_copy_similar_with_an_overlay_named(
    tmp_path: Path, make: Make, seed: int, mark: Mark
) -> None:
    picture = make(seed)
    original = "original.png" if make is screen else "original.jpg"
    found = scanned(tmp_path, {original: picture, "marked.jpg": mark(picture)})
    marked = found["marked.jpg"]
    assert marked.tier is Tier.SIMILAR
    assert any(change.startswith("overlay:") for change in marked.changes), marked.changes


@pytest.mark.parametrize(("make", "seed"), [(photo, 37), (photo, 55), (screen, 2), (screen, 6)])
def test_re_encoded_and_resized_copies_of_those_pictures_stay_the_same_picture(
    tmp_path: Path, make: Make, seed: int
) -> None:
    picture = make(seed)
    half = picture.resize((picture.width // 2, picture.height // 2), Image.Resampling.LANCZOS)
    found = scanned(
        tmp_path,
        {"original.png": picture, "q75.jpg": picture, "copy.webp": picture, "half.jpg": half},
    )
    for name in ("q75.jpg", "copy.webp", "half.jpg"):
        assert found[name].tier is Tier.PIXELS, (name, found[name].changes)
