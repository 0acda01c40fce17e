"""A labelled corpus for the accuracy benchmark and the transform/trap class tests.

Every file belongs to a *family*: files of one family are the same picture and
must end up in one group; files of different families must not. Each file also
has a *class*: the transform that made it from its family's original (copy,
re-encode, resize, ...) or the trap it belongs to (template screenshots,
documents, flat colours, crops, unrelated photos, symmetric pictures). Traps are listed as explicit
pairs so the scorer can count how many of them a matcher wrongly groups.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

from lookalike import samples

# A transform turns an original into a copy and writes it; returns the file name it wrote.
Transform = Callable[[Image.Image, Path, str], str]

# Classes that need rotation detection (ScanOptions.rotations=True) to group.
ROTATION_CLASSES = frozenset({"mirror", "rotate90"})
# Must-group classes that the recall target leaves out (crop tolerance is optional).
CROP_CLASSES = frozenset({"border_crop"})


def _save(image: Image.Image, folder: Path, name: str, **kwargs: object) -> str:
    image.save(folder / name, **kwargs)
    return name


def _jpeg(quality: int) -> Transform:
    return lambda image, folder, stem: _save(image.convert("RGB"), folder, f"{stem}.jpg", quality=quality)


def _resized(factor: float) -> Transform:
    def make(image: Image.Image, folder: Path, stem: str) -> str:
        size = (max(16, round(image.width * factor)), max(16, round(image.height * factor)))
        return _save(image.resize(size, Image.Resampling.LANCZOS), folder, f"{stem}.jpg", quality=85)

    return make


def _enhanced(kind: type[ImageEnhance._Enhance], factor: float) -> Transform:
    def make(image: Image.Image, folder: Path, stem: str) -> str:
        return _save(kind(image).enhance(factor), folder, f"{stem}.jpg", quality=90)

    return make


def watermark(image: Image.Image) -> Image.Image:
    """A small semi-transparent caption and badge in the bottom-right corner, like a sharing app adds."""
    base = image.convert("RGBA")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    side = min(base.size)
    font = samples._font(max(10, side // 22))
    text = "@lookalike"
    box = draw.textbbox((0, 0), text, font=font)
    x = base.width - (box[2] - box[0]) - side // 20
    y = base.height - (box[3] - box[1]) - side // 20
    badge = max(6, side // 28)
    draw.ellipse((x - badge * 2, y, x - badge, y + badge), fill=(255, 255, 255, 150))
    draw.text((x, y), text, fill=(255, 255, 255, 150), font=font)
    return Image.alpha_composite(base, layer).convert("RGB")


def _watermarked(image: Image.Image, folder: Path, stem: str) -> str:
    return _save(watermark(image), folder, f"{stem}.jpg", quality=90)


def _grayscale(image: Image.Image, folder: Path, stem: str) -> str:
    return _save(image.convert("L"), folder, f"{stem}.jpg", quality=90)


def _blurred(image: Image.Image, folder: Path, stem: str) -> str:
    radius = max(1.0, min(image.size) / 400)
    return _save(image.filter(ImageFilter.GaussianBlur(radius)), folder, f"{stem}.jpg", quality=90)


def _exif_rotated(image: Image.Image, folder: Path, stem: str) -> str:
    """Pixels stored sideways with EXIF orientation 6, as a phone writes them: shown upright."""
    exif = Image.Exif()
    exif[0x0112] = 6
    stored = image.convert("RGB").transpose(Image.Transpose.ROTATE_90)
    return _save(stored, folder, f"{stem}.jpg", quality=92, exif=exif.tobytes())


def sparse_page(page: Image.Image) -> Image.Image:
    """The page with everything below its first few lines blanked: a near-empty page."""
    blank = Image.new(page.mode, page.size, page.getpixel((0, 0)))
    blank.paste(page.crop((0, 0, page.width, page.height // 4)), (0, 0))
    return blank


def symmetric(image: Image.Image, axes: str) -> Image.Image:
    """`image` made mirror-symmetric: its left half mirrored onto the right ("lr"), its top half
    onto the bottom ("tb"), or its top-left quarter both ways ("both"), like an emblem or a
    kaleidoscope. Each symmetry makes the pHash's odd frequencies along its axis exactly 0, so
    different symmetric pictures share those bits (three quarters of them for "both"), and
    each is its own mirror: what rotations and mirrors must not turn into matches."""
    width, height = image.size
    half_w = width // 2 if axes in ("lr", "both") else width
    half_h = height // 2 if axes in ("tb", "both") else height
    part = image.crop((0, 0, half_w, half_h))
    out = Image.new(
        image.mode, (half_w * (2 if half_w < width else 1), half_h * (2 if half_h < height else 1))
    )
    out.paste(part, (0, 0))
    if half_w < width:
        out.paste(ImageOps.mirror(part), (half_w, 0))
    if half_h < height:
        top = out.crop((0, 0, out.width, half_h))
        out.paste(ImageOps.flip(top), (0, half_h))
    return out


def border_crop(image: Image.Image, fraction: float = 0.03) -> Image.Image:
    dx, dy = round(image.width * fraction), round(image.height * fraction)
    return image.crop((dx, dy, image.width - dx, image.height - dy))


TRANSFORMS: dict[str, Transform] = {
    "copy": lambda image, folder, stem: "",  # filled in by build(): the original's bytes
    "jpeg_q50": _jpeg(50),
    "jpeg_q75": _jpeg(75),
    "jpeg_q95": _jpeg(95),
    "png": lambda image, folder, stem: _save(image, folder, f"{stem}.png"),
    "webp": lambda image, folder, stem: _save(image, folder, f"{stem}.webp", quality=80),
    "avif": lambda image, folder, stem: _save(image, folder, f"{stem}.avif", quality=60),
    "resize_50": _resized(0.5),
    "resize_25": _resized(0.25),
    "brighter": _enhanced(ImageEnhance.Brightness, 1.2),
    "darker": _enhanced(ImageEnhance.Brightness, 0.8),
    "contrast": _enhanced(ImageEnhance.Contrast, 1.3),
    "watermark": _watermarked,
    "grayscale": _grayscale,
    "blur": _blurred,
    "exif_rotated": _exif_rotated,
    "mirror": lambda image, folder, stem: _save(ImageOps.mirror(image), folder, f"{stem}.jpg", quality=90),
    "rotate90": lambda image, folder, stem: _save(
        image.transpose(Image.Transpose.ROTATE_90), folder, f"{stem}.jpg", quality=90
    ),
    "border_crop": lambda image, folder, stem: _save(border_crop(image), folder, f"{stem}.jpg", quality=90),
}
# The transforms applied to text pictures (screenshots, documents): the ones chat apps and scanners do.
TEXT_TRANSFORMS = ("copy", "jpeg_q75", "webp", "resize_50", "grayscale", "watermark")

TRAP_CLASSES = ("screenshots", "documents", "flat", "crops", "unrelated", "symmetric")


@dataclass(frozen=True, slots=True)
class Item:
    name: str  # file name inside the corpus folder
    family: str  # files of one family must group together, and with nothing else
    cls: str  # "original", a transform name, or a trap class


@dataclass(slots=True)
class Corpus:
    folder: Path
    items: list[Item] = field(default_factory=list)
    trap_pairs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, name: str, family: str, cls: str) -> None:
        self.items.append(Item(name, family, cls))


@dataclass(frozen=True, slots=True)
class Sizes:
    """How big and how many: the benchmark uses the defaults, the unit tests far fewer and smaller."""

    photos: int = 40
    photo_side: int = 640
    screenshot_templates: int = 8
    texts_per_template: int = 4
    documents: int = 16
    # Screens and pages of 360x640 up to 1080x1920 (scale 1: 720x1280, 850x1100): text that is
    # small on a big screen is what makes one template's screenshots hardest to tell apart.
    screen_scales: tuple[float, ...] = (0.5, 0.75, 1.0, 1.5)
    flats: int = 8
    crop_pairs: int = 10
    symmetric: int = 12  # different pictures, each mirror-symmetric (left-right, top-bottom or both)
    text_families: int = 4  # screenshots and documents that also get must-group copies


def _photo_size(seed: int, side: int) -> tuple[int, int]:
    """Landscape, portrait and wide photos, so no step may assume one aspect ratio."""
    shape = seed % 3
    if shape == 0:
        return side, side * 3 // 4
    if shape == 1:
        return side * 3 // 4, side
    return side, side * 9 // 16


def _family(
    corpus: Corpus, image: Image.Image, family: str, classes: Iterable[str], original_ext: str
) -> None:
    folder = corpus.folder
    original = f"{family}-original{original_ext}"
    if original_ext == ".jpg":
        image.save(folder / original, quality=92)
    else:
        image.save(folder / original)
    corpus.add(original, family, "original")
    for cls in classes:
        stem = f"{family}-{cls}"
        if cls == "copy":
            name = f"{stem}{original_ext}"
            (folder / name).write_bytes((folder / original).read_bytes())
        else:
            name = TRANSFORMS[cls](image, folder, stem)
        corpus.add(name, family, cls)


def build(folder: Path, sizes: Sizes | None = None, classes: Iterable[str] = TRANSFORMS) -> Corpus:
    """Write the labelled corpus into `folder` (deterministic) and return its labels."""
    sizes = sizes or Sizes()
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    classes = tuple(classes)
    rng = random.Random(4)

    # Photo families: an original JPEG plus one copy per transform class.
    originals: list[str] = []
    for index in range(sizes.photos):
        seed = 5000 + index
        image = samples.photo(seed, _photo_size(seed, sizes.photo_side))
        _family(corpus, image, f"photo{seed}", classes, ".jpg")
        originals.append(f"photo{seed}-original.jpg")
    corpus.trap_pairs["unrelated"] = list(combinations(originals, 2))

    # Screenshots from one template with different text; a few also get must-group copies.
    pairs: list[tuple[str, str]] = []
    for template in range(sizes.screenshot_templates):
        scale = sizes.screen_scales[template % len(sizes.screen_scales)]
        screen = (round(720 * scale), round(1280 * scale))
        names = []
        for text in range(sizes.texts_per_template):
            family = f"chat{template}-{text}"
            image = samples.screenshot(100 + template, 1000 * template + text, screen)
            with_copies = template < sizes.text_families and text == 0
            extra = [c for c in TEXT_TRANSFORMS if c in classes] if with_copies else []
            _family(corpus, image, family, extra, ".png")
            names.append(f"{family}-original.png")
        pairs.extend(combinations(names, 2))
    corpus.trap_pairs["screenshots"] = pairs

    # Pages of one layout (per page size) with different text; some nearly empty (a title, a few lines).
    pages: dict[float, list[str]] = {}
    for text in range(sizes.documents):
        scale = sizes.screen_scales[text % len(sizes.screen_scales)]
        family = f"doc{text}"
        image = samples.document(700 + text, (round(850 * scale), round(1100 * scale)))
        if (text // len(sizes.screen_scales)) % 2:
            image = sparse_page(image)
        extra = [c for c in TEXT_TRANSFORMS if c in classes] if text < sizes.text_families else []
        _family(corpus, image, family, extra, ".png")
        pages.setdefault(scale, []).append(f"{family}-original.png")
    corpus.trap_pairs["documents"] = [pair for names in pages.values() for pair in combinations(names, 2)]

    # Flat colours: solid, near-white and near-black, some with sensor-like noise, all distinct bytes.
    names = []
    noise = np.random.default_rng(4)
    for index in range(sizes.flats):
        base = [rng.randrange(0, 256) for _ in range(3)] if index % 3 == 0 else [250 - index] * 3
        if index % 3 == 2:
            base = [5 + index] * 3
        image = samples.flat((base[0], base[1], base[2]), (400 + 8 * index, 300))
        if index % 4 == 1:
            pixels = np.asarray(image, np.float32) + noise.normal(0, 3, (300, image.width, 1))
            image = Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "RGB")
        name = f"flat{index}.png" if index % 2 else f"flat{index}.jpg"
        image.save(folder / name)
        corpus.add(name, f"flat{index}", "flat")
        names.append(name)
    corpus.trap_pairs["flat"] = list(combinations(names, 2))

    # Two crops of one photo that overlap by less than half: different pictures of one scene.
    pairs = []
    for index in range(sizes.crop_pairs):
        seed = 9000 + index
        width = sizes.photo_side * 2
        scene = samples.photo(seed, (width, width * 3 // 8))
        left = scene.crop((0, 0, width * 6 // 10, scene.height))
        right = scene.crop((width * 4 // 10, 0, width, scene.height))  # overlap: 1/3 of each crop
        names = [f"crop{seed}-left.jpg", f"crop{seed}-right.jpg"]
        for name, part in zip(names, (left, right), strict=True):
            part.save(folder / name, quality=90)
            corpus.add(name, name.removesuffix(".jpg"), "crops")
        pairs.append((names[0], names[1]))
    corpus.trap_pairs["crops"] = pairs

    # Different pictures that are each mirror-symmetric: no two of them are copies.
    names = []
    for index in range(sizes.symmetric):
        seed = 9500 + index
        axes = ("lr", "tb", "both")[index % 3]
        image = symmetric(samples.photo(seed, _photo_size(seed, sizes.photo_side)), axes)
        name = f"sym{seed}-{axes}.jpg"
        image.save(folder / name, quality=90)
        corpus.add(name, name.removesuffix(".jpg"), "symmetric")
        names.append(name)
    corpus.trap_pairs["symmetric"] = list(combinations(names, 2))
    return corpus
