"""A folder the person chose that is not there, cannot be opened or is no folder: said once, as a
warning of the scan (its pictures are not in the result), not as a file that could not be read."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lookalike.core import discovery
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from lookalike.samples import photo


def _pairs(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """`count` distinct pictures in `folder`, each with a byte-identical copy beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        picture = folder / f"pic{index:03d}.jpg"
        photo(seed + index, (96, 72)).save(picture, quality=90)
        shutil.copyfile(picture, folder / f"pic{index:03d} copy.jpg")
        made += [picture, folder / f"pic{index:03d} copy.jpg"]
    return made


def _scan(*roots: Path, cache: Path | None = None, reference: tuple[Path, ...] = ()) -> ScanResult:
    chosen = ScanOptions(use_cache=cache is not None, cache_dir=cache, workers=1, reference_roots=reference)
    return scan(list(roots), chosen)


def _told(result: ScanResult) -> list[str]:
    """The warnings of the scan, as the command line prints them and the window shows them."""
    return [str(warning) for warning in result.warnings]


def _grouped(result: ScanResult) -> set[Path]:
    return {member.path for group in result.groups for member in group.members}


# ---- a folder the person chose, that is not there or cannot be opened ------------------------------


def test_a_missing_folder_is_said_as_such_not_as_a_file_that_could_not_be_read(tmp_path: Path) -> None:
    holiday = _pairs(tmp_path / "Holiday", 2)
    phone = tmp_path / "Phone"  # deleted before Scan was pressed
    result = _scan(tmp_path / "Holiday", phone)
    assert _told(result) == [f"The folder {phone} was not found, so its pictures are not in this result."]
    assert result.errors == ()
    assert _grouped(result) == set(holiday)


def test_a_folder_that_is_a_link_to_a_place_gone_says_so(tmp_path: Path) -> None:
    _pairs(tmp_path / "Holiday", 1)
    link = tmp_path / "Phone"
    link.symlink_to(tmp_path / "unplugged drive", target_is_directory=True)
    result = _scan(tmp_path / "Holiday", link)
    assert _told(result) == [
        f"The folder {link} is a link to a place that is gone, so its pictures are not in this result."
    ]
    assert result.errors == () and len(result.groups) == 1


def test_a_missing_reference_folder_says_nothing_is_protected_by_it(tmp_path: Path) -> None:
    """A reference folder renamed before the scan: its pictures are now in the other scanned folder
    under another name, and nothing protects them; the person is told so."""
    pictures = tmp_path / "Pictures"
    originals = _pairs(pictures / "Originals (renamed)", 1)
    reference = pictures / "Originals"
    result = _scan(pictures, reference, reference=(reference,))
    assert _told(result) == [
        f"The reference folder {reference} was not found, so no picture in this result is protected as "
        "being in it; if you renamed or moved it, add it again."
    ]
    assert result.errors == () and _grouped(result) == set(originals)


@pytest.fixture
def unopenable(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Make a folder impossible to open (no permission), as the system says it; as root, whom the
    system lets in anyway, listing it is refused as the system would."""
    shut: list[Path] = []

    def close(folder: Path) -> None:
        folder.chmod(0)
        shut.append(folder)
        if os.access(folder, os.R_OK):
            listed = discovery._listed

            def refused(path: Path, *, as_link: bool = True) -> tuple[list[os.DirEntry[str]], int | None]:
                if any(os.path.samefile(path, closed) for closed in shut):
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
                return listed(path, as_link=as_link)

            monkeypatch.setattr(discovery, "_listed", refused)

    yield close
    for folder in shut:
        folder.chmod(0o755)


def test_a_folder_that_cannot_be_opened_is_said_with_the_system_s_reason(
    tmp_path: Path, unopenable: Callable[[Path], None]
) -> None:
    holiday = _pairs(tmp_path / "Holiday", 1)
    locked = tmp_path / "Phone"
    _pairs(locked, 1, seed=10)
    unopenable(locked)
    result = _scan(tmp_path / "Holiday", locked)
    assert _told(result) == [
        f"The folder {locked} could not be opened (Permission denied), so its pictures are not in this "
        "result."
    ]
    assert result.errors == () and _grouped(result) == set(holiday)


@pytest.mark.parametrize("inner_first", [True, False], ids=["inner first", "outer first"])
def test_a_chosen_folder_inside_another_that_cannot_be_opened_is_said_once(
    tmp_path: Path, unopenable: Callable[[Path], None], inner_first: bool
) -> None:
    """Whichever root's walk reaches it first, the folder the person chose is said once, as theirs."""
    holiday = _pairs(tmp_path / "Holiday", 1)
    locked = tmp_path / "Phone"
    _pairs(locked, 1, seed=10)
    unopenable(locked)
    result = _scan(*((locked, tmp_path) if inner_first else (tmp_path, locked)))
    assert _told(result) == [
        f"The folder {locked} could not be opened (Permission denied), so its pictures are not in this "
        "result."
    ]
    assert result.errors == () and _grouped(result) == set(holiday)


def test_a_folder_inside_a_chosen_one_that_cannot_be_opened_stays_a_folder_not_read(
    tmp_path: Path, unopenable: Callable[[Path], None]
) -> None:
    _pairs(tmp_path / "Holiday", 1)
    locked = tmp_path / "Phone"
    _pairs(locked, 1, seed=10)
    unopenable(locked)
    result = _scan(tmp_path)
    assert _told(result) == []
    assert [(e.path, str(e.error)) for e in result.errors] == [
        (locked, "folder cannot be read (Permission denied)")
    ]


def test_a_chosen_folder_inside_another_is_scanned_once_and_nothing_is_said(tmp_path: Path) -> None:
    pictures = _pairs(tmp_path / "Holiday", 2)
    for roots in ((tmp_path, tmp_path / "Holiday"), (tmp_path / "Holiday", tmp_path)):
        result = _scan(*roots)
        assert _told(result) == [] and result.errors == ()
        assert result.stats.files == 4 and _grouped(result) == set(pictures)


def test_a_chosen_file_that_is_no_picture_is_said_once_as_a_warning(tmp_path: Path) -> None:
    _pairs(tmp_path / "Holiday", 1)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    result = _scan(tmp_path / "Holiday", notes)
    assert _told(result) == [
        f"{notes} is neither a folder nor a picture, so nothing from it is in this result."
    ]
    assert result.errors == ()
