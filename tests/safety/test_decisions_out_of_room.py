"""Fault injection: the disk holding Lookalike's own files fills up while the person works.

"Not a duplicate" (N), "none of these are duplicates", Undo and Redo of them, and forgetting in the
decisions dialog all write to the "not duplicates" store; starting the window (and the demo) opens
one; the log is written all along. Each runs in a child process whose disk is full while it acts:

- "limit": no file it writes may grow past one byte (RLIMIT_FSIZE, its SIGXFSZ ignored: the write
  fails, the process goes on, SQLite says "disk I/O error"). Runs wherever POSIX does.
- "tmpfs": its data folder is a 2 MB tmpfs, mounted in a mount namespace of its own and filled up
  (a real ENOSPC: SQLite says "database or disk is full"). Skipped where no such namespace can be
  made (not root, and user namespaces not allowed).

The person must be told in words, never shown a traceback; what is on screen, the undo stack and the
store must agree: nothing is said to have happened that did not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from lookalike.samples import photo

pytest.importorskip("resource", reason="file size limits are POSIX")

# What every child starts with: a way to fill its disk (no_room), and an excepthook that keeps what
# would have reached the window's "Lookalike ran into a problem" dialog.
_PREAMBLE = """
import contextlib, json, logging, os, resource, signal, sys, tempfile, traceback
from pathlib import Path

MODE, WORK, PICTURES = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
caught = []
sys.excepthook = lambda *error: caught.append("".join(traceback.format_exception(*error)))


@contextlib.contextmanager
def no_room():
    \"\"\"While the block runs, no file in WORK (or, with "limit", anywhere) can grow.\"\"\"
    if MODE == "limit":
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        return
    filler = WORK / "filler"
    with open(filler, "wb", buffering=0) as stream:
        with contextlib.suppress(OSError):
            while True:
                stream.write(bytes(4096))
    try:
        yield
    finally:
        filler.unlink()
"""

# The window on a review of PICTURES (one group: beach.jpg, its byte-identical copy and a smaller
# re-encoding), its decisions in WORK; seen() is what the person sees, and what the store holds.
_WINDOW = """
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from lookalike.core.decisions import DecisionStore, read_decisions
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from lookalike.ui import i18n
from lookalike.ui.review import Review
from lookalike.ui.window import MainWindow
from tests.ui.conftest import FakeDialogs

app = QApplication([])
i18n.install(app, "en")
dialogs = FakeDialogs()
STORE = WORK / "decisions.sqlite3"
decisions = DecisionStore(STORE)
window = MainWindow(
    settings=QSettings(str(WORK / "settings.ini"), QSettings.Format.IniFormat),
    dialogs=dialogs,
    log_dir=WORK / "logs",
    journal=WORK / "actions.jsonl",
    decisions=decisions,
)
window.show()
window.show_review(Review.from_result(scan([PICTURES], ScanOptions(use_cache=False))))
window.select_group(0)
notes = []
window.session.groups_changed.connect(lambda _row, note: notes.append(note))
stack = window.session.undo_stack


def seen():
    review = window.session.review
    return {
        "groups": [sorted(m.path.name for m in g.members) for g in review.groups],
        "undo": [stack.index(), stack.count(), stack.undoText(), stack.redoText()],
        "told": [list(told) for told in dialogs.informed],
        "errors": dialogs.errors,
        "caught": list(caught),
        "stored": len(read_decisions(STORE)),
    }


def small_row():
    return [m.path.name for m in window.tile_model.group.members].index("beach-small.jpg")
