"""The review tools through the real window: compare, "not duplicates", sensitivity, keep rules, decisions.

Real files in tmp_path, a real scan on a worker, the real SQLite decisions store in tmp_path.
"""

from __future__ import annotations

import builtins
import io
import random
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lookalike.core import apart
from lookalike.core.decisions import DecisionStore
from lookalike.core.matching import find_groups
from lookalike.core.models import (
    THUMB_SIDE,
    FileEntry,
    Fingerprint,
    ImageRecord,
    ScanOptions,
    ScanResult,
    ScanStats,
)
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule
from lookalike.samples import photo
from lookalike.ui.compare import CompareMode
from lookalike.ui.group_table import Column
from lookalike.ui.review import Review
from lookalike.ui.settings import rules_from_json, rules_to_json
from lookalike.ui.window import MainWindow
from lookalike.ui.wording import keys_hint, threshold_for

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Photos, make_window, scan_and_wait

pytestmark = OFFSCREEN_NOISE

LOAD_MS = 10_000


def grouped(window: MainWindow) -> list[set[str]]:
    """The groups on screen, as sets of file names."""
    review = window.review
    assert review is not None
    return [{m.path.name for m in group.members} for group in review.groups]


def marks(window: MainWindow) -> dict[str, bool]:
    review = window.review
    assert review is not None
    return {m.path.name: keep for g in review.groups for m, keep in zip(g.members, g.keep, strict=True)}


def show_group_of(window: MainWindow, path: Path) -> None:
    review = window.review
    assert review is not None
    row = next(row for row, g in enumerate(review.groups) if path in g.paths)
    window.select_group(row)
    assert window.tile_model.group is review.groups[row]


