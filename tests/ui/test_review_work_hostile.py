"""Hostile situations around the person's review work: crashed windows' autosaves, saved reviews
swapped or edited by another program. Each asserts what is on disk once the window is done."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.ui.autosave import AUTOSAVE_FILE, own_autosave
from lookalike.ui.dialogs import UnsavedChoice
from lookalike.ui.review import load_session, session_json
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, crash, make_window, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def open_window(
    qtbot: QtBot, settings: QSettings, dialogs: FakeDialogs, decisions: DecisionStore, tmp_path: Path
) -> MainWindow:
    """A window that autosaves its review in tmp_path/data, as the app does in its data folder."""
    return make_window(qtbot, settings, dialogs, decisions, tmp_path, tmp_path / "data" / AUTOSAVE_FILE)


def reviews_kept(folder: Path) -> list[dict[Path, bool]]:
    """The marks of every review autosaved in `folder` that can be read."""
    found = []
    for path in sorted(folder.glob("autosave-review*.json")):
        try:
            found.append(load_session(path.read_text(encoding="utf-8")).marks())
        except Exception:  # a file being written: not a review kept
            continue
    return found


def test_declining_the_newest_crashed_review_keeps_an_older_one_for_a_later_start(
    qtbot: QtBot, settings: QSettings, decisions: DecisionStore, photos: Photos, tmp_path: Path
) -> None:
    """Two windows crashed, each leaving its review: the first window's (autosave-review.json, older,
    with IMG_0001 switched to KEEP by hand) and a second one's beside it (newer). The next start offers
    the newest; the person declines it. The dialog's promise, and the docstring's, is that the others
    stay for a later start. But the new window's own autosave is autosave-review.json: its first scan
    wrote over the older crashed review, whose hand-made marks were gone without a word."""
    first = open_window(qtbot, settings, FakeDialogs(), decisions, tmp_path)
    scan_and_wait(qtbot, first, photos.root)
    first.select_group(0)
    row = first.tile_model.row_of(photos.beach_copy)
    assert row is not None
    first.tile_model.toggle(row)  # hand-made: KEEP
    data = tmp_path / "data"
    older = data / AUTOSAVE_FILE
    first.autosave.write_now()
    qtbot.waitUntil(lambda: any(m.get(photos.beach_copy) is True for m in reviews_kept(data)))
    crash(first)
    first.shutdown()
    assert load_session(older.read_text(encoding="utf-8")).marks()[photos.beach_copy] is True
    # The second crashed window's review: the scan's suggestion (IMG_0001 DELETE), newer.
    newer = data / "autosave-review-99999-dead.json"
    review = load_session(older.read_text(encoding="utf-8"))
    for group in review.groups:
        group.keep[:] = [
            m.path != photos.beach_copy and keep for m, keep in zip(group.members, group.keep, strict=True)
        ]
    newer.write_text(session_json(review), encoding="utf-8")
    os.utime(older, (1_600_000_000, 1_600_000_000))

    later = FakeDialogs(answers=[False])  # No to the newest crashed review
    again = open_window(qtbot, settings, later, decisions, tmp_path)
    assert not again.autosave.offer_resume()
    assert len(later.confirmed) == 1 and not newer.exists()
    # The person scans again in this window: its review is autosaved.
    scan_and_wait(qtbot, again, photos.root)
    again.autosave.write_now()
    again.autosave.finish()
    # The older crashed review, with its hand-made KEEP, is still somewhere to be offered later.
    kept = reviews_kept(data)
    assert any(marks.get(photos.beach_copy) is True for marks in kept)
    assert any(marks.get(photos.beach_copy) is False for marks in kept)  # and this window's own, beside it
    again.shutdown()


def test_open_review_over_unsaved_marks_asks_first_and_cancel_keeps_them(
    qtbot: QtBot, settings: QSettings, decisions: DecisionStore, photos: Photos, tmp_path: Path
) -> None:
    """File ▸ Open review… replaced a review with unsaved hand-made marks without a question, as a new
    scan never does (it asks Save… / Discard / Cancel); and the autosave, which no longer held unsaved
    work, was removed at once: the marks were gone for good."""
    dialogs = FakeDialogs()
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path)
    scan_and_wait(qtbot, window, photos.root)
    dialogs.save_path = dialogs.open_path_answer = tmp_path / "saved yesterday.json"
    assert window.autosave.save_review()  # an older review, saved as the scan suggested
    window.select_group(0)
    row = window.tile_model.row_of(photos.beach_copy)
    assert row is not None
    window.tile_model.toggle(row)  # then a mark by hand, not saved
    assert window.session.unsaved
    autosave = tmp_path / "data" / AUTOSAVE_FILE
    window.autosave.write_now()
    qtbot.waitUntil(lambda: any(m.get(photos.beach_copy) is True for m in reviews_kept(autosave.parent)))

    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    window.commands.actions["open_review"].trigger()
    window.autosave.finish()
    qtbot.wait(50)
    assert len(dialogs.asked_unsaved) == 1  # asked, as a new scan or closing asks
    assert window.review is not None and window.review.marks()[photos.beach_copy] is True
    assert window.session.unsaved
    window.autosave.finish()
    assert any(m.get(photos.beach_copy) is True for m in reviews_kept(autosave.parent))
    title, text, _ = dialogs.asked_unsaved[0]
    assert title == "Save your review before opening another?"
    assert "Opening a review replaces this one" in text

    dialogs.unsaved_answers = [UnsavedChoice.DISCARD]  # then opened after all: the saved one shows
    window.commands.actions["open_review"].trigger()
    assert len(dialogs.asked_unsaved) == 2
    assert window.review is not None and window.review.marks()[photos.beach_copy] is not True
    assert not window.session.unsaved
    window.shutdown()


def test_a_review_whose_lock_a_power_cut_left_empty_is_still_offered_back(
    qtbot: QtBot, settings: QSettings, decisions: DecisionStore, photos: Photos, tmp_path: Path
) -> None:
    """A power cut soon after Lookalike started: the autosave (written with fsync) survived, but the
    lock file, made at the start and never synced, came back empty, as a file system that allocates
    late leaves it. An empty lock names no process, so Qt never takes it for stale (no age limit
    here): that review was never offered again, nor removed, and every later window wrote beside it."""
    first = open_window(qtbot, settings, FakeDialogs(), decisions, tmp_path)
    scan_and_wait(qtbot, first, photos.root)
    first.select_group(0)
    row = first.tile_model.row_of(photos.beach_copy)
    assert row is not None
    first.tile_model.toggle(row)
    data = tmp_path / "data"
    first.autosave.write_now()
    qtbot.waitUntil(lambda: any(m.get(photos.beach_copy) is True for m in reviews_kept(data)))
    crash(first)
    first.shutdown()
    lock = data / f"{AUTOSAVE_FILE}.lock"
    lock.write_bytes(b"")  # as the power cut left it
    os.utime(lock, (1_600_000_000, 1_600_000_000))

    later = FakeDialogs(answers=[True])
    again = open_window(qtbot, settings, later, decisions, tmp_path)
    with qtbot.waitSignal(again.results_shown):
        assert again.autosave.offer_resume()
    assert again.review is not None and again.review.marks()[photos.beach_copy] is True
    again.shutdown()


def test_an_empty_lock_a_window_still_holds_is_never_taken(tmp_path: Path) -> None:
    """A window that has just made its lock holds it (Qt locks the file as it makes it) before
    writing who it is: an empty lock so held is never taken for a stale one."""
    path = tmp_path / AUTOSAVE_FILE
    held = QLockFile(f"{path}.lock")
    assert held.tryLock(0)
    with open(f"{path}.lock", "r+b") as stream:
        stream.truncate(0)  # as if the window had not yet written who it is
    os.utime(f"{path}.lock", (1_600_000_000, 1_600_000_000))
    found, lock = own_autosave(path)
    assert found != path and lock is not None
    assert os.path.exists(f"{path}.lock")
    lock.unlock()
    held.unlock()


def test_a_review_that_cannot_be_opened_asks_nothing_and_leaves_the_unsaved_marks(
    qtbot: QtBot, settings: QSettings, decisions: DecisionStore, photos: Photos, tmp_path: Path
) -> None:
    """Hostile: the file chosen in Open review… is no review (a picture renamed .json). It is refused
    before any question about the unsaved marks, which stay, with their autosave."""
    dialogs = FakeDialogs()
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path)
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    row = window.tile_model.row_of(photos.beach_copy)
    assert row is not None
    window.tile_model.toggle(row)
    window.autosave.write_now()
    autosave = tmp_path / "data" / AUTOSAVE_FILE
    qtbot.waitUntil(lambda: any(m.get(photos.beach_copy) is True for m in reviews_kept(autosave.parent)))
    not_a_review = tmp_path / "review.json"
    not_a_review.write_bytes(photos.beach.read_bytes())
    dialogs.open_path_answer = not_a_review
    dialogs.unsaved_answers = [UnsavedChoice.DISCARD]  # were it asked, the marks would go

    window.commands.actions["open_review"].trigger()

    assert dialogs.asked_unsaved == []
    assert [title for title, _, _ in dialogs.informed] == ["Cannot open the review"]
    assert window.review is not None and window.review.marks()[photos.beach_copy] is True
    assert window.session.unsaved
    window.autosave.finish()
    assert any(m.get(photos.beach_copy) is True for m in reviews_kept(autosave.parent))
    window.shutdown()
