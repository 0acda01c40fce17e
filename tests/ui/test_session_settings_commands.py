"""The window's parts on their own: the review session (no window), typed settings, the command table."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import Mode, ScanOptions
from lookalike.core.scan import scan
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule
from lookalike.ui.commands import COMMANDS, CommandSet, WindowState, key_sequences
from lookalike.ui.review import Review
from lookalike.ui.session import Refusal, ReviewSession
from lookalike.ui.settings import MAX_RECENT, FolderChoice, Preferences, SettingsStore

from .conftest import Photos


def _session(photos: Photos, tmp_path: Path) -> ReviewSession:
    session = ReviewSession(DecisionStore(tmp_path / "decisions.sqlite3"), SUGGESTED_RULES)
    session.show(Review.from_result(scan([photos.root], ScanOptions(use_cache=False))))
    return session


def test_not_a_duplicate_takes_the_picture_out_and_is_remembered(
    qtbot: QtBot, photos: Photos, tmp_path: Path
) -> None:
    session = _session(photos, tmp_path)
    review = session.review
    assert review is not None
    beach = next(g for g in review.groups if photos.beach in g.paths)
    small = next(row for row, m in enumerate(beach.members) if m.path == photos.beach_small)
    with qtbot.waitSignal(session.groups_changed) as changed:
        taken = session.not_duplicate(beach, small)
    assert taken == [photos.beach_small]
    row, note = changed.args
    assert row == session.row_of(beach) and "beach-small.jpg" in note and "later scans" in note
    assert "lasts only until" not in note
    assert photos.beach_small not in {m.path for g in review.groups for m in g.members}
    assert session.decisions.pairs()  # the next scan keeps them apart
    session.decisions.close()


def test_undoing_a_decision_another_window_made_again_keeps_it(photos: Photos, tmp_path: Path) -> None:
    """Two windows (Lookalike started twice) on one store, the same pair in both: B says "not a
    duplicate", then A does too, within the same second; B's Edit ▸ Undo forgot the pair, and A's
    decision with it (A still showed them apart; the next scan grouped them again). Undo forgets only
    the decision as its window made it, to the microsecond."""
    first, second = _session(photos, tmp_path), _session(photos, tmp_path)
    for session in (second, first):
        review = session.review
        assert review is not None
        beach = next(g for g in review.groups if photos.beach in g.paths)
        small = next(row for row, m in enumerate(beach.members) if m.path == photos.beach_small)
        assert session.not_duplicate(beach, small) == [photos.beach_small]

    assert second.undo() is None

    assert len(first.decisions.pairs()) == 1  # A's decision stands
    assert first.undo() is None  # A had decided a pair already decided: its undo forgets nothing
    assert len(first.decisions.pairs()) == 1
    for session in (first, second):
        session.decisions.close()


def test_not_duplicates_the_data_folder_cannot_keep_are_said_to_last_until_closing(
    qtbot: QtBot, photos: Photos, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: a file stands where Lookalike's data folder should be. The window still opens with a
    store of decisions of its own, in a temporary folder; each "not duplicates" note then says the
    decision lasts only until Lookalike closes, instead of promising later scans alone."""
    from lookalike.ui.window import open_decisions

    data = Path(os.environ["XDG_DATA_HOME"]) / "lookalike"
    data.write_text("a file where the data folder should be")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the store's temporary folder
    decisions = open_decisions()
    assert not decisions.lasting and not decisions.path.is_relative_to(data)
    session = ReviewSession(decisions, SUGGESTED_RULES)
    session.show(Review.from_result(scan([photos.root], ScanOptions(use_cache=False))))
    review = session.review
    assert review is not None
    beach = next(g for g in review.groups if photos.beach in g.paths)
    small = next(row for row, m in enumerate(beach.members) if m.path == photos.beach_small)
    with qtbot.waitSignal(session.groups_changed) as changed:
        session.not_duplicate(beach, small)
    assert changed.args[1].endswith("so this one lasts only until Lookalike closes.")
    assert session.decisions.pairs() and data.read_text() == "a file where the data folder should be"
    session.decisions.close()


def test_exact_copies_cannot_be_called_not_duplicates(photos: Photos, tmp_path: Path) -> None:
    session = _session(photos, tmp_path)
    review = session.review
    assert review is not None
    city = next(g for g in review.groups if photos.city in g.paths)
    refusal = session.not_duplicate(city, 1)
    assert isinstance(refusal, Refusal) and refusal.title == "These are exact copies"
    assert isinstance(session.group_not_duplicates(city), Refusal)
    assert city in review.groups and not session.decisions.pairs()
    session.decisions.close()


