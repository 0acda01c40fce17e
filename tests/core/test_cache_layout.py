"""The fingerprint cache's layout: every Fingerprint field kept and given back as it was, a row given
only for the file identity it was made for, older layouts rebuilt, forged values refused, and a
rescan that opens no picture again."""

from __future__ import annotations

import builtins
import dataclasses
import json
import os
import sqlite3
import sys
import zlib
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from lookalike.core import cache as cache_module
from lookalike.core import fingerprint as fingerprint_module
from lookalike.core.cache import CACHE_FILE, FingerprintCache, grouping_key
from lookalike.core.cache import _unpacked_thumb as unpacked
from lookalike.core.matching import find_groups
from lookalike.core.models import (
    THUMB_LEVELS,
    FileEntry,
    Fingerprint,
    Group,
    ImageRecord,
    ScanOptions,
    ScanResult,
    hash_width_of,
    made_by_fields,
    pack_hashes,
)
from lookalike.core.scan import scan
from lookalike.samples import photo
from tests.core.gathered import cached_fingerprints, last_scan_as_rows

KEY = ScanOptions().fingerprint_key


def every_field_set(seed: int) -> Fingerprint:
    """A fingerprint with a value other than its default in every field, whatever fields it has: a
    field added to Fingerprint is kept by the cache without a word about it there."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(Fingerprint):
        kind = str(field.type)
        if field.name == "hash_width":
            values[field.name] = 8
        elif field.name == "packed_hashes":
            values[field.name] = pack_hashes((seed, 2**64 - 1, 0, 1 << 56), 8)  # leading zero bytes too
        elif field.name == "thumb":  # 64 x 64 gray pixels: the cache gives back no other length
            values[field.name] = bytes((seed + index) % 256 for index in range(64 * 64))
        elif kind == "bytes":  # as many hashes of 8 bytes as the field holds (4 where any number)
            size = 8 * cache_module._HASH_COUNTS.get(field.name, 4)
            values[field.name] = bytes((seed + index * 7) % 256 for index in range(size))
        elif kind == "str":
            values[field.name] = f"{field.name} {seed} ü 写真"
        elif kind == "str | None":
            values[field.name] = f"2021-07-04T10:30:{seed:02d}"
        elif kind == "int":
            values[field.name] = 1000 + seed
        elif kind == "bool":
            values[field.name] = True
        elif kind == "float":
            values[field.name] = 0.125 + seed
        else:
            raise AssertionError(f"a Fingerprint field of a type this test does not know: {kind}")
    return Fingerprint(**values)


def entry_at(path: Path, **identity: int) -> FileEntry:
    numbers = {"size": 5000, "mtime_ns": 1_700_000_000_123_456_789, "device": 64769, "inode": 131,
               "ctime_ns": 1_700_000_001_000_000_000} | identity  # fmt: skip
    return FileEntry(path, numbers["size"], numbers["mtime_ns"], False, numbers["device"], numbers["inode"],
                     numbers["ctime_ns"])  # fmt: skip


def test_every_fingerprint_field_comes_back_as_it_was_stored(tmp_path: Path) -> None:
    plain = dataclasses.replace(
        every_field_set(2),
        taken_at=None,
        camera="",
        flat=False,
        grayscale=False,
        alpha=False,
        crop_hashes=b"",
    )
    stored = {
        entry_at(tmp_path / "a.jpg"): every_field_set(1),
        entry_at(tmp_path / "plain.png", inode=132): plain,
        # A name that is not UTF-8, a 128-bit file ID (ReFS) and a file from before 1970.
        entry_at(Path(os.fsdecode(b"caf\xe9.jpg")).absolute(), inode=2**100 + 7, mtime_ns=-(10**18)): (
            every_field_set(3)
        ),
    }
    cache = FingerprintCache(tmp_path / "cache", KEY)
    assert cache.store(stored.items())
    cache.close()

    cache = FingerprintCache(tmp_path / "cache", KEY)
    try:
        loaded = cached_fingerprints(cache, list(stored))
        thumbs = cache.thumbs(ImageRecord(entry, fingerprint) for entry, fingerprint in stored.items())
    finally:
        cache.close()
    assert loaded == [dataclasses.replace(fingerprint, thumb=b"") for fingerprint in stored.values()]
    for fingerprint, original in zip(loaded, stored.values(), strict=True):
        for field in dataclasses.fields(Fingerprint):  # a bool a bool, not SQLite's 1
            assert type(getattr(fingerprint, field.name)) is type(getattr(original, field.name)), field.name
    # The thumbs at the levels a thumb is made with (these made up ones have every level).
    assert thumbs == {f.digest: f.thumb.translate(THUMB_LEVELS) for f in stored.values()}
    assert any(f.thumb.translate(THUMB_LEVELS) != f.thumb for f in stored.values())


@pytest.mark.parametrize("changed", ["path", "device", "inode", "size", "mtime_ns", "ctime_ns", "settings"])
def test_a_row_is_given_only_for_the_file_identity_and_settings_it_was_made_for(
    tmp_path: Path, changed: str
) -> None:
    entry = entry_at(tmp_path / "a.jpg")
    cache = FingerprintCache(tmp_path / "cache", KEY)
    assert cache.store([(entry, every_field_set(1))])
    cache.close()

    if changed == "path":
        other = dataclasses.replace(entry, path=tmp_path / "b.jpg")
    elif changed != "settings":
        other = dataclasses.replace(entry, **{changed: getattr(entry, changed) + 1})
    cache = FingerprintCache(tmp_path / "cache", "phash-16-rot" if changed == "settings" else KEY)
    try:
        assert cached_fingerprints(cache, [entry if changed == "settings" else other]) == [None]
        if changed != "settings":
            assert cached_fingerprints(cache, [other, entry]) == [
                None,
                dataclasses.replace(every_field_set(1), thumb=b""),
            ]
    finally:
        cache.close()


def _pictures(folder: Path, count: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        photo(50 + index, (160, 120)).save(folder / f"p{index}.jpg", quality=85)
    (folder / "p0 copy.jpg").write_bytes((folder / "p0.jpg").read_bytes())
    return folder


def test_a_cache_in_the_json_layout_of_before_is_rebuilt(tmp_path: Path) -> None:
    """Schema 7 kept each fingerprint as a JSON text beside its thumb: such a file is dropped and
    rebuilt, its rows never read as the new layout."""
    folder = _pictures(tmp_path / "pictures")
    (tmp_path / "cache").mkdir()
    old = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    old.execute(
        "CREATE TABLE fingerprints (path BLOB NOT NULL, settings TEXT NOT NULL, identity TEXT NOT NULL,"
        " meta TEXT NOT NULL, thumb BLOB NOT NULL, PRIMARY KEY (path, settings))"
    )
    old.execute("CREATE TABLE groupings (settings TEXT PRIMARY KEY, key TEXT NOT NULL, groups TEXT NOT NULL)")
    for path in folder.iterdir():
        st = path.stat()
        identity = repr((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
        meta = json.dumps({"digest": "0" * 32, "width": 1, "height": 1, "format": "JPEG", "taken_at": None,
                           "hashes": ["0"] * 8, "flat": False})  # fmt: skip
        old.execute(
            "INSERT INTO fingerprints VALUES (?, ?, ?, ?, ?)",
            (os.fsencode(path), f"v{cache_module.FINGERPRINT_VERSION}-{KEY}", identity, meta, b"\0" * 4096),
        )
    old.execute("PRAGMA user_version=7")
    old.commit()
    old.close()

    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    assert (first.stats.cached, first.stats.images) == (0, 5)
    assert first.warnings == ()  # an old layout is no damage
    assert {record.fingerprint.width for record in first.images} == {160}
    second = scan([folder], options)
    assert second.stats.cached == 5 and second.groups == first.groups


def test_a_cache_made_before_a_fingerprint_field_was_added_is_rebuilt(tmp_path: Path) -> None:
    """The table's columns are Fingerprint's fields: a file without a column for one of them (made
    by a version before it) cannot describe fingerprints, whatever its schema number says."""
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    assert scan([folder], options).stats.cached == 0
    last = [field.name for field in dataclasses.fields(Fingerprint) if field.name in cache_module._COLUMNS][
        -1
    ]
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as database:
        database.execute(f'ALTER TABLE fingerprints DROP COLUMN "{last}"')

    rescan = scan([folder], options)
    assert rescan.stats.cached == 0 and rescan.warnings == ()
    assert scan([folder], options).stats.cached == 5


@pytest.mark.parametrize(
    ("column", "forged"),
    [("width", "'wide'"), ("flat", "2"), ("packed_hashes", "'hashes'"), ("taken_at", "x'05'"),
     ("sharpness", "x'00'"), ("crop_hashes", "4"), ("masked_hashes", "x'0000'")],
)  # fmt: skip
def test_a_row_with_a_value_no_fingerprint_can_have_sets_the_cache_aside(
    tmp_path: Path, column: str, forged: str
) -> None:
    """SQLite keeps any value in any column: a row that says a width is text is a damaged (or
    forged) cache, set aside with a warning, and the files are read again."""
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    last_scan_as_rows(tmp_path / "cache")
    database = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    (path,) = database.execute("SELECT path FROM fingerprints LIMIT 1").fetchone()
    database.execute(f'UPDATE fingerprints SET "{column}" = {forged} WHERE path = ?', (path,))
    database.execute("DELETE FROM last_scan")  # the rows are read for what the last scan does not hold
    database.commit()
    database.close()

    again = scan([folder], options)
    assert again.stats.cached == 0
    assert any("rebuilt" in str(warning) for warning in again.warnings)
    assert again.groups == first.groups
    assert scan([folder], options).stats.cached == 5


@pytest.mark.parametrize(
    "damage",
    ["sizes that do not add up", "a width that is text", "a place past the values", "a missing column",
     "fewer values than paths", "a hash of another length", "two masked hashes",
     "sizes cut inside a number", "hashes stored as text"],
)  # fmt: skip
def test_the_last_scans_columns_damaged_set_the_cache_aside(tmp_path: Path, damage: str) -> None:
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    database = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)

    def rewrite(name: str, sizes: bytes, data: bytes) -> None:
        database.execute("UPDATE last_scan SET sizes = ?, data = ? WHERE name = ?", (sizes, data, name))

    if damage == "sizes that do not add up":
        rewrite(
            "packed_hashes",
            *database.execute(
                "SELECT sizes, CAST(data || x'00' AS BLOB) FROM last_scan WHERE name = 'packed_hashes'"
            ).fetchone(),
        )
    elif damage == "a width that is text":
        rewrite("width", cache_module._column([0] * 5, "int")[0], b'["wide"]')
    elif damage == "a place past the values":
        rewrite("format", cache_module._column([0] * 5, "int")[0], b"[]")
    elif damage == "a missing column":
        database.execute("DELETE FROM last_scan WHERE name = 'sharpness'")
    elif damage == "fewer values than paths":
        rewrite("digest", *cache_module._column(["0" * 32] * 4, "str"))
    elif damage == "a hash of another length":
        rewrite("packed_hashes", *cache_module._column([b"\0" * 9] * 5, "bytes"))
    elif damage == "sizes cut inside a number":  # the hash columns are handed on as stored: checked so
        sizes, data = database.execute(
            "SELECT sizes, data FROM last_scan WHERE name = 'crop_hashes'"
        ).fetchone()
        rewrite("crop_hashes", sizes[:-1], data)
    elif damage == "hashes stored as text":
        database.execute("UPDATE last_scan SET data = CAST(data AS TEXT) WHERE name = 'masked_hashes'")
    else:
        rewrite("masked_hashes", *cache_module._column([b"\0" * 16] * 5, "bytes"))
    database.commit()
    database.close()

    again = scan([folder], options)
    assert again.stats.cached == 0
    assert any("rebuilt" in str(warning) for warning in again.warnings)
    assert again.groups == first.groups


def test_fingerprints_made_through_their_slots_are_the_ones_their_constructor_makes() -> None:
    """Records are made field by field through the slots (models.made_by_fields): the objects must
    be equal, hash alike and print alike to what Fingerprint(...) makes; a class that does more in
    its __post_init__ is made by its constructor."""
    made = [every_field_set(seed) for seed in range(3)]
    columns = {name: [getattr(fingerprint, name) for fingerprint in made] for name in Fingerprint.__slots__}
    again = made_by_fields(Fingerprint, 3, columns)
    assert again == made
    assert [hash(fingerprint) for fingerprint in again] == [hash(fingerprint) for fingerprint in made]
    assert [repr(fingerprint) for fingerprint in again] == [repr(fingerprint) for fingerprint in made]

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError("below zero")

    assert made_by_fields(Checked, 2, {"value": [1, 2]}) == [Checked(1), Checked(2)]
    with pytest.raises(ValueError, match="below zero"):
        made_by_fields(Checked, 1, {"value": [-1]})


def _opened_under(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files under `folder` that anything in this process opens from now on (not the folders,
    which discovery opens to list)."""
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def noted(real: Callable[..., Any]) -> Callable[..., Any]:
        def opening(file: Any, *args: Any, **kwargs: Any) -> Any:
            if (
                isinstance(file, str | bytes | os.PathLike)
                and os.fsdecode(file).startswith(str(folder))
                and not os.path.isdir(file)
            ):
                opened.append(Path(os.fsdecode(file)).name)
            return real(file, *args, **kwargs)

        return opening

    monkeypatch.setattr(builtins, "open", noted(real_open))
    monkeypatch.setattr(os, "open", noted(real_os_open))
    return opened


