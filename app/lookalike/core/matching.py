"""Turn fingerprints into duplicate groups.

Exact groups come from equal content digests. Similar groups are built over
distinct contents: candidate pairs come from the Hamming index, the best copy
(see selection) becomes a group's reference, and each member is within the
threshold of that reference and passed the pixel check, so groups never chain.
"""

from __future__ import annotations

import heapq
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from queue import Empty, SimpleQueue
from threading import Event, Lock, Thread
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

import numpy as np
import numpy.typing as npt

from lookalike.core import changes, pair_search, parts, readers, verify
from lookalike.core.decisions import DigestPair, pair
from lookalike.core.hamming import U64, pack
from lookalike.core.models import (
    CUT_HASHES,
    MASKED_WINDOWS,
    THUMB_SIDE,
    CancelCheck,
    Fingerprint,
    Group,
    GroupMember,
    ImageRecord,
    Kind,
    Mode,
    ScanOptions,
    Tier,
    hash_width_of,
    never_cancelled,
    thumb_from_its_file,
)
from lookalike.core.pictures import Pictures
from lookalike.core.readers import ThumbsAhead, thumbs_made_again
from lookalike.core.reasons import Code, Reason
from lookalike.core.selection import keep_reason, keeper_order, keeper_ranking

if TYPE_CHECKING:
    from lookalike.core.closer_look import FromFiles

log = logging.getLogger(__name__)

# Thumbs of one picture decoded two ways (JPEG DCT scaling vs a full decode, a
# re-encode, a format change) differ by about 0.4 gray levels on average and a
# few at most; a brightness change of 10% already moves the mean by 10.
SAME_PIXELS_MEAN = 1.0
SAME_PIXELS_MAX = 16.0

# Gives the thumbs of some records by content digest (see stored_thumbs, FingerprintCache.thumbs),
# or may leave out those of pictures that fit in theirs (models.thumb_from_its_file).
ThumbSource = Callable[[Sequence[ImageRecord]], Mapping[str, bytes]]
# A closer look (core.closer_look) at a copy, turned by a variant, against a reference, given the
# thumbs' crop: its verdict, or None when the files cannot be read again.
Looker = Callable[[ImageRecord, ImageRecord, int, verify.Crop | None], verify.Verdict | None]


# The thumbs' check of a pair whose thumb a file no longer gives: no match.
_UNSEEN = verify.Match(0.0)


def _not_looked(_crop: verify.Crop | None) -> verify.Verdict:
    """The verdict on a pair that needed a closer look and had none: not alike."""
    return verify.Verdict(alike=False)


# Whether a copy shows the very pixels of a reference, in colour (core.closer_look.same_picture): its
# verdict, with where they differ, or None when the files cannot be read again.
SameLooker = Callable[[ImageRecord, ImageRecord], verify.Verdict | None]
# The thumbs' check of a copy, turned by a variant, against a reference (contents by place), given
# where the thumbs are.
ThumbCheck = Callable[[int, int, int, "_Thumbs"], verify.Match]

_files_looker: FromFiles | None = None

# How far grouping has come, as (done, GROUPING_STEPS): finding the candidate pairs makes the first
# SEARCH_STEPS (a step per chunk the hash index probes: at 500,000 pictures it took 48 s, which the
# progress said nothing of), checking them the next CHECK_STEPS, and the groups described (tiers,
# what changed, each with its looks at the files) the rest.
GroupingProgress = Callable[[int, int], None]
GROUPING_STEPS = 1000
SEARCH_STEPS = 150
CHECK_STEPS = 500
# The most thumbs (4 KB each: 256 MB) grouping fetches ahead and holds: those of the pictures in the
# most pairs to check, the others read from the cache for each check that needs them. Held all at
# once, the 500,000 pictures of the tiny corpus (nearly all in pairs) held 2 GB of thumbs.
THUMBS_HELD_MOST = 65_536
# Beyond this many pictures, one thumb fewer is fetched ahead for every ten more (as columns, ten
# pictures take about what a thumb does), down to a quarter: grouping 500,000 pictures held 256 MB
# of thumbs beside 200 MB of pictures, so a scan of them peaked over a gigabyte.
THUMBS_SHARED_FROM = 100_000


