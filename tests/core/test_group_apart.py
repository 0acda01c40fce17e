"""The window's regrouping in a process of its own (core.apart): the real child (`python -m lookalike
_group-again`), the real cache; the same groups as grouping in this process, its progress heard,
stopping ends it, and a child that fails or is killed leaves the grouping to this process."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from lookalike import samples
from lookalike.core import apart, matching
from lookalike.core.apart import NotApart, group_again_apart, group_in_child
from lookalike.core.cache import CACHE_FILE, ThumbsUnavailable, records_as_columns, records_from_columns
from lookalike.core.discovery import paths_of
from lookalike.core.models import Group, ImageRecord, ScanOptions, ScanResult
from lookalike.core.reasons import Code
from lookalike.core.scan import group_again, scan
from tests.core.test_lazy_thumbs import candidate_pictures


def everything(groups: tuple[Group, ...]) -> list[list[tuple[object, ...]]]:
    return [
        [(m.path, m.distance, m.keep, m.score, m.tier, m.changes) for m in g.members]
        + [(g.kind, g.keep_reason)]
        for g in groups
    ]


@pytest.fixture
def scanned(tmp_path: Path) -> ScanResult:
    matching._files_looker = None
    return scan([candidate_pictures(tmp_path / "pics")], ScanOptions(cache_dir=tmp_path / "cache", workers=2))


def test_the_child_groups_as_this_process_does_and_reports_its_progress(scanned: ScanResult) -> None:
    for threshold in (4, 8, 12):
        options = replace(scanned.options, threshold=threshold)
        heard: list[tuple[int, int]] = []
        apart_groups = group_in_child(
            scanned.images, options, progress=lambda *step, heard=heard: heard.append(step)
        )
        here = group_again(scanned.images, options)
        assert everything(apart_groups) == everything(here)
        assert heard and heard[-1] == (matching.GROUPING_STEPS, matching.GROUPING_STEPS)
        # The groups hold this process's records, not copies of them.
        assert all(m.record in scanned.images for g in apart_groups for m in g.members)
    assert any(g.kind.value == "similar" for g in apart_groups)


def test_records_cross_to_the_child_whole(tmp_path: Path) -> None:
    """Every field of a record but its thumb, names that are not UTF-8, a file in a reference
    folder and one whose change time is not known included."""
    folder = tmp_path / "pics"
    folder.mkdir()
    odd = os.fsdecode(b"caf\xe9.jpg")  # Latin-1: not UTF-8
    for name, seed in ((odd, 0), ("plain.jpg", 1)):
        samples.photo(seed, (120, 90)).save(os.path.join(folder, name), quality=80)
    result = scan([folder], ScanOptions(use_cache=False), not_duplicates=frozenset())
    records = [
        ImageRecord(
            replace(r.entry, in_reference_root=i == 0, ctime_ns=None if i else r.entry.ctime_ns),
            r.fingerprint,
        )
        for i, r in enumerate(result.images)
    ]
    again = records_from_columns(records_as_columns(records), records[0].fingerprint.hash_width)
    assert again == [ImageRecord(r.entry, replace(r.fingerprint, thumb=b"")) for r in records]
    assert [str(r.entry.path) for r in again] == [str(r.entry.path) for r in records]


def test_paths_made_folder_by_folder_are_the_paths_themselves() -> None:
    texts = ["/", "/a.jpg", "/pics/a.jpg", "/pics/b c.jpg", "/pics/sub/d.jpg", os.fsdecode(b"/x/caf\xe9.jpg")]
    made = paths_of(texts)
    assert made == [Path(text) for text in texts]
    assert [str(path) for path in made] == texts
    assert [path.parent for path in made] == [Path(text).parent for text in texts]
    assert [path.name for path in made] == [Path(text).name for text in texts]


def test_thumbs_the_cache_lost_stop_the_child_with_the_reason(tmp_path: Path, scanned: ScanResult) -> None:
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DELETE FROM thumbs")
        connection.execute("DELETE FROM checks")
    with pytest.raises(ThumbsUnavailable) as lost:
        group_in_child(scanned.images, replace(scanned.options, threshold=10))
    assert lost.value.reason.code is Code.CACHE_THUMBS_GONE


def test_stopping_ends_the_child_and_gives_no_groups(scanned: ScanResult) -> None:
    stopped: list[bool] = []
    groups = group_in_child(
        scanned.images,
        replace(scanned.options, threshold=12),
        cancelled=lambda: bool(stopped),
        progress=lambda *_: stopped.append(True),
    )
    assert stopped and groups == ()
    with pytest.raises(ChildProcessError):  # no child left behind, not even one to reap
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize(
    "child",
    [
        "pass",  # ends at once
        "import sys; sys.stdout.buffer.write(b'no frames here')",
        "import sys; sys.stdin.close(); sys.exit(3)",  # cannot take the pictures
        "raise SystemExit('a broken build')",
        # Frames of the right kinds holding something else: groups that are no JSON, a reason that
        # is no pickle, a progress report of the wrong size.
        *(
            "import sys, struct; sys.stdin.buffer.read(); "
            f"sys.stdout.buffer.write(struct.pack('<cQ', {kind!r}, 3) + b'abc')"
            for kind in (b"g", b"u", b"p")
        ),
    ],
)
def test_a_child_that_does_not_answer_leaves_the_grouping_to_this_process(
    scanned: ScanResult, monkeypatch: pytest.MonkeyPatch, child: str
) -> None:
    with pytest.raises(NotApart):
        group_in_child(scanned.images, scanned.options, command=[sys.executable, "-c", child])
    monkeypatch.setattr(apart, "APART_FROM", 0)
    monkeypatch.setattr(apart, "child_command", lambda: [sys.executable, "-c", child])
    assert everything(group_again_apart(scanned.images, scanned.options)) == everything(scanned.groups)


def test_a_child_killed_while_grouping_leaves_the_grouping_to_this_process(
    scanned: ScanResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault: the child is killed (as the system's out-of-memory killer would) halfway: the
    regrouping still ends with the groups, made here."""
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def remembered(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        child = popen(*args, **kwargs)  # type: ignore[call-overload]
        started.append(child)
        return child  # type: ignore[no-any-return]

    def kill_it(done: int, total: int) -> None:
        if started and started[0].poll() is None:
            os.kill(started[0].pid, signal.SIGKILL)

    monkeypatch.setattr(subprocess, "Popen", remembered)
    monkeypatch.setattr(apart, "APART_FROM", 0)
    options = replace(scanned.options, threshold=12)
    groups = group_again_apart(scanned.images, options, progress=kill_it)
    assert started and started[0].returncode == -signal.SIGKILL
    assert everything(groups) == everything(group_again(scanned.images, options))


def test_few_pictures_or_thumbs_held_in_memory_group_in_this_process(
    scanned: ScanResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    popen = subprocess.Popen

    def counted(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        started.append(args)
        return popen(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(subprocess, "Popen", counted)
    assert len(scanned.images) < apart.APART_FROM
    assert everything(group_again_apart(scanned.images, scanned.options)) == everything(scanned.groups)
    assert not started

    monkeypatch.setattr(apart, "APART_FROM", 0)
    uncached = replace(scanned.options, use_cache=False)
    held = scan([scanned.roots[0]], uncached)  # each fingerprint holds its thumb: no cache to read them
    assert everything(group_again_apart(held.images, uncached)) == everything(held.groups)
    assert not started
    group_again_apart(scanned.images, scanned.options)
    assert len(started) == 1


def test_a_cache_file_overwritten_with_junk_before_the_child_opens_it(
    tmp_path: Path, scanned: ScanResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile: another program writes over the cache file between the scan and the slider. The
    child sets the junk aside, finds no thumbs, and the window hears why (the reason it shows,
    "scan again"), not a failure; the junk is kept beside, never read as checks."""
    cache_file = tmp_path / "cache" / CACHE_FILE
    for suffix in ("-wal", "-shm"):
        Path(f"{cache_file}{suffix}").unlink(missing_ok=True)
    cache_file.write_bytes(b"not a database, " * 4096)
    with pytest.raises(ThumbsUnavailable) as lost:
        group_in_child(scanned.images, replace(scanned.options, threshold=10))
    assert lost.value.reason.code is Code.CACHE_THUMBS_GONE
    assert Path(f"{cache_file}.damaged").read_bytes().startswith(b"not a database")
    monkeypatch.setattr(apart, "APART_FROM", 0)  # the same through the window's entry point
    with pytest.raises(ThumbsUnavailable):
        group_again_apart(scanned.images, replace(scanned.options, threshold=10))


def test_the_childs_warnings_reach_this_processs_log(
    scanned: ScanResult, caplog: pytest.LogCaptureFixture
) -> None:
    """What the grouping child logs of warnings while it groups is logged here (the window's log
    file: a windowed program's child has no standard error), beside its groups."""
    child = (
        "import logging, sys; from lookalike.core import apart\n"
        "grouped = apart.group_again\n"
        "def warning(*args, **kwargs):\n"
        "    logging.getLogger('lookalike.core.matching').warning('A pair %s could not be looked at', 7)\n"
        "    return grouped(*args, **kwargs)\n"
        "apart.group_again = warning\n"
        "sys.exit(apart.serve())"
    )
    with caplog.at_level(logging.INFO):
        groups = group_in_child(scanned.images, scanned.options, command=[sys.executable, "-c", child])
    assert everything(groups) == everything(scanned.groups)
    told = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "lookalike.core.matching"]
    assert told == [(logging.WARNING, "A pair 7 could not be looked at (in the grouping process)")]
