"""Lookalike: find duplicate and near-duplicate images and review them safely."""

from __future__ import annotations

import os
from functools import cache

# NumPy's BLAS on one thread, in the program and in its readers and helpers, unless the person set
# otherwise: the program shares out its work in processes, and its matrices are small (a hash's
# DCT). At NumPy's import OpenBLAS otherwise starts a thread a core that spins for a while,
# 50-60 ms of processor time taken from the process beside it (a rescan of 100,000 small pictures
# after adding 1,000: 2.37-2.63 s instead of 2.42-2.73 s). Set before anything imports NumPy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


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
