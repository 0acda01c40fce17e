"""Pictures held as columns give back every record exactly as it was made, and group alike."""

from __future__ import annotations

import os
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.core import cache as cache_module
from lookalike.core import parts
from lookalike.core import pictures as pictures_module
from lookalike.core.matching import find_groups
from lookalike.core.models import THUMB_SIDE, FileEntry, Fingerprint, ImageRecord, Mode, ScanOptions
from lookalike.core.pictures import Gathering, Pictures
from tests.core.gathered import file_columns

_SHARED_THUMB = bytes(range(256)) * 16


def _record(index: int, **changed: object) -> ImageRecord:
    entry = FileEntry(
        Path(f"/photos/{index % 3}/IMG_{index:04d}.jpg"), 1000 + index, 10**18 + index,
        index % 2 == 0, 2049, 7_000 + index, 10**18 + 5 * index, 1 + index % 3,
    )  # fmt: skip
    fingerprint = Fingerprint(
        digest=f"{index:032x}", width=4000 + index, height=3000, format=("JPEG", "PNG")[index % 2],
        taken_at="2019-05-04T10:00:00" if index % 4 else None,
        packed_hashes=index.to_bytes(8, "big") * 8, thumb=_SHARED_THUMB, flat=index % 5 == 0,
        crop_hashes=(index * 3).to_bytes(8, "big") * 9, masked_hashes=(index * 7).to_bytes(8, "big") * 9,
        camera=("", "Canon EOS 80D")[index % 2], grayscale=index % 3 == 0, alpha=index % 7 == 0,
        frames=1 + index % 4, sharpness=0.25 * index, hash_width=8,
    )  # fmt: skip
    entry_changes = {k: v for k, v in changed.items() if k in FileEntry.__slots__}
    fingerprint_changes = {k: v for k, v in changed.items() if k not in FileEntry.__slots__}
    return ImageRecord(
        FileEntry(**{**{k: getattr(entry, k) for k in FileEntry.__slots__}, **entry_changes}),  # type: ignore[arg-type]
        Fingerprint(**{**{k: getattr(fingerprint, k) for k in Fingerprint.__slots__}, **fingerprint_changes}),  # type: ignore[arg-type]
    )


def _odd_records() -> list[ImageRecord]:
    """Records with every kind of value a scan, a cache or a forged result file may hold."""
    return [
        _record(0),
        _record(1, path=Path("/x.jpg")),  # a file at the top of the file system
        _record(2, path=Path("/photos/caf\udce9 \u5199\u771f.jpg")),  # not UTF-8, and Japanese
        _record(3, ctime_ns=None),  # a result saved before identities were kept
        _record(4, inode=2**64 - 1, device=2**63 + 5),
        _record(5, packed_hashes=b"\x01" * 16, crop_hashes=b"", masked_hashes=b""),  # other lengths
        _record(6, thumb=b"\x07" * 4096, taken_at="", camera="Pixel 7"),
        _record(7, format="WEBP", hash_width=2, sharpness=0.0),
        _record(8),
    ]


def _gathered(
    entries: list[FileEntry], fingerprints: list[Fingerprint | None], *, parts: int = 1, seed: int = 0
) -> Pictures:
    """The pictures a scan gathers of these files with these fingerprints (None: the file was no
    picture), the fingerprints given in `parts` parts in a shuffled order."""
    gathering = Gathering()
    gathering.add_files(file_columns(entries[:3]))
    gathering.add_files(file_columns(entries[3:]))
    numbered = [(number, made) for number, made in enumerate(fingerprints) if made is not None]
    random.Random(seed).shuffle(numbered)
    for part in (numbered[start::parts] for start in range(parts)):
        made = [fingerprint for _, fingerprint in part]
        gathering.add_made([number for number, _ in part], made, [f.thumb for f in made])
    return gathering.pictures()


