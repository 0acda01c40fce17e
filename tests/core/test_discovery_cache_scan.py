"""Discovery, the fingerprint cache, progress and cancellation, through the real scan()."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from lookalike.core import cache as cache_module
from lookalike.core import discovery, report
from lookalike.core.discovery import Findings, path_in, paths_of
from lookalike.core.discovery import suffix as discovery_suffix
from lookalike.core.fingerprint import digest_file
from lookalike.core.matching import GROUPING_STEPS, SEARCH_STEPS, find_groups
from lookalike.core.models import FileEntry, Fingerprint, Phase, Progress, ScanOptions, pack_hashes
from lookalike.core.scan import scan
from lookalike.samples import photo
from tests.core.gathered import cached_fingerprints, discovered, last_scan_as_rows


def _names(paths: list[Path]) -> list[str]:
    return sorted(p.name for p in paths)


def _make_tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    photo(1, (64, 48)).save(root / "top.jpg")
    photo(2, (64, 48)).save(root / "sub" / "middle.png")
    photo(3, (64, 48)).save(root / "sub" / "deeper" / "bottom.webp")
    photo(4, (64, 48)).save(root / ".hidden" / "secret.jpg")
    photo(5, (64, 48)).save(root / ".dotfile.jpg")
    (root / "readme.txt").write_text("not an image")


def test_discovery_recurses_skips_hidden_and_other_files(tmp_path: Path) -> None:
    _make_tree(tmp_path)
    found = list(discovered((tmp_path,), ScanOptions(), Findings()))
    assert _names([e.path for e in found]) == ["bottom.webp", "middle.png", "top.jpg"]
    assert all(e.path.is_absolute() for e in found)


def test_discovery_options_hidden_flat_and_min_size(tmp_path: Path) -> None:
    _make_tree(tmp_path)
    hidden = list(discovered((tmp_path,), ScanOptions(include_hidden=True), Findings()))
    assert len(hidden) == 5
    flat = list(discovered((tmp_path,), ScanOptions(recursive=False), Findings()))
    assert _names([e.path for e in flat]) == ["top.jpg"]
    big = photo(6, (400, 300))
    big.save(tmp_path / "big.png")
    sized = list(discovered((tmp_path,), ScanOptions(min_size=20_000), Findings()))
    assert _names([e.path for e in sized]) == ["big.png"]


def test_symlink_loops_and_nested_roots_do_not_repeat_files(tmp_path: Path) -> None:
    _make_tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")  # points back up: a loop
    for follow in (False, True):
        findings = Findings()
        found = list(discovered((tmp_path, tmp_path / "sub"), ScanOptions(follow_links=follow), findings))
        assert _names([e.path for e in found]) == ["bottom.webp", "middle.png", "top.jpg"]
        assert findings.errors == []


def test_discovery_lists_a_folders_files_before_its_subfolders_in_name_order(tmp_path: Path) -> None:
    for folder in ("b", "a/y", "a/x", "c"):
        (tmp_path / folder).mkdir(parents=True)
    for name in ("b/1.png", "a/y/2.png", "a/x/3.png", "a/4.png", "5.png", "c/6.png"):
        (tmp_path / name).write_bytes(b"")
    found = [
        e.path.relative_to(tmp_path).as_posix() for e in discovered((tmp_path,), ScanOptions(), Findings())
    ]
    assert found == ["5.png", "a/4.png", "a/x/3.png", "a/y/2.png", "b/1.png", "c/6.png"]


def test_a_scan_leaves_no_reference_cycles(tmp_path: Path) -> None:
    """The window freezes what a scan leaves for the garbage collector (controller.scan_and_suggest):
    a cycle left by a scan, and all it holds, would stay in memory for good."""
    _make_tree(tmp_path / "pics")
    scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "first"))  # what importing leaves
    gc.collect()
    gc.disable()
    try:
        cold = scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"))
        warm = scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"))
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert (cold.stats.cached, warm.stats.cached) == (0, 3)


def test_missing_root_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    """Said of the scan as a whole (tests/core/test_scan_roots_said.py), not as a file not read."""
    findings = Findings()
    assert list(discovered((tmp_path / "nowhere",), ScanOptions(), findings)) == []
    assert findings.errors == [] and len(findings.warnings) == 1 and "not found" in str(findings.warnings[0])


def test_reference_folder_copies_are_kept_even_when_smaller(tmp_path: Path) -> None:
    archive, inbox = tmp_path / "archive", tmp_path / "inbox"
    archive.mkdir()
    inbox.mkdir()
    picture = photo(7, (600, 400))
    picture.resize((300, 200)).save(archive / "small-original.jpg", quality=90)
    picture.save(inbox / "large-copy.jpg", quality=90)
    (inbox / "second-copy.jpg").write_bytes((inbox / "large-copy.jpg").read_bytes())

    result = scan([tmp_path], ScanOptions(cache_dir=tmp_path / "cache", reference_roots=(archive,)))

    (group,) = result.groups
    assert group.reference.path.name == "small-original.jpg"
    assert group.keep_reason.startswith("in a reference folder")
    assert {m.path.name: m.keep for m in group.members} == {
        "small-original.jpg": True,
        "large-copy.jpg": False,
        "second-copy.jpg": False,
    }


def paths_looked_at(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths every stat, lstat, open and listing names from now on (until the patch is undone)."""
    looked_at: list[str] = []

    def recorded(real: object) -> object:
        def look(*args: object, **kwargs: object) -> object:
            if args and not isinstance(args[0], int):
                looked_at.append(os.fsdecode(args[0]))  # type: ignore[arg-type]
            return real(*args, **kwargs)  # type: ignore[operator]

        return look

    for name in ("stat", "lstat", "open", "scandir", "listdir"):
        monkeypatch.setattr(os, name, recorded(getattr(os, name)))
    return looked_at


