"""Accuracy benchmark: Lookalike's defaults against plain pHash <= 8 on one labelled corpus.

    .venv/bin/python -m tests.benchmarks.accuracy [--quick] [--seed N ...] [--keep DIR]

Builds the corpus of accuracy_corpus.py for each seed (default: seed 0), scans it
with scan() and default ScanOptions (rotations on), and, in a full run, once more
with rotations the other way round; hashes every file the way people do by hand
(imagehash.phash(Image.open(path)), pairs at distance <= 8), and prints pairwise
precision and recall per class, the wrongly grouped trap pairs of each matcher,
the files of `Corpus.not_pixels` that the scan put in the `pixels` tier (tier
errors), the time and the peak memory of the scan, and whether the targets below
are met. Every class and every trap is scored from the default scan, so the traps
meet the rotations that a default scan tries.

--quick builds a smaller corpus (accuracy_corpus.QUICK), skips the second scan and
the verification internals, and keeps each seed's corpus in a folder under the
system's temporary folder for the next run (rebuilt when the corpus code changes):
meant to be run again and again while tuning. With several --seed the per-class
table adds up all seeds, and each seed gets one summary line.

To score a matcher without scanning, build a corpus and use judge_pairs() with a
callable (name_a, name_b) -> bool, then evaluate() and class_table(); or
score_scan() on a ScanResult of the corpus folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import numpy as np
from PIL import Image

from lookalike.core import verify
from lookalike.core.cache import FingerprintCache
from lookalike.core.models import ImageRecord, ScanOptions, ScanResult, Tier
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_corpus import (
    CROP_CLASSES,
    OVERLAY_CLASSES,
    QUICK,
    ROTATION_CLASSES,
    TILED_CLASSES,
    Corpus,
    Sizes,
    build,
)

Pair = frozenset[str]
PHASH_THRESHOLD = 8
TARGET_PRECISION = 0.99  # over all must-group classes
TARGET_RECALL = 0.97  # over all must-group classes: crops, overlays and rotations included
TARGET_CROP_RECALL = 0.90
TARGET_OVERLAY_RECALL = 0.90
TARGET_TILED_RECALL = 0.75
TARGET_TRAP_SHARE = 0.01  # of plain pHash's wrongly grouped trap pairs
TARGET_TIER_ERRORS = 0  # files of Corpus.not_pixels in the `pixels` tier


@dataclass(slots=True)
class ClassScore:
    positives: int = 0  # labelled must-group pairs (original, copy of this class)
    found: int = 0  # of those, grouped
    grouped: int = 0  # grouped pairs with a file of this class
    correct: int = 0  # of those, within one family
    tier_errors: int = 0  # files of this class in the `pixels` tier though their content differs

    @property
    def precision(self) -> float:
        return self.correct / self.grouped if self.grouped else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: ClassScore) -> None:
        self.positives += other.positives
        self.found += other.found
        self.grouped += other.grouped
        self.correct += other.correct
        self.tier_errors += other.tier_errors


@dataclass(slots=True)
class Score:
    """One matcher's results on the corpus (or on several, added up)."""

    classes: dict[str, ClassScore] = field(default_factory=lambda: defaultdict(ClassScore))
    traps: dict[str, tuple[int, int]] = field(default_factory=dict)  # class -> (wrongly grouped, pairs)
    overall: ClassScore = field(default_factory=ClassScore)  # every must-group class
    crops: ClassScore = field(default_factory=ClassScore)  # CROP_CLASSES
    overlays: ClassScore = field(default_factory=ClassScore)  # OVERLAY_CLASSES
    tiled: ClassScore = field(default_factory=ClassScore)  # TILED_CLASSES
    tier_errors: list[str] = field(default_factory=list)  # "file: pixels beside reference"
    tiers_known: bool = False  # plain pHash has no tiers
    missed: list[str] = field(default_factory=list)  # must-group files not grouped with their original
    wrong: list[str] = field(default_factory=list)  # "trap: a ~ b", wrongly grouped trap pairs

    @property
    def trap_errors(self) -> int:
        return sum(wrong for wrong, _ in self.traps.values())

    @property
    def trap_pairs(self) -> int:
        return sum(total for _, total in self.traps.values())

    def add(self, other: Score) -> None:
        for name, entry in other.classes.items():
            self.classes[name].add(entry)
        for trap, (wrong, total) in other.traps.items():
            had = self.traps.get(trap, (0, 0))
            self.traps[trap] = (had[0] + wrong, had[1] + total)
        for mine, theirs in (
            (self.overall, other.overall),
            (self.crops, other.crops),
            (self.overlays, other.overlays),
            (self.tiled, other.tiled),
        ):
            mine.add(theirs)
        self.tier_errors.extend(other.tier_errors)
        self.missed.extend(other.missed)
        self.wrong.extend(other.wrong)
        self.tiers_known = self.tiers_known or other.tiers_known


