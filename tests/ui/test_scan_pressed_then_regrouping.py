"""Scan is pressed with a review on screen: the window first looks at the folders (a drive may take
its time), and the results page stays on screen meanwhile. A move of the sensitivity slider then must
not take the place of the scan without a word: the scan the person asked for starts once the folders
answer, and the slider says what the review on screen was grouped with."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.ui.window import MainWindow

from ..safety.drive_not_answering import stop_answering
from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def test_the_slider_moved_while_scan_waits_for_the_folders_does_not_give_the_scan_up(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    first = window.review
    assert first is not None
    slider = window.results.results_sensitivity
    grouped_at = slider.value()
    new_file = photos.root / "trip" / "beach again.jpg"
    new_file.write_bytes(photos.beach.read_bytes())  # the second scan finds one more copy

    drive = stop_answering(Path(photos.root), monkeypatch)  # the folder takes its time to answer
    try:
        decided: list[bool] = []
        window.scan_decided.connect(decided.append)
        regrouped: list[object] = []
        window.controller.regroup_finished.connect(regrouped.append)
        assert window.start_scan()
        assert window.start.looking()
        slider.setValue(grouped_at + 1 if grouped_at < slider.maximum() else grouped_at - 1)
        qtbot.wait(200)
        # Not grouped again: the scan asked for first is waited for, and a regrouping still running
        # when the folders answer would have it given up.
        assert not window.controller.regrouping and regrouped == []
        assert slider.value() == grouped_at  # the review on screen is still the one grouped so
    finally:
        drive.answer()
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        qtbot.waitUntil(lambda: decided != [], timeout=SCAN_TIMEOUT_MS)
        assert decided == [True]
    review = window.review
    assert review is not None and review is not first
    assert any(new_file in {m.record.entry.path for m in g.members} for g in review.result.groups)
