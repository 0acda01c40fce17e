"""Starting the app: the demo screenshot through the real entry point, logging, the error hook."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.ui import app as ui_app
from lookalike.ui.dialogs import ErrorDialog

from .conftest import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def test_demo_screenshot_through_the_entry_point(tmp_path: Path, isolated_home: Path) -> None:
    shot = tmp_path / "shot.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
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


def test_file_logging_rotates_in_the_log_folder(tmp_path: Path) -> None:
    with ui_app.file_logging(tmp_path / "logs") as log_file:
        logging.getLogger("lookalike.test").warning("hello from the test")
    assert log_file is not None and "hello from the test" in log_file.read_text()
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers)


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


def test_void_qt_calls_keep_none_alive() -> None:
    """PySide6 6.12.0 drops a reference to None per void call; on Python 3.11 the app then aborts
    (none_dealloc) after a minute of painting. pyproject.toml keeps such a PySide6 off 3.11."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("x")
    if sys.version_info < (3, 12):  # from 3.12 on None is immortal and its count means nothing
        assert sys.getrefcount(None) >= before


def test_the_demo_pictures_show_every_tier_and_no_false_match(tmp_path: Path) -> None:
    from lookalike.core.models import ScanOptions
    from lookalike.core.scan import scan
    from lookalike.samples import write_demo_folder

    result = scan([write_demo_folder(tmp_path / "demo")], ScanOptions(use_cache=False))
    assert {group.tier.value for group in result.groups} == {"exact", "pixels", "similar"}
    grouped = {m.path.name for group in result.groups for m in group.members}
    assert "forest-edited.jpg" in grouped and not any(name.startswith("screenshot") for name in grouped)
