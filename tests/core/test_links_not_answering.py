"""Links to places on a drive that does not answer (a network drive whose connection was lost):
discovery never waits for one longer than reach.PATIENCE, nor past Stop, and never looks
at or below a folder the window found out of reach, however many links lead there."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lookalike.core import discovery, reach
from lookalike.core.discovery import Findings, discover_found
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.reasons import Code
from lookalike.core.scan import scan
from lookalike.samples import photo

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")

# How long a look at the drive waits before it answers after all: a test whose scan waited for it
# takes this long at least, and says how many looks there were.
_HELD = 10.0


class DeadDrive:
    """A folder whose drive stops answering: from stop_answering() on, every look at it or below
    it, however spelt (through links too), waits until the test ends (at most _HELD seconds), as on
    a network drive whose connection was lost. `looks` are the paths of the looks that waited."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self.looks: list[str] = []
        self._monkeypatch = monkeypatch
        self._answering = threading.Event()
        self._inside = threading.local()  # in its own look at a path: the real functions answer

    def stop_answering(self) -> None:
        real_realpath = os.path.realpath
        dead = os.fspath(self.folder)

        def on_the_drive(path: Any, kwargs: dict[str, Any], *, follows: bool) -> bool:
            """Whether a look at `path` reaches the drive (`follows`: through a link at its end)."""
            if isinstance(path, int) or kwargs.get("dir_fd") is not None:
                return False  # of a folder opened: opening one on the drive waited already
            text = os.path.abspath(os.fsdecode(path))
            self._inside.looking = True
            try:
                if follows:
                    real = real_realpath(text)
                else:  # the link itself, not where it leads
                    real = os.path.join(real_realpath(os.path.dirname(text)), os.path.basename(text))
            finally:
                self._inside.looking = False
            return any(spelt == dead or spelt.startswith(dead + os.sep) for spelt in (text, real))

        def held(real: Callable[..., Any], *, follows: bool = True) -> Callable[..., Any]:
            def look(path: Any, *args: Any, **kwargs: Any) -> Any:
                if not getattr(self._inside, "looking", False) and on_the_drive(
                    path, kwargs, follows=follows
                ):
                    self.looks.append(os.fsdecode(path))
                    self._answering.wait(_HELD)
                return real(path, *args, **kwargs)

            return look

        for name in ("stat", "scandir", "open"):
            self._monkeypatch.setattr(os, name, held(getattr(os, name)))
        for name in ("lstat", "readlink"):
            self._monkeypatch.setattr(os, name, held(getattr(os, name), follows=False))
        self._monkeypatch.setattr(os.path, "realpath", held(real_realpath))
        # An entry's own status, which os.scandir's entries ask the system for themselves.
        real_lstat_of = discovery.lstat_of

        def lstat_of(entry: os.DirEntry[str], path: str) -> os.stat_result:
            return held(lambda _: real_lstat_of(entry, path), follows=False)(path)  # type: ignore[no-any-return]

        self._monkeypatch.setattr(discovery, "lstat_of", lstat_of)

    def answer(self) -> None:
        self._answering.set()


@pytest.fixture
def nas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DeadDrive]:
    """A network drive mounted at tmp_path/NAS, photos on it; it answers again when the test ends."""
    drive = DeadDrive(tmp_path / "NAS", monkeypatch)
    photos = drive.folder / "Photos"
    (photos / "2019").mkdir(parents=True)
    photo(3, (320, 240)).save(photos / "x.jpg", quality=90)
    photo(4, (320, 240)).save(photos / "2019" / "y.jpg", quality=90)
    yield drive
    drive.answer()


def _pictures(folder: Path) -> None:
    """Two copies of a photo, another photo in a subfolder, a link to that subfolder and a link to
    a picture that is gone."""
    (folder / "sub").mkdir(parents=True)
    photo(1, (320, 240)).save(folder / "a.jpg", quality=90)
    (folder / "copy.jpg").write_bytes((folder / "a.jpg").read_bytes())
    photo(2, (320, 240)).save(folder / "sub" / "b.jpg", quality=90)
    (folder / "album").symlink_to(folder / "sub")
    (folder / "gone.jpg").symlink_to(folder / "nowhere.jpg")


def _said(items: tuple[Any, ...] | list[Any]) -> dict[str, str]:
    return {item.path.name: str(item.error) for item in items}


def _found(result: ScanResult) -> list[str]:
    return sorted(record.entry.path.name for record in result.images)


NOT_ANSWERING = str(Code.LINK_NOT_ANSWERING())


