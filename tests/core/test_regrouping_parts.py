"""A rescan takes the groups of the parts of the likely pairs that nothing touched (core/parts.py)
and groups only the others: the groups are always those grouping from scratch gives."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import matching
from lookalike.core.cache import CACHE_FILE
from lookalike.core.decisions import pair
from lookalike.core.models import Group, Phase, Progress, ScanOptions, ScanResult
from lookalike.core.scan import scan
from tests.benchmarks.corpus import Kind, ensure_corpus
from tests.core.test_kept_checks import decoded, fresh_scan, write_crop_pair
from tests.core.test_masked_hashes import write_logo_pair

__all__ = ["decoded"]  # the fixture, used by name


def everything(groups: Iterable[Group]) -> list[tuple[object, ...]]:
    """All a group says, member by member."""
    return [
        (
            g.id, g.kind, g.keep_reason,
            [(str(m.path), m.keep, m.distance, m.score, m.tier, m.changes) for m in g.members],
        )
        for g in groups
    ]  # fmt: skip


def from_scratch(roots: list[Path], tmp_path: Path, **options: object) -> list[tuple[object, ...]]:
    """The groups a scan with an empty cache gives."""
    scratch = tmp_path / "scratch-cache"
    shutil.rmtree(scratch, ignore_errors=True)
    result = fresh_scan_of(roots, ScanOptions(cache_dir=scratch), **options)
    return everything(result.groups)


def fresh_scan_of(roots: list[Path], options: ScanOptions, **keywords: object) -> ScanResult:
    from lookalike.core import matching

    matching._files_looker = None  # a new process: no look remembered in memory
    matching._thumb_checks.clear()
    return scan(roots, options, **keywords)  # type: ignore[arg-type]


def library(folder: Path) -> Path:
    """Pairs of several kinds (a logo over a copy, crops, an exact copy) and unrelated photos."""
    write_logo_pair(folder, 20, 0, turned=False)
    write_crop_pair(folder, 31)
    write_crop_pair(folder, 33)
    samples.photo(40, (400, 300)).save(folder / "beach.jpg", quality=90)
    shutil.copyfile(folder / "beach.jpg", folder / "beach copy.jpg")
    for seed in range(50, 54):
        samples.photo(seed, (320, 240)).save(folder / f"single{seed}.jpg", quality=85)
    return folder


def kept_parts(cache: Path) -> bytes:
    with sqlite3.connect(cache / CACHE_FILE) as connection:
        row = connection.execute("SELECT data FROM last_scan WHERE name = ':parts'").fetchone()
    return b"" if row is None else bytes(row[0])


@pytest.mark.parametrize("broken", [False, True], ids=["every file a picture", "a file no picture"])
def test_a_rescan_after_adding_pictures_takes_the_untouched_groups_without_reading_their_files(
    tmp_path: Path, decoded: Counter[str], broken: bool
) -> None:
    pictures = library(tmp_path / "pics")
    if broken:  # the scan's pictures are then not all its files: found by their paths
        (pictures / "broken.jpg").write_bytes(b"\xff\xd8 not a picture")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    assert {"original.jpg", "logo.jpg"} <= set(decoded)  # the logo copy needed a closer look
    assert len(first.groups) == 4
    assert len(kept_parts(tmp_path / "cache")) >= 16 * 3  # the logo's, the crops' parts at least

    # Without the checks kept, any part grouped again would look at its files again.
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DELETE FROM checks")
        connection.execute("DELETE FROM thumb_scores")
    decoded.clear()
    write_crop_pair(pictures, 35)  # a new pair beside the old ones
    second = fresh_scan(pictures, options)
    assert set(decoded) <= {"crop35.jpg", "crop35-cut.jpg"}, decoded
    assert [sorted(m.path.name for m in g.members) for g in second.groups] == [
        ["beach copy.jpg", "beach.jpg"], ["crop31-cut.jpg", "crop31.jpg"],
        ["crop33-cut.jpg", "crop33.jpg"], ["crop35-cut.jpg", "crop35.jpg"],
        ["logo.jpg", "original.jpg"],
    ]  # fmt: skip
    assert everything(second.groups) == from_scratch([pictures], tmp_path)


def _copy_in(pictures: Path, tmp_path: Path) -> None:
    shutil.copyfile(pictures / "crop31.jpg", pictures / "crop31 again.jpg")


def _edit(pictures: Path, tmp_path: Path) -> None:
    """crop33-cut.jpg becomes another picture (of another size: no stale identity to trust)."""
    samples.photo(77, (300, 200)).save(pictures / "crop33-cut.jpg", quality=80)


def _remove_keeper(pictures: Path, tmp_path: Path) -> None:
    (pictures / "original.jpg").unlink()


def _join_a_part(pictures: Path, tmp_path: Path) -> None:
    """A third copy of the logo pair's photo, smaller: it joins their part."""
    with Image.open(pictures / "original.jpg") as original:
        original.resize((320, 240)).save(pictures / "original small.jpg", quality=80)