@pytest.mark.parametrize(
    "parts",
    [
        [[1, 2, 3, 4, 5, 6, 7]],  # all from the cache's last scan
        [[1, 2, 3, 4], [7, 5], [6]],  # then the new files, in the order they were read
        [[1, 2], [3, 4], [7, 6, 5]],
        [[1, 2, 5], [3, 4], [7, 6]],  # a part after the first holds a file before its last
        [[2, 3], [1], [4, 5, 6, 7]],
        [[], [1, 2, 3], [4, 5, 6, 7]],
    ],
)
def test_the_pictures_come_in_the_files_order_however_their_fingerprints_came(
    parts: list[list[int]],
) -> None:
    records = _odd_records()
    gathering = Gathering()
    gathering.add_files(file_columns([record.entry for record in records]))
    for part in parts:
        made = [records[number].fingerprint for number in part]
        gathering.add_made(part, made, [f.thumb for f in made])
    assert list(gathering.pictures()) == records[1:8]


def test_files_handed_on_a_folder_at_a_time_are_the_same_paths_as_one_by_one() -> None:
    """Discovery hands on a folder's files as its text and their names (InFolder), ASCII names
    encoded at once: every path comes back as it was, whatever its names are."""
    names = [
        ["IMG_0001.jpg", "a.png"], ["caf\udce9.jpg", "\u5199\u771f.jpg", "plain.jpg"], ["x.jpg"], [],
        ["\ubc14\ub2e4.heic", "b.jpg"],
    ]  # fmt: skip
    folders = [  # as this system's paths spell them
        folder.replace("/", os.sep)
        for folder in ("/photos/", "/photos/caf\udce9/", "/", "/empty/", "/photos/2019/")
    ]
    records = [
        _record(index, path=Path(folder + name))
        for index, (folder, name) in enumerate(
            (folder, name) for folder, batch in zip(folders, names, strict=True) for name in batch
        )
    ]
    by_folder, one_by_one = Gathering(), Gathering()
    at = 0
    for folder, batch in zip(folders, names, strict=True):
        columns = file_columns([record.entry for record in records[at : at + len(batch)]])
        one_by_one.add_files(columns)
        columns["path"] = pictures_module.InFolder(folder, batch)
        by_folder.add_files(columns)
        at += len(batch)
    for gathering in (by_folder, one_by_one):
        made = [record.fingerprint for record in records]
        gathering.add_made(list(range(len(records))), made, [f.thumb for f in made])
    assert list(by_folder.pictures()) == list(one_by_one.pictures()) == records
    alone = os.sep.join(("", "photos", "a.jpg"))
    assert list(pictures_module.InFolder.of(alone)) == [alone]
    with pytest.raises(ValueError, match="last separator"):
        pictures_module.InFolder(os.sep + "photos", ["a.jpg"])


def test_paths_made_from_their_folders_are_those_path_parses() -> None:
    """A record's path is made from its folder's Path, parsed once: it is the Path its text would
    make, part by part, however the text spells its folder."""
    texts = [
        os.sep + "IMG_0001.jpg",  # in a root
        os.sep.join(("", "photos", "2019", "caf\udce9.jpg")),  # a name that is not UTF-8
        os.sep.join(("", "photos", "2019", "\u5199\u771f.jpg")),
        os.sep.join(("", "photos", ".", "a.jpg")),  # spelt otherwise by Path: parsed whole
        os.sep.join(("", "photos", "", "b.jpg")),
        os.sep.join(("", "", "server", "share", "c.jpg")),  # a root of two separators
        os.sep.join(("", "photos", "..", "d.jpg")),
        os.sep.join((".", "e.jpg")),  # a folder of no part: Path spells the path without it
    ]
    column = pictures_module._Paths()
    column.extend(texts)
    made = column.paths([6, 0, 1, 2, 3, 4, 5, 7, 1])
    expected = [Path(texts[at]) for at in (6, 0, 1, 2, 3, 4, 5, 7, 1)]
    assert made == expected
    assert [str(path) for path in made] == [str(path) for path in expected]
    assert [path.parts for path in made] == [path.parts for path in expected]
    assert [path.parent for path in made] == [path.parent for path in expected]


