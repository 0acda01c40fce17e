"""A picture that fits in its thumb (64 x 64 at most) keeps no thumb in the cache: its thumb is made
again from its file whenever a check needs it, and only from the content its record names. A file
changed, gone or swapped since costs its own pairs, never the grouping of the rest."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from lookalike.core.cache import CACHE_FILE
from lookalike.core.fingerprint import make_fingerprinter, thumb_of_file
from lookalike.core.matching import find_groups
from lookalike.core.models import FileEntry, Fingerprint, Group, Kind, Phase, Progress, ScanOptions
from lookalike.core.scan import group_again, scan
from lookalike.samples import photo


def small_pictures(root: Path) -> Path:
    """Unrelated small pictures, two small ones each with a re-encoded copy (pairs the thumbs
    check), an exact copy, and a larger picture with a smaller copy (whose thumbs the cache keeps)."""
    root.mkdir()
    for seed in range(5):
        photo(seed, (64, 48)).save(root / f"small{seed}.png")
    photo(20, (64, 48)).save(root / "cat.png")
    photo(20, (64, 48)).save(root / "cat again.jpg", quality=95)
    photo(21, (48, 64)).save(root / "dog.png")
    photo(21, (48, 64)).save(root / "dog again.jpg", quality=95)
    shutil.copyfile(root / "small0.png", root / "small0 copy.png")
    large = photo(30, (320, 240))
    large.save(root / "large.jpg", quality=90)
    large.resize((160, 120), Image.Resampling.LANCZOS).save(root / "large smaller.jpg", quality=90)
    return root


def named(groups: tuple[Group, ...]) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((g.kind.value, sorted((m.path.name, m.tier.value) for m in g.members)) for g in groups)


def similar_names(groups: tuple[Group, ...]) -> set[frozenset[str]]:
    return {frozenset(m.path.name for m in g.members) for g in groups if g.kind is Kind.SIMILAR}


def kept_thumbs(cache: Path) -> set[str]:
    with sqlite3.connect(cache / CACHE_FILE) as connection:
        return {digest for (digest,) in connection.execute("SELECT digest FROM thumbs")}


def forget_checks(cache: Path) -> None:
    """Drop every check the cache kept, so that grouping again needs the thumbs of every pair."""
    with sqlite3.connect(cache / CACHE_FILE) as connection:
        for table in ("checks", "thumb_scores", "groupings"):
            connection.execute(f"DELETE FROM {table}")


def small_in_every_format(root: Path) -> list[Path]:
    """Small pictures as the formats and modes a scan meets them: turned by EXIF, see-through,
    with a palette, in 16-bit gray, animated, in CMYK."""
    root.mkdir()
    picture = photo(50, (60, 40))
    turned = Image.Exif()
    turned[0x0112] = 6
    picture.transpose(Image.Transpose.ROTATE_90).save(root / "turned.jpg", quality=90, exif=turned)
    see_through = picture.convert("RGBA")
    see_through.putalpha(Image.linear_gradient("L").resize(picture.size))
    see_through.save(root / "see through.png")
    picture.convert("P", palette=Image.Palette.ADAPTIVE).save(root / "palette.gif")
    picture.convert("L").convert("I;16").save(root / "deep gray.png")
    picture.save(root / "animated.gif", save_all=True, append_images=[photo(51, (60, 40))], duration=100)
    picture.convert("CMYK").save(root / "print.jpg", quality=90)
    picture.save(root / "plain.webp", quality=85)
    picture.save(root / "plain.bmp")
    return sorted(root.iterdir())


def test_a_thumb_made_again_from_its_file_is_the_fingerprints_thumb_in_every_format(tmp_path: Path) -> None:
    fingerprint = make_fingerprinter(ScanOptions())
    for path in small_in_every_format(tmp_path / "pictures"):
        entry = FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns)
        made = fingerprint(entry)
        assert isinstance(made, Fingerprint), path.name
        assert thumb_of_file(entry, made.digest) == made.thumb, path.name
        assert thumb_of_file(entry, "0" * 32) is None  # not the content that digest names


def _small_picture_fingerprinted(path: Path, seed: int) -> tuple[FileEntry, Fingerprint]:
    """A 64 x 48 picture written at `path`, its entry and fingerprint, whose thumb its file makes
    again as the scan made it."""
    photo(seed, (64, 48)).save(path)
    entry = FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns)
    made = make_fingerprinter(ScanOptions())(entry)
    assert isinstance(made, Fingerprint) and thumb_of_file(entry, made.digest) == made.thumb
    return entry, made


def test_a_small_picture_swapped_for_a_huge_file_is_not_read_to_make_its_thumb(tmp_path: Path) -> None:
    """Hostile: after the scan, a small picture's file is replaced by a 2 GB one (sparse: it takes
    no room). Its thumb is not made, and the file is not read into memory to find that out."""
    path = tmp_path / "small.png"
    entry, made = _small_picture_fingerprinted(path, 1)
    path.unlink()
    with path.open("wb") as huge:
        huge.truncate(2 * 1024**3)

    tracemalloc.start()
    try:
        assert thumb_of_file(entry, made.digest) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024**2


def test_a_picture_that_fits_in_its_thumb_keeps_none_in_the_cache_and_is_grouped_as_without_it(
    tmp_path: Path,
) -> None:
    pictures = small_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)

    result = scan([pictures], options)
    uncached = scan([pictures], replace(options, use_cache=False))

    assert named(result.groups) == named(uncached.groups)
    assert {"cat.png", "cat again.jpg"} in similar_names(result.groups)
    assert {"dog.png", "dog again.jpg"} in similar_names(result.groups)
    assert {"large.jpg", "large smaller.jpg"} in similar_names(result.groups)
    by_name = {record.entry.path.name: record.fingerprint for record in result.images}
    larger = {by_name["large.jpg"].digest, by_name["large smaller.jpg"].digest}
    assert kept_thumbs(tmp_path / "cache") == larger

    forget_checks(tmp_path / "cache")
    for threshold in (4, 14):
        looser = replace(options, threshold=threshold)
        expected = find_groups(uncached.images, replace(looser, use_cache=False))
        assert named(group_again(result.images, looser)) == named(expected)


def _edited(path: Path) -> None:
    photo(40, (64, 48)).save(path, format="PNG")


def _edited_in_place_keeping_size_and_time(path: Path) -> None:
    """One byte of its picture data changed, its size and modification time as they were."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _deleted(path: Path) -> None:
    path.unlink()


