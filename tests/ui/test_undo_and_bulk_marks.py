"""Undo and redo, bulk marks, the Delete key, the shortcuts help, and "Undo last action": the real
window on real scanned pictures, the real (temporary) trash."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lookalike.core.actions import carry_out
from lookalike.core.decisions import DecisionStore
from lookalike.ui.commands import COMMANDS, key_sequences
from lookalike.ui.group_table import Column
from lookalike.ui.models import Role
from lookalike.ui.review import Review
from lookalike.ui.views import GroupView
from lookalike.ui.window import MainWindow
from tests.safety.conftest import make_copies, mark, scan_folder

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def marks(window: MainWindow) -> dict[str, bool]:
    review = window.review
    assert review is not None
    return {m.path.name: keep for g in review.groups for m, keep in zip(g.members, g.keep, strict=True)}


def show_group_of(window: MainWindow, path: Path) -> int:
    review = window.review
    assert review is not None
    row = next(r for r, g in enumerate(review.groups) if path in {m.path for m in g.members})
    window.select_group(row)
    tile = window.tile_model.row_of(path)
    assert tile is not None
    window.results.select_tile(tile)
    window.tile_view.setFocus()
    return tile


def undo_text(window: MainWindow) -> str:
    return window.commands.actions["undo"].text().replace("&", "")


def test_a_mark_is_undone_and_redone_with_the_list_totals_and_unsaved_flag(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    assert not window.commands.actions["undo"].isEnabled()
    before = marks(window)
    tile = show_group_of(window, photos.beach_small)
    list_row = window.group_view.currentIndex().row()
    reclaim = window.group_model.index(list_row, 5).data()
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Space)
    assert marks(window)["beach-small.jpg"] is True
    assert window.results.trash_button.text().startswith("Move 2 files ")
    assert undo_text(window) == "Undo mark “beach-small.jpg” KEEP"
    window.session.mark_saved()

    # Ctrl+Z from another group: the mark comes back, and the grid goes to where it changed.
    show_group_of(window, photos.city)
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(window) == before
    assert window.tile_model.group is not None and photos.beach_small in window.tile_model.group.paths
    assert window.tile_model.index(tile, 0).data(Role.KEEP) is False
    assert window.group_model.index(window.group_view.currentIndex().row(), 5).data() == reclaim
    assert window.results.trash_button.text().startswith("Move 3 files ")
    assert window.session.unsaved  # simplest correct: any undo is unsaved work
    assert window.commands.actions["redo"].text().replace("&", "") == "Redo mark “beach-small.jpg” KEEP"

    qtbot.keyClick(
        window.tile_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert marks(window)["beach-small.jpg"] is True
    window.commands.actions["undo"].trigger()
    assert marks(window) == before and not window.commands.actions["undo"].isEnabled()


def test_the_delete_key_only_marks_the_selected_tiles_and_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.tile_model.toggle(window.tile_model.row_of(photos.beach_small) or 0)  # KEEP now
    keeper = show_group_of(window, photos.beach)
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Delete)
    assert marks(window)["beach.jpg"] is False and photos.beach.is_file()
    assert undo_text(window) == "Undo mark “beach.jpg” DELETE"
    window.commands.actions["undo"].trigger()

    selection = window.tile_view.selectionModel()
    for path in (photos.beach, photos.beach_small):
        index = window.tile_model.index(window.tile_model.row_of(path) or 0, 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    assert keeper in window.results.selected_tile_rows()
    qtbot.keyClick(window.tile_view, Qt.Key.Key_Delete)
    group = marks(window)
    assert (
        group["beach.jpg"] is False and group["beach-small.jpg"] is False and group["IMG_0001.jpg"] is False
    )
    assert undo_text(window) == "Undo mark 2 files DELETE"
    assert all(path.is_file() for path in (photos.beach, photos.beach_small, photos.beach_copy))
    window.commands.actions["undo"].trigger()
    assert marks(window)["beach.jpg"] is True and marks(window)["beach-small.jpg"] is True


def test_not_a_duplicate_is_undone_with_its_decision_and_redone(
    qtbot: QtBot, window: MainWindow, photos: Photos, decisions: DecisionStore
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    review = window.review
    assert review is not None
    groups_before = [sorted(m.path.name for m in g.members) for g in review.groups]
    show_group_of(window, photos.beach_small)
    qtbot.keyClick(window.tile_view, Qt.Key.Key_N)
    assert len(review.groups[0].members) + len(review.groups[1].members) == 4
    assert len(decisions.decisions()) == 1
    assert undo_text(window) == "Undo not a duplicate: “beach-small.jpg”"

    window.commands.actions["undo"].trigger()
    assert [sorted(m.path.name for m in g.members) for g in review.groups] == groups_before
    assert decisions.decisions() == []
    assert window.tile_model.rowCount() == 3 and window.group_model.rowCount() == 2
    assert "Undone: not a duplicate" in window.results.summary_label.text()

    window.commands.actions["redo"].trigger()
    assert len(decisions.decisions()) == 1 and window.tile_model.rowCount() == 2

    # "None of these are duplicates" on the beach group, undone: the group is back, decision forgotten.
    window.commands.actions["undo"].trigger()
    show_group_of(window, photos.beach)
    window.group_not_duplicates()
    assert window.group_model.total() == 2 and len(decisions.decisions()) == 1  # exact pair stays grouped
    said = window.results.summary_label.text()
    assert (
        "Group split" in said and "Copies with the same bytes stay grouped: 1 group of exact copies" in said
    )
    assert "Group removed" not in said
    window.commands.actions["undo"].trigger()
    assert [sorted(m.path.name for m in g.members) for g in review.groups] == groups_before
    assert decisions.decisions() == []


def test_bulk_marks_preview_their_counts_keep_a_copy_per_group_and_undo_in_one_step(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    suggested = marks(window)
    dialogs.answers = [False]  # the preview is refused: nothing changes
    window.commands.actions["bulk_keep_all"].trigger()
    assert dialogs.confirmed[-1][1] == "This will mark 3 files KEEP in 2 groups. Continue?"
    assert "Groups looked at: all 2 groups." in dialogs.confirmed[-1][2]
    assert marks(window) == suggested

    window.commands.actions["bulk_keep_all"].trigger()
    assert all(marks(window).values())
    assert window.results.trash_button.text() == "Nothing marked DELETE"

    # Everything under the scanned folder DELETE: each group keeps its best copy, and the preview says so.
    dialogs.folder = photos.root
    window.commands.actions["bulk_delete_under"].trigger()
    _title, text, details = dialogs.confirmed[-1]
    assert text == "This will mark 3 files in 2 groups for deletion. Continue?"
    assert "2 groups left with one kept copy" in details
    assert marks(window) == suggested  # the best copies: the suggestion's keepers
    assert undo_text(window) == "Undo mark 3 files under “pictures” DELETE"

    window.commands.actions["undo"].trigger()
    assert all(marks(window).values())
    window.commands.actions["undo"].trigger()
    assert marks(window) == suggested

    # Only the selected groups, when several are selected; invert keeps one copy in each.
    view = window.group_view
    view.selectAll()
    window.commands.actions["bulk_invert"].trigger()
    assert "the 2 selected groups" in dialogs.confirmed[-1][2]
    assert all(any(g.keep) for g in window.review.groups)  # type: ignore[union-attr]


def test_bulk_marks_leave_reference_folder_files_kept(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs
) -> None:
    window.add_folders([photos.root / "backup"], reference=True)
    scan_and_wait(qtbot, window, photos.root / "trip")
    dialogs.folder = photos.root
    window.commands.actions["bulk_delete_under"].trigger()
    assert marks(window)["IMG_0001.jpg"] is True and marks(window)["city copy.png"] is True
    window.commands.actions["bulk_invert"].trigger()
    assert marks(window)["IMG_0001.jpg"] is True and marks(window)["city copy.png"] is True


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_lists_every_command_with_its_keys(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    for command in COMMANDS:
        for sequence in key_sequences(command):
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if text not in ("Undo", "Redo", "Help"):
                assert any(text in keys for keys in rows.values()), (command.name, text)
        for key in command.grid_keys:
            assert any(f"{key} in the grid" in keys for keys in rows.values()), command.name
    assert "Ctrl+Z" in rows["Undo"] and "Del in the grid" in rows["Mark DELETE"]
    assert "F1" in rows["Keyboard shortcuts"] and "?" in rows["Keyboard shortcuts"]
    assert window.commands.actions["shortcuts"] in window.menuBar().actions()[-1].menu().actions()  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_shortcuts_help_says_where_each_key_works_the_group_list_too(
    qtbot: QtBot, window: MainWindow
) -> None:
    """N, Shift+N and Enter work in the group list as in the grid, but the help said "N in the grid",
    "Shift+N in the grid" and "Enter in the grid", and "PageUp, PageDown, Ctrl+arrow keys" for the
    next group wherever the focus is: with the list focused, a person read that N does nothing there,
    and PageDown moves a page of groups there. The help now says where each key works."""
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None
    rows = dict(dialog.rows())
    assert rows["Not a duplicate: take the picture out of its group"] == "N in the grid or the group list"
    assert rows["None of these are duplicates: remove the group"] == "Shift+N in the grid or the group list"
    assert rows["Compare side by side"] == "Enter in the grid or the group list"
    assert rows["Switch KEEP / DELETE"] == "Space in the grid"  # Space selects in the list
    assert rows["Previous or next group"] == (
        "PageUp, PageDown, Ctrl+arrow keys in the grid, Up and Down arrow keys in the group list"
    )
    assert rows["Move between the pictures of a group"] == "Arrow keys in the grid"
    assert "“in the group list” while the list of duplicate groups has it" in dialog.findChild(QLabel).text()  # type: ignore[union-attr]

    view = GroupView()  # each key said to work in the list does there what it does in the grid
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(2, len(Column)))
    view.setCurrentIndex(view.model().index(0, 0))
    said = {
        "compare": view.compare_requested,
        "not_duplicate": view.not_duplicate_requested,
        "group_not_duplicates": view.group_not_duplicates_requested,
    }
    listed = [(command.name, key) for command in COMMANDS for key in command.list_keys]
    assert sorted(name for name, _key in listed) == sorted(said)
    for name, key in listed:
        combination = QKeySequence(key)[0]
        with qtbot.waitSignal(said[name], timeout=1000):
            qtbot.keyClick(view, combination.key(), combination.keyboardModifiers())


def test_undo_last_action_puts_trashed_files_back_and_never_overwrites(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, trash: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    contents = {p: p.read_bytes() for p in (photos.beach_copy, photos.beach_small, photos.city_copy)}
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    assert not any(path.exists() for path in contents)
    photos.city_copy.write_bytes(b"made meanwhile")

    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS) as undone:
        assert window.undo_last_action()
    title, question, details = dialogs.confirmed[-1]
    assert title == "Undo last action" and question.startswith("Put back 3 files moved to the Trash on ")
    assert str(photos.beach_small) in details
    report = undone.args[0]
    assert {o.path for o in report.restored} == {photos.beach_copy, photos.beach_small}
    for path in (photos.beach_copy, photos.beach_small):
        assert path.read_bytes() == contents[path]
    assert photos.city_copy.read_bytes() == b"made meanwhile"
    assert (trash / "files" / photos.city_copy.name).read_bytes() == contents[photos.city_copy]
    informed = dialogs.informed[-1]
    assert informed[0] == "Some files were not put back" and str(photos.city_copy) in informed[2]
    assert "now exists" in informed[2]
    summary = window.results.summary_label.text()
    assert "Put back 2 files" in summary and "2 of them are listed again, marked KEEP" in summary
    # Back in their groups, marked KEEP, so that trashing again leaves them be; the file left in the
    # Trash stays out of the list.
    shown = marks(window)
    assert shown[photos.beach_copy.name] is True and shown[photos.beach_small.name] is True
    assert photos.city_copy.name not in shown
    assert window.review is not None and window.review.delete_count == 0


def test_undo_last_action_moves_moved_files_back(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    dialogs.folder = tmp_path / "moved"
    moved = [photos.beach_copy, photos.beach_small, photos.city_copy]
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.move_marked()
    assert len(list((tmp_path / "moved").iterdir())) == 3
    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS):
        assert window.undo_last_action()
    assert all(path.is_file() for path in moved) and list((tmp_path / "moved").iterdir()) == []
    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS) as undone:
        assert window.undo_last_action()
    assert undone.args[0] is None  # nothing left to put back
    assert dialogs.informed[-1][0] == "Nothing to put back"
    assert window.results.summary_label.text() == "Nothing to put back."


def test_undo_last_action_reads_the_journal_beside_the_window(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, trash: Path
) -> None:
    """A journal of a few runs of 50,000 files took the window's thread 6 s to read before asking
    (the window stood still, "not responding"): it is read on a worker, the window answering
    meanwhile, and the question asked once it is read."""
    scan_and_wait(qtbot, window, photos.root)
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    asked_before = len(dialogs.confirmed)
    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS) as undone:
        assert window.undo_last_action()
        assert len(dialogs.confirmed) == asked_before  # not asked yet: the journal is being read
        assert window.controller.busy
        assert window.results.action_status.text() == "Looking for what Lookalike moved last…"
    title, question, _details = dialogs.confirmed[-1]
    assert title == "Undo last action" and question.startswith("Put back 3 files")
    assert {o.path for o in undone.args[0].restored} == {
        photos.beach_copy,
        photos.beach_small,
        photos.city_copy,
    }


def journal_read_slowly(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Undo's reading of the journal takes `seconds` longer, as a journal of many large runs does."""
    import time

    from lookalike.ui import controller

    read = controller.last_run

    def a_large_journal(journal: Path) -> object:
        time.sleep(seconds)
        return read(journal)

    monkeypatch.setattr(controller, "last_run", a_large_journal)


