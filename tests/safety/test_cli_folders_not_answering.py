"""Fault injection: `lookalike scan` and `lookalike apply` named a folder on a network drive that
stopped answering (drive_not_answering: each look at a path on it waits until the test lets it
answer). The command looks at its folders before it starts, each given a few seconds (reach.PATIENCE),
then ends in one line naming the folder that did not answer, with the usage error's exit status:
nothing trashed, moved or written, no traceback. (The code before looked at them with no time limit,
and waited as long as the drive.) Ctrl+C is heard while the command waits.

A scanned folder that stops answering during the scan holds back writing the result over a file
already there, which might be inside it (report.output_refusal), in a few seconds; a new file is
written as ever.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lookalike import cli
from lookalike.core import reach, report
from lookalike.core.models import ScanResult

from . import drive_not_answering
from .conftest import make_copies, mark, needs_posix, save_result, scan_folder, trashed
from .drive_not_answering import HELD_AT_MOST, Drive

PATIENCE = 0.5  # seconds the command gives its folders to answer, here
QUICK = 2.0  # seconds: what ending without waiting for the drive takes, at most


@pytest.fixture
def stop_answering(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Drive]]:
    """Makes the drive at a folder stop answering; the command gives its folders PATIENCE seconds.
    Each drive answers again after the test, so that no look is left waiting."""
    drives: list[Drive] = []

    def stop(root: Path) -> Drive:
        drives.append(drive_not_answering.stop_answering(root, monkeypatch))
        return drives[-1]

    monkeypatch.setattr(reach, "PATIENCE", PATIENCE)
    yield stop
    for drive in drives:
        drive.answer()


def ended(arguments: list[str], drive: Drive, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, float]:
    """`lookalike ARGUMENTS`, run here: its exit status, what it said, and the seconds it took. The
    drive answers once a command that waits for it would have shown it did, so that it ends."""
    answers_late = threading.Timer(QUICK + PATIENCE, drive.answer)
    answers_late.start()
    started = time.monotonic()
    try:
        code = cli.main(arguments)
    except SystemExit as exit_info:
        code = exit_info.code if isinstance(exit_info.code, int) else 1
    except KeyboardInterrupt:  # Ctrl+C not heard: Python's traceback, here caught
        code = -int(signal.SIGINT)
    finally:
        answers_late.cancel()
    took = time.monotonic() - started
    captured = capsys.readouterr()
    return code, captured.out + captured.err, took


def _library(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    """Pictures here, the originals on the share (tmp/NAS), and a result marking the copies here."""
    pictures, originals = tmp_path / "Pictures", tmp_path / "NAS" / "Originals"
    original, copy = make_copies(tmp_path, 1, ("NAS/Originals/IMG_0001.jpg", "Pictures/IMG_0001 copy.jpg"))
    keep, duplicate = make_copies(pictures, 2, ("beach.jpg", "beach (1).jpg"))
    result = scan_folder(pictures)
    save_result(result, mark(result, {keep}), tmp_path / "result.json")
    return pictures, originals, [original, copy, keep, duplicate]


def test_apply_with_a_reference_folder_not_answering_ends_naming_it_and_trashes_nothing(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`apply --reference` a folder on the share, which stopped answering: the command waits a few
    seconds for it, not as long as the drive, then ends naming it, and trashes nothing. (The code
    before waited for the drive, then trashed the copies.)"""
    _pictures, originals, files = _library(tmp_path)
    drive = stop_answering(tmp_path / "NAS")

    code, said, took = ended(
        ["apply", str(tmp_path / "result.json"), "--reference", str(originals)], drive, capsys
    )

    assert took < QUICK + PATIENCE, "apply waited for the drive"
    assert code == cli.EXIT_USAGE and f"reference folder not answering: {originals}\n" in said, said
    assert "Traceback" not in said and "Plan:" not in said
    drive.answer()
    assert trashed(trash) == [] and all(path.exists() for path in files)


