"""A deterministic benchmark corpus: 12 MP camera-like JPEGs, or many small images, with planted duplicates.

    python -m tests.benchmarks.corpus photos --images 300      # 300 JPEGs of 4000x3000 (+ resized copies)
    python -m tests.benchmarks.corpus small --images 10000     # 10,000 images of 256-640 px
    python -m tests.benchmarks.corpus tiny --images 500000     # 500,000 PNGs of 64x48 (issue 16)

A corpus is written once into ``<root>/<kind>-<count>-s<seed>-v<version>`` and reused while its
manifest is there; ``root`` is ``--corpus DIR``, else ``$LOOKALIKE_BENCH_CORPUS``, else
``/tmp/lookalike-bench-corpus``. The same (kind, count, seed) always gives the same pixels.

Photos: each original is a ``samples.photo`` scene drawn at 1000x750, upscaled to 4000x3000 and
given film-grain noise from one shared noise field (so a 12 MP image costs about a tenth of a
second, not seconds), saved at quality 90 with 4:2:0 subsampling and camera EXIF (make, model,
dates, exposure; a few portrait shots carry orientation 6). Of ``count`` full-size files about 8%
are re-encoded copies (quality 75) and 4% byte-identical copies; on top of that, one original in
twenty also gets a resized copy (2000x1500, quality 85).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image

from lookalike.samples import photo

VERSION = 1
ENV_VAR = "LOOKALIKE_BENCH_CORPUS"
DEFAULT_ROOT = Path("/tmp/lookalike-bench-corpus")
MANIFEST = "manifest.json"

PHOTO_SIZE = (4000, 3000)
_SCENE_SIZE = (1000, 750)  # drawn here, then upscaled: large soft structure like a real photo
_GRAIN_SIGMA = 5.0  # sensor noise, 0-255 scale; gives 3-5 MB files at quality 90, like a phone camera
_GRAIN_PAD = 64  # the shared noise field is this much larger, so each image reads it at its own offset
_RESIZED_SIZE = (2000, 1500)

SMALL_SIDES = (256, 640)
TINY_SIZE = (64, 48)


class Kind(StrEnum):
    PHOTOS = "photos"
    SMALL = "small"
    TINY = "tiny"  # 64x48 PNGs, as many as a large library has files, without its gigabytes


@dataclass(frozen=True, slots=True)
class Planted:
    """One planted duplicate: `copy` was made from `original` by `how`."""

    original: str  # file names relative to the corpus folder
    copy: str
    how: str  # exact | reencoded | resized


@dataclass(frozen=True, slots=True)
class Manifest:
    kind: str
    count: int
    seed: int
    version: int
    files: list[str]
    planted: list[Planted]
    bytes: int
    seconds: float


def default_root() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_ROOT)


def corpus_dir(kind: Kind, count: int, seed: int, root: Path | None = None) -> Path:
    return (root or default_root()) / f"{kind.value}-{count}-s{seed}-v{VERSION}"


def load_manifest(folder: Path) -> Manifest | None:
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        planted = [Planted(**item) for item in raw.pop("planted")]
        return Manifest(planted=planted, **raw)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def ensure_corpus(
    kind: Kind,
    count: int,
    *,
    seed: int = 1,
    root: Path | None = None,
    jobs: int | None = None,
    log: Callable[[str], None] = lambda _message: None,
) -> tuple[Path, Manifest]:
    """The corpus folder and its manifest, generating it first when it is missing or incomplete."""
    folder = corpus_dir(kind, count, seed, root)
    manifest = load_manifest(folder)
    if manifest is not None and manifest.version == VERSION:
        return folder, manifest
    building = folder.with_name(folder.name + ".partial")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    log(f"generating {kind.value} corpus of {count} images in {folder} ...")
    started = time.monotonic()
    tasks = _photo_tasks(count, seed) if kind is Kind.PHOTOS else _small_tasks(count, seed, kind is Kind.TINY)
    worker = _make_photo if kind is Kind.PHOTOS else _make_small
    files: list[str] = []
    planted: list[Planted] = []
    workers = jobs or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(tasks) // (workers * 16))
        for done, (names, plants) in enumerate(
            pool.map(worker, [building] * len(tasks), tasks, chunksize=chunk)
        ):
            files.extend(names)
            planted.extend(plants)
            if (done + 1) % max(1, len(tasks) // 10) == 0:
                log(f"  {done + 1}/{len(tasks)} originals, {time.monotonic() - started:.0f} s")
    total_bytes = sum((building / name).stat().st_size for name in files)
    manifest = Manifest(
        kind=kind.value,
        count=count,
        seed=seed,
        version=VERSION,
        files=sorted(files),
        planted=planted,
        bytes=total_bytes,
        seconds=round(time.monotonic() - started, 1),
    )
    (building / MANIFEST).write_text(json.dumps(asdict(manifest), indent=1), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    log(f"  done: {len(files)} files, {total_bytes / 1e6:.0f} MB in {manifest.seconds:.0f} s")
    return folder, manifest


def image_files(folder: Path) -> list[Path]:
    """The corpus's image files, in a stable order (the manifest's)."""
    manifest = load_manifest(folder)
    if manifest is None:
        raise FileNotFoundError(f"no corpus manifest in {folder}")
    return [folder / name for name in manifest.files]


# --- photos -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PhotoTask:
    index: int  # original number
    seed: int
    reencoded: bool
    exact: bool
    resized: bool
    portrait: bool  # stored landscape, EXIF orientation 6 (as phones do)


def _photo_tasks(count: int, seed: int) -> list[_PhotoTask]:
    """Originals and their planted copies, so that exactly `count` files are 4000x3000."""
    rng = np.random.default_rng(seed)
    tasks: list[_PhotoTask] = []
    full = 0
    index = 0
    while full < count:
        left = count - full
        reencoded = left >= 2 and rng.random() < 0.09
        exact = left - 1 - reencoded >= 1 and rng.random() < 0.045
        tasks.append(
            _PhotoTask(
                index=index,
                seed=seed * 1_000_003 + index,
                reencoded=bool(reencoded),
                exact=bool(exact),
                resized=index % 20 == 7,
                portrait=index % 9 == 4,
            )
        )
        full += 1 + int(reencoded) + int(exact)
        index += 1
    return tasks


@cache
def _grain() -> np.ndarray:
    """One shared field of sensor noise (int16), read at a different offset by each image."""
    width, height = PHOTO_SIZE
    rng = np.random.default_rng(12345)
    field = rng.normal(0.0, _GRAIN_SIGMA, (height + _GRAIN_PAD, width + _GRAIN_PAD))
    return np.rint(field).astype(np.int16)


def camera_photo(seed: int) -> Image.Image:
    """A 12 MP photo-like RGB image: soft scene, upscaled, with per-image grain."""
    rng = np.random.default_rng(seed)
    width, height = PHOTO_SIZE
    scene = photo(seed, _SCENE_SIZE).resize(PHOTO_SIZE, Image.Resampling.BILINEAR)
    dy, dx = (int(v) for v in rng.integers(0, _GRAIN_PAD, 2))
    grain = _grain()[dy : dy + height, dx : dx + width, None]
    pixels = np.asarray(scene, dtype=np.int16) + grain
    np.clip(pixels, 0, 255, out=pixels)
    return Image.fromarray(pixels.astype(np.uint8), "RGB")


def camera_exif(index: int, *, portrait: bool) -> Image.Exif:
    exif = Image.Exif()
    day = f"2024:{1 + index % 12:02d}:{1 + index % 28:02d}"
    stamp = f"{day} {8 + index % 12:02d}:{index % 60:02d}:{(index * 7) % 60:02d}"
    exif[0x010F] = "Lookalike Optics"  # Make
    exif[0x0110] = "LK-12 Mark II"  # Model
    exif[0x0131] = "lookalike-bench 1"  # Software
    exif[0x0132] = stamp  # DateTime
    exif[0x0112] = 6 if portrait else 1  # Orientation
    exif[0x011A] = 72.0  # XResolution
    exif[0x011B] = 72.0  # YResolution
    ifd = exif.get_ifd(0x8769)  # Exif sub-IFD
    ifd[0x9003] = stamp  # DateTimeOriginal
    ifd[0x9004] = stamp  # DateTimeDigitized
    ifd[0x829A] = 1 / (60 + index % 200)  # ExposureTime
    ifd[0x829D] = 1.8  # FNumber
    ifd[0x8827] = 100 + 50 * (index % 8)  # ISOSpeedRatings
    ifd[0x920A] = 4.2  # FocalLength
    ifd[0xA002] = PHOTO_SIZE[0]  # PixelXDimension
    ifd[0xA003] = PHOTO_SIZE[1]  # PixelYDimension
    return exif


def _make_photo(folder: Path, task: _PhotoTask) -> tuple[list[str], list[Planted]]:
    image = camera_photo(task.seed)
    exif = camera_exif(task.index, portrait=task.portrait).tobytes()
    name = f"IMG_{task.index:05d}.jpg"
    image.save(folder / name, quality=90, subsampling="4:2:0", exif=exif)
    names, planted = [name], []
    if task.reencoded:  # a chat app's re-compression: decode the saved file, save again
        copy = f"reencoded/IMG_{task.index:05d}-chat.jpg"
        (folder / "reencoded").mkdir(exist_ok=True)
        with Image.open(folder / name) as saved:
            saved.save(folder / copy, quality=75, exif=exif)
        names.append(copy)
        planted.append(Planted(name, copy, "reencoded"))
    if task.exact:
        copy = f"backup/IMG_{task.index:05d} (1).jpg"
        (folder / "backup").mkdir(exist_ok=True)
        shutil.copyfile(folder / name, folder / copy)
        names.append(copy)
        planted.append(Planted(name, copy, "exact"))
    if task.resized:
        copy = f"resized/IMG_{task.index:05d}-small.jpg"
        (folder / "resized").mkdir(exist_ok=True)
        image.resize(_RESIZED_SIZE, Image.Resampling.LANCZOS).save(folder / copy, quality=85, exif=exif)
        names.append(copy)
        planted.append(Planted(name, copy, "resized"))
    return names, planted


# --- small images -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _SmallTask:
    index: int
    seed: int
    size: tuple[int, int]
    png: bool
    copy: str  # "" | exact | reencoded | resized


def _small_tasks(count: int, seed: int, tiny: bool = False) -> list[_SmallTask]:
    rng = np.random.default_rng(seed + 77)
    tasks: list[_SmallTask] = []
    files = 0
    index = 0
    while files < count:
        w, h = (int(v) for v in rng.integers(SMALL_SIDES[0], SMALL_SIDES[1] + 1, 2))
        roll = rng.random()
        copy = (
            "" if count - files < 2 or roll >= 0.1 else ("exact", "reencoded", "resized")[int(roll * 30) % 3]
        )
        size, png = (TINY_SIZE, True) if tiny else ((w, h), bool(rng.random() < 0.1))
        tasks.append(_SmallTask(index, seed * 1_000_003 + index, size, png, copy))
        files += 2 if copy else 1
        index += 1
    return tasks


def _make_small(folder: Path, task: _SmallTask) -> tuple[list[str], list[Planted]]:
    sub = folder / f"{task.index // 1000:02d}"
    sub.mkdir(exist_ok=True)
    image = photo(task.seed, task.size)
    stem = f"{sub.name}/img-{task.index:06d}"
    name = f"{stem}.png" if task.png else f"{stem}.jpg"
    if task.png:
        image.save(folder / name, compress_level=1)
    else:
        image.save(folder / name, quality=88)
    if not task.copy:
        return [name], []
    copy = f"{stem}-{task.copy}.jpg" if task.copy != "exact" else f"{stem}-copy{Path(name).suffix}"
    if task.copy == "exact":
        shutil.copyfile(folder / name, folder / copy)
    elif task.copy == "reencoded":
        image.save(folder / copy, quality=70)
    else:
        half = (max(32, task.size[0] // 2), max(32, task.size[1] // 2))
        image.resize(half, Image.Resampling.LANCZOS).save(folder / copy, quality=80)
    return [name, copy], [Planted(name, copy, task.copy)]


# --- command line -----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.corpus",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=[k.value for k in Kind])
    parser.add_argument(
        "--images",
        type=int,
        default=None,
        help="full-size files (photos, default 300) or files (small and tiny, default 10000)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"corpus root (default: ${ENV_VAR} or {DEFAULT_ROOT})",
    )
    parser.add_argument("--jobs", type=int, default=None, help="generator processes (default: CPU count)")
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    kind = Kind(args.kind)
    count = args.images or (300 if kind is Kind.PHOTOS else 10_000)
    folder, manifest = ensure_corpus(
        kind, count, seed=args.seed, root=args.corpus, jobs=args.jobs, log=lambda m: print(m, file=sys.stderr)
    )
    print(folder)
    print(
        f"{len(manifest.files)} files, {manifest.bytes / 1e6:.0f} MB, {len(manifest.planted)} planted copies",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
