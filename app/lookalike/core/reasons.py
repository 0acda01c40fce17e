"""Why a file could not be read, was left alone or was not put back, why a saved result cannot be
opened, and what went wrong beside: codes with values, each with its English sentence.

Core gives every such reason as a `Reason`: a `Code` and the values of its fields. str() of it is
the English sentence, which the command line prints, the logs record, and the JSON and the action
journal keep (machine-readable: never translated). The window says it in the person's
language from the code (ui/wording.reason_words). A value is a word or a number as it is (a path,
the system's own words for an error) or a Reason of its own ("the copy you keep", "the Trash").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum, unique
from functools import cache

_FIELD = re.compile(r"\{(\w+)\}")


@unique
class Code(Enum):
    """One kind of reason; its value is the English sentence, with {fields} for its values."""

    # ---- a file the scan could not read (fingerprint, imaging) ----
    EMPTY_FILE = "empty file"
    UNEXPECTED_FAILURE = "could not be read: unexpected {error} ({detail})"
    REPLACED_DURING_SCAN = "no longer a regular file (it was replaced during the scan)"
    ANOTHER_FILE_DURING_SCAN = "another file took its name during the scan (moved over it, or a link)"
    FOLDER_ABOVE_REPLACED = "a folder above it was replaced during the scan (moved away, or a link put there)"
    DISAPPEARED_DURING_SCAN = "the file disappeared during the scan"
    NO_PERMISSION_TO_READ = "no permission to read the file"
    FILE_UNREADABLE = "file cannot be read ({error})"
    READER_STOPPED = "the picture reader stopped while reading it: the picture data may be damaged"
    NO_LONGER_THERE = "the file is no longer there (moved or deleted?)"
    NOT_A_PICTURE = "not a picture: the content is not an image format Lookalike can read"
    RAW_UNSUPPORTED = (
        "a RAW camera file, which this version of Lookalike cannot read: left out of the comparison "
        "(a JPEG the camera saved beside it is compared as usual)"
    )
    RAW_PREVIEW_UNREADABLE = "RAW photo without a readable preview ({error})"
    RAW_PREVIEW_NOT_JPEG = "RAW photo whose embedded preview is not a JPEG"
    DECOMPRESSION_BOMB = "too large to open safely (possible decompression bomb)"
    TOO_MANY_PIXELS = "too large to open safely ({megapixels} megapixels)"
    OUT_OF_MEMORY = "too large to open with the memory available"
    TOO_LARGE_TO_COMPARE = (
        "too large to compare safely: decoding it would need about {needed} of memory, more than the "
        "{budget} one picture may use"
    )
    TOO_LARGE_TO_SHOW = (
        "too large to show safely: decoding it would need about {needed} of memory, more than the "
        "{budget} one picture may use"
    )
    HEADER_CUT_SHORT = "the picture data is damaged (a header is cut short)"
    TRUNCATED = "the file is truncated: part of the picture data is missing"
    DAMAGED = "the picture data is damaged ({error})"

    # ---- a file or folder the scan could not read or left out (discovery) ----
    FOLDER_NOT_FOUND = "folder not found"
    FOLDER_UNREADABLE = "folder cannot be read ({error})"
    NEITHER_FOLDER_NOR_PICTURE = "neither a folder nor a picture"
    BROKEN_LINK = "broken link: the file it points to is gone"
    CLOUD_ONLY = "only in the cloud: not downloaded to scan it"
    LINK_TO_FILE_NOT_FOLLOWED = "a link to a file: not followed"
    LINK_TO_FOLDER_NOT_FOLLOWED = "a link to a folder: not followed"
    LINK_TO_FILE_OUTSIDE = "a link to a file outside the scanned folders"
    LINK_TO_FOLDER_OUTSIDE = "a link to a folder outside the scanned folders"
    LINK_NOT_ANSWERING = "a link to a place that did not answer (a drive not connected?): not followed"

    # ---- a folder the person chose whose pictures are missing from the result (warnings of a scan) ----
    ROOT_NOT_FOUND = "The folder {folder} was not found, so its pictures are not in this result."
    ROOT_REFERENCE_NOT_FOUND = (
        "The reference folder {folder} was not found, so no picture in this result is protected as "
        "being in it; if you renamed or moved it, add it again."
    )
    ROOT_LINK_BROKEN = (
        "The folder {folder} is a link to a place that is gone, so its pictures are not in this result."
    )
    ROOT_UNREADABLE = (
        "The folder {folder} could not be opened ({error}), so its pictures are not in this result."
    )
    ROOT_NEITHER_FOLDER_NOR_PICTURE = (
        "{path} is neither a folder nor a picture, so nothing from it is in this result."
    )
    FOLDER_NOT_ANSWERING = (
        "{folder} did not answer (a network drive not connected, or asleep?), so nothing in it is in "
        "this result."
    )
    FOLDER_GONE_DURING_SCAN = (
        "This result is incomplete: the folder {folder} was moved or removed during the scan, so its "
        "pictures are left out ({count} of the {total} files found); scan again."
    )
    MANY_GONE_DURING_SCAN = (
        "This result is incomplete: {count} of the {total} files found were moved or deleted before "
        "the scan could read them ({most} of them in {folder}); scan again."
    )

    # ---- the fingerprint cache (warnings of a scan, and why a regrouping needs a new one) ----
    CACHE_UNUSABLE = (
        "The fingerprint cache in {folder} cannot be used ({error}); this scan runs without it, so the "
        "next one reads every file again."
    )
    CACHE_REBUILT = "The fingerprint cache {file} was unreadable ({error}); it has been rebuilt."
    CACHE_FILE_UNUSABLE = "The fingerprint cache {file} cannot be used ({error})."
    CACHE_THUMBS_UNREADABLE = "The fingerprint cache {file} could not be read ({error})."
    CACHE_THUMBS_GONE = (
        "The fingerprint cache {file} no longer holds the thumbs of {count} scanned pictures; scan again."
    )
    NO_THUMBS_NO_CACHE = "{count} pictures have no thumb and there is no cache"
    FOLDER_READ_ONLY = "the folder is read-only"
    DISK_FULL = "the disk is full"

    # ---- a file left alone when acting (recheck, matching) ----
    THE_FILE = "the file"  # who: the file acted on
    THE_KEPT_COPY = "the copy you keep"  # who: a copy of its group marked KEEP
    ALSO_KEPT = "this file is also a copy marked KEEP (under this or another name)"
    IN_REFERENCE_FOLDER = "it is in a reference folder, whose pictures are never removed"
    NO_COPY_KEPT = "no copy in its group is marked KEEP, so no copy would be left"
    SAVED_WITHOUT_IDENTITY = (
        "{who} was saved without what identifies it (an older or edited result file): scan the folders again"
    )
    REFERENCE_NOT_ANSWERING = (
        "the reference folder {folder} did not answer, so Lookalike cannot make sure that the file lies "
        "outside it"
    )
    IN_FOLDER_NOT_ANSWERING = "{who} is in the folder {folder}, which did not answer"
    ALREADY_MOVED = "it was already moved in this run"
    ALREADY_IN_FOLDER = "it is already in the folder to move it to"
    OUTSIDE_SCANNED_FOLDERS = (
        "{who} is not inside the scanned folders (a folder on its path may have been replaced by a link)"
    )
    GONE = "{who} is gone: it was moved or deleted after the scan"
    CANNOT_BE_READ = "{who} cannot be read ({error})"
    REPLACED_BY_LINK = "{who} was replaced by a link after the scan"
    NOT_A_REGULAR_FILE = "{who} is no longer a regular file"
    REPLACED_BY_ANOTHER_FILE = "{who} was replaced by another file after the scan"
    CHANGED = "{who} was changed after the scan"
    CHANGED_OR_REPLACED = "{who} was changed or replaced after the scan"
    CONTENT_CHANGED = "the content of {who} was changed after the scan"
    NOTHING_REMOVED = "{reason}, so nothing in this group was removed"
    BYTES_DIFFER = "its bytes differ from the copy you keep"
    NOT_IDENTICAL = "it is not an identical copy of the copy you keep"
    NOT_COMPARABLE = "it could not be compared again ({error})"
    TOO_PLAIN = "too plain a picture to tell a copy from a lookalike"
    NOT_THE_SAME_PICTURE = "not the same picture as the copy you keep, checked again just now"
    NOT_SIMILAR_ENOUGH = "not similar enough to the copy you keep, checked again just now"

    # ---- the system's answer when acting (actions, platform_checks) ----
    PERMISSION_DENIED = "permission denied: you may not change this file or its folder"
    SYSTEM_REFUSED = "the system refused it ({error})"
    TRASH_REFUSED = "the Trash refused it ({error})"
    TRASH_UNUSABLE = "the Trash cannot be used for this drive"
    NAME_TOO_LONG_FOR_TRASH = "its name is too long for the Trash, which adds to it"
    MOVE_INTO_REFERENCE = "the folder to move to is inside a reference folder: choose another"
    MOVE_INTO_TRASH = (
        "the folder to move to is inside a Trash, which emptying deletes for good: choose another"
    )
    NOT_A_FOLDER = (
        "the folder to move to is not a folder (a file, or a link that leads nowhere): choose another"
    )
    DESTINATION_REPLACED = "the folder to move to was moved or replaced while files were moved into it"
    DESTINATION_NOT_ANSWERING = (
        "the folder to move to, {folder}, did not answer: try again once its drive answers"
    )
    NAME_NOT_ALLOWED = (
        "the drive of the folder to move to does not allow this file's name (USB sticks and Windows "
        "drives refuse characters such as : ? and *)"
    )
    MOVE_UNSAFE_ON_DRIVE = (
        "the drive of the folder to move to cannot give a file a name without the risk of replacing "
        "another file there: choose a folder on another drive"
    )
    COPY_DIFFERS = "the copy did not match the original"
    ATTRIBUTES_NOT_KEPT = (
        "the drive moved to cannot keep this file's extended attributes (its comments, tags or "
        "ratings): it was left where it was"
    )
    MOVED_COPY_MISSING = "the moved copy {copy} is not there; the original was kept"
    LEFT_ASIDE = (
        "another program put a file at {path} just as Lookalike removed that name, and then another "
        "file took the name again: that file was kept, whole, as {aside}"
    )
    JOURNAL_UNWRITABLE = (
        "The action journal {file} could not be written ({error}); the Trash still records where each "
        "file came from."
    )
    REFERENCE_FOLDER_SILENT = (
        "The reference folder {folder} did not answer, so Lookalike could not make sure that the files "
        "to move lie outside it: none of them was moved. Try again once its drive answers (connect it "
        "again if it was disconnected)."
    )
    FOLDER_SILENT = (
        "The folder {folder} did not answer, so nothing in it was looked at: its files to move, and those "
        "whose copies marked KEEP are all in it, were not moved. Try again once its drive answers "
        "(connect it again if it was disconnected)."
    )
    DRIVE_NOT_ANSWERING = (
        "the drive did not answer ({who} is in the folder {folder}): left where it is; try again once "
        "it answers"
    )
    TRASH_NOT_ANSWERING = "the Trash {trash} did not answer: left where it is; try again once it answers"
    MAY_BE_TRASHED = (
        "the drive stopped answering while the file was being moved to the Trash: it may be in the "
        "Trash now, or still where it was (Undo puts it back if it went)"
    )
    MAY_BE_MOVED = (
        "the drive stopped answering while the file was being moved to {folder}: it may be there now, "
        "or still where it was (Undo puts it back if it went)"
    )
    FOLDER_STOPPED_ANSWERING = (
        "The folder {folder} stopped answering during the run, so its files not yet moved, and those "
        "whose copies marked KEEP are all in it, were left where they are. Try again once its drive "
        "answers (connect it again if it was disconnected)."
    )
    TRASH_STOPPED_ANSWERING = (
        "The Trash {trash} did not answer, so the files not yet moved to it were left where they are. "
        "Try again once it answers."
    )
    MOVE_NOT_JOURNALLED = (
        "not moved: the action journal, which records where it came from, could not be written"
    )
    NO_RECYCLE_BIN_ON_DRIVE = (
        "the file is on {drive}, which has no Recycle Bin: Windows would delete it for good"
    )
    SUBST_DRIVE = "the file is on a drive letter made with SUBST, which has no Recycle Bin"
    NO_WORKING_RECYCLE_BIN = "the file's drive has no working Recycle Bin: Windows would delete it for good"
    RECYCLE_BIN_DELETES = "the Recycle Bin is set to delete files at once on this drive, not to keep them"
    DRIVE_UNKNOWN = "Windows cannot tell which drive the file is on ({error})"
    UNKNOWN_DRIVE = "a drive of a kind Windows does not know"  # drive: what the file is on
    DRIVE_NOT_FOUND = "a drive Windows cannot find"
    REMOVABLE_DRIVE = "a removable drive (a USB stick or a memory card)"
    NETWORK_DRIVE = "a network drive"
    CD_OR_DVD = "a CD or DVD"
    RAM_DISK = "a RAM disk"
    NO_TRASH_ON_DISK = (
        "the file is on a disk without a Trash (a network share, or a disk macOS keeps no Trash on)"
    )
    TRASH_UNKNOWN = "macOS cannot tell whether the file's disk has a Trash ({error})"

    # ---- a file not put back (restore) ----
    THE_TRASH = "the Trash"  # where: a trashed file went
    THE_RECYCLE_BIN = "the Recycle Bin"
    PUT_BACK_IN_FINDER = "put it back from the Trash in Finder"
    PLACE_TAKEN = "a file now exists at {path}; it was not replaced"
    MOVE_NOT_RECORDED = "the journal does not say where it was moved"
    NO_LONGER_AT = "it is no longer at {path}"
    CHANGED_SINCE_MOVED = "the file at {path} changed since it was moved there"
    UNREADABLE_AT = "the file at {path} cannot be read ({error})"
    NO_LONGER_IN_TRASH = "it is no longer in {where} (it may have been emptied or put back already)"
    NOT_THE_MOVED_FILE = "the copy in {where} is not the file that was moved there"
    PUT_BACK_COPY_MISSING = "the file put back at {path} is not there; the copy at {copy} was kept"
    PUT_BACK_UNSAFE_ON_DRIVE = (
        "its drive cannot give it its name back without the risk of replacing another file; it was "
        "left at {copy}, to put back by hand"
    )
    RUN_STILL_GOING = (
        "the run that moved it is still waiting for a drive that stopped answering (a file may still "
        "be going): nothing is put back yet; undo again once that drive answers"
    )
    NOT_ANSWERING_FOR_UNDO = (
        "the drive did not answer at {folder} (a network drive not connected, or asleep?): the file "
        "stays where it is; undo again once it answers"
    )
    NOT_ON_ITS_DRIVE = (
        "{folder} is not on the drive the file was on (that drive unplugged, or mounted elsewhere?): "
        "the file stays where it is; undo again once that drive is back"
    )
    FOLDER_GONE_DRIVE_UNKNOWN = (
        "its folder {folder} is gone, and the journal does not say which drive it was on: the file "
        "stays where it is"
    )
    JOURNAL_NOT_WRITTEN = "The action journal {file} could not be written ({error})."
    MACOS_PUT_BACK = (
        "macOS does not let Lookalike take files back out of the Trash. In Finder, open the Trash, "
        "select these files and choose File ▸ Put Back:"
    )
    MACOS_TRASHED_FILE = "  {name}   (was in {folder})"

    # ---- a saved result or review that cannot be opened (report) ----
    NOT_JSON = "this is not a Lookalike result or review file (it is not valid JSON)"
    NOT_A_RESULT_FILE = "this is not a Lookalike result or review file"
    NO_VERSION = "this file has no valid version number"
    NEWER_VERSION = "this file was saved by a newer version of Lookalike"
    RESULT_FILE_TOO_LARGE = (
        "this file is too large to be a Lookalike result or review file ({size}, at most {largest})"
    )
    OLDER_REVIEW = (
        "this review file was saved by an earlier version of Lookalike, which recognised files "
        "differently; scan the folders again"
    )
    DAMAGED_FILE = "this file is damaged ({error}: {detail})"

    # A reason read back from a saved result in words no code makes (an older version's): as written.
    AS_WRITTEN = "{text}"

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the values, in the order they first appear in the English sentence: the
        window's %1, %2, ... stand for them in that order."""
        return tuple(dict.fromkeys(_FIELD.findall(self.value)))

    def __call__(self, **values: Value) -> Reason:
        """This reason with its values: Code.FILE_UNREADABLE(error="Input/output error")."""
        if set(values) != set(self.fields):
            raise TypeError(f"{self.name} takes {self.fields}, not {tuple(values)}")
        return Reason(self, tuple(values[name] for name in self.fields))


