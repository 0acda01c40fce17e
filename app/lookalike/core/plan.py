"""What a person asked to act on: groups with KEEP/DELETE marks, as the scan saw each file.

A plan is built from the window's marks or from a saved result; nothing in it is trusted.
The checks (recheck) hold each claim against the files at the moment of acting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from lookalike.core.models import FileIdentity, ScanOptions, ScanResult, Tier


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file of a group as the scan saw it, and whether the person keeps it."""

    path: Path
    identity: FileIdentity | None  # None: the saved file did not record it, so it cannot be acted on
    digest: str
    keep: bool
    tier: Tier = Tier.EXACT  # how it matched its group's reference (files[0])

    @property
    def size(self) -> int:
        return self.identity.size if self.identity else 0


@dataclass(frozen=True, slots=True)
class PlannedGroup:
    id: int
    files: tuple[PlannedFile, ...]  # files[0] is the group's reference
    every_copy_allowed: bool = False  # the person confirmed removing every copy (the window only)


@dataclass(frozen=True, slots=True)
class ActPlan:
    """What a person asked for: groups with KEEP/DELETE marks, and the scan's roots and settings.

    Nothing here is trusted: the act path checks each claim against the files.
    """

    groups: tuple[PlannedGroup, ...]
    roots: tuple[Path, ...]
    reference_roots: tuple[Path, ...]
    options: ScanOptions  # the hash settings and threshold the re-check uses

    @property
    def deletions(self) -> list[PlannedFile]:
        """Each file marked DELETE, once: a crafted or merged result may name one in several groups,
        and it is acted on at most once (where first named, or where it then passes)."""
        files: dict[Path, PlannedFile] = {}
        for group in self.groups:
            for planned in group.files:
                if not planned.keep:
                    files.setdefault(planned.path, planned)
        return list(files.values())

    def restricted_to(self, paths: Iterable[Path]) -> ActPlan:
        """The same plan acting only on `paths` (every keeper stays, for the checks)."""
        wanted = set(paths)
        groups = tuple(
            replace(group, files=tuple(f for f in group.files if f.keep or f.path in wanted))
            for group in self.groups
        )
        return replace(self, groups=tuple(g for g in groups if any(not f.keep for f in g.files)))


def plan_from_result(
    result: ScanResult,
    *,
    reference_roots: Sequence[Path] = (),
    every_copy_allowed: Iterable[int] = (),
) -> ActPlan:
    """The plan that a scan result's `keep` marks make; `reference_roots` adds to the scan's."""
    allowed = set(every_copy_allowed)
    groups = tuple(
        PlannedGroup(
            group.id,
            tuple(
                PlannedFile(m.path, m.record.entry.identity, m.record.fingerprint.digest, m.keep, m.tier)
                for m in group.members
            ),
            group.id in allowed,
        )
        for group in result.groups
    )
    references = (*result.options.reference_roots, *reference_roots)
    return ActPlan(groups, result.roots, tuple(dict.fromkeys(references)), result.options)
