"""Every similar match names what changed, from the check itself: real files, the real scan.

The reference of each group here is the camera-sized original (largest resolution first), so
each change is read from the original to its copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from lookalike import samples
from lookalike.core import report
from lookalike.core.models import GroupMember, ScanOptions, ScanResult, Tier
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_corpus import watermark

PHOTO = (640, 480)
# A picture whose hash survives these crops and stamps: the test is about naming the changes.
# Finding copies whose hash does not survive them is the accuracy benchmark's business.
SEED = 33


def scan_pair(tmp_path: Path, copy: Image.Image, name: str = "copy.jpg", **save: object) -> ScanResult:
    folder = tmp_path / "pics"
    folder.mkdir()
    samples.photo(SEED, PHOTO).save(folder / "original.jpg", quality=97)
    copy.save(folder / name, **({"quality": 85} if name.endswith(".jpg") else {}) | save)
    return scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))


def the_copy(result: ScanResult) -> GroupMember:
    assert len(result.groups) == 1, "the copy was not grouped with its original"
    reference, *others = result.groups[0].members
    assert reference.path.name == "original.jpg"
    (copy,) = others
    return copy


def names(member: GroupMember) -> set[str]:
    return {change.split(":")[0] for change in member.changes}


def original() -> Image.Image:
    return samples.photo(SEED, PHOTO)


@pytest.mark.parametrize(
    ("transpose", "expected"),
    [
        (Image.Transpose.ROTATE_270, "rotated:90"),  # PIL turns counter-clockwise: 270 is a right turn
        (Image.Transpose.ROTATE_90, "rotated:270"),
        (Image.Transpose.ROTATE_180, "rotated:180"),
    ],
)
def test_a_turned_copy_says_how_far_it_was_turned(
    tmp_path: Path, transpose: Image.Transpose, expected: str
) -> None:
    copy = the_copy(scan_pair(tmp_path, original().transpose(transpose)))
    assert expected in copy.changes
    assert "mirrored" not in copy.changes
    assert copy.tier is Tier.SIMILAR or copy.changes  # never "score 1.00" with no word of the turn


def test_a_mirrored_copy_says_mirrored(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, ImageOps.mirror(original())))
    assert "mirrored" in copy.changes
    assert not any(change.startswith("rotated") for change in copy.changes)


def test_an_asymmetric_crop_names_the_sides_and_how_much(tmp_path: Path) -> None:
    width, height = PHOTO
    cropped = original().crop((round(width * 0.05), 0, width, height - round(height * 0.03)))
    copy = the_copy(scan_pair(tmp_path, cropped))
    (crop,) = [change for change in copy.changes if change.startswith("cropped:")]
    sides = dict(part.strip().rstrip("%").split(" ") for part in crop.removeprefix("cropped:").split(","))
    assert set(sides) == {"left", "bottom"}
    assert abs(int(sides["left"]) - 5) <= 1 and abs(int(sides["bottom"]) - 3) <= 1


def test_a_crop_of_a_turned_copy_is_found_and_named(tmp_path: Path) -> None:
    width, height = PHOTO
    cropped = original().crop((0, round(height * 0.06), width - round(width * 0.04), height))
    copy = the_copy(scan_pair(tmp_path, cropped.transpose(Image.Transpose.ROTATE_270)))
    assert "rotated:90" in copy.changes
    assert "cropped" in names(copy)


def test_a_smaller_png_says_resized_and_its_format(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, original().resize((320, 240)), "copy.png"))
    assert "resized:50%" in copy.changes
    assert "format:PNG" in copy.changes


def test_a_brighter_copy_says_brightness_and_is_not_the_same_picture(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, ImageEnhance.Brightness(original()).enhance(1.25)))
    assert "brightness" in names(copy)
    assert copy.tier is Tier.SIMILAR


def test_a_re_saved_copy_is_the_same_picture_re_encoded(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, original(), quality=70))
    assert copy.tier is Tier.PIXELS
    assert copy.changes == ("re-encoded",)


def test_a_caption_in_one_corner_is_named_as_an_overlay_there(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, watermark(original())))
    assert "overlay:bottom right" in copy.changes


def test_changes_are_written_as_a_list_in_json_and_joined_in_csv(tmp_path: Path) -> None:
    result = scan_pair(tmp_path, ImageOps.mirror(original()).resize((320, 240)), "copy.png")
    saved = json.loads(report.to_json(result))
    rows = {Path(row["path"]).name: row for row in saved["groups"][0]["files"]}
    assert {"mirrored", "resized:50%", "format:PNG"} <= set(rows["copy.png"]["changes"])
    assert "changes" not in rows["original.jpg"]
    csv_lines = report.to_csv(result).splitlines()
    column = csv_lines[0].split(",").index("changes")
    copy_row = next(line for line in csv_lines if "copy.png" in line)
    assert "mirrored;" in copy_row.split(",")[column] + ";"
    assert report.load(report.to_json(result)).groups[0].members[1].changes == the_copy(result).changes


def test_a_blurred_copy_of_the_same_size_is_blurred_and_not_the_same_picture(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, original().filter(ImageFilter.GaussianBlur(1.6))))
    assert "blurred" in copy.changes
    assert copy.tier is Tier.SIMILAR


def test_a_grayscale_copy_says_grayscale_and_is_not_the_same_picture(tmp_path: Path) -> None:
    copy = the_copy(scan_pair(tmp_path, original().convert("L"), "copy.png"))
    assert "grayscale" in copy.changes
    assert copy.tier is Tier.SIMILAR
