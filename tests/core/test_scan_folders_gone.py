"""Folders and files that go away while the scan runs: what the result tells the person, and which
files it groups."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lookalike.cli import main
from lookalike.core import discovery
from lookalike.core import scan as scan_module
from lookalike.core.models import Phase, Progress, ScanOptions
from lookalike.core.reasons import Code
from lookalike.core.scan import scan
from tests.core.folders_said import grouped, pairs_in, scanned, told

# ---- folders and files that go away while the scan runs ----------------------------------------------


def _moving_away(folder: Path, to: Path, when: Callable[[Progress], bool]) -> Callable[[Progress], None]:
    """A progress callback that moves `folder` to `to` the first time `when` says so."""

    def progress(report: Progress) -> None:
        if folder.exists() and when(report):
            shutil.move(folder, to)

    return progress


def _gone_after_discovery(monkeypatch: pytest.MonkeyPatch, folder: Path, to: Path) -> None:
    """Move `folder` to `to` once discovery has found every file, before any is read."""
    found = scan_module.discover_found

    def then_moved(*args: object, **kwargs: object) -> Iterator[discovery.FoundFiles]:
        yield from found(*args, **kwargs)  # type: ignore[arg-type]
        shutil.move(folder, to)

    monkeypatch.setattr(scan_module, "discover_found", then_moved)


def test_a_chosen_folder_moved_away_before_its_files_are_read_makes_the_result_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holiday = pairs_in(tmp_path / "Holiday", 1)
    phone = tmp_path / "Phone"
    pairs_in(phone, 6, seed=10)
    _gone_after_discovery(monkeypatch, phone, tmp_path / "Phone (moved)")
    result = scanned(tmp_path / "Holiday", phone)
    assert told(result) == [
        f"This result is incomplete: the folder {phone} was moved or removed during the scan, so its "
        "pictures are left out (12 of the 14 files found); scan again."
    ]
    assert grouped(result) == set(holiday)
    assert {e.path.parent for e in result.errors} == {phone} and len(result.errors) == 12
    assert {e.error.code for e in result.errors} == {Code.DISAPPEARED_DURING_SCAN}


@pytest.mark.parametrize("cached", [False, True], ids=["read", "from the cache"])
def test_pictures_of_a_chosen_folder_moved_away_after_they_were_read_are_notgrouped(
    tmp_path: Path, cached: bool
) -> None:
    """Read (or taken from the cache) before their folder went: grouped, they would be groups of
    files that are no longer there, and "Move N files" would offer to move them."""
    holiday = pairs_in(tmp_path / "Holiday", 1)
    phone = tmp_path / "Phone"
    pairs_in(phone, 3, seed=10)
    cache = tmp_path / "cache"
    if cached:
        scanned(tmp_path / "Holiday", phone, cache=cache)
        after = _moving_away(phone, tmp_path / "elsewhere", lambda p: p.phase is Phase.FINGERPRINT)
    else:
        after = _moving_away(
            phone, tmp_path / "elsewhere", lambda p: p.phase is Phase.FINGERPRINT and p.done == 8
        )
    chosen = ScanOptions(use_cache=cached, cache_dir=cache, workers=1)
    result = scan([tmp_path / "Holiday", phone], chosen, progress=after)
    assert not phone.exists()
    assert told(result) == [
        f"This result is incomplete: the folder {phone} was moved or removed during the scan, so its "
        "pictures are left out (6 of the 8 files found); scan again."
    ]
    assert grouped(result) == set(holiday) and all(path.exists() for path in grouped(result))
    assert result.stats.images == 2 and len(result.errors) == 6


def test_a_folder_inside_a_chosen_one_moved_away_is_named_once_with_all_it_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its files read from the cache and those left to read alike: none is grouped, and the folder
    is named once (not each of its subfolders)."""
    pictures = tmp_path / "Pictures"
    holiday = pairs_in(pictures / "Holiday", 1)
    phone = pictures / "Phone"
    pairs_in(phone / "2023", 2, seed=10)  # in the cache from the last scan
    cache = tmp_path / "cache"
    scanned(pictures, cache=cache)
    pairs_in(phone / "2024", 2, seed=20)  # new since: read by this scan
    _gone_after_discovery(monkeypatch, phone, tmp_path / "Phone (moved)")
    result = scanned(pictures, cache=cache)
    assert told(result) == [
        f"This result is incomplete: the folder {phone} was moved or removed during the scan, so its "
        "pictures are left out (8 of the 10 files found); scan again."
    ]
    assert result.stats.cached == 6 and result.stats.images == 2
    assert grouped(result) == set(holiday)
    assert {e.path.parent for e in result.errors} == {phone / "2023", phone / "2024"} and len(
        result.errors
    ) == 8