def test_an_unchanged_rescan_opens_no_picture_and_one_added_is_the_only_one_fingerprinted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    first = scan([folder], options)
    assert len(first.groups) == 1

    opened = _opened_under(folder, monkeypatch)
    unchanged = scan([folder], options)
    assert opened == []
    assert unchanged.stats.cached == 5 and unchanged.groups == first.groups

    monkeypatch.undo()
    photo(50, (160, 120)).resize((120, 90)).save(folder / "p0 small.png")
    fingerprinted: list[str] = []
    real_fingerprinter = fingerprint_module.make_fingerprinter

    def noting_fingerprinter(options: ScanOptions) -> Callable[[FileEntry], object]:
        fingerprint = real_fingerprinter(options)

        def noted(entry: FileEntry) -> object:
            fingerprinted.append(entry.path.name)
            return fingerprint(entry)

        return noted

    monkeypatch.setattr(fingerprint_module, "make_fingerprinter", noting_fingerprinter)
    added = scan([folder], options)
    assert fingerprinted == ["p0 small.png"]
    assert (added.stats.cached, added.stats.images) == (5, 6)
    assert {m.path.name for m in added.groups[0].members} == {"p0.jpg", "p0 copy.jpg", "p0 small.png"}


@pytest.mark.parametrize(
    ("removed", "added"), [(None, "b added.png"), ("a.png", "b added.png"), (None, "z added.png")]
)
def test_a_rescan_after_adding_gives_each_cached_file_its_own_fingerprint(
    tmp_path: Path, removed: str | None, added: str
) -> None:
    """A file added among the last scan's (their columns then taken as they are), one added after
    them all (the last scan's paths then the first of the files', compared as texts), and one
    removed besides (their values then picked one by one): every picture of the rescan carries the
    fingerprint a scan without the cache makes of its file."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    for seed, name in enumerate(["a.png", "c.jpg", "d.png", "e.jpg"]):
        photo(70 + seed, (96 + 8 * seed, 64)).save(folder / name)
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    scan([folder], options)
    photo(80, (80, 60)).save(folder / added)
    if removed:
        (folder / removed).unlink()

    rescanned = scan([folder], options)
    fresh = scan([folder], ScanOptions(use_cache=False, workers=1))
    assert rescanned.stats.cached == (3 if removed else 4)

    def fingerprints(result: Any) -> dict[str, Fingerprint]:
        return {r.entry.path.name: dataclasses.replace(r.fingerprint, thumb=b"") for r in result.images}

    assert fingerprints(rescanned) == fingerprints(fresh)
    assert len(fingerprints(fresh)) == (4 if removed else 5)


@pytest.mark.parametrize("damage", ["sizes that do not add up", "sizes cut inside a number"])
def test_the_last_scans_paths_damaged_when_files_were_added_after_them_set_the_cache_aside(
    tmp_path: Path, damage: str
) -> None:
    """The last scan's paths taken as the first of the files' (a picture added after them all) are
    checked as when they are split: a column whose sizes do not add up is none."""
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    database = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    sizes, data = database.execute("SELECT sizes, data FROM last_scan WHERE name = 'path'").fetchone()
    # Still the first of the files' own columns, byte for byte, but not a column of them.
    damaged = (sizes, data[:-1]) if damage == "sizes that do not add up" else (sizes + b"\x01", data)
    database.execute("UPDATE last_scan SET sizes = ?, data = ? WHERE name = 'path'", damaged)
    database.commit()
    database.close()
    photo(99, (80, 60)).save(folder / "zz added.png")

    again = scan([folder], options)
    assert again.stats.cached == 0
    assert any("rebuilt" in str(warning) for warning in again.warnings)
    assert len(again.images) == len(first.images) + 1


def test_two_pictures_swapped_by_name_and_one_added_are_each_read_as_themselves(tmp_path: Path) -> None:
    """Between two scans two files trade names (renamed through a third) and a picture is added: the
    last scan's columns no longer line up with the files, and neither swapped name may keep the
    other's fingerprint. Each picture of the rescan carries its file's own, the groups are a scan's
    without the cache, and the pair of a swapped file and its copy is still found."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    photo(75, (160, 120)).save(folder / "a.png")
    photo(76, (160, 120)).save(folder / "b.png")
    photo(76, (160, 120)).resize((120, 90)).save(folder / "b small.png")
    photo(77, (160, 120)).save(folder / "c.png")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    first = scan([folder], options)
    assert [sorted(m.path.name for m in g.members) for g in first.groups] == [["b small.png", "b.png"]]
    os.rename(folder / "a.png", folder / "swap.png")
    os.rename(folder / "b.png", folder / "a.png")
    os.rename(folder / "swap.png", folder / "b.png")
    photo(78, (160, 120)).save(folder / "d.png")

    rescanned = scan([folder], options)
    fresh = scan([folder], ScanOptions(use_cache=False, workers=1))

    def fingerprints(result: Any) -> dict[str, Fingerprint]:
        return {r.entry.path.name: dataclasses.replace(r.fingerprint, thumb=b"") for r in result.images}

    assert fingerprints(rescanned) == fingerprints(fresh)
    assert rescanned.stats.cached == 2  # "b small.png" and "c.png"; the swapped ones read again
    assert [sorted(m.path.name for m in g.members) for g in rescanned.groups] == [["a.png", "b small.png"]]


