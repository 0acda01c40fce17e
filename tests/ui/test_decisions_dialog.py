"""The decisions dialog lists a real store's "not duplicates" pairs and forgets them from the store."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore, default_decisions_path
from lookalike.core.models import FileEntry, Fingerprint, ImageRecord
from lookalike.samples import photo
from lookalike.ui.decisions_dialog import DecisionRole, DecisionsDialog
from lookalike.ui.i18n import moment_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class ScriptedDialogs:
    """Answers confirm() from a list and records the questions; nothing else is asked here."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def confirm(self, title: str, text: str, details: str = "", ok: str = "OK") -> bool:
        self.asked.append(text)
        return self.answers.pop(0)


def record(path: Path, seed: int) -> ImageRecord:
    photo(seed, (64, 48)).save(path, quality=85)
    data = path.read_bytes()
    stat = path.stat()
    fingerprint = Fingerprint(hashlib.blake2b(data).hexdigest(), 64, 48, "JPEG", None, bytes(8), b"", False)
    return ImageRecord(FileEntry(path, stat.st_size, stat.st_mtime_ns), fingerprint)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DecisionStore]:
    """The default store, which conftest keeps in the temporary XDG data folder, with three decisions."""
    assert Path(os.environ["XDG_DATA_HOME"]) in default_decisions_path().parents
    decisions = DecisionStore()
    screenshots = [record(tmp_path / f"chat {n}.jpg", n) for n in range(3)]
    decisions.mark_group_not_duplicates(screenshots)
    yield decisions
    decisions.close()


def open_dialog(
    qtbot: QtBot, store: DecisionStore, dialogs: ScriptedDialogs | None = None
) -> DecisionsDialog:
    dialog = DecisionsDialog(store, dialogs=dialogs or ScriptedDialogs())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_pairs(dialog: DecisionsDialog) -> set[frozenset[str]]:
    model = dialog.model
    return {
        frozenset(model.index(row, column).data() for column in (0, 1)) for row in range(model.rowCount())
    }


def test_lists_every_decision_with_names_and_date(qtbot: QtBot, store: DecisionStore) -> None:
    dialog = open_dialog(qtbot, store)
    assert dialog.model.rowCount() == 3
    assert shown_pairs(dialog) == {
        frozenset({"chat 0.jpg", "chat 1.jpg"}),
        frozenset({"chat 0.jpg", "chat 2.jpg"}),
        frozenset({"chat 1.jpg", "chat 2.jpg"}),
    }
    decided = datetime.fromisoformat(store.decisions()[0].decided_at).astimezone()
    assert dialog.model.index(0, 2).data() == moment_text(
        decided
    )  # the local time, as the language writes it
    tooltip = dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert str(Path(tooltip.splitlines()[0]).parent) == str(Path(store.decisions()[0].paths[0]).parent)
    assert dialog.model.index(0, 0).data(DecisionRole) == store.decisions()[0]
    assert dialog.view.isVisible() and not dialog.empty_label.isVisible()
    assert not dialog.forget_selected_button.isEnabled()  # nothing selected yet


def test_model_is_consistent(qtmodeltester: ModelTester, qtbot: QtBot, store: DecisionStore) -> None:
    dialog = open_dialog(qtbot, store)
    qtmodeltester.check(dialog.model)


def test_forget_selected_removes_them_from_the_store(qtbot: QtBot, store: DecisionStore) -> None:
    dialog = open_dialog(qtbot, store)
    keep = dialog.model.decision(1).digests
    dialog.select_rows([0, 2])
    assert dialog.forget_selected_button.isEnabled()
    with qtbot.waitSignal(dialog.decisions_forgotten) as blocker:
        qtbot.mouseClick(dialog.forget_selected_button, Qt.MouseButton.LeftButton)
    assert len(blocker.args[0]) == 2
    assert store.pairs() == frozenset({keep})
    assert dialog.model.rowCount() == 1 and dialog.model.decision(0).digests == keep
    # A fresh store on the same file agrees: the decision is gone from disk, not just from the view.
    reopened = DecisionStore(store.path)
    assert reopened.pairs() == frozenset({keep})
    reopened.close()


def test_delete_key_forgets_the_selection(qtbot: QtBot, store: DecisionStore) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.select_rows([1])
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert len(store.pairs()) == 2 and dialog.model.rowCount() == 2


def test_forget_all_asks_first(qtbot: QtBot, store: DecisionStore) -> None:
    dialogs = ScriptedDialogs(False, True)
    dialog = open_dialog(qtbot, store, dialogs)
    assert dialog.forget_all() == []  # declined
    assert len(store.pairs()) == 3
    qtbot.mouseClick(dialog.forget_all_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Forget all 3 \u201cnot duplicates\u201d decisions?"] * 2
    assert store.pairs() == frozenset() and store.decisions() == []
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible() and not dialog.view.isVisible()
    assert not dialog.forget_all_button.isEnabled()


def test_empty_store(qtbot: QtBot, tmp_path: Path) -> None:
    empty = DecisionStore(tmp_path / "decisions.sqlite3")
    dialog = open_dialog(qtbot, empty)
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisible()
    assert dialog.forget_all() == [] and dialog.forget_selected() == []
    empty.close()
