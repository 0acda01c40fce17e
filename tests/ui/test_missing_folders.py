"""Folders on the start page that are not there: renamed, moved, deleted, or on a drive unplugged.

They stay listed, marked as not found (a reference folder keeps its tick, and works again once it is
back). Scan leaves out a folder to scan that is not there, with a word; it asks first when a reference
folder is not there, since its pictures are not protected then: renamed inside another folder listed,
they were scanned like the others and marked DELETE, while the person believed them kept.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.samples import photo
from lookalike.ui.colours import AA_TEXT, contrast
from lookalike.ui.settings import FolderChoice, Preferences, SettingsStore
from lookalike.ui.window import RESULTS_PAGE, START_PAGE, MainWindow
from tests.safety.conftest import needs_byte_names

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, add_folders, make_window, press_scan

pytestmark = OFFSCREEN_NOISE

NOT_PROTECTED = "reference folder not found: its pictures are not protected"


@dataclass(frozen=True)
class Pictures:
    """A Pictures folder with a reference folder inside it, and a copy of its picture elsewhere."""

    top: Path
    originals: Path  # the reference folder
    original: Path  # in Downloads: the oldest copy, without a copy marker
    kept_copy: Path  # in the reference folder: newer, "(1)" in its name; only the tick keeps it

    def rename_originals(self) -> Path:
        """Rename the reference folder, as a person does in the file manager; returns its new name."""
        renamed = self.originals.with_name("Originals 2019")
        self.originals.rename(renamed)
        return renamed


@pytest.fixture
def pictures(tmp_path: Path) -> Pictures:
    top = tmp_path / "Pictures"
    original, kept_copy = top / "Downloads" / "IMG_0001.jpg", top / "Originals" / "IMG_0001 (1).jpg"
    for path in (original, kept_copy):
        path.parent.mkdir(parents=True)
    photo(7, (320, 240)).save(original, quality=90)
    shutil.copyfile(original, kept_copy)
    for age, path in enumerate((original, kept_copy)):
        stamp = 1_700_000_000 * 10**9 + age * 10**9
        os.utime(path, ns=(stamp, stamp))
    return Pictures(top, top / "Originals", original, kept_copy)


def remembered_window(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    folders: tuple[FolderChoice, ...],
) -> MainWindow:
    """A window started with `folders` listed last time (in its settings), once they have answered
    (listed at once, they are looked for off the window's thread)."""
    SettingsStore(settings).save(Preferences(folders=folders))
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    qtbot.waitUntil(window.start.looks_settled, timeout=5000)
    return window


def item_text(window: MainWindow, folder: Path) -> str:
    row = window.start.folders().index(folder)
    return window.start.folder_list.item(row).text()


def scan(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()


def deletions(window: MainWindow) -> set[Path]:
    review = window.review
    assert review is not None
    return {planned.path for planned in review.plan().deletions}


def test_a_remembered_reference_folder_not_there_stays_listed_and_scan_asks_first(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    pictures: Pictures,
) -> None:
    listed = (FolderChoice(pictures.top), FolderChoice(pictures.originals, reference=True))
    pictures.rename_originals()  # between two sessions
    window = remembered_window(qtbot, settings, dialogs, decisions, tmp_path, listed)
    try:
        start = window.start
        assert start.folder_choices() == listed  # the tick is kept
        assert NOT_PROTECTED in item_text(window, pictures.originals)
        assert "not found" not in item_text(window, pictures.top)
        # Drawn quieter than the folders that are there, and still readable.
        view = start.folder_list
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, view.model().index(1, 0))
        shown, text = (
            option.palette.color(QPalette.ColorRole.Text),
            view.palette().color(QPalette.ColorRole.Text),
        )
        assert shown != text and contrast(shown, view.palette().color(QPalette.ColorRole.Base)) >= AA_TEXT

        dialogs.answers = [False]  # Cancel
        assert not press_scan(qtbot, window)
        (title, text, details), *more = dialogs.confirmed
        assert not more and title == "Reference folder not found"
        assert f"“{pictures.originals}” is not there" in text and "not protected" in text
        assert details.startswith("Scan anyway?")
        assert not window.controller.busy and window.review is None
        assert window.pages.currentIndex() == START_PAGE

        # Remembered as listed: a change of options saves it with its tick; a new window lists it again.
        start.sensitivity.setValue(start.sensitivity.value() + 1)
        assert SettingsStore(settings).load().folders == listed

        (pictures.top / "Originals 2019").rename(pictures.originals)  # the drive is back
        scan(qtbot, window)
        assert len(dialogs.confirmed) == 1  # nothing to ask
        assert "not found" not in item_text(window, pictures.originals)
        assert deletions(window) == {pictures.original}  # the reference folder's copy is kept
    finally:
        window.shutdown()


def test_a_reference_folder_renamed_after_being_listed_is_asked_about_when_scan_is_pressed(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, pictures: Pictures
) -> None:
    add_folders(qtbot, window, [pictures.top])
    add_folders(qtbot, window, [pictures.originals], reference=True)
    assert item_text(window, pictures.originals).endswith("reference: always kept")
    renamed = pictures.rename_originals()

    dialogs.answers = [False]
    assert not press_scan(qtbot, window)
    assert len(dialogs.confirmed) == 1 and window.review is None and not window.controller.busy
    assert NOT_PROTECTED in item_text(window, pictures.originals)  # the list says so now, too
    assert window.start.reference_folders() == [pictures.originals]

    dialogs.answers = [True]  # Scan anyway
    scan(qtbot, window)
    review = window.review
    assert review is not None and review.result.errors == ()  # no "1 file could not be read…"
    summary = window.results.summary_label.text()
    assert (
        f"The reference folder “{pictures.originals}” was not there: its pictures were not protected."
        in summary
    )
    # What the question warned of: the copy now in "Originals 2019" is scanned like the others.
    assert deletions(window) == {renamed / pictures.kept_copy.name}


@pytest.mark.parametrize("listed_by", ["this session", "last time"])
def test_a_folder_to_scan_that_is_not_there_is_left_out_with_a_word(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    pictures: Pictures,
    listed_by: str,
) -> None:
    phone = tmp_path / "Phone"
    phone.mkdir()
    shutil.copyfile(pictures.original, phone / "IMG_0001.jpg")
    listed = (FolderChoice(pictures.top / "Downloads"), FolderChoice(phone), FolderChoice(pictures.originals))
    if listed_by == "last time":
        shutil.rmtree(phone)
        window = remembered_window(qtbot, settings, dialogs, decisions, tmp_path, listed)
        assert item_text(window, phone).endswith("   — not found")
    else:
        window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
        add_folders(qtbot, window, [choice.path for choice in listed])
        shutil.rmtree(phone)
    try:
        scan(qtbot, window)
        assert dialogs.confirmed == [] and dialogs.informed == []  # not asked: nothing to protect in it
        review = window.review
        assert review is not None
        assert review.result.roots == (pictures.top / "Downloads", pictures.originals)
        assert review.result.errors == ()
        assert {m.path for g in review.groups for m in g.members} == {pictures.original, pictures.kept_copy}
        assert (
            f"The folder “{phone}” was not there and was not scanned." in window.results.summary_label.text()
        )
        assert window.start.folders() == [choice.path for choice in listed]  # still listed
        assert item_text(window, phone).endswith("   — not found")
    finally:
        window.shutdown()


def test_remove_takes_a_folder_not_there_off_the_list_and_a_folder_back_is_found_again(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    pictures: Pictures,
) -> None:
    gone = tmp_path / "USB disk" / "Photos"
    listed = (
        FolderChoice(pictures.top),
        FolderChoice(gone),
        FolderChoice(pictures.originals, reference=True),
    )
    pictures.rename_originals()
    window = remembered_window(qtbot, settings, dialogs, decisions, tmp_path, listed)
    try:
        start = window.start
        start.folder_list.item(1).setSelected(True)
        start.remove_selected_folders()
        assert start.folder_choices() == (listed[0], listed[2])
        assert SettingsStore(settings).load().folders == (listed[0], listed[2])

        (pictures.top / "Originals 2019").rename(pictures.originals)
        window.pages.setCurrentIndex(RESULTS_PAGE)
        window.pages.setCurrentIndex(START_PAGE)  # back on the start page: looked for again
        qtbot.waitUntil(lambda: item_text(window, pictures.originals).endswith("reference: always kept"))
        assert start.folder_list.item(1).checkState() == Qt.CheckState.Checked
    finally:
        window.shutdown()


def test_nothing_is_scanned_when_no_folder_listed_is_there(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    gone = tmp_path / "USB disk" / "Photos"
    window = remembered_window(qtbot, settings, dialogs, decisions, tmp_path, (FolderChoice(gone, True),))
    try:
        assert not press_scan(qtbot, window)
        assert dialogs.confirmed == []
        (title, text, _), *more = dialogs.informed
        assert not more and title == "Nothing to scan" and f"“{gone}” is not there now" in text
        assert not window.controller.busy and window.review is None
    finally:
        window.shutdown()


@needs_byte_names
def test_a_reference_folder_named_in_bytes_not_there_keeps_its_name_and_tick(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    archive = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"Archiv\xe9")))
    listed = (FolderChoice(tmp_path / "Pictures"), FolderChoice(archive, reference=True))
    (tmp_path / "Pictures").mkdir()
    (tmp_path / "Archiv").mkdir()  # the name Qt's text would make of it: not the folder listed
    window = remembered_window(qtbot, settings, dialogs, decisions, tmp_path, listed)
    try:
        assert window.start.folder_choices() == listed
        assert NOT_PROTECTED in item_text(window, archive) and "Archiv⟦0xE9⟧" in item_text(window, archive)
        dialogs.answers = [False]
        assert not press_scan(qtbot, window)
        assert "“" + str(tmp_path) + "/Archiv⟦0xE9⟧” is not there" in dialogs.confirmed[0][1]
        window.start.sensitivity.setValue(0)  # saved again
        assert SettingsStore(settings).load().folders == listed
    finally:
        window.shutdown()


def test_the_folders_are_looked_for_when_the_window_comes_back_only_while_the_start_page_shows(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    pictures: Pictures,
) -> None:
    """While a review shows, switching back to the window looks at no folder (what it would find is
    shown nowhere); on the start page it does, and a drive plugged back in shows so."""
    listed = (FolderChoice(pictures.top), FolderChoice(pictures.originals, reference=True))
    pictures.rename_originals()
    window = remembered_window(qtbot, settings, dialogs, decisions, tmp_path, listed)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    try:
        assert "not found" in item_text(window, pictures.originals)
        (pictures.top / "Originals 2019").rename(pictures.originals)  # back
        window.pages.setCurrentIndex(RESULTS_PAGE)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        qtbot.waitUntil(window.start.looks_settled)  # any look asked for has answered
        assert "not found" in item_text(window, pictures.originals)  # not looked for meanwhile
        window.pages.setCurrentIndex(START_PAGE)
        qtbot.waitUntil(lambda: item_text(window, pictures.originals).endswith("reference: always kept"))
        shutil.move(pictures.originals, pictures.top / "Originals 2019")  # gone again
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        qtbot.waitUntil(lambda: "not found" in item_text(window, pictures.originals))  # the page shows
    finally:
        window.shutdown()