def test_a_folder_out_of_reach_is_never_looked_at_and_stays_a_reference_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reference folder whose drive did not answer the window is out of the scan's reach: on a drive
    that stopped answering each look there waits as long as the drive does, the scan with it, Stop
    too. Nothing at or below it is looked at (its path resolved, its status, its listing), whether it
    is named as a reference folder, reached by a walk of a root that holds it or by a link to it; so
    none of its pictures is scanned, and it stays a reference folder, as spelt."""
    inbox = tmp_path / "inbox"
    archive = inbox / "archive"  # a network drive mounted there
    archive.mkdir(parents=True)
    picture = photo(7, (600, 400))
    picture.resize((300, 200)).save(archive / "small-original.jpg", quality=90)
    picture.save(inbox / "large-copy.jpg", quality=90)
    (inbox / "second-copy.jpg").write_bytes((inbox / "large-copy.jpg").read_bytes())
    (inbox / "shortcut").symlink_to(archive)
    (inbox / "shortcut to a picture.jpg").symlink_to(Path("archive") / "small-original.jpg")
    options = ScanOptions(
        cache_dir=tmp_path / "cache", reference_roots=(archive,), follow_links=True, use_cache=False
    )
    looked_at = paths_looked_at(monkeypatch)
    result = scan([inbox], options, out_of_reach=frozenset({archive}))

    assert not [path for path in looked_at if path == str(archive) or path.startswith(f"{archive}{os.sep}")]
    assert {record.entry.path.name for record in result.images} == {"large-copy.jpg", "second-copy.jpg"}
    (group,) = result.groups
    assert sorted(m.path.name for m in group.members) == ["large-copy.jpg", "second-copy.jpg"]
    assert result.options.reference_roots == (archive,)
    monkeypatch.undo()
    # Had the drive answered, its picture would have been this group's kept reference copy (under the
    # first name found: the link to it).
    (group,) = scan([inbox], options).groups
    assert {m.path.name: m.keep for m in group.members if m.record.entry.in_reference_root} == {
        "shortcut to a picture.jpg": True
    }


def test_a_folder_out_of_reach_is_not_entered_through_a_link_to_a_folder_above_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: the folder scanned is given by a link to the folder that holds the reference folder
    whose drive did not answer, so a walk spells it otherwise than the window did. It is still not
    entered, nor looked at: its drive would hold the scan, and Stop with it."""
    inbox = tmp_path / "inbox"
    archive = inbox / "archive"  # a network drive mounted there
    archive.mkdir(parents=True)
    picture = photo(7, (600, 400))
    picture.resize((300, 200)).save(archive / "small-original.jpg", quality=90)
    picture.save(inbox / "large-copy.jpg", quality=90)
    (inbox / "second-copy.jpg").write_bytes((inbox / "large-copy.jpg").read_bytes())
    through = tmp_path / "inbox on the desktop"
    through.symlink_to(inbox)
    options = ScanOptions(reference_roots=(archive,), use_cache=False)
    looked_at = paths_looked_at(monkeypatch)
    result = scan([through], options, out_of_reach=frozenset({archive}))
    monkeypatch.undo()

    entered = [path for path in looked_at if "archive" in Path(path).parts]
    assert not entered
    assert {record.entry.path.name for record in result.images} == {"large-copy.jpg", "second-copy.jpg"}
    assert result.options.reference_roots == (archive,)


