"""Write the licence notices that ship inside every frozen build (packaging/lookalike.spec calls it).

    python packaging/licenses.py OUT_DIR PACKAGE [PACKAGE ...]     # e.g. build/licenses numpy pillow

OUT_DIR/THIRD-PARTY-NOTICES.txt lists each bundled distribution with its version and licence, and
OUT_DIR/<distribution>/ holds the licence files its wheel carries (NumPy's and Pillow's include the
notices of the libraries their wheels bundle, pillow-heif's names libheif, libde265 and x265).
Qt for Python's wheels carry no licence text, so the GNU texts the LGPL/GPL components need come
from packaging/licenses/ (verbatim FSF texts). Python's own licence is copied from the interpreter
that builds. The spec places the folder at licenses/ in the app: _internal/licenses on Windows and
Linux, Lookalike.app/Contents/Resources/licenses on macOS.
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import shutil
import sys
import sysconfig
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
GNU_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt", "GPL-2.0.txt")
LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
QT_DISTRIBUTIONS = {"PySide6_Essentials", "PySide6-Essentials", "shiboken6"}

HEADER = """\
Lookalike {version}: third-party software in this package

Lookalike itself is free software under the MIT License. This package also contains the software
below, each part under its own licence. The licence texts are in this folder: one folder per
part, and the GNU licences as {gnu}.

Python {python} - Python Software Foundation License - python/LICENSE.txt
  (with the notices of the libraries Python itself includes)
"""

QT_NOTICE = """\
Qt {qt} and Qt for Python (PySide6, Shiboken) - GNU Lesser General Public License v3
  (LGPL-3.0.txt, which adds permissions to GPL-3.0.txt). Copyright (C) The Qt Company Ltd. and
  other contributors. The Qt libraries are separate shared libraries in this package (the
  PySide6 folder); you may replace them with your own build of Qt {qt}. Source code:
  https://download.qt.io/official_releases/qt/ and https://code.qt.io/cgit/pyside/pyside-setup.git/
  The licences of the third-party code inside Qt: https://doc.qt.io/qt-6/licenses-used-in-qt.html
"""

HEIF_NOTICE = """\
  pillow-heif's libraries: libheif and libde265 under the GNU LGPL v3 (LGPL-3.0.txt, GPL-3.0.txt)
  and {x265}.
  Where their source code is: pillow_heif/LICENSES_bundled.txt.
"""
X265_REAL = "x265, the HEVC encoder, under the GNU GPL v2 or later (GPL-2.0.txt)"
X265_STUB = "no x265: this build carries a decode-only stand-in of our own in its place"


def write_notices(out: Path, packages: list[str], *, version: str, x265_stubbed: bool) -> Path:
    """Fill `out` with the notices of the distributions that provide the import `packages`."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in GNU_TEXTS:
        shutil.copy2(HERE / "licenses" / name, out / name)
    (out / "python").mkdir()
    python_licence = _python_licence()
    if python_licence is not None:
        shutil.copy2(python_licence, out / "python" / "LICENSE.txt")
    else:
        (out / "python" / "LICENSE.txt").write_text("See https://docs.python.org/3/license.html\n")

    lines = [HEADER.format(version=version, gnu=", ".join(GNU_TEXTS), python=platform.python_version())]
    for distribution in _distributions(packages):
        name, dist_version = distribution.metadata["Name"], distribution.version
        if name in QT_DISTRIBUTIONS:
            if name != "shiboken6":
                lines.append(QT_NOTICE.format(qt=dist_version))
            continue
        copied = _copy_licence_files(distribution, out / name)
        where = f"{name}/" if copied else "(no licence file in its wheel)"
        lines.append(f"{name} {dist_version} - {_licence_of(distribution)} - {where}")
        if name.replace("-", "_").lower() == "pillow_heif":
            lines.append(HEIF_NOTICE.format(x265=X265_STUB if x265_stubbed else X265_REAL))
    notices = out / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    return notices


def _distributions(packages: list[str]) -> list[metadata.Distribution]:
    """The installed distributions providing these top-level import packages, by name, Lookalike left out."""
    providers = metadata.packages_distributions()
    names = {dist for package in packages for dist in providers.get(package, [])}
    names -= {"lookalike"}
    return sorted((metadata.distribution(name) for name in names), key=lambda d: d.metadata["Name"].lower())


def _licence_of(distribution: metadata.Distribution) -> str:
    info = distribution.metadata.json
    for field in ("license_expression", "license"):
        text = info.get(field)
        if isinstance(text, str) and text and "\n" not in text and len(text) < 80:
            return text
    classifiers = info.get("classifier", [])
    licences = [c.split(" :: ")[-1] for c in classifiers if c.startswith("License ::")]
    return ", ".join(licences) or "see its licence files"


def _copy_licence_files(distribution: metadata.Distribution, target: Path) -> list[Path]:
    copied = []
    for file in distribution.files or []:
        path = PurePosixPath(str(file))
        in_dist_info = path.parts[0].endswith(".dist-info")
        named_like_a_licence = path.name.upper().startswith(LICENCE_NAMES)
        if not (in_dist_info and (named_like_a_licence or "licenses" in path.parts)):
            continue
        relative = PurePosixPath(*path.parts[1:])
        if relative.parts and relative.parts[0] == "licenses":
            relative = PurePosixPath(*relative.parts[1:])
        destination = target.joinpath(*relative.parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(Path(str(file.locate())), destination)
        copied.append(destination)
    return copied


def _python_licence() -> Path | None:
    candidates = (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",  # Linux, macOS
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows
    )
    return next((path for path in candidates if path.is_file()), None)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(write_notices(Path(argv[0]), argv[1:], version="(source)", x265_stubbed=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
