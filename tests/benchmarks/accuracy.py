"""Accuracy benchmark: Lookalike's defaults against plain pHash <= 8 on one labelled corpus.

    .venv/bin/python -m tests.benchmarks.accuracy [--keep DIR]

Builds the corpus of accuracy_corpus.py, scans it with scan() and default
ScanOptions, and once more with rotations the other way round (on by default:
so also with --no-rotations), hashes every file the way people do by hand
(imagehash.phash(Image.open(path)), pairs at distance <= 8), and prints pairwise
precision, recall and F1 per class and the wrongly grouped trap pairs of all
three. Every class and every trap is scored from the default scan, so the traps
meet the rotations that a default scan tries. (Where rotations are off by
default, as before Matches v2, the mirror/rotation classes are scored from the
scan with rotations.) Also times the verification stage.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import numpy as np
from PIL import Image

from lookalike.core import verify
from lookalike.core.cache import FingerprintCache
from lookalike.core.models import ImageRecord, ScanOptions
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_corpus import CROP_CLASSES, ROTATION_CLASSES, Corpus, Sizes, build

Pair = frozenset[str]
PHASH_THRESHOLD = 8
TARGET_PRECISION = 0.98
TARGET_RECALL = 0.95
TARGET_TRAP_SHARE = 0.02  # of plain pHash's wrongly grouped trap pairs


@dataclass(slots=True)
class ClassScore:
    positives: int = 0  # labelled must-group pairs (original, copy of this class)
    found: int = 0  # of those, grouped
    grouped: int = 0  # grouped pairs with a file of this class
    correct: int = 0  # of those, within one family

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


@dataclass(slots=True)
class Score:
    """One matcher's results on the corpus."""

    classes: dict[str, ClassScore] = field(default_factory=lambda: defaultdict(ClassScore))
    traps: dict[str, tuple[int, int]] = field(default_factory=dict)  # class -> (wrongly grouped, pairs)
    overall: ClassScore = field(default_factory=ClassScore)  # must-group classes except crops

    @property
    def trap_errors(self) -> int:
        return sum(wrong for wrong, _ in self.traps.values())


def _pairs(names: Iterable[str]) -> set[Pair]:
    return {frozenset(pair) for pair in combinations(sorted(names), 2)}


def scan_pairs(folder: Path, cache: Path, *, rotations: bool) -> tuple[set[Pair], list[ImageRecord], float]:
    """Pairs of file names that a default scan puts in one group, the records (with their thumbs,
    which the scan leaves in the cache), and the seconds taken."""
    started = time.perf_counter()
    options = ScanOptions(rotations=rotations, cache_dir=cache)
    result = scan([folder], options)
    seconds = time.perf_counter() - started
    grouped: set[Pair] = set()
    for group in result.groups:
        grouped |= _pairs(member.path.name for member in group.members)
    stored = FingerprintCache(cache, options.fingerprint_key)
    try:
        thumbs = stored.thumbs(result.images)
    finally:
        stored.close()
    records = [
        replace(r, fingerprint=replace(r.fingerprint, thumb=thumbs[r.fingerprint.digest]))
        for r in result.images
    ]
    return grouped, records, seconds


def phash_pairs(corpus: Corpus) -> tuple[set[Pair], dict[str, int]]:
    """Plain pHash as people use it: hash the file as opened, group pairs within distance 8."""
    import imagehash

    names = [item.name for item in corpus.items]
    hashes = []
    for name in names:
        with Image.open(corpus.folder / name) as image:
            hashes.append(int(str(imagehash.phash(image)), 16))
    values = np.array(hashes, dtype=np.uint64)
    grouped: set[Pair] = set()
    for i in range(len(values)):
        distance = np.bitwise_count(values[i] ^ values[i + 1 :])
        for j in np.nonzero(distance <= PHASH_THRESHOLD)[0]:
            grouped.add(frozenset((names[i], names[i + 1 + int(j)])))
    return grouped, dict(zip(names, hashes, strict=True))