"""

MODES = ["limit", "tmpfs"]


def _namespace() -> list[str]:
    """The command that runs a command in a mount namespace of its own, as its root."""
    return ["unshare", "--mount", "--propagation", "private"] + (
        [] if os.geteuid() == 0 else ["--map-root-user"]
    )


def in_a_child(mode: str, tmp_path: Path, code: str, *, window: bool = True) -> dict[str, Any]:
    """Run `code` in a child process (in a tmpfs of its own with "tmpfs") after _PREAMBLE, and with
    `window`, _WINDOW; what it printed last, as JSON, and its stderr ("stderr"). It must end well,
    with no traceback."""
    work, pictures = tmp_path / "work", tmp_path / "pictures"
    work.mkdir(exist_ok=True)
    if not pictures.exists():
        pictures.mkdir()
        picture = photo(11, (400, 300))
        picture.save(pictures / "beach.jpg", quality=90)
        shutil.copyfile(pictures / "beach.jpg", pictures / "beach copy.jpg")
        picture.resize((200, 150)).save(pictures / "beach-small.jpg", quality=70)
    program = _PREAMBLE + (_WINDOW if window else "") + textwrap.dedent(code)
    command = [sys.executable, "-c", program, mode, str(work), str(pictures)]
    if mode == "tmpfs":
        mount = 'mount -t tmpfs -o size=2m lookalike-test "$0" && exec "$@"'
        if (
            shutil.which("unshare") is None
            or subprocess.run(
                [*_namespace(), "sh", "-c", mount, str(work), "true"], capture_output=True
            ).returncode
        ):
            pytest.skip("no mount namespace of its own can be made here for a tmpfs")
        command = [*_namespace(), "sh", "-c", mount, str(work), *command]
    child = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == 0, child.stderr
    assert "Traceback" not in child.stderr, child.stderr
    seen: dict[str, Any] = json.loads(child.stdout.splitlines()[-1])
    seen["stderr"] = child.stderr
    return seen


def _full_disk_words(mode: str, by: str = "SQLite") -> str:
    """How the problem is said: a full disk as such only when the system says so (ENOSPC); under
    the file size limit, the system's or SQLite's own words."""
    if mode == "tmpfs":
        return "the disk is full"
    return (
        "the system refused it (File too large)"
        if by == "system"
        else "the system refused it (disk I/O error)"
    )


# ---- A: "not duplicates", their Undo and Redo, and the decisions dialog ---------------------------


@pytest.mark.parametrize("mode", MODES)
def test_not_a_duplicate_on_a_full_disk_says_so_and_changes_nothing(mode: str, tmp_path: Path) -> None:
    seen = in_a_child(
        mode,
        tmp_path,
        """
        before = seen()
        with no_room():
            taken = window.not_duplicate(small_row())
        print(json.dumps({"taken": [str(p) for p in taken], "before": before, "after": seen()}))
        """,
    )
    before, after = seen["before"], seen["after"]
    assert seen["taken"] == [] and after["caught"] == [] and after["errors"] == []
    assert after["groups"] == before["groups"] == [["beach copy.jpg", "beach-small.jpg", "beach.jpg"]]
    assert after["undo"] == before["undo"] == [0, 0, "", ""]  # no "not a duplicate" to undo
    assert after["stored"] == 0
    [(title, text, details)] = after["told"]
    assert title == "The “not duplicates” list cannot be changed"
    assert text.startswith("Lookalike cannot remember that these pictures are not duplicates")
    assert f"because {_full_disk_words(mode)}. Nothing was changed" in text
    assert details.startswith(str(tmp_path / "work" / "decisions.sqlite3") + ": ")


@pytest.mark.parametrize("mode", MODES)
def test_none_are_duplicates_on_a_full_disk_says_so_and_keeps_the_group(mode: str, tmp_path: Path) -> None:
    seen = in_a_child(
        mode,
        tmp_path,
        """
        before = seen()
        with no_room():
            done = window.group_not_duplicates()
        print(json.dumps({"done": done, "before": before, "after": seen()}))
        """,
    )
    before, after = seen["before"], seen["after"]
    assert seen["done"] is False and after["caught"] == []
    assert after["groups"] == before["groups"] and after["undo"] == [0, 0, "", ""]
    assert after["stored"] == 0
    [(title, text, _details)] = after["told"]
    assert title == "The “not duplicates” list cannot be changed" and "Nothing was changed" in text


@pytest.mark.parametrize("mode", MODES)
def test_undoing_not_a_duplicate_on_a_full_disk_is_refused_until_there_is_room(
    mode: str, tmp_path: Path
) -> None:
    """Ctrl+Z of N must forget the decision; when the store cannot, nothing is undone (the picture
    stays out, the decision stays, Undo still offers it) and the person is told; with room again,
    the same Ctrl+Z undoes it all."""
    seen = in_a_child(
        mode,
        tmp_path,
        """
        window.not_duplicate(small_row())
        done = seen()
        with no_room():
            window.commands.actions["undo"].trigger()
            refused = seen()
            undo_words = window.commands.actions["undo"].text()
        window.commands.actions["undo"].trigger()
        print(json.dumps({"done": done, "refused": refused, "undo_words": undo_words, "undone": seen()}))
        """,
    )
    done, refused, undone = seen["done"], seen["refused"], seen["undone"]
    assert done["groups"] == [["beach copy.jpg", "beach.jpg"]] and done["stored"] == 1
    assert refused["caught"] == [] and refused["errors"] == []
    assert refused["groups"] == done["groups"] and refused["stored"] == 1
    assert refused["undo"] == done["undo"] == [1, 1, "not a duplicate: “beach-small.jpg”", ""]
    assert seen["undo_words"] == "&Undo not a duplicate: “beach-small.jpg”"
    [(title, text, _details)] = refused["told"]
    assert title == "The “not duplicates” list cannot be changed"
    assert text.startswith("Not undone: not a duplicate: “beach-small.jpg”. Undoing it means forgetting")
    assert f"because {_full_disk_words(mode)}." in text and text.endswith("Edit ▸ Undo still offers it.")

    assert undone["groups"] == [["beach copy.jpg", "beach-small.jpg", "beach.jpg"]]
    assert undone["stored"] == 0 and undone["undo"] == [0, 1, "", "not a duplicate: “beach-small.jpg”"]
    assert len(undone["told"]) == 1 and undone["caught"] == []


@pytest.mark.parametrize("mode", MODES)
def test_redoing_not_a_duplicate_on_a_full_disk_is_refused(mode: str, tmp_path: Path) -> None:
    seen = in_a_child(
        mode,
        tmp_path,
        """
        window.not_duplicate(small_row())
        window.commands.actions["undo"].trigger()
        undone = seen()
        with no_room():
            window.commands.actions["redo"].trigger()
            refused = seen()
        window.commands.actions["redo"].trigger()
        print(json.dumps({"undone": undone, "refused": refused, "redone": seen()}))
        """,
    )
    undone, refused, redone = seen["undone"], seen["refused"], seen["redone"]
    assert refused["caught"] == [] and refused["groups"] == undone["groups"]
    assert refused["undo"] == undone["undo"] == [0, 1, "", "not a duplicate: “beach-small.jpg”"]
    assert refused["stored"] == 0
    [(title, text, _details)] = refused["told"]
    assert title == "The “not duplicates” list cannot be changed"
    assert text.startswith("Not done again: not a duplicate: “beach-small.jpg”. Doing it again means")
    assert f"because {_full_disk_words(mode)}." in text and text.endswith("Edit ▸ Redo still offers it.")
    assert redone["groups"] == [["beach copy.jpg", "beach.jpg"]] and redone["stored"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_forgetting_in_the_decisions_dialog_on_a_full_disk_says_so_and_keeps_the_list(
    mode: str, tmp_path: Path
) -> None:
    seen = in_a_child(
        mode,
        tmp_path,
        """
        from PySide6.QtWidgets import QApplication
        from lookalike.core.decisions import Decision, DecisionStore, read_decisions
        from lookalike.ui import i18n
        from lookalike.ui.decisions_dialog import DecisionsDialog
        from tests.ui.conftest import FakeDialogs

        app = QApplication([])
        i18n.install(app, "en")
        store = DecisionStore(WORK / "decisions.sqlite3")
        store.remember(
            [
                Decision(("a" * 32, "b" * 32), ("/x/a.jpg", "/x/b.jpg"), "2026-01-01T00:00:00Z"),
                Decision(("c" * 32, "d" * 32), ("/x/c.jpg", "/x/d.jpg"), "2026-01-02T00:00:00Z"),
            ]
        )
        dialogs = FakeDialogs()
        dialog = DecisionsDialog(store, dialogs=dialogs)
        dialog.show()
        forgotten = []
        dialog.decisions_forgotten.connect(forgotten.append)
        with no_room():
            dialog.forget_all_button.click()
            dialog.select_rows([0])
            selected = dialog.forget_selected()
        print(
            json.dumps(
                {
                    "told": [list(told) for told in dialogs.informed],
                    "selected": selected,
                    "forgotten": forgotten,
                    "rows": dialog.model.rowCount(),
                    "stored": len(read_decisions(WORK / "decisions.sqlite3")),
                    "caught": caught,
                }
            )
        )
        """,
        window=False,
    )
    assert seen["caught"] == [] and seen["forgotten"] == [] and seen["selected"] == []
    assert seen["rows"] == seen["stored"] == 2
    assert len(seen["told"]) == 2
    for title, text, _details in seen["told"]:
        assert title == "The “not duplicates” list cannot be changed"
        assert _full_disk_words(mode) in text and "nothing was forgotten" in text


# ---- B: starting when the data folder's disk (and the temporary folder's) is full -------------------

# The window's data folder and temporary folder in WORK, a decision of the person's kept there, and
# the window's review of PICTURES ready to show; started() makes the window (with no room) and does N.
_STARTING = """
os.environ["XDG_DATA_HOME"] = str(WORK / "data")
(WORK / "tmp").mkdir()
tempfile.tempdir = str(WORK / "tmp")
from PySide6.QtWidgets import QApplication
from lookalike.core.decisions import Decision, DecisionStore, default_decisions_path, read_decisions
from lookalike.core.models import ScanOptions
from lookalike.core.scan import scan
from lookalike.ui import i18n
from lookalike.ui.app import demo_samples, make_window
from lookalike.ui.review import Review
from tests.ui.conftest import FakeDialogs

