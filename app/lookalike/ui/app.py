"""Start the window: logging, the error hook, the demo, and the headless screenshot."""

from __future__ import annotations

import io
import logging
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path
from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from lookalike import __version__
from lookalike.core.actions import Trasher, move_to_free_name
from lookalike.core.decisions import DecisionStore
from lookalike.core.opening import open_appending
from lookalike.core.reach import NotAnswering, answered
from lookalike.core.report import output_refusal
from lookalike.samples import write_demo_folder
from lookalike.ui import i18n
from lookalike.ui.autosave import AUTOSAVE_FILE, default_autosave_path
from lookalike.ui.colours import follow_colour_scheme
from lookalike.ui.dialogs import Dialogs, ErrorDialog, HeadlessDialogs
from lookalike.ui.i18n import fill, translate
from lookalike.ui.settings import SettingsStore
from lookalike.ui.window import MainWindow
from lookalike.ui.wording import write_problem

log = logging.getLogger(__name__)

WINDOW_SIZE = QSize(1280, 800)  # of the --screenshot picture; a window on a screen fits that screen
SCREENSHOT_TIMEOUT = 120.0  # seconds for the demo scan and its thumbnails before giving up
LOG_FILE = "lookalike.log"
DESKTOP_ID = "io.github.lookalike.Lookalike"  # resources/lookalike.desktop is installed under this name

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def default_log_dir() -> Path:
    return user_log_path("lookalike", appauthor=False)


