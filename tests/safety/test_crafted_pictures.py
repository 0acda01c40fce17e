"""Crafted pictures cost bounded work before they are described or refused: a TIFF of tens of
thousands of pages."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin

from lookalike.core import imaging
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.imaging import ImageProblem, decode, decode_for_display
from lookalike.core.models import FileEntry, Fingerprint, ScanError, ScanOptions
from lookalike.core.reasons import Code
from lookalike.samples import photo
from tests.safety.conftest import scan_folder

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
