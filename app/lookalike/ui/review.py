"""What a person decided while reviewing a scan: plain Python, no Qt, so it is simple to test.

A `Review` holds the scan's groups as they stand now (files already trashed
are gone) with a KEEP/DELETE mark per file. It can say what an action would
do, apply an action's report, produce a scan result carrying the marks for
export, and be saved to and reopened from a session file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field, replace
from enum import Enum
from itertools import compress
from operator import attrgetter, methodcaller, not_
from pathlib import Path

from lookalike.core import report
from lookalike.core.decisions import DigestPair, pair
from lookalike.core.models import (
    Group,
    GroupMember,
    Kind,
    ScanResult,
    Tier,
)
from lookalike.core.plan import ActPlan, plan_from_result
from lookalike.core.reasons import Reason
from lookalike.core.scan import collector_paused
from lookalike.core.selection import KeepRule, apply_keep_rules, keeper_order


def _freed(members: Sequence[GroupMember], keep: Sequence[bool]) -> int:
    """Space the members marked DELETE free; a file with other names (hard links) frees nothing."""
    total = 0
    for member in compress(members, map(not_, keep)):
        entry = member.record.entry
        if entry.links == 1:
            total += entry.size
    return total


@dataclass(slots=True)
class ReviewGroup:
    """One duplicate group under review: its members now, a keep mark for each, and whether the
    person has reviewed it (looked at it in the grid, changed a mark, or ticked it)."""

    group: Group
    members: list[GroupMember]
    keep: list[bool]
    reviewed: bool = False

    @property
    def id(self) -> int:
        return self.group.id

    @property
    def kind(self) -> Kind:
        return self.group.kind

    @property
    def delete_count(self) -> int:
        return self.keep.count(False)

    @property
    def delete_bytes(self) -> int:
        """Space the DELETE copies free; a file with other names (hard links) frees nothing."""
        return _freed(self.members, self.keep)

    @property
    def loses_every_copy(self) -> bool:
        return bool(self.members) and not any(self.keep)

    def match(self, index: int) -> str:
        """How member `index` relates to the reference: "reference", "identical", "pixels" or "similar"."""
        member, reference = self.members[index], self.group.reference
        if member is reference:
            return "reference"
        if self.kind is Kind.EXACT or member.record.fingerprint.digest == reference.record.fingerprint.digest:
            return "identical"
        return "pixels" if member.tier is Tier.PIXELS else "similar"

    def changes(self, index: int) -> tuple[str, ...]:
        """What differs between the reference and member `index` (core.changes codes); nothing for the
        reference itself and for a byte-identical copy."""
        if self.match(index) in ("reference", "identical"):
            return ()
        return self.members[index].changes

    @property
    def all_changes(self) -> list[str]:
        """The changes of every member, in member order: what makes this group's copies differ.
        (What changes() says of each, in one pass: the group list asks it of every group.)"""
        if self.group.kind is Kind.EXACT:
            return []
        reference = self.group.reference
        same = reference.record.fingerprint.digest
        return [
            code
            for member in self.members
            if member is not reference and member.record.fingerprint.digest != same
            for code in member.changes
        ]

    @property
    def paths(self) -> frozenset[Path]:
        return frozenset(m.path for m in self.members)

    @property
    def digests(self) -> set[str]:
        return {m.record.fingerprint.digest for m in self.members}

    def with_rules(self, rules: Sequence[KeepRule], *, keep_marks: bool) -> ReviewGroup:
        """This group's members with the suggestion `rules` make; the person's marks stay when
        `keep_marks` and at least one copy stays KEEP, else the marks become the suggestion."""
        group = apply_keep_rules([replace(self.group, members=tuple(self.members))], rules)[0]
        marks = dict(zip(self.paths_in_order(), self.keep, strict=True))
        keep = [marks.get(m.path, m.keep) for m in group.members] if keep_marks else []
        if not any(keep):
            keep = [m.keep for m in group.members]
        return ReviewGroup(group, list(group.members), keep, self.reviewed)

    def paths_in_order(self) -> list[Path]:
        return [m.path for m in self.members]


def _lost_keepers(group: ReviewGroup, saw: dict[Path, bool]) -> list[tuple[GroupMember, bool]]:
    """Review.lost_keepers of `group`, from what the window saw of its files (Review._seen_in)."""
    kept = [member for member, keep in zip(group.members, group.keep, strict=True) if keep]
    if not kept or any(member.path not in saw for member in kept):
        return []
    return [(member, saw[member.path]) for member in kept]


class Held(Enum):
    """Why a file marked DELETE is held back: neither counted nor moved (Review.held_back)."""

    CHANGED = "changed"  # it changed since the scan: what the scan compared is no longer there
    GONE = "gone"  # it is no longer there
    # Every copy marked KEEP in its group changed or went away since the scan: moved, it would leave no
    # copy as the scan saw it (the move refuses it: the copy kept must be there, unchanged).
    NO_KEEPER = "no_keeper"


@dataclass(frozen=True, slots=True)
class FolderCount:
    folder: Path
    files: int
    bytes: int


@dataclass(frozen=True, slots=True)
class Regrouped:
    """A regrouped review, how many of the person's own marks it kept, and how many groups went back to
    the suggestion because the person's marks would have left them without a KEEP."""

    review: Review
    kept_marks: int
    reset_groups: int


