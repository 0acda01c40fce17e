"""The greedy pass's checks, started ahead on every core, decide as checking one reference after
another does: the same checks, the same groups."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lookalike.core import matching
from lookalike.core.matching import find_groups
from lookalike.core.models import CUT_HASHES, THUMB_SIDE, FileEntry, Fingerprint, ImageRecord, ScanOptions
from tests.core.kept_in_memory import KeptInMemory


class _OneByOne:
    """The greedy pass's checks made as it did before they ran ahead: each reference's own, when
    it is decided, in the calling thread."""

    def __init__(
        self,
        order: list[int],
        neighbours: Mapping[int, list[int]],
        assigned: set[int],
        _pool: ThreadPoolExecutor,
        check: Callable[[int, int], float | None] | None,
        _recalled: Callable[[int, int], float | None] | None,
        _workers: int,
    ) -> None:
        self._order, self._neighbours, self._assigned, self._check = order, neighbours, assigned, check

    def scores(self, position: int) -> tuple[list[int], list[float | None], list[bool]]:
        reference = self._order[position]
        unassigned = [other for other in self._neighbours[reference] if other not in self._assigned]
        check = self._check
        made = [check(reference, other) if check else None for other in unassigned]
        return unassigned, made, [False] * len(unassigned)

    def cancel(self) -> None:
        pass


def _texture(seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(THUMB_SIDE * THUMB_SIDE))


def _noisy(thumb: bytes, noise: int) -> bytes:
    rng = random.Random(noise)
    return bytes(min(255, max(0, value + rng.randint(-noise, noise))) for value in thumb)


# Pictures of one texture pass the pixel check with each other, those of two different ones fail it;
# the last, the first with noise, scores 0.98 beside it: a pair that needs a closer look (which, as
# these pictures have no files, falls back on the score).
_TEXTURES = [*(_texture(seed) for seed in range(3)), _noisy(_texture(0), 24)]


def _records(seed: int, count: int) -> list[ImageRecord]:
    rng = random.Random(seed)
    centres = [rng.getrandbits(64) for _ in range(max(1, count // 5))]
    records = []
    for index in range(count):
        value = rng.choice(centres)
        for bit in rng.sample(range(64), rng.randrange(0, 12)):
            value ^= 1 << bit
        # Cut hashes near another centre for some: pairs proposed as crops alone, of one size or two.
        cuts = [rng.choice(centres) ^ (1 << rng.randrange(64)) for _ in range(CUT_HASHES)]
        fingerprint = Fingerprint(
            f"{index:032x}", rng.choice([100, 200, 300]), 1, "JPEG", None, value.to_bytes(8, "big"),
            rng.choice(_TEXTURES), False,
            b"".join(cut.to_bytes(8, "big") for cut in cuts) if rng.random() < 0.3 else b"",
        )  # fmt: skip
        entry = FileEntry(Path(f"/pictures/{index:04d}.jpg"), 1000, 1_600_000_000_000_000_000 + index)
        records.append(ImageRecord(entry, fingerprint))
    return records


def _grouped(
    records: list[ImageRecord],
    options: ScanOptions,
    monkeypatch: pytest.MonkeyPatch,
    kept: KeptInMemory | None = None,
) -> tuple[object, set[tuple[str, str, int]]]:
    """find_groups' groups and the pixel checks it made (the remembered ones forgotten first)."""
    checked: set[tuple[str, str, int]] = set()
    lock = threading.Lock()
    check = matching._checked

    def recorded(reference: Fingerprint, copy: Fingerprint, variant: int, a: bytes, b: bytes) -> object:
        with lock:
            assert (reference.digest, copy.digest, variant) not in checked, "a pair checked twice"
            checked.add((reference.digest, copy.digest, variant))
        return check(reference, copy, variant, a, b)

    monkeypatch.setattr(matching, "_checked", recorded)
    matching._thumb_checks.clear()
    groups = find_groups(records, options, kept=kept)
    matching._thumb_checks.clear()
    return groups, checked


