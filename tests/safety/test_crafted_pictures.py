"""Crafted pictures cost bounded work before they are described or refused: a TIFF of tens of
thousands of pages, an ICO whose embedded picture is far larger than its directory says. Each is
read the ways the app reads a picture: the scan's, the thumbnails' and the compare view's."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import BmpImagePlugin, Image, PngImagePlugin, TiffImagePlugin

from lookalike.core import imaging
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.imaging import ImageProblem, decode, decode_for_display
from lookalike.core.models import FileEntry, Fingerprint, ScanError, ScanOptions
from lookalike.core.reasons import Code
from lookalike.samples import photo
from lookalike.ui.pair_loader import load_for_display
from lookalike.ui.thumbnails import decode_thumbnail
from tests.safety.conftest import scan_folder
from tests.safety.test_decode_budget import HUGE_SIDE, never_loaded, peak_decoding, write_big_png

# ---- TIFF: pages ----

_SHORT, _LONG = 3, 4


def many_page_tiff(
    picture: Image.Image, pages: int, *, order: str = "<", big: bool = False, last_next: int | None = None
) -> bytes:
    """A TIFF of `pages` pages, each `picture` in gray (all pages share its one strip), written by
    hand in well under a second whatever the count: little-endian ("<") or big-endian (">"),
    classic or BigTIFF. `last_next` is what the last page's link to the next says (0, the end,
    unless given: a page number loops back to that page, a larger number points past the file)."""
    gray = picture.convert("L")
    width, height = gray.size
    pixels = gray.tobytes()
    mark = b"II" if order == "<" else b"MM"
    strip = 16 if big else 8  # the pixels follow the header, the pages the pixels
    first = strip + len(pixels)
    if big:
        header = mark + struct.pack(order + "HHHQ", 43, 8, 0, first)
        count, entry, link, field = order + "Q", order + "HHQ", order + "Q", 8
    else:
        header = mark + struct.pack(order + "HI", 42, first)
        count, entry, link, field = order + "H", order + "HHI", order + "I", 4
    tags = [
        (256, _SHORT, width), (257, _SHORT, height), (258, _SHORT, 8), (259, _SHORT, 1),
        (262, _SHORT, 1), (273, _LONG, strip), (278, _SHORT, height), (279, _LONG, len(pixels)),
    ]  # fmt: skip
    body = struct.pack(count, len(tags)) + b"".join(
        struct.pack(entry, tag, kind, 1)
        + struct.pack(order + ("H" if kind == _SHORT else "I"), value).ljust(field, b"\0")
        for tag, kind, value in tags
    )
    size = len(body) + struct.calcsize(link)
    chain = []
    for page in range(pages):
        if page + 1 < pages:
            following = first + (page + 1) * size
        elif last_next is None:
            following = 0
        else:
            following = first + last_next * size
        chain.append(body + struct.pack(link, following))
    return header + pixels + b"".join(chain)


class CountedReads(io.BytesIO):
    """A file's bytes that count the reads made of them."""

    reads = 0

    def read(self, size: int | None = -1, /) -> bytes:
        self.reads += 1
        return super().read(size)


def pillow_pages(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as image:
        return int(image.n_frames)


@pytest.fixture
def seeks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages Pillow's TIFF reader walks to (each walk reads a page's tags and sets it up)."""
    walked: list[int] = []
    seek = TiffImagePlugin.TiffImageFile._seek

    def counted(self: TiffImagePlugin.TiffImageFile, frame: int) -> None:
        walked.append(frame)
        seek(self, frame)

    monkeypatch.setattr(TiffImagePlugin.TiffImageFile, "_seek", counted)
    return walked


def fingerprint_of(path: Path) -> Fingerprint | ScanError:
    """What the scan makes of the file at `path`."""
    return make_fingerprinter(ScanOptions())(FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns))


def test_a_tiff_of_thousands_of_pages_is_counted_without_pillow_walking_them(
    tmp_path: Path, seeks: list[int]
) -> None:
    """Pillow counts a TIFF's pages by walking them all, each time over those walked: 40,000 pages
    of 4 MB took 18 s in the scan. The pages are counted along the file's own links instead."""
    path = tmp_path / "pages.tif"
    path.write_bytes(many_page_tiff(photo(1, (64, 48)), 3000))

    fingerprint = fingerprint_of(path)

    assert isinstance(fingerprint, Fingerprint), fingerprint
    assert (fingerprint.frames, fingerprint.width, fingerprint.height) == (3000, 64, 48)
    assert max(seeks) == 0  # the first page alone (the old code walked to page 2999)