def _corpus(folder: Path, count: int, size: tuple[int, int] = (96, 72)) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        photo(100 + index, size).save(folder / f"img{index:03d}.jpg", quality=85)


def test_rescan_takes_unchanged_files_from_the_cache(tmp_path: Path) -> None:
    _corpus(tmp_path / "pics", 12)
    photo(100, (96, 72)).save(tmp_path / "pics" / "copy.png")
    options = ScanOptions(cache_dir=tmp_path / "cache")

    first = scan([tmp_path / "pics"], options)
    second = scan([tmp_path / "pics"], options)
    assert (first.stats.cached, second.stats.cached) == (0, 13)
    assert second.groups == first.groups

    photo(999, (96, 72)).save(tmp_path / "pics" / "img005.jpg")  # changed in place
    third = scan([tmp_path / "pics"], options)
    assert third.stats.cached == 12
    changed = next(r for r in third.images if r.entry.path.name == "img005.jpg")
    assert (
        changed.fingerprint != next(r for r in first.images if r.entry.path.name == "img005.jpg").fingerprint
    )

    other_settings = scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache", hash_size=16))
    assert other_settings.stats.cached == 0


def test_the_cache_gives_back_every_hash_as_it_was_packed(tmp_path: Path) -> None:
    """Stored packed, read back at the settings' width, leading zero bytes and all."""
    entry = FileEntry(tmp_path / "a.jpg", 1, 2, device=3, inode=4, ctime_ns=5)
    for key, width, hashes in (("phash-8-rot", 8, (5, 2**64 - 1, 0)), ("phash-5-norot", 4, (0x7F << 25,))):
        fingerprint = Fingerprint(
            "d" * 32, 9, 9, "PNG", None, pack_hashes(hashes, width), b"t", False, hash_width=width
        )
        cache = cache_module.FingerprintCache(tmp_path / "cache", key, width)
        assert cache.store([(entry, fingerprint)])
        (loaded,) = cached_fingerprints(cache, [entry])
        cache.close()
        assert loaded is not None
        assert (loaded.hashes, loaded.packed_hashes) == (hashes, fingerprint.packed_hashes)


def test_corrupt_cache_is_rebuilt_with_a_warning(tmp_path: Path) -> None:
    _corpus(tmp_path / "pics", 3)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / cache_module.CACHE_FILE).write_bytes(b"this is not a database" * 100)

    result = scan([tmp_path / "pics"], ScanOptions(cache_dir=cache_dir))

    assert result.stats.images == 3
    assert any("rebuilt" in str(warning) for warning in result.warnings)
    assert scan([tmp_path / "pics"], ScanOptions(cache_dir=cache_dir)).stats.cached == 3


