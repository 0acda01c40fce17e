"""Reading pictures in reader processes beside the scan's threads (core.readers): the real reader
(`python -m lookalike _read-pictures`) reads every kind of file as this process does, a scan with
readers finds what one with threads alone finds, and a reader that cannot start, answers garbage,
dies on a file or is still reading at a stop costs at most that one file, never the scan."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from lookalike.core import readers
from lookalike.core.fingerprint import make_fingerprinter
from lookalike.core.models import FileEntry, Fingerprint, Phase, Progress, ScanError, ScanOptions, ScanResult
from lookalike.core.reasons import Code, Reason
from lookalike.core.scan import scan
from lookalike.samples import photo

ODD_NAME = os.fsdecode(b"caf\xe9 copy.png")  # Latin-1: not UTF-8


def pictures(folder: Path) -> Path:
    """Photos, copies of some (another format, smaller, turned), and bad files of every kind."""
    folder.mkdir()
    for seed in range(12):
        picture = photo(seed, (160, 120))
        picture.save(folder / f"photo-{seed:02}.jpg", quality=90)
        if seed % 3 == 0:
            picture.resize((120, 90)).save(folder / f"photo-{seed:02} small.png")
        if seed % 4 == 1:
            picture.transpose(Image.Transpose.ROTATE_90).save(
                folder / f"photo-{seed:02} turned.jpg", quality=85
            )
    photo(3, (160, 120)).save(os.path.join(folder, ODD_NAME))
    whole = (folder / "photo-05.jpg").read_bytes()
    (folder / "truncated.jpg").write_bytes(whole[: len(whole) // 3])
    (folder / "notes.jpg").write_text("not a picture")
    (folder / "empty.png").write_bytes(b"")
    return folder


Outcome = tuple[list[object], list[tuple[str, Fingerprint]], list[tuple[str, Reason]]]


def outcome(result: ScanResult) -> Outcome:
    groups: list[object] = [
        sorted((m.path.name, m.distance, m.keep, m.score, m.tier, m.changes) for m in g.members)
        for g in result.groups
    ]
    fingerprints = sorted((r.entry.path.name, r.fingerprint) for r in result.images)
    errors = [(e.path.name, e.error) for e in result.errors]
    return groups, fingerprints, errors


def scan_of(
    folder: Path, tmp_path: Path, name: str, *, cancelled: Callable[[], bool] = lambda: False
) -> ScanResult:
    return scan([folder], ScanOptions(cache_dir=tmp_path / name, workers=2), cancelled=cancelled)


@pytest.fixture
def threads_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Outcome]:
    """The test pictures and what a scan finds of them with the threads alone; after it, readers
    start for any number of small files, as with_readers makes them."""
    folder = pictures(tmp_path / "pics")
    monkeypatch.setattr(readers, "READ_APART_FROM", 10**9)
    result = scan_of(folder, tmp_path, "alone")
    assert result.groups and len(result.errors) == 3
    monkeypatch.setattr(readers, "READ_APART_FROM", 1)
    monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", True)  # its few files: the threads would read all
    return folder, outcome(result)


@pytest.fixture
def with_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "READ_APART_FROM", 1)
    monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", True)


def read_apart(caplog: pytest.LogCaptureFixture) -> list[int]:
    """How many files each reader read, as the scan logged it."""
    return [int(r.getMessage().split()[3]) for r in caplog.records if r.msg == "A reader read %d file(s)"]


def reader_running(tmp_path: Path, script: str) -> list[str]:
    """A reader command: this Python running `script` before the reader's own serve()."""
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n{script}"]


def reader_doing(tmp_path: Path, before_each: str) -> list[str]:
    """A reader command whose fingerprinter first runs `before_each` (Python, its lines indented by
    eight spaces, with `entry` the file's and os, time and logging imported) for each file."""
    script = f"""
import logging, os, time
from lookalike.core import fingerprint, readers
made = fingerprint.make_fingerprinter
def doing(options):
    read = made(options)
    def reading(entry):
{before_each}
        return read(entry)
    return reading
fingerprint.make_fingerprinter = doing
sys.exit(readers.serve())
"""
    return reader_running(tmp_path, script)


def crashing_reader(tmp_path: Path, crashes_on: str, wait: float = 0.0) -> list[str]:
    """A reader command whose fingerprinter crashes the process (as a decoder would: SIGABRT, or on
    Windows an access violation's status) on a file whose name makes `crashes_on` true (a Python
    expression of `name`), after `wait` seconds."""
    crash = f"""
        name = entry.path.name
        if {crashes_on}:
            time.sleep({wait})
            os._exit(0xC0000005) if os.name == "nt" else os.abort()"""
    return reader_doing(tmp_path, crash)


def test_a_reader_reads_every_kind_of_file_as_this_process_does(tmp_path: Path) -> None:
    folder = pictures(tmp_path / "pics")
    (folder / "gone.jpg").write_bytes(b"")
    entries = [FileEntry.from_stat(path, path.stat()) for path in sorted(folder.iterdir())]
    (folder / "gone.jpg").unlink()  # found, then gone before it is read
    options = ScanOptions()
    here = make_fingerprinter(options)
    reader = readers.Reader(options, packing=True)
    try:
        reader.ready()
        reader.send(entries[:5])
        reader.send(entries[5:])
        answers = [reader.answer() for _ in entries]
    finally:
        reader.finish()
    assert answers == [readers.read_one(here, entry, True) for entry in entries]
    assert any(isinstance(read, Fingerprint) for read, _ in answers)
    kinds = {read.error.code for read, _ in answers if isinstance(read, ScanError)}
    assert {Code.EMPTY_FILE, Code.DISAPPEARED_DURING_SCAN, Code.NOT_A_PICTURE} <= kinds
    odd = next(at for at, entry in enumerate(entries) if entry.path.name == ODD_NAME)
    assert isinstance(answers[odd][0], Fingerprint)


