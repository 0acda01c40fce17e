"""Files a scan found and could not find again: a folder moved or removed while the scan ran (a
drive unplugged, a folder dragged elsewhere), or many files deleted meanwhile.

Such a result is incomplete, and says so (ScanResult.warnings). The pictures of a folder that is
gone are not grouped either, though read before it went: their paths lead nowhere now, and a group
of them would offer to move files that are not there. A few files deleted while the scan ran are
only what they are, files that could not be read (the scan's errors say so, file by file).
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from lookalike.core.models import ScanError
from lookalike.core.reasons import Code, Reason

# Files that vanished between discovery and reading (outside a folder that is gone) make the result
# incomplete from this many, when they are at least one in MANY_SHARE of the files found or
# MANY_ANYWAY in all: fewer are a person deleting a few pictures while the scan runs.
MANY = 10
MANY_SHARE = 10
MANY_ANYWAY = 100


def _prefix(folder: str) -> str:
    """The folder's text up to and with its last separator, as the files in it begin."""
    return folder if folder.endswith(os.sep) else folder + os.sep


def _folder_of(prefix: str) -> str:
    """The folder whose files begin with `prefix` ("/a/b/" -> "/a/b", "/" -> "/")."""
    return os.path.split(prefix + "_")[0]


def is_gone(folder: str) -> bool:
    """Whether no folder is at `folder` any longer (another kind of file there counts as none); a
    folder that cannot be looked at (no permission) is not said to be gone."""
    try:
        return not stat.S_ISDIR(os.stat(folder).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False


def is_under(text: str, folder: str) -> bool:
    """Whether the path `text` is inside `folder` (a file's path, or a folder's with its separator)."""
    return text.startswith(_prefix(folder))


def gone_folders(found_in: Mapping[str, int], roots: Sequence[Path], *, everywhere: bool) -> list[str]:
    """The folders, each the outermost one gone within its root, whose found files are no longer
    there: of the roots that held files, and with `everywhere` of every folder that held files.
    `found_in`: each folder's text with its separator, and the files found in it. One look at
    each folder: no file is looked at."""
    root_texts = {os.fspath(root) for root in roots}
    looked: dict[str, bool] = {}

    def gone(folder: str) -> bool:
        if folder not in looked:
            looked[folder] = is_gone(folder)
        return looked[folder]

    def in_a_root(folder: str) -> bool:
        return folder in root_texts or any(is_under(folder, root) for root in root_texts)

    if everywhere:
        candidates = [_folder_of(prefix) for prefix in found_in]
    else:
        candidates = [root for root in root_texts if any(is_under(prefix, root) for prefix in found_in)]
    outermost: set[str] = set()
    for folder in candidates:
        if not gone(folder):
            continue
        while folder not in root_texts:  # climb to the outermost folder gone, never above the root
            parent = os.path.dirname(folder)
            if parent == folder or not in_a_root(parent) or not gone(parent):
                break
            folder = parent
        outermost.add(folder)
    # A root inside another root that went with it is said as the outer one.
    return sorted(f for f in outermost if not any(f != other and is_under(f, other) for other in outermost))


def files_under(found_in: Mapping[str, int], folder: str) -> int:
    """How many of the files found are inside `folder`."""
    return sum(count for prefix, count in found_in.items() if is_under(prefix, folder))


def warnings(
    gone: Sequence[str], found_in: Mapping[str, int], vanished: Iterable[ScanError], files: int
) -> tuple[Reason, ...]:
    """What the result says of the folders `gone` and of the files that `vanished` on reading
    (errors of the files found, `files` in all) outside them: each folder gone; many files, as
    one warning naming the folder most of them were in; a few, nothing more than their errors."""
    said: list[Reason] = [
        Code.FOLDER_GONE_DURING_SCAN(folder=folder, count=files_under(found_in, folder), total=files)
        for folder in gone
    ]
    elsewhere = [
        error for error in vanished if not any(is_under(os.fspath(error.path), folder) for folder in gone)
    ]
    count = len(elsewhere)
    if count >= MANY and (count * MANY_SHARE >= files or count >= MANY_ANYWAY):
        (folder, most), *_ = Counter(os.fspath(error.path.parent) for error in elsewhere).most_common(1)
        said.append(Code.MANY_GONE_DURING_SCAN(count=count, total=files, most=most, folder=folder))
    return tuple(said)
