"""The review session: the review on screen and what the person decides about it.

A QObject around the Qt-free Review: it owns the KEEP/DELETE marks (through the review), the
"not duplicates" decisions, the keep rules, regrouping results and save/open, and says with
signals what changed. It needs no window, so it is tested on its own.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lookalike.core.decisions import Decision, DecisionStore
from lookalike.core.models import Group, GroupMember, ScanOptions
from lookalike.core.selection import KeepRule
from lookalike.display_names import display_name
from lookalike.ui.i18n import fill, translate
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.review import Held, MarkChange, Review, ReviewGroup, load_session, session_json
from lookalike.ui.wording import (
    decisions_unchanged,
    exact_copies_refusal,
    mark_word,
    quoted_name,
    quoted_names,
    rule_words,
    write_problem,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a request was not carried out, for a message box."""

    title: str
    text: str
    details: str = ""


UNDO_LIMIT = 200  # person's actions kept for Undo; a "not duplicates" keeps two lists of the groups


class ReviewSession(QObject):
    """The review being looked at, and the person's decisions about it.

    Every change the person makes to the review (marks, bulk marks, "not duplicates", the reviewed
    tick switched by hand) is one command on `undo_stack`. Changes that cannot be undone here (a new
    review, files moved away, new keep rules for every group) clear it.

    Signals:
        review_replaced: (select_path, note) a new review is in place (a scan, a regrouping, a
            reopened file); show it near the group holding select_path (a Path, or None).
        groups_changed: (row, note) groups changed in place; show them again near group `row`.
        marks_changed: a KEEP/DELETE mark was switched (see note_marks_changed).
        marks_switched: the list of ReviewGroups whose marks were just switched (set, undone, redone).
        reviewed_changed: a group (its ReviewGroup) became reviewed, or not reviewed.
        show_group_requested: an undo or redo changed this ReviewGroup: show it.
        held_back_changed: the ReviewGroup holding a file the window saw changed or gone since the
            scan, or as scanned again, when that changes what it holds back or why (Review.held_in,
            Review.lost_keepers): its row in the list, its tiles and header if shown, and the totals
            follow.
    """

    review_replaced = Signal(object, str)
    groups_changed = Signal(int, str)
    marks_changed = Signal()
    marks_switched = Signal(object)
    reviewed_changed = Signal(object)
    show_group_requested = Signal(object)
    held_back_changed = Signal(object)

    def __init__(
        self, decisions: DecisionStore, keep_rules: Sequence[KeepRule], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.decisions = decisions
        self.keep_rules = tuple(keep_rules)
        self.review: Review | None = None
        self._unsaved = False
        self._changes = 0  # counts every change to the review: a save knows which ones its file holds
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)

    def show(
        self, review: Review, *, select_path: Path | None = None, note: str = "", unsaved: bool = True
    ) -> None:
        """Put `review` in place; `unsaved`: it is not (yet) in a file the person saved."""
        self.review = review
        self._unsaved = unsaved
        self._changes += 1
        self.undo_stack.clear()
        self.review_replaced.emit(select_path, note)

    @property
    def unsaved(self) -> bool:
        """Whether closing now would lose work: the review has groups, and it was never saved, or its
        marks, reviewed ticks, "not duplicates" or rules changed since it was saved or opened."""
        return self._unsaved and self.review is not None and bool(self.review.groups)

    @property
    def changes(self) -> int:
        """How many times the review changed, or was put in place: taken with the copy a save writes,
        it tells mark_saved whether that copy is still the review on screen."""
        return self._changes

    def _changed(self) -> None:
        """The person changed the review: closing now would lose it."""
        self._unsaved = True
        self._changes += 1

    # ---- marks, undoable ----------------------------------------------------------------------------

    def set_marks(self, group: ReviewGroup, marks: Mapping[int, bool]) -> bool:
        """Set member row -> KEEP (True) / DELETE marks in `group`, as one undoable action. False when
        nothing changes."""
        if self.review is None or group not in self.review.groups:
            return False
        after = list(group.keep)
        for row, keep in marks.items():
            if 0 <= row < len(after):
                after[row] = bool(keep)
        changed = [row for row, keep in enumerate(after) if keep != group.keep[row]]
        if not changed:
            return False
        if len(changed) == 1:
            text = fill(
                self.tr("mark “%1” %2"),
                display_name(group.members[changed[0]].path.name),
                mark_word(after[changed[0]]),
            )
        elif len({after[row] for row in changed}) == 2:
            text = self.tr("mark %n file(s) DELETE and KEEP", "", len(changed))
        else:
            text = fill(self.tr("mark %n file(s) %1", "", len(changed)), mark_word(after[changed[0]]))
        self.undo_stack.push(_MarksEdit(self, text, [MarkChange(group, list(group.keep), after)]))
        return True

    def apply_marks(self, changes: Sequence[MarkChange], text: str) -> None:
        """Set the marks of many groups (a bulk mark) as one undoable action named `text`."""
        if changes and self.review is not None:
            self.undo_stack.push(_MarksEdit(self, text, list(changes)))

    def put_marks(self, marks: Sequence[tuple[ReviewGroup, list[bool]]]) -> None:
        """Set these marks now (the undo commands call this)."""
        groups = []
        for group, keep in marks:
            if len(keep) == len(group.keep):
                group.keep[:] = keep
                groups.append(group)
        self.note_marks_changed(groups)

    def switch_reviewed(self, group: ReviewGroup) -> None:
        """Tick or untick `group` as reviewed, by hand: undoable."""
        if self.review is not None and group in self.review.groups:
            text = self.tr("untick “reviewed”") if group.reviewed else self.tr("tick “reviewed”")
            self.undo_stack.push(_ReviewedEdit(self, text, group, not group.reviewed))

    def note_marks_changed(self, groups: Sequence[ReviewGroup] = ()) -> None:
        """KEEP/DELETE marks were switched on the review, in `groups`."""
        self._changed()
        self.marks_switched.emit(list(groups))
        self.marks_changed.emit()

    def set_reviewed(self, group: ReviewGroup | None, reviewed: bool = True) -> None:
        """Say whether the person has reviewed `group`. The window marks a group reviewed once it was
        shown in the grid for a moment or one of its marks changed; the person can switch it."""
        if group is None or group.reviewed == reviewed or self.review is None:
            return
        group.reviewed = reviewed
        self._changed()
        self.reviewed_changed.emit(group)

    def mark_saved(self, changes: int | None = None) -> bool:
        """The review as it stands (or as it stood when `changes` was its count of changes) is in a
        file the person saved: it holds no unsaved work, unless it changed since (while that file was
        written, the window went on: a group ticked "reviewed", a regrouping that ended). True when
        it holds none."""
        if changes is None or changes == self._changes:
            self._unsaved = False
        return not self._unsaved

    def edited(self, row: int, note: str) -> None:
        """The person changed the groups in place (not duplicates, keep rules): show them, unsaved."""
        self._changed()
        self.groups_changed.emit(row, note)

    def saw_on_disk(self, group: ReviewGroup, path: Path, state: OnDisk) -> None:
        """What the window saw at `path`, a file of `group`, just now: a file marked DELETE seen
        changed or gone since the scan is no longer counted nor moved (Review.held_back)."""
        if self.review is not None and self.review.saw_on_disk(
            group, path, None if state is OnDisk.AS_SCANNED else state is OnDisk.GONE
        ):
            self.held_back_changed.emit(group)

    def held_in(self, group: ReviewGroup) -> list[tuple[GroupMember, Held]]:
        """The files of `group` marked DELETE that acting would not move, with why (Review.held_in)."""
        return self.review.held_in(group) if self.review is not None else []

    def lost_keepers(self, group: ReviewGroup) -> list[tuple[GroupMember, bool]]:
        """Why `group` holds back its copies marked DELETE as Held.NO_KEEPER: its copies marked KEEP,
        each gone (True) or changed (False) since the scan (Review.lost_keepers)."""
        return self.review.lost_keepers(group) if self.review is not None else []

    def row_of(self, group: ReviewGroup) -> int:
        return self.review.groups.index(group) if self.review and group in self.review.groups else -1

    # ---- "not duplicates" ---------------------------------------------------------------------------

    def not_duplicate(self, group: ReviewGroup, row: int) -> list[Path] | Refusal:
        """Take member `row`'s picture out of `group` and remember that it is no duplicate of the
        others. Returns the paths taken out (identical copies of it leave with it)."""
        review = self.review
        if review is None or group not in review.groups or not 0 <= row < len(group.members):
            return []
        member = group.members[row]
        digest = member.record.fingerprint.digest
        reference = group.group.reference.record.fingerprint.digest
        contents = group.digests
        if len(contents) < 2:
            return Refusal(*exact_copies_refusal())
        if digest == reference:
            if len(contents) > 2:
                return Refusal(
                    self.tr("This is the group's reference"),
                    fill(
                        self.tr(
                            "“%1” is the picture the others were compared with. Choose the pictures that are "
                            "not duplicates of it, one at a time, or “None of these are duplicates” for the "
                            "whole group."
                        ),
                        display_name(member.path.name),
                    ),
                )
            digest = next(d for d in contents if d != reference)  # two pictures: apart is apart
        leaving = [m.record for m in group.members if m.record.fingerprint.digest == digest]
        others = {  # one per content, the first (the reference) named in the decisions list
            m.record.fingerprint.digest: m.record
            for m in reversed(group.members)
            if m.record.fingerprint.digest != digest
        }
        decided = self._decide(lambda: self.decisions.mark_not_duplicates(leaving[0], others.values()))
        if isinstance(decided, Refusal):
            return decided
        group_row = review.groups.index(group)
        taken: list[Path] = []

        def change() -> str:
            taken.extend(review.take_out(group_row, digest, self.keep_rules))
            note = fill(
                self.tr(
                    "Taken out of the group: %1. Lookalike will keep them apart from those pictures in later "
                    "scans.",
                    "",
                    len(taken),
                ),
                quoted_names(taken),
            )
            if group not in review.groups:
                note += " " + self.tr("The group had no other duplicates left, so it is gone.")
            return note + self._unless_lasting()

        name = quoted_name(display_name(leaving[0].entry.path.name))
        if len(leaving) > 1:
            name = fill(self.tr("%1 and %n copies", "", len(leaving) - 1), name)
        text = fill(self.tr("not a duplicate: %1"), name)
        self.undo_stack.push(_GroupsEdit(self, text, change, group, group_row, decided))
        return taken

    def _decide(self, store: Callable[[], list[Decision]]) -> list[Decision] | Refusal:
        """Store decisions with `store`, before anything on screen changes: returns those it added
        (not those kept from before, which undoing this must not forget), or, when the store cannot
        keep them (its disk is full...), why in words, nothing changed."""
        try:
            known = self.decisions.pairs()
            return [decision for decision in store() if decision.digests not in known]
        except (OSError, sqlite3.Error) as exc:
            return self._refusal(
                self.tr(
                    "Lookalike cannot remember that these pictures are not duplicates: its list of "
                    "“not duplicates” cannot be changed, because %1. Nothing was changed: the pictures "
                    "stay where they were."
                ),
                exc,
            )

    def _refusal(self, text: str, error: BaseException, *values: object) -> Refusal:
        """Why the store of decisions could not be changed: `text` filled with `values` and, last, the
        problem in words; the details name the store and give SQLite's or the system's words."""
        where = self.decisions.where
        log.warning("cannot change the 'not duplicates' decisions in %s: %s", where, error)
        return Refusal(decisions_unchanged(), fill(text, *values, write_problem(error)), f"{where}: {error}")

    def undo(self) -> Refusal | None:
        """Edit ▸ Undo. Undoing "not duplicates" forgets their decisions first; when the store cannot
        (its disk is full...), nothing is undone, Undo still offers it, and the Refusal says why."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, _GroupsEdit):
            try:
                command.store(decided=False)
            except (OSError, sqlite3.Error) as exc:
                return self._refusal(
                    self.tr(
                        "Not undone: %1. Undoing it means forgetting that decision, but the list of "
                        "“not duplicates” cannot be changed, because %2. The pictures stay apart, here "
                        "and in later scans; Edit ▸ Undo still offers it."
                    ),
                    exc,
                    command.text(),
                )
        self.undo_stack.undo()
        return None

    def redo(self) -> Refusal | None:
        """Edit ▸ Redo. Redoing "not duplicates" remembers their decisions first; when the store
        cannot, nothing is done again, Redo still offers it, and the Refusal says why."""
        command = self.undo_stack.command(self.undo_stack.index())
        if isinstance(command, _GroupsEdit):
            try:
                command.store(decided=True)
            except (OSError, sqlite3.Error) as exc:
                return self._refusal(
                    self.tr(
                        "Not done again: %1. Doing it again means remembering that decision, but the "
                        "list of “not duplicates” cannot be changed, because %2. Edit ▸ Redo still offers it."
                    ),
                    exc,
                    command.text(),
                )
        self.undo_stack.redo()
        return None

    def _unless_lasting(self) -> str:
        """What a note of a "not duplicates" decision adds when the decisions cannot be kept."""
        if self.decisions.lasting:
            return ""
        return " " + self.tr(
            "But Lookalike's data folder cannot keep decisions (see the log), so this one lasts only until "
            "Lookalike closes."
        )

    def group_not_duplicates(self, group: ReviewGroup) -> bool | Refusal:
        """Remove `group` and remember that none of its pictures are duplicates."""
        review = self.review
        if review is None or group not in review.groups:
            return False
        if len(group.digests) < 2:
            return Refusal(*exact_copies_refusal())
        first_of_each = {m.record.fingerprint.digest: m.record for m in reversed(group.members)}
        decided = self._decide(lambda: self.decisions.mark_group_not_duplicates(list(first_of_each.values())))
        if isinstance(decided, Refusal):
            return decided
        row = review.groups.index(group)

        copies = Counter(m.record.fingerprint.digest for m in group.members)
        exact = sum(1 for count in copies.values() if count > 1)  # the groups left of the same bytes

        def change() -> str:
            review.dissolve(row, self.keep_rules)
            if not exact:
                said = self.tr(
                    "Group removed: its %n pictures are not duplicates. Lookalike will keep them apart "
                    "in later scans.",
                    "",
                    len(group.members),
                )
            else:  # its copies of the same bytes are still duplicates, whatever the person said
                said = self.tr(
                    "Group split: its pictures are not duplicates of one another, and Lookalike will keep "
                    "them apart in later scans. Copies with the same bytes stay grouped: %n group(s) of "
                    "exact copies.",
                    "",
                    exact,
                )
            return said + self._unless_lasting()

        text = self.tr("none are duplicates: %n picture(s)", "", len(group.members))
        self.undo_stack.push(_GroupsEdit(self, text, change, group, row, decided))
        return True

    # ---- keep rules, regrouping, acting -------------------------------------------------------------

    def hand_marked_groups(self) -> int:
        return self.review.hand_marked_groups() if self.review else 0

    def apply_rules(self, rules: Sequence[KeepRule], near_row: int) -> None:
        """Use `rules` from now on, and mark every group by them."""
        self.keep_rules = tuple(rules)
        review = self.review
        if review is None or not review.groups:
            return
        review.apply_rules(self.keep_rules)
        self.undo_stack.clear()  # every group is a new one: earlier edits no longer apply
        then = self.tr(", then ")
        described = then.join(rule_words(rule) for rule in self.keep_rules) or self.tr("name order")
        self.edited(near_row, fill(self.tr("Marked KEEP by the rules: %1."), described))

    def regrouped(
        self, groups: tuple[Group, ...], options: ScanOptions, reason: str, select_path: Path | None
    ) -> None:
        """Show `groups` (the same pictures grouped again with `options`), keeping the person's marks."""
        review = self.review
        if review is None:
            return
        before = len(review.groups)
        regrouped = review.regrouped(replace(review.result, groups=groups, options=options))
        updated = regrouped.review
        note = fill(
            self.tr("%1: grouped again without reading the files (%n group(s) before, %2 now).", "", before),
            reason,
            len(updated.groups),
        )
        if regrouped.kept_marks:
            note += " " + self.tr(
                "Your own KEEP/DELETE choices stay on %n picture(s).", "", regrouped.kept_marks
            )
        if regrouped.reset_groups:
            note += " " + self.tr(
                "%n group(s) would have had no copy marked KEEP, so they show the suggestion again.",
                "",
                regrouped.reset_groups,
            )
        self.show(updated, select_path=select_path, note=note)

    def files_gone(self, paths: set[Path], near_row: int, note: str = "") -> None:
        """Forget files that were trashed or moved (done and journalled: no unsaved work in itself)."""
        if self.review is not None and paths:
            self.review.remove_files(paths)
            self.undo_stack.clear()  # the files left: edits made while they were listed no longer apply
            self.groups_changed.emit(near_row, note)

    def files_back(self, paths: set[Path]) -> int:
        """Show again files put back by "Undo last action", marked KEEP; how many are shown."""
        if self.review is None:
            return 0
        shown = self.review.bring_back(paths, self.decisions.pairs())
        if shown:
            self.undo_stack.clear()  # the groups changed under the edits made before
            self.groups_changed.emit(self.review.row_holding(shown[0]), "")
        return len(shown)

    # ---- files --------------------------------------------------------------------------------------

    def session_text(self) -> str:
        if self.review is None:
            raise ValueError("no review to save")
        return session_json(self.review)

    def open_text(self, text: str) -> None:
        """Show the review saved as `text`; raises SessionError (with the reason) for a bad file."""
        self.show(load_session(text), unsaved=False)