def test_the_pages_counted_stop_at_max_pages_and_so_does_the_reading(
    tmp_path: Path, seeks: list[int]
) -> None:
    """A TIFF of more pages than MAX_PAGES says it has MAX_PAGES: counting more would cost more
    time for a fact that only tells copies apart and says which holds more."""
    data = many_page_tiff(photo(2, (64, 48)), imaging.MAX_PAGES + 500)
    counted = CountedReads(data)

    assert decode(counted, ".tif").frames == imaging.MAX_PAGES
    assert counted.reads < 3 * imaging.MAX_PAGES  # two reads a page, and those of the first page's decode
    assert max(seeks) == 0

    (tmp_path / "scanned").mkdir()
    (tmp_path / "scanned" / "pages.tif").write_bytes(data)
    (found,) = scan_folder(tmp_path / "scanned").images
    assert found.fingerprint.frames == imaging.MAX_PAGES
    shown = decode_for_display(tmp_path / "scanned" / "pages.tif", ".tif", 128)
    assert (shown.width, shown.height, shown.format) == (64, 48, "TIFF")


# Pillow 13 reads no big-endian BigTIFF (it takes its header for a classic one's).
LAYOUTS = pytest.mark.parametrize(
    ("order", "big"), [("<", False), (">", False), ("<", True)], ids=["II", "MM", "BigTIFF"]
)


@LAYOUTS
@pytest.mark.parametrize("pages", [1, 2, 7])
def test_pages_are_counted_as_pillow_counts_them(order: str, big: bool, pages: int) -> None:
    data = many_page_tiff(photo(3, (40, 30)), pages, order=order, big=big)
    assert decode(data, ".tif").frames == pillow_pages(data) == pages


@pytest.mark.parametrize("compression", ["raw", "tiff_lzw", "tiff_adobe_deflate"])
def test_a_tiff_pillow_saved_with_pages_keeps_its_count(compression: str) -> None:
    pages = [photo(4 + page, (80, 60)) for page in range(4)]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:], compression=compression)
    assert decode(buffer.getvalue(), ".tif").frames == pillow_pages(buffer.getvalue()) == 4


@pytest.mark.parametrize("back_to", [0, 2, 4], ids=["the first", "one before", "itself"])
def test_pages_linked_in_a_loop_end_where_pillow_ends_them(back_to: int) -> None:
    """A page whose link leads back to a page counted is the last, as Pillow has it: never a
    walk without end."""
    data = many_page_tiff(photo(5, (40, 30)), 5, last_next=back_to)
    assert decode(data, ".tif").frames == pillow_pages(data) == 5


@LAYOUTS
def test_a_page_linked_past_the_end_of_the_file_is_refused_as_truncated(order: str, big: bool) -> None:
    """A TIFF whose pages cannot all be found is damaged, as before (the old code said so in
    Pillow's words, "missing dimensions", after walking to the page that is not there)."""
    data = many_page_tiff(photo(6, (40, 30)), 3, order=order, big=big, last_next=1000)
    with pytest.raises(ImageProblem) as refused:
        decode(data, ".tif")
    assert refused.value.reason == Code.TRUNCATED()
    cut = many_page_tiff(photo(6, (40, 30)), 3, order=order, big=big)[:-3]  # the last link cut short
    with pytest.raises(ImageProblem) as refused:
        decode(cut, ".tif")
    assert refused.value.reason == Code.TRUNCATED()


