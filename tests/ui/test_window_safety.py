"""The window's "Move to Trash" under fault injection: the files decide, not the marks on screen."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from lookalike.core.actions import Action, ActionReport, FileOutcome, Status
from lookalike.core.fingerprint import digest_file
from lookalike.core.reasons import Code
from lookalike.ui.acting import found_gone
from lookalike.ui.window import MainWindow
from tests.safety.conftest import needs_byte_names, needs_posix

from .conftest import SCAN_TIMEOUT_MS, FakeDialogs, Photos, scan_and_wait


def _trash_and_wait(qtbot: QtBot, window: MainWindow) -> ActionReport:
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS) as done:
        assert window.trash_marked()
    outcome: ActionReport = done.args[0]
    return outcome


def test_a_keeper_deleted_after_the_scan_keeps_its_copies_and_says_why(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    photos.city.unlink()  # the copy marked KEEP leaves behind the window's back
    outcome = _trash_and_wait(qtbot, window)
    skipped = {o.path: str(o.reason) for o in outcome.outcomes if o.status is Status.SKIPPED}
    assert set(skipped) == {photos.city_copy}
    assert "the copy you keep is gone" in skipped[photos.city_copy]
    assert photos.city_copy.exists()
    assert not photos.beach_copy.exists() and (trash / "files" / photos.beach_copy.name).exists()
    title, _text, details = dialogs.informed[-1]
    assert title == "Some files were not moved" and str(photos.city_copy) in details
    review = window.review
    assert review is not None
    assert photos.city_copy in {m.path for g in review.groups for m in g.members}  # still listed


def test_remove_every_copy_needs_its_own_confirmation(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    review = window.review
    assert review is not None
    city = next(g for g in review.groups if photos.city in {m.path for m in g.members})
    city.keep = [False] * len(city.keep)

    dialogs.answers = [True, False]  # "Move files": yes; "Remove every copy?": no
    assert not window.trash_marked()
    assert photos.city.exists() and photos.city_copy.exists()

    dialogs.answers = [True, True]
    outcome = _trash_and_wait(qtbot, window)
    assert dialogs.confirmed[-1][0] == "Remove every copy?"
    assert {photos.city, photos.city_copy} <= {o.path for o in outcome.done}
    assert not photos.city.exists() and not photos.city_copy.exists()
    assert (trash / "files" / photos.city.name).exists()


def test_a_reopened_review_is_checked_against_the_files(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path, tmp_path: Path
) -> None:
    """A saved review is untrusted: a hand-edited one cannot trash a file nobody chose."""
    scan_and_wait(qtbot, window, photos.root)
    dialogs.save_path = tmp_path / "review.json"
    assert window.files.save_review()
    saved = json.loads(dialogs.save_path.read_text())
    for group in saved["groups"]:
        for row in group["files"]:
            row["keep"] = row["path"] != str(photos.unique)
            row["in_reference_root"] = False
    # The forger lists the unique picture as a DELETE member of the city group, with its true identity.
    st = photos.unique.stat()
    city_group = next(g for g in saved["groups"] if any(r["path"] == str(photos.city) for r in g["files"]))
    template = dict(city_group["files"][0])
    template.update(
        path=str(photos.unique), keep=False, tier="pixels", size=st.st_size, mtime_ns=st.st_mtime_ns,
        ctime_ns=st.st_ctime_ns, device=st.st_dev, inode=st.st_ino, digest=digest_file(photos.unique),
    )  # fmt: skip
    city_group["files"].append(template)
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(saved))
    dialogs.open_path_answer = forged
    with qtbot.waitSignal(window.results_shown):
        assert window.files.open_review()
    outcome = _trash_and_wait(qtbot, window)
    assert photos.unique.exists() and not (trash / "files" / photos.unique.name).exists()
    assert [(o.path, str(o.reason)) for o in outcome.problems] == [
        (photos.unique, "not the same picture as the copy you keep, checked again just now")
    ]


@needs_posix
def test_links_left_out_are_said_and_listed(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (photos.root / "linked").symlink_to(elsewhere)
    scan_and_wait(qtbot, window, photos.root)
    assert "Left out on purpose: 1 item" in window.results.summary_label.text()
    assert window.results.errors_button.isVisibleTo(window)
    window.show_scan_errors()
    assert f"{photos.root / 'linked'}: a link to a folder: not followed" in dialogs.informed[-1][2]


@needs_byte_names
def test_a_name_that_is_not_utf8_shows_and_goes_to_the_trash(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, trash: Path
) -> None:
    import os

    from tests.safety.conftest import make_copies

    odd_name = os.fsdecode(b"caf\xe9.jpg")
    keep, odd = make_copies(tmp_path / "odd", names=("a.jpg", odd_name))
    scan_and_wait(qtbot, window, tmp_path / "odd")
    window.select_group(0)
    qtbot.waitUntil(window.thumbnails_settled)
    review = window.review
    assert review is not None
    row = window.tile_model.row_of(odd)
    assert row is not None
    label = window.tile_model.index(row, 0).data()
    assert "caf" in str(label)
    review.groups[0].keep = [m.path == keep for m in review.groups[0].members]
    outcome = _trash_and_wait(qtbot, window)
    assert [o.path for o in outcome.done] == [odd]
    assert not os.path.lexists(odd) and keep.exists()
    assert os.listdir(os.fsencode(trash / "files")) == [b"caf\xe9.jpg"]


@needs_posix
def test_saving_or_exporting_never_writes_over_a_picture_through_a_link_or_into_a_fifo(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    """Hostile: the name chosen in the save dialog (which asked whether to replace it) is one of the
    scanned pictures, a link to a picture elsewhere, or a FIFO. Each is refused in plain words,
    without waiting, and the picture is as it was; a file of that name elsewhere is replaced whole."""
    import os
    import threading

    scan_and_wait(qtbot, window, photos.root)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.jpg").write_bytes(photos.beach.read_bytes())
    (elsewhere / "results.csv").symlink_to(elsewhere / "precious.jpg")
    os.mkfifo(elsewhere / "review.json")
    before = {path: path.read_bytes() for path in (photos.beach, elsewhere / "precious.jpg")}

    waited: list[bool] = []

    def unblock() -> None:  # should a save wait on the FIFO: give it a reader, so it ends, and fail below
        waited.append(True)
        os.close(os.open(elsewhere / "review.json", os.O_RDWR | os.O_NONBLOCK))

    watchdog = threading.Timer(20, unblock)
    watchdog.start()
    refused = []
    for chosen, save in [
        (photos.beach, window.files.export_json),
        (elsewhere / "results.csv", window.files.export_csv),
        (elsewhere / "review.json", window.files.save_review),
    ]:
        dialogs.save_path = chosen
        refused.append(save())
    dialogs.save_path = elsewhere / "old-results.json"
    dialogs.save_path.write_text("an earlier export")
    replaced = window.files.export_json()
    watchdog.cancel()

    assert not waited, "saving waited on a FIFO"
    assert refused == [False, False, False] and replaced
    said = [text for title, text, _ in dialogs.informed if title == "Cannot save"]
    assert len(said) == 3 and "might be one of your pictures" in said[0]
    assert all("something other than a file has that name" in text for text in said[1:])
    assert {path: path.read_bytes() for path in before} == before
    assert (elsewhere / "results.csv").is_symlink() and (elsewhere / "review.json").is_fifo()
    assert json.loads(dialogs.save_path.read_text())["format"] == "lookalike-scan"
    assert sorted(p.name for p in elsewhere.iterdir()) == [
        "old-results.json",
        "precious.jpg",
        "results.csv",
        "review.json",
    ]


@needs_posix
def test_an_export_over_a_picture_reached_through_a_linked_folder_is_refused(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, tmp_path: Path
) -> None:
    """Hostile: the name chosen in the save dialog spells a scanned picture through a folder link
    outside the scanned folders (the dialog shows the link's folder, not where it leads). It is
    still a picture of the scan: refused, and the picture is as it was."""
    scan_and_wait(qtbot, window, photos.root)
    linked = tmp_path / "shortcut"
    linked.symlink_to(photos.beach.parent, target_is_directory=True)
    before = photos.beach.read_bytes()
    dialogs.save_path = linked / photos.beach.name

    assert not window.files.export_csv()

    (said,) = [text for title, text, _ in dialogs.informed if title == "Cannot save"]
    assert "might be one of your pictures" in said and photos.beach.read_bytes() == before


def test_a_file_said_gone_by_a_move_leaves_the_results_only_when_it_is_not_there(
    tmp_path: Path,
) -> None:
    """A move's "not found" may be of the folder moved to, removed by another program just after it
    was looked at: the file said gone is still where it was, and stays in the results."""
    there, gone = tmp_path / "there.jpg", tmp_path / "gone.jpg"
    there.write_bytes(b"a picture")
    said_gone = Code.GONE(who=Code.THE_FILE())
    report = ActionReport(
        Action.MOVE,
        (FileOutcome(there, Status.FAILED, said_gone), FileOutcome(gone, Status.FAILED, said_gone)),
    )
    assert found_gone(report) == {gone}
