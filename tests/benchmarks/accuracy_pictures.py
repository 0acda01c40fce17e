"""The pictures behind the accuracy corpus's newer classes: edits of a photo and hard lookalikes.

Edits (must group with the picture they were made from): crops taken unevenly off the
borders, a camera's date stamp, an opaque logo box, a word tiled across the whole picture,
each also mirrored or turned; pictures with transparency and animated or multi-page files.
Lookalikes (must not group): screenshots of one desktop app's layout with other text, dense
text pages with one layout, and burst-like shots of a moving camera.

Every random choice comes from a random.Random that the caller seeds (from the corpus seed
and the family), never from a file name, so a corpus is the same on every run.
"""

from __future__ import annotations

import functools
import math
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

from lookalike import samples

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Colours = dict[str, tuple[int, int, int]]
Box = tuple[int, int, int, int]

# TrueType faces tried besides Pillow's own (samples._font): DejaVu, where the system has it.
# A machine without them renders the text classes in Pillow's font only.
_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)
_FACES = ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansCondensed.ttf", "DejaVuSansMono.ttf")
MONO = "DejaVuSansMono.ttf"


@functools.cache
def faces() -> tuple[str, ...]:
    """The font faces found: "" is Pillow's default (what samples._font draws with)."""
    found = [""]
    for face in _FACES:
        if any((folder / face).is_file() for folder in _FONT_DIRS):
            found.append(face)
    return tuple(found)


@functools.cache
def font(face: str, size: int) -> Font:
    size = max(6, size)
    for folder in _FONT_DIRS:
        if face and (folder / face).is_file():
            return ImageFont.truetype(str(folder / face), size)
    return samples._font(size)


def _words(rng: random.Random, count: int) -> str:
    return samples._sentence(rng, count)


def _fit(draw: ImageDraw.ImageDraw, text: str, face: Font, width: float) -> str:
    """`text` cut at a word so that it fits in `width` pixels."""
    while text and draw.textlength(text, font=face) > width:
        text = text.rsplit(" ", 1)[0] if " " in text else ""
    return text


# --- edits of a photo ---------------------------------------------------------------------------


def crop_asym(image: Image.Image, rng: random.Random) -> Image.Image:
    """A crop taken off one to four sides, 3-10% in total along each axis that loses any."""
    sides = set(rng.sample(("left", "top", "right", "bottom"), rng.randint(1, 4)))
    box = [0, 0, image.width, image.height]
    for low, high, length, (a, b) in (
        ("left", "right", image.width, (0, 2)),
        ("top", "bottom", image.height, (1, 3)),
    ):
        chosen = [side for side in (low, high) if side in sides]
        if not chosen:
            continue
        total = rng.uniform(0.03, 0.10) * length
        share = rng.uniform(0.2, 0.8) if len(chosen) == 2 else (1.0 if low in chosen else 0.0)
        box[a] += round(total * share)
        box[b] -= round(total * (1 - share))
    return image.crop((box[0], box[1], box[2], box[3]))


def crop_resize(image: Image.Image, rng: random.Random) -> Image.Image:
    cropped = crop_asym(image, rng)
    factor = rng.uniform(0.50, 0.75)
    size = (max(16, round(cropped.width * factor)), max(16, round(cropped.height * factor)))
    return cropped.resize(size, Image.Resampling.LANCZOS)


