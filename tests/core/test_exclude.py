"""Exclude patterns: which files and folders they leave out, that excluded folders are not entered,
what is counted, and that the groups cache never serves groups computed without them."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from lookalike.core import discovery, report
from lookalike.core.discovery import ExclusionRules, Findings, glob_regex
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from lookalike.samples import photo
from tests.core.gathered import discovered


def _tree(root: Path) -> Path:
    """A few small pictures in nested folders, and a file that is not a picture."""
    for relative in (
        "top.jpg",
        "notes.tmp",
        "holiday.TMP.jpg",
        "Thumbs/t1.jpg",
        "Thumbs.jpg",
        "2019/drafts/d1.jpg",
        "2019/drafts/deeper/d2.jpg",
        "2020/drafts/d3.jpg",
        "2020/keep.jpg",
        "cache/c1.jpg",
        "a/b/cache/c2.jpg",
        "a/b/cachet/c3.jpg",
        "a/top.jpg",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".jpg":
            photo(len(relative), (32, 24)).save(path)
        else:
            path.write_text("not a picture")
    return root


def _found(root: Path, *patterns: str, **options: object) -> tuple[set[str], Findings]:
    findings = Findings()
    entries = discovered((root,), ScanOptions(exclude=patterns, **options), findings)  # type: ignore[arg-type]
    return {entry.path.relative_to(root).as_posix() for entry in entries}, findings


ALL = {
    "top.jpg", "holiday.TMP.jpg", "Thumbs/t1.jpg", "Thumbs.jpg", "2019/drafts/d1.jpg",
    "2019/drafts/deeper/d2.jpg", "2020/drafts/d3.jpg", "2020/keep.jpg", "cache/c1.jpg",
    "a/b/cache/c2.jpg", "a/b/cachet/c3.jpg", "a/top.jpg",
}  # fmt: skip


def test_no_patterns_leave_nothing_out(tmp_path: Path) -> None:
    found, findings = _found(_tree(tmp_path))
    assert found == ALL
    assert (findings.excluded_files, findings.excluded_folders) == (0, 0)


def test_a_pattern_without_a_slash_matches_names_at_any_depth(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found, findings = _found(root, "top.jpg", "*.tmp")
    assert found == ALL - {"top.jpg", "a/top.jpg"}  # holiday.TMP.jpg ends in .jpg: kept
    assert (findings.excluded_files, findings.excluded_folders) == (2, 0)  # notes.tmp is no picture
    found, _ = _found(root, "DRAFTS")  # a folder's name too, without regard to case
    assert found == ALL - {"2019/drafts/d1.jpg", "2019/drafts/deeper/d2.jpg", "2020/drafts/d3.jpg"}


def test_a_pattern_with_a_slash_matches_the_path_from_the_scanned_folder(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found, findings = _found(root, "2019/drafts")
    assert found == ALL - {"2019/drafts/d1.jpg", "2019/drafts/deeper/d2.jpg"}
    assert (findings.excluded_files, findings.excluded_folders) == (0, 1)  # not entered, so not counted
    found, _ = _found(root, "/top.jpg")  # a leading slash: only at the top
    assert found == ALL - {"top.jpg"}
    found, _ = _found(root, "2019/*/*.jpg")  # "*" stays within one folder
    assert found == ALL - {"2019/drafts/d1.jpg"}
    found, _ = _found(root, "2019\\drafts\\deeper")  # backslashes are slashes
    assert found == ALL - {"2019/drafts/deeper/d2.jpg"}


def test_a_trailing_slash_matches_folders_only(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "album.jpg").mkdir()  # a folder
    photo(1, (32, 24)).save(root / "album.jpg" / "p.jpg")
    found, findings = _found(root, "Thumbs/", "*.jpg/")
    assert found == ALL - {"Thumbs/t1.jpg"}  # every file named *.jpg stays; the folder album.jpg not
    assert (findings.excluded_files, findings.excluded_folders) == (0, 2)
    found, _ = _found(root, "thumbs*")  # without the slash: the folder and the file
    assert found == ALL - {"Thumbs/t1.jpg", "Thumbs.jpg"} | {"album.jpg/p.jpg"}


def test_double_star_matches_any_number_of_folders(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found, findings = _found(root, "**/cache/**")
    assert found == ALL - {"cache/c1.jpg", "a/b/cache/c2.jpg"}  # "cachet" is another name
    assert findings.excluded_folders == 2
    found, _ = _found(root, "**/*.jpg")
    assert found == set()
    found, _ = _found(root, "a/**/c*.jpg")
    assert found == ALL - {"a/b/cache/c2.jpg", "a/b/cachet/c3.jpg"}


def test_an_excluded_folder_is_never_entered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path)
    entered: list[str] = []
    real_listed = discovery._listed

    def recording(folder: Path, **how: bool) -> tuple[list[os.DirEntry[str]], int | None]:
        entered.append(folder.relative_to(root).as_posix())
        return real_listed(folder, **how)

    monkeypatch.setattr(discovery, "_listed", recording)
    _found(root, "2019/", "cache/")
    assert not any(folder.startswith("2019") or "cache" in folder.split("/") for folder in entered)
    assert "a/b/cachet" in entered


def test_hidden_and_flat_scans_and_the_scanned_folder_itself(tmp_path: Path) -> None:
    root = _tree(tmp_path / "drafts")  # the root's own name matches, and is never excluded
    found, findings = _found(root, "drafts", recursive=False)
    assert found == {"top.jpg", "holiday.TMP.jpg", "Thumbs.jpg"}
    assert findings.excluded_folders == 0  # a flat scan does not enter folders: none counted
    photo(1, (32, 24)).save(root / ".hidden.jpg")
    found, findings = _found(root, "*.jpg")
    assert found == set() and findings.excluded_files == 12  # the hidden file is left out as hidden


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names must be valid Unicode there")
def test_names_that_are_not_utf8_do_not_crash_and_can_be_matched(tmp_path: Path) -> None:
    root = tmp_path / "pictures"
    odd_folder = os.fsencode(root) + b"/f\xe9tes"
    os.makedirs(odd_folder)
    photo(1, (32, 24)).save(root / "plain.jpg")
    shutil.copyfile(root / "plain.jpg", os.fsdecode(odd_folder + b"/caf\xe9.jpg"))
    shutil.copyfile(root / "plain.jpg", os.fsdecode(os.fsencode(root) + b"/na\xefve.jpg"))
    found, _ = _found(root, "*.tmp", "**/x/**")
    assert len(found) == 3
    found, findings = _found(root, "[!a]*")
    assert found == set() and (findings.excluded_files, findings.excluded_folders) == (2, 1)
    found, findings = _found(root, "na*.jpg")
    assert found == {"plain.jpg", os.fsdecode(b"f\xe9tes/caf\xe9.jpg")}
    assert findings.excluded_files == 1
    found, findings = _found(root, "f?tes/")
    assert found == {"plain.jpg", os.fsdecode(b"na\xefve.jpg")}
    assert findings.excluded_folders == 1


def test_the_glob_syntax() -> None:
    rules = ExclusionRules(["[!a]x.jpg", "[abc", "img?.png", "  ", "[]]y.jpg"])
    assert rules.excludes("bx.jpg", "bx.jpg", folder=False)
    assert not rules.excludes("ax.jpg", "ax.jpg", folder=False)
    assert rules.excludes("[abc", "[abc", folder=False)  # an unclosed "[" is a plain character
    assert rules.excludes("IMG1.PNG", "IMG1.PNG", folder=False)
    assert not rules.excludes("img10.png", "img10.png", folder=False)
    assert rules.excludes("]y.jpg", "]y.jpg", folder=False)
    assert not ExclusionRules(["", " ", "/"])  # blank patterns are ignored
    assert glob_regex("*.jpg") == "[^/]*\\.jpg"


def test_the_groups_cache_never_serves_groups_computed_without_the_patterns(tmp_path: Path) -> None:
    pictures = tmp_path / "pictures"
    (pictures / "backup").mkdir(parents=True)
    photo(7, (96, 72)).save(pictures / "beach.jpg")
    shutil.copyfile(pictures / "beach.jpg", pictures / "backup" / "beach.jpg")
    shutil.copyfile(pictures / "beach.jpg", pictures / "beach copy.jpg")
    cached = ScanOptions(cache_dir=tmp_path / "cache")

    def grouped(options: ScanOptions) -> list[set[str]]:
        result = scan([pictures], options)
        return [{m.path.relative_to(pictures).as_posix() for m in g.members} for g in result.groups]

    everything = {"beach.jpg", "backup/beach.jpg", "beach copy.jpg"}
    assert grouped(cached) == [everything]
    excluding = ScanOptions(cache_dir=tmp_path / "cache", exclude=("backup/",))
    assert grouped(excluding) == [everything - {"backup/beach.jpg"}]
    assert grouped(ScanOptions(cache_dir=tmp_path / "cache", exclude=("*copy*",))) == [
        everything - {"beach copy.jpg"}
    ]
    assert grouped(cached) == [everything]


def test_the_result_says_what_was_excluded(tmp_path: Path) -> None:
    root = _tree(tmp_path / "pictures")
    result = scan([root], ScanOptions(exclude=("*.tmp", "2019/", "top.jpg"), use_cache=False))
    assert (result.stats.excluded_files, result.stats.excluded_folders) == (2, 1)
    data = report.to_dict(result)
    assert data["settings"]["exclude"] == ["*.tmp", "2019/", "top.jpg"]
    assert (data["stats"]["excluded_files"], data["stats"]["excluded_folders"]) == (2, 1)
    assert "2 pictures and 1 folder excluded by your patterns" in report.summary(result)
    again = report.load(report.dumps(data))
    assert again.options.exclude == ("*.tmp", "2019/", "top.jpg")
    assert (again.stats.excluded_files, again.stats.excluded_folders) == (2, 1)