def _pairs(names: Iterable[str]) -> set[Pair]:
    return {frozenset(pair) for pair in combinations(sorted(names), 2)}


# name -> (its tier, the name of its group's reference)
Tiers = dict[str, tuple[Tier, str]]


def grouped_and_tiers(result: ScanResult) -> tuple[set[Pair], Tiers]:
    """The pairs of file names a scan put in one group, and each member's tier and reference."""
    grouped: set[Pair] = set()
    tiers: Tiers = {}
    for group in result.groups:
        grouped |= _pairs(member.path.name for member in group.members)
        reference = group.members[0].path.name
        for member in group.members[1:]:
            tiers[member.path.name] = (member.tier, reference)
    return grouped, tiers


class PeakMemory:
    """The process's peak resident memory while in the `with` block, sampled every 10 ms
    (Linux /proc; elsewhere the process's lifetime peak)."""

    def __init__(self) -> None:
        self.start_mb = self.peak_mb = _rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.01):
            self.peak_mb = max(self.peak_mb, _rss_mb())

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, _rss_mb())


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


@dataclass(slots=True)
class ScanRun:
    grouped: set[Pair]
    tiers: Tiers
    records: list[ImageRecord]  # with their thumbs when asked for
    seconds: float
    peak_mb: float  # the process's peak resident memory during the scan
    grown_mb: float  # of that, above what the process held before the scan


def scan_pairs(folder: Path, cache: Path, *, rotations: bool, thumbs: bool = True) -> ScanRun:
    """Scan `folder` cold with default options (and `rotations`): the grouped pairs, the tiers,
    the records (with their thumbs, which the scan leaves in the cache, if `thumbs`), the
    seconds and the memory taken."""
    shutil.rmtree(cache, ignore_errors=True)
    options = ScanOptions(rotations=rotations, cache_dir=cache)
    with PeakMemory() as memory:
        started = time.perf_counter()
        result = scan([folder], options)
        seconds = time.perf_counter() - started
    grouped, tiers = grouped_and_tiers(result)
    records = list(result.images)
    if thumbs:
        stored = FingerprintCache(cache, options.fingerprint_key)
        try:
            held = stored.thumbs(result.images)
        finally:
            stored.close()
        records = [
            replace(r, fingerprint=replace(r.fingerprint, thumb=held[r.fingerprint.digest])) for r in records
        ]
    return ScanRun(grouped, tiers, records, seconds, memory.peak_mb, memory.peak_mb - memory.start_mb)


def phash_pairs(corpus: Corpus) -> tuple[set[Pair], dict[str, int]]:
    """Plain pHash as people use it: hash the file as opened, group pairs within distance 8."""
    import imagehash

    names = [item.name for item in corpus.items]
    kept = corpus.folder / "phash.json"  # the corpus's files never change: hashed once
    try:
        known = json.loads(kept.read_text())
    except (OSError, ValueError):
        known = {}
    hashes = []
    for name in names:
        if name not in known:
            with Image.open(corpus.folder / name) as image:
                known[name] = int(str(imagehash.phash(image)), 16)
        hashes.append(known[name])
    kept.write_text(json.dumps(known))
    values = np.array(hashes, dtype=np.uint64)
    grouped: set[Pair] = set()
    for i in range(len(values)):
        distance = np.bitwise_count(values[i] ^ values[i + 1 :])
        for j in np.nonzero(distance <= PHASH_THRESHOLD)[0]:
            grouped.add(frozenset((names[i], names[i + 1 + int(j)])))
    return grouped, dict(zip(names, hashes, strict=True))