def test_a_scan_with_readers_finds_what_the_threads_alone_find(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder, alone = threads_alone
    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        result = scan_of(folder, tmp_path, "apart")
    assert outcome(result) == alone
    assert read_apart(caplog) and read_apart(caplog)[0] > 0
    # The cache took the readers' thumbs: a rescan reads nothing and finds the same.
    again = scan_of(folder, tmp_path, "apart")
    assert again.stats.cached == again.stats.images and outcome(again) == alone


def test_a_reader_that_dies_on_a_file_costs_that_file_alone(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A decoder that crashes the process on a file: the reader dies (by SIGABRT, or on Windows with
    an access violation's status, for real); that file is reported, the other files it had are read
    by the scan's thread, new readers go on."""
    folder, alone = threads_alone
    for seed in (40, 41):
        photo(seed, (160, 120)).save(folder / f"crash-{seed}.png")
    monkeypatch.setattr(
        readers, "reader_command", lambda: crashing_reader(tmp_path, "name.startswith('crash-')")
    )
    result = scan_of(folder, tmp_path, "apart")
    groups, fingerprints, errors = outcome(result)
    stopped = [name for name, error in errors if error.code is Code.READER_STOPPED]
    # The first it dies on is reported; the other, in its hand then, is read by the scan's thread.
    assert stopped and set(stopped) <= {"crash-40.png", "crash-41.png"}
    assert [e for e in errors if e[0] not in stopped] == alone[2]
    assert [f for f in fingerprints if not f[0].startswith("crash-")] == alone[1]
    assert groups == alone[0]
    said = {str(e.error) for e in result.errors if e.path.name in stopped}
    assert said == {"the picture reader stopped while reading it: the picture data may be damaged"}


def test_what_a_library_prints_in_a_reader_does_not_garble_its_answers(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder, alone = threads_alone
    printing = """
        print("a library's words")
        os.write(1, b"a decoder's words")"""
    monkeypatch.setattr(readers, "reader_command", lambda: reader_doing(tmp_path, printing))
    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert read_apart(caplog) and read_apart(caplog)[0] > 0


@pytest.mark.parametrize(
    ("script", "said"),
    [
        ("sys.exit(3)", "(exit status 3)"),  # before or after it was handed its settings
        (
            "sys.stdout.buffer.write(b'r' + bytes(8) + b'a' + b'\\xff' * 64); sys.stdout.flush()\n"
            "sys.stdin.read()",
            "ended",  # ready, then an answer larger than any
        ),
        (
            "sys.stdout.buffer.write(b'a' + (4).to_bytes(8, 'little') + b'junk'); sys.stdout.flush()\n"
            "sys.stdin.read()",
            "did not say",
        ),
        # As a frozen program that cannot start may wait for someone to close its error dialog.
        ("sys.stdin.buffer.read()", "was not ready within 1 s"),
        (None, "could not start"),
    ],
    ids=["ends", "answers-garbage", "not-ready", "never-ready", "cannot-start"],
)
def test_a_reader_that_fails_leaves_its_files_to_the_threads(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    script: str | None,
    said: str,
) -> None:
    folder, alone = threads_alone
    monkeypatch.setattr(readers, "READY_SECONDS", 1.0)
    command = [str(tmp_path / "no such program")] if script is None else reader_running(tmp_path, script)
    monkeypatch.setattr(readers, "reader_command", lambda: command)
    started = time.monotonic()
    assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    assert time.monotonic() - started < 10
    assert any(said in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


def test_stopping_a_scan_ends_its_readers(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reader that never answers (as on a drive that hangs): the stop ends it within a second."""
    folder, _ = threads_alone
    pid_file = tmp_path / "reader.pid"
    hanging = f"""
import os, pickle, time
open({str(pid_file)!r}, "w").write(str(os.getpid()))
pickle.load(sys.stdin.buffer)
sys.stdout.buffer.write(b'r' + bytes(8)); sys.stdout.flush()  # ready
time.sleep(600)
"""
    monkeypatch.setattr(readers, "reader_command", lambda: reader_running(tmp_path, hanging))
    stop_at = time.monotonic() + 3  # the threads have read all but the reader's files by then
    result = scan_of(folder, tmp_path, "apart", cancelled=lambda: time.monotonic() > stop_at)
    assert result.cancelled
    assert time.monotonic() - stop_at < 1.5
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)


def test_larger_files_are_read_by_the_threads_alone(
    tmp_path: Path, with_readers: None, caplog: pytest.LogCaptureFixture
) -> None:
    """Decoding a larger picture lets go of the GIL: readers would only add their start."""
    folder = tmp_path / "large"
    folder.mkdir()
    for seed in range(4):
        photo(seed, (640, 480)).save(folder / f"photo-{seed}.png")
        photo(seed, (160, 120)).save(folder / f"photo-{seed} small.jpg", quality=80)
    sizes = sorted(path.stat().st_size for path in folder.iterdir())
    assert sizes[3] < readers.SMALL_FILE <= sizes[4]
    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        result = scan_of(folder, tmp_path, "large")
    assert len(result.groups) == 4
    assert read_apart(caplog) == [4]


def alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # query limited information
        if not handle:
            return False
        status = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(status))
        ctypes.windll.kernel32.CloseHandle(handle)
        return status.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_stop_while_a_reader_starts_ends_it(
    tmp_path: Path, threads_alone: tuple[Path, Outcome], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader slow to start (a frozen program on a slow disk) is ended by a stop all the same."""
    folder, _ = threads_alone
    pid_file = tmp_path / "reader.pid"
    slow = f"""
import os, time
open({str(pid_file)!r}, "w").write(str(os.getpid()))
time.sleep(6)
from lookalike.core import readers
sys.exit(readers.serve())
"""
    monkeypatch.setattr(readers, "reader_command", lambda: reader_running(tmp_path, slow))
    stop_at = time.monotonic() + 1
    result = scan_of(folder, tmp_path, "apart", cancelled=lambda: time.monotonic() > stop_at)
    assert result.cancelled and time.monotonic() - stop_at < 1.5
    assert not alive(int(pid_file.read_text()))


def test_a_batch_larger_than_a_pipe_is_read(
    tmp_path: Path, with_readers: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches and answers that fill the pipes both ways at once (long names, many files a batch):
    the reader's answers are taken as they come, so neither side waits for the other for ever."""
    folder = tmp_path / "long names"
    folder.mkdir()
    photo(90, (64, 48)).save(folder / "original.png")
    for number in range(600):
        shutil.copyfile(folder / "original.png", folder / f"{number:04} {'한국어 이름 ' * 12}.png")
    monkeypatch.setattr(readers, "BATCH", 300)
    give_up = time.monotonic() + 60
    result = scan_of(folder, tmp_path, "apart", cancelled=lambda: time.monotonic() > give_up)
    assert not result.cancelled
    assert len(result.images) == 601 and [len(g.members) for g in result.groups] == [601]


def test_a_feeding_thread_that_fails_otherwise_reads_its_files(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder, alone = threads_alone

    def failing(self: readers.Reader, entries: list[FileEntry]) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(readers.Reader, "send", failing)
    assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    assert any(r.msg == "Feeding a reader failed" for r in caplog.records)


@pytest.mark.skipif(
    not hasattr(signal, "SIGINT") or os.name == "nt", reason="Ctrl+C reaches a process group on POSIX"
)
def test_ctrl_c_in_the_terminal_leaves_a_reader_to_the_scan(tmp_path: Path) -> None:
    """Ctrl+C reaches every process of the terminal's group: the scan decides what stops."""
    folder = pictures(tmp_path / "pics")
    entries = [FileEntry.from_stat(path, path.stat()) for path in sorted(folder.iterdir())]
    reader = readers.Reader(ScanOptions(), packing=False)
    try:
        reader.ready()
        os.kill(reader._child.pid, signal.SIGINT)
        time.sleep(0.2)
        reader.send(entries)
        answers = [reader.answer() for _ in entries]
    finally:
        reader.finish()
    assert answers == [readers.read_one(make_fingerprinter(ScanOptions()), entry, False) for entry in entries]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/zero are POSIX")
@pytest.mark.parametrize("becomes", ["a named pipe", "a link to /dev/zero"])
def test_a_file_swapped_before_a_reader_reads_it_is_reported_not_waited_on(
    tmp_path: Path, threads_alone: tuple[Path, Outcome], becomes: str
) -> None:
    """Fault: after discovery, before reading, a picture among a reader's first files becomes a FIFO
    (which a plain open would wait on for ever) or a link to an endless device: the scan says so
    and goes on."""
    folder, alone = threads_alone
    swapped = folder / "photo-00.jpg"

    def swap_when_reading_begins(progress: Progress) -> None:
        if progress.phase is Phase.FINGERPRINT and swapped.is_file() and not swapped.is_symlink():
            swapped.unlink()
            if becomes == "a named pipe":
                os.mkfifo(swapped)
            else:
                swapped.symlink_to("/dev/zero")

    give_up = time.monotonic() + 30
    result = scan(
        [folder],
        ScanOptions(cache_dir=tmp_path / "apart", workers=2),
        progress=swap_when_reading_begins,
        cancelled=lambda: time.monotonic() > give_up,
    )
    assert not result.cancelled
    assert [e.error.code for e in result.errors if e.path == swapped] == [Code.REPLACED_DURING_SCAN]
    assert sorted(name for name, _ in outcome(result)[1]) == sorted(
        name for name, _ in alone[1] if name != "photo-00.jpg"
    )


def test_a_reader_that_dies_in_the_middle_of_its_files_is_blamed_for_that_file_alone(
    tmp_path: Path, with_readers: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It answered the files before the one it died on, which the scan may not have taken yet when
    its next batch finds the pipe broken: those keep their reads, the one it died on is reported."""
    folder = tmp_path / "pics"
    folder.mkdir()
    for number in range(40):
        photo(number, (64, 48)).save(folder / f"p{number:02}.png")
    photo(99, (64, 48)).save(folder / "p05 crash.png")  # the sixth a reader is handed
    # It waits a moment first: the scan takes some answers and sends its next batch meanwhile.
    monkeypatch.setattr(readers, "reader_command", lambda: crashing_reader(tmp_path, "'crash' in name", 0.3))
    monkeypatch.setattr(readers, "RESTARTS_MOST", 0)
    result = scan_of(folder, tmp_path, "apart")
    assert [(e.path.name, e.error.code) for e in result.errors] == [("p05 crash.png", Code.READER_STOPPED)]
    assert len(result.images) == 40


def test_a_reader_that_died_still_gives_the_reads_it_answered_before(tmp_path: Path) -> None:
    """A send that finds the pipe broken tells of its end before answer() has given the reads it
    made: answered_before() gives them, so that the file it died on is the next one."""
    folder = tmp_path / "pics"
    folder.mkdir()
    for number in range(5):
        photo(number, (64, 48)).save(folder / f"p{number}.png")
    entries = [FileEntry.from_stat(path, path.stat()) for path in sorted(folder.iterdir())]
    reader = readers.Reader(ScanOptions(), False, crashing_reader(tmp_path, "name == 'p3.png'"))
    try:
        reader.ready()
        reader.send(entries)
        reader._child.wait(timeout=30)
        with pytest.raises(readers.ReaderFailed) as failed:
            for _ in range(100):  # the pipe may take a batch or two before it is found broken
                reader.send(entries)
        assert failed.value.crashed
        here = make_fingerprinter(ScanOptions())
        assert reader.answered_before() == [readers.read_one(here, entry, False) for entry in entries[:3]]
        assert reader.answered_before() == []
    finally:
        reader.end()


def test_a_readers_warnings_reach_the_scans_log(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A reader's warnings and errors (a thumb it could not pack, its own failure) are told to the
    scan, which logs them where it logs its own (the window's log file): a windowed program's
    reader has no standard error. What the reader reads is the same."""
    folder, alone = threads_alone
    warning = """
        if entry.path.name == "photo-04.jpg":
            logging.getLogger("lookalike.core.fingerprint").warning("Odd colours in %s", entry.path.name)
            try:
                raise ValueError("a codec's complaint")
            except ValueError:
                logging.getLogger("lookalike.core.imaging").exception("Could not read %s", "ü 写真")"""
    monkeypatch.setattr(readers, "reader_command", lambda: reader_doing(tmp_path, warning))
    with caplog.at_level(logging.DEBUG):
        assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    told = [(r.name, r.levelno, r.getMessage()) for r in caplog.records if "(in a reader)" in r.getMessage()]
    assert told[0] == (
        "lookalike.core.fingerprint",
        logging.WARNING,
        "Odd colours in photo-04.jpg (in a reader)",
    )
    name, level, message = told[1]
    assert (name, level) == ("lookalike.core.imaging", logging.ERROR)
    assert (
        message.startswith("Could not read ü 写真\nTraceback")
        and "ValueError: a codec's complaint" in message
    )
    assert len(told) == 2


def test_log_frames_that_are_none_or_huge_leave_the_answers_to_come(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A log frame that is no record (JSON nested past Python's limit, a list of other things) is
    passed over; a record of megabytes is told cut short: either way the answers after it come."""
    import io
    import json
    import queue

    garbled = [b"[" * 100_000 + b"]" * 100_000, json.dumps([30, 7, None]).encode(), b"\xff"]
    answer = b"an answer"
    stream = b"".join(readers.FRAME.pack(b"l", len(frame)) + frame for frame in garbled)
    stream += readers.FRAME.pack(b"a", len(answer)) + answer
    frames: queue.SimpleQueue[tuple[bytes, bytes] | None] = queue.SimpleQueue()
    readers.read_frames(io.BytesIO(stream), frames, (b"a",), 1 << 24)
    assert frames.get_nowait() == (b"a", answer) and frames.get_nowait() is None

    folder, alone = threads_alone
    huge = """
        logging.getLogger("lookalike.core.fingerprint").warning("%s", "ü" * 3_000_000)"""
    monkeypatch.setattr(readers, "reader_command", lambda: reader_doing(tmp_path, huge))
    with caplog.at_level(logging.DEBUG):
        assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    told = [r.getMessage() for r in caplog.records if r.getMessage().endswith("(in a reader)")]
    assert told and all(len(message) < 20_000 and " [...]" in message for message in told)
    assert read_apart(caplog) and read_apart(caplog)[0] > 0


def test_a_reader_slow_to_start_is_not_waited_for_once_the_threads_have_read_the_rest(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A frozen program whose file an antivirus scans may take seconds to start: once the threads
    have taken every other file, the thread that fed the reader ends it and reads its first files
    itself, instead of waiting for it (here a minute) while the threads stand idle. Not a failure:
    no warning."""
    folder, alone = threads_alone
    monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", False)
    monkeypatch.setattr(readers, "READY_SECONDS", 60.0)
    slow = "import time; time.sleep(60)\nfrom lookalike.core import readers\nsys.exit(readers.serve())"
    monkeypatch.setattr(readers, "reader_command", lambda: reader_running(tmp_path, slow))
    with caplog.at_level(logging.DEBUG):
        assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    told = [r for r in caplog.records if r.getMessage().startswith("Reading with the threads alone")]
    assert [(r.levelno, r.getMessage()) for r in told] == [
        (logging.DEBUG, "Reading with the threads alone: a reader was not needed by the time it could read")
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.fixture
def readers_started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, readers.Reader]]:
    """Each reader process a scan starts from now on, with the time it was started (the real
    reader, started as the scan starts it)."""
    started: list[tuple[float, readers.Reader]] = []
    start = readers.Reader.__init__

    def starting(self: readers.Reader, *args: Any, **kwargs: Any) -> None:
        start(self, *args, **kwargs)
        started.append((time.time(), self))

    monkeypatch.setattr(readers.Reader, "__init__", starting)
    return started


def test_a_rescan_starts_its_reader_before_the_cache_loads_and_ends_it_unused_when_nothing_changed(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    readers_started: list[tuple[float, readers.Reader]],
) -> None:
    """A rescan (the cache file is there) starts its reader before it finds the files, so the
    reader is ready when the cache's load knows which files its last scan does not give; one after
    pictures were added has it read some; one with nothing changed ends it having read none,
    though it reads again the three files that are no pictures (too few for a reader)."""
    from lookalike.core.cache import FingerprintCache

    folder, alone = threads_alone
    monkeypatch.setattr(readers, "READ_APART_FROM", 5)
    assert outcome(scan_of(folder, tmp_path, "apart")) == alone
    assert len(readers_started) == 1
    readers_started.clear()

    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        again = scan_of(folder, tmp_path, "apart")
    assert again.stats.cached == again.stats.images and outcome(again) == alone
    [(_, unused)] = readers_started
    assert unused._child.wait(timeout=5) is not None and read_apart(caplog) == []
    readers_started.clear()
    caplog.clear()

    loaded: list[float] = []
    load = FingerprintCache.load

    def timed_load(self: FingerprintCache, *args: Any, **kwargs: Any) -> None:
        load(self, *args, **kwargs)
        loaded.append(time.time())

    monkeypatch.setattr(FingerprintCache, "load", timed_load)
    for seed in (60, 61, 62):
        picture = photo(seed, (160, 120))
        picture.save(folder / f"added-{seed}.jpg", quality=90)
        picture.resize((120, 90)).save(folder / f"added-{seed} small.png")
    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        added = scan_of(folder, tmp_path, "apart")
    assert added.stats.images - added.stats.cached == 6
    assert len(added.groups) == len(alone[0]) + 3
    [(started, _)] = readers_started
    assert len(loaded) == 1 and started < loaded[0]
    assert read_apart(caplog) and read_apart(caplog)[0] > 0


def test_a_reader_started_while_the_cache_loads_is_ended_at_once_when_too_little_is_left_to_read(
    tmp_path: Path,
    threads_alone: tuple[Path, Outcome],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    readers_started: list[tuple[float, readers.Reader]],
) -> None:
    """The files the last scan does not give are enough for a reader, but the cache's rows hold all
    but one of them (the first folder's, while another folder was the last scan): the reader the
    load started is ended before grouping begins, not kept to the end, and the threads alone read
    the one file."""
    folder, alone = threads_alone
    monkeypatch.setattr(readers, "READ_APART_FROM", 5)
    scan_of(folder, tmp_path, "apart")
    other = tmp_path / "other"
    other.mkdir()
    scan([other], ScanOptions(cache_dir=tmp_path / "apart", workers=2))  # the first folder's as rows
    edited = folder / "photo-07.jpg"
    os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 10**9))
    readers_started.clear()
    alive_when_grouping: list[bool] = []

    def on_progress(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not alive_when_grouping:
            alive_when_grouping.extend(alive(reader._child.pid) for _, reader in readers_started)

    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        result = scan([folder], ScanOptions(cache_dir=tmp_path / "apart", workers=2), progress=on_progress)
    assert result.stats.images - result.stats.cached == 1 and outcome(result) == alone
    assert len(readers_started) == 1 and alive_when_grouping == [False]
    assert read_apart(caplog) == []


def test_beside_a_reader_one_thread_reads_small_files_and_the_others_larger_ones(
    tmp_path: Path, with_readers: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A small picture's fingerprint is mostly Python under the GIL: threads reading small files at
    once waited on each other for it. Larger files, whose decoding lets go of it, on every thread."""
    folder = tmp_path / "pics"
    folder.mkdir()
    for seed in range(40):
        photo(seed, (64, 48)).save(folder / f"small-{seed:02}.png")
    for seed in range(4):
        photo(seed, (640, 480)).save(folder / f"large-{seed}.png")
    read_by: dict[bool, set[str]] = {True: set(), False: set()}
    read_one = readers.read_one

    def reading(
        fingerprint: Callable[[FileEntry], Fingerprint | ScanError], entry: FileEntry, packing: bool
    ) -> readers.Read:
        read_by[entry.size < readers.SMALL_FILE].add(threading.current_thread().name)
        return read_one(fingerprint, entry, packing)

    monkeypatch.setattr(readers, "read_one", reading)
    with caplog.at_level(logging.DEBUG, logger="lookalike.core.scan"):
        result = scan_of(folder, tmp_path, "apart")
    assert len(result.images) == 44 and not result.errors
    assert read_apart(caplog) and read_apart(caplog)[0] > 0
    assert read_by[True] <= {"fingerprint-0"}
    assert read_by[False] and read_by[False] <= {"fingerprint-0", "fingerprint-1"}


# ---- Thumbs made again beside a reader (matching._Thumbs: pictures that fit in their thumb) -------


def small_files(folder: Path, count: int) -> list[tuple[FileEntry, str, bytes]]:
    """`count` small pictures, each with its digest and the thumb its fingerprint has."""
    folder.mkdir()
    fingerprint = make_fingerprinter(ScanOptions())
    made = []
    for number in range(count):
        path = folder / f"p{number:03}.png"
        photo(number, (64, 48)).save(path)
        entry = FileEntry(path, path.stat().st_size, path.stat().st_mtime_ns)
        done = fingerprint(entry)
        assert isinstance(done, Fingerprint)
        made.append((entry, done.digest, done.thumb))
    return made


def slowed_here(monkeypatch: pytest.MonkeyPatch, seconds: float) -> list[str]:
    """Make each thumb this process makes again take `seconds` longer (the real one, then a wait),
    so that a reader is ready while this thread still has some to make; the names it made."""
    from lookalike.core import fingerprint

    made_here: list[str] = []
    real = fingerprint.thumb_of_file

    def slower(entry: FileEntry, digest: str) -> bytes | None:
        made_here.append(entry.path.name)
        time.sleep(seconds)
        return real(entry, digest)

    monkeypatch.setattr(fingerprint, "thumb_of_file", slower)
    return made_here


def reader_making_thumbs(tmp_path: Path, before_each: str) -> list[str]:
    """A reader command whose thumb_of_file first runs `before_each` (Python, indented by eight
    spaces, with `entry` the file's and os and time imported) for each file."""
    script = f"""
import os, time
from lookalike.core import fingerprint, readers
made = fingerprint.thumb_of_file
def making(entry, digest):
{before_each}
        return made(entry, digest)
fingerprint.thumb_of_file = making
sys.exit(readers.serve())
"""
    return reader_running(tmp_path, script)


def test_a_reader_makes_thumbs_again_beside_this_thread_each_from_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, readers_started: list[tuple[float, readers.Reader]]
) -> None:
    made = small_files(tmp_path / "pics", 60)
    (made[7][0].path).write_bytes((made[8][0].path).read_bytes())  # changed since: no thumb
    (made[52][0].path).unlink()  # gone since: no thumb
    monkeypatch.setattr(readers, "THUMBS_APART_FROM", 1)
    here = slowed_here(monkeypatch, 0.02)

    thumbs = readers.thumbs_made_again([(entry, digest) for entry, digest, _ in made], ScanOptions(workers=2))

    expected = [None if n in (7, 52) else thumb for n, (_, _, thumb) in enumerate(made)]
    assert thumbs == expected
    assert len(readers_started) == 1
    assert 0 < len(here) < 60 and "p059.png" not in here  # the reader took them from the last


# What the reader does on the first file it is given, whichever that is: it may be ready only after
# this thread made many (a loaded machine), and then still fails.
_ON_ITS_FIRST = (
    "        if not hasattr(fingerprint, 'failed'):\n            fingerprint.failed = True\n            "
)


@pytest.mark.parametrize(
    "failing",
    [_ON_ITS_FIRST + "os.abort()", _ON_ITS_FIRST + "time.sleep(60)", _ON_ITS_FIRST + "os._exit(0)"],
    ids=["dies", "hangs", "ends"],
)
def test_thumbs_a_reader_fails_to_make_are_made_by_this_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, failing: str
) -> None:
    """Its decoder crashes the reader, or it hangs on a file (a drive that stops answering), or it
    ends: every thumb is still made, right, by this thread. This thread takes 3 s for them all, more
    than the reader is given to be ready: it fails on its first file, or is given up on."""
    made = small_files(tmp_path / "pics", 60)
    monkeypatch.setattr(readers, "THUMBS_APART_FROM", 1)
    monkeypatch.setattr(readers, "READY_SECONDS", 2.0)  # also how long a reader stuck is waited for
    monkeypatch.setattr(readers, "reader_command", lambda: reader_making_thumbs(tmp_path, failing))
    slowed_here(monkeypatch, 0.05)
    started = time.monotonic()

    thumbs = readers.thumbs_made_again([(entry, digest) for entry, digest, _ in made], ScanOptions(workers=2))

    assert thumbs == [thumb for _, _, thumb in made]
    assert time.monotonic() - started < 30
    told = [r.getMessage() for r in caplog.records]
    assert any(message.startswith("Making thumbs and checks on one thread: a reader") for message in told)


def test_thumbs_made_ahead_are_taken_for_those_asked_and_the_others_made_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, readers_started: list[tuple[float, readers.Reader]]
) -> None:
    """Grouping starts a reader making thumbs it expects to want; when it asks, it gets the reader's
    thumbs of those it asks for, the right ones, and this thread makes those the reader was not
    given. A file changed or gone since gives none either way."""
    made = small_files(tmp_path / "pics", 50)
    (made[7][0].path).write_bytes((made[8][0].path).read_bytes())  # changed since: no thumb
    (made[33][0].path).unlink()  # gone since: no thumb
    ahead = readers.ThumbsAhead([(entry, digest) for entry, digest, _ in made[:40]], ScanOptions(workers=2))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and ahead._shared.left():  # the reader takes them all meanwhile
        time.sleep(0.05)
    here = slowed_here(monkeypatch, 0)
    asked = [made[n] for n in (*range(0, 40, 3), 45, 7, 33, 49)]

    thumbs = ahead.take([(entry, digest) for entry, digest, _ in asked])

    assert thumbs == [
        None if entry.path.name in ("p007.png", "p033.png") else thumb for entry, _, thumb in asked
    ]
    assert here == ["p045.png", "p049.png"]  # the reader made every one it was given
    assert len(readers_started) == 1
    assert readers_started[0][1]._child.wait(timeout=5) == 0  # it ended by itself, all made


def test_thumbs_made_ahead_that_no_one_asks_for_end_their_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, readers_started: list[tuple[float, readers.Reader]]
) -> None:
    """Grouping stops, or never asks for them: the reader making them is ended, not left making
    the rest (here a minute's worth)."""
    made = small_files(tmp_path / "pics", 30)
    monkeypatch.setattr(
        readers, "reader_command", lambda: reader_making_thumbs(tmp_path, "        time.sleep(0.05)")
    )
    wanted = [(entry, digest) for entry, digest, _ in made] * 40
    ahead = readers.ThumbsAhead(wanted, ScanOptions(workers=2))
    deadline = time.monotonic() + 20
    while ahead._shared._end == len(wanted) and time.monotonic() < deadline:
        time.sleep(0.02)  # until the reader has taken its first files
    assert len(readers_started) == 1

    ahead.end()

    assert readers_started[0][1]._child.wait(timeout=5) is not None


def test_a_rescan_makes_ahead_the_thumbs_of_old_small_pictures_its_new_ones_pair_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, readers_started: list[tuple[float, readers.Reader]]
) -> None:
    """Small pictures' thumbs are made again from their files. A rescan after adding copies of
    old ones has a reader begin making the old ones' thumbs once it has the likely pairs, and
    groups what a rescan making them on its own thread groups; no reader is left running."""
    folder, first = small_library_then_copies(tmp_path, 24, every=2, marked=False)
    monkeypatch.setattr(readers, "THUMBS_AHEAD_FROM", 10**9)
    alone = scan([folder], ScanOptions(cache_dir=first, workers=2))
    assert [r for _, r in readers_started if r._mode == readers.THUMBS] == []
    monkeypatch.setattr(readers, "THUMBS_AHEAD_FROM", 1)

    ahead = scan([folder], ScanOptions(cache_dir=tmp_path / "second", workers=2))

    assert outcome(ahead) == outcome(alone)
    assert sorted(len(group.members) for group in ahead.groups) == [2] * 12
    [thumbs_reader] = [r for _, r in readers_started if r._mode == readers.THUMBS]  # 12 are too few otherwise
    thumbs_reader._child.wait(timeout=5)  # ended, by itself or by the grouping (here it had little to do)


def test_thumbs_made_ahead_by_a_reader_that_cannot_start_are_made_by_this_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The program cannot be started again (moved, or blocked by a security product): every thumb
    is still made, right, by the thread that asks for them, with a warning that says why."""
    made = small_files(tmp_path / "pics", 12)
    monkeypatch.setattr(readers, "reader_command", lambda: [str(tmp_path / "no such program")])
    ahead = readers.ThumbsAhead([(entry, digest) for entry, digest, _ in made], ScanOptions(workers=2))

    thumbs = ahead.take([(entry, digest) for entry, digest, _ in made[::-1]])

    assert thumbs == [thumb for _, _, thumb in made[::-1]]
    ahead._beside.join(5)  # its feeding thread may tell why after this one made them all
    assert any("a reader could not start" in r.getMessage() for r in caplog.records)


@pytest.fixture
def checks_apart(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, bool]]:
    """A reader of checks started for any number of pairs of small pictures, and each check it
    hands to the grouping: its thumbs' score, and whether it came with a closer look."""
    from lookalike.core import matching

    monkeypatch.setattr(matching, "CHECKS_APART_FROM", 1)
    handed: list[tuple[float, bool]] = []
    real = matching._Looks.made_apart

    def made_apart(self: Any, reference: int, copy: int, variant: int, found: Any, verdict: Any) -> None:
        handed.append((found.score, verdict is not None))
        real(self, reference, copy, variant, found, verdict)

    monkeypatch.setattr(matching._Looks, "made_apart", made_apart)
    return handed


def checks_slowed_here(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Make each thumbs' check this process makes take `seconds` longer, so that a reader of checks
    is ready while the thread still has some to make (a reader's own are not slowed)."""
    from lookalike.core import matching

    real = matching._checked

    def slower(*args: Any) -> Any:
        time.sleep(seconds)
        return real(*args)

    monkeypatch.setattr(matching, "_checked", slower)


def checks_failing(tmp_path: Path, failing: str) -> list[str]:
    """A reader command whose matching.check_ahead runs `failing` (Python, with os imported) for
    each pair after its first three."""
    script = f"""
import os
from lookalike.core import matching, readers
real = matching.check_ahead
made = [0]
def checking(job):
    made[0] += 1
    if made[0] > 3:
        {failing}
    return real(job)
matching.check_ahead = checking
sys.exit(readers.serve())
"""
    return reader_running(tmp_path, script)


def small_library_then_copies(
    tmp_path: Path, count: int = 30, every: int = 1, marked: bool = True
) -> tuple[Path, Path]:
    """`count` small pictures scanned into a cache (in "first", copied to "second"), then a copy of
    every `every`th saved again, with `marked` every third of those with a mark drawn on it (a
    closer look decides those); the folder and the first cache."""
    folder = tmp_path / "pics"
    folder.mkdir()
    for seed in range(count):
        photo(seed, (64, 48)).save(folder / f"small-{seed:02}.png")
    first = tmp_path / "first"
    scan([folder], ScanOptions(cache_dir=first, workers=2))
    for seed in range(0, count, every):
        copy = photo(seed, (64, 48))
        if marked and seed % 3 == 0:
            copy.paste((250, 250, 250), (40, 6, 58, 14))
        copy.save(folder / f"small-{seed:02} copy.jpg", quality=92)
    shutil.copytree(first, tmp_path / "second")
    return folder, first


def rescan_alone_then_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slowed: float = 0.0
) -> tuple[ScanResult, Callable[[], ScanResult]]:
    """small_library_then_copies, rescanned with every check of small pictures on the pass's
    thread (each slowed by `slowed`); and the same rescan, on a copy of the cache, with a reader of
    checks for any number of them."""
    from lookalike.core import matching

    folder, first = small_library_then_copies(tmp_path)
    if slowed:
        checks_slowed_here(monkeypatch, slowed)
    monkeypatch.setattr(matching, "CHECKS_APART_FROM", 10**9)
    alone = scan([folder], ScanOptions(cache_dir=first, workers=2))

    def apart() -> ScanResult:
        monkeypatch.setattr(matching, "CHECKS_APART_FROM", 1)
        return scan([folder], ScanOptions(cache_dir=tmp_path / "second", workers=2))

    return alone, apart


def test_a_reader_makes_checks_of_small_pictures_beside_the_thread_and_the_rescan_groups_the_same(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers_started: list[tuple[float, readers.Reader]],
    checks_apart: list[tuple[float, bool]],
) -> None:
    """A rescan with many new pairs of small pictures to check has a reader make some of the checks
    beside the thread that makes the others, closer looks at the files among them; it groups just
    as a rescan checking them all on its thread, and leaves no reader running."""
    alone, rescan_apart = rescan_alone_then_apart(tmp_path, monkeypatch, slowed=0.02)
    assert [r for _, r in readers_started if r.mode == readers.THUMBS] == [] and checks_apart == []

    apart = rescan_apart()

    assert outcome(apart) == outcome(alone)
    assert len(apart.groups) >= 20
    [checker] = [reader for _, reader in readers_started if reader.mode == readers.THUMBS]
    assert checks_apart and any(looked for _, looked in checks_apart)  # closer looks made there too
    assert checker._child.wait(timeout=5) is not None  # ended with the grouping


@pytest.mark.parametrize(
    "failing",
    [
        "os.abort()",
        "os._exit(0)",
        "return 'garbage'",
    ],
    ids=["dies", "ends", "answers garbage"],
)
def test_checks_a_reader_of_checks_fails_to_make_are_made_by_the_thread(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    checks_apart: list[tuple[float, bool]],
    failing: str,
) -> None:
    """Its closer look crashes the reader of checks (a decoder), or it ends, or it answers with
    something that is no check, after its first few: the rescan still groups just as one checking
    every pair on its thread, with a warning that says why."""
    alone, rescan_apart = rescan_alone_then_apart(tmp_path, monkeypatch, slowed=0.02)
    monkeypatch.setattr(readers, "reader_command", lambda: checks_failing(tmp_path, failing))

    apart = rescan_apart()

    assert outcome(apart) == outcome(alone)
    warned = [r.getMessage() for r in caplog.records]
    assert any(message.startswith("Checking small pictures on one thread: a reader") for message in warned)


def test_a_reader_of_checks_that_cannot_start_leaves_the_checks_to_the_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, checks_apart: list[Any]
) -> None:
    """The program cannot be started again: the thread makes every check, and a warning says why."""
    alone, rescan_apart = rescan_alone_then_apart(tmp_path, monkeypatch)
    monkeypatch.setattr(readers, "reader_command", lambda: [str(tmp_path / "no such program")])

    apart = rescan_apart()

    assert outcome(apart) == outcome(alone) and checks_apart == []
    assert any("a reader could not start" in r.getMessage() for r in caplog.records)


def rescan_alone_then_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, ScanResult, Callable[[], ScanResult]]:
    """small_library_then_copies, rescanned with no reader making thumbs or checks ahead; and the
    same rescan, on a copy of the cache, with readers for any number of files, thumbs and checks."""
    folder, first = small_library_then_copies(tmp_path)
    monkeypatch.setattr(readers, "THUMBS_AHEAD_FROM", 10**9)
    monkeypatch.setattr(readers, "READ_APART_FROM", 10**9)
    alone = scan([folder], ScanOptions(cache_dir=first, workers=2))  # a reader begun, and ended unused

    def ahead() -> ScanResult:
        checks_slowed_here(monkeypatch, 0.05)  # the reader, ready meanwhile, makes some of them
        monkeypatch.setattr(readers, "THUMBS_AHEAD_FROM", 1)
        monkeypatch.setattr(readers, "READ_APART_FROM", 1)
        monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", True)
        return scan([folder], ScanOptions(cache_dir=tmp_path / "second", workers=2))

    return folder, alone, ahead


def test_a_rescan_keeps_its_reader_to_make_thumbs_and_checks_ahead_and_groups_the_same(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers_started: list[tuple[float, readers.Reader]],
    checks_apart: list[tuple[float, bool]],
) -> None:
    """A rescan reads its new pictures with a reader too, and keeps it: once the search has the
    new pairs, it makes the old pictures' thumbs again and then the new pairs' checks, both ways
    round where the first finds no copy, while the grouping recalls the others; the pass finds
    them made. The rescan groups just as one that makes them all on its own thread, and one
    process did all of it."""
    from lookalike.core import matching

    monkeypatch.setattr(matching, "CHECKS_APART_FROM", 10**9)  # the reader of checks for the pass: none
    checks_apart.clear()
    _, alone, ahead = rescan_alone_then_ahead(tmp_path, monkeypatch)
    assert [reader.mode for _, reader in readers_started] == [readers.READ] and checks_apart == []
    readers_started.clear()

    rescanned = ahead()

    assert outcome(rescanned) == outcome(alone)
    assert len(rescanned.groups) >= 20
    [(_, reader)] = readers_started  # read, then made thumbs and checks
    assert reader.mode == readers.THUMBS
    assert checks_apart
    assert reader._child.wait(timeout=5) is not None  # ended with the grouping


def test_a_kept_reader_that_died_meanwhile_is_replaced_for_the_thumbs_and_checks_ahead(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers_started: list[tuple[float, readers.Reader]],
    checks_apart: list[tuple[float, bool]],
) -> None:
    """The reader kept from reading is gone by the time the grouping wants it (killed, or it
    crashed): a new one makes the thumbs and checks ahead, and the rescan groups the same."""
    from lookalike.core import matching

    monkeypatch.setattr(matching, "CHECKS_APART_FROM", 10**9)
    _, alone, ahead = rescan_alone_then_ahead(tmp_path, monkeypatch)
    take = readers.Spare.take

    def taken_dead(self: readers.Spare, mode: str, *needed: Any) -> readers.Reader | None:
        kept = self._reader
        assert kept is not None
        kept._child.kill()
        kept._child.wait(timeout=5)
        return take(self, mode, *needed)

    monkeypatch.setattr(readers.Spare, "take", taken_dead)
    readers_started.clear()

    rescanned = ahead()

    assert outcome(rescanned) == outcome(alone)
    assert [reader.mode for _, reader in readers_started] == [readers.READ, readers.THUMBS]
    assert checks_apart


@pytest.mark.parametrize("failing", ["os.abort()", "return 'garbage'"], ids=["dies", "answers garbage"])
def test_checks_ahead_a_reader_fails_to_make_are_made_by_the_pass(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    checks_apart: list[tuple[float, bool]],
    failing: str,
) -> None:
    """The reader making checks ahead crashes on one (a decoder, in a closer look), or answers
    with something that is none, after its first few: the pass makes the rest, and the rescan
    groups the same, with a warning that says why."""
    from lookalike.core import matching

    monkeypatch.setattr(matching, "CHECKS_APART_FROM", 10**9)
    _, alone, ahead = rescan_alone_then_ahead(tmp_path, monkeypatch)
    monkeypatch.setattr(readers, "reader_command", lambda: checks_failing(tmp_path, failing))

    rescanned = ahead()

    assert outcome(rescanned) == outcome(alone)
    told = [r.getMessage() for r in caplog.records]
    assert any(message.startswith("Making thumbs and checks on one thread: a reader") for message in told)


@pytest.fixture
def begun_early(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Readers for any number of small files; the numbers of the files each reader begun before
    the files were found was handed as the cache loaded."""
    import lookalike.core.scan as scan_module

    monkeypatch.setattr(readers, "READ_APART_FROM", 1)
    monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", True)
    handed: list[list[int]] = []
    take = scan_module._EarlyReader.take

    def taking(self: Any) -> Any:
        reader, sent, sending = take(self)
        if reader is not None and self._begun_early:
            handed.append([number for number, _ in sent])
        return reader, sent, sending

    monkeypatch.setattr(scan_module._EarlyReader, "take", taking)
    return handed


def test_a_rescan_begins_a_reader_before_finding_the_files_and_hands_it_the_new_ones_as_the_cache_loads(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers_started: list[tuple[float, readers.Reader]],
    begun_early: list[list[int]],
) -> None:
    """Where the cache file is there, a rescan starts its reader before it finds the files; as
    soon as the cache's last scan tells which files are new, the reader is handed the first of
    them, while the load goes on. It finds what a rescan that starts its reader later finds."""
    import lookalike.core.scan as scan_module

    folder, first = small_library_then_copies(tmp_path)
    likely = scan_module._rescan_likely
    monkeypatch.setattr(scan_module, "_rescan_likely", lambda options: False)
    later = scan([folder], ScanOptions(cache_dir=first, workers=2))
    assert begun_early == []
    monkeypatch.setattr(scan_module, "_rescan_likely", likely)
    readers_started.clear()
    started_before_finding: list[int] = []
    discover_found = scan_module.discover_found

    def discover(*args: Any, **kwargs: Any) -> Any:
        started_before_finding.append(len(readers_started))
        yield from discover_found(*args, **kwargs)

    monkeypatch.setattr(scan_module, "discover_found", discover)

    early = scan([folder], ScanOptions(cache_dir=tmp_path / "second", workers=2))

    assert outcome(early) == outcome(later)
    assert early.stats.images - early.stats.cached == 30  # the copies alone were read
    assert started_before_finding == [1]
    [handed] = begun_early
    assert len(handed) == 30  # every new copy, each read once (the outcome above)


def test_files_handed_early_that_the_cache_rows_hold_are_not_read_again(
    tmp_path: Path, begun_early: list[list[int]]
) -> None:
    """The last scan was of one folder; this one is of it and another folder a scan before had:
    the other folder's files are not among the last scan's, so the reader is handed them early,
    but the cache's rows hold them. They are taken from the rows, each once, and nothing is read."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, seeds in ((first, range(0, 20)), (second, range(20, 40))):
        folder.mkdir()
        for seed in seeds:
            photo(seed, (64, 48)).save(folder / f"p{seed:02}.png")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    both = scan([first, second], options)
    scan([first], options)

    again = scan([first, second], options)

    assert [handed for handed in begun_early if handed] and again.stats.cached == again.stats.images == 40
    assert outcome(again) == outcome(both)


def test_a_rescan_with_nothing_changed_ends_the_reader_it_began(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    readers_started: list[tuple[float, readers.Reader]],
) -> None:
    """Nothing to read: the reader begun before the files were found is ended, having read none."""
    folder, first = small_library_then_copies(tmp_path)
    scan([folder], ScanOptions(cache_dir=first, workers=2))
    readers_started.clear()

    again = scan([folder], ScanOptions(cache_dir=first, workers=2))

    assert again.stats.cached == again.stats.images
    [(_, reader)] = readers_started
    assert reader._child.wait(timeout=5) is not None


def test_a_reader_begun_early_that_cannot_start_leaves_the_new_files_to_the_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, begun_early: list[list[int]]
) -> None:
    """The program cannot be started again: the threads read the new files, and find the same."""
    import lookalike.core.scan as scan_module

    folder, first = small_library_then_copies(tmp_path)
    monkeypatch.setattr(scan_module, "_rescan_likely", lambda options: False)
    later = scan([folder], ScanOptions(cache_dir=first, workers=2))
    monkeypatch.setattr(scan_module, "_rescan_likely", lambda options: True)
    monkeypatch.setattr(readers, "reader_command", lambda: [str(tmp_path / "no such program")])

    early = scan([folder], ScanOptions(cache_dir=tmp_path / "second", workers=2))

    assert outcome(early) == outcome(later) and begun_early == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pipe's size is set with fcntl on Linux")
def test_a_reader_begun_early_that_is_slow_to_start_does_not_hold_back_its_first_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, begun_early: list[list[int]]
) -> None:
    """The reader begun before the files were found takes seconds to start (a program an antivirus
    checks first), and its pipe holds only a few kB (as on Windows), so handing it its first files
    blocks: the threads read every other file meanwhile, and then those too; the rescan neither
    waits for the reader nor loses a file."""
    import fcntl

    folder = tmp_path / "pics"
    folder.mkdir()
    for seed in range(10):
        photo(seed, (64, 48)).save(folder / f"old-{seed:02}.png")
    scan([folder], ScanOptions(cache_dir=tmp_path / "cache", workers=2))
    for seed in range(10, 110):
        photo(seed, (64, 48)).save(folder / f"new-{seed:03}.png")
    monkeypatch.setattr(readers, "WAITED_FOR_ANYWAY", False)
    monkeypatch.setattr(readers, "READY_SECONDS", 60.0)
    monkeypatch.setattr(readers, "reader_command", lambda: reader_running(tmp_path, SLOW_READER))
    start_program = readers.start_program

    def small_pipe(command: Any) -> Any:
        child = start_program(command)
        fcntl.fcntl(child.stdin.fileno(), 1031, 4096)  # F_SETPIPE_SZ: one page
        return child

    monkeypatch.setattr(readers, "start_program", small_pipe)
    started = time.monotonic()

    result = scan([folder], ScanOptions(cache_dir=tmp_path / "cache", workers=2))

    assert time.monotonic() - started < 8  # the reader takes 10 s to start
    assert result.stats.images == 110 and result.stats.images - result.stats.cached == 100
    assert not result.errors and [len(handed) for handed in begun_early] == [100]


SLOW_READER = "import time\ntime.sleep(10)\nfrom lookalike.core import readers\nsys.exit(readers.serve())"
