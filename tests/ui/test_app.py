"""Starting the app: the demo screenshot through the real entry point, logging, the error hook."""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.ui import app as ui_app
from lookalike.ui.allocator import release_free_memory
from lookalike.ui.dialogs import ErrorDialog

from .conftest import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def test_demo_screenshot_through_the_entry_point(tmp_path: Path, isolated_home: Path) -> None:
    shot = tmp_path / "shot.png"
    temporary = tmp_path / "tmp"  # the demo's throwaway folder goes here
    temporary.mkdir()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temporary)}
    completed = subprocess.run(
        [sys.executable, "-m", "lookalike", "--demo", "--screenshot", str(shot)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    image = QImage(str(shot))
    assert not image.isNull() and shot.stat().st_size > 10_000
    assert (image.width(), image.height()) == (ui_app.WINDOW_SIZE.width(), ui_app.WINDOW_SIZE.height())
    # The log went to the platform's log folder (under the temporary home), not to the screen.
    log_file = Path(os.environ["XDG_STATE_HOME"]) / "lookalike" / "log" / ui_app.LOG_FILE
    assert "starting" in log_file.read_text()
    assert list(temporary.iterdir()) == []  # its sample pictures, trash and settings all gone


def test_the_language_option_chooses_the_windows_language_for_one_run(tmp_path: Path) -> None:
    """`lookalike --language ja` opens the window in Japanese on a Korean system."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "ko_KR.UTF-8"}
    completed = subprocess.run(
        [sys.executable, "-m", "lookalike", "--language", "ja", "--screenshot", str(tmp_path / "shot.png")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    log_file = Path(os.environ["XDG_STATE_HOME"]) / "lookalike" / "log" / ui_app.LOG_FILE
    assert "language: ja (setting 'ja'" in log_file.read_text()


def test_file_logging_rotates_in_the_log_folder(tmp_path: Path) -> None:
    with ui_app.file_logging(tmp_path / "logs") as log_file:
        logging.getLogger("lookalike.test").warning("hello from the test")
    assert log_file is not None and "hello from the test" in log_file.read_text()
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers)


@pytest.mark.skipif(os.name == "nt", reason="FIFOs and symbolic links without privileges are POSIX")
@pytest.mark.parametrize("in_its_place", ["a link to a picture", "a FIFO"])
def test_a_log_file_that_is_no_file_of_its_own_is_never_written_through_nor_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], in_its_place: str
) -> None:
    """Hostile: where the log file should be stands a symbolic link to a picture, or a FIFO that
    nothing reads. The window starts without its log file, saying so on the terminal: no log line
    goes into the picture, and nothing waits on the FIFO."""
    from lookalike.samples import photo
    from tests.safety.conftest import ends_without_waiting_on

    logs, picture = tmp_path / "logs", tmp_path / "precious.jpg"
    logs.mkdir()
    photo(4, (64, 48)).save(picture)
    before = picture.read_bytes()
    log_file = logs / ui_app.LOG_FILE
    if in_its_place == "a FIFO":
        os.mkfifo(log_file)
    else:
        log_file.symlink_to(picture)
    yielded: list[Path | None] = []

    def start_logging() -> None:
        with ui_app.file_logging(logs) as opened:
            yielded.append(opened)
            logging.getLogger("lookalike.test").warning("a line for the log")

    ends_without_waiting_on(log_file, start_logging, 10, "the log file waits on a FIFO")
    assert yielded == [None] and "cannot write the log" in capsys.readouterr().err
    assert picture.read_bytes() == before


def test_the_error_hook_logs_and_shows_a_copyable_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    previous = sys.excepthook
    with ui_app.error_dialog_hook(show=True):
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
        assert len(dialogs) == 1 and dialogs[0].isVisible()  # shown, not exec'd: nothing blocks
        assert "RuntimeError: boom" in dialogs[0].details.toPlainText()
        dialogs[0].close()
        dialogs[0].deleteLater()
    assert sys.excepthook is previous
    assert "RuntimeError: boom" in caplog.text


VOID_CALLS = 1000


class _Sentinel:
    """A mortal object: unlike None from Python 3.12 on, its reference count moves."""


class _VoidOverride(QObject):
    """Qt calls this void virtual; what the Python override hands back, Qt must release exactly once."""

    def __init__(self, value: object) -> None:
        super().__init__()
        self.value = value

    def customEvent(self, event: QEvent) -> Any:
        return self.value


def _counts_references(value: object) -> bool:
    """False for an immortal object (None from Python 3.12 on, PEP 683): its count never moves."""
    before = sys.getrefcount(value)
    held = [value] * 10
    return sys.getrefcount(value) - before == len(held)


def test_void_qt_calls_keep_the_references_they_owe(qapp: QApplication) -> None:
    """PySide6 6.12.0 returns None from every void Qt call without the reference it owes; on Python
    3.11, where None is mortal, the app aborts (none_dealloc) after a minute of painting, so
    pyproject.toml keeps such a PySide6 off 3.11.

    Where None is mortal its count must survive the calls. Where it is immortal that bug can neither
    harm nor be seen, so the same calls are also checked with a mortal object, on every Python: one
    passed into a void Qt call, and one handed back from a void virtual that Qt calls.
    """
    sentinel = _Sentinel()
    probe = QObject()
    action = QAction()
    action.setData(sentinel)  # the action keeps one reference from here on
    receiver = _VoidOverride(sentinel)
    none_before, sentinel_before = sys.getrefcount(None), sys.getrefcount(sentinel)
    for _ in range(VOID_CALLS):
        probe.setObjectName("probe")
        action.setData(sentinel)
        QCoreApplication.sendEvent(receiver, QEvent(QEvent.Type.User))
    assert sys.getrefcount(sentinel) == sentinel_before
    assert action.data() is sentinel
    if _counts_references(None):
        # Other threads may release a few references to None meanwhile; the bug loses one per call.
        assert none_before - sys.getrefcount(None) < VOID_CALLS // 10


def test_the_demo_pictures_show_every_tier_and_no_false_match(tmp_path: Path) -> None:
    from lookalike.core.models import ScanOptions
    from lookalike.core.scan import scan
    from lookalike.samples import write_demo_folder

    result = scan([write_demo_folder(tmp_path / "demo")], ScanOptions(use_cache=False))
    assert {group.tier.value for group in result.groups} == {"exact", "pixels", "similar"}
    grouped = {m.path.name for group in result.groups for m in group.members}
    assert "forest-edited.jpg" in grouped and not any(name.startswith("screenshot") for name in grouped)


def test_free_memory_goes_back_to_the_system_where_glibc_allocates() -> None:
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert release_free_memory() is glibc
