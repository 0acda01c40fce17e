"""Saving and opening reviews, exporting results: the file dialogs and what goes into the files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lookalike.core import report
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.review import SessionError
from lookalike.ui.session import ReviewSession


class ResultFiles(QObject):
    """Save/open a review, export JSON or CSV. Each returns whether it did it.

    Signals:
        saved: a sentence saying where the file went.
    """

    saved = Signal(str)

    def __init__(self, session: ReviewSession, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.dialogs = session, dialogs

    def save_review(self) -> bool:
        if self.session.review is None:
            return False
        path = self.dialogs.save_file("Save review", "lookalike-review.json", "Lookalike review (*.json)")
        return path is not None and self._write(path, self.session.session_text())

    def open_review(self) -> bool:
        path = self.dialogs.open_file("Open review", "Lookalike review (*.json)")
        if path is None:
            return False
        try:
            self.session.open_text(path.read_text(encoding="utf-8"))
        except (OSError, SessionError) as exc:
            self.dialogs.inform("Cannot open the review", f"{path} cannot be opened: {exc}")
            return False
        return True

    def export_json(self) -> bool:
        review = self.session.review
        if review is None:
            return False
        path = self.dialogs.save_file("Export results as JSON", "lookalike-results.json", "JSON (*.json)")
        return path is not None and self._write(path, report.to_json(review.marked_result()))

    def export_csv(self) -> bool:
        review = self.session.review
        if review is None:
            return False
        path = self.dialogs.save_file("Export results as CSV", "lookalike-results.csv", "CSV (*.csv)")
        return path is not None and self._write(path, report.to_csv(review.marked_result()))

    def _write(self, path: Path, text: str) -> bool:
        try:
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self.dialogs.inform("Cannot save", f"{path} cannot be written: {exc.strerror or exc}")
            return False
        self.saved.emit(f"Saved {path}.")
        return True
