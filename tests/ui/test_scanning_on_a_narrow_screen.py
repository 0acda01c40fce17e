"""On a screen 614 pixels wide (768 at 125 % scaling: a laptop turned upright), and on one of 457 (a
small tablet upright), the window stays within the screen while it scans, in every language: the
scan's progress, its counts and Stop are all in sight; and no line of the start page's words is cut
off, before the scan or during it (the page scrolls when the window is shorter than it needs).

The window once took 713 pixels in Japanese there (and 860 in English), before a picture was read:
the results page, not shown, held the page of folders and progress as wide as its list and grid.
Each case renders the window as `lookalike --demo` makes it (app.make_window and its sample pictures)
in its own process on such an offscreen screen (as test_fits_the_screen does), holds the scan at each
of its phases with long counts, and measures; run this module with
`python -m tests.ui.test_scanning_on_a_narrow_screen LANGUAGE OUT_DIR` on such a screen to get the
same measures and pictures of it (screen-discover.png, screen-fingerprint.png, screen-match.png).
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from lookalike.core.models import Phase, Progress

from .conftest import OFFSCREEN_NOISE
from .test_fits_the_screen import inside, measured_on_screen, processed_until

pytestmark = OFFSCREEN_NOISE

# Screens as wide as the window's pages must fit while scanning: a laptop turned upright at 125 %, and a
# small tablet upright at 175 %, where the English sentence under the sensitivity slider, kept on one
# line, held the page 508 pixels wide.
NARROW = {"614": (768, 1366, "1.25"), "457": (800, 1280, "1.75")}
# What the scan reports while it is held, phase by phase: counts as long as a large collection's.
HELD_AT: dict[str, list[Progress]] = {
    "discover": [Progress(Phase.DISCOVER, 1_234_567, 0)],
    "fingerprint": [
        Progress(Phase.FINGERPRINT, 1_000, 2_345_678),
        Progress(Phase.FINGERPRINT, 234_567, 2_345_678),
    ],
    "match": [Progress(Phase.MATCH, 45, 100)],
}
SHOWN = ("progress words", "progress details", "progress bar", "stop")


def render(language: str, screen: tuple[int, int, str], out_dir: Path) -> dict[str, Any]:
    """Run `main` below in a fresh process on `screen`; returns what it measured."""
    return measured_on_screen(
        "tests.ui.test_scanning_on_a_narrow_screen", [language, str(out_dir)], screen, out_dir
    )


@pytest.mark.parametrize(
    ("width", "language"),
    [("614", "ja"), ("614", "en"), ("614", "ko"), ("614", "zh_CN"), ("457", "ja"), ("457", "en")],
)
def test_the_window_stays_on_a_narrow_screen_while_it_scans(
    tmp_path: Path, width: str, language: str
) -> None:
    measured = render(language, NARROW[width], tmp_path)
    area = measured["available"]
    assert area[:3] == [0, 0, int(width)]
    for phase, seen in measured["phases"].items():
        assert seen["words"], phase  # the phase was shown before it was measured
        assert seen["window_frame"][2] <= area[2], (phase, seen["window_frame"], seen["words"])
        for name in SHOWN:
            assert inside(seen["widgets"][name], area), (phase, name, seen["widgets"][name])
    assert not measured["before the scan"]["cut"], measured["before the scan"]
    for phase, seen in measured["phases"].items():
        assert not seen["cut"], (phase, seen["cut"])  # the drop hint's last line, in Japanese, 457 wide
    fingerprint = measured["phases"]["fingerprint"]
    assert "2,345,678" in fingerprint["words"] and fingerprint["details"]  # the rate and the time left


# ---- the rendering process --------------------------------------------------------------------------


def _rect(widget: Any) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height()]


def cut_words(page: Any) -> list[str]:
    """The start page's wrapped words shown shorter than their lines need: a line cut off."""
    from PySide6.QtWidgets import QLabel

    return [
        label.text()
        for label in page.findChildren(QLabel)
        if label.wordWrap()
        and label.isVisibleTo(page)
        and label.height() < label.heightForWidth(label.width())
    ]


def main(arguments: list[str]) -> int:
    """Open the demo's window and scan its pictures, the scan held at each phase to measure the window."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from lookalike.ui import controller, i18n
    from lookalike.ui.app import demo_samples, make_window
    from lookalike.ui.dialogs import HeadlessDialogs

    language, out = arguments
    out_dir, app = Path(out), QApplication([])
    i18n.install(app, language)
    reached: queue.Queue[str] = queue.Queue()
    go_on = threading.Event()
    scan = controller.scan_and_suggest

    def held_scan(*args: Any, **kwargs: Any) -> Any:
        *_, report, _cancelled = args
        for phase, reports in HELD_AT.items():
            for progress in reports:
                report(progress)
                time.sleep(0.4)  # the rate counts after a moment
            reached.put(phase)
            go_on.wait()
            go_on.clear()
        return scan(*args, **kwargs)

    controller.scan_and_suggest = held_scan  # type: ignore[assignment]
    scratch = Path(tempfile.mkdtemp(dir=out_dir))
    window = make_window(out_dir / "logs", HeadlessDialogs(), scratch=scratch)
    wait_until = partial(processed_until, app)

    def settle(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        wait_until(lambda: time.monotonic() > deadline)

    window.show()
    samples = demo_samples(window, scratch)
    assert samples is not None
    window.add_folders([samples])
    start, screen = window.start, app.primaryScreen()
    wait_until(lambda: not start.adding())
    settle(0.3)
    before = {"cut": cut_words(start)}
    screen.grabWindow(0).save(str(out_dir / "screen-start.png"))
    assert window.start_scan()
    phases: dict[str, Any] = {}
    for _ in HELD_AT:
        wait_until(lambda: not reached.empty())
        phase = reached.get()
        settle(0.3)  # the last report shown, the window laid out again
        frame = window.frameGeometry()
        phases[phase] = {
            "cut": cut_words(start),
            "words": start.progress_label.text(),
            "details": start.progress_details.text(),
            "window_frame": [frame.x(), frame.y(), frame.x() + frame.width(), frame.y() + frame.height()],
            "widgets": {
                name: _rect(widget)
                for name, widget in zip(
                    SHOWN,
                    (start.progress_label, start.progress_details, start.progress_bar, start.stop_button),
                    strict=True,
                )
            },
        }
        screen.grabWindow(0).save(str(out_dir / f"screen-{phase}.png"))
        go_on.set()
    wait_until(lambda: window.review is not None and not window.controller.busy)
    available = screen.availableGeometry()
    measures = {
        "available": [available.x(), available.y(), available.right() + 1, available.bottom() + 1],
        "phases": phases,
        "before the scan": before,
    }
    (out_dir / "measures.json").write_text(json.dumps(measures), encoding="utf-8")
    window.close()
    window.shutdown()
    window.session.decisions.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
