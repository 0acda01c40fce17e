"""The review window end to end: real files, a real scan on a worker, the real (temporary) trash."""

from __future__ import annotations

import itertools
import json
import os
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from pytestqt.qtbot import QtBot

from lookalike.core import actions
from lookalike.core.actions import ActionReport, Status
from lookalike.core.decisions import DecisionStore
from lookalike.core.models import Kind, Phase, Progress, ScanOptions
from lookalike.ui import models, on_disk
from lookalike.ui.models import TILE_THUMB, Role
from lookalike.ui.on_disk import OnDisk, found_now
from lookalike.ui.window import START_PAGE, MainWindow
from lookalike.ui.wording import threshold_for

from .conftest import (
    OFFSCREEN_NOISE,
    SCAN_TIMEOUT_MS,
    FakeDialogs,
    Photos,
    make_window,
    scan_and_wait,
    write_small_photos,
)

pytestmark = OFFSCREEN_NOISE


def group_of(window: MainWindow, path: Path) -> int:
    review = window.review
    assert review is not None
    return next(row for row, g in enumerate(review.groups) if path in {m.path for m in g.members})


def marks(window: MainWindow, row: int) -> dict[str, bool]:
    review = window.review
    assert review is not None
    group = review.groups[row]
    return {m.path.name: keep for m, keep in zip(group.members, group.keep, strict=True)}


def tile_row(window: MainWindow, path: Path) -> int:
    row = window.tile_model.row_of(path)
    assert row is not None
    return row


def test_scan_review_and_trash_end_to_end(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)

    review = window.review
    assert review is not None and not review.result.cancelled
    assert len(review.groups) == 2
    beach = group_of(window, photos.beach)
    city = group_of(window, photos.city)
    assert review.groups[beach].kind is Kind.SIMILAR and review.groups[city].kind is Kind.EXACT
    assert {m.path for m in review.groups[beach].members} == {
        photos.beach,
        photos.beach_copy,
        photos.beach_small,
    }
    # The suggested keeper is pre-marked KEEP, the other copies DELETE.
    assert marks(window, beach)["beach-small.jpg"] is False
    assert sum(marks(window, beach).values()) == 1 and sum(marks(window, city).values()) == 1
    assert photos.unique not in {m.path for g in review.groups for m in g.members}

    # Review the beach group with the keyboard: keep the small copy too.
    window.select_group(beach)
    assert window.tile_model.group is review.groups[beach]
    window.tile_view.setFocus()
    small = tile_row(window, photos.beach_small)
    window.tile_view.setCurrentIndex(window.tile_model.index(0, 0))
    for _ in range(small):
        qtbot.keyClick(window.tile_view, Qt.Key.Key_Right)
    assert window.tile_view.currentIndex().row() == small
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Space)
    assert window.tile_model.index(small, 0).data(Role.KEEP) is True
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Space)
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Space)
    assert marks(window, beach)["beach-small.jpg"] is True
    assert review.delete_count == 2
    assert window.results.trash_button.text().startswith("Move 2 files (")

    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    outcome: ActionReport = done.args[0]
    assert [o.status for o in outcome.outcomes] == [Status.DONE, Status.DONE]

    # The confirmation listed the files per folder.
    _title, text, details = dialogs.confirmed[0]
    assert text.startswith("Move 2 files") and f"from {photos.beach_copy.parent}" in details
    assert len(dialogs.confirmed) == 1  # no group loses every copy: no second question
    trashed = {photos.beach_copy, photos.city_copy}
    for path in trashed:
        assert not path.exists()
        assert (trash / "files" / path.name).is_file()
        assert f"Path={quote(str(path))}" in (trash / "info" / f"{path.name}.trashinfo").read_text()
    for path in (photos.beach, photos.beach_small, photos.city, photos.unique):
        assert path.is_file()
    journal = actions.read_journal(tmp_path / "journal.jsonl")
    assert {e["path"] for e in journal} == {str(p) for p in trashed}

    # The trashed files left the view: the city group has one file left, so it is gone.
    assert len(review.groups) == 1
    assert {m.path for m in review.groups[0].members} == {photos.beach, photos.beach_small}
    assert window.group_model.rowCount() == 1
    assert "Moved 2 files" in window.results.summary_label.text()
    assert not dialogs.informed


