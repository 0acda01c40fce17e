"""A whole scan: folders in, duplicate groups out. The GUI and the CLI both call scan()."""

from __future__ import annotations

import collections
import gc
import itertools
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import lookalike
from lookalike.core import vanished
from lookalike.core.decisions import DigestPair
from lookalike.core.discovery import Findings, chosen_path, discover_found
from lookalike.core.listing import Lister
from lookalike.core.models import (
    CancelCheck,
    FileEntry,
    Fingerprint,
    Group,
    ImageRecord,
    Phase,
    Progress,
    ProgressCallback,
    ScanError,
    ScanOptions,
    ScanResult,
    ScanStats,
    hash_width_of,
    ignore_progress,
    never_cancelled,
    thumb_from_its_file,
)
from lookalike.core.pictures import Gathering, Pictures
from lookalike.core.readers import ReaderFailed
from lookalike.core.reasons import Code

if TYPE_CHECKING:
    from lookalike.core import readers
    from lookalike.core.cache import EarlierGroups, FingerprintCache
    from lookalike.core.matching import ThumbSource
    from lookalike.core.reasons import Reason

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress reports within a phase
# After a stop, grouping the files read so far may take this long; what it finished by then is kept.
STOPPED_GROUPING_SECONDS = 0.5
_CACHE_BATCH = 500  # fingerprints written to the cache per transaction
# From this many files found, the scan's process gives back large blocks as they are freed (see
# lookalike.large_blocks_mapped): less memory at the peak for a dearer rescan.
LARGE_BLOCKS_MAPPED_FROM = 200_000