def labelled_pairs(corpus: Corpus) -> list[tuple[str, str]]:
    """Every pair the scores look at: (original, copy) of each family, and every trap pair."""
    originals = {item.family: item.name for item in corpus.items if item.cls == "original"}
    pairs = [
        (originals[item.family], item.name)
        for item in corpus.items
        if item.cls != "original" and item.family in originals and item.cls not in corpus.trap_pairs
    ]
    for trap_pairs in corpus.trap_pairs.values():
        pairs.extend(trap_pairs)
    return pairs


def judge_pairs(corpus: Corpus, judge: Callable[[str, str], bool]) -> set[Pair]:
    """The labelled pairs (see labelled_pairs) that `judge(name_a, name_b)` says are one picture:
    what evaluate() takes in place of a scan's groups, to try a pair check on its own. Precision
    then counts only those pairs (no pair of two copies, no pair across families but the traps)."""
    return {frozenset(pair) for pair in labelled_pairs(corpus) if judge(*pair)}


def _content(corpus_cls: Mapping[str, str], name: str, not_pixels: set[str]) -> str:
    """What a file shows, as far as tiers go: the original's content, or its own edit."""
    if name not in not_pixels:
        return "original"
    cls = corpus_cls[name]
    return "grayscale" if cls == "grayscale_png" else cls  # one content saved two ways


def evaluate(
    corpus: Corpus,
    grouped: set[Pair],
    rotation_grouped: set[Pair] | None = None,
    tiers: Tiers | None = None,
) -> Score:
    """Pairwise scores; mirror/rotation classes are taken from `rotation_grouped` when given.
    With `tiers` (a scan's), also the tier errors: a member in the `pixels` tier whose content
    differs from its reference's (one of them in corpus.not_pixels)."""
    family = {item.name: item.family for item in corpus.items}
    cls = {item.name: item.cls for item in corpus.items}
    originals = {item.family: item.name for item in corpus.items if item.cls == "original"}
    score = Score()
    for item in corpus.items:
        if item.cls == "original" or item.family not in originals or item.cls in corpus.trap_pairs:
            continue
        pairs = rotation_grouped if rotation_grouped is not None and item.cls in ROTATION_CLASSES else grouped
        found = frozenset((originals[item.family], item.name)) in pairs
        summaries = [score.classes[item.cls], score.overall]
        summaries += [s for s, kind in ((score.crops, CROP_CLASSES), (score.overlays, OVERLAY_CLASSES),
                      (score.tiled, TILED_CLASSES)) if item.cls in kind]  # fmt: skip
        for entry in summaries:
            entry.positives += 1
            entry.found += found
        if not found:
            score.missed.append(item.name)
    rotated = rotation_grouped if rotation_grouped is not None else grouped
    for chosen, pairs in ((False, grouped), (True, rotated)):
        for pair in pairs:
            a, b = sorted(pair)
            correct = family[a] == family[b]
            for name in {a, b}:
                skip = cls[name] == "original" or cls[name] in corpus.trap_pairs
                if skip or (cls[name] in ROTATION_CLASSES) != chosen:
                    continue
                entry = score.classes[cls[name]]
                entry.grouped += 1
                entry.correct += correct
            if not chosen:
                score.overall.grouped += 1
                score.overall.correct += correct
    for trap, trap_pairs in corpus.trap_pairs.items():
        wrong = [f"{trap}: {a} ~ {b}" for a, b in trap_pairs if frozenset((a, b)) in grouped]
        score.traps[trap] = (len(wrong), len(trap_pairs))
        score.wrong.extend(wrong)
    if tiers is not None:
        score.tiers_known = True
        for name, (tier, reference) in sorted(tiers.items()):
            if tier is not Tier.PIXELS or family.get(name) != family.get(reference):
                continue
            if _content(cls, name, corpus.not_pixels) != _content(cls, reference, corpus.not_pixels):
                edited = name if name in corpus.not_pixels else reference
                score.classes[cls[edited]].tier_errors += 1
                score.tier_errors.append(f"{name}: pixels beside {reference}")
    return score


