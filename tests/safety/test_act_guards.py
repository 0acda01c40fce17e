"""Guarantees of acting that a mutation pass over core/plan.py, core/actions.py and core/selection.py
found untested: a dry run touches nothing, the last looks at the copy and its keeper just before the
Trash is handed it, a move offered for the files the Trash could not take moves those alone, each
intent is on disk before its file is acted on, reference copies are always suggested KEEP.

Each kills a mutant the suite let live (named in its docstring); each acts on real files in tmp_path
with the real XDG trash redirected by the `trash` fixture, and runs whole the functions it wraps.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from send2trash import send2trash
from send2trash.exceptions import TrashPermissionError

from lookalike.core import actions, platform_checks, recheck, report
from lookalike.core.actions import Status, carry_out
from lookalike.core.models import ScanResult
from lookalike.core.plan import ActPlan
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule, apply_keep_rules
from lookalike.samples import photo
from lookalike.ui.review import Review
from tests.safety.conftest import Act, apply_file, make_copies, mark, save_result, scan_folder, trashed


def _plan_keeping_first(tmp_path: Path, names: tuple[str, ...]) -> tuple[ActPlan, list[Path], ScanResult]:
    paths = make_copies(tmp_path / "photos", names=names)
    result = scan_folder(tmp_path / "photos")
    return Review.from_result(result, mark(result, {paths[0]})).plan(), paths, result


def test_moving_the_files_the_trash_could_not_take_moves_those_alone(tmp_path: Path, trash: Path) -> None:
    """Mutant P02 (plan.py restricted_to keeps every file, not only `paths`). The window offers to
    move to a folder the files the Trash could not take, and acts on plan.restricted_to(them): a copy
    the system refused for another reason (FAILED) was not offered, and stays where it is."""
    plan, (keep, unavailable, refused), _ = _plan_keeping_first(tmp_path, ("a.jpg", "b.jpg", "c.jpg"))

    def trasher(name: str) -> None:
        if Path(name) == unavailable:
            raise TrashPermissionError(name)
        raise PermissionError(13, "Permission denied", name)

    first = carry_out(plan, journal=tmp_path / "j", trasher=trasher)
    assert {o.path: o.status for o in first.outcomes} == {
        unavailable: Status.TRASH_UNAVAILABLE,
        refused: Status.FAILED,
    }
    offered = [o.path for o in first.outcomes if o.status is Status.TRASH_UNAVAILABLE]

    moved = carry_out(plan.restricted_to(offered), destination=tmp_path / "aside", journal=tmp_path / "j")

    assert [(o.path, o.status) for o in moved.outcomes] == [(unavailable, Status.DONE)]
    assert sorted(p.name for p in (tmp_path / "aside").iterdir()) == ["b.jpg"]
    assert keep.exists() and refused.exists() and not unavailable.exists()


@pytest.mark.parametrize("action", ["trash", "move"])
def test_a_dry_run_of_copies_that_pass_every_check_touches_nothing(
    tmp_path: Path, trash: Path, action: str
) -> None:
    """Mutants A02 (carry_out's dry-run branch hands dry_run=False on) and A08 (_each_file's
    `elif dry_run` never taken). The suite's only dry run skips every file (all in a reference
    folder), so the branch that would act was never reached."""
    plan, paths, _ = _plan_keeping_first(tmp_path, ("a.jpg", "b.jpg", "c.jpg"))
    before = {path: path.read_bytes() for path in paths}
    handed: list[str] = []
    aside = tmp_path / "aside"

    report = carry_out(
        plan,
        destination=aside if action == "move" else None,
        journal=tmp_path / "j",
        trasher=handed.append,
        dry_run=True,
    )

    assert report.dry_run and [o.status for o in report.outcomes] == [Status.CHECKED, Status.CHECKED]
    assert handed == [] and trashed(trash) == [] and not aside.exists()
    assert {path: path.read_bytes() for path in paths} == before
    assert not (tmp_path / "j").exists()  # nothing done, nothing journalled


def test_apply_dry_run_of_copies_that_pass_every_check_touches_nothing(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mutants A02 and A08, through `lookalike apply --dry-run`."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")

    outcome = apply_file(saved, "--dry-run", capsys=capsys)

    assert outcome.exit_code == 0 and f"would trash: {copy}" in outcome.output
    assert copy.exists() and keep.exists() and trashed(trash) == []


def test_a_file_the_system_trash_would_delete_for_good_is_never_handed_to_it(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mutant A10 (_act's trash_problem look dropped). On Windows and macOS trash_problem says when
    the system's trash would delete a file for good (a removable drive without a Recycle Bin); on
    Linux it never does, so no test reached the branch. Here it says what Windows says of a
    removable drive: the file is never handed to the trash, and a move can be offered."""
    problem = platform_checks.windows_trash_problem(platform_checks.DRIVE_REMOVABLE, recycle_bin_present=True)
    assert problem is not None
    monkeypatch.setattr(actions, "trash_problem", lambda path: problem)
    plan, (keep, copy), _ = _plan_keeping_first(tmp_path, ("a.jpg", "b.jpg"))
    handed: list[str] = []

    report = carry_out(plan, journal=tmp_path / "j", trasher=handed.append)

    assert handed == []
    assert [(o.path, o.status) for o in report.outcomes] == [(copy, Status.TRASH_UNAVAILABLE)]
    assert report.trash_unavailable and keep.exists() and copy.exists()


