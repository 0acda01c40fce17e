"""The review session: the review on screen and what the person decides about it.

A QObject around the Qt-free Review: it owns the KEEP/DELETE marks (through the review), the
"not duplicates" decisions, the keep rules, regrouping results and save/open, and says with
signals what changed. It needs no window, so it is tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import Group, ScanOptions
from lookalike.core.selection import KeepRule
from lookalike.ui.review import Review, ReviewGroup, load_session, session_json
from lookalike.ui.wording import EXACT_COPIES_TEXT, EXACT_COPIES_TITLE, plural


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a request was not carried out, for a message box."""

    title: str
    text: str


class ReviewSession(QObject):
    """The review being looked at, and the person's decisions about it.

    Signals:
        review_replaced: (select_path, note) a new review is in place (a scan, a regrouping, a
            reopened file); show it near the group holding select_path (a Path, or None).
        groups_changed: (row, note) groups changed in place; show them again near group `row`.
        marks_changed: a KEEP/DELETE mark was switched (see note_marks_changed).
        reviewed_changed: a group (its ReviewGroup) became reviewed, or not reviewed.
    """

    review_replaced = Signal(object, str)
    groups_changed = Signal(int, str)
    marks_changed = Signal()
    reviewed_changed = Signal(object)

    def __init__(
        self, decisions: DecisionStore, keep_rules: Sequence[KeepRule], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.decisions = decisions
        self.keep_rules = tuple(keep_rules)
        self.review: Review | None = None
        self._unsaved = False

    def show(
        self, review: Review, *, select_path: Path | None = None, note: str = "", unsaved: bool = True
    ) -> None:
        """Put `review` in place; `unsaved`: it is not (yet) in a file the person saved."""
        self.review = review
        self._unsaved = unsaved
        self.review_replaced.emit(select_path, note)

    @property
    def unsaved(self) -> bool:
        """Whether closing now would lose work: the review has groups, and it was never saved, or its
        marks, reviewed ticks, "not duplicates" or rules changed since it was saved or opened."""
        return self._unsaved and self.review is not None and bool(self.review.groups)

    def note_marks_changed(self) -> None:
        """A KEEP/DELETE mark was switched on the review (the grid and the compare view switch them)."""
        self._unsaved = True
        self.marks_changed.emit()

    def set_reviewed(self, group: ReviewGroup | None, reviewed: bool = True) -> None:
        """Say whether the person has reviewed `group`. The window marks a group reviewed once it was
        shown in the grid for a moment or one of its marks changed; the person can switch it."""
        if group is None or group.reviewed == reviewed or self.review is None:
            return
        group.reviewed = reviewed
        self._unsaved = True
        self.reviewed_changed.emit(group)

    def mark_saved(self) -> None:
        """The review as it stands is in a file the person saved."""
        self._unsaved = False

    def _edited(self, row: int, note: str) -> None:
        """The person changed the groups in place (not duplicates, keep rules): show them, unsaved."""
        self._unsaved = True
        self.groups_changed.emit(row, note)

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
            return Refusal(EXACT_COPIES_TITLE, EXACT_COPIES_TEXT)
        if digest == reference:
            if len(contents) > 2:
                return Refusal(
                    "This is the group's reference",
                    f"“{member.path.name}” is the picture the others were compared with. Choose the "
                    "pictures that are not duplicates of it, one at a time, or “None of these are "
                    "duplicates” for the whole group.",
                )
            digest = next(d for d in contents if d != reference)  # two pictures: apart is apart
        leaving = [m.record for m in group.members if m.record.fingerprint.digest == digest]
        others = {  # one per content, the first (the reference) named in the decisions list
            m.record.fingerprint.digest: m.record
            for m in reversed(group.members)
            if m.record.fingerprint.digest != digest
        }
        self.decisions.mark_not_duplicates(leaving[0], others.values())
        group_row = review.groups.index(group)
        paths = review.take_out(group_row, digest, self.keep_rules)
        names = ", ".join(f"“{p.name}”" for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        left = "" if group in review.groups else " The group had no other duplicates left, so it is gone."
        self._edited(
            group_row,
            f"Taken out of the group: {names}. Lookalike will keep {'it' if len(paths) == 1 else 'them'} "
            f"apart from those pictures in later scans.{left}",
        )
        return paths

    def group_not_duplicates(self, group: ReviewGroup) -> bool | Refusal:
        """Remove `group` and remember that none of its pictures are duplicates."""
        review = self.review
        if review is None or group not in review.groups:
            return False
        if len(group.digests) < 2:
            return Refusal(EXACT_COPIES_TITLE, EXACT_COPIES_TEXT)
        first_of_each = {m.record.fingerprint.digest: m.record for m in reversed(group.members)}
        self.decisions.mark_group_not_duplicates(list(first_of_each.values()))
        row = review.groups.index(group)
        review.dissolve(row, self.keep_rules)
        self._edited(
            row,
            f"Group removed: its {len(group.members)} pictures are not duplicates. Lookalike will keep "
            "them apart in later scans.",
        )
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
        described = ", then ".join(rule.describe() for rule in self.keep_rules) or "name order"
        self._edited(near_row, f"Marked KEEP by the rules: {described}.")

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
        note = (
            f"{reason}: grouped again without reading the files "
            f"({plural(before, 'group')} before, {len(updated.groups)} now)."
        )
        if regrouped.kept_marks:
            note += f" Your own KEEP/DELETE choices stay on {plural(regrouped.kept_marks, 'picture')}."
        if regrouped.reset_groups:
            note += (
                f" {plural(regrouped.reset_groups, 'group')} would have had no copy marked KEEP, so "
                f"{'it shows' if regrouped.reset_groups == 1 else 'they show'} the suggestion again."
            )
        self.show(updated, select_path=select_path, note=note)

    def files_gone(self, paths: set[Path], near_row: int, note: str = "") -> None:
        """Forget files that were trashed or moved (done and journalled: no unsaved work in itself)."""
        if self.review is not None and paths:
            self.review.remove_files(paths)
            self.groups_changed.emit(near_row, note)

    # ---- files --------------------------------------------------------------------------------------

    def session_text(self) -> str:
        if self.review is None:
            raise ValueError("no review to save")
        return session_json(self.review)

    def open_text(self, text: str) -> None:
        """Show the review saved as `text`; raises SessionError (with the reason) for a bad file."""
        self.show(load_session(text), unsaved=False)
