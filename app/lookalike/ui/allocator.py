"""How the window's process gives freed memory back to the system (Linux with glibc; elsewhere
these do nothing and return False)."""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
BIG_BLOCK = 128 * 1024  # glibc's own starting threshold


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    return libc if hasattr(libc, "gnu_get_libc_version") else None  # not musl's: another allocator


def return_big_blocks_when_freed() -> bool:
    """Give each block of BIG_BLOCK bytes or more its own mapping, returned to the system when freed.

    glibc raises that threshold to the size of each such block freed, up to 32 MB. Decoded
    thumbnails and NumPy arrays then come from the heaps of the threads that made them, and the
    pages they leave free stay in the process: about 30 MB after browsing 2,000 groups of 100,000
    pictures (tests/benchmarks/scale.py). Setting the threshold keeps it where it starts. Returns
    whether it was set.
    """
    libc = _glibc()
    return libc is not None and bool(libc.mallopt(M_MMAP_THRESHOLD, BIG_BLOCK))


def release_free_memory() -> bool:
    """Give the system back the pages malloc holds free (glibc's malloc_trim), as after a regrouping:
    its many small arrays leave free pages all through the heap of the thread that ran it, which
    no later block may fit. Returns whether there was an allocator to ask."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
