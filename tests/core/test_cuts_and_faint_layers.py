"""Crops that no corner cut comes near (one side cut off, a frame taken off all round) are found by
the side and centre cuts; a faint stamp over a copy makes it similar, not the same picture, while
re-encoded and resized copies stay the same picture. Real files, the real scan, default options."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image

from lookalike import samples
from lookalike.core.models import ScanOptions, ScanResult, Tier
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_pictures import date_stamp

PHOTO = (480, 360)
CORNERS = 4  # the first cut hashes are the four corners (fingerprint.CUTS)


def grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def cropped(picture: Image.Image, how: str) -> Image.Image:
    width, height = picture.size
    if how == "left":  # 8 % off the left side alone
        return picture.crop((round(width * 0.08), 0, width, height))
    dx, dy = round(width * 0.03), round(height * 0.03)  # a frame of 3 % taken off all round
    return picture.crop((dx, dy, width - dx, height - dy))


@pytest.mark.parametrize(("seed", "how"), [(18, "left"), (27, "left"), (21, "frame"), (51, "frame")])
def test_a_crop_no_corner_cut_comes_near_is_found_by_a_side_or_centre_cut(
    tmp_path: Path, seed: int, how: str
) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    picture = samples.photo(seed, PHOTO)
    picture.save(folder / "original.jpg", quality=92)
    cropped(picture, how).save(folder / "cropped.jpg", quality=92)
    samples.photo(seed + 100, PHOTO).save(folder / "unrelated.jpg", quality=92)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    fingerprints = {record.entry.path.name: record.fingerprint for record in result.images}
    original, copy = fingerprints["original.jpg"], fingerprints["cropped.jpg"]
    corners = (original.hashes[0], *original.cut_hashes()[:CORNERS])
    nearest = min((mine ^ theirs).bit_count() for mine in corners for theirs in copy.hashes)
    assert nearest > ScanOptions().effective_threshold  # neither the picture's hash nor a corner finds it
    assert grouped(result) == [{"original.jpg", "cropped.jpg"}]
    member = next(m for m in result.groups[0].members if m.path.name == "cropped.jpg")
    assert any(change.startswith("cropped") for change in member.changes)


@pytest.mark.parametrize(("seed", "stamp"), [(42, 0), (51, 5)])
def test_a_faint_stamp_makes_a_copy_similar_with_the_stamp_named(
    tmp_path: Path, seed: int, stamp: int
) -> None:
    """A date stamp that moves no pixel by SAME_LEVEL still draws edges of its own: an edit."""
    folder = tmp_path / "pics"
    folder.mkdir()
    picture = samples.photo(seed, PHOTO)
    picture.save(folder / "original.jpg", quality=92)
    date_stamp(picture, random.Random(stamp)).save(folder / "stamped.jpg", quality=90)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    assert grouped(result) == [{"original.jpg", "stamped.jpg"}]
    member = next(m for m in result.groups[0].members if m.path.name == "stamped.jpg")
    assert member.tier is Tier.SIMILAR
    assert any(change.startswith("overlay:") for change in member.changes)


@pytest.mark.parametrize("seed", [42, 46, 51])
def test_re_encoded_and_resized_copies_stay_the_same_picture(tmp_path: Path, seed: int) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    picture = samples.photo(seed, PHOTO)
    picture.save(folder / "original.png")
    picture.save(folder / "q75.jpg", quality=75)
    picture.save(folder / "copy.webp", quality=80)
    picture.resize((240, 180), Image.Resampling.LANCZOS).save(folder / "half.jpg", quality=85)
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    assert grouped(result) == [{"original.png", "q75.jpg", "copy.webp", "half.jpg"}]
    assert all(member.tier is not Tier.SIMILAR for member in result.groups[0].members)
