"""Fault injection: a drive that stops answering in the middle of a run, once its folders answered
(a network drive whose connection is lost while Lookalike moves files to the Trash).

Each file's checks and its action are made on a worker the run watches, given reach.PATIENCE
seconds: a file whose work does not answer by then is left where it is, and so are the files after
it on that drive and those whose copies kept are all on it; the others go, the run's progress and
Stop alive meanwhile. Work given up on never passes its gate (the Trash call, a move's removal of
the original); work already past it may end later, and is said to have maybe gone, its journal line
written when it ends. The drive is stood in for by drive_not_answering; real files, a real XDG
trash, the window's path and `lookalike apply` alike.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lookalike.core import actions, reach, restore
from lookalike.core.actions import Status, acting_alone, carry_out, read_journal
from lookalike.core.plan import ActPlan
from lookalike.core.reasons import Code
from lookalike.ui.review import Review

from . import drive_not_answering
from .conftest import Act, make_copies, mark, scan_folder, trashed
from .drive_not_answering import Drive

PATIENCE = 0.5  # seconds each file's work has to answer, here
FEW = 4 * PATIENCE + 1.5  # seconds: a run that gives up on a drive returns within this much, at most
# The code before waited on the drive at each look for as long as the drive held it: HELD_AT_MOST.


@dataclass
class Drives:
    """Makes the drive at a folder stop answering (drive_not_answering)."""

    monkeypatch: pytest.MonkeyPatch
    stopped: list[Drive]

    def __call__(self, root: Path) -> Drive:
        self.stopped.append(drive_not_answering.stop_answering(root, self.monkeypatch))
        return self.stopped[-1]

    def answer(self) -> None:
        """Every drive answers again: the looks held go on."""
        for drive in self.stopped:
            drive.answer()


@pytest.fixture
def stop_answering(monkeypatch: pytest.MonkeyPatch) -> Iterator[Drives]:
    """Drives that stop answering, with PATIENCE; each answers again after the test, so that no look
    is left waiting."""
    drives = Drives(monkeypatch, [])
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    yield drives
    drives.answer()


@dataclass(frozen=True)
class Library:
    """Pictures on this computer and on a network share (NAS/Photos), both scanned."""

    pictures: Path
    share: Path
    kept: set[Path]
    here: list[Path]  # marked DELETE, in Pictures, their copies kept in Pictures
    there: list[Path]  # marked DELETE, on the share
    kept_there: Path  # marked DELETE, in Pictures: its one copy kept is on the share


@pytest.fixture
def library(tmp_path: Path) -> Library:
    pictures, share = tmp_path / "Pictures", tmp_path / "NAS" / "Photos"
    a, a1 = make_copies(pictures, 11, ("a.jpg", "a (1).jpg"))
    b, b1 = make_copies(pictures, 12, ("b.jpg", "b (1).jpg"))
    c, c1, c2 = make_copies(share, 13, ("c.jpg", "c (1).jpg", "c (2).jpg"))
    d, d1 = make_copies(tmp_path, 14, ("NAS/Photos/d.jpg", "Pictures/d.jpg"))
    return Library(pictures, share, {a, b, c, d}, [a1, b1], [c1, c2], d1)


def plan_of(library: Library) -> tuple[ActPlan, dict[Path, bool], object]:
    result = scan_folder(library.pictures, library.share)
    marks = mark(result, library.kept)
    return Review.from_result(result, marks).plan(), marks, result


def timed(work: Callable[[], object]) -> tuple[object, float]:
    started = time.monotonic()
    done = work()
    return done, time.monotonic() - started


def stops_after_first_trash(
    drive_root: Path, stop: Callable[[Path], Drive], monkeypatch: pytest.MonkeyPatch
) -> list[Path]:
    """The drive at `drive_root` stops answering just after the run's first file went to the Trash
    (whichever way the run sends files there: send2trash as actions calls it). The files trashed."""
    real = actions.send2trash
    sent: list[Path] = []

    def then_silence(path: str) -> None:
        real(path)
        sent.append(Path(path))
        if len(sent) == 1:
            stop(drive_root)

    monkeypatch.setattr(actions, "send2trash", then_silence)
    return sent


def lines_of(journal: Path) -> dict[Path, list[str]]:
    """Each file's journal states, in order."""
    states: dict[Path, list[str]] = {}
    for entry in read_journal(journal):
        states.setdefault(Path(entry["path"]), []).append(entry["state"])
    return states


def expected(plan: ActPlan, library: Library, first: Path) -> tuple[set[Path], set[Path]]:
    """What goes and what stays once the share stops answering after `first` went: the files after
    it on the share, and the one whose copy kept is on it, stay."""
    on_share = {*library.there, library.kept_there}
    order = [f.path for f in plan.deletions]
    after = order[order.index(first) + 1 :]
    stays = {p for p in after if p in on_share}
    return set(order) - stays, stays