def _composite(image: Image.Image, layer: Image.Image) -> Image.Image:
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def date_stamp(image: Image.Image, rng: random.Random) -> Image.Image:
    """A camera's date stamp in a corner: small orange digits, opaque or a little see-through."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    side = min(image.size)
    face = rng.choice(faces())
    stamp = font(face, round(side * rng.uniform(0.035, 0.055)))
    year, month, day = rng.randint(1998, 2024), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.5:
        text = f"{year:04d}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    else:
        text = f"'{year % 100:02d} {month:2d} {day:2d}"
    alpha = 255 if rng.random() < 0.5 else rng.randint(170, 230)
    colour = (255, rng.randint(120, 170), rng.randint(0, 40), alpha)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=stamp)
    margin = round(side * rng.uniform(0.02, 0.05))
    corner = rng.choice(("tl", "tr", "bl", "br"))
    x = margin - left if corner[1] == "l" else image.width - margin - right
    y = margin - top if corner[0] == "t" else image.height - margin - bottom
    draw.text((x, y), text, fill=colour, font=stamp)
    return _composite(image, layer)


def logo_box(image: Image.Image, rng: random.Random) -> Image.Image:
    """An opaque box, 5-15% of the picture, with a shape and letters in it, somewhere in the picture."""
    out = image.convert("RGB").copy()
    draw = ImageDraw.Draw(out)
    area = rng.uniform(0.05, 0.15) * image.width * image.height
    aspect = rng.uniform(0.6, 1.8)
    width = min(image.width - 2, round(math.sqrt(area * aspect)))
    height = min(image.height - 2, round(area / width))
    x = rng.randrange(0, image.width - width)
    y = rng.randrange(0, image.height - height)
    back = tuple(rng.randrange(0, 256) for _ in range(3))
    front = tuple(255 - c if abs(255 - 2 * c) > 80 else (c + 128) % 256 for c in back)
    draw.rectangle((x, y, x + width, y + height), fill=back)
    emblem = min(width, height) * 0.6
    cx, cy = x + width * 0.25, y + height / 2
    shape = rng.choice(("circle", "triangle", "square"))
    box = (cx - emblem / 2, cy - emblem / 2, cx + emblem / 2, cy + emblem / 2)
    if shape == "circle":
        draw.ellipse(box, fill=front)
    elif shape == "square":
        draw.rectangle(box, fill=front)
    else:
        draw.polygon([(cx, box[1]), (box[2], box[3]), (box[0], box[3])], fill=front)
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.randint(2, 4)))
    face = rng.choice(faces())
    size = round(height * 0.45)
    text_font = font(face, size)
    left, top, right, bottom = draw.textbbox((0, 0), letters, font=text_font)
    if right - left > width * 0.45:  # too wide for the right half: smaller letters
        text_font = font(face, int(size * width * 0.45 / (right - left)))
        left, top, right, bottom = draw.textbbox((0, 0), letters, font=text_font)
    tx = x + width * 0.5 + (width * 0.5 - (right - left)) / 2 - left
    ty = y + (height - (bottom - top)) / 2 - top
    draw.text((tx, ty), letters, fill=front, font=text_font)
    return out


def tiled_word(image: Image.Image, rng: random.Random) -> Image.Image:
    """A word ("PREVIEW", "SAMPLE", ...) tiled over the whole picture, white at 30-40% opacity,
    level or slanted, like a stock photo's preview."""
    word = rng.choice(("PREVIEW", "SAMPLE", "PROOF", "DRAFT", "COPYRIGHT"))
    alpha = round(255 * rng.uniform(0.30, 0.40))
    angle = rng.choice((0, 0, 30, 45, -30))
    side = min(image.size)
    tile_font = font(rng.choice(faces()), round(side * rng.uniform(0.06, 0.10)))
    span = math.ceil(math.hypot(*image.size)) + 2
    layer = Image.new("RGBA", (span, span), (255, 255, 255, 0))
    draw = ImageDraw.Draw(layer)
    left, top, right, bottom = draw.textbbox((0, 0), word, font=tile_font)
    step_x = round((right - left) * rng.uniform(1.3, 1.8))
    step_y = round((bottom - top) * rng.uniform(2.5, 4.0))
    offset_x, offset_y = rng.randrange(step_x), rng.randrange(step_y)
    for row, y in enumerate(range(-offset_y, span, step_y)):
        shift = step_x // 2 if row % 2 else 0
        for x in range(-offset_x - shift, span, step_x):
            draw.text((x, y), word, fill=(255, 255, 255, alpha), font=tile_font)
    if angle:
        layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC)
    x0, y0 = (span - image.width) // 2, (span - image.height) // 2
    return _composite(image, layer.crop((x0, y0, x0 + image.width, y0 + image.height)))


def turned(image: Image.Image, rng: random.Random) -> Image.Image:
    """Mirrored, or turned a quarter either way."""
    how = rng.choice((None, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270))
    return ImageOps.mirror(image) if how is None else image.transpose(how)


