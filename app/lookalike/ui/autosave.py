"""Never losing a review: it is autosaved while the person works, offered back at the next start, and
closing over unsaved work asks first (Save… / Discard / Cancel).

The autosave is the session file (as `session_json` writes it) in Lookalike's data
folder, written whole or not at all. It exists only while there is unsaved work: saving, discarding
or a clean close removes it, so one found at start means a run ended without the person deciding.
Resuming it is safe even when it is stale: the act path checks every file again.

Each window keeps its own autosave and locks it (a QLockFile, "<file>.lock") while it runs:
`autosave-review.json` for the first, `autosave-review-<pid>-<random>.json` beside it for a window
started while that one runs. At start a window offers back only an autosave that no running window
locks (its window crashed), and removes only its own or one the person declined or resumed: a second
window never offers, overwrites or deletes the review of a window still open.

Writing 10,000 groups takes about half a second, so a copy of the review (a few milliseconds) goes
to one worker thread, which writes it; writes and removals run one at a time, in order, and changes
made meanwhile are written once the write under way is done.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QLockFile, QObject, QThreadPool, QTimer, Signal

from lookalike.core.report import write_atomically
from lookalike.ui.dialogs import Dialogs, UnsavedChoice
from lookalike.ui.files import ResultFiles
from lookalike.ui.i18n import fill, moment_text
from lookalike.ui.review import Review, SessionError, frozen_copy, load_session, review_text, session_json
from lookalike.ui.session import ReviewSession
from lookalike.ui.tasks import BackgroundTask, CancelCheck, wait_painting
from lookalike.ui.wording import reason_words

log = logging.getLogger(__name__)

AUTOSAVE_FILE = "autosave-review.json"
AUTOSAVE_DELAY_MS = 2000  # after the last switched mark; other changes are written at once
# An empty lock file at least this old, that no window holds, was left by a power cut (see lock_of).
EMPTY_LOCK_AGE_S = 10.0


def default_autosave_path() -> Path:
    """Where the person's review is autosaved: next to the decisions and the journal."""
    return user_data_path("lookalike", appauthor=False) / AUTOSAVE_FILE


def lock_of(path: Path) -> QLockFile | None:
    """The lock a running window holds on its autosave `path`; stale once that window's process is
    gone. None when what is at the lock's name is no regular file: QLockFile reads one it finds there
    to tell whether it is stale, and a FIFO put there held the window's start for good."""
    name = f"{path}.lock"
    try:
        status = os.lstat(name)
        if not stat.S_ISREG(status.st_mode):
            log.warning("%s is no regular file: not used as a lock", name)
            return None
        _clear_empty_lock(name, status)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("cannot look at %s: %s", name, exc)
        return None
    lock = QLockFile(name)
    lock.setStaleLockTime(0)  # never stale by age alone: a window may stay open for days
    return lock


def _clear_empty_lock(name: str, status: os.stat_result) -> None:
    """Remove the lock file `name` (`status`: its lstat) when it is empty, not new, and no process holds
    it: a power cut soon after a window made it leaves it so (its autosave, synced, survives). It names
    no process, so Qt never takes it for stale (no age limit here), and that window's review was never
    offered again. A window holds its lock (flock) from the moment it makes it, before writing in it."""
    if os.name != "posix" or status.st_size or time.time() - status.st_mtime < EMPTY_LOCK_AGE_S:
        return
    import fcntl

    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: a window that runs
            return
        now = os.fstat(fd)
        if now.st_size or not os.path.samestat(now, status) or not os.path.samestat(now, os.lstat(name)):
            return
        log.warning("%s is empty and no window holds it (a power cut): removed", name)
        os.unlink(name)  # trash-safe: an empty lock file of the app's own, which no window holds
    except OSError as exc:
        log.warning("cannot look at %s: %s", name, exc)
    finally:
        os.close(fd)