def test_a_drive_that_stops_answering_mid_run_keeps_its_files_and_the_rest_goes(
    act: Act, library: Library, trash: Path, stop_answering: Drives, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The share stops answering just after the first file went to the Trash. The run gives each
    file a few seconds, not as long as the drive: the files on this computer whose copies kept are
    here go; the share's files after that, and the one whose copy kept is on the share, stay, each
    saying the drive did not answer and that it was left where it is; the run names the folder.
    (The code before waited for the drive at every look, then trashed them all.)"""
    plan, marks, result = plan_of(library)
    sent = stops_after_first_trash(library.share.parent, stop_answering, monkeypatch)

    outcome, took = timed(lambda: act(result, marks))  # type: ignore[arg-type]

    assert took < FEW, "the run waited for the drive"
    goes, stays = expected(plan, library, sent[0])
    assert stays, "the share's files come after the first one trashed"
    left = outcome.skipped()  # type: ignore[attr-defined]
    assert len(left) == len(stays)
    assert all(
        "the drive did not answer" in line and "left where it is; try again once it answers" in line
        for line in left
    )
    assert any(f"the file is in the folder {library.share}" in line for line in left)
    warning = f"The folder {library.share} stopped answering during the run"
    if outcome.report is not None:  # type: ignore[attr-defined]
        report = outcome.report  # type: ignore[attr-defined]
        assert {o.path for o in report.done} == goes
        assert {o.path for o in report.problems} == stays
        assert all(o.status is Status.SKIPPED for o in report.problems)
        assert any(warning in str(w) for w in report.warnings)
    else:
        assert warning in outcome.output  # type: ignore[attr-defined]
    stop_answering.answer()
    time.sleep(0.3)  # the drive answers: the work left waiting on it meets its gate shut
    assert sorted(trashed(trash)) == sorted(p.name for p in goes)
    for path in stays | library.kept:
        assert path.exists()
    states = lines_of(actions.default_journal_path())
    for path in goes:
        assert states[path] == ["intent", "done"]
    for path in stays:
        assert states.get(path, []) in ([], ["intent", "skipped"])


def test_stop_is_heard_while_a_file_on_a_silent_drive_is_waited_for(
    library: Library, trash: Path, stop_answering: Drives, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The share stops answering mid-run and the run would wait several seconds for it; Stop, pressed
    meanwhile, ends the run within a second, the files not reached where they were."""
    plan, _, _ = plan_of(library)
    sent = stops_after_first_trash(library.share.parent, stop_answering, monkeypatch)
    monkeypatch.setattr(reach, "PATIENCE", drive_not_answering.HELD_AT_MOST)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        threading.Timer(0.3, stop.set).start()

    report, took = timed(lambda: carry_out(plan, progress=progress, cancelled=stop.is_set))

    assert took < 0.3 + 1.5, "Stop waited for the drive"
    assert report.cancelled  # type: ignore[attr-defined]
    assert trashed(trash) == [sent[0].name]


def test_work_held_just_before_its_gate_never_goes_once_given_up_on(
    library: Library, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file's work is held just before the gate (the drive slow right then) for longer than the
    run waits: the run leaves it, with its reason and a journal line that says it stayed. Let go,
    the work meets the gate shut, and the file is never trashed."""
    from lookalike.core import lookout  # the gate's own module (none before: nothing was watched)

    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    plan, _, _ = plan_of(library)
    held_file = plan.deletions[1].path
    release = threading.Event()
    reached_gate = threading.Event()
    through = lookout.Task.through_gate

    def slow_before_the_gate(task: lookout.Task) -> bool:
        if task.where == held_file:
            reached_gate.set()
            release.wait(10)
        return through(task)

    monkeypatch.setattr(lookout.Task, "through_gate", slow_before_the_gate)

    report, took = timed(lambda: carry_out(plan))

    assert took < FEW
    outcome = {o.path: o for o in report.outcomes}[held_file]  # type: ignore[attr-defined]
    assert outcome.status is Status.SKIPPED and outcome.reason is not None
    assert outcome.reason.code is Code.DRIVE_NOT_ANSWERING
    release.set()
    time.sleep(0.3)  # the work goes on to the gate, which is shut
    assert reached_gate.is_set() and held_file.exists() and held_file.name not in trashed(trash)
    assert lines_of(report.journal)[held_file] == ["intent", "skipped"]  # type: ignore[attr-defined]


def test_work_held_just_after_its_gate_is_said_to_have_maybe_gone_and_journalled_when_it_ends(
    library: Library, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Trash call of one file is held (the drive slow right then) for longer than the run waits:
    it had passed the gate, so the run says the file may have gone to the Trash (never that it was
    left), and goes on. The run's lock stays held until that work ends; then its journal line is
    written and Undo finds the file."""
    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    plan, _, _ = plan_of(library)
    held_file = plan.deletions[1].path
    release = threading.Event()
    real = actions.send2trash

    def slow_trash(path: str) -> None:
        if Path(path) == held_file:
            release.wait(10)
        real(path)

    report, took = timed(lambda: carry_out(plan, trasher=slow_trash))

    assert took < FEW
    outcomes = {o.path: o for o in report.outcomes}  # type: ignore[attr-defined]
    maybe = outcomes[held_file]
    assert maybe.status is Status.UNKNOWN and maybe.reason is not None
    assert "it may be in the Trash now, or still where it was" in str(maybe.reason)
    assert maybe in report.problems and maybe not in report.done  # type: ignore[attr-defined]
    # The files after it on its drive are left (its drive did not answer); the others go.
    others = [o for p, o in outcomes.items() if p != held_file]
    assert any(o.status is Status.DONE for o in others)
    assert all(o.status in (Status.DONE, Status.SKIPPED) for o in others)
    assert all("the drive did not answer" in str(o.reason) for o in others if o.status is Status.SKIPPED)
    journal = report.journal  # type: ignore[attr-defined]
    assert lines_of(journal)[held_file] == ["intent"]
    with acting_alone(journal, lambda: True) as alone:
        assert not alone, "the run's lock was let go of before its work past the gate ended"
    release.set()
    assert report.late.wait(5)  # type: ignore[attr-defined]
    assert not held_file.exists() and held_file.name in trashed(trash)
    assert lines_of(journal)[held_file] == ["intent", "done"]
    with acting_alone(journal, lambda: True) as alone:
        assert alone
    last = restore.last_run(journal)
    assert last is not None and held_file in {f.path for f in last.files}


def test_a_slow_journal_is_no_silent_drive_every_file_trashed_has_its_lines(
    tmp_path: Path, trash: Path, stop_answering: Drives, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk of the journal takes longer than the run's patience to write each line (fsync), and
    a share stops answering mid-run. The journal is waited for, as long as it takes, line after
    line: each of the four files trashed has its intent and its outcome, and Undo finds them all;
    the share's file stays. (An attempt that watched the journal like a drive stopped journalling:
    3 of 4 files trashed without a line, Undo could not put them back.)"""
    pictures, share = tmp_path / "Pictures", tmp_path / "NAS" / "Photos"
    kept, deleted = set(), []
    for seed in range(4):
        keep, copy = make_copies(pictures, 20 + seed, (f"p{seed}.jpg", f"p{seed} (1).jpg"))
        kept.add(keep)
        deleted.append(copy)
    keep, copy, copy2 = make_copies(share, 30, ("s.jpg", "s (1).jpg", "s (2).jpg"))
    kept.add(keep)
    result = scan_folder(pictures, share)
    plan = Review.from_result(result, mark(result, kept)).plan()
    journal = actions.default_journal_path()
    real_fsync = actions.os.fsync
    slow = PATIENCE * 1.2

    def slow_fsync(fd: int) -> None:
        real_fsync(fd)
        if actions.os.path.samefile(f"/proc/self/fd/{fd}", journal):
            time.sleep(slow)

    monkeypatch.setattr(actions.os, "fsync", slow_fsync)
    sent = stops_after_first_trash(share.parent, stop_answering, monkeypatch)

    _, took = timed(lambda: carry_out(plan))

    order = [f.path for f in plan.deletions]
    after = order[order.index(sent[0]) + 1 :]
    on_share = [p for p in after if p in (copy, copy2)]
    stop_answering.answer()
    assert on_share and all(p.exists() for p in on_share)
    gone = [p for p in order if p not in on_share]
    states = lines_of(journal)
    for path in gone:
        assert not path.exists()
        assert states[path] == ["intent", "done"], path
    last = restore.last_run(journal)
    assert last is not None and {f.path for f in last.files} == set(gone)
    assert took < 2 * len(gone) * (slow + 0.2) + FEW


def test_a_trash_that_does_not_answer_is_said_to_be_the_trash(
    act: Act, library: Library, trash: Path, stop_answering: Drives, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Trash's own folder stops answering just after the first file went there (the home Trash
    on a drive of its own that went to sleep): the files not yet trashed stay, each saying the Trash
    did not answer, and the run names the Trash, not the pictures' folders. (The code before waited
    as long as the Trash's drive, then trashed them all.)"""
    plan, marks, result = plan_of(library)
    sent = stops_after_first_trash(trash, stop_answering, monkeypatch)

    outcome, took = timed(lambda: act(result, marks))  # type: ignore[arg-type]

    assert took < FEW
    order = [f.path for f in plan.deletions]
    for path in order[1:]:
        assert path.exists()
    left = outcome.skipped()  # type: ignore[attr-defined]
    assert len(left) == len(order) - 1
    assert all(f"the Trash {trash} did not answer: left where it is" in line for line in left)
    assert not any("the drive did not answer" in line for line in left)
    said = f"The Trash {trash} did not answer"
    if outcome.report is not None:  # type: ignore[attr-defined]
        warnings = [str(w) for w in outcome.report.warnings]  # type: ignore[attr-defined]
        assert any(said in w for w in warnings)
        assert not any("stopped answering during the run" in w for w in warnings)
    else:
        assert said in outcome.output  # type: ignore[attr-defined]
    assert sent == [order[0]]
