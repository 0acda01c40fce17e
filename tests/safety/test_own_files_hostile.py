"""Lookalike's own files made hostile: a data folder that cannot be searched, settings copied from
another account, a decisions store that is a link, locked or read-only. The window starts every time,
never writes through a link, and never loses the person's decisions; `lookalike scan` keeps them too.

Permissions are built for real. Root passes them, so as root the cases that need them run in a child
process that keeps uid 0 but drops the capabilities that let root pass them (setpriv).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

import lookalike
from lookalike import cli
from lookalike.core import decisions
from lookalike.core.decisions import DECISIONS_FILE, DIGEST_FORMAT, DecisionStore, default_decisions_path
from lookalike.samples import photo
from lookalike.ui.window import open_decisions
from tests.safety.conftest import ends_without_waiting_on, needs_posix
from tests.ui.conftest import OFFSCREEN_NOISE, FakeDialogs, make_window

OVERRIDES = "-dac_override,-dac_read_search"  # the capabilities that let root pass file permissions
ROW = ("a" * 32, "b" * 32, "/p/a.jpg", "/p/b.jpg", "2024-01-01T00:00:00Z")


def as_a_person(code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a Python child process that file permissions apply to, in this test's home."""
    command = [sys.executable, "-c", textwrap.dedent(code)]
    if os.geteuid() == 0:
        setpriv = ["setpriv", f"--inh-caps={OVERRIDES}", f"--bounding-set={OVERRIDES}"]
        if shutil.which("setpriv") is None or subprocess.run([*setpriv, "true"]).returncode:
            pytest.skip("running as root, and root's capabilities cannot be dropped here")
        command = [*setpriv, *command]
    app = Path(lookalike.__file__).parents[1]  # this very code, wherever the tests found it
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(app), os.environ.get("PYTHONPATH", "")))}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def person_store(path: Path) -> None:
    """A store at `path` holding one decision of the person's."""
    store = DecisionStore(path)
    store.remember([decisions.Decision(ROW[:2], ROW[2:4], ROW[4])])
    store.close()


def rows_in(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        count: int = connection.execute("SELECT count(*) FROM not_duplicates").fetchone()[0]
        return count
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_folder() -> Path:
    """Lookalike's data folder in the test's home (where the decisions and the autosave live)."""
    folder = default_decisions_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ---- A: a data folder that cannot be searched ---------------------------------------------------


@needs_posix
def test_a_data_folder_that_cannot_be_searched_lets_the_window_start(
    data_folder: Path, tmp_path: Path
) -> None:
    (tmp_path / "logs").mkdir()
    data_folder.chmod(0)
    try:
        child = as_a_person(
            f"""
            from pathlib import Path
            from PySide6.QtWidgets import QApplication
            app = QApplication([])
            from lookalike.ui.app import make_window
            from lookalike.ui.dialogs import HeadlessDialogs
            window = make_window(Path({str(tmp_path / "logs")!r}), HeadlessDialogs())
            window.show()
            print("resumed:", window.autosave.offer_resume(), "lasting:", window.session.decisions.lasting)
            window.shutdown()
            """
        )
    finally:
        data_folder.chmod(0o700)
    assert child.returncode == 0, child.stderr
    assert "resumed: False lasting: False" in child.stdout
    assert "Traceback" not in child.stderr


# ---- B: saved folders that name no folder here ---------------------------------------------------


@OFFSCREEN_NOISE
@pytest.mark.parametrize("stray", ["~nosuchuser123/Pictures", "", "relative/x"])
def test_saved_folders_of_another_account_or_relative_ones_are_not_listed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stray: str
) -> None:
    work = tmp_path / "wherever Lookalike starts"
    (work / "relative" / "x").mkdir(parents=True)
    monkeypatch.chdir(work)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("folders", json.dumps([{"path": stray}, {"path": str(chosen)}]))
    settings.setValue("recent", json.dumps([stray, str(chosen)]))
    settings.sync()
    store = DecisionStore(tmp_path / "decisions.sqlite3")
    window = make_window(qtbot, settings, FakeDialogs(), store, tmp_path)
    try:
        assert window.start.folders() == [chosen]
        assert window.preferences.recent == (chosen,)
        window.start.fill_recent_menu()
        assert [a.text() for a in window.start.recent_menu.actions()] == [str(chosen)]
    finally:
        window.shutdown()
        store.close()


