"""The list model of the grid: the files of the selected group (the groups: group_table)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from lookalike.core.models import FileEntry, GroupMember
from lookalike.core.reasons import Code
from lookalike.display_names import display_name
from lookalike.ui.i18n import date_text, fill, size_text, translate
from lookalike.ui.on_disk import FilesNow, OnDisk
from lookalike.ui.plain_text import plain_tip
from lookalike.ui.review import Held, ReviewGroup
from lookalike.ui.thumbnails import PictureFacts, ThumbnailLoader
from lookalike.ui.wording import (
    alike_percent,
    changes_brief,
    changes_sentence,
    keep_reason_words,
    lost_keepers_words,
    match_words,
    on_disk_sentence,
    on_disk_words,
    reason_words,
    what_changed,
)

TILE_THUMB = 240
TIMES = " \u00d7 "
# A tile painted again looks at its file again (one stat) at most this often, in seconds: a file
# deleted or replaced while its group is on screen is told as such at the next paint.
LOOK_AGAIN_AFTER = 1.0

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom data roles shared by the models and their delegates."""

    KIND = Qt.ItemDataRole.UserRole + 1  # "exact" or "similar"
    KEEP = Qt.ItemDataRole.UserRole + 4  # bool: this file is kept
    PATH = Qt.ItemDataRole.UserRole + 5  # the file's Path (an object: Qt's text drops bytes not UTF-8)
    DETAILS = Qt.ItemDataRole.UserRole + 6  # "1600 x 1200 · 1.2 MB · JPEG", with a real times sign
    PLACE = Qt.ItemDataRole.UserRole + 7  # "2024-05-01 · Holiday 2024"
    SUGGESTED = Qt.ItemDataRole.UserRole + 8  # bool: the scan suggested keeping this file
    LOADED = Qt.ItemDataRole.UserRole + 9  # bool: the thumbnail is decoded (or cannot be)
    MATCH = Qt.ItemDataRole.UserRole + 10  # "reference", "identical", "pixels" or "similar"
    CHANGES = Qt.ItemDataRole.UserRole + 11  # "turned 90° right · cropped": what changed, briefly, or ""
    PROBLEM = Qt.ItemDataRole.UserRole + 12  # why the thumbnail cannot be shown, in words; "" if it can
    ON_DISK = Qt.ItemDataRole.UserRole + 13  # OnDisk: the file as scanned, changed since, or gone
    HELD = Qt.ItemDataRole.UserRole + 14  # Held: why acting leaves this file marked DELETE be; None: it moves


def member_details(member: GroupMember) -> str:
    fingerprint, size = member.record.fingerprint, size_text(member.record.entry.size)
    return f"{fingerprint.width}{TIMES}{fingerprint.height} · {size} · {fingerprint.format}"


def details_now(file: FileEntry, facts: PictureFacts | None) -> str:
    """As member_details, of a file changed since the scan: its size now, and its picture's size and
    format once its thumbnail is decoded."""
    size = size_text(file.size)
    if facts is None:
        return size
    return f"{facts.width}{TIMES}{facts.height} · {size} · {facts.format}"


def member_date(member: GroupMember) -> str:
    """The day the picture was taken (EXIF), else the day the file was last changed, in the window's
    language; "" for a time no date can hold (a crafted review's)."""
    taken = member.record.fingerprint.taken_at
    if taken:
        try:
            return date_text(date.fromisoformat(taken[:10]))
        except ValueError:
            return taken[:10]
    return changed_day(member.record.entry)


def changed_day(file: FileEntry) -> str:
    """The day `file` was last changed, in the window's language; "" for a time no date can hold."""
    try:
        moment = datetime.fromtimestamp(file.mtime_ns / 1e9, tz=UTC).astimezone()
    except (ValueError, OverflowError, OSError):
        return ""
    return date_text(moment.date())


def why_matched(group: ReviewGroup, row: int) -> str:
    """Tooltip lines on why member `row` is in the group: what changed, hash distance and pixel-check
    score."""
    match = group.match(row)
    if match == "reference":
        return "\n" + translate("TileModel", "The others in this group were compared with this picture.")
    if match == "identical":
        return "\n" + translate("TileModel", "Why it matched: the same bytes as the reference.")
    member, changes = group.members[row], group.changes(row)
    why = f"\n{what_changed(changes_sentence(changes))}" if changes else ""
    if member.score is None:
        why += "\n" + fill(
            translate(
                "TileModel", "Why it matched: fingerprint difference %1 from the reference (0 = the same)"
            ),
            member.distance,
        )
    else:
        why += "\n" + fill(
            translate(
                "TileModel",
                "Why it matched: fingerprint difference %1 from the reference (0 = the same), "
                "pixels %2% alike",
            ),
            member.distance,
            alike_percent(member.score),
        )
    return why


def suggestion(group: ReviewGroup, row: int) -> str:
    """Why member `row` was suggested as it was, in plain words."""
    member = group.members[row]
    if member.record.entry.in_reference_root:
        return translate("TileModel", "Suggested to keep: in a reference folder")
    if member.keep:
        return fill(
            translate("TileModel", "Suggested to keep: %1"), keep_reason_words(group.group.keep_reason)
        )
    return fill(translate("TileModel", "Suggested to delete: %1"), match_words(group.match(row)))


