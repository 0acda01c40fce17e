"""A folder written as a path through a link and then `..` ("links/deep/..") is the folder above
where the link leads, as the system takes it and the scan found it; never the folder the text names
once `..` is taken away ("links"). Acting resolves it so: the reference folder protects its
pictures, and the scanned folder bounds what is acted on, whether given on the command line, added
in the window, or written in a result file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lookalike import cli
from lookalike.core.actions import Status, carry_out
from lookalike.core.plan import plan_from_result
from lookalike.ui.review import Review

from .conftest import make_copies, mark, save_result, scan_folder, trashed


def _link_above(folder: Path, links: Path) -> Path:
    """`links`/deep/.., where deep leads to a folder inside `folder`: the system takes it as `folder`."""
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    links.mkdir(exist_ok=True)
    (links / "deep").symlink_to(folder / "sub", target_is_directory=True)
    written = links / "deep" / ".."
    assert Path(os.path.realpath(written)) == folder
    return written


def test_a_reference_folder_written_through_a_link_and_dotdot_protects_its_pictures(
    tmp_path: Path, trash: Path
) -> None:
    archived, kept = make_copies(tmp_path / "Pictures", 3, ("Archive/IMG_0007.jpg", "Trip/IMG_0007.jpg"))
    reference = _link_above(tmp_path / "Pictures" / "Archive", tmp_path / "links")
    result = scan_folder(tmp_path / "Pictures")
    plan = plan_from_result(
        Review.from_result(result, mark(result, {kept})).marked_result(), reference_roots=[reference]
    )
    assert [f.path for f in plan.deletions] == [archived]

    outcome = carry_out(plan)

    assert trashed(trash) == [] and archived.exists()
    assert [o.status for o in outcome.outcomes] == [Status.SKIPPED]


def test_apply_with_a_reference_folder_written_through_a_link_and_dotdot_trashes_nothing_in_it(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archived, kept = make_copies(tmp_path / "Pictures", 3, ("Archive/IMG_0007.jpg", "Trip/IMG_0007.jpg"))
    reference = _link_above(tmp_path / "Pictures" / "Archive", tmp_path / "links")
    result = scan_folder(tmp_path / "Pictures")
    saved = save_result(result, mark(result, {kept}), tmp_path / "result.json")

    cli.main(["apply", str(saved), "--reference", str(reference)])

    assert trashed(trash) == [] and archived.exists(), capsys.readouterr().out


def test_nothing_is_moved_into_a_reference_folder_written_through_a_link_and_dotdot(
    tmp_path: Path, trash: Path
) -> None:
    archive = tmp_path / "Pictures" / "Archive"
    keep, copy = make_copies(tmp_path / "Pictures", 9, ("Trip/a.jpg", "Trip/a (1).jpg"))
    reference = _link_above(archive, tmp_path / "links")
    result = scan_folder(tmp_path / "Pictures" / "Trip")
    plan = plan_from_result(
        Review.from_result(result, mark(result, {keep})).marked_result(), reference_roots=[reference]
    )

    outcome = carry_out(plan, destination=archive / "moved")

    assert copy.exists() and not (archive / "moved").exists()
    assert [o.status for o in outcome.outcomes] == [Status.SKIPPED]


def test_a_result_whose_scanned_folder_is_written_through_a_link_and_dotdot_acts_only_inside_it(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A result file (untrusted) names its scanned folder links/deep/.., which is Pictures/Trip: the
    copies in ~/links lie outside it, and stay."""
    links = tmp_path / "links"
    keep, copy = make_copies(links, 10, ("a.jpg", "a (1).jpg"))
    written = _link_above(tmp_path / "Pictures" / "Trip", links)
    result = scan_folder(links)
    saved = save_result(result, mark(result, {keep}), tmp_path / "result.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["settings"]["roots"] = [str(written)]
    saved.write_text(json.dumps(data), encoding="utf-8")

    cli.main(["apply", str(saved)])

    assert trashed(trash) == [] and copy.exists(), capsys.readouterr().out


def test_a_reference_folder_written_relative_through_a_link_and_dotdot_protects_its_pictures(
    tmp_path: Path, trash: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same folder written relative to the folder the program runs in ("links/deep/.."): taken
    from there, through the link, as the system takes it."""
    archived, kept = make_copies(tmp_path / "Pictures", 3, ("Archive/IMG_0007.jpg", "Trip/IMG_0007.jpg"))
    _link_above(tmp_path / "Pictures" / "Archive", tmp_path / "links")
    monkeypatch.chdir(tmp_path)
    result = scan_folder(tmp_path / "Pictures")
    plan = plan_from_result(
        Review.from_result(result, mark(result, {kept})).marked_result(),
        reference_roots=[Path("links", "deep", "..")],
    )

    outcome = carry_out(plan)

    assert trashed(trash) == [] and archived.exists()
    assert [o.status for o in outcome.outcomes] == [Status.SKIPPED]


def test_a_result_naming_thousands_of_reference_folders_still_protects_the_one_that_holds_a_copy(
    tmp_path: Path, trash: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crafted result names 2,000 reference folders (each resolved with a few seconds to answer, on
    a thread of its own): it is read, and the one real reference folder among them, written through
    a link and .., still keeps its picture out of the Trash."""
    archived, kept = make_copies(tmp_path / "Pictures", 3, ("Archive/IMG_0007.jpg", "Trip/IMG_0007.jpg"))
    reference = _link_above(tmp_path / "Pictures" / "Archive", tmp_path / "links")
    result = scan_folder(tmp_path / "Pictures")
    saved = save_result(result, mark(result, {kept}), tmp_path / "result.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    others = [str(tmp_path / "elsewhere" / f"folder {number}") for number in range(2_000)]
    data["settings"]["reference_roots"] = [*others[:1_000], str(reference), *others[1_000:]]
    saved.write_text(json.dumps(data), encoding="utf-8")

    cli.main(["apply", str(saved)])

    assert trashed(trash) == [] and archived.exists(), capsys.readouterr().out
