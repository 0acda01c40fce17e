"""Marks set on many groups at once: which groups, a preview of the counts, then one undoable change.

The marks themselves are review.bulk_marks' (Qt-free, tested on its own); this module asks for the
folder, shows the preview, and hands the change to the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject

from lookalike.ui.dialogs import Dialogs
from lookalike.ui.results_page import ResultsPage
from lookalike.ui.review import BulkMark, BulkMarks, bulk_marks
from lookalike.ui.session import ReviewSession

TITLES = {
    BulkMark.RULES: "Mark by the keep rules",
    BulkMark.KEEP_ALL: "Keep all",
    BulkMark.INVERT: "Invert marks",
    BulkMark.DELETE_UNDER: "Mark everything under a folder DELETE",
    BulkMark.KEEP_UNDER: "Keep everything under a folder",
}


def count(number: int, word: str, many: str = "") -> str:
    """ "1 file", "1,234 files", with the person's digit grouping."""
    return f"{QLocale().toString(number)} {word if number == 1 else many or word + 's'}"


def preview(kind: BulkMark, marks: BulkMarks, scope: str, folder: Path | None) -> tuple[str, str, str]:
    """The preview's question, its details, and the undo command's words."""
    parts = []
    if marks.to_delete:
        parts.append(f"{count(marks.to_delete, 'file')} for deletion")
    if marks.to_keep:
        parts.append(f"{count(marks.to_keep, 'file')} KEEP")
    in_groups = count(len(marks.changes), "group")
    text = f"This will mark {' and '.join(parts)} in {in_groups}. Continue?"
    if marks.to_delete and not marks.to_keep:
        text = f"This will mark {count(marks.to_delete, 'file')} in {in_groups} for deletion. Continue?"
    lines = [f"Groups looked at: {scope}."]
    if marks.best_kept:
        why = f"every file is under {folder}" if kind is BulkMark.DELETE_UNDER else "no copy would be KEEP"
        lines.append(
            f"{count(marks.best_kept, 'group')} left with one kept copy: in "
            f"{'it' if marks.best_kept == 1 else 'them'} {why}, so the best copy stays KEEP."
        )
    lines.append("Files in reference folders stay KEEP.")
    lines.append(
        "Nothing is deleted now: marked files move only when you choose “Move marked files to Trash…”. "
        "Edit ▸ Undo takes this back."
    )
    changed = count(marks.to_delete + marks.to_keep, "file")
    name = {
        BulkMark.RULES: f"mark by the keep rules ({changed})",
        BulkMark.KEEP_ALL: f"keep all ({changed})",
        BulkMark.INVERT: f"invert marks ({changed})",
        BulkMark.DELETE_UNDER: f"mark {changed} under “{folder.name if folder else ''}” DELETE",
        BulkMark.KEEP_UNDER: f"keep {changed} under “{folder.name if folder else ''}”",
    }[kind]
    return text, "\n".join(lines), name


class BulkMarking(QObject):
    """Runs a bulk mark on the groups the results page names: the selected ones, else every one listed."""

    def __init__(
        self, session: ReviewSession, results: ResultsPage, dialogs: Dialogs, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.results, self.dialogs = session, results, dialogs

    def run(self, kind: BulkMark) -> bool:
        """Ask (a folder when needed, then the preview), then mark. True when marks changed."""
        if self.session.review is None:
            return False
        groups, scope = self.results.groups_to_mark()
        if not groups:
            return False
        folder = None
        if kind in (BulkMark.DELETE_UNDER, BulkMark.KEEP_UNDER):
            folder = self.dialogs.choose_folder(TITLES[kind])
            if folder is None:
                return False
        marks = bulk_marks(groups, kind, self.session.keep_rules, folder)
        text, details, name = preview(kind, marks, scope, folder)
        if not marks.changes:
            note = f"Groups looked at: {scope}."
            if marks.best_kept:
                note += " " + details.splitlines()[1]
            self.dialogs.inform(TITLES[kind], "Nothing to change: every mark is already so.", note)
            return False
        if not self.dialogs.confirm(TITLES[kind], text, details, ok="Mark"):
            return False
        self.session.apply_marks(marks.changes, name)
        return True
