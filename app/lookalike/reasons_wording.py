"""Core's reasons (core.reasons.Code) as the window and the command line say them: one table of
templates, marked for lupdate in the context "Reasons", and the function that fills one in.

Qt-free, so the command line renders reasons without loading Qt: each caller passes how it translates
(the window through Qt's translators, the command line through lookalike.catalog) and how it writes
a number.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from functools import cache

from lookalike.catalog import QT_TRANSLATE_NOOP, fill
from lookalike.core.reasons import Code, Reason, Value

# Core's reasons (core.reasons.Code), in the context "Reasons": each the code's English sentence with
# %1, %2, ... for its fields in the order the English names them.
REASONS: dict[Code, str] = {
    Code.EMPTY_FILE: QT_TRANSLATE_NOOP("Reasons", "empty file"),
    Code.UNEXPECTED_FAILURE: QT_TRANSLATE_NOOP("Reasons", "could not be read: unexpected %1 (%2)"),
    Code.REPLACED_DURING_SCAN: QT_TRANSLATE_NOOP(
        "Reasons", "no longer a regular file (it was replaced during the scan)"
    ),
    Code.ANOTHER_FILE_DURING_SCAN: QT_TRANSLATE_NOOP(
        "Reasons", "another file took its name during the scan (moved over it, or a link)"
    ),
    Code.FOLDER_ABOVE_REPLACED: QT_TRANSLATE_NOOP(
        "Reasons", "a folder above it was replaced during the scan (moved away, or a link put there)"
    ),
    Code.DISAPPEARED_DURING_SCAN: QT_TRANSLATE_NOOP("Reasons", "the file disappeared during the scan"),
    Code.NO_PERMISSION_TO_READ: QT_TRANSLATE_NOOP("Reasons", "no permission to read the file"),
    Code.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "file cannot be read (%1)"),
    Code.READER_STOPPED: QT_TRANSLATE_NOOP(
        "Reasons", "the picture reader stopped while reading it: the picture data may be damaged"
    ),
    Code.NO_LONGER_THERE: QT_TRANSLATE_NOOP("Reasons", "the file is no longer there (moved or deleted?)"),
    Code.NOT_A_PICTURE: QT_TRANSLATE_NOOP(
        "Reasons", "not a picture: the content is not an image format Lookalike can read"
    ),
    Code.RAW_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Reasons",
        "a RAW camera file, which this version of Lookalike cannot read: left out of the comparison "
        "(a JPEG the camera saved beside it is compared as usual)",
    ),
    Code.RAW_PREVIEW_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "RAW photo without a readable preview (%1)"),
    Code.RAW_PREVIEW_NOT_JPEG: QT_TRANSLATE_NOOP("Reasons", "RAW photo whose embedded preview is not a JPEG"),
    Code.DECOMPRESSION_BOMB: QT_TRANSLATE_NOOP(
        "Reasons", "too large to open safely (possible decompression bomb)"
    ),
    Code.TOO_MANY_PIXELS: QT_TRANSLATE_NOOP("Reasons", "too large to open safely (%1 megapixels)"),
    Code.OUT_OF_MEMORY: QT_TRANSLATE_NOOP("Reasons", "too large to open with the memory available"),
    Code.TOO_LARGE_TO_COMPARE: QT_TRANSLATE_NOOP(
        "Reasons",
        "too large to compare safely: decoding it would need about %1 of memory, more than the %2 "
        "one picture may use",
    ),
    Code.TOO_LARGE_TO_SHOW: QT_TRANSLATE_NOOP(
        "Reasons",
        "too large to show safely: decoding it would need about %1 of memory, more than the %2 one "
        "picture may use",
    ),
    Code.HEADER_CUT_SHORT: QT_TRANSLATE_NOOP(
        "Reasons", "the picture data is damaged (a header is cut short)"
    ),
    Code.TRUNCATED: QT_TRANSLATE_NOOP(
        "Reasons", "the file is truncated: part of the picture data is missing"
    ),
    Code.DAMAGED: QT_TRANSLATE_NOOP("Reasons", "the picture data is damaged (%1)"),
    Code.FOLDER_NOT_FOUND: QT_TRANSLATE_NOOP("Reasons", "folder not found"),
    Code.FOLDER_UNREADABLE: QT_TRANSLATE_NOOP("Reasons", "folder cannot be read (%1)"),
    Code.NEITHER_FOLDER_NOR_PICTURE: QT_TRANSLATE_NOOP("Reasons", "neither a folder nor a picture"),
    Code.BROKEN_LINK: QT_TRANSLATE_NOOP("Reasons", "broken link: the file it points to is gone"),
    Code.CLOUD_ONLY: QT_TRANSLATE_NOOP("Reasons", "only in the cloud: not downloaded to scan it"),
    Code.LINK_TO_FILE_NOT_FOLLOWED: QT_TRANSLATE_NOOP("Reasons", "a link to a file: not followed"),
    Code.LINK_TO_FOLDER_NOT_FOLLOWED: QT_TRANSLATE_NOOP("Reasons", "a link to a folder: not followed"),
    Code.LINK_TO_FILE_OUTSIDE: QT_TRANSLATE_NOOP("Reasons", "a link to a file outside the scanned folders"),
    Code.LINK_TO_FOLDER_OUTSIDE: QT_TRANSLATE_NOOP(
        "Reasons", "a link to a folder outside the scanned folders"
    ),
    Code.LINK_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons", "a link to a place that did not answer (a drive not connected?): not followed"
    ),
    Code.ROOT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Reasons", "The folder %1 was not found, so its pictures are not in this result."
    ),
    Code.ROOT_REFERENCE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Reasons",
        "The reference folder %1 was not found, so no picture in this result is protected as being in "
        "it; if you renamed or moved it, add it again.",
    ),
    Code.ROOT_LINK_BROKEN: QT_TRANSLATE_NOOP(
        "Reasons", "The folder %1 is a link to a place that is gone, so its pictures are not in this result."
    ),
    Code.ROOT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "The folder %1 could not be opened (%2), so its pictures are not in this result."
    ),
    Code.ROOT_NEITHER_FOLDER_NOR_PICTURE: QT_TRANSLATE_NOOP(
        "Reasons", "%1 is neither a folder nor a picture, so nothing from it is in this result."
    ),
    Code.FOLDER_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons",
        "%1 did not answer (a network drive not connected, or asleep?), so nothing in it is in this result.",
    ),
    Code.FOLDER_GONE_DURING_SCAN: QT_TRANSLATE_NOOP(
        "Reasons",
        "This result is incomplete: the folder %1 was moved or removed during the scan, so its pictures "
        "are left out (%2 of the %3 files found); scan again.",
    ),
    Code.MANY_GONE_DURING_SCAN: QT_TRANSLATE_NOOP(
        "Reasons",
        "This result is incomplete: %1 of the %2 files found were moved or deleted before the scan could "
        "read them (%3 of them in %4); scan again.",
    ),
    Code.CACHE_UNUSABLE: QT_TRANSLATE_NOOP(
        "Reasons",
        "The fingerprint cache in %1 cannot be used (%2); this scan runs without it, so the next one "
        "reads every file again.",
    ),
    Code.CACHE_REBUILT: QT_TRANSLATE_NOOP(
        "Reasons", "The fingerprint cache %1 was unreadable (%2); it has been rebuilt."
    ),
    Code.CACHE_FILE_UNUSABLE: QT_TRANSLATE_NOOP("Reasons", "The fingerprint cache %1 cannot be used (%2)."),
    Code.CACHE_THUMBS_UNREADABLE: QT_TRANSLATE_NOOP(
        "Reasons", "The fingerprint cache %1 could not be read (%2)."
    ),
    Code.CACHE_THUMBS_GONE: QT_TRANSLATE_NOOP(
        "Reasons", "The fingerprint cache %1 no longer holds the thumbs of %2 scanned pictures; scan again."
    ),
    Code.NO_THUMBS_NO_CACHE: QT_TRANSLATE_NOOP("Reasons", "%1 pictures have no thumb and there is no cache"),
    Code.FOLDER_READ_ONLY: QT_TRANSLATE_NOOP("Reasons", "the folder is read-only"),
    Code.DISK_FULL: QT_TRANSLATE_NOOP("Reasons", "the disk is full"),
    Code.THE_FILE: QT_TRANSLATE_NOOP("Reasons", "the file"),
    Code.THE_KEPT_COPY: QT_TRANSLATE_NOOP("Reasons", "the copy you keep"),
    Code.ALSO_KEPT: QT_TRANSLATE_NOOP(
        "Reasons", "this file is also a copy marked KEEP (under this or another name)"
    ),
    Code.IN_REFERENCE_FOLDER: QT_TRANSLATE_NOOP(
        "Reasons", "it is in a reference folder, whose pictures are never removed"
    ),
    Code.NO_COPY_KEPT: QT_TRANSLATE_NOOP(
        "Reasons", "no copy in its group is marked KEEP, so no copy would be left"
    ),
    Code.SAVED_WITHOUT_IDENTITY: QT_TRANSLATE_NOOP(
        "Reasons",
        "%1 was saved without what identifies it (an older or edited result file): scan the folders again",
    ),
    Code.REFERENCE_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons",
        "the reference folder %1 did not answer, so Lookalike cannot make sure that the file lies outside it",
    ),
    Code.IN_FOLDER_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons", "%1 is in the folder %2, which did not answer"
    ),
    Code.ALREADY_MOVED: QT_TRANSLATE_NOOP("Reasons", "it was already moved in this run"),
    Code.ALREADY_IN_FOLDER: QT_TRANSLATE_NOOP("Reasons", "it is already in the folder to move it to"),
    Code.OUTSIDE_SCANNED_FOLDERS: QT_TRANSLATE_NOOP(
        "Reasons",
        "%1 is not inside the scanned folders (a folder on its path may have been replaced by a link)",
    ),
    Code.GONE: QT_TRANSLATE_NOOP("Reasons", "%1 is gone: it was moved or deleted after the scan"),
    Code.CANNOT_BE_READ: QT_TRANSLATE_NOOP("Reasons", "%1 cannot be read (%2)"),
    Code.REPLACED_BY_LINK: QT_TRANSLATE_NOOP("Reasons", "%1 was replaced by a link after the scan"),
    Code.NOT_A_REGULAR_FILE: QT_TRANSLATE_NOOP("Reasons", "%1 is no longer a regular file"),
    Code.REPLACED_BY_ANOTHER_FILE: QT_TRANSLATE_NOOP(
        "Reasons", "%1 was replaced by another file after the scan"
    ),
    Code.CHANGED: QT_TRANSLATE_NOOP("Reasons", "%1 was changed after the scan"),
    Code.CHANGED_OR_REPLACED: QT_TRANSLATE_NOOP("Reasons", "%1 was changed or replaced after the scan"),
    Code.CONTENT_CHANGED: QT_TRANSLATE_NOOP("Reasons", "the content of %1 was changed after the scan"),
    Code.NOTHING_REMOVED: QT_TRANSLATE_NOOP("Reasons", "%1, so nothing in this group was removed"),
    Code.BYTES_DIFFER: QT_TRANSLATE_NOOP("Reasons", "its bytes differ from the copy you keep"),
    Code.NOT_IDENTICAL: QT_TRANSLATE_NOOP("Reasons", "it is not an identical copy of the copy you keep"),
    Code.NOT_COMPARABLE: QT_TRANSLATE_NOOP("Reasons", "it could not be compared again (%1)"),
    Code.TOO_PLAIN: QT_TRANSLATE_NOOP("Reasons", "too plain a picture to tell a copy from a lookalike"),
    Code.NOT_THE_SAME_PICTURE: QT_TRANSLATE_NOOP(
        "Reasons", "not the same picture as the copy you keep, checked again just now"
    ),
    Code.NOT_SIMILAR_ENOUGH: QT_TRANSLATE_NOOP(
        "Reasons", "not similar enough to the copy you keep, checked again just now"
    ),
    Code.PERMISSION_DENIED: QT_TRANSLATE_NOOP(
        "Reasons", "permission denied: you may not change this file or its folder"
    ),
    Code.SYSTEM_REFUSED: QT_TRANSLATE_NOOP("Reasons", "the system refused it (%1)"),
    Code.TRASH_REFUSED: QT_TRANSLATE_NOOP("Reasons", "the Trash refused it (%1)"),
    Code.TRASH_UNUSABLE: QT_TRANSLATE_NOOP("Reasons", "the Trash cannot be used for this drive"),
    Code.NAME_TOO_LONG_FOR_TRASH: QT_TRANSLATE_NOOP(
        "Reasons", "its name is too long for the Trash, which adds to it"
    ),
    Code.MOVE_INTO_REFERENCE: QT_TRANSLATE_NOOP(
        "Reasons", "the folder to move to is inside a reference folder: choose another"
    ),
    Code.MOVE_INTO_TRASH: QT_TRANSLATE_NOOP(
        "Reasons", "the folder to move to is inside a Trash, which emptying deletes for good: choose another"
    ),
    Code.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "Reasons",
        "the folder to move to is not a folder (a file, or a link that leads nowhere): choose another",
    ),
    Code.DESTINATION_REPLACED: QT_TRANSLATE_NOOP(
        "Reasons", "the folder to move to was moved or replaced while files were moved into it"
    ),
    Code.DESTINATION_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons", "the folder to move to, %1, did not answer: try again once its drive answers"
    ),
    Code.NAME_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive of the folder to move to does not allow this file's name (USB sticks and Windows "
        "drives refuse characters such as : ? and *)",
    ),
    Code.MOVE_UNSAFE_ON_DRIVE: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive of the folder to move to cannot give a file a name without the risk of replacing "
        "another file there: choose a folder on another drive",
    ),
    Code.COPY_DIFFERS: QT_TRANSLATE_NOOP("Reasons", "the copy did not match the original"),
    Code.ATTRIBUTES_NOT_KEPT: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive moved to cannot keep this file's extended attributes (its comments, tags or "
        "ratings): it was left where it was",
    ),
    Code.MOVED_COPY_MISSING: QT_TRANSLATE_NOOP(
        "Reasons", "the moved copy %1 is not there; the original was kept"
    ),
    Code.LEFT_ASIDE: QT_TRANSLATE_NOOP(
        "Reasons",
        "another program put a file at %1 just as Lookalike removed that name, and then another "
        "file took the name again: that file was kept, whole, as %2",
    ),
    Code.JOURNAL_UNWRITABLE: QT_TRANSLATE_NOOP(
        "Reasons",
        "The action journal %1 could not be written (%2); the Trash still records where each file came from.",
    ),
    Code.REFERENCE_FOLDER_SILENT: QT_TRANSLATE_NOOP(
        "Reasons",
        "The reference folder %1 did not answer, so Lookalike could not make sure that the files to move lie "
        "outside it: none of them was moved. Try again once its drive answers (connect it again if it was "
        "disconnected).",
    ),
    Code.FOLDER_SILENT: QT_TRANSLATE_NOOP(
        "Reasons",
        "The folder %1 did not answer, so nothing in it was looked at: its files to move, and those whose "
        "copies marked KEEP are all in it, were not moved. Try again once its drive answers (connect it "
        "again if it was disconnected).",
    ),
    Code.DRIVE_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive did not answer (%1 is in the folder %2): left where it is; try again once it answers",
    ),
    Code.TRASH_NOT_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons", "the Trash %1 did not answer: left where it is; try again once it answers"
    ),
    Code.MAY_BE_TRASHED: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive stopped answering while the file was being moved to the Trash: it may be in the Trash "
        "now, or still where it was (Undo puts it back if it went)",
    ),
    Code.MAY_BE_MOVED: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive stopped answering while the file was being moved to %1: it may be there now, or still "
        "where it was (Undo puts it back if it went)",
    ),
    Code.FOLDER_STOPPED_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons",
        "The folder %1 stopped answering during the run, so its files not yet moved, and those whose copies "
        "marked KEEP are all in it, were left where they are. Try again once its drive answers (connect it "
        "again if it was disconnected).",
    ),
    Code.TRASH_STOPPED_ANSWERING: QT_TRANSLATE_NOOP(
        "Reasons",
        "The Trash %1 did not answer, so the files not yet moved to it were left where they are. Try again "
        "once it answers.",
    ),
    Code.MOVE_NOT_JOURNALLED: QT_TRANSLATE_NOOP(
        "Reasons", "not moved: the action journal, which records where it came from, could not be written"
    ),
    Code.NO_RECYCLE_BIN_ON_DRIVE: QT_TRANSLATE_NOOP(
        "Reasons", "the file is on %1, which has no Recycle Bin: Windows would delete it for good"
    ),
    Code.SUBST_DRIVE: QT_TRANSLATE_NOOP(
        "Reasons", "the file is on a drive letter made with SUBST, which has no Recycle Bin"
    ),
    Code.NO_WORKING_RECYCLE_BIN: QT_TRANSLATE_NOOP(
        "Reasons", "the file's drive has no working Recycle Bin: Windows would delete it for good"
    ),
    Code.RECYCLE_BIN_DELETES: QT_TRANSLATE_NOOP(
        "Reasons", "the Recycle Bin is set to delete files at once on this drive, not to keep them"
    ),
    Code.DRIVE_UNKNOWN: QT_TRANSLATE_NOOP("Reasons", "Windows cannot tell which drive the file is on (%1)"),
    Code.UNKNOWN_DRIVE: QT_TRANSLATE_NOOP("Reasons", "a drive of a kind Windows does not know"),
    Code.DRIVE_NOT_FOUND: QT_TRANSLATE_NOOP("Reasons", "a drive Windows cannot find"),
    Code.REMOVABLE_DRIVE: QT_TRANSLATE_NOOP("Reasons", "a removable drive (a USB stick or a memory card)"),
    Code.NETWORK_DRIVE: QT_TRANSLATE_NOOP("Reasons", "a network drive"),
    Code.CD_OR_DVD: QT_TRANSLATE_NOOP("Reasons", "a CD or DVD"),
    Code.RAM_DISK: QT_TRANSLATE_NOOP("Reasons", "a RAM disk"),
    Code.NO_TRASH_ON_DISK: QT_TRANSLATE_NOOP(
        "Reasons",
        "the file is on a disk without a Trash (a network share, or a disk macOS keeps no Trash on)",
    ),
    Code.TRASH_UNKNOWN: QT_TRANSLATE_NOOP(
        "Reasons", "macOS cannot tell whether the file's disk has a Trash (%1)"
    ),
    Code.THE_TRASH: QT_TRANSLATE_NOOP("Reasons", "the Trash"),
    Code.THE_RECYCLE_BIN: QT_TRANSLATE_NOOP("Reasons", "the Recycle Bin"),
    Code.PUT_BACK_IN_FINDER: QT_TRANSLATE_NOOP("Reasons", "put it back from the Trash in Finder"),
    Code.PLACE_TAKEN: QT_TRANSLATE_NOOP("Reasons", "a file now exists at %1; it was not replaced"),
    Code.MOVE_NOT_RECORDED: QT_TRANSLATE_NOOP("Reasons", "the journal does not say where it was moved"),
    Code.NO_LONGER_AT: QT_TRANSLATE_NOOP("Reasons", "it is no longer at %1"),
    Code.CHANGED_SINCE_MOVED: QT_TRANSLATE_NOOP("Reasons", "the file at %1 changed since it was moved there"),
    Code.UNREADABLE_AT: QT_TRANSLATE_NOOP("Reasons", "the file at %1 cannot be read (%2)"),
    Code.NO_LONGER_IN_TRASH: QT_TRANSLATE_NOOP(
        "Reasons", "it is no longer in %1 (it may have been emptied or put back already)"
    ),
    Code.NOT_THE_MOVED_FILE: QT_TRANSLATE_NOOP(
        "Reasons", "the copy in %1 is not the file that was moved there"
    ),
    Code.PUT_BACK_COPY_MISSING: QT_TRANSLATE_NOOP(
        "Reasons", "the file put back at %1 is not there; the copy at %2 was kept"
    ),
    Code.PUT_BACK_UNSAFE_ON_DRIVE: QT_TRANSLATE_NOOP(
        "Reasons",
        "its drive cannot give it its name back without the risk of replacing another file; it was "
        "left at %1, to put back by hand",
    ),
    Code.RUN_STILL_GOING: QT_TRANSLATE_NOOP(
        "Reasons",
        "the run that moved it is still waiting for a drive that stopped answering (a file may still be "
        "going): nothing is put back yet; undo again once that drive answers",
    ),
    Code.NOT_ANSWERING_FOR_UNDO: QT_TRANSLATE_NOOP(
        "Reasons",
        "the drive did not answer at %1 (a network drive not connected, or asleep?): the file stays where "
        "it is; undo again once it answers",
    ),
    Code.NOT_ON_ITS_DRIVE: QT_TRANSLATE_NOOP(
        "Reasons",
        "%1 is not on the drive the file was on (that drive unplugged, or mounted elsewhere?): the file "
        "stays where it is; undo again once that drive is back",
    ),
    Code.FOLDER_GONE_DRIVE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Reasons",
        "its folder %1 is gone, and the journal does not say which drive it was on: the file stays where "
        "it is",
    ),
    Code.JOURNAL_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Reasons", "The action journal %1 could not be written (%2)."
    ),
    Code.MACOS_PUT_BACK: QT_TRANSLATE_NOOP(
        "Reasons",
        "macOS does not let Lookalike take files back out of the Trash. In Finder, open the Trash, "
        "select these files and choose File ▸ Put Back:",
    ),
    Code.MACOS_TRASHED_FILE: QT_TRANSLATE_NOOP("Reasons", "  %1   (was in %2)"),
    Code.NOT_JSON: QT_TRANSLATE_NOOP(
        "Reasons", "this is not a Lookalike result or review file (it is not valid JSON)"
    ),
    Code.NOT_A_RESULT_FILE: QT_TRANSLATE_NOOP("Reasons", "this is not a Lookalike result or review file"),
    Code.NO_VERSION: QT_TRANSLATE_NOOP("Reasons", "this file has no valid version number"),
    Code.NEWER_VERSION: QT_TRANSLATE_NOOP("Reasons", "this file was saved by a newer version of Lookalike"),
    Code.RESULT_FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Reasons", "this file is too large to be a Lookalike result or review file (%1, at most %2)"
    ),
    Code.OLDER_REVIEW: QT_TRANSLATE_NOOP(
        "Reasons",
        "this review file was saved by an earlier version of Lookalike, which recognised files "
        "differently; scan the folders again",
    ),
    Code.DAMAGED_FILE: QT_TRANSLATE_NOOP("Reasons", "this file is damaged (%1: %2)"),
}

# The system's own words for the errors people meet most (a reason's value, as os.strerror gives
# them), in the context "Reasons": said in the person's language where a translation has them.
SYSTEM_ERRORS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Reasons", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Reasons", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Reasons", "Operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Reasons", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Reasons", "Not a directory"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Reasons", "Too many levels of symbolic links"),
    errno.EIO: QT_TRANSLATE_NOOP("Reasons", "Input/output error"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Reasons", "No space left on device"),
    errno.EROFS: QT_TRANSLATE_NOOP("Reasons", "Read-only file system"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Reasons", "File name too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Reasons", "Device or resource busy"),
    errno.EMFILE: QT_TRANSLATE_NOOP("Reasons", "Too many open files"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Reasons", "File exists"),
    errno.EINVAL: QT_TRANSLATE_NOOP("Reasons", "Invalid argument"),
}


@cache
def _system_error_codes() -> dict[str, int]:
    """Each of SYSTEM_ERRORS' errors by the words this system gives it (macOS words some otherwise)."""
    return {os.strerror(code): code for code in SYSTEM_ERRORS}


def reason_words(reason: Reason, translate: Callable[[str], str], number: Callable[[int], str] = str) -> str:
    """`reason` in the language `translate` speaks (it takes a template of REASONS: the English with
    %1, %2, ...). A reason read back from a saved result in words no code makes stays as written."""
    if reason.code is Code.AS_WRITTEN:
        return str(reason)

    def value_words(value: Value) -> str:
        if isinstance(value, Reason):
            return reason_words(value, translate, number)
        if isinstance(value, int):
            return number(value)
        code = _system_error_codes().get(value)
        if code is not None:  # the system's words: translated where there are words for them
            english = SYSTEM_ERRORS[code]
            words = translate(english)
            return value if words == english else words
        return value

    return fill(translate(REASONS[reason.code]), *map(value_words, reason.values))
