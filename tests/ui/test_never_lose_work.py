"""Never losing work: closing asks over unsaved marks, the review is autosaved and offered back at the next
start, Stop leaves a reviewable and clearly partial result, and the demo keeps to its own trash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings
from pytestqt.qtbot import QtBot

from lookalike.core.actions import default_journal_path
from lookalike.core.decisions import DecisionStore
from lookalike.core.models import Phase, Progress
from lookalike.samples import photo
from lookalike.ui import app as ui_app
from lookalike.ui.autosave import (
    AUTOSAVE_DELAY_MS,
    AUTOSAVE_FILE,
    default_autosave_path,
    lock_of,
    own_autosave,
)
from lookalike.ui.dialogs import HeadlessDialogs, UnsavedChoice
from lookalike.ui.review import load_session
from lookalike.ui.window import MainWindow
from tests.safety.conftest import ends_without_waiting_on, needs_posix

from .conftest import (
    OFFSCREEN_NOISE,
    SCAN_TIMEOUT_MS,
    FakeDialogs,
    Photos,
    crash,
    scan_and_wait,
    write_small_photos,
)

pytestmark = OFFSCREEN_NOISE


def open_window(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    autosave: Path | None,
) -> MainWindow:
    window = MainWindow(
        settings=settings,
        dialogs=dialogs,
        log_dir=tmp_path / "logs",
        journal=tmp_path / "journal.jsonl",
        decisions=decisions,
        autosave=autosave,
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    autosave: Path,
) -> Iterator[MainWindow]:
    """The window with its review autosaved in the test's folder."""
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path, autosave)
    yield window
    window.shutdown()


def quit_with_ctrl_q(window: MainWindow) -> None:
    """What Ctrl+Q (File ▸ Quit) does."""
    window.commands.actions["quit"].trigger()


def toggle_beach_copy(window: MainWindow, photos: Photos) -> None:
    """Switch IMG_0001.jpg (a copy of beach.jpg, suggested DELETE) to KEEP, as a click on its badge does."""
    window.select_group(0)
    row = window.tile_model.row_of(photos.beach_copy)
    assert row is not None
    window.tile_model.toggle(row)


def autosaved_keep(path: Path, picture: Path) -> bool | None:
    """The mark of `picture` in the autosave; None when it or the picture is not there. The autosave
    is written off the GUI thread: tests wait for it."""
    try:
        marks = load_session(path.read_text(encoding="utf-8")).marks()
    except FileNotFoundError:
        return None
    return marks.get(picture)


# ---- closing over unsaved work ------------------------------------------------------------------------


