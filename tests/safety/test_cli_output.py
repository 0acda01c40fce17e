"""Fault injection: the command line's standard output cannot be written (a full disk, a reader that
closed the pipe). The command goes on with its work (every file planned is trashed, every file
trashed put back), says once on standard error that its output was lost, and its exit status still
tells what it did; `lookalike scan`, whose output is the result, fails in words.

The commands run as processes of their own, their output on /dev/full (whose writes fail as a full
disk's do), on a pipe closed before they write, or shut before they start (`>&-`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

import lookalike
from lookalike import cli

from .conftest import make_copies, needs_posix, trashed

pytestmark = needs_posix

LOST = "cannot write to standard output"


def run(*arguments: str, output: str) -> subprocess.CompletedProcess[bytes]:
    """`lookalike ARGUMENTS` in a process of its own, its output on /dev/full (`output` "full"), on
    a pipe nothing reads ("closed"), or shut before it starts ("shut")."""
    app = Path(lookalike.__file__).parents[1]  # this very code, wherever the tests found it
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(app), os.environ.get("PYTHONPATH", "")))}
    command = [sys.executable, "-m", "lookalike", *arguments]
    if output == "full":
        with open("/dev/full", "wb") as full:
            return subprocess.run(command, stdout=full, stderr=subprocess.PIPE, env=env, timeout=120)
    if output == "shut":  # started with no standard output at all (`>&-`): Python's sys.stdout is None
        return subprocess.run(
            command, stderr=subprocess.PIPE, env=env, timeout=120, preexec_fn=partial(os.close, 1)
        )
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    try:
        return subprocess.run(command, stdout=write, stderr=subprocess.PIPE, env=env, timeout=120)
    finally:
        os.close(write)


OUTPUTS = ["full", "closed", "shut"]


def needs_dev_full(output: str) -> None:
    if output == "full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")


def _result(tmp_path: Path, copies: int) -> tuple[Path, list[Path]]:
    """A scan's result of `copies` identical copies of a photo (the first kept), and their paths."""
    paths = make_copies(tmp_path / "photos", names=tuple(f"copy{n:02}.jpg" for n in range(copies)))
    result = tmp_path / "result.json"
    done = subprocess.run(
        [sys.executable, "-m", "lookalike", "scan", str(tmp_path / "photos"), "--no-cache", "--quiet",
         "--json", str(result)],
        env={**os.environ, "PYTHONPATH": str(Path(lookalike.__file__).parents[1])}, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0
    return result, paths


@pytest.mark.parametrize("output", OUTPUTS)
def test_apply_trashes_every_file_planned_when_its_output_cannot_be_written(
    output: str, tmp_path: Path, trash: Path
) -> None:
    needs_dev_full(output)
    result, paths = _result(tmp_path, 30)

    applied = run("apply", str(result), output=output)

    errors = applied.stderr.decode()
    assert applied.returncode == 0, errors
    assert [path.name for path in paths if path.exists()] == ["copy00.jpg"]
    assert sorted(trashed(trash)) == [path.name for path in paths[1:]]
    assert LOST in errors and "Traceback" not in errors
    assert "Trashed 29 files" in errors  # the summary is on standard error, said whole

    undone = run("undo-last", output=output)

    errors = undone.stderr.decode()
    assert undone.returncode == 0, errors
    assert all(path.exists() for path in paths) and trashed(trash) == []
    assert LOST in errors and "Traceback" not in errors


@pytest.mark.parametrize("output", OUTPUTS)
def test_scan_fails_in_words_when_its_result_cannot_be_written(output: str, tmp_path: Path) -> None:
    needs_dev_full(output)
    make_copies(tmp_path / "photos")

    scanned = run("scan", str(tmp_path / "photos"), "--no-cache", output=output)

    errors = scanned.stderr.decode()
    assert scanned.returncode == 1
    assert LOST in errors and "Traceback" not in errors
    assert "1 duplicate group" in errors  # the summary still says what was found


def test_a_result_written_to_a_file_is_unaffected(tmp_path: Path) -> None:
    """Only standard output is taken care of: --json writes its file as before, and with nothing
    written to standard output, nothing is said about it."""
    make_copies(tmp_path / "photos")
    result = tmp_path / "result.json"

    scanned = run("scan", str(tmp_path / "photos"), "--no-cache", "--json", str(result), output="closed")

    assert scanned.returncode == 0 and LOST not in scanned.stderr.decode()
    assert len(json.loads(result.read_text(encoding="utf-8"))["groups"]) == 1


def test_a_name_cannot_redraw_or_split_the_line_that_names_it(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name holding an escape sequence, a carriage return, a line break or a right-to-left
    override is printed with those escaped, as the window shows them: it could otherwise make its
    own "trashed:" line read as another ("skipped: nothing was trashed"), or as two."""
    spoof = "\x1b[2K\rskipped: nothing was trashed\n\u202egpj.exe.jpg"
    _keep, copy = make_copies(tmp_path / "photos", names=("keep.jpg", spoof))
    result = tmp_path / "result.json"
    assert cli.main(["scan", str(tmp_path / "photos"), "--no-cache", "--quiet", "--json", str(result)]) == 0
    capsys.readouterr()

    assert cli.main(["apply", str(result)]) == 0

    printed = capsys.readouterr().out
    assert not copy.exists() and trashed(trash) == [spoof]
    assert not any(letter in printed for letter in "\x1b\r\u202e")
    (line,) = [line for line in printed.splitlines() if line.startswith("trashed: ")]
    assert (
        line
        == "trashed: "
        + str(tmp_path / "photos")
        + "/⟦U+001B⟧[2K⟦U+000D⟧skipped: nothing was trashed⟦U+000A⟧⟦U+202E⟧gpj.exe.jpg"
    )


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="looks into /proc for the lock's holder")
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGHUP"])
def test_apply_ended_by_a_logout_or_kill_stops_between_files_as_ctrl_c_does(
    tmp_path: Path, trash: Path, stop: str
) -> None:
    """A closed terminal (SIGHUP) or `kill` (SIGTERM) killed `lookalike apply` wherever it was: in a
    move to another drive, its half-made copy stayed there for good. It now stops as Ctrl+C does,
    between files, saying so; here while it waits for another Lookalike's run (which holds the
    runs' lock), so that the signal comes at a moment the run itself fixes."""
    import fcntl
    import signal
    import time

    from lookalike.core.actions import default_journal_path

    saved, (keep, copy) = _result(tmp_path, 2)
    lock = default_journal_path().with_name(default_journal_path().name + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    other = lock.open("ab")  # the other Lookalike's run
    fcntl.flock(other.fileno(), fcntl.LOCK_EX)
    app = Path(lookalike.__file__).parents[1]
    child = subprocess.Popen(
        [sys.executable, "-m", "lookalike", "apply", str(saved)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(app)},
    )
    try:
        deadline = time.monotonic() + 60
        while not any(
            os.path.realpath(f"/proc/{child.pid}/fd/{fd}") == str(lock.resolve())
            for fd in os.listdir(f"/proc/{child.pid}/fd")
        ):
            assert child.poll() is None and time.monotonic() < deadline, "the run never reached the lock"
            time.sleep(0.05)
        child.send_signal(getattr(signal, stop))
        _out, err = child.communicate(timeout=60)
    finally:
        other.close()
        if child.poll() is None:
            child.kill()
    assert child.returncode == cli.EXIT_INTERRUPTED, (child.returncode, err)
    assert b"stopped early" in err
    assert keep.exists() and copy.exists() and trashed(trash) == []