@dataclass(slots=True)
class Review:
    """The scan under review and the marks the person set."""

    result: ScanResult
    groups: list[ReviewGroup] = field(default_factory=list)
    gone: set[Path] = field(default_factory=set)  # files moved away since the scan: never regrouped
    # Files the window saw changed (False) or gone (True) since the scan, whatever their marks, each with
    # the group it was seen in (where it is looked for first): see held_back.
    seen_otherwise: dict[Path, tuple[bool, ReviewGroup]] = field(default_factory=dict)
    # Of those, the ones in no group when last looked for (taken out, alone at this sensitivity): kept,
    # for an undo puts them back in the group they were seen in; looked for there only.
    seen_apart: set[Path] = field(default_factory=set)

    @classmethod
    def from_result(
        cls,
        result: ScanResult,
        marks: dict[Path, bool] | None = None,
        reviewed: Set[int] = frozenset(),
    ) -> Review:
        """A review of `result`: `marks` override the suggestions; `reviewed`: ids of reviewed groups."""
        marks = marks or {}
        groups = [
            ReviewGroup(
                group,
                list(group.members),
                [marks.get(m.path, m.keep) for m in group.members],
                group.id in reviewed,
            )
            for group in result.groups
        ]
        return cls(result, groups)

    @property
    def delete_count(self) -> int:
        """How many files acting would move: those marked DELETE, but those held back."""
        # Without a Python call per group: 50,000 groups' totals are asked at each change of the review.
        marked: int = sum(map(methodcaller("count", False), map(attrgetter("keep"), self.groups)))
        return marked - len(self.held_back()) if self.seen_otherwise else marked

    def row_holding(self, path: Path) -> int:
        """The row of the group holding `path`; 0 when none does."""
        return next((row for row, g in enumerate(self.groups) if any(m.path == path for m in g.members)), 0)

    @property
    def delete_bytes(self) -> int:
        """ReviewGroup.delete_bytes of every group, without a property call each (52 ms at 50,000
        groups through the property, 30-40 so), but of the files held back."""
        freed = sum(
            map(_freed, map(attrgetter("members"), self.groups), map(attrgetter("keep"), self.groups))
        )
        if not self.seen_otherwise:
            return freed
        held = [member for member, _why in self.held_back()]
        return freed - _freed(held, [False] * len(held))

    def plan(self, *, every_copy_allowed: bool = False, held: Iterable[Path] | None = None) -> ActPlan:
        """What acting on the marks means, for the act path to check against the files: the files
        marked DELETE but those held back (every copy marked KEEP stays in it, for the checks).

        With `every_copy_allowed` (the person confirmed it), groups marked all DELETE lose every copy.
        `held`: the files held back when the person was asked (held_back() then), left out whatever
        the window saw since: the question promised to move the others, no more and no fewer.
        """
        allowed = [g.id for g in self.groups_losing_every_copy()] if every_copy_allowed else []
        plan = plan_from_result(self.marked_result(), every_copy_allowed=allowed)
        left = {member.path for member, _why in self.held_back()} if held is None else set(held)
        return plan.restricted_to(f.path for f in plan.deletions if f.path not in left) if left else plan

    def saw_on_disk(self, group: ReviewGroup, path: Path, gone: bool | None) -> bool:
        """Note what the window saw at `path`, a file of `group`, just now: that it is gone (True),
        that it changed since the scan (False), or that it is as the scan saw it (None). True when that
        changes what `group` holds back, or why (held_in or lost_keepers says otherwise now): news of
        a file marked DELETE, or of the last copy marked KEEP there as scanned, or of one back as
        scanned, or of a lost copy marked KEEP back changed."""
        if path in self.gone:  # moved away by Lookalike itself, since the look was asked: old news
            return False
        if gone is None and path not in self.seen_otherwise:  # as scanned, as it was seen: no news
            self.seen_apart.discard(path)
            return False
        before = self.held_in(group), self.lost_keepers(group)
        self.seen_apart.discard(path)  # looked for anew (_groups_holding_seen)
        if gone is None:
            self.seen_otherwise.pop(path, None)
        else:
            self.seen_otherwise[path] = (gone, group)
        return (self.held_in(group), self.lost_keepers(group)) != before

    def held_back(self) -> list[tuple[GroupMember, Held]]:
        """The files marked DELETE that acting would not move, each with why (Held): those the window
        saw changed or gone since the scan, and those of a group whose every copy marked KEEP the
        window saw changed or gone. What the scan compared, or the copy kept, is not there any more:
        acting leaves them where they are (its checks would refuse them anyway), so the totals and the
        question before moving do not count them. They count again once the window sees the file
        (or a copy marked KEEP) as scanned again, or the person marks another copy KEEP; one in no
        group is held back again when it is back in one (an undo, a regrouping)."""
        return [held for group in self._groups_holding_seen() for held in self.held_in(group)]

    def _groups_holding_seen(self) -> list[ReviewGroup]:
        """The groups holding a file in seen_otherwise, each once, in the order seen; each file is
        looked for again in the groups listed once its group was replaced or it left it. One found in
        no group is kept apart (seen_apart), looked for in the group it was seen in only, where an
        undo puts it back: the 50,000 groups are not walked at every change of the totals."""
        seen, apart = self.seen_otherwise, self.seen_apart
        if not seen:
            return []
        listed = set(map(id, self.groups))
        # The files of each group asked about, made once per group, however many of its files were
        # seen: 1,000 of a group of 2,000 copies, each looking through the whole group, took seconds
        # at each change of the totals (held_back then asks held_in once of each group).
        files: dict[int, frozenset[Path]] = {}

        def files_of(group: ReviewGroup) -> frozenset[Path]:
            found = files.get(id(group))
            if found is None:
                found = files[id(group)] = group.paths
            return found

        moved = []
        for path, (_gone, group) in seen.items():
            if id(group) in listed and path in files_of(group):
                apart.discard(path)  # back in its group (an undo)
            elif path not in apart:
                moved.append(path)
        if moved:  # its group was replaced since (new rules, a regrouping), or it left it (not a duplicate)
            holding = {m.path: g for g in self.groups for m in g.members}
            for path in moved:
                holder = holding.get(path)
                if holder is None:  # in no group now: nothing to hold back, unless an undo puts it back
                    apart.add(path)
                else:
                    seen[path] = (seen[path][0], holder)
        return list({id(group): group for path, (_gone, group) in seen.items() if path not in apart}.values())

    def held_in(self, group: ReviewGroup) -> list[tuple[GroupMember, Held]]:
        """The files of `group` held back (held_back), each with why: of this group alone, without a
        look at the others (the group list asks it of a group whenever it changes)."""
        saw = self._seen_in(group)
        if not saw:
            return []
        no_keeper = bool(_lost_keepers(group, saw))
        held: list[tuple[GroupMember, Held]] = []
        for member, keep in zip(group.members, group.keep, strict=True):
            if keep:
                continue
            gone = saw.get(member.path)
            if gone is not None:
                held.append((member, Held.GONE if gone else Held.CHANGED))
            elif no_keeper:
                held.append((member, Held.NO_KEEPER))
        return held

    def lost_keepers(self, group: ReviewGroup) -> list[tuple[GroupMember, bool]]:
        """Why `group` holds back its copies marked DELETE as Held.NO_KEEPER (held_in): each of its
        copies marked KEEP, with whether the window saw it gone (True) or changed (False) since the
        scan, when it saw every one of them so; [] otherwise (one of them is there as scanned, or
        none is marked KEEP: a group marked all DELETE keeps no copy by the person's choice)."""
        saw = self._seen_in(group)
        return _lost_keepers(group, saw) if saw else []

    def _seen_in(self, group: ReviewGroup) -> dict[Path, bool]:
        """What the window saw of each file of `group` changed (False) or gone (True) since the scan;
        one kept apart counts in the group it was seen in only, as held_back looks for it there only."""
        seen, apart = self.seen_otherwise, self.seen_apart
        if not seen or seen.keys().isdisjoint([m.path for m in group.members]):
            return {}
        return {
            member.path: own[0]
            for member in group.members
            if (own := seen.get(member.path)) is not None and (member.path not in apart or own[1] is group)
        }

    def delete_bytes_of(self, group: ReviewGroup) -> int:
        """What acting frees of `group`: ReviewGroup.delete_bytes but of the files held back, as the
        trash button counts them (the group list's "To free" column sums to delete_bytes)."""
        held = self.held_in(group)
        if not held:
            return group.delete_bytes
        left = {id(member) for member, _why in held}
        return _freed(
            group.members, [keep or id(m) in left for m, keep in zip(group.members, group.keep, strict=True)]
        )

    def delete_bytes_each(self, groups: Sequence[ReviewGroup]) -> list[int]:
        """delete_bytes_of each of `groups` (the review's), in one pass without a Python call per group
        but for those holding a file seen otherwise: the group list's column, all at once."""
        freed = list(map(_freed, map(attrgetter("members"), groups), map(attrgetter("keep"), groups)))
        holding = self._groups_holding_seen()
        if holding:
            rows = {id(group): row for row, group in enumerate(groups)}
            for group in holding:
                row = rows.get(id(group))
                if row is not None:
                    freed[row] = self.delete_bytes_of(group)
        return freed

    def marked_for_deletion(self) -> list[GroupMember]:
        return [
            m for group in self.groups for m, keep in zip(group.members, group.keep, strict=True) if not keep
        ]

    def groups_losing_every_copy(self) -> list[ReviewGroup]:
        return [group for group in self.groups if group.loses_every_copy]

    def counts_per_folder(self) -> list[FolderCount]:
        """How many files acting would move from each folder, and their size: those marked DELETE, but
        those held back."""
        files: Counter[Path] = Counter()
        sizes: Counter[Path] = Counter()
        held = {member.path for member, _why in self.held_back()}
        for member in self.marked_for_deletion():
            if member.path in held:
                continue
            files[member.path.parent] += 1
            sizes[member.path.parent] += member.record.entry.size
        return [FolderCount(folder, files[folder], sizes[folder]) for folder in sorted(files)]

    def remove_files(self, paths: set[Path]) -> None:
        """Forget files that are no longer where the scan found them; drop groups left without duplicates."""
        self.gone |= paths
        for path in [path for path in self.seen_otherwise if path in paths]:
            del self.seen_otherwise[path]
        self.seen_apart -= paths
        kept: list[ReviewGroup] = []
        for group in self.groups:
            rows = [(m, k) for m, k in zip(group.members, group.keep, strict=True) if m.path not in paths]
            group.members = [m for m, _ in rows]
            group.keep = [k for _, k in rows]
            if len(group.members) > 1:
                kept.append(group)
        self.groups = kept

    def bring_back(self, paths: Set[Path], apart: frozenset[DigestPair]) -> list[Path]:
        """Show again files put back where the scan found them (an undone trash or move), each
        marked KEEP, so that acting again leaves them be until the person says otherwise.

        A file goes back into its group when that is still listed; otherwise its group from the scan
        comes back with the files of it listed nowhere else, leaving out any the person said are
        not duplicates of it (`apart`: digest pairs). Returns the paths shown again.
        """
        back = {path for path in paths if path in self.gone}
        shown: list[Path] = []
        listed = {g.id: g for g in self.groups}
        elsewhere = {m.path for g in self.groups for m in g.members}
        for scanned in self.result.groups:
            returning = [m for m in scanned.members if m.path in back]
            if not returning:
                continue
            group = listed.get(scanned.id)
            scanned_paths = {m.path for m in scanned.members}
            if group is not None and not any(m.path in scanned_paths for m in group.members):
                group = None  # a group made since (identical copies taken out) that took the number
            if group is None:
                others = [m for m in scanned.members if m.path not in self.gone and m.path not in elsewhere]
                digests = {m.record.fingerprint.digest for m in returning}
                others = [
                    m for m in others
                    if not any(pair(m.record.fingerprint.digest, d) in apart for d in digests)
                ]  # fmt: skip
                if len(others) + len(returning) < 2:
                    continue
                group = ReviewGroup(scanned, [], [])
                for member in others:
                    group.members.append(member)
                    group.keep.append(member.keep)
                self.groups.append(group)
                listed[scanned.id] = group
            order = {m.path: index for index, m in enumerate(scanned.members)}
            for member in returning:
                group.members.append(member)
                group.keep.append(True)
            rows = sorted(
                range(len(group.members)), key=lambda row: order.get(group.members[row].path, len(order))
            )
            group.members = [group.members[row] for row in rows]
            group.keep = [group.keep[row] for row in rows]
            shown.extend(m.path for m in returning)
        self.gone -= set(shown)
        return shown

    def take_out(self, row: int, digest: str, rules: Sequence[KeepRule]) -> list[Path]:
        """Take the files with content `digest` out of group `row` ("not a duplicate of the others").

        Byte-identical files leave together (they are one content). The group keeps at least one
        KEEP mark; a group left with one file disappears; files that leave together as two or more
        identical copies become an exact group of their own, as the next scan would find them.
        Returns the paths taken out.
        """
        group = self.groups[row]
        leaving = [m for m in group.members if m.record.fingerprint.digest == digest]
        staying = [(m, k) for m, k in zip(group.members, group.keep, strict=True) if m not in leaving]
        replacement: list[ReviewGroup] = []
        if len(staying) > 1:
            group.members = [m for m, _ in staying]
            group.keep = [k for _, k in staying]
            updated = group.with_rules(rules, keep_marks=True)
            group.group, group.members, group.keep = updated.group, updated.members, updated.keep
            replacement.append(group)  # the same object: views holding it stay valid
        replacement.extend(self._exact_groups(leaving, rules))
        self.groups[row : row + 1] = replacement
        return [m.path for m in leaving]

    def dissolve(self, row: int, rules: Sequence[KeepRule]) -> list[Path]:
        """Remove group `row` ("none of these are duplicates"); identical copies in it stay grouped."""
        group = self.groups[row]
        by_digest: dict[str, list[GroupMember]] = {}
        for member in group.members:
            by_digest.setdefault(member.record.fingerprint.digest, []).append(member)
        replacement = [g for same in by_digest.values() for g in self._exact_groups(same, rules)]
        self.groups[row : row + 1] = replacement
        return [m.path for m in group.members]

    def _exact_groups(self, members: list[GroupMember], rules: Sequence[KeepRule]) -> list[ReviewGroup]:
        if len(members) < 2:
            return []
        next_id = max((g.id for g in self.groups), default=0) + 1
        ordered = sorted(members, key=lambda m: keeper_order(m.record, rules))
        rows = tuple(replace(m, distance=0, score=None, tier=Tier.EXACT, changes=()) for m in ordered)
        group = apply_keep_rules([Group(next_id, Kind.EXACT, rows, "")], rules)[0]
        return [ReviewGroup(group, list(group.members), [m.keep for m in group.members])]

    def hand_marked_groups(self) -> int:
        """How many groups have a mark the person changed from the suggestion."""
        return sum(
            any(keep != m.keep for m, keep in zip(g.members, g.keep, strict=True)) for g in self.groups
        )

    def apply_rules(self, rules: Sequence[KeepRule]) -> None:
        """Suggest again with `rules` in every group; every mark becomes the new suggestion."""
        self.groups = [group.with_rules(rules, keep_marks=False) for group in self.groups]

    def hand_marks(self) -> dict[Path, bool]:
        """The marks the person set against the suggestion, by file."""
        return {
            m.path: keep
            for group in self.groups
            for m, keep in zip(group.members, group.keep, strict=True)
            if keep != m.keep
        }

    def regrouped(self, result: ScanResult) -> Regrouped:
        """A review of `result` (the same scan grouped again) that keeps the person's own marks.

        Each file the person marked against the suggestion keeps that mark wherever it lands, unless
        its new group would be left without a KEEP: that group shows the suggestion instead. A group
        with the very files of a group already reviewed stays reviewed. Files already moved away stay
        out.
        """
        hand = self.hand_marks()
        reviewed = {g.paths for g in self.groups if g.reviewed}
        groups: list[ReviewGroup] = []
        kept: set[Path] = set()
        reset = 0
        # Each membership test hashes a Path (2 us the first time): at 9,000 groups of 100,000
        # pictures these took 100 ms of the window's time, so none is made that need not be.
        for group in result.groups:
            members = list(group.members)
            if self.gone:
                members = [m for m in members if m.path not in self.gone]
            if len(members) < 2:
                continue
            keep = [hand.get(m.path, m.keep) for m in members] if hand else [m.keep for m in members]
            if any(keep):
                if hand:
                    kept.update(m.path for m in members if m.path in hand)
            else:
                keep = [m.keep for m in members]
                reset += 1
            seen = bool(reviewed) and frozenset(m.path for m in members) in reviewed
            groups.append(ReviewGroup(group, members, keep, seen))
        # What the window saw of the files stays true: each is looked for in the new groups (held_back).
        return Regrouped(Review(result, groups, set(self.gone), dict(self.seen_otherwise)), len(kept), reset)

    def marks(self) -> dict[Path, bool]:
        return {m.path: keep for g in self.groups for m, keep in zip(g.members, g.keep, strict=True)}

    def marked_result(self) -> ScanResult:
        """The scan result as it stands now, with the person's marks as each file's `keep`."""
        groups = tuple(
            replace(
                g.group,
                members=tuple(replace(m, keep=keep) for m, keep in zip(g.members, g.keep, strict=True)),
            )
            for g in self.groups
        )
        return replace(self.result, groups=groups)


