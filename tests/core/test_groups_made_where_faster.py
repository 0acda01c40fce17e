"""Groups are described on the grouping's own thread or on a pool of threads, whichever made a
timed sample faster (matching._made_groups): the groups come back the same and in order either
way, and work that lets go of the GIL (decoding files) goes to the pool."""

from __future__ import annotations

import threading
import time

from lookalike.core import matching
from lookalike.core.models import Group, Kind, ScanOptions

CLUSTERS = 400


def _clusters() -> list[tuple[int, list[tuple[int, None, None]]]]:
    return [(number, [(number, None, None)]) for number in range(CLUSTERS)]


def _made(work: object) -> tuple[list[Group], set[str]]:
    threads: set[str] = set()
    lock = threading.Lock()

    def make(reference: int, members: list[tuple[int, None, None]]) -> Group:
        with lock:
            threads.add(threading.current_thread().name)
        work()  # type: ignore[operator]
        return Group(id=reference, kind=Kind.EXACT, members=(), keep_reason=f"cluster {reference}")

    heard: list[tuple[int, int]] = []
    groups = matching._made_groups(
        _clusters(), make, ScanOptions(workers=2), lambda done, total: heard.append((done, total))
    )
    assert heard[-1] == (CLUSTERS, CLUSTERS)
    return groups, threads


def test_waiting_work_goes_to_the_pool_and_the_groups_keep_their_order() -> None:
    # Like decoding a file: the thread waits without the GIL, so two of them make twice as many.
    groups, threads = _made(lambda: time.sleep(0.002))
    assert [group.id for group in groups] == list(range(CLUSTERS))
    assert any(name.startswith("groups") for name in threads)


def test_python_work_gives_the_same_groups_in_order_wherever_it_is_made() -> None:
    def busy() -> None:
        total = 0
        for number in range(2000):
            total += number * number

    groups, _ = _made(busy)
    assert [group.keep_reason for group in groups] == [f"cluster {n}" for n in range(CLUSTERS)]


def test_few_clusters_all_go_to_the_pool_untimed() -> None:
    made: list[Group | None] = [None] * 10
    clusters = _clusters()[:10]
    with matching.ThreadPoolExecutor(2) as pool:
        places = matching._to_pool(clusters, lambda *_: None, lambda *_: False, made, pool)  # type: ignore[arg-type,return-value]
    assert places == list(range(10)) and made == [None] * 10