@pytest.mark.parametrize("follow_links", [False, True], ids=["links not followed", "links followed"])
def test_links_to_a_drive_that_does_not_answer_hold_the_scan_once_at_most(
    tmp_path: Path, nas: DeadDrive, monkeypatch: pytest.MonkeyPatch, follow_links: bool
) -> None:
    """Shortcuts to a network drive that stopped answering (the window never heard of it: it is
    not a folder listed): the first look there is given reach.PATIENCE, then that place counts as not
    answering, and the other links there are not waited for. Whether links are followed or not, the
    links there are said, in plain words, and the rest of the scan is as it would be."""
    pictures = tmp_path / "Pictures"
    _pictures(pictures)
    (pictures / "NAS").symlink_to(nas.folder / "Photos")
    (pictures / "favourite.jpg").symlink_to(nas.folder / "Photos" / "x.jpg")
    (pictures / "other favourite.jpg").symlink_to(nas.folder / "Photos" / "2019" / "y.jpg")
    monkeypatch.setattr(reach, "PATIENCE", 1.0)
    nas.stop_answering()

    started = time.monotonic()
    result = scan([pictures], ScanOptions(use_cache=False, follow_links=follow_links))
    took = time.monotonic() - started

    assert took < 5.0 and len(nas.looks) == 1, (took, nas.looks)
    assert _found(result) == ["a.jpg", "b.jpg", "copy.jpg"]
    (group,) = result.groups
    assert sorted(member.path.name for member in group.members) == ["a.jpg", "copy.jpg"]
    # Left out, as links outside the scanned folders are (followed or not): no more is known of
    # them, nor needed.
    not_answering = {name: NOT_ANSWERING for name in ("NAS", "favourite.jpg", "other favourite.jpg")}
    followed = {} if follow_links else {"album": str(Code.LINK_TO_FOLDER_NOT_FOLLOWED())}
    assert _said(result.skipped) == {**followed, **not_answering}
    assert _said(result.errors) == {"gone.jpg": str(Code.BROKEN_LINK())}
    assert result.warnings == ()


@pytest.mark.parametrize("follow_links", [False, True], ids=["links not followed", "links followed"])
def test_a_folder_scanned_on_a_drive_that_stopped_answering_a_link_is_not_looked_at(
    tmp_path: Path, nas: DeadDrive, monkeypatch: pytest.MonkeyPatch, follow_links: bool
) -> None:
    """Two folders scanned, the second on the network drive, which stops answering as the scan
    begins (after the window looked at the folders): a link in the first is given reach.PATIENCE,
    and then the second folder is not looked at either, but said not to answer."""
    pictures = tmp_path / "Pictures"
    _pictures(pictures)
    (pictures / "favourite.jpg").symlink_to(nas.folder / "Photos" / "x.jpg")
    monkeypatch.setattr(reach, "PATIENCE", 1.0)

    dead: list[bool] = []

    def stopping_answering() -> bool:  # asked first as the first folder's walk begins
        if not dead:
            dead.append(True)
            nas.stop_answering()
        return False

    started = time.monotonic()
    findings = Findings()
    options = ScanOptions(follow_links=follow_links)
    found = list(
        discover_found((pictures, nas.folder / "Photos"), options, findings, cancelled=stopping_answering)
    )
    took = time.monotonic() - started

    assert took < 5.0 and len(nas.looks) == 1, (took, nas.looks)
    assert sorted(name for files in found for name in files.paths.names) == ["a.jpg", "b.jpg", "copy.jpg"]
    assert _said(findings.skipped) == {
        "favourite.jpg": NOT_ANSWERING,
        **({} if follow_links else {"album": str(Code.LINK_TO_FOLDER_NOT_FOLLOWED())}),
    }
    assert [str(warning) for warning in findings.warnings] == [
        str(Code.FOLDER_NOT_ANSWERING(folder=os.fspath(nas.folder / "Photos")))
    ]