def _thumbs_held_most(pictures: int) -> int:
    """How many thumbs grouping `pictures` pictures fetches ahead and holds at most."""
    fewer = max(0, pictures - THUMBS_SHARED_FROM) // 10
    return max(THUMBS_HELD_MOST // 4, THUMBS_HELD_MOST - fewer)


def _no_progress(_done: int, _total: int) -> None:
    pass


def closer_looks_at_files() -> FromFiles:
    """The looker that reads the scanned files again; one for the process, so that regrouping at
    another sensitivity reuses the verdicts and pictures it already has."""
    global _files_looker
    if _files_looker is None:
        from lookalike.core.closer_look import FromFiles  # Pillow and decoding: only when a pair needs it

        _files_looker = FromFiles()
    return _files_looker


def let_go_of_pictures() -> None:
    """Let the closer looks' decoded pictures go (see FromFiles.let_go_of_pictures), once grouping
    is done: the window calls this after each scan and regrouping."""
    if _files_looker is not None:
        _files_looker.let_go_of_pictures()


@dataclass(frozen=True, slots=True)
class _Candidate:
    distance: int
    query: int  # the pair matched as variant `variant` of `table_owner` ≈ `query`
    table_owner: int
    variant: int
    # Found only through a cut hash: proposed as a crop, so it gets no closer look unless the
    # thumbs' check finds one inside the other (else most would be lookalikes of one scene).
    cut_only: bool = False
    # Found only through a masked hash: a logo may cover a sixth of it, so the thumbs' check may
    # score it low, and it gets a closer look from MASKED_LOOKS_FROM on.
    masked: bool = False

    @property
    def looks_from(self) -> float:
        """The thumbs' score from which the pair gets a closer look."""
        return _looks_from(masked=self.masked, cut_only=self.cut_only)


# A candidate pair kept as one number: its distance, whether the higher content is the query, the
# variant, cut_only and masked, bit fields from the highest down. The numbers are made once, so that
# a million pairs share them.
_DISTANCE_SHIFT, _HIGHER_QUERIES, _VARIANT_SHIFT, _CUT_ONLY, _MASKED = 6, 1 << 5, 2, 1 << 1, 1
_CODES = tuple(range(1 << 13))


class _Pairs:
    """The candidate pairs, by (lower, higher) content, each kept as one shared number (_CODES) and
    made a _Candidate when asked: a million pairs as _Candidate objects under tuple keys took
    about 220 MB, so about 70."""

    def __init__(self, count: int) -> None:
        self._count = count  # contents: a pair's key is lower * count + higher
        self._codes: dict[int, int] = {}
        # The contents a kept search had not searched (the pictures new since the last grouping);
        # None when no search was kept: all are new.
        self.new: npt.NDArray[np.intp] | None = None

    @classmethod
    def of(
        cls,
        count: int,
        low: npt.NDArray[np.int64],
        high: npt.NDArray[np.int64],
        codes: npt.NDArray[np.int64],
    ) -> _Pairs:
        """The pairs (low[i], high[i]) with their codes (see _code)."""
        pairs = cls(count)
        pairs._codes = dict(
            zip((low * count + high).tolist(), map(_CODES.__getitem__, codes.tolist()), strict=True)
        )
        return pairs

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        count = self._count
        return (divmod(key, count) for key in self._codes)

    def __contains__(self, pair: tuple[int, int]) -> bool:
        return pair[0] * self._count + pair[1] in self._codes

    def __getitem__(self, pair: tuple[int, int]) -> _Candidate:
        low, high = pair
        code = self._codes[low * self._count + high]
        higher_queries = code & _HIGHER_QUERIES
        return _Candidate(
            code >> _DISTANCE_SHIFT, high if higher_queries else low, low if higher_queries else high,
            (code >> _VARIANT_SHIFT) & 7, bool(code & _CUT_ONLY), bool(code & _MASKED),
        )  # fmt: skip

    def __setitem__(self, pair: tuple[int, int], candidate: _Candidate) -> None:
        low, high = pair
        code = _code(
            candidate.distance,
            candidate.query != low,
            candidate.variant,
            candidate.cut_only,
            candidate.masked,
        )
        self._codes[low * self._count + high] = _CODES[code]

    def items(self) -> Iterator[tuple[tuple[int, int], _Candidate]]:
        return ((pair, self[pair]) for pair in self)

    def keys_as_arrays(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The lower and the higher content of every pair."""
        keys = np.fromiter(self._codes, np.int64, len(self._codes))
        return np.divmod(keys, self._count)

    def codes_as_array(self) -> npt.NDArray[np.int64]:
        """The code of every pair (see _code), in the order of keys_as_arrays."""
        return np.fromiter(self._codes.values(), np.int64, len(self._codes))

    def codes_of(self, low: npt.NDArray[np.int64], high: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The code of each pair (low[i], high[i])."""
        keys = (low * self._count + high).tolist()
        return np.fromiter(map(self._codes.__getitem__, keys), np.int64, len(keys))

    def masked(self) -> list[tuple[int, int]]:
        """The pairs found through a masked hash alone."""
        return [divmod(key, self._count) for key, code in self._codes.items() if code & _MASKED]


def _code(distance: Any, higher_queries: Any, variant: Any, cut_only: Any, masked: Any) -> Any:
    """A pair's code (see _Pairs) from its fields: numbers, or arrays of them."""
    return (
        (distance << _DISTANCE_SHIFT) + higher_queries * _HIGHER_QUERIES + (variant << _VARIANT_SHIFT)
        + cut_only * _CUT_ONLY + masked * _MASKED
    )  # fmt: skip


class _Neighbours(Mapping[int, list[int]]):
    """Each content's neighbours (the other contents of its candidate pairs), ascending, from
    arrays: as lists in a dict, a million pairs' took about 90 MB."""

    def __init__(self, pairs: _Pairs | tuple[_Places, _Places], count: int) -> None:
        """Of the candidate `pairs`, or of the pairs (low[i], high[i])."""
        low, high = pairs.keys_as_arrays() if isinstance(pairs, _Pairs) else pairs
        mine, theirs = np.concatenate((low, high)), np.concatenate((high, low))
        del low, high
        order = np.lexsort((theirs, mine))
        self._theirs = theirs[order].astype(np.int32)
        self._starts = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(mine, minlength=count), out=self._starts[1:])

    def __getitem__(self, content: int) -> list[int]:
        found: list[int] = self._theirs[self._starts[content] : self._starts[content + 1]].tolist()
        return found

    def degree(self, content: int) -> int:
        return int(self._starts[content + 1] - self._starts[content])

    def latest_below(self) -> npt.NDArray[np.int64]:
        """For each content c, the greatest content below c among c's neighbours and its
        neighbours' neighbours (-1 for none)."""
        count = len(self._starts) - 1
        theirs = self._theirs.astype(np.int64)
        keys = np.repeat(np.arange(count, dtype=np.int64) * count, np.diff(self._starts)) + theirs
        latest = np.full(count, -1, np.int64)

        def take(near: npt.NDArray[np.int64], content: npt.NDArray[np.int64]) -> None:
            # The last neighbour of `near` below `content`: the entry before (near, content).
            before = np.searchsorted(keys, near * count + content) - 1
            found = np.where(before >= self._starts[near], theirs[before], -1)
            np.maximum.at(latest, content, found)

        with_neighbours = np.flatnonzero(np.diff(self._starts))
        take(with_neighbours, with_neighbours)
        for first in range(0, len(keys), _PAIRS_AT_ONCE):  # each pair's: its neighbour's
            entries = np.arange(first, min(first + _PAIRS_AT_ONCE, len(keys)))
            content = np.searchsorted(self._starts, entries, side="right") - 1
            take(theirs[entries], content)
        return latest

    def __iter__(self) -> Iterator[int]:
        return iter(np.flatnonzero(np.diff(self._starts)).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(np.diff(self._starts)))


# What a group says of a member, seen from its reference: its tier and what changed (changes codes).
Described = tuple[Tier, tuple[str, ...]]


@dataclass(slots=True)
class PairChecks:
    """Checks of candidate pairs, by the digests of their contents (reference, copy): the thumbs'
    checks, the closer looks, the same-picture looks, and what a group says of the copy (by the
    turn and the thumbs' score from which the pair got a closer look, which together with those
    looks decide it). The thumbs are a function of the content under the fingerprint settings, so
    these hold for one setting. Grouping only: acting checks the files as they are."""

    thumbs: dict[tuple[str, str, int], verify.Match] = field(default_factory=dict)
    closer: dict[tuple[str, str, int, verify.Crop | None], verify.Verdict] = field(default_factory=dict)
    same: dict[tuple[str, str], verify.Verdict] = field(default_factory=dict)
    described: dict[tuple[str, str, int, float], Described] = field(default_factory=dict)

    @property
    def sizes(self) -> tuple[int, int, int, int]:
        """How many of each kind it holds: thumbs' checks, closer looks, same-picture looks,
        descriptions."""
        return len(self.thumbs), len(self.closer), len(self.same), len(self.described)

    def __bool__(self) -> bool:
        return any(self.sizes)


_Places = npt.NDArray[np.int64]


class RecalledScores:
    """The thumbs' checks without a crop that a grouping recalled (most checks kept), by the places
    of the reference and the copy among its contents and the turn: 16 bytes each. As a Match under
    a key of two digests one took about 250 bytes, and regrouping 500,000 pictures recalls 1.5
    million."""

    def __init__(
        self,
        count: int,
        references: _Places,
        copies: _Places,
        variants: npt.NDArray[np.integer[Any]],
        scores: npt.NDArray[np.float64],
    ) -> None:
        """The checks (references[i], copies[i], variants[i]) -> scores[i] among `count` contents;
        where one is there twice, either score."""
        self._take(count, self.keys_of(count, references, copies, variants), scores)

    @staticmethod
    def keys_of(
        count: int, references: _Places, copies: _Places, variants: npt.NDArray[np.integer[Any]]
    ) -> _Places:
        """The key of each check (references[i], copies[i], variants[i]) among `count` contents."""
        keys: _Places = (references.astype(np.int64) * count + copies) * 8 + variants
        return keys

    @classmethod
    def keyed(cls, count: int, keys: _Places, scores: npt.NDArray[np.float64]) -> RecalledScores:
        """The checks of these keys (keys_of) -> scores[i]: made a part of the kept checks at a
        time, the places of all 1.8 million checks at once held 60 MB more at a scan's peak."""
        recalled = cls.__new__(cls)
        recalled._take(count, keys, scores)
        return recalled

    def _take(self, count: int, keys: _Places, scores: npt.NDArray[np.float64]) -> None:
        self._count = count
        self._keys, first = np.unique(keys, return_index=True)
        self._scores = np.asarray(scores, dtype=np.float64)[first]

    @classmethod
    def none(cls) -> RecalledScores:
        empty = np.zeros(0, np.int64)
        return cls(0, empty, empty, empty, np.zeros(0))

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, reference: int, copy: int, variant: int) -> float | None:
        """The score of the check of `copy` turned by `variant` against `reference`, if recalled."""
        key = (reference * self._count + copy) * 8 + variant
        at = int(self._keys.searchsorted(key))
        if at < len(self._keys) and int(self._keys[at]) == key:
            return float(self._scores[at])
        return None

    def get_each(self, references: _Places, copies: _Places, variants: _Places) -> npt.NDArray[np.float64]:
        """get() of each check (references[i], copies[i], variants[i]), NaN where not recalled."""
        keys = (references * self._count + copies) * 8 + variants
        if not len(self._keys):
            return np.full(len(keys), np.nan)
        at = np.minimum(self._keys.searchsorted(keys), len(self._keys) - 1)
        return np.where(self._keys[at] == keys, self._scores[at], np.nan)

    def pairs(self) -> _Places:
        """The pairs with a check recalled, either way round and of any turn, as lower * count +
        higher, ascending."""
        references, copies = np.divmod(self._keys // 8, self._count)
        return np.unique(np.minimum(references, copies) * self._count + np.maximum(references, copies))


class AskedChecks:
    """What a grouping asks of the checks kept (KeptChecks.recall): those of its candidate pairs,
    either way round. Its contents are known by their digests (texts, and 16 bytes each), a pair
    by their places among them."""

    def __init__(
        self,
        digests: Sequence[str],
        raw: npt.NDArray[np.void],
        low: _Places,
        high: _Places,
        *,
        scores_only: bool = False,
    ) -> None:
        """The contents of these `digests` (hex, and `raw` the same as bytes) and the candidate
        pairs (low[i], high[i]), low < high, by place; with `scores_only`, only the thumbs'
        scores without a crop are asked for."""
        self.digests = digests
        self.count = len(raw)
        self.scores_only = scores_only
        # Searched as two numbers, their first 8 bytes and the rest: a search of 16-byte values
        # compares them byte by byte (1 s of recalling 1.7 million checks).
        halves = _halves(raw)
        self._order = np.lexsort((halves[1], halves[0]))
        self._sorted = raw[self._order]
        self._leading, self._trailing = halves[0][self._order], halves[1][self._order]
        self._pairs = np.sort(low * self.count + high)

    def places(self, raw: bytes | bytearray | memoryview) -> _Places:
        """The place of each digest in `raw` (16 bytes each) among the contents, -1 for none."""
        found = np.frombuffer(raw, dtype="V16")
        if not self.count or not len(found):
            return np.full(len(found), -1, np.int64)
        leading, trailing = _halves(found)
        at = np.minimum(self._leading.searchsorted(leading), self.count - 1)
        # Digests whose first 8 bytes another shares: among those, by the rest (few, if any).
        for place in np.flatnonzero((self._sorted[at] != found) & (self._leading[at] == leading)).tolist():
            first = int(at[place])
            last = int(self._leading.searchsorted(leading[place], side="right"))
            at[place] = min(
                first + int(self._trailing[first:last].searchsorted(trailing[place])), self.count - 1
            )
        return np.where(self._sorted[at] == found, self._order[at], -1)

    def places_of_texts(self, texts: Sequence[object]) -> _Places:
        """places() of digests as hex texts; -1 also for one that is no digest (lowercase hex of
        16 bytes), whatever else it is."""
        raw = bytearray(16 * len(texts))
        digests = np.ones(len(texts), np.bool_)
        for place, text in enumerate(texts):
            try:
                digest = bytes.fromhex(text)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                digests[place] = False
                continue
            if len(digest) != 16 or digest.hex() != text:
                digests[place] = False
                continue
            raw[16 * place : 16 * place + 16] = digest
        return np.where(digests, self.places(raw), -1)

    def asked(self, a: _Places, b: _Places) -> npt.NDArray[np.bool_]:
        """Whether the pair of contents at places a[i] and b[i] (-1: none) is a candidate pair."""
        both = (a >= 0) & (b >= 0)
        keys = np.minimum(a, b) * self.count + np.maximum(a, b)
        if not len(self._pairs):
            return np.zeros(len(keys), np.bool_)
        at = np.minimum(self._pairs.searchsorted(keys), len(self._pairs) - 1)
        asked: npt.NDArray[np.bool_] = both & (self._pairs[at] == keys)
        return asked


def _halves(digests: npt.NDArray[np.void]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """The first and the last 8 bytes of each 16-byte digest as numbers, ordered as the bytes."""
    both = np.ascontiguousarray(digests).view(">u8").astype(np.uint64)
    return both[0::2], both[1::2]


class KeptChecks(Protocol):
    """Where the checks of earlier groupings are kept (the fingerprint cache): a grouping of the
    same pictures (a rescan after a few files were added, the slider in a new session) then makes
    only the checks of pairs it has not seen, and most need files read again."""

    def recall(self, asked: AskedChecks) -> tuple[RecalledScores, PairChecks]:
        """The kept checks of the pairs `asked`, either way round: the thumbs' checks without a
        crop by place, the others by digest. The checks of other pictures may go once the checks
        kept outgrow what groupings use."""

    def remember(self, made: PairChecks, *, more_to_come: bool = False) -> None:
        """Keep these checks too; `more_to_come`: the grouping will hand back more before it ends."""

    def recall_search(self, threshold: int, plans: str) -> tuple[bytes, bytes] | None:
        """The pictures' digests and the matches (pair_search.encoded) of the candidate search
        kept at this threshold with these plans, or None."""

    def remember_search(self, threshold: int, plans: str, digests: bytes, matches: bytes) -> None:
        """Keep this candidate search of the pictures of these digests (DIGEST_BYTES each), in
        place of the one kept at this threshold."""


class _NotRecalled(Exception):
    """A check asked of the recalled ones alone that must be made (see _Looks.recalled_thumbs)."""


class _Looks:
    """How grouping checks a pair of contents (by place among `best`): by the thumbs, then closer
    at the files, and whether a pair the thumbs call the same picture is the same in colour too;
    with `kept`, the checks it recalls are not made again and those made are handed to it. A look
    that could not read the files (None) is not kept: the next grouping tries again. Safe to use
    from several threads."""

    # Checks of settled pairs held before they are handed to `kept`: about 250 bytes each (65 MB).
    # Held to the end, the million checks of grouping 500,000 small pictures held 300 MB. The
    # checks' threads wait for the cache file while they are written: a batch every 65,536 took
    # the checking 19 % longer (one run).
    HANDED_BACK_EVERY = 262_144

    def __init__(self, best: Pictures, looker: Looker, same: SameLooker, kept: KeptChecks | None) -> None:
        self._best = best
        self._looker, self._same, self._kept = looker, same, kept
        self._digests: Sequence[str] | None = None
        self._scores = RecalledScores.none()
        self._thumbs_recalled: _Places = np.zeros(0, np.int64)  # pairs with one, as RecalledScores.pairs
        self._known = PairChecks()
        self._made = PairChecks()
        self._settled = PairChecks()  # made checks of settled pairs, until handed to `kept`
        self._lock = Lock()  # guards moving checks out of _made against the threads adding them
        self._unsure: set[int] = set()  # contents of looks that could not read their files
        self._apart: _ChecksApart | None = None  # a reader of checks (start_apart)

    @property
    def digest(self) -> Sequence[str]:
        """The contents' digests, by place (each made when first asked for)."""
        if self._digests is None:
            self._digests = self._best.digests()
        return self._digests

    def recall(self, low: _Places, high: _Places) -> None:
        """Take what `kept` holds about the candidate pairs (low[i], high[i]), before any check.
        Nothing when a digest is none (a forged cache): every check is made."""
        raw = self._best.digest_bytes()
        if self._kept is None or raw is None:
            return
        asked = AskedChecks(self.digest, raw, low, high)
        self._scores, self._known = self._kept.recall(asked)
        cropped = list(self._known.thumbs)
        a, b = (asked.places_of_texts([key[side] for key in cropped]) for side in (0, 1))
        pairs = np.minimum(a, b) * asked.count + np.maximum(a, b)
        self._thumbs_recalled = np.union1d(self._scores.pairs(), pairs[(a >= 0) & (b >= 0)])

    def without_recalled_thumbs(self, low: _Places, high: _Places) -> npt.NDArray[np.bool_]:
        """Which of the pairs (low[i], high[i]) will likely need their thumbs looked at: no thumbs'
        check was recalled of them, either way round and of any turn."""
        recalled = self._thumbs_recalled
        keys = low * len(self._best) + high
        if not len(recalled):
            return np.ones(len(keys), np.bool_)
        at = np.minimum(recalled.searchsorted(keys), len(recalled) - 1)
        anew: npt.NDArray[np.bool_] = recalled[at] != keys
        return anew

    def settle(self, reference: int, copy: int, variant: int) -> bool:
        """Let go of the checks of this pair, which the grouping will not ask for again: a
        recalled one is dropped, one made is set aside for `kept`. True when HANDED_BACK_EVERY are
        set aside (hand_back_settled then hands them over)."""
        if self._kept is None:
            return False
        key = (self.digest[reference], self.digest[copy], variant)
        with self._lock:
            found = self._known.thumbs.pop(key, None)
            made = self._made.thumbs.pop(key, None)
            if made is not None:
                self._settled.thumbs[key] = made
            # The closer look of a recalled score, a check without a crop, too.
            for crop in {None, *(match.crop for match in (found, made) if match is not None)}:
                closer_key = (*key, crop)
                self._known.closer.pop(closer_key, None)
                if (verdict := self._made.closer.pop(closer_key, None)) is not None:
                    self._settled.closer[closer_key] = verdict
            return sum(self._settled.sizes) >= self.HANDED_BACK_EVERY

    def hand_back_settled(self) -> None:
        """Give `kept` the checks set aside by settle(). Called where nothing else uses `kept`."""
        if self._kept is not None and self._settled:
            settled, self._settled = self._settled, PairChecks()
            self._kept.remember(settled, more_to_come=True)

    def hand_back(self) -> None:
        """Give `kept` the checks made."""
        if self._kept is not None and (self._made or self._settled):
            with self._lock:
                made, self._made = self._made, PairChecks()
            for kind in ("thumbs", "closer", "same", "described"):
                getattr(made, kind).update(getattr(self._settled, kind))
            self._settled = PairChecks()
            self._kept.remember(made)

    def thumbs(self, reference: int, copy: int, variant: int, pixels: _Thumbs) -> verify.Match:
        """The thumbs' check of the pair; one whose thumb a file no longer gives (see _Thumbs) is
        no match, neither kept nor taken for what grouping knows of the pair."""
        found = None if self._kept is None else self._thumbs_known(reference, copy, variant)
        if found is not None:
            return found
        best, digest = self._best, self.digest
        a = pixels.thumb_at(best, reference, digest[reference])
        b = pixels.thumb_at(best, copy, digest[copy])
        if not (a and b):
            self._not_read(reference, copy)
            return _UNSEEN
        mine, theirs = self._facts(reference), self._facts(copy)
        if self._kept is None:
            return _checked_before(mine, theirs, variant, a, b)
        found = _checked(mine, theirs, variant, a, b)
        with self._lock:  # not also remembered for the process: `kept` keeps it
            self._made.thumbs[mine.digest, theirs.digest, variant] = found
        return found

    @property
    def checks_apart(self) -> bool:
        """Whether a reader may make this grouping's checks (check_apart): only where they are
        kept, so that made_apart can hand them to the pass, and the closer looks are at the files."""
        return self._kept is not None and self._looker is _lazy_files_looker

    def start_apart(self, options: ScanOptions, pairs: int) -> None:
        """Start a reader of checks for the pass (see _SmallLane), where it may check `pairs` pairs
        of small pictures anew, enough for one, and there is a core to spare."""
        workers = options.workers or os.cpu_count() or 1
        if self._apart is None and self.checks_apart and workers > 1 and pairs >= CHECKS_APART_FROM:
            self._apart = _ChecksApart(options, self)

    @property
    def apart(self) -> _ChecksApart | None:
        """The reader of checks started for the pass, if any."""
        return self._apart

    def end_apart(self) -> None:
        """End the reader of checks, if one was started."""
        if self._apart is not None:
            self._apart.end()

    def thumbs_made(self, reference: int, copy: int, variant: int) -> bool:
        """Whether the thumbs' check of the pair is recalled or made already."""
        return self._kept is not None and self._thumbs_known(reference, copy, variant) is not None

    def made_apart(
        self, reference: int, copy: int, variant: int, found: verify.Match, verdict: verify.Verdict | None
    ) -> None:
        """Take the thumbs' check and the closer look (None: none) a reader made of the pair, as
        thumbs() and closer() would have made them here (see checks_apart)."""
        key = (self.digest[reference], self.digest[copy], variant)
        with self._lock:
            self._made.thumbs.setdefault(key, found)
            if verdict is not None:
                self._made.closer.setdefault((*key, found.crop), verdict)

    def _facts(self, place: int) -> _Facts:
        best = self._best
        return _Facts(self.digest[place], best.field("width", place), best.field("height", place))

    def _thumbs_known(self, reference: int, copy: int, variant: int) -> verify.Match | None:
        score = self._scores.get(reference, copy, variant) if len(self._scores) else None
        if score is not None:
            return verify.Match(score)
        key = (self.digest[reference], self.digest[copy], variant)
        return self._known.thumbs.get(key) or self._made.thumbs.get(key)

    def recalled_thumbs(self, reference: int, copy: int, variant: int) -> verify.Match:
        """The thumbs' check `thumbs` would give this pair, when it was recalled or made already;
        else raises _NotRecalled."""
        found = self._thumbs_known(reference, copy, variant)
        if found is None:
            raise _NotRecalled
        return found

    def recalled_closer(
        self, reference: int, copy: int, variant: int, crop: verify.Crop | None
    ) -> verify.Verdict:
        """The closer look `closer` would give this pair, when it was recalled or made already;
        else raises _NotRecalled."""
        key = (self.digest[reference], self.digest[copy], variant, crop)
        verdict = self._known.closer.get(key) or self._made.closer.get(key)
        if verdict is None:
            raise _NotRecalled
        return verdict

    @property
    def recalled_scores(self) -> RecalledScores:
        """The thumbs' checks without a crop recalled (none before recall())."""
        return self._scores

    @property
    def recalls(self) -> bool:
        """Whether checks are kept, and so may be recalled."""
        return self._kept is not None

    @property
    def kept(self) -> KeptChecks | None:
        return self._kept

    @property
    def unsure(self) -> frozenset[int]:
        """The contents of the looks that could not read their files, and of the descriptions
        that needed such a look: what grouping decided of them may change when the files can be
        read again."""
        with self._lock:
            return frozenset(self._unsure)

    def _not_read(self, *contents: int) -> None:
        with self._lock:
            self._unsure.update(contents)

    def closer(
        self, reference: int, copy: int, variant: int, crop: verify.Crop | None
    ) -> verify.Verdict | None:
        if self._kept is None:
            return self._looker(self._best[reference], self._best[copy], variant, crop)
        key = (self.digest[reference], self.digest[copy], variant, crop)
        verdict = self._known.closer.get(key) or self._made.closer.get(key)
        if verdict is None:
            verdict = self._looker(self._best[reference], self._best[copy], variant, crop)
            if verdict is None:
                self._not_read(reference, copy)
            else:
                with self._lock:
                    self._made.closer[key] = verdict
        return verdict

    def same(self, reference: int, copy: int) -> verify.Verdict | None:
        if self._kept is None:
            return self._same(self._best[reference], self._best[copy])
        key = (self.digest[reference], self.digest[copy])
        verdict = self._known.same.get(key) or self._made.same.get(key)
        if verdict is None:
            verdict = self._same(self._best[reference], self._best[copy])
            if verdict is None:
                self._not_read(reference, copy)
            else:
                with self._lock:
                    self._made.same[key] = verdict
        return verdict

    def knows_description(self, reference: int, copy: int, variant: int, looks_from: float) -> bool:
        """Whether what a group says of `copy` beside `reference` was recalled: then describing it
        needs neither thumbs nor files."""
        if self._kept is None:
            return False
        key = (self.digest[reference], self.digest[copy], variant, looks_from)
        return key in self._known.described

    def described(
        self,
        reference: int,
        copy: int,
        variant: int,
        looks_from: float,
        describe: Callable[[], tuple[Described, bool]],
    ) -> Described:
        """What a group says of `copy` beside `reference`: recalled, else describe()'s, which also
        says whether it is whole (every look it needed could read the files): only such are kept."""
        if self._kept is None:
            return describe()[0]
        key = (self.digest[reference], self.digest[copy], variant, looks_from)
        found = self._known.described.get(key) or self._made.described.get(key)
        if found is None:
            found, whole = describe()
            if not whole:
                self._not_read(reference, copy)
            else:
                with self._lock:
                    self._made.described[key] = found
        return found


# Told of each check made ahead: its place among those given, and what check_ahead made of it.
_Checked = Callable[[int, object], None]


class _Thumbs:
    """The thumbs grouping looks at, by record, from a ThumbSource: those it knows it will need
    fetched in batches and held, any other each time it is asked for (a pair whose thumbs' check
    the other way round or of another turn was kept). With the checks of earlier groupings kept,
    a regrouping needs only the thumbs of pairs it checks anew and of the group members it
    describes: at 100,000 pictures, reading those of every picture in a candidate pair held
    132 MB in the window. Safe to use from several threads."""

    def __init__(self, source: ThumbSource, options: ScanOptions, spare: readers.Spare | None = None) -> None:
        self._source = source
        self._options = options  # for a reader that makes thumbs again beside this thread
        self._spare = spare  # that reader, if one is kept
        self._held: dict[str, bytes] = {}
        self._lock = Lock()
        self._ahead: ThumbsAhead | None = None  # made ahead of the fetch that asks for them
        self._checking: ThumbsAhead | None = None  # its checks ahead, once the fetch took its thumbs

    def make_ahead(self, records: Sequence[ImageRecord]) -> None:
        """Have a reader begin making again the thumbs of these records that their files give
        (thumb_from_its_file): the next fetch is likely to ask for them (see ThumbsAhead), and
        takes those it made. Only where there are enough of them for a reader to be worth it."""
        again = [
            (record.entry, fingerprint.digest)
            for record in records
            if not (fingerprint := record.fingerprint).thumb
            and thumb_from_its_file(fingerprint.width, fingerprint.height)
        ]
        if self._ahead is None and ThumbsAhead.worth_it(len(again), self._options):
            self._ahead = ThumbsAhead(again, self._options, self._spare)

    def checks_ahead_worth_it(self, count: int) -> bool:
        """Whether check_ahead would have `count` checks made."""
        return self._ahead is not None or ThumbsAhead.worth_it(count, self._options)

    def check_ahead(self, checks: Sequence[CheckApart], checked: _Checked) -> None:
        """Have the reader making thumbs ahead make these checks after them (see
        ThumbsAhead.check_ahead), or one started for them where there are enough; else none."""
        with self._lock:
            if self._ahead is None and ThumbsAhead.worth_it(len(checks), self._options):
                self._ahead = ThumbsAhead((), self._options, self._spare)
            ahead = self._ahead
        if ahead is not None:
            ahead.check_ahead(self._with_stored_thumbs(checks), checked)

    def _with_stored_thumbs(self, checks: Sequence[CheckApart]) -> list[CheckApart]:
        """`checks` with the thumbs the source holds (a rescan's new small pictures' are in the
        cache while it runs: 0.05 ms each to read there, 0.2 ms for the reader to make again)."""
        records = {}
        for check in checks:
            for record in (check.reference, check.copy):
                records[record.fingerprint.digest] = record
        with self._lock:
            found = self._source(list(records.values())) if records else {}
        return [
            replace(
                check,
                a=found.get(check.reference.fingerprint.digest, b""),
                b=found.get(check.copy.fingerprint.digest, b""),
            )
            for check in checks
        ]

    def end_ahead(self) -> None:
        """Stop making the thumbs no fetch took and the checks ahead (grouping ends, or stopped)."""
        with self._lock:
            ahead, self._ahead = self._ahead, None
            checking, self._checking = self._checking, None
        for reader in (ahead, checking):
            if reader is not None:
                reader.end()

    @property
    def source_lock(self) -> Lock:
        """Held while the source is called: whoever else uses what it reads from takes it too."""
        return self._lock

    def fetch(self, records: Iterable[ImageRecord]) -> None:
        """Fetch the thumbs of these records, in one call of the source."""
        wanted = {r.fingerprint.digest: r for r in records if r.fingerprint.digest not in self._held}
        with self._lock:  # the first fetch takes those made ahead; the ones it does not ask for are let go
            ahead, self._ahead = self._ahead, None
        try:
            if wanted:
                found = self._read(list(wanted.values()), ahead)
                with self._lock:
                    self._held.update(found)
            elif ahead is not None:
                ahead.take(())
        except BaseException:
            if ahead is not None:
                ahead.end()
            raise
        if ahead is not None:  # its reader goes on to the checks ahead, if it was given any
            with self._lock:
                self._checking = ahead

    def _read(self, records: Sequence[ImageRecord], ahead: ThumbsAhead | None = None) -> dict[str, bytes]:
        """The thumbs of these records, by digest: a fingerprint's own, else the source's, else,
        of a picture that fits in its thumb, one made again from its file (b"" when the file no
        longer gives it: see models.thumb_from_its_file), by `ahead` where it made them."""
        found: dict[str, bytes] = {}
        asked: list[ImageRecord] = []
        for record in records:
            if record.fingerprint.thumb:
                found[record.fingerprint.digest] = record.fingerprint.thumb
            else:
                asked.append(record)
        if asked:
            with self._lock:
                found.update(self._source(asked))
        again = [
            (record.entry, fingerprint.digest)
            for record in asked
            if (fingerprint := record.fingerprint).digest not in found
            and thumb_from_its_file(fingerprint.width, fingerprint.height)
        ]
        if again:
            made = ahead.take(again) if ahead is not None else thumbs_made_again(again, self._options)
            found.update((digest, thumb or b"") for (_, digest), thumb in zip(again, made, strict=True))
        return found

    def keep_only(self, records: Iterable[ImageRecord]) -> None:
        """Let go of the thumbs of all but these records."""
        digests = {r.fingerprint.digest for r in records}
        with self._lock:
            self._held = {digest: thumb for digest, thumb in self._held.items() if digest in digests}

    def thumb_at(self, pictures: Pictures, position: int, digest: str) -> bytes:
        """The thumb of the picture at `position` of `pictures` (of this `digest`), as
        self[pictures[position]], its record made only when the thumb is neither held nor its
        fingerprint's own."""
        thumb = self._held.get(digest)
        if thumb is None:
            thumb = pictures.field("thumb", position) or self[pictures[position]]
        return thumb

    def __getitem__(self, record: ImageRecord) -> bytes:
        """The record's thumb, or b"" when its file no longer gives it (see _read)."""
        thumb = self._held.get(record.fingerprint.digest)
        if thumb is None:
            # Not held: a check's thread fetches it for that check alone. Held until the grouping
            # ends, a thumb fetched there would pin the memory around it among the thread's freed
            # pictures and arrays (see scan._keep).
            thumb = self._read([record])[record.fingerprint.digest]
        return thumb


@dataclass(frozen=True, slots=True)
class _Contents:
    """The records by content (digest), the contents in keeper order of their best copies."""

    best: Pictures  # each content's best copy
    copies: dict[int, list[ImageRecord]]  # by content: the files of those with more than one, best first
    made: dict[int, ImageRecord] = field(default_factory=dict)  # best copies made ahead (make_ahead)

    def record(self, content: int) -> ImageRecord:
        """The content's best copy."""
        return self.made.get(content) or self.best[content]

    def records(self, content: int) -> list[ImageRecord]:
        return self.copies.get(content) or [self.record(content)]

    def make_ahead(self, contents: Iterable[int]) -> None:
        """Make the best copies of these contents together, field by field (2 us a record, where
        one by one, as describing a million synthetic pictures' 20,000 groups asked for them, took
        several times that), and hold them until this is let go of."""
        wanted = sorted(set(contents) - self.made.keys())
        self.made.update(zip(wanted, self.best.records_at(wanted, held=False), strict=True))


def find_groups(
    records: Sequence[ImageRecord],
    options: ScanOptions,
    *,
    cancelled: CancelCheck = never_cancelled,
    not_duplicates: frozenset[DigestPair] = frozenset(),
    thumbs: ThumbSource | None = None,
    looker: Looker | None = None,
    same: SameLooker | None = None,
    kept: KeptChecks | None = None,
    earlier: parts.EarlierGroups | None = None,
    progress: GroupingProgress = _no_progress,
    spare: readers.Spare | None = None,
) -> tuple[Group, ...]:
    """Group `records` into duplicate groups; the same input always gives the same groups.

    Two contents whose digest pair is in `not_duplicates` never share a group. The thumbs of
    the images in candidate pairs are their fingerprints', else made from the files of pictures
    that fit in one, else come from `thumbs`, called once; by default stored_thumbs().
    Pairs the thumbs cannot settle get a closer look from `looker`, and pairs they call the same
    picture one from `same`, both by default at the files. The checks `kept` recalls of the
    candidate pairs are not made again, and those made are handed to it (also when cancelled).
    The groups of the parts (see parts.py) that `earlier` gives are taken from it, and its `made`
    is set to this grouping's parts. `progress` hears how far it has come. A reader `spare` keeps
    makes thumbs and checks ahead (_Thumbs).
    """
    contents = _contents(Pictures.of(records))
    looks = _Looks(contents.best, looker or _lazy_files_looker, same or _lazy_same_picture, kept)
    clusters: list[tuple[int, list[tuple[int, _Candidate | None, float | None]]]] = []
    grouped: set[int] = set()
    pixels = _Thumbs(thumbs or stored_thumbs(options), options, spare)
    checking: GroupingProgress = _no_progress
    regrouping = _Regrouping.none(len(contents.best))
    if options.mode is Mode.SIMILAR:
        searching = _scaled(progress, 0, SEARCH_STEPS)
        checking = _scaled(progress, SEARCH_STEPS, CHECK_STEPS)
        progress = _scaled(progress, SEARCH_STEPS + CHECK_STEPS, GROUPING_STEPS - SEARCH_STEPS - CHECK_STEPS)
        try:
            clusters, regrouping = _similar_clusters(
                contents,
                options,
                cancelled,
                not_duplicates,
                pixels,
                looks,
                searching,
                checking,
                earlier,
                records,
            )
        finally:  # a reader still making thumbs ahead that no fetch took (stopped, or none needed)
            pixels.end_ahead()
            looks.end_apart()  # and one of checks the pass did not end (stopped, or failed)
        grouped = {index for _, members in clusters for index, _, _ in members}
        contents.make_ahead(grouped - contents.copies.keys())
        grouped.update(np.flatnonzero(regrouping.taken).tolist())
        undescribed = _to_describe(contents, clusters, looks)  # their tiers and changes, from thumbs
        held_most = _thumbs_held_most(len(contents.best))
        pixels.keep_only(undescribed[:held_most])
        pixels.fetch(undescribed[:held_most])
        del undescribed
    for index in sorted(contents.copies.keys() - grouped):
        clusters.append((index, [(index, None, None)]))
    make = partial(_make_group, contents, pixels, looks)
    try:
        described = partial(_described_already, contents, looks)
        made = _made_groups(clusters, make, options, _scaled(progress, 0, GROUPING_STEPS), described)
    finally:
        looks.hand_back()
    if regrouping.again is not None and not cancelled():
        pixels.keep_only(())  # the groups are described: what it recalls takes their place
        roots, by_root = regrouping.again()
        regrouping = replace(regrouping, root=roots, signatures=by_root)
    groups = [
        (regrouping.signature(reference), group, False)
        for (reference, _), group in zip(clusters, made, strict=True)
    ]
    groups += [(part, group, True) for part, group in regrouping.groups]
    # By the least path of each group: the keep rules (scan) may choose another reference for a
    # group, and one kept from the last scan was stored so; its least path is the same either way.
    groups.sort(key=lambda found: min(str(member.path) for member in found[1].members))
    if earlier is not None and not cancelled():
        # A part whose grouping could not read some file is kept without its signature: the next
        # grouping groups it again, as it looks again at pairs whose look was not kept.
        unsure = {regrouping.signature(content) for content in looks.unsure}
        signatures = sorted(set(regrouping.signatures.values()) - unsure)
        places = {signature: place for place, signature in enumerate(signatures)}
        of_groups = tuple(places.get(part, -1) if part else -1 for part, _, _ in groups)
        taken = tuple(taken for _, _, taken in groups)
        earlier.made = parts.GroupingParts(tuple(signatures), of_groups, taken, whole=not unsure)
    return tuple(
        Group(id=number, kind=g.kind, members=g.members, keep_reason=g.keep_reason)
        for number, (_, g, _) in enumerate(groups, start=1)
    )


def _to_describe(
    contents: _Contents,
    clusters: list[tuple[int, list[tuple[int, _Candidate | None, float | None]]]],
    looks: _Looks,
) -> list[ImageRecord]:
    """The best copies whose thumbs describing the similar clusters' members needs: those of each
    pair whose description was not recalled."""
    wanted: dict[int, ImageRecord] = {}
    for reference, members in clusters:
        for index in _undescribed(contents, looks, reference, members):
            wanted[reference], wanted[index] = contents.record(reference), contents.record(index)
    return [wanted[index] for index in sorted(wanted)]


def _described_already(
    contents: _Contents,
    looks: _Looks,
    reference: int,
    members: list[tuple[int, _Candidate | None, float | None]],
) -> bool:
    return next(_undescribed(contents, looks, reference, members), None) is None


def _undescribed(
    contents: _Contents,
    looks: _Looks,
    reference: int,
    members: list[tuple[int, _Candidate | None, float | None]],
) -> Iterator[int]:
    """The members of the cluster whose description beside its reference was not recalled."""
    for index, candidate, _ in members:
        if candidate is not None and not looks.knows_description(
            reference, index, _variant_of(index, candidate), candidate.looks_from
        ):
            yield index


def _made_groups(
    clusters: list[tuple[int, list[tuple[int, _Candidate | None, float | None]]]],
    make: Callable[[int, list[tuple[int, _Candidate | None, float | None]]], Group],
    options: ScanOptions,
    progress: GroupingProgress,
    described: Callable[[int, list[tuple[int, _Candidate | None, float | None]]], bool] = lambda *_: False,
) -> list[Group]:
    """make(reference, members) for each cluster, on this thread or on every core, whichever a
    timed sample says is faster (_to_pool): the looks at the files, which decode pictures again,
    can be most of the time it takes (NumPy and Pillow let go of the GIL), but where the thumbs
    alone describe the groups it is Python under the GIL, and threads that take it in turn made
    the 20,000 groups of a million synthetic pictures in 9.4 s against 5.3 s on one. The clusters
    `described` says are described already (recalled) are made on this thread: on the pool, the
    9,000 groups of a rescan of 100,000 pictures took 0.5 s more, waiting for them. `progress`
    hears (clusters made, clusters)."""
    workers = min(options.workers or os.cpu_count() or 1, len(clusters))
    made: list[Group | Future[Group] | None] = [None] * len(clusters)
    progress(0, len(clusters))  # no clusters: all done
    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="groups") as pool:
        if workers > 1:
            for place in _to_pool(clusters, make, described, made, pool):
                made[place] = pool.submit(make, *clusters[place])
        done = 0
        for place, cluster in enumerate(clusters):
            if made[place] is None:
                made[place] = make(*cluster)
            if not isinstance(made[place], Future):
                done += 1
                progress(done, len(clusters))
        groups = []
        for group in made:
            if isinstance(group, Future):
                group = group.result()
                done += 1
                progress(done, len(clusters))
            assert group is not None
            groups.append(group)
    return groups


# Clusters to describe made on this thread to warm up (the first looks load modules and fill
# caches: timed, they favour the pool), then at most _SAMPLE or for _SAMPLE_SECONDS here and as
# many on the pool, to see where they go faster. Where the files are looked at, each made here
# takes twice its time on the pool: the sample is short.
_WARMING = 16
_SAMPLE = 64
_SAMPLE_SECONDS = 0.05


def _to_pool(
    clusters: list[tuple[int, list[tuple[int, _Candidate | None, float | None]]]],
    make: Callable[[int, list[tuple[int, _Candidate | None, float | None]]], Group],
    described: Callable[[int, list[tuple[int, _Candidate | None, float | None]]], bool],
    made: list[Group | Future[Group] | None],
    pool: ThreadPoolExecutor,
) -> list[int]:
    """The places of the clusters to describe that go to `pool`: all of them when there are too
    few to time; else, after some made on this thread to warm up, a sample made here and as many
    on the pool (all put in `made`), the rest when the pool made its sample faster."""
    to_describe = [place for place, cluster in enumerate(clusters) if not described(*cluster)]
    if len(to_describe) < _WARMING + 4 * _SAMPLE:
        return to_describe
    for place in to_describe[:_WARMING]:
        made[place] = make(*clusters[place])
    first = _WARMING
    started = time.perf_counter()
    while first < _WARMING + _SAMPLE and time.perf_counter() - started < _SAMPLE_SECONDS:
        made[to_describe[first]] = make(*clusters[to_describe[first]])
        first += 1
    alone = time.perf_counter() - started
    there = to_describe[first : 2 * first - _WARMING]
    started = time.perf_counter()
    futures = [pool.submit(make, *clusters[place]) for place in there]
    wait(futures)
    pooled = time.perf_counter() - started
    for place, future in zip(there, futures, strict=True):
        made[place] = future
    return to_describe[2 * first - _WARMING :] if pooled < alone else []


def _scaled(progress: GroupingProgress, start: int, steps: int) -> GroupingProgress:
    """`progress` hearing (done, total) of a part of the work that spans `steps` of it from `start`."""

    def heard(done: int, total: int) -> None:
        progress(start + (steps * done // total if total else steps), GROUPING_STEPS)

    return heard


def stored_thumbs(options: ScanOptions) -> ThumbSource:
    """The thumbs of records from the cache that `options` name.

    Grouping asks only for those the fingerprints do not hold (see _Thumbs): a scan without the
    cache keeps every thumb in its fingerprint; a scan with it keeps none (see scan), so regrouping
    its records reads the few it needs back from the cache file.
    """

    def fetch(records: Sequence[ImageRecord]) -> Mapping[str, bytes]:
        from lookalike.core.cache import FingerprintCache, ThumbsUnavailable, default_cache_dir

        if not options.use_cache:
            raise ThumbsUnavailable(Code.NO_THUMBS_NO_CACHE(count=len(records)))
        cache = FingerprintCache(
            options.cache_dir or default_cache_dir(),
            options.fingerprint_key,
            hash_width_of(options.hash_bits),
        )
        try:
            return cache.thumbs(records)
        finally:
            cache.close()

    return fetch


def _contents(pictures: Pictures) -> _Contents:
    """The pictures by content, each content's best copy first, the contents in keeper order of
    their best copies; contents by their first picture. Sorted by digest column (a dict of a
    million digests took 100 MB); every picture ranked once by column (keeper_ranking), not each
    copy by a key of its record (a record and a key each: 0.3 s of a rescan of 100,000 tiny
    pictures, whose 6,000 copies of one content are most of what it made)."""
    raw = pictures.digest_bytes()
    if raw is not None:
        halves = np.frombuffer(raw.tobytes(), dtype=">u8").reshape(-1, 2)
        order = np.lexsort((halves[:, 1], halves[:, 0]))  # stable: a content's pictures in order
        ranked = halves[order]
        new = np.ones(len(order), dtype=np.bool_)
        new[1:] = (ranked[1:] != ranked[:-1]).any(axis=1)
        del halves, ranked
    else:  # a digest that is none (a forged cache or result): by the texts
        ids: dict[str, int] = {}
        keys = np.fromiter((ids.setdefault(d, len(ids)) for d in pictures.digests()), np.int64, len(pictures))
        order = np.argsort(keys, kind="stable")
        new = np.ones(len(order), dtype=np.bool_)
        new[1:] = keys[order][1:] != keys[order][:-1]
    # Each picture's place in keeper order: a content's best copy is its copy ranked first, and
    # the contents go in the order of their best copies.
    rank = np.empty(len(pictures), dtype=np.int64)
    rank[np.array(keeper_ranking(pictures), dtype=np.int64)] = np.arange(len(pictures))
    content = np.cumsum(new) - 1  # each place in `order`: its content
    by_rank = np.lexsort((rank[order], content))  # a content's copies together, best first
    same = order[by_rank]
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, len(order)))
    best_places = same[starts]
    contents_in_order = np.argsort(rank[best_places], kind="stable")
    # The copies of each content with more than one, their records made together (records_at: a
    # record each one by one took 0.08 s of a rescan of 100,000 tiny pictures, 12,000 of them copies).
    shared = [(place, int(starts[at]), int(sizes[at])) for place, at in enumerate(contents_in_order.tolist())
              if sizes[at] > 1]  # fmt: skip
    places = np.concatenate([same[start : start + size] for _, start, size in shared]) if shared else same[:0]
    records = iter(pictures.records_at(places.tolist(), held=False))
    held = {place: list(islice(records, size)) for place, _, size in shared}
    del order, new, content, by_rank, same, starts, sizes, rank, shared, places, records
    return _Contents(pictures.picked(best_places[contents_in_order].tolist()), held)


@dataclass(frozen=True, slots=True)
class _Regrouping:
    """The parts of a grouping (parts.py) and the groups an earlier grouping gives of those it had."""

    root: _Places  # each content's part, as its least content; itself when it is in no pair
    signatures: dict[int, bytes]  # of the parts with a pair, by root
    taken: npt.NDArray[np.bool_]  # a flag per content: its part's groups are `groups`
    groups: list[tuple[bytes | None, Group]]  # with the signature of each one's part
    # The parts (root, signatures) again once the grouping's checks are kept, when it recalled none
    # (see _parts_again).
    again: Callable[[], tuple[_Places, dict[int, bytes]]] | None = None

    @classmethod
    def none(cls, count: int) -> _Regrouping:
        return cls(np.arange(count, dtype=np.int64), {}, np.zeros(count, np.bool_), [])

    @classmethod
    def of(
        cls,
        contents: _Contents,
        looks: _Looks,
        pairs: tuple[_Places, _Places, _Places],
        not_duplicates: frozenset[DigestPair],
        earlier: parts.EarlierGroups,
        records: Sequence[ImageRecord],
    ) -> _Regrouping:
        """The parts of the candidate `pairs` (lower contents, higher ones, codes) that can join
        contents (see _no_copy_either_way), and the groups `earlier` gives of those it had."""
        count = len(contents.best)
        root, signatures = _parts_of(contents, looks, pairs, not_duplicates, earlier.context)
        had = earlier.parts()
        same = {part for part, signature in signatures.items() if signature in had}
        taken = np.zeros(count, np.bool_)
        if not same:
            return cls(root, signatures, taken, [])
        # A content in no pair is its own root, which is no part's: never taken.
        taken = np.isin(root, np.fromiter(same, np.int64, len(same)))
        groups = earlier.groups({signatures[part] for part in same}, records)
        if groups is None or not _all_taken([group for _, group in groups], taken, looks.digest):
            return cls(root, signatures, np.zeros(count, np.bool_), [])
        return cls(root, signatures, taken, list(groups))

    def signature(self, content: int) -> bytes | None:
        """The signature of the part of `content`, None when it is in no pair."""
        return self.signatures.get(int(self.root[content]))


def _parts_of(
    contents: _Contents,
    looks: _Looks,
    pairs: tuple[_Places, _Places, _Places],
    not_duplicates: frozenset[DigestPair],
    context: bytes,
) -> tuple[_Places, dict[int, bytes]]:
    """Each content's part (its root) and the signature of each part of the `pairs` (lower
    contents, higher ones, codes), by root, and of each content with copies in none of them: its
    exact copies' group (a rescan took 0.2 s to make again the 3,300 of 100,000 small pictures)."""
    low, high, codes = pairs
    root = parts.roots(len(contents.best), low, high)
    paired: list[int] = np.union1d(low, high).tolist()
    alone = sorted(contents.copies.keys() - set(paired))
    files = dict(zip(paired + alone, _file_facts(contents, looks.digest, paired + alone), strict=True))
    apart = []
    if not_duplicates:
        place = {looks.digest[content]: content for content in paired}
        for a, b in not_duplicates:
            if a in place and b in place:
                apart.append((place[a], place[b]))
    return root, parts.signatures(root, low, high, codes, files, apart, context, alone)


def _joining(
    pairs: tuple[_Places, _Places, _Places], recalled: RecalledScores, widths: Any, heights: Any, count: int
) -> npt.NDArray[np.bool_]:
    """Which of the `pairs` (lower contents, higher ones, codes, found so) can join contents: all
    but those the `recalled` thumbs' scores settle as no copy either way round, a pair found by a
    masked hash alone never so (its thumbs turn it first)."""
    low, high, codes = pairs
    unmasked = (codes & _MASKED) == 0
    by_scores = _settled_by_scores(low[unmasked], high[unmasked], codes[unmasked], recalled, widths, heights)
    joining: npt.NDArray[np.bool_] = ~_no_copy_either_way(low, high, by_scores, count)
    return joining


# The most candidate pairs whose parts a grouping that recalled no check works out again after its
# pass: the checks recalled to do so, 1.8 million for the million pairs of 500,000 small generated
# pictures grouped from scratch, took 158 MB more at the very end of the scan (1.11 GB instead of
# 0.96). Beyond, the next rescan groups all once.
_PAIRS_AGAIN_MOST = 1 << 19


def _parts_again(
    contents: _Contents,
    looks: _Looks,
    pairs: tuple[npt.NDArray[np.integer[Any]], ...],
    widths: Any,
    heights: Any,
    not_duplicates: frozenset[DigestPair],
    context: bytes,
) -> tuple[_Places, dict[int, bytes]]:
    """The parts of the candidate `pairs` as the next grouping will find them, before its pass:
    with the checks this one made, kept by now. A grouping that recalled no check (the first, or
    the first after an update) would otherwise keep parts that the next one, knowing more pairs
    to be no copy, never finds again."""
    low, high, codes = (column.astype(np.int64) for column in pairs)
    raw, kept = contents.best.digest_bytes(), looks.kept
    recalled = RecalledScores.none()
    if kept is not None and raw is not None:
        recalled, _ = kept.recall(AskedChecks(looks.digest, raw, low, high, scores_only=True))
    joining = _joining((low, high, codes), recalled, widths, heights, len(contents.best))
    del recalled
    return _parts_of(contents, looks, (low[joining], high[joining], codes[joining]), not_duplicates, context)


def _file_facts(contents: _Contents, digest: Sequence[str], places: list[int]) -> list[bytes]:
    """parts.file_facts of the contents at `places`: of each copy's files, or the one's. A part of
    them at a time: each field of 500,000 pictures at once, as Python values, took 200 MB."""
    facts: list[bytes] = []
    for first in range(0, len(places), _FACTS_AT_ONCE):
        some = places[first : first + _FACTS_AT_ONCE]
        alone = [place for place in some if place not in contents.copies]
        picked = contents.best.picked(alone)
        fields = zip(*(picked.values(name) for name in parts.FILE_FIELDS), strict=True)
        made = {
            place: parts.file_facts(digest[place], [one]) for place, one in zip(alone, fields, strict=True)
        }
        for place in some:
            if place not in made:
                entries = [record.entry for record in contents.copies[place]]
                files = [
                    [os.fspath(e.path), *(getattr(e, name) for name in parts.FILE_FIELDS[1:])]
                    for e in entries
                ]
                made[place] = parts.file_facts(digest[place], files)
        facts.extend(made[place] for place in some)
    return facts


_FACTS_AT_ONCE = 1 << 15


def _all_taken(groups: list[Group], taken: npt.NDArray[np.bool_], digest: Sequence[str]) -> bool:
    """Whether every member of `groups` is a copy of a content `taken`, and no file is in two."""
    contents = {digest[content]: content for content in np.flatnonzero(taken).tolist()}
    paths = [os.fspath(member.path) for group in groups for member in group.members]
    if len(set(paths)) != len(paths) or any(len(group.members) < 2 for group in groups):
        log.warning("Not taking the groups kept: a file in two, or a group of one")
        return False
    if not all(member.record.fingerprint.digest in contents for group in groups for member in group.members):
        log.warning("Not taking the groups kept: a member of another part")
        return False
    return True


def _old_beside_new(
    contents: _Contents,
    new: npt.NDArray[np.intp],
    low: npt.NDArray[np.int64],
    high: npt.NDArray[np.int64],
    widths: npt.NDArray[np.int64],
    heights: npt.NDArray[np.int64],
) -> list[ImageRecord]:
    """The best copies of the contents that fit in their thumbs and were searched before, in a
    likely pair with a `new` one: no grouping checked that pair, so its check will want their
    thumbs, which their files give (_Thumbs.make_ahead). At most as many as grouping holds."""
    is_new = np.zeros(len(contents.best), np.bool_)
    is_new[new] = True
    beside_new = is_new[low] != is_new[high]
    old = np.union1d(low[beside_new & ~is_new[low]], high[beside_new & ~is_new[high]])
    old = old[(widths[old] <= THUMB_SIDE) & (heights[old] <= THUMB_SIDE)]
    if len(old) > _thumbs_held_most(len(contents.best)):
        return []
    return contents.best.records_at(old.tolist(), held=False)


# A pair a reader checks (CheckApart), as the pass knows it: the reference, the copy, the copy's
# variant, and the reference's for the check the other way round (None: not made).
_Place = tuple[int, int, int, int | None]

# The most checks a rescan has a reader make ahead of its pass (_checks_ahead): with the records of
# their pictures, about 2 kB each while grouping runs; a reader made 1,758 in 0.39 s (with their
# thumbs, 100,000 small pictures and 1,000 added).
CHECKS_AHEAD_MOST = 8_192


def _checks_ahead(
    contents: _Contents,
    candidates: _Pairs,
    looks: _Looks,
    pairs: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]],
    widths: npt.NDArray[np.int64],
    heights: npt.NDArray[np.int64],
    worth_it: Callable[[int], bool],
) -> tuple[list[CheckApart], list[_Place]]:
    """The checks a rescan's pass will likely make of its new pairs (each of a new picture, of
    which no thumbs' check was recalled), as a reader makes them ahead of it (ThumbsAhead), and
    the pair and variant of each: the lower as the reference, as the pass checks a pair whose two
    contents are both left when it comes to the first. Only pairs of pictures whose thumbs their
    files give, and not found by a masked hash alone (their thumbs turn those first); the last
    CHECKS_AHEAD_MOST of them (the reader makes them from the last); none unless worth_it(count)."""
    low, high, codes = pairs
    own = (widths <= THUMB_SIDE) & (heights <= THUMB_SIDE)  # as thumb_from_its_file
    ahead = (
        _anew(looks, candidates.new, low, high, len(own)) & own[low] & own[high] & ((codes & _MASKED) == 0)
    )
    low, high = low[ahead][-CHECKS_AHEAD_MOST:], high[ahead][-CHECKS_AHEAD_MOST:]
    if not len(low) or not worth_it(len(low)):
        return [], []
    pictured: list[int] = np.union1d(low, high).tolist()
    records = dict(zip(pictured, contents.best.records_at(pictured, held=False), strict=True))
    checks: list[CheckApart] = []
    places: list[_Place] = []
    for reference, other in zip(low.tolist(), high.tolist(), strict=True):
        candidate = candidates[(reference, other)]
        variant, back = _variant_of(other, candidate), _variant_of(reference, candidate)
        places.append((reference, other, variant, back))
        looks_from, cut_only = candidate.looks_from, candidate.cut_only
        records_of = records[reference], records[other]
        checks.append(CheckApart(*records_of, variant, b"", b"", looks_from, cut_only, back))
    return checks, places


