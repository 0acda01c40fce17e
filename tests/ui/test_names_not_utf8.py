"""Folders and files whose names are not valid UTF-8, in the real window.

Python keeps such a name's odd bytes as lone surrogates (surrogateescape); Qt's text (QString) drops
them. So nothing the window acts on may go through Qt's text and back: a reference folder
"Archiv\\xe9" read back as "Archiv" protected nothing, and "photos\\xe9" was scanned as "photos".
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes, urlsplit

import pytest
from PySide6 import QtDBus
from PySide6.QtCore import QMimeData, QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.samples import photo
from lookalike.ui.compare import CompareView
from lookalike.ui.dialogs import QtDialogs
from lookalike.ui.on_disk import found_now
from lookalike.ui.settings import FolderChoice, Preferences, SettingsStore
from lookalike.ui.start_page import StartPage
from lookalike.ui.thumbnails import ThumbnailLoader
from lookalike.ui.window import MainWindow
from tests.safety.conftest import needs_byte_names, trashed

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, make_window, scan_and_wait

pytestmark = [OFFSCREEN_NOISE, needs_byte_names]


def byte_path(folder: Path, *names: bytes) -> Path:
    """`folder`/`names`, where the names are the bytes a file system holds (not UTF-8, often)."""
    return Path(os.fsdecode(os.path.join(os.fsencode(folder), *names)))


def copies(folder: Path, seed: int, *names: str) -> list[Path]:
    """Byte-identical copies of one generated picture, the first one the oldest."""
    paths = [folder / name for name in names]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    photo(seed, (320, 240)).save(paths[0], quality=90)
    stamp = 1_700_000_000 * 10**9
    for age, path in enumerate(paths):
        if age:
            shutil.copyfile(paths[0], path)
        os.utime(path, ns=(stamp + age * 10**9,) * 2)
    return paths


def listed_window(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    listed_by: str,
    folders: list[FolderChoice],
) -> MainWindow:
    """A window with `folders` on its start page, put there as `lookalike FOLDER...` does (the window
    adds them) or as the settings saved last time do (the window reads them as it starts)."""
    if listed_by == "saved settings":
        SettingsStore(settings).save(Preferences(folders=tuple(folders)))
    window = make_window(qtbot, settings, dialogs, decisions, tmp_path)
    if listed_by == "command line":
        for choice in folders:
            window.add_folders([choice.path], reference=choice.reference)
    return window


def scan(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        assert window.start_scan()


@pytest.mark.parametrize("listed_by", ["command line", "saved settings"])
def test_a_reference_folder_named_in_bytes_keeps_its_pictures(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    trash: Path,
    listed_by: str,
) -> None:
    pictures = tmp_path / "pics"
    archive = byte_path(pictures, b"Archiv\xe9")  # the reference folder: its pictures are always kept
    original, kept_copy = copies(
        pictures, 3, "Downloads/IMG_0001.jpg", os.fsdecode(b"Archiv\xe9/IMG_0001 (1).jpg")
    )
    assert kept_copy.parent == archive  # the newer copy, with a copy marker: every other rule says DELETE
    (tmp_path / "pics" / "Archiv").mkdir()  # the name Qt's text would have made of it
    window = listed_window(
        qtbot,
        settings,
        dialogs,
        decisions,
        tmp_path,
        listed_by,
        [FolderChoice(pictures), FolderChoice(archive, reference=True)],
    )
    try:
        scan(qtbot, window)
        with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
            assert window.trash_marked()
        assert kept_copy.is_file()
        assert trashed(trash) == ["IMG_0001.jpg"]
        assert [o.path for o in done.args[0].done] == [original]
        assert window.start.folders() == [pictures, archive]
        assert window.start.reference_folders() == [archive]
        assert window.start.scan_options().reference_roots == (archive,)
    finally:
        window.shutdown()


@pytest.mark.parametrize("listed_by", ["command line", "saved settings"])
def test_a_folder_named_in_bytes_is_the_folder_scanned(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
    listed_by: str,
) -> None:
    chosen = byte_path(tmp_path, b"photos\xe9")
    copies(chosen, 1, "a.jpg", "b.jpg")
    copies(tmp_path / "photos", 2, "a.jpg", "b.jpg")  # what Qt's text makes of the name: another folder
    window = listed_window(qtbot, settings, dialogs, decisions, tmp_path, listed_by, [FolderChoice(chosen)])
    try:
        scan(qtbot, window)
        review = window.review
        assert review is not None
        assert {m.path for g in review.groups for m in g.members} == {chosen / "a.jpg", chosen / "b.jpg"}
        assert review.result.roots == (chosen,)
        assert window.start.folders() == [chosen]
        assert window.preferences.recent[0] == chosen
        SettingsStore(settings).save(window.preferences)
        assert SettingsStore(settings).load().recent[0] == chosen  # saved as JSON escapes, read back whole
    finally:
        window.shutdown()


def test_a_dropped_folder_named_in_bytes_is_that_folder(qtbot: QtBot, tmp_path: Path) -> None:
    folder = byte_path(tmp_path, b"photos\xe9")
    picture = copies(folder, 1, "a.jpg")[0]
    (tmp_path / "photos\ufffd").mkdir()  # what Qt's own QUrl.toLocalFile makes of it
    mime = QMimeData()
    # What a file manager puts in a drag: the URL of each file, its bytes percent-encoded.
    mime.setData("text/uri-list", b"file://" + quote(os.fsencode(folder)).encode() + b"\r\n")
    assert StartPage.dropped_paths(mime) == [folder]
    mime.setData("text/uri-list", b"file://" + quote(os.fsencode(picture)).encode() + b"\r\n")
    assert StartPage.dropped_paths(mime) == [picture]
    page = StartPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.folders_added) as added:
        page.add_dropped(StartPage.dropped_paths(mime))
    assert added.args == [[folder]] and page.folders() == [folder]  # a file stands for its folder


def two_files_a_byte_apart(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> list[Path]:
    """A group of two copies named b"\\xff.jpg" and b"\\xfe.jpg": Qt's text makes both ".jpg"."""
    pictures = tmp_path / "pics"
    paths = copies(pictures, 1, os.fsdecode(b"\xff.jpg"), os.fsdecode(b"\xfe.jpg"))
    scan_and_wait(qtbot, window, pictures)
    window.select_group(0)
    return paths