person = DecisionStore()
person.remember([Decision(("a" * 32, "b" * 32), ("/x/a.jpg", "/x/b.jpg"), "2026-01-01T00:00:00Z")])
person.close()
app = QApplication([])
i18n.install(app, "en")
review = Review.from_result(scan([PICTURES], ScanOptions(use_cache=False)))
dialogs = FakeDialogs()


def started(scratch=None):
    with no_room():
        window = make_window(WORK / "logs", dialogs, scratch=scratch)
        window.show()
        store = window.session.decisions
        seen = {"lasting": store.lasting, "known": len(store.pairs())}
        if scratch is not None:  # the demo's sample pictures
            seen["samples"] = str(demo_samples(window, scratch))
            seen["told"] = [list(told) for told in dialogs.informed]
        window.show_review(review)
        window.select_group(0)
        notes = []
        window.session.groups_changed.connect(lambda _row, note: notes.append(note))
        group = window.tile_model.group
        row = [m.path.name for m in group.members].index("beach-small.jpg")
        seen["taken"] = [p.name for p in window.not_duplicate(row)]
        seen["notes"] = notes
        seen["decided"] = len(store.pairs())
        window.autosave.finish()
    window.shutdown()
    seen["person"] = len(read_decisions(default_decisions_path()))
    seen["caught"] = caught
    return seen