def _made_ahead(looks: _Looks, places: list[_Place], at: int, answer: object) -> None:
    """Hand `looks` the checks a reader made (check_ahead) of the pair at `at` of `places`: its
    own, and the one the other way round if made."""
    reference, other, variant, back = places[at]
    if not (isinstance(answer, tuple) and len(answer) == 2):
        return
    for (first, second, turn), made in zip(
        ((reference, other, variant), (other, reference, back)), answer, strict=True
    ):
        if turn is not None and isinstance(made, tuple) and len(made) == 2:
            found, verdict = made
            if isinstance(found, verify.Match) and isinstance(verdict, verify.Verdict | None):
                looks.made_apart(first, second, turn, found, verdict)


def _small_pairs_anew(
    looks: _Looks,
    new: npt.NDArray[np.intp] | None,
    low: npt.NDArray[np.int64],
    high: npt.NDArray[np.int64],
    widths: npt.NDArray[np.int64],
    heights: npt.NDArray[np.int64],
) -> int:
    """How many likely pairs of two small pictures the pass may check anew, at most (_anew)."""
    small = np.maximum(widths, heights) <= SMALL_CHECK_SIDE
    return int(np.count_nonzero(_anew(looks, new, low, high, len(small)) & small[low] & small[high]))


def _anew(
    looks: _Looks,
    new: npt.NDArray[np.intp] | None,
    low: npt.NDArray[np.int64],
    high: npt.NDArray[np.int64],
    count: int,
) -> npt.NDArray[np.bool_]:
    """Which likely pairs (low[i], high[i]) of `count` contents the pass may check anew: those of
    which no thumbs' check was recalled, and in a rescan, with a `new` picture (see the pass)."""
    anew = looks.without_recalled_thumbs(low, high)
    if new is not None:
        is_new = np.zeros(count, np.bool_)
        is_new[new] = True
        anew &= is_new[low] | is_new[high]
    return anew


