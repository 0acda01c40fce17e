"""The group list as a table: one row per duplicate group, sorted and filtered inside the model.

QSortFilterProxyModel would call a Python `lessThan` for every comparison of a sort (about 800,000
calls for 50,000 groups: seconds) and a Python `filterAcceptsRow` per group for each keystroke.
Here a sort is one `sorted` over a list of keys and a filter one list comprehension over text made
once per group. Those per-group facts (names, folders, every path in lower case, the tier) are what
the person's marks cannot change; they are computed in slices of a few milliseconds while the event
loop is idle after a review appears, so the list opens at once and is ready when the person first
sorts or searches (or, if they are quicker, the rest is computed then).

The order stays as it is while marks, "reviewed" ticks and "not duplicates" change rows: a group
does not jump away from under the person; the next sort uses the new values.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap

from lookalike.core.models import FileEntry, GroupMember, Tier
from lookalike.display_names import display_name
from lookalike.ui.delegates import WARNING_SIGN, cannot_show_icon
from lookalike.ui.i18n import QT_TRANSLATE_NOOP, fill, size_text, translate
from lookalike.ui.models import LOOK_AGAIN_AFTER
from lookalike.ui.on_disk import FilesNow, OnDisk
from lookalike.ui.plain_text import plain_tip
from lookalike.ui.review import Held, Review, ReviewGroup
from lookalike.ui.session import ReviewSession
from lookalike.ui.thumbnails import ThumbnailLoader
from lookalike.ui.wording import changes_names, on_disk_sentence, tier_changes, tier_name, tier_words

AnyIndex = QModelIndex | QPersistentModelIndex

LIST_THUMB = 32  # the first file's thumbnail in the list
FILL_SLICE_S = 0.008  # the longest the idle computation of facts holds the event loop
TIER_RANK = {Tier.EXACT: 0, Tier.PIXELS: 1, Tier.SIMILAR: 2}
SEP = os.sep
PATHS_APART = "\0"  # between the paths of a group's facts: the one character no path holds


class Column(IntEnum):
    NAME = 0
    FOLDER = 1
    FILES = 2
    ALIKE = 3
    CHANGED = 4
    SIZE = 5
    REVIEWED = 6


# The columns' headers and their tooltips, in English: header_text() and headerData() translate them.
HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("GroupTableModel", "First file"),
    Column.FOLDER: QT_TRANSLATE_NOOP("GroupTableModel", "Folder"),
    Column.FILES: QT_TRANSLATE_NOOP("GroupTableModel", "Files"),
    Column.ALIKE: QT_TRANSLATE_NOOP("GroupTableModel", "How alike"),
    Column.CHANGED: QT_TRANSLATE_NOOP("GroupTableModel", "What changed"),
    Column.SIZE: QT_TRANSLATE_NOOP("GroupTableModel", "To free"),
    Column.REVIEWED: QT_TRANSLATE_NOOP("GroupTableModel", "Reviewed"),
}
HEADER_TIPS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP(
        "GroupTableModel", "The name of the group's first file (the best copy, unless you chose otherwise)"
    ),
    Column.FOLDER: QT_TRANSLATE_NOOP("GroupTableModel", "The folder of the group's first file"),
    Column.FILES: QT_TRANSLATE_NOOP("GroupTableModel", "How many files the group holds"),
    Column.ALIKE: QT_TRANSLATE_NOOP(
        "GroupTableModel",
        "Exact copies: the same bytes · Same picture: the same pixels, saved differently · "
        "Similar: pictures that look alike",
    ),
    Column.CHANGED: QT_TRANSLATE_NOOP("GroupTableModel", "What differs between the copies"),
    Column.SIZE: QT_TRANSLATE_NOOP("GroupTableModel", "Space the copies marked DELETE free"),
    Column.REVIEWED: QT_TRANSLATE_NOOP(
        "GroupTableModel",
        "Ticked once you have looked at the group (R switches it; U goes to the next group not reviewed)",
    ),
}


def header_text(column: Column) -> str:
    """A column's header in the window's language."""
    return translate("GroupTableModel", HEADERS[column])


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def tier_of(group: ReviewGroup) -> Tier:
    """`group.group.tier` (the loosest tier of any member), five times faster: it is asked for every
    group when the list is sorted or filtered."""
    tiers = {m.tier for m in group.group.members}
    return Tier.SIMILAR if Tier.SIMILAR in tiers else Tier.PIXELS if Tier.PIXELS in tiers else Tier.EXACT


def what_changed(group: ReviewGroup) -> str:
    """What differs between the group's copies, for its "What changed" column: the kinds of change
    its copies show ("turned, cropped, resized"), else what the group's tier alone tells."""
    return _changes_words(tuple(group.all_changes), tier_of(group))