@pytest.mark.parametrize("then", ["window closed", "stopped"])
def test_undo_asks_nothing_when_the_window_closes_or_is_stopped_while_it_reads_the_journal(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
    then: str,
) -> None:
    """The journal is read on a worker (a large one takes seconds): closed meanwhile, the window asked
    "Put back 3 files?" after it had gone, and putting back ran as the app quit; stopped meanwhile, it
    said "Stopping…" and asked all the same. Neither asks, nothing is put back, and the start page
    never showed a scan's progress for it."""
    scan_and_wait(qtbot, window, photos.root)
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    in_trash = sorted(path.name for path in (trash / "files").iterdir())
    journal_read_slowly(monkeypatch, 0.8)
    asked = len(dialogs.confirmed)
    assert window.undo_last_action()
    assert window.controller.busy and not window.start.progress_panel.isVisibleTo(window.start)
    if then == "stopped":
        window.controller.stop()
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=SCAN_TIMEOUT_MS)
        assert window.results.action_status.text() == ""
    else:
        window.close()
    qtbot.wait(300)
    assert len(dialogs.confirmed) == asked
    assert sorted(path.name for path in (trash / "files").iterdir()) == in_trash


def test_closing_over_unsaved_work_while_undo_reads_asks_one_question_at_a_time(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The window is closed over unsaved marks while Undo reads the journal: its "save your review?"
    waits for the person, the journal is read meanwhile, and "Put back 1 file?" came up over it.
    Closing drops Undo's question; the person who stays presses Undo again."""
    from lookalike.ui.dialogs import UnsavedChoice

    keep, _ = make_copies(tmp_path / "other", names=("keep.jpg", "theirs.jpg"))
    other = scan_folder(tmp_path / "other")  # a run made before, to put back
    assert carry_out(
        Review.from_result(other, mark(other, {keep})).plan(), journal=window.controller.journal
    ).done
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    window.tile_model.toggle(0)  # a mark not saved
    assert window.session.unsaved
    journal_read_slowly(monkeypatch, 0.5)

    def the_person_thinks(title: str, text: str, details: str = "") -> UnsavedChoice:
        dialogs.asked_unsaved.append((title, text, details))
        qtbot.wait(1000)  # the dialog's own loop runs meanwhile: the journal is read
        return UnsavedChoice.CANCEL

    monkeypatch.setattr(dialogs, "ask_unsaved", the_person_thinks)
    asked = len(dialogs.confirmed)
    assert window.undo_last_action()
    assert not window.close()  # Cancel: the window stays

    assert window.isVisible() and dialogs.asked_unsaved and len(dialogs.confirmed) == asked
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=SCAN_TIMEOUT_MS)
    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS):
        assert window.undo_last_action()  # asked again, and answered
    assert dialogs.confirmed[-1][0] == "Undo last action"