def _similar_clusters(
    contents: _Contents,
    options: ScanOptions,
    cancelled: CancelCheck,
    not_duplicates: frozenset[DigestPair],
    pixels: _Thumbs,
    looks: _Looks,
    searching: GroupingProgress,
    progress: GroupingProgress,
    earlier: parts.EarlierGroups | None = None,
    records: Sequence[ImageRecord] = (),
) -> tuple[list[tuple[int, list[tuple[int, _Candidate | None, float | None]]]], _Regrouping]:
    """Greedy, best copy first: each unassigned content takes its verified unassigned neighbours;
    and the parts of the candidate pairs, with the groups `earlier` gives of those it had (their
    contents are left out of the pass: see parts.py).

    The thumbs of the pairs whose thumbs' check was not kept are fetched into `pixels` first:
    only contents in candidate pairs are ever looked at (13,516 of 100,000 in the scale corpus at
    threshold 8). `searching` hears how far the search for candidate pairs has come, `progress`
    (candidate pairs settled, candidate pairs).
    """
    detailed = ~contents.best.numbers("flat")
    if np.count_nonzero(detailed) < 2:
        return [], _Regrouping.none(len(contents.best))
    candidates = _candidates(contents, detailed, options, searching, looks.kept)
    del detailed
    low, high = candidates.keys_as_arrays()
    widths, heights = contents.best.numbers("width"), contents.best.numbers("height")
    if options.verify and candidates.new is not None:
        pixels.make_ahead(_old_beside_new(contents, candidates.new, low, high, widths, heights))
    looks.recall(low, high)
    if options.verify and looks.checks_apart:  # a reader of checks, ready by the pass (see _SmallLane)
        looks.start_apart(options, _small_pairs_anew(looks, candidates.new, low, high, widths, heights))
    codes = candidates.codes_as_array()
    if options.verify and looks.checks_apart and candidates.new is not None:
        ahead, places = _checks_ahead(
            contents, candidates, looks, (low, high, codes), widths, heights, pixels.checks_ahead_worth_it
        )
        pixels.check_ahead(ahead, partial(_made_ahead, looks, places))
    # The checks the recalled thumbs' scores settle by themselves, but of the pairs found by a
    # masked hash alone: their thumbs turn them first (below).
    unmasked = (codes & _MASKED) == 0
    by_scores = _settled_by_scores(
        low[unmasked], high[unmasked], codes[unmasked], looks.recalled_scores, widths, heights
    )
    del unmasked
    again = None
    if (
        earlier is not None
        and options.verify
        and looks.kept is not None
        and not len(by_scores[0])
        and len(low) <= _PAIRS_AGAIN_MOST
    ):
        # Compact (a code fits 13 bits): held through the pass and the groups' descriptions.
        compact = low.astype(np.int32), high.astype(np.int32), codes.astype(np.int16)
        again = partial(
            _parts_again, contents, looks, compact, widths, heights, not_duplicates, earlier.context
        )
    if options.verify:  # pairs no copy either way round join nothing: the pass leaves them out
        live = ~_no_copy_either_way(low, high, by_scores, len(contents.best))
        low, high, codes = low[live], high[live], codes[live]
        del live
    regrouping = _Regrouping.none(len(contents.best))
    if earlier is not None and (again is None or earlier.parts()):
        regrouping = _Regrouping.of(contents, looks, (low, high, codes), not_duplicates, earlier, records)
    # else a first scan: no part to take, its own worked out after its pass
    regrouping = replace(regrouping, again=again)
    if regrouping.taken.any():
        fresh = ~(regrouping.taken[low] | regrouping.taken[high])
        low, high = low[fresh], high[fresh]
        del fresh
    del codes
    neighbours = _Neighbours((low, high), len(contents.best))
    to_settle = len(low)
    checked = low, high  # the pairs the pass decides
    anew = looks.without_recalled_thumbs(low, high)
    if candidates.new is not None and len(looks.recalled_scores):
        # A pair of pictures the last grouping held that it never checked (one was taken by
        # another's group first) is not checked now either, unless a new picture changes that:
        # its thumbs are read if so. Regrouping 500,000 read 25,000 thumbs ahead for nothing (2 s).
        new = np.zeros(len(contents.best), np.bool_)
        new[candidates.new] = True
        anew &= new[low] | new[high]
        del new
    checked_anew: list[int] = np.union1d(low[anew], high[anew]).tolist()
    del low, high, anew
    held_most = _thumbs_held_most(len(contents.best))
    if len(checked_anew) > held_most:
        checked_anew = sorted(heapq.nlargest(held_most, checked_anew, key=neighbours.degree))
    pixels.fetch(contents.best[index] for index in checked_anew)
    del checked_anew
    digest = looks.digest
    for key in candidates.masked():
        if neighbours.degree(key[0]):  # else none of its pairs is checked
            candidates[key] = _turned_by_thumbs(contents, pixels, candidates[key], looks.thumbs)

    masked = (candidates.codes_of(*checked) & _MASKED) != 0
    turned = checked[0][masked], checked[1][masked]
    more = _settled_by_scores(*turned, candidates.codes_of(*turned), looks.recalled_scores, widths, heights)
    presettled = _Presettled(
        len(contents.best), *(np.concatenate(both) for both in zip(by_scores, more, strict=True))
    )
    del checked, masked, turned, more, by_scores

    def size(content: int) -> tuple[int, int]:
        return int(widths[content]), int(heights[content])

    def verified(reference: int, other: int, *, recalled_only: bool = False) -> float | None:
        """The pixel check's score of `other` against `reference`, or None when it is no copy.
        Checked as acting re-checks it: the copy against the group's reference. The closer look
        is not symmetric (a layer over the reference is what it allows for), and the reference is
        the best copy, the one without a caption or a tiled word if any is. With `recalled_only`,
        raises _NotRecalled when a check it needs must be made."""
        candidate = candidates[(min(reference, other), max(reference, other))]
        variant = _variant_of(other, candidate)
        closer: Callable[[verify.Crop | None], verify.Verdict | None]
        if recalled_only:  # most recalled checks make no record
            found = looks.recalled_thumbs(reference, other, variant)
            closer = partial(looks.recalled_closer, reference, other, variant)
        else:
            found = looks.thumbs(reference, other, variant, pixels)
            closer = partial(looks.closer, reference, other, variant)
        if candidate.cut_only and found.crop is None:
            # Proposed as a crop: one of the same size is none, however alike (with nine cuts a
            # brighter copy may come near a cut within a stricter threshold than its own hash).
            if not _other_size(size(reference), size(other)):
                return None
            closer = _not_looked
        return found.score if _alike(found, closer, candidate.looks_from) else None

    assigned: set[int] = set()
    clusters: list[tuple[int, list[tuple[int, _Candidate | None, float | None]]]] = []
    workers = options.workers or os.cpu_count() or 1
    settled = 0  # pairs checked or never to be: once a content is a reference or taken, all its pairs
    order = list(neighbours)  # contents are in keeper order, so this is best first
    small: list[bool] = (np.maximum(widths, heights) <= SMALL_CHECK_SIDE).tolist()

    def jobs_apart(pairs: list[tuple[int, int]]) -> tuple[list[_Place], list[CheckApart]]:
        """The checks of these pairs a reader can make (_ChecksApart): the pair and the copy's
        variant, and the check of each that is not made yet and whose thumbs are there."""
        places: list[_Place] = []
        jobs: list[CheckApart] = []
        best = contents.best
        for reference, other in pairs:
            candidate = candidates[(min(reference, other), max(reference, other))]
            variant = _variant_of(other, candidate)
            if looks.thumbs_made(reference, other, variant):
                continue
            a = pixels.thumb_at(best, reference, digest[reference])
            b = pixels.thumb_at(best, other, digest[other])
            if a and b:
                places.append((reference, other, variant, None))
                made = CheckApart(
                    best[reference], best[other], variant, a, b, candidate.looks_from, candidate.cut_only
                )
                jobs.append(made)
        return places, jobs

    with (
        ThreadPoolExecutor(workers, thread_name_prefix="verify") as pool,
        _SmallLane(looks.apart, jobs_apart) if workers > 1 else ThreadPoolExecutor(1) as one,
    ):
        check = verified if options.verify else None
        recalled = None
        if options.verify and looks.recalls:
            recalled = partial(presettled.get, otherwise=partial(verified, recalled_only=True))
        lanes = _Lanes(pool, one if workers > 1 else pool, small)
        checks = _Checks(order, neighbours, assigned, lanes, check, recalled, workers)
        for position, reference in enumerate(order):
            if cancelled():
                checks.cancel()
                break
            progress(settled, to_settle)
            settled += sum(1 for other in neighbours[reference] if other > reference)
            if reference in assigned:
                continue
            unassigned, scores, recalled_checks = checks.scores(position)
            members: list[tuple[int, _Candidate | None, float | None]] = [(reference, None, None)]
            for other, score in zip(unassigned, scores, strict=True):
                if options.verify and score is None:
                    continue
                if not_duplicates and any(
                    pair(digest[other], digest[member]) in not_duplicates for member, _, _ in members
                ):
                    continue
                members.append((other, candidates[(min(reference, other), max(reference, other))], score))
            taken = {index for index, _, _ in members}
            # The checks of the pairs it did not take are never asked again: those made go to `kept`.
            for other, at_once in zip(unassigned, recalled_checks, strict=True):
                if other not in taken and not at_once:
                    candidate = candidates[(min(reference, other), max(reference, other))]
                    if looks.settle(reference, other, _variant_of(other, candidate)):
                        with pixels.source_lock:  # the checks' threads read the cache under it
                            looks.hand_back_settled()
            if len(members) > 1:
                assigned.update(taken)
                clusters.append((reference, members))
    return clusters, regrouping