def test_progress_reports_each_phase_and_ends_complete(tmp_path: Path) -> None:
    _corpus(tmp_path / "pics", 20)
    reports: list[Progress] = []
    scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"), progress=reports.append)
    phases = [report.phase for report in reports]
    assert phases[0] is Phase.DISCOVER and phases[-1] is Phase.DONE
    assert Progress(Phase.FINGERPRINT, 20, 20) in reports
    assert Phase.MATCH in phases


def test_grouping_reports_how_far_it_has_come_up_to_all_of_it(tmp_path: Path) -> None:
    """Grouping 1,000,000 pictures takes minutes: the progress line shows a percentage of it."""
    folder = tmp_path / "pics"
    _corpus(folder, 6, size=(160, 120))
    for index in range(6):  # each picture with a smaller re-save: six similar pairs to check
        picture = photo(100 + index, (160, 120)).resize((120, 90))
        picture.save(folder / f"small{index:03d}.png")
    reports: list[Progress] = []
    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"), progress=reports.append)

    assert len(result.groups) == 6
    grouping = [(report.done, report.total) for report in reports if report.phase is Phase.MATCH]
    assert grouping[0] == (0, 0)  # before the candidates are known: how much is unknown
    steps = [done for done, total in grouping[1:] if total == GROUPING_STEPS]
    assert steps == sorted(steps) and steps[-1] == GROUPING_STEPS
    assert len(grouping) == len(steps) + 1  # after the first, every report counts steps

    # Unthrottled, from grouping itself: the search for the candidate pairs (48 s at 500,000
    # pictures) moves the percentage too, before the checks do.
    heard: list[tuple[int, int]] = []
    find_groups(result.images, ScanOptions(cache_dir=tmp_path / "cache"), progress=lambda *p: heard.append(p))
    done = [step for step, total in heard if total == GROUPING_STEPS]
    assert done == sorted(done) and done[-1] == GROUPING_STEPS and len(done) == len(heard)
    assert any(0 < step < SEARCH_STEPS for step in done) and SEARCH_STEPS in done


