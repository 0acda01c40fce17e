"""What a person decided while reviewing a scan: plain Python, no Qt, so it is simple to test.

A `Review` holds the scan's groups as they stand now (files already trashed
are gone) with a KEEP/DELETE mark per file. It can say what an action would
do, apply an action's report, produce a scan result carrying the marks for
export, and be saved to and reopened from a session file.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lookalike.core import report
from lookalike.core.actions import PlannedFile
from lookalike.core.models import (
    Algorithm,
    FileEntry,
    Fingerprint,
    Group,
    GroupMember,
    ImageRecord,
    Kind,
    Mode,
    ScanError,
    ScanOptions,
    ScanResult,
    ScanStats,
    Tier,
)

SESSION_FORMAT = "lookalike-session"
SESSION_VERSION = 1


@dataclass(slots=True)
class ReviewGroup:
    """One duplicate group under review: its members now, and a keep mark for each."""

    group: Group
    members: list[GroupMember]
    keep: list[bool]

    @property
    def id(self) -> int:
        return self.group.id

    @property
    def kind(self) -> Kind:
        return self.group.kind

    @property
    def delete_count(self) -> int:
        return self.keep.count(False)

    @property
    def delete_bytes(self) -> int:
        return sum(m.record.entry.size for m, keep in zip(self.members, self.keep, strict=True) if not keep)

    @property
    def loses_every_copy(self) -> bool:
        return bool(self.members) and not any(self.keep)

    def match(self, index: int) -> str:
        """How member `index` relates to the reference: "reference", "identical", "pixels" or "similar"."""
        member, reference = self.members[index], self.group.reference
        if member is reference:
            return "reference"
        if self.kind is Kind.EXACT or member.record.fingerprint.digest == reference.record.fingerprint.digest:
            return "identical"
        return "pixels" if member.tier is Tier.PIXELS else "similar"

    def reason(self, index: int) -> str:
        """Why member `index` was suggested as it was, in plain words."""
        member = self.members[index]
        if member is self.group.reference:
            return f"Suggested to keep: {self.group.keep_reason}"
        if member.record.entry.in_reference_root:
            return "Suggested to keep: in a reference folder"
        if self.match(index) == "identical":
            return "Suggested to delete: a byte-identical copy of the one to keep"
        if self.match(index) == "pixels":
            return "Suggested to delete: the same picture as the one to keep, saved differently"
        return "Suggested to delete: a similar copy of the one to keep"


@dataclass(frozen=True, slots=True)
class FolderCount:
    folder: Path
    files: int
    bytes: int


@dataclass(slots=True)
class Review:
    """The scan under review and the marks the person set."""

    result: ScanResult
    groups: list[ReviewGroup] = field(default_factory=list)

    @classmethod
    def from_result(cls, result: ScanResult, marks: dict[Path, bool] | None = None) -> Review:
        marks = marks or {}
        groups = [
            ReviewGroup(group, list(group.members), [marks.get(m.path, m.keep) for m in group.members])
            for group in result.groups
        ]
        return cls(result, groups)

    @property
    def delete_count(self) -> int:
        return sum(group.delete_count for group in self.groups)

    @property
    def delete_bytes(self) -> int:
        return sum(group.delete_bytes for group in self.groups)

    def planned(self) -> list[PlannedFile]:
        """The files marked DELETE, as the scan saw them."""
        return [
            PlannedFile(
                m.path, m.record.entry.size, m.record.entry.mtime_ns, m.record.fingerprint.digest or None
            )
            for group in self.groups
            for m, keep in zip(group.members, group.keep, strict=True)
            if not keep
        ]

    def groups_losing_every_copy(self) -> list[ReviewGroup]:
        return [group for group in self.groups if group.loses_every_copy]

    def counts_per_folder(self) -> list[FolderCount]:
        files: Counter[Path] = Counter()
        sizes: Counter[Path] = Counter()
        for planned in self.planned():
            files[planned.path.parent] += 1
            sizes[planned.path.parent] += planned.size
        return [FolderCount(folder, files[folder], sizes[folder]) for folder in sorted(files)]

    def remove_files(self, paths: set[Path]) -> None:
        """Forget files that are no longer where the scan found them; drop groups left without duplicates."""
        kept: list[ReviewGroup] = []
        for group in self.groups:
            rows = [(m, k) for m, k in zip(group.members, group.keep, strict=True) if m.path not in paths]
            group.members = [m for m, _ in rows]
            group.keep = [k for _, k in rows]
            if len(group.members) > 1:
                kept.append(group)
        self.groups = kept

    def marks(self) -> dict[Path, bool]:
        return {m.path: keep for g in self.groups for m, keep in zip(g.members, g.keep, strict=True)}

    def marked_result(self) -> ScanResult:
        """The scan result as it stands now, with the person's marks as each file's `keep`."""
        groups = tuple(
            replace(
                g.group,
                members=tuple(replace(m, keep=keep) for m, keep in zip(g.members, g.keep, strict=True)),
            )
            for g in self.groups
        )
        return replace(self.result, groups=groups)


def session_json(review: Review) -> str:
    """The review as a session file: the scan-result JSON plus what is needed to act on it later."""
    data = report.to_dict(review.marked_result())
    data["format"], data["version"] = SESSION_FORMAT, SESSION_VERSION
    by_path = {m.path: m for g in review.groups for m in g.members}
    for group in data["groups"]:
        for row in group["files"]:
            entry = by_path[Path(row["path"])].record
            row["mtime_ns"] = entry.entry.mtime_ns
            row["digest"] = entry.fingerprint.digest
            row["in_reference_root"] = entry.entry.in_reference_root
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


class SessionError(ValueError):
    """A session file that cannot be opened; str() says why in plain words."""


def load_session(text: str) -> Review:
    """Rebuild a review from `session_json` output."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SessionError("this is not a Lookalike review file (it is not valid JSON)") from exc
    if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
        raise SessionError("this is not a Lookalike review file")
    if data.get("version") != SESSION_VERSION:
        raise SessionError("this review file was saved by a newer version of Lookalike")
    try:
        return _review_from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise SessionError(f"this review file is damaged ({exc})") from exc


