"""Discovery's helper listing folders in a process of its own (core/listing.py): what discovery
finds with it is what it finds alone, whatever the helper answers or fails to."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from lookalike.core import listing
from lookalike.core.discovery import Findings, discover_found
from lookalike.core.listing import Lister
from lookalike.core.models import ScanOptions

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper runs on Linux only")


def _tree(root: Path) -> None:
    """Folders, each with what discovery must tell apart: extensions, sizes, hidden names, a hard
    link, a name that is not UTF-8, a FIFO, folders and hidden folders below; one with a symbolic
    link, an empty one, a reference folder."""
    root.mkdir()
    (root / "first.jpg").write_bytes(b"x" * 10)
    for number in range(6):
        folder = root / f"k{number}"
        for relative, size in [
            ("a.jpg", 10), ("b.PNG", 11), ("notes.txt", 10), (".hidden.jpg", 10), ("tiny.jpg", 2),
            ("c.webp", 20), ("below/d.jpg", 30), (".hiddendir/x.jpg", 10),
        ]:  # fmt: skip
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"x" * (size + number))
        os.link(root / "first.jpg", folder / f"first-again-{number}.jpg")  # its other names
        os.link(folder / "a.jpg", folder / "z-again.jpg")  # found as a.jpg, with two links
        (folder / os.fsdecode(b"caf\xe9.jpg")).write_bytes(b"y" * 12)
        os.mkfifo(folder / "pipe.jpg")
        (folder / "void").mkdir()  # an empty folder, which the helper answers too
    (root / "linked").mkdir()
    (root / "linked" / "f.jpg").write_bytes(b"z" * 10)
    os.symlink(root / "k0" / "a.jpg", root / "linked" / "link.jpg")  # listed by discovery itself
    (root / "empty").mkdir()
    (root / "ref").mkdir()
    (root / "ref" / "g.jpg").write_bytes(b"x" * 10)


def _found(root: Path, options: ScanOptions, helper: Any) -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
    """Every file discovery finds under `root`, each as all its fields, and what it noted."""
    findings = Findings()
    rows: list[tuple[Any, ...]] = []
    for found in discover_found((root,), options, findings, helper=helper):
        columns = found.columns()
        rows += zip(*(columns[name] for name in sorted(columns)), strict=True)
    noted = (
        [(str(e.path), str(e.error)) for e in findings.errors],
        [(str(e.path), str(e.error)) for e in findings.skipped],
        findings.hard_links,
        findings.excluded_files,
        findings.excluded_folders,
    )
    return rows, noted


@pytest.fixture
def helped(monkeypatch: pytest.MonkeyPatch) -> list[Lister]:
    """The helpers started (from the first folder on; each answer waited for, so that they answer
    the few folders of a test), and the folders each answered, counted on `answered`."""
    monkeypatch.setattr(listing, "HELPER_FROM", 0)
    monkeypatch.setattr(listing, "WAITED_FOR", True)
    monkeypatch.setattr(listing, "KEPT_EVERY", 1_000)  # all asked for but the first
    started: list[Lister] = []
    real_listed = Lister.listed

    def counted(self: Lister, folder: str) -> listing.Listed | None:
        if self not in started:
            started.append(self)
            self.answered = 0  # type: ignore[attr-defined]
        answer = real_listed(self, folder)
        self.answered += answer is not None  # type: ignore[attr-defined]
        return answer

    monkeypatch.setattr(Lister, "listed", counted)
    return started


def _helper(command: list[str] | None = None) -> Any:
    return lambda: Lister(command)


@pytest.mark.parametrize(
    "options",
    [
        ScanOptions(min_size=4),
        ScanOptions(include_hidden=True, follow_links=True),  # FIFOs of no size among the files
        ScanOptions(recursive=False),
    ],
    ids=["plain", "hidden-and-links", "flat"],
)
def test_discovery_with_the_helper_finds_what_it_finds_alone(
    tmp_path: Path, helped: list[Lister], options: ScanOptions
) -> None:
    root = tmp_path / "pics"
    _tree(root)
    if options.recursive:
        options = replace(options, reference_roots=(root / "ref", root / "k2", root / "k3", root / "k4"))
    alone = _found(root, options, None)
    with_helper = _found(root, options, _helper())

    assert with_helper == alone
    rows, noted = alone
    assert rows and (noted[2] or not options.recursive)  # files found, a hard link's other name noted
    (lister,) = helped
    # The helper answered most folders (not `linked`, with its link: discovery listed it itself),
    # and it ended with discovery.
    assert lister.answered >= (6 if options.recursive else 0)  # type: ignore[attr-defined]
    assert lister._child.poll() is not None


# A helper that answers each folder it is asked for with `answer` (Python that makes its bytes).
_ANSWERING = """
import pickle, struct, sys
answer = {answer}
while len(header := sys.stdin.buffer.read(9)) == 9:
    sys.stdin.buffer.read(struct.unpack("<cQ", header)[1])
    sys.stdout.buffer.write(struct.pack("<cQ", b"a", len(answer)) + answer)
    sys.stdout.buffer.flush()