def _rename(pictures: Path, tmp_path: Path) -> None:
    (pictures / "crop31-cut.jpg").rename(pictures / "crop31 cut renamed.jpg")


def _hard_link_elsewhere(pictures: Path, tmp_path: Path) -> None:
    """A second name for a grouped file outside the scan: trashing it would free nothing now, and
    the group must say so (a group kept from before would not)."""
    (tmp_path / "elsewhere").mkdir()
    os.link(pictures / "crop31-cut.jpg", tmp_path / "elsewhere" / "crop31-cut.jpg")


def _same_size_edit(pictures: Path, tmp_path: Path) -> None:
    """crop33-cut.jpg becomes another picture of the very same size, its modification time set
    back: only its change time (and its content) tells."""
    target = pictures / "crop33-cut.jpg"
    before = target.stat()
    other = tmp_path / "other.jpg"
    samples.photo(77, (300, 200)).save(other, quality=60)
    data = other.read_bytes()
    assert len(data) < before.st_size
    target.write_bytes(data + b"\0" * (before.st_size - len(data)))  # after the JPEG's end: ignored
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))


def _exact_copy_added(pictures: Path, tmp_path: Path) -> None:
    """A third copy of beach.jpg, byte for byte: its exact copies' group gains a member."""
    shutil.copyfile(pictures / "beach.jpg", pictures / "beach copy 2.jpg")


def _exact_copy_gone(pictures: Path, tmp_path: Path) -> None:
    """beach.jpg's only copy removed: its exact copies' group is no more."""
    (pictures / "beach copy.jpg").unlink()


def _exact_copy_touched(pictures: Path, tmp_path: Path) -> None:
    """beach copy.jpg's modification time set a second later: its file is another to the cache,
    its exact copies' group made again."""
    copy = pictures / "beach copy.jpg"
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 1_000_000_000))


def _swapped_for_a_link(pictures: Path, tmp_path: Path) -> None:
    """The logo pair's original moved out of the scan and a link to it left at its name: the same
    bytes through the same path, but a link is not followed, so the file has left the scan."""
    (tmp_path / "moved").mkdir()
    (pictures / "original.jpg").rename(tmp_path / "moved" / "original.jpg")
    (pictures / "original.jpg").symlink_to(tmp_path / "moved" / "original.jpg")


@pytest.mark.parametrize(
    "change",
    [
        _copy_in, _edit, _same_size_edit, _remove_keeper, _join_a_part, _rename, _hard_link_elsewhere,
        _swapped_for_a_link, _exact_copy_added, _exact_copy_gone, _exact_copy_touched,
    ],
)  # fmt: skip
def test_the_groups_of_a_rescan_after_a_change_are_those_of_grouping_from_scratch(
    tmp_path: Path, change: object
) -> None:
    pictures = library(tmp_path / "pics")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    write_crop_pair(pictures, 35)  # a rescan that takes the untouched parts, kept for the next
    fresh_scan(pictures, options)
    change(pictures, tmp_path)  # type: ignore[operator]
    again = fresh_scan(pictures, options)
    assert everything(again.groups) == from_scratch([pictures], tmp_path)
    if change is _hard_link_elsewhere:
        linked = [m for g in again.groups for m in g.members if m.path.name == "crop31-cut.jpg"]
        assert [m.record.entry.links for m in linked] == [2]
    if change is _swapped_for_a_link:
        grouped = {m.path.name for g in again.groups for m in g.members}
        assert "original.jpg" not in grouped and "logo.jpg" not in grouped  # its only copy left


def test_a_rescan_takes_the_group_of_exact_copies_no_change_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exact copies in no likely pair are a part of their own: a rescan after a pair of pictures
    was added takes their group as the last scan kept it, and makes only the new pair's."""
    pictures = library(tmp_path / "pics")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    assert ["beach copy.jpg", "beach.jpg"] in [sorted(m.path.name for m in g.members) for g in first.groups]
    write_crop_pair(pictures, 35)
    made: list[list[str]] = []
    make_group = matching._make_group

    def noted(*args: object) -> Group:
        group = make_group(*args)  # type: ignore[arg-type]
        made.append(sorted(m.path.name for m in group.members))
        return group

    monkeypatch.setattr(matching, "_make_group", noted)
    again = fresh_scan(pictures, options)
    monkeypatch.undo()
    assert made == [["crop35-cut.jpg", "crop35.jpg"]]
    assert everything(again.groups) == from_scratch([pictures], tmp_path)