def set_current_tile(window: MainWindow, path: Path) -> int:
    row = window.tile_model.row_of(path)
    assert row is not None
    window.tile_view.selectionModel().setCurrentIndex(
        window.tile_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    window.tile_view.setFocus()
    return row


# ---- compare -------------------------------------------------------------------------------------------


def test_enter_opens_compare_on_the_current_file_and_esc_returns_to_the_grid(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of(window, photos.beach)
    set_current_tile(window, photos.beach_small)

    qtbot.keyClick(window.tile_view, Qt.Key.Key_Return)
    view = window.compare_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(view.is_loaded, timeout=LOAD_MS)
    assert view.path_a == photos.beach  # the group's reference, the suggested keeper
    assert view.path_b == photos.beach_small
    assert view.shown_paths() == (photos.beach, photos.beach_small)

    qtbot.keyClick(view, Qt.Key.Key_Right)  # arrows pick which copy is B
    assert view.path_a == photos.beach and view.path_b == photos.beach_copy

    # Space means KEEP/DELETE here as in the grid: it switches B's mark, and the label says so.
    def marks() -> dict[Path, bool]:
        group = window.tile_model.group
        assert group is not None
        return dict(zip(group.paths_in_order(), group.keep, strict=True))

    assert marks()[photos.beach_copy] is False and "B · DELETE" in view.label_b.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert marks()[photos.beach_copy] is True and "B · KEEP" in view.label_b.text()
    assert view.mode is CompareMode.SIDE_BY_SIDE  # no flicker: that is F or Tab
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert marks()[photos.beach_copy] is False

    with qtbot.waitSignal(window.compare_closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.compare_view is None and not view.isVisible()
    qtbot.waitUntil(window.tile_view.hasFocus)
    current = window.tile_model.member(window.tile_view.currentIndex().row())
    assert current is not None and current.path == photos.beach_copy  # the grid is where compare left it


def test_the_compare_button_compares_two_selected_tiles(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of(window, photos.beach)
    window.tile_view.clearSelection()
    selection = window.tile_view.selectionModel()
    for row in (1, 2):
        selection.select(window.tile_model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    assert window.results.compare_button.isEnabled()
    qtbot.mouseClick(window.results.compare_button, Qt.MouseButton.LeftButton)
    view = window.compare_view
    assert view is not None and view.pair == (1, 2)
    with qtbot.waitSignal(window.compare_closed):
        view.reject()


# ---- not duplicates ------------------------------------------------------------------------------------


def test_n_takes_a_file_out_of_its_group_and_later_scans_remember_it_after_renaming(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    decisions: DecisionStore,
    settings: QSettings,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    assert {"beach.jpg", "IMG_0001.jpg", "beach-small.jpg"} in grouped(window)
    show_group_of(window, photos.beach)
    reclaim_before = window.group_model.index(window.group_view.currentIndex().row(), Column.SIZE).data()
    set_current_tile(window, photos.beach_small)

    qtbot.keyClick(window.tile_view, Qt.Key.Key_N)

    assert grouped(window) == [{"beach.jpg", "IMG_0001.jpg"}, {"city.png", "city copy.png"}]
    assert window.tile_model.rowCount() == 2  # the grid shows the group without it
    reclaim_after = window.group_model.index(window.group_view.currentIndex().row(), Column.SIZE).data()
    assert reclaim_after != reclaim_before
    assert "Taken out of the group: “beach-small.jpg”" in window.results.summary_label.text()
    assert window.results.trash_button.text().startswith("Move 2 files")
    assert len(decisions.decisions()) == 1

    # Renamed and moved, the same picture stays apart: in a new window, with the store reopened from disk.
    renamed = photos.root / "elsewhere" / "renamed.jpg"
    renamed.parent.mkdir()
    photos.beach_small.rename(renamed)
    window.shutdown()
    reopened = DecisionStore(decisions.path)
    try:
        again = make_window(qtbot, settings, dialogs, reopened, tmp_path)
        scan_and_wait(qtbot, again, photos.root)
        assert sorted(map(sorted, grouped(again))) == [
            ["IMG_0001.jpg", "beach.jpg"],
            ["city copy.png", "city.png"],
        ]
        again.shutdown()
    finally:
        reopened.close()


def test_a_group_left_with_one_file_disappears_and_a_group_always_keeps_a_copy(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path
) -> None:
    # Only the re-encoded copy and the original: two files, one group.
    folder = tmp_path / "two"
    folder.mkdir()
    shutil.copyfile(photos.beach, folder / "beach.jpg")
    shutil.copyfile(photos.beach_small, folder / "beach-small.jpg")
    scan_and_wait(qtbot, window, folder)
    assert grouped(window) == [{"beach.jpg", "beach-small.jpg"}]
    # The person marked the keeper DELETE and the copy KEEP, then says they are not duplicates.
    window.select_group(0)
    window.tile_model.toggle(0)
    window.tile_model.toggle(1)
    qtbot.mouseClick(window.results.not_duplicate_button, Qt.MouseButton.LeftButton)
    assert grouped(window) == []
    assert window.group_model.rowCount() == 0 and window.tile_model.rowCount() == 0
    assert "it is gone" in window.results.summary_label.text()
    assert window.results.trash_button.text() == "Nothing marked DELETE"


def test_shift_n_in_the_group_list_removes_the_whole_group(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, decisions: DecisionStore
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    # Byte-identical files are duplicates whatever anyone says: the person is told so, nothing changes.
    show_group_of(window, photos.city)
    window.group_view.setFocus()
    qtbot.keyClick(window.group_view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert "exact copies" in dialogs.informed[-1][0]
    assert len(grouped(window)) == 2 and not decisions.decisions()

    show_group_of(window, photos.beach)
    window.group_view.setFocus()
    qtbot.keyClick(window.group_view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    # The small copy is apart now; the two identical files are still a group of exact copies.
    assert sorted(map(sorted, grouped(window))) == [
        ["IMG_0001.jpg", "beach.jpg"],
        ["city copy.png", "city.png"],
    ]
    assert len(decisions.decisions()) == 1
    assert all(any(g.keep) for g in window.review.groups)  # type: ignore[union-attr]


def test_n_takes_the_selected_picture_out_whether_the_grid_or_the_group_list_has_the_focus(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """The hint under the grid says "N: not a duplicate", the button says "Not a duplicate (N)": so N
    takes the picture selected in the grid out of its group wherever the focus is on the page. In
    the group list it removed the whole group ("none of these are duplicates", which is Shift+N in
    the grid), so the same key did one thing or the other by where the focus happened to be."""
    with Image.open(photos.beach) as beach:  # a third picture of the beach: a group of three contents
        beach.resize((300, 225), Image.Resampling.LANCZOS).save(photos.root / "trip" / "beach-mid.jpg")
    scan_and_wait(qtbot, window, photos.root)
    assert "N: not a duplicate" in keys_hint()
    beach_group = {"beach.jpg", "IMG_0001.jpg", "beach-small.jpg", "beach-mid.jpg"}
    assert beach_group in grouped(window)
    before = grouped(window)
    small_apart = [
        *(g for g in before if g != beach_group),
        {"beach.jpg", "IMG_0001.jpg", "beach-mid.jpg"},  # the small copy alone leaves: no group of one
    ]

    for focus in (window.group_view, window.tile_view):
        show_group_of(window, photos.beach)
        set_current_tile(window, photos.beach_small)
        focus.setFocus()
        qtbot.keyClick(focus, Qt.Key.Key_N)
        assert sorted(map(sorted, grouped(window))) == sorted(map(sorted, small_apart)), focus
        assert window.session.undo_stack.undoText() == "not a duplicate: “beach-small.jpg”"
        assert window.session.undo() is None
        assert grouped(window) == before

    show_group_of(window, photos.beach)
    window.group_view.setFocus()
    qtbot.keyClick(window.group_view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)  # the whole group
    assert window.session.undo_stack.undoText() == "none are duplicates: 4 pictures"


def test_not_duplicates_from_the_compare_view(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of(window, photos.beach)
    set_current_tile(window, photos.beach_small)
    view = window.open_compare()
    assert view is not None and view.path_b == photos.beach_small
    qtbot.mouseClick(view.not_duplicates_button, Qt.MouseButton.LeftButton)
    assert "beach-small.jpg" not in marks(window)
    assert view.paths == [photos.beach, photos.beach_copy]  # the view goes on with what is left
    qtbot.keyClick(view, Qt.Key.Key_N)  # B is a byte-identical copy of A: refused, with a reason
    assert "exact copies" in dialogs.informed[-1][0]
    assert view.isVisible() and len(grouped(window)) == 2
    with qtbot.waitSignal(window.compare_closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


# ---- decisions page ------------------------------------------------------------------------------------


def test_forgetting_a_decision_regroups_the_results(
    qtbot: QtBot, window: MainWindow, photos: Photos, decisions: DecisionStore
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of(window, photos.beach)
    set_current_tile(window, photos.beach_small)
    window.not_duplicate_current()
    assert "beach-small.jpg" not in marks(window)

    dialog = window.regrouping.open_decisions_dialog()
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    assert {dialog.model.index(0, c).data() for c in (0, 1)} == {"beach-small.jpg", "beach.jpg"}
    dialog.select_rows([0])
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        dialog.forget_selected()
    assert {"beach.jpg", "IMG_0001.jpg", "beach-small.jpg"} in grouped(window)
    assert not decisions.decisions()
    assert "Forgot 1 “not duplicates” decision" in window.results.summary_label.text()
    dialog.close()


# ---- sensitivity ---------------------------------------------------------------------------------------


@pytest.fixture
def tunable(tmp_path: Path) -> Path:
    """A photo and a gamma-brightened copy at hash distance 6 (apart when very strict, together when
    balanced), and an exact pair that is a group at any sensitivity."""
    folder = tmp_path / "tunable"
    folder.mkdir()
    picture = photo(11, (400, 300))
    picture.save(folder / "lake.jpg", quality=90)
    picture.point(lambda v: int(255 * (v / 255) ** 0.6)).save(folder / "lake brighter.jpg", quality=85)
    photo(22, (320, 240)).save(folder / "city.png")
    shutil.copyfile(folder / "city.png", folder / "city copy.png")
    return folder


def test_the_sensitivity_slider_regroups_without_opening_any_file(
    qtbot: QtBot, window: MainWindow, tunable: Path
) -> None:
    scan_and_wait(qtbot, window, tunable)
    assert sorted(map(sorted, grouped(window))) == [
        ["city copy.png", "city.png"],
        ["lake brighter.jpg", "lake.jpg"],
    ]
    assert window.results.results_sensitivity.isEnabled() and window.results.results_sensitivity.value() == 2
    show_group_of(window, tunable / "city.png")
    window.tile_model.toggle(0)
    window.tile_model.toggle(1)  # the person's own marks: the copy kept, the original to delete
    qtbot.waitUntil(lambda: window.thumbnails_settled() and window.loader.idle, timeout=LOAD_MS)

    opened: list[str] = []
    with count_files(opened):
        seen_at_result: list[int] = []
        window.results_shown.connect(lambda: seen_at_result.append(len(opened)))
        with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
            window.results.results_sensitivity.setValue(0)  # very strict
    assert seen_at_result == [0], opened[:5]
    assert grouped(window) == [{"city.png", "city copy.png"}]
    assert window.review is not None and window.review.result.options.threshold == threshold_for(0)
    assert marks(window) == {"city.png": False, "city copy.png": True}  # the person's marks stay
    assert "choices stay on 2 pictures" in window.results.summary_label.text()
    assert "grouped again without reading the files" in window.results.summary_label.text()
    assert window.start.sensitivity.value() == 0  # the next scan uses it too

    # Back to balanced: the lake pair is verified again, its thumbs read from the cache, not the files.
    opened.clear()
    seen_at_result.clear()
    with count_files(opened), qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(2)
    assert seen_at_result == [0], opened[:5]
    assert len(grouped(window)) == 2


def test_a_regrouping_whose_thumbs_left_the_cache_says_so_and_keeps_the_groups(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tunable: Path, isolated_home: Path
) -> None:
    """The pixel check reads candidates' thumbs from the cache: if it was cleared since the scan,
    the window asks for a new scan instead of reporting a bug or reading the files."""
    scan_and_wait(qtbot, window, tunable)
    before = sorted(map(sorted, grouped(window)))
    shutil.rmtree(isolated_home / ".cache" / "lookalike")
    with qtbot.waitSignal(window.controller.regroup_unavailable, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(4)  # looser: the lake pair must be checked again
    assert (
        dialogs.informed[-1][0] == "Cannot group again"
        and "Scan the folders again" in dialogs.informed[-1][1]
    )
    assert not dialogs.errors
    assert sorted(map(sorted, grouped(window))) == before
    assert window.results.results_sensitivity.value() == 2  # back where the shown groups were made
    assert not window.controller.busy


def test_with_many_pictures_the_slider_regroups_in_a_process_of_its_own(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    tunable: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past apart.APART_FROM pictures (100,000 held 200 MB more in the window while regrouping, much
    of it kept afterwards) the groups come from a child process: the same groups, the person's
    marks kept, and the cache's lost thumbs still said plainly."""
    children: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def started(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        child: subprocess.Popen[bytes] = popen(*args, **kwargs)
        children.append(child)
        return child

    monkeypatch.setattr(apart, "APART_FROM", 0)
    monkeypatch.setattr(subprocess, "Popen", started)
    scan_and_wait(qtbot, window, tunable)
    show_group_of(window, tunable / "city.png")
    window.tile_model.toggle(0)
    window.tile_model.toggle(1)
    qtbot.waitUntil(lambda: window.thumbnails_settled() and window.loader.idle, timeout=LOAD_MS)

    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(0)
    assert len(children) == 1 and children[0].returncode is not None  # ended, not left running
    assert grouped(window) == [{"city.png", "city copy.png"}]
    assert marks(window) == {"city.png": False, "city copy.png": True}
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(2)
    assert len(children) == 2 and len(grouped(window)) == 2

    shutil.rmtree(isolated_home / ".cache" / "lookalike")
    with qtbot.waitSignal(window.controller.regroup_unavailable, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(4)
    assert len(children) == 3
    assert dialogs.informed[-1][0] == "Cannot group again" and not dialogs.errors
    assert len(grouped(window)) == 2 and not window.controller.busy


class count_files:
    """While the block runs, record the name of every file opened by Python or Pillow, on any thread."""

    def __init__(self, opened: list[str]) -> None:
        # Its own patcher: undoing the test's own would also undo the temporary HOME and XDG folders.
        self._monkeypatch = pytest.MonkeyPatch()
        self._opened = opened
        self._lock = threading.Lock()

    def _counting(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(file: Any, *args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self._opened.append(str(file))
            return original(file, *args, **kwargs)

        return wrapper

    def __enter__(self) -> None:
        real_open = io.open
        self._monkeypatch.setattr(builtins, "open", self._counting(real_open))
        self._monkeypatch.setattr(io, "open", self._counting(real_open))
        self._monkeypatch.setattr(Image, "open", self._counting(Image.open))

    def __exit__(self, *_exc: object) -> None:
        self._monkeypatch.undo()


def test_an_exact_scan_cannot_be_regrouped_by_sensitivity(
    qtbot: QtBot, window: MainWindow, tunable: Path
) -> None:
    window.start.exact_radio.setChecked(True)
    scan_and_wait(qtbot, window, tunable)
    assert not window.results.results_sensitivity.isEnabled()
    assert "Exact copies only" in window.results.results_sensitivity_words.text()


# ---- keep rules ----------------------------------------------------------------------------------------


def test_keep_rules_change_the_marks_persist_and_reset_to_suggested(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    suggested = marks(window)
    assert suggested["beach.jpg"] and suggested["city.png"]  # the oldest, largest copies

    dialog = window.regrouping.open_rules_dialog()
    assert dialog.rules() == SUGGESTED_RULES
    dialog.set_rules([KeepRule(Rule.NEWEST)])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    newest = marks(window)
    assert newest["beach-small.jpg"] and not newest["beach.jpg"]  # the newest file of each group
    assert newest["city copy.png"] and not newest["city.png"]
    assert "Marked KEEP by the rules: newest" in window.results.summary_label.text()

    # Saved: a new window scans with them.
    window.shutdown()
    again = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    assert again.session.keep_rules == (KeepRule(Rule.NEWEST),)
    scan_and_wait(qtbot, again, photos.root)
    assert marks(again) == newest

    # A hand-made mark makes the window ask first; then "reset to suggested" brings the old marks back.
    show_group_of(again, photos.beach)
    again.tile_model.toggle(0)
    dialog = again.regrouping.open_rules_dialog()
    dialog.reset_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "by hand in 1 group" in dialogs.confirmed[-1][1]
    assert marks(again) == suggested
    assert again.session.keep_rules == SUGGESTED_RULES
    again.shutdown()


def synthetic_scan(count: int) -> ScanResult:
    """`count` fingerprints without files, as a scan holds them: random hashes; every tenth picture has a
    copy 5 bits away (grouped when balanced, apart when very strict)."""
    rng = random.Random(3)
    thumb = bytes(range(256)) * (THUMB_SIDE * THUMB_SIDE // 256)
    records = []
    value = 0
    for index in range(count):
        value = (
            value ^ sum(1 << bit for bit in rng.sample(range(64), 5))
            if index % 10 == 1
            else rng.getrandbits(64)
        )
        entry = FileEntry(
            Path(f"/nowhere/{index // 1000:03d}/IMG_{index:06d}.jpg"), 1_000_000 + index, 10**18
        )
        fingerprint = Fingerprint(
            f"{index:032x}", 4000, 3000, "JPEG", None, value.to_bytes(8, "big"), thumb, False
        )
        records.append(ImageRecord(entry, fingerprint))
    options = ScanOptions(threshold=threshold_for(2))
    groups = find_groups(records, options)
    return ScanResult((Path("/nowhere"),), options, groups, (), ScanStats(count, count), tuple(records))


def test_regrouping_ten_thousand_pictures_takes_under_a_second(qtbot: QtBot, window: MainWindow) -> None:
    result = synthetic_scan(10_000)
    window.show_review(Review.from_result(result))
    assert len(grouped(window)) == 1000
    started = time.perf_counter()
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(0)
    seconds = time.perf_counter() - started
    assert grouped(window) == []
    assert seconds < 1.0, f"regrouping took {seconds:.2f} s"


def test_a_tile_tooltip_says_why_it_matched(qtbot: QtBot, window: MainWindow, photos: Photos) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of(window, photos.beach)
    small = window.tile_model.row_of(photos.beach_small)
    assert small is not None
    tip = window.tile_model.index(small, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Suggested to delete" in tip and "fingerprint difference" in tip
    assert "(0 = the same)" in tip and "% alike" in tip
    tip = window.tile_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Suggested to keep" in tip and "compared with this picture" in tip


def test_a_newer_sensitivity_supersedes_a_regrouping_still_running(
    qtbot: QtBot, window: MainWindow, tunable: Path
) -> None:
    scan_and_wait(qtbot, window, tunable)
    shown: list[int | None] = []
    window.results_shown.connect(lambda: shown.append(window.review.result.options.threshold))  # type: ignore[union-attr]
    window.results.results_sensitivity.setValue(0)
    window.results.results_sensitivity.setValue(4)  # before the first one could report
    assert (
        not window.results.trash_button.isEnabled()
        and window.results.action_status.text() == "Grouping again…"
    )
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=SCAN_TIMEOUT_MS)
    assert shown == [threshold_for(4)]
    assert window.results.trash_button.isEnabled() and window.results.action_status.text() == ""


def test_review_actions_are_in_the_menus_and_need_a_group(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    menus = {action.text().replace("&", ""): action.menu() for action in window.menuBar().actions()}
    review_items = [a.text().replace("&", "") for a in menus["Review"].actions()]
    settings_items = [a.text().replace("&", "") for a in menus["Settings"].actions()]
    assert review_items[0].startswith("Compare side by side") and review_items[0].endswith("\tEnter")
    assert any(item.startswith("Not a duplicate") for item in review_items)
    assert settings_items[:2] == ["Which copy to keep…", "Pictures marked “not duplicates”…"]
    assert settings_items[-1] == "Language"  # after a separator: the one setting that is no command
    assert (
        not window.commands.actions["compare"].isEnabled()
        and not window.results.not_duplicate_button.isEnabled()
    )
    scan_and_wait(qtbot, window, photos.root)
    assert window.commands.actions["compare"].isEnabled() and window.results.not_duplicate_button.isEnabled()

    show_group_of(window, photos.beach)
    window.tile_view.setFocus()
    qtbot.keyClick(window.tile_view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)  # the whole group
    assert sorted(map(sorted, grouped(window))) == [
        ["IMG_0001.jpg", "beach.jpg"],
        ["city copy.png", "city.png"],
    ]


def test_saved_keep_rules_that_cannot_be_read_fall_back_to_the_suggested_ones() -> None:
    rules = (KeepRule(Rule.PREFERRED_FOLDER, "/photos/best"), KeepRule(Rule.NEWEST))
    assert rules_from_json(rules_to_json(rules)) == rules
    assert rules_from_json(None) == SUGGESTED_RULES
    assert rules_from_json('[{"rule": "prettiest"}]') == SUGGESTED_RULES
    assert rules_from_json("not json") == SUGGESTED_RULES
    assert rules_from_json('{"rule": "newest"}') == SUGGESTED_RULES


def test_saved_keep_rules_skip_unknown_ones_and_the_former_suggestion_becomes_todays() -> None:
    newer = '[{"rule": "prettiest"}, {"rule": "newest"}, {"rule": "preferred format", "value": "PNG"}]'
    assert rules_from_json(newer) == (KeepRule(Rule.NEWEST), KeepRule(Rule.PREFERRED_FORMAT, "PNG"))
    earlier_default = '[{"rule": "largest resolution"}, {"rule": "largest file"}, {"rule": "oldest"}]'
    assert rules_from_json(earlier_default) == SUGGESTED_RULES
    edited = '[{"rule": "largest file"}, {"rule": "largest resolution"}, {"rule": "oldest"}]'
    assert rules_from_json(edited) == (
        KeepRule(Rule.LARGEST_FILE),
        KeepRule(Rule.LARGEST_RESOLUTION),
        KeepRule(Rule.OLDEST),
    )
    assert rules_from_json("[]") == ()  # no rules at all, as the person left them: name order


def test_a_rescan_of_unchanged_folders_follows_decisions_made_and_forgotten(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_group_of(window, photos.beach)
    set_current_tile(window, photos.beach_small)
    window.not_duplicate_current()
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    assert "beach-small.jpg" not in marks(window)
    dialog = window.regrouping.open_decisions_dialog()
    dialog.select_rows([0])
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        dialog.forget_selected()
    dialog.close()
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    assert "beach-small.jpg" in marks(window)


def test_after_n_the_grid_stays_at_the_same_place(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "four"
    folder.mkdir()
    picture = photo(11, (400, 300))
    picture.save(folder / "a.jpg", quality=95)
    for name, size in (("b.jpg", (380, 285)), ("c.jpg", (360, 270)), ("d.jpg", (340, 255))):
        picture.resize(size, Image.Resampling.LANCZOS).save(folder / name, quality=80)
    scan_and_wait(qtbot, window, folder)
    assert grouped(window) == [{"a.jpg", "b.jpg", "c.jpg", "d.jpg"}]
    window.select_group(0)
    set_current_tile(window, folder / "b.jpg")
    row = window.tile_view.currentIndex().row()
    qtbot.keyClick(window.tile_view, Qt.Key.Key_N)
    assert window.tile_view.currentIndex().row() == row and window.tile_view.hasFocus()
    following = window.tile_model.member(row)
    assert following is not None
    qtbot.keyClick(window.tile_view, Qt.Key.Key_N)  # the picture that moved up into place goes next
    assert len(grouped(window)[0]) == 2 and not {"b.jpg", following.path.name} & grouped(window)[0]