"""


@pytest.mark.parametrize(
    "child",
    [
        "import sys",  # ends at once
        _ANSWERING.format(answer="b'not'"),
        _ANSWERING.format(answer="pickle.dumps(((1, 2), ['a.jpg'], b'', b''))"),
        _ANSWERING.format(  # a regular file of 10 bytes, outside the folder
            answer="pickle.dumps(((1, 2), ['../k0/a.jpg'],"
            " struct.pack('<5Q', 0o100644, 7, 7, 1, 10), bytes(16)))"
        ),
    ],
    ids=["ends", "no-pickle", "statuses-not-one-a-name", "a-name-that-leaves-the-folder"],
)
def test_a_helper_that_fails_or_answers_nonsense_changes_nothing_found(
    tmp_path: Path, helped: list[Lister], child: str, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "pics"
    _tree(root)
    options = ScanOptions(min_size=4)
    alone = _found(root, options, None)
    with caplog.at_level(logging.WARNING, logger="lookalike.core.listing"):
        found = _found(root, options, _helper([sys.executable, "-c", child]))
    assert found == alone
    assert "Finding the files without the helper listing folders" in caplog.text
    assert helped[0].answered == 0  # type: ignore[attr-defined]


def test_a_helper_that_cannot_start_leaves_discovery_to_itself(tmp_path: Path, helped: list[Lister]) -> None:
    root = tmp_path / "pics"
    _tree(root)
    with pytest.raises(listing.ReaderFailed):
        Lister([str(tmp_path / "no-such-program")])
    from lookalike.core.scan import _lister

    assert _lister(ScanOptions(workers=1)) is None  # one core: no helper beside discovery
    started = _lister(ScanOptions(workers=2))
    assert started is not None
    options = ScanOptions(min_size=4)
    assert _found(root, options, lambda: None) == _found(root, options, None)


def test_a_scan_with_the_helper_groups_what_it_groups_without(
    tmp_path: Path, helped: list[Lister], monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: the same groups, files and hard links, with the helper answering folders."""
    from lookalike.core import scan as scan_module
    from lookalike.samples import photo

    root = tmp_path / "photos"
    for number in range(4):
        folder = root / f"trip-{number}"
        folder.mkdir(parents=True)
        picture = photo(number, (96, 72))
        picture.save(folder / "original.jpg")
        picture.save(folder / "copy.png")
        picture.resize((48, 36)).save(folder / "smaller.png")
    os.link(root / "trip-1" / "copy.png", root / "trip-2" / "another-name.png")
    options = ScanOptions(workers=2)
    with_helper = scan_module.scan([root], options)
    assert helped and helped[0].answered >= 2  # type: ignore[attr-defined]
    monkeypatch.setattr(scan_module, "_lister", lambda options: None)
    alone = scan_module.scan([root], options)

    def outcome(result: Any) -> tuple[Any, ...]:
        groups = sorted(sorted(str(m.path) for m in group.members) for group in result.groups)
        return groups, result.stats.files, result.hard_links

    assert outcome(with_helper) == outcome(alone)
    assert len(alone.groups) == 4 and alone.hard_links


def test_a_stopped_discovery_ends_its_helper(tmp_path: Path, helped: list[Lister]) -> None:
    """Stopped after the helper started (or left unfinished by the scan), discovery ends it: no
    process of the program is left listing folders."""
    root = tmp_path / "pics"
    _tree(root)
    folders = [0]

    def cancelled() -> bool:
        folders[0] += 1
        return folders[0] > 3

    findings = Findings()
    list(discover_found((root,), ScanOptions(), findings, cancelled=cancelled, helper=_helper()))
    (lister,) = helped
    assert lister._child.poll() is not None

    unfinished = discover_found((root,), ScanOptions(), Findings(), helper=_helper())
    next(unfinished)  # the first folder's files, the helper started
    next(unfinished)
    unfinished.close()
    assert len(helped) == 2 and helped[1]._child.poll() is not None


def test_ctrl_c_in_the_terminal_reaches_the_scan_not_its_helper(tmp_path: Path, helped: list[Lister]) -> None:
    """Ctrl+C signals every process of the terminal's job: the helper goes on answering (the scan
    decides whether to stop, and ends it), and writes no traceback."""
    import signal

    root = tmp_path / "pics"
    _tree(root)
    lister = Lister()
    for folder in ("k1", "k2"):
        assert lister.ask(os.fspath(root / folder))
        answer = lister.listed(os.fspath(root / folder))  # waited for: the helper is serving
        assert answer is not None and "a.jpg" in answer.names
        assert lister._child.poll() is None
        lister._child.send_signal(signal.SIGINT)
    lister.end()