def _linked_to_a_stranger(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.parent / "small3.png")


def _made_a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize(
    "change",
    [_edited, _edited_in_place_keeping_size_and_time, _deleted, _linked_to_a_stranger, _made_a_folder],
    ids=lambda f: f.__name__[1:],
)
def test_a_small_picture_changed_after_the_scan_costs_only_its_own_pair_when_grouped_again(
    tmp_path: Path, change: object
) -> None:
    """Hostile: after the scan, one picture of a pair is edited, deleted, swapped for a link to
    another picture or for a folder. Grouping again (the slider) needs its thumb, which its file no
    longer gives: that pair is not grouped, every other group is, and nothing fails. Once the file
    is back, grouping again groups the pair again: what could not be read was not remembered."""
    pictures = small_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    result = scan([pictures], options)
    before = similar_names(result.groups)
    cat = pictures / "cat again.jpg"
    original = cat.read_bytes()
    forget_checks(tmp_path / "cache")
    assert callable(change)
    change(cat)

    after = similar_names(group_again(result.images, replace(options, threshold=12)))

    assert not any("cat again.jpg" in names for names in after)
    assert {"dog.png", "dog again.jpg"} in after
    assert {"large.jpg", "large smaller.jpg"} in after

    if cat.is_dir():
        cat.rmdir()
    else:
        cat.unlink(missing_ok=True)
    cat.write_bytes(original)
    again = similar_names(group_again(result.images, replace(options, threshold=12)))
    assert {"cat.png", "cat again.jpg"} in again
    assert before <= again


def test_pictures_out_of_reach_while_a_rescan_groups_are_grouped_at_the_next_scan(tmp_path: Path) -> None:
    """Hostile: a picture is added beside a small one scanned before, and the small one's folder is
    moved away just as the rescan groups, and back once it ends, each file in it as it was (a drive
    that dropped out for a while). The rescan could not make the small picture's thumb again (only
    those of the pictures it read itself are at hand), so the pair went ungrouped; the next scan,
    of the very same files, does not take that grouping as theirs, and groups the pair."""
    pictures = small_pictures(tmp_path / "pictures")
    (pictures / "pets").mkdir()
    (pictures / "cat.png").rename(pictures / "pets" / "cat.png")
    (pictures / "cat again.jpg").rename(tmp_path / "cat again.jpg")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    scan([pictures], options)
    (tmp_path / "cat again.jpg").rename(pictures / "cat again.jpg")
    moved: list[Path] = []

    def move_away_when_grouping_starts(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not moved:
            (pictures / "pets").rename(tmp_path / "away")
            moved.append(tmp_path / "away")

    rescan = scan([pictures], options, progress=move_away_when_grouping_starts)
    (tmp_path / "away").rename(pictures / "pets")

    assert moved and rescan.stats.cached == rescan.stats.images - 1
    assert {"cat.png", "cat again.jpg"} not in similar_names(rescan.groups)
    again = scan([pictures], options)
    assert again.stats.cached == again.stats.images  # the very same files: none was read again
    assert {"cat.png", "cat again.jpg"} in similar_names(again.groups)
    assert named(again.groups) == named(scan([pictures], replace(options, use_cache=False)).groups)


def test_a_scan_groups_small_pictures_from_the_thumbs_it_made_not_their_files(tmp_path: Path) -> None:
    """The scan's own grouping takes the thumbs of the small pictures it read from where the cache
    holds them while it is open, not from the files: a cold scan reads each file once. Whatever the
    files hold by then, acting compares them afresh."""
    pictures = small_pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    moved: list[Path] = []

    def move_away_when_grouping_starts(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not moved:
            pictures.rename(tmp_path / "away")
            moved.append(tmp_path / "away")

    result = scan([pictures], options, progress=move_away_when_grouping_starts)

    assert moved
    assert {"cat.png", "cat again.jpg"} in similar_names(result.groups)
    assert {"dog.png", "dog again.jpg"} in similar_names(result.groups)
    assert result.warnings == ()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_small_picture_swapped_for_a_pipe_or_a_folder_gives_no_thumb_and_never_waits(
    tmp_path: Path,
) -> None:
    """Hostile: after the scan, a small picture's file becomes a named pipe no one writes to, or a
    folder. Making its thumb again neither hangs on the pipe nor raises: there is none."""
    path = tmp_path / "small.png"
    entry, made = _small_picture_fingerprinted(path, 2)

    path.unlink()
    os.mkfifo(path)
    assert thumb_of_file(entry, made.digest) is None
    path.unlink()
    path.mkdir()
    assert thumb_of_file(entry, made.digest) is None
    assert path.is_dir()  # nothing touched