def evaluate(corpus: Corpus, grouped: set[Pair], rotation_grouped: set[Pair] | None = None) -> Score:
    """Pairwise scores; mirror/rotation classes are taken from `rotation_grouped` when given."""
    family = {item.name: item.family for item in corpus.items}
    cls = {item.name: item.cls for item in corpus.items}
    originals = {item.family: item.name for item in corpus.items if item.cls == "original"}
    score = Score()
    for item in corpus.items:
        if item.cls == "original" or item.family not in originals or item.cls in corpus.trap_pairs:
            continue
        pairs = rotation_grouped if rotation_grouped is not None and item.cls in ROTATION_CLASSES else grouped
        found = frozenset((originals[item.family], item.name)) in pairs
        entry = score.classes[item.cls]
        entry.positives += 1
        entry.found += found
        if item.cls not in CROP_CLASSES:
            score.overall.positives += 1
            score.overall.found += found
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
        wrong = sum(frozenset(pair) in grouped for pair in trap_pairs)
        score.traps[trap] = (wrong, len(trap_pairs))
    return score


def verify_scores(
    corpus: Corpus, records: list[ImageRecord], *, rotations: bool
) -> tuple[float, str, float, str]:
    """The lowest must-group and the highest trap verification score (over every rotation and
    mirror, with `rotations`): the margin MIN_SCORE sits in."""
    thumbs = {record.entry.path.name: record.fingerprint.thumb for record in records}
    originals = {item.family: item.name for item in corpus.items if item.cls == "original"}

    def best(a: str, b: str, variants: range) -> float:
        base = verify.thumb_array(thumbs[a])
        return max(verify.similarity(base, verify.thumb_array(thumbs[b], v)) for v in variants)

    low, low_name = 2.0, ""
    for item in corpus.items:
        if item.cls in ("original", "copy", *CROP_CLASSES) or item.family not in originals:
            continue
        variants = range(8) if item.cls in ROTATION_CLASSES else range(1)
        value = best(originals[item.family], item.name, variants)
        if value < low:
            low, low_name = value, item.name
    high, high_name = -1.0, ""
    for trap, pairs in corpus.trap_pairs.items():
        for a, b in pairs:
            value = best(a, b, range(8) if rotations else range(1))
            if value > high:
                high, high_name = value, f"{trap}: {a} ~ {b}"
    return low, low_name, high, high_name


