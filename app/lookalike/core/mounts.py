"""The folders where drives are mounted, known as a scan begins.

A network drive whose connection was lost holds every look at its folder, the one it is mounted at
too: the status of that folder is the drive's own (a look in the folder above lists its name without
waiting, and waits at its status). Only the system's table of mounts tells such a folder apart
without looking at it, and that table is read from memory, never from a drive: discovery looks at the
folders named there through a look it can give up on (discovery._LinkLooks).

Linux: /proc/self/mountinfo. macOS: what `mount` says (it asks the system for its mounts without
waiting for any drive: getmntinfo with MNT_NOWAIT). Elsewhere none are known: Windows mounts a
drive at a letter of its own, never inside a folder a person scans, short of a mount folder that an
administrator makes (rare, and not told apart here).
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys

log = logging.getLogger(__name__)

# The system's table of mounts on Linux: read by mount_points(), where a test puts a stand-in.
TABLE = "/proc/self/mountinfo"
_MOUNT_COMMAND = ("/sbin/mount",)
_MOUNT_SECONDS = 2.0  # how long `mount` may take (it waits for no drive, but it is a program)
_ESCAPED = re.compile(rb"\\([0-7]{3})")


def mount_points() -> frozenset[str]:
    """The absolute paths where drives are mounted, as the system spells them (real paths, no
    links); none where the system does not say (see the module's docstring)."""
    try:
        if sys.platform.startswith("linux"):
            with open(TABLE, "rb") as table:
                return frozenset(from_mountinfo(table.read()))
        if sys.platform == "darwin":
            said = subprocess.run(
                _MOUNT_COMMAND, capture_output=True, timeout=_MOUNT_SECONDS, check=True
            ).stdout
            return frozenset(from_mount_command(said))
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Not knowing where drives are mounted: %s", exc)
    return frozenset()


def from_mountinfo(table: bytes) -> list[str]:
    """The mount points in the text of a mountinfo table (proc(5)): the fifth field of each line,
    in which a space, a tab, a line break and a backslash are written as octal escapes (\\040,
    \\011, \\012, \\134); the names are the system's bytes, decoded as os.fsdecode does. Only
    those four are escaped: a carriage return, a vertical tab or a form feed stays as it is in a name,
    so lines are split at line breaks alone and fields at spaces alone (bytes.splitlines() and split()
    cut such a name, and its drive was walked as any folder, without patience)."""
    points = []
    for line in table.split(b"\n"):
        fields = line.split(b" ")
        if len(fields) > 4:
            points.append(
                os.fsdecode(_ESCAPED.sub(lambda escape: bytes([int(escape[1], 8) & 0xFF]), fields[4]))
            )
    return points


def from_mount_command(said: bytes) -> list[str]:
    """The mount points in what macOS's `mount` says, a line each: `source on /mount/point (kind,
    options)`. Its names are not escaped: one with " on " or " (" in it is misread (then a folder
    that is no mount point is looked at as one, or a mount point as a folder: what any folder was)."""
    points = []
    for line in said.splitlines():
        _, on, rest = line.partition(b" on ")
        point, paren, _ = rest.rpartition(b" (")
        if on and paren and point.startswith(b"/"):
            points.append(os.fsdecode(point))
    return points


def mount_point_of(real_path: str, points: frozenset[str]) -> str | None:
    """The mount point `real_path` (absolute, its links resolved) lies on: the longest of `points`
    that is it or a folder above it; None when none is (no `points`: the system does not say)."""
    under = [p for p in points if real_path == p or real_path.startswith(p.rstrip(os.sep) + os.sep)]
    return max(under, key=len, default=None)