def _records(tmp_path: Path) -> list[ImageRecord]:
    return [ImageRecord(entry_at(tmp_path / f"{n}.jpg", inode=n), every_field_set(n)) for n in range(3)]


def test_the_grouping_key_follows_each_file_its_content_and_their_order(tmp_path: Path) -> None:
    options = ScanOptions()
    records = _records(tmp_path)
    key = grouping_key(records, options, ())
    assert grouping_key(_records(tmp_path), options, ()) == key
    first = records[0]
    changed = [
        dataclasses.replace(first, entry=dataclasses.replace(first.entry, path=tmp_path / "moved.jpg")),
        dataclasses.replace(first, entry=dataclasses.replace(first.entry, ctime_ns=first.entry.ctime_ns + 1)),
        dataclasses.replace(first, entry=dataclasses.replace(first.entry, links=2)),
        dataclasses.replace(first, entry=dataclasses.replace(first.entry, in_reference_root=True)),
        dataclasses.replace(first, fingerprint=dataclasses.replace(first.fingerprint, digest="f" * 32)),
    ]
    keys = {grouping_key([record, *records[1:]], options, ()) for record in changed}
    keys.add(grouping_key(records[::-1], options, ()))
    keys.add(grouping_key(records[:2], options, ()))
    keys.add(grouping_key(records, dataclasses.replace(options, threshold=3), ()))
    keys.add(grouping_key(records, options, [("a" * 32, "b" * 32)]))
    keys.add(grouping_key([ImageRecord(entry_at(tmp_path / "0.jpg", inode=2**70), first.fingerprint),
                           *records[1:]], options, ()))  # fmt: skip
    assert key not in keys and len(keys) == len(changed) + 5


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux file systems keep names that are not UTF-8")
def test_a_name_that_is_not_utf8_is_cached_and_grouped(tmp_path: Path) -> None:
    folder = _pictures(tmp_path / "pictures")
    os.rename(folder / "p0 copy.jpg", os.fsencode(folder) + b"/p0 caf\xe9.jpg")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    again = scan([folder], options)
    assert again.stats.cached == 5 and again.groups == first.groups
    assert os.fsencode(folder) + b"/p0 caf\xe9.jpg" in {os.fsencode(m.path) for m in again.groups[0].members}
    assert [m.path for m in again.groups[0].members] == [
        m.path for m in find_groups(again.images, options)[0].members
    ]
    # Its fingerprint moves to a row while another folder is the last scan, and back.
    last_scan_as_rows(tmp_path / "cache")
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as database:
        rows = {path for (path,) in database.execute("SELECT path FROM fingerprints")}
    assert os.fsencode(folder) + b"/p0 caf\xe9.jpg" in rows
    back = scan([folder], options)
    assert back.stats.cached == 5 and back.groups == first.groups