def test_new_keep_rules_mark_every_group_and_say_so(qtbot: QtBot, photos: Photos, tmp_path: Path) -> None:
    session = _session(photos, tmp_path)
    review = session.review
    assert review is not None
    with qtbot.waitSignal(session.groups_changed) as changed:
        session.apply_rules((KeepRule(Rule.NEWEST),), 0)  # beach-small.jpg is the newest file
    assert "Marked KEEP by the rules" in changed.args[1]
    beach = next(g for g in review.groups if photos.beach in g.paths)
    kept = [m.path for m, keep in zip(beach.members, beach.keep, strict=True) if keep]
    assert kept == [photos.beach_small]
    session.decisions.close()


def test_a_saved_review_reopens_in_the_session(qtbot: QtBot, photos: Photos, tmp_path: Path) -> None:
    session = _session(photos, tmp_path)
    text = session.session_text()
    other = ReviewSession(DecisionStore(tmp_path / "other.sqlite3"), SUGGESTED_RULES)
    with qtbot.waitSignal(other.review_replaced):
        other.open_text(text)
    assert other.review is not None and session.review is not None
    assert other.review.marks() == session.review.marks()
    session.decisions.close()
    other.decisions.close()


def test_settings_round_trip_and_bad_values_fall_back(tmp_path: Path) -> None:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = SettingsStore(qsettings)
    assert store.load() == Preferences()
    chosen = Preferences(
        mode=Mode.EXACT,
        sensitivity=4,
        rotations=True,
        folders=(FolderChoice(tmp_path / "a"), FolderChoice(tmp_path / "b", reference=True)),
        recent=(tmp_path / "a",),
        keep_rules=(KeepRule(Rule.NEWEST),),
    )
    store.save(chosen)
    assert SettingsStore(qsettings).load() == chosen
    qsettings.setValue("options", '{"mode": "exact", "sensitivity": 99, "rotations": "yes"}')
    qsettings.setValue("folders", "not json")
    qsettings.setValue("keep_rules", '[{"rule": "prettiest"}]')
    damaged = SettingsStore(qsettings).load()
    # A damaged value falls back to the default: rotations on.
    assert (damaged.mode, damaged.sensitivity, damaged.rotations) == (Mode.EXACT, 2, True)
    assert damaged.folders == () and damaged.keep_rules == SUGGESTED_RULES


def test_a_window_saving_keeps_what_another_window_saved_meanwhile(tmp_path: Path) -> None:
    """Two windows open at once (Lookalike started twice): each saved every setting as it held it,
    so the one that closed last undid the other's keep rules and language, and the next scan's
    suggestions changed without a word. Each writes only what it changed."""
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first, second = SettingsStore(qsettings), SettingsStore(qsettings)
    held_by_first, held_by_second = first.load(), second.load()

    first.save(replace(held_by_first, keep_rules=(KeepRule(Rule.OLDEST),), language="ja"))
    second.save(replace(held_by_second, mode=Mode.EXACT))  # its own change; the rest as it loaded them

    now = SettingsStore(qsettings).load()
    assert now.keep_rules == (KeepRule(Rule.OLDEST),) and now.language == "ja"
    assert now.mode is Mode.EXACT


def test_rotations_turned_off_stay_off_but_an_old_default_of_off_is_not_a_choice(tmp_path: Path) -> None:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = SettingsStore(qsettings)
    store.save(Preferences(rotations=False))
    assert SettingsStore(qsettings).load().rotations is False
    # Saved by a version whose window started with rotations off: the value was its default.
    qsettings.setValue("options", '{"mode": "similar", "sensitivity": 2, "rotations": false}')
    assert SettingsStore(qsettings).load().rotations is True


def test_recent_folders_are_most_recent_first_and_bounded(tmp_path: Path) -> None:
    preferences = Preferences()
    for number in range(MAX_RECENT + 3):
        preferences = preferences.with_recent(tmp_path / str(number))
    preferences = preferences.with_recent(tmp_path / "5")
    assert preferences.recent[0] == tmp_path / "5" and len(preferences.recent) == MAX_RECENT
    assert len(set(preferences.recent)) == MAX_RECENT


def test_every_command_has_one_key_meaning_and_one_enabled_rule(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    ran: list[str] = []
    commands = CommandSet(window, {c.name: (lambda name=c.name: ran.append(name)) for c in COMMANDS})
    commands.fill_menus(window.menuBar())
    keys = Counter(
        key.toString() for c in COMMANDS for key in (*key_sequences(c), *map(QKeySequence, c.grid_keys))
    )
    assert all(count == 1 for count in keys.values()), keys
    menu_actions = {a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert set(commands.actions.values()) <= menu_actions
    commands.enable_for(WindowState(busy=True, has_review=True, delete_count=3, has_group=True))
    assert not commands.actions["trash"].isEnabled() and commands.actions["stop"].isEnabled()
    commands.enable_for(WindowState(has_review=True, delete_count=3, has_group=True))
    assert commands.actions["trash"].isEnabled() and not commands.actions["stop"].isEnabled()
    commands.actions["compare"].trigger()
    assert ran == ["compare"]
