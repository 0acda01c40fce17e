"""Pillow pictures reach Qt with their colours, rows and alpha intact."""

from __future__ import annotations

import pytest
from PIL import Image

from lookalike.ui.qimage import to_qimage


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_odd_widths_keep_their_rows(mode: str) -> None:
    picture = Image.new(mode, (3, 2), (10, 20, 30, 40)[: len(mode)])
    picture.putpixel((2, 1), (250, 0, 5, 128)[: len(mode)])  # the last pixel: any row padding shows
    image = to_qimage(picture)
    assert (image.width(), image.height()) == (3, 2)
    corner = image.pixelColor(2, 1)
    assert (corner.red(), corner.green(), corner.blue()) == (250, 0, 5)
    assert corner.alpha() == (128 if mode == "RGBA" else 255)
    first = image.pixelColor(0, 1)
    assert (first.red(), first.green(), first.blue()) == (10, 20, 30)


def test_the_image_owns_its_pixels() -> None:
    picture = Image.new("RGB", (5, 5), (1, 2, 3))
    image = to_qimage(picture)
    del picture
    assert image.pixelColor(4, 4).blue() == 3


def test_other_modes_are_refused() -> None:
    with pytest.raises(ValueError, match="RGB or RGBA"):
        to_qimage(Image.new("L", (2, 2)))