Marker = Callable[[ReviewGroup, Mapping[int, bool]], object]
"""Sets marks (row -> KEEP) in a group: the review session, which makes each change undoable."""
HeldIn = Callable[[ReviewGroup], Sequence[tuple[GroupMember, Held]]]
"""The files of a group marked DELETE that acting would not move, with why (Review.held_in)."""
LostKeepers = Callable[[ReviewGroup], Sequence[tuple[GroupMember, bool]]]
"""Why a group holds back its copies marked DELETE as Held.NO_KEEPER: its copies marked KEEP, each
gone (True) or changed (False) since the scan (Review.lost_keepers)."""


class TileModel(QAbstractListModel):
    """The files of one group, each a tile with a KEEP or DELETE mark.

    With a `marker` (the window's review session), a mark set here goes through it, and
    `refresh_marks` repaints the badges once it is set; without one, marks are set here directly.
    With `held_in`, a tile marked DELETE that acting would not move says so (Role.HELD); one held
    back as every copy marked KEEP beside it changed or went away says so under its name too, in the
    words of `lost_keepers` ("The copy you keep is gone"), and in its tooltip. What is held back is
    asked once for the group as it stands, and again after refresh_marks or refresh_held.

    Each file is looked at (one stat) when its tile is first laid out or painted: a file gone since
    the scan shows no picture and says so; a file changed since shows its picture now, its size
    now, and says it changed, never the scan's claims about it (how it matched, its size then).

    Signals:
        marks_changed: a file's mark was switched here (no marker).
        file_seen: (the ReviewGroup shown, a file's Path, OnDisk) each time a look at one of its
            files answers: what became of that file since the scan.
    """

    marks_changed = Signal()
    file_seen = Signal(object, object, object)

    def __init__(
        self,
        loader: ThumbnailLoader,
        parent: QObject | None = None,
        *,
        marker: Marker | None = None,
        held_in: HeldIn | None = None,
        lost_keepers: LostKeepers | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._marker = marker
        self._held_in, self._lost_keepers = held_in, lost_keepers
        self._group: ReviewGroup | None = None
        # Why each file of the group shown is held back (by id of its GroupMember), and whether each of
        # the copies marked KEEP whose loss holds back the others is gone: None until asked (_held).
        self._held_now: tuple[dict[int, Held], list[bool]] | None = None
        self._rows_by_path: dict[str, int] = {}
        # What became of each file of the group shown since the scan, and what is there now.
        self._now = FilesNow(self)
        self._now.seen.connect(self._on_looked)
        loader.thumbnail_ready.connect(self._on_thumbnail)

    @property
    def group(self) -> ReviewGroup | None:
        return self._group

    def set_group(self, group: ReviewGroup | None) -> None:
        self.beginResetModel()
        self._group = group
        self._rows_by_path = {str(m.path): row for row, m in enumerate(group.members)} if group else {}
        self._now.forget()  # each file looked at when its tile is first asked for
        self._held_now = None
        self.endResetModel()

    def _held(self) -> tuple[dict[int, Held], list[bool]]:
        """Why each file of the group shown is held back, by id of its GroupMember (held_in), and, when
        some are held back for want of a copy marked KEEP, whether each copy marked KEEP is gone
        (lost_keepers): asked of the review once, not at each tile's paint."""
        if self._held_now is None:
            group = self._group
            held: dict[int, Held] = {}
            lost: list[bool] = []
            if group is not None and self._held_in is not None:
                held = {id(member): why for member, why in self._held_in(group)}
                if Held.NO_KEEPER in held.values() and self._lost_keepers is not None:
                    lost = [gone for _member, gone in self._lost_keepers(group)]
            self._held_now = held, lost
        return self._held_now

    def refresh_held(self) -> None:
        """Repaint every tile: what the group holds back, or why, changed (a file of it was seen gone,
        changed, or back as scanned)."""
        self._held_now = None
        if self._group is not None and self._group.members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._group.members) - 1, 0))

    def _looked_at(self, member: GroupMember, *, again: bool = False) -> tuple[OnDisk, FileEntry] | None:
        """What became of `member`'s file since the scan, and what is at its path now, as last seen;
        None until its first look answers. Looked at (off this thread) when its tile is first laid
        out or painted, so that a group of 2,000 copies is not looked at all at once, and, `again`
        (its tile is painted), once LOOK_AGAIN_AFTER has passed; a tile whose file is then found
        otherwise is repainted whole (_on_looked)."""
        return self._now.state(member.record.entry, again_after=LOOK_AGAIN_AFTER if again else None)

    def _on_looked(self, scanned: FileEntry, state: OnDisk, _file: FileEntry, differs: bool) -> None:
        row = self._rows_by_path.get(str(scanned.path))
        if row is None or self._group is None:
            return
        self.file_seen.emit(self._group, scanned.path, state)
        if differs:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def looks_settled(self) -> bool:
        """Whether every look at a file asked for has answered."""
        return self._now.settled()

    def member(self, row: int) -> GroupMember | None:
        if self._group is None or not 0 <= row < len(self._group.members):
            return None
        return self._group.members[row]

    def toggle(self, row: int) -> None:
        if self._group is not None and 0 <= row < len(self._group.keep):
            self.setData(self.index(row, 0), not self._group.keep[row], Role.KEEP)

    def mark_rows(self, rows: list[int], keep: bool) -> None:
        """Mark `rows` KEEP or DELETE, as one change."""
        group = self._group
        rows = [row for row in rows if group is not None and 0 <= row < len(group.keep)]
        if group is None or not rows:
            return
        if self._marker is not None:
            self._marker(group, dict.fromkeys(rows, keep))
            return
        for row in rows:
            group.keep[row] = keep
        self.refresh_marks()
        self.marks_changed.emit()

    def refresh_marks(self) -> None:
        """Repaint every tile: the group's marks were set elsewhere (an undo, a bulk mark), and with them
        what it holds back (a copy marked KEEP in place of one gone)."""
        self.refresh_held()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        if parent.isValid() or self._group is None:
            return 0
        return len(self._group.members)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row()) if index.isValid() else None
        if member is None or self._group is None:
            return None
        row = index.row()
        seen = self._looked_at(member, again=role == Qt.ItemDataRole.DecorationRole)
        state, file = seen if seen is not None else (OnDisk.AS_SCANNED, member.record.entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return display_name(member.path.name)
        if role == Qt.ItemDataRole.DecorationRole:
            return None if state is OnDisk.GONE else self._loader.pixmap(file, TILE_THUMB)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problem(state, file)
            cannot = "\n" + fill(self.tr("Cannot show this file: %1"), problem) if problem else ""
            shown = display_name(member.path)
            if state is not OnDisk.AS_SCANNED:  # what the scan said of it (how it matched) no longer holds
                held = ""
                if state is OnDisk.CHANGED and not self._group.keep[row]:  # one gone cannot be moved anyway
                    held = "\n" + self.tr(
                        "Marked DELETE, it is not moved with the others: scan again to compare it anew."
                    )
                return plain_tip(f"{shown}{cannot}\n{on_disk_sentence(state)}{held}")
            why = f"{suggestion(self._group, row)}{why_matched(self._group, row)}"
            if self._held()[0].get(id(member)) is Held.NO_KEEPER:
                why += "\n" + self.tr(
                    "Marked DELETE, it is not moved: every copy marked KEEP in this group changed or "
                    "went away since the scan. Mark another copy KEEP, or scan again."
                )
            return plain_tip(f"{shown}{cannot}\n{why}")
        if role == Role.PROBLEM:
            return self._problem(state, file)
        if role == Role.ON_DISK:
            return state
        if role == Role.HELD:
            return self._held()[0].get(id(member))
        if role == Role.KEEP:
            return self._group.keep[row]
        if role == Role.SUGGESTED:
            return member.keep
        if role == Role.PATH:
            return member.path
        if role == Role.DETAILS:
            if state is OnDisk.CHANGED:
                return details_now(file, self._loader.facts(file, TILE_THUMB))
            return member_details(member)
        if role == Role.PLACE:
            day = changed_day(file) if state is OnDisk.CHANGED else member_date(member)
            folder = member.path.parent.name or member.path.parent
            return f"{day} · {display_name(folder)}" if day else display_name(folder)
        if role == Role.KIND:
            return self._group.kind.value
        if role == Role.LOADED:  # "…" until both the look at its file and its picture are in
            return seen is not None and (state is OnDisk.GONE or self._loader.is_loaded(file, TILE_THUMB))
        if role == Role.MATCH:
            return self._group.match(row)
        if role == Role.CHANGES:
            if state is not OnDisk.AS_SCANNED:
                return on_disk_words(state)
            unmoved, lost = self._held()
            if unmoved.get(id(member)) is Held.NO_KEEPER and lost:  # why it is not moved, before what changed
                return lost_keepers_words(lost)
            return changes_brief(self._group.changes(row))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Role.KEEP or self._group is None or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._group.keep):
            return False
        if self._marker is not None:
            self._marker(self._group, {index.row(): bool(value)})
            return True
        self._group.keep[index.row()] = bool(value)
        self.refresh_marks()  # the other tiles too: what the group holds back follows its marks
        self.marks_changed.emit()
        return True

    def _problem(self, state: OnDisk, file: FileEntry) -> str:
        """Why the thumbnail of `file` cannot be shown, in the window's language; "" while it loads
        or once it shows."""
        reason = Code.NO_LONGER_THERE() if state is OnDisk.GONE else self._loader.problem(file, TILE_THUMB)
        return "" if reason is None else reason_words(reason)

    def _on_thumbnail(self, path: str, side: int) -> None:
        row = self._rows_by_path.get(path)
        if side == TILE_THUMB and row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(
                index,
                index,
                [Qt.ItemDataRole.DecorationRole, Role.PROBLEM, Qt.ItemDataRole.ToolTipRole, Role.DETAILS],
            )

    def row_of(self, path: Path) -> int | None:
        return self._rows_by_path.get(str(path))