def score_scan(corpus: Corpus, result: ScanResult) -> Score:
    """The scores of a scan of corpus.folder, tiers included."""
    grouped, tiers = grouped_and_tiers(result)
    return evaluate(corpus, grouped, tiers=tiers)


def failures(score: Score, phash: Score) -> list[str]:
    """The targets `score` misses; `phash` is plain pHash's score on the same corpus."""
    problems = []
    checks = (
        ("precision", score.overall.precision, TARGET_PRECISION),
        ("recall", score.overall.recall, TARGET_RECALL),
        ("crop recall", score.crops.recall, TARGET_CROP_RECALL),
        ("overlay recall", score.overlays.recall, TARGET_OVERLAY_RECALL),
        ("tiled recall", score.tiled.recall, TARGET_TILED_RECALL),
    )
    for name, value, target in checks:
        if value < target:
            problems.append(f"{name} {value:.3f} < {target}")
    allowed = TARGET_TRAP_SHARE * phash.trap_errors
    if score.trap_errors > allowed:
        problems.append(f"{score.trap_errors} wrongly grouped trap pairs > {allowed:.1f}")
    if score.tiers_known and len(score.tier_errors) > TARGET_TIER_ERRORS:
        problems.append(f"{len(score.tier_errors)} tier errors > {TARGET_TIER_ERRORS}")
    return problems


def class_table(scores: Mapping[str, Score]) -> str:
    """One compact table: per class the labelled pairs, and each matcher's precision and recall
    (and tier errors, where it has tiers); per trap the pairs each matcher wrongly grouped; then
    the summaries the targets are about."""
    matchers = list(scores)
    first = scores[matchers[0]]
    width = max(9, *(len(name) for name in matchers))
    head = f"{'class':21s} {'pairs':>5s}"
    for name in matchers:
        head += f" | {name:>{width}s} P      R" + ("  tier" if scores[name].tiers_known else "")
    lines = [head]

    def row(label: str, entries: list[ClassScore]) -> str:
        text = f"{label:21s} {entries[0].positives:5d}"
        for name, entry in zip(matchers, entries, strict=True):
            text += f" | {'':>{width - 4}s}{entry.precision:5.3f} {entry.recall:6.3f}"
            if scores[name].tiers_known:
                text += f" {entry.tier_errors:5d}" if entry.tier_errors else f" {'':5s}"
        return text

    for cls in sorted(first.classes, key=_class_order):
        lines.append(row(cls, [scores[name].classes[cls] for name in matchers]))
    lines.append("-" * len(head))
    for label, attribute in (("ALL must-group", "overall"), ("crops", "crops"), ("overlays", "overlays"),
                             ("tiled", "tiled")):  # fmt: skip
        lines.append(row(label, [getattr(scores[name], attribute) for name in matchers]))
    lines.append("")
    trap_head = f"{'trap':21s} {'pairs':>5s}" + "".join(
        f" | {name + ' wrong':>{width + 8}s}" for name in matchers
    )
    lines.append(trap_head)
    for trap, (_, total) in first.traps.items():
        lines.append(
            f"{trap:21s} {total:5d}"
            + "".join(f" | {scores[name].traps[trap][0]:{width + 8}d}" for name in matchers)
        )
    lines.append(
        f"{'ALL traps':21s} {first.trap_pairs:5d}"
        + "".join(f" | {scores[name].trap_errors:{width + 8}d}" for name in matchers)
    )
    return "\n".join(lines)


def _class_order(cls: str) -> tuple[int, str]:
    kinds = (CROP_CLASSES, OVERLAY_CLASSES | TILED_CLASSES)
    rank = next((index + 1 for index, kind in enumerate(kinds) if cls in kind), 0)
    return rank + 3 * (cls in ROTATION_CLASSES), cls