def test_a_picture_rewritten_with_its_size_and_modification_time_kept_is_read_again(tmp_path: Path) -> None:
    """An unchanged rescan compares the last scan's paths and identities as stored: a copy that became
    another picture of the same size, its modification time set back, differs there by its change
    time, and is read again."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    photo(60, (64, 48)).save(folder / "a.bmp")
    photo(61, (64, 48)).save(folder / "b.bmp")
    (folder / "a copy.bmp").write_bytes((folder / "a.bmp").read_bytes())
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    first = scan([folder], options)
    assert [sorted(m.path.name for m in group.members) for group in first.groups] == [["a copy.bmp", "a.bmp"]]
    assert scan([folder], options).stats.cached == 3

    copy = folder / "a copy.bmp"
    before = copy.stat()
    copy.write_bytes((folder / "b.bmp").read_bytes())
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = copy.stat()
    same = attrgetter("st_size", "st_mtime_ns", "st_ino")
    assert same(after) == same(before) and after.st_ctime_ns != before.st_ctime_ns

    again = scan([folder], options)
    assert again.stats.cached == 2
    assert [sorted(m.path.name for m in group.members) for group in again.groups] == [["a copy.bmp", "b.bmp"]]


def test_the_identity_column_packs_each_file_as_its_own_identity() -> None:
    """The last scan's identities, packed a part at a time, are each file's _packed_identity: a
    change time not known is 0, and a part with a number beyond 64 bits (a forged result) falls
    back to the form that keeps it, without changing the others' parts."""
    files = [
        (2049, 7, 100, 1_700_000_000_000_000_000, 1_700_000_000_000_000_001),
        (2049, 8, 0, -5, None),
        (2**64 - 1, 2**63, 2**63 - 1, -(2**63), 0),
        (1, 2, 2**70, 3, 4),
    ]

    def parts(name: str) -> list[list[Any]]:
        at = ("device", "inode", "size", "mtime_ns", "ctime_ns").index(name)
        return [[file[at] for file in files[:3]], [file[at] for file in files[3:]]]

    sizes, data = cache_module._identity_column(parts)
    packed = [cache_module._packed_identity(file) for file in files]  # type: ignore[arg-type]
    assert data == b"".join(packed)
    assert np.frombuffer(sizes, "<u4").tolist() == [40, 40, 40, len(packed[3])] and len(packed[3]) > 40


def test_stored_groups_with_a_tier_that_is_none_are_made_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    first = scan([folder], options)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        (text,) = connection.execute("SELECT groups FROM groupings").fetchone()
        groups = json.loads(text)  # [kind, keep reason, [[image, distance, keep, score, tier, changes]]]
        groups[0][2][1][4] = "nonsense"
        connection.execute("UPDATE groupings SET groups = ?", (json.dumps(groups),))
    connection.close()
    assert scan([folder], options).groups == first.groups
    assert "Ignoring the stored groups of the last scan: 'nonsense'" in caplog.text


