"""The parts of a grouping: the pieces of the graph of likely pairs, contents joined by their pairs.

Which groups a part gives depends on nothing outside it: the greedy pass (matching) decides a
content by its own pairs and by what the contents before it in the part took, each check is a
function of the two contents and their pair, and a group describes its members from their files.
So a part with the same contents in the same order, the same files for each, the same pairs
found the same way and the same "not duplicates" among them gives the same groups again, under
the same program and grouping settings. Its signature is a digest of all of that: a rescan after
a few pictures were added takes the groups of every part whose signature the last grouping had
(EarlierGroups), and groups only the parts the new pictures joined or changed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from hashlib import blake2b
from typing import Protocol

import numpy as np
import numpy.typing as npt

from lookalike.core.models import Group, ImageRecord

_Places = npt.NDArray[np.int64]
SIGNATURE_BYTES = 16
# What tells a file apart, as grouping_key counts it: where it is, its identity, whether it is in a
# reference folder, its hard links.
FILE_FIELDS = ("path", "size", "mtime_ns", "in_reference_root", "device", "inode", "ctime_ns", "links")


@dataclass(frozen=True, slots=True)
class GroupingParts:
    """The parts of a grouping by signature, and the part each of its groups came from, in the
    groups' order (an index into `signatures`; -1: in no part kept, as one whose grouping could
    not read a file it needed), and whether it is an earlier grouping's group, taken as it was
    kept; and whether the grouping could read every file it needed (else its groups are not kept
    as those of these files: see matching._Looks.unsure)."""

    signatures: tuple[bytes, ...]
    of_groups: tuple[int, ...]
    taken: tuple[bool, ...]
    whole: bool = True


class EarlierGroups(Protocol):
    """The groups of the last grouping, by the part each came from (the fingerprint cache keeps
    them with the last scan)."""

    # What the groups depend on beside the parts: the program and the grouping's settings.
    context: bytes
    # The parts of the grouping that takes them (find_groups sets it), for the next one.
    made: GroupingParts | None

    def parts(self) -> frozenset[bytes]:
        """The signatures of the last grouping's parts."""

    def groups(
        self, parts: Collection[bytes], records: Sequence[ImageRecord]
    ) -> list[tuple[bytes, Group]] | None:
        """The last grouping's groups of these parts, each with its part's signature, their
        members among `records` (the grouping's pictures: every file of those parts is among them,
        as the signature says); None when they cannot be had (then all is grouped afresh)."""


def roots(count: int, low: _Places, high: _Places) -> _Places:
    """Each of `count` contents' part, as the least content in it, for the pairs (low[i], high[i]):
    roots hooked onto lesser roots, then paths halved, until no pair joins two parts."""
    root = np.arange(count, dtype=np.int64)
    while True:
        a, b = root[low], root[high]
        apart = a != b
        if not apart.any():
            return root
        np.minimum.at(root, np.maximum(a, b)[apart], np.minimum(a, b)[apart])
        while True:
            further = root[root]
            if np.array_equal(further, root):
                break
            root = further


def signatures(
    root: _Places,
    low: _Places,
    high: _Places,
    codes: _Places,
    files: Mapping[int, bytes],
    kept_apart: Iterable[tuple[int, int]],
    context: bytes,
    alone: Iterable[int] = (),
) -> dict[int, bytes]:
    """The signature of each part with a pair, by its root: of `context`, its contents in order
    (content c by files[c], file_facts of its digest and files), its pairs (low[i], high[i])
    with their codes (how each was found) by the contents' places in the part, and its pairs of
    contents `kept_apart` ("not duplicates"); and of each content `alone`, in no pair, a part of
    its own (its exact copies' group depends on its files alone)."""
    count = len(root)
    paired = np.zeros(count, np.bool_)
    paired[low] = paired[high] = True
    members = np.flatnonzero(paired)  # ascending, so each part's in order
    members = members[np.argsort(root[members], kind="stable")]
    part_roots, starts = np.unique(root[members], return_index=True)
    ends = np.append(starts[1:], len(members)) if len(members) else starts
    place = np.full(count, -1, np.int64)  # a content's place in its part
    place[members] = np.arange(len(members)) - np.repeat(starts, ends - starts)
    edges = np.empty(len(low), [("low", "<u4"), ("high", "<u4"), ("code", "<i8")])
    edges["low"], edges["high"], edges["code"] = place[low], place[high], codes
    by_part = np.lexsort((edges["high"], edges["low"], root[low]))
    edges, edge_roots = edges[by_part], root[low][by_part]
    edge_starts = np.searchsorted(edge_roots, part_roots)
    edge_ends = np.searchsorted(edge_roots, part_roots, side="right")
    apart: dict[int, list[tuple[int, int]]] = {}
    for a, b in kept_apart:
        if root[a] == root[b] and paired[a]:
            apart.setdefault(int(root[a]), []).append((int(place[a]), int(place[b])))
    found = {}
    for part, first, last, edge_first, edge_last in zip(
        part_roots.tolist(),
        starts.tolist(),
        ends.tolist(),
        edge_starts.tolist(),
        edge_ends.tolist(),
        strict=True,
    ):
        hasher = blake2b(context, digest_size=SIGNATURE_BYTES)
        hasher.update(b"%d contents, %d pairs;" % (last - first, edge_last - edge_first))
        for content in members[first:last].tolist():
            hasher.update(files[content])
        hasher.update(edges[edge_first:edge_last].tobytes())
        hasher.update(repr(sorted(apart.get(part, ()))).encode())
        found[part] = hasher.digest()
    for content in alone:  # as a part of one content would be: no pair has fewer than two
        hasher = blake2b(context, digest_size=SIGNATURE_BYTES)
        hasher.update(b"1 contents, 0 pairs;")
        hasher.update(files[content])
        hasher.update(b"[]")
        found[content] = hasher.digest()
    return found


def file_facts(digest: str, files: Iterable[Sequence[object]]) -> bytes:
    """A content's digest and its files' FILE_FIELDS, in the order of its copies, as 16 bytes."""
    text = digest + repr([tuple(file) for file in files])
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=SIGNATURE_BYTES).digest()