# ---- C: a decisions store that is no file of its own ---------------------------------------------


@pytest.fixture
def other_database(tmp_path: Path) -> Iterator[Path]:
    """Another SQLite file of the person's, outside Lookalike's data folder."""
    path = tmp_path / "Documents" / "notes.sqlite"
    path.parent.mkdir()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes(t)")
    connection.execute("INSERT INTO notes VALUES ('mine')")
    connection.execute("PRAGMA user_version=7")
    connection.commit()
    connection.close()
    yield path


@needs_posix
@pytest.mark.parametrize("kind", ["symbolic link", "hard link"])
def test_a_decisions_store_linked_to_another_file_leaves_that_file_as_it_is(
    data_folder: Path, other_database: Path, kind: str
) -> None:
    before = digest(other_database)
    path = data_folder / DECISIONS_FILE
    if kind == "symbolic link":
        path.symlink_to(other_database)
    else:
        os.link(other_database, path)
    store = open_decisions()
    store.remember([decisions.Decision(ROW[:2], ROW[2:4], ROW[4])])  # written to its own file only
    store.close()
    assert digest(other_database) == before
    assert not path.is_symlink() and path.stat().st_nlink == 1 and rows_in(path) == 1
    aside = data_folder / (DECISIONS_FILE + ".damaged")
    assert aside.exists() and os.path.samefile(aside, other_database)  # the link, moved aside