def test_a_new_cache_keeps_its_thumbs_deflated_on_shared_pages(tmp_path: Path) -> None:
    """A thumb is 4 KB; packed about half that, and a new cache file keeps those by rowid on 16 KB
    pages so they share pages: each picture more, its fingerprint included, grows the file by less
    than a thumb alone would take (in the layout before, each thumb spilled into a page of its own:
    5.6 KB a picture in all)."""

    def pictures(folder: Path, seeds: range) -> Path:
        folder.mkdir()
        for seed in seeds:
            photo(seed, (200 + seed, 150)).save(folder / f"p{seed}.jpg", quality=85)
        return folder

    options = ScanOptions(cache_dir=tmp_path / "cache")
    database = tmp_path / "cache" / CACHE_FILE

    def size_after(*folders: Path) -> int:
        scan(list(folders), options)
        with sqlite3.connect(database) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return database.stat().st_size

    first = pictures(tmp_path / "first", range(40))
    before = size_after(first)
    after = size_after(first, pictures(tmp_path / "more", range(40, 200)))
    assert (after - before) / 160 < 64 * 64
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA page_size").fetchone() == (cache_module._PAGE_SIZE,)
        thumbs = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'thumbs'").fetchone()[0]
        assert "WITHOUT ROWID" not in thumbs


def test_a_cache_of_the_layout_before_still_gives_its_thumbs(tmp_path: Path) -> None:
    """A file made before (4 KB pages, thumbs keyed by digest alone, each whole) is kept as it is:
    its fingerprints and thumbs still serve, and thumbs written to it now are deflated."""
    (tmp_path / "cache").mkdir()
    old = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    old.execute("PRAGMA page_size=4096")
    old.execute(
        "CREATE TABLE thumbs (settings TEXT NOT NULL, digest TEXT NOT NULL, thumb BLOB NOT NULL,"
        " PRIMARY KEY (settings, digest)) WITHOUT ROWID"
    )
    old.commit()
    old.close()
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)  # the layout is made around the old thumbs table's file
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        assert connection.execute("PRAGMA page_size").fetchone() == (4096,)
        whole = [
            (digest, unpacked(thumb))
            for digest, thumb in connection.execute("SELECT digest, thumb FROM thumbs")
        ]
        connection.executemany("UPDATE thumbs SET thumb = ? WHERE digest = ?", [(t, d) for d, t in whole])
        connection.execute("DELETE FROM checks")
    cache = FingerprintCache(tmp_path / "cache", options.fingerprint_key)
    try:
        assert cache.thumbs(first.images) == dict(whole)
    finally:
        cache.close()
    assert scan([folder], options).groups == first.groups


def test_thumbs_come_at_their_levels_made_now_or_kept_before_with_every_level(tmp_path: Path) -> None:
    """A thumb is made in steps of 3 gray levels (THUMB_LEVELS). A cache written before kept every
    level: its thumbs come back at those steps, so a regrouping from it checks what a scan
    without it checks, and finds the same groups."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    photo(90, (320, 240)).save(folder / "a.jpg", quality=90)
    photo(90, (320, 240)).resize((200, 150)).save(folder / "a small.png")
    photo(91, (320, 240)).save(folder / "b.jpg", quality=90)
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    first = scan([folder], options)

    def told(groups: tuple[Group, ...]) -> list[object]:
        return [
            (
                g.kind,
                g.keep_reason,
                [(m.path.name, m.tier, m.distance, m.score, m.changes, m.keep) for m in g.members],
            )
            for g in groups
        ]

    assert first.groups and told(first.groups) == told(scan([folder], ScanOptions(use_cache=False)).groups)
    levels = set(THUMB_LEVELS)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        kept = [
            (digest, unpacked(thumb))
            for digest, thumb in connection.execute("SELECT digest, thumb FROM thumbs")
        ]
        assert kept and all(thumb is not None and set(thumb) <= levels for _, thumb in kept)
        # As the build before kept them: one level up where the step allows, each whole.
        every_level = bytes(min(255, level + 1) for level in range(256))
        connection.executemany(
            "UPDATE thumbs SET thumb = ? WHERE digest = ?",
            [(thumb.translate(every_level), digest) for digest, thumb in kept if thumb is not None],
        )
        for table in ("groupings", "checks", "thumb_scores"):
            connection.execute(f"DELETE FROM {table}")
    cache = FingerprintCache(tmp_path / "cache", options.fingerprint_key)
    try:
        assert cache.thumbs(first.images) == dict(kept)
    finally:
        cache.close()
    assert told(scan([folder], options).groups) == told(first.groups)


def test_thumbs_packed_with_the_default_window_still_unpack() -> None:
    # Caches written before the packing asked for the least window hold streams whose header says
    # 32 KB; the deflated data is the same, and either unpacks to the thumb.
    thumb = bytes((3 * x + 5 * (x // 64)) % 256 for x in range(64 * 64))
    packed = cache_module.packed_thumb(thumb)
    pixels = np.frombuffer(thumb, np.uint8).reshape(64, 64)
    steps = pixels.copy()
    steps[:, 1:] -= pixels[:, :-1]
    steps[1:, 0] -= pixels[:-1, 0]
    deflater = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS, 9, zlib.Z_HUFFMAN_ONLY)
    before = deflater.compress(steps.tobytes()) + deflater.flush()
    assert len(packed) < len(thumb) and before[:2] != packed[:2]
    assert unpacked(packed) == unpacked(before) == thumb.translate(THUMB_LEVELS)


def _huffman_only(thumb: bytes) -> bytes:
    pixels = np.frombuffer(thumb, np.uint8).reshape(64, 64)
    steps = pixels.copy()
    steps[:, 1:] -= pixels[:, :-1]
    steps[1:, 0] -= pixels[:-1, 0]
    deflater = zlib.compressobj(6, zlib.DEFLATED, 9, 7, zlib.Z_HUFFMAN_ONLY)
    return deflater.compress(steps.tobytes()) + deflater.flush()


def test_the_thumb_of_a_small_picture_packs_shorter_by_its_repeated_rows() -> None:
    """A picture smaller than a thumb is enlarged to it, so its rows repeat: packed, string matching
    finds them (a fifth shorter than Huffman codes alone); a thumb of a photo, whose rows do not
    repeat, packs no longer than Huffman codes alone make it. Both unpack to the thumb."""
    from PIL import Image

    rng = np.random.default_rng(5)
    small = Image.fromarray(rng.integers(0, 256, (48, 64), dtype=np.uint8))
    enlarged = small.resize((64, 64), Image.Resampling.BOX).tobytes()
    photo_thumb = photo(62, (640, 480)).convert("L").resize((64, 64), Image.Resampling.BOX).tobytes()
    packed_small, packed_photo = cache_module.packed_thumb(enlarged), cache_module.packed_thumb(photo_thumb)
    assert len(packed_small) < 0.85 * len(_huffman_only(enlarged))
    assert len(packed_photo) <= len(_huffman_only(photo_thumb)) < len(photo_thumb)
    levels = enlarged.translate(THUMB_LEVELS), photo_thumb.translate(THUMB_LEVELS)
    assert (unpacked(packed_small), unpacked(packed_photo)) == levels


def _rows(cache_dir: Path) -> list[str]:
    """The names of the files the fingerprints table has a row of."""
    with sqlite3.connect(cache_dir / CACHE_FILE) as database:
        return sorted(
            Path(os.fsdecode(path)).name for (path,) in database.execute("SELECT path FROM fingerprints")
        )


def test_the_last_scans_fingerprints_are_kept_once_and_another_folders_scan_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last scan's columns hold its pictures' fingerprints, so the table keeps no row of them
    (the same 0.4 KB a picture twice); a scan of another folder replaces those columns and keeps
    the first folder's fingerprints as rows: scanning it again opens none of its pictures."""
    first, other = _pictures(tmp_path / "first"), _pictures(tmp_path / "other", count=2)
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    grouped = scan([first], options)
    assert grouped.stats.images == 5 and _rows(tmp_path / "cache") == []

    assert scan([other], options).stats.cached == 0
    assert _rows(tmp_path / "cache") == sorted(path.name for path in first.iterdir())

    opened = _opened_under(first, monkeypatch)
    again = scan([first], options)
    assert opened == [] and again.stats.cached == 5 and again.groups == grouped.groups
    assert _rows(tmp_path / "cache") == sorted(path.name for path in other.iterdir())
    monkeypatch.undo()

    # Files added, and one edited: read, kept in the columns, and no row of them left behind.
    photo(90, (160, 120)).save(first / "z added.jpg")
    photo(91, (160, 120)).save(first / "p1.jpg", quality=85)
    rescanned = scan([first], options)
    assert (rescanned.stats.cached, rescanned.stats.images) == (4, 6)
    assert _rows(tmp_path / "cache") == sorted(path.name for path in other.iterdir())
    opened = _opened_under(first, monkeypatch)
    assert scan([first], options).stats.cached == 6 and opened == []


