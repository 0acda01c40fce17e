"""The display decode (thumbnails, compare view) on real generated pictures: upright, true colours,
8 bits a channel, reduced in the decoder when it can be, and refusals with reasons."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageOps, PngImagePlugin

from lookalike.core import imaging
from lookalike.core.imaging import ImageProblem, decode_for_display
from lookalike.samples import photo

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)


def quadrants(size: tuple[int, int] = (60, 40)) -> Image.Image:
    """Red, green, blue and white quarters: any turn or flip shows in the corners."""
    width, height = size
    image = Image.new("RGB", size)
    for colour, box in (
        (RED, (0, 0, width // 2, height // 2)),
        (GREEN, (width // 2, 0, width, height // 2)),
        (BLUE, (0, height // 2, width // 2, height)),
        (WHITE, (width // 2, height // 2, width, height)),
    ):
        image.paste(colour, box)
    return image


def pixel(image: Image.Image, x: int, y: int) -> tuple[int, ...]:
    value = image.getpixel((x, y))
    assert isinstance(value, tuple)
    return value


def close_to(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def test_16_bit_gray_png_shows_mid_gray_as_mid_gray(tmp_path: Path) -> None:
    path = tmp_path / "deep.png"
    ramp = np.tile(np.array([0, 16384, 32768, 65535], dtype=np.uint16).repeat(10), (20, 1))
    Image.fromarray(ramp).save(path)
    with Image.open(path) as opened:
        assert opened.mode == "I;16"
    shown = decode_for_display(path, ".png")
    assert shown.pixels.mode == "RGB" and shown.pixels.size == (40, 20)
    assert [pixel(shown.pixels, x, 10) for x in (5, 15, 25, 35)] == [
        (0, 0, 0),
        (64, 64, 64),
        (128, 128, 128),
        (255, 255, 255),
    ]
    reduced = decode_for_display(path, ".png", 8)
    assert reduced.pixels.size == (8, 4) and close_to(pixel(reduced.pixels, 5, 2), (128, 128, 128), 2)


def test_large_16_bit_gray_is_scaled_strip_by_strip_alike(tmp_path: Path) -> None:
    """Past STRIP_PIXELS the 16-bit picture is converted in strips: every strip scaled the same."""
    height, width = 1200, 1000  # 1.2 megapixels: two strips
    assert height * width > imaging.STRIP_PIXELS
    rows = (np.arange(height, dtype=np.uint32) * 65535 // (height - 1)).astype(np.uint16)
    path = tmp_path / "scan.png"
    Image.fromarray(np.repeat(rows[:, None], width, axis=1)).save(path, compress_level=1)
    pixels = np.asarray(decode_for_display(path, ".png").pixels)
    assert pixels.shape == (height, width, 3)
    assert (pixels[:, :, 0] == (rows // 256)[:, None]).all()


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_shows_upright_as_exif_transpose_does(tmp_path: Path, orientation: int) -> None:
    path = tmp_path / f"turned{orientation}.png"  # lossless, so the pixels compare exactly
    exif = Image.Exif()
    exif[0x0112] = orientation
    quadrants().save(path, exif=exif)
    with Image.open(path) as opened:
        expected = ImageOps.exif_transpose(opened).convert("RGB")
    shown = decode_for_display(path, ".png")
    assert (shown.width, shown.height) == expected.size == shown.pixels.size
    assert shown.pixels.tobytes() == expected.tobytes()


def test_exif_rotated_jpeg_is_upright_reduced_or_not(tmp_path: Path) -> None:
    upright = quadrants((400, 300))
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned a quarter counter-clockwise: shown turned back clockwise
    upright.transpose(Image.Transpose.ROTATE_90).save(path, quality=95, exif=exif)
    for max_side in (None, 100):
        shown = decode_for_display(path, ".jpg", max_side)
        assert (shown.width, shown.height) == (400, 300)
        width, height = shown.pixels.size
        assert width > height
        for (x, y), colour in (((0.25, 0.25), RED), ((0.75, 0.25), GREEN), ((0.25, 0.75), BLUE)):
            assert close_to(pixel(shown.pixels, int(width * x), int(height * y)), colour)


def test_cmyk_jpeg_shows_its_colours(tmp_path: Path) -> None:
    path = tmp_path / "print.jpg"
    cmyk = Image.new("CMYK", (96, 32), (0, 0, 0, 0))  # white paper
    cmyk.paste((0, 255, 255, 0), (0, 0, 32, 32))  # magenta and yellow ink: red
    cmyk.paste((255, 255, 0, 0), (32, 0, 64, 32))  # cyan and magenta: blue
    cmyk.paste((0, 0, 0, 255), (64, 0, 96, 32))  # black ink
    cmyk.save(path, quality=95)
    with Image.open(path) as opened:
        assert opened.mode == "CMYK"
    shown = decode_for_display(path, ".jpg")
    assert shown.pixels.mode == "RGB"
    assert close_to(pixel(shown.pixels, 16, 16), RED)
    assert close_to(pixel(shown.pixels, 48, 16), BLUE)
    assert close_to(pixel(shown.pixels, 80, 16), (0, 0, 0))


def test_palette_png_with_transparency_keeps_colours_and_alpha(tmp_path: Path) -> None:
    path = tmp_path / "sticker.png"
    sticker = Image.new("P", (40, 20), 0)
    sticker.putpalette([*WHITE, *RED, *BLUE])
    sticker.paste(1, (0, 0, 20, 20))  # red left half
    sticker.paste(2, (20, 0, 30, 20))  # blue, then index 0 (transparent) on the right
    sticker.save(path, transparency=0)
    shown = decode_for_display(path, ".png")
    assert shown.pixels.mode == "RGBA"
    assert pixel(shown.pixels, 5, 5) == (*RED, 255)
    assert pixel(shown.pixels, 25, 5) == (*BLUE, 255)
    assert pixel(shown.pixels, 35, 5)[3] == 0
    # Reduced, the colours are averaged as colours (not as palette indices) and stay opaque.
    reduced = decode_for_display(path, ".png", 10).pixels
    assert reduced.mode == "RGBA" and reduced.size == (10, 5)
    assert close_to(pixel(reduced, 2, 2), (*RED, 255), 2)
    assert pixel(reduced, 9, 2)[3] == 0


@pytest.mark.parametrize(
    ("mode", "save_options", "expected_mode"),
    [
        ("RGB", {"transparency": (255, 255, 255)}, "RGBA"),  # a tRNS colour
        ("L", {"transparency": 255}, "RGBA"),
        ("LA", {}, "RGBA"),
        ("RGBA", {}, "RGBA"),
        ("L", {}, "RGB"),
        ("1", {}, "RGB"),
    ],
)
def test_every_mode_becomes_rgb_or_rgba(
    tmp_path: Path, mode: str, save_options: dict[str, Any], expected_mode: str
) -> None:
    path = tmp_path / "picture.png"
    picture = quadrants().convert(mode)
    if mode in ("LA", "RGBA"):
        alpha = Image.new("L", picture.size, 255)
        alpha.paste(0, (30, 20, 60, 40))
        picture.putalpha(alpha)
    picture.save(path, **save_options)
    shown = decode_for_display(path, ".png")
    assert shown.pixels.mode == expected_mode and shown.pixels.size == picture.size
    assert pixel(shown.pixels, 10, 30)[:3] == picture.convert("RGB").getpixel((10, 30))  # blue, or its gray
    if expected_mode == "RGBA":
        assert pixel(shown.pixels, 45, 30)[3] == 0  # the white quarter is the transparent one


def test_gif_with_transparency(tmp_path: Path) -> None:
    path = tmp_path / "animated.gif"
    frames = [quadrants().convert("P", palette=Image.Palette.ADAPTIVE, colors=4) for _ in range(2)]
    white = frames[0].getpixel((45, 30))
    frames[0].save(path, save_all=True, append_images=frames[1:], transparency=white, duration=100)
    shown = decode_for_display(path, ".gif")
    assert shown.pixels.mode == "RGBA" and shown.format == "GIF"
    assert close_to(pixel(shown.pixels, 10, 10), (*RED, 255), 2)
    assert pixel(shown.pixels, 45, 30)[3] == 0


def test_jpeg_is_scaled_in_the_decoder_for_reduced_sizes(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    Image.linear_gradient("L").resize((4000, 3000)).convert("RGB").save(path, quality=85)
    screen = decode_for_display(path, ".jpg", 2560, draft_side=1920)
    assert screen.pixels.size == (2000, 1500)  # half size, by the decoder; within 2560
    assert (screen.width, screen.height, screen.format) == (4000, 3000, "JPEG")
    thumbnail = decode_for_display(path.read_bytes(), ".jpg", 160)
    assert thumbnail.pixels.size == (160, 120)
    assert decode_for_display(path, ".jpg").pixels.size == (4000, 3000)  # no limit: every pixel


@pytest.mark.parametrize(("suffix", "save_options"), [(".heic", {"quality": 90}), (".avif", {"quality": 90})])
def test_heic_and_avif(tmp_path: Path, suffix: str, save_options: dict[str, Any]) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    picture = photo(7, (320, 240))
    path = tmp_path / f"phone{suffix}"
    picture.save(path, **save_options)
    for source, name in ((path, suffix), (path.read_bytes(), ".jpg")):  # also under a wrong name
        shown = decode_for_display(source, name, 160)
        assert shown.pixels.mode == "RGB" and shown.pixels.size == (160, 120)
        assert (shown.width, shown.height) == (320, 240)
        difference = np.abs(
            np.asarray(shown.pixels, dtype=np.int16)
            - np.asarray(picture.resize((160, 120), Image.Resampling.BILINEAR), dtype=np.int16)
        )
        assert difference.mean() < 8


def test_too_many_pixels_are_refused_unread(tmp_path: Path) -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    path = tmp_path / "bomb.png"
    header = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 2, 0, 0, 0)  # 400 megapixels, RGB
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")
    )
    with pytest.raises(ImageProblem) as refused:
        decode_for_display(path, ".png", 160)
    assert str(refused.value).startswith("too large to open safely")


def test_a_picture_over_the_budget_is_refused_before_its_pixels_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "poster.png"
    photo(1, (400, 300)).resize((2400, 1800)).save(path, compress_level=1)
    assert decode_for_display(path, ".png", 256).pixels.size == (256, 192)

    def never_loaded(image: Image.Image) -> None:
        raise AssertionError("the pixels were decoded although the picture is refused")

    monkeypatch.setattr(imaging, "DECODE_BUDGET", 8_000_000)
    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", never_loaded)
    with pytest.raises(ImageProblem) as refused:
        decode_for_display(path, ".png", 256)
    # 2400 x 1800 RGB is 17 MB as Pillow holds it, plus its whole-factor reduction and the result.
    assert str(refused.value) == (
        "too large to show safely: decoding it would need about 18 MB of memory,"
        " more than the 8 MB one picture may use"
    )


def test_the_budget_estimate_covers_a_full_size_transparent_picture() -> None:
    """What the estimate counts for a 4000 x 3000 RGBA picture reduced to 2560: the pixels, the
    premultiplied copy Pillow makes to reduce them, the reduced copies."""
    image = Image.new("RGBA", (4000, 3000))
    needed = imaging._display_cost(image, image.size, 2560)
    pixels = 4000 * 3000
    assert needed >= 2 * 4 * pixels + 3 * 4 * 2560 * 1920  # the premultiplied copies, the turn
    assert needed < imaging.DECODE_BUDGET


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "the file is no longer there (moved or deleted?)"),
        (b"not a picture at all", "not a picture: the content is not an image format Lookalike can read"),
        ("truncated", "the file is truncated: part of the picture data is missing"),
    ],
)
def test_unreadable_files_are_explained(tmp_path: Path, content: bytes | str | None, reason: str) -> None:
    path = tmp_path / "broken.jpg"
    if content == "truncated":
        photo(3, (400, 300)).save(path, quality=90)
        path.write_bytes(path.read_bytes()[:5000])
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ImageProblem) as problem:
        decode_for_display(path, ".jpg", 160)
    assert str(problem.value) == reason