class _Reporter:
    """Passes progress on at most every PROGRESS_INTERVAL, and always at a phase's end."""

    def __init__(self, callback: ProgressCallback) -> None:
        self._callback = callback
        self._last = 0.0

    def __call__(self, phase: Phase, done: int, total: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._callback(Progress(phase, done, total))


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def scan(
    roots: Sequence[Path],
    options: ScanOptions,
    *,
    progress: ProgressCallback = ignore_progress,
    cancelled: CancelCheck = never_cancelled,
    not_duplicates: frozenset[DigestPair] = frozenset(),
    out_of_reach: Collection[Path] = (),
) -> ScanResult:
    """Find the duplicate groups among the images under `roots`.

    Pairs of contents in `not_duplicates` (see decisions) are never grouped. Nothing at or below a
    folder `out_of_reach` (on a drive that did not answer) is looked at, nor scanned; a reference
    folder there protects still (see discovery.discover_found).
    Bad files end up in the result's errors; the scan goes on. A root that is not there or
    cannot be opened is one of the result's warnings (its pictures are missing), and so is a
    folder moved or removed while the scan ran (see vanished). When `cancelled`
    turns true the scan stops reading files within a second and groups the files it
    has read so far: the result has `cancelled` set and its groups are partial.

    The cyclic garbage collector pauses while the scan runs (see collector_paused).
    """
    with collector_paused():
        return _scan(roots, options, progress, cancelled, not_duplicates, out_of_reach)


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Run the body with the cyclic garbage collector off, as it was again afterwards; with
    `freeze`, what exists then is frozen first, so that the collector never walks it again (the
    window's scans and the reviews it opens: each full pass holds the GIL, and so the window).

    A scan makes several objects per file (path, entry, fingerprint, record) and keeps them all;
    the collector, started every few hundred allocations, walked them again and again: 0.5 s of the
    1.7 s of processor time discovery took for 100,000 files, more in loading their fingerprints.
    Reference counting still frees what the scan drops. (The window also freezes what the scan
    left, so that the collector never walks it afterwards: controller.scan_and_suggest.)
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()


def _scan(
    roots: Sequence[Path],
    options: ScanOptions,
    progress: ProgressCallback,
    cancelled: CancelCheck,
    not_duplicates: frozenset[DigestPair],
    out_of_reach: Collection[Path],
) -> ScanResult:
    started = time.monotonic()
    report = _Reporter(progress)
    roots = tuple(chosen_path(root) for root in roots)
    findings = Findings()
    errors = findings.errors

    # The files as columns from the start, a batch at a time (see Gathering): only the records a
    # group, the report or a check asks for are ever objects.
    gathering = Gathering()
    early = _EarlyReader(options, options.use_cache, partial(gathering.file_values, "size"))
    if _rescan_likely(options):
        early.begin()
    found_in: collections.Counter[str] = collections.Counter()  # files found, by folder (see vanished)
    try:
        found_files = discover_found(
            roots, options, findings, cancelled=cancelled, helper=_lister(options), out_of_reach=out_of_reach
        )
        for found in found_files:
            gathering.add_files(found.columns())
            found_in[found.paths.folder] += len(found.paths)
            report(Phase.DISCOVER, len(gathering), 0)
    except BaseException:
        early.end()
        raise
    files = len(gathering)
    report(Phase.DISCOVER, files, files, force=True)
    if files >= LARGE_BLOCKS_MAPPED_FROM:
        lookalike.large_blocks_mapped()

    # Reading pictures begins with the cache (2.7 s at 500,000 files): how many are left to read
    # is not known until it is loaded.
    report(Phase.FINGERPRINT, 0, 0, force=True)
    cache, cache_warning = _open_cache(options)
    try:
        if cache:
            cache.load(gathering, unknown=partial(early.start, file=gathering.file))
        else:
            early.end()
        todo = gathering.lacking()
        cached = files - len(todo)
        if cached and todo:  # a rescan with files to read: its grouping may make thumbs and checks ahead
            early.keep_spare()
        fresh = 0
        made: list[tuple[int, FileEntry, Fingerprint, bytes]] = []  # with their thumbs, until written
        fingerprinted = _fingerprint_all(
            gathering.file,
            todo,
            options,
            cancelled,
            packing=cache is not None,
            sizes=partial(gathering.file_values, "size"),
            early=early,
        )
        for number, entry, outcome, packed in fingerprinted:
            if isinstance(outcome, ScanError):
                errors.append(outcome)
            else:
                fresh += 1
                made.append((number, entry, outcome, packed))
                if len(made) == _CACHE_BATCH:
                    _keep(gathering, cache, made)
                    made = []
            report(Phase.FINGERPRINT, cached + fresh + len(errors), files)
        _keep(gathering, cache, made)
        del made
        report(Phase.FINGERPRINT, files, files, force=True)

        # Files found, then not there when read: a folder moved or removed meanwhile, whose pictures
        # read before it went are not grouped either (their paths lead nowhere now). Every folder
        # is looked at once files vanished, or where reading took longer than that look will (a
        # file read for each folder at least); a rescan that read few files looks at the roots.
        vanished_on_reading = [error for error in errors if error.error.code is Code.DISAPPEARED_DURING_SCAN]
        everywhere = bool(vanished_on_reading) or len(todo) >= len(found_in)
        gone = vanished.gone_folders(found_in, roots, everywhere=everywhere)
        images = _without_gone(gathering.pictures(), gone, errors)
        gone_warnings = vanished.warnings(gone, found_in, vanished_on_reading, files)
        del found_in, vanished_on_reading
        report(Phase.MATCH, 0, 0, force=True)  # how much grouping there is comes from find_groups

        def grouped(done: int, total: int) -> None:
            report(Phase.MATCH, done, total, force=done == total)  # the end always shows

        # After a stop, the files read so far are still grouped, within a time budget, so a
        # stopped scan shows what it found; such partial groups are not kept in the cache.
        stopped_reading = cancelled()
        from lookalike.core.cache import ThumbsUnavailable, grouping_key

        lost: tuple[Reason, ...] = ()
        try:
            key = grouping_key(images, options, not_duplicates) if cache and not stopped_reading else ""
            kept = cache.load_groups(key, images) if cache and key else None
            if kept is not None:  # nothing changed (a rescan of 100,000: 1.3 s)
                groups = kept
            else:
                if stopped_reading:
                    deadline = time.monotonic() + STOPPED_GROUPING_SECONDS
                    groups = _groups(images, options, None, partial(_past, deadline), not_duplicates, grouped)
                else:
                    groups = _groups(
                        images, options, cache, cancelled, not_duplicates, grouped, key, early.spare
                    )
        except ThumbsUnavailable as exc:  # the cache lost thumbs and a file changed since: say so
            log.warning("No groups: %s", exc)
            groups, lost = (), (exc.reason,)
        stopped = stopped_reading or cancelled()
        warnings = (
            *findings.warnings,
            *gone_warnings,
            *cache_warning,
            *(cache.warnings if cache else ()),
            *lost,
        )
    finally:
        early.end()
        if cache:
            cache.close()
    report(Phase.DONE, 1, 1, force=True)
    errors.sort(key=lambda error: str(error.path))
    return ScanResult(
        roots=roots,
        options=options,
        groups=groups,
        errors=tuple(errors),
        stats=ScanStats(
            files=files,
            images=len(images),
            cached=cached,
            seconds=round(time.monotonic() - started, 3),
            excluded_files=findings.excluded_files,
            excluded_folders=findings.excluded_folders,
        ),
        images=images,
        cancelled=stopped,
        warnings=warnings,
        skipped=tuple(findings.skipped),
        hard_links=findings.hard_links,
    )


# The most files a reader begun early (_EarlyReader) is handed while the cache loads, before the
# threads read: those the cache's rows turn out to hold are read for nothing.
EARLY_MOST = 512


def _handed_over(
    reader: readers.Reader, sending: threading.Thread | None, needed: Callable[[], bool]
) -> None:
    """Wait until `sending` has handed the reader its first files. A reader that has not taken them
    (still starting: a pipe holds only a few kB) within READY_SECONDS, or by the time it is no
    longer `needed` (asked every 50 ms), is ended: its files are the feeding thread's to read."""
    from lookalike.core import readers

    if sending is None:
        return
    deadline = time.monotonic() + readers.READY_SECONDS
    while sending.is_alive():
        sending.join(0.05)
        if sending.is_alive() and (time.monotonic() >= deadline or not needed()):
            reader.end()  # its send fails, and the thread ends
            sending.join()


def _lister(options: ScanOptions) -> Callable[[], Lister | None] | None:
    """What starts discovery's helper listing folders (listing.py), where a second core can stat
    files beside it: on Linux (a Windows listing gives the statuses already; macOS, whose statuses
    can say a file is only in the cloud, has not been measured)."""
    if not sys.platform.startswith("linux") or (options.workers or default_workers()) < 2:
        return None

    def started() -> Lister | None:
        try:
            return Lister()
        except ReaderFailed as exc:
            log.debug("Finding the files without a helper listing folders: it %s", exc)
            return None

    return started


def _rescan_likely(options: ScanOptions) -> bool:
    """Whether this scan's fingerprint cache file is there already: then most scans are rescans."""
    if not options.use_cache:
        return False
    from lookalike.core.cache import CACHE_FILE, default_cache_dir

    try:
        return (options.cache_dir or default_cache_dir()).joinpath(CACHE_FILE).is_file()
    except OSError:
        return False


def _open_cache(options: ScanOptions) -> tuple[FingerprintCache | None, tuple[Reason, ...]]:
    """The fingerprint cache, or None with a warning when its folder cannot be used: the scan
    then runs without it (a read-only folder, a full disk, a file where the folder should be)."""
    if not options.use_cache:
        return None, ()
    from lookalike.core.cache import CacheUnusable, FingerprintCache, default_cache_dir

    try:
        return FingerprintCache(
            options.cache_dir or default_cache_dir(),
            options.fingerprint_key,
            hash_width_of(options.hash_bits),
        ), ()
    except CacheUnusable as exc:
        return None, (exc.reason,)


def _without_gone(images: Pictures, gone: Sequence[str], errors: list[ScanError]) -> Pictures:
    """`images` but those inside the folders `gone`, each of which becomes one of the `errors`."""
    if not gone:
        return images
    paths = images.values("path")
    kept: list[int] = []
    for place, path in enumerate(paths):
        if any(vanished.is_under(path, folder) for folder in gone):
            errors.append(ScanError(Path(path), Code.DISAPPEARED_DURING_SCAN()))
        else:
            kept.append(place)
    return images if len(kept) == len(images) else images.picked(kept)


def _past(deadline: float) -> bool:
    return time.monotonic() > deadline


def _groups(
    records: Sequence[ImageRecord],
    options: ScanOptions,
    cache: FingerprintCache | None,
    cancelled: CancelCheck,
    not_duplicates: frozenset[DigestPair],
    progress: Callable[[int, int], None],
    key: str = "",
    spare: readers.Spare | None = None,
) -> tuple[Group, ...]:
    """find_groups() of records whose groups the cache did not keep (under `key`, grouping_key of
    them): it recalls the checks of earlier groupings from the cache and makes only those of new
    pairs; the groups are kept under `key`. `progress` hears how far find_groups has come; a
    reader `spare` keeps makes thumbs and checks ahead."""
    from lookalike.core.selection import SUGGESTED_RULES, apply_keep_rules

    thumbs = _thumbs_or_files(cache, options) if cache else None
    # The groups of the last scan's parts of the likely pairs that are the same are taken as they
    # were kept (parts.py), after the rules below.
    earlier = cache.earlier_groups(options) if cache and key else None
    found = _found_groups(
        records, options, cache, cancelled, not_duplicates, progress, thumbs, earlier, spare
    )
    # Grouping chose each group's reference copy by copy; the rules that look at the whole group
    # (a "_1" beside the same name, the original format among camera pictures) choose the keeper:
    # of the groups made now, those taken from the last scan were kept so.
    taken = earlier.made.taken if earlier and earlier.made else (False,) * len(found)
    made_now = [group for group, kept in zip(found, taken, strict=True) if not kept]
    ruled = iter(apply_keep_rules(made_now, SUGGESTED_RULES))
    groups = tuple(group if kept else next(ruled) for group, kept in zip(found, taken, strict=True))
    if cache and key and not cancelled():
        made = earlier.made if earlier else None
        # Groups decided without a file they needed are not those of these files: a rescan in
        # which nothing changed groups them again, rather than take them as they were.
        cache.store_groups(key if made is None or made.whole else "", groups, records, made)
    return groups


def group_again(
    records: Sequence[ImageRecord],
    options: ScanOptions,
    *,
    not_duplicates: frozenset[DigestPair] = frozenset(),
    cancelled: CancelCheck = never_cancelled,
    progress: Callable[[int, int], None] = lambda _done, _total: None,
) -> tuple[Group, ...]:
    """find_groups() of a finished scan's records (another sensitivity, new decisions): the thumbs
    from the cache, and the checks earlier groupings kept there recalled, those made added. Reads
    only the files of pairs no grouping has looked at yet. Raises ThumbsUnavailable when the cache
    lost thumbs it needs. The cyclic garbage collector pauses meanwhile, as in a scan: the checks
    recalled for 100,000 pictures are a million objects, and each full collection over them held
    Python, and so the window, for 260-290 ms."""
    cache, _ = _open_cache(options)
    try:
        with collector_paused():
            return _found_groups(
                records, options, cache, cancelled, not_duplicates, progress, cache.thumbs if cache else None
            )
    finally:
        if cache:
            cache.close()


def _found_groups(
    records: Sequence[ImageRecord],
    options: ScanOptions,
    cache: FingerprintCache | None,
    cancelled: CancelCheck,
    not_duplicates: frozenset[DigestPair],
    progress: Callable[[int, int], None],
    thumbs: ThumbSource | None,
    earlier: EarlierGroups | None = None,
    spare: readers.Spare | None = None,
) -> tuple[Group, ...]:
    """find_groups() with the kept checks of `cache`, when there is one, the thumbs the records
    do not hold from `thumbs`, and the groups `earlier` gives of the parts that are the same."""
    # NumPy and the grouping code load only when there is grouping to do.
    from lookalike.core.matching import find_groups

    return find_groups(
        records,
        options,
        cancelled=cancelled,
        not_duplicates=not_duplicates,
        thumbs=thumbs,
        kept=cache,
        earlier=earlier,
        progress=progress,
        spare=spare,
    )


def _thumbs_or_files(cache: FingerprintCache, options: ScanOptions) -> ThumbSource:
    """The cache's thumbs of some records, and those it lacks (its file damaged or edited since it
    was loaded: a thumb gone, or a value that is none) read again from the files and kept in it
    again; but for those of pictures that fit in theirs, which grouping makes again from their
    files itself (matching._Thumbs). Raises ThumbsUnavailable when such a file no longer holds the
    content its record says: it changed during the scan."""
    from lookalike.core.cache import ThumbsUnavailable
    from lookalike.core.fingerprint import make_fingerprinter
    from lookalike.core.reasons import Code

    def fetch(records: Sequence[ImageRecord]) -> dict[str, bytes]:
        found = cache.thumbs(records, all_of_them=False)
        lacking = {
            r.fingerprint.digest: r
            for r in records
            if r.fingerprint.digest not in found
            and not thumb_from_its_file(r.fingerprint.width, r.fingerprint.height)
        }
        if not lacking:
            return found
        log.warning("The fingerprint cache lacks the thumbs of %d pictures: reading them again", len(lacking))
        fingerprint = make_fingerprinter(options)
        again: list[Fingerprint] = []
        for digest, record in lacking.items():
            made = fingerprint(record.entry)
            if not isinstance(made, Fingerprint) or made.digest != digest:
                raise ThumbsUnavailable(Code.CACHE_THUMBS_GONE(file=str(cache.path), count=len(lacking)))
            found[digest] = made.thumb
            again.append(made)
        cache.store_thumbs(again)
        return found

    return fetch


def _taken(waiting: queue.SimpleQueue[int], most: int) -> list[int]:
    """Up to `most` numbers from `waiting`, as many as it has."""
    taken: list[int] = []
    while len(taken) < most:
        try:
            taken.append(waiting.get_nowait())
        except queue.Empty:
            break
    return taken


def _reader_stopped() -> Reason:
    from lookalike.core.reasons import Code

    return Code.READER_STOPPED()


def _keep(
    gathering: Gathering,
    cache: FingerprintCache | None,
    made: list[tuple[int, FileEntry, Fingerprint, bytes]],
) -> None:
    """Add fresh fingerprints (of the files numbered) to `gathering`, written to the cache with their
    thumbs (packed as given) first; the scan keeps them without.

    Matching reads back only the thumbs it looks at (cache.thumbs, see matching._Thumbs): a cold
    scan of 100,000 small images no longer holds 400 MB of thumbs. Without a cache, or a thumb the
    cache could not take, the thumb stays in its fingerprint, so it is never lost: copied by this
    thread. The worker's thumb was allocated among that thread's decode buffers (the file's bytes,
    the decoded image): once those are freed, each kept 4 KB thumb pins the memory around it. With
    glibc that cost 6 KB per image on top of the thumb itself: 1320 MB peak for a cold scan of
    100,000 small images, 669 MB with this copy (2 us per image).
    """
    stored = cache is not None and cache.store_packed([(entry, f, packed) for _, entry, f, packed in made])
    fingerprints = [fingerprint for _, _, fingerprint, _ in made]
    thumbs = [b""] * len(made) if stored else [bytes(memoryview(f.thumb)) for f in fingerprints]
    gathering.add_made([number for number, _, _, _ in made], fingerprints, thumbs)


class _EarlyReader:
    """The scan's first reader, started before the files to read are known, so that it is ready
    when they are: started only then, a reader took 0.13-0.25 s to be ready while the threads read
    alone (a rescan of 100,000 small pictures after adding 1,000: the reader read 409 of them).

    Where a rescan is likely (the cache file is there), it is started before the files are found
    (begin), and handed the first EARLY_MOST small files the cache's last scan does not give as
    soon as the load knows them (start), while the load goes on: that rescan took 3.23-3.31 s
    instead of 3.38-3.47 s; one with nothing to read ends it unused, 1.25-1.27 s instead of
    1.21-1.22 s. Else it is started as soon as the load knows those files. Either way only where
    enough of them are small for a reader to read any (readers.readers_for). _fingerprint_all
    takes it, and ends it when there is too little to read (the cache's rows held the rest); the
    scan ends it should it never get there. Done with its files, it may be kept for the grouping
    (spare)."""

    def __init__(self, options: ScanOptions, packing: bool, sizes: Callable[[], list[int]]) -> None:
        self._options, self._packing, self._sizes = options, packing, sizes
        self._reader: readers.Reader | None = None
        self._begun_early = False  # started by begin(): it is handed files as soon as they are known
        self._sent: list[tuple[int, FileEntry]] = []  # handed to it by start(), in order
        self._sending: threading.Thread | None = None
        # A reader done with its files, kept for the grouping (readers.Spare): in a rescan, which
        # makes the thumbs and checks of its new pairs ahead (matching._Thumbs).
        self.spare: readers.Spare | None = None

    def keep_spare(self) -> None:
        """From now on, the first reader done with its files is kept for the grouping (see spare)."""
        from lookalike.core import readers

        self.spare = readers.Spare()

    def begin(self) -> None:
        """Start a reader now, before the files are found (see the class), where a second core
        can read beside the scan's thread."""
        from lookalike.core import readers

        if (self._options.workers or default_workers()) < 2:
            return
        try:
            self._reader = readers.Reader(self._options, self._packing, readers.reader_command())
            self._reader.begin()
        except readers.ReaderFailed as exc:  # the feeding thread tries again, and tells why if it fails
            log.debug("No reader started before the files were found: it %s", exc)
            self.end()
            return
        self._begun_early = True

    def start(self, numbers: list[int], file: Callable[[int], FileEntry] | None = None) -> None:
        """Start a reader for the files at `numbers` (see the class), unless one was; one begun
        early is handed the first EARLY_MOST small ones of them (their entries by `file`), or
        ended where there are too few for a reader."""
        from lookalike.core import readers

        workers = self._options.workers or default_workers()
        size = self._sizes()
        small = [number for number in numbers if size[number] < readers.SMALL_FILE]
        enough = bool(readers.readers_for(len(numbers), workers) and readers.readers_for(len(small), workers))
        if self._begun_early:
            if not enough:
                self.end()
            elif file is not None and self._reader is not None and not self._sent:
                self._sent = [(number, file(number)) for number in small[:EARLY_MOST]]
                self._sending = threading.Thread(
                    target=self._send, args=(self._reader,), name="fingerprint-early", daemon=True
                )
                self._sending.start()
            return
        if self._reader is not None or not enough:
            return
        try:
            self._reader = readers.Reader(self._options, self._packing, readers.reader_command())
        except readers.ReaderFailed as exc:  # the feeding thread tries again, and tells why if it fails
            log.debug("No reader started while the cache loads: it %s", exc)

    def _send(self, reader: readers.Reader) -> None:
        """Hand the reader the files start() chose, a batch at a time (on a thread of its own: a
        reader still starting takes them only once ready, and a pipe holds a few kB)."""
        from lookalike.core import readers

        entries = [entry for _, entry in self._sent]
        try:
            for at in range(0, len(entries), readers.BATCH):
                reader.send(entries[at : at + readers.BATCH])
        except readers.ReaderFailed as exc:  # the feeding thread reads what it had: see take()
            log.debug("A reader begun early did not take its first files: it %s", exc)

    def take(self) -> tuple[readers.Reader | None, list[tuple[int, FileEntry]], threading.Thread | None]:
        """The reader, the files handed to it (in order), whose reads it is to answer first, and
        the thread handing them over, if any (a reader still starting takes them only once ready:
        see _handed_over)."""
        reader, self._reader = self._reader, None
        sent, self._sent = self._sent, []
        sending, self._sending = self._sending, None
        return reader, sent, sending

    def end(self) -> None:
        reader, _, _ = self.take()
        if reader is not None:
            reader.end()
        if self.spare is not None:
            self.spare.end()


def _fingerprint_all(
    file: Callable[[int], FileEntry],
    todo: list[int],
    options: ScanOptions,
    cancelled: CancelCheck,
    *,
    packing: bool = False,
    sizes: Callable[[], list[int]] | None = None,
    early: _EarlyReader | None = None,
) -> Iterator[tuple[int, FileEntry, Fingerprint | ScanError, bytes]]:
    """Fingerprint file(number) for each number in `todo` on worker threads (decoding releases
    the GIL), and with many small files (by `sizes`, every file's size) also in reader processes
    beside them (see readers.py), the first the reader `early` started if any (with the files it
    was handed already: the cache's rows may have held some, whose reads are dropped), yielding
    each number with its file and outcome as it finishes, and with `packing` the fingerprint's
    thumb packed as the cache keeps it (else b"").

    The workers are daemon threads: one stuck on a slow or hung drive never keeps the
    program from ending after a stop; the file it is reading is dropped. The readers are ended
    when this ends (all read, or stopped).
    """
    if not todo:
        if early is not None:
            early.end()
        return
    # Pillow, NumPy and the codecs load only when a file must actually be read.
    from lookalike.core import readers
    from lookalike.core.fingerprint import make_fingerprinter

    fingerprint = make_fingerprinter(options)
    workers = options.workers or default_workers()
    # The small files, which readers read too (the threads once they have read the others), and
    # the others: decoding a large picture lets go of the GIL, so the threads read those on every core.
    size = sizes() if sizes is not None and readers.readers_for(len(todo), workers) else None
    smaller = readers.SMALL_FILE
    apart = 0 if size is None else readers.readers_for(sum(size[n] < smaller for n in todo), workers)
    started: list[readers.Reader] = []  # ended when this generator ends
    ready_made, handed, sending = early.take() if early is not None else (None, [], None)
    if ready_made is not None:
        if apart:
            started.append(ready_made)
        else:
            ready_made.end()
            ready_made, handed = None, []
    # The files the reader was handed early are its first; those the cache's rows held are not read.
    wanted = set(todo) if handed else None
    in_reader = {number for number, _ in handed}
    waiting: queue.SimpleQueue[int] = queue.SimpleQueue()
    waiting_small: queue.SimpleQueue[int] = queue.SimpleQueue()
    for number in todo:
        if number not in in_reader:
            (waiting_small if apart and size is not None and size[number] < smaller else waiting).put(number)
    del size, in_reader
    done: queue.Queue[tuple[int, FileEntry, Fingerprint | ScanError, bytes]] = queue.Queue(maxsize=256)
    started_lock = threading.Lock()
    over = threading.Event()

    def stopped() -> bool:
        return cancelled() or over.is_set()  # over: this generator ended (all yielded, or closed)

    def hand_on(number: int, entry: FileEntry, read: readers.Read) -> None:
        if wanted is not None and number not in wanted:
            return  # handed to the reader early, and held by the cache's rows after all
        while not stopped():
            try:
                done.put((number, entry, *read), timeout=0.2)
                return
            except queue.Full:
                continue

    def read_here(files: Iterable[tuple[int, FileEntry]]) -> None:
        for number, entry in files:
            if stopped():
                return
            hand_on(number, entry, readers.read_one(fingerprint, entry, packing))

    def work(small_too: bool = True) -> None:
        while not stopped() and (taken := _taken(waiting, 1) or (small_too and _taken(waiting_small, 1))):
            read_here((number, file(number)) for number in taken if not stopped())

    def still_needed() -> bool:
        """Whether a reader still starting is waited for: not once the threads have taken every
        other file (a program an antivirus checks first can take seconds to start)."""
        return readers.WAITED_FOR_ANYWAY or not (waiting.empty() and waiting_small.empty())

    def start_reader(reader: readers.Reader | None = None) -> readers.Reader | None:
        """`reader`, or a reader started now, ready to read (None when none could be had, or the
        threads had taken every other file before it was ready), ended with this generator."""
        if reader is None:
            try:
                reader = readers.Reader(options, packing, readers.reader_command())
            except readers.ReaderFailed as exc:
                log.warning("Reading with the threads alone: a reader %s", exc)
                return None
            with started_lock:
                if not over.is_set():
                    started.append(reader)
        if over.is_set():
            reader.end()
            return None
        try:
            reader.ready(needed=still_needed)
        except readers.ReaderFailed as exc:
            (log.debug if exc.needless else log.warning)("Reading with the threads alone: a reader %s", exc)
            reader.end()
            return None
        return reader

    def kept_for_grouping(reader: readers.Reader) -> bool:
        """Whether `reader`, done with its files, is kept for the grouping (_EarlyReader.spare),
        no longer one this generator ends."""
        if early is None or early.spare is None:
            return False
        with started_lock:
            if over.is_set() or reader not in started or not early.spare.keep(reader):
                return False
            started.remove(reader)
            return True

    def feed(
        first: list[int], ready_made: readers.Reader | None, handed: list[tuple[int, FileEntry]]
    ) -> None:
        """Hand files to a reader process (`ready_made`, which was `handed` some already, else one
        started now), `first` first, and pass on its reads; what it cannot read, this thread reads
        (see readers.py), and then reads as the other threads do."""
        mine = collections.deque(first)  # this thread's files, not yet sent to a reader
        # Sent, not yet answered, in order, with their entries (made once: 3 us each, under the GIL).
        in_hand: collections.deque[tuple[int, FileEntry]] = collections.deque(handed)
        reader: readers.Reader | None = None
        restarts = read_apart = 0
        kept = False  # the reader, done with its files, kept for the grouping
        try:
            if ready_made is not None:
                _handed_over(ready_made, sending if handed else None, still_needed)
            reader = start_reader(ready_made)
            while reader is not None and not stopped():
                try:
                    while mine or len(in_hand) < 2 * readers.BATCH:
                        batch = list(mine) or _taken(waiting_small, readers.BATCH)
                        mine.clear()
                        if not batch:
                            break
                        sent = [(number, file(number)) for number in batch]
                        in_hand.extend(sent)
                        reader.send([entry for _, entry in sent])
                    if not in_hand:
                        log.debug("A reader read %d file(s)", read_apart)
                        kept = kept_for_grouping(reader)
                        if not kept:
                            reader.finish()
                        return
                    read = reader.answer()
                    read_apart += 1
                    hand_on(*in_hand.popleft(), read)
                except readers.ReaderFailed as exc:
                    reader.end()
                    if stopped():
                        return
                    if exc.crashed:  # it died on the first file it had not answered: which one
                        for read in reader.answered_before():
                            if not in_hand:
                                break
                            hand_on(*in_hand.popleft(), read)
                    log.warning("A reader %s; this thread reads the %d file(s) it had", exc, len(in_hand))
                    if exc.crashed and in_hand:
                        culprit, entry = in_hand.popleft()
                        hand_on(culprit, entry, (ScanError(entry.path, _reader_stopped()), b""))
                    read_here(in_hand)
                    in_hand.clear()
                    restarts += 1
                    reader = start_reader() if exc.crashed and restarts <= readers.RESTARTS_MOST else None
        except Exception:  # no file of this thread's may be left unread: the scan would wait for it
            log.exception("Feeding a reader failed")
        finally:
            if reader is not None and not kept:
                reader.end()
        # Lazily: once the scan has ended, its files are no longer there to make entries of.
        read_here(itertools.chain(in_hand, ((number, file(number)) for number in mine if not stopped())))
        work()

    try:  # from here on, the readers started are ended however this ends
        for worker in range(apart):
            # Each reader's first files are its own from the start: the threads read meanwhile.
            first = _taken(waiting_small, 2 * readers.BATCH)
            given, given_files = (ready_made, handed) if worker == 0 else (None, [])
            feeding = threading.Thread(
                target=feed, args=(first, given, given_files), name=f"fingerprint-reader-{worker}"
            )
            feeding.daemon = True
            feeding.start()
        # Beside readers, one thread reads small files: a small picture's fingerprint is mostly Python
        # under the GIL, and two threads reading them waited on each other for it (10,000 pictures
        # of 64 x 48 read in 6.1-6.3 s with two threads and a reader, 5.5-5.7 s with one and a
        # reader, 5.8-6.2 s with one and two readers). The others read the larger files only.
        for worker in range(workers):
            small_too = worker == 0 or not apart
            reading = threading.Thread(target=work, args=(small_too,), name=f"fingerprint-{worker}")
            reading.daemon = True
            reading.start()
        for _ in range(len(todo)):
            while True:
                if cancelled():
                    return
                try:
                    yield done.get(timeout=0.2)
                    break
                except queue.Empty:
                    continue
    finally:
        with started_lock:
            over.set()
            ending = list(started)
        for reader in ending:
            reader.end()
