"""Issue 14: the suggested keeper is the original, each rule tried on real files scanned for real."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageEnhance

from lookalike.core.models import FileEntry, Fingerprint, Group, ImageRecord, ScanOptions
from lookalike.core.pictures import Pictures
from lookalike.core.scan import scan
from lookalike.core.selection import (
    SUGGESTED_RULES,
    KeepRule,
    Rule,
    copy_marker,
    in_backup_folder,
    keeper_order,
    keeper_ranking,
)
from lookalike.samples import photo

MAKE, MODEL, EXIF_IFD, DATE_TAKEN = 0x010F, 0x0110, 0x8769, 0x9003


def camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[MAKE] = "Canon"
    exif[MODEL] = "Canon EOS 80D"
    exif.get_ifd(EXIF_IFD)[DATE_TAKEN] = "2021:07:04 10:30:00"
    return exif


def age(path: Path, seconds_ago: int) -> None:
    """Give `path` an older modification time, as a file copied later than the original has."""
    stamp = 1_700_000_000 - seconds_ago
    os.utime(path, (stamp, stamp))


def only_group(root: Path, **options: object) -> Group:
    result = scan([root], ScanOptions(use_cache=False, **options))  # type: ignore[arg-type]
    assert len(result.groups) == 1, [[m.path.name for m in g.members] for g in result.groups]
    return result.groups[0]


def kept(group: Group) -> list[str]:
    return [str(m.path.relative_to(m.path.parents[1])) for m in group.members if m.keep]


def test_the_camera_original_in_dcim_beats_its_backup_copy(tmp_path: Path) -> None:
    """The issue's first scenario: byte-identical, the copy first by name and older."""
    (tmp_path / "DCIM").mkdir()
    (tmp_path / "Backup").mkdir()
    photo(1, (800, 600)).save(tmp_path / "DCIM" / "IMG_0001.JPG", exif=camera_exif(), quality=90)
    shutil.copy(tmp_path / "DCIM" / "IMG_0001.JPG", tmp_path / "Backup" / "IMG_0001 (1).jpg")
    age(tmp_path / "Backup" / "IMG_0001 (1).jpg", 100)  # even "oldest" would have chosen the copy

    group = only_group(tmp_path)

    assert kept(group) == ["DCIM/IMG_0001.JPG"]
    assert group.members[0].path.name == "IMG_0001.JPG"  # the keeper is the group's reference
    assert group.keep_reason == "no copy marker in the name"


def test_the_camera_jpeg_beats_a_png_resave_and_a_brightened_copy(tmp_path: Path) -> None:
    """The issue's second scenario: "largest file" kept the PNG or the edited copy."""
    picture = photo(2, (800, 600))
    picture.save(tmp_path / "IMG_0002.jpg", exif=camera_exif(), quality=85)
    Image.open(tmp_path / "IMG_0002.jpg").save(tmp_path / "IMG_0002.png")
    ImageEnhance.Brightness(picture).enhance(1.1).save(tmp_path / "IMG_0002-edit.jpg", quality=98)
    assert (tmp_path / "IMG_0002.png").stat().st_size > (tmp_path / "IMG_0002.jpg").stat().st_size
    assert (tmp_path / "IMG_0002-edit.jpg").stat().st_size > (tmp_path / "IMG_0002.jpg").stat().st_size

    group = only_group(tmp_path)

    assert {m.path.name for m in group.members} == {"IMG_0002.jpg", "IMG_0002.png", "IMG_0002-edit.jpg"}
    assert kept(group) == [f"{tmp_path.name}/IMG_0002.jpg"]
    assert group.keep_reason == "camera original (has EXIF)"


def test_colour_beats_a_larger_grayscale_copy(tmp_path: Path) -> None:
    """The issue's third scenario; neither has EXIF."""
    colour = photo(3, (800, 600))
    colour.save(tmp_path / "a-colour.jpg", quality=70)
    colour.convert("L").convert("RGB").save(tmp_path / "a-gray.jpg", quality=98)  # gray, saved as RGB
    assert (tmp_path / "a-gray.jpg").stat().st_size > (tmp_path / "a-colour.jpg").stat().st_size
    age(tmp_path / "a-gray.jpg", 100)

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/a-colour.jpg"]
    assert group.keep_reason == "holds more (colour)"


