"""Grouping says how far it has come, in the scan's progress panel and while grouping again:
on a large library it is minutes of closer looks at the files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.core.models import Phase, Progress
from lookalike.samples import photo
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, scan_and_wait

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def resized_copies(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    for index in range(4):
        picture = photo(40 + index, (320, 240))
        picture.save(folder / f"photo{index}.jpg", quality=90)
        picture.resize((240, 180)).save(folder / f"photo{index} small.png")
    return folder


def test_the_scan_panel_shows_a_percentage_while_comparing(
    qtbot: QtBot, window: MainWindow, resized_copies: Path
) -> None:
    shown: list[str] = []

    def after_the_panel(progress: Progress) -> None:  # connected after the panel: it has updated
        if progress.phase is Phase.MATCH and progress.total:
            shown.append(window.start.progress_label.text())

    window.controller.scan_progressed.connect(after_the_panel)
    scan_and_wait(qtbot, window, resized_copies)
    assert window.review is not None and len(window.review.groups) == 4
    assert shown and shown[-1] == "Comparing pictures… 100 %"
    percents = [int(text.removeprefix("Comparing pictures… ").removesuffix(" %")) for text in shown]
    assert percents == sorted(percents)


def test_grouping_again_shows_how_far_it_has_come(
    qtbot: QtBot, window: MainWindow, resized_copies: Path
) -> None:
    scan_and_wait(qtbot, window, resized_copies)
    status: list[str] = []
    window.controller.regroup_progressed.connect(
        lambda _done, _total: status.append(window.results.action_status.text())
    )
    with qtbot.waitSignal(window.controller.regroup_finished, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(4)  # looser: every pair is checked again
    assert status and status[-1] == "Grouping again… 100 %"
    assert all(text.startswith("Grouping again… ") for text in status)
    qtbot.waitUntil(lambda: window.results.action_status.text() == "")  # and gone once it is done


def test_the_time_left_counts_from_when_the_cache_was_loaded(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan says it reads pictures before its cache is loaded; the 90,000 pictures the cache
    then holds say nothing about how fast the other 10,000 are read."""
    from types import SimpleNamespace

    from lookalike.ui import start_page

    now = [100.0]
    monkeypatch.setattr(start_page, "time", SimpleNamespace(monotonic=lambda: now[0]))
    window.start.show_progress(Progress(Phase.FINGERPRINT, 0, 0))
    assert window.start.progress_label.text() == "Reading pictures…"
    now[0] += 3.0
    window.start.show_progress(Progress(Phase.FINGERPRINT, 90_000, 100_000))
    now[0] += 10.0
    window.start.show_progress(Progress(Phase.FINGERPRINT, 91_000, 100_000))  # 1,000 in 10 s
    assert window.start.progress_label.text() == "Reading pictures: 91,000 of 100,000"
    assert window.start.progress_details.text().startswith("100 pictures per second")


@pytest.mark.parametrize(
    ("language", "found", "read", "rate"),
    [
        ("en", "1,234,567 pictures found so far", "234,567 of 2,345,678", "594,417 pictures per second"),
        ("ja", "これまでに 1,234,567 枚見つかりました", "234,567 / 2,345,678", "毎秒 594,417 枚"),
        ("ko", "지금까지 사진 1,234,567장 찾음", "234,567 / 2,345,678", "초당 사진 594,417장"),
        ("zh_CN", "目前已找到 1,234,567 张图片", "234,567 / 2,345,678", "每秒 594,417 张图片"),
    ],
)
def test_the_scan_progress_groups_its_counts_as_the_language_does(
    window: MainWindow,
    speaking: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    found: str,
    read: str,
    rate: str,
) -> None:
    """The counts of a large scan read as the results page's do, grouped by the language's
    convention: not "234567 / 2345678", "毎秒 594417 枚"."""
    from types import SimpleNamespace

    from lookalike.ui import i18n, start_page

    i18n.install(speaking, language)
    now = [100.0]
    monkeypatch.setattr(start_page, "time", SimpleNamespace(monotonic=lambda: now[0]))
    start = window.start
    start.show_progress(Progress(Phase.DISCOVER, 1_234_567, 0))
    assert start.progress_label.text().endswith(found)
    start.show_progress(Progress(Phase.FINGERPRINT, 1_000, 2_345_678))
    now[0] += 1.0
    start.show_progress(Progress(Phase.FINGERPRINT, 234_567, 2_345_678))
    assert start.progress_label.text().endswith(read)
    now[0] += 1.0
    start.show_progress(Progress(Phase.FINGERPRINT, 1_189_834, 2_345_678))  # 594,417 a second since
    assert start.progress_details.text().startswith(rate)