@pytest.mark.parametrize("parts", [1, 3])
def test_each_record_comes_back_as_it_was_made(parts: int) -> None:
    records = _odd_records()
    entries = [record.entry for record in records]
    fingerprints: list[Fingerprint | None] = [record.fingerprint for record in records]
    fingerprints[0] = fingerprints[8] = None  # files that were no picture

    pictures = _gathered(entries, fingerprints, parts=parts)

    kept = records[1:8]
    assert list(pictures) == kept
    assert [pictures[i] for i in range(len(kept))] == kept
    assert pictures[-1] == kept[-1]
    assert pictures.values("path") == [str(record.entry.path) for record in kept]  # not all ASCII
    codes, folders, names = pictures.path_parts()
    assert [os.path.join(folders[code], name) for code, name in zip(codes, names, strict=True)] == [
        str(record.entry.path) for record in kept
    ]
    assert pictures.records_at([3, 0, 3]) == [kept[3], kept[0], kept[3]]
    assert pictures.picked([4, 1]).records_at([1]) == [kept[1]]
    with pytest.raises(IndexError):
        pictures[len(kept)]


def test_a_gathering_refuses_fingerprints_that_fit_no_file_and_adds_nothing_of_them() -> None:
    records = [_record(index) for index in range(4)]
    fingerprints = [r.fingerprint for r in records]
    thumbs = [f.thumb for f in fingerprints]
    gathering = Gathering()
    gathering.add_files(file_columns([r.entry for r in records]))
    gathering.add_made([2], fingerprints[2:3], thumbs[2:3])
    fields = [(name, [getattr(f, name) for f in fingerprints[:2]]) for name in Fingerprint.__slots__]

    for numbers, columns in (
        ([0, 2], fields),  # file 2 has one already
        ([0, 0], fields),  # two for one file
        ([0, 4], fields),  # no file 4
        ([0, 1], fields[:-1]),  # a field missing
        ([0, 1], [*fields, fields[0]]),  # a field twice
        ([0, 1], [*fields[:-1], (fields[-1][0], fields[-1][1][:1])]),  # one value short
    ):
        with pytest.raises(ValueError):
            gathering.add_fingerprints(numbers, iter(columns))
    assert gathering.lacking() == [0, 1, 3]

    gathering.add_fingerprints([1, 0], [(name, values[::-1]) for name, values in fields])
    assert list(gathering.pictures()) == records[:3]


def test_a_gathering_lets_go_of_every_fingerprint_of_a_cache_that_failed() -> None:
    records = [_record(index) for index in range(3)]
    gathering = Gathering()
    gathering.add_files(file_columns([r.entry for r in records]))
    gathering.add_made([0, 1], [r.fingerprint for r in records[:2]], [b"", b""])

    gathering.forget_fingerprints()

    assert gathering.lacking() == [0, 1, 2]
    assert len(gathering.pictures()) == 0


def test_numbers_too_large_for_a_column_and_digests_that_are_none_still_come_back() -> None:
    records = [
        _record(0),
        _record(1, size=2**70, mtime_ns=-(2**70)),  # a forged result's numbers
        _record(2, digest="NOT A DIGEST"),
        _record(3, digest="00112233445566778899AABBCCDDEEFF"),  # capitals: not the digest we write
    ]
    shifted = [_record(4, digest="ab" * 15), _record(5, digest="cd" * 17)]  # 30 and 34 digits
    pictures = _gathered([r.entry for r in records], [r.fingerprint for r in records], parts=2)

    assert list(pictures) == records
    assert pictures.digest_bytes() is None
    assert pictures.digest_text() == "".join(r.fingerprint.digest for r in records)
    assert list(_gathered([r.entry for r in shifted], [r.fingerprint for r in shifted])) == shifted
    assert pictures.numbers("size").tolist() == [1000, 2**70, 1002, 1003]


