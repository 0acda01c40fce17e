"""`lookalike scan --csv` with file names that are not valid UTF-8 (Linux keeps any bytes): what a
spreadsheet shows, and where the exact name is kept."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

import pytest

from lookalike import cli
from lookalike.display_names import display_name
from lookalike.samples import photo
from tests.safety.conftest import needs_byte_names


def _rows(path: Path) -> list[dict[str, str]]:
    """The CSV's rows, read as a spreadsheet reads UTF-8 text (strictly: a byte that is not UTF-8
    would fail)."""
    with path.open(encoding="utf-8", errors="strict", newline="") as stream:
        return list(csv.DictReader(stream))


def _exact(uri: str) -> Path:
    """The path a file URI names, byte for byte."""
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc) == ("file", "")
    return Path(os.fsdecode(unquote_to_bytes(parts.path)))


@needs_byte_names
def test_a_name_not_utf8_reads_in_the_csv_as_the_window_shows_it_and_its_uri_is_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The name caf\\xe9.jpg was written as the text caf\\udce9.jpg: Python's escape, which no person reads
    as a name (and a name may hold those very characters). It reads now as the window and the
    terminal show it, "caf⟦0xE9⟧.jpg", two such names still told apart; the new `uri` column gives
    every file's exact path, its bytes percent-encoded (RFC 8089), for a program or a link."""
    folder = tmp_path / "photos"
    folder.mkdir()
    keep = folder / "a.jpg"
    photo(1, (160, 120)).save(keep, quality=90)
    odd = [Path(os.fsdecode(os.fsencode(folder) + name)) for name in (b"/caf\xe9.jpg", b"/caf\xe8 #1%.jpg")]
    for path in odd:
        path.write_bytes(keep.read_bytes())
    out = tmp_path / "groups.csv"

    assert cli.main(["scan", str(folder), "--no-cache", "--quiet", "--csv", str(out)]) == cli.EXIT_OK
    capsys.readouterr()

    rows = _rows(out)
    assert sorted(row["path"] for row in rows) == sorted(
        [str(keep), f"{folder}/caf⟦0xE9⟧.jpg", f"{folder}/caf⟦0xE8⟧ #1%.jpg"]
    )
    assert sorted(row["path"] for row in rows) == sorted(display_name(path) for path in [keep, *odd])
    assert "\\udc" not in out.read_text(encoding="utf-8")
    assert sorted(os.fsencode(_exact(row["uri"])) for row in rows) == sorted(
        os.fsencode(path) for path in [keep, *odd]
    )
    assert all(_exact(row["uri"]).read_bytes() == keep.read_bytes() for row in rows)