def test_stop_while_a_link_waits_for_its_drive_stops_the_scan_within_a_second(
    tmp_path: Path, nas: DeadDrive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However long the patience given a link's drive, Stop does not wait for it."""
    pictures = tmp_path / "Pictures"
    _pictures(pictures)
    (pictures / "NAS").symlink_to(nas.folder / "Photos")
    monkeypatch.setattr(reach, "PATIENCE", 60.0)
    nas.stop_answering()

    started = time.monotonic()
    result = scan(
        [pictures], ScanOptions(use_cache=False), cancelled=lambda: time.monotonic() > started + 0.5
    )
    took = time.monotonic() - started

    assert took < 1.5 and nas.looks, (took, nas.looks)
    assert result.cancelled


@pytest.mark.parametrize("follow_links", [False, True], ids=["links not followed", "links followed"])
def test_no_chain_of_links_leads_into_a_folder_out_of_reach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, follow_links: bool
) -> None:
    """Hostile: the reference folder whose drive did not answer the window (out of reach) is reached
    through links to links to it and to a picture in it, and through a link to the folder above it,
    which a walk then spells otherwise. Nothing at or below it is looked at, however spelt: each
    look would wait for its drive, the scan and Stop with it. The links that lead there are said."""
    inbox = tmp_path / "inbox"
    archive = inbox / "mounts" / "archive"  # a network drive mounted there
    drive = DeadDrive(archive, monkeypatch)
    archive.mkdir(parents=True)
    picture = photo(7, (600, 400))
    picture.resize((300, 200)).save(archive / "small-original.jpg", quality=90)
    picture.save(inbox / "large-copy.jpg", quality=90)
    (inbox / "second-copy.jpg").write_bytes((inbox / "large-copy.jpg").read_bytes())
    photo(8, (320, 240)).save(inbox / "mounts" / "other.jpg", quality=90)
    (inbox / "a shortcut to the mounts").symlink_to(inbox / "mounts")
    (inbox / "second").symlink_to(Path("mounts") / "archive")
    (inbox / "first").symlink_to("second")
    (inbox / "hop.jpg").symlink_to(archive / "small-original.jpg")
    (inbox / "shortcut to a picture.jpg").symlink_to("hop.jpg")
    options = ScanOptions(reference_roots=(archive,), follow_links=follow_links, use_cache=False)
    monkeypatch.setattr(reach, "PATIENCE", 30.0)
    drive.stop_answering()
    try:
        started = time.monotonic()
        result = scan([inbox], options, out_of_reach=frozenset({archive}))
        took = time.monotonic() - started
    finally:
        drive.answer()

    assert not drive.looks and took < 5.0, (took, drive.looks)
    assert _found(result) == ["large-copy.jpg", "other.jpg", "second-copy.jpg"]
    assert result.options.reference_roots == (archive,)
    links_there = {
        name: NOT_ANSWERING for name in ("first", "second", "hop.jpg", "shortcut to a picture.jpg")
    }
    if follow_links:
        assert _said(result.errors) == links_there
        assert _said(result.skipped) == {}
    else:
        assert _said(result.errors) == {}
        assert _said(result.skipped) == {
            "a shortcut to the mounts": str(Code.LINK_TO_FOLDER_NOT_FOLLOWED()),
            **links_there,
        }
    assert result.warnings == ()  # the window says the folder did not answer


def test_where_a_link_leads_is_what_the_system_says(tmp_path: Path) -> None:
    """discovery resolves a link's path a name at a time (to stop before a folder out of reach): it
    finds what os.path.realpath and os.stat find, through chains, links to folders on the way, `..`
    after a link, relative and absolute targets; a link that leads nowhere raises OSError."""
    top = tmp_path / "top"
    (top / "a" / "b").mkdir(parents=True)
    (top / "elsewhere" / "deep").mkdir(parents=True)
    (top / "a" / "b" / "pic.jpg").write_bytes(b"x" * 5)
    (top / "elsewhere" / "deep" / "other.jpg").write_bytes(b"y" * 7)
    links = {
        "plain": top / "a" / "b" / "pic.jpg",
        "relative": Path("a") / "b" / "pic.jpg",
        "to a folder": Path("a"),
        "chain": Path("relative"),
        "through a folder link": top / "via" / "b" / "pic.jpg",
        "via": top / "a",
        "up after a link": Path("deep-link") / ".." / ".." / "a" / "b" / "pic.jpg",
        "deep-link": top / "elsewhere" / "deep",
        "dots": Path(".") / "a" / "." / "b" / ".." / "b" / "pic.jpg",
        "root": Path("/"),
        "broken": Path("nowhere"),
        "loop": Path("loop"),
        "through a file": top / "a" / "b" / "pic.jpg" / "x",
    }
    for name, target in links.items():
        (top / name).symlink_to(target)
    folders: dict[str, os.stat_result] = {}  # the real folders met, kept from link to link
    for name in [*links, *links]:
        link = os.fspath(top / name)
        try:
            real = os.path.realpath(link, strict=True)
            expected = os.stat(link)
        except OSError:
            with pytest.raises(OSError):
                discovery._link_target(link, set(), [""], folders)
            continue
        found, status = discovery._link_target(link, set(), [""], folders)
        assert (found, status.st_ino, status.st_mode) == (real, expected.st_ino, expected.st_mode), name


def test_a_folder_in_the_scan_found_silent_through_a_link_is_said_to_be_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Links not followed (the default): a share mounted inside the scanned folder, found not to
    answer by the look at a link into it, is left out of the walk; the scan says so of the share,
    not only of the link among what was left out on purpose."""
    pictures = tmp_path / "Pictures"
    nas = pictures / "nas"  # sorts after the link: the look at the link finds it silent first
    nas.mkdir(parents=True)
    (pictures / "a.jpg").write_bytes(b"a" * 10)
    (nas / "x.jpg").write_bytes(b"x" * 10)
    (pictures / "fav.jpg").symlink_to(nas / "x.jpg")
    drive = DeadDrive(nas, monkeypatch)
    monkeypatch.setattr(reach, "PATIENCE", 0.5)
    drive.stop_answering()
    findings = Findings()
    try:
        found = list(discover_found((pictures,), ScanOptions(), findings))
    finally:
        drive.answer()

    assert [name for files in found for name in files.paths.names] == ["a.jpg"]
    assert Code.FOLDER_NOT_ANSWERING(folder=os.fspath(nas)) in findings.warnings
