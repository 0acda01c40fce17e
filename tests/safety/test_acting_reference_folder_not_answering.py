"""Fault injection: acting while a folder's drive does not answer (a network drive whose connection
was lost). Each look at a path on it waits as long as the drive does, here until the test lets it
answer: os.stat, os.lstat (what os.path.realpath makes of each part of a path), os.open, listing, and
os.path.realpath itself, held for every path on the drive.

The run waits for its folders a few seconds at most (reach.PATIENCE), hearing Stop meanwhile. A
reference folder that did not answer holds back every file: no file is moved while Lookalike cannot
make sure it lies outside every reference folder (a link on the drive may lead anywhere). A scanned
folder that did not answer is not looked into: its files stay, and so do the copies of a group whose
copies kept are all in it; the others go. Real files, a real XDG trash, the window's path and
`lookalike apply` alike; what is on disk and in the trash is what is asserted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from lookalike.core import reach, report
from lookalike.core.actions import Status, carry_out
from lookalike.core.plan import plan_from_result
from lookalike.core.reasons import Code
from lookalike.ui.review import Review

from . import drive_not_answering
from .conftest import Act, make_copies, mark, scan_folder, trashed
from .drive_not_answering import HELD_AT_MOST, Drive

PATIENCE = 0.5  # seconds the run gives its folders to answer, here
QUICK = 2.0  # seconds: what acting without waiting for the drive takes, at most

T = TypeVar("T")


@pytest.fixture
def stop_answering(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Drive]]:
    """Makes the drive at a folder stop answering (drive_not_answering); the run gives its folders
    PATIENCE seconds. Each drive answers again after the test, so that no look is left waiting."""
    drives: list[Drive] = []

    def stop(root: Path) -> Drive:
        drives.append(drive_not_answering.stop_answering(root, monkeypatch))
        return drives[-1]

    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    yield stop
    for drive in drives:
        drive.answer()


def timed(work: Callable[[], T], drive: Drive, seconds: float) -> tuple[T, float]:
    """What `work` returns (run here: `lookalike apply` hears signals on the main thread only), and
    the seconds it took. The drive answers once `seconds` have passed, so that work waiting for it
    ends (and shows what it does once the drive answers)."""
    answers_late = threading.Timer(seconds, drive.answer)
    answers_late.start()
    started = time.monotonic()
    try:
        done = work()
    finally:
        answers_late.cancel()
    return done, time.monotonic() - started


@dataclass(frozen=True)
class Library:
    """Pictures on this computer, and a reference folder on a network drive holding the originals."""

    pictures: Path
    originals: Path  # the reference folder, on the drive
    original: Path  # in it, kept
    copy: Path  # in Pictures: a copy of `original`, marked DELETE
    keep: Path  # in Pictures, kept
    duplicate: Path  # in Pictures: a copy of `keep`, marked DELETE; nothing of it is on the drive


@pytest.fixture
def library(tmp_path: Path) -> Library:
    pictures, originals = tmp_path / "Pictures", tmp_path / "NAS" / "Originals"
    original, copy = make_copies(tmp_path, 1, ("NAS/Originals/IMG_0001.jpg", "Pictures/IMG_0001 copy.jpg"))
    keep, duplicate = make_copies(pictures, 2, ("beach.jpg", "beach (1).jpg"))
    return Library(pictures, originals, original, copy, keep, duplicate)


def test_a_reference_folder_not_answering_keeps_every_file_where_it_is_and_names_the_folder(
    act: Act, library: Library, trash: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """The drive of the reference folder stops answering after the scan. Acting waits for it a few
    seconds, not as long as the drive, then moves nothing: not the copy of one of its pictures, nor
    a copy of a picture that has nothing on the drive (its real path, resolved, would prove nothing:
    a link on the drive may lead into its folder). Each file says which reference folder did not
    answer, and the run says it once. (The code before waited for the drive at every look, then
    trashed both copies.)"""
    result = scan_folder(library.pictures, library.originals, reference_roots=(library.originals,))
    marks = mark(result, {library.original, library.keep})
    assert not marks[library.copy] and not marks[library.duplicate]
    drive = stop_answering(library.originals.parent)

    outcome, took = timed(lambda: act(result, marks), drive, QUICK + PATIENCE)

    assert trashed(trash) == []
    drive.answer()  # to look at the original
    for path in (library.original, library.copy, library.keep, library.duplicate):
        assert path.exists()
    said = f"the reference folder {library.originals} did not answer"
    skipped = outcome.skipped()
    assert len(skipped) == 2 and all(said in line for line in skipped)
    warning = f"The reference folder {library.originals} did not answer, so Lookalike could not make sure"
    if outcome.report is not None:
        assert {o.path for o in outcome.report.outcomes} == {library.copy, library.duplicate}
        assert [str(w) for w in outcome.report.warnings if warning in str(w)]
    else:
        assert warning in outcome.output and outcome.exit_code == 1
    assert took < QUICK + PATIENCE, "acting waited for the drive"


def test_stop_is_heard_while_the_run_waits_for_a_reference_folder(
    library: Library, trash: Path, stop_answering: Callable[[Path], Drive], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stop, pressed while the run waits for the reference folder's drive, ends the run at once,
    nothing moved. (The code before waited inside the look at the folder, for as long as the drive
    held it, and Stop with it.)"""
    result = scan_folder(library.pictures, library.originals, reference_roots=(library.originals,))
    plan = Review.from_result(result, mark(result, {library.original, library.keep})).plan()
    drive = stop_answering(library.originals.parent)
    monkeypatch.setattr(reach, "PATIENCE", HELD_AT_MOST)  # waits as long as the drive, unless stopped
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()

    report, took = timed(lambda: carry_out(plan, cancelled=stop.is_set), drive, QUICK)

    assert trashed(trash) == [] and library.copy.exists() and library.duplicate.exists()
    assert report.cancelled and report.outcomes == ()
    assert took < 0.3 + 1.0, "Stop waited for the drive"


