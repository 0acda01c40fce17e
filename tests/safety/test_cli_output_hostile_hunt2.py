"""Hostile places to write a scan's result: a folder the system refuses to look at (a name too long),
and Ctrl+C while writing it waits for a scanned folder that stopped answering (report.output_refusal
gives it reach.PATIENCE seconds). The person gets words and an exit status, never a traceback, and no
file is written over."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lookalike import cli
from lookalike.core import reach
from lookalike.core.models import ScanResult

from . import drive_not_answering
from .conftest import make_copies, needs_posix
from .drive_not_answering import HELD_AT_MOST, Drive


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int | str, str]:
    """`lookalike ARGUMENTS` here: its exit status (a traceback's exception named instead), what it said."""
    try:
        code: int | str = cli.main(arguments)
    except SystemExit as exit_info:
        code = exit_info.code if isinstance(exit_info.code, int) else 1
    except BaseException as exc:  # what Python would end in a traceback
        code = type(exc).__name__
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_result_file_in_a_folder_whose_name_is_too_long_is_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan Pictures --json <a folder name of 300 letters>/result.json`: the look at that folder
    raised "File name too long" out of the command, a traceback, before anything was scanned."""
    make_copies(tmp_path / "Pictures", 1, ("a.jpg", "a (1).jpg"))
    out = tmp_path / ("x" * 300) / "result.json"

    arguments = ["scan", str(tmp_path / "Pictures"), "--json", str(out), "--quiet", "--no-cache"]
    code, said = _run(arguments, capsys)

    assert code == 2 and "Traceback" not in said, (code, said)
    assert "lookalike scan: error: cannot read" in said and os.strerror(36) in said, said
    assert [p.name for p in tmp_path.iterdir()] == ["Pictures"]


@pytest.fixture
def silent_once_scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Drive]]:
    """The share (tmp/NAS) stops answering once the scan is done, before its result is written, for
    as long as the drive holds a look; Ctrl+C is pressed 0.3 s later."""
    from lookalike.core import scan

    real_scan, drives = scan.scan, []

    def scan_then_silent(*args: Any, **kwargs: Any) -> ScanResult:
        done = real_scan(*args, **kwargs)
        drives.append(drive_not_answering.stop_answering(tmp_path / "NAS", monkeypatch))
        threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()
        return done

    monkeypatch.setattr(scan, "scan", scan_then_silent)
    monkeypatch.setattr(reach, "PATIENCE", HELD_AT_MOST)  # waits as long as the drive, unless stopped
    yield drives
    for drive in drives:
        drive.answer()


@needs_posix
def test_ctrl_c_while_the_result_waits_for_a_scanned_folder_ends_the_command_without_a_traceback(
    tmp_path: Path, silent_once_scanned: list[Drive], capsys: pytest.CaptureFixture[str]
) -> None:
    """`scan Pictures NAS/Photos --json results.json`, results.json there from an earlier run; the
    share stops answering once scanned, and writing the result looks at the scanned folders. Ctrl+C
    then was Python's: a KeyboardInterrupt traceback. It ends the command as interrupted, at once,
    the earlier result as it was."""
    make_copies(tmp_path / "Pictures", 4, ("a.jpg", "a (1).jpg"))
    make_copies(tmp_path / "NAS" / "Photos", 5, ("b.jpg", "b (1).jpg"))
    out = tmp_path / "results.json"
    out.write_text("an earlier result", encoding="utf-8")
    arguments = ["scan", str(tmp_path / "Pictures"), str(tmp_path / "NAS" / "Photos"), "--json", str(out)]

    started = time.monotonic()
    code, said = _run([*arguments, "--quiet", "--no-cache"], capsys)
    took = time.monotonic() - started

    for drive in silent_once_scanned:
        drive.answer()
    assert code == cli.EXIT_INTERRUPTED and "Traceback" not in said, (code, said)
    assert took < HELD_AT_MOST - 2, "Ctrl+C waited for the drive"
    assert out.read_text(encoding="utf-8") == "an earlier result"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
