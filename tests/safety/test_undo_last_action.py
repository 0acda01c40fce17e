"""Putting back the last trash or move run from the journal: real files, the real act path, the real
(temporary) XDG trash, and Recycle Bin records built byte by byte."""

from __future__ import annotations

import ast
import os
import struct
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lookalike import cli
from lookalike.core import restore
from lookalike.core.actions import Action, carry_out, read_journal
from lookalike.core.fingerprint import digest_file
from lookalike.core.restore import JournalledFile, last_run, parse_recycle_record, undo_last
from lookalike.ui.review import Review

from .conftest import make_copies, mark, scan_folder, trashed


def act(folder: Path, journal: Path, destination: Path | None = None) -> tuple[list[Path], dict[Path, bytes]]:
    """Three identical copies in `folder`; the first is kept, the other two trashed (or moved)."""
    paths = make_copies(folder, names=("a.jpg", "b.jpg", "c.jpg"))
    contents = {path: path.read_bytes() for path in paths}
    result = scan_folder(folder)
    plan = Review.from_result(result, mark(result, {paths[0]})).plan()
    outcome = carry_out(plan, destination=destination, journal=journal)
    assert len(outcome.done) == 2
    return [o.path for o in outcome.done], contents


def test_trashed_files_come_back_with_their_bytes_and_leave_the_trash(tmp_path: Path, trash: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    assert len(trashed(trash)) == 2 and not any(path.exists() for path in gone)

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    for path in gone:
        assert path.read_bytes() == contents[path]
    assert trashed(trash) == [] and os.listdir(trash / "info") == []
    assert last_run(journal) is None  # put back once: nothing left to undo
    assert undo_last(journal) is None
    states = [(e["action"], e["state"]) for e in read_journal(journal)]
    assert states.count(("restore", "done")) == 2


def test_a_file_created_at_the_old_place_meanwhile_is_never_overwritten(tmp_path: Path, trash: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    newcomer = gone[0]
    newcomer.write_bytes(b"a new file with the old name")

    report = undo_last(journal)

    assert report is not None
    assert [o.path for o in report.restored] == [gone[1]]
    refused = report.not_restored[0]
    assert refused.path == newcomer and "now exists" in str(refused.reason)
    assert newcomer.read_bytes() == b"a new file with the old name"
    assert gone[1].read_bytes() == contents[gone[1]]
    assert trashed(trash) == [newcomer.name]  # the trashed copy stays in the trash
    # Once the newcomer is out of the way, the rest of the run can be put back.
    newcomer.rename(tmp_path / "elsewhere.bin")
    again = undo_last(journal)
    assert again is not None and [o.path for o in again.restored] == [newcomer]
    assert newcomer.read_bytes() == contents[newcomer] and trashed(trash) == []


def test_a_dry_run_finds_the_files_and_moves_nothing(tmp_path: Path, trash: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    gone, _ = act(tmp_path / "photos", journal)
    report = undo_last(journal, dry_run=True)
    assert report is not None and len(report.restored) == 2
    assert not any(path.exists() for path in gone) and len(trashed(trash)) == 2


def test_moved_files_are_moved_back(tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved"
    gone, contents = act(tmp_path / "photos", journal, destination)
    assert sorted(p.name for p in destination.iterdir()) == sorted(p.name for p in gone)

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2
    for path in gone:
        assert path.read_bytes() == contents[path]
    assert list(destination.iterdir()) == []


def test_a_moved_file_changed_since_is_left_where_it_is(tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved"
    gone, _ = act(tmp_path / "photos", journal, destination)
    (destination / gone[0].name).write_bytes(b"edited")
    report = undo_last(journal)
    assert report is not None and [o.path for o in report.not_restored] == [gone[0]]
    assert "changed" in str(report.not_restored[0].reason)
    assert not gone[0].exists() and (destination / gone[0].name).read_bytes() == b"edited"


def test_only_the_newest_run_is_put_back(tmp_path: Path, trash: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    first, _ = act(tmp_path / "one", journal)
    second, _ = act(tmp_path / "two", journal)
    report = undo_last(journal)
    assert report is not None and {o.path for o in report.restored} == set(second)
    assert not any(path.exists() for path in first)


# ---- the Recycle Bin's records --------------------------------------------------------------------


def filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)) / timedelta(microseconds=1)) * 10


def record_v1(path: str, size: int, moment: datetime) -> bytes:
    return struct.pack("<qqq", 1, size, filetime(moment)) + path.encode("utf-16-le").ljust(520, b"\0")


def record_v2(path: str, size: int, moment: datetime) -> bytes:
    text = (path + "\0").encode("utf-16-le")
    return struct.pack("<qqqI", 2, size, filetime(moment), len(text) // 2) + text


def test_recycle_bin_records_of_both_versions_are_read() -> None:
    moment = datetime(2024, 5, 1, 12, 30, 15, 250_000, tzinfo=UTC)
    for build, version in ((record_v1, 1), (record_v2, 2)):
        record = parse_recycle_record(
            build("C:\\Users\\Ann\\Pictures\\Ferien 2024\\strand ü.jpg", 12345, moment)
        )
        assert record.version == version and record.size == 12345
        assert record.deleted_at == moment
        assert record.original == "C:\\Users\\Ann\\Pictures\\Ferien 2024\\strand ü.jpg"


def test_a_windows_10_record_in_hex() -> None:
    # A $I file laid out as Windows 10 writes it, spelled in hex (not built by the helpers above):
    # C:\Users\test\Desktop\a.txt, 11 bytes, deleted 2021-03-04 04:58:39.618073 UTC.
    data = bytes.fromhex(
        "02000000000000000b0000000000000000b9be0ab310d7011b000000"
    ) + "C:\\Users\\test\\Desktop\\a.txt\0".encode("utf-16-le")
    record = parse_recycle_record(data)
    assert record.original == "C:\\Users\\test\\Desktop\\a.txt" and record.size == 11
    assert record.deleted_at == datetime(2021, 3, 4, 4, 58, 39, 618073, tzinfo=UTC)


def test_damaged_recycle_bin_records_are_refused() -> None:
    moment = datetime(2024, 5, 1, tzinfo=UTC)
    for data in (b"", b"\x03" + b"\0" * 40, record_v2("C:\\a.jpg", 1, moment)[:-6]):
        try:
            parse_recycle_record(data)
        except ValueError:
            continue
        raise AssertionError(data)


def test_a_file_in_a_recycle_bin_folder_is_put_back(tmp_path: Path) -> None:
    """The Windows search and move, run on a Recycle Bin folder built here: $I record and $R file."""
    original = tmp_path / "photos" / "b.jpg"
    original.parent.mkdir()
    content = b"picture bytes"
    bin_folder = tmp_path / "bin" / "S-1-5-21"
    bin_folder.mkdir(parents=True)
    acted = datetime.now(UTC)
    (bin_folder / "$IAB12CD.jpg").write_bytes(record_v2(str(original), len(content), acted))
    (bin_folder / "$RAB12CD.jpg").write_bytes(content)
    older = record_v2(str(original), len(content), acted - timedelta(days=3))  # trashed long before
    (bin_folder / "$IOLD.jpg").write_bytes(older)
    (bin_folder / "$ROLD.jpg").write_bytes(content)
    digest = digest_file(bin_folder / "$RAB12CD.jpg")
    item = JournalledFile(original, Action.TRASH, None, len(content), digest, acted)
    copy, record = restore.find_in_recycle_bin(item, [bin_folder])
    assert copy.name == "$RAB12CD.jpg" and record.name == "$IAB12CD.jpg"


@pytest.mark.skipif(
    sys.platform != "win32" or not os.environ.get("LOOKALIKE_REAL_RECYCLE_BIN"),
    reason="the real Recycle Bin: run by the Windows release job (.github/workflows/release.yml)",
)
def test_on_windows_trashed_files_come_back_out_of_the_real_recycle_bin(tmp_path: Path) -> None:
    """send2trash into the runner's own Recycle Bin, then back out by its $I records: the round trip
    the records built byte by byte above stand for. It leaves the Recycle Bin as it found it."""
    journal = tmp_path / "journal.jsonl"
    gone, contents = act(tmp_path / "photos", journal)
    assert not any(path.exists() for path in gone)

    report = undo_last(journal)

    assert report is not None and len(report.restored) == 2 and not report.not_restored
    for path in gone:
        assert path.read_bytes() == contents[path]
    assert last_run(journal) is None


def test_macos_says_what_to_put_back_in_finder() -> None:
    lines = restore.macos_instructions([Path("/Users/ann/Pictures/b.jpg"), Path("/Users/ann/Desktop/c.png")])
    text = "\n".join(map(str, lines))
    assert "File ▸ Put Back" in text and "Finder" in text
    assert "b.jpg   (was in /Users/ann/Pictures)" in text and "c.png" in text


def test_on_macos_trashed_files_are_listed_not_moved(tmp_path: Path, trash: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    gone, _ = act(tmp_path / "photos", journal)
    report = undo_last(journal, system="darwin")
    assert report is not None and not report.restored
    assert all(path.name in "\n".join(map(str, report.instructions)) for path in gone)
    assert len(trashed(trash)) == 2


def test_the_module_never_deletes_a_file_for_good() -> None:
    """Only a name whose content lives on elsewhere, the app's own temporary copy and the trash's record
    of a file put back are ever removed."""
    source = Path(restore.__file__).read_text()
    for forbidden in ("os.remove", "rmtree", "send2trash"):
        assert forbidden not in source
    allowed = {"_drop_restored_name", "_discard_partial_copy", "_drop_trash_record"}
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, ast.FunctionDef) and function.name not in allowed:
            assert "unlink(" not in ast.unparse(function), function.name


def test_the_command_line_puts_back_the_last_run(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal.jsonl"
    gone, _ = act(tmp_path / "photos", journal)
    assert cli.main(["undo-last", "--journal", str(journal), "--dry-run"]) == 0
    assert "would put back: " in capsys.readouterr().out and not gone[0].exists()
    assert cli.main(["undo-last", "--journal", str(journal)]) == 0
    assert all(path.exists() for path in gone) and trashed(trash) == []
    assert cli.main(["undo-last", "--journal", str(journal)]) == 0
    assert "Nothing to put back" in capsys.readouterr().out


@pytest.mark.parametrize("moved", [False, True], ids=["trashed", "moved"])
def test_files_whose_old_folder_takes_nothing_in_now_stay_where_they_went(
    tmp_path: Path, trash: Path, immutable: Callable[[Path], None], moved: bool
) -> None:
    """Hostile: after trashing (or moving) two copies, their old folder takes nothing in any more (a
    read-only drive, a locked share; here made immutable). Putting them back fails for each, in
    plain words; each stays whole where it went (the trash, with its record, or the folder moved
    to), and the old folder is as it was."""
    journal = tmp_path / "journal.jsonl"
    destination = tmp_path / "moved" if moved else None
    gone, contents = act(tmp_path / "photos", journal, destination)
    where = sorted(os.listdir(destination)) if destination else trashed(trash)
    immutable(tmp_path / "photos")

    report = undo_last(journal)

    assert report is not None and not report.restored and len(report.not_restored) == 2
    reasons = [str(outcome.reason) for outcome in report.not_restored]
    assert all("you may not change this file or its folder" in reason for reason in reasons), reasons
    assert sorted(os.listdir(tmp_path / "photos")) == ["a.jpg"]
    if destination:
        assert sorted(os.listdir(destination)) == where
        assert {(destination / name).read_bytes() for name in where} == {contents[gone[0]]}
    else:
        assert trashed(trash) == where and sorted(os.listdir(trash / "info")) == [
            f"{n}.trashinfo" for n in where
        ]
