"""The raster formats a photo library holds are scanned (Netpbm, TGA, JPEG 2000, HEIF's .hif, ICO),
each decoded in-process from a real file; PostScript and PDF, which need an external program, never."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import EpsImagePlugin, Image, features

from lookalike import samples
from lookalike.core.imaging import ImageProblem, decode, decode_for_display
from lookalike.core.models import IMAGE_EXTENSIONS, ScanOptions, ScanResult
from lookalike.core.scan import scan

PHOTO = (320, 240)
JPEG_2000 = pytest.mark.skipif(not features.check("jpg_2000"), reason="Pillow was built without OpenJPEG")


def _heif(image: Image.Image, path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    image.save(path, format="HEIF", quality=85)


# suffix -> (Pillow's format name once decoded, how to write the picture as such a file)
WRITERS: dict[str, tuple[str, Callable[[Image.Image, Path], None]]] = {
    ".ppm": ("PPM", lambda image, path: image.save(path)),
    ".pgm": ("PPM", lambda image, path: image.convert("L").save(path)),
    ".pnm": ("PPM", lambda image, path: image.save(path)),
    ".tga": ("TGA", lambda image, path: image.save(path)),
    ".jp2": ("JPEG2000", lambda image, path: image.save(path, quality_mode="dB", quality_layers=[42])),
    ".j2k": ("JPEG2000", lambda image, path: image.save(path, quality_mode="dB", quality_layers=[42])),
    ".jpf": ("JPEG2000", lambda image, path: image.save(path, quality_mode="dB", quality_layers=[42])),
    ".jpx": ("JPEG2000", lambda image, path: image.save(path, quality_mode="dB", quality_layers=[42])),
    ".hif": ("HEIF", _heif),
    ".ico": ("ICO", lambda image, path: image.save(path, sizes=[(128, 128)])),
}


def _marks(suffix: str) -> list[pytest.MarkDecorator]:
    return [JPEG_2000] if WRITERS[suffix][0] == "JPEG2000" else []


def _grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def test_every_new_suffix_is_scanned() -> None:
    assert set(WRITERS) | {".pbm"} <= IMAGE_EXTENSIONS
    assert ScanOptions().extensions >= IMAGE_EXTENSIONS


@pytest.mark.parametrize("suffix", [pytest.param(s, marks=_marks(s)) for s in WRITERS])
def test_each_format_decodes_in_process_and_groups_with_its_jpeg_original(
    suffix: str, tmp_path: Path
) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    picture = samples.photo(11, PHOTO)
    picture.save(folder / "original.jpg", quality=92)
    expected_format, write = WRITERS[suffix]
    write(picture, folder / f"copy{suffix}")
    samples.photo(12, PHOTO).save(folder / "unrelated.jpg", quality=92)

    decoded = decode((folder / f"copy{suffix}").read_bytes(), suffix)
    assert decoded.format == expected_format
    assert (decoded.width, decoded.height) == (
        (128, 96) if suffix == ".ico" else PHOTO
    )  # an icon keeps the aspect

    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    assert result.errors == ()
    assert result.stats.images == 3
    assert _grouped(result) == [{"original.jpg", f"copy{suffix}"}]


def test_bilevel_pbm_groups_with_the_same_picture_as_png(tmp_path: Path) -> None:
    """A 1-bit Netpbm picture (a scanned page, a line drawing) is read like any other."""
    page = samples.document(5, (425, 550)).convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")
    page.save(tmp_path / "page.pbm")
    page.save(tmp_path / "page.png")
    assert decode((tmp_path / "page.pbm").read_bytes(), ".pbm").format == "PPM"
    result = scan([tmp_path], ScanOptions(cache_dir=tmp_path / "cache"))
    assert result.errors == ()
    assert _grouped(result) == [{"page.pbm", "page.png"}]


def test_sixteen_bit_pgm_is_read_like_its_eight_bit_copy(tmp_path: Path) -> None:
    gray = samples.photo(13, PHOTO).convert("L")
    wide = Image.fromarray(np.asarray(gray, dtype=np.uint16) * 257)  # 0-65535
    wide.save(tmp_path / "wide.pgm")
    gray.save(tmp_path / "gray.png")
    with Image.open(tmp_path / "wide.pgm") as opened:
        assert opened.mode.startswith("I")  # really 16 bits a sample
    result = scan([tmp_path], ScanOptions(cache_dir=tmp_path / "cache"))
    assert result.errors == ()
    assert _grouped(result) == [{"gray.png", "wide.pgm"}]


def test_cielab_tiff_is_read_and_groups_with_its_rgb_copy(tmp_path: Path) -> None:
    """A TIFF in CIELab colour (scanners, print work) was refused as damaged: Pillow turns Lab into
    gray only by way of RGB. It is read, groups with its RGB JPEG, and shows in its colours."""
    from PIL import ImageCms

    picture = samples.photo(14, PHOTO).convert("RGB")
    lab = ImageCms.profileToProfile(
        picture, ImageCms.createProfile("sRGB"), ImageCms.createProfile("LAB"), outputMode="LAB"
    )
    assert lab is not None and lab.mode == "LAB"
    lab.save(tmp_path / "scan.tif")
    picture.save(tmp_path / "scan.jpg", quality=92)
    result = scan([tmp_path], ScanOptions(cache_dir=tmp_path / "cache"))
    assert result.errors == ()
    assert _grouped(result) == [{"scan.jpg", "scan.tif"}]
    shown = decode_for_display(tmp_path / "scan.tif", ".tif")
    difference = np.abs(np.asarray(shown.pixels, np.int16) - np.asarray(picture, np.int16))
    assert shown.pixels.mode == "RGB" and difference.mean() < 2


@pytest.mark.parametrize("suffix", [".eps", ".epsf", ".epsi", ".ps", ".pdf", ".ai"])
def test_postscript_and_pdf_are_never_scanned(suffix: str, tmp_path: Path) -> None:
    """Pillow renders PostScript through Ghostscript, an external program, and PDF not at all."""
    assert suffix not in IMAGE_EXTENSIONS
    picture = samples.photo(14, PHOTO)
    picture.save(tmp_path / "original.jpg", quality=92)
    other = tmp_path / f"other{suffix}"
    if suffix == ".pdf":
        picture.save(other, format="PDF")
    else:
        picture.save(other, format="EPS")
    (tmp_path / f"copy-of-other{suffix}").write_bytes(other.read_bytes())

    result = scan([tmp_path], ScanOptions(cache_dir=tmp_path / "cache"))

    assert [record.entry.path.name for record in result.images] == ["original.jpg"]
    assert result.errors == () and result.groups == ()
    assert result.stats.files == 1


@pytest.mark.skipif(sys.platform == "win32", reason="a fake gs on PATH is a POSIX shell script")
def test_postscript_under_a_pictures_name_never_starts_ghostscript(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = tmp_path / "gs-ran"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "gs"
    fake.write_text(f'#!/bin/sh\necho "$@" >> "{ran}"\nexit 1\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setattr(EpsImagePlugin, "gs_binary", None)  # Pillow looks for gs once, then remembers
    postscript = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nnewpath 0 0 moveto showpage\n%%EOF\n"

    for suffix in (".jpg", ".png", ".tif", ".eps"):
        with pytest.raises(ImageProblem, match="not a picture"):
            decode(postscript, suffix)
    assert not ran.exists(), f"Ghostscript was started: {ran.read_text()!r}"