def test_groups_whose_keeper_the_rules_chose_keep_their_place_among_the_groups(tmp_path: Path) -> None:
    """The keep rules (a "_1" copy beside the same name is not the keeper) choose another reference
    for a group than grouping did; taken as it was kept, the group sorts where grouping from
    scratch puts it, and so keeps its number."""
    pictures = tmp_path / "pics"
    pictures.mkdir()
    photo = samples.photo(40, (400, 300))
    photo.save(pictures / "m.jpg", quality=90)
    shutil.copyfile(pictures / "m.jpg", pictures / "m_1.jpg")
    long_ago = 1_000_000_000 * 10**9  # the "_1" copy older: grouping's reference, not the keeper
    os.utime(pictures / "m_1.jpg", ns=(long_ago, long_ago))
    photo.resize((320, 240)).save(pictures / "m small.jpg", quality=85)
    other = samples.photo(61, (400, 300))
    other.save(pictures / "m_0.jpg", quality=90)
    other.resize((320, 240)).save(pictures / "m_0 small.jpg", quality=85)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    write_crop_pair(pictures, 35)
    again = fresh_scan(pictures, options)
    assert [g.reference.path.name for g in again.groups] == ["crop35.jpg", "m.jpg", "m_0.jpg"]
    assert everything(again.groups) == from_scratch([pictures], tmp_path)