def _changes_words(codes: tuple[str, ...], tier: Tier) -> str:
    return changes_names(codes) or tier_changes(tier)


class GroupFacts(NamedTuple):
    """What a group is sorted and filtered by that the person's marks cannot change (a named tuple:
    made 50,000 times, three times faster than a frozen dataclass)."""

    name_key: str  # the first file's name, case-folded
    folder_key: str  # its folder, case-folded
    tier: Tier
    changes: str
    # NUL before each member's path (no name holds one; a line feed can be in a name): NUL + folder + SEP
    # finds a file in that folder or below
    paths: str
    haystack: str  # `paths` as searched (searched_text), and as shown when they show otherwise


# What changed in words, by a group's change codes and tier (see facts_of).
ChangesWords = dict[tuple[tuple[str, ...], Tier], str]


def facts_of(group: ReviewGroup, words: ChangesWords | None = None) -> GroupFacts:
    """The group's facts. `words` remembers what_changed's words for each set of change codes the
    list has met: putting them into words took 7 us a group, half of all its facts' time, and most
    groups share a few such sets ("resized", "saved differently")."""
    texts = [str(m.path) for m in group.members]
    first = texts[0]
    folder, _, name = first.rpartition(SEP)
    paths = PATHS_APART + PATHS_APART.join(texts)
    tier = tier_of(group)
    changed = _remembered_words(group, tier, words)
    haystack = paths
    shown = [display_name(text) for text in texts]
    if shown != texts:  # found as shown too: "Archiv⟦0xE9⟧"
        haystack += PATHS_APART + PATHS_APART.join(shown)
    return GroupFacts(name.casefold(), folder.casefold(), tier, changed, paths, searched_text(haystack))


def searched_text(text: str) -> str:
    """`text` as the search compares it, typed or a name: case-folded in one Unicode form (Unicode's
    NFKC_Casefold: folded, made NFKC, folded again, as NFKC makes capitals of bold letters, "㎒"): a
    Korean or accented name a Mac wrote decomposed (NFD: "사진" as its jamo) is found as typed, and so
    are full-width Latin letters and half-width katakana by either width. The accents of Latin, Greek
    and Cyrillic letters are left out, as a browser's Find does: "cafe" finds "Café" typed on a
    keyboard without accents (and "café" finds "cafe"). The voicing marks of kana are kept: "か" must
    not find "が", a word of its own; they and other scripts' marks are not in that block."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text.casefold()).casefold())
    if folded.isascii() or not _MAY_HOLD_ACCENTS.search(folded):
        return folded
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", folded).translate(_LATIN_ACCENTS))


# Unicode's Combining Diacritical Marks (U+0300-U+036F), which Latin, Greek and Cyrillic letters take;
# kana's voicing marks (U+3099, U+309A) and Hangul's jamo are not among them.
_LATIN_ACCENTS = dict.fromkeys(range(0x300, 0x370))
# Where every character lies that holds one of those marks (made NFD): the marks themselves, Latin,
# Greek and Cyrillic letters, a few symbols ("≠"). A text with none of them is what it was (NFC is
# NFD made whole again): Korean, Chinese and Japanese paths, none ASCII, skip ten times the work.
_MAY_HOLD_ACCENTS = re.compile("[\u00c0-\u04ff\u1e00-\u1fff\u2100-\u22ff\u2adc]")


def _remembered_words(group: ReviewGroup, tier: Tier, words: ChangesWords | None) -> str:
    key = (tuple(group.all_changes), tier)
    changed = None if words is None else words.get(key)
    if changed is None:
        changed = _changes_words(*key)
        if words is not None:
            words[key] = changed
    return changed


def folder_text(folder: Path, roots: Sequence[Path]) -> str:
    """A folder as the list shows it: below the scanned folder ("2019/Trip"), with that folder's name
    first when several were scanned ("Pictures/2019/Trip"); in full when outside them."""
    for root in roots:
        if folder == root or root in folder.parents:
            base = root.parent if len(roots) > 1 or folder == root else root
            return str(folder.relative_to(base)) if base != folder else str(folder)
    return str(folder)


@dataclass(frozen=True, slots=True)
class GroupFilter:
    """Which groups the list shows: every word of `text` in some path of the group (case-folded),
    the group's tier, and a file in `folder` or below ("" for any)."""

    text: str = ""
    tier: Tier | None = None
    folder: str = ""

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.tier is not None or self.folder)


