"""Decoding keeps to a memory budget: a picture too large to decode safely is refused with a
reason before its pixels are decoded; JPEGs are judged at the size they decode to."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, JpegImagePlugin, PngImagePlugin

from lookalike.core import imaging
from lookalike.core.imaging import ImageProblem, decode
from lookalike.samples import photo

# The example: 13,000 x 13,000 pixels, under MAX_PIXELS (169 of 179 megapixels).
HUGE_SIDE = 13_000


def write_big_png(path: Path, side: int, *, mode: str, depth: int) -> None:
    """A real side x side PNG, written in well under a second: 64 rows of a pattern are
    compressed once, each ending in a full flush so its bytes stand alone, and then repeated."""
    color_type, channels = {"L": (0, 1), "RGBA": (6, 4)}[mode]
    columns = (np.arange(side) % 509) * (127 if depth == 16 else 7)
    rows = []
    for row in range(64):
        values = ((columns + row * 13) % (1 << depth)).astype(">u2" if depth == 16 else "u1")
        rows.append(b"\0" + np.repeat(values, channels).tobytes())  # filter 0, then the pixels
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)  # raw deflate: header and checksum below
    blocks = [compressor.compress(row) + compressor.flush(zlib.Z_FULL_FLUSH) for row in rows]
    checksum = 1
    for y in range(side):
        checksum = zlib.adler32(rows[y % 64], checksum)
    # zlib header, the rows, an empty final block, the Adler-32 of everything.
    data = b"\x78\x01" + b"".join(blocks) * (side // 64) + b"".join(blocks[: side % 64])
    data += b"\x03\x00" + struct.pack(">I", checksum)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", side, side, depth, color_type, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def never_loaded(image: Image.Image) -> None:
    raise AssertionError(f"{image.format} pixels were decoded although the picture is refused")


def test_the_fast_png_writer_writes_what_pillow_reads(tmp_path: Path) -> None:
    write_big_png(tmp_path / "small.png", 300, mode="L", depth=16)
    with Image.open(tmp_path / "small.png") as image:
        pixels = np.asarray(image)
    columns = (np.arange(300) % 509) * 127
    assert image.mode == "I;16"
    assert (pixels == (columns + (np.arange(300)[:, None] % 64) * 13) % 65536).all()


def test_a_picture_over_the_budget_is_refused_before_its_pixels_are_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "poster.png"
    photo(1, (400, 300)).convert("RGBA").resize((2400, 1800)).save(path, compress_level=1)
    decode(path.read_bytes(), ".png")  # fine under the default budget

    monkeypatch.setattr(imaging, "DECODE_BUDGET", 8_000_000)
    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", never_loaded)
    with pytest.raises(ImageProblem) as refused:
        decode(path.read_bytes(), ".png")
    # 2400 x 1800 RGBA is 17 MB of pixels, plus the strips it is converted in.
    assert str(refused.value) == (
        "too large to compare safely: decoding it would need about 36 MB of memory,"
        " more than the 8 MB one picture may use"
    )
    with pytest.raises(ImageProblem, match="too large to compare safely"):
        decode(path, ".png")  # the same from a path, as for files too large to read at once


def test_a_large_jpeg_is_judged_by_the_size_it_decodes_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 6000 x 4000 in colour would be 96 MB; the DCT decodes it at 1/8: 750 x 500 gray, 0.4 MB.
    big = photo(2, (600, 400)).resize((6000, 4000))
    big.save(tmp_path / "camera.jpg", quality=90)
    monkeypatch.setattr(imaging, "DECODE_BUDGET", 8_000_000)

    decoded = decode((tmp_path / "camera.jpg").read_bytes(), ".jpg")

    assert (decoded.width, decoded.height, decoded.format) == (6000, 4000, "JPEG")
    assert decoded.working.mode == "L"
    assert min(decoded.working.size) >= imaging.WORKING_SIDE


def test_a_progressive_jpeg_is_judged_by_its_full_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A progressive JPEG keeps every DCT coefficient until the last scan, whatever the scale:
    # 6000 x 4000 with 4:2:0 colour is 6000 * 4000 * 1.5 coefficients of 2 bytes, 72 MB, and
    # then the 750 x 500 YCbCr it decodes to (its chroma says whether the picture holds colour).
    photo(3, (600, 400)).resize((6000, 4000)).save(tmp_path / "web.jpg", quality=90, progressive=True)
    monkeypatch.setattr(imaging, "DECODE_BUDGET", 64_000_000)
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", never_loaded)

    with pytest.raises(ImageProblem, match="would need about 78 MB of memory"):
        decode((tmp_path / "web.jpg").read_bytes(), ".jpg")


def test_an_ordinary_png_decodes_under_the_default_budget(tmp_path: Path) -> None:
    photo(4, (1200, 900)).save(tmp_path / "screen.png")
    decoded = decode((tmp_path / "screen.png").read_bytes(), ".png")
    assert (decoded.width, decoded.height, decoded.format) == (1200, 900, "PNG")
    assert decoded.working.size == (400, 300)  # reduced by 3: short side about WORKING_SIDE


@pytest.mark.parametrize(
    ("mode", "size"),
    [
        ("RGBA", (1037, 771)),
        ("P", (771, 1037)),
        ("I;16", (1200, 515)),
        ("LA", (600, 600)),
        ("CMYK", (900, 700)),
    ],
)
def test_converting_strip_by_strip_gives_the_same_working_image(
    mode: str, size: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(5)
    if mode == "I;16":
        image = Image.fromarray(rng.integers(0, 65536, size[::-1], dtype=np.uint16))
    else:
        image = Image.fromarray(rng.integers(0, 256, (*size[::-1], 4), dtype=np.uint8), "RGBA").convert(mode)
    if mode == "P":
        image.info["transparency"] = 7
    buffer = io.BytesIO()
    image.save(buffer, format="TIFF" if mode == "CMYK" else "PNG")

    whole = decode(buffer.getvalue(), ".png").working  # one strip: the picture is under STRIP_PIXELS
    monkeypatch.setattr(imaging, "STRIP_PIXELS", 20_000)
    in_strips = decode(buffer.getvalue(), ".png").working

    assert (in_strips.size, in_strips.tobytes()) == (whole.size, whole.tobytes())


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("1", 1), ("L", 1), ("P", 1),
        ("I;16", 2), ("I;16B", 2), ("I;16L", 2), ("I;16N", 2),
        ("I", 4), ("F", 4), ("RGB", 4), ("RGBA", 4), ("CMYK", 4), ("LA", 4), ("PA", 4), ("YCbCr", 4),
    ],
)  # fmt: skip
def test_bytes_per_pixel_are_what_pillow_keeps_in_memory(mode: str, expected: int) -> None:
    # Measured with Pillow 13 (RSS of Image.new): "RGB" and "LA" are padded to 4 bytes a pixel.
    assert imaging._bytes_per_pixel(mode) == expected


@pytest.mark.parametrize(
    ("mode", "depth", "opened_as"),
    [("L", 16, "I;16"), ("RGBA", 16, "RGBA"), ("RGBA", 8, "RGBA"), ("L", 8, "L")],
)
def test_pngs_open_in_the_modes_the_estimate_knows(
    mode: str, depth: int, opened_as: str, tmp_path: Path
) -> None:
    # 16-bit colour PNGs are read as 8-bit RGBA: 4 bytes a pixel, not 8.
    write_big_png(tmp_path / "sample.png", 128, mode=mode, depth=depth)
    with Image.open(tmp_path / "sample.png") as image:
        assert image.mode == opened_as


def test_a_16_bit_picture_costs_half_its_colour_twin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_big_png(tmp_path / "scan.png", 2000, mode="L", depth=16)  # 8 MB, 20 MB with its conversion
    write_big_png(tmp_path / "art.png", 2000, mode="RGBA", depth=8)  # 16 MB, 34 MB with its conversion
    monkeypatch.setattr(imaging, "DECODE_BUDGET", 25_000_000)
    assert decode(tmp_path / "scan.png", ".png").working.size == (286, 286)
    with pytest.raises(ImageProblem, match="too large to compare safely"):
        decode(tmp_path / "art.png", ".png")


def test_damaged_files_that_used_to_escape_raise_image_problem() -> None:
    frames = [photo(seed, (96, 64)).convert("P") for seed in (6, 7)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:])
    gif = buffer.getvalue()
    # Cut inside the second frame's descriptor: counting the frames unpacks a field that is not
    # there (struct.error).
    second = gif.index(b",", gif.rindex(b"\x21\xf9\x04"))
    with pytest.raises(ImageProblem, match="damaged"):
        decode(gif[: second + 6], ".gif")

    buffer = io.BytesIO()
    photo(8, (96, 64)).save(buffer, format="AVIF")
    avif = bytearray(buffer.getvalue())
    primary = avif.index(b"pitm") + 8  # the primary item's id, after the box's version and flags
    avif[primary : primary + 2] = b"\xff\xff"  # no such item: the AVIF codec raises RuntimeError
    with pytest.raises(ImageProblem, match="damaged"):
        decode(bytes(avif), ".avif")


# Linux carries ru_maxrss over exec() from the forked test process, so there the child reads
# the high-water mark of its own memory instead.
CHILD = """
import re, resource, sys
from pathlib import Path
from lookalike.core.imaging import ImageProblem, decode
path = Path(sys.argv[1])
try:
    decoded = decode(path.read_bytes(), path.suffix)
    outcome = f"decoded {decoded.width}x{decoded.height}"
