"""How the window's process gives freed memory back to the system (Linux with glibc)."""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
BIG_BLOCK = 128 * 1024  # glibc's own starting threshold


def return_big_blocks_when_freed() -> bool:
    """Give each block of BIG_BLOCK bytes or more its own mapping, returned to the system when freed.

    glibc raises that threshold to the size of each such block freed, up to 32 MB. Decoded
    thumbnails and NumPy arrays then come from the heaps of the threads that made them, and the
    pages they leave free stay in the process: about 30 MB after browsing 2,000 groups of 100,000
    pictures (tests/benchmarks/scale.py). Setting the threshold keeps it where it starts. Nothing
    changes on other systems. Returns whether it was set.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return False
    if not hasattr(libc, "gnu_get_libc_version"):  # not glibc (musl): another allocator
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, BIG_BLOCK))