class _Presettled:
    """The checks of candidate pairs that the thumbs' scores recalled settle by themselves, by
    (reference, copy): a score clear either way, or a crop that is none. Made for all at once: one
    at a time, 1.5 million took 8 s of regrouping 500,000 pictures."""

    def __init__(self, count: int, keys: _Places, scores: npt.NDArray[np.float64]) -> None:
        """The check of copy c against reference r, at key r * count + c in `keys`, gives the
        score there (NaN: it is no copy)."""
        self._count = count
        order = np.argsort(keys)
        self._keys, self._scores = keys[order], scores[order]

    def _at(self, reference: int, copy: int) -> int | None:
        key = reference * self._count + copy
        at = int(self._keys.searchsorted(key))
        return at if at < len(self._keys) and int(self._keys[at]) == key else None

    def get(
        self, reference: int, copy: int, *, otherwise: Callable[[int, int], float | None]
    ) -> float | None:
        """The check's score (None: no copy), else otherwise(reference, copy)'s."""
        at = self._at(reference, copy)
        if at is None:
            return otherwise(reference, copy)
        score = float(self._scores[at])
        return None if score != score else score


# Candidate pairs taken at once where each is worked on in NumPy (settled from their recalled
# scores, their neighbours' neighbours): the dozen arrays made per pair held 90 MB more at the peak
# of regrouping 500,000 pictures, all at once.
_PAIRS_AT_ONCE = 1 << 18


