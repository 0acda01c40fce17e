"""Trash and move through the act path: journaled, never a permanent delete, refusals in plain words."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import pytest
from send2trash.exceptions import TrashPermissionError

from lookalike.core import actions
from lookalike.core.actions import Status, carry_out
from lookalike.core.models import ScanResult
from lookalike.core.plan import ActPlan, plan_from_result
from lookalike.ui.review import Review
from tests.safety.conftest import make_copies, mark, scan_folder, trashed


def _plan_keeping_first(tmp_path: Path, count: int = 3) -> tuple[ActPlan, list[Path]]:
    names = tuple(f"{n}.jpg" for n in range(count))
    paths = make_copies(tmp_path / "photos", names=names)
    result: ScanResult = scan_folder(tmp_path / "photos")
    return Review.from_result(result, mark(result, {paths[0]})).plan(), paths


def test_trash_moves_files_to_the_xdg_trash_and_journals_intent_then_outcome(
    tmp_path: Path, trash: Path
) -> None:
    plan, paths = _plan_keeping_first(tmp_path)
    journal = tmp_path / "journal.jsonl"
    seen: list[tuple[int, int]] = []

    report = carry_out(plan, journal=journal, progress=lambda d, t: seen.append((d, t)))

    assert [o.status for o in report.outcomes] == [Status.DONE, Status.DONE]
    assert trashed(trash) == ["1.jpg", "2.jpg"] and paths[0].exists()
    info = (trash / "info" / "1.jpg.trashinfo").read_text()
    assert f"Path={paths[1]}" in info
    entries = actions.read_journal(journal)
    assert [(e["state"], Path(e["path"]).name) for e in entries] == [
        ("intent", "1.jpg"), ("done", "1.jpg"), ("intent", "2.jpg"), ("done", "2.jpg"),
    ]  # fmt: skip
    assert all(e["action"] == "trash" and e["time"] and e["digest"] for e in entries)
    assert entries[1]["to"] == "trash"
    assert seen == [(1, 2), (2, 2)]
    assert report.done_bytes == 2 * paths[0].stat().st_size


def test_the_default_journal_lives_in_the_data_folder(tmp_path: Path, trash: Path) -> None:
    plan, paths = _plan_keeping_first(tmp_path, 2)
    report = carry_out(plan)
    assert report.journal == actions.default_journal_path()
    assert Path(os.environ["XDG_DATA_HOME"]) in report.journal.parents
    assert actions.read_journal(report.journal)[-1]["path"] == str(paths[1])


def test_an_unavailable_trash_is_reported_so_a_move_can_be_offered(tmp_path: Path) -> None:
    plan, paths = _plan_keeping_first(tmp_path, 2)

    def no_trash(name: str) -> None:
        raise TrashPermissionError(name)

    report = carry_out(plan, journal=tmp_path / "j", trasher=no_trash)
    assert report.trash_unavailable and report.outcomes[0].status is Status.TRASH_UNAVAILABLE
    assert paths[1].exists()
    moved = carry_out(plan.restricted_to([paths[1]]), destination=tmp_path / "aside", journal=tmp_path / "j")
    assert moved.outcomes[0].status is Status.DONE and (tmp_path / "aside" / "1.jpg").exists()


def test_a_refusal_is_a_failure_in_plain_words(tmp_path: Path) -> None:
    plan, paths = _plan_keeping_first(tmp_path, 2)

    def refuse(name: str) -> None:
        raise PermissionError(13, "Permission denied", name)

    report = carry_out(plan, journal=tmp_path / "j", trasher=refuse)
    assert report.outcomes[0].status is Status.FAILED
    assert "permission denied" in str(report.outcomes[0].reason)
    assert not report.trash_unavailable and paths[1].exists()
    assert [e["state"] for e in actions.read_journal(tmp_path / "j")] == ["intent", "failed"]


def test_move_never_overwrites(tmp_path: Path) -> None:
    plan, paths = _plan_keeping_first(tmp_path, 2)
    destination = tmp_path / "kept aside"
    destination.mkdir()
    (destination / "1.jpg").write_bytes(b"already here")
    report = carry_out(plan, destination=destination, journal=tmp_path / "j")
    outcome = report.outcomes[0]
    assert outcome.status is Status.DONE and outcome.destination == destination / "1 (2).jpg"
    assert (destination / "1.jpg").read_bytes() == b"already here"
    assert (destination / "1 (2).jpg").read_bytes() == paths[0].read_bytes()
    assert actions.read_journal(tmp_path / "j")[-1]["to"] == str(destination / "1 (2).jpg")


def test_cancel_stops_between_files(tmp_path: Path, trash: Path) -> None:
    plan, paths = _plan_keeping_first(tmp_path, 4)
    done: list[int] = []  # Stop pressed once the first file is done
    report = carry_out(
        plan, journal=tmp_path / "j", progress=lambda n, _total: done.append(n), cancelled=lambda: bool(done)
    )
    assert report.cancelled and len(report.outcomes) == 1
    assert paths[2].exists() and paths[3].exists()


def test_a_plan_from_a_result_uses_its_marks_and_roots(tmp_path: Path) -> None:
    paths = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    plan = plan_from_result(result, reference_roots=[tmp_path / "archive"])
    assert plan.roots == (tmp_path / "photos",)
    assert plan.reference_roots == (tmp_path / "archive",)
    assert [f.path for f in plan.deletions] == [m.path for m in result.groups[0].members if not m.keep]
    assert {f.path for g in plan.groups for f in g.files} == set(paths)


def test_the_module_never_deletes_permanently() -> None:
    """A person's file leaves only through send2trash or a move; the only removals are of a name
    whose content lives on elsewhere (a moved file's old name, or a copy's temporary name once
    linked under its own; a move's new name or copy when the old name could not be removed), and
    of the module's own unfinished copies."""
    source = Path(actions.__file__).read_text()
    for forbidden in ("os.remove", "rmtree", "import PySide6", "from PySide6"):
        assert forbidden not in source
    allowed = {"_drop_moved_name", "_drop_linked_name", "_forget_unmoved", "_discard_partial_copy"}
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, ast.FunctionDef) and function.name not in allowed:
            body = ast.unparse(function)
            nested = any(f"def {name}" in body for name in allowed)
            assert nested or ("unlink(" not in body), function.name


def test_a_journal_larger_than_is_read_gives_its_last_whole_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal grown past JOURNAL_READ_MOST (years of runs, or a huge file in its place) is read
    from its end: its last whole lines, never a line begun before what is read, nor all of it."""
    journal = tmp_path / "actions.jsonl"
    lines = [
        json.dumps({"run": f"r{n:04}", "state": "done", "path": f"/p/{n}.jpg"}) + "\n" for n in range(200)
    ]
    journal.write_text("".join(lines))
    monkeypatch.setattr(actions, "JOURNAL_READ_MOST", 1000)

    entries = actions.read_journal(journal)

    runs = [entry["run"] for entry in entries]
    assert runs and runs[-1] == "r0199" and len(runs) < 200
    assert runs == [f"r{n:04}" for n in range(200 - len(runs), 200)]  # whole lines, in order
    assert sum(len(line) for line in lines[-len(runs) :]) <= 1000
