"""Moving the files marked DELETE: the confirmations, the run on a worker, and what it did, in words.

The checks themselves are core's (actions.carry_out): this module only asks, starts and reports.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lookalike.core.actions import Action, ActionReport, FileOutcome, Status
from lookalike.core.models import GroupMember
from lookalike.core.plan import ActPlan
from lookalike.core.reasons import Code
from lookalike.core.restore import LastRun, LastRunChanged, RestoreOutcome, RestoreReport, macos_trash_folder
from lookalike.display_names import display_name
from lookalike.ui.controller import Controller
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import fill, moment_text, size_text
from lookalike.ui.missing_folders import not_answering_words
from lookalike.ui.review import FolderCount, Held
from lookalike.ui.session import ReviewSession
from lookalike.ui.wording import quoted_names, reason_words

# The most lines of folders the question before moving lists; the rest are summed in one more.
FOLDERS_LISTED_MOST = 8

# What a run says of a folder that did not answer when it acted (core.reach).
_FOLDER_NOT_ANSWERING = (
    Code.REFERENCE_FOLDER_SILENT,
    Code.FOLDER_SILENT,
    Code.FOLDER_STOPPED_ANSWERING,
    Code.TRASH_STOPPED_ANSWERING,
)


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
        self._held_back: list[Held] = []  # why each file marked DELETE the run leaves be (held_back)
        # Said in the confirmation of a move to the Trash, and after it; the demo says where its own
        # trash is (app.py).
        self.trash_note = self.tr("You can restore them from the Trash later.")
        self.trashed_note = self.tr("You can restore them from the Trash.")  # after the run
        controller.action_progressed.connect(self._on_progress)
        controller.action_finished.connect(self._on_finished)
        controller.action_failed.connect(self._on_failed)
        controller.restore_finished.connect(self._on_restored)
        controller.restore_failed.connect(self._on_restore_failed)
        controller.last_run_found.connect(self._ask_to_put_back)
        controller.last_run_failed.connect(self._on_last_run_failed)
        controller.busy_changed.connect(self._on_busy_changed)
        self._looking = False  # for the last run, in the journal (undo_last)

    def to_trash(self) -> bool:
        """Ask, then send the files marked DELETE to the Trash. True when started."""
        return self._start(None)

    def to_folder(self) -> bool:
        """Ask for a folder, then move the files marked DELETE there. True when started."""
        if not self._can_start():
            return False
        folder = self.dialogs.choose_folder(self.tr("Move the marked files to…"))
        return folder is not None and self._start(folder)

    def _can_start(self) -> bool:
        review = self.session.review
        return review is not None and not self.controller.busy and bool(review.delete_count)

    def _start(self, destination: Path | None) -> bool:
        review = self.session.review
        if review is None or not self._can_start():
            return False
        size, count = size_text(review.delete_bytes), review.delete_count
        details = self.describe_folder_counts(review.counts_per_folder())
        held = review.held_back()
        if held:
            details += f"\n\n{self.held_back_words(held)}"
        if destination is None:
            text = fill(self.tr("Move %n file(s) (%1) to the Trash?", "", count), size)
            details += f"\n\n{self.trash_note}"
            ok = self.tr("Move to Trash")
        else:
            text = fill(self.tr("Move %n file(s) (%1) to %2?", "", count), size, display_name(destination))
            ok = self.tr("Move")
        if not self.dialogs.confirm(self.tr("Move files"), text, details, ok=ok):
            return False
        losing = review.groups_losing_every_copy()
        if losing:
            groups = ", ".join(str(self.session.row_of(g) + 1) for g in losing[:10])
            if not self.dialogs.confirm(
                self.tr("Remove every copy?"),
                fill(
                    self.tr(
                        "In %n group(s) (%1) every copy is marked DELETE, so no copy of those pictures would "
                        "be left in your folders.",
                        "",
                        len(losing),
                    ),
                    groups,
                ),
                self.tr("Choose “Remove every copy” only if you do not want those pictures at all."),
                ok=self.tr("Remove every copy"),
            ):
                return False
        # Those held back as asked: a look answered while the question was open changes nothing.
        plan = review.plan(every_copy_allowed=bool(losing), held=[member.path for member, _why in held])
        return self._run(plan, destination, held_back=[why for _member, why in held])

    def held_back_words(self, held: Sequence[tuple[GroupMember, Held]]) -> str:
        """Why files marked DELETE are not counted nor moved (Review.held_back: each file, and why):
        one line for those changed since the scan, one for those gone, one for those whose copies
        marked KEEP changed or went away; "" for none."""
        changed = [member.path for member, why in held if why is Held.CHANGED]
        gone = [member.path for member, why in held if why is Held.GONE]
        unkept = [member.path for member, why in held if why is Held.NO_KEEPER]
        lines = []
        if changed:
            lines.append(
                fill(
                    self.tr(
                        "Not moved: %n file(s) marked DELETE changed since the scan, so what the scan "
                        "compared is no longer there; scan again to compare them anew: %1",
                        "",
                        len(changed),
                    ),
                    quoted_names(changed),
                )
            )
        if gone:
            lines.append(
                fill(
                    self.tr(
                        "Not counted: %n file(s) marked DELETE are no longer there (moved or deleted "
                        "since the scan): %1",
                        "",
                        len(gone),
                    ),
                    quoted_names(gone),
                )
            )
        if unkept:
            lines.append(
                fill(
                    self.tr(
                        "Not moved: %n file(s) marked DELETE, because every copy marked KEEP in their group "
                        "changed or went away since the scan, and moving them would leave no copy as the "
                        "scan saw it; mark another copy KEEP, or scan again: %1",
                        "",
                        len(unkept),
                    ),
                    quoted_names(unkept),
                )
            )
        return "\n".join(lines)

    def describe_folder_counts(self, counts: list[FolderCount]) -> str:
        """One line per folder: how many files leave it and how much space that frees; past
        FOLDERS_LISTED_MOST, the folders most files leave, and one line for all the others (the
        question's box cannot scroll, and 40 folders pushed its buttons below a laptop's screen)."""
        listed, others = counts, []
        if len(counts) > FOLDERS_LISTED_MOST:
            most = sorted(range(len(counts)), key=lambda at: -counts[at].files)[: FOLDERS_LISTED_MOST - 1]
            shown = set(most)
            listed = [count for at, count in enumerate(counts) if at in shown]  # in the folders' order
            others = [count for at, count in enumerate(counts) if at not in shown]
        lines = [
            fill(
                self.tr("%n file(s) (%1) from %2", "", count.files),
                size_text(count.bytes),
                display_name(count.folder),
            )
            for count in listed
        ]
        if others:
            lines.append(
                fill(
                    self.tr("%n file(s) (%1) from %2 other folders", "", sum(c.files for c in others)),
                    size_text(sum(c.bytes for c in others)),
                    len(others),
                )
            )
        return "\n".join(lines)

    def _run(self, plan: ActPlan, destination: Path | None, *, held_back: Sequence[Held] = ()) -> bool:
        """Start acting on `plan`; `held_back`: why each file marked DELETE was left out of it (said
        after)."""
        if not self.controller.start_action(plan, destination):
            return False
        self._last_plan, self._held_back = plan, list(held_back)
        self._on_progress(0, len(plan.deletions))
        return True

    def _on_progress(self, done: int, total: int) -> None:
        self.status_changed.emit(fill(self.tr("Checking and moving %1 of %2…"), done, total))

    def _on_finished(self, outcome: ActionReport) -> None:
        self.status_changed.emit("")
        gone = found_gone(outcome)
        problems = [
            o
            for o in outcome.problems
            if o.status not in (Status.TRASH_UNAVAILABLE, Status.UNKNOWN) and o.path not in gone
        ]
        # Being moved when their drive stopped answering: neither moved nor left, for all one knows.
        maybe = [o for o in outcome.outcomes if o.status is Status.UNKNOWN]
        self.finished.emit(outcome, self._summary(outcome, len(problems), len(gone), len(maybe)))
        if problems:
            text = self.tr(
                "%n file(s) did not pass the checks made just before moving, or the system refused "
                "them; they stay where they are and in the results:",
                "",
                len(problems),
            )
            # First which folder did not answer: it alone held back each file whose reason names it.
            silent = [reason_words(w) for w in outcome.warnings if w.code in _FOLDER_NOT_ANSWERING]
            if silent:
                text = "\n".join(silent) + f" {not_answering_words()}\n\n{text}"
            self.dialogs.inform(self.tr("Some files were not moved"), text, why_each(problems))
        if maybe:
            self.dialogs.inform(
                self.tr("Some files may have been moved"),
                self.tr(
                    "%n file(s) were being moved when their drive stopped answering: each may have been "
                    "moved, or may still be where it was. Lookalike records what became of them once their "
                    "drive answers, and Undo last action puts back any that went.",
                    "",
                    len(maybe),
                ),
                why_each(maybe),
            )
        refused = [o for o in outcome.outcomes if o.status is Status.TRASH_UNAVAILABLE]
        unavailable = [o.path for o in refused]
        if unavailable and self.dialogs.confirm(
            self.tr("The Trash is not available"),
            self.tr(
                "%n file(s) cannot go to the Trash (this happens on some network and removable drives). "
                "Move them to a folder of your choice instead? Nothing is deleted.",
                "",
                len(unavailable),
            ),
            why_each(refused),
            ok=self.tr("Move to folder…"),
        ):
            folder = self.dialogs.choose_folder(self.tr("Move the files to…"))
            if folder is not None and self._last_plan is not None:
                self._run(self._last_plan.restricted_to(unavailable), folder)

    def _summary(self, outcome: ActionReport, problems: int, gone: int = 0, maybe: int = 0) -> str:
        done, size = outcome.done, size_text(outcome.done_bytes)
        if outcome.action.value == "trash":
            text = fill(self.tr("Moved %n file(s) (%1) to the Trash.", "", len(done)), size)
        else:
            text = fill(self.tr("Moved %n file(s) (%1) to the folder you chose.", "", len(done)), size)
        if outcome.action.value == "trash" and done:
            text += " " + self.trashed_note
        elif done and done[0].destination is not None:
            text += " " + fill(self.tr("They are now in %1."), display_name(done[0].destination.parent))
        if problems:
            text += " " + self.tr("%n file(s) could not be moved and are still listed.", "", problems)
        if maybe:
            text += " " + self.tr(
                "%n file(s) may have been moved: their drive stopped answering while they were being moved.",
                "",
                maybe,
            )
        if gone:
            text += " " + self.tr(
                "%n file(s) had already been moved or deleted since the scan, so they are no longer listed.",
                "",
                gone,
            )
        unkept = self._held_back.count(Held.NO_KEEPER)
        if len(self._held_back) > unkept:
            text += " " + self.tr(
                "%n file(s) marked DELETE were left where they are: they changed or went away since "
                "the scan.",
                "",
                len(self._held_back) - unkept,
            )
        if unkept:
            text += " " + self.tr(
                "%n file(s) marked DELETE were left where they are: every copy marked KEEP in their "
                "group changed or went away since the scan.",
                "",
                unkept,
            )
        for warning in outcome.warnings:
            text += f" {reason_words(warning)}"
        return text

    # ---- undo last action ----------------------------------------------------------------------------

    def undo_last(self) -> bool:
        """Find the last trash or move run in the journal (on a worker), ask, then put back its files.
        True when started; `restored` reports the end unless the person declines."""
        if not self.controller.start_finding_last_run():
            return False
        self._looking = True
        self.status_changed.emit(self.tr("Looking for what Lookalike moved last…"))
        return True

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._looking:  # stopped meanwhile: no question comes
            self._looking = False
            self.status_changed.emit("")

    def _on_last_run_failed(self, details: str) -> None:
        self._looking = False
        self.status_changed.emit("")
        self.dialogs.show_error(
            self.tr("Undo last action failed"),
            self.tr("Lookalike ran into a bug while reading what it last moved; nothing was put back."),
            details,
        )

    def _ask_to_put_back(self, run: LastRun | None) -> None:
        self._looking = False
        self.status_changed.emit("")
        if run is None:
            self.dialogs.inform(
                self.tr("Nothing to put back"),
                self.tr("Lookalike has not moved any file that is not back already."),
            )
            self.restored.emit(None, self.tr("Nothing to put back."))
            return
        when = moment_text(run.started.astimezone())
        listed = "\n".join(display_name(f.path) for f in run.files[:20])
        if len(run.files) > 20:
            listed += "\n" + self.tr("… and %n more", "", len(run.files) - 20)
        details = f"{listed}\n\n" + self.tr("A file that now exists at the old place is never replaced.")
        if run.action is Action.TRASH and sys.platform == "darwin":
            details += "\n" + self.tr(
                "On macOS, Lookalike lists the files; you put them back from the Trash in Finder."
            )
        if run.action is Action.TRASH:
            question = self.tr("Put back %n file(s) moved to the Trash on %1?", "", len(run.files))
        else:
            question = self.tr("Put back %n file(s) moved to a folder on %1?", "", len(run.files))
        if not self.dialogs.confirm(
            self.tr("Undo last action"), fill(question, when), details, ok=self.tr("Put back")
        ):
            return
        if self.controller.start_restore(run.run):
            self.status_changed.emit(self.tr("Putting files back…"))

    def _on_restored(self, outcome: RestoreReport | LastRunChanged | None) -> None:
        self.status_changed.emit("")
        if outcome is None:
            self.restored.emit(None, self.tr("Nothing to put back."))
            return
        if isinstance(outcome, LastRunChanged):  # another Lookalike acted, or put back, meanwhile
            said = self.tr(
                "Nothing was put back: Lookalike, in another window or from the command line, moved or "
                "put back files since you were asked. Choose Undo last action again to see what it would "
                "put back now."
            )
            self.dialogs.inform(self.tr("Undo last action"), said)
            self.restored.emit(None, said)
            return
        back = outcome.restored
        summary = self.tr("Put back %n file(s) where they were.", "", len(back))
        shown = self.session.files_back({o.path for o in back})
        if shown:
            summary += " " + self.tr("%n of them are listed again, marked KEEP.", "", shown)
        elif back:
            summary += " " + self.tr("Scan again to see them in the results.")
        refused = outcome.not_restored
        if outcome.instructions:
            summary = self.tr(
                "macOS does not let Lookalike take files out of the Trash: put them back in Finder."
            )
            instructions = "\n".join(reason_words(line) for line in outcome.instructions)
            self.dialogs.inform(self.tr("Put the files back in Finder"), instructions)
            self.dialogs.open_path(macos_trash_folder())
        elif refused:
            summary += " " + self.tr("%n file(s) could not be put back.", "", len(refused))
            self.dialogs.inform(
                self.tr("Some files were not put back"),
                self.tr("%n file(s) could not be put back; nothing was replaced:", "", len(refused)),
                why_each(refused),
            )
        for warning in outcome.warnings:
            summary += f" {reason_words(warning)}"
        self.restored.emit(outcome, summary)

    def _on_restore_failed(self, details: str) -> None:
        self.status_changed.emit("")
        self.dialogs.show_error(
            self.tr("Putting files back failed"),
            self.tr("Lookalike ran into a bug while putting files back."),
            details,
        )

    def _on_failed(self, details: str) -> None:
        self.status_changed.emit("")
        self.dialogs.show_error(
            self.tr("Moving files failed"), self.tr("Lookalike ran into a bug while moving files."), details
        )


def found_gone(outcome: ActionReport) -> set[Path]:
    """The files a run found gone from where the scan saw them (moved or deleted by someone else):
    nothing is left there to act on, so the results no longer list them. Each looked at again: a
    move's "not found" may be of the folder moved to (removed meanwhile), the file still there."""
    return {
        o.path
        for o in outcome.problems
        if o.reason is not None
        and o.reason.code is Code.GONE
        and o.reason.values == (Code.THE_FILE(),)
        and not os.path.lexists(o.path)
    }


def why_each(outcomes: Iterable[FileOutcome | RestoreOutcome]) -> str:
    """One line per file left where it was: its path, and why."""
    return "\n".join(
        f"{display_name(o.path)}: {reason_words(o.reason)}" for o in outcomes if o.reason is not None
    )
