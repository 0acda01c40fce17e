"""`lookalike FOLDER --screenshot FILE` writes a file the person named, as --json and Export do; it
must be held to what they are held to (report.output_refusal): never written over a picture inside
the scanned folders, never through a link onto a picture, never into a FIFO that nothing reads (the
app would wait for a reader for ever)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lookalike.ui import app as ui_app
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE


def test_a_screenshot_named_as_a_picture_in_the_scanned_folder_is_not_written_over_it(
    qtbot: QtBot, window: MainWindow, photos: Photos
) -> None:
    """`lookalike ~/Pictures --screenshot ~/Pictures/trip/beach.jpg` (a name completed by the shell
    one word too far): the picture was replaced by a PNG of the window, lost."""
    scan_and_wait(qtbot, window, photos.root)
    before = photos.beach.read_bytes()

    code = ui_app.save_screenshot(window, photos.beach, wait_for_scan=True, timeout=30)

    assert photos.beach.read_bytes() == before, "the picture was written over by the screenshot"
    assert code != 0


@pytest.mark.skipif(os.name == "nt", reason="symbolic links without privileges and FIFOs are POSIX")
def test_a_screenshot_is_never_written_through_a_link_onto_a_picture(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    before = photos.city.read_bytes()
    link = tmp_path / "shot.png"
    link.symlink_to(photos.city)

    code = ui_app.save_screenshot(window, link, wait_for_scan=True, timeout=30)

    assert photos.city.read_bytes() == before, "the picture behind the link was written over"
    assert code != 0 and link.is_symlink()


@pytest.mark.skipif(os.name == "nt", reason="FIFOs are POSIX")
def test_a_screenshot_named_as_a_fifo_nothing_reads_is_not_waited_on(
    qtbot: QtBot, window: MainWindow, photos: Photos, tmp_path: Path
) -> None:
    """The window's thread opened the FIFO to write the PNG and waited for a reader, for ever."""
    scan_and_wait(qtbot, window, photos.root)
    fifo = tmp_path / "shot.png"
    os.mkfifo(fifo)
    held = 4.0

    # So that the test ends should the app wait: a reader after `held` seconds, another process (the
    # window's thread holds Python's lock while Qt writes: no thread of this one could read).
    reader = subprocess.Popen(["sh", "-c", f'sleep {held}; exec cat "$0" > /dev/null', str(fifo)])
    started = time.monotonic()
    code = ui_app.save_screenshot(window, fifo, wait_for_scan=True, timeout=30)
    took = time.monotonic() - started
    if reader.poll() is None:  # never opened: give it its writer, and it ends
        time.sleep(held)
        os.close(os.open(fifo, os.O_RDWR | os.O_NONBLOCK))
    reader.wait(10)

    assert took < held, f"the screenshot waited {took:.1f} s on a FIFO nothing reads"
    assert code != 0
