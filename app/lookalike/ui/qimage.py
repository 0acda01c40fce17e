"""Hand a picture decoded by Pillow to Qt."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage

_FORMATS = {"RGB": (3, QImage.Format.Format_RGB888), "RGBA": (4, QImage.Format.Format_RGBA8888)}


def to_qimage(image: Image.Image) -> QImage:
    """A QImage with its own copy of `image`'s pixels, which must be "RGB" or "RGBA" (as
    `core.imaging.decode_for_display` gives them). Safe off the GUI thread, unlike a QPixmap."""
    if image.mode not in _FORMATS:
        raise ValueError(f"an RGB or RGBA picture is needed, not {image.mode}")
    bytes_per_pixel, qt_format = _FORMATS[image.mode]
    data = image.tobytes()
    # copy(): the QImage must not point into `data`, which Python frees.
    return QImage(data, image.width, image.height, image.width * bytes_per_pixel, qt_format).copy()
