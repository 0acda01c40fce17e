"""Core's reasons are codes with values; the command line and the JSON keep their English words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lookalike.cli import main
from lookalike.core import report
from lookalike.core.models import ScanOptions
from lookalike.core.reasons import Code, Reason, from_english
from lookalike.core.scan import scan
from lookalike.samples import photo


def sample(code: Code) -> Reason:
    """`code` with a plain value for each field: "value 1", "value 2", ..."""
    return code(**{name: f"value {number}" for number, name in enumerate(code.fields, start=1)})


@pytest.fixture
def folder_with_bad_files(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    photo(7, (300, 200)).save(folder / "good.jpg", quality=90)
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "notes.png").write_text("a text file with an image name\n")
    (folder / "broken-link.jpg").symlink_to(folder / "gone.jpg")
    return folder


# What the scan said about these files before its reasons were codes, word for word.
BAD_FILES = {
    "broken-link.jpg": "broken link: the file it points to is gone",
    "empty.jpg": "empty file",
    "notes.png": "not a picture: the content is not an image format Lookalike can read",
}


def test_a_reason_is_its_english_sentence() -> None:
    reason = Code.CANNOT_BE_READ(who=Code.THE_KEPT_COPY(), error="Input/output error")
    assert str(reason) == "the copy you keep cannot be read (Input/output error)"
    assert reason.values == (Code.THE_KEPT_COPY(), "Input/output error")
    assert str(Code.CACHE_THUMBS_GONE(file="/cache", count=3)).startswith("The fingerprint cache /cache")
    with pytest.raises(TypeError):
        Code.CANNOT_BE_READ(who=Code.THE_FILE())  # a field left out


def test_the_fields_are_numbered_as_the_english_names_them() -> None:
    assert Code.PUT_BACK_COPY_MISSING.fields == ("path", "copy")
    assert Code.EMPTY_FILE.fields == ()


@pytest.mark.parametrize("code", list(Code), ids=lambda code: code.name)
def test_every_reason_reads_back_from_its_english(code: Code) -> None:
    """A saved result keeps only the English; opened again, it gives back the same codes."""
    reason = sample(code)
    assert from_english(str(reason)) == reason


def test_reading_back_finds_reasons_inside_reasons_and_keeps_unknown_words() -> None:
    cache = Code.CACHE_UNUSABLE(folder="/home/ann/.cache/lookalike", error=Code.FOLDER_READ_ONLY())
    assert from_english(str(cache)) == cache
    kept = Code.GONE(who=Code.THE_KEPT_COPY())
    assert from_english(str(kept)) == kept
    assert from_english("file cannot be read (Input/output error)") == Code.FILE_UNREADABLE(
        error="Input/output error"
    )
    older = "words an older version wrote"
    assert from_english(older) == Code.AS_WRITTEN(text=older) and str(from_english(older)) == older


def test_the_json_keeps_the_english_and_reads_back_as_codes(folder_with_bad_files: Path) -> None:
    result = scan([folder_with_bad_files], ScanOptions(use_cache=False, workers=1))
    data = report.to_dict(result)
    assert {Path(e["path"]).name: e["error"] for e in data["errors"]} == BAD_FILES
    again = report.load(report.to_json(result))
    assert again.errors == result.errors
    assert {e.path.name: e.error.code for e in again.errors} == {
        "broken-link.jpg": Code.BROKEN_LINK,
        "empty.jpg": Code.EMPTY_FILE,
        "notes.png": Code.NOT_A_PICTURE,
    }
    assert report.to_json(again) == report.to_json(result)


def test_the_command_line_writes_the_reasons_in_english(
    folder_with_bad_files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scan", str(folder_with_bad_files), "--no-cache", "--quiet"]) == 0
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert {Path(e["path"]).name: e["error"] for e in errors} == BAD_FILES
