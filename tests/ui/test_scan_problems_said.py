"""The button and the list of a scan's problems tell a file that could not be read (something is
wrong with it) from one that disappeared during the scan (moved or deleted after it was found):
"could not be read" is never said of a file that was simply gone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.core import discovery
from lookalike.core import scan as scan_module
from lookalike.core.models import ScanError, ScanOptions, ScanResult, ScanStats
from lookalike.core.reasons import Code
from lookalike.ui.review import Review
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, scan_and_wait, write_small_photos

pytestmark = OFFSCREEN_NOISE

ROOT = Path("/pictures")
BROKEN = (ScanError(ROOT / "notes.png", Code.NOT_A_PICTURE()), ScanError(ROOT / "cut.jpg", Code.TRUNCATED()))
GONE = tuple(ScanError(ROOT / f"gone{n}.jpg", Code.DISAPPEARED_DURING_SCAN()) for n in range(3))
LINK = ScanError(ROOT / "elsewhere", Code.LINK_TO_FOLDER_NOT_FOLLOWED())


def shown(
    window: MainWindow, errors: tuple[ScanError, ...], skipped: tuple[ScanError, ...] = ()
) -> tuple[str, str, str]:
    """The window showing a scan's result with these problems: the button's words, and the list's."""
    result = ScanResult((ROOT,), ScanOptions(), (), errors, ScanStats(10, 10 - len(errors)), skipped=skipped)
    window.show_review(Review.from_result(result))
    assert window.results.errors_button.isVisibleTo(window)
    return window.results.scan_problems(Review.from_result(result))


def test_files_gone_when_read_are_counted_apart_from_files_that_could_not_be_read(
    window: MainWindow,
) -> None:
    title, text, details = shown(window, BROKEN + GONE)
    assert window.results.errors_button.text() == "2 files could not be read, 3 files disappeared…"
    assert title == "Files left out of the comparison"
    assert text == (
        "2 files could not be read and were left out of the comparison.\n3 files disappeared during the "
        "scan (moved or deleted after Lookalike found them) and were not compared."
    )
    assert details == (
        "Could not be read:\n"
        "/pictures/notes.png: not a picture: the content is not an image format Lookalike can read\n"
        "/pictures/cut.jpg: the file is truncated: part of the picture data is missing\n"
        "\n"
        "Disappeared during the scan:\n"
        "/pictures/gone0.jpg: the file disappeared during the scan\n"
        "/pictures/gone1.jpg: the file disappeared during the scan\n"
        "/pictures/gone2.jpg: the file disappeared during the scan"
    )


def test_files_that_were_all_gone_are_not_said_to_be_unreadable(window: MainWindow) -> None:
    title, text, details = shown(window, GONE[:1], skipped=(LINK,))
    assert window.results.errors_button.text() == "1 file disappeared during the scan…"
    assert title == "Files that disappeared during the scan"
    assert "could not be read" not in title + text
    assert details == (
        "Disappeared during the scan:\n/pictures/gone0.jpg: the file disappeared during the scan\n\n"
        "Left out on purpose:\n/pictures/elsewhere: a link to a folder: not followed"
    )


def test_files_that_could_not_be_read_are_listed_as_before(window: MainWindow) -> None:
    title, text, details = shown(window, BROKEN[:1])
    assert window.results.errors_button.text() == "1 file could not be read…"
    assert (title, text) == (
        "Files that could not be read",
        "1 file could not be read and was left out of the comparison.",
    )
    assert details == (
        "/pictures/notes.png: not a picture: the content is not an image format Lookalike can read"
    )


def test_items_left_out_on_purpose_are_not_said_to_be_files_that_could_not_be_read(
    window: MainWindow,
) -> None:
    title, text, details = shown(window, (), skipped=(LINK,))
    assert window.results.errors_button.text() == "1 item left out…"
    assert "could not be read" not in title + text  # once "0 files could not be read and were left out…"
    assert text == "1 item was left out on purpose."
    assert details == "/pictures/elsewhere: a link to a folder: not followed"


def test_pictures_of_a_folder_moved_away_during_the_scan_are_said_to_have_disappeared(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    phone = write_small_photos(tmp_path / "Phone", 5)  # 6 files: the first one has a copy
    found = scan_module.discover_found

    def then_moved(*args: object, **kwargs: object) -> Iterator[discovery.FoundFiles]:
        yield from found(*args, **kwargs)  # type: ignore[arg-type]
        shutil.move(phone, tmp_path / "Phone (moved)")

    monkeypatch.setattr(scan_module, "discover_found", then_moved)
    scan_and_wait(qtbot, window, photos.root, phone)
    assert window.results.errors_button.text() == "6 files disappeared during the scan…"
    window.show_scan_errors()
    title, text, _details = dialogs.informed[-1]
    assert title == "Files that disappeared during the scan"
    assert text.startswith("6 files disappeared during the scan (moved or deleted after Lookalike found")