def test_a_file_changed_or_deleted_after_the_scan_is_skipped_and_reported(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    photos.beach_small.write_bytes(photos.beach_small.read_bytes() + b"edited")
    photos.city_copy.unlink()

    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()

    outcome: ActionReport = done.args[0]
    by_path = {o.path: o for o in outcome.outcomes}
    assert by_path[photos.beach_copy].status is Status.DONE
    assert by_path[photos.beach_small].status is Status.SKIPPED
    assert by_path[photos.city_copy].status is Status.SKIPPED
    assert photos.beach_small.read_bytes().endswith(b"edited")
    assert not (trash / "files" / photos.beach_small.name).exists()
    title, _text, details = dialogs.informed[-1]
    assert "not moved" in title
    assert f"{photos.beach_small}: the file was changed after the scan" in details
    assert str(photos.city_copy) not in details  # said in the summary: it left the results
    review = window.review
    assert review is not None
    remaining = {m.path for g in review.groups for m in g.members}
    assert photos.beach_small in remaining and photos.beach_copy not in remaining
    # The file deleted elsewhere is no longer offered: nothing is there to move.
    assert photos.city_copy not in remaining
    said = window.results.summary_label.text()
    assert "1 file could not be moved and is still listed" in said
    assert "1 file had already been moved or deleted since the scan, so it is no longer listed" in said
    # The edited one, refused, is still marked DELETE; once the window has looked at it (its tile
    # shown), it is not counted again: it changed since the scan. (Whether the window had looked yet
    # was a race: the button said "Move 1 file" or "Nothing to move" by the moment it was read.)
    window.select_group(group_of(window, photos.beach_small))
    monkeypatch.setattr(models, "LOOK_AGAIN_AFTER", 0.0)  # looked at as it is painted, whatever before
    tile = window.tile_model.index(window.tile_model.row_of(photos.beach_small) or 0, 0)
    tile.data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: tile.data(Role.ON_DISK) is OnDisk.CHANGED, timeout=5000)
    button = window.results.trash_button
    assert button.text() == "Nothing to move"
    assert "Not moved: 1 file marked DELETE changed since the scan" in button.toolTip()