def test_cancel_returns_within_a_second_with_partial_results(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    photo(1, (2000, 1500)).save(folder / "img000.png")
    data = (folder / "img000.png").read_bytes()
    for index in range(1, 150):  # PNGs decode at full size: each takes a while
        (folder / f"img{index:03d}.png").write_bytes(data)
    stop = threading.Event()
    stopped_at: list[float] = []

    def on_progress(report: Progress) -> None:
        if report.phase is Phase.FINGERPRINT and report.done >= 5 and not stop.is_set():
            stop.set()
            stopped_at.append(time.monotonic())

    result = scan(
        [tmp_path / "pics"],
        ScanOptions(cache_dir=tmp_path / "cache", workers=2),
        progress=on_progress,
        cancelled=stop.is_set,
    )
    assert time.monotonic() - stopped_at[0] < 1.0
    assert result.cancelled
    assert 5 <= result.stats.images < 150


def test_a_cache_from_before_the_xxh3_digest_is_rebuilt(tmp_path: Path) -> None:
    _corpus(tmp_path / "pics", 3)
    cache_dir = tmp_path / "cache"
    scan([tmp_path / "pics"], ScanOptions(cache_dir=cache_dir))
    last_scan_as_rows(cache_dir)
    database = sqlite3.connect(cache_dir / cache_module.CACHE_FILE)  # made as Lookalike made it before
    for path, settings in database.execute("SELECT path, settings FROM fingerprints").fetchall():
        blake2b = hashlib.blake2b(Path(os.fsdecode(path)).read_bytes(), digest_size=16).hexdigest()
        database.execute(
            "UPDATE fingerprints SET settings = ?, digest = ? WHERE path = ?",
            ("v3-" + settings.split("-", 1)[1], blake2b, path),  # v3: the last with BLAKE2b
        )
    database.execute("PRAGMA user_version=2")
    database.commit()
    database.close()

    result = scan([tmp_path / "pics"], ScanOptions(cache_dir=cache_dir))

    assert result.stats.cached == 0
    assert all(record.fingerprint.digest == digest_file(record.entry.path) for record in result.images)
    last_scan_as_rows(cache_dir)
    rows = sqlite3.connect(cache_dir / cache_module.CACHE_FILE).execute("SELECT settings FROM fingerprints")
    assert [settings.split("-")[0] for (settings,) in rows] == [f"v{cache_module.FINGERPRINT_VERSION}"] * 3


def test_grouping_that_finds_nothing_still_reports_its_end(tmp_path: Path) -> None:
    _corpus(tmp_path / "pics", 4)
    reports: list[Progress] = []
    result = scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"), progress=reports.append)
    assert result.groups == ()
    assert Progress(Phase.MATCH, GROUPING_STEPS, GROUPING_STEPS) in reports


def test_no_cyclic_collection_runs_during_a_scan_and_the_collector_is_as_it_was_after(tmp_path: Path) -> None:
    """The collector walking a scan's objects again and again took 0.5 s of a rescan's discovery of
    100,000 files; reference counting frees what a scan drops."""
    _corpus(tmp_path / "pics", 3)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    scan([tmp_path / "pics"], options)  # imports, and the cache, made
    collections = [0]
    during: list[int] = []  # collections so far at each progress report

    def noted(phase: str, _info: dict[str, int]) -> None:
        collections[0] += phase == "start"

    thresholds = gc.get_threshold()
    gc.set_threshold(1)  # while the collector is on, a collection at each allocation it tracks
    gc.callbacks.append(noted)
    try:
        result = scan([tmp_path / "pics"], options, progress=lambda _report: during.append(collections[0]))
        assert gc.isenabled()
        gc.disable()
        scan([tmp_path / "pics"], options)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.remove(noted)
        gc.set_threshold(*thresholds)
    assert result.stats.cached == 3
    assert len(during) > 3 and during[0] == during[-1]


def test_discovered_paths_are_the_paths_of_their_names(tmp_path: Path) -> None:
    """Discovery makes each path from its folder's (see discovery._child): it must be the very
    path, and text, that Path() makes of the name."""
    _make_tree(tmp_path / "pics")
    os.symlink(tmp_path / "pics" / ".hidden" / "secret.jpg", tmp_path / "pics" / "sub" / "link.jpg")
    for root in (tmp_path / "pics", Path(os.path.relpath(tmp_path / "pics"))):
        found = list(discovered((Path(os.path.abspath(root)),), ScanOptions(follow_links=True), Findings()))
        assert len(found) == 4
        for entry in found:
            spelled = Path(str(entry.path))
            assert (
                entry.path == spelled
                and entry.path.parts == spelled.parts
                and hash(entry.path) == hash(spelled)
            )
            assert str(entry.path) == os.path.join(entry.path.parent, entry.path.name)
            assert entry.path.is_file() and entry.path.is_absolute()


# Spellings a saved file may hold that Path() spells otherwise (a hostile result or cache file).
ODD_SPELLINGS = [
    "/a//b.jpg", "/a/./b.jpg", "/a/b/../c.jpg", "/a/b.jpg/", "//a/b.jpg", "///a/b.jpg", "/a/b/.",
    "/a/b/./", "/x\udcff/b.jpg", "/a/ b.jpg", "/a/b.jpg ", "/a/.", "/.", "/a/..", "/", "/b.jpg",
    "/a/b\\c.jpg", "/a/b/c.jpg",
]  # fmt: skip


def test_paths_made_from_saved_text_are_the_paths_path_makes() -> None:
    """paths_of and path_in reuse each folder's parsed path and keep the text given: only where
    that text is how Path itself would spell the path."""
    folders: dict[str, Path] = {}
    for text, made, one in zip(
        ODD_SPELLINGS, paths_of(ODD_SPELLINGS), [path_in(t, folders) for t in ODD_SPELLINGS], strict=True
    ):
        spelled = Path(text)
        for path in (made, one):
            assert (str(path), path.parts, hash(path)) == (str(spelled), spelled.parts, hash(spelled)), text


def test_a_result_file_with_oddly_spelled_paths_opens_with_the_paths_path_makes(tmp_path: Path) -> None:
    pictures = tmp_path / "pics"
    pictures.mkdir()
    for name in ("a.png", "b.png"):
        Image.new("RGB", (64, 48), (200, 40, 40)).save(pictures / name)
    saved = json.loads(report.to_json(scan([pictures], ScanOptions(use_cache=False))))
    first, second = saved["groups"][0]["files"]
    first["path"] = first["path"].replace("/pics/", "/pics//")
    second["path"] = second["path"].replace("/pics/", "/./pics/./")
    loaded = sorted(m.path for m in report.load(json.dumps(saved)).groups[0].members)
    assert [str(p) for p in loaded] == [str(pictures / "a.png"), str(pictures / "b.png")]
    assert loaded == [pictures / "a.png", pictures / "b.png"] and all(p.is_file() for p in loaded)


def test_a_files_extension_is_what_path_suffix_says() -> None:
    names = ["a.jpg", "a.JPG", ".jpg", "a.", "a", "a.b.png", "..png", "a..", ".a.jpeg", "caf\udce9.jpg", ""]
    assert [discovery_suffix(name) for name in names] == [Path(name).suffix if name else "" for name in names]


def test_discovered_entries_are_the_ones_from_stat_makes(tmp_path: Path) -> None:
    """Discovery hands on a folder's files as columns of their status (discovery.FoundFiles): each
    file's must be the very entry FileEntry.from_stat makes of it."""
    root = tmp_path / "pics"
    _make_tree(root)
    os.link(root / "sub" / "middle.png", root / "sub" / "second-name.png")
    os.symlink(root / ".hidden" / "secret.jpg", root / "sub" / "deeper" / "link.jpg")
    options = ScanOptions(follow_links=True, reference_roots=(root / "sub",))
    findings = Findings()
    found = list(discovered((root,), options, findings))
    assert [entry.path.relative_to(root).as_posix() for entry in found] == [
        "top.jpg", "sub/middle.png", "sub/deeper/bottom.webp", "sub/deeper/link.jpg"
    ]  # fmt: skip
    assert [names[-1].name for names in findings.hard_links] == ["second-name.png"]
    # The link is in the reference folder, the picture it names is not.
    for entry, in_reference in zip(found, [False, True, True, False], strict=True):
        made = FileEntry.from_stat(entry.path, os.stat(entry.path), in_reference_root=in_reference)
        assert type(entry) is FileEntry and entry == made and repr(entry) == repr(made)
    assert [entry.links for entry in found] == [1, 2, 1, 1]


def test_a_folder_read_in_batches_gives_every_file_once_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big folder's entries are handed on a batch at a time (so the count of files found grows while
    it is read): the same entries, in the same order, as in one batch, reference marks included."""
    root = tmp_path / "pics"
    (root / "kept").mkdir(parents=True)
    for number in range(8):
        (root / f"{number:02d}.jpg").write_bytes(b"x" * number)
        (root / "kept" / f"{number:02d}.png").write_bytes(b"y")
    options = ScanOptions(reference_roots=(root / "kept",))
    whole = list(discovered((root,), options, Findings()))
    monkeypatch.setattr(discovery, "_ENTRIES_AT_ONCE", 3)
    batched = list(discovered((root,), options, Findings()))
    assert batched == whole and len(whole) == 16
    assert [entry.in_reference_root for entry in batched] == [False] * 8 + [True] * 8
