"""Lookalike: find duplicate and near-duplicate images and review them safely."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lookalike")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