def test_apply_moving_to_a_folder_not_answering_ends_naming_it_and_moves_nothing(
    tmp_path: Path, trash: Path, stop_answering: Callable[[Path], Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`apply --move-to` a folder on the share, which stopped answering (the folder itself is not
    made yet): the command ends naming it, and moves nothing. (The code before waited for the
    drive.)"""
    _pictures, _originals, files = _library(tmp_path)
    moved = tmp_path / "NAS" / "Moved"
    drive = stop_answering(tmp_path / "NAS")

    code, said, took = ended(["apply", str(tmp_path / "result.json"), "--move-to", str(moved)], drive, capsys)

    assert took < QUICK + PATIENCE, "apply waited for the drive of the folder to move to"
    assert code == cli.EXIT_USAGE and f"--move-to {moved} does not answer\n" in said, said
    assert "Traceback" not in said and "Plan:" not in said
    drive.answer()
    assert trashed(trash) == [] and all(path.exists() for path in files) and not moved.exists()


def test_scan_with_a_reference_folder_not_answering_ends_naming_it_and_writes_nothing(
    tmp_path: Path, stop_answering: Callable[[Path], Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan --reference` a folder on the share, which stopped answering: the command ends naming
    it, before it scans or writes anything. (The code before waited for the drive.)"""
    pictures, originals, _files = _library(tmp_path)
    out = tmp_path / "scan.json"
    drive = stop_answering(tmp_path / "NAS")

    code, said, took = ended(
        ["scan", str(pictures), "--reference", str(originals), "--json", str(out), "--quiet", "--no-cache"],
        drive,
        capsys,
    )

    assert took < QUICK + PATIENCE, "scan waited for the drive"
    assert code == cli.EXIT_USAGE and f"reference folder not answering: {originals}\n" in said, said
    assert "Traceback" not in said and not out.exists()


def test_scan_of_a_folder_not_answering_ends_naming_it_and_writes_nothing(
    tmp_path: Path, stop_answering: Callable[[Path], Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan` of a folder here and one on the share, which stopped answering: the command ends
    naming the one on the share, as it does a folder not found. (The code before waited for the
    drive.)"""
    pictures, originals, _files = _library(tmp_path)
    out = tmp_path / "scan.json"
    drive = stop_answering(tmp_path / "NAS")

    code, said, took = ended(
        ["scan", str(pictures), str(originals), "--json", str(out), "--quiet", "--no-cache"], drive, capsys
    )

    assert took < QUICK + PATIENCE, "scan waited for the drive"
    assert code == cli.EXIT_USAGE and f"folder not answering: {originals}\n" in said, said
    assert "Traceback" not in said and not out.exists()


@pytest.mark.parametrize("option", ["--json", "--csv"])
def test_scan_writing_its_result_on_a_share_not_answering_ends_naming_its_folder_before_scanning(
    tmp_path: Path, stop_answering: Callable[[Path], Drive], capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """`scan Pictures --json NAS/Reports/scan.json`, the share having stopped answering: the look at
    where the result goes waits a few seconds, not as long as the drive, and the command ends naming
    that folder before it scans. (The code before looked there with no time limit: the command waited
    as long as the drive.)"""
    pictures, _originals, _files = _library(tmp_path)
    reports = tmp_path / "NAS" / "Reports"
    reports.mkdir()
    drive = stop_answering(tmp_path / "NAS")

    code, said, took = ended(
        ["scan", str(pictures), option, str(reports / "scan.out"), "--quiet"], drive, capsys
    )

    assert took < QUICK + PATIENCE, "scan waited for the drive"
    assert code == cli.EXIT_USAGE and f"folder not answering: {reports}; choose another place\n" in said, said
    assert "Traceback" not in said
    drive.answer()
    assert list(reports.iterdir()) == []


@needs_posix
def test_ctrl_c_while_apply_waits_for_a_folder_ends_it_at_once(
    tmp_path: Path,
    trash: Path,
    stop_answering: Callable[[Path], Drive],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+C while `apply` waits for its reference folder's drive ends the command at once, as
    interrupted, without a traceback, nothing trashed."""
    _pictures, originals, files = _library(tmp_path)
    drive = stop_answering(tmp_path / "NAS")
    monkeypatch.setattr(reach, "PATIENCE", HELD_AT_MOST)  # waits as long as the drive, unless stopped
    threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()

    code, said, took = ended(
        ["apply", str(tmp_path / "result.json"), "--reference", str(originals)], drive, capsys
    )

    assert took < 0.3 + 1.0, "Ctrl+C waited for the drive"
    assert code == cli.EXIT_INTERRUPTED and "Traceback" not in said and "Plan:" not in said, said
    drive.answer()
    assert trashed(trash) == [] and all(path.exists() for path in files)


def test_scan_with_a_reference_folder_written_through_a_link_and_dotdot_takes_it_as_the_system_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan --reference links/deep/..`, deep a link to Pictures/Archive: the reference folder is
    Pictures, as the system takes the path (not `links`, the text without `..`)."""
    archived, _kept = make_copies(tmp_path / "Pictures", 3, ("Archive/IMG_0007.jpg", "Trip/IMG_0007.jpg"))
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "deep").symlink_to(archived.parent, target_is_directory=True)
    out = tmp_path / "scan.json"

    code = cli.main(
        ["scan", str(tmp_path / "Pictures"), "--reference", str(tmp_path / "links" / "deep" / ".."),
         "--json", str(out), "--quiet", "--no-cache"]
    )  # fmt: skip

    assert code == 0, capsys.readouterr().err
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["settings"]["reference_roots"] == [os.path.realpath(tmp_path / "Pictures")]


# ---- the result written once the scan is done, a scanned folder's drive gone silent meanwhile -----


@pytest.fixture
def silent_once_scanned(
    tmp_path: Path, stop_answering: Callable[[Path], Drive], monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[Drive]]:
    """The share (tmp/NAS) stops answering once the scan is done, before its result is written; the
    list holds its drive then."""
    from lookalike.core import scan

    real_scan, drives = scan.scan, []

    def scan_then_silent(*args: Any, **kwargs: Any) -> ScanResult:
        done = real_scan(*args, **kwargs)
        drives.append(stop_answering(tmp_path / "NAS"))
        return done

    monkeypatch.setattr(scan, "scan", scan_then_silent)
    return drives


def test_a_result_is_not_written_over_a_file_while_a_scanned_folder_does_not_answer(
    tmp_path: Path, silent_once_scanned: list[Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan Pictures NAS/Photos --json results.json`, results.json there from an earlier run; the
    share stops answering during the scan. Whether results.json is inside NAS/Photos cannot be told
    (a link there may lead anywhere, here too): it is not written over, and the command says why in a
    few seconds. (The code before waited for the drive to write the result.)"""
    make_copies(tmp_path / "Pictures", 4, ("a.jpg", "a (1).jpg"))
    make_copies(tmp_path / "NAS" / "Photos", 5, ("b.jpg", "b (1).jpg"))
    out = tmp_path / "results.json"
    out.write_text("an earlier result", encoding="utf-8")
    arguments = ["scan", str(tmp_path / "Pictures"), str(tmp_path / "NAS" / "Photos"), "--json", str(out)]
    started = time.monotonic()

    code = cli.main([*arguments, "--quiet", "--no-cache"])

    took = time.monotonic() - started
    (drive,) = silent_once_scanned
    drive.answer()
    said = capsys.readouterr().err
    assert took < QUICK + PATIENCE, "writing the result waited for the drive"
    assert code == cli.EXIT_SOME_SKIPPED and "Traceback" not in said, said
    why = f"{out} already exists and might be inside a scanned folder that does not answer"
    assert f"lookalike: cannot write the result: {why}; choose another name or remove it first" in said
    assert out.read_text(encoding="utf-8") == "an earlier result"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_new_result_file_is_written_while_a_scanned_folder_does_not_answer(
    tmp_path: Path, silent_once_scanned: list[Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """The same, with nothing yet where the result goes: nothing can be written over, so nothing is
    looked at in the scanned folders, and the result is written at once."""
    make_copies(tmp_path / "Pictures", 4, ("a.jpg", "a (1).jpg"))
    make_copies(tmp_path / "NAS" / "Photos", 5, ("b.jpg", "b (1).jpg"))
    out = tmp_path / "results.json"
    arguments = ["scan", str(tmp_path / "Pictures"), str(tmp_path / "NAS" / "Photos"), "--json", str(out)]
    started = time.monotonic()

    code = cli.main([*arguments, "--quiet", "--no-cache"])

    took = time.monotonic() - started
    silent_once_scanned[0].answer()
    assert code == 0, capsys.readouterr().err
    assert took < QUICK, "writing the result waited for the drive"
    assert len(json.loads(out.read_text(encoding="utf-8"))["groups"]) == 2


def test_what_may_be_written_is_told_in_a_few_seconds_when_a_scanned_folder_does_not_answer(
    tmp_path: Path, stop_answering: Callable[[Path], Drive]
) -> None:
    """What the window asks before it exports (report.output_refusal), the share not answering: a
    file there already is refused, a new one is not, each told in a few seconds."""
    (tmp_path / "NAS" / "Photos").mkdir(parents=True)
    earlier = tmp_path / "earlier.csv"
    earlier.write_text("an earlier export", encoding="utf-8")
    drive = stop_answering(tmp_path / "NAS")
    roots = [tmp_path / "Pictures", tmp_path / "NAS" / "Photos"]
    started = time.monotonic()

    refusals = [report.output_refusal(earlier, roots), report.output_refusal(tmp_path / "new.csv", roots)]

    took = time.monotonic() - started
    drive.answer()
    assert took < QUICK, "output_refusal waited for the drive"
    assert refusals == [report.OutputRefusal.SCANNED_FOLDER_SILENT, None]
