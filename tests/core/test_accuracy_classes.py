"""One test per transform that must group and per trap that must not, through the real scan().

Each test writes a few small generated pictures to tmp_path, scans them with
default options (rotations on only for mirror/rotation) and checks which files
end up in one group. The benchmark (tests/benchmarks/accuracy.py) measures the
same classes at scale; these keep each class from regressing in the default suite.
"""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image

from lookalike import samples
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_corpus import (
    BENCHMARK_ONLY_CLASSES,
    CROP_CLASSES,
    ROTATION_CLASSES,
    TEXT_TRANSFORMS,
    TRANSFORMS,
)
from tests.benchmarks.accuracy_pictures import crop_asym

PHOTO = (480, 360)
SCREEN = (360, 640)
PAGE = (425, 550)


def run_scan(folder: Path, cache: Path, *, rotations: bool = False) -> ScanResult:
    return scan([folder], ScanOptions(cache_dir=cache, rotations=rotations))


def grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def hash_distance(result: ScanResult, a: str, b: str) -> int:
    hashes = {record.entry.path.name: record.fingerprint.hashes[0] for record in result.images}
    return (hashes[a] ^ hashes[b]).bit_count()


def write_family(folder: Path, image: Image.Image, cls: str) -> tuple[str, str]:
    """The original (JPEG, as a camera writes it) and its copy made by transform `cls`."""
    folder.mkdir(parents=True, exist_ok=True)
    image.save(folder / "original.jpg", quality=92)
    if cls == "copy":
        (folder / "copy.jpg").write_bytes((folder / "original.jpg").read_bytes())
        return "original.jpg", "copy.jpg"
    return "original.jpg", TRANSFORMS[cls](image, folder, cls)


# The corpus's newer classes (asymmetric crops, overlays, turned edits, ...) are measured by the
# accuracy benchmark only, until the matcher groups them: see BENCHMARK_ONLY_CLASSES.
UNIT_CLASSES = [cls for cls in TRANSFORMS if cls not in BENCHMARK_ONLY_CLASSES]


@pytest.mark.parametrize("cls", [cls for cls in UNIT_CLASSES if cls not in CROP_CLASSES])
def test_transformed_photo_groups_with_its_original(cls: str, tmp_path: Path) -> None:
    folder = tmp_path / "images"
    original, copy = write_family(folder, samples.photo(11, PHOTO), cls)
    samples.photo(12, PHOTO).save(folder / "unrelated.jpg", quality=92)
    result = run_scan(folder, tmp_path / "cache", rotations=cls in ROTATION_CLASSES)
    assert grouped(result) == [{original, copy}]


@pytest.mark.parametrize("cls", sorted(CROP_CLASSES & set(UNIT_CLASSES)))
def test_photo_with_borders_cropped_groups_with_its_original(cls: str, tmp_path: Path) -> None:
    """Crops are optional in issue 4; ours pass when the hashes are close, via the zoomed second look."""
    folder = tmp_path / "images"
    original, copy = write_family(folder, samples.photo(13, PHOTO), cls)
    result = run_scan(folder, tmp_path / "cache")
    assert hash_distance(result, original, copy) <= 8  # else no check would ever see the pair
    assert grouped(result) == [{original, copy}]


# Crops (3-10 % off one to four sides) whose canonical hashes are 10 to 18 bits apart.
@pytest.mark.parametrize("seed", [13, 16, 21, 22])
@pytest.mark.parametrize("turned", [False, True])
def test_crop_beyond_the_hash_threshold_is_found_by_a_corner_cut(
    seed: int, turned: bool, tmp_path: Path
) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    picture = samples.photo(seed, PHOTO)
    picture.save(folder / "original.jpg", quality=92)
    cropped = crop_asym(picture, random.Random(seed))
    if turned:
        cropped = cropped.transpose(Image.Transpose.ROTATE_90)
    cropped.save(folder / "cropped.jpg", quality=92)
    samples.photo(seed + 100, PHOTO).save(folder / "unrelated.jpg", quality=92)
    result = run_scan(folder, tmp_path / "cache", rotations=True)
    fingerprints = {record.entry.path.name: record.fingerprint for record in result.images}
    original, copy = fingerprints["original.jpg"], fingerprints["cropped.jpg"]
    nearest = min((original.hashes[0] ^ turn).bit_count() for turn in copy.hashes)
    assert nearest > ScanOptions().effective_threshold  # the canonical hashes alone never propose the pair
    assert grouped(result) == [{"original.jpg", "cropped.jpg"}]
    copy = next(m for m in result.groups[0].members if m.path.name == "cropped.jpg")
    assert any(change.startswith("cropped") for change in copy.changes)
    assert any(change.startswith("rotated") for change in copy.changes) == turned


