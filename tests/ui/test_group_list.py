"""The group list (issue 14): names and folders, sorting, filters, and the reviewed tick that survives
saving, resuming and regrouping. Scans real generated pictures; no test here is timed."""

from __future__ import annotations

import shutil
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import Tier
from lookalike.samples import photo
from lookalike.ui.group_table import Column, GroupFilter, facts_of, tier_of, what_changed
from lookalike.ui.results_page import REVIEWED_AFTER_MS
from lookalike.ui.review import Review, ReviewGroup
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, SCAN_TIMEOUT_MS, FakeDialogs, Photos, crash, scan_and_wait
from .test_never_lose_work import open_window

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def three_tiers(photos: Photos) -> Photos:
    """The photos (beach: similar, city: exact copies) and a garden saved as PNG and as a JPEG with
    the same pixels at the checked size (the tier "same picture")."""
    resaved = photos.root / "resaved"
    resaved.mkdir()
    picture = photo(44)
    picture.save(resaved / "garden.png")
    picture.save(resaved / "garden.jpg", quality=95)
    return photos


def listed(window: MainWindow, column: Column) -> list[str]:
    model = window.group_model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def shown_groups(window: MainWindow) -> list[ReviewGroup]:
    model = window.group_model
    return [group for row in range(model.rowCount()) if (group := model.group(row)) is not None]


def group_with(window: MainWindow, name: str) -> ReviewGroup:
    assert window.review is not None
    return next(g for g in window.review.groups if name in {m.path.name for m in g.members})