def test_a_cache_whose_last_scan_kept_rows_too_drops_them_at_the_next_grouping(tmp_path: Path) -> None:
    """A cache of an earlier version keeps a row of every file beside the last scan's columns: the
    next scan that groups drops the rows of its pictures, and still reads none of them."""
    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = scan([folder], options)
    cache = FingerprintCache(tmp_path / "cache", options.fingerprint_key, hash_width_of(options.hash_bits))
    assert cache.store((record.entry, record.fingerprint) for record in first.images)
    cache.close()
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as database:  # as an earlier version left it
        database.execute("DELETE FROM last_scan WHERE name = ?", (cache_module._ROWS_DROPPED,))
        database.execute("DELETE FROM groupings")
    assert len(_rows(tmp_path / "cache")) == 5

    again = scan([folder], options)
    assert again.stats.cached == 5 and again.groups == first.groups
    assert _rows(tmp_path / "cache") == []
    assert scan([folder], options).stats.cached == 5


@pytest.mark.parametrize(
    ("column", "forged"),
    [("width", "fewer values"), ("width", 10**30), ("packed_hashes", b"\x00" * 9),
     ("crop_hashes", b"\x00" * 16), ("camera", "\udcff"), ("sharpness", "sharp"),
     ("sharpness", float("nan"))],
)  # fmt: skip
def test_last_scan_columns_that_hold_no_fingerprints_are_not_kept_as_rows(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, column: str, forged: object
) -> None:
    """A scan of another folder would keep the last scan's fingerprints as rows: columns damaged or
    forged (fewer widths than paths, a number beyond 64 bits, a hash of another width, a text no
    file system writes, a sharpness that is text or no number) give none, with a warning and no traceback; the
    scan groups as its own files say, keeps them (no row a later load would refuse, setting the
    whole cache aside), and the first folder is read again the next time."""
    first, other = _pictures(tmp_path / "first"), _pictures(tmp_path / "other", count=2)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    grouped = scan([first], options)
    annotation = cache_module._TYPES[column]
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as database:
        sizes, data = database.execute(
            "SELECT sizes, data FROM last_scan WHERE name = ?", (column,)
        ).fetchone()
        values = cache_module._values(annotation, sizes, data)
        if forged == "fewer values":
            values = values[1:]
        else:
            values[2] = forged
        forged_column = cache_module._column(values, "str" if column == "sharpness" else annotation)
        database.execute("UPDATE last_scan SET sizes = ?, data = ? WHERE name = ?", (*forged_column, column))
    with caplog.at_level("WARNING"):
        elsewhere = scan([other], options)
    assert elsewhere.stats.images == 3 and len(elsewhere.groups) == 1
    assert any("no longer has" in record.message for record in caplog.records)
    assert _rows(tmp_path / "cache") == []
    again = scan([first], options)
    assert again.stats.cached == 0 and again.groups == grouped.groups
    assert not any("rebuilt" in str(warning) for warning in again.warnings)
    assert scan([other], options).stats.cached == 3  # its fingerprints kept as rows: none refused


def test_a_file_read_anew_by_a_stopped_scan_keeps_that_read(tmp_path: Path) -> None:
    """A scan stopped after reading an edited picture keeps its new fingerprint as a row; the
    next scan of another folder writes the last scan's fingerprints as rows too, but not the old
    one over the new: scanning the first folder again reads nothing and has the edited picture
    as it is now."""
    first, other = _pictures(tmp_path / "first"), _pictures(tmp_path / "other", count=2)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    scan([first], options)
    photo(77, (160, 120)).save(first / "p2.jpg", quality=85)
    read_all = [False]

    def noted(event: Any) -> None:
        if event.phase.value == "fingerprint" and event.total and event.done == event.total:
            read_all[0] = True

    stopped = scan([first], options, progress=noted, cancelled=lambda: read_all[0])
    assert stopped.cancelled and read_all[0]
    assert _rows(tmp_path / "cache") == ["p2.jpg"]
    scan([other], options)
    assert "p2.jpg" in _rows(tmp_path / "cache")
    again = scan([first], options)
    assert again.stats.cached == 5
    fresh = scan([first], ScanOptions(use_cache=False))
    assert sorted(r.fingerprint.digest for r in again.images) == sorted(
        r.fingerprint.digest for r in fresh.images
    )