# --- originals with transparency, several frames or several pages -----------------------------------


def with_alpha(image: Image.Image, rng: random.Random) -> Image.Image:
    """The photo with a transparent rounded border, or cut out as an ellipse or a star."""
    width, height = image.size
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    kind = rng.choice(("rounded", "ellipse", "star"))
    if kind == "rounded":
        inset = round(min(image.size) * rng.uniform(0.04, 0.09))
        radius = round(min(image.size) * rng.uniform(0.08, 0.2))
        draw.rounded_rectangle((inset, inset, width - inset, height - inset), radius=radius, fill=255)
    elif kind == "ellipse":
        draw.ellipse(
            (
                width * rng.uniform(0.02, 0.1),
                height * rng.uniform(0.02, 0.1),
                width * rng.uniform(0.9, 0.98),
                height * rng.uniform(0.9, 0.98),
            ),
            fill=255,
        )
    else:
        points = []
        spikes = rng.randint(5, 8)
        for index in range(spikes * 2):
            reach = 0.48 if index % 2 == 0 else rng.uniform(0.25, 0.35)
            angle = math.pi * index / spikes - math.pi / 2
            points.append(
                (width / 2 + reach * width * math.cos(angle), height / 2 + reach * height * math.sin(angle))
            )
        draw.polygon(points, fill=255)
    rgba = image.convert("RGBA")
    pixels = np.asarray(rgba).copy()
    opaque = np.asarray(mask) > 0
    pixels[~opaque] = 0  # what an editor stores under full transparency
    pixels[..., 3] = np.asarray(mask)
    return Image.fromarray(pixels, "RGBA")