# ---- the undo commands --------------------------------------------------------------------------------


class _MarksEdit(QUndoCommand):
    """Marks switched in one group or many (a tile, the selected tiles, a bulk mark): one action."""

    def __init__(self, session: ReviewSession, text: str, changes: list[MarkChange]) -> None:
        super().__init__(text)
        self._session, self._changes = session, changes
        self._done_once = False

    def redo(self) -> None:
        self._session.put_marks([(c.group, c.after) for c in self._changes])
        self._show(self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self._session.put_marks([(c.group, c.before) for c in self._changes])
        self._show(True)

    def _show(self, again: bool) -> None:
        if again and len(self._changes) == 1:
            self._session.show_group_requested.emit(self._changes[0].group)


class _ReviewedEdit(QUndoCommand):
    def __init__(self, session: ReviewSession, text: str, group: ReviewGroup, reviewed: bool) -> None:
        super().__init__(text)
        self._session, self._group, self._reviewed = session, group, reviewed

    def redo(self) -> None:
        self._session.set_reviewed(self._group, self._reviewed)

    def undo(self) -> None:
        self._session.set_reviewed(self._group, not self._reviewed)
        self._session.show_group_requested.emit(self._group)


@dataclass(frozen=True, slots=True)
class _GroupsState:
    """The review's list of groups, and one group's own state, at one moment."""

    groups: list[ReviewGroup]
    group: Group
    members: list[GroupMember]
    keep: list[bool]
    reviewed: bool


class _GroupsEdit(QUndoCommand):
    """Groups changed in place ("not a duplicate", "none of these are duplicates"), after `decided`
    was stored. Done once by `change` (which returns the note to show); undone by putting the list of
    groups and the changed group back as they were, once the decisions are forgotten (`store`)."""

    def __init__(
        self,
        session: ReviewSession,
        text: str,
        change: Callable[[], str],
        group: ReviewGroup,
        row: int,
        decided: list[Decision],
    ) -> None:
        super().__init__(text)
        self._session, self._change, self._group, self._row = session, change, group, row
        self._before: _GroupsState | None = None
        self._after: _GroupsState | None = None
        self._decided = decided
        self._stored = True  # whether the store holds `decided`

    def store(self, *, decided: bool) -> None:
        """Remember the decisions (`decided`) or forget them, unless done already; before the review
        follows, so that it never shows what the store does not hold. Raises sqlite3.Error or OSError
        when the store cannot be changed: then it is as it was."""
        if decided != self._stored:
            decisions = self._session.decisions
            if decided:
                decisions.remember(self._decided)
            else:
                decisions.forget_made(self._decided)
            self._stored = decided

    def _state(self) -> _GroupsState:
        review, group = self._session.review, self._group
        assert review is not None
        return _GroupsState(list(review.groups), group.group, group.members, list(group.keep), group.reviewed)

    def _put(self, state: _GroupsState) -> None:
        review, group = self._session.review, self._group
        assert review is not None
        review.groups = list(state.groups)
        group.group, group.members, group.keep, group.reviewed = (
            state.group,
            state.members,
            list(state.keep),
            state.reviewed,
        )

    def redo(self) -> None:
        self.store(decided=True)  # done already by ReviewSession.redo, which tells when it cannot be
        if self._after is None:  # the first time: do it
            self._before = self._state()
            note = self._change()
            self._after = self._state()
            self._session.edited(self._row, note)
            return
        self._put(self._after)
        self._session.edited(self._row, fill(translate("ReviewSession", "Done again: %1."), self.text()))
        self._show()

    def undo(self) -> None:
        assert self._before is not None
        self.store(decided=False)  # done already by ReviewSession.undo, which tells when it cannot be
        self._put(self._before)
        self._session.edited(
            self._row,
            fill(translate("ReviewSession", "Undone: %1. Lookalike forgot that decision."), self.text()),
        )
        self._show()

    def _show(self) -> None:
        review = self._session.review
        if review is not None and self._group in review.groups:
            self._session.show_group_requested.emit(self._group)
