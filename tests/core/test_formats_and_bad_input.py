"""Every supported format is read; every kind of bad file is reported and the scan goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from lookalike.core.models import Mode, ScanOptions
from lookalike.core.scan import scan
from lookalike.samples import photo


def _options(tmp_path: Path, **changes: object) -> ScanOptions:
    return ScanOptions(cache_dir=tmp_path / "cache", **changes)  # type: ignore[arg-type]


def _grouped_names(result_groups: tuple[object, ...]) -> list[set[str]]:
    return [{m.path.name for m in g.members} for g in result_groups]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("suffix", "save_options"),
    [
        (".png", {}),
        (".gif", {}),
        (".bmp", {}),
        (".tiff", {}),
        (".webp", {"quality": 85}),
        (".avif", {"quality": 70}),
        (".heic", {"quality": 80}),
        (".ico", {"sizes": [(128, 128)]}),
    ],
)
def test_each_format_groups_with_its_jpeg_original(tmp_path: Path, suffix: str, save_options: dict) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    folder = tmp_path / "pictures"
    folder.mkdir()
    picture = photo(11, (320, 240))
    picture.save(folder / "original.jpg", quality=92)
    converted = picture if suffix != ".gif" else picture.convert("P", palette=Image.Palette.ADAPTIVE)
    converted.save(folder / f"copy{suffix}", **save_options)
    photo(12, (320, 240)).save(folder / "unrelated.jpg", quality=92)

    result = scan([folder], _options(tmp_path))

    assert result.errors == ()
    assert _grouped_names(result.groups) == [{"original.jpg", f"copy{suffix}"}]


def test_gif_animation_uses_its_first_frame(tmp_path: Path) -> None:
    first, second = photo(21, (200, 150)), photo(22, (200, 150))
    first.save(tmp_path / "still.png")
    first.save(tmp_path / "animated.gif", save_all=True, append_images=[second], duration=100)
    result = scan([tmp_path], _options(tmp_path))
    assert _grouped_names(result.groups) == [{"still.png", "animated.gif"}]


def test_exif_rotated_copy_matches_upright_photo(tmp_path: Path) -> None:
    upright = photo(31, (400, 300))
    upright.save(tmp_path / "upright.jpg", quality=90)
    # Stored sideways with orientation 6 (rotate 90° clockwise to show), as phones do.
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(tmp_path / "phone.jpg", quality=90, exif=exif)

    result = scan([tmp_path], _options(tmp_path))

    assert _grouped_names(result.groups) == [{"upright.jpg", "phone.jpg"}]
    phone = next(m for m in result.groups[0].members if m.path.name == "phone.jpg")
    assert (phone.record.fingerprint.width, phone.record.fingerprint.height) == (400, 300)


def test_exif_date_taken_decides_between_equal_copies(tmp_path: Path) -> None:
    for name, taken in (("later.jpg", "2023:01:01 09:00:00"), ("earlier.jpg", "2021:07:04 18:30:00")):
        exif = Image.Exif()
        exif.get_ifd(0x8769)[36867] = taken
        photo(32, (200, 150)).save(tmp_path / name, exif=exif)
    result = scan([tmp_path], _options(tmp_path))
    earlier = next(r for r in result.images if r.entry.path.name == "earlier.jpg")
    assert earlier.fingerprint.taken_at == "2021-07-04T18:30:00"
    # Same resolution and file size: the photo taken first is the one to keep.
    assert result.groups[0].reference.path.name == "earlier.jpg"
    assert result.groups[0].keep_reason == "oldest"


def test_bad_files_become_errors_and_the_scan_goes_on(tmp_path: Path) -> None:
    good = photo(41, (300, 200))
    good.save(tmp_path / "good.jpg", quality=90)
    good.save(tmp_path / "good-copy.png")
    (tmp_path / "notes.png").write_text("this is a text file with an image name\n")
    (tmp_path / "empty.jpg").write_bytes(b"")
    full = (tmp_path / "good.jpg").read_bytes()
    (tmp_path / "truncated.jpg").write_bytes(full[: len(full) // 2])
    (tmp_path / "garbage.webp").write_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 " + os.urandom(200))
    (tmp_path / "mislabelled.png").write_bytes(full)  # a JPEG named .png is still a picture
    os.symlink(tmp_path / "vanished.jpg", tmp_path / "broken-link.jpg")

    result = scan([tmp_path], _options(tmp_path))

    reasons = {error.path.name: str(error.error) for error in result.errors}
    assert set(reasons) == {"notes.png", "empty.jpg", "truncated.jpg", "garbage.webp", "broken-link.jpg"}
    assert "not a picture" in reasons["notes.png"]
    assert "empty" in reasons["empty.jpg"]
    assert "truncated" in reasons["truncated.jpg"]
    assert "broken link" in reasons["broken-link.jpg"]
    assert _grouped_names(result.groups) == [{"good.jpg", "good-copy.png", "mislabelled.png"}]


def test_decompression_bomb_is_refused_with_a_reason(tmp_path: Path) -> None:
    # A PNG header claiming 20000 x 20000 pixels: 400 megapixels, over the safety limit.
    Image.new("1", (20000, 20000)).save(tmp_path / "bomb.png", optimize=True)
    photo(42, (200, 150)).save(tmp_path / "fine.jpg")
    result = scan([tmp_path], _options(tmp_path))
    assert [e.path.name for e in result.errors] == ["bomb.png"]
    assert "too large" in str(result.errors[0].error)
    assert result.stats.images == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_and_folder_are_reported(tmp_path: Path) -> None:
    photo(43, (200, 150)).save(tmp_path / "locked.jpg")
    (tmp_path / "locked.jpg").chmod(0)
    secret = tmp_path / "secret"
    secret.mkdir()
    secret.chmod(0)
    try:
        result = scan([tmp_path], _options(tmp_path))
    finally:
        secret.chmod(0o755)
    reasons = {error.path.name: str(error.error) for error in result.errors}
    assert "permission" in reasons["locked.jpg"]
    assert "cannot be read" in reasons["secret"]


def test_non_ascii_names_are_scanned_and_reported_correctly(tmp_path: Path) -> None:
    folder = tmp_path / "Ferien 🏖 Ærø"
    folder.mkdir()
    photo(44, (300, 200)).save(folder / "страна.jpg", quality=90)
    photo(44, (300, 200)).save(folder / "国.png")
    result = scan([folder], _options(tmp_path))
    assert _grouped_names(result.groups) == [{"страна.jpg", "国.png"}]


def test_exact_mode_groups_only_identical_bytes(tmp_path: Path) -> None:
    photo(45, (300, 200)).save(tmp_path / "a.jpg", quality=90)
    (tmp_path / "b.jpg").write_bytes((tmp_path / "a.jpg").read_bytes())
    photo(45, (300, 200)).save(tmp_path / "c.png")
    result = scan([tmp_path], _options(tmp_path, mode=Mode.EXACT))
    assert _grouped_names(result.groups) == [{"a.jpg", "b.jpg"}]
    assert result.groups[0].kind.value == "exact"


def test_raw_photo_without_raw_support_is_explained_in_plain_words(tmp_path: Path) -> None:
    try:
        import rawpy  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("rawpy is installed: RAW files are decoded")
    (tmp_path / "camera.dng").write_bytes(b"II*\x00" + os.urandom(64))
    result = scan([tmp_path], _options(tmp_path))
    (error,) = result.errors
    assert error.path.name == "camera.dng"
    reason = str(error.error)
    assert "cannot read" in reason and "RAW camera file" in reason
    assert "rawpy" not in reason and "install" not in reason  # nothing for a person to run


def test_heif_loads_its_codec_only_when_needed_and_is_found_under_any_name(tmp_path: Path) -> None:
    # pillow-heif is registered lazily; run in a fresh interpreter, where nothing registered it yet.
    import subprocess
    import sys

    import pillow_heif

    pillow_heif.register_heif_opener()
    photo(21, (320, 240)).save(tmp_path / "really-heif.jpg", format="HEIF", quality=80)
    photo(22, (320, 240)).save(tmp_path / "plain.jpg", quality=90)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from lookalike.core.imaging import decode\n"
        "plain = Path(sys.argv[1]) / 'plain.jpg'\n"
        "print(decode(plain.read_bytes(), '.jpg').format, 'pillow_heif' in sys.modules)\n"
        "heif = Path(sys.argv[1]) / 'really-heif.jpg'\n"
        "print(decode(heif.read_bytes(), '.jpg').format, 'pillow_heif' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["JPEG False", "HEIF True"]
