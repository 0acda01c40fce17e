"""Marks set on many groups at once: which groups, a preview of the counts, then one undoable change.

The marks themselves are review.bulk_marks' (Qt-free, tested on its own); this module asks for the
folder, shows the preview, and hands the change to the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from lookalike.display_names import display_name
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from lookalike.ui.results_page import ResultsPage
from lookalike.ui.review import BulkMark, BulkMarks, bulk_marks
from lookalike.ui.session import ReviewSession

TITLES = {  # English: title() translates
    BulkMark.RULES: QT_TRANSLATE_NOOP("BulkMarking", "Mark by the keep rules"),
    BulkMark.KEEP_ALL: QT_TRANSLATE_NOOP("BulkMarking", "Keep all"),
    BulkMark.INVERT: QT_TRANSLATE_NOOP("BulkMarking", "Invert marks"),
    BulkMark.DELETE_UNDER: QT_TRANSLATE_NOOP("BulkMarking", "Mark everything under a folder DELETE"),
    BulkMark.KEEP_UNDER: QT_TRANSLATE_NOOP("BulkMarking", "Keep everything under a folder"),
}


def title(kind: BulkMark) -> str:
    return translate("BulkMarking", TITLES[kind])


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
            folder = self.dialogs.choose_folder(title(kind))
            if folder is None:
                return False
        marks = bulk_marks(groups, kind, self.session.keep_rules, folder)
        text, details, name = self.preview(kind, marks, scope, folder)
        if not marks.changes:
            note = fill(self.tr("Groups looked at: %1."), scope)
            if marks.best_kept:
                note += " " + details.splitlines()[1]
            self.dialogs.inform(title(kind), self.tr("Nothing to change: every mark is already so."), note)
            return False
        if not self.dialogs.confirm(title(kind), text, details, ok=self.tr("Mark")):
            return False
        self.session.apply_marks(marks.changes, name)
        return True

    def _files(self, number: int) -> str:
        """ "1 file", "1,234 files", with the person's digit grouping (%Ln)."""
        return self.tr("%Ln file(s)", "", number)

    def preview(
        self, kind: BulkMark, marks: BulkMarks, scope: str, folder: Path | None
    ) -> tuple[str, str, str]:
        """The preview's question, its details, and the undo command's words."""
        in_groups = self.tr("%Ln group(s)", "", len(marks.changes))
        if marks.to_delete and marks.to_keep:
            text = fill(
                self.tr("This will mark %1 for deletion and %2 KEEP in %3. Continue?"),
                self._files(marks.to_delete),
                self._files(marks.to_keep),
                in_groups,
            )
        elif marks.to_keep:
            text = fill(
                self.tr("This will mark %1 KEEP in %2. Continue?"),
                self._files(marks.to_keep),
                in_groups,
            )
        else:
            text = fill(
                self.tr("This will mark %1 in %2 for deletion. Continue?"),
                self._files(marks.to_delete),
                in_groups,
            )
        lines = [fill(self.tr("Groups looked at: %1."), scope)]
        if marks.best_kept and kind is BulkMark.DELETE_UNDER:
            lines.append(
                fill(
                    self.tr(
                        "%Ln group(s) left with one kept copy: in them every file is under %1, so the "
                        "best copy stays KEEP.",
                        "",
                        marks.best_kept,
                    ),
                    display_name(folder) if folder else "",
                )
            )
        elif marks.best_kept:
            lines.append(
                self.tr(
                    "%Ln group(s) left with one kept copy: in them no copy would be KEEP, so the best "
                    "copy stays KEEP.",
                    "",
                    marks.best_kept,
                )
            )
        lines.append(self.tr("Files in reference folders stay KEEP."))
        lines.append(
            self.tr(
                "Nothing is deleted now: marked files move only when you choose “Move marked files to "
                "Trash…”. Edit ▸ Undo takes this back.",
            )
        )
        changed = self._files(marks.to_delete + marks.to_keep)
        folder_name = display_name(folder.name) if folder else ""
        if kind is BulkMark.RULES:
            name = fill(self.tr("mark by the keep rules (%1)"), changed)
        elif kind is BulkMark.KEEP_ALL:
            name = fill(self.tr("keep all (%1)"), changed)
        elif kind is BulkMark.INVERT:
            name = fill(self.tr("invert marks (%1)"), changed)
        elif kind is BulkMark.DELETE_UNDER:
            name = fill(self.tr("mark %1 under “%2” DELETE"), changed, folder_name)
        else:
            name = fill(self.tr("keep %1 under “%2”"), changed, folder_name)
        return text, "\n".join(lines), name
