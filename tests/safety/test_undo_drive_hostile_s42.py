"""Undo's check that a file goes back only onto the drive it left (DriveRecord), against drives as
a normal machine has them: real bind mounts and real loop-mounted file systems where the system lets
the tests make them (root on Linux), real files, the real act path and the real (temporary) trash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lookalike.core.actions import carry_out
from lookalike.core.reasons import Code
from lookalike.core.restore import undo_last
from lookalike.ui.review import Review

from .conftest import make_copies, mark, scan_folder, trashed


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _mount_bind(source: Path, target: Path) -> bool:
    return _run("mount", "--bind", str(source), str(target)).returncode == 0


@pytest.fixture
def mounts() -> Iterator[list[Path]]:
    """Mount points to unmount (innermost first) whatever the test does; skipped where the tests
    may not mount."""
    made: list[Path] = []
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs mounts (root on Linux)")
    try:
        yield made
    finally:
        for point in reversed(made):
            _run("umount", str(point))


def _move_one(folder: Path, journal: Path, moved_to: Path) -> tuple[Path, bytes]:
    """Two copies in `folder`; the second is moved to `moved_to`. Returns it and its bytes."""
    paths = make_copies(folder, names=("a.jpg", "b.jpg"))
    content = paths[1].read_bytes()
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    assert len(carry_out(plan, destination=moved_to, journal=journal).done) == 1
    return paths[1], content


@pytest.mark.parametrize("name", ["with space", "tab\there", "line\nbreak", "back\\slash", "\\040 escaped"])
def test_a_drive_mounted_at_a_folder_whose_name_the_mount_table_escapes_takes_its_files_back(
    tmp_path: Path, mounts: list[Path], name: str
) -> None:
    """/proc/self/mountinfo writes a space, a tab, a line break and a backslash of a mount point's
    name as octal escapes: read wrongly, the drive's mount point recorded at acting and the one found
    at Undo differ, and Undo refuses every file of the drive, the drive plugged in all along."""
    store, point = tmp_path / "store", tmp_path / "media" / name
    store.mkdir()
    point.mkdir(parents=True)
    if not _mount_bind(store, point):
        pytest.skip("needs a bind mount")
    mounts.append(point)
    journal = tmp_path / "journal.jsonl"
    gone, content = _move_one(point / "photos", journal, tmp_path / "moved")
    line = json.loads(journal.read_text(encoding="utf-8").splitlines()[0])
    assert line["mount"] == str(point)

    report = undo_last(journal)

    assert report is not None and [o.path for o in report.restored] == [gone], report.not_restored
    assert gone.read_bytes() == content


def test_a_drive_reached_through_links_takes_its_files_back(tmp_path: Path, mounts: list[Path]) -> None:
    """The person's folder is a link to a folder of a drive whose mount point is reached through a
    link itself (a home's Pictures linked to a NAS share, /media a link): the drive as recorded and
    as found are told by the real path, the same both times."""
    store, real_media = tmp_path / "store", tmp_path / "real-media"
    (real_media / "NAS").mkdir(parents=True)
    store.mkdir()
    (tmp_path / "media").symlink_to(real_media)
    if not _mount_bind(store, tmp_path / "media" / "NAS"):
        pytest.skip("needs a bind mount")
    mounts.append(real_media / "NAS")
    (store / "photos").mkdir()
    (tmp_path / "Pictures").symlink_to(tmp_path / "media" / "NAS" / "photos")
    time.sleep(2.5)  # links made well before the run (Undo refuses links made after it)
    journal = tmp_path / "journal.jsonl"
    gone, content = _move_one(tmp_path / "Pictures", journal, tmp_path / "moved")

    report = undo_last(journal)

    assert report is not None and [o.path for o in report.restored] == [gone], report.not_restored
    assert (store / "photos" / gone.name).read_bytes() == content


def test_nested_drives_take_files_back_to_the_inner_one_only(tmp_path: Path, mounts: list[Path]) -> None:
    """A drive mounted inside another's folder: its file goes back while it is there, and never into
    the outer drive's folder beneath it once it is unmounted."""
    outer, inner = tmp_path / "outer-store", tmp_path / "inner-store"
    point = tmp_path / "media" / "OUTER"
    for folder in (outer, inner, point):
        folder.mkdir(parents=True)
    assert _mount_bind(outer, point) or pytest.skip("needs a bind mount")
    mounts.append(point)
    (point / "INNER").mkdir()
    assert _mount_bind(inner, point / "INNER")
    mounts.append(point / "INNER")
    journal = tmp_path / "journal.jsonl"
    gone, content = _move_one(point / "INNER" / "photos", journal, tmp_path / "moved")
    _run("umount", str(point / "INNER"))

    report = undo_last(journal)

    assert report is not None and not report.restored
    assert [o.reason for o in report.not_restored] == [Code.NOT_ON_ITS_DRIVE(folder=str(point / "INNER"))]
    assert os.listdir(outer / "INNER") == []
    assert _mount_bind(inner, point / "INNER")
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [gone]
    assert (inner / "photos" / gone.name).read_bytes() == content


def _strip_drives(journal: Path) -> None:
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        for name in ("device", "mount", "volume"):
            line.pop(name, None)
    journal.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_a_run_journalled_before_drives_were_recorded_still_comes_back(
    tmp_path: Path, trash: Path, moved: bool
) -> None:
    """A run the version before this one journalled (no drive fields), its folder still there: Undo
    puts its files back as it did then."""
    folder = tmp_path / "photos"
    paths = make_copies(folder, names=("a.jpg", "b.jpg", "c.jpg"))
    contents = {p: p.read_bytes() for p in paths}
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    journal = tmp_path / "journal.jsonl"
    done = carry_out(plan, destination=tmp_path / "moved" if moved else None, journal=journal).done
    assert len(done) == 2
    _strip_drives(journal)

    report = undo_last(journal)

    assert report is not None and sorted(o.path for o in report.restored) == paths[1:]
    assert all(p.read_bytes() == contents[p] for p in paths) and trashed(trash) == []


@pytest.mark.parametrize(
    "fields",
    [
        {"device": 10**400},
        {"device": -1},
        {"device": True},
        {"device": 2049.0},
        {"device": "2049"},
        {"device": None, "mount": "/"},
        {"mount": 7},
        {"mount": "/elsewhere"},
        {"volume": -5},
        {"volume": 1e400},
        {"volume": [1]},
    ],
)
def test_crafted_drive_fields_neither_crash_undo_nor_send_a_file_elsewhere(
    tmp_path: Path, fields: dict[str, object]
) -> None:
    """A journal line whose drive fields are damaged or forged: Undo says what it does of the file,
    puts it back only where it was, and never raises."""
    journal = tmp_path / "journal.jsonl"
    gone, content = _move_one(tmp_path / "photos", journal, tmp_path / "moved")
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    journal.write_text("".join(json.dumps(line | fields) + "\n" for line in lines), encoding="utf-8")

    report = undo_last(journal)

    assert report is not None and len(report.restored) + len(report.not_restored) == 1
    if report.restored:
        assert gone.read_bytes() == content and not (tmp_path / "moved" / gone.name).exists()
    else:
        assert (tmp_path / "moved" / gone.name).read_bytes() == content and not gone.exists()
    assert sorted(p.name for p in (tmp_path / "photos").iterdir()) == sorted(
        ["a.jpg", *([gone.name] if report.restored else [])]
    )


@pytest.fixture
def stick(tmp_path: Path, mounts: list[Path]) -> Iterator[tuple[Path, Path]]:
    """A USB stick: a file system in an image, plugged in through a loop device, mounted at
    `media/STICK`. Its file system has no id of its own the system gives (f_fsid 0), as an NFS
    share, a FUSE drive (sshfs, NTFS through ntfs-3g) has none, and a FAT/exFAT or XFS drive gives
    the number of its device, which changes when it is plugged in as another device."""
    if shutil.which("losetup") is None or shutil.which("mkfs.ext2") is None:
        pytest.skip("needs losetup and mkfs.ext2")
    image = tmp_path / "stick.img"
    with image.open("wb") as made:
        made.truncate(16 * 1024 * 1024)
    if _run("mkfs.ext2", "-q", "-F", "-U", "clear", str(image)).returncode != 0:
        pytest.skip("mkfs.ext2 failed")
    point = tmp_path / "media" / "STICK"
    point.mkdir(parents=True)
    yield image, point


def test_a_stick_plugged_in_again_as_another_device_takes_its_files_back(
    tmp_path: Path, stick: tuple[Path, Path]
) -> None:
    """Duplicates moved off a USB stick; it is unplugged, then plugged in again into another port
    (or after another drive), and the system gives it another device (sdc1 for sdb1): mounted at the
    same place, the folder there, Undo says the folder is not on the drive the file was on and
    "undo again once that drive is back": it is back, and Undo never puts the file back."""
    image, point = stick
    first = _plug(image, point)
    journal = tmp_path / "journal.jsonl"
    gone, content = _move_one(point / "photos", journal, tmp_path / "moved")
    device_before = os.stat(point).st_dev
    _unplug(point, first)
    # Another drive took the device the stick had; the stick comes back as the next one.
    other = tmp_path / "other.img"
    with other.open("wb") as made:
        made.truncate(1024 * 1024)
    taken = _run("losetup", "-f", "--show", str(other)).stdout.strip()
    try:
        second = _plug(image, point)
        try:
            assert os.stat(point).st_dev != device_before
            assert (point / "photos").is_dir()

            report = undo_last(journal)

            assert report is not None
            assert [o.path for o in report.restored] == [gone], report.not_restored
            assert gone.read_bytes() == content
        finally:
            _unplug(point, second)
    finally:
        _run("losetup", "-d", taken)


def _plug(image: Path, point: Path) -> str:
    attached = _run("losetup", "-f", "--show", str(image))
    if attached.returncode != 0:
        pytest.skip("needs a loop device")
    loop = attached.stdout.strip()
    if _run("mount", loop, str(point)).returncode != 0:
        _run("losetup", "-d", loop)
        pytest.skip("cannot mount a loop device")
    return loop


def _unplug(point: Path, loop: str) -> None:
    _run("umount", str(point))
    _run("losetup", "-d", loop)


_PIDS = Path("/sys/fs/cgroup/pids")  # cgroup v1's pids controller, where this machine has one

_UNDO_WHILE_SILENT = """
import json, sys
from pathlib import Path
with open(sys.argv[2], "w") as procs:  # this process joins the group before it starts any thread
    procs.write("0")
import pytest
from lookalike.core import reach
from lookalike.core.restore import undo_last
from tests.safety import drive_not_answering
reach.PATIENCE = 0.3
patch = pytest.MonkeyPatch()
drive = drive_not_answering.stop_answering(Path(sys.argv[3]), patch)
said = []
try:
    for click in range(3):  # "undo again once it answers": the window's question, then Undo
        for dry_run in (True, False):
            report = undo_last(Path(sys.argv[1]), dry_run=dry_run)
            said.append(len(report.not_restored))
except Exception as exc:
    said.append(f"{type(exc).__name__}: {exc}")
finally:
    drive.answer()
print(json.dumps(said))
"""


def test_undo_tried_again_while_a_drive_of_many_folders_is_silent_does_not_raise(tmp_path: Path) -> None:
    """Copies in 40 folders of a NAS moved to this computer; the NAS stops answering. The window
    asks and Undo leaves them, saying to undo again once it answers: tried again while it still does
    not, Undo raised, out of threads: it had left one waiting for each folder each time."""
    if not (_PIDS / "cgroup.procs").exists() or not os.access(_PIDS, os.W_OK):
        pytest.skip("needs a cgroup v1 pids controller it may write to")
    nas = tmp_path / "NAS"
    folders = [nas / f"day {n:02}" for n in range(40)]
    copies = [make_copies(folder, names=("a.jpg",))[0] for folder in folders]
    result = scan_folder(nas)
    plan = Review.from_result(result, mark(result, {copies[0]})).plan()
    journal = tmp_path / "journal.jsonl"
    assert len(carry_out(plan, destination=tmp_path / "moved", journal=journal).done) == 39
    group = _PIDS / f"lookalike-test-{os.getpid()}"
    group.mkdir()
    try:
        (group / "pids.max").write_text("100")
        env = os.environ | {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        done = subprocess.run(
            [sys.executable, "-c", _UNDO_WHILE_SILENT, str(journal), str(group / "cgroup.procs"), str(nas)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
    finally:
        group.rmdir()
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said == [39] * 6
