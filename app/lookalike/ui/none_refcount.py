"""Keep Python's None alive under a PySide6 that drops a reference to it on every void Qt call.

PySide6 6.12.0 (abi3 wheels) returns None from every void method (``update()``, ``setText()``,
``QPainter.drawText()``, ...) without taking a reference. From Python 3.12 on None is immortal and
nothing happens; on 3.10 and 3.11 each call lowers None's reference count by one, and when it
reaches zero the interpreter aborts ("Fatal Python error: none_dealloc"). Painting the review
window's tiles makes hundreds of such calls a second, so the window died after about a minute of
scrolling.

`NoneKeeper` checks at start-up whether the running PySide6 does this, and if so gives None back
what it lost, a few times a second, from the GUI thread. It changes nothing where the bug is absent.
The real fix is a PySide6 without the bug, or Python 3.12 or newer.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

PROBE_CALLS = 200
TOP_UP_INTERVAL_MS = 100
CUSHION = 100_000  # references given at once when the bug is found: room for a burst of painting

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def none_references_lost_per_call() -> float:
    """How many references to None one call of a void Qt method loses here (0.0 where it is fine)."""
    if sys.version_info >= (3, 12):
        return 0.0  # None is immortal
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    lost = before - sys.getrefcount(None)
    return max(0.0, lost / PROBE_CALLS)


def give_none(count: int) -> None:
    """Add `count` references to None (each through the C API, so safe while other threads run)."""
    none = None
    for _ in range(count):
        _incref(none)


class NoneKeeper(QObject):
    """Tops None's reference count back up to where it was, every TOP_UP_INTERVAL_MS, if needed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = none_references_lost_per_call() > 0.5
        self._floor = 0
        self._timer = QTimer(self)
        if not self.active:
            return
        log.warning(
            "this PySide6 loses a reference to None on every void call (Python %s); compensating. "
            "Use Python 3.12 or newer, or another PySide6 version, to avoid it.",
            sys.version.split()[0],
        )
        give_none(CUSHION)
        self._floor = sys.getrefcount(None)
        self._timer.setInterval(TOP_UP_INTERVAL_MS)
        self._timer.timeout.connect(self.top_up)
        self._timer.start()

    @property
    def floor(self) -> int:
        """The reference count None is kept at or above (0 when inactive)."""
        return self._floor

    def top_up(self) -> int:
        """Give None what it lost since the last top-up; returns how many references that was."""
        if not self.active:
            return 0
        deficit = self._floor - sys.getrefcount(None)
        if deficit > 0:
            give_none(deficit)
        return max(0, deficit)