def test_a_file_whose_real_path_is_known_is_held_back_too_a_link_on_the_drive_may_lead_to_it(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """The reference folder, as named, is a link on the network drive to the archive on this
    computer. Its drive stops answering: the picture in the archive, marked DELETE, answers, and
    its real path is plainly not inside the reference folder as named, yet it is in it. It stays.
    Once the drive answers, the link is followed and the picture is found in the reference folder."""
    archive = tmp_path / "Pictures" / "Archive"
    archived, kept = make_copies(tmp_path / "Pictures", 3, ("Archive/IMG_0007.jpg", "Trip/IMG_0007.jpg"))
    nas = tmp_path / "NAS"
    nas.mkdir()
    (nas / "Originals").symlink_to(archive, target_is_directory=True)
    result = scan_folder(tmp_path / "Pictures")
    review = Review.from_result(result, mark(result, {kept}))
    plan = plan_from_result(review.marked_result(), reference_roots=[nas / "Originals"])
    assert [f.path for f in plan.deletions] == [archived]
    drive = stop_answering(nas)

    report, took = timed(lambda: carry_out(plan), drive, QUICK + PATIENCE)

    assert archived.exists() and trashed(trash) == []
    assert [o.status for o in report.outcomes] == [Status.SKIPPED]
    assert f"the reference folder {nas / 'Originals'} did not answer" in str(report.outcomes[0].reason)
    drive.answer()
    again = carry_out(plan)
    assert archived.exists() and trashed(trash) == []
    assert "it is in a reference folder" in str(again.outcomes[0].reason)
    assert took < QUICK + PATIENCE, "acting waited for the drive"


def test_a_scanned_folder_not_answering_keeps_what_depends_on_it_and_the_rest_goes(
    act: Act, tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """A scanned folder's drive stops answering after the scan (no reference folder). Acting waits
    for it a few seconds, then looks at nothing in it: a copy in it marked DELETE stays, and so does
    a copy elsewhere whose group keeps only a copy in it; a group all on this computer is acted on.
    The run names the folder. (The code before waited for the drive at every look.)"""
    pictures, photos = tmp_path / "Pictures", tmp_path / "NAS" / "Photos"
    keep, duplicate = make_copies(pictures, 4, ("a.jpg", "a (1).jpg"))
    here, there = make_copies(tmp_path, 5, ("Pictures/b.jpg", "NAS/Photos/b.jpg"))
    kept_there, copy_here = make_copies(tmp_path, 6, ("NAS/Photos/c.jpg", "Pictures/c.jpg"))
    result = scan_folder(pictures, photos)
    marks = mark(result, {keep, here, kept_there})
    drive = stop_answering(photos.parent)

    outcome, took = timed(lambda: act(result, marks), drive, QUICK + PATIENCE)

    assert trashed(trash) == [duplicate.name]
    drive.answer()
    assert not duplicate.exists()
    for path in (keep, here, there, kept_there, copy_here):
        assert path.exists()
    skipped = outcome.skipped()
    assert len(skipped) == 2
    assert any(f"the file is in the folder {photos}, which did not answer" in line for line in skipped)
    assert any(
        f"the copy you keep is in the folder {photos}, which did not answer, so nothing" in line
        for line in skipped
    )
    warning = f"The folder {photos} did not answer, so nothing in it was looked at"
    if outcome.report is not None:
        assert any(warning in str(w) for w in outcome.report.warnings)
    else:
        assert warning in outcome.output
    assert took < QUICK + PATIENCE, "acting waited for the drive"


def test_a_result_is_read_without_waiting_for_a_reference_folder_that_does_not_answer(
    library: Library, stop_answering: Callable[[Path], Drive]
) -> None:
    """`lookalike apply`, and the window opening a review, read a saved result first, and recompute
    which of its files lie in a reference folder. With the reference folder's drive not answering,
    the result is read in a few seconds: a file in the folder as named is in it, the others are not
    (acting holds them all back anyway). (The code before waited for the drive at every file.)"""
    result = scan_folder(library.pictures, library.originals, reference_roots=(library.originals,))
    text = report.to_json(result)
    drive = stop_answering(library.originals.parent)

    read, took = timed(lambda: report.load(text), drive, QUICK + PATIENCE)

    in_reference = {m.path: m.record.entry.in_reference_root for g in read.groups for m in g.members}
    assert in_reference == {
        library.original: True,
        library.copy: False,
        library.keep: False,
        library.duplicate: False,
    }
    assert took < QUICK + PATIENCE, "reading the result waited for the drive"


def test_a_folder_that_did_not_answer_and_held_nothing_back_is_not_said_to_have(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """A group keeps a copy here and one on the share; the copy marked DELETE is here. The share does
    not answer: the copy kept here suffices, and the copy is moved. Nothing is said of the share
    holding files back: it held none."""
    here, there, copy = make_copies(tmp_path, 7, ("Pictures/a.jpg", "NAS/Photos/a.jpg", "Pictures/a (1).jpg"))
    result = scan_folder(tmp_path / "Pictures", tmp_path / "NAS" / "Photos")
    plan = Review.from_result(result, mark(result, {here, there})).plan()
    assert [f.path for f in plan.deletions] == [copy]
    stop_answering(tmp_path / "NAS")

    outcome = carry_out(plan)

    assert [o.status for o in outcome.outcomes] == [Status.DONE]
    assert trashed(trash) == ["a (1).jpg"]
    assert [w for w in outcome.warnings if w.code is Code.FOLDER_SILENT] == []


def test_a_file_written_inside_a_reference_folder_that_answered_stays_in_it_while_its_drive_is_silent(
    tmp_path: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """~/Pictures is the reference folder and answers; ~/Pictures/NAS, a share mounted in it, is the
    folder scanned and does not answer when the saved result is read: its files are in the
    reference folder as written, as the scan found them (the review shows them so)."""
    pictures = tmp_path / "Pictures"
    first, second = make_copies(pictures / "NAS", 8, ("a.jpg", "b.jpg"))
    result = scan_folder(pictures / "NAS", reference_roots=(pictures,))
    assert all(m.record.entry.in_reference_root for g in result.groups for m in g.members)
    text = report.to_json(result)
    stop_answering(pictures / "NAS")

    read = report.load(text)

    in_reference = {m.path: m.record.entry.in_reference_root for g in read.groups for m in g.members}
    assert in_reference == {first: True, second: True}


def test_moving_into_a_folder_whose_drive_does_not_answer_moves_nothing_and_does_not_wait(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """Move to… a folder on a share that stopped answering: the run gives it a few seconds, as its
    other folders, then moves nothing there, and says why."""
    keep, copy = make_copies(tmp_path / "Pictures", 9, ("a.jpg", "a (1).jpg"))
    result = scan_folder(tmp_path / "Pictures")
    plan = Review.from_result(result, mark(result, {keep})).plan()
    (tmp_path / "NAS").mkdir()
    drive = stop_answering(tmp_path / "NAS")

    outcome, took = timed(
        lambda: carry_out(plan, destination=tmp_path / "NAS" / "Moved"), drive, QUICK + PATIENCE
    )

    assert took < QUICK + PATIENCE, "acting waited for the drive of the folder to move to"
    assert copy.exists() and keep.exists() and trashed(trash) == []
    assert [o.status for o in outcome.outcomes] == [Status.SKIPPED]
    assert [o.reason.code for o in outcome.outcomes if o.reason] == [Code.DESTINATION_NOT_ANSWERING]