def test_columns_read_as_the_records_say() -> None:
    records = [_record(index) for index in range(10)]
    pictures = _gathered([r.entry for r in records], [r.fingerprint for r in records], parts=2)

    assert pictures.numbers("width").tolist() == [r.fingerprint.width for r in records]
    assert pictures.numbers("flat").tolist() == [r.fingerprint.flat for r in records]
    assert pictures.values("path") == [str(r.entry.path) for r in records]
    assert pictures.values("taken_at") == [r.fingerprint.taken_at for r in records]
    digests = pictures.digest_bytes()
    assert digests is not None
    assert [d.tobytes().hex() for d in digests] == [r.fingerprint.digest for r in records]
    assert list(pictures.digests()) == [r.fingerprint.digest for r in records]
    cuts = pictures.words("crop_hashes", 9)
    assert cuts is not None and cuts.T.tolist() == [list(r.fingerprint.cut_hashes()) for r in records]
    assert pictures.words("crop_hashes", 8) is None  # not 8 words a picture


def test_a_view_picks_pictures_in_its_own_order() -> None:
    records = [_record(index) for index in range(10)]
    pictures = _gathered([r.entry for r in records], [r.fingerprint for r in records], parts=2)

    view = pictures.picked([7, 2, 9])
    again = view.picked([2, 0])

    assert list(view) == [records[7], records[2], records[9]]
    assert list(again) == [records[9], records[7]]
    assert list(pictures[8:]) == records[8:]
    assert view.numbers("size").tolist() == [1007, 1002, 1009]
    assert view.values("digest") == [records[i].fingerprint.digest for i in (7, 2, 9)]
    digests = view.digest_bytes()
    assert digests is not None and digests[0].tobytes().hex() == records[7].fingerprint.digest
    turned = view.words("packed_hashes", 8)
    assert turned is not None and turned.T.tolist() == [
        list(records[i].fingerprint.hashes) for i in (7, 2, 9)
    ]
    assert view.lengths("masked_hashes").tolist() == [72, 72, 72]


def test_a_field_read_alone_is_the_records_own_however_the_pictures_are_held() -> None:
    # A thumbs' check reads a picture's digest, size and thumb without making its record.
    records = _odd_records()
    gathered = _gathered([r.entry for r in records], [r.fingerprint for r in records], parts=3)
    view = gathered.picked([6, 0, 2])
    held = Pictures.of(records).picked([6, 0, 2])

    for pictures in (gathered, view, held):
        for index, record in enumerate(pictures):
            for name in ("path", "inode", "ctime_ns", "in_reference_root"):
                assert pictures.field(name, index) == getattr(record.entry, name)
            for name in ("digest", "width", "height", "thumb", "flat", "taken_at", "camera"):
                assert pictures.field(name, index) == getattr(record.fingerprint, name)
    assert [view.field("thumb", index) for index in range(3)] == [
        b"\x07" * 4096,
        _SHARED_THUMB,
        _SHARED_THUMB,
    ]
    assert view.field("path", 2) == Path("/photos/caf\udce9 \u5199\u771f.jpg")
    assert type(view.field("flat", 1)) is bool


def test_records_given_as_a_list_are_given_back_themselves() -> None:
    records = _odd_records()
    pictures = Pictures.of(records)

    assert all(mine is theirs for mine, theirs in zip(pictures, records, strict=True))
    assert Pictures.of(pictures) is pictures
    inodes = np.array([r.entry.inode for r in records], dtype=np.uint64)
    assert np.array_equal(pictures.numbers("inode"), inodes)
    assert pictures.lengths("packed_hashes").tolist() == [len(r.fingerprint.packed_hashes) for r in records]
    assert pictures.words("packed_hashes", 8) is None  # one picture holds two hashes


