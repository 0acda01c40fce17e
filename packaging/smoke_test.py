"""Smoke-test a frozen Lookalike build. The same test on Linux, Windows and macOS.

    python packaging/smoke_test.py PATH/TO/lookalike[.exe] [--require-gui] [--keep DIR]

Runs the frozen program (never the Python package) these ways:

1. `lookalike --version` prints the version in pyproject.toml.
2. `lookalike scan FOLDER --json FILE` on a generated folder: one JPEG plus a HEIC, an AVIF and
   a WebP copy of it, and one unrelated JPEG. The four copies must form one group, the unrelated
   picture must be in none, and no file may be reported unreadable - this proves the HEIC
   (pillow-heif), AVIF and WebP decoders made it into the bundle. The same scan again with
   `--algorithm` dhash, ahash and whash (ImageHash and PyWavelets, without SciPy in the bundle).
3. A trash round trip: the frozen app moves a file to the system trash (`--smoke-test-trash`,
   packaging/entry.py: the app's own trash check and the send2trash back end in the bundle),
   and the file must then be gone from its folder and found, with its content, in the Recycle
   Bin (Windows), the Trash (macOS) or the XDG trash (Linux; a temporary one, not the user's).
   Found, it is removed from there again.
4. `lookalike --demo --screenshot FILE` with QT_QPA_PLATFORM=offscreen writes a non-empty PNG.
   This step is skipped, loudly, only while the frozen app reports that the GUI module
   (lookalike.ui.app) does not exist yet AND the source tree next to this script has no
   app/lookalike/ui/app.py either; --require-gui turns that skip into a failure.
5. `lookalike scan FOLDER --cache-dir DIR` keeps its checks and candidate search under the digests
   the source tree's grouping code gives: the sources are bundled beside their modules, so a
   release that changes only how likely pairs are found keeps the checks a user's cache holds.
6. `lookalike _group-again` (the window's regrouping in a process of its own) gives back the groups
   the source tree's code makes of the test pictures' records.
7. `lookalike _read-pictures` (a scan's reader of pictures beside its threads) reads each test
   picture as the source tree's code does.
8. On Linux, the same on a Korean system (LANG=ko_KR.UTF-8) speaks Korean and finds Qt's own
   Korean catalog in the bundle (the log says so).

The test data is made by the Python running this script, which needs Pillow and pillow-heif
(the build environment has both). Exit status 0 means every step passed or was allowed to skip.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_MISSING = re.compile(r"No module named '?lookalike\.ui(\.app)?'?")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class SmokeFailure(Exception):
    pass


def run(
    binary: Path, args: list[str], *, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = subprocess.run(
        [str(binary), *args], capture_output=True, text=True, timeout=timeout, env=env,
        encoding="utf-8", errors="replace",
    )  # fmt: skip
    seconds = time.monotonic() - started
    print(f"  $ {binary.name} {' '.join(args)}  -> exit {result.returncode} in {seconds:.1f}s")
    return result


def explain(result: subprocess.CompletedProcess[str]) -> str:
    out, err = result.stdout[-3000:], result.stderr[-3000:]
    return f"exit {result.returncode}\n--- stdout ---\n{out}\n--- stderr ---\n{err}"


def expected_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def make_pictures(folder: Path) -> dict[str, Path]:
    """A photo-like JPEG, its HEIC/AVIF/WebP copies, and an unrelated picture."""
    import pillow_heif
    from PIL import Image, ImageDraw, ImageFilter, features

    pillow_heif.register_heif_opener()

    def picture(seed: int) -> Image.Image:
        import random

        rng = random.Random(seed)
        image = Image.new("RGB", (640, 480))
        draw = ImageDraw.Draw(image)
        top = tuple(rng.randrange(256) for _ in range(3))
        bottom = tuple(rng.randrange(256) for _ in range(3))
        for y in range(480):
            t = y / 479
            draw.line(
                (0, y, 640, y), fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
            )
        for _ in range(12):
            x, y, w, h = (
                rng.randrange(-50, 600),
                rng.randrange(-50, 440),
                rng.randrange(40, 260),
                rng.randrange(40, 260),
            )
            colour = tuple(rng.randrange(256) for _ in range(3))
            (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x, y, x + w, y + h), fill=colour)
        return image.filter(ImageFilter.GaussianBlur(1.5))

    if not features.check("avif"):
        raise SmokeFailure("the Pillow running this test cannot write AVIF (needs Pillow >= 11.3 wheels)")
    folder.mkdir(parents=True, exist_ok=True)
    original = picture(1)
    files = {
        "jpeg": folder / "original.jpg",
        "heic": folder / "copy.heic",
        "avif": folder / "copy.avif",
        "webp": folder / "copy.webp",
        "other": folder / "unrelated.jpg",
    }
    original.save(files["jpeg"], quality=92)
    original.save(files["heic"], quality=80)
    original.save(files["avif"], quality=70)
    original.save(files["webp"], quality=80)
    picture(2).save(files["other"], quality=92)
    return files


def check_version(binary: Path) -> None:
    result = run(binary, ["--version"], timeout=60)
    want = expected_version()
    if result.returncode != 0 or want not in result.stdout:
        raise SmokeFailure(f"--version should print {want}\n{explain(result)}")
    print(f"  ok: {result.stdout.strip()}")


def check_scan(binary: Path, work: Path, algorithm: str | None = None) -> None:
    """Scan the test pictures with the default hash, or with `algorithm`."""
    pictures = work / "pictures"
    files = make_pictures(pictures)
    report = work / f"scan-{algorithm or 'default'}.json"
    args = ["scan", str(pictures), "--json", str(report), "--no-cache", "--quiet"]
    if algorithm:
        args += ["--algorithm", algorithm]
    result = run(binary, args, timeout=300)
    if result.returncode != 0 or not report.exists():
        raise SmokeFailure(f"scan failed\n{explain(result)}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("format") != "lookalike-scan":
        raise SmokeFailure(f"not a lookalike scan result: {str(data)[:500]}")
    if data.get("errors"):
        raise SmokeFailure(
            f"the frozen app could not read some pictures (a decoder is missing?): {data['errors']}"
        )

    def key(path: str | Path) -> str:
        return os.path.normcase(os.path.realpath(path))

    copies = {key(files[name]) for name in ("jpeg", "heic", "avif", "webp")}
    groups = [{key(f["path"]) for f in group["files"]} for group in data.get("groups", [])]
    if copies not in groups:
        found = [sorted(Path(p).name for p in g) for g in groups]
        raise SmokeFailure(f"expected one group of the JPEG and its HEIC/AVIF/WebP copies, got {found}")
    if any(key(files["other"]) in group for group in groups):
        raise SmokeFailure("the unrelated picture was grouped with something")
    formats = sorted({f["format"] for g in data["groups"] for f in g["files"]})
    print(f"  ok: {len(groups)} group(s); the copies were decoded as {', '.join(formats)}")


def check_kept_under_the_source(binary: Path, work: Path) -> None:
    """The frozen program keeps its checks and candidate search under the digests of the grouping
    code's sources (bundled beside its modules, see lookalike.spec), the digests the source tree
    gives: a release that changes only how likely pairs are found keeps the checks."""
    try:
        import lookalike  # noqa: F401  # the build environment has it installed
    except ImportError:
        sys.path.insert(0, str(ROOT / "app"))
    import sqlite3

    from lookalike.core import cache

    pictures = work / "pictures"
    make_pictures(pictures)
    kept = work / "kept-cache"
    result = run(binary, ["scan", str(pictures), "--cache-dir", str(kept), "--quiet"], timeout=300)
    if result.returncode != 0:
        raise SmokeFailure(f"scan with a cache failed\n{explain(result)}")
    with sqlite3.connect(kept / cache.CACHE_FILE) as connection:
        codes = {
            table: {code for (code,) in connection.execute(f"SELECT DISTINCT code FROM {table}")}
            for table in ("checks", "thumb_scores", "searches")
        }
    want = {"checks": cache._checks_digest(), "thumb_scores": cache._checks_digest()}
    want["searches"] = cache._code_digest()
    wrong = {table: found for table, found in codes.items() if found != {want[table]}}
    if wrong:
        raise SmokeFailure(f"kept under {wrong}, the source's digests are {want}")
    print(f"  ok: checks kept under {want['checks']}, the search under {want['searches']}")


def check_grouping_apart(binary: Path, work: Path) -> None:
    """The window regroups many pictures in a child process, the program itself run as
    `lookalike _group-again` (lookalike.core.apart): fed the records of the test pictures by this
    Python (the source tree's code), the frozen program must give back the groups the source gives."""
    try:
        import lookalike  # noqa: F401  # the build environment has it installed
    except ImportError:
        sys.path.insert(0, str(ROOT / "app"))
    from dataclasses import replace

    from lookalike.core.apart import NotApart, group_in_child
    from lookalike.core.models import ScanOptions
    from lookalike.core.scan import group_again, scan

    pictures = work / "pictures"
    make_pictures(pictures)
    options = ScanOptions(cache_dir=work / "apart-cache")
    records = scan([pictures], options).images
    looser = replace(options, threshold=12)
    try:
        apart = group_in_child(records, looser, command=[str(binary), "_group-again"])
    except NotApart as exc:
        raise SmokeFailure(f"the frozen program did not group apart: {exc}") from exc

    def shape(groups: tuple) -> list:  # type: ignore[type-arg]
        return [[(m.path.name, m.tier.value, m.changes) for m in g.members] for g in groups]

    here = group_again(records, looser)
    if shape(apart) != shape(here) or not apart:
        raise SmokeFailure(f"grouped apart {shape(apart)}, by the source {shape(here)}")
    print(f"  ok: {len(apart)} group(s), the same as the source's")


def check_reading_apart(binary: Path, work: Path) -> None:
    """A scan of many pictures also reads them in the program itself run as `lookalike
    _read-pictures` (lookalike.core.readers): handed the test pictures, the frozen program must
    read each as the source does (HEIC and AVIF included)."""
    try:
        import lookalike  # noqa: F401  # the build environment has it installed
    except ImportError:
        sys.path.insert(0, str(ROOT / "app"))
    from lookalike.core.fingerprint import make_fingerprinter
    from lookalike.core.models import FileEntry, ScanOptions
    from lookalike.core.readers import Reader, ReaderFailed, read_one

    pictures = work / "pictures"
    make_pictures(pictures)
    entries = [FileEntry.from_stat(path, path.stat()) for path in sorted(pictures.iterdir())]
    options = ScanOptions()
    try:
        reader = Reader(options, True, command=[str(binary), "_read-pictures"])
        try:
            reader.ready()
            reader.send(entries)
            answers = [reader.answer() for _ in entries]
        finally:
            reader.finish()
    except ReaderFailed as exc:
        raise SmokeFailure(f"the frozen program did not read apart: {exc}") from exc
    here = make_fingerprinter(options)
    for entry, answer in zip(entries, answers, strict=True):
        if answer != read_one(here, entry, True):
            raise SmokeFailure(f"read {entry.path.name} apart as {answer[0]!r}, the source otherwise")
    print(f"  ok: {len(answers)} file(s) read as the source reads them")


def check_trash_round_trip(binary: Path) -> None:
    """The frozen app trashes a file; it must be gone from its folder and be in the trash.

    The file is made in the system's temporary folder, on the drive people's files are on too
    (C: on Windows, the home volume on macOS), whatever folder --keep names.
    """
    with tempfile.TemporaryDirectory(prefix="lookalike-trash-") as tmp:
        folder = Path(tmp)
        victim = folder / f"lookalike-smoke-{uuid.uuid4().hex}.txt"
        content = f"Lookalike smoke test {victim.name}\n".encode() + os.urandom(64)
        victim.write_bytes(content)
        env = dict(os.environ)
        if sys.platform.startswith("linux"):
            env["XDG_DATA_HOME"] = str(folder / "xdg-data")  # a trash of the test's own, on the same disk
        result = run(binary, ["--smoke-test-trash", str(victim)], timeout=120, env=env)
        if result.returncode != 0:
            raise SmokeFailure(f"the frozen app did not trash {victim}\n{explain(result)}")
        if victim.exists():
            raise SmokeFailure(f"{victim} is still there after the app reported it trashed")
        found = find_in_trash(victim, content, env)
        if not found:
            raise SmokeFailure(f"{victim.name} left its folder but is not in the trash (deleted for good?)")
        for path in found:
            path.unlink()
        print(f"  ok: {result.stdout.strip()}; found in the trash as {found[0]}")


def find_in_trash(original: Path, content: bytes, env: dict[str, str]) -> list[Path]:
    """The trashed file and its bookkeeping files (to remove afterwards); [] when not in the trash."""
    if sys.platform == "win32":
        return find_in_recycle_bin(original, content)
    if sys.platform == "darwin":
        trashed = Path.home() / ".Trash" / original.name
        try:
            return [trashed] if trashed.is_file() and trashed.read_bytes() == content else []
        except PermissionError as exc:  # ~/.Trash needs Full Disk Access for the program looking
            raise SmokeFailure(f"cannot look into {trashed.parent}: {exc}") from exc
    trash = Path(env["XDG_DATA_HOME"]) / "Trash"
    trashed, info = trash / "files" / original.name, trash / "info" / f"{original.name}.trashinfo"
    if trashed.is_file() and trashed.read_bytes() == content and info.is_file():
        return [trashed, info]
    return []


def find_in_recycle_bin(original: Path, content: bytes) -> list[Path]:
    """The $R file with this content in the current user's Recycle Bin of the file's drive, and its
    $I file (Windows keeps the original path there). The user's folder is the one named after
    their SID; the others cannot be listed."""
    bin_root = Path(original.drive + "\\") / "$Recycle.Bin"
    try:
        user_bins = sorted(bin_root.iterdir())
    except OSError as exc:
        raise SmokeFailure(f"cannot look into {bin_root}: {exc}") from exc
    for user_bin in user_bins:
        try:
            candidates = [p for p in user_bin.iterdir() if p.name.startswith("$R") and p.is_file()]
        except OSError:
            continue
        for recycled in candidates:
            if recycled.stat().st_size == len(content) and recycled.read_bytes() == content:
                info = recycled.with_name("$I" + recycled.name[2:])
                return [recycled, info] if info.exists() else [recycled]
    return []


def check_screenshot(binary: Path, work: Path, *, require_gui: bool) -> bool:
    """True if the screenshot was taken; False if skipped because the GUI does not exist yet."""
    shot = work / "screenshot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run(binary, ["--demo", "--screenshot", str(shot)], timeout=300, env=env)
    if result.returncode != 0 and GUI_MISSING.search(result.stderr):
        message = "the frozen app says the GUI module lookalike.ui.app does not exist yet"
        if require_gui:
            raise SmokeFailure(f"{message} (--require-gui)\n{explain(result)}")
        if (ROOT / "app" / "lookalike" / "ui" / "app.py").exists():
            raise SmokeFailure(
                f"{message}, but the source tree has app/lookalike/ui/app.py: the build left the GUI "
                f"out (a packaging bug, or a build older than the GUI)\n{explain(result)}"
            )
        print(f"  SKIPPED: {message}; the screenshot step will run once it does.")
        return False
    if result.returncode != 0:
        raise SmokeFailure(f"--demo --screenshot failed\n{explain(result)}")
    if not shot.exists() or shot.stat().st_size == 0:
        raise SmokeFailure(f"no screenshot written to {shot}\n{explain(result)}")
    head = shot.read_bytes()[:24]
    if not head.startswith(PNG_SIGNATURE):
        raise SmokeFailure(f"{shot} is not a PNG")
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if width < 200 or height < 150:
        raise SmokeFailure(f"the screenshot is only {width}x{height}")
    print(f"  ok: {shot.name} {width}x{height}, {shot.stat().st_size:,} bytes")
    return True


def check_language(binary: Path, work: Path) -> None:
    """On Linux, the frozen app started on a Korean system speaks Korean and finds Qt's own Korean
    catalog in the bundle (lookalike.spec keeps qtbase_ko): its log says which it loaded. Elsewhere
    the system's language is not set through the environment; skipped."""
    if not sys.platform.startswith("linux"):
        print("  SKIPPED: the system language is set through the environment only on Linux")
        return
    state = work / "korean-state"
    env = {
        **os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8",
        "LANGUAGE": "ko", "XDG_STATE_HOME": str(state), "XDG_CONFIG_HOME": str(work / "korean-config"),
    }  # fmt: skip
    shot = work / "screenshot-ko.png"
    result = run(binary, ["--demo", "--screenshot", str(shot)], timeout=300, env=env)
    if result.returncode != 0 or not shot.exists():
        raise SmokeFailure(f"--demo --screenshot on a Korean system failed\n{explain(result)}")
    logs = list(state.rglob("*.log"))
    text = "\n".join(log.read_text(encoding="utf-8", errors="replace") for log in logs)
    if "language: ko" not in text:
        raise SmokeFailure(
            f"the frozen app did not choose Korean on a Korean system; its log:\n{text[-2000:]}"
        )
    if "translations are not installed" in text:
        raise SmokeFailure("the frozen app did not find Qt's own Korean catalog (qtbase_ko.qm) in the bundle")
    print(f"  ok: Korean chosen, Qt's Korean catalog found ({shot.name})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("binary", type=Path, help="the frozen lookalike executable")
    parser.add_argument(
        "--require-gui", action="store_true", help="fail instead of skipping when the GUI is missing"
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="work in DIR and keep it (screenshot, scan JSON)"
    )
    args = parser.parse_args(argv)
    binary = args.binary.resolve()
    if not binary.is_file():
        print(f"smoke test: no such program: {binary}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="lookalike-smoke-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        steps = [
            ("version", lambda: check_version(binary)),
            ("scan HEIC/AVIF/WebP", lambda: check_scan(binary, work)),
            # The other hashes take other code paths (ImageHash, PyWavelets for wHash).
            *(
                (f"scan with {name}", lambda name=name: check_scan(binary, work, name))
                for name in ("dhash", "ahash", "whash")
            ),
            ("checks kept under the source's digests", lambda: check_kept_under_the_source(binary, work)),
            ("grouping in a process of its own", lambda: check_grouping_apart(binary, work)),
            ("reading in a process of its own", lambda: check_reading_apart(binary, work)),
            ("trash round trip", lambda: check_trash_round_trip(binary)),
            ("demo screenshot", lambda: check_screenshot(binary, work, require_gui=args.require_gui)),
            ("Korean", lambda: check_language(binary, work)),
        ]
        for name, step in steps:
            print(f"smoke test: {name}")
            try:
                step()
            except (SmokeFailure, subprocess.TimeoutExpired) as exc:
                print(f"smoke test FAILED at '{name}': {exc}", file=sys.stderr)
                return 1
    print("smoke test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