def test_a_folder_inside_a_chosen_one_moved_away_after_its_files_were_read_is_noticed(tmp_path: Path) -> None:
    """No file vanished on reading: the folder went after its files were read, while the scan went on."""
    pictures = tmp_path / "Pictures"
    holiday = pairs_in(pictures / "Holiday", 1)
    phone = pictures / "Phone"
    pairs_in(phone, 2, seed=10)
    after = _moving_away(
        phone, tmp_path / "elsewhere", lambda p: p.phase is Phase.FINGERPRINT and p.done == 6
    )
    result = scan([pictures], ScanOptions(use_cache=False, workers=1), progress=after)
    assert not phone.exists()
    assert told(result) == [
        f"This result is incomplete: the folder {phone} was moved or removed during the scan, so its "
        "pictures are left out (4 of the 6 files found); scan again."
    ]
    assert grouped(result) == set(holiday)


def test_many_files_deleted_during_the_scan_make_the_result_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder is still there, most of its files are not: said once, with the folder most were in."""
    pairs_in(tmp_path / "Holiday", 1)
    phone = tmp_path / "Phone"
    pictures = pairs_in(phone, 8, seed=10)
    found = scan_module.discover_found

    def then_deleted(*args: object, **kwargs: object) -> Iterator[discovery.FoundFiles]:
        yield from found(*args, **kwargs)  # type: ignore[arg-type]
        for picture in pictures[:12]:
            picture.unlink()

    monkeypatch.setattr(scan_module, "discover_found", then_deleted)
    result = scanned(tmp_path)
    assert told(result) == [
        "This result is incomplete: 12 of the 18 files found were moved or deleted before the scan could "
        f"read them (12 of them in {phone}); scan again."
    ]
    assert grouped(result) == set(pictures[12:]) | {
        tmp_path / "Holiday" / n for n in ("pic000.jpg", "pic000 copy.jpg")
    }


def test_a_few_files_deleted_during_the_scan_are_only_files_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person deleting two pictures while the scan runs: no warning, the two are files not read."""
    phone = tmp_path / "Phone"
    pictures = pairs_in(phone, 8, seed=10)
    found = scan_module.discover_found

    def then_deleted(*args: object, **kwargs: object) -> Iterator[discovery.FoundFiles]:
        yield from found(*args, **kwargs)  # type: ignore[arg-type]
        pictures[0].unlink()
        pictures[1].unlink()

    monkeypatch.setattr(scan_module, "discover_found", then_deleted)
    result = scanned(phone)
    assert told(result) == []
    assert [(e.path, e.error.code) for e in result.errors] == [
        (pictures[1], Code.DISAPPEARED_DURING_SCAN),
        (pictures[0], Code.DISAPPEARED_DURING_SCAN),
    ]
    assert grouped(result) == set(pictures[2:])


def test_the_command_line_warns_of_a_folder_moved_away_during_thescanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs_in(tmp_path / "Holiday", 1)
    phone = tmp_path / "Phone"
    pairs_in(phone, 2, seed=10)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    _gone_after_discovery(monkeypatch, phone, tmp_path / "Phone (moved)")
    assert main(["scan", str(tmp_path / "Holiday"), str(phone), str(notes), "--no-cache"]) == 0
    said = capsys.readouterr().err
    assert (
        f"lookalike: warning: This result is incomplete: the folder {phone} was moved or removed during "
        "the scan, so its pictures are left out (4 of the 6 files found); scan again.\n"
    ) in said
    assert (
        f"lookalike: warning: {notes} is neither a folder nor a picture, so nothing from it is in this "
        "result.\n"
    ) in said
    # The summary counts them as gone, not as files that could not be read (damaged, it meant).
    last = said.splitlines()[-1]
    assert last.endswith("; 4 files disappeared during the scan") and "could not be read" not in last


def test_the_command_line_never_calls_files_that_disappeared_files_that_could_not_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """More files gone than the lines it names them on: the line that counts the rest does not say
    they "could not be read" (damaged, it means) while the summary under it says they disappeared."""
    pairs_in(tmp_path / "Holiday", 1)
    phone = tmp_path / "Phone"
    pairs_in(phone, 12, seed=10)  # 24 files, 20 named
    _gone_after_discovery(monkeypatch, phone, tmp_path / "Phone (moved)")
    result = tmp_path / "result.json"
    assert main(["scan", str(tmp_path / "Holiday"), str(phone), "--no-cache", "--json", str(result)]) == 0
    said = capsys.readouterr().err.splitlines()
    assert said[-2] == (
        f'… and 4 more not read: {result} lists every one under "errors" (--all-errors prints them all here)'
    )
    assert said[-1].endswith("; 24 files disappeared during the scan")
    assert not any("could not be read" in line for line in said)
