"""`lookalike scan` through the installed entry point, as a script or a person would run it."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

import lookalike
from lookalike.core import report
from lookalike.core.models import Kind, Tier
from lookalike.samples import photo, screenshot


def _lookalike(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("lookalike", path=str(Path(sys.executable).parent)) or "lookalike"
    return subprocess.run(
        [executable, *map(str, args)], capture_output=True, text=True, timeout=120, cwd=cwd, env=os.environ
    )


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    (folder / "phone").mkdir(parents=True)
    beach = photo(1, (800, 600))
    beach.save(folder / "beach.jpg", quality=92)
    (folder / "phone" / "IMG_0001.jpg").write_bytes((folder / "beach.jpg").read_bytes())
    beach.resize((400, 300)).save(folder / "phone" / "beach-small.jpg", quality=70)
    beach.save(folder / "beach.webp", quality=80)
    photo(2, (800, 600)).save(folder / "forest.jpg", quality=92)
    for text in range(3):
        screenshot(5, text, (360, 640)).save(folder / f"chat-{text}.png")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    return folder


def test_version_from_command_and_module() -> None:
    result = _lookalike("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"lookalike {lookalike.__version__}"
    module = subprocess.run([sys.executable, "-m", "lookalike", "--version"], capture_output=True, text=True)
    assert module.stdout == result.stdout


def test_scan_writes_the_design_json_to_stdout(pictures: Path, tmp_path: Path) -> None:
    result = _lookalike("scan", pictures, "--cache-dir", tmp_path / "cache")

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["format"], data["version"]) == ("lookalike-scan", 2)
    assert data["settings"] | {"roots": None} == {
        "roots": None, "mode": "similar", "algorithm": "phash", "hash_size": 8, "threshold": 8,
        "rotations": True, "reference_roots": [], "exclude": [],
    }  # fmt: skip
    assert data["settings"]["roots"] == [str(pictures)]
    groups = [{Path(f["path"]).relative_to(pictures).as_posix() for f in g["files"]} for g in data["groups"]]
    assert groups == [{"beach.jpg", "phone/IMG_0001.jpg", "phone/beach-small.jpg", "beach.webp"}]
    (group,) = data["groups"]
    assert group["kind"] == "similar"
    reference = group["files"][0]
    assert reference["keep"] is True and reference["distance"] == 0
    assert Path(reference["path"]).is_absolute()
    assert all(f["keep"] is False for f in group["files"][1:])
    assert {"size", "width", "height", "format"} <= set(reference)
    assert data["errors"] == [{"path": str(pictures / "broken.jpg"), "error": data["errors"][0]["error"]}]
    assert data["stats"]["images"] == 8 and data["stats"]["files"] == 9
    assert "1 duplicate groups" in result.stderr and "could not be read" in result.stderr


def test_the_result_gives_each_file_of_a_group_and_each_error_a_line_of_its_own(
    pictures: Path, tmp_path: Path
) -> None:
    """Indented as json.dumps(indent=2) would, but a file's fields on one line: easy to read and to
    grep, and written by json's C encoder (its indenting one takes 0.5 s for 100,000 pictures)."""
    result = _lookalike("scan", pictures, "--cache-dir", tmp_path / "cache")
    data = json.loads(result.stdout)
    lines = [line.strip().removesuffix(",") for line in result.stdout.splitlines()]
    rows = [row for group in data["groups"] for row in group["files"]] + data["errors"]
    assert len(rows) == 5
    assert all(lines.count(json.dumps(row, ensure_ascii=False)) == 1 for row in rows)
    assert lines[:3] == ["{", '"format": "lookalike-scan"', '"version": 2']


def test_scan_exact_mode_json_and_csv_files(pictures: Path, tmp_path: Path) -> None:
    out_json, out_csv = tmp_path / "result.json", tmp_path / "result.csv"
    result = _lookalike(
        "scan", pictures, "--mode", "exact", "--json", out_json, "--csv", out_csv, "--no-cache", "--quiet"
    )
    assert result.returncode == 0
    assert result.stdout == "" and result.stderr == ""
    data = json.loads(out_json.read_text())
    assert [g["kind"] for g in data["groups"]] == ["exact"]
    assert {Path(f["path"]).name for f in data["groups"][0]["files"]} == {"beach.jpg", "IMG_0001.jpg"}
    rows = list(csv.DictReader(out_csv.open()))
    # Same bytes and size: the older file (written first) is the one to keep.
    assert [(row["group"], Path(row["path"]).name, row["keep"]) for row in rows] == [
        ("1", "beach.jpg", "True"),
        ("1", "IMG_0001.jpg", "False"),
    ]


