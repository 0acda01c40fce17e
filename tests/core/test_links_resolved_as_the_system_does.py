"""Where a link leads, as discovery works it out a name at a time (so that a look at a drive that
does not answer never holds the scan): what the system says, for links that name a file as a folder
("f.jpg/"), and for a folder swapped for a link while a folder's links are looked at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from lookalike.core import discovery
from lookalike.core.discovery import Findings, discover_found
from lookalike.core.models import ScanOptions
from lookalike.core.reasons import Code
from lookalike.core.scan import scan
from lookalike.samples import photo

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX links")


def _system(link: str) -> tuple[str, int] | str:
    try:
        return os.path.realpath(link, strict=True), os.stat(link).st_ino
    except OSError as exc:
        return f"OSError {exc.errno}"


def _ours(link: str, folders: dict[str, os.stat_result]) -> tuple[str, int] | str:
    try:
        real, status = discovery._link_target(link, set(), [""], folders)
    except OSError as exc:
        return f"OSError {exc.errno}"
    return real, status.st_ino


@pytest.mark.parametrize("target", ["f.jpg/", "f.jpg/.", "f.jpg/..", "f.jpg/../f.jpg"])
def test_link_through_a_file_spelt_as_a_folder_leads_nowhere_as_the_system_says(
    tmp_path: Path, target: str
) -> None:
    """A link whose target names a picture as a folder ("f.jpg/", "f.jpg/.", "f.jpg/..") leads
    nowhere for the system (ENOTDIR); _link_target skips "" and "." and takes ".." textually."""
    (tmp_path / "f.jpg").write_bytes(b"x" * 10)
    (tmp_path / "a.jpg").symlink_to(target)
    link = os.fspath(tmp_path / "a.jpg")
    assert _ours(link, {}) == _system(link)


def test_a_link_spelt_with_a_slash_hides_the_picture_it_names_and_its_copy(tmp_path: Path) -> None:
    """Links followed: `a.jpg -> "f.jpg/"` (broken for the system) is taken as a name of f.jpg;
    sorting first, it takes f.jpg's identity, so f.jpg is never scanned (an 'other name'), a.jpg
    cannot be read, and f.jpg's exact copy g.jpg is no longer found. Before: a.jpg a broken link,
    f.jpg and g.jpg a group."""
    pictures = tmp_path / "Pictures"
    pictures.mkdir()
    photo(1, (320, 240)).save(pictures / "f.jpg", quality=90)
    shutil.copy(pictures / "f.jpg", pictures / "g.jpg")
    (pictures / "a.jpg").symlink_to("f.jpg/")

    result = scan([pictures], ScanOptions(use_cache=False, follow_links=True))

    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["f.jpg", "g.jpg"]]
    assert {e.path.name: str(e.error) for e in result.errors} == {"a.jpg": str(Code.BROKEN_LINK())}


def _swap_when_read(monkeypatch: pytest.MonkeyPatch, link: Path, swap: Any) -> None:
    """Run `swap()` just before the look reads `link` (another program changing a folder while the
    folder's links are looked at one after the other)."""
    real_readlink = os.readlink
    done: list[bool] = []

    def readlink(path: Any, *args: Any, **kwargs: Any) -> Any:
        if not done and os.fspath(path) == os.fspath(link):
            done.append(True)
            swap()
        return real_readlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "readlink", readlink)


def test_picture_in_a_reference_folder_reached_through_a_stale_folder_is_not_counted_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Safety framing of the stale cache: both folders scanned, `ref` the reference folder. The
    picture found through l2.jpg is ref/d/y.jpg, yet it is not counted as in the reference folder
    (the window would suggest deleting it). Before, os.path.realpath at that moment said ref."""
    root, ref = tmp_path / "root", tmp_path / "ref"
    (root / "d").mkdir(parents=True)
    (ref / "d").mkdir(parents=True)
    (root / "d" / "x.jpg").write_bytes(b"x" * 10)
    (ref / "d" / "y.jpg").write_bytes(b"y" * 10)
    (root / "d" / "y.jpg").write_bytes(b"z" * 10)
    (root / "l1.jpg").symlink_to(Path("d") / "x.jpg")
    (root / "l2.jpg").symlink_to(Path("d") / "y.jpg")

    def swap() -> None:
        (root / "d").rename(tmp_path / "d-old")
        (root / "d").symlink_to(ref / "d")

    _swap_when_read(monkeypatch, root / "l2.jpg", swap)
    options = ScanOptions(follow_links=True, reference_roots=(ref,))
    found = list(discover_found((root, ref), options, Findings()))
    in_reference = {
        path: flag
        for files in found
        for path, flag in zip(files.paths, files.references or [False] * len(files.paths), strict=True)
    }
    l2 = os.fspath(root / "l2.jpg")
    assert os.path.realpath(l2).startswith(os.fspath(ref))
    assert in_reference.get(l2) is True, ("ref/d/y.jpg found as root/l2.jpg", in_reference)
