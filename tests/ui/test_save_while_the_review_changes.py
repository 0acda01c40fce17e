"""File ▸ Save review… writes off the window's thread, and the window goes on meanwhile: a group ticked
"reviewed" once it was seen, a regrouping that ends, an autosave's tick, a mark switched, a close. A
change made while the save runs is not in the file written: the window must go on counting it as
unsaved work (closing asks, the autosave keeps it), never lose it because the save finished.

Each save is held at its write, on the thread that writes it, until the test lets it go; the real
writer then writes the file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from lookalike.core import report
from lookalike.samples import photo
from lookalike.ui.autosave import AUTOSAVE_DELAY_MS
from lookalike.ui.dialogs import UnsavedChoice
from lookalike.ui.review import Review, load_session
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE

HOLD_LIMIT_S = 20.0  # a save held longer than this is a test that went wrong: it fails, never hangs


class HeldSave:
    """Holds the save of the review to `path` at its write, until `released`; then writes it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
        self.path = path
        self.reached = threading.Event()  # the save is under way, its copy of the review taken
        self.released = threading.Event()
        write = report.write_atomically

        def held(target: Path, text: str) -> None:
            if target == self.path:
                self.reached.set()
                if not self.released.wait(HOLD_LIMIT_S):
                    raise RuntimeError("the test never let the save go on")
            write(target, text)

        monkeypatch.setattr(report, "write_atomically", held)


def meanwhile(held: HeldSave, *steps: Callable[[], object]) -> QTimer:
    """Once the save is held, on the window's thread (as its timers and workers' answers run while
    a save is written): each step in turn, each until it returns True (waited for); then the save
    goes on. Keep the timer returned until the save is done."""
    pending = list(steps)
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        if not held.reached.is_set():
            return
        while pending:
            if not pending[0]():
                return  # not yet: looked at again at the next tick
            pending.pop(0)
        timer.stop()
        held.released.set()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def done(action: Callable[[], object]) -> Callable[[], bool]:
    """A step that does `action` once."""

    def step() -> bool:
        action()
        return True

    return step


@pytest.fixture
def window(autosaved_window: MainWindow) -> MainWindow:
    """The window with its review autosaved in the test's folder."""
    return autosaved_window


@pytest.fixture
def saved(tmp_path: Path, dialogs: FakeDialogs) -> Path:
    """Where the person saves the review."""
    dialogs.save_path = tmp_path / "my review.json"
    return dialogs.save_path