def _settled_by_scores(
    all_low: _Places,
    all_high: _Places,
    all_codes: _Places,
    recalled: RecalledScores,
    widths: Any,
    heights: Any,
) -> tuple[_Places, npt.NDArray[np.float64]]:
    """The checks of the pairs (low[i], high[i]) found so (codes[i]) that `recalled` settles by
    itself, either way round: at key reference * contents + copy, the score (NaN: no copy)."""
    w, h = np.asarray(widths, np.int64), np.asarray(heights, np.int64)
    short, long = np.minimum(w, h), np.maximum(w, h)
    inverse = np.array(changes.INVERSE)
    keys, scores = [np.zeros(0, np.int64)], [np.zeros(0)]
    for start in range(0, len(all_codes) if len(recalled) else 0, _PAIRS_AT_ONCE):
        low, high = (
            all_low[start : start + _PAIRS_AT_ONCE],
            all_high[start : start + _PAIRS_AT_ONCE],
        )
        codes = all_codes[start : start + _PAIRS_AT_ONCE]
        variant = (codes >> _VARIANT_SHIFT) & 7
        table_owner = np.where(codes & _HIGHER_QUERIES, low, high)
        cut_only = (codes & _CUT_ONLY) != 0
        looks_from = np.where(
            codes & _MASKED, MASKED_LOOKS_FROM, np.where(cut_only, verify.CUT_LOOKS_FROM, verify.CLOSER_FROM)
        )
        other_size = (short[low] != short[high]) | (long[low] != long[high])  # as _other_size
        for reference, copy in ((low, high), (high, low)):
            turn = np.where(copy == table_owner, variant, inverse[variant])
            score = recalled.get_each(reference, copy, turn)
            copy_by_score = score >= verify.CLOSER_ABOVE
            # Proposed as a crop, found without one: of another size only by the score (no closer look).
            settled = np.flatnonzero(~np.isnan(score) & (copy_by_score | (score < looks_from) | cut_only))
            copied = copy_by_score[settled] & (other_size[settled] | ~cut_only[settled])
            keys.append(reference[settled] * len(w) + copy[settled])
            scores.append(np.where(copied, score[settled], np.nan))
    return np.concatenate(keys), np.concatenate(scores)


def _no_copy_either_way(
    low: _Places, high: _Places, settled: tuple[_Places, npt.NDArray[np.float64]], count: int
) -> npt.NDArray[np.bool_]:
    """Which of the pairs of contents (low[i], high[i]) the checks `settled` (_settled_by_scores
    of `count` contents) settle as no copy either way round: the pass skips such a pair whichever
    of the two it decides first, so it joins nothing."""
    keys, scores = settled
    none = np.sort(keys[np.isnan(scores)])
    if not len(none):
        return np.zeros(len(low), np.bool_)
    either = np.ones(len(low), np.bool_)
    for reference, copy in ((low, high), (high, low)):
        key = reference * count + copy
        either &= none[np.minimum(none.searchsorted(key), len(none) - 1)] == key
    return either


@dataclass(frozen=True, slots=True)
class _Settled:
    """A check's score known without running it, answering as its finished future would."""

    score: float | None

    def done(self) -> bool:
        return True

    def result(self) -> float | None:
        return self.score


class _Batch:
    """Checks of one lane made one after another by one task of its pool."""

    def __init__(self, lane: ThreadPoolExecutor | _SmallLane) -> None:
        self.lane = lane
        self.pairs: list[tuple[int, int]] = []
        self.future: Future[list[float | Exception | None]] | None = None  # once submitted


@dataclass(frozen=True, slots=True)
class _InBatch:
    """A check made by a batch, answering as its own future would."""

    batch: _Batch
    index: int

    def done(self) -> bool:
        return self.batch.future is not None and self.batch.future.done()

    def result(self) -> float | None:
        assert self.batch.future is not None
        score = self.batch.future.result()[self.index]
        if isinstance(score, Exception):
            raise score
        return score


_Score = _InBatch | _Settled

# A batch of checks takes about this long: a future a check cost the pass some 40 us of its
# thread (grouping a million synthetic pictures, 72,000 checks of 30 us each), and a batch of
# slow checks (closer looks at the files) is one check, so that every core has some.
_BATCH_SECONDS = 0.002
_BATCH_MOST = 64


class _Checks:
    """The pixel checks of the greedy pass of _similar_clusters, each started as soon as it is
    known to be needed, on every core (those of two small pictures on one thread: see _Lanes),
    while the pass decides the references before it.

    The pass decides the references in `order` one by one: each checks its neighbours not yet
    taken (`assigned`) and takes those that pass. Which those are depends only on the decisions
    of the earlier references that could have taken it or one of its neighbours: its neighbours'
    and their neighbours'. Once these are decided, its checks are the ones the pass will make,
    so they start at once. Grouping 10,000 pictures of the scale corpus at threshold 11 decided
    most references on one core before (a reference seldom has more than one neighbour to check).
    The checks and the decisions are the same ones as deciding one reference after another.

    Checks go to the pools in batches of about _BATCH_SECONDS, as long as the checks made so
    far took (`_seconds_each`).

    A check `recalled` settles from the checks of earlier groupings is settled at once, on this
    thread: handed to the pool, the 90,000 checks recalled in a rescan of 100,000 pictures after
    adding 1,000 took 3 s of waiting for futures.
    """

    def __init__(
        self,
        order: list[int],
        neighbours: _Neighbours,
        assigned: set[int],
        lanes: _Lanes,
        check: Callable[[int, int], float | None] | None,
        recalled: Callable[[int, int], float | None] | None,
        workers: int,
    ) -> None:
        self._order = order
        self._neighbours = neighbours
        self._assigned = assigned  # grown by the pass, read here only between its decisions
        self._lanes = lanes
        self._check = check
        self._recalled = recalled  # raises _NotRecalled for a check it cannot settle
        self._waits = _decided_before(order, neighbours)
        # Enough started batches to keep every core busy, few enough that the next reference's own
        # checks never wait long behind them.
        self._most_running = 4 * workers
        self._started: dict[int, tuple[list[int], list[_Score]]] = {}
        self._running: list[Future[list[float | Exception | None]]] = []
        self._filling: dict[int, _Batch] = {}  # by id() of its lane: the batch checks are added to
        self._seconds_each: float | None = None  # how long the checks made so far took, on average
        self._waiting: list[tuple[int, int]] = []  # (last position waited for, position), a heap
        self._seen = 0  # the positions before it are started, waiting or decided

    def scores(self, position: int) -> tuple[list[int], list[float | None], list[bool]]:
        """The neighbours not yet taken of the reference at `position`, the next to decide (every
        reference before it is decided and it is not taken), the score of each (None: not a
        copy, or not checked at all when the scan skips the check), and whether `recalled`
        settled it."""
        started = self._started.pop(position, None)
        unassigned, futures = started if started is not None else self._start(position)
        for future in futures:  # its own checks go now, whatever else its batch waits for
            if isinstance(future, _InBatch) and future.batch.future is None:
                self._submit(future.batch)
        self._start_more(position)
        if self._check is None:
            return unassigned, [None] * len(unassigned), [False] * len(unassigned)
        while not all(future.done() for future in futures):  # keep the cores busy meanwhile
            wait(self._running, return_when=FIRST_COMPLETED)
            self._start_more(position)
        recalled = [isinstance(future, _Settled) for future in futures]
        return unassigned, [future.result() for future in futures], recalled

    def cancel(self) -> None:
        """Drop the checks not begun: the pass stops."""
        for future in self._running:
            future.cancel()

    def _start(self, position: int) -> tuple[list[int], list[_Score]]:
        reference = self._order[position]
        unassigned = [other for other in self._neighbours[reference] if other not in self._assigned]
        futures: list[_Score] = []
        if self._check is not None:
            for other in unassigned:
                futures.append(self._settled(reference, other) or self._added(reference, other))
        return unassigned, futures

    def _settled(self, reference: int, other: int) -> _Settled | None:
        if self._recalled is None:
            return None
        try:
            return _Settled(self._recalled(reference, other))
        except _NotRecalled:
            return None

    def _added(self, reference: int, other: int) -> _InBatch:
        """The check, added to the batch filling for its lane: submitted once it holds enough."""
        lane = self._lanes.of(reference, other)
        batch = self._filling.get(id(lane))
        if batch is None:
            batch = self._filling[id(lane)] = _Batch(lane)
        batch.pairs.append((reference, other))
        added = _InBatch(batch, len(batch.pairs) - 1)
        each = self._seconds_each
        if each is None or len(batch.pairs) >= min(_BATCH_MOST, _BATCH_SECONDS / max(each, 1e-9)):
            self._submit(batch)
        return added

    def _submit(self, batch: _Batch) -> None:
        del self._filling[id(batch.lane)]
        batch.future = batch.lane.submit(self._made, batch.pairs)
        self._running.append(batch.future)

    def _made(self, pairs: list[tuple[int, int]]) -> list[float | Exception | None]:
        """The checks of a batch, on a pool's thread; a check that fails gives its error, raised
        where its score is asked for, as its own future raised it."""
        assert self._check is not None
        began = time.perf_counter()
        scores: list[float | Exception | None] = []
        for reference, other in pairs:
            try:
                scores.append(self._check(reference, other))
            except Exception as error:  # raised again by _InBatch.result
                scores.append(error)
        each = (time.perf_counter() - began) / len(pairs)
        before = self._seconds_each
        self._seconds_each = each if before is None else 0.9 * before + 0.1 * each
        return scores

    def _start_more(self, position: int) -> None:
        """Start the checks of the later references whose inputs are decided once every reference
        before `position` is, as long as fewer than _most_running batches are under way; a batch
        still filling then goes as it is, for a core that would have nothing to do."""
        self._running = [future for future in self._running if not future.done()]
        while len(self._running) < self._most_running:
            while self._seen < len(self._order) and (
                not self._waiting or self._waiting[0][0] >= position
            ):  # take in more references until one can start or none are left
                heapq.heappush(self._waiting, (self._waits[self._seen], self._seen))
                self._seen += 1
            if not self._waiting or self._waiting[0][0] >= position:
                break
            _, later = heapq.heappop(self._waiting)
            if later <= position:
                continue  # decided already, or being decided now
            if self._order[later] not in self._assigned:  # a taken one will never be a reference
                self._started[later] = self._start(later)
        for batch in list(self._filling.values()):
            if len(self._running) < self._most_running:
                self._submit(batch)


# The checks of two small pictures (each SMALL_CHECK_SIDE on its long side at most) are made on one
# thread of their own (_Lanes): such a check is many small NumPy steps, each letting go of the GIL
# and taking it back, and threads making them at once mostly wait on each other for it. Regrouping
# 100,000 pictures of 64 x 48 from scratch took 50.5 s with two threads, 40.7 s with one (the closer
# looks 31 s of processor time instead of 17); a closer look alone was faster on one thread up to
# pictures of 192 px, on two from 256 px (tests/benchmarks/README.md).
SMALL_CHECK_SIDE = 192


# From this many checks of two small pictures to make, a reader of checks makes them beside the
# thread (_SmallLane). Starting it takes 0.25-0.35 s of a core, which the thread and the reader of
# thumbs then share: a rescan of 100,000 small pictures after adding 1,000 (1,686 checks) took
# 3.64-3.77 s with one, 3.56-3.70 s without; regrouping them from scratch, 28 s against 37 s.
CHECKS_APART_FROM = 4_000


@dataclass(frozen=True, slots=True)
class _Lanes:
    """Where the pass's checks are made: those of two `small` contents (by place) on `one` lane,
    the others on the `pool` of every core's."""

    pool: ThreadPoolExecutor
    one: ThreadPoolExecutor | _SmallLane
    small: list[bool]

    def of(self, reference: int, other: int) -> ThreadPoolExecutor | _SmallLane:
        return self.one if self.small[reference] and self.small[other] else self.pool


_Made = Callable[[list[tuple[int, int]]], list[float | Exception | None]]
_Jobs = Callable[[list[tuple[int, int]]], tuple[list["_Place"], list["CheckApart"]]]
_Waiting = tuple[Future[list[float | Exception | None]], _Made, list[tuple[int, int]]]


class _SmallLane:
    """The lane of the checks of two small pictures: one thread, and, with `apart`, a reader of
    checks beside it, each taking the next batches when it is free. The reader makes the checks
    of the batches it takes that `jobs` gives (check_apart) in its own process, together, and hands
    them to the pass's _Looks; each batch is then made as the thread makes one, finding them made.
    Threads making such checks at once mostly wait on each other for Python's lock (see
    SMALL_CHECK_SIDE); a process does not."""

    def __init__(self, apart: _ChecksApart | None, jobs: _Jobs) -> None:
        self._batches: SimpleQueue[_Waiting | None] = SimpleQueue()
        self._apart = apart
        self._threads = [Thread(target=self._here, name="verify-small", daemon=True)]
        if apart is not None:
            self._threads.append(
                Thread(target=self._beside, args=(apart, jobs), name="verify-apart", daemon=True)
            )
        for thread in self._threads:
            thread.start()

    def submit(self, made: _Made, pairs: list[tuple[int, int]]) -> Future[list[float | Exception | None]]:
        future: Future[list[float | Exception | None]] = Future()
        self._batches.put((future, made, pairs))
        return future

    def __enter__(self) -> _SmallLane:
        return self

    def __exit__(self, *_: object) -> None:
        """Once every batch submitted is made (or cancelled): the threads end, and the reader, also
        one still getting ready."""
        for _thread in self._threads:
            self._batches.put(None)
        if self._apart is not None:
            self._apart.end()
        for thread in self._threads:
            thread.join()

    def _here(self) -> None:
        while (batch := self._batches.get()) is not None:
            future, made, pairs = batch
            if future.set_running_or_notify_cancel():
                _made_for(future, made, pairs)

    def _beside(self, apart: _ChecksApart, jobs: _Jobs) -> None:
        if not apart.ready():
            return  # the thread makes them all
        ending = False
        while not ending and (batch := self._batches.get()) is not None:
            taken = [batch]  # and the batches waiting behind it: one exchange with the reader
            while sum(len(pairs) for _, _, pairs in taken) < _APART_MOST:
                try:
                    waiting = self._batches.get_nowait()
                except Empty:
                    break
                if waiting is None:
                    ending = True  # after these: that was this thread's end
                    break
                taken.append(waiting)
            taken = [
                (future, made, pairs)
                for future, made, pairs in taken
                if future.set_running_or_notify_cancel()
            ]
            alive = apart.make([pair for _, _, pairs in taken for pair in pairs], jobs)
            for future, made, pairs in taken:
                _made_for(future, made, pairs)
            if not alive:
                return