def verify_cost(corpus: Corpus, records: list[ImageRecord], pairs: int = 5_000) -> tuple[float, float, float]:
    """Seconds per pair: uncached (both thumbs prepared from scratch, as for a pair of new
    pictures), cached (as matching meets a reference again), and for template lookalikes
    (which fail after the cropped second look, the dearest case)."""
    rng = np.random.default_rng(1)
    thumbs = [record.fingerprint.thumb for record in records]
    picks = rng.integers(0, len(thumbs), (pairs, 2)).tolist()
    started = time.perf_counter()
    for i, j in picks:
        verify.similarity(verify.thumb_array(thumbs[i]), verify.thumb_array(thumbs[j]))
    uncached = (time.perf_counter() - started) / pairs
    for i, j in picks:
        verify.thumb_similarity(thumbs[i], thumbs[j])
    started = time.perf_counter()
    for i, j in picks:
        verify.thumb_similarity(thumbs[i], thumbs[j])
    cached = (time.perf_counter() - started) / pairs
    by_name = {record.entry.path.name: record.fingerprint.thumb for record in records}
    lookalikes = corpus.trap_pairs["screenshots"]
    started = time.perf_counter()
    for a, b in lookalikes:
        verify.similarity(verify.thumb_array(by_name[a]), verify.thumb_array(by_name[b]))
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
    lookalike: Score  # default options
    other: Score  # rotations the other way round from the default, for comparison
    rotations: bool  # the default
    phash: Score
    files: int
    scan_seconds: float
    other_seconds: float
    verify_seconds: float
    verified_pairs: int
    pair_cost: tuple[float, float, float]  # seconds: uncached, cached, template lookalike
    lowest_copy: tuple[float, str]
    highest_trap: tuple[float, str]

    def failures(self) -> list[str]:
        problems = []
        overall = self.lookalike.overall
        if overall.precision < TARGET_PRECISION:
            problems.append(f"precision {overall.precision:.3f} < {TARGET_PRECISION}")
        if overall.recall < TARGET_RECALL:
            problems.append(f"recall {overall.recall:.3f} < {TARGET_RECALL}")
        allowed = TARGET_TRAP_SHARE * self.phash.trap_errors
        if self.lookalike.trap_errors > allowed:
            problems.append(f"{self.lookalike.trap_errors} wrongly grouped trap pairs > {allowed:.1f}")
        return problems

    def table(self) -> str:
        default = "rotations on" if self.rotations else "rotations off (mirror/rotate90: on)"
        other = "rotations off" if self.rotations else "rotations on"
        lines = [
            f"{self.files} files; Lookalike defaults ({default}) vs {other} vs plain pHash <= 8",
            f"{'class':14s} {'pairs':>5s}   {'Lookalike P':>11s} {'R':>6s} {'F1':>6s}"
            f"   {other + ' P':>15s} {'R':>6s} {'F1':>6s}   {'pHash P':>8s} {'R':>6s} {'F1':>6s}",
        ]
        rows = [(name, self.lookalike.classes[name], self.other.classes[name], self.phash.classes[name])
                for name in self.lookalike.classes]  # fmt: skip
        rows.append(("ALL but crops", self.lookalike.overall, self.other.overall, self.phash.overall))
        for name, a, o, b in rows:
            lines.append(
                f"{name:14s} {a.positives:5d}   {a.precision:11.3f} {a.recall:6.3f} {a.f1:6.3f}"
                f"   {o.precision:15.3f} {o.recall:6.3f} {o.f1:6.3f}"
                f"   {b.precision:8.3f} {b.recall:6.3f} {b.f1:6.3f}"
            )
        lines.append(
            f"{'trap':14s} {'pairs':>5s}   {'Lookalike wrong':>15s}   {other + ' wrong':>19s}"
            f"   {'pHash wrong':>11s}"
        )
        for name, (wrong, total) in self.lookalike.traps.items():
            lines.append(
                f"{name:14s} {total:5d}   {wrong:15d}   {self.other.traps[name][0]:19d}"
                f"   {self.phash.traps[name][0]:11d}"
            )
        lines.append(
            f"{'ALL traps':14s} {'':5s}   {self.lookalike.trap_errors:15d}   {self.other.trap_errors:19d}"
            f"   {self.phash.trap_errors:11d}"
        )
        lines.append(
            f"scan: defaults {self.scan_seconds:.2f} s (verification timed),"
            f" {other} {self.other_seconds:.2f} s"
        )
        lines.append(
            f"verify: MIN_SCORE {verify.MIN_SCORE}; lowest must-group score {self.lowest_copy[0]:.3f}"
            f" ({self.lowest_copy[1]}),"
            f" highest trap score {self.highest_trap[0]:.3f} ({self.highest_trap[1]})"
        )
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


def run(folder: Path, sizes: Sizes | None = None) -> Report:
    """Build the corpus in `folder` (or reuse it), score both matchers, and time verification."""
    corpus = build(folder / "corpus", sizes or Sizes())
    rotations = ScanOptions().rotations
    spent: list[float] = []
    original = verify.thumb_similarity
    verify.thumb_similarity = _timed(original, spent)  # type: ignore[assignment]
    try:
        grouped, records, seconds = scan_pairs(corpus.folder, folder / "cache-default", rotations=rotations)
    finally:
        verify.thumb_similarity = original  # type: ignore[assignment]
    verify_seconds, verified = sum(spent), len(spent)
    other_grouped, _, other_seconds = scan_pairs(
        corpus.folder, folder / "cache-other", rotations=not rotations
    )
    phash_grouped, _ = phash_pairs(corpus)
    low, low_name, high, high_name = verify_scores(corpus, records, rotations=rotations)
    return Report(
        lookalike=evaluate(corpus, grouped, None if rotations else other_grouped),
        other=evaluate(corpus, other_grouped),
        rotations=rotations,
        phash=evaluate(corpus, phash_grouped),
        files=len(corpus.items),
        scan_seconds=seconds,
        other_seconds=other_seconds,
        verify_seconds=verify_seconds,
        verified_pairs=verified,
        pair_cost=verify_cost(corpus, records),
        lowest_copy=(low, low_name),
        highest_trap=(high, high_name),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    args = parser.parse_args(argv)
    if args.keep:
        report = run(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="lookalike-accuracy-") as temporary:
            report = run(Path(temporary))
    print(report.table())
    return 0 if not report.failures() else 1


if __name__ == "__main__":
    sys.exit(main())