def verify_scores(
    corpus: Corpus, records: list[ImageRecord], *, rotations: bool
) -> tuple[float, str, float, str] | None:
    """The lowest must-group and the highest trap verification score (over every rotation and
    mirror, with `rotations`): the margin MIN_SCORE sits in. None if verify no longer has the
    functions this measures with."""
    try:
        thumb_array, similarity = verify.thumb_array, verify.similarity
    except AttributeError:
        return None
    thumbs = {record.entry.path.name: record.fingerprint.thumb for record in records}
    originals = {item.family: item.name for item in corpus.items if item.cls == "original"}

    def best(a: str, b: str, variants: range) -> float:
        base = thumb_array(thumbs[a])
        return max(similarity(base, thumb_array(thumbs[b], v)) for v in variants)

    low, low_name = 2.0, ""
    for item in corpus.items:
        if item.cls in ("original", "copy", *CROP_CLASSES) or item.family not in originals:
            continue
        if item.cls in corpus.trap_pairs or item.name not in thumbs or originals[item.family] not in thumbs:
            continue
        variants = range(8) if item.cls in ROTATION_CLASSES else range(1)
        value = best(originals[item.family], item.name, variants)
        if value < low:
            low, low_name = value, item.name
    high, high_name = -1.0, ""
    for trap, pairs in corpus.trap_pairs.items():
        for a, b in pairs:
            if a in thumbs and b in thumbs:
                value = best(a, b, range(8) if rotations else range(1))
                if value > high:
                    high, high_name = value, f"{trap}: {a} ~ {b}"
    return low, low_name, high, high_name


def verify_cost(
    corpus: Corpus, records: list[ImageRecord], pairs: int = 5_000
) -> tuple[float, float, float] | None:
    """Seconds per pair: uncached (both thumbs prepared from scratch, as for a pair of new
    pictures), cached (as matching meets a reference again), and for template lookalikes
    (which fail after the cropped second look, the dearest case). None if verify no longer
    has the functions this measures with."""
    try:
        thumb_array, similarity, thumb_similarity = (
            verify.thumb_array,
            verify.similarity,
            verify.thumb_similarity,
        )
    except AttributeError:
        return None
    rng = np.random.default_rng(1)
    thumbs = [record.fingerprint.thumb for record in records]
    picks = rng.integers(0, len(thumbs), (pairs, 2)).tolist()
    started = time.perf_counter()
    for i, j in picks:
        similarity(thumb_array(thumbs[i]), thumb_array(thumbs[j]))
    uncached = (time.perf_counter() - started) / pairs
    for i, j in picks:
        thumb_similarity(thumbs[i], thumbs[j])
    started = time.perf_counter()
    for i, j in picks:
        thumb_similarity(thumbs[i], thumbs[j])
    cached = (time.perf_counter() - started) / pairs
    by_name = {record.entry.path.name: record.fingerprint.thumb for record in records}
    lookalikes = corpus.trap_pairs["screenshots"]
    started = time.perf_counter()
    for a, b in lookalikes:
        similarity(thumb_array(by_name[a]), thumb_array(by_name[b]))
    lookalike = (time.perf_counter() - started) / len(lookalikes)
    return uncached, cached, lookalike


def _timed(function: Callable[..., float], spent: list[float]) -> Callable[..., float]:
    def wrapper(*args: object, **kwargs: object) -> float:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    return wrapper