# The most checks a reader of checks is handed at once (about 0.13 ms each for pictures of 64 x 48).
_APART_MOST = 64


def _made_for(
    future: Future[list[float | Exception | None]], made: _Made, pairs: list[tuple[int, int]]
) -> None:
    """made(pairs) as the future's result (it is running)."""
    try:
        future.set_result(made(pairs))
    except BaseException as exc:
        future.set_exception(exc)


class _ChecksApart:
    """A reader (of thumbs) making checks for the small lane, started at once and getting ready on
    a thread of its own meanwhile: the checks of pairs it is handed made in it (readers.CHECKS)
    and handed to `looks`. When it cannot start or fails, the lane's thread makes them."""

    def __init__(self, options: ScanOptions, looks: _Looks) -> None:
        self._looks = looks
        self._reader: readers.Reader | None = None
        self._lock = Lock()
        self._ended = Event()
        self._starting = Thread(target=self._start, args=(options,), name="checks-apart", daemon=True)
        self._starting.start()

    def _start(self, options: ScanOptions) -> None:
        try:
            reader = readers.Reader(options, False, readers.reader_command(), mode=readers.THUMBS)
        except readers.ReaderFailed as exc:
            log.warning("Checking small pictures on one thread: a reader %s", exc)
            return
        with self._lock:
            if self._ended.is_set():
                reader.end()
                return
            self._reader = reader
        try:
            reader.ready(needed=lambda: not self._ended.is_set())
        except readers.ReaderFailed as exc:
            told = log.debug if exc.needless else log.warning
            told("Checking small pictures on one thread: a reader %s", exc)
            self.end()

    def ready(self) -> bool:
        """Wait until the reader is ready; whether it is."""
        self._starting.join()
        return self._reader is not None

    def make(self, pairs: list[tuple[int, int]], jobs: _Jobs) -> bool:
        """Have the reader make the checks `jobs` gives of these pairs; whether it is still there."""
        reader = self._reader
        if reader is None:
            return False
        places, made = jobs(pairs)
        if not made:
            return True
        try:
            reader.send((readers.CHECKS, made))
            answers = reader.checks(len(made))
        except readers.ReaderFailed as exc:
            log.warning("Checking small pictures on one thread: a reader %s", exc)
            self.end()
            return False
        for at, answer in enumerate(answers):
            _made_ahead(self._looks, places, at, answer)
        return True

    def end(self) -> None:
        with self._lock:
            self._ended.set()
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.end()


def _decided_before(order: list[int], neighbours: _Neighbours) -> list[int]:
    """For each reference in `order` (every content with neighbours, ascending), the position of
    the last earlier reference whose decision can change its own (-1 for none): the latest, before
    it, of itself, its neighbours and their neighbours. For all at once: one by one, 500,000
    pictures' 1.8 million pairs took 3 s."""
    latest = neighbours.latest_below()
    references = np.asarray(order, np.int64)
    earlier = latest[references]
    places = np.minimum(np.searchsorted(references, earlier), max(len(references) - 1, 0))
    waits: list[int] = np.where(earlier >= 0, places, -1).tolist()
    return waits


