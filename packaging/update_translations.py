"""Regenerate the translation catalogs of the window and the command line, and compile them.

    python packaging/update_translations.py          # update the .ts from the code, then compile the .qm
    python packaging/update_translations.py --check  # exit 1 if a .ts or .qm is not up to date

pyside6-lupdate reads every tr() / translate() / QT_TRANSLATE_NOOP in app/lookalike/ui/*.py, cli.py
and reasons_wording.py into app/lookalike/ui/translations/lookalike_<language>.ts (new messages arrive
"unfinished"; messages the code no longer has are dropped), and pyside6-lrelease compiles each .ts
into the .qm the app loads.
lookalike_en.ts holds only the English plural forms ("%n file(s)" -> "1 file", "2 files").

The .qm files are committed beside the .ts (a few kB each, and lrelease's output is byte-for-byte
reproducible): a fresh clone, `pip install -e .`, the wheel and the frozen app all have them without
a build step, and tests/ui/test_translations.py fails when they fall behind their .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOOKALIKE = ROOT / "app" / "lookalike"
UI = LOOKALIKE / "ui"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("ko", "zh_CN", "ja")  # complete catalogs; English is the source language
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) and run with its Python")
    return found


def sources() -> list[Path]:
    """The window's modules, and the Qt-free ones that share its catalogs: the command line's words
    and the reasons' table (both read through lookalike.catalog)."""
    return [*sorted(UI.glob("*.py")), LOOKALIKE / "cli.py", LOOKALIKE / "reasons_wording.py"]


def catalog(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"lookalike_{language}.ts"


def update(folder: Path = TRANSLATIONS) -> None:
    """Bring every .ts in `folder` up to date with the code (pyside6-lupdate)."""
    files = [str(path) for path in sources()]
    common = ["-locations", "none", "-no-obsolete", "-silent"]
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lupdate"), *common, "-target-language", language, *files,
             "-ts", str(catalog(language, folder))],
            check=True,
        )  # fmt: skip
    subprocess.run(
        [tool("pyside6-lupdate"), *common, "-pluralonly", "-target-language", SOURCE_LANGUAGE, *files,
         "-ts", str(catalog(SOURCE_LANGUAGE, folder))],
        check=True,
    )  # fmt: skip


def compile_catalogs(folder: Path = TRANSLATIONS, out: Path = TRANSLATIONS) -> None:
    """Compile each .ts in `folder` into a .qm in `out` (pyside6-lrelease)."""
    for language in (SOURCE_LANGUAGE, *LANGUAGES):
        qm = out / f"lookalike_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(catalog(language, folder)), "-qm", str(qm)], check=True
        )


def stale() -> list[str]:
    """The catalogs that `update` or `compile_catalogs` would change."""
    changed = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for ts in TRANSLATIONS.glob("*.ts"):
            shutil.copy(ts, copy / ts.name)
        update(copy)
        compile_catalogs(copy, copy)
        for made in sorted(copy.iterdir()):
            committed = TRANSLATIONS / made.name
            if not committed.is_file() or committed.read_bytes() != made.read_bytes():
                changed.append(made.name)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only say whether the catalogs are up to date")
    if parser.parse_args().check:
        changed = stale()
        for name in changed:
            print(f"out of date: {name} (run packaging/update_translations.py)")
        return 1 if changed else 0
    TRANSLATIONS.mkdir(exist_ok=True)
    update()
    compile_catalogs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
