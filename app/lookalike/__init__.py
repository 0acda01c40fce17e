"""Lookalike: find duplicate and near-duplicate images and review them safely."""

from __future__ import annotations

from functools import cache


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
