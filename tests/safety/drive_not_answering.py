"""A network drive that stopped answering, stood in for: each look at a path on it (os.stat, os.lstat,
os.open, listing, os.path.realpath) waits until the drive answers, as a look at a drive whose
connection was lost waits as long as the drive does. What the acting tests, in tests/safety and
tests/ui, hold their folders with."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HELD_AT_MOST = 8.0  # seconds the drive holds a look, unless told to answer first

# What looks at a path on the drive, in os, and os.path's (os.path.realpath looks through os.lstat in
# Python 3.11, but may not in another version).
_OS_LOOKS = ("stat", "lstat", "open", "scandir", "listdir")


@dataclass
class Drive:
    """A drive mounted at `root` that does not answer: each look at a path on it waits until answer()
    (or HELD_AT_MOST seconds)."""

    root: Path
    answering: threading.Event

    def answer(self) -> None:
        self.answering.set()

    def holds(self, path: object) -> bool:
        """Whether `path` is on the drive (a file descriptor is not: opened while it answered)."""
        if not isinstance(path, str | bytes | os.PathLike):
            return False
        text = os.fsdecode(path)
        return text == str(self.root) or text.startswith(str(self.root) + os.sep)


def stop_answering(root: Path, monkeypatch: pytest.MonkeyPatch) -> Drive:
    """The drive mounted at `root` stops answering, whoever looks; answer() it before the test ends,
    so that no look is left waiting."""
    drive = Drive(root, threading.Event())

    def held(real: Any) -> Any:
        def on_a_drive_not_answering(*args: Any, **kwargs: Any) -> Any:
            if args and drive.holds(args[0]):
                drive.answering.wait(HELD_AT_MOST)
            return real(*args, **kwargs)

        return on_a_drive_not_answering

    for name in _OS_LOOKS:
        monkeypatch.setattr(os, name, held(getattr(os, name)))
    monkeypatch.setattr(os.path, "realpath", held(os.path.realpath))
    return drive
