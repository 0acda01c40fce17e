"""The compare view says what the grid says of a copy marked DELETE that acting leaves where it is,
its copy kept gone or changed since the scan (Held.NO_KEEPER): its badge greyed with "NOT MOVED"
beside it, and "The copy you keep is gone" in place of how it matched. It said the copy was going to
the Trash with the others, "DELETE" in red and how it matched, while its tile said NOT MOVED.

While it is open it follows the grid: the copy kept back as scanned, the copy marked DELETE moves
again, and the view shows the copy kept again, no longer "gone"; another copy marked KEEP in the
view moves the others again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from lookalike.ui import models
from lookalike.ui.compare import CompareView
from lookalike.ui.delegates import DELETE_COLOUR, HELD_BADGE
from lookalike.ui.image_pane import ImagePane
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait
from .test_compare_marks import LOAD_MS, compare_on, grid_key
from .test_keeper_gone_shown import badge, looked_at, show_beach, wait_for_notice

pytestmark = OFFSCREEN_NOISE

NOT_MOVED_TIP = (
    "Marked DELETE, it is not moved: every copy marked KEEP in this group changed or went away since "
    "the scan. Mark another copy KEEP, or scan again."
)


@pytest.fixture
def looking_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "LOOK_AGAIN_AFTER", 0.0)  # as if a second had passed at each paint


def badge_colour(pane: ImagePane) -> QColor:
    """The colour the pane's KEEP/DELETE badge is painted in, as seen on screen (beside its word)."""
    badge = pane._badge_rect()
    shown = pane.viewport().grab().toImage()
    return shown.pixelColor(round(badge.left() + 6), round(badge.center().y()))


def says_not_moved(view: CompareView) -> bool:
    """Whether B's caption and badge say it is not moved, as its tile does."""
    label = view.label_b.text()
    said = "B · DELETE · NOT MOVED" in label and "The copy you keep is gone" in label
    shown = badge_colour(view.pane_b) == HELD_BADGE and view.pane_b.note == "NOT MOVED"
    assert said == shown, (label, badge_colour(view.pane_b).name(), view.pane_b.note)
    return said


def test_the_compare_view_says_a_copy_whose_kept_copy_is_gone_is_not_moved_and_follows_the_grid(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path, looking_again: None
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    show_beach(qtbot, window, photos)
    elsewhere = tmp_path / "beach.jpg"
    photos.beach.rename(elsewhere)  # the copy kept, moved away
    wait_for_notice(qtbot, window, shown=True)
    assert badge(window, photos.beach_small) == "NOT MOVED"

    view = compare_on(qtbot, window, photos, photos.beach_small)
    assert view.pane_b.mark is False  # still marked DELETE, as on its tile
    assert "B · DELETE · NOT MOVED" in view.label_b.text()
    assert says_not_moved(view)
    label_b = view.label_b.text()
    assert "\u26a0 The copy you keep is gone" in label_b and "Similar to the reference" not in label_b
    assert NOT_MOVED_TIP in view.label_b.toolTip()
    assert "No longer there: moved or deleted since the scan" in view.label_a.text()
    assert view.pane_a.mark is True and view.pane_a.note == ""  # A is kept
    view.next_b()  # the exact copy, marked DELETE too
    assert view.path_b == photos.beach_copy and says_not_moved(view)
    view.previous_b()

    elsewhere.rename(photos.beach)  # back as it was scanned, while the view is open
    qtbot.waitUntil(lambda: (looked_at(qtbot, window), not says_not_moved(view))[1], timeout=LOAD_MS)
    assert badge_colour(view.pane_b) == DELETE_COLOUR and view.pane_b.mark is False
    assert view.pane_b.note == ""
    assert "B · DELETE" in view.label_b.text() and "Similar to the reference" in view.label_b.text()
    assert badge(window, photos.beach_small) == "SIMILAR"
    # The copy kept, read again: shown, and no longer said to be gone.
    qtbot.waitUntil(lambda: view.pane_a.has_image, timeout=LOAD_MS)
    assert "No longer there" not in view.label_a.text()
    assert "The reference: the others were compared with it" in view.label_a.text()

    photos.beach.rename(elsewhere)  # gone again
    qtbot.waitUntil(lambda: (looked_at(qtbot, window), says_not_moved(view))[1], timeout=LOAD_MS)
    qtbot.waitUntil(lambda: "No longer there" in view.label_a.text(), timeout=LOAD_MS)

    qtbot.keyClick(view, grid_key())  # B marked KEEP in the view: the exact copy moves again
    assert view.pane_b.mark is True and "NOT MOVED" not in view.label_b.text()
    view.next_b()
    assert view.path_b == photos.beach_copy
    assert not says_not_moved(view) and view.pane_b.mark is False
    assert badge(window, photos.beach_copy) == "EXACT COPY"
    view.done(0)


def test_a_copy_held_back_as_it_changed_itself_wears_a_grey_badge_in_the_compare_view(
    qtbot: QtBot, window: MainWindow, photos: Photos, looking_again: None
) -> None:
    """A copy marked DELETE that changed since the scan is not moved either: its badge is greyed, as
    its tile's, and its caption says it changed (not NOT MOVED: the copy kept is there)."""
    scan_and_wait(qtbot, window, photos.root)
    show_beach(qtbot, window, photos)
    with photos.beach_small.open("ab") as picture:
        picture.write(b"\0" * 16)
    qtbot.waitUntil(
        lambda: (looked_at(qtbot, window), badge(window, photos.beach_small) == "CHANGED")[1], timeout=LOAD_MS
    )
    view = compare_on(qtbot, window, photos, photos.beach_small)
    assert view.pane_b.mark is False and badge_colour(view.pane_b) == HELD_BADGE != DELETE_COLOUR
    assert view.pane_b.note == ""
    assert "Changed since the scan" in view.label_b.text() and "NOT MOVED" not in view.label_b.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
