"""Lookalike: find duplicate and near-duplicate images and review them safely."""

from __future__ import annotations

import os
import sys
from functools import cache

# NumPy's BLAS on one thread, in the program and in its readers and helpers, unless the person set
# otherwise: the program shares out its work in processes, and its matrices are small (a hash's
# DCT). At NumPy's import OpenBLAS otherwise starts a thread a core that spins for a while,
# 50-60 ms of processor time taken from the process beside it (a rescan of 100,000 small pictures
# after adding 1,000: 2.37-2.63 s instead of 2.42-2.73 s). Set before anything imports NumPy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# At most two arenas in glibc's allocator, unless the person tuned it (MALLOC_ARENA_MAX, or
# GLIBC_TUNABLES): by default each thread that allocates gets an arena of its own, up to eight a
# core, and what one frees only that one's allocations reuse. A cold scan of 500,000 small pictures
# held 569 MB instead of 657 MB when its grouping began, and peaked at 978 MB instead of 1,102 MB;
# the same groups, in the same time. (See also large_blocks_mapped.)
_M_ARENA_MAX, _M_MMAP_THRESHOLD = -8, -3  # mallopt's parameters, from malloc.h
_ARENAS_MOST = 2
_OWN_MAPPING_FROM = 128 * 1024


def _tuned_by_the_person(variable: str, tunable: str) -> bool:
    """Whether the person set glibc's allocator setting themselves (`variable` in the environment, or
    `tunable` in GLIBC_TUNABLES); elsewhere than on Linux, whether the setting is out of reach."""
    if not sys.platform.startswith("linux") or variable in os.environ:
        return True
    return tunable in os.environ.get("GLIBC_TUNABLES", "")


def _mallopt(parameter: int, value: int) -> None:
    """glibc's mallopt(parameter, value) in this process; nothing with another C library."""
    import ctypes  # NumPy imports it anyway

    libc = ctypes.CDLL(None)
    if hasattr(libc, "gnu_get_libc_version"):  # glibc's: another C library reads no such setting
        libc.mallopt(parameter, value)


def _fewer_malloc_arenas() -> None:
    if _tuned_by_the_person("MALLOC_ARENA_MAX", "glibc.malloc.arena_max"):
        return
    os.environ["MALLOC_ARENA_MAX"] = str(_ARENAS_MOST)  # read by glibc as each reader and helper starts
    _mallopt(_M_ARENA_MAX, _ARENAS_MOST)  # this process started before: told by a call


_fewer_malloc_arenas()


def large_blocks_mapped() -> None:
    """From now on, blocks from 128 KB in mappings of their own in glibc's allocator, unless the
    person tuned it (MALLOC_MMAP_THRESHOLD_, or GLIBC_TUNABLES). By default, once a large block is
    freed, blocks up to its size come from the arenas, where what is freed seldom goes back to the
    system; in mappings of their own, each is given back when freed, but its pages are faulted in
    anew each time. A cold scan of 500,000 small pictures peaked at 917 MB instead of 978 MB so
    (1.6 % slower), but a rescan of 100,000 after adding 1,000 faulted in 1.2 GB more pages, 0.5 s
    more of the system's time: the scan asks for it for large libraries alone."""
    if not _tuned_by_the_person("MALLOC_MMAP_THRESHOLD_", "glibc.malloc.mmap_threshold"):
        _mallopt(_M_MMAP_THRESHOLD, _OWN_MAPPING_FROM)


@cache
def _installed_version() -> str:
    # importlib.metadata costs about 50-100 ms to import: only `--version` and the window pay it.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lookalike")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    """`lookalike.__version__`, read from the installed package's metadata on first use."""
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
