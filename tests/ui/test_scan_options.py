"""The start page's scan options (patterns to leave out, smallest size, hidden files, subfolders, links):
chosen in Options…, used by the scan, remembered between sessions; and a new scan asks before it
replaces a review with unsaved marks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import ScanResult, ScanStats
from lookalike.ui.dialogs import UnsavedChoice
from lookalike.ui.review import load_session
from lookalike.ui.scan_options import ScanOptionsDialog, choices_summary, patterns_from_text
from lookalike.ui.settings import FileChoices, Preferences, SettingsStore
from lookalike.ui.window import RESULTS_PAGE, MainWindow

from .conftest import (
    OFFSCREEN_NOISE,
    SCAN_TIMEOUT_MS,
    FakeDialogs,
    Photos,
    make_window,
    press_scan,
    scan_and_wait,
)

pytestmark = OFFSCREEN_NOISE


def grouped_names(window: MainWindow) -> list[set[str]]:
    assert window.review is not None
    return [{member.path.name for member in group.members} for group in window.review.groups]


def open_options(qtbot: QtBot, window: MainWindow) -> ScanOptionsDialog:
    """Click Options… on the start page; the dialog it opens (window-modal, without blocking)."""
    qtbot.mouseClick(window.start.options_button, Qt.MouseButton.LeftButton)
    dialog = window.start.findChild(ScanOptionsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


# ---- the options, through the window ------------------------------------------------------------------


def test_an_excluded_duplicate_is_not_grouped_and_the_options_survive_a_restart(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    photos: Photos,
    tmp_path: Path,
) -> None:
    usual = "all pictures in the folders listed and their subfolders"
    assert window.start.options_summary.plain_text() == usual
    dialog = open_options(qtbot, window)
    dialog.exclude_edit.setPlainText("img_*.JPG\n\n  Thumbs/  \nimg_*.JPG")  # any case; blanks and twins go
    dialog.min_size_spin.setValue(1)
    dialog.hidden_check.setChecked(True)
    dialog.ok_button.click()
    chosen = FileChoices(exclude=("img_*.JPG", "Thumbs/"), min_size_kb=1, include_hidden=True)
    assert window.start.file_choices() == chosen
    summary = window.start.options_summary.plain_text()
    assert "leaving out img_*.JPG, Thumbs/" in summary and "under 1 kB" in summary and "hidden" in summary
    options = window.start.scan_options()
    assert (options.exclude, options.min_size, options.include_hidden) == (chosen.exclude, 1000, True)

    scan_and_wait(qtbot, window, photos.root)
    groups = grouped_names(window)
    assert {"beach.jpg", "beach-small.jpg"} in groups  # IMG_0001.jpg, beach.jpg's exact copy, was left out
    assert {"city.png", "city copy.png"} in groups and len(groups) == 2
    assert "Left out by your patterns (Options… on the start page): 1 picture." in (
        window.results.summary_label.text()
    )

    window.close()
    again = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    try:
        assert again.start.file_choices() == chosen
        assert again.start.options_summary.plain_text() == summary
        assert again.start.scan_options().exclude == chosen.exclude
        dialog = open_options(qtbot, again)
        assert dialog.exclude_edit.toPlainText() == "img_*.JPG\nThumbs/" and dialog.hidden_check.isChecked()
        dialog.defaults_button.click()
        dialog.reject()  # Cancel: nothing changes
        assert again.start.file_choices() == chosen
    finally:
        again.shutdown()


def test_subfolders_and_links_options_reach_the_scan(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    dialog = open_options(qtbot, window)
    assert dialog.recursive_check.isChecked() and not dialog.links_check.isChecked()
    dialog.recursive_check.setChecked(False)
    dialog.links_check.setChecked(True)
    dialog.ok_button.click()
    options = window.start.scan_options()
    assert (options.recursive, options.follow_links) == (False, True)
    assert "not looking in subfolders" in window.start.options_summary.plain_text()
    scan_and_wait(qtbot, window, photos.root)  # the pictures are all in subfolders
    assert window.review is not None and window.review.result.stats.files == 0


def test_the_options_are_disabled_while_scanning(window: MainWindow) -> None:
    window.start.set_busy(True, has_review=False)
    assert not window.start.options_button.isEnabled()
    window.start.set_busy(False, has_review=False)
    assert window.start.options_button.isEnabled()


# ---- the options, saved -----------------------------------------------------------------------------


def test_file_choices_round_trip_and_old_or_damaged_settings_load(tmp_path: Path) -> None:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen = Preferences(
        files=FileChoices(
            ("*.tmp", "**/cache/**"), 50, include_hidden=True, recursive=False, follow_links=True
        )
    )
    SettingsStore(qsettings).save(chosen)
    assert SettingsStore(qsettings).load() == chosen
    # Saved before these options existed: each is its default, and the rest loads as it was.
    qsettings.setValue("options", '{"version": 2, "mode": "exact", "sensitivity": 3, "rotations": false}')
    old = SettingsStore(qsettings).load()
    assert old.files == FileChoices() and (old.sensitivity, old.rotations) == (3, False)
    qsettings.setValue(
        "options",
        '{"exclude": "*.tmp", "min_size_kb": -5, "include_hidden": "yes", "recursive": 0,'
        ' "follow_links": null}',
    )
    assert SettingsStore(qsettings).load().files == FileChoices()
    qsettings.setValue("options", '{"exclude": ["*.tmp", 7, "  ", "Thumbs/"], "min_size_kb": true}')
    assert SettingsStore(qsettings).load().files == FileChoices(exclude=("*.tmp", "Thumbs/"))


def test_the_patterns_and_the_summary_words() -> None:
    assert patterns_from_text(" *.tmp \n\n*.TMP\n*.tmp\r\nThumbs/") == ("*.tmp", "*.TMP", "Thumbs/")
    assert choices_summary(FileChoices()) == ""
    assert choices_summary(FileChoices(min_size_kb=20, follow_links=True)) == (
        "skipping files under 20 kB; following links"
    )


# ---- a new scan over unsaved work -------------------------------------------------------------------


def switch_a_mark(window: MainWindow, photos: Photos) -> None:
    window.select_group(0)
    row = window.tile_model.row_of(photos.beach_copy)
    if row is None:
        window.select_group(1)
        row = window.tile_model.row_of(photos.beach_copy)
    assert row is not None
    window.tile_model.toggle(row)


def test_a_new_scan_asks_before_it_replaces_unsaved_marks(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    switch_a_mark(window, photos)
    review = window.review
    assert review is not None and review.marks()[photos.beach_copy] is True

    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    assert not press_scan(qtbot, window)
    assert not window.controller.busy and window.review is review  # nothing replaced, marks kept
    title, text, details = dialogs.asked_unsaved[-1]
    assert "before scanning again" in title and "loses them" in text and "Open review" in details
    assert window.pages.currentIndex() == RESULTS_PAGE  # the review stays on screen

    dialogs.unsaved_answers, dialogs.save_path = [UnsavedChoice.SAVE], None  # the file dialog closed
    assert not press_scan(qtbot, window) and window.review is review

    dialogs.unsaved_answers, dialogs.save_path = [UnsavedChoice.SAVE], tmp_path / "review.json"
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    assert load_session(dialogs.save_path.read_text(encoding="utf-8")).marks()[photos.beach_copy] is True
    assert window.review is not review
    assert len(dialogs.asked_unsaved) == 3


def test_a_saved_review_is_replaced_without_a_question_and_discard_scans(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    dialogs.save_path = tmp_path / "review.json"
    window.commands.actions["save_review"].trigger()
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    assert dialogs.asked_unsaved == []

    switch_a_mark(window, photos)
    dialogs.unsaved_answers = [UnsavedChoice.DISCARD]
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()
    assert len(dialogs.asked_unsaved) == 1
    assert window.review is not None and window.review.marks()[photos.beach_copy] is False  # suggested again


# ---- a stopped scan's banner ------------------------------------------------------------------------


def test_the_partial_banner_says_how_far_the_scan_got(window: MainWindow) -> None:
    def stopped(files: int, images: int) -> ScanResult:
        return ScanResult((), window.start.scan_options(), (), (), ScanStats(files, images), cancelled=True)

    page, before = window.results, QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert page.partial_words(stopped(10_000, 4_210)).startswith(
            "Stopped after reading 4,210 of the 10,000 pictures found: this is a partial result."
        )
    finally:
        QLocale.setDefault(before)
    assert page.partial_words(stopped(12, 12)).startswith("Stopped while comparing the pictures")