def test_a_part_grouped_while_its_files_could_not_be_read_is_grouped_again(tmp_path: Path) -> None:
    """Fault: the folder of a pair that needs a closer look is moved away as grouping starts, so
    the look cannot read the files and the pair is not grouped. Moved back (the files themselves
    untouched: the same identities), the next rescan groups that part again instead of taking
    what was decided without the files."""
    pictures = tmp_path / "pics"
    write_logo_pair(pictures / "logos", 20, 0, turned=False)
    write_crop_pair(pictures, 31)
    aside = tmp_path / "aside"

    def take_away(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not aside.exists():
            (pictures / "logos").rename(aside)

    options = ScanOptions(cache_dir=tmp_path / "cache")
    matching._files_looker = None
    first = scan([pictures], options, progress=take_away)
    names = [sorted(m.path.name for m in g.members) for g in first.groups]
    assert names == [["crop31-cut.jpg", "crop31.jpg"]]

    aside.rename(pictures / "logos")
    write_crop_pair(pictures, 35)  # something new elsewhere: a rescan that takes untouched parts
    again = fresh_scan(pictures, options)
    assert ["logo.jpg", "original.jpg"] in [sorted(m.path.name for m in g.members) for g in again.groups]
    assert everything(again.groups) == from_scratch([pictures], tmp_path)


def test_a_pair_marked_not_duplicates_splits_its_group_on_the_next_rescan(tmp_path: Path) -> None:
    pictures = library(tmp_path / "pics")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    crop = next(g for g in first.groups if g.reference.path.name.startswith("crop31"))
    apart = frozenset({pair(*(m.record.fingerprint.digest for m in crop.members))})
    again = fresh_scan_of([pictures], options, not_duplicates=apart)
    names = [sorted(m.path.name for m in g.members) for g in again.groups]
    assert ["crop31-cut.jpg", "crop31.jpg"] not in names
    assert everything(again.groups) == from_scratch([pictures], tmp_path, not_duplicates=apart)


def test_a_reference_folder_named_after_the_scan_regroups_its_parts(tmp_path: Path) -> None:
    """A copy moved into a folder scanned as a reference is the same file elsewhere: its part is
    grouped again, with the copy kept."""
    pictures = library(tmp_path / "pics")
    reference = tmp_path / "originals"
    reference.mkdir()
    options = ScanOptions(cache_dir=tmp_path / "cache", reference_roots=(reference,))
    fresh_scan_of([pictures, reference], options)
    shutil.move(pictures / "crop33.jpg", reference / "crop33.jpg")
    again = fresh_scan_of([pictures, reference], options)
    scratch = ScanOptions(cache_dir=tmp_path / "scratch", reference_roots=(reference,))
    assert everything(again.groups) == everything(fresh_scan_of([pictures, reference], scratch).groups)
    moved = next(g for g in again.groups if g.reference.path.name.startswith("crop33"))
    assert [m.keep for m in moved.members if m.path.parent == reference] == [True]


def _forge(cache: Path, change: str) -> None:
    with sqlite3.connect(cache / CACHE_FILE) as connection:
        if change == "a group of another part":
            # The beach's exact copies claimed as the group of the logo's part, beside its own.
            (groups,) = connection.execute("SELECT groups FROM groupings").fetchone()
            decoded = json.loads(groups)
            (of_groups,) = connection.execute(
                "SELECT data FROM last_scan WHERE name = ':group parts'"
            ).fetchone()
            parts = list(struct.unpack(f"<{len(decoded)}q", of_groups))
            logo = next(at for at, part in enumerate(parts) if part >= 0)
            beach = next(at for at, group in enumerate(decoded) if group[0] == "exact")
            parts[beach] = parts[logo]
            connection.execute(
                "UPDATE last_scan SET data = ? WHERE name = ':group parts'",
                (struct.pack(f"<{len(parts)}q", *parts),),
            )
        elif change == "parts of the wrong size":
            connection.execute("UPDATE last_scan SET data = x'0102' WHERE name = ':group parts'")
            connection.execute("UPDATE last_scan SET data = x'010203' WHERE name = ':parts'")
        elif change == "members that are no pictures":
            (groups,) = connection.execute("SELECT groups FROM groupings").fetchone()
            decoded = json.loads(groups)
            for group in decoded:
                for member in group[2]:
                    member[0] = 10**9
            connection.execute("UPDATE groupings SET groups = ?", (json.dumps(decoded),))
        elif change == "text where bytes belong":
            connection.execute("UPDATE last_scan SET data = 'parts' WHERE name LIKE ':%'")
        elif change == "a distance of Infinity":  # JSON to Python's reader, no whole number
            (groups,) = connection.execute("SELECT groups FROM groupings").fetchone()
            decoded = json.loads(groups)
            for group in decoded:
                for member in group[2]:
                    member[1] = float("inf")
            connection.execute("UPDATE groupings SET groups = ?", (json.dumps(decoded),))
        elif change == "groups nested deeper than Python recurses":
            connection.execute("UPDATE groupings SET groups = ?", ("[" * 100_000 + "]" * 100_000,))


_FORGED_JSON = ["a distance of Infinity", "groups nested deeper than Python recurses"]


@pytest.mark.parametrize(
    ("change", "added"),
    [
        *((change, True) for change in [
            "a group of another part", "parts of the wrong size", "members that are no pictures",
            "text where bytes belong", *_FORGED_JSON,
        ]),
        *((change, False) for change in _FORGED_JSON),  # the groups kept whole, nothing changed
    ],
)  # fmt: skip
def test_forged_parts_or_groups_are_not_taken(
    tmp_path: Path, change: str, added: bool, caplog: pytest.LogCaptureFixture
) -> None:
    pictures = library(tmp_path / "pics")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    _forge(tmp_path / "cache", change)
    if added:
        write_crop_pair(pictures, 35)
    again = fresh_scan(pictures, options)
    assert everything(again.groups) == from_scratch([pictures], tmp_path)
    assert not again.warnings
    if not added:
        assert "Ignoring the stored groups of the last scan" in caplog.text


def test_the_first_scan_keeps_its_parts_as_the_next_scan_finds_them(tmp_path: Path) -> None:
    """Some likely pairs of these small generated scenes are no copy either way round: the first
    scan learns so only by checking them, and keeps its parts as a scan that knows it finds them,
    so that the very next rescan takes every part a new picture did not touch."""
    pictures, _ = ensure_corpus(Kind.TINY, 400, seed=3, root=tmp_path, jobs=1)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    parts_then = _signatures(kept_parts(tmp_path / "cache"))
    write_crop_pair(pictures, 35)
    again = fresh_scan(pictures, options)
    assert parts_then and parts_then <= _signatures(kept_parts(tmp_path / "cache"))
    assert everything(again.groups) == from_scratch([pictures], tmp_path)


def test_beyond_the_pairs_worked_out_again_the_next_rescan_still_groups_as_from_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first scan with more likely pairs than it works its parts out again for keeps the parts
    its pass began with; the next rescan takes what it can of them and groups the rest."""
    monkeypatch.setattr(matching, "_PAIRS_AGAIN_MOST", 0)
    pictures, _ = ensure_corpus(Kind.TINY, 400, seed=3, root=tmp_path, jobs=1)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    write_crop_pair(pictures, 35)
    again = fresh_scan(pictures, options)
    assert everything(again.groups) == from_scratch([pictures], tmp_path)


def _signatures(joined: bytes) -> set[bytes]:
    return {joined[at : at + 16] for at in range(0, len(joined), 16)}
