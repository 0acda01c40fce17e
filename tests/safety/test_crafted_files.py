"""A saved result or review only proposes: crafted or damaged files cannot make Lookalike act on a
file nobody chose, and `lookalike apply` says what it did, what it skipped and why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from lookalike import cli
from lookalike.core import report
from lookalike.core.models import Group, GroupMember, Kind, ScanResult, Tier
from lookalike.core.reasons import Code
from lookalike.samples import photo, screenshot
from tests.safety.conftest import apply_file, load_json, make_copies, mark, save_result, scan_folder, trashed


def _crafted_group(result: ScanResult, keep: Path, delete: Path, tier: Tier) -> ScanResult:
    """`result` with one hand-made group: `keep` KEEP and `delete` DELETE, their real identities and
    digests taken from the scan, as a careful forger would."""
    records = {record.entry.path: record for record in result.images}
    members = (
        GroupMember(records[keep], 0, True, None, Tier.EXACT),
        GroupMember(records[delete], 3, False, 0.99, tier),
    )
    group = Group(1, Kind.SIMILAR, members, "largest resolution")
    return ScanResult(result.roots, result.options, (group,), (), result.stats)


def _write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_apply_reports_done_and_exits_0(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    outcome = apply_file(save_result(result, mark(result, {keep}), tmp_path / "r.json"), capsys=capsys)
    assert outcome.exit_code == 0
    assert f"trashed: {copy}" in outcome.output
    assert str(tmp_path / "photos") in outcome.output  # the roots it honours
    assert trashed(trash) == ["b.jpg"]


def test_dry_run_checks_everything_and_touches_nothing(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep, copy, _ = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "c.jpg"))
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    (tmp_path / "photos" / "c.jpg").unlink()
    outcome = apply_file(saved, "--dry-run", "--reference", str(tmp_path / "photos"), capsys=capsys)
    assert outcome.exit_code == 1
    assert "Reference folders" in outcome.output and trashed(trash) == []
    assert copy.exists()
    assert "skipped" in outcome.output and "reference folder" in outcome.output


def test_apply_moves_to_a_folder_when_asked(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    outcome = apply_file(saved, "--move-to", str(tmp_path / "moved"), capsys=capsys)
    assert outcome.exit_code == 0
    assert (tmp_path / "moved" / "b.jpg").read_bytes() == keep.read_bytes()
    assert not copy.exists() and trashed(trash) == []


def test_moving_into_a_files_own_folder_leaves_it_as_it_is(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder chosen to move to is the scanned folder itself: a copy already in it is left as
    it is and said to be there (it was renamed "b (2).jpg" beside itself and counted as moved); a
    copy from a folder below is moved into it."""
    keep, beside, below = make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "old/c.jpg"))
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    outcome = apply_file(saved, "--move-to", str(tmp_path / "photos"), capsys=capsys)
    assert outcome.exit_code == 1, outcome.output
    assert f"skipped: {beside}: it is already in the folder to move it to" in outcome.output
    assert sorted(os.listdir(tmp_path / "photos")) == ["a.jpg", "b.jpg", "c.jpg", "old"]
    assert not below.exists() and (tmp_path / "photos" / "c.jpg").read_bytes() == keep.read_bytes()
    assert trashed(trash) == []


@pytest.mark.parametrize("option", ["--move-to", "--reference"])
def test_a_folder_name_the_system_refuses_is_said_and_nothing_is_touched(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """A folder given to `apply` whose name the system refuses to look up (here, too long) is an
    error in words, as a folder not found is: the old code ended with a traceback."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    too_long = tmp_path / ("x" * 300) / "moved"
    with pytest.raises(SystemExit) as ended:
        apply_file(saved, option, str(too_long), capsys=capsys)
    said = capsys.readouterr().err
    assert ended.value.code == 2
    assert "cannot read" in said and "File name too long" in said, said
    assert keep.exists() and copy.exists() and trashed(trash) == []


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"format": "lookalike-scan", "version": 99}',
        '{"format": "lookalike-scan", "version": 2}',
    ],
)
def test_a_malformed_file_exits_2_and_touches_nothing(
    content: str, tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _keep, copy = make_copies(tmp_path / "photos")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["apply", str(_write_text(tmp_path / "bad.json", content))])
    assert exit_info.value.code == 2
    assert "lookalike apply: error:" in capsys.readouterr().err
    assert copy.exists() and trashed(trash) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_or_folder_given_as_the_result_exits_2_without_waiting(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Read blocking, a FIFO waits for a writer for ever: the file is opened without waiting and
    refused as no regular file."""
    _keep, copy = make_copies(tmp_path / "photos")
    os.mkfifo(tmp_path / "result.json")
    for given in (tmp_path / "result.json", tmp_path / "photos"):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["apply", str(given)])
        assert exit_info.value.code == 2
        assert "not a Lookalike result or review file" in capsys.readouterr().err
    assert copy.exists() and trashed(trash) == []


