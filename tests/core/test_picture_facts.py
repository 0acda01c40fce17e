"""What a fingerprint records about the picture itself (camera, gray, transparency, frames): from real
files, through the cache and through saved results."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from lookalike.core import cache as cache_module
from lookalike.core import report
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.models import FileEntry, Fingerprint, ScanOptions
from lookalike.core.scan import scan
from lookalike.samples import photo
from tests.core.gathered import last_scan_as_rows

MAKE, MODEL, EXIF_IFD, DATE_TAKEN = 0x010F, 0x0110, 0x8769, 0x9003
NEW_FACTS = ("camera", "grayscale", "alpha", "frames")


def camera_exif(
    make: str = "Canon", model: str = "Canon EOS 80D", taken: str = "2021:07:04 10:30:00"
) -> Image.Exif:
    """EXIF as a camera writes it: Make and Model in IFD0, DateTimeOriginal in the Exif IFD."""
    exif = Image.Exif()
    exif[MAKE] = make
    exif[MODEL] = model
    exif.get_ifd(EXIF_IFD)[DATE_TAKEN] = taken
    return exif


def fingerprint_of(path: Path) -> Fingerprint:
    result = make_fingerprinter(ScanOptions())(FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns))
    assert isinstance(result, Fingerprint), result
    return result


def facts(path: Path) -> tuple[str, bool, bool, int]:
    fingerprint = fingerprint_of(path)
    return fingerprint.camera, fingerprint.grayscale, fingerprint.alpha, fingerprint.frames


def test_camera_from_exif_make_and_model(tmp_path: Path) -> None:
    photo(1, (640, 480)).save(tmp_path / "canon.jpg", exif=camera_exif())
    photo(1, (640, 480)).save(tmp_path / "apple.jpg", exif=camera_exif("Apple\0", "  iPhone 12\0\0"))
    photo(1, (640, 480)).save(tmp_path / "plain.jpg")

    assert facts(tmp_path / "canon.jpg") == ("Canon EOS 80D", False, False, 1)  # the Make is not repeated
    assert fingerprint_of(tmp_path / "canon.jpg").taken_at == "2021-07-04T10:30:00"
    assert fingerprint_of(tmp_path / "apple.jpg").camera == "Apple iPhone 12"
    assert facts(tmp_path / "plain.jpg") == ("", False, False, 1)


@pytest.mark.parametrize("size", [(300, 200), (4000, 3000)])  # decoded at full scale, and at 1/8
def test_gray_pictures_are_grayscale_whatever_their_mode(tmp_path: Path, size: tuple[int, int]) -> None:
    gray = photo(2, size).convert("L")
    gray.save(tmp_path / "gray.png")
    gray.convert("RGB").save(tmp_path / "gray-as-rgb.jpg", quality=90)
    gray.convert("RGB").save(tmp_path / "gray-as-rgb.png")
    photo(2, size).save(tmp_path / "colour.jpg", quality=90)

    assert fingerprint_of(tmp_path / "gray.png").grayscale
    assert fingerprint_of(tmp_path / "gray-as-rgb.jpg").grayscale
    assert fingerprint_of(tmp_path / "gray-as-rgb.png").grayscale
    assert not fingerprint_of(tmp_path / "colour.jpg").grayscale


def test_a_jpeg_stored_as_rgb_still_shows_its_colour(tmp_path: Path) -> None:
    photo(3, (800, 600)).save(tmp_path / "rgb.jpg", keep_rgb=True)  # Adobe marker, no YCbCr transform
    photo(3, (800, 600)).convert("L").convert("RGB").save(tmp_path / "gray-rgb.jpg", keep_rgb=True)
    assert not fingerprint_of(tmp_path / "rgb.jpg").grayscale
    assert fingerprint_of(tmp_path / "gray-rgb.jpg").grayscale


def test_alpha_counts_only_when_some_pixel_is_transparent(tmp_path: Path) -> None:
    opaque = photo(4, (400, 300)).convert("RGBA")
    opaque.save(tmp_path / "opaque.png")
    see_through = opaque.copy()
    see_through.paste((0, 0, 0, 0), (0, 0, 40, 40))
    see_through.save(tmp_path / "transparent.png")
    palette = photo(4, (400, 300)).quantize(64)
    palette.save(tmp_path / "palette-transparent.png", transparency=palette.getpixel((0, 0)))

    assert facts(tmp_path / "opaque.png") == ("", False, False, 1)
    assert facts(tmp_path / "transparent.png") == ("", False, True, 1)
    assert fingerprint_of(tmp_path / "palette-transparent.png").alpha


def test_frames_of_an_animation_and_pages_of_a_tiff(tmp_path: Path) -> None:
    frames = [photo(5 + index, (320, 240)) for index in range(3)]
    frames[0].save(tmp_path / "animated.gif", save_all=True, append_images=frames[1:], duration=100)
    frames[0].save(tmp_path / "pages.tif", save_all=True, append_images=frames[1:2])
    frames[0].save(tmp_path / "still.gif")

    assert fingerprint_of(tmp_path / "animated.gif").frames == 3
    assert fingerprint_of(tmp_path / "pages.tif").frames == 2
    assert fingerprint_of(tmp_path / "still.gif").frames == 1


def test_the_cache_gives_back_what_the_files_gave(tmp_path: Path) -> None:
    pictures = tmp_path / "pics"
    pictures.mkdir()
    photo(6, (640, 480)).save(pictures / "camera.jpg", exif=camera_exif())
    photo(7, (320, 240)).convert("L").save(pictures / "gray.png")
    rgba = photo(8, (320, 240)).convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    rgba.save(pictures / "transparent.png")
    frames = [photo(9 + index, (320, 240)) for index in range(3)]
    frames[0].save(pictures / "animated.gif", save_all=True, append_images=frames[1:])
    options = ScanOptions(cache_dir=tmp_path / "cache")

    def by_name(images: tuple[object, ...]) -> dict[str, Fingerprint]:
        return {r.entry.path.name: dataclasses.replace(r.fingerprint, thumb=b"") for r in images}  # type: ignore[attr-defined]

    cold = scan([pictures], options)
    warm = scan([pictures], options)

    assert warm.stats.cached == 4
    assert by_name(warm.images) == by_name(cold.images)
    found = by_name(warm.images)
    assert found["camera.jpg"].camera == "Canon EOS 80D"
    assert (found["gray.png"].grayscale, found["transparent.png"].alpha, found["animated.gif"].frames) == (
        True,
        True,
        3,
    )


def test_a_cache_of_the_previous_fingerprint_version_is_dropped(tmp_path: Path) -> None:
    pictures = tmp_path / "pics"
    pictures.mkdir()
    photo(10, (320, 240)).save(pictures / "a.jpg", exif=camera_exif())
    cache_dir = tmp_path / "cache"
    scan([pictures], ScanOptions(cache_dir=cache_dir))
    last_scan_as_rows(cache_dir)
    database = sqlite3.connect(cache_dir / cache_module.CACHE_FILE)  # as the version before made it
    for (settings,) in database.execute("SELECT settings FROM fingerprints").fetchall():
        database.execute(  # the new facts as a row of version 5 would have had them: their defaults
            "UPDATE fingerprints SET settings = ?, camera = '', grayscale = 0, alpha = 0, frames = 1",
            ("v5-" + settings.split("-", 1)[1],),
        )
    database.execute("PRAGMA user_version=4")
    database.commit()
    database.close()

    result = scan([pictures], ScanOptions(cache_dir=cache_dir))

    assert result.stats.cached == 0
    assert result.images[0].fingerprint.camera == "Canon EOS 80D"
    last_scan_as_rows(cache_dir)
    rows = sqlite3.connect(cache_dir / cache_module.CACHE_FILE).execute("SELECT settings FROM fingerprints")
    assert [settings.split("-")[0] for (settings,) in rows] == [f"v{cache_module.FINGERPRINT_VERSION}"]


def test_saved_results_keep_the_facts_and_older_files_still_open(tmp_path: Path) -> None:
    pictures = tmp_path / "pics"
    pictures.mkdir()
    colour = photo(11, (640, 480))
    colour.save(pictures / "colour.jpg", exif=camera_exif(), quality=92)
    colour.convert("L").save(pictures / "gray.png")
    result = scan([pictures], ScanOptions(use_cache=False))
    assert len(result.groups) == 1

    text = report.to_json(result)
    again = report.load(text)

    def facts_of(groups: tuple[object, ...]) -> dict[str, tuple[str, bool, bool, int]]:
        return {
            m.path.name: (m.record.fingerprint.camera, m.record.fingerprint.grayscale,
                          m.record.fingerprint.alpha, m.record.fingerprint.frames)
            for g in groups for m in g.members  # type: ignore[attr-defined]
        }  # fmt: skip

    assert facts_of(again.groups) == facts_of(result.groups)
    assert facts_of(again.groups) == {
        "colour.jpg": ("Canon EOS 80D", False, False, 1),
        "gray.png": ("", True, False, 1),
    }

    older = json.loads(text)  # as a version before these facts wrote it
    for group in older["groups"]:
        for row in group["files"]:
            for key in NEW_FACTS:
                del row[key]
    reopened = report.load(json.dumps(older))
    assert set(facts_of(reopened.groups).values()) == {("", False, False, 1)}