"""


@pytest.mark.parametrize("mode", MODES)
def test_the_window_starts_on_a_full_disk_with_decisions_kept_in_memory(mode: str, tmp_path: Path) -> None:
    """The data folder's store cannot be opened for writing, nor one in the temporary folder (the
    same full disk): the window still starts, with the person's decisions, and each new one is said
    to last only until Lookalike closes."""
    seen = in_a_child(mode, tmp_path, _STARTING + "\nprint(json.dumps(started()))\n", window=False)
    assert seen["caught"] == []
    assert seen["lasting"] is False and seen["known"] == 1  # the person's decision still counts
    assert seen["taken"] == ["beach-small.jpg"] and seen["decided"] == 2
    assert seen["notes"][-1].endswith("so this one lasts only until Lookalike closes.")
    assert seen["person"] == 1  # the person's file is left as it was


@pytest.mark.parametrize("mode", MODES)
def test_the_demo_starts_on_a_full_disk(mode: str, tmp_path: Path) -> None:
    """The demo's store cannot be made in its scratch folder, nor its sample pictures written: the
    window still starts, says why it has no samples, and keeps decisions until it closes."""
    seen = in_a_child(
        mode,
        tmp_path,
        _STARTING + "\nprint(json.dumps(started(scratch=WORK / 'scratch')))\n",
        window=False,
    )
    assert seen["caught"] == [] and seen["lasting"] is False and seen["known"] == 0
    assert seen["samples"] == "None"
    [(title, text, details)] = seen["told"]
    assert title == "The demo's sample pictures cannot be written"
    assert (
        f"in a temporary folder, because {_full_disk_words(mode, 'system')}. The window opens without them"
        in text
    )
    assert details.startswith(str(tmp_path / "work" / "scratch" / "Sample pictures") + ": ")
    assert seen["taken"] == ["beach-small.jpg"] and seen["decided"] == 1
    assert seen["notes"][-1].endswith("so this one lasts only until Lookalike closes.")
    assert seen["person"] == 1
