"""Fault injection: `lookalike apply` while a drive stops answering in the middle of its run, just
as a file is being trashed (past the gate: its Trash call begun). The file is printed as one that may
have been trashed, never as skipped, and the command waits a few seconds for that work to end, its
journal line written; past them, it ends all the same and says that Undo looks at the file as after
a crash. Real files, a real XDG trash.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from lookalike.core import actions, reach

from .conftest import apply_file, save_result
from .test_acting_when_a_drive_stops_answering_mid_run import FEW, PATIENCE, Library, lines_of, plan_of, timed
from .test_acting_when_a_drive_stops_answering_mid_run import library as library  # the fixture


def held_trash(held_file: Path, release: threading.Event, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Trash call of `held_file` waits until `release` (its drive slow right then): past the gate."""
    real = actions.send2trash

    def slow_trash(path: str) -> None:
        if Path(path) == held_file:
            release.wait(10)
        real(path)

    monkeypatch.setattr(actions, "send2trash", slow_trash)


def test_apply_says_a_file_begun_may_have_gone_and_waits_for_it_to_be_journalled(
    library: Library,
    tmp_path: Path,
    trash: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`lookalike apply`: a file's Trash call outlasts the run's patience. It is printed as one that
    may have been trashed (never as skipped), and the command does not end before that work has
    ended and its journal line is written."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    plan, marks, result = plan_of(library)
    held_file = plan.deletions[1].path
    release = threading.Event()
    held_trash(held_file, release, monkeypatch)
    threading.Timer(2 * PATIENCE + 0.5, release.set).start()

    outcome = apply_file(save_result(result, marks, tmp_path / "result.json"), capsys=capsys)  # type: ignore[arg-type]

    assert f"may have been trashed: {held_file}: the drive stopped answering" in outcome.output
    assert f"skipped: {held_file}" not in outcome.output
    assert "1 file may have gone" in outcome.output and outcome.exit_code == 1
    assert lines_of(actions.default_journal_path())[held_file] == ["intent", "done"]
    assert not held_file.exists()


def test_apply_stops_waiting_for_work_that_never_ends_and_says_undo_looks_at_it(
    library: Library,
    tmp_path: Path,
    trash: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`lookalike apply`: a file's Trash call does not end within the few seconds the command waits
    for it. The command ends all the same, saying the file may still be moving and that Undo looks at
    it as after a crash (its intent's line has no outcome's line yet)."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    plan, marks, result = plan_of(library)
    held_file = plan.deletions[1].path
    release = threading.Event()
    held_trash(held_file, release, monkeypatch)
    try:
        outcome, took = timed(
            lambda: apply_file(save_result(result, marks, tmp_path / "result.json"), capsys=capsys)  # type: ignore[arg-type]
        )
        assert took < FEW + 4 * PATIENCE
        assert f"may have been trashed: {held_file}" in outcome.output  # type: ignore[attr-defined]
        assert "1 file may still be moving: Lookalike stops waiting" in outcome.output  # type: ignore[attr-defined]
        assert "lookalike undo-last" in outcome.output  # type: ignore[attr-defined]
        assert lines_of(actions.default_journal_path())[held_file] == ["intent"]
    finally:
        release.set()