def flattened(image: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    base = Image.new("RGBA", image.size, (*background, 255))
    return Image.alpha_composite(base, image.convert("RGBA")).convert("RGB")


def animation(image: Image.Image, rng: random.Random, frames: int = 5) -> list[Image.Image]:
    """Frames of a short clip over the photo: a ball crossing it while the view pans a little."""
    width, height = image.size
    pan = round(width * rng.uniform(0.02, 0.05))
    wide = image.resize((width + pan, round(height * (width + pan) / width)), Image.Resampling.BICUBIC)
    radius = min(image.size) * rng.uniform(0.08, 0.14)
    colour = tuple(rng.randrange(0, 256) for _ in range(3))
    y = height * rng.uniform(0.3, 0.7)
    out = []
    for index in range(frames):
        shift = round(pan * index / (frames - 1))
        frame = wide.crop((shift, 0, shift + width, height))
        x = width * (0.15 + 0.7 * index / (frames - 1))
        ImageDraw.Draw(frame).ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
        out.append(frame)
    return out


# --- lookalikes -----------------------------------------------------------------------------------

APP_LAYOUTS = ("settings", "files", "terminal", "mail")


def _palette(shape: random.Random, dark: bool) -> Colours:
    if dark:
        base = shape.randrange(18, 40)
        return {
            "back": (base, base, base + 4),
            "bar": (base + 14, base + 14, base + 18),
            "side": (base + 8, base + 8, base + 12),
            "text": (210, 210, 210),
            "dim": (140, 140, 150),
            "accent": (shape.randrange(60, 140), shape.randrange(170, 240), shape.randrange(60, 140)),
            "line": (base + 25, base + 25, base + 30),
            "row": (base + 5, base + 5, base + 8),
        }
    tint = shape.randrange(236, 250)
    return {
        "back": (252, 252, 252),
        "bar": (tint, tint, tint + 3 if tint < 252 else tint),
        "side": (tint - 6, tint - 5, tint - 2),
        "text": (25, 25, 30),
        "dim": (110, 110, 120),
        "accent": (shape.randrange(0, 90), shape.randrange(90, 160), shape.randrange(180, 250)),
        "line": (222, 222, 226),
        "row": (244, 245, 248),
    }


def _chrome(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], colours: Colours, title: str, ui: Font, scale: float
) -> int:
    """Title bar with window buttons and a toolbar; returns the y where the content starts."""
    width, _ = size
    bar = round(38 * scale)
    draw.rectangle((0, 0, width, bar), fill=colours["bar"])
    for index, colour in enumerate(((237, 95, 87), (245, 190, 79), (98, 197, 85))):
        cx, r = round((20 + 22 * index) * scale), round(7 * scale)
        draw.ellipse((cx - r, bar // 2 - r, cx + r, bar // 2 + r), fill=colour)
    box = draw.textbbox((0, 0), title, font=ui)
    draw.text(
        ((width - (box[2] - box[0])) / 2, (bar - (box[3] - box[1])) / 2 - box[1]),
        title,
        fill=colours["text"],
        font=ui,
    )
    tools = bar + round(44 * scale)
    draw.rectangle((0, bar, width, tools), fill=colours["bar"])
    for index in range(4):
        x = round((16 + 40 * index) * scale)
        draw.rounded_rectangle(
            (x, bar + 8 * scale, x + 30 * scale, tools - 8 * scale),
            radius=round(5 * scale),
            fill=colours["side"],
        )
    draw.rounded_rectangle(
        (width - 280 * scale, bar + 9 * scale, width - 16 * scale, tools - 9 * scale),
        radius=round(12 * scale),
        fill=colours["back"],
        outline=colours["line"],
    )
    draw.line((0, tools, width, tools), fill=colours["line"], width=max(1, round(scale)))
    return tools + 1


def _sidebar(
    draw: ImageDraw.ImageDraw,
    top: int,
    height: int,
    side: int,
    colours: Colours,
    shape: random.Random,
    words: random.Random,
    ui: Font,
    scale: float,
) -> None:
    draw.rectangle((0, top, side, height), fill=colours["side"])
    draw.line((side, top, side, height), fill=colours["line"], width=max(1, round(scale)))
    step = round(34 * scale)
    entries = shape.randint(8, 12)
    selected = shape.randrange(entries)  # the same page of the app
    icons = [
        (shape.randrange(40, 230), shape.randrange(40, 230), shape.randrange(40, 230)) for _ in range(entries)
    ]
    y = top + round(16 * scale)
    for index in range(entries):
        if index == selected:
            draw.rounded_rectangle(
                (8 * scale, y - 5 * scale, side - 8 * scale, y + step - 9 * scale),
                radius=round(6 * scale),
                fill=colours["accent"],
            )
        icon = round(18 * scale)
        draw.rounded_rectangle(
            (18 * scale, y, 18 * scale + icon, y + icon), radius=round(4 * scale), fill=icons[index]
        )
        draw.text(
            (48 * scale, y),
            _words(words, words.randint(1, 2)).capitalize(),
            fill=(255, 255, 255) if index == selected else colours["text"],
            font=ui,
        )
        y += step


def _settings(
    draw: ImageDraw.ImageDraw,
    box: Box,
    colours: Colours,
    shape: random.Random,
    words: random.Random,
    ui: Font,
    big: Font,
    scale: float,
) -> None:
    left, top, right, bottom = box
    draw.text((left + 32 * scale, top + 24 * scale), _words(words, 2).title(), fill=colours["text"], font=big)
    y = top + round(80 * scale)
    row = round(46 * scale)
    while y < bottom - row * 2:
        rows = shape.randint(2, 5)
        card = (left + 28 * scale, y, right - 28 * scale, y + rows * row)
        if card[3] > bottom - 16 * scale:
            break
        draw.rounded_rectangle(card, radius=round(10 * scale), fill=colours["row"], outline=colours["line"])
        for index in range(rows):
            ry = y + index * row
            if index:
                draw.line((card[0] + 16 * scale, ry, card[2] - 16 * scale, ry), fill=colours["line"])
            draw.text(
                (card[0] + 20 * scale, ry + row * 0.3),
                _words(words, words.randint(2, 4)).capitalize(),
                fill=colours["text"],
                font=ui,
            )
            kind = shape.random()
            if kind < 0.5:  # a switch
                on = words.random() < 0.5
                sx = card[2] - 70 * scale
                draw.rounded_rectangle(
                    (sx, ry + row * 0.25, sx + 44 * scale, ry + row * 0.75),
                    radius=round(12 * scale),
                    fill=colours["accent"] if on else colours["line"],
                )
                knob = sx + (24 if on else 2) * scale
                draw.ellipse(
                    (knob, ry + row * 0.28, knob + 18 * scale, ry + row * 0.72), fill=(255, 255, 255)
                )
            else:  # a drop-down with its value
                draw.rounded_rectangle(
                    (card[2] - 240 * scale, ry + row * 0.2, card[2] - 20 * scale, ry + row * 0.8),
                    radius=round(6 * scale),
                    fill=colours["back"],
                    outline=colours["line"],
                )
                draw.text(
                    (card[2] - 228 * scale, ry + row * 0.3), _words(words, 2), fill=colours["dim"], font=ui
                )
        y += rows * row + round(28 * scale)


def _files(
    draw: ImageDraw.ImageDraw,
    box: Box,
    colours: Colours,
    shape: random.Random,
    words: random.Random,
    ui: Font,
    big: Font,
    scale: float,
) -> None:
    left, top, right, bottom = box
    width = right - left
    columns = [left + 16 * scale, left + width * 0.52, left + width * 0.74, left + width * 0.86]
    header = round(30 * scale)
    draw.rectangle((left, top, right, top + header), fill=colours["bar"])
    for x, title in zip(columns, ("Name", "Date modified", "Size", "Kind"), strict=True):
        draw.text((x, top + 7 * scale), title, fill=colours["dim"], font=ui)
    row = round(shape.randint(26, 32) * scale)
    y = top + header
    index = 0
    kinds = ("Folder", "PNG image", "PDF document", "Text", "JPEG image", "Archive")
    while y + row < bottom - 28 * scale:
        if index % 2:
            draw.rectangle((left, y, right, y + row), fill=colours["row"])
        kind = words.choice(kinds)
        icon = round(row * 0.6)
        ix, iy = left + 16 * scale, y + (row - icon) / 2
        if kind == "Folder":
            draw.rounded_rectangle(
                (ix, iy, ix + icon * 1.2, iy + icon), radius=round(3 * scale), fill=(96, 165, 235)
            )
        else:
            draw.rectangle(
                (ix + icon * 0.1, iy, ix + icon, iy + icon), fill=(250, 250, 250), outline=colours["dim"]
            )
            band = {"PNG image": (60, 170, 90), "PDF document": (210, 60, 50), "JPEG image": (230, 150, 40)}
            draw.rectangle(
                (ix + icon * 0.1, iy + icon * 0.6, ix + icon, iy + icon), fill=band.get(kind, (120, 120, 130))
            )
        name = "_".join(_words(words, words.randint(1, 3)).split())
        draw.text((columns[0] + icon * 1.6, y + row * 0.22), name, fill=colours["text"], font=ui)
        stamp = f"{words.randint(2015, 2024)}-{words.randint(1, 12):02d}-{words.randint(1, 28):02d}"
        draw.text((columns[1], y + row * 0.22), stamp, fill=colours["dim"], font=ui)
        size = "--" if kind == "Folder" else f"{words.randint(1, 999)} {words.choice(('KB', 'MB'))}"
        draw.text((columns[2], y + row * 0.22), size, fill=colours["dim"], font=ui)
        draw.text((columns[3], y + row * 0.22), kind, fill=colours["dim"], font=ui)
        y += row
        index += 1
    draw.rectangle((left, bottom - 26 * scale, right, bottom), fill=colours["bar"])
    draw.text(
        (left + 16 * scale, bottom - 21 * scale),
        f"{index} items, {words.randint(2, 900)} GB available",
        fill=colours["dim"],
        font=ui,
    )


def _terminal(
    draw: ImageDraw.ImageDraw,
    box: Box,
    colours: Colours,
    shape: random.Random,
    words: random.Random,
    ui: Font,
    big: Font,
    scale: float,
) -> None:
    left, top, right, bottom = box
    tabs = round(30 * scale)
    draw.rectangle((left, top, right, top + tabs), fill=colours["bar"])
    for index in range(shape.randint(2, 4)):
        x = left + index * 200 * scale
        draw.rectangle(
            (x, top, x + 196 * scale, top + tabs), fill=colours["back"] if index == 0 else colours["side"]
        )
        draw.text((x + 12 * scale, top + 7 * scale), _words(words, 2), fill=colours["dim"], font=ui)
    box_height = draw.textbbox((0, 0), "Ag", font=ui)[3]
    line = round(box_height * 1.35)
    y = top + tabs + 10 * scale
    user, host = _words(words, 1), _words(words, 1)
    while y + line < bottom - 8 * scale:
        if words.random() < 0.3:
            prompt = f"{user}@{host}:~/{_words(words, 1)}$ "
            draw.text((left + 12 * scale, y), prompt, fill=colours["accent"], font=ui)
            offset = draw.textlength(prompt, font=ui)
            draw.text(
                (left + 12 * scale + offset, y),
                _words(words, words.randint(1, 4)),
                fill=colours["text"],
                font=ui,
            )
        else:
            draw.text(
                (left + 12 * scale, y), _words(words, words.randint(1, 12)), fill=colours["dim"], font=ui
            )
        y += line
    draw.rectangle((left + 12 * scale, y, left + 22 * scale, y + box_height), fill=colours["text"])


def _mail(
    draw: ImageDraw.ImageDraw,
    box: Box,
    colours: Colours,
    shape: random.Random,
    words: random.Random,
    ui: Font,
    big: Font,
    scale: float,
) -> None:
    left, top, right, bottom = box
    split = left + round((right - left) * 0.42)
    draw.line((split, top, split, bottom), fill=colours["line"], width=max(1, round(scale)))
    entry = round(shape.randint(70, 84) * scale)
    selected = shape.randrange(4)
    y: float = top
    index = 0
    while y + entry < bottom:
        if index == selected:
            draw.rectangle((left, y, split - 1, y + entry), fill=colours["row"])
            draw.rectangle((left, y, left + 4 * scale, y + entry), fill=colours["accent"])
        sender = _words(words, 2).title()
        draw.text((left + 20 * scale, y + 10 * scale), sender, fill=colours["text"], font=ui)
        draw.text((left + 21 * scale, y + 10 * scale), sender, fill=colours["text"], font=ui)  # bold enough
        stamp = f"{words.randint(1, 12)}:{words.randint(0, 59):02d}"
        draw.text((split - 70 * scale, y + 10 * scale), stamp, fill=colours["dim"], font=ui)
        draw.text(
            (left + 20 * scale, y + entry * 0.38),
            _words(words, 4).capitalize(),
            fill=colours["text"],
            font=ui,
        )
        preview = _fit(draw, _words(words, 9), ui, split - left - 40 * scale)
        draw.text((left + 20 * scale, y + entry * 0.64), preview, fill=colours["dim"], font=ui)
        y += entry
        draw.line((left + 16 * scale, y, split - 16 * scale, y), fill=colours["line"])
        index += 1
    x = split + 32 * scale
    draw.text((x, top + 24 * scale), _words(words, 5).capitalize(), fill=colours["text"], font=big)
    avatar = round(40 * scale)
    ay = top + 80 * scale
    draw.ellipse((x, ay, x + avatar, ay + avatar), fill=colours["accent"])
    draw.text(
        (x + avatar + 12 * scale, ay + 10 * scale), _words(words, 2).title(), fill=colours["text"], font=ui
    )
    line = round(draw.textbbox((0, 0), "Ag", font=ui)[3] * 1.5)
    y = ay + avatar + 30 * scale
    while y + line < bottom - 20 * scale:
        for _ in range(words.randint(2, 5)):
            if y + line >= bottom - 20 * scale:
                break
            text = _fit(draw, _words(words, 30), ui, (right - x - 32 * scale) * words.uniform(0.75, 1.0))
            draw.text((x, y), text, fill=colours["text"], font=ui)
            y += line
        y += line // 2


_PANES = {"settings": _settings, "files": _files, "terminal": _terminal, "mail": _mail}


def app_screen(layout: str, layout_seed: int, text_seed: int, size: tuple[int, int]) -> Image.Image:
    """A desktop app's window filling the screen: `layout` and `layout_seed` fix its structure and
    colours; `text_seed` its text, the font it is drawn in and the font's size (what a user's
    settings change), so two screens of one layout differ only in their text."""
    shape, words = random.Random(layout_seed), random.Random(text_seed)
    width, height = size
    scale = width / 1280
    dark = layout == "terminal" or shape.random() < 0.25
    colours = _palette(shape, dark)
    choices = faces()
    if layout == "terminal":
        choices = tuple(face for face in choices if face in ("", MONO)) or choices
    face = words.choice(choices)
    points = round(shape.randint(13, 15) * scale * words.uniform(0.9, 1.15))
    ui, big = font(face, points), font(face, round(points * 1.7))
    image = Image.new("RGB", size, colours["back"])
    draw = ImageDraw.Draw(image)
    title = {"settings": "Settings", "files": "Files", "terminal": "Terminal", "mail": "Mail"}[layout]
    top = _chrome(draw, size, colours, f"{title} - {_words(words, 2)}", ui, scale)
    side = 0
    if layout != "terminal":
        side = round(width * shape.uniform(0.18, 0.24))
        _sidebar(draw, top, height, side, colours, shape, words, ui, scale)
    _PANES[layout](draw, (side + 1, top, width, height), colours, shape, words, ui, big, scale)
    return image


def text_page(
    text_seed: int, size: tuple[int, int], face: str, points: int, gaps: bool = True
) -> Image.Image:
    """A dense page of justified paragraphs: running header, page number, fixed margins; a gap
    between paragraphs (a report) or only an indent (a book)."""
    words = random.Random(text_seed)
    width, height = size
    scale = width / 850
    image = Image.new("RGB", size, (253, 253, 251))
    draw = ImageDraw.Draw(image)
    body, small = font(face, round(points * scale)), font(face, round(points * 0.8 * scale))
    margin_x, margin_top, margin_bottom = round(width * 0.11), round(height * 0.08), round(height * 0.09)
    draw.text((margin_x, margin_top - 30 * scale), _words(words, 4).title(), fill=(90, 90, 90), font=small)
    draw.line(
        (margin_x, margin_top - 8 * scale, width - margin_x, margin_top - 8 * scale), fill=(160, 160, 160)
    )
    line = round(points * scale * 1.35)
    space = draw.textlength(" ", font=body)
    usable = width - 2 * margin_x
    y = margin_top + 6 * scale
    indent = round(28 * scale)
    while y + line < height - margin_bottom:
        x: float = margin_x + indent
        paragraph = words.randint(40, 140) if gaps else words.randint(60, 220)
        while paragraph > 0 and y + line < height - margin_bottom:
            row: list[str] = []
            filled = x - margin_x
            while paragraph > 0:
                word = words.choice(samples._WORDS)
                length = draw.textlength(word, font=body)
                if filled + length > usable:
                    break
                row.append(word)
                filled += length + space
                paragraph -= 1
            last = paragraph == 0
            gap = space if last or len(row) < 2 else space + (usable - (filled - space)) / (len(row) - 1)
            for word in row:
                draw.text((x, y), word, fill=(30, 30, 30), font=body)
                x += draw.textlength(word, font=body) + gap
            x = float(margin_x)
            y += line
        y += line // 2 if gaps else 0
    number = str(words.randint(2, 300))
    draw.text(
        ((width - draw.textlength(number, font=small)) / 2, height - margin_bottom / 2),
        number,
        fill=(90, 90, 90),
        font=small,
    )
    return image


def burst(scene_seed: int, rng: random.Random, size: tuple[int, int]) -> tuple[Image.Image, Image.Image]:
    """Two frames of a moving camera: the second shifted sideways by more than half a frame and a
    little up or down, its exposure a little different. They overlap by less than half."""
    width, height = size
    dx = round(width * rng.uniform(0.55, 0.70))
    dy = round(height * rng.uniform(0.05, 0.20)) * rng.choice((-1, 1))
    scene = samples.photo(scene_seed, (width + dx, height + abs(dy)))
    y0 = max(0, -dy)
    first = scene.crop((0, y0, width, y0 + height))
    second = scene.crop((dx, y0 + dy, dx + width, y0 + dy + height))
    second = ImageEnhance.Brightness(second).enhance(rng.uniform(0.88, 1.12))
    return first, second