# ---- ICO: the pictures inside ----


def ico(*pictures: tuple[bytes, int]) -> bytes:
    """An ICO holding `pictures` (PNG or bitmap bytes), each with the side its directory says it has
    (0: 256 pixels), as a crafted file may say whatever the pictures are. Pillow decodes the one
    said to be largest, the first of those when they say the same."""
    directory, offset = [], 6 + 16 * len(pictures)
    for picture, side in pictures:
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(picture), offset))
        offset += len(picture)
    return struct.pack("<HHH", 0, 1, len(pictures)) + b"".join(directory) + b"".join(p for p, _ in pictures)


def png_bytes(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def declared_png(width: int, height: int) -> bytes:
    """A PNG that says it is `width` x `height` RGBA and holds the first row alone."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    data = zlib.compress(b"\0" + b"\x80" * 4 * width)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def declared_bitmap(width: int, height: int) -> bytes:
    """An 8-bit run-length bitmap as an ICO holds one (its height counts the mask's rows too):
    `width` x `height` pixels said, one run and the end of the bitmap given."""
    header = struct.pack("<IiiHHIIiiII", 40, width, 2 * height, 1, 8, 1, 0, 0, 0, 256, 0)
    return header + bytes(range(256)) * 4 + b"\x02\x07\x00\x01"


@pytest.fixture
def decoded_sizes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The sizes of the PNGs and bitmaps whose pixels are loaded; one over 1,000 pixels a side
    fails the test there."""
    sizes: list[tuple[int, int]] = []
    for plugin in (PngImagePlugin.PngImageFile, BmpImagePlugin.DibImageFile):

        def load(image: Image.Image, load: Callable[[Image.Image], object] = plugin.load) -> object:
            sizes.append(image.size)
            if max(image.size) > 1000:
                never_loaded(image)
            return load(image)

        monkeypatch.setattr(plugin, "load", load)
    return sizes


def refusal(read: object) -> Code:
    assert isinstance(read, ScanError), read
    return read.error.code


@pytest.mark.usefixtures("decoded_sizes")
def test_an_ico_holding_a_png_over_the_budget_is_refused_before_pillow_decodes_it(tmp_path: Path) -> None:
    """Pillow decodes an ICO's picture as it opens the file, before any limit of the app: a
    13,000 x 13,000 colour PNG in an ICO took 676 MB to be refused. Its header says how large it
    is; the ICO is refused by it, in each way the app reads a picture."""
    write_big_png(tmp_path / "art.png", HUGE_SIDE, mode="RGBA", depth=8)
    path = tmp_path / "icon.ico"
    path.write_bytes(ico(((tmp_path / "art.png").read_bytes(), 0), (png_bytes(photo(7, (16, 16))), 16)))

    assert refusal(fingerprint_of(path)) is Code.TOO_LARGE_TO_COMPARE
    with pytest.raises(ImageProblem) as refused:
        decode(path, ".ico")
    assert str(refused.value).startswith("too large to compare safely: decoding it would need about 676 MB")
    with pytest.raises(ImageProblem) as refused:
        load_for_display(path)  # the compare view
    assert refused.value.reason.code is Code.TOO_LARGE_TO_SHOW
    with pytest.raises(ImageProblem) as refused:
        decode_thumbnail(path, 240)  # the grid's tile, which says why it shows none
    assert refused.value.reason.code is Code.TOO_LARGE_TO_SHOW


@pytest.mark.usefixtures("decoded_sizes")
@pytest.mark.parametrize(
    ("picture", "refused_as"),
    [
        (declared_png(20_000, 20_000), Code.TOO_MANY_PIXELS),
        (declared_png(12_000, 12_000), Code.TOO_LARGE_TO_COMPARE),
        (declared_bitmap(9_400, 9_400), Code.TOO_LARGE_TO_COMPARE),
    ],
    ids=["PNG over MAX_PIXELS", "PNG over the budget", "bitmap over the budget"],
)
def test_an_ico_whose_picture_says_it_is_too_large_is_refused_by_that(
    picture: bytes, refused_as: Code, tmp_path: Path
) -> None:
    """Listed after a small picture, the large one is what Pillow decodes: the directory says it is
    the larger (256 pixels, against 16)."""
    (tmp_path / "icons").mkdir()
    path = tmp_path / "icons" / "icon.ico"
    path.write_bytes(ico((png_bytes(photo(8, (16, 16))), 16), (picture, 0)))
    assert refusal(fingerprint_of(path)) is refused_as
    with pytest.raises(ImageProblem) as refused:
        decode_for_display(path, ".ico", 240)
    assert refused.value.reason.code in (refused_as, Code.TOO_LARGE_TO_SHOW)
    (error,) = scan_folder(tmp_path / "icons").errors
    assert error.error.code is refused_as


@pytest.mark.parametrize("picture", [declared_png(12_000, 12_000), declared_bitmap(9_400, 9_400)])
def test_a_large_picture_pillow_never_decodes_leaves_the_icon_to_the_one_it_does(
    picture: bytes, decoded_sizes: list[tuple[int, int]]
) -> None:
    """The directory says the small picture is the larger: it is the icon, and the large one, never
    decoded, costs nothing."""
    data = ico((picture, 16), (png_bytes(photo(9, (48, 48))), 48))
    decoded = decode(data, ".ico")
    assert (decoded.width, decoded.height, decoded.format) == (48, 48, "ICO")
    assert decode_for_display(data, ".ico", 240).pixels.size == (48, 48)
    assert decoded_sizes == [(48, 48), (48, 48)]  # the one picture, once each way


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with the resource module")
def test_an_ico_holding_a_colour_13000_pixel_png_is_refused_without_decoding_it(tmp_path: Path) -> None:
    """As a PNG of the size is (test_decode_budget): the old code peaked at about 700 MB."""
    write_big_png(tmp_path / "art.png", HUGE_SIDE, mode="RGBA", depth=8)
    (tmp_path / "icon.ico").write_bytes(ico(((tmp_path / "art.png").read_bytes(), 0)))
    peak, outcome = peak_decoding(tmp_path / "icon.ico")
    assert outcome.startswith("refused: too large to compare safely"), outcome
    assert peak < 150_000_000, f"peak RSS {peak / 1e6:.0f} MB"


@pytest.mark.parametrize("bitmap_format", ["png", "bmp"])
def test_an_ordinary_ico_scans_and_shows_as_before(bitmap_format: str, tmp_path: Path) -> None:
    path = tmp_path / "icon.ico"
    photo(9, (64, 64)).save(path, sizes=[(16, 16), (32, 32), (48, 48)], bitmap_format=bitmap_format)
    fingerprint = fingerprint_of(path)
    assert isinstance(fingerprint, Fingerprint), fingerprint
    assert (fingerprint.width, fingerprint.height, fingerprint.format) == (48, 48, "ICO")
    shown = decode_for_display(path, ".ico", 240)
    assert (shown.pixels.size, shown.format) == ((48, 48), "ICO")
    assert not decode_thumbnail(path, 240).isNull()


@pytest.mark.filterwarnings("ignore:Image was not the expected size")  # Pillow's, of the 256 said
def test_an_ico_with_a_broken_small_entry_still_shows_its_largest(tmp_path: Path) -> None:
    """A damaged entry Pillow never decodes leaves the icon readable, as before; so does a picture
    larger than the directory says, within the limits."""
    largest = png_bytes(photo(10, (300, 200)))
    broken = bytearray(ico((largest, 0), (png_bytes(photo(10, (16, 16))), 16)))
    broken[6 + 16 + 12 : 6 + 16 + 16] = struct.pack("<I", 10**9)  # the second picture lies past the end
    assert decode(bytes(broken), ".ico").width == 300
    assert decode_for_display(bytes(broken), ".ico", 240).pixels.size == (240, 160)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:30],  # the directory promises a second entry the file does not hold
        lambda data: data[: 6 + 32 + 20],  # the picture Pillow decodes is cut inside its header
        lambda data: data[:6] + b"\xff" * 32 + data[6 + 32 :],  # entries that point nowhere
    ],
    ids=["directory cut short", "picture cut short", "entries garbled"],
)
def test_a_damaged_ico_is_refused_as_damaged_as_before(damage: Callable[[bytes], bytes]) -> None:
    data = ico((png_bytes(photo(11, (64, 64))), 64), (png_bytes(photo(11, (16, 16))), 16))
    with pytest.raises(ImageProblem) as refused:
        decode(damage(data), ".ico")
    assert refused.value.reason.code in (
        Code.DAMAGED,
        Code.HEADER_CUT_SHORT,
        Code.TRUNCATED,
        Code.NOT_A_PICTURE,
    )


