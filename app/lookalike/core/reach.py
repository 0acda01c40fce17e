"""Where folders really are, asked of drives that may not answer.

A folder's real path (os.path.realpath: its links and `..` resolved) comes of a look at each part
of its path. On a network drive that stopped answering, each look waits as long as the drive does,
and so does whoever asked: a run acting on files, and its Stop with it. So each folder is resolved
on a thread of its own, while the asker waits PATIENCE seconds at most and hears its `cancelled`
meanwhile; a folder that has not answered by then is silent. The threads are daemons: one left
waiting on a drive that never answers holds no one, nor the app open. Any other look at such a
drive is made so too (answered()).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from lookalike.core.models import CancelCheck, never_cancelled

log = logging.getLogger(__name__)
K = TypeVar("K")
T = TypeVar("T")

# Seconds a folder (or the place a link leads to) has to answer a look before it is said not to answer:
# a network drive whose connection was lost never does, one asleep takes a few seconds to wake. The
# one patience of the app, read when it is needed: acting and the command line here, the scan's looks
# at links (discovery), the window's looks for its folders (ui.missing_folders). A test shortens it
# here, for all of them.
PATIENCE = 5.0
_HEARING = 0.05  # seconds between two looks at `cancelled` while the folders are waited for


@dataclass(frozen=True, slots=True)
class Reach:
    """What resolving folders found: the real path of each that answered, by its absolute path as
    asked (asked_as()), and those that did not answer in time, as asked. `cancelled`: the asker
    stopped waiting first, and nothing is known."""

    real: Mapping[Path, Path]
    silent: tuple[Path, ...] = ()
    cancelled: bool = False

    def real_path(self, folder: Path) -> Path | None:
        """The real path of `folder` (one of those asked), None when it did not answer."""
        return self.real.get(asked_as(folder))

    def is_silent(self, folder: Path) -> bool:
        """Whether `folder` (one of those asked) did not answer."""
        return asked_as(folder) in self.silent


def asked_as(folder: Path) -> Path:
    """`folder` as an absolute path, written as it was, its `..` kept: what is resolved. The system
    takes a `..` after a link from where the link leads ("links/deep/.." is the folder above deep's
    target), so taking it away as written would resolve another folder."""
    return Path(folder).absolute()


def spelt(folder: Path) -> Path:
    """`folder` as an absolute path, its `..` taken away as written: no look at the drive. Only for
    holding back what is written inside a folder that did not answer, never for where a folder is."""
    return Path(os.path.abspath(folder))


def reach(folders: Iterable[Path], cancelled: CancelCheck = never_cancelled) -> Reach:
    """The real paths of `folders`, each resolved on a thread of its own, waited for PATIENCE seconds
    at most; those without an answer by then are silent. Returns at once, cancelled, when `cancelled`
    turns true meanwhile. Raises what resolving a folder raised (ValueError: a NUL in its name)."""
    asked = list(dict.fromkeys(map(asked_as, folders)))
    known = _answers({folder: partial(os.path.realpath, folder) for folder in asked}, cancelled, shared=True)
    if known is None:
        return Reach({}, cancelled=True)
    real = {}
    for folder, found in known.items():
        if isinstance(found, Exception):
            raise found
        real[folder] = Path(found)
    silent = tuple(folder for folder in asked if folder not in known)
    if silent:
        log.warning("no answer within %s s from %s", PATIENCE, ", ".join(map(str, silent)))
    return Reach(real, silent)


class NotAnswering(Exception):
    """A look (answered()) had no answer within PATIENCE seconds, or its asker stopped waiting."""


def answered(look: Callable[[], T], cancelled: CancelCheck = never_cancelled) -> T:
    """What `look` returns, made on a thread of its own and waited for PATIENCE seconds at most, as
    reach() waits for a folder: a look at a path on a drive that stopped answering waits as long as
    the drive. Raises what `look` raised, or NotAnswering: no answer by then, or `cancelled` turned
    true meanwhile."""
    known = _answers({0: look}, cancelled)
    if not known:
        raise NotAnswering
    found = known[0]
    if isinstance(found, Exception):
        raise found
    return found


@dataclass(slots=True)
class _Look:
    """A look made on a thread of its own: what it returned or raised once `done`, and the events of
    those waiting for it."""

    found: object = None
    done: bool = False
    waiters: list[threading.Event] = field(default_factory=list)


# The looks at folders (reach) not answered yet, by folder, across askers: a folder whose drive stopped
# answering holds its thread for as long, and an asker trying again (Undo, once told to) waits for the
# same look rather than starting another; else each try left a thread per folder, until the system
# refused to start one more.
_PENDING: dict[object, _Look] = {}
_PENDING_LOCK = threading.Lock()


def _answers(
    looks: Mapping[K, Callable[[], T]], cancelled: CancelCheck, *, shared: bool = False
) -> dict[K, T | Exception] | None:
    """What each of `looks` returned or raised, each made on a thread of its own (a daemon: one left
    waiting on a drive that never answers holds no one), those answered within PATIENCE seconds;
    None when `cancelled` turned true first. With `shared`, a look at the same key still waited for
    from an earlier call is waited for again, not started anew. A look no thread can be started for
    (the system's limit reached) is one without an answer."""
    answer_came = threading.Event()
    mine: dict[K, _Look] = {}
    with _PENDING_LOCK:
        for key, look in looks.items():
            pending = _PENDING.get(key) if shared else None
            if pending is None:
                pending = _Look()
                thread = threading.Thread(
                    target=_made, args=(key, look, pending, shared), name="lookalike-reach", daemon=True
                )
                try:
                    thread.start()
                except RuntimeError as exc:  # "can't start new thread": no answer, nothing waited on
                    log.warning("no look at %s: %s", key, exc)
                    continue
                if shared:
                    _PENDING[key] = pending
            pending.waiters.append(answer_came)
            mine[key] = pending
    try:
        deadline = time.monotonic() + PATIENCE
        while True:
            answer_came.clear()  # an answer from now on wakes the wait below
            with _PENDING_LOCK:
                known = {key: waited.found for key, waited in mine.items() if waited.done}
            left = deadline - time.monotonic()
            if len(known) == len(looks) or left <= 0:
                return known  # type: ignore[return-value]  # each `found` is its look's T or exception
            if not answer_came.wait(min(_HEARING, left)) and cancelled():  # heard while none answers
                return None
    finally:
        with _PENDING_LOCK:
            for waited in mine.values():
                if answer_came in waited.waiters:
                    waited.waiters.remove(answer_came)


def _made(key: object, look: Callable[[], object], pending: _Look, shared: bool) -> None:
    try:
        found: object = look()
    except Exception as exc:  # handed to the askers, which raise it
        found = exc
    with _PENDING_LOCK:
        pending.found, pending.done = found, True
        if shared and _PENDING.get(key) is pending:
            del _PENDING[key]
        waiters, pending.waiters = pending.waiters, []
    for waiter in waiters:
        waiter.set()
