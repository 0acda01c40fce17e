"""Generated sample pictures: the demo's folder, the tests' fixtures, the benchmarks' corpus.

Everything here is deterministic for a given seed, so a test or a benchmark
run sees the same pixels every time.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

_WORDS = [
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
    "sed",
    "do",
    "eiusmod",
    "tempor",
    "incididunt",
    "ut",
    "labore",
    "et",
    "dolore",
    "magna",
    "aliqua",
    "enim",
    "ad",
    "minim",
    "veniam",
    "quis",
    "nostrud",
    "exercitation",
    "ullamco",
    "laboris",
    "nisi",
    "aliquip",
    "ex",
    "ea",
    "commodo",
    "consequat",
    "duis",
    "aute",
    "irure",
    "in",
    "reprehenderit",
    "voluptate",
    "velit",
    "esse",
    "cillum",
    "fugiat",
    "nulla",
]


def photo(seed: int, size: tuple[int, int] = (1024, 768)) -> Image.Image:
    """A photo-like RGB scene: sky/ground gradient, soft shapes, fine texture."""
    rng = np.random.default_rng(seed)
    width, height = size
    # Work at a small size and scale up: large soft structure, like a real photo.
    small_w, small_h = 256, max(1, round(256 * height / width))
    y = np.linspace(0.0, 1.0, small_h)[:, None, None]
    top, bottom = rng.uniform(0, 255, 3), rng.uniform(0, 255, 3)
    canvas = (top * (1 - y) + bottom * y) * np.ones((small_h, small_w, 3))
    image = Image.fromarray(canvas.clip(0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(6, 14))):
        x0, y0 = rng.uniform(-40, small_w), rng.uniform(-40, small_h)
        extent = rng.uniform(20, 140)
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        box = (x0, y0, x0 + extent * rng.uniform(0.4, 1.6), y0 + extent * rng.uniform(0.4, 1.6))
        if rng.random() < 0.5:
            draw.ellipse(box, fill=colour)
        else:
            draw.rectangle(box, fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(2)).resize(size, Image.Resampling.BICUBIC)
    texture = rng.normal(0, 6, (height, width, 1))
    pixels = np.asarray(image, dtype=np.float32) + texture
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "RGB")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow built without FreeType
        return ImageFont.load_default()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def screenshot(template: int, text: int, size: tuple[int, int] = (720, 1280)) -> Image.Image:
    """A chat-app screenshot: the layout comes from `template`, the messages from `text`."""
    layout, words = random.Random(template), random.Random(text)
    width, height = size
    image = Image.new("RGB", size, (245, 245, 248))
    draw = ImageDraw.Draw(image)
    accent = (layout.randrange(30, 200), layout.randrange(30, 200), layout.randrange(120, 250))
    draw.rectangle((0, 0, width, 110), fill=accent)
    draw.ellipse((24, 22, 90, 88), fill=(250, 250, 250))
    draw.text((110, 38), "Lookalike Chat", fill=(255, 255, 255), font=_font(34))
    font = _font(26)
    top = 140
    while top < height - 180:
        lines = layout.randrange(1, 4)
        mine = layout.random() < 0.5
        bubble_height = 24 + 34 * lines
        left = width * 0.30 if mine else 24.0
        draw.rounded_rectangle(
            (left, top, left + width * 0.66, top + bubble_height), radius=18,
            fill=(215, 235, 255) if mine else (255, 255, 255),
        )  # fmt: skip
        for line in range(lines):
            draw.text((left + 18, top + 14 + 34 * line), _sentence(words, 4), fill=(20, 20, 20), font=font)
        top += bubble_height + 26
    draw.rectangle((0, height - 120, width, height), fill=(255, 255, 255))
    draw.rounded_rectangle((24, height - 96, width - 120, height - 32), radius=28, outline=(180, 180, 190))
    return image


def document(text: int, size: tuple[int, int] = (850, 1100)) -> Image.Image:
    """A near-white page of text; pages with different `text` share the same margins and layout."""
    words = random.Random(text)
    image = Image.new("RGB", size, (252, 252, 250))
    draw = ImageDraw.Draw(image)
    font = _font(20)
    draw.text((80, 70), _sentence(words, 3).title(), fill=(10, 10, 10), font=_font(34))
    top = 150
    while top < size[1] - 100:
        draw.text((80, top), _sentence(words, 9), fill=(40, 40, 40), font=font)
        top += 30 if words.random() > 0.12 else 60
    return image


def flat(colour: tuple[int, int, int], size: tuple[int, int] = (800, 600)) -> Image.Image:
    return Image.new("RGB", size, colour)


def write_demo_folder(folder: Path) -> Path:
    """Fill `folder` with sample pictures holding duplicates of every kind, and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    trips, phone, chats = folder / "Holiday 2024", folder / "Phone backup", folder / "Chat downloads"
    for sub in (trips, phone, chats):
        sub.mkdir(exist_ok=True)
    names = ("beach", "harbour", "mountain", "market", "sunset", "garden", "bridge", "forest")
    for index, name in enumerate(names):
        picture = photo(1000 + index, (1600, 1200))
        picture.save(trips / f"{name}.jpg", quality=92)
        if index % 4 == 0:
            (phone / f"IMG_{2400 + index}.jpg").write_bytes((trips / f"{name}.jpg").read_bytes())
        if index % 4 == 1:
            picture.resize((800, 600), Image.Resampling.LANCZOS).save(chats / f"{name}-small.jpg", quality=70)
        if index % 4 == 2:
            picture.save(phone / f"{name}.png")
            # The second of these went through a chat app that lost its orientation: a quarter turn right.
            shared = picture.transpose(Image.Transpose.ROTATE_270) if index == 6 else picture
            shared.save(chats / f"{name} (1).webp", quality=80)
        if index % 4 == 3:
            picture.save(chats / f"{name}-reshared.jpg", quality=55)
            edited = ImageEnhance.Contrast(ImageEnhance.Brightness(picture).enhance(1.25)).enhance(1.2)
            edited.save(phone / f"{name}-edited.jpg", quality=88)  # a "similar", not the same picture
    for index in range(3):
        screenshot(7, index).save(chats / f"screenshot-{index + 1}.png")
    return folder
