"""Saving and opening reviews, exporting results: the file dialogs and what goes into the files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lookalike.core import report
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import fill
from lookalike.ui.review import SessionError
from lookalike.ui.session import ReviewSession
from lookalike.ui.wording import reason_words


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
        path = self.dialogs.save_file(
            self.tr("Save review"), "lookalike-review.json", self.tr("Lookalike review (*.json)")
        )
        return path is not None and self._write(path, self.session.session_text())

    def open_review(self) -> bool:
        path = self.dialogs.open_file(self.tr("Open review"), self.tr("Lookalike review (*.json)"))
        if path is None:
            return False
        try:
            self.session.open_text(path.read_text(encoding="utf-8"))
        except (OSError, SessionError) as exc:
            why = reason_words(exc.reason) if isinstance(exc, SessionError) else exc
            self.dialogs.inform(
                self.tr("Cannot open the review"), fill(self.tr("%1 cannot be opened: %2"), path, why)
            )
            return False
        return True

    def export_json(self) -> bool:
        review = self.session.review
        if review is None:
            return False
        path = self.dialogs.save_file(
            self.tr("Export results as JSON"), "lookalike-results.json", "JSON (*.json)"
        )
        return path is not None and self._write(path, report.to_json(review.marked_result()))

    def export_csv(self) -> bool:
        review = self.session.review
        if review is None:
            return False
        path = self.dialogs.save_file(
            self.tr("Export results as CSV"), "lookalike-results.csv", "CSV (*.csv)"
        )
        return path is not None and self._write(path, report.to_csv(review.marked_result()))

    def _write(self, path: Path, text: str) -> bool:
        try:
            path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self.dialogs.inform(
                self.tr("Cannot save"), fill(self.tr("%1 cannot be written: %2"), path, exc.strerror or exc)
            )
            return False
        self.saved.emit(fill(self.tr("Saved %1."), path))
        return True
