"""The keep-rules editor: reorder, add, remove, values and reset produce the expected KeepRule lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.core.selection import FORMER_SUGGESTED_RULES, SUGGESTED_RULES, KeepRule, Rule
from lookalike.ui import i18n
from lookalike.ui.rules_dialog import FORMATS, RulesDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

THREE = RESOLUTION, SIZE, OLDEST = FORMER_SUGGESTED_RULES


class FolderPicker:
    """Stands in for the folder dialog: answers from a list, None meaning "cancelled"."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self) -> Path | None:
        self.calls += 1
        return self.answers.pop(0)


def open_dialog(qtbot: QtBot, rules: tuple[KeepRule, ...] = THREE, *answers: Path | None) -> RulesDialog:
    dialog = RulesDialog(rules, choose_folder=FolderPicker(*answers))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_from_combo(qtbot: QtBot, dialog: RulesDialog, rule: Rule) -> None:
    dialog.add_choice.setCurrentIndex(dialog.add_choice.findData(rule))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_shows_the_rules_in_order_and_the_reference_note(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.rules() == THREE
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert texts[0].startswith("First:") and "largest resolution" in texts[0]
    assert texts[1].startswith("Then:") and "largest file" in texts[1]
    assert "reference folders are always kept" in dialog.reference_note.text()
    assert dialog.list.currentRow() == 0 and not dialog.up_button.isEnabled()


def test_move_up_and_down(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.list.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.rules() == (RESOLUTION, OLDEST, SIZE)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.rules() == (OLDEST, RESOLUTION, SIZE)
    assert dialog.list.currentRow() == 0 and not dialog.up_button.isEnabled()
    dialog.move_up()  # already first: nothing happens
    assert dialog.rules() == (OLDEST, RESOLUTION, SIZE)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert dialog.rules() == (RESOLUTION, OLDEST, SIZE)
    assert (
        dialog.list.item(0).text().startswith("First:") and "largest resolution" in dialog.list.item(0).text()
    )


def test_moving_rows_in_the_model_relabels_them(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    model = dialog.list.model()
    assert model.moveRow(dialog.list.rootIndex(), 2, dialog.list.rootIndex(), 0)  # what a drag does
    assert dialog.rules() == (OLDEST, RESOLUTION, SIZE)
    assert dialog.list.item(0).text().startswith("First:") and "oldest" in dialog.list.item(0).text()


def test_delete_key_removes_the_current_rule(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.rules() == (RESOLUTION, OLDEST)


def test_add_and_remove(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.list.setCurrentRow(2)
    add_from_combo(qtbot, dialog, Rule.HAS_DATE_TAKEN)
    assert dialog.rules() == (*THREE, KeepRule(Rule.HAS_DATE_TAKEN))
    dialog.list.setCurrentRow(0)
    add_from_combo(qtbot, dialog, Rule.HAS_DATE_TAKEN)  # already there: selected, not doubled
    assert len(dialog.rules()) == 4 and dialog.list.currentRow() == 3
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.rules() == (RESOLUTION, OLDEST, KeepRule(Rule.HAS_DATE_TAKEN))
    for _ in range(3):
        dialog.remove_selected()
    assert dialog.rules() == () and not dialog.remove_button.isEnabled()
    assert "name order" in dialog.explanation.text()


def test_preferred_folder_asks_for_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    originals, other = tmp_path / "Originals", tmp_path / "Camera"
    dialog = open_dialog(qtbot, THREE, None, originals, other)
    dialog.list.setCurrentRow(2)
    add_from_combo(qtbot, dialog, Rule.PREFERRED_FOLDER)  # cancelled: nothing added
    assert dialog.rules() == THREE
    add_from_combo(qtbot, dialog, Rule.PREFERRED_FOLDER)
    assert dialog.rules()[-1] == KeepRule(Rule.PREFERRED_FOLDER, str(originals))
    assert dialog.value_editor.currentIndex() == 1 and dialog.folder_label.whole_text() == str(originals)
    dialog.choose_folder_for_current()
    assert dialog.rules()[-1] == KeepRule(Rule.PREFERRED_FOLDER, str(other))
    dialog.move_up()
    dialog.move_up()
    dialog.move_up()
    assert dialog.rules()[0] == KeepRule(Rule.PREFERRED_FOLDER, str(other))
    assert "Camera" in dialog.list.item(0).text()


def test_preferred_format_is_picked_from_the_list(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.list.setCurrentRow(2)
    add_from_combo(qtbot, dialog, Rule.PREFERRED_FORMAT)
    assert dialog.rules()[-1] == KeepRule(Rule.PREFERRED_FORMAT, "JPEG")
    assert dialog.value_editor.currentIndex() == 2
    assert [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())] == list(FORMATS)
    dialog.format_combo.activated.emit(FORMATS.index("PNG"))  # as a person's choice in the combo does
    assert dialog.rules()[-1] == KeepRule(Rule.PREFERRED_FORMAT, "PNG")
    dialog.list.setCurrentRow(0)
    assert dialog.value_editor.currentIndex() == 0  # largest resolution has no value
    dialog.set_current_value("PNG")  # ignored: not a rule with a value
    assert dialog.rules()[0] == RESOLUTION


def test_reset_to_suggested(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, (KeepRule(Rule.NEWEST), KeepRule(Rule.PREFERRED_FORMAT, "HEIF")))
    assert dialog.rules() == (KeepRule(Rule.NEWEST), KeepRule(Rule.PREFERRED_FORMAT, "HEIF"))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.rules() == SUGGESTED_RULES


def test_ok_emits_the_chosen_rules(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.list.setCurrentRow(2)
    dialog.move_up()
    with qtbot.waitSignal(dialog.rules_chosen) as blocker:
        dialog.accept()
    assert blocker.args == [(RESOLUTION, OLDEST, SIZE)]
    assert dialog.result() == RulesDialog.DialogCode.Accepted


def test_cancel_emits_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.rules_chosen):
        dialog.reject()


def test_a_new_rule_goes_right_after_the_selected_one_and_is_selected(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, SUGGESTED_RULES)
    assert dialog.add_label.text() == "Add a rule after rule 1:"
    dialog.list.setCurrentRow(3)
    assert dialog.add_label.text() == "Add a rule after rule 4:"
    add_from_combo(qtbot, dialog, Rule.NEWEST)
    assert dialog.rules() == (*SUGGESTED_RULES[:4], KeepRule(Rule.NEWEST), *SUGGESTED_RULES[4:])
    assert dialog.list.currentRow() == 4 and "newest" in dialog.list.currentItem().text()
    assert dialog.explanation.text().startswith("Keep the copy taken")  # the new rule's explanation

    dialog.set_rules(())
    assert dialog.add_label.text() == "Add a rule at the end:"
    add_from_combo(qtbot, dialog, Rule.HOLDS_MORE)
    assert dialog.rules() == (KeepRule(Rule.HOLDS_MORE),) and dialog.list.currentRow() == 0


def test_every_rule_is_explained(qtbot: QtBot) -> None:
    every = tuple(
        KeepRule(rule, {Rule.PREFERRED_FORMAT: "PNG", Rule.PREFERRED_FOLDER: "/x"}.get(rule, ""))
        for rule in Rule
    )
    dialog = open_dialog(qtbot, every)
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        assert "keep" in dialog.explanation.text().lower()


@pytest.mark.parametrize("language", ["en", "ja", "ko", "zh_CN"])
def test_the_suggested_rules_are_all_in_sight_in_every_language(
    qtbot: QtBot, speaking: QApplication, language: str
) -> None:
    """In Japanese and Korean the eighth suggested rule was cut in half behind a scroll bar."""
    i18n.install(speaking, language)
    dialog = RulesDialog(SUGGESTED_RULES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == len(SUGGESTED_RULES)
    assert dialog.list.verticalScrollBar().maximum() == 0
    last = dialog.list.visualItemRect(dialog.list.item(dialog.list.count() - 1))
    assert dialog.list.viewport().rect().contains(last)


def test_a_long_preferred_folder_is_cut_in_its_middle_and_the_dialog_fits_a_laptop(qtbot: QtBot) -> None:
    """A preferred folder 300 letters long made the dialog 1,971 pixels wide: its buttons off a
    1366x768 screen at 125 % (1,093 wide). The path is cut in its middle, and whole in its tooltip."""
    deep = "/home/maria/Pictures/" + "/".join(
        f"Archive level {i} with a long descriptive name" for i in range(6)
    )
    folder = f"{deep}/Originals"
    dialog = open_dialog(qtbot, (*THREE, KeepRule(Rule.PREFERRED_FOLDER, folder)))
    dialog.list.setCurrentRow(3)
    assert dialog.sizeHint().width() < 1093 and dialog.minimumSizeHint().width() < 1093
    assert dialog.folder_label.whole_text() == folder
    dialog.resize(dialog.sizeHint())
    qtbot.waitUntil(lambda: dialog.folder_label.text() != folder)
    shown = dialog.folder_label.text()
    assert shown.startswith("/home/maria") and shown.endswith("Originals") and "\u2026" in shown
    assert dialog.folder_label.toolTip() == folder
    assert folder in dialog.list.item(3).toolTip()  # the list's line too