def folder_choices(folders: Sequence[str], roots: Sequence[Path], limit: int = 400) -> list[str]:
    """The folders the folder filter offers: those holding files in groups, or, when there are more
    than `limit`, their ancestors a few levels below the scanned folders; the scanned folders first."""
    root_texts = [str(root) for root in roots]
    unique = sorted(set(folders), key=str.casefold)
    depth = max((f.count(SEP) for f in unique), default=0)
    while len(unique) > limit and depth > 0:
        depth -= 1
        unique = sorted({SEP.join(f.split(SEP)[: depth + 1]) or SEP for f in unique}, key=str.casefold)
    return root_texts + [f for f in unique if f not in root_texts]


class GroupTableModel(QAbstractTableModel):
    """The groups of the session's review, one row each, in the order and subset the person chose.

    Rows are view rows; `source_row` and `view_row` translate to and from the review's own order.

    Each row's small picture is of the group's first file as it is now, as the tiles show it: its
    file is looked at (off this thread) when the row is painted, and again once LOOK_AGAIN_AFTER has
    passed; a file gone since the scan shows the tiles' "cannot show" sign, never the picture a
    thumbnail made before remembers, and one changed since shows the picture there now.

    "To free" counts what the trash button counts: the copies marked DELETE but those held back
    (Review.held_in); `held_back_words` (Acting.held_back_words) says why in the cell's tooltip.
    """

    def __init__(
        self,
        loader: ThumbnailLoader,
        session: ReviewSession,
        parent: QObject | None = None,
        *,
        held_back_words: Callable[[Sequence[tuple[GroupMember, Held]]], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader, self._session = loader, session
        self._held_back_words = held_back_words
        self._review: Review | None = None
        self._groups: list[ReviewGroup] = []  # review.groups as last shown
        self._member_lists: list[list[GroupMember]] = []  # each group's members list then, to see changes
        self._facts: list[GroupFacts | None] = []
        self._words: ChangesWords = {}  # for facts_of, as long as the facts it made
        self._filled = 0  # _facts[: _filled] are all computed
        self._reclaim: list[int] = []  # bytes the DELETE marks free, per group (_freed)
        self._sorted: list[int] = []  # every source row, in the chosen order
        self._order: list[int] = []  # the source rows shown, in that order
        self._view_rows: list[int] | None = None  # source row -> view row (-1: hidden); built on demand
        self._source_rows: dict[int, int] = {}  # id(group) -> source row
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._filter = GroupFilter()
        self._thumb_rows: dict[str, ReviewGroup] = {}  # first paths whose thumbnails were asked for
        self._now = FilesNow(self)  # what became of each first file since the scan
        self._now.seen.connect(self._on_looked)
        self._cannot_show_icons: dict[bool, QPixmap] = {}  # by a dark window or not
        self._locale = QLocale()
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_some)
        loader.thumbnail_ready.connect(self._on_thumbnail)
        session.reviewed_changed.connect(self.refresh_group)

    # ---- the review ---------------------------------------------------------------------------------

    @property
    def review(self) -> Review | None:
        return self._review

    def set_review(self, review: Review | None) -> None:
        """Show `review`'s groups, in the current order and filter."""
        self.beginResetModel()
        self._review = review
        self._take_groups(list(review.groups) if review else [])
        self._arrange()
        self.endResetModel()
        self._fill_timer.start()

    def _take_groups(self, groups: list[ReviewGroup]) -> None:
        self._groups = groups
        self._member_lists = [g.members for g in groups]
        self._facts = [None] * len(groups)
        self._words = {}
        self._reclaim = [-1] * len(groups)
        self._filled = 0
        self._source_rows = {id(g): row for row, g in enumerate(groups)}
        self._thumb_rows = {}
        self._now.forget()

    def sync(self) -> None:
        """Follow the review's groups after they changed in place ("not duplicates", files moved
        away, new keep rules). One group replaced by a few: rows removed and inserted where it was;
        groups whose files changed: their rows repainted; many changes: the list is laid out again."""
        review = self._review
        if review is None:
            return
        old, new = self._groups, review.groups
        start, shortest = 0, min(len(old), len(new))
        while start < shortest and old[start] is new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] is new[end_new - 1]:
            end_old, end_new = end_old - 1, end_new - 1
        if (end_old - start) + (end_new - start) > 64:
            self.set_review(review)
            return
        anchor = self._remove_sources(range(start, end_old))
        self._insert_sources(start, new[start:end_new], anchor)
        changed = [row for row, g in enumerate(self._groups) if g.members is not self._member_lists[row]]
        for row in changed:
            self._member_lists[row] = self._groups[row].members
            self._recompute_facts(row)
            self._emit_row_changed(row)

    def _remove_sources(self, rows: range) -> tuple[int, int] | None:
        """Remove the groups at source `rows`; returns where the first of them was, in the sorted rows
        and among the shown rows (-1: it was hidden), for what replaces it."""
        if not rows:
            return None
        doomed = set(rows)
        first_sorted = self._sorted.index(rows.start)
        first_view = self.view_row(rows.start)
        view_rows = sorted((self.view_row(r) for r in rows if self.view_row(r) >= 0), reverse=True)
        anchor = (
            first_sorted - sum(1 for s in self._sorted[:first_sorted] if s in doomed),
            first_view - sum(1 for v in view_rows if v < first_view) if first_view >= 0 else -1,
        )
        for view_row in view_rows:  # one at a time: they need not be next to each other
            self.beginRemoveRows(QModelIndex(), view_row, view_row)
            del self._order[view_row]
            self._view_rows = None
            self.endRemoveRows()
        count = len(rows)
        self._sorted = [s if s < rows.start else s - count for s in self._sorted if s not in doomed]
        self._order = [s if s < rows.start else s - count for s in self._order]
        del self._groups[rows.start : rows.stop]
        del self._member_lists[rows.start : rows.stop]
        del self._facts[rows.start : rows.stop]
        del self._reclaim[rows.start : rows.stop]
        self._filled = min(self._filled, rows.start)
        self._after_structure_change()
        return anchor

    def _insert_sources(
        self, at: int, groups: Sequence[ReviewGroup], anchor: tuple[int, int] | None = None
    ) -> None:
        """Put `groups` at source row `at`, shown where the group they replace was (`anchor`, from
        _remove_sources), else after the group before them in the review."""
        if not groups:
            return
        count = len(groups)
        self._sorted = [s if s < at else s + count for s in self._sorted]
        self._order = [s if s < at else s + count for s in self._order]
        self._groups[at:at] = list(groups)
        self._member_lists[at:at] = [g.members for g in groups]
        self._facts[at:at] = [facts_of(g, self._words) for g in groups]
        self._reclaim[at:at] = [self._freed(g) for g in groups]
        self._filled = min(self._filled, at)
        self._after_structure_change()
        new_rows = list(range(at, at + count))
        place = anchor[0] if anchor is not None else self._sorted.index(at - 1) + 1 if at > 0 else 0
        self._sorted[place:place] = new_rows
        shown = [r for r in new_rows if self._passes(r)]
        if shown:
            if anchor is not None and anchor[1] >= 0:
                view_place = anchor[1]
            else:
                earlier = (self.view_row(r) for r in range(at - 1, -1, -1) if self.view_row(r) >= 0)
                view_place = next(earlier, -1) + 1
            self.beginInsertRows(QModelIndex(), view_place, view_place + len(shown) - 1)
            self._order[view_place:view_place] = shown
            self._view_rows = None
            self.endInsertRows()
        self._fill_timer.start()

    def _after_structure_change(self) -> None:
        self._view_rows = None
        self._source_rows = {id(g): row for row, g in enumerate(self._groups)}

    # ---- rows ---------------------------------------------------------------------------------------

    @property
    def roots(self) -> tuple[Path, ...]:
        return self._review.result.roots if self._review else ()

    def folder_choices(self) -> list[tuple[str, str]]:
        """(text, folder) for the folder filter: the scanned folders and the folders of the files."""
        folders = folder_choices(self.member_folders(), self.roots)
        return [(display_name(folder_text(Path(folder), self.roots)), folder) for folder in folders]

    def is_thumbnail_loaded(self, row: int) -> bool:
        """Whether the small picture of view row `row` is shown (or known not to be): its first file
        looked at, and its thumbnail decoded unless it is gone."""
        group = self.group(row)
        if group is None:
            return True
        seen = self._first_seen(group)
        return seen is not None and (seen[0] is OnDisk.GONE or self._loader.is_loaded(seen[1], LIST_THUMB))

    def _first_seen(self, group: ReviewGroup, *, again: bool = False) -> tuple[OnDisk, FileEntry] | None:
        """What became of `group`'s first file since the scan, and what is at its path now; None until
        its first look answers (asked now, and, `again`, once LOOK_AGAIN_AFTER has passed)."""
        first = group.members[0].record.entry
        self._thumb_rows[str(first.path)] = group
        return self._now.state(first, again_after=LOOK_AGAIN_AFTER if again else None)

    def _first_picture(self, group: ReviewGroup) -> QPixmap | None:
        """The small picture of `group`'s first file as it is now; None until it is decoded; the
        tiles' "cannot show" sign for a file gone, or one that cannot be shown (deleted after it was
        looked at, damaged: its tile says why)."""
        seen = self._first_seen(group, again=True)
        if seen is None:
            return None
        state, file = seen
        if state is OnDisk.GONE:
            return self._cannot_show_icon()
        picture = self._loader.pixmap(file, LIST_THUMB)
        if picture is None and self._loader.problem(file, LIST_THUMB) is not None:
            return self._cannot_show_icon()
        return picture

    def _cannot_show_icon(self) -> QPixmap:
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
        icon = self._cannot_show_icons.get(dark)
        if icon is None:
            icon = self._cannot_show_icons[dark] = cannot_show_icon(
                LIST_THUMB, dark=dark, scale=self._loader.scale
            )
        return icon

    def _on_looked(self, scanned: FileEntry, state: OnDisk, _file: FileEntry, differs: bool) -> None:
        group = self._thumb_rows.get(str(scanned.path))
        if group is None:
            return
        self._session.saw_on_disk(group, scanned.path, state)  # a file marked DELETE seen gone: not counted
        row = self.view_row_of(group) if differs else -1
        if row >= 0:
            index = self.index(row, Column.NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def group(self, row: int) -> ReviewGroup | None:
        """The group on view row `row`."""
        if not 0 <= row < len(self._order):
            return None
        return self._groups[self._order[row]]

    def source_row(self, row: int) -> int:
        """The review's row of the group on view row `row`, or -1."""
        return self._order[row] if 0 <= row < len(self._order) else -1

    def view_row(self, source_row: int) -> int:
        """The view row of the review's group `source_row`, or -1 when it is filtered out."""
        if self._view_rows is None:
            rows = [-1] * len(self._groups)
            for view_row, source in enumerate(self._order):
                rows[source] = view_row
            self._view_rows = rows
        return self._view_rows[source_row] if 0 <= source_row < len(self._view_rows) else -1

    def view_row_of(self, group: ReviewGroup | None) -> int:
        source = self._source_rows.get(id(group), -1)
        return self.view_row(source) if source >= 0 else -1

    def total(self) -> int:
        """Groups in the review, shown or not."""
        return len(self._groups)

    def reviewed_count(self) -> int:
        return sum(g.reviewed for g in self._groups)

    def has_unreviewed(self) -> bool:
        """Whether a group the list shows is not reviewed (one "next not reviewed" can go to); without a
        Python call per group, as it is asked at each change of the current group."""
        return not all(map(attrgetter("reviewed"), map(self._groups.__getitem__, self._order)))

    def next_unreviewed(self, after: int) -> int:
        """The first view row after `after` (wrapping round) whose group is not reviewed, or -1."""
        groups, order = self._groups, self._order
        count = len(order)
        for step in range(1, count + 1):
            row = (after + step) % count
            if not groups[order[row]].reviewed:
                return row
        return -1

    def refresh_group(self, group: object) -> None:
        """Repaint `group`'s row after its marks or its reviewed tick changed."""
        source = self._source_rows.get(id(group), -1)
        if source >= 0:
            self._reclaim[source] = self._freed(self._groups[source])
            self._emit_row_changed(source)

    def refresh_groups(self, groups: Sequence[object]) -> None:
        """Repaint the rows of `groups` after their marks changed; many at once: the whole list once."""
        if len(groups) <= 64:
            for group in groups:
                self.refresh_group(group)
            return
        review = self._review
        groups = self._groups
        self._reclaim = review.delete_bytes_each(groups) if review else [g.delete_bytes for g in groups]
        if self._order:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, len(Column) - 1))

    def _freed(self, group: ReviewGroup) -> int:
        """What acting would free of `group`, as the trash button counts it: its copies marked DELETE
        but those held back (Review.delete_bytes_of), so that the column sums to the button's size."""
        review = self._review
        return review.delete_bytes_of(group) if review is not None else group.delete_bytes

    def _emit_row_changed(self, source: int) -> None:
        row = self.view_row(source)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # ---- facts, computed while idle -----------------------------------------------------------------

    def _recompute_facts(self, source: int) -> None:
        self._facts[source] = facts_of(self._groups[source], self._words)
        self._reclaim[source] = self._freed(self._groups[source])

    def _fill_some(self) -> None:
        """Compute the facts of the next groups for a few milliseconds; stop when all are known."""
        deadline = time.perf_counter() + FILL_SLICE_S
        if not self._fill_until(lambda: time.perf_counter() > deadline):
            self._fill_timer.stop()

    def _fill_until(self, enough: Callable[[], bool]) -> bool:
        """Compute missing facts until `enough()` says so; True when some are still missing."""
        facts, reclaim, groups = self._facts, self._reclaim, self._groups
        row = self._filled
        while row < len(groups):
            if facts[row] is None:
                facts[row] = facts_of(groups[row], self._words)
                reclaim[row] = self._freed(groups[row])
            row += 1
            if row % 256 == 0 and enough():
                break
        self._filled = row
        return row < len(groups)

    def ensure_facts(self) -> list[GroupFacts]:
        """Every group's facts, computing what the idle time has not yet."""
        if self._filled < len(self._groups):
            self._fill_until(lambda: False)
            self._fill_timer.stop()
        return self._facts  # type: ignore[return-value]

    @property
    def facts_ready(self) -> bool:
        return self._filled >= len(self._groups)

    def member_folders(self) -> list[str]:
        """The folder of every file in every group (for the folder filter's choices)."""
        facts = self.ensure_facts()
        return [path.rpartition(SEP)[0] for f in facts for path in f.paths[1:].split(PATHS_APART)]

    # ---- sort and filter ----------------------------------------------------------------------------

    @property
    def filter(self) -> GroupFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def set_filter(self, chosen: GroupFilter) -> None:
        """Show only the groups `chosen` lets through (a reset: the caller selects a group again)."""
        if chosen == self._filter:
            return
        self.beginResetModel()
        self._filter = chosen
        self._order = self._filtered(self._sorted)
        self._view_rows = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column` (-1: the review's own order); selections stay on their groups."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.source_row(index.row()) for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._sorted = self._sorted_rows()
        self._order = self._filtered(self._sorted) if self._filter.active else list(self._sorted)
        self._view_rows = None
        moved = [
            self.index(self.view_row(source), index.column()) if source >= 0 else QModelIndex()
            for source, index in zip(sources, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        self._sorted = self._sorted_rows()
        self._order = self._filtered(self._sorted) if self._filter.active else list(self._sorted)
        self._view_rows = None

    def _sorted_rows(self) -> list[int]:
        column, rows = self._sort_column, range(len(self._groups))
        if column < 0 or column >= len(Column):
            return list(rows)
        keys: list[Any]
        if column == Column.FILES:
            keys = [len(g.members) for g in self._groups]
        elif column == Column.REVIEWED:
            keys = [g.reviewed for g in self._groups]
        elif column == Column.SIZE:
            reclaim, groups = self._reclaim, self._groups
            for row in (r for r, amount in enumerate(reclaim) if amount < 0):
                reclaim[row] = self._freed(groups[row])
            keys = reclaim
        else:
            keys = self._fact_keys(Column(column))
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=keys.__getitem__, reverse=descending)  # stable either way

    def _fact_keys(self, column: Column) -> list[Any]:
        """Each group's key for sorting by `column`, from its facts. A group whose facts the idle time
        has not computed yet gets this column's key alone, the same as its facts will say: the whole
        facts of 50,000 groups take half a second, mostly in the text of every member's path."""
        words = self._words
        from_facts: Callable[[GroupFacts], Any]
        alone: Callable[[ReviewGroup], Any]
        if column == Column.NAME:
            from_facts, alone = attrgetter("name_key"), lambda g: g.members[0].path.name.casefold()
        elif column == Column.FOLDER:
            from_facts = attrgetter("folder_key")
            alone = lambda g: str(g.members[0].path).rpartition(SEP)[0].casefold()  # noqa: E731
        elif column == Column.ALIKE:
            from_facts, alone = lambda f: TIER_RANK[f.tier], lambda g: TIER_RANK[tier_of(g)]
        else:
            from_facts = attrgetter("changes")
            alone = lambda g: _remembered_words(g, tier_of(g), words)  # noqa: E731
        if self.facts_ready:
            return [from_facts(f) for f in self._facts]  # type: ignore[arg-type]
        pairs = zip(self._facts, self._groups, strict=True)
        return [alone(g) if f is None else from_facts(f) for f, g in pairs]

    def _filtered(self, rows: list[int]) -> list[int]:
        chosen = self._filter
        if not chosen.active:
            return list(rows)
        if chosen.tier is not None:
            tier, known, groups = chosen.tier, self._facts, self._groups
            rows = [
                r for r in rows if (f.tier if (f := known[r]) is not None else tier_of(groups[r])) is tier
            ]
        if not chosen.folder and not chosen.text:
            return list(rows)  # no facts needed: the likeness filter alone, before the idle time made them
        facts = self.ensure_facts()
        if chosen.folder:
            needle = PATHS_APART + chosen.folder.rstrip(SEP) + SEP
            rows = [r for r in rows if needle in facts[r].paths]
        for word in searched_text(chosen.text).split():
            rows = [r for r in rows if word in facts[r].haystack]
        return list(rows)

    def _passes(self, source: int) -> bool:
        return bool(self._filtered([source])) if self._filter.active else True

    # ---- Qt's model interface -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("GroupTableModel", HEADER_TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (Column.FILES, Column.SIZE) else LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.REVIEWED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group(index.row()) if index.isValid() else None
        if group is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(group, index.row(), column)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.REVIEWED:
            return Qt.CheckState.Checked if group.reviewed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            return self._first_picture(group)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tooltip(group, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (Column.FILES, Column.SIZE) else LEFT
        return None

    def _text(self, group: ReviewGroup, row: int, column: int) -> str | None:
        if column == Column.NAME:
            return display_name(group.members[0].path.name)
        if column == Column.FOLDER:
            return display_name(folder_text(group.members[0].path.parent, self.roots))
        if column == Column.FILES:
            return self._locale.toString(len(group.members))
        if column == Column.ALIKE:
            return tier_name(tier_of(group))
        if column == Column.CHANGED:
            facts = self._facts[self._order[row]]
            return facts.changes if facts is not None else what_changed(group)
        if column == Column.SIZE:
            freed = self._size_text(self._freed(group))
            # ⚠: no copy kept, or none as scanned (its copies marked DELETE not moved: the tooltip says why)
            heed = group.loses_every_copy or self._keeps_none_as_scanned(group)
            return f"\u26a0 {freed}" if heed else freed
        return None

    def _keeps_none_as_scanned(self, group: ReviewGroup) -> bool:
        """Whether `group` holds back copies marked DELETE as every copy marked KEEP in it changed or
        went away since the scan (Held.NO_KEEPER)."""
        review = self._review
        return review is not None and any(why is Held.NO_KEEPER for _member, why in review.held_in(group))

    def _size_text(self, size: int) -> str:
        if size == 0:
            return "—"
        return size_text(size, self._locale)

    def _tooltip(self, group: ReviewGroup, column: int) -> str:
        if column == Column.FOLDER:
            return display_name(group.members[0].path.parent)
        if column == Column.REVIEWED:
            return self.tr("Reviewed") if group.reviewed else self.tr("Not reviewed yet")
        if column == Column.CHANGED:  # whole: the column shows its start
            return what_changed(group)
        if column == Column.SIZE:
            said = [self.tr("No copy kept: every copy is marked DELETE")] if group.loses_every_copy else []
            held = self._review.held_in(group) if self._review is not None else []
            if held and self._held_back_words is not None:  # why the column counts fewer files
                said.append(self._held_back_words(held))
            if said:
                return "\n".join(said)
        shown = "\n".join(display_name(m.path) for m in group.members[:6])
        seen = self._first_seen(group) if column == Column.NAME else None
        if seen is not None and seen[0] is not OnDisk.AS_SCANNED:  # the first file, beside its picture
            first, _, rest = shown.partition("\n")
            shown = f"{first}\n{WARNING_SIGN}{on_disk_sentence(seen[0])}" + (f"\n{rest}" if rest else "")
        others = len(group.members) - 6
        more = "\n" + self.tr("… and %n other(s)", "", others) if others > 0 else ""
        files = fill(self.tr("%n file(s): %1", "", len(group.members)), tier_words(group.group.tier))
        return f"{files}\n{shown}{more}"

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        group = self.group(index.row()) if index.isValid() else None
        if group is None or index.column() != Column.REVIEWED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
        self._session.set_reviewed(group, checked)  # the session says so back: refresh_group
        return True

    def _on_thumbnail(self, path: str, side: int) -> None:
        group = self._thumb_rows.get(path) if side == LIST_THUMB else None
        row = self.view_row_of(group) if group is not None else -1
        if row >= 0:
            index = self.index(row, Column.NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
