"""Which copy to keep: an explainable order over the images of a group."""

from __future__ import annotations

from datetime import UTC, datetime

from lookalike.core.models import ImageRecord

# What each position of keeper_order() means, in words for the person reviewing.
_CRITERIA = ("in a reference folder", "largest resolution", "largest file", "oldest", "first by name")


def keeper_order(record: ImageRecord) -> tuple[bool, int, int, str, str]:
    """Sort key: the best copy to keep sorts first.

    Inside a reference folder first, then the largest resolution, then the
    largest file, then the oldest (date taken, else modification time), then
    the path so that equal candidates are ordered the same way every time.
    """
    entry, fingerprint = record.entry, record.fingerprint
    oldest = fingerprint.taken_at or _mtime_iso(entry.mtime_ns)
    return (
        not entry.in_reference_root,
        -(fingerprint.width * fingerprint.height),
        -entry.size,
        oldest,
        str(entry.path),
    )


def keep_reason(keeper: ImageRecord, others: list[ImageRecord]) -> str:
    """Say in plain words why `keeper` sorts before every one of `others`."""
    keeper_key = keeper_order(keeper)
    deciding: set[int] = set()
    for other in others:
        other_key = keeper_order(other)
        deciding.add(next(i for i, (a, b) in enumerate(zip(keeper_key, other_key, strict=True)) if a != b))
    if not deciding:
        return "only copy"
    return ", then ".join(_CRITERIA[i] for i in sorted(deciding))


def _mtime_iso(mtime_ns: int) -> str:
    return datetime.fromtimestamp(mtime_ns / 1e9, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")