class BulkMark(Enum):
    """A mark set on many groups at once."""

    RULES = "rules"  # the marks the keep rules suggest
    KEEP_ALL = "keep_all"
    INVERT = "invert"
    DELETE_UNDER = "delete_under"  # every file under a folder DELETE
    KEEP_UNDER = "keep_under"  # every file under a folder KEEP


@dataclass(frozen=True, slots=True)
class MarkChange:
    """One group's marks before and after a change (member order as it stands)."""

    group: ReviewGroup
    before: list[bool]
    after: list[bool]


@dataclass(frozen=True, slots=True)
class BulkMarks:
    """What a bulk mark would change, counted for its preview."""

    changes: tuple[MarkChange, ...]
    to_delete: int  # files that become DELETE
    to_keep: int  # files that become KEEP
    best_kept: int  # groups that would have lost every copy: their best copy stays KEEP
    considered: int  # groups looked at


def bulk_marks(
    groups: Sequence[ReviewGroup], kind: BulkMark, rules: Sequence[KeepRule], folder: Path | None = None
) -> BulkMarks:
    """The marks `kind` sets on `groups` (`folder`: for the two folder kinds).

    Files in reference folders stay KEEP. A bulk mark never leaves a group without a KEEP: where it
    would, the group's best copy (by `rules`) stays KEEP, and `best_kept` counts those groups. A group
    the person had marked all DELETE by hand, and that this mark does not change, stays as it was.
    """
    changes: list[MarkChange] = []
    to_delete = to_keep = best_kept = 0
    for group in groups:
        before = list(group.keep)
        under = [folder is not None and folder in m.path.parents for m in group.members]
        if kind is BulkMark.RULES:
            suggested = dict(zip(*_paths_and_marks(group.with_rules(rules, keep_marks=False)), strict=True))
            after = [suggested[m.path] for m in group.members]
        elif kind is BulkMark.KEEP_ALL:
            after = [True] * len(before)
        elif kind is BulkMark.INVERT:
            after = [not keep for keep in before]
        elif kind is BulkMark.DELETE_UNDER:
            after = [keep and not inside for keep, inside in zip(before, under, strict=True)]
        else:
            after = [keep or inside for keep, inside in zip(before, under, strict=True)]
        after = [
            keep or m.record.entry.in_reference_root for keep, m in zip(after, group.members, strict=True)
        ]
        if after == before:
            continue
        if after and not any(after):
            best = min(range(len(after)), key=lambda i: keeper_order(group.members[i].record, rules))
            after[best] = True
            best_kept += 1
            if after == before:
                continue
        changes.append(MarkChange(group, before, after))
        to_delete += sum(was and not now for was, now in zip(before, after, strict=True))
        to_keep += sum(now and not was for was, now in zip(before, after, strict=True))
    return BulkMarks(tuple(changes), to_delete, to_keep, best_kept, len(groups))