def test_a_copy_saved_over_just_after_its_checks_passed_is_not_trashed(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, act: Act
) -> None:
    """Mutant A11 (_act's last unchanged() look before trashing dropped). Hostile: another program
    saves another picture over the copy the moment its checks have passed (Checker.check wrapped,
    run in full). The Trash takes a name, not a file: what is under the name now stays, as saved."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    real_check = recheck.Checker.check
    saved: list[bytes] = []

    def checked_then_saved_over(self: recheck.Checker, group: object, planned: object) -> object:
        reason = real_check(self, group, planned)  # type: ignore[arg-type]
        if planned.path == copy and not saved:  # type: ignore[attr-defined]
            photo(9, (320, 240)).save(tmp_path / "saving.jpg", quality=90)
            os.replace(tmp_path / "saving.jpg", copy)
            saved.append(copy.read_bytes())
        return reason

    monkeypatch.setattr(recheck.Checker, "check", checked_then_saved_over)

    outcome = act(result, mark(result, {keep}))

    assert saved and copy.exists() and copy.read_bytes() == saved[0] and trashed(trash) == []
    assert any("replaced by another file" in reason for reason in outcome.skipped()), outcome.skipped()


def test_a_keeper_removed_while_the_intent_is_journalled_keeps_the_last_copy(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch, act: Act
) -> None:
    """Mutant A14 (_act's kept_copy_gone() look just before acting dropped). Hostile: another program
    removes the only copy kept while the journal waits for the disk to take the copy's intent (the
    real append_journal_line wrapped, run in full). The copy's checks had passed; it is now the
    last copy of the picture, and stays."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    real_append = actions.append_journal_line

    def keeper_removed_meanwhile(path: Path, line: bytes) -> None:
        real_append(path, line)
        if b'"state": "intent"' in line and keep.exists():
            keep.unlink()

    monkeypatch.setattr(actions, "append_journal_line", keeper_removed_meanwhile)

    outcome = act(result, mark(result, {keep}))

    assert not keep.exists()  # the hostile act happened
    assert copy.exists() and trashed(trash) == []
    assert any("the copy you keep is gone" in reason for reason in outcome.skipped()), outcome.skipped()


def test_a_run_cancelled_while_another_lookalike_acts_ends_at_once_without_acting(
    tmp_path: Path, trash: Path
) -> None:
    """Mutants A19 (acting_alone never looks at `cancelled` while it waits) and A25 (that run's report
    says it was not cancelled). Another run holds the lock for as long as it likes; a run cancelled
    meanwhile ends without waiting for it, acts on nothing, and says it was cancelled."""
    plan, paths, _ = _plan_keeping_first(tmp_path, ("a.jpg", "b.jpg"))
    journal = tmp_path / "journal.jsonl"
    ended: list[actions.ActionReport] = []
    with actions.acting_alone(journal) as alone:  # the other Lookalike's run
        assert alone
        run = threading.Thread(
            target=lambda: ended.append(carry_out(plan, journal=journal, cancelled=lambda: True)), daemon=True
        )
        run.start()
        run.join(10)
        kept_waiting = run.is_alive()
    run.join(10)

    assert not kept_waiting, "the cancelled run waited for the other run to end"
    (report,) = ended
    assert report.cancelled and report.outcomes == ()
    assert all(path.exists() for path in paths) and trashed(trash) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names an open file through /proc/self/fd")