@dataclass(frozen=True, slots=True)
class Reason:
    """A code and the values of its fields (in Code.fields' order); str() is the English sentence."""

    code: Code
    values: tuple[Value, ...] = ()

    def __str__(self) -> str:
        values = dict(zip(self.code.fields, self.values, strict=True))
        return _FIELD.sub(lambda field: str(values[field[1]]), self.code.value)


Value = str | int | Reason


def from_english(text: str) -> Reason:
    """The Reason whose English sentence `text` is: a saved result keeps only the English. A value
    that is a sentence of its own without fields ("the folder is read-only") becomes that Reason;
    text that no code makes stays as written (Code.AS_WRITTEN)."""
    found: Reason | None = None
    most_literal = -1
    for code, pattern, literal in _patterns():
        match = pattern.fullmatch(text)
        if match is not None and literal > most_literal:  # the most specific sentence wins
            values = tuple(_WITHOUT_FIELDS.get(value, value) for value in match.groups())
            found, most_literal = Reason(code, values), literal
    return found or Code.AS_WRITTEN(text=text)


@cache
def _patterns() -> tuple[tuple[Code, re.Pattern[str], int], ...]:
    """Each code (but AS_WRITTEN) as a pattern that matches its sentences, with the length of its
    words outside the fields."""
    patterns = []
    for code in Code:
        if code is Code.AS_WRITTEN:
            continue
        parts = _FIELD.split(code.value)  # words, field, words, field, ..., words
        words = parts[::2]
        pattern = "(.+?)".join(re.escape(part) for part in words)
        patterns.append((code, re.compile(pattern, re.DOTALL), sum(map(len, words))))
    return tuple(patterns)


# Sentences without fields, by their English: what a value read back may be.
_WITHOUT_FIELDS: dict[str, Reason] = {code.value: code() for code in Code if not code.fields}


def amount(size: int) -> str:
    """`size` in bytes as a reason's value says it, rounded up: a size just over a limit never
    reads as equal to it."""
    return f"{math.ceil(size / 1e8) / 10:.1f} GB" if size >= 1e9 else f"{math.ceil(size / 1e6)} MB"