def read_review(path: Path) -> Review | None:
    try:
        return load_session(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def keep_of(path: Path, picture: Path) -> bool | None:
    """The mark of `picture` in the review saved at `path`; None when there is none."""
    review = read_review(path)
    return review.marks().get(picture) if review is not None else None


def reviewed_in(path: Path, picture: Path) -> bool | None:
    """Whether the group holding `picture` is reviewed in the review saved at `path`."""
    review = read_review(path)
    if review is None:
        return None
    return next(group.reviewed for group in review.groups if picture in group.paths)


def groups_in(review: Review | None) -> set[frozenset[Path]]:
    assert review is not None
    return {group.paths for group in review.groups}


def toggle_beach_copy(window: MainWindow, photos: Photos) -> None:
    """Switch IMG_0001.jpg (a copy of beach.jpg, suggested DELETE) to KEEP, as a click on its badge does."""
    window.select_group(window.review.row_holding(photos.beach) if window.review else 0)
    row = window.tile_model.row_of(photos.beach_copy)
    assert row is not None
    window.tile_model.toggle(row)


def settled_autosave(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the autosave's write or removal under way, and those it calls for once done."""
    qtbot.waitUntil(lambda: not window.autosave._storing, timeout=5000)


def closing_asks_and_stays(window: MainWindow, dialogs: FakeDialogs) -> None:
    """Closing the window now asks Save…/Discard/Cancel; Cancel keeps it open."""
    asked = len(dialogs.asked_unsaved)
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not window.close()
    assert len(dialogs.asked_unsaved) == asked + 1 and window.isVisible()


# ---- a change while the save runs stays unsaved work -------------------------------------------------------


def test_a_mark_switched_while_saving_is_still_unsaved_work_once_the_save_ends(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, saved: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    assert window.review is not None and window.review.marks()[photos.beach_copy] is False
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        _timer = meanwhile(held, done(lambda: toggle_beach_copy(window, photos)))
        assert window.autosave.save_review()
    assert keep_of(saved, photos.beach_copy) is False  # the review as it was when the save began
    assert window.session.unsaved
    qtbot.waitUntil(lambda: keep_of(autosave, photos.beach_copy) is True, timeout=AUTOSAVE_DELAY_MS * 3)
    settled_autosave(qtbot, window)
    assert keep_of(autosave, photos.beach_copy) is True  # not removed as if the file held it
    closing_asks_and_stays(window, dialogs)


def test_a_group_ticked_reviewed_while_saving_is_still_unsaved_work_once_the_save_ends(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, saved: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    review = window.review
    assert review is not None
    city = review.groups[review.row_holding(photos.city)]
    assert not city.reviewed
    # The person looks at the city group and saves at once: the window ticks it "reviewed" once it has
    # been in sight for a moment, by its own timer, while the save is written.
    window.select_group(review.row_holding(photos.city))
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        _timer = meanwhile(held, lambda: city.reviewed)
        assert window.autosave.save_review()
    assert city.reviewed
    assert reviewed_in(saved, photos.city) is False
    assert window.session.unsaved
    qtbot.waitUntil(lambda: reviewed_in(autosave, photos.city) is True, timeout=AUTOSAVE_DELAY_MS * 3)
    settled_autosave(qtbot, window)
    assert reviewed_in(autosave, photos.city) is True
    closing_asks_and_stays(window, dialogs)


def test_a_regrouping_that_ends_while_saving_is_still_unsaved_work_once_the_save_ends(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, saved: Path
) -> None:
    brighter = photos.beach.with_name("beach brighter.jpg")
    photo(11, (400, 300)).point(lambda v: int(255 * (v / 255) ** 0.6)).save(brighter, quality=85)
    scan_and_wait(qtbot, window, photos.root)
    before = window.review
    assert before is not None and brighter in before.groups[before.row_holding(photos.beach)].paths
    # The person lets go of the results slider, then saves while the groups are made again.
    window.results.results_sensitivity.setValue(0)  # very strict: the brighter beach leaves its group
    assert window.controller.regrouping
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        _timer = meanwhile(held, lambda: window.review is not before)
        assert window.autosave.save_review()
    regrouped = window.review
    assert regrouped is not None
    assert brighter not in regrouped.groups[regrouped.row_holding(photos.beach)].paths
    assert groups_in(read_review(saved)) == groups_in(before)
    assert window.session.unsaved
    qtbot.waitUntil(lambda: groups_in(read_review(autosave)) == groups_in(regrouped), timeout=1000)
    settled_autosave(qtbot, window)
    assert groups_in(read_review(autosave)) == groups_in(regrouped)
    closing_asks_and_stays(window, dialogs)


# ---- an autosave's tick while the save runs -------------------------------------------------------------


def test_an_autosave_written_while_saving_keeps_a_change_made_meanwhile(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, saved: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    qtbot.waitUntil(lambda: keep_of(autosave, photos.beach_copy) is False)
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        # The mark switched meanwhile is autosaved a moment later, still while the save is written.
        _timer = meanwhile(
            held,
            done(lambda: toggle_beach_copy(window, photos)),
            lambda: keep_of(autosave, photos.beach_copy) is True,
        )
        assert window.autosave.save_review()
    assert keep_of(saved, photos.beach_copy) is False
    settled_autosave(qtbot, window)
    assert keep_of(autosave, photos.beach_copy) is True  # the save's end removed no autosave
    assert window.session.unsaved
    closing_asks_and_stays(window, dialogs)


# ---- closing while the save runs ------------------------------------------------------------------------


def test_closing_while_a_save_runs_waits_for_it_then_closes_without_asking(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, saved: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)  # its autosave's tick comes while the save runs
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        _timer = meanwhile(
            held,
            lambda: keep_of(autosave, photos.beach_copy) is True,
            done(window.close),  # the title bar's close button, pressed right after Save
        )
        assert window.autosave.save_review()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=1000)  # closed once saved...
    assert dialogs.asked_unsaved == []  # ...asking nothing: the file holds every mark
    assert keep_of(saved, photos.beach_copy) is True
    assert not autosave.exists()


def test_closing_while_a_save_runs_asks_once_saved_when_the_review_changed_meanwhile(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, saved: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    asked_while_saving: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        _timer = meanwhile(
            held,
            done(lambda: toggle_beach_copy(window, photos)),
            done(window.close),
            done(lambda: asked_while_saving.append(len(dialogs.asked_unsaved))),
        )
        assert window.autosave.save_review()
    assert asked_while_saving == [0]  # not asked over a save whose outcome is not known yet...
    qtbot.waitUntil(lambda: len(dialogs.asked_unsaved) == 1, timeout=1000)  # ...but once it is done
    assert window.isVisible() and window.session.unsaved
    assert keep_of(saved, photos.beach_copy) is False
    settled_autosave(qtbot, window)
    assert keep_of(autosave, photos.beach_copy) is True


@pytest.mark.parametrize(
    "leave",
    [
        pytest.param(lambda window: window.close(), id="closing"),
        pytest.param(lambda window: window.autosave.may_replace(), id="scanning-again"),
        pytest.param(lambda window: window.autosave.may_replace(by_opening=True), id="opening-another"),
    ],
)
def test_save_asked_before_leaving_asks_again_when_the_review_changed_while_saving(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: FakeDialogs,
    photos: Photos,
    autosave: Path,
    saved: Path,
    leave: Callable[[MainWindow], bool],
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    dialogs.unsaved_answers = [UnsavedChoice.SAVE, UnsavedChoice.CANCEL]
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, saved)
        _timer = meanwhile(held, done(lambda: toggle_beach_copy(window, photos)))
        assert not leave(window)  # asked again, and the person stays
    assert len(dialogs.asked_unsaved) == 2
    assert window.isVisible() and window.session.unsaved
    assert keep_of(saved, photos.beach_copy) is False
    settled_autosave(qtbot, window)
    assert keep_of(autosave, photos.beach_copy) is True


def test_closing_while_a_save_runs_that_then_fails_asks_once_it_failed(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, autosave: Path, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    toggle_beach_copy(window, photos)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.save_path = stick / "review.json"
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    asked_while_saving: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        held = HeldSave(patch, dialogs.save_path)
        # Closed right after Save, then the stick is pulled out before the file is written.
        _timer = meanwhile(
            held,
            done(window.close),
            done(lambda: asked_while_saving.append(len(dialogs.asked_unsaved))),
            done(stick.rmdir),
        )
        assert not window.autosave.save_review()
    assert dialogs.informed[-1][0] == "Cannot save"
    assert asked_while_saving == [0]
    qtbot.waitUntil(lambda: len(dialogs.asked_unsaved) == 1, timeout=1000)  # asked once it failed
    assert window.isVisible() and window.session.unsaved
    settled_autosave(qtbot, window)
    assert keep_of(autosave, photos.beach_copy) is True
