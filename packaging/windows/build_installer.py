"""Compile the Windows installer from the one-folder build with NSIS's makensis.

    python packaging/windows/build_installer.py [--source dist/lookalike] [--fast] [--out FILE]

Runs on Windows (NSIS from https://nsis.sourceforge.io or `choco install nsis`) and on Linux
(Debian/Ubuntu: apt-get install nsis), where the Linux one-folder build stands in for the Windows
payload so that the script is checked against the real folder layout. --fast uses zlib instead of
solid LZMA (about 1.5 min instead of several here); --no-compress stores the files (a script check in
seconds, what CI does). Prints the installer's path.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent.parent


def packaging_versions() -> ModuleType:
    """packaging/version.py, the one conversion of the version that the .exe files use too."""
    spec = importlib.util.spec_from_file_location(
        "lookalike_packaging_version", ROOT / "packaging" / "version.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").exists():
            return str(Path(base) / "NSIS" / "makensis.exe")
    sys.exit("makensis not found: install NSIS (choco install nsis / apt-get install nsis)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--source", type=Path, default=ROOT / "dist" / "lookalike", help="the one-folder build"
    )
    parser.add_argument("--icon", type=Path, default=ROOT / "build" / "icons" / "lookalike.ico")
    parser.add_argument(
        "--out", type=Path, help="installer path (default: dist/Lookalike-VERSION-windows-x64-setup.exe)"
    )
    parser.add_argument("--fast", action="store_true", help="zlib instead of solid LZMA")
    parser.add_argument("--no-compress", action="store_true", help="store files uncompressed (script check)")
    args = parser.parse_args(argv)
    versions = packaging_versions()
    ver = versions.project_version()
    out = (args.out or ROOT / "dist" / f"Lookalike-{ver}-windows-x64-setup.exe").resolve()
    if not (args.source / ("lookalike.exe" if os.name == "nt" else "lookalike")).exists():
        sys.exit(f"no one-folder build in {args.source}")
    if not args.icon.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(args.icon.parent)], check=True
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [
        find_makensis(), "-V2", "-NOCD",
        f"-DVERSION={ver}", f"-DVERSION_QUAD={versions.windows(ver)}",
        f"-DSOURCE_DIR={args.source.resolve()}", f"-DICON={args.icon.resolve()}", f"-DOUTFILE={out}",
        *(["-DFAST"] if args.fast else []),
        *(["-DNOCOMPRESS"] if args.no_compress else []),
        str(ROOT / "packaging" / "windows" / "lookalike.nsi"),
    ]  # fmt: skip
    subprocess.run(command, check=True)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
