"""Fault injection: real files in tmp_path, a real XDG trash, and the two ways to act.

Every scenario acts through the window's path (a Review's marks -> plan -> carry_out,
which is what the window's ActionTask runs) and through `lookalike apply` on a saved
result, and asserts what is on disk and in the trash afterwards.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lookalike import cli
from lookalike.core import discovery, renaming, report
from lookalike.core.actions import ActionReport, carry_out
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.samples import photo
from lookalike.ui.review import Review

from . import drive_not_answering
from .drive_not_answering import Drive

# What only some systems can build: FIFOs, symbolic links without privileges and SIGINT to a child
# (not Windows); file names that are not valid UTF-8 (only Linux file systems keep them).
needs_posix = pytest.mark.skipif(os.name == "nt", reason="needs FIFOs, symbolic links or POSIX signals")
needs_byte_names = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="only Linux file systems keep names that are not UTF-8"
)


def scan_folder(root: Path, *roots: Path, **options: object) -> ScanResult:
    settings = ScanOptions(cache_dir=root.parent / "cache", **options)  # type: ignore[arg-type]
    return scan((root, *roots), settings)


def make_copies(folder: Path, seed: int = 1, names: tuple[str, ...] = ("a.jpg", "b.jpg")) -> list[Path]:
    """Byte-identical copies of one generated photo."""
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / names[0]
    first.parent.mkdir(parents=True, exist_ok=True)
    photo(seed, (320, 240)).save(first, quality=90)
    paths = [first]
    for name in names[1:]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(first.read_bytes())
        paths.append(folder / name)
    return paths


def trashed(trash: Path) -> list[str]:
    """Names of the files in the XDG trash."""
    files = trash / "files"
    return sorted(os.fsdecode(name) for name in os.listdir(os.fsencode(files))) if files.exists() else []


def mark(result: ScanResult, keep: set[Path]) -> dict[Path, bool]:
    """KEEP for `keep`, DELETE for every other grouped file."""
    return {m.path: m.path in keep for g in result.groups for m in g.members}


@dataclass
class Outcome:
    report: ActionReport | None
    exit_code: int | None
    output: str

    def skipped(self) -> list[str]:
        if self.report is not None:
            return [str(o.reason) for o in self.report.problems]
        return [line for line in self.output.splitlines() if line.startswith("skipped:")]


Act = Callable[[ScanResult, dict[Path, bool]], Outcome]


def act_in_window(result: ScanResult, marks: dict[Path, bool]) -> Outcome:
    """What the window does on "Move to Trash": the review's marks become a plan for carry_out."""
    review = Review.from_result(result, marks)
    return Outcome(carry_out(review.plan()), None, "")


def save_result(result: ScanResult, marks: dict[Path, bool], path: Path) -> Path:
    review = Review.from_result(result, marks)
    path.write_text(report.to_json(review.marked_result()), encoding="utf-8")
    return path


def apply_file(path: Path, *extra: str, capsys: pytest.CaptureFixture[str]) -> Outcome:
    code = cli.main(["apply", str(path), *extra])
    captured = capsys.readouterr()
    return Outcome(None, code, captured.out + captured.err)