def test_two_scans_sharing_the_cache_keep_each_others_fingerprints(tmp_path: Path) -> None:
    """Two processes share the cache (the window and a scan from the command line): one loads, the
    other reads and stores a picture, the first cannot read it this time (a drive that hiccups)
    and stores after: the picture's fingerprint, unchanged, is still in the cache."""
    from lookalike.core.discovery import Findings
    from lookalike.core.fingerprint import make_fingerprinter
    from lookalike.core.pictures import Gathering
    from tests.core.gathered import discovered, file_columns

    folder = _pictures(tmp_path / "pictures")
    options = ScanOptions()
    entries = discovered((folder,), options, Findings())
    make = make_fingerprinter(options)

    def loaded() -> tuple[FingerprintCache, Gathering]:
        cache = FingerprintCache(
            tmp_path / "cache", options.fingerprint_key, hash_width_of(options.hash_bits)
        )
        gathering = Gathering()
        gathering.add_files(file_columns(entries))
        cache.load(gathering)
        return cache, gathering

    def stored(cache: FingerprintCache, gathering: Gathering, unreadable: str = "") -> None:
        read = [
            (n, entries[n], make(entries[n]))
            for n in gathering.lacking()
            if entries[n].path.name != unreadable
        ]
        made = [
            (n, entry, fingerprint) for n, entry, fingerprint in read if isinstance(fingerprint, Fingerprint)
        ]
        assert cache.store((entry, fingerprint) for _, entry, fingerprint in made)
        gathering.add_made([n for n, *_ in made], [f for *_, f in made], [b""] * len(made))
        cache.store_groups("key", (), gathering.pictures())
        cache.close()

    one, other = loaded(), loaded()
    stored(*other)
    stored(*one, unreadable="p1.jpg")
    cache, gathering = loaded()
    assert gathering.lacking() == []
    cache.close()


def test_a_scan_storing_while_another_loads_gives_it_none_of_its_fingerprints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two scans share the cache (the window and the command line): one stores its last scan while
    the other has read the last scan's paths and identities and not yet its other columns. The
    loading scan takes every column as the file was when it began to read them, never the other
    scan's fingerprints for its own files (as many pictures in both: nothing else would tell)."""
    first, other = tmp_path / "first", tmp_path / "other"
    for folder, seeds in ((first, range(50, 55)), (other, range(80, 85))):
        folder.mkdir()
        for seed in seeds:
            photo(seed, (160, 120)).save(folder / f"p{seed - seeds.start}.jpg", quality=85)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    scan([first], options)
    stored = FingerprintCache._last_scan_stored
    meanwhile: list[ScanResult] = []
    loading: list[FingerprintCache] = []

    def storing_meanwhile(cache: FingerprintCache, name: str, *counted: Any) -> Any:
        if name == "digest" and not loading:
            loading.append(cache)
            meanwhile.append(scan([other], options))  # its own cache object: another process
        return stored(cache, name, *counted)

    monkeypatch.setattr(FingerprintCache, "_last_scan_stored", storing_meanwhile)
    again = scan([first], options)
    monkeypatch.undo()
    assert meanwhile and meanwhile[0].stats.images == 5
    fresh = scan([first], ScanOptions(use_cache=False))

    def digests(result: ScanResult) -> list[tuple[str, str]]:
        return sorted((r.entry.path.name, r.fingerprint.digest) for r in result.images)

    assert digests(again) == digests(fresh)


def _last_scan_names(cache_dir: Path) -> list[str]:
    database = sqlite3.connect(cache_dir / CACHE_FILE)
    names = [name for (name,) in database.execute("SELECT name FROM last_scan ORDER BY name")]
    database.close()
    return names


def test_pictures_added_after_the_last_scans_are_kept_as_segments_and_come_back_as_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rescan after pictures were added after the last scan's (a new folder) keeps theirs as
    one more segment of each column, up to _SEGMENTS_MOST, then every column whole again; each
    scan after takes every picture's fingerprint from them as a scan without the cache makes it,
    a new format and new sizes among them (the columns of distinct values), and groups alike."""
    monkeypatch.setattr(cache_module, "_SEGMENTS_MOST", 2)
    library = _pictures(tmp_path / "library" / "a")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    scan([library.parent], options)
    assert "path#001" not in _last_scan_names(tmp_path / "cache")
    added = [
        ("b", "copy of p1.jpg", lambda path: path.write_bytes((library / "p1.jpg").read_bytes())),
        ("c", "new.webp", lambda path: photo(90, (130, 90)).save(path)),
        ("d", "turned p2.png", lambda path: photo(52, (160, 120)).transpose(2).save(path)),
    ]
    segments_after = [["path", "path#001"], ["path", "path#001", "path#002"], ["path"]]
    for (folder, name, make), segments in zip(added, segments_after, strict=True):
        (library.parent / folder).mkdir()
        make(library.parent / folder / name)
        scan([library.parent], options)
        names = _last_scan_names(tmp_path / "cache")
        assert [n for n in names if n.startswith("path")] == segments
        assert all(
            [n for n in names if n.split("#")[0] == column] == [s.replace("path", column) for s in segments]
            for column in ("identity", "digest", "width", "format", "packed_hashes")
        )
        again = scan([library.parent], options)  # every fingerprint from the segments
        fresh = scan([library.parent], ScanOptions(use_cache=False, workers=1))
        assert again.stats.cached == again.stats.images == fresh.stats.images

        def fingerprints(result: ScanResult) -> dict[str, Fingerprint]:
            return {r.entry.path.name: dataclasses.replace(r.fingerprint, thumb=b"") for r in result.images}

        def groups(result: ScanResult) -> set[frozenset[str]]:
            return {frozenset(m.path.name for m in group.members) for group in result.groups}

        assert fingerprints(again) == fingerprints(fresh)
        assert groups(again) == groups(fresh)
    assert {"copy of p1.jpg", "p1.jpg"} in groups(fresh)
    assert "WEBP" in {r.fingerprint.format for r in fresh.images}


def _every_fingerprint_cached_as_made(folder: Path, options: ScanOptions, images: int) -> None:
    """A scan of `folder` takes each of its `images` pictures' fingerprint from the cache, as a scan
    without the cache makes it."""
    again = scan([folder], options)
    fresh = scan([folder], ScanOptions(use_cache=False, workers=1))
    assert again.stats.cached == again.stats.images == images

    def fingerprints(result: ScanResult) -> list[tuple[str, Fingerprint]]:
        return sorted(
            ((r.entry.path.name, dataclasses.replace(r.fingerprint, thumb=b"")) for r in result.images),
            key=lambda named: named[0],
        )

    assert fingerprints(again) == fingerprints(fresh)


def test_a_rescan_after_adding_adds_its_segment_without_reading_the_columns_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Storing after pictures were added after the last scan's takes the columns as the load found
    them when no other scan wrote since (PRAGMA data_version): it does not read them all again. The
    segment it adds gives each picture its fingerprint, as a scan without the cache makes it."""
    library = _pictures(tmp_path / "library" / "a")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    scan([library.parent], options)
    (tmp_path / "library" / "b").mkdir()
    photo(90, (130, 90)).save(tmp_path / "library" / "b" / "new.webp")

    def read_again(*_args: Any) -> None:
        raise AssertionError("the last scan's columns read again")

    monkeypatch.setattr(FingerprintCache, "_added_to", read_again)
    scan([library.parent], options)
    monkeypatch.undo()
    assert "path#001" in _last_scan_names(tmp_path / "cache")
    _every_fingerprint_cached_as_made(library.parent, options, 6)


