"""The scan-result format shared by the CLI, the GUI's export and the tests (see DESIGN.md)."""

from __future__ import annotations

import io
import json
from typing import Any

from lookalike.core.models import Group, GroupMember, ScanResult

FORMAT = "lookalike-scan"
VERSION = 1

CSV_COLUMNS = (
    "group", "kind", "tier", "path", "size", "width", "height", "format", "taken_at", "distance", "score",
    "keep", "keep_reason",
)  # fmt: skip


def _member(member: GroupMember, group: Group) -> dict[str, Any]:
    entry, fingerprint = member.record.entry, member.record.fingerprint
    row: dict[str, Any] = {
        "path": str(entry.path),
        "size": entry.size,
        "width": fingerprint.width,
        "height": fingerprint.height,
        "format": fingerprint.format,
        "taken_at": fingerprint.taken_at,
        "tier": member.tier.value,
        "distance": member.distance,
        "keep": member.keep,
    }
    if member.score is not None:
        row["score"] = round(member.score, 3)
    if member is group.reference:
        row["keep_reason"] = group.keep_reason
    elif entry.in_reference_root:
        row["keep_reason"] = "in a reference folder"
    return row


def to_dict(result: ScanResult) -> dict[str, Any]:
    options = result.options
    return {
        "format": FORMAT,
        "version": VERSION,
        "settings": {
            "roots": [str(root) for root in result.roots],
            "mode": options.mode.value,
            "algorithm": options.algorithm.value,
            "hash_size": options.hash_size,
            "threshold": options.effective_threshold,
            "rotations": options.rotations,
            "reference_roots": [str(root) for root in options.reference_roots],
        },
        "groups": [
            {
                "id": group.id,
                "kind": group.kind.value,
                "tier": group.tier.value,
                "keep_reason": group.keep_reason,
                "reclaimable": group.reclaimable_bytes,
                "files": [_member(member, group) for member in group.members],
            }
            for group in result.groups
        ],
        "errors": [{"path": str(error.path), "error": error.error} for error in result.errors],
        "stats": {
            "files": result.stats.files,
            "images": result.stats.images,
            "cached": result.stats.cached,
            "seconds": result.stats.seconds,
            "groups": len(result.groups),
            "duplicates": sum(len(group.members) - 1 for group in result.groups),
            "reclaimable": sum(group.reclaimable_bytes for group in result.groups),
        },
        "cancelled": result.cancelled,
        "warnings": list(result.warnings),
    }


def to_json(result: ScanResult) -> str:
    return json.dumps(to_dict(result), indent=2, ensure_ascii=False) + "\n"


def to_csv(result: ScanResult) -> str:
    """One row per file in a group; `group` is the group's id."""
    import csv  # only for --csv: every import counts on a rescan that takes 0.1 s

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for group in to_dict(result)["groups"]:
        for row in group["files"]:
            writer.writerow({**row, "group": group["id"], "kind": group["kind"]})
    return out.getvalue()


def summary(result: ScanResult) -> str:
    """One line for a person: what was scanned and what was found."""
    stats = to_dict(result)["stats"]
    text = (
        f"{stats['images']} images scanned ({stats['cached']} from cache) in {stats['seconds']:.1f} s: "
        f"{stats['groups']} duplicate groups, {stats['duplicates']} extra copies, "
        f"{human_size(stats['reclaimable'])} reclaimable"
    )
    if result.errors:
        text += f"; {len(result.errors)} files could not be read"
    if result.cancelled:
        text += " (stopped early: results are partial)"
    return text


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")