@pytest.fixture(params=["window", "apply"])
def act(request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Act:
    """Each scenario runs once through the window's path and once through `lookalike apply`."""
    if request.param == "window":
        return act_in_window

    def via_apply(result: ScanResult, marks: dict[Path, bool]) -> Outcome:
        return apply_file(save_result(result, marks, tmp_path / "result.json"), capsys=capsys)

    return via_apply


def load_json(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def ends_without_waiting_on(fifo: Path, work: Callable[[], object], seconds: float, what: str) -> None:
    """Run `work` on a thread of its own. Should it not end within `seconds` (waiting on `fifo` for a
    reader or a writer that never comes), give the FIFO both ends, so the thread can end, and fail
    saying `what`."""
    working = threading.Thread(target=work, daemon=True)
    working.start()
    working.join(seconds)
    if working.is_alive():
        os.close(os.open(fifo, os.O_RDWR | os.O_NONBLOCK))
        pytest.fail(what)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Makes a folder immutable (`chattr +i`): nothing in it can be removed, renamed or added, not
    even by root, as a folder on a read-only drive or a locked share; made mutable again after."""
    probe = tmp_path / "probe"
    probe.mkdir()
    if (
        shutil.which("chattr") is None
        or subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode
    ):
        pytest.skip("no chattr, or this file system or user cannot make a folder immutable")
    made = [probe]

    def make(folder: Path) -> None:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        made.append(folder)

    yield make
    for folder in made:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


# ---- drives this machine lacks, stood in for by the one system call each refuses ----------------


def without_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every drive as one that keeps no hard links (FAT, exFAT, some network shares): os.link refused
    as they refuse it."""

    def fat_link(source: Any, target: Any, **named: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target))

    monkeypatch.setattr(os, "link", fat_link)


def without_a_rename_that_refuses_to_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every drive as one that cannot rename without replacing (a file system in user space without
    it: exFAT by exfat-fuse, FAT by fusefat, GNOME's network shares): the kernel refuses a name taken
    itself (EEXIST), the drive anything else (EINVAL), as on exfat-fuse and fusefat mounted for
    real. The rename that would replace stays as it is: nothing may fall back on it."""

    def fuse_drive(from_folder: int, source: bytes, to_folder: int, target: bytes) -> int:
        ctypes.set_errno(errno.EEXIST if _taken(target, to_folder) else errno.EINVAL)
        return -1

    monkeypatch.setattr(renaming, "_no_replace_call", lambda: fuse_drive)


def just_before_each_name_given(monkeypatch: pytest.MonkeyPatch, before: Callable[[str], None]) -> None:
    """Call `before` with a name (a path, or a name in the folder held) just before a rename gives a
    file that name, however the code gives it: os.rename, or the system's rename that refuses to
    replace (renaming), each then called as it is."""
    real_rename, real_call = os.rename, renaming._no_replace_call()

    def plain_rename(source: Any, target: Any, **named: Any) -> None:
        before(os.fsdecode(target))
        real_rename(source, target, **named)

    def refusing_rename(from_folder: int, source: bytes, to_folder: int, target: bytes) -> int:
        before(os.fsdecode(target))
        assert real_call is not None
        return real_call(from_folder, source, to_folder, target)

    monkeypatch.setattr(os, "rename", plain_rename)
    monkeypatch.setattr(renaming, "_no_replace_call", lambda: refusing_rename if real_call else None)


def _taken(name: bytes, folder: int) -> bool:
    """Whether anything has `name` (in the folder held open as `folder`, unless it is AT_FDCWD)."""
    try:
        os.lstat(name, dir_fd=None if folder == renaming._AT_FDCWD else folder)
    except FileNotFoundError:
        return False
    return True


def just_before_each_name_taken_away(monkeypatch: pytest.MonkeyPatch, before: Callable[[str], None]) -> None:
    """Call `before` with a name (a path, or a name in the folder held) just before the app removes
    it or renames its file away, however it does: os.unlink (Path.unlink calls it), os.rename, or
    the system's rename that refuses to replace (renaming), each then called as it is. Set up after
    any stand-in drive (without_a_rename_that_refuses_to_replace): its rename is the one wrapped."""
    real_unlink, real_rename, real_call = os.unlink, os.rename, renaming._no_replace_call()

    def unlink(path: Any, **named: Any) -> None:
        before(os.fsdecode(path))
        real_unlink(path, **named)

    def plain_rename(source: Any, target: Any, **named: Any) -> None:
        before(os.fsdecode(source))
        real_rename(source, target, **named)

    def refusing_rename(from_folder: int, source: bytes, to_folder: int, target: bytes) -> int:
        before(os.fsdecode(source))
        assert real_call is not None
        return real_call(from_folder, source, to_folder, target)

    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "rename", plain_rename)
    monkeypatch.setattr(renaming, "_no_replace_call", lambda: refusing_rename if real_call else None)


@pytest.fixture
def dead(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Drive]]:
    """Makes the drive at a folder stop answering (put in the list what stop_answering() gives): every
    look at it or below waits, its status listed in the folder above too, as on a real drive. It
    answers again when the test ends."""
    drives: list[Drive] = []
    real_lstat_of = discovery.lstat_of

    def lstat_of(entry: os.DirEntry[str], path: str) -> os.stat_result:
        for drive in drives:
            if drive.holds(path):
                drive.answering.wait(drive_not_answering.HELD_AT_MOST)
        return real_lstat_of(entry, path)

    monkeypatch.setattr(discovery, "lstat_of", lstat_of)
    yield drives
    for drive in drives:
        drive.answer()