def _candidates(
    contents: _Contents,
    detailed: npt.NDArray[np.bool_],
    options: ScanOptions,
    progress: GroupingProgress = _no_progress,
    kept: KeptChecks | None = None,
) -> _Pairs:
    """The pairs of `detailed` contents (a flag per content) whose hashes are within the
    threshold, by (lower, higher) content index, each with its closest match: the least
    distance, then the lower content as the query, then the lowest variant.

    The queries are each content's canonical hash and its cut hashes (a copy cropped from
    it is nearer one of those); the table holds every variant of every content (with rotations,
    eight; else the canonical hash alone). So one pair may match several ways, either content as
    the query, and a match by a cut means the table owner, turned by its variant, is a
    slightly cropped query.

    With `kept`, the search of the last grouping at this threshold is taken, when it was planned
    alike, and only the pairs of contents it did not search are searched for (pair_search); the
    search made is kept in its place.
    """
    bits = options.hash_bits
    threshold = options.effective_threshold
    workers = options.workers or os.cpu_count() or 1
    hashed = np.flatnonzero(detailed)  # positions of the hashed contents
    searched = contents.best.picked(hashed.tolist())
    canonical, cuts, table = _search_tables(searched, bits)
    # The index's probes, then the rest (the pairs put together, the masked hashes' join): a step more.
    searching = partial(_one_step_more, progress)
    plans = pair_search.plans(bits, threshold, len(canonical), len(cuts), len(table))
    digests = _digests_of(searched) if kept is not None else None
    stored = kept.recall_search(threshold, plans) if kept is not None else None
    before = None
    if stored is not None and digests is not None:
        variants = len(table) // len(hashed)
        before = pair_search.earlier(*stored, digests, threshold=threshold, variants=variants)
    new = None if before is None else before[1]
    found = pair_search.search(
        canonical, cuts, table, threshold, bits=bits, workers=workers, progress=searching, new=new
    )
    if before is not None:
        found = pair_search.joined([before[0], found])
    del table, canonical, cuts
    if kept is not None and digests is not None:
        found = pair_search.best_each_way(found, len(hashed))
        if before is None or len(before[1]) or stored is None or len(stored[0]) != digests.nbytes:
            kept.remember_search(threshold, plans, digests.tobytes(), pair_search.encoded(found))
    del before, stored, digests
    q, owners, kinds, distance = found.query, found.owner, found.kind, found.distance
    through_cut = found.through_cut
    del found
    # Per pair, the first of its matches ordered by distance, query the lower, variant: one number
    # to sort while it fits (a lexsort of the five took 0.17 s of a rescan of 100,000 pictures).
    low, high = np.minimum(q, owners), np.maximum(q, owners)
    if len(hashed) < 1 << 25 and int(distance.max(initial=0)) < 1 << 7:
        keys = (low * len(hashed) + high) << 11 | distance << 4 | (q != low).astype(np.int64) << 3 | kinds
        order = np.argsort(keys)
        del keys
    else:
        order = np.lexsort((kinds, q != low, distance, high, low))
    low, high = low[order], high[order]
    first = np.ones(len(order), dtype=np.bool_)
    first[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
    chosen = order[first]
    # Per pair, whether any of its matches came through the canonical hashes.
    canonical_too = (
        np.logical_or.reduceat(~through_cut[order], np.flatnonzero(first)) if len(order) else first
    )
    queries, table_owners = hashed[q[chosen]], hashed[owners[chosen]]
    codes = _code(distance[chosen], queries > table_owners, kinds[chosen], ~canonical_too, 0)
    found_pairs = _Pairs.of(
        len(contents.best), np.minimum(queries, table_owners), np.maximum(queries, table_owners), codes
    )
    del q, distance, through_cut, kinds, owners, low, high, order, first, chosen, canonical_too
    del queries, table_owners, codes
    if threshold >= bits * MASKED_FROM:
        for a, b in _masked_pairs(searched, options.rotations):
            key = (int(hashed[a]), int(hashed[b]))
            # A copy under a logo may also come near a cut of its original by chance: it is still
            # judged as a masked pair (a cut-only pair of equal sizes would get no look at all).
            if key not in found_pairs or found_pairs[key].cut_only:
                found_pairs[key] = _masked_candidate(contents, *key)
    found_pairs.new = None if new is None else hashed[new]
    progress(1, 1)
    return found_pairs


def _one_step_more(progress: GroupingProgress, done: int, total: int) -> None:
    progress(done, total + 1)


# The masked hashes (Fingerprint.masked_hashes) are searched from the default sensitivity on: a
# copy with a logo over part of it is not "practically identical", what the strict ones promise.
MASKED_FROM = 1 / 8
# A masked hash shared by more pictures than this pairs each with the first of them (the best,
# contents being in keeper order), not with one another: a few thousand screenshots of one app
# blanked at their text would make millions of pairs.
MASKED_PAIRS_AMONG = 16
# The thumbs' score from which a pair found by a masked hash gets a closer look: a logo box over a
# sixth of a photo scored 0.35-0.5 in the accuracy benchmark, where the unmasked pairs need 0.5.
MASKED_LOOKS_FROM = 0.25
# Windows a turn takes into one another (fingerprint._window_masks, row by row): the corners,
# the edges, the centre. With rotations a masked hash meets those of its window's class.
_WINDOW_CLASSES = ((0, 2, 6, 8), (1, 3, 5, 7), (4,))


def _looks_from(*, masked: bool, cut_only: bool) -> float:
    """The thumbs' score from which a candidate pair found so gets a closer look."""
    return MASKED_LOOKS_FROM if masked else verify.CUT_LOOKS_FROM if cut_only else verify.CLOSER_FROM


def _masked_pairs(pictures: Pictures, rotations: bool) -> list[tuple[int, int]]:
    """The pairs (a < b, positions in `pictures`) that share a masked hash: in windows of one
    class with rotations, in the same window without. Pictures without masked hashes (other
    algorithms, a cache from before them) take no part."""
    width = int(pictures.numbers("hash_width")[0]) if len(pictures) else 8
    size = MASKED_WINDOWS * width
    holders = np.flatnonzero(pictures.lengths("masked_hashes") == size)
    if len(holders) < 2:
        return []
    held = pictures if len(holders) == len(pictures) else pictures.picked(holders.tolist())
    # By window (row w: window w of every holder). 64-bit hashes as numbers sort three times faster
    # than as bytes; other widths as bytes.
    by_window: npt.NDArray[np.generic] | None = (
        held.words("masked_hashes", MASKED_WINDOWS)
        if width == 8
        else np.frombuffer(
            b"".join(record.fingerprint.masked_hashes for record in held), f"V{width}"
        ).reshape(-1, MASKED_WINDOWS).T
    )  # fmt: skip
    assert by_window is not None  # every holder's are MASKED_WINDOWS words
    del held
    classes = _WINDOW_CLASSES if rotations else tuple((window,) for window in range(MASKED_WINDOWS))
    found: list[npt.NDArray[np.int64]] = []  # each pair as low * len(pictures) + high
    count = len(pictures)
    for windows in classes:
        keys = np.empty((len(holders), len(windows)), dtype=by_window.dtype)
        for column, window in enumerate(windows):
            keys[:, column] = by_window[window]
        keys = keys.reshape(-1)  # holder by holder, its windows of the class in a row
        shared = _repeated(keys)  # most masked hashes are no one else's: only these are sorted by owner
        keys, who = keys[shared], holders[shared // len(windows)]
        del shared
        if not len(keys):
            continue
        # By hash, and a hash's holders in order (a stable sort keeps them as they come: by holder).
        order = np.argsort(keys, kind="stable")
        keys, who = keys[order], who[order]
        del order
        # Each owner once a hash (a picture may hold one hash in two windows of a class).
        first = np.concatenate(([True], (keys[1:] != keys[:-1]) | (who[1:] != who[:-1])))
        keys, who = keys[first], who[first]
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        sizes = np.diff(np.append(starts, len(keys)))
        # Two sharing a hash, as most are: their pair at once; the few larger runs one by one.
        two = starts[sizes == 2]
        found.append(who[two] * count + who[two + 1])
        for start, size in zip(starts[sizes > 2].tolist(), sizes[sizes > 2].tolist(), strict=True):
            sharing = who[start : start + size].tolist()
            if size <= MASKED_PAIRS_AMONG:
                many = [a * count + b for n, a in enumerate(sharing) for b in sharing[n + 1 :]]
            else:
                many = [sharing[0] * count + b for b in sharing[1:]]
            found.append(np.array(many, dtype=np.int64))
    codes = np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)
    return list(zip((codes // count).tolist(), (codes % count).tolist(), strict=True))


# Keys looked up at once: a few MB at a time.
_JOINED = 1 << 16
# The most low bits of a key that say whether it may be a repeated one (_repeated): a flag each,
# about four for each key, at most 4 MB.
_REPEATED_BITS = 22


def _repeated(keys: npt.NDArray[np.generic]) -> npt.NDArray[np.intp]:
    """The positions, in order, of the `keys` that occur more than once (of 64-bit keys; of others,
    all). Sorting the keys' positions instead would hold two arrays more of the keys' length: 28
    bytes a picture more at the peak of the masked join. Only the keys whose low bits some repeated
    key has are looked up among those (binary searches of every key were 0.09 of the 0.1 s the
    join took at 100,000 small pictures; 0.03 s so)."""
    if keys.dtype != np.uint64:
        return np.arange(len(keys))
    words = keys.view(np.uint64)
    ordered = np.sort(words)
    twice = ordered[1:][ordered[1:] == ordered[:-1]]
    del ordered
    values = np.unique(twice)
    if not len(values):
        return np.zeros(0, dtype=np.intp)
    bits = min(_REPEATED_BITS, (4 * len(words)).bit_length())
    low = np.uint64((1 << bits) - 1)
    maybe_repeated = np.zeros(1 << bits, dtype=np.bool_)
    maybe_repeated[(values & low).astype(np.intp)] = True
    found = []
    for lo in range(0, len(words), _JOINED):
        part = words[lo : lo + _JOINED]
        maybe = np.flatnonzero(maybe_repeated[(part & low).astype(np.intp)])
        some = part[maybe]
        found.append(lo + maybe[values[np.minimum(np.searchsorted(values, some), len(values) - 1)] == some])
    return np.concatenate(found)


def _masked_candidate(contents: _Contents, a: int, b: int) -> _Candidate:
    """The candidate pair of contents a < b found by a masked hash, b as it is (see
    _turned_by_thumbs), at its hash distance."""
    query, owner = contents.best[a].fingerprint, contents.best[b].fingerprint
    return _Candidate((query.hashes[0] ^ owner.hashes[0]).bit_count(), a, b, 0, masked=True)


def _turned_by_thumbs(
    contents: _Contents, pixels: _Thumbs, candidate: _Candidate, check: ThumbCheck
) -> _Candidate:
    """A masked candidate turned the way (of those its hashes allow) that its thumbs agree best: a
    logo moves a copy's hash too far for the hash to tell a turn from a mirror."""
    query, owner = contents.best[candidate.query], contents.best[candidate.table_owner]
    turns = range(len(owner.fingerprint.hashes))
    checked = partial(check, candidate.query, candidate.table_owner)
    variant = max(turns, key=lambda turn: (checked(turn, pixels).score, -turn))
    distance = (query.fingerprint.hashes[0] ^ owner.fingerprint.hashes[variant]).bit_count()
    return replace(candidate, variant=variant, distance=distance)


def _share_a_masked_hash(a: Fingerprint, b: Fingerprint, rotations: bool) -> bool:
    """Whether _masked_pairs would pair `a` and `b`."""
    width = a.hash_width
    if not (len(a.masked_hashes) == len(b.masked_hashes) == MASKED_WINDOWS * width):
        return False
    mine = [a.masked_hashes[w * width : (w + 1) * width] for w in range(MASKED_WINDOWS)]
    theirs = [b.masked_hashes[w * width : (w + 1) * width] for w in range(MASKED_WINDOWS)]
    if not rotations:
        return any(x == y for x, y in zip(mine, theirs, strict=True))
    return any({mine[w] for w in windows} & {theirs[w] for w in windows} for windows in _WINDOW_CLASSES)


def _search_tables(pictures: Pictures, bits: int) -> tuple[U64, U64, U64]:
    """The hash index's tables: every picture's canonical hash (row i), its cut hashes, cut by
    cut (row c * N + i is cut c of picture i), and its first hashes, as many as the first picture
    has, variant by variant (row v * N + i is variant v of picture i). A picture without cuts
    (another algorithm, an old cache) repeats its canonical hash there. The cuts are searched
    approximately (near_pairs): searched exactly, they cost twice the whole index for a few more
    crops."""
    count = len(pictures)
    first = pictures[0].fingerprint
    variants = len(first.packed_hashes) // first.hash_width
    # The usual case, 64-bit hashes: read from the columns as words, no integer made.
    words = bits == 64 and bool((pictures.numbers("hash_width") == 8).all())
    every = pictures.words("packed_hashes", variants) if words else None
    fingerprints: list[Fingerprint] | None = None
    if every is None:
        fingerprints = [record.fingerprint for record in pictures]
        rows = [f.hashes for f in fingerprints]
        table = pack((row[v] for v in range(variants) for row in rows), bits, variants * count)
        canonical = pack((row[0] for row in rows), bits, count)
    else:
        canonical, table = every[0].reshape(-1, 1).copy(), every.reshape(-1, 1)
    del every
    cut_lengths = pictures.lengths("crop_hashes")
    if not cut_lengths.any():
        return canonical, canonical[:0], table
    cuts = pictures.words("crop_hashes", CUT_HASHES) if words else None
    if cuts is not None:
        return canonical, cuts.reshape(-1, 1), table
    fingerprints = fingerprints or [record.fingerprint for record in pictures]
    rows = [f.cut_hashes() or (f.hashes[0],) * CUT_HASHES for f in fingerprints]
    cut = pack((row[c] for c in range(CUT_HASHES) for row in rows), bits, CUT_HASHES * count)
    return canonical, cut, table


def _digests_of(pictures: Pictures) -> npt.NDArray[np.bytes_] | None:
    """The pictures' digests as DIGEST_BYTES-byte strings, in one array, as pair_search takes them;
    None when one is no such digest in hex (a forged cache: then no search is kept or taken)."""
    raw = pictures.digest_bytes()
    return None if raw is None else np.frombuffer(raw.tobytes(), f"S{pair_search.DIGEST_BYTES}")


def _variant_of(content: int, candidate: _Candidate) -> int:
    """The DIHEDRAL variant that turns `content`, one of the candidate's pair, to match the other."""
    # The candidate says the table owner, turned by its variant, matches the query.
    return candidate.variant if content == candidate.table_owner else changes.INVERSE[candidate.variant]


def _lazy_files_looker(
    reference: ImageRecord, copy: ImageRecord, variant: int, crop: verify.Crop | None
) -> verify.Verdict | None:
    return closer_looks_at_files()(reference, copy, variant, crop)


def _lazy_same_picture(reference: ImageRecord, copy: ImageRecord) -> verify.Verdict | None:
    return closer_looks_at_files().same_picture(reference, copy)


def _alike(
    found: verify.Match,
    closer: Callable[[verify.Crop | None], verify.Verdict | None],
    looks_from: float = verify.CLOSER_FROM,
) -> bool:
    """Whether a pair the thumbs' check `found` so is a copy: the clear cases by the thumbs, the
    rest from `looks_from` on by a closer look given the thumbs' crop, or by the thumbs' MIN_SCORE
    when the files cannot be read."""
    if not _closer_needed(found, looks_from):
        return found.score >= verify.CLOSER_ABOVE
    verdict = closer(found.crop)
    return found.score >= verify.MIN_SCORE if verdict is None else verdict.alike


def _closer_needed(found: verify.Match, looks_from: float) -> bool:
    """Whether _alike takes a closer look at a pair the thumbs' check `found` so."""
    return looks_from <= found.score < verify.CLOSER_ABOVE


@dataclass(frozen=True, slots=True)
class CheckApart:
    """A pair's pixel check as a reader of checks makes it (check_apart): the thumbs' check of
    `copy`, turned by DIHEDRAL[variant], against `reference` (their thumbs `a` and `b`), and the
    closer look at their files the grouping would take with it."""

    reference: ImageRecord
    copy: ImageRecord
    variant: int
    a: bytes
    b: bytes
    looks_from: float
    cut_only: bool  # proposed as a crop: with no crop found, no closer look (see verified)
    # With check_ahead: the variant that turns `reference` to match `copy`, for the check the other
    # way round, which the pass makes too when this one finds no copy.
    back_variant: int | None = None


_Made1 = tuple[verify.Match, verify.Verdict | None]


def check_ahead(job: CheckApart) -> tuple[_Made1, _Made1 | None]:
    """In a reader: check_apart of the pair, and where it likely finds no copy and the job has a
    `back_variant`, check_apart of the pair the other way round (the pass makes that one too
    when the first found no copy; which way it decides, this only guesses)."""
    forward = check_apart(job)
    found, verdict = forward
    likely_alike = found.score >= verify.CLOSER_ABOVE or (
        _closer_needed(found, job.looks_from)
        and (verdict.alike if verdict is not None else found.score >= verify.MIN_SCORE)
    )
    if job.back_variant is None or likely_alike:
        return forward, None
    back = CheckApart(job.copy, job.reference, job.back_variant, job.b, job.a, job.looks_from, job.cut_only)
    return forward, check_apart(back)


def check_apart(job: CheckApart) -> tuple[verify.Match, verify.Verdict | None]:
    """In a reader of checks: the thumbs' check of the pair, and the closer look at the files it
    needs, or None (none needed, or a file cannot be read as the scan saw it)."""
    found = _checked(job.reference.fingerprint, job.copy.fingerprint, job.variant, job.a, job.b)
    if (job.cut_only and found.crop is None) or not _closer_needed(found, job.looks_from):
        return found, None
    return found, closer_looks_at_files()(job.reference, job.copy, job.variant, found.crop)


# The thumbs' checks made while grouping: a regrouping at another sensitivity checks most of the
# same pairs again (10,000 pictures of the scale corpus: 2.4 s of a 3.2 s regrouping). Keyed by the
# contents and their thumbs as given (a hash of each), at about 300 bytes an entry; the oldest go
# first. Grouping only: acting checks the files as they are, never a remembered verdict.
_thumb_checks: OrderedDict[tuple[str, str, int, int, int], verify.Match] = OrderedDict()
THUMB_CHECKS_KEPT = 100_000


class _Pictured(Protocol):
    """What a thumbs' check needs of each picture: a Fingerprint, or _Facts of one."""

    @property
    def digest(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...


class _Facts(NamedTuple):
    """A picture's digest and size, read from the columns without making its record."""

    digest: str
    width: int
    height: int


def _checked_before(reference: _Pictured, copy: _Pictured, variant: int, a: bytes, b: bytes) -> verify.Match:
    """_checked(), remembered for the process."""
    key = (reference.digest, copy.digest, variant, hash(a), hash(b))
    found = _thumb_checks.get(key)
    if found is None:
        found = _checked(reference, copy, variant, a, b)
        _thumb_checks[key] = found
        while len(_thumb_checks) > THUMB_CHECKS_KEPT:
            try:
                _thumb_checks.popitem(last=False)
            except KeyError:  # another thread took the last one
                break
    return found


def _checked(reference: _Pictured, copy: _Pictured, variant: int, a: bytes, b: bytes) -> verify.Match:
    """The pixel check of `copy`, turned by DIHEDRAL[variant], against `reference`."""
    size_a, size_b = (reference.width, reference.height), (copy.width, copy.height)
    return verify.match(a, b, variant, size_a, size_b, crops=_other_size(size_a, size_b))


def _other_size(reference: tuple[int, int], copy: tuple[int, int]) -> bool:
    """Whether a picture of the size `copy` (width, height) may be cropped from one of the size
    `reference`: only a copy of another size can have had its borders cropped off."""
    return sorted(reference) != sorted(copy)


def _compared(
    contents: _Contents,
    pixels: _Thumbs,
    looks: _Looks,
    reference: int,
    member: int,
    candidate: _Candidate,
) -> tuple[Tier, tuple[str, ...]]:
    """The member's tier and what changed from the reference, seen from the reference. A pair the
    thumbs call the same picture is looked at in colour too: a stamp a thumb cannot show makes it
    similar, with an overlay where it lies. (Looking at every similar pair so would name more
    overlays, at about 10 ms a pair: on 10,000 small pictures with 923 groups, 40 % of the scan.)
    Recalled when an earlier grouping kept it: at 100,000 pictures describing 9,000 groups took
    3 s of processor time and the thumbs of every member."""
    ref_record, copy_record = contents.record(reference), contents.record(member)
    variant = _variant_of(member, candidate)

    def describe() -> tuple[Described, bool]:
        ref, copy = ref_record.fingerprint, copy_record.fingerprint
        a, b = pixels[ref_record], pixels[copy_record]
        if not (a and b):  # a file no longer gives its thumb (see _Thumbs): nothing to tell
            return (Tier.SIMILAR, ()), False
        found = looks.thumbs(reference, member, variant, pixels)
        whole = True
        closer = None
        if candidate.looks_from <= found.score < verify.CLOSER_ABOVE:
            closer = looks.closer(reference, member, variant, found.crop)
            whole = closer is not None
        tier = _tier(ref, copy, a, b, variant)
        overlay = closer.overlay if closer else None
        if tier is Tier.PIXELS:
            seen = looks.same(reference, member)
            whole = whole and seen is not None
            if seen is not None and not seen.alike:
                tier, overlay = Tier.SIMILAR, seen.overlay
        named = changes.describe(
            ref, copy, variant=variant, found=found, reference_thumb=a, copy_thumb=b,
            looked_closer=closer is not None, overlay=overlay,
        )  # fmt: skip
        return (tier, named), whole

    return looks.described(reference, member, variant, candidate.looks_from, describe)


def _tier(reference: Fingerprint, copy: Fingerprint, a: bytes, b: bytes, variant: int) -> Tier:
    """PIXELS when the copy is not turned or mirrored, its thumb agrees with the reference's to within
    decoder rounding, neither picture holds more than the other (colour, transparency, frames or
    pages) and neither is blurred beside the other; else SIMILAR."""
    holds_the_same = (reference.grayscale, reference.alpha, reference.frames) == (
        copy.grayscale, copy.alpha, copy.frames,
    )  # fmt: skip
    alike = variant == 0 and holds_the_same and changes.sharpness_change(reference, copy) is None
    return Tier.PIXELS if alike and _same_pixels(a, b) else Tier.SIMILAR


def _make_group(
    contents: _Contents,
    pixels: _Thumbs,
    looks: _Looks,
    reference: int,
    members: list[tuple[int, _Candidate | None, float | None]],
) -> Group:
    # Records are told apart by identity below: each made once (a Pictures makes a new one per ask).
    own = contents.records(reference)
    keeper = own[0]
    rows: list[GroupMember] = []
    for index, candidate, score in members:
        distance = candidate.distance if candidate else 0
        tier, named = (
            (Tier.EXACT, ())
            if candidate is None
            else _compared(contents, pixels, looks, reference, index, candidate)
        )
        for record in own if index == reference else contents.records(index):
            is_keeper = record is keeper
            keep = is_keeper or record.entry.in_reference_root
            rows.append(GroupMember(record, distance, keep, None if is_keeper else score, tier, named))
    rows.sort(key=lambda m: (m.record is not keeper, m.distance, keeper_order(m.record)))
    kind = Kind.EXACT if len(members) == 1 else Kind.SIMILAR
    others = [m.record for m in rows[1:]]
    return Group(id=0, kind=kind, members=tuple(rows), keep_reason=keep_reason(keeper, others))


def still_alike(
    keeper: Fingerprint,
    other: Fingerprint,
    tier: Tier,
    options: ScanOptions,
    closer: Callable[[int, verify.Crop | None], verify.Verdict] | None = None,
) -> Reason | None:
    """Why `other` no longer passes the check that put it in `tier` beside `keeper`, or None.

    Both fingerprints are fresh, made from the files as they are now. SIMILAR needs what
    grouping needed: a hash (of any allowed rotation or mirror) within the threshold, or a
    masked hash in common (then any allowed variant, looked at from MASKED_LOOKS_FROM), and the
    pixel check passed on that same variant, with `closer(variant, crop)` as its closer look
    (a pair that needs one and has none does not pass). PIXELS needs the thumbs to agree within
    decoder rounding as well. The pixel check is made even for a scan that skipped it
    (--no-verify): nothing is moved on the strength of a hash alone.
    """
    if keeper.flat or other.flat:
        return Code.TOO_PLAIN()
    threshold = options.effective_threshold
    masked = threshold >= options.hash_bits * MASKED_FROM and _share_a_masked_hash(
        keeper, other, options.rotations
    )
    for variant in range(len(other.hashes)):
        near = _hash_distance(keeper, other, variant) <= threshold
        if not (near or masked):
            continue
        found = _checked(keeper, other, variant, keeper.thumb, other.thumb)
        # As grouping judges them: near only through a cut, a masked pair is a masked pair.
        canonical = _hash_distance(keeper, other, variant, cuts=False) <= threshold
        looks_from = _looks_from(masked=masked and not canonical, cut_only=not canonical)
        if not _alike(found, partial(closer, variant) if closer else _not_looked, looks_from):
            continue
        if tier is not Tier.PIXELS or _tier(keeper, other, keeper.thumb, other.thumb, variant) is Tier.PIXELS:
            return None
    if tier is Tier.PIXELS:
        return Code.NOT_THE_SAME_PICTURE()
    return Code.NOT_SIMILAR_ENOUGH()


def _hash_distance(keeper: Fingerprint, other: Fingerprint, variant: int, *, cuts: bool = True) -> int:
    """How near `other`, turned by DIHEDRAL[variant], comes to `keeper` in any of the ways the
    candidate search compares them: either one's canonical hash or (with `cuts`) cut hash
    against the other's variant."""
    back = changes.INVERSE[variant]
    mine, theirs = (keeper.cut_hashes(), other.cut_hashes()) if cuts else ((), ())
    pairs = [(keeper.hashes[0], other.hashes[variant])]
    pairs += [(cut, other.hashes[variant]) for cut in mine]
    if back < len(keeper.hashes):
        pairs += [(hash_, keeper.hashes[back]) for hash_ in (other.hashes[0], *theirs)]
    return min((a ^ b).bit_count() for a, b in pairs)


def _same_pixels(a: bytes, b: bytes) -> bool:
    difference = np.abs(verify.thumb_array(a) - verify.thumb_array(b))
    return float(difference.mean()) <= SAME_PIXELS_MEAN and float(difference.max()) <= SAME_PIXELS_MAX
