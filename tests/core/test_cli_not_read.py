"""`lookalike scan` over a folder full of files it cannot read: the terminal names the first few and
says how many more and where they all are; the JSON result lists every one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lookalike import cli
from lookalike.samples import photo

BROKEN = 45  # more than cli.ERRORS_SHOWN, so some go unnamed on the terminal


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two copies of a photo, and BROKEN files named as JPEG pictures that hold no picture (what a
    failed download or a bad card leaves): corrupt bytes, which root cannot read either."""
    folder = tmp_path / "photos"
    folder.mkdir()
    photo(1, (160, 120)).save(folder / "keep.jpg", quality=90)
    (folder / "copy.jpg").write_bytes((folder / "keep.jpg").read_bytes())
    for number in range(BROKEN):
        (folder / f"broken-{number:03}.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg %d" % number)
    return folder


def _scan(folder: Path, *extra: str | Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    """What `lookalike scan` wrote to standard output, and its lines on standard error."""
    assert cli.main(["scan", str(folder), "--no-cache", *map(str, extra)]) == cli.EXIT_OK
    captured = capsys.readouterr()
    return captured.out, captured.err.splitlines()


def _not_read(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("not read: ")]


def test_a_scan_names_twenty_files_it_could_not_read_then_says_how_many_more_and_where_all_are(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = tmp_path / "result.json"

    _, lines = _scan(folder, "--json", result, capsys=capsys)

    assert _not_read(lines) == lines[:20] and len(_not_read(lines)) == 20
    assert all("broken-" in line for line in _not_read(lines))
    assert lines[20:] == [
        f'… and 25 more could not be read: {result} lists every one under "errors" '
        "(--all-errors prints them all here)",
        lines[-1],
    ]
    assert lines[-1].endswith(f"; {BROKEN} files could not be read"), lines[-1]  # the summary, last
    errors = json.loads(result.read_text(encoding="utf-8"))["errors"]
    assert sorted(Path(error["path"]).name for error in errors) == [
        f"broken-{number:03}.jpg" for number in range(BROKEN)
    ]


def test_all_errors_names_every_file_a_scan_could_not_read(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, lines = _scan(folder, "--json", tmp_path / "result.json", "--all-errors", capsys=capsys)

    assert len(_not_read(lines)) == BROKEN and len(lines) == BROKEN + 1  # and the summary
    assert not any(line.startswith("…") for line in lines)


@pytest.mark.parametrize("output", ["standard output", "csv"])
def test_without_a_json_file_the_line_after_the_twentieth_points_to_all_errors(
    folder: Path, tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The result on standard output still lists every file (JSON is for programs); a CSV holds only
    the groups, so --all-errors is where the rest are."""
    extra = ("--csv", tmp_path / "groups.csv") if output == "csv" else ()

    written, lines = _scan(folder, *extra, capsys=capsys)

    assert len(_not_read(lines)) == 20
    assert "… and 25 more could not be read (--all-errors prints them all)" in lines
    if output == "standard output":
        assert len(json.loads(written)["errors"]) == BROKEN


def test_quiet_prints_none_of_them(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, lines = _scan(folder, "--json", tmp_path / "result.json", "--quiet", capsys=capsys)

    assert lines == []