def test_ctrl_q_over_unsaved_marks_asks_and_cancel_keeps_the_window_open(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    quit_with_ctrl_q(window)
    assert window.isVisible() and window.review is not None
    title, text, details = dialogs.asked_unsaved[-1]
    assert "Save" in title and "not saved" in text and "Open review" in details
    # Staying writes the autosave at once, without waiting for the marks' delay.
    qtbot.waitUntil(
        lambda: autosaved_keep(autosave, photos.beach_copy) is True, timeout=AUTOSAVE_DELAY_MS // 2
    )

    dialogs.unsaved_answers = [UnsavedChoice.DISCARD]
    quit_with_ctrl_q(window)
    assert not window.isVisible()
    assert not autosave.exists()  # a clean close leaves no review to offer back
    assert len(dialogs.asked_unsaved) == 2


def test_save_on_closing_saves_the_marks_then_closes(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    dialogs.unsaved_answers = [UnsavedChoice.SAVE]
    dialogs.save_path = None  # the person closes the file dialog: nothing is saved, so nothing closes
    assert not window.close()
    assert window.isVisible()

    dialogs.unsaved_answers = [UnsavedChoice.SAVE]
    dialogs.save_path = tmp_path / "my review.json"
    assert window.close()
    assert not window.isVisible() and not autosave.exists()
    saved = load_session(dialogs.save_path.read_text(encoding="utf-8"))
    assert saved.marks()[photos.beach_copy] is True  # the switched mark is in the file


def test_a_finished_scan_is_unsaved_work_until_saved(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    assert window.session.unsaved
    qtbot.waitUntil(autosave.is_file, timeout=1000)  # written as soon as the groups are shown
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not window.close()

    dialogs.save_path = tmp_path / "review.json"
    window.commands.actions["save_review"].trigger()  # Ctrl+S
    assert dialogs.save_path.is_file() and not window.session.unsaved
    qtbot.waitUntil(lambda: not autosave.exists(), timeout=1000)  # the saved file holds it all
    assert window.close()
    assert len(dialogs.asked_unsaved) == 1  # a saved review closes without a question


def test_a_window_without_a_review_closes_without_asking(window: MainWindow, dialogs: FakeDialogs) -> None:
    assert window.close()
    assert dialogs.asked_unsaved == []


def test_a_reopened_review_is_saved_work_until_its_marks_change(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    dialogs.save_path = dialogs.open_path_answer = tmp_path / "review.json"
    assert window.autosave.save_review()
    with qtbot.waitSignal(window.results_shown):
        assert window.files.open_review()
    assert not window.session.unsaved
    toggle_beach_copy(window, photos)
    assert window.session.unsaved


def test_the_screenshot_run_discards_without_asking_anyone() -> None:
    dialogs = HeadlessDialogs()
    assert dialogs.ask_unsaved("Save?", "unsaved") is UnsavedChoice.DISCARD
    assert dialogs.log == ["unsaved: Save?: unsaved"]


# ---- autosave and resume ------------------------------------------------------------------------------


def test_marks_are_autosaved_a_moment_after_they_change(
    qtbot: QtBot, window: MainWindow, photos: Photos, autosave: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    qtbot.waitUntil(lambda: autosaved_keep(autosave, photos.beach_copy) is False)
    toggle_beach_copy(window, photos)
    qtbot.wait(AUTOSAVE_DELAY_MS // 4)
    assert autosaved_keep(autosave, photos.beach_copy) is False  # not at every click: a moment later
    qtbot.waitUntil(
        lambda: autosaved_keep(autosave, photos.beach_copy) is True, timeout=AUTOSAVE_DELAY_MS * 3
    )
    # No temporary file left; the lock says a running window owns this autosave.
    assert sorted(p.name for p in autosave.parent.iterdir()) == [AUTOSAVE_FILE, f"{AUTOSAVE_FILE}.lock"]


def test_each_action_is_autosaved_at_once(
    qtbot: QtBot, window: MainWindow, photos: Photos, autosave: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    row = window.tile_model.row_of(photos.beach_small)
    assert row is not None
    qtbot.waitUntil(lambda: autosaved_keep(autosave, photos.beach_small) is not None)
    assert window.not_duplicate(row) == [photos.beach_small]
    # Written at once (well before the marks' delay), without the picture taken out.
    qtbot.waitUntil(
        lambda: autosaved_keep(autosave, photos.beach_small) is None, timeout=AUTOSAVE_DELAY_MS // 2
    )
    assert autosave.is_file()


def test_the_next_start_offers_the_autosaved_review_back(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    decisions: DecisionStore,
    photos: Photos,
    autosave: Path,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    qtbot.waitUntil(
        lambda: autosaved_keep(autosave, photos.beach_copy) is True, timeout=AUTOSAVE_DELAY_MS * 3
    )
    # Lookalike ended without closing (a crash, a power cut): the next start finds the autosave.
    crash(window)
    later = FakeDialogs(answers=[True])
    again = open_window(qtbot, settings, later, decisions, tmp_path, autosave)
    with qtbot.waitSignal(again.results_shown):
        assert again.autosave.offer_resume()
    title, text, details = later.confirmed[-1]
    assert title == "Resume your last review?" and "2 groups" in text and "checked again" in details
    assert again.review is not None and again.review.marks()[photos.beach_copy] is True
    assert "Resumed your review" in again.results.summary_label.text()
    assert again.session.unsaved  # still only in the autosave: closing asks
    later.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not again.close() and len(later.asked_unsaved) == 1
    again.shutdown()


def test_declining_the_autosaved_review_deletes_it(
    qtbot: QtBot,
    settings: QSettings,
    decisions: DecisionStore,
    photos: Photos,
    autosave: Path,
    tmp_path: Path,
) -> None:
    first = FakeDialogs()
    window = open_window(qtbot, settings, first, decisions, tmp_path, autosave)
    scan_and_wait(qtbot, window, photos.root)
    qtbot.waitUntil(autosave.is_file)
    text = autosave.read_text(encoding="utf-8")
    crash(window)
    window.shutdown()

    later = FakeDialogs(answers=[False])
    again = open_window(qtbot, settings, later, decisions, tmp_path, autosave)
    autosave.write_text(text, encoding="utf-8")  # as the first run left it
    assert not again.autosave.offer_resume()
    assert not autosave.exists() and again.review is None
    assert not again.autosave.offer_resume()  # nothing more to offer
    assert len(later.confirmed) == 1
    again.shutdown()


def test_a_damaged_autosave_is_reported_and_removed(
    window: MainWindow, dialogs: FakeDialogs, autosave: Path
) -> None:
    autosave.parent.mkdir(parents=True, exist_ok=True)
    autosave.write_text('{"format": "lookalike-session", "groups": [', encoding="utf-8")
    assert not window.autosave.offer_resume()
    assert "cannot be resumed" in dialogs.informed[-1][0]
    assert not autosave.exists() and window.review is None


def test_without_an_autosave_path_nothing_is_written(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    photos: Photos,
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path, None)
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    window.autosave.write_now()
    assert not window.autosave.offer_resume()
    assert not default_autosave_path().exists()
    window.shutdown()


def test_a_data_folder_that_takes_no_autosave_is_said_once_and_closing_still_asks(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    photos: Photos,
    tmp_path: Path,
) -> None:
    """Hostile: a file stands where Lookalike's data folder should be, so no autosave can be written.
    The person, who counts on it, is told once, with the way to keep the marks and the system's
    words; marking goes on, and closing over the unsaved marks still asks."""
    (tmp_path / "data").write_text("a file where the data folder should be")
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path, tmp_path / "data" / AUTOSAVE_FILE)
    scan_and_wait(qtbot, window, photos.root)
    qtbot.waitUntil(lambda: bool(dialogs.informed))
    toggle_beach_copy(window, photos)
    window.autosave.write_now()
    window.autosave.finish()
    qtbot.wait(50)  # the second failure's answer reaches the window: it tells no one again

    ((title, text, details),) = dialogs.informed
    assert title == "Your review cannot be autosaved"
    assert "File ▸ Save review…" in text and str(tmp_path / "data") in details
    assert (tmp_path / "data").read_text() == "a file where the data folder should be"
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not window.close() and len(dialogs.asked_unsaved) == 1
    window.shutdown()


# ---- two windows at once --------------------------------------------------------------------------------


def hold_lock_in_another_process(lock: Path) -> subprocess.Popen[str]:
    """A window of another Lookalike process: it holds the lock on its autosave until it is killed."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
            "print(lock.tryLock(0), flush=True)\n"
            "time.sleep(120)\n",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    return holder


def test_a_second_window_neither_offers_nor_touches_the_review_of_a_window_still_open(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    decisions: DecisionStore,
    photos: Photos,
    autosave: Path,
    tmp_path: Path,
) -> None:
    """The person starts Lookalike twice. The second window is no crash recovery: it asks nothing about
    the first one's review, and its scan and its close leave the first one's autosave as it was, so a
    crash of the first window later still finds its marks."""
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)  # the first window's own mark: KEEP where DELETE was suggested
    window.autosave.write_now()
    window.autosave.finish()
    qtbot.waitUntil(lambda: autosaved_keep(autosave, photos.beach_copy) is True)
    written = autosave.read_text(encoding="utf-8")

    second_dialogs = FakeDialogs(answers=[False])
    second = open_window(qtbot, settings, second_dialogs, decisions, tmp_path, autosave)
    assert not second.autosave.offer_resume()
    assert second_dialogs.confirmed == [] and autosave.read_text(encoding="utf-8") == written
    scan_and_wait(qtbot, second, photos.root)  # a review of its own, the suggested marks
    second.autosave.finish()
    own = second.autosave.path
    assert own is not None and own != autosave
    qtbot.waitUntil(lambda: autosaved_keep(own, photos.beach_copy) is False)
    assert autosave.read_text(encoding="utf-8") == written
    assert second.close() and second_dialogs.asked_unsaved  # Discard
    assert autosave.read_text(encoding="utf-8") == written and window.session.unsaved

    crash(window)
    later = FakeDialogs(answers=[True])
    again = open_window(qtbot, settings, later, decisions, tmp_path, autosave)
    with qtbot.waitSignal(again.results_shown):
        assert again.autosave.offer_resume()
    assert len(later.confirmed) == 1 and again.review is not None
    assert again.review.marks()[photos.beach_copy] is True  # the first window's mark, not lost
    again.shutdown()


def test_a_window_of_another_process_keeps_its_autosave_until_it_crashes(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    decisions: DecisionStore,
    photos: Photos,
    autosave: Path,
    tmp_path: Path,
) -> None:
    """Another Lookalike process has a review autosaved and runs on: a window started meanwhile does not
    offer it, and neither its own autosave nor its clean close removes it. Once that process is killed,
    the next window offers it back."""
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    window.autosave.write_now()
    window.autosave.finish()
    qtbot.waitUntil(lambda: autosaved_keep(autosave, photos.beach_copy) is True)
    written = autosave.read_text(encoding="utf-8")
    assert window.close()  # its autosave gone: only the other process's copy below remains
    other = autosave.with_name("autosave-review-99999-abcd.json")
    other.write_text(written, encoding="utf-8")

    holder = hold_lock_in_another_process(Path(f"{other}.lock"))
    try:
        second_dialogs = FakeDialogs()
        second = open_window(qtbot, settings, second_dialogs, decisions, tmp_path, autosave)
        assert not second.autosave.offer_resume() and second_dialogs.confirmed == []
        scan_and_wait(qtbot, second, photos.root)
        second.autosave.finish()
        assert second.close()
        assert other.read_text(encoding="utf-8") == written
    finally:
        holder.kill()
        holder.wait()

    later = FakeDialogs(answers=[True])
    again = open_window(qtbot, settings, later, decisions, tmp_path, autosave)
    with qtbot.waitSignal(again.results_shown):
        assert again.autosave.offer_resume()
    assert again.review is not None and again.review.marks()[photos.beach_copy] is True
    assert again.autosave.path == other  # taken over: it autosaves there now
    assert again.close() and not other.exists()  # Discard: the person decided


def test_a_crashed_windows_review_is_offered_beside_one_still_open(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    decisions: DecisionStore,
    photos: Photos,
    autosave: Path,
    tmp_path: Path,
) -> None:
    """One window runs while another one's autosave was left by a crash: a new window offers the
    crashed review only, and declining it deletes that copy and nothing else."""
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    window.autosave.write_now()
    window.autosave.finish()
    qtbot.waitUntil(lambda: autosaved_keep(autosave, photos.beach_copy) is True)
    written = autosave.read_text(encoding="utf-8")
    crashed = autosave.with_name("autosave-review-99999-dead.json")  # no lock: its process is gone
    crashed.write_text(written, encoding="utf-8")

    later = FakeDialogs(answers=[False])
    again = open_window(qtbot, settings, later, decisions, tmp_path, autosave)
    assert not again.autosave.offer_resume()
    assert len(later.confirmed) == 1 and not crashed.exists()
    assert autosave.read_text(encoding="utf-8") == written
    again.shutdown()


# ---- Stop -----------------------------------------------------------------------------------------------


def test_stop_shows_the_groups_found_so_far_labelled_partial(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, autosave: Path, tmp_path: Path
) -> None:
    window.add_folders([write_small_photos(tmp_path / "many", 400)])
    reading: list[Progress] = []
    window.controller.scan_progressed.connect(
        lambda p: reading.append(p) if p.phase is Phase.FINGERPRINT and p.done >= 100 else None
    )
    assert window.start_scan()
    qtbot.waitUntil(lambda: bool(reading), timeout=SCAN_TIMEOUT_MS)
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.stop()
    review = window.review
    assert review is not None and review.result.cancelled
    assert review.groups and 0 < review.result.stats.images < review.result.stats.files
    assert window.group_model.rowCount() == len(review.groups) and window.tile_model.rowCount() >= 2
    banner = window.results.partial_banner
    assert banner.isVisible() and banner.text().startswith("Stopped after reading ")
    assert "this is a partial result" in banner.text()
    # The partial review is work like any other: autosaved (marked partial) and asked about on closing.
    qtbot.waitUntil(autosave.is_file)
    assert json.loads(autosave.read_text(encoding="utf-8"))["partial"] is True
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not window.close()
    # A whole scan afterwards (Discard the partial review when asked) has no banner.
    dialogs.unsaved_answers = [UnsavedChoice.DISCARD]
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    assert window.review is not None and not window.review.result.cancelled
    assert not banner.isVisible()


# ---- the demo -------------------------------------------------------------------------------------------


@pytest.fixture
def demo_window(qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path) -> Iterator[MainWindow]:
    """The window as `lookalike --demo` makes it, on its scratch folder."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    window = ui_app.make_window(tmp_path / "logs", dialogs, scratch=scratch)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()
    window.session.decisions.close()


def test_the_demo_trashes_into_its_own_folder_and_leaves_the_persons_files_alone(
    qtbot: QtBot, demo_window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path, tmp_path: Path
) -> None:
    person_autosave = default_autosave_path()
    person_autosave.parent.mkdir(parents=True, exist_ok=True)
    person_autosave.write_text("the person's own unsaved review", encoding="utf-8")
    scratch = tmp_path / "scratch"
    assert demo_window.autosave.path == scratch / AUTOSAVE_FILE
    assert not demo_window.autosave.offer_resume()  # the person's autosave is not the demo's

    scan_and_wait(qtbot, demo_window, photos.root)
    with qtbot.waitSignal(demo_window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert demo_window.trash_marked()
    assert ui_app.demo_trash_note() in dialogs.confirmed[0][2]
    moved = {o.path for o in done.args[0].done}
    assert moved == {photos.beach_copy, photos.beach_small, photos.city_copy}
    demo_trash = scratch / ui_app.DEMO_TRASH
    assert sorted(p.name for p in demo_trash.iterdir()) == sorted(p.name for p in moved)
    assert not any(path.exists() for path in moved)
    assert not trash.exists() or not any(trash.rglob("*.*"))  # the person's Trash got nothing
    assert (scratch / "actions.jsonl").is_file() and not default_journal_path().exists()
    summary = demo_window.results.summary_label.text()  # said after, as before: not the person's Trash
    assert (
        "demo's own trash folder, not in your Trash" in summary
        and "restore them from the Trash" not in summary
    )

    assert demo_window.close()
    assert person_autosave.read_text(encoding="utf-8") == "the person's own unsaved review"


def test_the_demo_trash_never_overwrites_a_file(tmp_path: Path) -> None:
    send = ui_app.demo_trasher(tmp_path / "Demo Trash")
    for index, folder in enumerate(("a", "b", "c")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "sunset.jpg").write_bytes(bytes([index]) * 10)
        send(str(tmp_path / folder / "sunset.jpg"))
        assert not (tmp_path / folder / "sunset.jpg").exists()
    kept = {p.name: p.read_bytes() for p in (tmp_path / "Demo Trash").iterdir()}
    assert kept == {"sunset.jpg": b"\0" * 10, "sunset (2).jpg": b"\1" * 10, "sunset (3).jpg": b"\2" * 10}


def test_a_persons_window_autosaves_in_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    window = ui_app.make_window(tmp_path / "logs", FakeDialogs())
    qtbot.addWidget(window)
    assert window.autosave.path == default_autosave_path()
    assert Path(os.environ["XDG_DATA_HOME"]) in default_autosave_path().parents  # the test's home
    window.shutdown()


@needs_posix
def test_a_fifo_in_place_of_an_autosave_lock_never_holds_the_start(tmp_path: Path) -> None:
    """QLockFile reads a lock file it finds to tell whether its window still runs: a FIFO put at
    `autosave-review.json.lock` held the window's start for good. A lock's name holding no regular
    file is not used: the window autosaves beside it, and an autosave so locked is not offered."""
    base = tmp_path / "data" / AUTOSAVE_FILE
    base.parent.mkdir()
    fifo = Path(f"{base}.lock")
    os.mkfifo(fifo)
    other = base.with_name(f"{base.stem}-1-ab{base.suffix}")
    other.write_text("{}", encoding="utf-8")
    os.mkfifo(f"{other}.lock")
    found: list[tuple[Path, QLockFile | None]] = []

    ends_without_waiting_on(fifo, lambda: found.append(own_autosave(base)), 10, "the start waited on a FIFO")

    ((path, lock),) = found
    assert path.parent == base.parent and path not in (base, other)
    assert lock is not None and lock.isLocked()
    assert lock_of(other) is None and fifo.is_fifo()
    lock.unlock()


@needs_posix
def test_a_link_in_place_of_an_autosave_lock_leaves_what_it_leads_to_as_it_is(tmp_path: Path) -> None:
    """A link at `autosave-review.json.lock` to a person's picture: QLockFile would read it, find no
    lock in it, and take it as stale; the lock is not used, the picture and the link stay as they were."""
    base = tmp_path / "data" / AUTOSAVE_FILE
    base.parent.mkdir()
    picture = tmp_path / "photo.jpg"
    photo(5, (64, 48)).save(picture)
    before = picture.read_bytes()
    link = Path(f"{base}.lock")
    link.symlink_to(picture)

    path, lock = own_autosave(base)

    assert path != base and lock is not None and lock.isLocked()
    assert link.is_symlink() and os.readlink(link) == str(picture) and picture.read_bytes() == before
    lock.unlock()