def own_autosave(path: Path) -> tuple[Path, QLockFile | None]:
    """This window's autosave and its lock: `path`, or a file beside it when a running window locks
    `path`. Unlocked when no lock can be made there (no usable data folder: writing it says so)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return path, None
    for candidate in (path, beside(path)):
        lock = lock_of(candidate)
        if lock is None:  # something else in its place: the next name
            continue
        if lock.tryLock(0):
            return candidate, lock
        if lock.error() is not QLockFile.LockError.LockFailedError:  # no lock can be made here at all
            return candidate, None
    return candidate, None  # a running window locks that one too: never seen, as the name is random


def beside(path: Path) -> Path:
    """A name of a window's own beside the first window's autosave `path`, which no other window has."""
    return path.with_name(f"{path.stem}-{os.getpid()}-{secrets.token_hex(4)}{path.suffix}")


def store(path: Path, review: Review | None) -> str:
    """Write `review` to `path`, or remove `path` when None. Returns what went wrong, or ""."""
    try:
        if review is None:
            path.unlink(missing_ok=True)  # trash-safe: the app's own autosave file
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, session_json(review))
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return ""


class Autosave(QObject):
    """Keeps the session's unsaved review in a file of this window's own, found from `path` (None: no
    autosave), offers back one a crashed window left, and decides with the person whether the window
    may close.

    Signals:
        close_resumed: the window was closed while the review was being saved, and that save is now
            done: close it again (asking over what is still unsaved).
    """

    close_resumed = Signal()

    def __init__(
        self,
        path: Path | None,
        session: ReviewSession,
        files: ResultFiles,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.files, self.dialogs = session, files, dialogs
        self.base = path  # the first window's autosave; the others' are beside it
        self.path: Path | None = None  # this window's own autosave
        self._lock: QLockFile | None = None  # held on it while the window runs
        if path is not None:
            self.path, self._lock = own_autosave(path)
        self._closed = False  # the person let the window close: write nothing more
        self._saving = False  # File ▸ Save review… is writing the review
        self._close_waits = False  # and the window was closed meanwhile: closed once it is done
        self._warned = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one write or removal at a time, in order
        self._storing = False  # a write or removal is under way
        self._writing = False  # and it writes the review (not removes the autosave)
        self._again = False  # and the review changed since it started
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        session.marks_changed.connect(self._timer.start)  # restarted by each mark: written once they rest
        session.reviewed_changed.connect(self._timer.start)
        session.review_replaced.connect(self._on_review_changed)
        session.groups_changed.connect(self._on_review_changed)

    def _on_review_changed(self, *_details: object) -> None:
        self.write_now()

    def write_now(self) -> None:
        """Write the review (off the GUI thread) if it holds unsaved work; else remove the autosave."""
        self._timer.stop()
        if self.path is None or self._closed:
            return
        if self._storing:
            self._again = True
            return
        self._again, self._storing = False, True
        review = self.session.review if self.session.unsaved else None
        path, copy = self.path, frozen_copy(review) if review is not None else None
        self._writing = copy is not None

        def work(_report: Callable[[object], None], _cancelled: CancelCheck) -> str:
            return store(path, copy)

        task = BackgroundTask(
            "autosave", work, on_success=self._on_stored, on_failure=self._on_failed, parent=self
        )
        task.start(self._pool)

    def _on_stored(self, problem: str) -> None:
        self._storing = False
        if problem and not self._warned:  # once: the data folder stays unusable for a while
            log.warning("cannot autosave the review: %s", problem)
            self._warned = True
            if self._writing:  # the person counts on the autosave: tell them it is not there
                self.dialogs.inform(
                    self.tr("Your review cannot be autosaved"),
                    self.tr(
                        "Lookalike cannot keep a copy of your marks in its data folder, so a crash or a "
                        "power cut would lose them. File ▸ Save review… keeps them in a file of your choice."
                    ),
                    problem,
                )
        if self._again:
            self.write_now()

    def _on_failed(self, _details: str) -> None:  # a bug, logged by the task
        self._on_stored("")

    def finish(self) -> None:
        """Wait for the write or removal under way (closing, tests)."""
        self._pool.waitForDone()

    def remove(self, path: Path | None = None) -> None:
        """Remove this window's autosave (or `path`, one it offered), once the writes under way are done."""
        self.finish()
        path = path or self.path
        if path is not None:
            problem = store(path, None)
            if problem:
                log.warning("cannot remove the autosaved review %s", problem)

    def left_behind(self) -> list[tuple[Path, QLockFile | None]]:
        """The autosaves of windows that ended without saving or discarding, newest first, each now
        locked by this window: its own file, and those beside it that no running window locks."""
        base, own = self.base, self.path
        if base is None or own is None:
            return []
        found: list[tuple[float, Path, QLockFile | None]] = []
        try:
            with os.scandir(base.parent) as entries:
                names = [
                    entry.name
                    for entry in entries
                    if entry.name == base.name
                    or (entry.name.startswith(f"{base.stem}-") and entry.name.endswith(base.suffix))
                ]
            for name in names:
                path = base.with_name(name)
                lock = self._lock if path == own else lock_of(path)
                # A running window's, or one whose lock is no file (who holds it cannot be told).
                if path != own and (lock is None or not lock.tryLock(0)):
                    continue
                try:
                    if path.is_file():
                        found.append((path.stat().st_mtime, path, lock))
                        continue
                except OSError as exc:
                    log.warning("cannot read the autosaved review %s: %s", path, exc)
                self._let_go(lock)
        except OSError as exc:  # its folder cannot be searched: nothing to offer
            log.warning("cannot look for an autosaved review in %s: %s", base.parent, exc)
            for _when, _path, lock in found:
                self._let_go(lock)
            return []
        return [(path, lock) for _when, path, lock in sorted(found, key=lambda item: item[0], reverse=True)]

    def _let_go(self, lock: QLockFile | None) -> None:
        """Unlock another window's autosave this window looked at; its own stays locked."""
        if lock is not None and lock is not self._lock:
            lock.unlock()

    def offer_resume(self) -> bool:
        """At start: offer the newest review autosaved by a window that ended without saving or
        discarding it. Yes opens it (still unsaved, now this window's autosave); no deletes it; the
        others stay for a later start. True when resumed."""
        found = self.left_behind()
        resumed: bool | None = None
        try:
            for path, lock in found:
                resumed = self._offer(path, lock)
                if resumed is not None:
                    break
            return bool(resumed)
        finally:
            for _path, lock in found:
                self._let_go(lock)
            if not resumed:
                self._leave_for_later([path for path, _lock in found])

    def _leave_for_later(self, offered: list[Path]) -> None:
        """When this window's own file still holds a review a crashed window left (not offered, as a
        newer one was declined, or unreadable), write this window's review beside it instead: its first
        autosave wrote over that review, which "stays for a later start"."""
        own, base = self.path, self.base
        if own is None or base is None or own not in offered or not own.is_file():
            return
        fresh = beside(base)
        lock = lock_of(fresh)
        if lock is not None and not lock.tryLock(0):
            lock = None  # written unlocked rather than over the review left there
        self.finish()
        self._let_go_own()  # the review left there is another window's: offered at a later start
        self.path, self._lock = fresh, lock

    def _offer(self, path: Path, lock: QLockFile | None) -> bool | None:
        """Offer the autosave `path`: True when resumed, False when declined (deleted), None when there
        was nothing to offer (unreadable: left alone; damaged: reported and deleted)."""
        try:
            text = review_text(path)
            kept_at = datetime.fromtimestamp(path.stat().st_mtime)
        except (OSError, SessionError) as exc:  # unreadable, or swapped for what is no file: left alone
            log.warning("cannot read the autosaved review %s: %s", path, exc)
            return None
        try:
            review = wait_painting(lambda: load_session(text), self.tr("Opening your last review…"))
        except SessionError as exc:
            log.warning("the autosaved review %s cannot be opened: %s", path, exc)
            self.dialogs.inform(
                self.tr("Your last review cannot be resumed"),
                fill(self.tr("Its autosaved copy is damaged: %1"), reason_words(exc.reason)),
            )
            self.remove(path)
            return None
        when = moment_text(kept_at)
        if not self.dialogs.confirm(
            self.tr("Resume your last review?"),
            fill(
                self.tr(
                    "Lookalike closed before your last review was saved. Its copy from %1 holds %n group(s) "
                    "of duplicates with your KEEP and DELETE marks.",
                    "",
                    len(review.groups),
                ),
                when,
            ),
            self.tr(
                "Every file is checked again before anything is moved. If you do not resume it, this copy "
                "is deleted."
            ),
            ok=self.tr("Resume"),
        ):
            self.remove(path)
            return False
        if path != self.path:  # take it over: the review now autosaves there; this window's own file
            self.finish()  # (none, or an older crashed review) is left for a later start
            self._let_go_own()
            self.path, self._lock = path, lock
        note = fill(
            self.tr("Resumed your review from %1: every file is checked again before anything is moved."),
            when,
        )
        self.session.show(review, note=note, unsaved=True)
        return True

    def save_review(self) -> bool:
        """Save the review to a file the person chooses; it then holds no unsaved work, unless it
        changed while the file was written: that stays unsaved, and autosaved. A close asked for
        meanwhile (the title bar's button: the window's timers and windows run while it writes) is
        decided once the save is done."""
        saving, self._saving = self._saving, True
        try:
            saved = self.files.save_review()
        finally:  # also when the save ends in a bug (the error hook tells): the close is still asked for
            self._saving = saving
            if self._close_waits and not self._saving:
                QTimer.singleShot(0, self, self._resume_close)  # once whoever asked for this save is done
        if saved:
            self.write_now()  # removes the autosave, or writes what changed meanwhile
        return saved

    def _resume_close(self) -> None:
        if self._close_waits and not self._closed and not self._saving:
            self._close_waits = False
            self.close_resumed.emit()

    def _ask_until_saved(self, title: str, text: str, details: str, *, closing: bool = False) -> bool:
        """Over unsaved work, ask Save… / Discard / Cancel: whether the person let it go, saved or
        discarded. Asked again when the review changed while it was saved (that change is in no file).
        A close asked for while it saved goes on afterwards (close_resumed), unless this is `closing`'s
        question: that answers it."""
        while self.session.unsaved:
            choice = self.dialogs.ask_unsaved(title, text, details)
            if choice is UnsavedChoice.DISCARD:
                return True
            saved = choice is UnsavedChoice.SAVE and self.save_review()
            if closing:
                self._close_waits = False  # a close asked for while saving: this question answers it
            if not saved:
                self.write_now()  # staying: the autosave holds the very latest marks
                return False
        return True

    def may_replace(self, *, by_opening: bool = False) -> bool:
        """Whether a new scan (or, `by_opening`, a review opened) may replace the review on screen.
        Over unsaved work, asks Save… / Discard / Cancel, as closing does (_ask_until_saved)."""
        if not self.session.unsaved:
            return True
        if by_opening:
            title = self.tr("Save your review before opening another?")
            text = self.tr(
                "Opening a review replaces this one. Your KEEP and DELETE marks in it, and which groups "
                "you reviewed, are not saved: opening another without saving loses them."
            )
        else:
            title = self.tr("Save your review before scanning again?")
            text = self.tr(
                "A new scan replaces this review. Your KEEP and DELETE marks in it, and which groups you "
                "reviewed, are not saved: scanning without saving loses them."
            )
        return self._ask_until_saved(
            title,
            text,
            self.tr(
                "Save… keeps the review in a file that File ▸ Open review… opens again. Pictures marked "
                "“not duplicates” are remembered either way."
            ),
        )

    def may_close(self) -> bool:
        """Whether the window may close now. Over unsaved work, asks Save… / Discard / Cancel. Not
        while the review is being saved: the window is closed once that is done (close_resumed)."""
        if self._closed:
            return True
        if self._saving:  # what the file will hold, and whether it is written at all, is not yet known
            self._close_waits = True
            return False
        self._close_waits = False
        if not self._ask_until_saved(
            self.tr("Save your review before closing?"),
            self.tr(
                "Your KEEP and DELETE marks in this review, and which groups you reviewed, are not "
                "saved. Closing without saving loses them."
            ),
            self.tr(
                "Save… keeps the review in a file that File ▸ Open review… opens again. Pictures marked "
                "“not duplicates” are remembered either way."
            ),
            closing=True,
        ):
            return False
        self._closed = True
        self.remove()
        self._let_go_own()
        return True

    def _let_go_own(self) -> None:
        """Unlock this window's own autosave: at close, or on taking over a resumed one."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
