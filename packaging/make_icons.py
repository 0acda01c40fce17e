"""Render Lookalike's icon: the one source artwork and every size the installers need.

    python packaging/make_icons.py --master    # redraw resources/lookalike.png (the source artwork)
    python packaging/make_icons.py [OUT_DIR]   # derive icons from it (default: build/icons)

The source artwork is resources/lookalike.png (1024x1024, committed). It is
drawn by `draw()` below with nothing but Pillow, so it can be changed by
editing code and re-running with --master. Everything else is derived from
that PNG and never committed:

    OUT_DIR/hicolor/<N>x<N>/apps/io.github.lookalike.Lookalike.png   (16 ... 512, for the .deb)
    OUT_DIR/lookalike.png                                              (256, for the window/tarball)
    OUT_DIR/lookalike.ico                                              (16 ... 256, Windows)
    OUT_DIR/lookalike.icns                                             (16 ... 1024, macOS)

Needs only Pillow (ICO and ICNS writers are pure Python, so this runs on any OS).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "lookalike.png"
APP_ID = "io.github.lookalike.Lookalike"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def _lerp(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, ...]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _photo_card(side: int) -> Image.Image:
    """A white-framed photo: sky, sun, two hills. Both cards show the same picture - lookalikes."""
    card = Image.new("RGBA", (side, round(side * 0.8)), (0, 0, 0, 0))
    w, h = card.size
    draw = ImageDraw.Draw(card)
    radius = side // 18
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=radius, fill=(255, 255, 255, 255))
    border = side // 14
    inner = (border, border, w - border, h - border)
    sky = Image.new("RGBA", (inner[2] - inner[0], inner[3] - inner[1]))
    sky_draw = ImageDraw.Draw(sky)
    for y in range(sky.height):
        sky_draw.line(
            (0, y, sky.width, y), fill=(*_lerp((110, 190, 255), (205, 235, 255), y / sky.height), 255)
        )
    sw, sh = sky.size
    sky_draw.ellipse((sw * 0.62, sh * 0.12, sw * 0.84, sh * 0.12 + sw * 0.22), fill=(255, 196, 61, 255))
    sky_draw.polygon([(-sw * 0.1, sh), (sw * 0.32, sh * 0.38), (sw * 0.78, sh)], fill=(46, 160, 110, 255))
    sky_draw.polygon([(sw * 0.35, sh), (sw * 0.72, sh * 0.52), (sw * 1.15, sh)], fill=(24, 120, 90, 255))
    mask = Image.new("L", sky.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, sw - 1, sh - 1), radius=radius // 2, fill=255)
    card.paste(sky, inner[:2], mask)
    return card


def _shadowed(layer: Image.Image, offset: int, blur: int) -> Image.Image:
    shadow = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    alpha = layer.getchannel("A").point(lambda a: a * 0.45)
    shadow.putalpha(alpha)
    shadow = shadow.filter(ImageFilter.GaussianBlur(blur))
    out = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    out.alpha_composite(shadow, (0, offset))
    out.alpha_composite(layer)
    return out


def draw(size: int = 1024) -> Image.Image:
    """The artwork: a rounded indigo-to-teal tile with two identical, overlapping photos and an '=' badge."""
    scale = 4  # draw large, shrink once: smooth edges without an anti-aliasing renderer
    s = size * scale
    tile = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    gradient = Image.new("RGBA", (s, s))
    g = ImageDraw.Draw(gradient)
    for y in range(s):
        g.line((0, y, s, y), fill=(*_lerp((79, 70, 229), (13, 148, 136), y / s), 255))
    mask = Image.new("L", (s, s), 0)
    margin = s * 0.06
    ImageDraw.Draw(mask).rounded_rectangle((margin, margin, s - margin, s - margin), radius=s * 0.2, fill=255)
    tile.paste(gradient, (0, 0), mask)

    card_side = round(s * 0.56)
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    back = _photo_card(card_side).rotate(14, resample=Image.Resampling.BICUBIC, expand=True)
    front = _photo_card(card_side).rotate(-8, resample=Image.Resampling.BICUBIC, expand=True)
    layer.alpha_composite(back, (round(s * 0.13), round(s * 0.16)))
    layer = _shadowed(layer, offset=s // 90, blur=s // 80)
    tile.alpha_composite(layer)
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    layer.alpha_composite(front, (round(s * 0.30), round(s * 0.32)))
    tile.alpha_composite(_shadowed(layer, offset=s // 60, blur=s // 60))

    # The badge: "these two are the same".
    badge = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    b = ImageDraw.Draw(badge)
    cx, cy, r = s * 0.74, s * 0.74, s * 0.15
    b.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 255, 255, 255))
    b.ellipse((cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86), fill=(245, 158, 11, 255))
    bar_w, bar_h, gap = r * 1.0, r * 0.2, r * 0.17
    for sign in (-1, 1):
        top = cy + sign * (gap / 2 + bar_h / 2) - bar_h / 2
        b.rounded_rectangle(
            (cx - bar_w / 2, top, cx + bar_w / 2, top + bar_h), radius=bar_h / 2, fill="white"
        )
    tile.alpha_composite(_shadowed(badge, offset=s // 120, blur=s // 120))
    return tile.resize((size, size), Image.Resampling.LANCZOS)


def derive(master: Image.Image, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shrink(side: int) -> Image.Image:
        return master.resize((side, side), Image.Resampling.LANCZOS)

    for side in HICOLOR_SIZES:
        path = out / "hicolor" / f"{side}x{side}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        shrink(side).save(path, optimize=True)
        written.append(path)
    shrink(256).save(out / "lookalike.png", optimize=True)
    written.append(out / "lookalike.png")
    # ICO: give the writer each size pre-shrunk with LANCZOS (its own resize is nearest-neighbour-ish).
    ico_images = [shrink(side) for side in ICO_SIZES]
    ico_images[-1].save(
        out / "lookalike.ico", sizes=[(n, n) for n in ICO_SIZES], append_images=ico_images[:-1]
    )
    written.append(out / "lookalike.ico")
    icns_sides = (16, 32, 64, 128, 256, 512, 1024)
    master.save(out / "lookalike.icns", append_images=[shrink(n) for n in icns_sides[:-1]])
    written.append(out / "lookalike.icns")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--master", action="store_true", help=f"redraw the source artwork {MASTER}")
    args = parser.parse_args(argv)
    if args.master:
        draw(1024).save(MASTER, optimize=True)
        print(f"wrote {MASTER}")
        return 0
    with Image.open(MASTER) as image:
        master = image.convert("RGBA")
    if master.size != (1024, 1024):
        print(f"{MASTER} must be 1024x1024, is {master.size}", file=sys.stderr)
        return 1
    for path in derive(master, args.out):
        print(f"wrote {path.relative_to(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
