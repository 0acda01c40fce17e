"""Moving the files marked DELETE: the confirmations, the run on a worker, and what it did, in words.

The checks themselves are core's (actions.carry_out): this module only asks, starts and reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal

from lookalike.core import report
from lookalike.core.actions import Action, ActionReport, Status
from lookalike.core.plan import ActPlan
from lookalike.core.restore import RestoreReport, last_run, macos_trash_folder
from lookalike.ui.controller import Controller
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.review import describe_folder_counts
from lookalike.ui.session import ReviewSession
from lookalike.ui.wording import plural


class Acting(QObject):
    """Asks, starts trash and move runs, and tells what happened.

    Signals:
        status_changed: a short progress text for the action bar ("" when idle).
        finished: (ActionReport, summary text) after each run, once the review has forgotten the
            files that left.
        restored: (RestoreReport or None, summary text) after "Undo last action".
    """

    status_changed = Signal(str)
    finished = Signal(object, str)
    restored = Signal(object, str)

    def __init__(
        self, controller: Controller, session: ReviewSession, dialogs: Dialogs, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.session, self.dialogs = controller, session, dialogs
        self._last_plan: ActPlan | None = None
        # Said in the confirmation of a move to the Trash; the demo says where its own trash is (app.py).
        self.trash_note = "You can restore them from the Trash later."
        controller.action_progressed.connect(self._on_progress)
        controller.action_finished.connect(self._on_finished)
        controller.action_failed.connect(self._on_failed)
        controller.restore_finished.connect(self._on_restored)
        controller.restore_failed.connect(self._on_restore_failed)

    def to_trash(self) -> bool:
        """Ask, then send the files marked DELETE to the Trash. True when started."""
        return self._start(None)

    def to_folder(self) -> bool:
        """Ask for a folder, then move the files marked DELETE there. True when started."""
        if not self._can_start():
            return False
        folder = self.dialogs.choose_folder("Move the marked files to…")
        return folder is not None and self._start(folder)

    def _can_start(self) -> bool:
        review = self.session.review
        return review is not None and not self.controller.busy and bool(review.delete_count)

    def _start(self, destination: Path | None) -> bool:
        review = self.session.review
        if review is None or not self._can_start():
            return False
        where = "the Trash" if destination is None else str(destination)
        size = report.human_size(review.delete_bytes)
        text = f"Move {plural(review.delete_count, 'file')} ({size}) to {where}?"
        details = describe_folder_counts(review.counts_per_folder())
        if destination is None:
            details += f"\n\n{self.trash_note}"
        ok = "Move to Trash" if destination is None else "Move"
        if not self.dialogs.confirm("Move files", text, details, ok=ok):
            return False
        losing = review.groups_losing_every_copy()
        if losing:
            groups = ", ".join(str(self.session.row_of(g) + 1) for g in losing[:10])
            if not self.dialogs.confirm(
                "Remove every copy?",
                f"In {plural(len(losing), 'group')} ({groups}) every copy is marked DELETE, so no copy of "
                "those pictures would be left in your folders.",
                "Choose “Remove every copy” only if you do not want those pictures at all.",
                ok="Remove every copy",
            ):
                return False
        plan = review.plan(every_copy_allowed=bool(losing))
        return self._run(plan, destination)

    def _run(self, plan: ActPlan, destination: Path | None) -> bool:
        if not self.controller.start_action(plan, destination):
            return False
        self._last_plan = plan
        self.status_changed.emit(f"Checking and moving 0 of {len(plan.deletions)}…")
        return True

    def _on_progress(self, done: int, total: int) -> None:
        self.status_changed.emit(f"Checking and moving {done} of {total}…")

    def _on_finished(self, outcome: ActionReport) -> None:
        self.status_changed.emit("")
        problems = [o for o in outcome.problems if o.status is not Status.TRASH_UNAVAILABLE]
        self.finished.emit(outcome, _summary(outcome, len(problems)))
        if problems:
            self.dialogs.inform(
                "Some files were not moved",
                f"{plural(len(problems), 'file')} did not pass the checks made just before moving, "
                "or the system refused them; they stay where they are and in the results:",
                "\n".join(f"{o.path}: {o.reason}" for o in problems),
            )
        unavailable = [o.path for o in outcome.outcomes if o.status is Status.TRASH_UNAVAILABLE]
        if unavailable and self.dialogs.confirm(
            "The Trash is not available",
            f"{plural(len(unavailable), 'file')} cannot go to the Trash (this happens on some network and "
            "removable drives). Move them to a folder of your choice instead? Nothing is deleted.",
            ok="Move to folder…",
        ):
            folder = self.dialogs.choose_folder("Move the files to…")
            if folder is not None and self._last_plan is not None:
                self._run(self._last_plan.restricted_to(unavailable), folder)

    # ---- undo last action ----------------------------------------------------------------------------

    def undo_last(self) -> bool:
        """Ask, then put back the files of the last trash or move run (from the journal). True when
        started."""
        if self.controller.busy:
            return False
        run = last_run(self.controller.journal)
        if run is None:
            self.dialogs.inform(
                "Nothing to put back",
                "Lookalike has not moved any file that is not back already.",
            )
            return False
        where = "the Trash" if run.action is Action.TRASH else "a folder"
        moment = QDateTime.fromSecsSinceEpoch(int(run.started.timestamp()))
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        listed = "\n".join(str(f.path) for f in run.files[:20])
        if len(run.files) > 20:
            listed += f"\n… and {len(run.files) - 20} more"
        details = f"{listed}\n\nA file that now exists at the old place is never replaced."
        if run.action is Action.TRASH and sys.platform == "darwin":
            details += "\nOn macOS, Lookalike lists the files; you put them back from the Trash in Finder."
        if not self.dialogs.confirm(
            "Undo last action",
            f"Put back {plural(len(run.files), 'file')} moved to {where} on {when}?",
            details,
            ok="Put back",
        ):
            return False
        if not self.controller.start_restore():
            return False
        self.status_changed.emit("Putting files back…")
        return True

    def _on_restored(self, outcome: RestoreReport | None) -> None:
        self.status_changed.emit("")
        if outcome is None:
            self.restored.emit(None, "Nothing to put back.")
            return
        back = outcome.restored
        summary = f"Put back {plural(len(back), 'file')} where {'it was' if len(back) == 1 else 'they were'}."
        if back:
            summary += " Scan again to see them in the results."
        refused = outcome.not_restored
        if outcome.instructions:
            summary = "macOS does not let Lookalike take files out of the Trash: put them back in Finder."
            self.dialogs.inform("Put the files back in Finder", outcome.instructions)
            self.dialogs.open_path(macos_trash_folder())
        elif refused:
            summary += f" {plural(len(refused), 'file')} could not be put back."
            self.dialogs.inform(
                "Some files were not put back",
                f"{plural(len(refused), 'file')} could not be put back; nothing was replaced:",
                "\n".join(f"{o.path}: {o.reason}" for o in refused),
            )
        for warning in outcome.warnings:
            summary += f" {warning}"
        self.restored.emit(outcome, summary)

    def _on_restore_failed(self, details: str) -> None:
        self.status_changed.emit("")
        self.dialogs.show_error(
            "Putting files back failed", "Lookalike ran into a bug while putting files back.", details
        )

    def _on_failed(self, details: str) -> None:
        self.status_changed.emit("")
        self.dialogs.show_error(
            "Moving files failed", "Lookalike ran into a bug while moving files.", details
        )


def _summary(outcome: ActionReport, problems: int) -> str:
    where = "the Trash" if outcome.action.value == "trash" else "the folder you chose"
    done = outcome.done
    text = f"Moved {plural(len(done), 'file')} ({report.human_size(outcome.done_bytes)}) to {where}."
    if outcome.action.value == "trash" and done:
        text += " You can restore them from the Trash."
    elif done and done[0].destination is not None:
        text += f" They are now in {done[0].destination.parent}."
    if problems:
        verb = "is" if problems == 1 else "are"
        text += f" {plural(problems, 'file')} could not be moved and {verb} still listed."
    for warning in outcome.warnings:
        text += f" {warning}"
    return text