def test_an_animated_gif_beats_its_first_frame(tmp_path: Path) -> None:
    """The issue's fourth scenario."""
    frames = [photo(4, (400, 300)).quantize(128).convert("RGB")] + [
        photo(40 + i, (400, 300)) for i in range(2)
    ]
    frames[0].save(tmp_path / "party.gif", save_all=True, append_images=frames[1:], duration=200)
    Image.open(tmp_path / "party.gif").convert("RGB").save(tmp_path / "party-frame.png")
    age(tmp_path / "party-frame.png", 100)

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/party.gif"]
    assert group.keep_reason == "holds more (3 frames)"


def test_transparency_beats_a_flattened_copy(tmp_path: Path) -> None:
    logo = photo(5, (400, 300)).convert("RGBA")
    logo.paste((0, 0, 0, 0), (0, 0, 400, 40))
    logo.save(tmp_path / "logo.png")
    flat = Image.new("RGBA", logo.size, (255, 255, 255, 255))
    Image.alpha_composite(flat, logo).convert("RGB").resize((800, 600)).save(tmp_path / "logo-big.png")

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/logo.png"]  # though the flattened one has more pixels
    assert group.keep_reason == "holds more (transparency)"


def test_the_original_format_among_camera_pictures_but_not_among_screenshots(tmp_path: Path) -> None:
    camera, screens = tmp_path / "camera", tmp_path / "screens"
    camera.mkdir()
    screens.mkdir()
    # Both carry the camera's EXIF (the PNG was exported with it): the format decides.
    photo(6, (800, 600)).save(camera / "IMG_0006.jpg", exif=camera_exif(), quality=90)
    Image.open(camera / "IMG_0006.jpg").save(camera / "IMG_0006.png", exif=camera_exif())
    age(camera / "IMG_0006.jpg", -100)  # newer, so "oldest" cannot be what decides
    group = only_group(camera)
    assert kept(group) == ["camera/IMG_0006.jpg"]
    assert group.keep_reason == "original format (JPEG)"

    # A screenshot is made as PNG; a chat app's JPEG of it is the re-save, and smaller.
    photo(7, (900, 600)).save(screens / "Screenshot.png")
    Image.open(screens / "Screenshot.png").resize((600, 400)).save(screens / "Screenshot.jpg", quality=80)
    group = only_group(screens)
    assert kept(group) == ["screens/Screenshot.png"]
    assert group.keep_reason == "largest resolution"


def test_the_highest_resolution(tmp_path: Path) -> None:
    picture = photo(8, (1200, 900))
    picture.save(tmp_path / "big.jpg", quality=80)
    picture.resize((600, 450)).save(tmp_path / "small.jpg", quality=95)
    age(tmp_path / "small.jpg", 100)

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/big.jpg"]
    assert group.keep_reason == "largest resolution"


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("IMG_0009.jpg", "IMG_0009 (1).jpg"),
        ("IMG_0009.jpg", "IMG_0009(2).jpg"),
        ("IMG_0009.jpg", "IMG_0009 - Copy.jpg"),
        ("IMG_0009.jpg", "IMG_0009 - Copy (2).jpg"),
        ("IMG_0009.jpg", "IMG_0009 copy.jpg"),
        ("IMG_0009.jpg", "IMG_0009 copy 2.jpg"),
        ("IMG_0009.jpg", "Copy of IMG_0009.jpg"),
        ("IMG_0009.jpg", "IMG_0009 - 복사본.jpg"),
        ("IMG_0009.jpg", "IMG_0009 복사본.jpg"),
        ("IMG_0009.jpg", "IMG_0009 - 副本.jpg"),
        ("IMG_0009.jpg", "IMG_0009 的副本.jpg"),
        ("IMG_0009.jpg", "IMG_0009 のコピー.jpg"),
        ("IMG_0009.jpg", "IMG_0009_1.jpg"),
        ("IMG_0009.jpg", "IMG_0009 2.jpg"),
    ],
)
def test_names_without_copy_markers(tmp_path: Path, original: str, copy: str) -> None:
    photo(9, (400, 300)).save(tmp_path / original, quality=90)
    shutil.copy(tmp_path / original, tmp_path / copy)
    age(tmp_path / copy, 100)  # the copy is older and (mostly) first by name: only its name tells

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/{original}"]
    assert group.keep_reason == "no copy marker in the name"