def test_on_macos_undo_lists_the_files_and_opens_the_trash_in_finder(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    dialogs: FakeDialogs,
    trash: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lookalike.core import restore
    from lookalike.ui import controller

    monkeypatch.setattr(controller, "undo_last", partial(restore.undo_last, system="darwin"))
    scan_and_wait(qtbot, window, photos.root)
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    in_trash = sorted(path.name for path in (trash / "files").iterdir())
    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS):
        assert window.undo_last_action()
    # macOS lets no app take files out of the Trash: the person is told which, and Finder opens it.
    title, text, _details = dialogs.informed[-1]
    assert title == "Put the files back in Finder"
    assert all(name in text for name in in_trash) and "Put Back" in text
    assert dialogs.opened[-1] == restore.macos_trash_folder()
    assert sorted(path.name for path in (trash / "files").iterdir()) == in_trash  # nothing moved
    assert "put them back in Finder" in window.results.summary_label.text()


def test_undo_last_action_puts_back_nothing_when_another_run_came_since_the_question(
    qtbot: QtBot, window: MainWindow, photos: Photos, dialogs: FakeDialogs, trash: Path, tmp_path: Path
) -> None:
    """The question names the window's last run; while it is open, the command line (or another
    window) trashes other files. Putting back then would put back that other run, which nobody was
    asked about, and leave the run asked about in the Trash: nothing is put back, and the person is
    told to ask again."""
    scan_and_wait(qtbot, window, photos.root)
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    ours = sorted(path.name for path in (trash / "files").iterdir())
    keep, theirs = make_copies(tmp_path / "other", names=("keep.jpg", "theirs.jpg"))
    asked = dialogs.confirm

    def another_run_while_asked(title: str, text: str, details: str = "", ok: str = "") -> bool:
        answer = asked(title, text, details, ok)
        if title == "Undo last action":
            result = scan_folder(tmp_path / "other")
            plan = Review.from_result(result, mark(result, {keep})).plan()
            assert len(carry_out(plan, journal=window.controller.journal).done) == 1
        return answer

    dialogs.confirm = another_run_while_asked  # type: ignore[method-assign]

    with qtbot.waitSignal(window.action_undone, timeout=SCAN_TIMEOUT_MS) as undone:
        assert window.undo_last_action()

    assert undone.args[0] is None
    assert sorted(path.name for path in (trash / "files").iterdir()) == sorted([*ours, "theirs.jpg"])
    assert not theirs.exists() and keep.exists()
    title, text, _details = dialogs.informed[-1]
    assert title == "Undo last action" and text.startswith("Nothing was put back")