def test_a_forged_segment_number_has_the_columns_written_whole_at_the_next_rescan_after_adding(
    tmp_path: Path,
) -> None:
    """A cache whose last scan's columns have a segment's number skipped (format#001 renamed
    format#002): the load takes them, but storing after more pictures were added adds no segment
    after them (it would be a third format row under a number taken). It writes every column
    whole, and the next scan gives each picture its fingerprint."""
    library = _pictures(tmp_path / "library" / "a")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    scan([library.parent], options)
    (tmp_path / "library" / "b").mkdir()
    photo(90, (130, 90)).save(tmp_path / "library" / "b" / "new.webp")
    scan([library.parent], options)
    database = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    with database:
        database.execute("UPDATE last_scan SET name = 'format#002' WHERE name = 'format#001'")
    database.close()
    (tmp_path / "library" / "c").mkdir()
    photo(91, (140, 100)).save(tmp_path / "library" / "c" / "other.png")
    scan([library.parent], options)
    assert not [name for name in _last_scan_names(tmp_path / "cache") if "#" in name]
    _every_fingerprint_cached_as_made(library.parent, options, 7)


def test_pictures_added_when_another_scan_stored_its_last_scan_meanwhile_are_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two scans share the cache: while one groups after pictures were added, the other stores
    the last scan of another folder. The first adds no segment to the other's columns: it
    writes its own whole, and the next scan of its folder takes every fingerprint from them."""
    library, other = _pictures(tmp_path / "library" / "a"), _pictures(tmp_path / "other")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    scan([library.parent], options)
    photo(90, (130, 90)).save(tmp_path / "library" / "b.png")
    encode = cache_module._encode_groups
    meanwhile: list[ScanResult] = []
    storing: list[bool] = []

    def storing_meanwhile(*args: Any) -> Any:
        if not storing:
            storing.append(True)
            meanwhile.append(scan([other], options))  # its own cache object: another process
        return encode(*args)

    monkeypatch.setattr(cache_module, "_encode_groups", storing_meanwhile)
    scan([library.parent], options)
    monkeypatch.undo()
    assert meanwhile and meanwhile[0].stats.images == 5
    assert "path#001" not in _last_scan_names(tmp_path / "cache")
    _every_fingerprint_cached_as_made(library.parent, options, 6)


def test_the_pictures_of_a_segment_no_longer_scanned_keep_their_fingerprints_as_rows(
    tmp_path: Path,
) -> None:
    """The last scan's columns in segments, then a scan of the first folder alone: it writes its
    columns whole and keeps the other folder's fingerprints, from the segment, as rows, so a scan
    of that folder reads no file and gives each its own fingerprint, a new format among them."""
    library = _pictures(tmp_path / "library" / "a")
    added = tmp_path / "library" / "b"
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=1)
    scan([library.parent], options)
    added.mkdir()
    photo(90, (130, 90)).save(added / "new.webp")
    photo(91, (140, 100)).save(added / "other.png")
    scan([library.parent], options)
    assert "format#001" in _last_scan_names(tmp_path / "cache")

    assert scan([library], options).stats.cached == 5
    assert "format#001" not in _last_scan_names(tmp_path / "cache")
    again = scan([added], options)
    fresh = scan([added], ScanOptions(use_cache=False, workers=1))
    assert again.stats.cached == again.stats.images == 2
    assert sorted(
        (r.entry.path.name, dataclasses.replace(r.fingerprint, thumb=b"")) for r in again.images
    ) == sorted((r.entry.path.name, dataclasses.replace(r.fingerprint, thumb=b"")) for r in fresh.images)


def test_the_files_identities_packed_at_once_are_those_packed_file_by_file(tmp_path: Path) -> None:
    # The load compares the files' identities with the last scan's column of them: packed a field at
    # a time from the files' columns, as each file's are packed one by one; with a number beyond 64
    # bits (a forged result's), file by file as before.
    import functools

    from lookalike.core.pictures import Gathering
    from tests.core.gathered import file_columns

    entries = [
        entry_at(tmp_path / "a.jpg", inode=7),
        dataclasses.replace(entry_at(tmp_path / "b.jpg", inode=2**64 - 1), device=2**63 + 5, ctime_ns=None),
        dataclasses.replace(entry_at(tmp_path / "c.jpg", inode=9), mtime_ns=-(10**9), size=2**40),
    ]
    for odd in ([], [dataclasses.replace(entry_at(tmp_path / "d.jpg", inode=2**70))]):
        gathering = Gathering()
        gathering.add_files(file_columns(entries + odd))
        numbers = [gathering.file_numbers(name) for name in cache_module._IDENTITY_FIELDS]
        by_file = cache_module._identity_column(
            functools.partial(cache_module._in_parts, gathering.file_values, len(gathering))
        )
        at_once = cache_module._identities_at_once(numbers)
        assert by_file[1] == b"".join(map(cache_module._identity, entries + odd))
        if odd:
            assert at_once is None
        else:
            assert at_once is not None and bytes(at_once[0]) == by_file[0] and bytes(at_once[1]) == by_file[1]