@pytest.mark.skipif(os.name == "nt", reason="needs a sparse file: Windows would write 20 GB")
def test_a_huge_file_given_as_the_result_or_review_is_refused_without_reading_it(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A video or a disk image chosen as the result: refused by its size, in words, with no more
    than a little memory held (read whole, 20 GB ended `apply` with a MemoryError's traceback)."""
    from lookalike.ui.review import SessionError, review_text

    _keep, copy = make_copies(tmp_path / "photos")
    huge = tmp_path / "result.json"
    with huge.open("wb") as file:
        file.truncate(20 * 10**9)  # sparse: no disk taken

    def opened_as_a_review() -> None:  # the window's way in: Open review
        with pytest.raises(SessionError) as refused:
            review_text(huge)
        assert refused.value.reason.code is Code.RESULT_FILE_TOO_LARGE

    said, peak = _refused_by_apply(huge, capsys, opened_as_a_review)
    assert "too large to be a Lookalike result or review file (20.0 GB, at most 1.0 GB)" in said
    assert peak < 50 * 2**20
    assert copy.exists() and trashed(trash) == []


def _refused_by_apply(
    path: Path, capsys: pytest.CaptureFixture[str], *also: Callable[[], object]
) -> tuple[str, int]:
    """`lookalike apply` given `path` (then each of `also`), watched by tracemalloc: it exits 2,
    with no traceback. Its error output, and the most memory held meanwhile."""
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["apply", str(path)])
        for step in also:
            step()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert exit_info.value.code == 2
    said = capsys.readouterr().err
    assert "Traceback" not in said
    return said, peak


@pytest.mark.skipif(os.name == "nt", reason="needs a sparse file: Windows would write 900 MB")
def test_a_large_file_that_is_no_json_object_is_refused_by_its_first_bytes(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A video under the largest size chosen as the result: its first bytes are no JSON object, so
    it is refused without being read whole (its 900 MB made text would take gigabytes, where
    Linux ends a program that runs out rather than raise MemoryError). A JSON list is no result
    either, said as such."""
    _keep, copy = make_copies(tmp_path / "photos")
    video = tmp_path / "result.json"
    with video.open("wb") as file:
        file.write(b"\x00\x00\x00\x20ftypisom")  # an MP4's first bytes, then nothing written
        file.truncate(900 * 10**6)
    said, peak = _refused_by_apply(video, capsys)
    assert "not a Lookalike result or review file (it is not valid JSON)" in said
    assert peak < 50 * 2**20
    listed = _write_text(tmp_path / "list.json", "\n  [1, 2, 3]")
    with pytest.raises(report.ResultFileError) as refused:
        report.read_file(listed)
    assert refused.value.reason.code is Code.NOT_A_RESULT_FILE
    assert copy.exists() and trashed(trash) == []


def test_a_result_just_over_the_largest_is_refused_and_one_at_it_is_opened(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound holds to the byte: a real result, with the largest made its size, is opened; one
    byte more (a space after the JSON) is refused, in words."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    monkeypatch.setattr(report, "RESULT_FILE_LARGEST", saved.stat().st_size)
    assert report.load(report.read_file(saved)).groups  # at the largest: opened
    with saved.open("ab") as grown:
        grown.write(b" ")
    with pytest.raises(report.ResultFileError) as refused:
        report.read_file(saved)
    assert refused.value.reason.code is Code.RESULT_FILE_TOO_LARGE
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["apply", str(saved)])
    assert exit_info.value.code == 2
    assert "too large to be a Lookalike result or review file" in capsys.readouterr().err
    assert copy.exists() and trashed(trash) == []


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_given_as_the_result_is_refused_at_once(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A result file swapped for a link to /dev/zero would give bytes for ever: no regular file,
    refused before a byte is read."""
    _keep, copy = make_copies(tmp_path / "photos")
    (tmp_path / "r.json").symlink_to("/dev/zero")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["apply", str(tmp_path / "r.json")])
    assert exit_info.value.code == 2
    assert "not a Lookalike result or review file" in capsys.readouterr().err
    assert copy.exists() and trashed(trash) == []


def _write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_empty_digest_or_missing_identity_is_never_acted_on(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    files = data["groups"][0]["files"]  # type: ignore[index]
    for row in files:
        row["digest"] = ""
    outcome = apply_file(_write(tmp_path / "no-digest.json", data), capsys=capsys)
    assert outcome.exit_code == 1 and copy.exists()
    for row in files:
        row["digest"] = "x"
        del row["ctime_ns"]  # what a version 1 result looks like
    outcome = apply_file(_write(tmp_path / "no-identity.json", data), capsys=capsys)
    assert outcome.exit_code == 1 and copy.exists() and trashed(trash) == []
    assert "scan the folders again" in outcome.output


def test_a_file_outside_the_roots_is_never_acted_on(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A result whose roots were narrowed by hand, or a file listed from elsewhere."""
    keep, outside = make_copies(tmp_path / "photos", names=("inside/a.jpg", "outside/b.jpg"))
    result = scan_folder(tmp_path / "photos")
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    data["settings"]["roots"] = [str(tmp_path / "photos" / "inside")]  # type: ignore[index]
    outcome = apply_file(_write(tmp_path / "narrowed.json", data), capsys=capsys)
    assert outcome.exit_code == 1 and outside.exists() and trashed(trash) == []
    assert "not inside the scanned folders" in outcome.output


def test_a_keeper_outside_the_roots_keeps_nothing(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Roots narrowed by hand to the copy's folder: the copy is inside them, the copy kept is not,
    and a copy kept counts only under a scanned folder. Nothing is removed."""
    keep, copy = make_copies(tmp_path / "photos", names=("kept/a.jpg", "copies/b.jpg"))
    result = scan_folder(tmp_path / "photos")
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    data["settings"]["roots"] = [str(tmp_path / "photos" / "copies")]  # type: ignore[index]
    outcome = apply_file(_write(tmp_path / "narrowed.json", data), capsys=capsys)
    assert outcome.exit_code == 1 and keep.exists() and copy.exists() and trashed(trash) == []
    assert "the copy you keep is not inside the scanned folders" in outcome.output, outcome.output


def test_a_similar_copy_in_a_result_of_an_exact_scan_is_not_acted_on(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A result whose settings say "identical copies only" but whose group holds a re-saved copy:
    only bytes count then, and these differ, however alike the pictures are."""
    folder = tmp_path / "photos"
    folder.mkdir()
    photo(3, (640, 480)).save(folder / "a.jpg", quality=95)
    photo(3, (640, 480)).save(folder / "b.jpg", quality=80)
    result = scan_folder(folder)
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["a.jpg", "b.jpg"]]
    data = load_json(save_result(result, mark(result, {folder / "a.jpg"}), tmp_path / "r.json"))
    data["settings"]["mode"] = "exact"  # type: ignore[index]
    outcome = apply_file(_write(tmp_path / "exact.json", data), capsys=capsys)
    assert outcome.exit_code == 1 and (folder / "b.jpg").exists() and trashed(trash) == []
    assert "not an identical copy" in outcome.output, outcome.output


def test_a_reference_flag_in_the_file_is_not_trusted(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "photos"
    keep, archived = make_copies(root, names=("a.jpg", "archive/b.jpg"))
    result = scan_folder(root, reference_roots=(root / "archive",))
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    for row in data["groups"][0]["files"]:  # type: ignore[index]
        row["in_reference_root"] = False
    outcome = apply_file(_write(tmp_path / "flag.json", data), capsys=capsys)
    assert archived.exists() and trashed(trash) == []
    # Nor can dropping the reference folder from the file help: the command line adds it back.
    data["settings"]["reference_roots"] = []  # type: ignore[index]
    outcome = apply_file(
        _write(tmp_path / "dropped.json", data), "--reference", str(root / "archive"), capsys=capsys
    )
    assert outcome.exit_code == 1 and archived.exists() and trashed(trash) == []


def test_another_spelling_of_the_keeper_is_not_a_copy_of_it(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`/x/../x` names the keeper itself: marking that DELETE must not trash the only copy."""
    keep, copy = make_copies(tmp_path / "photos", names=("a.jpg", "sub/b.jpg"))
    result = scan_folder(tmp_path / "photos")
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    files = data["groups"][0]["files"]  # type: ignore[index]
    keeper_row = next(row for row in files if row["keep"])
    other_row = next(row for row in files if not row["keep"])
    other_row.update(
        {k: keeper_row[k] for k in ("digest", "device", "inode", "size", "mtime_ns", "ctime_ns")}
    )
    other_row["path"] = str(tmp_path / "photos" / "sub" / ".." / "a.jpg")
    outcome = apply_file(_write(tmp_path / "spelling.json", data), capsys=capsys)
    assert keep.exists() and copy.exists() and trashed(trash) == []
    assert "also a copy marked KEEP" in outcome.output


def test_a_keeper_in_one_group_cannot_be_deleted_from_another(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    group = data["groups"][0]  # type: ignore[index]
    flipped = json.loads(json.dumps(group))
    for row in flipped["files"]:
        row["keep"] = not row["keep"]
    flipped["id"] = 2
    data["groups"] = [group, flipped]
    apply_file(_write(tmp_path / "both.json", data), capsys=capsys)
    assert keep.exists() and copy.exists() and trashed(trash) == []


def test_a_lookalike_dressed_up_as_a_copy_is_not_trashed(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two screenshots of one chat app with different text, put in one group by a forged file with
    their true identities and digests: the fresh pixel check refuses."""
    folder = tmp_path / "photos"
    folder.mkdir()
    screenshot(5, 0, (360, 640)).save(folder / "chat-0.png")
    screenshot(5, 1, (360, 640)).save(folder / "chat-1.png")
    photo(1, (320, 240)).save(folder / "beach.jpg")
    photo(2, (320, 240)).save(folder / "forest.jpg")
    result = scan_folder(folder)
    assert result.groups == ()
    for keep, other, tier in (
        ("chat-0.png", "chat-1.png", Tier.SIMILAR),
        ("chat-0.png", "chat-1.png", Tier.PIXELS),
        ("beach.jpg", "forest.jpg", Tier.SIMILAR),
        ("beach.jpg", "forest.jpg", Tier.EXACT),
    ):
        forged = _crafted_group(result, folder / keep, folder / other, tier)
        saved = tmp_path / f"forged-{tier}.json"
        saved.write_text(report.to_json(forged), encoding="utf-8")
        outcome = apply_file(saved, capsys=capsys)
        assert outcome.exit_code == 1, outcome.output
        assert (folder / other).exists() and trashed(trash) == []


def test_apply_as_a_command_exits_1_when_something_was_skipped(tmp_path: Path, trash: Path) -> None:
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    keep.unlink()
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # a console that cannot show every name
    done = subprocess.run(
        [sys.executable, "-m", "lookalike", "apply", str(saved)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert "skipped" in done.stdout and "Traceback" not in done.stderr
    assert copy.exists()


def test_screens_that_the_thumbnails_alone_would_pass_are_refused_by_the_closer_look(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two settings screens of one app with other text: their hashes are 6 apart and their 64x64
    thumbs score above the old bar (verify.MIN_SCORE), so a forged group of them passed the re-check
    made on thumbs alone. The closer look at the files, made again when acting, refuses them."""
    from lookalike.core import verify
    from lookalike.core.fingerprint import digest_file, make_content_fingerprinter
    from tests.benchmarks.accuracy_pictures import app_screen

    folder = tmp_path / "photos"
    folder.mkdir()
    app_screen("settings", 3, 100, (720, 480)).save(folder / "settings-a.png")
    app_screen("settings", 3, 102, (720, 480)).save(folder / "settings-b.png")
    result = scan_folder(folder)
    assert result.groups == ()
    fingerprint = make_content_fingerprinter(result.options)
    a, b = (fingerprint(p.read_bytes(), digest_file(p), ".png") for p in sorted(folder.iterdir()))
    assert verify.match(a.thumb, b.thumb, 0, None, None, crops=False).score >= verify.MIN_SCORE
    forged = _crafted_group(result, folder / "settings-a.png", folder / "settings-b.png", Tier.SIMILAR)
    saved = tmp_path / "forged.json"
    saved.write_text(report.to_json(forged), encoding="utf-8")
    outcome = apply_file(saved, capsys=capsys)
    assert outcome.exit_code == 1, outcome.output
    assert (folder / "settings-b.png").exists() and trashed(trash) == []


# Numbers JSON allows that Python or Qt cannot take, each put in a real result by _numbers_crafted:
# a number written as is in place of the placeholder, or a file's whole-number field made 10**21.
_PLACEHOLDER = "@crafted@"
_FILE_NUMBERS = (
    "size", "mtime_ns", "ctime_ns", "device", "inode", "links", "width", "height", "frames", "distance",
)  # fmt: skip
_CRAFTED_NUMBERS = {
    "stats files 1e400": ("stats", "files", "1e400"),
    "stats seconds 10**400": ("stats", "seconds", "1" + "0" * 400),
    "nested 100,000 deep": ("top", "x", "[" * 100_000 + "]" * 100_000),
    **{f"{field} 10**21": ("row", field, str(10**21)) for field in _FILE_NUMBERS},
}


def _numbers_crafted(saved: Path, where: str, name: str, number: str) -> Path:
    """`saved` with `number` (JSON text) as its stats' `name`, its own `name`, or the `name` of its
    first file marked DELETE."""
    data = json.loads(saved.read_text(encoding="utf-8"))
    if where == "stats":
        data["stats"][name] = _PLACEHOLDER
    elif where == "top":
        data[name] = _PLACEHOLDER
    else:
        row = next(row for group in data["groups"] for row in group["files"] if row["keep"] is False)
        row[name] = _PLACEHOLDER
    return _write_text(saved, json.dumps(data).replace(f'"{_PLACEHOLDER}"', number))


@pytest.mark.parametrize("crafted", list(_CRAFTED_NUMBERS))
def test_a_number_too_large_to_take_is_a_damaged_file_and_nothing_is_touched(
    crafted: str, tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hostile: a result whose numbers are valid JSON Python cannot convert (1e400 is infinity,
    10**400 no float), are nested deeper than json reads, or are wider than the 64 bits of any
    file's size, time or number (Qt's integers: the window crashed painting one) is refused as a
    damaged file, in words, where it ended `apply` with a traceback or was taken as it was."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = _numbers_crafted(
        save_result(result, mark(result, {keep}), tmp_path / "r.json"), *_CRAFTED_NUMBERS[crafted]
    )
    said, _peak = _refused_by_apply(saved, capsys)
    assert "this file is damaged" in said
    with pytest.raises(report.ResultFileError) as refused:
        report.load(report.read_file(saved))
    assert refused.value.reason.code is Code.DAMAGED_FILE
    assert keep.exists() and copy.exists() and trashed(trash) == []


def test_the_widest_numbers_a_real_file_can_have_are_still_taken(tmp_path: Path) -> None:
    """The bounds refuse only what no file has: a time before 1970 is negative, and a device or
    inode number is unsigned 64 bits for the system."""
    keep, _copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    saved = save_result(result, mark(result, {keep}), tmp_path / "r.json")
    for name, number in (("mtime_ns", -(2**63)), ("ctime_ns", -1), ("inode", 2**64 - 1), ("size", 2**63 - 1)):
        _numbers_crafted(saved, "row", name, str(number))
    (group,) = report.load(report.read_file(saved)).groups
    entry = next(member.record.entry for member in group.members if not member.keep)
    assert (entry.mtime_ns, entry.ctime_ns, entry.inode, entry.size) == (-(2**63), -1, 2**64 - 1, 2**63 - 1)


@pytest.mark.parametrize("odd", ["\0", "\ud800", "\udc41"], ids=["NUL", "high surrogate", "low surrogate"])
@pytest.mark.parametrize("member", ["kept", "deleted"])
def test_a_path_no_file_can_have_is_a_damaged_file_and_nothing_is_touched(
    odd: str, member: str, tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL or a lone surrogate that is no byte's escape: the system takes no such name, and acting
    on one ended in a traceback (the window stopped the run, saying it had met a bug)."""
    keep, copy = make_copies(tmp_path / "photos")
    result = scan_folder(tmp_path / "photos")
    data = load_json(save_result(result, mark(result, {keep}), tmp_path / "r.json"))
    (group,) = data["groups"]  # type: ignore[misc]
    row = next(row for row in group["files"] if row["keep"] == (member == "kept"))
    row["path"] = row["path"][:-4] + odd + ".jpg"
    crafted = _write(tmp_path / "crafted.json", data)

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["apply", str(crafted)])

    assert exit_info.value.code == 2
    assert "damaged" in capsys.readouterr().err
    assert keep.exists() and copy.exists() and trashed(trash) == []
    with pytest.raises(report.ResultFileError):
        report.load(report.read_file(crafted))  # the window opens a review so, and says why it cannot
