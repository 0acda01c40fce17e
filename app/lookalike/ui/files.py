"""Saving and opening reviews, exporting results: the file dialogs and what goes into the files."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lookalike.core import report
from lookalike.core.reach import NotAnswering, answered
from lookalike.display_names import display_name
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import fill
from lookalike.ui.review import Review, SessionError, frozen_copy, load_session, review_text, session_json
from lookalike.ui.session import ReviewSession
from lookalike.ui.tasks import wait_painting
from lookalike.ui.wording import reason_words


def _identity(path: Path) -> tuple[int, ...] | None:
    """What tells the file at `path` apart from one written there since (written whole, by a rename:
    another inode), None where it cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class ResultFiles(QObject):
    """Save/open a review, export JSON or CSV. Each returns whether it did it.

    Signals:
        saved: a sentence saying where the file went.
    """

    saved = Signal(str)

    def __init__(self, session: ReviewSession, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.dialogs = session, dialogs
        self._written = 0  # files written so far

    def save_review(self) -> bool:
        """Save the review, as it stands once the person chose the file, to that file. It then holds
        no unsaved work, unless it changed while the file was written (ReviewSession.mark_saved)."""
        if self.session.review is None:
            return False
        path = self.dialogs.save_file(
            self.tr("Save review"), "lookalike-review.json", self.tr("Lookalike review (*.json)")
        )
        # The review on screen now, not when the dialog opened: the window ran while it was open (a
        # regrouping that ended put another review in place), and `changes` counts that one's.
        review = self.session.review
        if path is None or review is None:
            return False
        changes, copy = self.session.changes, frozen_copy(review)
        if not self._write(path, lambda: session_json(copy)):
            return False
        self.session.mark_saved(changes)
        return True

    def open_review(self, may_replace: Callable[[], bool] = lambda: True) -> bool:
        """Open a saved review in place of the one on screen, once it is read, and once `may_replace()`
        (asking over unsaved work: Autosave.may_replace) lets it."""
        path = self.dialogs.open_file(self.tr("Open review"), self.tr("Lookalike review (*.json)"))
        if path is None:
            return False
        opening = fill(self.tr("Opening %1…"), display_name(path.name))

        def read_it() -> tuple[tuple[int, ...] | None, Review]:
            # The look is given reach.PATIENCE, as Export's: on a drive that stopped answering the
            # note "Opening…", which has nothing to press, stayed as long as the drive.
            return answered(partial(_identity, path)), load_session(review_text(path))

        try:
            read, review = wait_painting(read_it, opening)
        except NotAnswering:
            silent = self.tr(
                "its folder does not answer (a drive that stopped answering?); choose another place"
            )
            self.dialogs.inform(
                self.tr("Cannot open the review"),
                fill(self.tr("%1 cannot be opened: %2"), display_name(path), silent),
            )
            return False
        except (OSError, SessionError) as exc:
            why = reason_words(exc.reason) if isinstance(exc, SessionError) else exc.strerror or exc
            self.dialogs.inform(
                self.tr("Cannot open the review"),
                fill(self.tr("%1 cannot be opened: %2"), display_name(path), why),
            )
            return False
        written = self._written
        if not may_replace():
            return False
        # Save… (asked over unsaved marks) may have written over that very file: the review read from
        # it is then in no file, and stays unsaved work (autosaved, asked about at closing). Looked at
        # only when something was saved meanwhile (the drive answered that save), for reach.PATIENCE at
        # most: a drive silent by then counts as written over.
        replaced = self._written != written and wait_painting(
            partial(self._changed_since, path, read), opening
        )
        self.session.show(review, unsaved=replaced)
        return True

    @staticmethod
    def _changed_since(path: Path, read: tuple[int, ...] | None) -> bool:
        try:
            return answered(partial(_identity, path)) != read
        except NotAnswering:
            return True

    def export_json(self) -> bool:
        review = self.session.review
        if review is None:
            return False
        path = self.dialogs.save_file(
            self.tr("Export results as JSON"), "lookalike-results.json", "JSON (*.json)"
        )
        if path is None:
            return False
        copy = frozen_copy(review)
        return self._write(path, lambda: report.to_json(copy.marked_result()))

    def export_csv(self) -> bool:
        review = self.session.review
        if review is None:
            return False
        path = self.dialogs.save_file(
            self.tr("Export results as CSV"), "lookalike-results.csv", "CSV (*.csv)"
        )
        if path is None:
            return False
        copy = frozen_copy(review)
        return self._write(path, lambda: report.to_csv(copy.marked_result()))

    def _write(self, path: Path, text_of: Callable[[], str]) -> bool:
        """Write what `text_of` makes to `path`, both off the GUI thread (seconds at 50,000 groups),
        of a frozen copy of the review: marks the window's timers change meanwhile are not in it.
        Written whole or not at all (a temporary file, then a rename), never through a link or over
        anything but a regular file, and never over a file inside the scanned folders, though the
        file dialog asked whether to replace it: it might be one of the pictures."""
        review = self.session.review
        roots = review.result.roots if review is not None else ()
        writing = fill(self.tr("Writing %1…"), display_name(path.name))
        # Off the GUI thread: over a file there, the scanned folders are looked at (reach.PATIENCE).
        try:
            refusal = wait_painting(lambda: report.output_refusal(path, roots), writing)
        except OSError as exc:  # a name too long, a folder above it shut: said, not a traceback
            self.dialogs.inform(
                self.tr("Cannot save"),
                fill(self.tr("%1 cannot be written: %2"), display_name(path), exc.strerror or exc),
            )
            return False
        if refusal is not None:
            why = {
                report.OutputRefusal.NO_FOLDER: self.tr("there is no such folder"),
                report.OutputRefusal.FOLDER_SILENT: self.tr(
                    "its folder does not answer (a drive that stopped answering?); choose another place"
                ),
                report.OutputRefusal.NOT_A_FILE: self.tr(
                    "something other than a file has that name (a link, a folder); choose another name"
                ),
                report.OutputRefusal.INSIDE_SCANNED: self.tr(
                    "a file of that name is inside a scanned folder and might be one of your pictures; "
                    "choose another name or place"
                ),
                report.OutputRefusal.SCANNED_FOLDER_SILENT: self.tr(
                    "a file of that name is there, and a scanned folder does not answer, so it might be "
                    "one of your pictures; choose another name or place"
                ),
            }[refusal]
            self.dialogs.inform(
                self.tr("Cannot save"), fill(self.tr("%1 cannot be written: %2"), display_name(path), why)
            )
            return False

        def write() -> None:
            report.write_atomically(path, text_of())

        try:
            wait_painting(write, writing)
        except OSError as exc:
            self.dialogs.inform(
                self.tr("Cannot save"),
                fill(self.tr("%1 cannot be written: %2"), display_name(path), exc.strerror or exc),
            )
            return False
        self._written += 1
        self.saved.emit(fill(self.tr("Saved %1."), display_name(path)))
        return True