@pytest.mark.parametrize(("asked", "threads"), [(None, 1), ("2", 2)])
def test_the_program_runs_numpys_blas_on_one_thread_unless_asked_otherwise(
    asked: str | None, threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OpenBLAS starts a thread a core at NumPy's import, which spins on the core beside the scan,
    its readers and its helper: the program keeps it to the one thread (the person's own setting
    wins)."""
    import subprocess

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    if asked is not None:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", asked)
    code = "import lookalike, numpy, os; print(len(os.listdir('/proc/self/task')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    if asked is not None and (os.cpu_count() or 1) < threads:
        pytest.skip("fewer cores than threads asked for")
    assert int(done.stdout) == threads


def test_a_folder_moved_away_after_the_helper_listed_it_is_found_as_it_is_now(
    tmp_path: Path, helped: list[Lister], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper listed k1; before discovery reaches it, k1 is moved away and another folder put
    in its place (other names, other files). Discovery finds the files there now, each with its own
    identity, never the names and identities the helper saw."""
    root = tmp_path / "pics"
    _tree(root)
    elsewhere = tmp_path / "other"
    for name in ("new-1.jpg", "new-2.jpg"):
        (elsewhere / name).parent.mkdir(exist_ok=True)
        (elsewhere / name).write_bytes(b"n" * 20)
    real_listed = Lister.listed

    def moving(self: Lister, folder: str) -> listing.Listed | None:
        answer = real_listed(self, folder)
        if folder == os.fspath(root / "k1"):
            assert answer is not None  # the helper did list it
            os.rename(root / "k1", tmp_path / "k1-moved")
            os.rename(elsewhere, root / "k1")
        return answer

    monkeypatch.setattr(Lister, "listed", moving)
    rows, _ = _found(root, ScanOptions(min_size=4), _helper())
    in_k1 = [row for row in rows if os.sep + "k1" + os.sep in row[6]]
    assert sorted(Path(row[6]).name for row in in_k1) == ["new-1.jpg", "new-2.jpg"]
    for row in in_k1:  # ctime, device, in reference, inode, links, mtime, path, size
        st = os.stat(row[6])
        assert (row[1], row[3], row[7]) == (st.st_dev, st.st_ino, st.st_size)


# The helper listing folders, its drive not answering: the program itself, whose every look at the
# folder named first (however spelt) waits for good, as on that drive.
_HELPER_ON_A_DEAD_DRIVE = """
import os, sys, time
from lookalike.core import listing
dead, held = sys.argv[1], sys.argv[2]
real_open = os.open
def open_on_a_dead_drive(path, *args, **kwargs):
    real = os.path.realpath(path)
    if real == dead or real.startswith(dead + os.sep):
        open(held, "w").close()
        time.sleep(600)
    return real_open(path, *args, **kwargs)
os.open = open_on_a_dead_drive
sys.exit(listing.serve())
"""


@pytest.mark.parametrize("stopped", [False, True], ids=["to its end", "stopped"])
def test_a_helper_stuck_on_a_drive_holds_neither_discovery_nor_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stopped: bool
) -> None:
    """The helper is asked for a folder reached by a link (followed), whose drive stops answering
    the helper right then: it waits for good. Discovery does not wait for its answers: it lists
    that folder and the rest itself, finds what it finds alone, and ends the helper; stopped, it
    stops as soon, and ends it too."""
    root = tmp_path / "pics"
    for name in ("a", "b", "d", "e", "target"):
        (root / name).mkdir(parents=True)
        for number in range(3):
            (root / name / f"{number}.jpg").write_bytes(b"x" * (10 + number))
    (root / "c-link").symlink_to(root / "target")  # the helper is asked for it (not for "b")
    held = tmp_path / "the helper waits"
    monkeypatch.setattr(listing, "HELPER_FROM", 0)
    monkeypatch.setattr(listing, "KEPT_EVERY", 1_000)  # all asked for but the first
    asked: list[str] = []
    started_helpers: list[Lister] = []
    real_ask = Lister.ask

    def ask(self: Lister, folder: str) -> bool:
        if self not in started_helpers:
            started_helpers.append(self)
        asked.append(folder)
        return real_ask(self, folder)

    monkeypatch.setattr(Lister, "ask", ask)
    command = [sys.executable, "-c", _HELPER_ON_A_DEAD_DRIVE, os.fspath(root / "target"), os.fspath(held)]
    options = ScanOptions(follow_links=True)

    waited_from: list[float] = []

    def found(helper: Callable[[], Lister | None] | None, cancelled: Callable[[], bool]) -> list[str]:
        names = []
        for files in discover_found((root,), options, Findings(), helper=helper, cancelled=cancelled):
            names += [os.path.relpath(path, root) for path in map(os.fspath, files.paths)]
            if helper is not None and not waited_from:  # the first folder's files: the helper starts
                deadline = time.monotonic() + 10.0
                while not held.exists() and time.monotonic() < deadline:
                    time.sleep(0.01)
                waited_from.append(time.monotonic())
        return sorted(names)

    alone = found(None, lambda: False)
    with_helper = found(lambda: Lister(command), lambda: stopped and bool(waited_from))
    took = time.monotonic() - waited_from[0]

    assert held.exists() and os.fspath(root / "c-link") in asked  # the helper did wait on its drive
    assert took < 1.0, took
    if stopped:
        assert set(with_helper) < set(alone)
    else:
        assert with_helper == alone and "c-link/0.jpg" in with_helper
    (helper,) = started_helpers
    assert helper._child.poll() is not None  # ended with discovery