@dataclass(slots=True)
class Report:
    seed: int
    lookalike: Score  # default options
    other: Score | None  # rotations the other way round from the default (full runs only)
    rotations: bool  # the default
    phash: Score
    files: int
    scan_seconds: float
    other_seconds: float | None
    build_seconds: float
    phash_seconds: float
    peak_mb: float
    grown_mb: float
    verify_seconds: float
    verified_pairs: int
    pair_cost: tuple[float, float, float] | None = None  # seconds: uncached, cached, template lookalike
    margins: tuple[float, str, float, str] | None = None  # lowest must-group, highest trap score

    def failures(self) -> list[str]:
        return failures(self.lookalike, self.phash)

    def scores(self) -> dict[str, Score]:
        other = "rot off" if self.rotations else "rot on"
        named = {"Lookalike": self.lookalike}
        if self.other is not None:
            named[other] = self.other
        named["pHash<=8"] = self.phash
        return named

    def summary(self) -> str:
        """One line: the numbers the targets are about, and the time taken."""
        s, p = self.lookalike, self.phash
        failures = self.failures()
        return (
            f"seed {self.seed}: {self.files} files; P {s.overall.precision:.3f} R {s.overall.recall:.3f}"
            f" crops R {s.crops.recall:.3f} overlays R {s.overlays.recall:.3f} tiled R {s.tiled.recall:.3f};"
            f" traps {s.trap_errors} (pHash {p.trap_errors}); tier errors {len(s.tier_errors)};"
            f" build {self.build_seconds:.1f} s, scan {self.scan_seconds:.1f} s"
            f" (verify {self.verify_seconds:.2f} s, {self.verified_pairs} pairs), peak {self.peak_mb:.0f} MB;"
            + (" targets met" if not failures else f" MISSED {len(failures)}")
        )

    def table(self) -> str:
        lines = [
            f"seed {self.seed}: {self.files} files; Lookalike defaults"
            f" (rotations {'on' if self.rotations else 'off'})"
            + (f" vs rotations {'off' if self.rotations else 'on'}" if self.other is not None else "")
            + " vs plain pHash <= 8",
            class_table(self.scores()),
            _summary_lines(self.lookalike, self.phash),
            f"time: build {self.build_seconds:.1f} s, scan {self.scan_seconds:.2f} s"
            + (f" (other scan {self.other_seconds:.2f} s)" if self.other_seconds is not None else "")
            + f", pHash {self.phash_seconds:.1f} s; peak memory during the scan {self.peak_mb:.0f} MB"
            f" ({self.grown_mb:+.0f} MB over before it)",
        ]
        if self.margins is not None:
            low, low_name, high, high_name = self.margins
            lines.append(
                f"verify: MIN_SCORE {getattr(verify, 'MIN_SCORE', '?')}; lowest must-group score {low:.3f}"
                f" ({low_name}) (crops left out), highest trap score {high:.3f} ({high_name})"
            )
        if self.pair_cost is not None:
            lines.append(
                f"verify cost per pair: {self.pair_cost[0] * 1e6:.0f} us uncached,"
                f" {self.pair_cost[1] * 1e6:.0f} us cached, {self.pair_cost[2] * 1e6:.0f} us for a template"
                " lookalike (uncached, with the cropped second look);"
                f" in the default scan {self.verified_pairs} pairs,"
                f" {self.verify_seconds:.3f} s of {self.scan_seconds:.1f} s"
                f" ({100 * self.verify_seconds / self.scan_seconds:.2f}%)"
            )
        failures = self.failures()
        lines.append("targets: " + ("met" if not failures else "MISSED: " + "; ".join(failures)))
        return "\n".join(lines)


def listing(score: Score) -> str:
    """The files behind the numbers: missed copies, wrongly grouped trap pairs, tier errors."""
    lines = [f"missed ({len(score.missed)}): " + ", ".join(sorted(score.missed, key=_by_class))]
    lines.append(f"wrongly grouped trap pairs ({len(score.wrong)}): " + ", ".join(score.wrong))
    lines.append(f"tier errors ({len(score.tier_errors)}): " + ", ".join(score.tier_errors))
    return "\n".join(lines)


def _by_class(name: str) -> tuple[str, str]:
    stem = name.rsplit(".", 1)[0]
    return stem.split("-", 1)[-1], name


def _summary_lines(score: Score, phash: Score) -> str:
    o = score.overall
    lines = [
        f"precision {o.precision:.3f} (target {TARGET_PRECISION}),"
        f" recall {o.recall:.3f} (target {TARGET_RECALL}) over all {o.positives} must-group pairs;"
        f" crop recall {score.crops.recall:.3f} ({TARGET_CROP_RECALL}),"
        f" overlay recall {score.overlays.recall:.3f} ({TARGET_OVERLAY_RECALL}),"
        f" tiled recall {score.tiled.recall:.3f} ({TARGET_TILED_RECALL})",
        f"trap errors {score.trap_errors} of {score.trap_pairs} pairs; plain pHash {phash.trap_errors}"
        f" (allowed: {TARGET_TRAP_SHARE * phash.trap_errors:.1f});"
        f" tier errors {len(score.tier_errors)} (target {TARGET_TIER_ERRORS})",
    ]
    if score.tier_errors:
        shown = ", ".join(score.tier_errors[:6])
        more = f" and {len(score.tier_errors) - 6} more" if len(score.tier_errors) > 6 else ""
        lines.append(f"  in the pixels tier: {shown}{more}")
    return "\n".join(lines)