def _paths_and_marks(group: ReviewGroup) -> tuple[list[Path], list[bool]]:
    return group.paths_in_order(), group.keep


def session_json(review: Review) -> str:
    """The review as a session file: the scan-result JSON (with each file's identity), the marks, and
    whether each group was reviewed (`"reviewed": true`, read back by `report.load`)."""
    data = report.to_dict(review.marked_result())
    data["format"], data["version"] = report.SESSION_FORMAT, report.SESSION_VERSION
    for written, group in zip(data["groups"], review.groups, strict=True):
        written["reviewed"] = group.reviewed
    return report.dumps(data)


class SessionError(ValueError):
    """A session file that cannot be opened; `reason` says why (str() in English)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


def load_session(text: str) -> Review:
    """Rebuild a review from `session_json` output (or from a scan result with keep marks).

    As after a scan (see controller.scan_and_choose), the collector does not run while the review's
    objects are made (a million at 50,000 groups: its passes over them took a third of the time),
    and what exists then is frozen, so that its later full passes, which hold the GIL and so the
    window, do not walk them again (ten of them, up to 0.3 s each, while the list computed its facts)."""
    reviewed: set[int] = set()
    try:
        with collector_paused(freeze=True):
            result = report.load(text, reviewed=reviewed)
            return Review.from_result(result, reviewed=reviewed)
    except report.ResultFileError as exc:
        raise SessionError(exc.reason) from exc


def review_text(path: Path) -> str:
    """The text of the session file `path` (see report.read_file); raises OSError or SessionError."""
    try:
        return report.read_file(path)
    except report.ResultFileError as exc:
        raise SessionError(exc.reason) from exc


def frozen_copy(review: Review) -> Review:
    """A copy of `review` that later marks and groupings on the GUI thread leave as it is (its
    groups and members are frozen already), for a worker to write."""
    groups = [ReviewGroup(g.group, list(g.members), list(g.keep), g.reviewed) for g in review.groups]
    return Review(review.result, groups, set(review.gone))