def test_a_group_losing_every_copy_needs_its_own_confirmation(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    city = group_of(window, photos.city)
    window.select_group(city)
    for row in range(window.tile_model.rowCount()):
        window.tile_model.setData(window.tile_model.index(row, 0), False, Role.KEEP)

    dialogs.answers = [True, False]  # yes to the move, no to losing every copy
    assert not window.trash_marked()
    assert len(dialogs.confirmed) == 2 and "every copy" in dialogs.confirmed[1][1]
    assert photos.city.exists() and photos.city_copy.exists()

    dialogs.answers = [True, True]
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    assert not photos.city.exists() and not photos.city_copy.exists()
    assert (trash / "files" / photos.city.name).exists()


def test_an_unavailable_trash_offers_a_move_to_a_folder(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from send2trash.exceptions import TrashPermissionError

    def no_trash(name: str) -> None:
        raise TrashPermissionError(name)

    monkeypatch.setattr(actions, "send2trash", no_trash)
    scan_and_wait(qtbot, window, photos.root)
    dialogs.folder = tmp_path / "set aside"
    with qtbot.waitSignals([window.action_done, window.action_done], timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    assert "Trash is not available" in dialogs.confirmed[-1][0]
    for path in (photos.beach_copy, photos.beach_small, photos.city_copy):
        assert not path.exists()
        assert (dialogs.folder / path.name).exists()
    assert photos.beach.exists() and photos.city.exists()


def test_keyboard_changes_groups_and_opens_files(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    window.tile_view.setFocus()
    qtbot.keyClick(window.tile_view, Qt.Key.Key_PageDown)
    assert window.current_group_row() == 1
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.current_group_row() == 0
    qtbot.keyClick(window.tile_view, Qt.Key.Key_PageUp)
    assert window.current_group_row() == 0
    first = window.tile_model.member(window.tile_view.currentIndex().row())
    assert first is not None
    window.open_file(window.tile_view.currentIndex().row())
    assert dialogs.opened == [first.path]

    menu = window.tile_context_menu(0)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Open", "Show in folder", "Copy path"]
    next(a for a in menu.actions() if a.text() == "Show in folder").trigger()
    assert dialogs.shown_in_folder == [first.path]  # the file manager selects the file itself
    next(a for a in menu.actions() if a.text() == "Copy path").trigger()
    assert QGuiApplication.clipboard().text() == str(first.path)


def test_arrows_in_the_group_list_move_through_groups(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.group_view.setFocus()
    window.select_group(0)
    qtbot.keyClick(window.group_view, Qt.Key.Key_Down)
    assert window.current_group_row() == 1 and window.group_view.hasFocus()
    assert window.tile_model.group is window.group_model.group(1)


def test_clicking_the_badge_toggles_the_mark(qtbot: QtBot, window: MainWindow, photos: Photos) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    index = window.tile_model.index(1, 0)
    before = index.data(Role.KEEP)
    badge = window.tile_view.itemDelegate().badge_rect(
        window.tile_view.visualRect(index), window.tile_view.font()
    )
    qtbot.mouseClick(window.tile_view.viewport(), Qt.MouseButton.LeftButton, pos=badge.center())
    assert index.data(Role.KEEP) is (not before)
    body = window.tile_view.visualRect(index).center()
    qtbot.mouseClick(window.tile_view.viewport(), Qt.MouseButton.LeftButton, pos=body)
    assert index.data(Role.KEEP) is (not before)  # elsewhere on the tile only selects it


def test_double_click_opens_the_file_in_the_system_viewer(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    index = window.tile_model.index(1, 0)
    before = index.data(Role.KEEP)
    centre = window.tile_view.visualRect(index).center()
    qtbot.mouseClick(window.tile_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a person's double
    qtbot.mouseDClick(
        window.tile_view.viewport(), Qt.MouseButton.LeftButton, pos=centre
    )  # click: click, then double
    member = window.tile_model.member(1)
    assert member is not None and dialogs.opened == [member.path]
    assert index.data(Role.KEEP) is before


def test_thumbnails_load_lazily_off_the_gui_thread(qtbot: QtBot, window: MainWindow, photos: Photos) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    qtbot.waitUntil(window.thumbnails_settled, timeout=10_000)
    index = window.tile_model.index(0, 0)
    assert index.data(Role.LOADED)
    pixmap = index.data(Qt.ItemDataRole.DecorationRole)
    assert max(pixmap.width(), pixmap.height()) == TILE_THUMB


def test_a_thumbnail_arriving_after_a_reset_is_dropped(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    loader, unique = window.loader, found_now(photos.unique)
    assert loader.pixmap(unique, 50) is None
    loader.reset()
    loader._pool.waitForDone(5000)
    qtbot.wait(50)  # deliver the queued result
    assert not loader.is_loaded(unique, 50)
    assert loader.pixmap(unique, 50) is None
    qtbot.waitUntil(lambda: loader.is_loaded(unique, 50), timeout=5000)


def test_drop_and_remove_folders_and_options_persist(
    qtbot: QtBot, window: MainWindow, photos: Photos, settings: object, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photos.root / "trip")), QUrl.fromLocalFile(str(photos.beach_copy))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.start.adding())  # each is looked at off the window's thread first
    assert window.start.folders() == [photos.root / "trip", photos.root / "backup"]
    window.start.set_reference(photos.root / "trip")
    assert window.start.reference_folders() == [photos.root / "trip"]
    assert "reference" in window.start.folder_list.item(0).text()
    window.start.folder_list.item(1).setSelected(True)
    window.start.remove_selected_folders()
    assert window.start.folders() == [photos.root / "trip"]
    dialogs.folder = photos.root / "backup"
    window.choose_folder()
    qtbot.waitUntil(lambda: not window.start.adding())
    window.start.exact_radio.setChecked(True)
    window.start.sensitivity.setValue(4)
    assert window.start.rotations_check.isChecked()  # on by default
    window.start.rotations_check.setChecked(False)
    options = window.start.scan_options()
    assert options.mode.value == "exact" and options.reference_roots == (photos.root / "trip",)

    again = MainWindow(settings=settings, dialogs=dialogs, log_dir=tmp_path)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.start.folders() == [photos.root / "trip", photos.root / "backup"]
    assert again.start.reference_folders() == [photos.root / "trip"]
    assert (
        again.start.exact_radio.isChecked()
        and again.start.sensitivity.value() == 4
        and not again.start.rotations_check.isChecked()
    )
    again.start.similar_radio.setChecked(True)
    options = again.start.scan_options()
    assert options.threshold == threshold_for(4) and not options.rotations
    window.start.fill_recent_menu()
    recent = [a.text() for a in window.start.recent_menu.actions()]
    assert str(photos.root / "backup") in recent and str(photos.root / "trip") in recent
    again.shutdown()


def test_sensitivity_goes_from_strict_to_loose() -> None:
    thresholds = [threshold_for(position) for position in range(5)]
    assert thresholds == sorted(thresholds) and thresholds[2] == 8 and len(set(thresholds)) == 5


def test_reference_folder_files_are_kept(qtbot: QtBot, window: MainWindow, photos: Photos) -> None:
    window.add_folders([photos.root / "backup"], reference=True)
    scan_and_wait(qtbot, window, photos.root / "trip")
    review = window.review
    assert review is not None
    assert photos.beach_copy not in {p.path for p in review.plan().deletions}
    assert photos.city_copy not in {p.path for p in review.plan().deletions}


def test_save_and_reopen_a_review_with_its_marks_and_export(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path, trash: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    beach = group_of(window, photos.beach)
    window.select_group(beach)
    window.tile_model.toggle(tile_row(window, photos.beach_small))  # now KEEP
    dialogs.save_path = tmp_path / "review.json"
    assert window.files.save_review()
    dialogs.save_path = tmp_path / "results.json"
    assert window.files.export_json()
    dialogs.save_path = tmp_path / "results.csv"
    assert window.files.export_csv()

    exported = json.loads((tmp_path / "results.json").read_text())
    assert exported["format"] == "lookalike-scan"
    keep = {f["path"]: f["keep"] for g in exported["groups"] for f in g["files"]}
    assert keep[str(photos.beach_small)] is True and keep[str(photos.beach_copy)] is False
    csv_lines = (tmp_path / "results.csv").read_text().splitlines()
    assert {"group", "kind", "path", "keep"} <= set(csv_lines[0].split(",")) and len(csv_lines) == 1 + len(
        keep
    )

    dialogs.open_path_answer = tmp_path / "review.json"
    with qtbot.waitSignal(window.results_shown):
        assert window.files.open_review()
    reopened = window.review
    assert reopened is not None
    assert reopened.marks()[photos.beach_small] is True and reopened.marks()[photos.beach_copy] is False
    # The reopened review can act: its files are checked against the saved sizes and times.
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    assert {o.path for o in done.args[0].done} == {photos.beach_copy, photos.city_copy}

    (tmp_path / "bad.json").write_text("{}")
    dialogs.open_path_answer = tmp_path / "bad.json"
    assert not window.files.open_review()
    assert "not a Lookalike result or review" in dialogs.informed[-1][1]


def test_review_files_of_another_version_are_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    """Version 1 files hold BLAKE2b digests that no check could match any more; a newer one is unknown."""
    scan_and_wait(qtbot, window, photos.root)
    dialogs.save_path = tmp_path / "review.json"
    assert window.files.save_review()
    saved = json.loads(dialogs.save_path.read_text())
    for version, reason in ((1, "earlier version of Lookalike"), (99, "newer version of Lookalike")):
        saved["version"] = version
        old = tmp_path / f"review-v{version}.json"
        old.write_text(json.dumps(saved))
        dialogs.open_path_answer = old
        assert not window.files.open_review()
        assert reason in dialogs.informed[-1][1]


def test_a_picture_opened_as_a_review_is_refused_with_the_reason(
    window: MainWindow, dialogs: FakeDialogs, photos: Photos
) -> None:
    dialogs.open_path_answer = photos.beach  # a JPEG: its bytes are no UTF-8 text
    assert not window.files.open_review()
    assert "not valid JSON" in dialogs.informed[-1][1] and window.review is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_chosen_as_a_review_is_refused_without_waiting(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "review.json")
    dialogs.open_path_answer = tmp_path / "review.json"
    assert not window.files.open_review()  # returns: no writer is waited for
    assert "not a Lookalike result or review file" in dialogs.informed[-1][1] and window.review is None


def test_opening_and_saving_a_large_review_leave_the_window_running(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """The file is read and made into a review, and written, off the GUI thread: meanwhile the
    window's timers run (and it paints), where before it stood still for seconds at 50,000 groups."""
    from lookalike.ui.review import session_json

    from .test_models import synthetic_review

    saved = tmp_path / "large.json"
    saved.write_text(session_json(synthetic_review(4000)), encoding="utf-8")
    ticks: list[float] = []
    ticking = QTimer()
    ticking.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticking.start(5)
    dialogs.open_path_answer = saved
    started = time.perf_counter()
    assert window.files.open_review()
    took = time.perf_counter() - started
    assert window.review is not None and len(window.review.groups) == 4000
    assert len(ticks) >= 3 and ticks[-1] - ticks[0] > took / 3  # ticking through the wait
    qtbot.wait(300)  # the window's own work after showing a review, not the save's
    ticks.clear()
    dialogs.save_path = tmp_path / "again.json"
    started = time.perf_counter()
    assert window.files.save_review()
    took = time.perf_counter() - started
    ticking.stop()
    assert len(ticks) >= 3 and ticks[-1] - ticks[0] > took / 3
    assert json.loads(dialogs.save_path.read_text(encoding="utf-8"))["stats"]["groups"] == 4000


def test_help_menu_opens_the_log_folder_and_about(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.open_log_folder()
    assert dialogs.opened == [tmp_path / "logs"]
    window.show_about()
    assert "Lookalike" in dialogs.informed[-1][1]


def test_scanning_nothing_asks_for_a_folder(window: MainWindow, dialogs: FakeDialogs) -> None:
    assert not window.start_scan()
    assert "Add a folder" in dialogs.informed[-1][1]


@pytest.fixture(scope="module")
def many_photos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_photos(tmp_path_factory.mktemp("many") / "pictures", 700)


def test_stop_returns_within_a_second_and_keeps_what_was_found(
    qtbot: QtBot, window: MainWindow, many_photos: Path
) -> None:
    window.add_folders([many_photos])
    reading: list[Progress] = []
    window.controller.scan_progressed.connect(
        lambda p: reading.append(p) if p.phase is Phase.FINGERPRINT and p.done >= 100 else None
    )
    assert window.start_scan()
    assert window.start.progress_panel.isVisible() and window.start.stop_button.isVisible()
    qtbot.waitUntil(lambda: bool(reading), timeout=SCAN_TIMEOUT_MS)
    assert "Reading pictures" in window.start.progress_label.text()
    started = time.monotonic()
    with qtbot.waitSignal(window.controller.scan_finished, timeout=5000) as finished:
        qtbot.mouseClick(window.start.stop_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 1.0
    result = finished.args[0]
    assert result.cancelled and 0 < result.stats.images < result.stats.files
    assert window.review is not None and window.review.groups  # what was read is grouped
    assert "partial result" in window.results.partial_banner.text()
    assert window.start.scan_button.isEnabled()


def test_the_gui_thread_never_stalls_during_a_scan_on_every_core(
    qtbot: QtBot, window: MainWindow, many_photos: Path
) -> None:
    # Sparing a core for the window halved the scan's speed on two cores and the window did not need it
    # (12 ms longest gap with two workers on 300 12 MP JPEGs, 33 ms on 10,000 small pictures).
    assert window.start.scan_options().workers == ScanOptions().workers == 0  # 0: one worker per core
    window.add_folders([many_photos])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(50)
    with qtbot.waitSignal(window.controller.scan_finished, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(gaps) > 50
    assert max(gaps) < 0.1, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"


def test_window_starts_on_the_start_page(window: MainWindow) -> None:
    assert window.pages.currentIndex() == START_PAGE
    assert window.start.scan_button.isEnabled() and not window.start.progress_panel.isVisible()
    assert not window.results.trash_button.isEnabled()


def test_a_bug_in_the_scan_is_shown_with_its_traceback_and_the_window_recovers(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lookalike.ui import controller

    def broken_scan(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(controller, "scan", broken_scan)
    window.add_folders([photos.root])
    with qtbot.waitSignal(window.controller.scan_failed, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    title, _text, details = dialogs.errors[-1]
    assert title == "The scan failed" and "ZeroDivisionError: a bug" in details
    assert not window.controller.busy and window.start.scan_button.isEnabled()


def test_moving_through_many_groups_does_not_redo_the_whole_list(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With 10,000 groups, a step to the next group, a thumbnail arriving, a changed mark and a copy
    seen gone each cost the same as with ten: the list is not laid out again, nor every group's totals
    summed."""
    from lookalike.ui.group_table import Column, GroupTableModel
    from lookalike.ui.review import Review, ReviewGroup

    from .test_models import synthetic_review

    row_counts, totals, group_totals = [0], [0], [0]
    row_count, delete_bytes = GroupTableModel.rowCount, Review.delete_bytes.fget
    delete_bytes_of = Review.delete_bytes_of
    assert delete_bytes is not None

    def counted_row_count(self: GroupTableModel, *args: object) -> int:
        row_counts[0] += 1
        return row_count(self, *args)  # type: ignore[arg-type]

    def counted_delete_bytes(self: Review) -> int:
        totals[0] += 1
        return delete_bytes(self)

    def counted_delete_bytes_of(self: Review, group: ReviewGroup) -> int:
        group_totals[0] += 1
        return delete_bytes_of(self, group)

    # Before the model exists: Qt looks up a Python override once per object.
    monkeypatch.setattr(GroupTableModel, "rowCount", counted_row_count)
    monkeypatch.setattr(Review, "delete_bytes", property(counted_delete_bytes))
    monkeypatch.setattr(Review, "delete_bytes_of", counted_delete_bytes_of)
    # The synthetic files are nowhere: here they stand for files still as scanned (one seen gone is
    # not counted: the totals follow it once).
    monkeypatch.setattr(on_disk, "look", lambda scanned: (OnDisk.AS_SCANNED, scanned))
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    window.show_review(synthetic_review(10_000))
    qtbot.wait(50)
    row_counts[0] = totals[0] = 0
    for _ in range(20):
        window.step_group(1)
        window.group_model.refresh_group(window.tile_model.group)  # as when a thumbnail arrives
        qtbot.wait(1)
    assert window.current_group_row() == 20
    assert row_counts[0] < 2_000, row_counts  # a layout asks twice per group: 20,000 each time
    assert totals[0] == 0

    window.tile_model.toggle(1)  # DELETE to KEEP: the totals on the trash button follow
    assert totals[0] == 1 and window.results.trash_button.text().startswith("Move 9,999 files")

    first = window.review.groups[0]  # type: ignore[union-attr]
    totals[0] = group_totals[0] = 0
    window.session.saw_on_disk(first, first.members[1].path, OnDisk.GONE)  # its copy marked DELETE
    assert totals[0] == 1 and window.results.trash_button.text().startswith("Move 9,998 files")
    assert group_totals[0] <= 2, group_totals  # its row in the list, not every group's
    assert window.group_model.index(0, Column.SIZE).data() == "—"
    window.shutdown()


def test_identical_copies_look_identical_whichever_is_marked_delete(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """The DELETE mark is a border and a badge, not a wash: the pictures themselves are unchanged."""
    window.resize(1400, 1000)
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(group_of(window, photos.city))
    qtbot.waitUntil(window.thumbnails_settled, timeout=10_000)
    keep_row, delete_row = tile_row(window, photos.city), tile_row(window, photos.city_copy)
    assert window.tile_model.index(keep_row, 0).data(Role.KEEP)
    assert not window.tile_model.index(delete_row, 0).data(Role.KEEP)
    shot = window.tile_view.viewport().grab().toImage()

    def middle_of_picture(row: int) -> list[int]:
        rect = window.tile_view.visualRect(window.tile_model.index(row, 0))
        assert window.tile_view.viewport().rect().contains(rect)
        centre = rect.left() + rect.width() // 2, rect.top() + 40 + TILE_THUMB // 2
        return [
            shot.pixel(centre[0] + dx, centre[1] + dy) for dx in range(-30, 31, 6) for dy in range(-30, 31, 6)
        ]

    assert middle_of_picture(keep_row) == middle_of_picture(delete_row)


def test_a_folder_with_no_pictures_says_so_not_that_none_has_a_copy(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """ "No duplicates found among 0 pictures" read as a finding about the person's pictures."""
    empty = tmp_path / "Documents"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a picture")
    scan_and_wait(qtbot, window, empty)
    assert window.results.summary_label.text().startswith("No pictures were found in the folders scanned.")
    assert "among 0" not in window.results.summary_label.text()
    assert window.tile_view.placeholder.startswith("No pictures here")


def test_the_counts_of_a_large_review_group_their_digits_as_the_language_does(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """12,345 groups read as such in the list's count, the summary and the trash button (as the
    progress and the list's sizes do), not as "12345"."""
    from .test_models import synthetic_review

    # Their files need not exist: each is looked at as the scan saw it (else held back, as gone).
    monkeypatch.setattr(on_disk, "look", lambda scanned: (OnDisk.AS_SCANNED, scanned))
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    window.show_review(synthetic_review(12_345))
    qtbot.wait(50)
    assert window.results.group_counts.text().strip() == "12,345 groups · 0 reviewed"
    summary = window.results.summary_label.text()
    assert summary.startswith("12,345 groups of duplicates among") and "12,345 extra copies" in summary
    assert window.results.trash_button.text().startswith("Move 12,345 files (")