def test_underscore_one_is_a_copy_marker_only_beside_the_same_name(tmp_path: Path) -> None:
    photo(10, (400, 300)).save(tmp_path / "beach_1.jpg", quality=90)
    shutil.copy(tmp_path / "beach_1.jpg", tmp_path / "sea.jpg")
    for name in ("beach_1.jpg", "sea.jpg"):
        age(tmp_path / name, 100)

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/beach_1.jpg"]  # no "beach.jpg" here: a name like any other
    assert group.keep_reason == "first by name"


FOLDERS_FOR_COPIES = (
    "Backup", "Backups", "backup-2023", "Export", "Exports", "Downloads", "Download", "OneDrive/Backups/2021",
    "백업", "다운로드", "备份", "下载", "バックアップ", "ダウンロード",
)  # fmt: skip


@pytest.mark.parametrize("folder", FOLDERS_FOR_COPIES)
def test_the_copy_in_a_folder_for_copies_is_the_one_to_delete(tmp_path: Path, folder: str) -> None:
    # (This test's name, which names its tmp_path, holds none of the folder words: they would count.)
    (tmp_path / "Pictures").mkdir()
    (tmp_path / folder).mkdir(parents=True)
    photo(11, (400, 300)).save(tmp_path / folder / "a.jpg", quality=90)
    shutil.copy(tmp_path / folder / "a.jpg", tmp_path / "Pictures" / "z.jpg")
    age(tmp_path / folder / "a.jpg", 100)

    group = only_group(tmp_path)

    assert [m.path.name for m in group.members if m.keep] == ["z.jpg"]
    assert group.keep_reason == "not in a backup or download folder"


def test_folder_words_inside_other_words_do_not_count() -> None:
    assert not in_backup_folder(Path("/home/me/Exported photos/a.jpg"))
    assert not in_backup_folder(Path("/home/me/Downloadable/a.jpg"))
    assert in_backup_folder(Path("/home/me/Phone backup 2021/a.jpg"))
    assert in_backup_folder(Path("/home/me/DOWNLOADS/a.jpg"))
    assert not in_backup_folder(Path("/home/me/Pictures/backup.jpg"))  # a file's own name is no folder


def test_the_earliest_date_taken(tmp_path: Path) -> None:
    picture = photo(12, (400, 300))
    for name, taken in (("b.jpg", "2020:01:01 08:00:00"), ("a.jpg", "2021:01:01 08:00:00")):
        exif = camera_exif()
        exif.get_ifd(EXIF_IFD)[DATE_TAKEN] = taken
        picture.save(tmp_path / name, exif=exif, quality=90)

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/b.jpg"]
    assert group.keep_reason == "oldest"


def test_the_largest_file_last(tmp_path: Path) -> None:
    picture = photo(13, (400, 300))
    picture.save(tmp_path / "a.jpg", quality=70)
    picture.save(tmp_path / "b.jpg", quality=95)
    for name in ("a.jpg", "b.jpg"):
        age(tmp_path / name, 100)  # the same time: nothing before "largest file" decides

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/b.jpg"]
    assert group.keep_reason == "largest file"


def test_reference_folders_come_before_every_rule(tmp_path: Path) -> None:
    (tmp_path / "DCIM").mkdir()
    (tmp_path / "Backup").mkdir()
    photo(14, (800, 600)).save(tmp_path / "DCIM" / "IMG_0014.jpg", exif=camera_exif(), quality=90)
    photo(14, (400, 300)).save(tmp_path / "Backup" / "IMG_0014 (1).jpg", quality=90)

    group = only_group(tmp_path, reference_roots=(tmp_path / "Backup",))

    assert kept(group) == ["Backup/IMG_0014 (1).jpg"]  # kept whatever the rules say, and so the keeper
    assert group.keep_reason == "in a reference folder"


def test_several_reasons_are_named_in_the_order_they_decided(tmp_path: Path) -> None:
    picture = photo(15, (800, 600))
    picture.save(tmp_path / "IMG_0015.jpg", exif=camera_exif(), quality=90)
    picture.save(tmp_path / "IMG_0015 (1).jpg", exif=camera_exif(), quality=90)  # same bytes, copy marker
    picture.save(tmp_path / "IMG_0015 small.jpg", quality=90)  # no EXIF
    picture.convert("L").save(tmp_path / "IMG_0015 bw.jpg", exif=camera_exif(), quality=90)

    group = only_group(tmp_path)

    assert kept(group) == [f"{tmp_path.name}/IMG_0015.jpg"]
    assert (
        group.keep_reason
        == "holds more (colour), then camera original (has EXIF), then no copy marker in the name"
    )