@pytest.mark.parametrize("cls", [cls for cls in TEXT_TRANSFORMS if cls != "copy"])
def test_transformed_screenshot_groups_with_its_original(cls: str, tmp_path: Path) -> None:
    """The check that rejects template lookalikes must still pass real copies of text pictures."""
    folder = tmp_path / "images"
    original, copy = write_family(folder, samples.screenshot(21, 1, SCREEN), cls)
    samples.screenshot(21, 2, SCREEN).save(folder / "other-text.png")
    result = run_scan(folder, tmp_path / "cache")
    assert grouped(result) == [{original, copy}]


@pytest.mark.parametrize("cls", ["jpeg_q75", "resize_50"])
def test_transformed_document_groups_with_its_original(cls: str, tmp_path: Path) -> None:
    folder = tmp_path / "images"
    original, copy = write_family(folder, samples.document(31, PAGE), cls)
    result = run_scan(folder, tmp_path / "cache")
    assert grouped(result) == [{original, copy}]


@pytest.mark.parametrize("screen", [SCREEN, (1080, 1920)])
def test_trap_screenshots_of_one_template_with_other_text(screen: tuple[int, int], tmp_path: Path) -> None:
    """On a big screen the text is small in the thumb, and the shared layout weighs the most."""
    folder = tmp_path / "images"
    folder.mkdir()
    names = []
    for text in range(4):
        samples.screenshot(41, text, screen).save(folder / f"chat-{text}.png")
        names.append(f"chat-{text}.png")
    result = run_scan(folder, tmp_path / "cache")
    # The hashes alone would group some of them: the pixel check is what keeps them apart.
    assert any(hash_distance(result, a, b) <= 8 for a, b in combinations(names, 2))
    assert grouped(result) == []


def test_trap_documents_with_one_layout_and_different_text(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    for text in range(4):
        samples.document(50 + text, PAGE).save(folder / f"page-{text}.png")
    assert grouped(run_scan(folder, tmp_path / "cache")) == []


def test_trap_flat_colours_only_group_when_byte_identical(tmp_path: Path) -> None:
    """Solid colours hash alike; they must never be grouped by hash, only as exact copies."""
    folder = tmp_path / "images"
    folder.mkdir()
    colours = [(255, 255, 255), (250, 250, 250), (246, 246, 244), (0, 0, 0), (8, 8, 8), (200, 30, 30)]
    for index, colour in enumerate(colours):
        samples.flat(colour, (400 + 10 * index, 300)).save(folder / f"flat-{index}.png")
    (folder / "flat-0-copy.png").write_bytes((folder / "flat-0.png").read_bytes())
    result = run_scan(folder, tmp_path / "cache")
    assert hash_distance(result, "flat-1.png", "flat-2.png") <= 8
    assert grouped(result) == [{"flat-0.png", "flat-0-copy.png"}]
    assert [group.kind.value for group in result.groups] == ["exact"]


def test_trap_two_crops_of_one_photo_overlapping_under_half(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    scene = samples.photo(61, (960, 360))
    scene.crop((0, 0, 576, 360)).save(folder / "left.jpg", quality=90)
    scene.crop((384, 0, 960, 360)).save(folder / "right.jpg", quality=90)  # overlap: a third of each
    assert grouped(run_scan(folder, tmp_path / "cache")) == []


def test_trap_unrelated_photos(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    for seed in range(8):
        samples.photo(70 + seed, PHOTO).save(folder / f"photo-{seed}.jpg", quality=90)
    assert grouped(run_scan(folder, tmp_path / "cache")) == []
    assert grouped(run_scan(folder, tmp_path / "cache-rot", rotations=True)) == []