def _one_by_one(records: list[ImageRecord], threshold: int) -> tuple[object, set[tuple[str, str, int]]]:
    """_grouped with each reference's checks made when it is decided, on one thread."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(matching, "_Checks", _OneByOne)
        return _grouped(records, ScanOptions(threshold=threshold, workers=1), monkeypatch)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(2, 80), threshold=st.integers(4, 12))
def test_checks_run_ahead_yet_decide_as_one_reference_after_another(
    seed: int, count: int, threshold: int
) -> None:
    records = _records(seed, count)
    expected = _one_by_one(records, threshold)
    for workers in (1, 3):
        with pytest.MonkeyPatch.context() as monkeypatch:
            assert (
                _grouped(records, ScanOptions(threshold=threshold, workers=workers), monkeypatch) == expected
            )


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(2, 80), threshold=st.integers(4, 12))
def test_checks_recalled_from_an_earlier_grouping_decide_as_checks_made_anew(
    seed: int, count: int, threshold: int
) -> None:
    # An earlier grouping of some of the pictures (a rescan after adding the rest) kept its checks:
    # those are settled at once on the pass's own thread, the others made on the pool, and the
    # groups are those of checking every pair one reference after another.
    records = _records(seed, count)
    earlier = random.Random(seed).sample(records, count // 2)
    expected, _ = _one_by_one(records, threshold)
    for workers in (1, 3):
        kept = KeptInMemory()
        with pytest.MonkeyPatch.context() as monkeypatch:
            _, made_before = _grouped(
                earlier, ScanOptions(threshold=threshold, workers=workers), monkeypatch, kept
            )
        with pytest.MonkeyPatch.context() as monkeypatch:
            monkeypatch.setattr(matching, "_PAIRS_AT_ONCE", workers)  # settled a few at a time
            groups, made = _grouped(
                records, ScanOptions(threshold=threshold, workers=workers), monkeypatch, kept
            )
        assert groups == expected
        assert not made & made_before, "a kept check was made again"


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(2, 80), every=st.sampled_from([1, 3]))
def test_checks_handed_back_while_grouping_are_kept_whole(seed: int, count: int, every: int) -> None:
    # The checks of pairs the pass has settled are handed to the cache in batches as it goes: the
    # groups are those of checking one by one, and a grouping after it makes no check at all.
    records = _records(seed, count)
    expected, _ = _one_by_one(records, 8)
    kept = KeptInMemory()
    for workers in (3, 1):
        with pytest.MonkeyPatch.context() as monkeypatch:
            monkeypatch.setattr(matching._Looks, "HANDED_BACK_EVERY", every)
            groups, _ = _grouped(records, ScanOptions(threshold=8, workers=workers), monkeypatch, kept)
        assert groups == expected
    with pytest.MonkeyPatch.context() as monkeypatch:
        groups, made = _grouped(records, ScanOptions(threshold=8, workers=3), monkeypatch, kept)
    assert groups == expected and made == set()


def _neighbours(count: int, pairs: list[tuple[int, int]]) -> matching._Neighbours:
    low, high = (np.array([pair[side] for pair in pairs], np.int64) for side in (0, 1))
    return matching._Neighbours(matching._Pairs.of(count, low, high, np.zeros(len(pairs), np.int64)), count)


def test_a_reference_waits_for_those_that_could_take_it_or_its_neighbours() -> None:
    # 0 - 2, 0 - 3 and 1 - 4. 2 waits for 0, its neighbour; 3 waits for 2, which could take its
    # neighbour 0; 1 waits for nobody, 4 for 1.
    neighbours = _neighbours(5, [(0, 2), (0, 3), (1, 4)])
    assert matching._decided_before([0, 1, 2, 3, 4], neighbours) == [-1, -1, 0, 2, 1]


@settings(max_examples=50, deadline=None)
@given(
    count=st.integers(2, 40),
    pairs=st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39)), max_size=80),
    at_once=st.sampled_from([1, 7, 1 << 18]),
)
def test_each_reference_waits_for_the_latest_that_could_take_it_or_a_neighbour(
    count: int, pairs: list[tuple[int, int]], at_once: int
) -> None:
    # What it waits for, worked out one reference at a time: the latest content below it among its
    # neighbours and theirs.
    pairs = sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b and max(a, b) < count})
    near: dict[int, list[int]] = {}
    for a, b in pairs:
        near.setdefault(a, []).append(b)
        near.setdefault(b, []).append(a)
    order = sorted(near)
    expected = []
    for reference in order:
        below = [c for content in (reference, *near[reference]) for c in near[content] if c < reference]
        expected.append(order.index(max(below)) if below else -1)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(matching, "_PAIRS_AT_ONCE", at_once)
        assert matching._decided_before(order, _neighbours(count, pairs)) == expected


def test_the_checks_of_two_small_pictures_are_made_on_one_thread_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Such a check is many small NumPy steps under the GIL: threads making them at once wait on each
    other (see matching.SMALL_CHECK_SIDE). The others go to every core's threads."""
    records = [  # most of them 100 pixels wide, the others 300
        replace(record, fingerprint=replace(record.fingerprint, width=300 if index % 4 == 0 else 100))
        for index, record in enumerate(_records(5, 80))
    ]
    expected = _one_by_one(records, 10)[0]
    threads: dict[bool, set[str]] = {True: set(), False: set()}
    check = matching._checked

    def recorded(reference: Fingerprint, copy: Fingerprint, variant: int, a: bytes, b: bytes) -> object:
        small = max(reference.width, copy.width) <= matching.SMALL_CHECK_SIDE
        threads[small].add(threading.current_thread().name)
        return check(reference, copy, variant, a, b)

    monkeypatch.setattr(matching, "_checked", recorded)
    matching._thumb_checks.clear()
    grouped = find_groups(records, ScanOptions(threshold=10, workers=3))
    matching._thumb_checks.clear()
    assert grouped == expected
    assert len(threads[True]) == 1 and next(iter(threads[True])).startswith("verify-small")
    assert threads[False] and all(name.startswith("verify_") for name in threads[False])


def test_a_check_that_fails_fails_the_grouping_and_leaves_no_thread_waiting() -> None:
    # The checks go to the threads in batches: an error of one of them comes out of the grouping,
    # where its own score is asked for, and nothing is left waiting for the rest of its batch.
    records = _records(5, 80)
    _, checked = _one_by_one(records, 8)
    assert len(checked) > 10
    failing = sorted(checked)[len(checked) // 2]  # (reference's digest, copy's digest, variant)
    check = matching._checked

    def failing_check(reference: Fingerprint, copy: Fingerprint, variant: int, a: bytes, b: bytes) -> object:
        if (reference.digest, copy.digest, variant) == failing:
            raise RuntimeError("a check that fails")
        return check(reference, copy, variant, a, b)

    for workers in (1, 3):
        with pytest.MonkeyPatch.context() as monkeypatch:
            monkeypatch.setattr(matching, "_checked", failing_check)
            matching._thumb_checks.clear()
            with pytest.raises(RuntimeError, match="a check that fails"):
                find_groups(records, ScanOptions(threshold=8, workers=workers))
    matching._thumb_checks.clear()