def test_each_intent_is_on_disk_before_its_file_is_trashed(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mutant A23 (the journal's line not fsynced). The journal records each intent, flushed to
    disk, before acting: when the Trash is handed a file, the journal's last line is that file's
    intent, and the last thing done before was the journal's fsync."""
    plan, _paths, _ = _plan_keeping_first(tmp_path, ("a.jpg", "b.jpg", "c.jpg"))
    journal = tmp_path / "journal.jsonl"
    events: list[tuple[str, ...]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        events.append(("on disk", os.readlink(f"/proc/self/fd/{fd}")))

    def trasher(name: str) -> None:
        last = actions.read_journal(journal)[-1]
        events.append(("trash", name, last["state"], last["path"]))
        send2trash(name)

    monkeypatch.setattr(os, "fsync", fsync)

    report = carry_out(plan, journal=journal, trasher=trasher)

    assert len(report.done) == 2 and trashed(trash) == ["b.jpg", "c.jpg"]
    handed = [i for i, event in enumerate(events) if event[0] == "trash"]
    assert len(handed) == 2
    for i in handed:
        assert events[i][2:] == ("intent", events[i][1])
        assert i > 0 and events[i - 1] == ("on disk", str(journal.resolve())), events


def test_every_copy_in_a_reference_folder_is_suggested_keep_whatever_the_rules(tmp_path: Path) -> None:
    """Mutant S01 (apply_keep_rules marks only the one copy chosen KEEP, not every copy in a
    reference folder). The act path refuses reference copies anyway; this is the suggestion's own
    guarantee, which the window shows and counts as space to free."""
    root = tmp_path / "photos"
    make_copies(root, names=("a.jpg", "archive/x.jpg", "archive/y.jpg"))
    result = scan_folder(root, reference_roots=(root / "archive",))
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["a.jpg", "x.jpg", "y.jpg"]]

    for rules in (SUGGESTED_RULES, (KeepRule(Rule.LARGEST_FILE),), (KeepRule(Rule.NEWEST),)):
        (group,) = apply_keep_rules(result.groups, rules)
        marks = {m.path.name: m.keep for m in group.members}
        assert marks == {"a.jpg": False, "x.jpg": True, "y.jpg": True}, (rules, marks)
    (group,) = result.groups  # the scan's own suggestion
    assert {m.path.name: m.keep for m in group.members} == {"a.jpg": False, "x.jpg": True, "y.jpg": True}


def test_a_keeper_chosen_by_the_persons_rules_leaves_the_groups_reference_free_to_go(
    tmp_path: Path, trash: Path
) -> None:
    """Mutant S04 (apply_keep_rules moves the chosen copy to the reference's place, members[0],
    even when its content differs). Not a safety gap: the others' tiers were measured against the
    old reference, so the re-check then holds the old reference to "identical" and refuses it (over-
    refusal). The group's reference must stay the content the others were matched to."""
    folder = tmp_path / "photos"
    folder.mkdir()
    picture = photo(3, (640, 480))
    picture.save(folder / "original.jpg", quality=95)
    picture.save(folder / "converted.png")
    os.utime(folder / "original.jpg", (1_600_000_000, 1_600_000_000))  # the older: the scan's keeper
    result = scan_folder(folder)
    ruled = replace(result, groups=apply_keep_rules(result.groups, (KeepRule(Rule.PREFERRED_FORMAT, "PNG"),)))
    (group,) = ruled.groups
    assert {m.path.name: m.keep for m in group.members} == {"original.jpg": False, "converted.png": True}

    plan = Review.from_result(ruled, mark(ruled, {folder / "converted.png"})).plan()
    report = carry_out(plan, journal=tmp_path / "j")

    assert [(o.path.name, o.status, o.reason) for o in report.outcomes] == [
        ("original.jpg", Status.DONE, None)
    ]
    assert trashed(trash) == ["original.jpg"] and (folder / "converted.png").exists()
    assert group.members[0].path.name == "original.jpg"  # still the content the others matched


def _listed_in_two_groups(saved: Path, group_of: Path, into: Path | None = None) -> None:
    """Crafts (as a merge of two results would) `saved` so the group holding `group_of` is listed
    twice, the second time as group 99; with `into`, its rows are added to the group holding `into`
    instead, and that group comes first."""
    data = json.loads(saved.read_text(encoding="utf-8"))
    groups = data["groups"]
    source = next(g for g in groups if any(Path(f["path"]) == group_of for f in g["files"]))
    if into is None:
        groups.append({**json.loads(json.dumps(source)), "id": 99})
    else:
        target = next(g for g in groups if any(Path(f["path"]) == into for f in g["files"]))
        target["files"] += [f for f in source["files"] if not f["keep"]]
        groups.remove(target)
        groups.insert(0, target)
    saved.write_text(json.dumps(data), encoding="utf-8")


def _lines(output: str, *starts: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith(starts))


def test_a_file_listed_in_two_groups_is_listed_once_and_counted_once_by_a_dry_run_and_a_real_run(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A result crafted or merged from two names each copy in two groups. The real run acts on each
    once; its dry run listed each twice and counted it twice (2 files planned, 4 "would trash", twice
    the size), and the real run said each was trashed, then skipped it ("already moved") and exited 1.
    Both now list each file once, with the same totals and exit status."""
    keep, *copies = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg"))
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    _listed_in_two_groups(saved, keep)
    size = report.human_size(sum(copy.stat().st_size for copy in copies))

    dry = apply_file(saved, "--dry-run", capsys=capsys)

    assert _lines(dry.output, "would trash:", "skipped:") == [f"would trash: {c}" for c in copies], dry.output
    assert "Plan: move to the Trash 2 files" in dry.output, dry.output
    assert f"Would trash 2 files ({size}); skipped 0." in dry.output, dry.output
    assert dry.exit_code == 0 and trashed(trash) == []

    real = apply_file(saved, capsys=capsys)

    assert _lines(real.output, "trashed:", "skipped:") == [f"trashed: {c}" for c in copies], real.output
    assert "Plan: move to the Trash 2 files" in real.output, real.output
    assert f"Trashed 2 files ({size}); skipped 0." in real.output, real.output
    assert real.exit_code == 0 and trashed(trash) == ["b.jpg", "c.jpg"] and keep.exists()


def test_a_file_refused_in_one_group_and_passing_in_another_is_listed_once_as_what_is_done(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy of one photo crafted into the group of another as well, which comes first: refused
    there (not a copy of that group's keeper), it passes in its own group and is trashed from it.
    Each run says so once, as what happens to the file, never "skipped" as well."""
    keep, copy = make_copies(tmp_path / "photos")
    other_keep, other_copy = make_copies(tmp_path / "photos", seed=2, names=("x.jpg", "y.jpg"))
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep, other_keep}), tmp_path / "r.json")
    _listed_in_two_groups(saved, keep, into=other_keep)

    dry = apply_file(saved, "--dry-run", capsys=capsys)
    real = apply_file(saved, capsys=capsys)

    assert _lines(dry.output, "would trash:", "skipped:") == [
        f"would trash: {copy}",
        f"would trash: {other_copy}",
    ], dry.output
    assert _lines(real.output, "trashed:", "skipped:") == [
        f"trashed: {copy}",
        f"trashed: {other_copy}",
    ], real.output
    assert dry.exit_code == real.exit_code == 0
    assert trashed(trash) == ["b.jpg", "y.jpg"] and keep.exists() and other_keep.exists()


def test_a_file_listed_twice_in_the_windows_plan_is_acted_on_once_and_reported_once(
    tmp_path: Path, trash: Path
) -> None:
    """The window's path (carry_out on a review's plan) over a loaded result that names a copy in two
    groups: one outcome per file, so the window never reports a file it moved as one that "stays
    where it is"."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    _listed_in_two_groups(saved, keep)
    loaded = report.load(saved.read_text(encoding="utf-8"))
    plan = Review.from_result(loaded, {m.path: m.keep for g in loaded.groups for m in g.members}).plan()

    checked = carry_out(plan, journal=tmp_path / "j", dry_run=True)
    done = carry_out(plan, journal=tmp_path / "j")

    assert [(o.path, o.status) for o in checked.outcomes] == [(copy, Status.CHECKED)]
    assert [(o.path, o.status) for o in done.outcomes] == [(copy, Status.DONE)]
    assert [p.path for p in plan.deletions] == [copy] and trashed(trash) == ["b.jpg"]
