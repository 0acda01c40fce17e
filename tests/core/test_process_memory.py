"""The program's processes share out glibc's allocator in two arenas, and a large scan gives back its
large blocks as they are freed (lookalike/__init__.py). Each test runs fresh interpreters: the
allocator is set as a process starts, and changed once for good."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not hasattr(ctypes.CDLL(None), "gnu_get_libc_version"),
    reason="glibc's allocator only",
)

# Eight threads alive at once, each allocating blocks too large for Python's own small-object
# allocator; then glibc's own account of its arenas, on standard error. "program" imports the
# program first; "started" is a process the program started, which does not import it.
_ARENAS = """
import ctypes, subprocess, sys, threading
if sys.argv[1] == "started":
    import lookalike
    sys.exit(subprocess.run([sys.executable, "-c", sys.argv[2], "bare", sys.argv[2]]).returncode)
if sys.argv[1] == "program":
    import lookalike
together = threading.Barrier(8)
held = []
def allocate():
    together.wait()
    held.append([bytearray(2000) for _ in range(50)])
    together.wait()
threads = [threading.Thread(target=allocate) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
ctypes.CDLL(None).malloc_stats()
"""


def _arenas(who: str, **env: str) -> int:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_") and k != "GLIBC_TUNABLES"}
    done = subprocess.run(
        [sys.executable, "-c", _ARENAS, who, _ARENAS],
        capture_output=True,
        text=True,
        check=True,
        env={**clean, **env},
    )
    return done.stderr.count("Arena ")


def test_the_threads_of_the_program_and_of_the_processes_it_starts_share_two_arenas() -> None:
    assert _arenas("bare") > 2  # by default, each thread gets one of its own
    assert _arenas("program") <= 2
    assert _arenas("started") <= 2


def test_another_allocator_setting_of_the_persons_leaves_the_arenas_to_the_program() -> None:
    tuned = {"GLIBC_TUNABLES": "glibc.malloc.tcache_count=0", "MALLOC_TOP_PAD_": "65536"}
    assert _arenas("program", **tuned) <= 2
    assert _arenas("started", **tuned) <= 2


@pytest.mark.parametrize(
    "setting", [{"MALLOC_ARENA_MAX": "8"}, {"GLIBC_TUNABLES": "glibc.malloc.arena_max=8"}]
)
def test_the_persons_own_allocator_setting_wins(setting: dict[str, str]) -> None:
    assert _arenas("program", **setting) > 2
    assert _arenas("started", **setting) > 2


# A scan of `argv[2]` with LARGE_BLOCKS_MAPPED_FROM files found at least (`argv[1]`); then a 4 MB
# block freed (after which glibc by default serves blocks up to that size from its arenas) and
# fifty blocks of 1 MB: printed, how many got a mapping of their own (a few may still come from
# room the arenas had free).
_SCAN_THEN_BLOCKS = """
import ctypes, sys
from lookalike.core import scan
from lookalike.core.models import ScanOptions
scan.LARGE_BLOCKS_MAPPED_FROM = int(sys.argv[1])
scan.scan([sys.argv[2]], ScanOptions(use_cache=False))
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]
info = ctypes.CDLL(None).mallinfo2
info.restype = Info
big = bytearray(4 << 20)
del big
before = info().hblks
blocks = [bytearray(1 << 20) for _ in range(50)]
print(info().hblks - before)
"""


@pytest.mark.skipif(not hasattr(ctypes.CDLL(None), "mallinfo2"), reason="glibc before 2.33")
@pytest.mark.parametrize(
    ("large_from", "person", "mapped"),
    [(3, {}, True), (4, {}, False), (3, {"MALLOC_MMAP_THRESHOLD_": "8388608"}, False)],
)
def test_a_large_scan_gives_back_large_blocks_as_they_are_freed(
    tmp_path: Path, large_from: int, person: dict[str, str], mapped: str
) -> None:
    """A scan of as many files as make a large library (3 here) keeps its large blocks in mappings
    of their own from then on, given back when freed; a smaller one leaves the allocator as it is,
    and so does one where the person tuned it."""
    for name in ("a.png", "b.png", "c.png"):
        Image.new("RGB", (64, 48), "red").save(tmp_path / name)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_") and k != "GLIBC_TUNABLES"}
    done = subprocess.run(
        [sys.executable, "-c", _SCAN_THEN_BLOCKS, str(large_from), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env={**clean, **person, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")},
    )
    assert (int(done.stdout) >= 40) is mapped
    assert int(done.stdout) >= 40 or int(done.stdout) <= 10
