"""Fault injection: Undo while a drive does not answer (a network drive whose connection was lost).
Each look at a path on it waits as long as the drive does, here until the test lets it answer
(drive_not_answering): os.stat, os.lstat, os.open, listing, os.path.realpath.

Undo gives the folders of the run reach.PATIENCE seconds to answer, as acting does. The files of a
folder that did not answer, or moved into one, stay where they are, each said not to be put back
because the drive did not answer; the others come back, and Undo returns. Undo again once the drive
answers puts the rest back. Real files, the real act path, the real (temporary) XDG trash.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from lookalike import cli
from lookalike.core import reach
from lookalike.core.actions import carry_out
from lookalike.core.reasons import Code
from lookalike.core.restore import last_run, undo_last
from lookalike.ui.review import Review

from . import drive_not_answering
from .conftest import make_copies, mark, scan_folder, trashed
from .drive_not_answering import Drive

PATIENCE = 0.5  # seconds Undo gives its folders to answer, here
QUICK = 2.0  # seconds: what Undo without waiting for the drive takes, at most
LATE = QUICK + PATIENCE + 1.0  # when the drive answers: after Undo should have returned

T = TypeVar("T")


@pytest.fixture
def stop_answering(dead: list[Drive], monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Drive]]:
    """Makes the drive at a folder stop answering; Undo gives its folders PATIENCE seconds. Each drive
    answers again after the test (the `dead` fixture), so that no look is left waiting."""

    def stop(root: Path) -> Drive:
        dead.append(drive_not_answering.stop_answering(root, monkeypatch))
        return dead[-1]

    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    yield stop


def timed(work: Callable[[], T], drive: Drive) -> tuple[T, float]:
    """What `work` returns and the seconds it took; the drive answers LATE seconds on, so that work
    waiting for it ends (and shows what it does once the drive answers)."""
    answers_late = threading.Timer(LATE, drive.answer)
    answers_late.start()
    started = time.monotonic()
    try:
        done = work()
    finally:
        answers_late.cancel()
    return done, time.monotonic() - started


def act(nas: Path, local: Path, journal: Path, destination: Path | None) -> tuple[Path, Path, bytes, bytes]:
    """Two copies on the network drive's folder `nas` and two in `local`, each pair a group; one of
    each trashed (or moved into `destination`). Returns the two gone and their bytes."""
    on_nas = make_copies(nas, seed=3)
    on_disk = make_copies(local, seed=4)
    result = scan_folder(local, nas)
    plan = Review.from_result(result, mark(result, {on_nas[0], on_disk[0]})).plan()
    assert len(carry_out(plan, destination=destination, journal=journal).done) == 2
    return on_nas[1], on_disk[1], on_disk[0].read_bytes(), on_nas[0].read_bytes()


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_files_of_a_folder_not_answering_stay_and_the_others_come_back(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive], moved: bool
) -> None:
    """Duplicates on the NAS and on this computer went to the Trash (or a folder) in one run; the NAS
    then stopped answering. Undo looked at the NAS file's old place and waited as long as the drive
    did, the window's Undo with it."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    nas_file, disk_file, disk_bytes, nas_bytes = act(
        tmp_path / "NAS" / "photos", tmp_path / "Pictures", journal, destination
    )
    drive = stop_answering(tmp_path / "NAS")

    report, took = timed(lambda: undo_last(journal), drive)

    assert took < QUICK + PATIENCE, "Undo waited for the drive"
    assert report is not None
    assert [o.path for o in report.restored] == [disk_file]
    assert disk_file.read_bytes() == disk_bytes
    assert [o.path for o in report.not_restored] == [nas_file]
    said = report.not_restored[0].reason
    assert said == Code.NOT_ANSWERING_FOR_UNDO(folder=str(nas_file.parent))
    assert "the drive did not answer" in str(said)
    drive.answer()
    assert not nas_file.exists()
    if destination is not None:
        assert (destination / nas_file.name).read_bytes() == nas_bytes
    else:
        assert trashed(trash) == [nas_file.name]
    # Once the drive answers, Undo puts the rest of the run back.
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [nas_file]
    assert nas_file.read_bytes() == nas_bytes and trashed(trash) == []


def test_files_moved_into_a_folder_not_answering_stay_there(
    tmp_path: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """The folder moved to is on the NAS: the copies there cannot be looked at, and stay."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "NAS" / "duplicates"
    gone = [*act(tmp_path / "here", tmp_path / "Pictures", journal, destination)[:2]]
    drive = stop_answering(tmp_path / "NAS")

    report, took = timed(lambda: undo_last(journal, dry_run=True), drive)

    assert took < QUICK + PATIENCE, "Undo waited for the drive"
    assert report is not None and not report.restored
    assert sorted(o.path for o in report.not_restored) == sorted(gone)
    assert {o.reason for o in report.not_restored} == {Code.NOT_ANSWERING_FOR_UNDO(folder=str(destination))}
    sources = [o.source for o in report.not_restored]  # where each stays: said in the report
    assert all(source is not None and source.parent == destination for source in sources)
    drive.answer()
    assert not any(path.exists() for path in gone)
    assert all(source is not None and source.is_file() for source in sources)


def test_a_run_that_ended_on_a_file_of_a_folder_not_answering_is_put_back_without_waiting(
    tmp_path: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """The run ended (a crash) just after it began to move the NAS file: its intent has no outcome,
    and Undo looked whether the file was still where it was, waiting as long as the drive did, both
    to ask which run to put back (the window's question) and to put it back."""
    journal = tmp_path / "journal.jsonl"
    nas_file, disk_file, disk_bytes, _ = act(
        tmp_path / "NAS" / "photos", tmp_path / "Pictures", journal, tmp_path / "moved"
    )
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    ended = [line for line in lines if not (line["path"] == str(nas_file) and line["state"] == "done")]
    assert len(ended) == len(lines) - 1
    journal.write_text("".join(json.dumps(line) + "\n" for line in ended), encoding="utf-8")
    drive = stop_answering(tmp_path / "NAS")

    run, took = timed(lambda: last_run(journal), drive)
    assert took < QUICK + PATIENCE, "finding the run to put back waited for the drive"
    assert run is not None and sorted(f.path for f in run.files) == sorted([nas_file, disk_file])

    report, took = timed(lambda: undo_last(journal), drive)

    assert took < QUICK + PATIENCE, "Undo waited for the drive"
    assert report is not None and [o.path for o in report.restored] == [disk_file]
    assert disk_file.read_bytes() == disk_bytes
    assert [o.reason for o in report.not_restored] == [
        Code.NOT_ANSWERING_FOR_UNDO(folder=str(nas_file.parent))
    ]


def test_the_command_line_says_which_files_stay_because_the_drive_did_not_answer(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`lookalike undo-last` returns too, says so of the file left, and exits as when files stay."""
    journal = tmp_path / "journal.jsonl"
    nas_file, disk_file, _, _ = act(tmp_path / "NAS" / "photos", tmp_path / "Pictures", journal, None)
    drive = stop_answering(tmp_path / "NAS")

    code, took = timed(lambda: cli.main(["undo-last", "--journal", str(journal)]), drive)

    assert took < QUICK + PATIENCE, "undo-last waited for the drive"
    out = capsys.readouterr().out
    assert code == cli.EXIT_SOME_SKIPPED
    assert f"not put back: {nas_file}: the drive did not answer at {nas_file.parent}" in out
    assert f"put back: {disk_file}" in out
    assert trashed(trash) == [nas_file.name]
