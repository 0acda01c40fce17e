"""A labelled corpus for the accuracy benchmark and the transform/trap class tests.

Every file belongs to a *family*: files of one family are the same picture and
must end up in one group; files of different families must not. Each file also
has a *class*: the transform that made it from its family's original (copy,
re-encode, resize, crops, overlays, each of those mirrored or turned, ...) or the
trap it belongs to (template screenshots, app screens, documents, flat colours,
crops, bursts, unrelated photos, symmetric pictures). Traps are listed as explicit
pairs so the scorer can count how many of them a matcher wrongly groups. Files
whose content differs from their family's original (an edit, not a re-save) are
listed in `Corpus.not_pixels`: a scan must not call them the same pixels.

build() takes a `seed`: 0 gives the corpus as it always was (plus the newer
classes); other seeds give other pictures, crops and overlays of the same kinds.
Every random choice comes from a random.Random derived from the seed and the
family's number, never from a file name.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Protocol

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageOps

from lookalike import samples
from tests.benchmarks import accuracy_pictures as pictures

# A transform without random choices: original, folder, file stem -> the file name it wrote.
Plain = Callable[[Image.Image, Path, str], str]


class Transform(Protocol):
    """Turns an original into a copy and writes it; returns the file name it wrote. `rng` makes
    the seeded edits' choices (which sides to crop, where the logo goes, ...); without one they
    use a fixed default, as the unit tests do."""

    def __call__(
        self, image: Image.Image, folder: Path, stem: str, rng: random.Random | None = None, /
    ) -> str: ...


# Edits of a photo that must still group with it, each also after a mirror or a quarter turn.
EDITS: dict[str, Callable[[Image.Image, random.Random], Image.Image]] = {
    "crop_asym": pictures.crop_asym,
    "crop_resize": pictures.crop_resize,
    "overlay_text": pictures.date_stamp,
    "overlay_logo": pictures.logo_box,
    "overlay_tiled": pictures.tiled_word,
}
TURNED = frozenset(f"{name}_turned" for name in EDITS)
# Classes that need rotation detection (ScanOptions.rotations=True) to group.
ROTATION_CLASSES = frozenset({"mirror", "rotate90"}) | TURNED
# The crop classes: part of the picture's border is gone.
CROP_CLASSES = frozenset(
    {"border_crop", "crop_asym", "crop_resize", "crop_asym_turned", "crop_resize_turned"}
)
# Something drawn over the picture: a caption, a date stamp, a logo box (the tiled word is apart).
OVERLAY_CLASSES = frozenset(
    {"watermark", "overlay_text", "overlay_logo", "overlay_text_turned", "overlay_logo_turned"}
)
TILED_CLASSES = frozenset({"overlay_tiled", "overlay_tiled_turned"})
# Must-group classes of originals other than a plain photo: a picture with transparency and its
# copy flattened onto white or black; an animated GIF or a multi-page TIFF and its first frame.
SPECIAL_CLASSES = ("alpha_lost", "single_frame")
# Must-group classes whose content differs from the original's: their tier must not be `pixels`.
# Re-encodes, resizes and the upright EXIF copy may be `pixels` (or `similar`); these may not.
NOT_PIXELS_CLASSES = (
    frozenset({"grayscale", "grayscale_png", "blur", "brighter", "darker", "contrast", "mirror", "rotate90"})
    | CROP_CLASSES | OVERLAY_CLASSES | TILED_CLASSES | TURNED | frozenset(SPECIAL_CLASSES)
)  # fmt: skip
# The classes added with the app screens, dense pages and bursts: measured by the benchmark, not
# (yet) by the per-class unit tests (tests/core/test_accuracy_classes.py), which today's matcher
# would fail for some of them.
BENCHMARK_ONLY_CLASSES = frozenset(EDITS) | TURNED | {"grayscale_png", *SPECIAL_CLASSES}


def _save(image: Image.Image, folder: Path, name: str, **kwargs: object) -> str:
    image.save(folder / name, **kwargs)
    return name


def _jpeg(quality: int) -> Plain:
    return lambda image, folder, stem: _save(image.convert("RGB"), folder, f"{stem}.jpg", quality=quality)


def _resized(factor: float) -> Plain:
    def make(image: Image.Image, folder: Path, stem: str) -> str:
        size = (max(16, round(image.width * factor)), max(16, round(image.height * factor)))
        return _save(image.resize(size, Image.Resampling.LANCZOS), folder, f"{stem}.jpg", quality=85)

    return make


def _enhanced(kind: type[ImageEnhance._Enhance], factor: float) -> Plain:
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


# A white caption on a white page, or a page with no colour made gray, changes nothing one can see
# (a caption over a white chat crosses a bubble's outline in some 25 of 518,400 pixels): such a copy
# is the same picture, and may be in the `pixels` tier. A change shows when at least VISIBLE_SHARE of
# the pixels change by more than VISIBLE_CHANGE in some channel (the captions over pictures change
# 0.02-0.4 % of them), before the copy is encoded.
_MAY_CHANGE_NOTHING: dict[str, Callable[[Image.Image], Image.Image]] = {
    "watermark": watermark,
    "grayscale": lambda image: image.convert("L"),
}
VISIBLE_CHANGE = 8
VISIBLE_SHARE = 0.0001


def _shows_a_change(image: Image.Image, cls: str) -> bool:
    edit = _MAY_CHANGE_NOTHING.get(cls)
    if edit is None:
        return True
    before, after = image.convert("RGB"), edit(image).convert("RGB")
    changed = np.asarray(ImageChops.difference(before, after)).max(axis=2) > VISIBLE_CHANGE
    return float(changed.mean()) >= VISIBLE_SHARE


def _fixed(make: Plain) -> Transform:
    """A transform without random choices."""
    return lambda image, folder, stem, rng=None: make(image, folder, stem)


def _seeded(edit: Callable[[Image.Image, random.Random], Image.Image], then_turn: bool = False) -> Transform:
    def make(image: Image.Image, folder: Path, stem: str, rng: random.Random | None = None) -> str:
        rng = rng or random.Random(0)
        edited = edit(image, rng)
        if then_turn:
            edited = pictures.turned(edited, rng)
        return _save(edited.convert("RGB"), folder, f"{stem}.jpg", quality=90)

    return make


TRANSFORMS: dict[str, Transform] = {
    "copy": _fixed(lambda image, folder, stem: ""),  # filled in by build(): the original's bytes
    "jpeg_q50": _fixed(_jpeg(50)),
    "jpeg_q75": _fixed(_jpeg(75)),
    "jpeg_q95": _fixed(_jpeg(95)),
    "png": _fixed(lambda image, folder, stem: _save(image, folder, f"{stem}.png")),
    "webp": _fixed(lambda image, folder, stem: _save(image, folder, f"{stem}.webp", quality=80)),
    "avif": _fixed(lambda image, folder, stem: _save(image, folder, f"{stem}.avif", quality=60)),
    "resize_50": _fixed(_resized(0.5)),
    "resize_25": _fixed(_resized(0.25)),
    "brighter": _fixed(_enhanced(ImageEnhance.Brightness, 1.2)),
    "darker": _fixed(_enhanced(ImageEnhance.Brightness, 0.8)),
    "contrast": _fixed(_enhanced(ImageEnhance.Contrast, 1.3)),
    "watermark": _fixed(_watermarked),
    "grayscale": _fixed(_grayscale),
    "grayscale_png": _fixed(lambda image, folder, stem: _save(image.convert("L"), folder, f"{stem}.png")),
    "blur": _fixed(_blurred),
    "exif_rotated": _fixed(_exif_rotated),
    "mirror": _fixed(
        lambda image, folder, stem: _save(ImageOps.mirror(image), folder, f"{stem}.jpg", quality=90)
    ),
    "rotate90": _fixed(
        lambda image, folder, stem: _save(
            image.transpose(Image.Transpose.ROTATE_90), folder, f"{stem}.jpg", quality=90
        )
    ),
    "border_crop": _fixed(
        lambda image, folder, stem: _save(border_crop(image), folder, f"{stem}.jpg", quality=90)
    ),
    **{name: _seeded(edit) for name, edit in EDITS.items()},
    **{f"{name}_turned": _seeded(edit, then_turn=True) for name, edit in EDITS.items()},
}
# The transforms applied to text pictures (screenshots, documents): the ones chat apps and scanners do.
TEXT_TRANSFORMS = ("copy", "jpeg_q75", "webp", "resize_50", "grayscale", "watermark")
# Every must-group class build() makes by default.
MUST_GROUP_CLASSES = (*TRANSFORMS, *SPECIAL_CLASSES)

TRAP_CLASSES = (
    "screenshots", "app_screens", "documents", "text_documents",
    "flat", "crops", "burst", "unrelated", "symmetric",
)  # fmt: skip
# Bump when a picture or a label changes: build() reuses a folder's corpus only of the same version.
CORPUS_VERSION = 2


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
    not_pixels: set[str] = field(default_factory=set)  # must not be in the `pixels` tier
    seed: int = 0

    def add(self, name: str, family: str, cls: str, *, shows_a_change: bool = True) -> None:
        self.items.append(Item(name, family, cls))
        if cls in NOT_PIXELS_CLASSES and shows_a_change:
            self.not_pixels.add(name)

    def save(self, path: Path, key: dict[str, object]) -> None:
        labels = {
            "key": key,
            "items": [[item.name, item.family, item.cls] for item in self.items],
            "trap_pairs": self.trap_pairs,
            "not_pixels": sorted(self.not_pixels),
        }
        path.write_text(json.dumps(labels))

    @classmethod
    def load(cls, folder: Path, path: Path, key: dict[str, object]) -> Corpus | None:
        """The corpus whose labels `path` holds, if it was built with `key` and its files are all there."""
        try:
            labels = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        if labels.get("key") != key:
            return None
        corpus = cls(folder, seed=int(key["seed"]))  # type: ignore[call-overload]
        corpus.items = [Item(*row) for row in labels["items"]]
        corpus.trap_pairs = {trap: [(a, b) for a, b in pairs] for trap, pairs in labels["trap_pairs"].items()}
        corpus.not_pixels = set(labels["not_pixels"])
        if not all((folder / item.name).is_file() for item in corpus.items):
            return None
        return corpus


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
    alpha: int = 6  # PNGs with transparency, each with a copy flattened onto white or black
    animated: int = 3  # animated GIFs, each with its first frame as a PNG
    multipage: int = 1  # multi-page TIFFs, each with its first page as a PNG
    app_layouts: int = len(pictures.APP_LAYOUTS)  # desktop app layouts (settings, files, terminal, mail)
    screens_per_layout: int = 5
    # Desktop screens of 1280x800 times these, one per layout.
    app_scales: tuple[float, ...] = (1.0, 1.5, 0.75, 1.125)
    page_sizes: int = 3  # dense text pages: one font and margins per page size
    pages_per_size: int = 5
    bursts: int = 10
    text_copies: int = 2  # app screens and dense pages that also get must-group copies


# A smaller corpus for quick runs while tuning: every class, fewer families, smaller photos.
QUICK = Sizes(
    photos=12, photo_side=480, screenshot_templates=4, texts_per_template=3, documents=8, flats=6,
    crop_pairs=4, symmetric=6, text_families=2, alpha=2, animated=1, multipage=1, screens_per_layout=3,
    page_sizes=2, pages_per_size=3, bursts=4, text_copies=1,
)  # fmt: skip


def _photo_size(seed: int, side: int) -> tuple[int, int]:
    """Landscape, portrait and wide photos, so no step may assume one aspect ratio."""
    shape = seed % 3
    if shape == 0:
        return side, side * 3 // 4
    if shape == 1:
        return side * 3 // 4, side
    return side, side * 9 // 16


def family_rng(corpus_seed: int, family_seed: int, cls: str) -> random.Random:
    """The random choices of one transform of one family: from the seeds only, never a file name."""
    return random.Random(f"{corpus_seed}:{family_seed}:{cls}")


def _family(
    corpus: Corpus,
    image: Image.Image,
    family: str,
    classes: Iterable[str],
    original_ext: str,
    family_seed: int = 0,
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
            name = TRANSFORMS[cls](image, folder, stem, family_rng(corpus.seed, family_seed, cls))
        corpus.add(name, family, cls, shows_a_change=_shows_a_change(image, cls))


def _source_digest() -> str:
    """A digest of the code that draws the corpus: a kept corpus is rebuilt when it changes."""
    digest = hashlib.sha256()
    for module in (samples, pictures):
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def build(
    folder: Path,
    sizes: Sizes | None = None,
    classes: Iterable[str] = MUST_GROUP_CLASSES,
    seed: int = 0,
) -> Corpus:
    """Write the labelled corpus into `folder` (deterministic for `seed`) and return its labels.

    A folder that already holds this corpus (same version, seed, sizes and classes: see
    labels.json) is reused as it is."""
    sizes = sizes or Sizes()
    classes = tuple(classes)
    key: dict[str, object] = {
        "version": CORPUS_VERSION, "seed": seed, "sizes": json.loads(json.dumps(asdict(sizes))),
        "classes": list(classes), "faces": list(pictures.faces()), "source": _source_digest(),
    }  # fmt: skip
    labels = folder / "labels.json"
    reused = Corpus.load(folder, labels, key)
    if reused is not None:
        return reused
    shutil.rmtree(folder, ignore_errors=True)  # ours: another version's files would only get in the way
    folder.mkdir(parents=True)
    corpus = Corpus(folder, seed=seed)
    _build(corpus, sizes, classes, seed)
    corpus.save(labels, key)
    return corpus


def _build(corpus: Corpus, sizes: Sizes, classes: tuple[str, ...], seed: int) -> None:
    folder = corpus.folder
    offset = 100_000 * seed  # seed 0: the pictures of the first version of this corpus
    rng = random.Random(4 + seed)
    photo_classes = [cls for cls in classes if cls in TRANSFORMS]

    # Photo families: an original JPEG plus one copy per transform class.
    originals: list[str] = []
    for index in range(sizes.photos):
        number = offset + 5000 + index
        image = samples.photo(number, _photo_size(number, sizes.photo_side))
        _family(corpus, image, f"photo{number}", photo_classes, ".jpg", number)
        originals.append(f"photo{number}-original.jpg")
    corpus.trap_pairs["unrelated"] = list(combinations(originals, 2))

    _special_families(corpus, sizes, classes, offset)

    # Screenshots from one template with different text; a few also get must-group copies.
    pairs: list[tuple[str, str]] = []
    for template in range(sizes.screenshot_templates):
        scale = sizes.screen_scales[template % len(sizes.screen_scales)]
        screen = (round(720 * scale), round(1280 * scale))
        names = []
        for text in range(sizes.texts_per_template):
            family = f"chat{offset + template}-{text}"
            image = samples.screenshot(offset + 100 + template, offset + 1000 * template + text, screen)
            with_copies = template < sizes.text_families and text == 0
            extra = [c for c in TEXT_TRANSFORMS if c in classes] if with_copies else []
            _family(corpus, image, family, extra, ".png", offset + 1000 * template + text)
            names.append(f"{family}-original.png")
        pairs.extend(combinations(names, 2))
    corpus.trap_pairs["screenshots"] = pairs

    # Desktop apps: screens of one layout with other text, in another font or size; a few with copies.
    pairs = []
    for index, layout in enumerate(pictures.APP_LAYOUTS[: sizes.app_layouts]):
        layout_seed = offset + 300 + index
        scale = sizes.app_scales[index % len(sizes.app_scales)]
        screen = (round(1280 * scale), round(800 * scale))
        names = []
        for text in range(sizes.screens_per_layout):
            text_seed = offset + 3000 + 100 * index + text
            family = f"{layout}{layout_seed}-{text}"
            image = pictures.app_screen(layout, layout_seed, text_seed, screen)
            with_copies = index < sizes.text_copies and text == 0
            extra = [c for c in TEXT_TRANSFORMS if c in classes] if with_copies else []
            _family(corpus, image, family, extra, ".png", text_seed)
            names.append(f"{family}-original.png")
        pairs.extend(combinations(names, 2))
    corpus.trap_pairs["app_screens"] = pairs

    # Pages of one layout (per page size) with different text; some nearly empty (a title, a few lines).
    pages: dict[float, list[str]] = {}
    for text in range(sizes.documents):
        scale = sizes.screen_scales[text % len(sizes.screen_scales)]
        family = f"doc{offset + text}"
        image = samples.document(offset + 700 + text, (round(850 * scale), round(1100 * scale)))
        if (text // len(sizes.screen_scales)) % 2:
            image = sparse_page(image)
        extra = [c for c in TEXT_TRANSFORMS if c in classes] if text < sizes.text_families else []
        _family(corpus, image, family, extra, ".png", offset + 700 + text)
        pages.setdefault(scale, []).append(f"{family}-original.png")
    corpus.trap_pairs["documents"] = [pair for names in pages.values() for pair in combinations(names, 2)]

    # Dense text pages: one font, size and margins per page size, other text on every page; a
    # report's (gaps between paragraphs) or a book's (indents only).
    pairs = []
    for group in range(sizes.page_sizes):
        scale = (1.0, 0.75, 1.5, 1.25)[group % 4]
        style = family_rng(seed, 800 + group, "text_documents")
        face, points = style.choice(pictures.faces()), style.randint(13, 17)
        names = []
        for page in range(sizes.pages_per_size):
            text_seed = offset + 8000 + 100 * group + page
            family = f"page{text_seed}"
            size = (round(850 * scale), round(1100 * scale))
            image = pictures.text_page(text_seed, size, face, points, gaps=group % 2 == 0)
            with_copies = group < sizes.text_copies and page == 0
            extra = [c for c in TEXT_TRANSFORMS if c in classes] if with_copies else []
            _family(corpus, image, family, extra, ".png", text_seed)
            names.append(f"{family}-original.png")
        pairs.extend(combinations(names, 2))
    corpus.trap_pairs["text_documents"] = pairs

    # Flat colours: solid, near-white and near-black, some with sensor-like noise, all distinct bytes.
    names = []
    noise = np.random.default_rng(4 + seed)
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
        number = offset + 9000 + index
        width = sizes.photo_side * 2
        scene = samples.photo(number, (width, width * 3 // 8))
        left = scene.crop((0, 0, width * 6 // 10, scene.height))
        right = scene.crop((width * 4 // 10, 0, width, scene.height))  # overlap: 1/3 of each crop
        names = [f"crop{number}-left.jpg", f"crop{number}-right.jpg"]
        for name, part in zip(names, (left, right), strict=True):
            part.save(folder / name, quality=90)
            corpus.add(name, name.removesuffix(".jpg"), "crops")
        pairs.append((names[0], names[1]))
    corpus.trap_pairs["crops"] = pairs

    # A burst from a moving camera: frames shifted sideways and up or down, exposure drifting.
    pairs = []
    for index in range(sizes.bursts):
        number = offset + 9200 + index
        frames = pictures.burst(
            number, family_rng(seed, number, "burst"), _photo_size(number, sizes.photo_side)
        )
        names = [f"burst{number}-a.jpg", f"burst{number}-b.jpg"]
        for name, frame in zip(names, frames, strict=True):
            frame.save(folder / name, quality=90)
            corpus.add(name, name.removesuffix(".jpg"), "burst")
        pairs.append((names[0], names[1]))
    corpus.trap_pairs["burst"] = pairs

    # Different pictures that are each mirror-symmetric: no two of them are copies.
    names = []
    for index in range(sizes.symmetric):
        number = offset + 9500 + index
        axes = ("lr", "tb", "both")[index % 3]
        image = symmetric(samples.photo(number, _photo_size(number, sizes.photo_side)), axes)
        name = f"sym{number}-{axes}.jpg"
        image.save(folder / name, quality=90)
        corpus.add(name, name.removesuffix(".jpg"), "symmetric")
        names.append(name)
    corpus.trap_pairs["symmetric"] = list(combinations(names, 2))


def _special_families(corpus: Corpus, sizes: Sizes, classes: tuple[str, ...], offset: int) -> None:
    """Originals with transparency, several frames or several pages, and the copy that lost that."""
    folder, seed = corpus.folder, corpus.seed
    if "alpha_lost" in classes:
        for index in range(sizes.alpha):
            number = offset + 6000 + index
            family = f"alpha{number}"
            rng = family_rng(seed, number, "alpha_lost")
            image = pictures.with_alpha(samples.photo(number, _photo_size(number, sizes.photo_side)), rng)
            image.save(folder / f"{family}-original.png")
            corpus.add(f"{family}-original.png", family, "original")
            background = rng.choice(((255, 255, 255), (0, 0, 0)))
            pictures.flattened(image, background).save(folder / f"{family}-alpha_lost.jpg", quality=90)
            corpus.add(f"{family}-alpha_lost.jpg", family, "alpha_lost")
    if "single_frame" not in classes:
        return
    for index in range(sizes.animated):
        number = offset + 6500 + index
        family = f"anim{number}"
        rng = family_rng(seed, number, "single_frame")
        photo = samples.photo(number, _photo_size(number, sizes.photo_side * 3 // 4))
        frames = pictures.animation(photo, rng)
        original = folder / f"{family}-original.gif"
        frames[0].save(original, save_all=True, append_images=frames[1:], duration=120, loop=0)
        corpus.add(original.name, family, "original")
        with Image.open(original) as gif:
            gif.convert("RGB").save(folder / f"{family}-single_frame.png")  # the first frame, as decoded
        corpus.add(f"{family}-single_frame.png", family, "single_frame")
    for index in range(sizes.multipage):
        number = offset + 6800 + index
        family = f"pages{number}"
        size = _photo_size(number, sizes.photo_side)
        pages = [samples.photo(number + 1000 * page, size) for page in range(3)]
        original = folder / f"{family}-original.tif"
        pages[0].save(original, save_all=True, append_images=pages[1:], compression="tiff_deflate")
        corpus.add(original.name, family, "original")
        pages[0].save(folder / f"{family}-single_frame.png")
        corpus.add(f"{family}-single_frame.png", family, "single_frame")
