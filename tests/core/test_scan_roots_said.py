"""A folder the person chose that is not there, cannot be opened or is no folder: said once, as a
warning of the scan (its pictures are not in the result), not as a file that could not be read."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lookalike.core import discovery
from tests.core.folders_said import grouped, pairs_in, scanned, told

# ---- a folder the person chose, that is not there or cannot be opened ------------------------------


def test_a_missing_folder_is_said_as_such_not_as_a_file_that_could_not_be_read(tmp_path: Path) -> None:
    holiday = pairs_in(tmp_path / "Holiday", 2)
    phone = tmp_path / "Phone"  # deleted before Scan was pressed
    result = scanned(tmp_path / "Holiday", phone)
    assert told(result) == [f"The folder {phone} was not found, so its pictures are not in this result."]
    assert result.errors == ()
    assert grouped(result) == set(holiday)


def test_a_folder_that_is_a_link_to_a_place_gone_says_so(tmp_path: Path) -> None:
    pairs_in(tmp_path / "Holiday", 1)
    link = tmp_path / "Phone"
    link.symlink_to(tmp_path / "unplugged drive", target_is_directory=True)
    result = scanned(tmp_path / "Holiday", link)
    assert told(result) == [
        f"The folder {link} is a link to a place that is gone, so its pictures are not in this result."
    ]
    assert result.errors == () and len(result.groups) == 1


def test_a_missing_reference_folder_says_nothing_is_protected_by_it(tmp_path: Path) -> None:
    """A reference folder renamed before the scan: its pictures are now in the other scanned folder
    under another name, and nothing protects them; the person is told so."""
    pictures = tmp_path / "Pictures"
    originals = pairs_in(pictures / "Originals (renamed)", 1)
    reference = pictures / "Originals"
    result = scanned(pictures, reference, reference=(reference,))
    assert told(result) == [
        f"The reference folder {reference} was not found, so no picture in this result is protected as "
        "being in it; if you renamed or moved it, add it again."
    ]
    assert result.errors == () and grouped(result) == set(originals)


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
    holiday = pairs_in(tmp_path / "Holiday", 1)
    locked = tmp_path / "Phone"
    pairs_in(locked, 1, seed=10)
    unopenable(locked)
    result = scanned(tmp_path / "Holiday", locked)
    assert told(result) == [
        f"The folder {locked} could not be opened (Permission denied), so its pictures are not in this "
        "result."
    ]
    assert result.errors == () and grouped(result) == set(holiday)


@pytest.mark.parametrize("inner_first", [True, False], ids=["inner first", "outer first"])
def test_a_chosen_folder_inside_another_that_cannot_be_opened_is_said_once(
    tmp_path: Path, unopenable: Callable[[Path], None], inner_first: bool
) -> None:
    """Whichever root's walk reaches it first, the folder the person chose is said once, as theirs."""
    holiday = pairs_in(tmp_path / "Holiday", 1)
    locked = tmp_path / "Phone"
    pairs_in(locked, 1, seed=10)
    unopenable(locked)
    result = scanned(*((locked, tmp_path) if inner_first else (tmp_path, locked)))
    assert told(result) == [
        f"The folder {locked} could not be opened (Permission denied), so its pictures are not in this "
        "result."
    ]
    assert result.errors == () and grouped(result) == set(holiday)


def test_a_folder_inside_a_chosen_one_that_cannot_be_opened_stays_a_folder_not_read(
    tmp_path: Path, unopenable: Callable[[Path], None]
) -> None:
    pairs_in(tmp_path / "Holiday", 1)
    locked = tmp_path / "Phone"
    pairs_in(locked, 1, seed=10)
    unopenable(locked)
    result = scanned(tmp_path)
    assert told(result) == []
    assert [(e.path, str(e.error)) for e in result.errors] == [
        (locked, "folder cannot be read (Permission denied)")
    ]


def test_a_chosen_folder_inside_another_is_scanned_once_and_nothing_is_said(tmp_path: Path) -> None:
    pictures = pairs_in(tmp_path / "Holiday", 2)
    for roots in ((tmp_path, tmp_path / "Holiday"), (tmp_path / "Holiday", tmp_path)):
        result = scanned(*roots)
        assert told(result) == [] and result.errors == ()
        assert result.stats.files == 4 and grouped(result) == set(pictures)


def test_a_chosen_file_that_is_no_picture_is_said_once_as_a_warning(tmp_path: Path) -> None:
    pairs_in(tmp_path / "Holiday", 1)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    result = scanned(tmp_path / "Holiday", notes)
    assert told(result) == [
        f"{notes} is neither a folder nor a picture, so nothing from it is in this result."
    ]
    assert result.errors == ()
