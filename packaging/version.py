"""The project's version, and the one conversion of it into the numbers each package format wants.

    python packaging/version.py [pep440 | windows | apple | debian]    # default: pep440

pyproject.toml holds a PEP 440 version ("0.2.0", "0.2.0rc1", "0.2.0.dev3", "0.2.0.post1"). Windows
version resources (both .exe files, and the installer's VIProductVersion) take four 16-bit numbers,
macOS's CFBundleVersion one to three integers, and dpkg orders versions by its own rules. Every
packaging script asks this file, so a pre-release comes out as the same numbers in the .exe, the
installer and the .app, and never as the release it leads up to.

Numbers (the scheme of CPython's own Windows file versions): the third number is
micro * 1000 + level * 10 + serial, where level is 0 for a .dev release, 10/11/12 for alpha/beta/
release candidate, 15 for the release and its .post releases. So the order is kept:

    0.2.0.dev3 -> 0.2.3     0.2.0a1 -> 0.2.101     0.2.0rc1 -> 0.2.121
    0.2.0      -> 0.2.150   0.2.0.post1 -> 0.2.151  1.4.2 -> 1.4.2150
    Windows adds a fourth number, 0: 0.2.150.0.

>>> [apple(v) for v in ("0.2.0.dev3", "0.2.0a1", "0.2.0b2", "0.2.0rc1", "0.2.0", "0.2.0.post1", "1.4.2")]
['0.2.3', '0.2.101', '0.2.112', '0.2.121', '0.2.150', '0.2.151', '1.4.2150']
>>> windows("0.2.0rc1"), windows("1.4")
('0.2.121.0', '1.4.150.0')
>>> [debian(v) for v in ("0.2.0.dev3", "0.2.0a1", "0.2.0rc1", "0.2.0", "0.2.0.post1")]
['0.2.0~~dev3', '0.2.0~a1', '0.2.0~rc1', '0.2.0', '0.2.0+post1']
>>> apple("0.2.0rc10")
Traceback (most recent call last):
...
ValueError: version 0.2.0rc10: pre-, post- and dev-release numbers must be 0-9 (Windows/macOS numbers)
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LEVELS = {"a": 10, "b": 11, "rc": 12}
FINAL = 15


def project_version() -> str:
    """The version in pyproject.toml, as written there."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def numbers(version: str) -> tuple[int, int, int]:
    """(major, minor, micro * 1000 + level * 10 + serial): see the module's docstring."""
    parsed = Version(version)
    if parsed.epoch or parsed.local or len(parsed.release) > 3:
        raise ValueError(f"version {version}: no epoch, local part or fourth number, please")
    if sum(part is not None for part in (parsed.pre, parsed.post, parsed.dev)) > 1:
        raise ValueError(f"version {version}: only one of a pre-, post- or dev-release at a time")
    major, minor, micro = (*parsed.release, 0, 0)[:3]
    if parsed.pre is not None:
        level, serial = LEVELS[parsed.pre[0]], parsed.pre[1]
    elif parsed.dev is not None:
        level, serial = 0, parsed.dev
    else:
        level, serial = FINAL, parsed.post or 0
    if serial > 9:
        raise ValueError(
            f"version {version}: pre-, post- and dev-release numbers must be 0-9 (Windows/macOS numbers)"
        )
    third = micro * 1000 + level * 10 + serial
    if max(major, minor, third) > 0xFFFF:
        raise ValueError(f"version {version}: too large for a Windows version resource (micro at most 65)")
    return major, minor, third


def windows(version: str) -> str:
    """Four numbers for Windows version resources (FILEVERSION, VIProductVersion)."""
    return ".".join(str(n) for n in (*numbers(version), 0))


def apple(version: str) -> str:
    """CFBundleVersion: three integers."""
    return ".".join(str(n) for n in numbers(version))


def debian(version: str) -> str:
    """The .deb's Version: "~" sorts a pre-release before its release, "~~" a .dev before both."""
    parsed = Version(version)
    text = ".".join(str(n) for n in parsed.release)
    if parsed.pre is not None:
        text += f"~{parsed.pre[0]}{parsed.pre[1]}"
    if parsed.post is not None:
        text += f"+post{parsed.post}"
    if parsed.dev is not None:
        text += f"~~dev{parsed.dev}"
    return text


def main(argv: list[str]) -> int:
    kinds: dict[str, Callable[[str], str]] = {
        "pep440": str,
        "windows": windows,
        "apple": apple,
        "debian": debian,
    }
    kind = argv[0] if argv else "pep440"
    if kind not in kinds or len(argv) > 1:
        print(f"usage: version.py [{' | '.join(kinds)}]", file=sys.stderr)
        return 2
    print(kinds[kind](project_version()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