def run(folder: Path, sizes: Sizes | None = None, *, seed: int = 0, full: bool = True) -> Report:
    """Build the corpus in `folder` (or reuse it), score both matchers, and time the scan.
    `full` also scans with rotations the other way round and measures verification's margins
    and cost."""
    started = time.perf_counter()
    corpus = build(folder / "corpus", sizes or Sizes(), seed=seed)
    build_seconds = time.perf_counter() - started
    rotations = ScanOptions().rotations
    spent: list[float] = []
    original = getattr(verify, "thumb_similarity", None)
    if original is not None:
        verify.thumb_similarity = _timed(original, spent)  # type: ignore[assignment]
    try:
        default = scan_pairs(corpus.folder, folder / "cache-default", rotations=rotations, thumbs=full)
    finally:
        if original is not None:
            verify.thumb_similarity = original  # type: ignore[assignment]
    other = None
    if full:
        other = scan_pairs(corpus.folder, folder / "cache-other", rotations=not rotations, thumbs=False)
    started = time.perf_counter()
    phash_grouped, _ = phash_pairs(corpus)
    phash_seconds = time.perf_counter() - started
    rotation_grouped = other.grouped if other is not None and not rotations else None
    return Report(
        seed=seed,
        lookalike=evaluate(corpus, default.grouped, rotation_grouped, default.tiers),
        other=evaluate(corpus, other.grouped, tiers=other.tiers) if other is not None else None,
        rotations=rotations,
        phash=evaluate(corpus, phash_grouped),
        files=len(corpus.items),
        scan_seconds=default.seconds,
        other_seconds=other.seconds if other is not None else None,
        build_seconds=build_seconds,
        phash_seconds=phash_seconds,
        peak_mb=default.peak_mb,
        grown_mb=default.grown_mb,
        verify_seconds=sum(spent),
        verified_pairs=len(spent),
        pair_cost=verify_cost(corpus, default.records) if full else None,
        margins=verify_scores(corpus, default.records, rotations=rotations) if full else None,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--keep", type=Path, help="build the corpus in this folder and keep it (reused next time)"
    )
    parser.add_argument("--quick", action="store_true", help="a smaller corpus and one scan: for tuning")
    parser.add_argument(
        "--list", action="store_true", help="also list the missed copies, wrong trap pairs and tier errors"
    )
    parser.add_argument(
        "--seed",
        type=int,
        action="append",
        help="corpus seed (repeatable; default 0); seed 0 is the classic corpus",
    )
    args = parser.parse_args(argv)
    seeds = args.seed or [0]
    sizes = QUICK if args.quick else Sizes()
    started = time.perf_counter()
    reports = []
    with tempfile.TemporaryDirectory(prefix="lookalike-accuracy-") as temporary:
        for seed in seeds:
            if args.keep:
                folder = args.keep / f"seed{seed}{'-quick' if args.quick else ''}"
            elif args.quick:  # kept between runs: building is a good part of a quick run
                folder = Path(tempfile.gettempdir()) / "lookalike-accuracy" / f"seed{seed}-quick"
            else:
                folder = Path(temporary) / f"seed{seed}"
            report = run(folder, sizes, seed=seed, full=not args.quick)
            reports.append(report)
            if not args.quick or len(seeds) == 1:
                print(report.table(), flush=True)
                if args.list:
                    print(listing(report.lookalike))
                print()
    if len(reports) > 1:
        combined: dict[str, Score] = {}
        for report in reports:
            for name, score in report.scores().items():
                combined.setdefault(name, Score()).add(score)
        print(f"seeds {', '.join(map(str, seeds))} added up")
        print(class_table(combined))
        print(_summary_lines(combined["Lookalike"], combined["pHash<=8"]))
        for report in reports:
            print(report.summary())
        if args.list:
            print(listing(combined["Lookalike"]))
        failed = failures(combined["Lookalike"], combined["pHash<=8"])
        print("targets: " + ("met" if not failed else "MISSED: " + "; ".join(failed)))
    else:
        failed = reports[0].failures()
    print(f"total {time.perf_counter() - started:.1f} s")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
