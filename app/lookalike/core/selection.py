"""Which copy to keep: an ordered list of rules a person can read and change.

A copy in a reference folder always comes first and equal candidates are
ordered by path, so the choice is safe and the same every time; in between,
the rules decide in order, each breaking the ties of the one before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from lookalike.core.models import Group, ImageRecord


class Rule(StrEnum):
    LARGEST_RESOLUTION = "largest resolution"
    LARGEST_FILE = "largest file"
    OLDEST = "oldest"
    NEWEST = "newest"
    PREFERRED_FOLDER = "in preferred folder"
    PREFERRED_FORMAT = "preferred format"
    HAS_DATE_TAKEN = "has camera date (EXIF)"


@dataclass(frozen=True, slots=True)
class KeepRule:
    rule: Rule
    value: str = ""  # the folder for PREFERRED_FOLDER, the format (e.g. "PNG") for PREFERRED_FORMAT

    def describe(self) -> str:
        return f"{self.rule.value} ({self.value})" if self.value else self.rule.value


SUGGESTED_RULES: tuple[KeepRule, ...] = (
    KeepRule(Rule.LARGEST_RESOLUTION),
    KeepRule(Rule.LARGEST_FILE),
    KeepRule(Rule.OLDEST),
)

SortKey = tuple[object, ...]


def _timestamp(record: ImageRecord) -> float:
    """Seconds since 1970 of the date taken when the camera recorded it, else of the file's mtime."""
    taken = record.fingerprint.taken_at
    if taken:
        try:
            return datetime.fromisoformat(taken).replace(tzinfo=UTC).timestamp()
        except ValueError:
            pass
    return record.entry.mtime_ns / 1e9


def _rule_key(rule: KeepRule, record: ImageRecord) -> object:
    """Smaller sorts first, i.e. is better to keep."""
    entry, fingerprint = record.entry, record.fingerprint
    match rule.rule:
        case Rule.LARGEST_RESOLUTION:
            return -(fingerprint.width * fingerprint.height)
        case Rule.LARGEST_FILE:
            return -entry.size
        case Rule.OLDEST:
            return _timestamp(record)
        case Rule.NEWEST:
            return -_timestamp(record)
        case Rule.PREFERRED_FOLDER:
            folder = Path(rule.value)
            return not (entry.path.parent == folder or folder in entry.path.parents)
        case Rule.PREFERRED_FORMAT:
            return fingerprint.format.upper() != rule.value.upper()
        case Rule.HAS_DATE_TAKEN:
            return fingerprint.taken_at is None


def keeper_order(record: ImageRecord, rules: Sequence[KeepRule] = SUGGESTED_RULES) -> SortKey:
    """Sort key: the best copy to keep sorts first."""
    return (
        not record.entry.in_reference_root,
        *(_rule_key(rule, record) for rule in rules),
        str(record.entry.path),
    )


def keep_reason(
    keeper: ImageRecord, others: Sequence[ImageRecord], rules: Sequence[KeepRule] = SUGGESTED_RULES
) -> str:
    """Say in plain words which rules made `keeper` sort before every one of `others`."""
    names = ["in a reference folder", *(rule.describe() for rule in rules), "first by name"]
    keeper_key = keeper_order(keeper, rules)
    deciding: set[int] = set()
    for other in others:
        other_key = keeper_order(other, rules)
        deciding.add(next(i for i, (a, b) in enumerate(zip(keeper_key, other_key, strict=True)) if a != b))
    if not deciding:
        return "only copy"
    return ", then ".join(names[i] for i in sorted(deciding))


def apply_keep_rules(groups: Sequence[Group], rules: Sequence[KeepRule]) -> tuple[Group, ...]:
    """Mark in every group the copy `rules` choose as KEEP (plus reference-folder copies), the rest DELETE."""
    updated = []
    for group in groups:
        keeper = min((m.record for m in group.members), key=lambda record: keeper_order(record, rules))
        members = tuple(
            dataclasses.replace(m, keep=m.record is keeper or m.record.entry.in_reference_root)
            for m in group.members
        )
        others = [m.record for m in group.members if m.record is not keeper]
        updated.append(
            dataclasses.replace(group, members=members, keep_reason=keep_reason(keeper, others, rules))
        )
    return tuple(updated)