# ---- A piece of a file Pillow reads whole: a PNG chunk, a TIFF tag's value ----

_PIECE = 600_000_000  # past half the decode budget; the file is sparse, a few kB on disk
# The scan's reading of the file given, in a fresh interpreter: its peak memory and the reason.
_SCANNED_ALONE = """
import re, resource, sys
from pathlib import Path
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.models import FileEntry, ScanOptions
path = Path(sys.argv[1])
read = make_fingerprinter(ScanOptions())(FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns))
try:  # this program's own peak: ru_maxrss also counts the parent's pages the child had before exec
    status = Path("/proc/self/status").read_text()
    peak = int(re.search(r"VmHWM:\\s*(\\d+) kB", status).group(1)) * 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS
print(peak, getattr(read, "error", read))
"""


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def sparse_png(path: Path, piece: int) -> None:
    """A 1 x 1 PNG with a private chunk of `piece` bytes (holes, not written) before its pixels."""
    with path.open("wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)))
        file.write(struct.pack(">I", piece) + b"prIv")
        file.seek(piece, io.SEEK_CUR)  # its data: holes, zeros when read
        crc, zeros = zlib.crc32(b"prIv"), bytes(1 << 20)
        for done in range(0, piece, len(zeros)):
            crc = zlib.crc32(zeros[: piece - done], crc)
        file.write(struct.pack(">I", crc))  # a valid chunk, whatever its size
        file.write(_png_chunk(b"IDAT", zlib.compress(b"\0\x80\x80\x80")) + _png_chunk(b"IEND", b""))


def sparse_tiff(path: Path, piece: int) -> None:
    """A 1 x 1 gray TIFF whose XMP tag holds `piece` bytes (holes, not written)."""
    tags = [(256, _SHORT, 1, 1), (257, _SHORT, 1, 1), (258, _SHORT, 1, 8), (259, _SHORT, 1, 1),
            (262, _SHORT, 1, 1), (273, _LONG, 1, 0), (278, _SHORT, 1, 1), (279, _LONG, 1, 1),
            (700, 1, piece, 0)]  # fmt: skip
    pixel = 8 + 2 + 12 * len(tags) + 4
    with path.open("wb") as file:
        file.write(b"II*\0" + struct.pack("<IH", 8, len(tags)))
        for tag, kind, count, value in tags:
            value = pixel if tag == 273 else pixel + 1 if tag == 700 else value
            file.write(struct.pack("<HHI", tag, kind, count) + struct.pack("<I", value))
        file.write(struct.pack("<I", 0) + b"\x80")
        file.seek(pixel + piece)
        file.write(b"\0")


@pytest.mark.parametrize(
    ("write", "suffix"), [(sparse_png, ".png"), (sparse_tiff, ".tif")], ids=["png", "tiff"]
)
def test_a_piece_pillow_would_read_whole_past_the_budget_is_refused_unread(
    write: Callable[[Path, int], None], suffix: str, tmp_path: Path
) -> None:
    """Pillow reads a PNG chunk or a TIFF tag's value whole, twice its size at the peak, whatever
    the file says: 900 MB said so took 1.7 GB (PNG) and 2.6 GB (TIFF). Refused before it is read,
    by the scan, the compare view and the tiles; a small one reads as before."""
    path = tmp_path / f"sparse{suffix}"
    write(path, _PIECE)

    assert refusal(fingerprint_of(path)) is Code.TOO_LARGE_TO_COMPARE
    with pytest.raises(ImageProblem) as refused:
        load_for_display(path)
    assert refused.value.reason.code is Code.TOO_LARGE_TO_SHOW
    assert str(refused.value).startswith("too large to show safely: decoding it would need about 1.2 GB")
    with pytest.raises(ImageProblem):
        decode_thumbnail(path, 240)
    if sys.platform != "win32":
        scanned = subprocess.run(
            [sys.executable, "-c", _SCANNED_ALONE, str(path)], capture_output=True, text=True, check=True
        )
        peak, outcome = scanned.stdout.split(" ", 1)
        assert outcome.startswith("too large to compare safely"), outcome
        # The interpreter with the scan's modules alone holds about 150 MB; the old code peaked at 1.2 GB.
        assert int(peak) < 400_000_000, f"peak RSS {int(peak) / 1e6:.0f} MB"

    write(path, 1000)
    fingerprint = fingerprint_of(path)
    assert isinstance(fingerprint, Fingerprint) and (fingerprint.width, fingerprint.height) == (1, 1)


# ---- GIF: frames ----


def many_frame_gif(frames: int, *, cut: int = 0) -> bytes:
    """A 1 x 1 GIF of `frames` frames written by hand (a few bytes each), its last `cut` bytes cut."""
    head = b"GIF89a" + bytes([1, 0, 1, 0, 0x80, 0, 0]) + b"\0\0\0\xff\xff\xff"
    head += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop for ever
    frame = b"\x21\xf9\x04\x00\x01\x00\x00\x00" + b"\x2c\0\0\0\0\1\0\1\0\0" + b"\x02\x02\x44\x01\x00"
    data = head + frame * frames + b"\x3b"
    return data[: len(data) - cut]


def test_a_gif_of_hundreds_of_thousands_of_frames_is_counted_up_to_max_pages(tmp_path: Path) -> None:
    """Pillow counts a GIF's frames by reading every one's header: 200,000 frames in 4.6 MB took
    0.94 s, a 256 MB one about a minute. They are counted along the file's blocks, up to MAX_PAGES."""
    path = tmp_path / "frames.gif"
    path.write_bytes(many_frame_gif(200_000))

    fingerprint = fingerprint_of(path)

    assert isinstance(fingerprint, Fingerprint), fingerprint
    assert fingerprint.frames == imaging.MAX_PAGES


@pytest.mark.parametrize(("frames", "cut"), [(3, 0), (3, 1), (3, 6)], ids=["whole", "no trailer", "cut"])
def test_a_gifs_frames_are_counted_as_its_blocks_say(frames: int, cut: int, tmp_path: Path) -> None:
    """An animation of a few frames counts them all, with its trailer or without; one cut short in a
    frame is truncated (Pillow's count found it damaged, "index out of range")."""
    path = tmp_path / "frames.gif"
    path.write_bytes(many_frame_gif(frames, cut=cut))

    fingerprint = fingerprint_of(path)

    if cut <= 1:
        assert isinstance(fingerprint, Fingerprint), fingerprint
        assert fingerprint.frames == frames
    else:
        assert refusal(fingerprint) is Code.TRUNCATED