def icon_file() -> Path | None:
    """The app's icon as a PNG: in the frozen app (packaging/lookalike.spec puts it in icons/), or in a
    source checkout's resources/. None when neither exists (an installed wheel)."""
    candidates = [Path(__file__).resolve().parents[3] / "resources" / "lookalike.png"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidates.insert(0, Path(bundle) / "icons" / "lookalike.png")
    return next((path for path in candidates if path.is_file()), None)


def set_window_icon(app: QApplication) -> None:
    """Give every window the app's icon: Windows shows Qt's generic one otherwise (the .exe's own icon
    is not used for windows). On macOS the Dock takes the bundle's .icns, sharper than this PNG."""
    if sys.platform == "darwin" and getattr(sys, "frozen", False):
        return
    path = icon_file()
    if path is None:
        log.info("no icon file found; windows keep the default icon")
        return
    app.setWindowIcon(QIcon(str(path)))


class _LogFile(RotatingFileHandler):
    """The rotating log file, opened as the action journal is (core.opening.open_appending): never
    through a link in its place, which would write the log into what it leads to (a picture), nor
    waiting for ever on a FIFO there."""

    _told = False  # that a record could not be written: said once, on stderr

    def _open(self) -> io.TextIOWrapper:
        return open(open_appending(Path(self.baseFilename)), "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        """A record that cannot be written (the log's disk is full) is left out, and that said once on
        stderr, instead of a "--- Logging error ---" traceback each time. Other errors (a record that
        cannot be formatted: a bug) are reported as logging reports them."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
        elif not self._told:
            self._told = True
            print(
                f"lookalike: cannot write the log {self.baseFilename} ({error.strerror or error}); "
                "messages are left out of it while it cannot be written",
                file=sys.stderr,
            )

    def close(self) -> None:
        """Close the file, even when what is still buffered cannot be written to it (a full disk)."""
        with suppress(OSError):
            super().close()


@contextmanager
def file_logging(log_dir: Path) -> Iterator[Path | None]:
    """Log to a rotating file in `log_dir` while the block runs; yields the file (None if impossible)."""
    root = logging.getLogger()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler | None = _LogFile(
            log_dir / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        print(f"lookalike: cannot write the log in {log_dir}: {exc}", file=sys.stderr)
        handler = None
    previous_level = root.level
    if handler is not None:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    try:
        yield log_dir / LOG_FILE if handler else None
    finally:
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
            root.setLevel(previous_level)


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


@contextmanager
def qt_messages_to_logging() -> Iterator[None]:
    """Route Qt's own messages into logging while the block runs."""
    previous = qInstallMessageHandler(_qt_message)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def error_dialog_hook(show: bool) -> Iterator[None]:
    """Log uncaught exceptions; with `show`, also open a non-blocking dialog with a copyable traceback."""
    previous: ExceptHook = sys.excepthook
    dialogs: list[ErrorDialog] = []

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", text)
        if show and QApplication.instance() is not None:
            dialog = ErrorDialog(
                translate("App", "Lookalike ran into a problem"),
                translate(
                    "App",
                    "Something went wrong inside Lookalike. Your files were not touched by this error. "
                    "Please copy the details below into a bug report.",
                ),
                f"Lookalike {__version__}\n{text}",
            )
            dialogs.append(dialog)
            dialog.show()

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def demo_trasher(folder: Path) -> Trasher:
    """The demo's trash: a "trashed" sample picture moves into `folder`, never over another file, and
    never into the person's own Trash."""

    def send(path: str) -> None:
        move_to_free_name(Path(path), folder)

    return send


DEMO_TRASH = "Demo Trash"  # in the demo's scratch folder, beside (not inside) its sample pictures


def demo_trash_note() -> str:
    return translate(
        "App", "These are the demo's sample pictures: they go to its own trash folder, not your Trash."
    )


def scratch_decisions(path: Path) -> DecisionStore:
    """The demo's "not duplicates" store at `path`; in memory when its folder cannot keep one (the
    disk is full): its decisions then say they last until Lookalike closes, as they do anyway."""
    try:
        return DecisionStore(path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("cannot keep the demo's decisions in %s (%s); they are kept in memory", path, exc)
        return DecisionStore.in_memory()


def make_window(log_dir: Path, dialogs: Dialogs | None = None, *, scratch: Path | None = None) -> MainWindow:
    """The window, on the person's settings, decisions, journal, autosave and Trash; with `scratch`
    (--demo, --screenshot), on throwaway ones in that folder instead, which the caller deletes (and
    closes the window's decisions store)."""
    if scratch is None:
        return MainWindow(dialogs=dialogs, log_dir=log_dir, autosave=default_autosave_path())
    window = MainWindow(
        settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat),
        dialogs=dialogs,
        log_dir=log_dir,
        journal=scratch / "actions.jsonl",
        decisions=scratch_decisions(scratch / "decisions.sqlite3"),
        autosave=scratch / AUTOSAVE_FILE,
        trasher=demo_trasher(scratch / DEMO_TRASH),
    )
    window.acting.trash_note = demo_trash_note()
    window.acting.trashed_note = translate(
        "App", "They are in the demo's own trash folder, not in your Trash."
    )
    return window


def demo_samples(window: MainWindow, scratch: Path) -> Path | None:
    """The demo's sample pictures, written in `scratch`; None, and the person told why, when they
    cannot be (the disk is full): the window stays open without them."""
    folder = scratch / "Sample pictures"
    try:
        return write_demo_folder(folder)
    except OSError as exc:
        log.warning("cannot write the demo's sample pictures in %s: %s", folder, exc)
        shutil.rmtree(folder, ignore_errors=True)  # trash-safe: the demo's pictures, in its own temp folder
        window.dialogs.inform(
            translate("App", "The demo's sample pictures cannot be written"),
            fill(
                translate(
                    "App",
                    "Lookalike cannot write the demo's sample pictures in a temporary folder, because %1. "
                    "The window opens without them: add a folder of your own to scan, or make room and "
                    "start the demo again.",
                ),
                write_problem(exc),
            ),
            f"{folder}: {exc}",
        )
        return None


def run_app(
    folders: list[Path], demo: bool = False, screenshot: Path | None = None, language: str = ""
) -> int:
    """Open the window; with `demo`, scan generated sample pictures at once. With `language`
    (`--language`), the window speaks it for this run instead of Settings ▸ Language's choice.

    With `screenshot`, no dialog is shown: the window is rendered after the
    scan (and its thumbnails) finished, saved as a PNG, and the app exits.
    Returns the process exit code.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Lookalike")
    app.setOrganizationName("lookalike")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # the window's icon and name in the task bar (Wayland, GNOME)
    set_window_icon(app)
    follow_colour_scheme(app)
    log_dir = default_log_dir()
    with (
        file_logging(log_dir),
        qt_messages_to_logging(),
        error_dialog_hook(show=screenshot is None),
        tempfile.TemporaryDirectory(prefix="lookalike-demo-") as scratch,
    ):
        log.info("Lookalike %s starting (demo=%s, screenshot=%s)", __version__, demo, screenshot)
        i18n.install(app, language or SettingsStore(QSettings("lookalike", "Lookalike")).language())
        isolated = Path(scratch) if demo or screenshot is not None else None
        window = make_window(log_dir, HeadlessDialogs() if screenshot is not None else None, scratch=isolated)
        if screenshot is not None:
            window.resize(WINDOW_SIZE)  # the same picture whatever the screen
        roots = list(folders)
        window.add_folders(roots)
        window.show()
        if demo and (samples := demo_samples(window, Path(scratch))) is not None:
            window.add_folders([samples])
            roots.append(samples)
        resumed = window.autosave.offer_resume()
        if roots and not resumed:  # a resumed review stays on screen; the folders wait on the start page
            window.start_scan()
        try:
            if screenshot is not None:
                return save_screenshot(window, screenshot, wait_for_scan=bool(roots))
            return app.exec()
        finally:
            window.close()
            window.deleteLater()
            if isolated is not None:
                window.session.decisions.close()
                # Written now, while the folder exists: QSettings writes what it holds when it is
                # deleted, which made the folder again, with a settings.ini, after it was removed.
                window.settings.qsettings.sync()


def save_screenshot(
    window: MainWindow, path: Path, *, wait_for_scan: bool, timeout: float = SCREENSHOT_TIMEOUT
) -> int:
    """Wait for the scan and the visible thumbnails, then save the window as a PNG. Returns an exit code."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    state = {"code": 1, "chosen": False}

    def check() -> None:
        if time.monotonic() > deadline:
            log.error("screenshot: timed out waiting for the scan")
            loop.quit()
            return
        if wait_for_scan and (window.controller.busy or window.review is None):
            return
        if window.review is not None and not state["chosen"]:
            state["chosen"] = True
            window.select_group(showcase_group(window))
            return
        if not window.thumbnails_settled():
            return
        image = window.grab()
        # Held to what an export is held to (report.output_refusal): the PNG is written in place, so
        # never over a picture inside the scanned folders, through a link, or into a FIFO nothing
        # reads (the window's thread waited on it for ever); a drive not answering gets PATIENCE.
        roots = window.review.result.roots if window.review is not None else ()
        try:
            answered(partial(path.parent.mkdir, parents=True, exist_ok=True))
            refusal: object = output_refusal(path, roots)
        except (OSError, NotAnswering) as exc:
            refusal = exc
        if refusal is not None:
            log.error("screenshot: will not write %s: %s", path, getattr(refusal, "value", refusal))
            loop.quit()
            return
        state["code"] = 0 if image.save(str(path), "PNG") else 1
        if state["code"]:
            log.error("screenshot: cannot write %s", path)
        loop.quit()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return int(state["code"])


def showcase_group(window: MainWindow) -> int:
    """The group that shows the most at a glance: similar pictures of several kinds, else the biggest."""
    review = window.review
    if review is None or not review.groups:
        return 0
    return max(
        range(len(review.groups)),
        key=lambda row: (
            review.groups[row].kind.value == "similar",
            len({m.record.fingerprint.format for m in review.groups[row].members}),
            len(review.groups[row].members),
            -row,
        ),
    )