def test_two_names_a_byte_apart_look_different(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first, second = two_files_a_byte_apart(qtbot, window, tmp_path)
    model = window.tile_model
    assert [model.member(row).path for row in range(2)] == [first, second]  # type: ignore[union-attr]
    assert [model.index(row, 0).data() for row in range(2)] == ["⟦0xFF⟧.jpg", "⟦0xFE⟧.jpg"]
    tips = [model.index(row, 0).data(3).splitlines()[0] for row in range(2)]
    assert tips == [f"{tmp_path / 'pics'}/⟦0xFF⟧.jpg", f"{tmp_path / 'pics'}/⟦0xFE⟧.jpg"]
    assert window.group_model.index(0, 0).data() == "⟦0xFF⟧.jpg"


def test_open_show_in_folder_and_copy_path_name_the_very_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = two_files_a_byte_apart(qtbot, window, tmp_path)
    exact = b"file://" + quote(os.fsencode(first)).encode()  # "file:///.../pics/%FF.jpg"

    def named_file(url: str) -> bytes:
        return unquote_to_bytes(urlsplit(url).path)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    real = QtDialogs(window)
    real.open_path(first)
    assert [bytes(url.toEncoded().data()) for url in opened] == [exact]

    # Show in folder asks the file manager over D-Bus for the file's URL; here nobody answers, so the
    # folder is opened instead.
    asked: list[list[object]] = []

    class Bus:
        def isConnected(self) -> bool:
            return True

        def asyncCall(self, message: QtDBus.QDBusMessage, timeout: int) -> QtDBus.QDBusPendingCall:
            asked.append(message.arguments())
            return QtDBus.QDBusPendingCall.fromError(message.createErrorReply("org.example.None", "no"))

    monkeypatch.setattr(QtDBus.QDBusConnection, "sessionBus", staticmethod(Bus))
    monkeypatch.setattr("lookalike.ui.dialogs.sys.platform", "linux")
    real.show_in_folder(first)
    assert len(asked) == 1 and [named_file(url) for url in asked[0][0]] == [os.fsencode(first)]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    assert named_file(bytes(opened[1].toEncoded().data()).decode()) == os.fsencode(first.parent)

    menu = window.tile_context_menu(0)
    next(a for a in menu.actions() if a.text() == "Copy path").trigger()
    assert QGuiApplication.clipboard().text() == exact.decode()  # no text but its URL names it


def test_a_thumbnail_ready_names_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    picture = copies(tmp_path, 1, os.fsdecode(b"\xff.jpg"))[0]
    loader = ThumbnailLoader()
    try:
        with qtbot.waitSignal(loader.thumbnail_ready, timeout=5000) as ready:
            assert loader.pixmap(found_now(picture), 64) is None
        assert ready.args == [str(picture), 64]  # the tile of that file repaints, not none
    finally:
        loader.shutdown()


def test_the_compare_view_shows_pictures_named_in_bytes(qtbot: QtBot, tmp_path: Path) -> None:
    paths = copies(tmp_path, 1, os.fsdecode(b"\xff.jpg"), os.fsdecode(b"\xfe.jpg"))
    view = CompareView(paths, (0, 1))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitSignal(view.images_loaded, timeout=10_000):
        view.show()
    assert view.is_loaded()


def test_the_folder_filter_offers_the_folders_there_are(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pictures = tmp_path / "pics"
    odd = byte_path(pictures, b"g2", b"\xe9t\xe9")
    copies(pictures / "g0", 40, "keep.jpg", "plain/keep\n.jpg")  # a line feed in a file's name
    copies(pictures / "g1", 41, "keep.jpg", "x\ny/b.jpg")  # and in a folder's
    copies(pictures / "g2", 42, "keep.jpg", os.fsdecode(b"\xe9t\xe9/b.jpg"))
    scan_and_wait(qtbot, window, pictures)
    choices = window.group_model.folder_choices()
    folders = ["", "g0", "g0/plain", "g1", "g1/x\ny", "g2"]
    assert {folder for _text, folder in choices} == {str(pictures / f) for f in folders} | {str(odd)}
    combo = window.results.filters.folder
    combo.fill()
    combo.setCurrentIndex(combo.find_folder(str(odd)))
    assert combo.folder() == str(odd)
    assert window.group_model.rowCount() == 1
    group = window.group_model.group(0)
    assert group is not None and odd / "b.jpg" in {m.path for m in group.members}


def test_a_folder_the_folder_dialog_cannot_name_is_refused_not_made(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's folder dialog gives a folder's name as Qt's text, which drops its bytes that are not UTF-8:
    chosen to move files to, b"moved\\xe9" came back as another name, which the move would have made
    and filled. A folder the dialog names that is not there is refused, and the person told why."""
    chosen = byte_path(tmp_path, b"moved\xe9")
    chosen.mkdir()
    given = str(tmp_path / "moved\ufffd")  # as Qt's text spells it
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: given))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)

    assert QtDialogs(window).choose_folder("Move the marked files to…") is None

    assert not Path(given).exists()
    (said,) = told
    assert said.startswith("Lookalike cannot find the folder chosen") and "moved\ufffd" in said
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(tmp_path)))
    assert QtDialogs(window).choose_folder("Move the marked files to…") == tmp_path and len(told) == 1