def test_keeper_order_still_works_one_copy_at_a_time() -> None:
    """matching calls keeper_order(record): without the group, `_1` is no copy marker."""

    def record(name: str) -> ImageRecord:
        fingerprint = Fingerprint("d", 10, 10, "JPEG", None, bytes(8), b"", False)
        return ImageRecord(FileEntry(Path("/p") / name, 1, 0), fingerprint)

    original, numbered = record("IMG_0001.jpg"), record("IMG_0001_1.jpg")
    assert not copy_marker(numbered)
    assert keeper_order(numbered)[:-1] == keeper_order(original)[:-1]  # only the names differ
    assert keeper_order(original, SUGGESTED_RULES, [numbered]) < keeper_order(
        numbered, SUGGESTED_RULES, [original]
    )


def _record(
    folder: str, name: str, reference: bool, size: int, mtime: int, width: int, fmt: str,
    taken: str | None, camera: str, frames: int, alpha: bool, gray: bool,
) -> ImageRecord:  # fmt: skip
    fingerprint = Fingerprint(
        "d",
        width,
        10,
        fmt,
        taken,
        bytes(8),
        b"",
        False,
        camera=camera,
        grayscale=gray,
        alpha=alpha,
        frames=frames,
    )
    return ImageRecord(FileEntry(Path("/p") / folder / name, size, mtime, reference), fingerprint)


# Few values per fact, so that records tie on many rules and the later ones (and the path) decide.
_records = st.lists(
    st.builds(
        _record,
        st.sampled_from(["DCIM", "Backup", "다운로드"]),
        st.sampled_from(
            [
                "IMG_1.jpg",
                "IMG_1 (1).jpg",
                "IMG_1_1.jpg",
                "a.png",
                "b.dng",
                "Copy of a.png",
                "B.NEF",
                ".dng",
                "c.dng.",
                "d.copy",
                "e - Copy.JPG",
                "사진 복사본.jpg",
                "x\udce9.Cr2",
                "f\x00.arw",
                "g\nCopy of h.ORF",
                "\u0130MG_2 (2).jpg",  # "İ" lowers to two letters: the names are searched another way
                "\u212aelvin.ARW",  # the Kelvin sign lowers to "k", in its place
            ]
        ),
        st.booleans(),
        st.sampled_from([1, 2, 2**40]),
        st.sampled_from([0, 10**18, -(10**9)]),
        st.sampled_from([10, 20]),
        st.sampled_from(["JPEG", "PNG", "heif"]),
        st.sampled_from([None, "2021-07-04T10:30:00", "2021-07-04T10:30:00.5", "not a date", ""]),
        st.sampled_from(["", "Canon EOS 80D"]),
        st.sampled_from([1, 3]),
        st.booleans(),
        st.booleans(),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(
    _records,
    st.sampled_from([
        SUGGESTED_RULES,
        (KeepRule(Rule.NEWEST), KeepRule(Rule.PREFERRED_FORMAT, "png")),
        (KeepRule(Rule.PREFERRED_FOLDER, "/p/Backup"), KeepRule(Rule.HAS_DATE_TAKEN), KeepRule(Rule.OLDEST)),
        (KeepRule(Rule.NO_COPY_MARKER),),  # alone, so that the names decide
        (KeepRule(Rule.ORIGINAL_FORMAT), KeepRule(Rule.CAMERA_ORIGINAL)),
    ]),
    st.sampled_from(["records", "columns", "some columns"]),
)  # fmt: skip
def test_keeper_ranking_sorts_as_keeper_order_does(
    records: list[ImageRecord], rules: tuple[KeepRule, ...], held_as: str
) -> None:
    """matching ranks every picture at once, column by column, of records as objects or as
    columns (Pictures), or of some of those columns' pictures (whose columns hold values none of
    them has): the order is keeper_order's."""
    ranked: Sequence[ImageRecord] = records
    if held_as != "records":
        columns = Pictures.made([([r.entry for r in records], [r.fingerprint for r in records])])
        ranked = columns
        if held_as == "some columns":
            some = list(range(len(records)))[::-2]
            ranked, records = columns.picked(some), [records[i] for i in some]
    expected = sorted(range(len(records)), key=lambda i: keeper_order(records[i], rules))
    assert keeper_ranking(ranked, rules) == expected