def _library(seed: int, count: int) -> list[ImageRecord]:
    """Pictures near a few hashes, some of them exact copies (one fingerprint, several files), in
    a reference folder or a backup folder, with copy markers in some names."""
    rng = random.Random(seed)
    centres = [rng.getrandbits(64) for _ in range(max(1, count // 5))]
    textures = [bytes(random.Random(t).randrange(256) for _ in range(THUMB_SIDE**2)) for t in range(3)]
    records: list[ImageRecord] = []
    for index in range(count):
        if records and rng.random() < 0.3:  # a copy of an earlier picture
            fingerprint = rng.choice(records).fingerprint
        else:
            value = rng.choice(centres)
            for bit in rng.sample(range(64), rng.randrange(0, 12)):
                value ^= 1 << bit
            fingerprint = Fingerprint(
                f"{index:032x}", rng.choice([100, 200]), 100, rng.choice(["JPEG", "PNG"]),
                rng.choice([None, "2020-01-01T10:00:00"]), value.to_bytes(8, "big"), rng.choice(textures),
                False, camera=rng.choice(["", "Canon EOS 80D"]),
            )  # fmt: skip
        folder = rng.choice(["/library/DCIM", "/library/Backup", "/reference"])
        name = rng.choice([f"IMG_{index:04d}.jpg", f"IMG_{index:04d} (1).jpg", f"Copy of {index}.png"])
        entry = FileEntry(
            Path(folder) / name, rng.choice([1000, 2000]), 10**18 + rng.randrange(3), folder == "/reference"
        )
        records.append(ImageRecord(entry, fingerprint))
    return records


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(2, 60), threshold=st.integers(4, 12))
def test_pictures_as_columns_group_as_the_records_do(seed: int, count: int, threshold: int) -> None:
    records = _library(seed, count)
    options = ScanOptions(threshold=threshold, workers=2)
    expected = find_groups(records, options)

    pictures = _gathered([r.entry for r in records], [r.fingerprint for r in records], parts=2)  # type: ignore[arg-type]

    assert find_groups(pictures, options) == expected
    assert find_groups(pictures, ScanOptions(mode=Mode.EXACT)) == find_groups(
        records, ScanOptions(mode=Mode.EXACT)
    )


def test_records_asked_for_again_come_back_the_same_beyond_those_held(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pictures_module, "_RECORDS_HELD", 4)
    records = [_record(index) for index in range(10)]
    pictures = _gathered([r.entry for r in records], [r.fingerprint for r in records], parts=2)
    view = pictures.picked(range(9, -1, -1))

    for index in [0, 1, 2, 3, 4, 0, 5, 9, 1, 8, 2, 7, 6, 3, 0]:
        assert pictures[index] == records[index]
        assert view[9 - index] == records[index]
    assert pictures[1] is pictures[1]  # held: asked for twice, made once


_KEYED = cache_module._KEYED_FIELDS


def test_a_columns_bytes_follow_its_values_not_how_they_were_gathered() -> None:
    # grouping_key hashes these bytes: the same pictures gathered in parts, or with a file that
    # is no picture alone in its folder, give the same; any value changed gives others.
    assert set(_KEYED) == {*parts.FILE_FIELDS, "digest"}  # what tells a file apart, and its content
    records = _odd_records()
    entries = [record.entry for record in records]
    alone = FileEntry(Path("/elsewhere/broken.jpg"), 1, 1)  # its folder no picture's
    of_records = Pictures.of(records[1:])
    gathered = _gathered(
        [entries[0], alone, *entries[1:]], [None, None, *[r.fingerprint for r in records[1:]]], parts=3
    )
    assert list(gathered) == records[1:]
    for name in _KEYED:
        assert gathered.column_bytes(name) == of_records.column_bytes(name) is not None, name
    changed = [  # each at its place among records[1:]
        (1, _record(2, path=Path("/photos/caf\udce9 \u5199\u771e.jpg"))),
        (1, _record(2, path=Path("/photos/1/caf\udce9 \u5199\u771f.jpg"))),
        (2, _record(3, ctime_ns=0)),
        (3, _record(4, inode=2**64 - 2)),
        (4, _record(5, in_reference_root=True)),
        (5, _record(6, digest="f" * 32)),
    ]
    for place, record in changed:
        other = Pictures.of([*records[1 : 1 + place], record, *records[2 + place :]])
        assert [name for name in _KEYED if other.column_bytes(name) != of_records.column_bytes(name)], record


def test_columns_of_python_values_or_a_view_give_no_bytes() -> None:
    forged = Pictures.of([_record(0), _record(1, size=2**70, digest="NOT A DIGEST")])
    assert forged.column_bytes("size") is None and forged.column_bytes("digest") is None
    assert forged.column_bytes("mtime_ns") is not None
    assert forged.picked([1, 0]).column_bytes("mtime_ns") is None