def test_the_list_names_each_groups_first_file_and_its_folder(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    firsts = {str(g.members[0].path.name): g for g in shown_groups(window)}
    assert sorted(listed(window, Column.NAME)) == sorted(firsts)
    for row, group in enumerate(shown_groups(window)):
        folder = group.members[0].path.parent.name  # below the scanned folder: "trip", "resaved"
        assert window.group_model.index(row, Column.FOLDER).data() == folder
        assert window.group_model.index(row, Column.FILES).data() == str(len(group.members))
    assert set(listed(window, Column.ALIKE)) == {"Exact copies", "Same picture", "Similar"}
    assert set(listed(window, Column.REVIEWED)) == {"None"}  # a tick, no words


def test_a_click_on_to_free_sorts_by_the_space_each_group_frees(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    window.select_group(1)
    current = window.results.current_group()
    header = window.group_view.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(Column.SIZE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    freed = [g.delete_bytes for g in shown_groups(window)]
    assert freed == sorted(freed) and len(set(freed)) == 3
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    freed = [g.delete_bytes for g in shown_groups(window)]
    assert freed == sorted(freed, reverse=True)
    assert window.results.current_group() is current  # the selection stays on its group
    assert window.tile_model.group is current

    # A changed mark changes the number shown, not the order, until the next sort.
    largest = shown_groups(window)[0]
    window.select_group(window.session.row_of(largest))
    window.tile_model.toggle(next(row for row, keep in enumerate(largest.keep) if not keep))
    assert shown_groups(window)[0] is largest
    window.group_view.sortByColumn(Column.SIZE, Qt.SortOrder.DescendingOrder)
    freed = [g.delete_bytes for g in shown_groups(window)]
    assert freed == sorted(freed, reverse=True)


def test_every_column_sorts(qtbot: QtBot, window: MainWindow, three_tiers: Photos) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    window.group_view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert listed(window, Column.NAME) == sorted(listed(window, Column.NAME), key=str.casefold)
    window.group_view.sortByColumn(Column.FILES, Qt.SortOrder.DescendingOrder)
    assert listed(window, Column.FILES)[0] == "3"
    window.group_view.sortByColumn(Column.ALIKE, Qt.SortOrder.AscendingOrder)
    assert listed(window, Column.ALIKE) == ["Exact copies", "Same picture", "Similar"]
    for column in (Column.FOLDER, Column.CHANGED, Column.REVIEWED):
        window.group_view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert window.group_model.rowCount() == 3
    window.group_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the scan's own order again
    assert shown_groups(window) == window.review.groups if window.review else False


def test_the_search_field_shows_groups_with_a_matching_file(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    search = window.results.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "img_0001")  # a file that is not the first of its group, in other case
    qtbot.waitUntil(lambda: window.group_model.rowCount() == 1, timeout=2000)
    assert shown_groups(window) == [group_with(window, "beach.jpg")]
    assert window.tile_model.group is shown_groups(window)[0]  # the grid shows what the list shows
    assert search.hasFocus()  # typing goes on in the field
    assert "1 of 3 groups shown" in window.results.group_counts.text()

    search.clear()
    qtbot.keyClicks(search, "backup city")  # every word, anywhere in the group's paths
    qtbot.waitUntil(lambda: window.group_model.filter.text == "backup city", timeout=2000)
    assert shown_groups(window) == [group_with(window, "city.png")]

    search.setText("no such picture")
    search.returnPressed.emit()  # Enter: at once
    assert window.group_model.rowCount() == 0 and window.tile_model.group is None
    search.clear()
    qtbot.waitUntil(lambda: window.group_model.rowCount() == 3, timeout=2000)
    assert window.tile_model.group is not None


def test_the_search_finds_a_name_whatever_unicode_form_it_or_the_typing_is_in(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A Mac writes a Korean or accented name decomposed (NFD: 사진 as six jamo), a Japanese keyboard
    types full-width letters, a camera names in half-width katakana: each is found typed the other
    way, as a person reads them alike. An accented Latin name is found typed without its accent, as a
    browser's Find finds it ("cafe" did not find "Café"); a voiced kana is not found as its unvoiced
    one, another word ("カイド" is not "ガイド")."""
    names = {
        "korean": unicodedata.normalize("NFD", "사진 복사본.jpg"),
        "accent": unicodedata.normalize("NFD", "Café.jpg"),
        "wide": "\uff29\uff2d\uff27_0042.jpg",  # IMG_0042 in full-width letters
        "katakana": "\uff8c\uff9f\uff97\uff9d.jpg",  # プラン in half-width katakana
        "bold": "\U0001d401\U0001d404\U0001d400\U0001d402\U0001d407.jpg",  # BEACH in bold capitals
        "voiced": "ガイド.jpg",  # a guide
        "greek": "Αθήνα.jpg",  # Athens, its accent written
    }
    for seed, (folder, name) in enumerate(names.items(), start=900):
        (tmp_path / folder).mkdir()
        photo(seed).save(tmp_path / folder / name, quality=92)
        shutil.copyfile(tmp_path / folder / name, tmp_path / folder / "copy.jpg")
    scan_and_wait(qtbot, window, tmp_path)
    search = window.results.filters.search
    for typed, folder in [
        ("사진", "korean"),  # typed composed
        (unicodedata.normalize("NFD", "복사본"), "korean"),
        ("café", "accent"),
        ("img_0042", "wide"),
        ("\uff49\uff4d\uff47", "wide"),  # typed wide too
        ("プラン", "katakana"),
        ("beach", "bold"),  # mathematical bold capitals, folded once made plain
        ("cafe", "accent"),  # typed without its accent
        ("ガイド", "voiced"),
        ("カイド", None),  # unvoiced: another word
        ("αθηνα", "greek"),
    ]:
        search.setText(typed)
        search.returnPressed.emit()
        assert [g.members[0].path.parent.name for g in shown_groups(window)] == (
            [folder] if folder else []
        ), typed


def test_the_tier_and_folder_filters(qtbot: QtBot, window: MainWindow, three_tiers: Photos) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    tiers = window.results.filters.tier
    tiers.setCurrentIndex(tiers.findData(Tier.EXACT.value))
    assert shown_groups(window) == [group_with(window, "city.png")]
    tiers.setCurrentIndex(tiers.findData(Tier.PIXELS.value))
    assert shown_groups(window) == [group_with(window, "garden.png")]
    tiers.setCurrentIndex(0)
    assert window.group_model.rowCount() == 3

    folders = window.results.filters.folder
    assert folders.count() == 1  # "Any folder": the folders are listed when the list first opens
    folders.fill()
    choices = [folders.folder_at(index) for index in range(folders.count())]
    assert str(three_tiers.root) in choices and str(three_tiers.root / "resaved") in choices
    folders.setCurrentIndex(folders.find_folder(str(three_tiers.root / "resaved")))
    assert shown_groups(window) == [group_with(window, "garden.png")]
    folders.setCurrentIndex(folders.find_folder(str(three_tiers.root / "backup")))  # any file of the group
    assert set(map(id, shown_groups(window))) == {
        id(group_with(window, "beach.jpg")),
        id(group_with(window, "city.png")),
    }


def test_a_group_shown_for_a_moment_becomes_reviewed(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(1)
    group = window.results.current_group()
    assert group is not None
    qtbot.waitUntil(lambda: group.reviewed, timeout=3000)
    row = window.group_view.currentIndex().row()
    assert window.group_model.index(row, Column.REVIEWED).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert "1 reviewed" in window.results.group_counts.text()
    assert window.session.unsaved


def test_a_group_whose_last_copies_were_never_in_sight_is_not_ticked_until_they_are(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """On a laptop's screen the grid shows a tile or two: a group of twelve copies was ticked as
    reviewed after a moment, though its DELETE copies further down were never seen. It is ticked a
    moment after its last tiles come into sight."""
    folder = tmp_path / "many"
    folder.mkdir()
    photo(77).save(folder / "a.jpg", quality=92)
    for number in range(11):
        shutil.copyfile(folder / "a.jpg", folder / f"copy {number}.jpg")
    window.resize(900, 600)
    scan_and_wait(qtbot, window, tmp_path)
    group = window.results.current_group()
    assert group is not None and len(group.members) == 12
    view = window.results.tile_view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0  # more tiles than the grid shows
    qtbot.wait(3 * REVIEWED_AFTER_MS)
    assert not group.reviewed
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep() // 2):  # down to the last copies
        bar.setValue(value)
        qtbot.wait(60)  # as a person scrolls: a look at each stretch
    qtbot.wait(REVIEWED_AFTER_MS // 2)
    assert not group.reviewed  # they have their moment too
    qtbot.waitUntil(lambda: group.reviewed, timeout=3000)


def test_a_changed_mark_makes_the_group_reviewed_at_once(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    window.tile_model.toggle(1)
    assert window.review is not None and window.review.groups[0].reviewed


def test_the_person_switches_reviewed_with_r_or_a_click(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    group = window.results.current_group()
    assert group is not None and not group.reviewed
    toggle = window.commands.actions["toggle_reviewed"]
    assert toggle.shortcut().toString() == "R" and toggle.isEnabled()
    toggle.trigger()
    assert group.reviewed
    toggle.trigger()  # switched off by hand: the timer does not tick it again
    qtbot.wait(1200)
    assert not group.reviewed

    view = window.group_view
    cell = view.visualRect(window.group_model.index(0, Column.REVIEWED))
    box = QPoint(cell.left() + 10, cell.center().y())  # the check box is at the cell's start
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert group.reviewed


def test_next_not_reviewed_skips_reviewed_groups_in_the_order_shown(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    window.group_view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)  # beach, city, garden
    beach, city, garden = shown_groups(window)
    window.session.set_reviewed(city)
    window.select_group(window.session.row_of(beach))
    command = window.commands.actions["next_unreviewed"]
    assert command.shortcut().toString() == "U"
    command.trigger()
    assert window.results.current_group() is garden
    window.session.set_reviewed(beach)
    window.session.set_reviewed(garden)
    assert not window.next_unreviewed()
    assert window.results.action_status.text() == "Every group listed is reviewed."
    window.session.set_reviewed(beach, False)
    command.trigger()  # from the last one round to the first
    assert window.results.current_group() is beach


def tick_in_the_list(qtbot: QtBot, window: MainWindow, group: ReviewGroup) -> None:
    """Click `group`'s reviewed tick in the list, as a person does."""
    view = window.group_view
    cell = view.visualRect(window.group_model.index(window.group_model.view_row_of(group), Column.REVIEWED))
    box = QPoint(cell.left() + 10, cell.center().y())  # the check box is at the cell's start
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)


def test_next_not_reviewed_is_disabled_while_every_group_listed_is_reviewed(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    """Pressed with every group reviewed it did nothing to be seen: now it cannot be pressed then, and
    can again once a group is not reviewed (a tick taken off, an undo, a filter showing one)."""
    scan_and_wait(qtbot, window, three_tiers.root)
    button, command = window.results.next_unreviewed_button, window.commands.actions["next_unreviewed"]
    assert button.isEnabled() and command.isEnabled()
    beach, city, garden = (group_with(window, name) for name in ("beach.jpg", "city.png", "garden.png"))
    for group in (beach, city, garden):
        if not group.reviewed:  # the group shown may have been ticked by the moment it was shown
            tick_in_the_list(qtbot, window, group)
    assert beach.reviewed and city.reviewed and garden.reviewed
    assert not button.isEnabled() and not command.isEnabled()
    window.select_group(window.session.row_of(beach))
    qtbot.keyClick(window.tile_view, Qt.Key.Key_U)  # the key does nothing either
    assert window.results.current_group() is beach

    tick_in_the_list(qtbot, window, city)  # the tick taken off again
    assert not city.reviewed
    assert button.isEnabled() and command.isEnabled()
    window.select_group(window.session.row_of(beach))
    qtbot.keyClick(window.tile_view, Qt.Key.Key_U)
    assert window.results.current_group() is city
    window.commands.actions["toggle_reviewed"].trigger()  # R: reviewed again, by hand
    assert city.reviewed and not button.isEnabled()
    window.commands.actions["undo"].trigger()
    assert not city.reviewed and button.isEnabled()
    window.select_group(window.session.row_of(beach))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.results.current_group() is city

    window.results.apply_filter(GroupFilter(text="garden"))  # the list shows a reviewed group only
    assert [g.reviewed for g in shown_groups(window)] == [True]
    assert not button.isEnabled()
    window.results.apply_filter(GroupFilter())
    assert button.isEnabled()


def test_reviewed_survives_saving_and_reopening(
    qtbot: QtBot,
    window: MainWindow,
    photos: Photos,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.session.set_reviewed(group_with(window, "city.png"))
    saved = tmp_path / "review.json"
    dialogs.save_path = saved
    assert window.autosave.save_review()

    later = FakeDialogs(open_path_answer=saved)
    again = open_window(qtbot, settings, later, decisions, tmp_path, None)
    with qtbot.waitSignal(again.results_shown):
        assert again.files.open_review()
    assert group_with(again, "city.png").reviewed and not group_with(again, "beach.jpg").reviewed
    assert "1 reviewed" in again.results.group_counts.text()
    again.shutdown()


def test_reviewed_survives_the_autosave_and_resuming(
    qtbot: QtBot,
    photos: Photos,
    settings: QSettings,
    dialogs: FakeDialogs,
    decisions: DecisionStore,
    tmp_path: Path,
) -> None:
    autosave = tmp_path / "data" / "autosave.json"
    window = open_window(qtbot, settings, dialogs, decisions, tmp_path, autosave)
    scan_and_wait(qtbot, window, photos.root)
    window.session.set_reviewed(group_with(window, "beach.jpg"))
    window.autosave.write_now()
    window.autosave.finish()
    qtbot.waitUntil(lambda: autosave.is_file() and '"reviewed": true' in autosave.read_text(), timeout=3000)
    crash(window)

    again = open_window(qtbot, settings, FakeDialogs(answers=[True]), decisions, tmp_path, autosave)
    with qtbot.waitSignal(again.results_shown):
        assert again.autosave.offer_resume()
    assert group_with(again, "beach.jpg").reviewed and not group_with(again, "city.png").reviewed
    again.shutdown()
    window.shutdown()


def test_regrouping_keeps_reviewed_for_groups_with_the_same_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "tunable"
    folder.mkdir()
    picture = photo(11, (400, 300))
    picture.save(folder / "lake.jpg", quality=90)
    picture.point(lambda v: int(255 * (v / 255) ** 0.6)).save(folder / "lake brighter.jpg", quality=85)
    picture.save(folder / "lake copy.jpg", quality=90)
    photo(22, (320, 240)).save(folder / "city.png")
    shutil.copyfile(folder / "city.png", folder / "city copy.png")
    scan_and_wait(qtbot, window, folder)
    window.session.set_reviewed(group_with(window, "city.png"))
    window.session.set_reviewed(group_with(window, "lake.jpg"))
    with qtbot.waitSignal(window.results_shown, timeout=SCAN_TIMEOUT_MS):
        window.results.results_sensitivity.setValue(0)  # very strict: the brighter lake leaves its group
    assert group_with(window, "city.png").reviewed  # the same two files
    assert not group_with(window, "lake.jpg").reviewed  # now without the brighter copy


def test_not_duplicates_in_a_sorted_list_moves_to_the_next_group_listed(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    scan_and_wait(qtbot, window, three_tiers.root)
    window.group_view.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)  # garden, city, beach
    garden, city, beach = shown_groups(window)
    window.session.set_reviewed(beach)
    window.select_group(window.session.row_of(garden))
    assert window.group_not_duplicates()
    assert shown_groups(window) == [city, beach]  # no reset: the order stays, the group is gone
    assert window.results.current_group() is city and window.tile_model.group is city
    assert beach.reviewed

    # A picture out of a group: the group stays where it is, with its new files.
    window.select_group(window.session.row_of(beach))
    small = next(row for row, m in enumerate(beach.members) if m.path.name == "beach-small.jpg")
    assert window.not_duplicate(small)
    assert shown_groups(window) == [city, beach] and window.results.current_group() is beach
    assert window.group_model.index(1, Column.FILES).data() == "2"


def test_the_filters_reset_for_other_folders_and_stay_for_a_regrouping(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.results.filters.search.setText("city")
    window.results.filters.apply()
    assert window.group_model.filter == GroupFilter("city")
    review = window.review
    assert review is not None
    window.show_review(Review.from_result(review.result))  # the same folders: as after a regrouping
    assert window.group_model.filter == GroupFilter("city") and window.group_model.rowCount() == 1
    other = replace(review.result, roots=(photos.root / "trip", photos.root / "backup"))
    window.show_review(Review.from_result(other))
    assert window.group_model.filter == GroupFilter() and window.results.filters.search.text() == ""
    assert window.group_model.rowCount() == 2


def test_what_changed_is_each_groups_own_though_the_words_are_shared(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    """The list remembers the words of each set of change codes it met (facts_of): every group still
    shows its own, exact copies and the same picture by their tier alone."""
    scan_and_wait(qtbot, window, three_tiers.root)
    window.group_model.ensure_facts()
    shown = {str(g.members[0].path.name): what_changed(g) for g in shown_groups(window)}
    assert len(set(shown.values())) == 3  # three tiers, three ways to say what changed
    assert dict(zip(listed(window, Column.NAME), listed(window, Column.CHANGED), strict=True)) == shown
    shared: dict[tuple[tuple[str, ...], Tier], str] = {}
    for group in shown_groups(window) * 2:
        assert facts_of(group, shared).changes == what_changed(group) == facts_of(group).changes
    assert len(shared) == 3


def test_a_sort_before_the_facts_are_ready_orders_as_the_facts_do(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    """A sort asked for before the idle time has computed the groups' facts makes only the sorted
    column's keys; they must order the groups as the facts, once made, do."""
    scan_and_wait(qtbot, window, three_tiers.root)
    model, view = window.group_model, window.group_view
    orders = [(c, o) for c in Column for o in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)]
    before = []
    for column, order in orders:
        model.set_review(window.review)  # the facts are made again, in idle time that has not come
        view.sortByColumn(column, order)
        before.append([g.members[0].path for g in shown_groups(window)])
        assert not model.facts_ready
    model.set_review(window.review)
    window.results.filters.tier.setCurrentIndex(2)  # "Same picture", before the facts are made too
    assert [tier_of(g) for g in shown_groups(window)] == [Tier.PIXELS] and not model.facts_ready
    window.results.filters.tier.setCurrentIndex(0)
    model.ensure_facts()
    after = []
    for column, order in orders:
        view.sortByColumn(column, order)
        after.append([g.members[0].path for g in shown_groups(window)])
    assert before == after
    names_down = [path.name for path in before[1]]  # by the first file's name, Z to A
    assert names_down == sorted(names_down, key=str.casefold, reverse=True)
    assert {tuple(order) for order in after} != {tuple(after[0])}  # the columns do order differently


def test_what_changed_is_cut_at_its_end_and_told_whole_in_its_tooltip(
    qtbot: QtBot, window: MainWindow, three_tiers: Photos
) -> None:
    """ "re-encoded, more contrast" cut in its middle read "re-enco…ontrast": the column cuts the
    list at its end, and its tooltip says it whole; names and folders still keep both their ends."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    scan_and_wait(qtbot, window, three_tiers.root)
    view, model = window.group_view, window.group_model
    for row in range(model.rowCount()):
        changed = model.index(row, Column.CHANGED)
        assert model.data(changed, Qt.ItemDataRole.ToolTipRole) == what_changed(model.group(row))
    elided = {}
    for column in (Column.CHANGED, Column.NAME):
        option = QStyleOptionViewItem()
        option.textElideMode = view.textElideMode()
        view.itemDelegateForIndex(model.index(0, column)).initStyleOption(option, model.index(0, column))
        elided[column] = option.textElideMode
    assert elided == {Column.CHANGED: Qt.TextElideMode.ElideRight, Column.NAME: Qt.TextElideMode.ElideMiddle}


def test_a_group_marked_to_lose_every_copy_says_so_in_the_list_and_over_the_grid(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """Every copy of a group switched to DELETE looked like any other group: only the Trash's second
    question said so. The header over the grid says it in bold, in place of why a copy is suggested,
    and the list's "To free" cell shows ⚠ with the words in its tooltip; a copy switched back to KEEP
    takes both away."""
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    group = window.results.current_group()
    assert group is not None
    row = window.group_view.currentIndex().row()
    for tile in range(window.tile_model.rowCount()):
        if group.keep[tile]:
            window.tile_model.toggle(tile)
    assert group.loses_every_copy
    words = "No copy kept: every copy is marked DELETE"
    header = window.results.group_header
    assert header.plain_text().startswith("Group 1 of 2 · ") and header.plain_text().endswith(f"\n{words}")
    assert f"<b>{words}</b>" in header.text()
    cell = window.group_model.index(row, Column.SIZE)
    assert cell.data().startswith("\u26a0 ") and cell.data(Qt.ItemDataRole.ToolTipRole) == words
    window.tile_model.toggle(0)
    assert words not in window.results.group_header.plain_text()
    assert not window.group_model.index(row, Column.SIZE).data().startswith("\u26a0")