def test_scan_reference_folder_and_rotations(pictures: Path, tmp_path: Path) -> None:
    photo(1, (800, 600)).transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(
        pictures / "mirrored.jpg", quality=90
    )
    plain = json.loads(_lookalike("scan", pictures, "--no-rotations", "--no-cache", "--quiet").stdout)
    assert "mirrored.jpg" not in {Path(f["path"]).name for g in plain["groups"] for f in g["files"]}
    assert plain["settings"]["rotations"] is False

    for extra in ((), ("--rotations",)):  # on by default; --rotations is still accepted
        result = _lookalike("scan", pictures, *extra, "--reference", pictures / "phone", "--no-cache")
        data = json.loads(result.stdout)
        (group,) = data["groups"]
        names = {Path(f["path"]).name: f["keep"] for f in group["files"]}
        assert names["mirrored.jpg"] is False
        assert names["IMG_0001.jpg"] is True and names["beach-small.jpg"] is True  # in the reference folder
        assert data["settings"]["rotations"] is True


def test_scan_exclude_leaves_out_files_and_folders(pictures: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _lookalike("scan", pictures, "--cache-dir", cache, "--quiet").returncode == 0  # groups cached
    result = _lookalike(
        "scan", pictures, "--exclude", "phone/", "--exclude", "*.WEBP", "--exclude", "chat-*",
        "--cache-dir", cache, "--json", tmp_path / "result.json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    assert data["settings"]["exclude"] == ["phone/", "*.WEBP", "chat-*"]
    assert data["groups"] == []  # beach.jpg's copies were all left out
    assert data["stats"]["images"] == 2  # beach.jpg and forest.jpg (broken.jpg cannot be read)
    assert (data["stats"]["excluded_files"], data["stats"]["excluded_folders"]) == (4, 1)
    assert "4 pictures and 1 folder excluded by your patterns" in result.stderr

    nested = _lookalike("scan", pictures, "--exclude", "**/beach-*", "--cache-dir", cache, "--quiet")
    (group,) = json.loads(nested.stdout)["groups"]
    assert {Path(f["path"]).name for f in group["files"]} == {"beach.jpg", "IMG_0001.jpg", "beach.webp"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["scan", "/no/such/folder"], "folder not found"),
        (["scan", ".", "--threshold", "-1"], "must not be negative"),
        (["scan", ".", "--hash-size", "100"], "between 4 and 32"),
        (["scan", ".", "--algorithm", "md5"], "invalid choice"),
        (["scan", ".", "--threshold", "40"], "more than half"),
        (["scan"], "required"),
    ],
)
def test_bad_arguments_exit_non_zero_with_a_clear_message(
    arguments: list[str], message: str, tmp_path: Path
) -> None:
    result = _lookalike(*arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_scan_never_changes_the_files(pictures: Path, tmp_path: Path) -> None:
    before = {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in pictures.rglob("*")}
    assert _lookalike("scan", pictures, "--cache-dir", tmp_path / "cache", "--quiet").returncode == 0
    assert {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in pictures.rglob("*")} == before


def test_the_progress_line_gives_grouping_as_a_percentage_and_reading_the_time_left() -> None:
    """Grouping reports steps of its work, not files: the line shows how much of it is done.
    Reading 500,000 pictures takes hours: the line says how long is left."""
    from lookalike.catalog import Catalog
    from lookalike.cli import CommandLine
    from lookalike.core.matching import GROUPING_STEPS
    from lookalike.core.models import Phase, Progress

    say = CommandLine(Catalog.load("en"))
    line = say.progress_line(Progress(Phase.MATCH, 450, GROUPING_STEPS), 900.0)
    assert line.startswith("match") and line.endswith("] 45 %")
    assert "/s" not in line and "450" not in line
    # With the time grouping has taken so far: the line changes every second, however slow a step.
    later = say.progress_line(Progress(Phase.MATCH, 450, GROUPING_STEPS), 900.0, elapsed=83.0)
    assert later.endswith("] 45 %  1:23")
    reading = say.progress_line(Progress(Phase.FINGERPRINT, 450, 1000), 90.0)
    assert reading.endswith("450/1000  90/s  0:06 left")  # 550 pictures at 90 a second
    slow = say.progress_line(Progress(Phase.FINGERPRINT, 1000, 500_000), 100.0)
    assert slow.endswith("  100/s  1:23:10 left") and len(slow) <= 80
    in_korean = CommandLine(Catalog.load("ko")).progress_line(Progress(Phase.FINGERPRINT, 450, 1000), 90.0)
    assert in_korean.endswith("0:06 남음")


def test_the_time_left_counts_only_the_pictures_read_since_the_phase_began() -> None:
    """A rescan takes 90,000 of 100,000 pictures from the cache at once: they say nothing about
    how fast the other 10,000 are read."""
    import io

    from lookalike.catalog import Catalog
    from lookalike.cli import CommandLine, _ProgressBar
    from lookalike.core.models import Phase, Progress

    now = [100.0]
    terminal = io.StringIO()
    bar = _ProgressBar(terminal, CommandLine(Catalog.load("en")), clock=lambda: now[0])
    bar(Progress(Phase.FINGERPRINT, 0, 0))  # the cache loads: how many are left is not known yet
    assert terminal.getvalue().endswith("fingerprint…")
    now[0] += 3.0
    bar(Progress(Phase.FINGERPRINT, 90_001, 100_000))
    assert terminal.getvalue().endswith("90001/100000  0/s")  # nothing read since it loaded
    now[0] += 10.0
    bar(Progress(Phase.FINGERPRINT, 91_001, 100_000))  # 1,000 read in 10 s
    assert terminal.getvalue().endswith("91001/100000  100/s  1:30 left")


def test_a_scan_says_it_reads_pictures_before_its_cache_is_loaded(tmp_path: Path) -> None:
    from lookalike.core.models import Phase, Progress, ScanOptions
    from lookalike.core.scan import scan
    from lookalike.samples import photo

    folder = tmp_path / "pictures"
    folder.mkdir()
    for seed in range(3):
        photo(seed, (160, 120)).save(folder / f"p{seed}.jpg")
    for _ in range(2):  # the second scan takes them all from the cache
        heard: list[Progress] = []
        scan([folder], ScanOptions(cache_dir=tmp_path / "cache"), progress=heard.append)
        reading = [(p.done, p.total) for p in heard if p.phase is Phase.FINGERPRINT]
        assert reading[0] == (0, 0) and reading[-1] == (3, 3)
        assert [p.phase for p in heard].index(Phase.FINGERPRINT) > [p.phase for p in heard].index(
            Phase.DISCOVER
        )


def test_the_progress_line_fits_a_terminal_in_every_language_and_says_when_grouping_starts() -> None:
    from lookalike.catalog import Catalog
    from lookalike.cli import CommandLine, columns
    from lookalike.core.models import Phase, Progress

    for language in ("en", "ko", "zh_CN", "ja"):
        say = CommandLine(Catalog.load(language))
        line = say.progress_line(Progress(Phase.FINGERPRINT, 999_999, 1_000_000), 12_345.0)
        assert columns(line) <= 79, (language, line)
        assert "0:01" in line and "999999/1000000" in line, line  # the time left is never dropped
    assert CommandLine(Catalog.load("en")).progress_line(Progress(Phase.MATCH, 0, 0), 0.0) == "match…"


def test_the_progress_line_keeps_going_while_the_candidate_pairs_are_searched() -> None:
    """Finding the candidate pairs reports nothing until it is done (half a minute for a million
    pictures): the line is redrawn on its own with the time taken so far, and no more once closed."""
    import io

    from lookalike.catalog import Catalog
    from lookalike.cli import CommandLine, _ProgressBar
    from lookalike.core.models import Phase, Progress

    now = [100.0]
    terminal = io.StringIO()
    with _ProgressBar(terminal, CommandLine(Catalog.load("en")), clock=lambda: now[0], heartbeat=0.01) as bar:
        bar(Progress(Phase.MATCH, 0, 0))
        assert terminal.getvalue().endswith("match…")
        now[0] += 14.0  # the scan's thread is busy: only the heartbeat can draw
        deadline = time.monotonic() + 5
        while not terminal.getvalue().endswith("match… 0:14") and time.monotonic() < deadline:
            time.sleep(0.01)
        assert terminal.getvalue().endswith("match… 0:14")
    drawn = terminal.getvalue()
    now[0] += 10.0
    time.sleep(0.05)
    assert terminal.getvalue() == drawn


def test_the_progress_line_changes_a_heartbeat_after_its_words_last_changed() -> None:
    """Redraws that change no word (the same percent, the same second) do not hold the heartbeat
    back: at 500,000 pictures such redraws held grouping's line still for 3 s (the goal: 2 s)."""
    import io

    from lookalike.catalog import Catalog
    from lookalike.cli import CommandLine, _ProgressBar
    from lookalike.core.models import Phase, Progress

    now = [100.0]
    terminal = io.StringIO()
    halfway = Progress(Phase.MATCH, 50, 100)
    with _ProgressBar(terminal, CommandLine(Catalog.load("en")), clock=lambda: now[0], tick=0.005) as bar:
        bar(halfway)
        assert terminal.getvalue().endswith("50 %")
        now[0] = 100.95
        bar(halfway)  # drawn again, the same words: no clock before a second has passed
        assert terminal.getvalue().endswith("50 %")
        now[0] = 101.2  # the scan's thread is busy: only the heartbeat can draw
        deadline = time.monotonic() + 5
        while not terminal.getvalue().endswith("50 %  0:01") and time.monotonic() < deadline:
            time.sleep(0.01)
        assert terminal.getvalue().endswith("50 %  0:01")


def test_the_results_values_read_as_the_json_encoder_writes_them() -> None:
    """dumps() writes a value that is no object or list itself (report._alone): as the encoder does."""
    values = [
        "", "a.jpg", 'quote " back\\slash', "tab\tnew\nline\x00\x1f", "바다.jpg", "caf\udce9.jpg", "\u2028",
        0, -1, 7, 2**63, -(2**70), True, False, None, 0.0, -0.0, 0.1, 1e300, 5e-324, 123.456,
        float("nan"), float("inf"), float("-inf"), Tier.PIXELS, Kind.EXACT,
    ]  # fmt: skip
    one_line = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    assert [report._alone(value) for value in values] == [one_line(value) for value in values]
    data = {"settings": {"a": 1}, "groups": [{"id": 1, "x": 0.5, "files": [{"path": "p", "n": None}]}]}
    assert json.loads(report.dumps(data)) == data
    assert report.dumps(data).splitlines()[5] == '      "x": 0.5,'


@pytest.mark.parametrize("grouped", [True, False])
def test_the_result_written_a_group_at_a_time_is_the_whole_texts_byte_for_byte(
    pictures: Path, grouped: bool
) -> None:
    """The command line writes the result a group at a time (report.json_pieces), which must be
    the text dumps() makes of the whole of it, names that are not UTF-8 included."""
    from lookalike.core.models import ScanOptions
    from lookalike.core.scan import scan

    odd = pictures / os.fsdecode(b"caf\xe9.jpg")
    shutil.copyfile(pictures / "forest.jpg", odd)
    result = scan([pictures], ScanOptions(use_cache=False))
    if not grouped:
        result = dataclasses.replace(result, groups=())
    assert bool(result.groups) is grouped
    whole = report.dumps(report.to_dict(result))
    if grouped:  # files of every shape: with changes and a score, a keep reason, a name not UTF-8
        assert all(text in whole for text in ('"changes": [', '"score": ', '"keep_reason": ', "\\udce9"))
    assert "".join(report.json_pieces(result)) == whole
    assert json.loads(whole)["stats"]["groups"] == len(result.groups)