except ImageProblem as problem:
    outcome = f"refused: {problem}"
try:
    status = Path("/proc/self/status").read_text()
    peak = int(re.search(r"VmHWM:\\s*(\\d+) kB", status).group(1)) * 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS
print(peak, outcome)
"""


def peak_decoding(path: Path) -> tuple[int, str]:
    """Peak memory (RSS, bytes) of a fresh interpreter that decodes `path`, and what happened."""
    run = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    peak, outcome = run.stdout.strip().split(" ", 1)
    return int(peak), outcome


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with the resource module")
def test_a_16_bit_13000_pixel_png_decodes_in_a_quarter_of_the_memory_it_took(tmp_path: Path) -> None:
    # Before the budget this took 1.65 GB: 338 MB of 16-bit pixels, then two full-size 32-bit
    # copies on the way to gray. Now the conversion goes strip by strip.
    write_big_png(tmp_path / "scan.png", HUGE_SIDE, mode="L", depth=16)
    peak, outcome = peak_decoding(tmp_path / "scan.png")
    assert outcome == "decoded 13000x13000"
    assert peak < 450_000_000, f"peak RSS {peak / 1e6:.0f} MB"


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with the resource module")
def test_a_colour_13000_pixel_png_is_refused_without_decoding_it(tmp_path: Path) -> None:
    # Before the budget this took 2.8 GB; its 676 MB of RGBA pixels alone exceed the budget.
    write_big_png(tmp_path / "art.png", HUGE_SIDE, mode="RGBA", depth=8)
    peak, outcome = peak_decoding(tmp_path / "art.png")
    assert outcome.startswith("refused: too large to compare safely: decoding it would need about 688 MB")
    assert peak < 150_000_000, f"peak RSS {peak / 1e6:.0f} MB"