def _review_from_dict(data: dict[str, Any]) -> Review:
    settings = data["settings"]
    options = ScanOptions(
        mode=Mode(settings.get("mode", Mode.SIMILAR.value)),
        algorithm=Algorithm(settings.get("algorithm", Algorithm.PHASH.value)),
        hash_size=int(settings.get("hash_size", 8)),
        threshold=settings.get("threshold"),
        rotations=bool(settings.get("rotations", False)),
        reference_roots=tuple(Path(p) for p in settings.get("reference_roots", [])),
    )
    groups: list[Group] = []
    marks: dict[Path, bool] = {}
    for group in data["groups"]:
        members: list[GroupMember] = []
        for row in group["files"]:
            path = Path(row["path"])
            entry = FileEntry(
                path, int(row["size"]), int(row["mtime_ns"]), bool(row.get("in_reference_root"))
            )
            fingerprint = Fingerprint(
                digest=str(row.get("digest") or ""),
                width=int(row["width"]),
                height=int(row["height"]),
                format=str(row["format"]),
                taken_at=row.get("taken_at"),
                hashes=(),
                thumb=b"",
                flat=False,
            )
            keep = bool(row["keep"])
            marks[path] = keep
            tier = Tier(row.get("tier", Tier.SIMILAR.value))
            members.append(
                GroupMember(
                    ImageRecord(entry, fingerprint), int(row["distance"]), keep, row.get("score"), tier
                )
            )
        groups.append(Group(int(group["id"]), Kind(group["kind"]), tuple(members), str(group["keep_reason"])))
    stats = data.get("stats", {})
    result = ScanResult(
        roots=tuple(Path(p) for p in settings["roots"]),
        options=options,
        groups=tuple(groups),
        errors=tuple(ScanError(Path(e["path"]), str(e["error"])) for e in data.get("errors", [])),
        stats=ScanStats(
            int(stats.get("files", 0)),
            int(stats.get("images", 0)),
            int(stats.get("cached", 0)),
            float(stats.get("seconds", 0.0)),
        ),
        cancelled=bool(data.get("cancelled", False)),
        warnings=tuple(data.get("warnings", [])),
    )
    return Review.from_result(result, marks)


def describe_folder_counts(counts: list[FolderCount]) -> str:
    """One line per folder: how many files leave it and how much space that frees."""
    lines = []
    for count in counts:
        files = f"{count.files} {'file' if count.files == 1 else 'files'}"
        lines.append(f"{files} ({report.human_size(count.bytes)}) from {count.folder}")
    return "\n".join(lines)