@needs_posix
def test_a_dangling_decisions_link_creates_nothing_where_it_points(data_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "Desktop" / "made-by-lookalike.db"
    target.parent.mkdir()
    (data_folder / DECISIONS_FILE).symlink_to(target)
    store = open_decisions()
    store.close()
    assert not target.exists() and os.listdir(target.parent) == []
    assert (data_folder / DECISIONS_FILE).is_file() and not (data_folder / DECISIONS_FILE).is_symlink()


@needs_posix
@pytest.mark.parametrize("kind", ["folder", "FIFO"])
def test_a_decisions_store_that_is_no_file_is_set_aside(data_folder: Path, kind: str) -> None:
    path = data_folder / DECISIONS_FILE
    if kind == "folder":
        path.mkdir()
        (path / "kept.txt").write_text("mine", encoding="utf-8")
    else:
        os.mkfifo(path)
    lasting: list[bool] = []

    def start() -> None:
        store = open_decisions()
        lasting.append(store.lasting)
        store.close()  # on the thread that opened it, as SQLite wants

    ends_without_waiting_on(path, start, 10, "opening the decisions waited on a FIFO")
    assert lasting == [True] and path.is_file()
    aside = data_folder / (DECISIONS_FILE + ".damaged")
    if kind == "folder":
        assert (aside / "kept.txt").read_text(encoding="utf-8") == "mine"
    else:
        assert aside.is_fifo()


# ---- D: a store that is locked, read-only or damaged ---------------------------------------------


def test_a_locked_store_is_left_as_it_is_and_decisions_last_until_closing(
    data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_folder / DECISIONS_FILE
    person_store(path)
    earlier = data_folder / (DECISIONS_FILE + ".damaged")
    earlier.write_bytes(b"set aside by an earlier run")
    monkeypatch.setattr(decisions, "BUSY_TIMEOUT_S", 0.2, raising=False)  # not 5 s of waiting
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing
    try:
        store = open_decisions()
    finally:
        other.rollback()
        other.close()
    store.close()
    assert not store.lasting
    assert rows_in(path) == 1
    assert earlier.read_bytes() == b"set aside by an earlier run"
    assert sorted(p.name for p in data_folder.iterdir()) == [DECISIONS_FILE, earlier.name]


@needs_posix
def test_a_read_only_store_is_left_as_it_is_and_its_decisions_still_count(data_folder: Path) -> None:
    path = data_folder / DECISIONS_FILE
    person_store(path)
    path.chmod(0o444)
    child = as_a_person(
        """
        from lookalike.ui.window import open_decisions
        store = open_decisions()
        print("lasting:", store.lasting, "known:", len(store.pairs()))
        store.close()
        """
    )
    assert child.returncode == 0, child.stderr
    assert "lasting: False known: 1" in child.stdout
    assert rows_in(path) == 1
    assert sorted(p.name for p in data_folder.iterdir()) == [DECISIONS_FILE]


def test_a_damaged_store_is_set_aside_without_replacing_one_set_aside_before(data_folder: Path) -> None:
    path = data_folder / DECISIONS_FILE
    path.write_bytes(b"no database at all" * 300)
    earlier = data_folder / (DECISIONS_FILE + ".damaged")
    person_store(earlier)
    before = digest(earlier)
    store = open_decisions()
    store.close()
    assert store.lasting
    assert digest(earlier) == before and rows_in(earlier) == 1
    assert (data_folder / (DECISIONS_FILE + ".damaged-2")).read_bytes() == b"no database at all" * 300
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == DIGEST_FORMAT
    connection.close()


# ---- E: `lookalike scan` with a store it cannot write --------------------------------------------


def _near_copies(pictures: Path) -> None:
    """One photo and a smaller copy of it, which a scan groups."""
    pictures.mkdir()
    scene = photo(3, (640, 480))
    scene.save(pictures / "a.jpg", quality=92)
    scene.resize((320, 240)).save(pictures / "b.jpg", quality=85)


def _decided_not_duplicates(pictures: Path, tmp_path: Path) -> None:
    """The person's store saying the two pictures in `pictures` are not duplicates (their digests, as
    a first scan found them)."""
    first = tmp_path / "first.json"
    assert cli.main(["scan", str(pictures), "--no-cache", "--quiet", "--json", str(first)]) == 0
    (group,) = json.loads(first.read_text(encoding="utf-8"))["groups"]
    a, b = (member["digest"] for member in group["files"])
    store = DecisionStore()
    store.remember([decisions.Decision(decisions.pair(a, b), ("a.jpg", "b.jpg"), ROW[4])])
    store.close()


@needs_posix
def test_scan_keeps_pictures_marked_not_duplicates_apart_when_the_store_is_read_only(
    data_folder: Path, tmp_path: Path
) -> None:
    pictures = tmp_path / "pictures"
    _near_copies(pictures)
    _decided_not_duplicates(pictures, tmp_path)
    path = data_folder / DECISIONS_FILE
    before = digest(path)
    path.chmod(0o444)
    data_folder.chmod(0o555)  # nothing can be made beside it either
    result = tmp_path / "again.json"
    try:
        child = as_a_person(
            f"""
            import sys
            from lookalike import cli
            arguments = ["scan", {str(pictures)!r}, "--no-cache", "--quiet", "--json", {str(result)!r}]
            sys.exit(cli.main(arguments))
            """
        )
    finally:
        data_folder.chmod(0o700)
    assert child.returncode == 0, child.stderr
    assert json.loads(result.read_text(encoding="utf-8"))["groups"] == []
    assert "decisions cannot be read" not in child.stderr
    assert digest(path) == before
    assert sorted(p.name for p in data_folder.iterdir()) == [DECISIONS_FILE]


def test_scan_waits_for_a_store_another_program_writes_and_keeps_its_decisions(
    data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pictures = tmp_path / "pictures"
    _near_copies(pictures)
    _decided_not_duplicates(pictures, tmp_path)
    path = data_folder / DECISIONS_FILE
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")  # another program writing, done within a second
    releasing = threading.Timer(1.0, other.rollback)
    releasing.start()
    result = tmp_path / "again.json"
    try:
        code = cli.main(["scan", str(pictures), "--no-cache", "--quiet", "--json", str(result)])
    finally:
        releasing.join()
        other.close()
    assert code == 0
    assert json.loads(result.read_text(encoding="utf-8"))["groups"] == []
    assert "decisions cannot be read" not in capsys.readouterr().err
    assert rows_in(path) == 1
