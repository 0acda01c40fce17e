"""Folders listed on the start page that cannot be scanned now: how they are looked for, what to ask,
and what to say.

A folder is not there when it was renamed, moved or deleted, or when its drive is unplugged; it does
not answer when the network drive it is on stopped answering (a look at it waits as long as the drive
does, so it is looked at off the window's thread, and given up on after reach.PATIENCE seconds). One
to scan is left out, with a word. A reference folder is asked about first. One not there does not
protect its pictures: if they now sit inside another folder listed, copies among them get marked
DELETE. One that does not answer is out of the scan's reach (nothing in it is looked at, since each
look would hold the scan, and Stop, as long as the drive): none of its pictures is scanned, so none
can be marked DELETE, but their copies elsewhere are not found either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from lookalike.core import reach
from lookalike.display_names import display_name
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import fill, translate
from lookalike.ui.on_disk import FolderLooker


class Found(Enum):
    """What a look for a folder found."""

    THERE = "there"
    NOT_THERE = "not there"
    SILENT = "silent"  # no answer within reach.PATIENCE: its drive stopped answering (or is slow to wake)


@dataclass(frozen=True)
class Unavailable:
    """A folder listed that cannot be scanned now: not there, or `silent` (no answer in time)."""

    path: Path
    reference: bool
    silent: bool = False


class FolderLooks(QObject):
    """Looks for folders off the window's thread (FolderLooker), in rounds. A round is answered when
    each of its folders has answered a look asked for it then (or since), or when reach.PATIENCE has
    passed: a folder that has not answered by then is said SILENT, until its answer comes.

    Signals:
        found: (Path, Found) what is known of a folder now: its answer came, or it is SILENT.
        answered: (int) the round of that number is answered.
    """

    found = Signal(object, object)
    answered = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._looker = FolderLooker(self)
        self._looker.looked.connect(self._on_looked)
        self._round = 0
        self._waiting: dict[int, set[Path]] = {}  # by round not answered yet: its folders not answered
        # By folder: what is known of it, and the round of the look that told (answers come in any order).
        self._known: dict[Path, tuple[Found, int]] = {}

    def look_for(self, folders: Iterable[Path]) -> int:
        """Look for each of `folders` now; returns the round's number (`answered` tells when each has
        answered, or is given up on; never before this returns)."""
        self._round += 1
        number = self._round
        self._waiting[number] = set(folders)
        for folder in self._waiting[number]:
            self._looker.ask(folder, number)
        if not self._waiting[number]:
            QTimer.singleShot(0, self, lambda: self._give_up(number))
        else:
            QTimer.singleShot(round(reach.PATIENCE * 1000), self, lambda: self._give_up(number))
        return number

    def waiting(self, number: int) -> list[Path]:
        """The folders of the round `number` that have not answered it yet."""
        return sorted(self._waiting.get(number, ()))

    def settled(self) -> bool:
        """Whether each round is answered."""
        return not self._waiting

    def known(self, folder: Path) -> Found | None:
        """What the last answer about `folder` said (SILENT while none came in time); None before any
        look at it answered or was given up on."""
        known = self._known.get(folder)
        return None if known is None else known[0]

    def _on_looked(self, folder: Path, number: int, there: bool) -> None:
        self._looker.done(folder, number)
        known = self._known.get(folder)
        if known is None or number >= known[1]:
            found = Found.THERE if there else Found.NOT_THERE
            self._known[folder] = (found, number)
            self.found.emit(folder, found)
        # The look was asked for after the rounds before it were: it answers them too.
        for earlier in sorted(r for r in self._waiting if r <= number):
            waiting = self._waiting[earlier]
            waiting.discard(folder)
            if not waiting:
                del self._waiting[earlier]
                self.answered.emit(earlier)

    def _give_up(self, number: int) -> None:
        late = self._waiting.pop(number, None)
        if late is None:  # answered in time
            return
        for folder in sorted(late):
            _, told = self._known.get(folder, (Found.SILENT, 0))
            self._known[folder] = (Found.SILENT, told)  # any answer replaces it
            self.found.emit(folder, Found.SILENT)
        self.answered.emit(number)


def _why(missing: Sequence[Unavailable]) -> str:
    words = []
    if any(not folder.silent for folder in missing):
        words.append(
            translate(
                "MissingFolders",
                "A folder is not there when it was renamed, moved or deleted, or when the drive it is on is "
                "not connected.",
            )
        )
    if any(folder.silent for folder in missing):
        words.append(not_answering_words())
    return " ".join(words)


def not_answering_words() -> str:
    """Why a folder may not answer, and that Lookalike waited for it."""
    return translate(
        "MissingFolders",
        "A folder does not answer when the drive it is on stopped answering: a network drive whose "
        "connection was lost, or a disk still waking up. Lookalike waited a few seconds for it.",
    )


def may_scan_without(dialogs: Dialogs, missing: Sequence[Unavailable]) -> bool:
    """True when the scan may go on without the `missing` folders: none of them is a reference folder,
    or the person said so when asked (Cancel is the default answer)."""
    references = [folder for folder in missing if folder.reference]
    if not references:
        return True
    silent = all(folder.silent for folder in references)
    lines = [
        fill(
            translate("MissingFolders", "The reference folder “%1” does not answer.")
            if folder.silent
            else translate("MissingFolders", "The reference folder “%1” is not there now."),
            display_name(folder.path),
        )
        for folder in references
    ]
    consequences = []
    if not silent:
        consequences.append(
            translate(
                "MissingFolders",
                "The pictures of a reference folder that is not there are not protected: any that are now "
                "inside another folder listed are scanned like the others, and can be marked DELETE.",
            )
        )
    if any(folder.silent for folder in references):
        consequences.append(
            translate(
                "MissingFolders",
                "Lookalike looks at nothing inside a reference folder that does not answer: none of its "
                "pictures is scanned, so none can be marked DELETE, but their copies in the other folders "
                "are not found either.",
            )
        )
    return dialogs.confirm(
        translate("MissingFolders", "Reference folder not answering")
        if silent
        else translate("MissingFolders", "Reference folder not found"),
        "\n".join(lines) + "\n\n" + _why(references) + " " + " ".join(consequences),
        translate(
            "MissingFolders",
            "Scan anyway? To compare the reference pictures with the others, click Cancel, then scan again "
            "once the drive answers (connect it again if it was disconnected).",
        )
        if silent
        else translate(
            "MissingFolders",
            "Scan anyway? To keep them protected, click Cancel, then connect the drive, or add the folder "
            "again where it is now and tick it.",
        ),
        ok=translate("MissingFolders", "Scan anyway"),
    )


def nothing_there_words(missing: Sequence[Unavailable]) -> str:
    """Why there is nothing to scan when none of the folders listed is there."""
    lines = [
        fill(
            translate("MissingFolders", "The folder “%1” does not answer.")
            if folder.silent
            else translate("MissingFolders", "The folder “%1” is not there now."),
            display_name(folder.path),
        )
        for folder in missing
    ]
    return "\n".join(lines) + "\n\n" + _why(missing)


def not_scanned_note(missing: Sequence[Unavailable]) -> str:
    """What the results say of the folders that were not there when the scan started ("" for none)."""
    return "\n".join(fill(_not_scanned(folder), display_name(folder.path)) for folder in missing)


def _not_scanned(folder: Unavailable) -> str:
    if folder.reference and folder.silent:
        return translate(
            "MissingFolders",
            "The reference folder “%1” did not answer and was not scanned: copies of its pictures were not "
            "looked for.",
        )
    if folder.reference:
        return translate(
            "MissingFolders", "The reference folder “%1” was not there: its pictures were not protected."
        )
    if folder.silent:
        return translate("MissingFolders", "The folder “%1” did not answer and was not scanned.")
    return translate("MissingFolders", "The folder “%1” was not there and was not scanned.")
