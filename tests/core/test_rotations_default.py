"""Rotated and mirrored copies are found by default (window and CLI); one option turns that off,
and the traps (template screenshots, pages of one layout, symmetric pictures) stay apart."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings

from lookalike import samples
from lookalike.catalog import Catalog
from lookalike.cli import CommandLine
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.ui.settings import Preferences, SettingsStore
from tests.benchmarks.accuracy_corpus import symmetric

PHOTO = (480, 360)


def _grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def test_rotations_are_on_by_default() -> None:
    assert ScanOptions().rotations is True
    assert ScanOptions().fingerprint_key.endswith("-rot")
    assert ScanOptions(rotations=False).fingerprint_key.endswith("-norot")


@pytest.mark.parametrize("turn", list(Image.Transpose), ids=lambda turn: turn.name)
def test_a_default_scan_finds_every_rotated_and_mirrored_copy(turn: Image.Transpose, tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    picture = samples.photo(31, PHOTO)
    picture.save(folder / "original.jpg", quality=92)
    picture.transpose(turn).save(folder / "turned.jpg", quality=88)
    samples.photo(32, PHOTO).save(folder / "unrelated.jpg", quality=92)

    found = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))
    assert _grouped(found) == [{"original.jpg", "turned.jpg"}]
    assert all(len(record.fingerprint.hashes) == 8 for record in found.images)

    plain = scan([folder], ScanOptions(cache_dir=tmp_path / "cache", rotations=False))
    assert _grouped(plain) == []
    assert all(len(record.fingerprint.hashes) == 1 for record in plain.images)


def test_default_scan_keeps_the_traps_apart(tmp_path: Path) -> None:
    """Screenshots of one template, pages of one layout and symmetric pictures: each is its own
    mirror or hashes close to the others, and none is a copy of another."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    for text in range(4):
        samples.screenshot(41, text, (360, 640)).save(folder / f"chat-{text}.png")
        samples.document(50 + text, (425, 550)).save(folder / f"page-{text}.png")
    for index, axes in enumerate(("lr", "tb", "both") * 3):
        symmetric(samples.photo(60 + index, PHOTO), axes).save(folder / f"sym-{index}.jpg", quality=90)

    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache"))

    assert result.errors == ()
    assert _grouped(result) == []
    # The hashes alone would pair some of them up, with a turned variant too: the pixel check
    # is what keeps them apart.
    names = {record.entry.path.name: record.fingerprint.hashes for record in result.images}
    near = [
        (a, b)
        for a, b in combinations(sorted(names), 2)
        if min((names[a][0] ^ turned).bit_count() for turned in names[b]) <= 8
    ]
    assert near


def test_cli_finds_rotations_unless_told_not_to() -> None:
    parser = CommandLine(Catalog()).scan_parser()
    assert parser.parse_args(["pictures"]).rotations is True
    assert parser.parse_args(["pictures", "--rotations"]).rotations is True  # the default, still accepted
    assert parser.parse_args(["pictures", "--no-rotations"]).rotations is False
    assert "--no-rotations" in parser.format_help()


def test_window_preferences_find_rotations_unless_turned_off(tmp_path: Path) -> None:
    assert Preferences().rotations is True
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = SettingsStore(qsettings)
    assert store.load().rotations is True  # nothing saved yet
    qsettings.setValue("options", '{"mode": "similar"}')
    assert store.load().rotations is True  # saved before the option existed
    store.save(Preferences(rotations=False))
    assert SettingsStore(qsettings).load().rotations is False  # turned off stays off
