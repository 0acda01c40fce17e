"""Trash and move: only unchanged files, never a permanent delete, every action journaled."""

from __future__ import annotations

import os
from pathlib import Path

from send2trash.exceptions import TrashPermissionError

from lookalike.core import actions
from lookalike.core.actions import PlannedFile, Status
from lookalike.core.fingerprint import digest_file


def planned(path: Path, *, digest: bool = True) -> PlannedFile:
    st = path.stat()
    return PlannedFile(path, st.st_size, st.st_mtime_ns, digest_file(path) if digest else None)


def make(folder: Path, name: str, content: bytes = b"picture bytes") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def test_trash_moves_files_to_the_xdg_trash_and_journals_them(tmp_path: Path, trash: Path) -> None:
    first, second = make(tmp_path / "a", "one.jpg"), make(tmp_path / "b", "two.jpg", b"other")
    journal = tmp_path / "journal.jsonl"
    seen: list[tuple[int, int]] = []

    report = actions.trash_files(
        [planned(first), planned(second)], journal=journal, progress=lambda d, t: seen.append((d, t))
    )

    assert [o.status for o in report.outcomes] == [Status.DONE, Status.DONE]
    assert not first.exists() and not second.exists()
    assert (trash / "files" / "one.jpg").read_bytes() == b"picture bytes"
    info = (trash / "info" / "one.jpg.trashinfo").read_text()
    assert f"Path={first}" in info
    entries = actions.read_journal(journal)
    assert [e["path"] for e in entries] == [str(first), str(second)]
    assert all(e["action"] == "trash" and e["time"] for e in entries)
    assert seen == [(1, 2), (2, 2)]
    assert report.done_bytes == len(b"picture bytes") + len(b"other")


def test_the_default_journal_lives_in_the_data_folder(tmp_path: Path, trash: Path) -> None:
    path = make(tmp_path, "x.png")
    report = actions.trash_files([planned(path)])
    assert report.journal == actions.default_journal_path()
    assert Path(os.environ["XDG_DATA_HOME"]) in report.journal.parents
    assert actions.read_journal(report.journal)[0]["path"] == str(path)


def test_changed_or_missing_files_are_skipped_and_left_alone(tmp_path: Path, trash: Path) -> None:
    grown, gone, same = make(tmp_path, "grown.jpg"), make(tmp_path, "gone.jpg"), make(tmp_path, "same.jpg")
    rewritten = make(tmp_path, "rewritten.jpg", b"AAAA")
    plans = [planned(grown), planned(gone), planned(same), planned(rewritten)]
    grown.write_bytes(b"picture bytes, edited")
    gone.unlink()
    stat = rewritten.stat()
    rewritten.write_bytes(b"BBBB")  # same size; put the old time back so only the digest can tell
    os.utime(rewritten, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    report = actions.trash_files(plans, journal=tmp_path / "j.jsonl")

    by_name = {o.path.name: o for o in report.outcomes}
    assert by_name["grown.jpg"].status is Status.SKIPPED and "changed" in by_name["grown.jpg"].reason
    assert by_name["gone.jpg"].status is Status.SKIPPED and "gone" in by_name["gone.jpg"].reason
    assert by_name["rewritten.jpg"].status is Status.SKIPPED
    assert by_name["same.jpg"].status is Status.DONE
    assert grown.read_bytes() == b"picture bytes, edited" and rewritten.exists()
    assert [e["path"] for e in actions.read_journal(tmp_path / "j.jsonl")] == [str(same)]


def test_an_unavailable_trash_is_reported_so_a_move_can_be_offered(tmp_path: Path) -> None:
    path = make(tmp_path, "x.jpg")

    def no_trash(name: str) -> None:
        raise TrashPermissionError(name)

    report = actions.trash_files([planned(path)], journal=tmp_path / "j", trasher=no_trash)
    assert report.trash_unavailable and report.outcomes[0].status is Status.TRASH_UNAVAILABLE
    assert path.exists()


def test_a_refusal_is_a_failure_in_plain_words(tmp_path: Path) -> None:
    path = make(tmp_path, "x.jpg")

    def refuse(name: str) -> None:
        raise PermissionError(13, "Permission denied", name)

    report = actions.trash_files([planned(path)], journal=tmp_path / "j", trasher=refuse)
    assert report.outcomes[0].status is Status.FAILED
    assert "permission denied" in report.outcomes[0].reason
    assert not report.trash_unavailable and path.exists()


def test_move_never_overwrites(tmp_path: Path) -> None:
    destination = tmp_path / "kept aside"
    make(destination, "x.jpg", b"already here")
    source = make(tmp_path / "src", "x.jpg", b"moved")
    report = actions.move_files([planned(source)], destination, journal=tmp_path / "j")
    outcome = report.outcomes[0]
    assert outcome.status is Status.DONE and outcome.destination == destination / "x (2).jpg"
    assert (destination / "x.jpg").read_bytes() == b"already here"
    assert (destination / "x (2).jpg").read_bytes() == b"moved"
    assert actions.read_journal(tmp_path / "j")[0]["to"] == str(destination / "x (2).jpg")


def test_cancel_stops_between_files(tmp_path: Path, trash: Path) -> None:
    files = [make(tmp_path, f"{i}.jpg") for i in range(3)]
    calls = iter([False, True, True])
    report = actions.trash_files(
        [planned(f) for f in files], journal=tmp_path / "j", cancelled=lambda: next(calls)
    )
    assert report.cancelled and len(report.outcomes) == 1
    assert files[1].exists() and files[2].exists()


def test_the_module_never_deletes_permanently() -> None:
    source = Path(actions.__file__).read_text()
    for forbidden in ("os.remove", "os.unlink", ".unlink(", "rmtree", "import PySide6", "from PySide6"):
        assert forbidden not in source
