"""The program's processes share out glibc's allocator in two arenas (lookalike/__init__.py). Each
test runs fresh interpreters: the allocator is set as a process starts."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import pytest

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


@pytest.mark.parametrize(
    "setting", [{"MALLOC_ARENA_MAX": "8"}, {"GLIBC_TUNABLES": "glibc.malloc.arena_max=8"}]
)
def test_the_persons_own_allocator_setting_wins(setting: dict[str, str]) -> None:
    assert _arenas("program", **setting) > 2
    assert _arenas("started", **setting) > 2
