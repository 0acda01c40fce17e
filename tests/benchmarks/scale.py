"""Scale check: many small images through the CLI and the window, and where time and memory go.

    python -m tests.benchmarks.scale --images 100000 --corpus /tmp/lk-scale  # all: over an hour at 100k
    python -m tests.benchmarks.scale --images 10000 --skip-gui       # CLI and phases only
    python -m tests.benchmarks.scale --images 10000 --only memory    # the per-image memory breakdown
    # the window's memory, checked (issue 14); the cache kept for the next run
    python -m tests.benchmarks.scale --only gui --regroups= --warm-cache /tmp/lk-warm --check

The corpus is `corpus.py small --images N`, made on first use: 100,000 images are 7 GB and take
11 minutes on two cores; delete the folder afterwards. Each measurement runs in its own process,
started through the small launcher of measure.py, so its peak RSS is its own:

- `cli`: `lookalike scan --cache-dir <fresh> --quiet --json` cold (13-15 minutes at 100,000
  images; skipped when `--warm-cache DIR` holds a cache), then warm (the stored groups are
  reused), then warm with `--threshold 7` (regroups from the cached fingerprints).
- `phases`: `scan()` in-process on a fresh cache: when each phase starts, the longest gap between
  two progress reports in each phase, RSS over time; `--py-spy` also samples it with py-spy
  (installed separately, not a project dependency) and prints the heaviest stacks.
- `gui`: the real window offscreen on the CLI's warm cache (after `cli` it regroups: the cache holds
  the groups of `--threshold 7`; after the cold scan alone it shows the stored groups): scan end
  to groups shown, visiting and stepping through groups, the results slider (regrouping at each of
  `--regroups`), every freeze of the event loop over 200 ms; RSS after each stage and the exact
  peak during it (VmHWM), and the peak with the review shown: from the scan to the last group
  stepped to, before any regrouping. `--check` exits 1 when that is over WINDOW_PEAK_LIMIT_MB.
- `memory`: tracemalloc's count, by line, for the files a scan gathers and the fingerprints the
  cache loads, as columns (its RSS includes tracemalloc's own).
- `rescan` (issue 16): on a copy of the warm cache, `lookalike scan` with nothing changed,
  `--repeat` times (wall, processor time, peak RSS: the stored groups are reused when the warm cache
  holds this code's groups, else the first run regroups), then in-process `scan()` of the corpus and
  `--added` new pictures in a second folder (corpus.py small, seed 2): how many files it read, when
  grouping started (everything before it is discovery, the cache and the new files' fingerprints)
  and how long grouping took: it checks only the new pictures' pairs when the cache keeps this
  code's checks (25-47 s at 100,000 pictures of this corpus), else every pair again (8-11 minutes;
  the first `lookalike scan` above regroups and keeps them when the code changed since the warm
  cache was made). `--no-regroup` stops it once grouping starts.

Prints one JSON object per measurement; `--json FILE` also writes them all.
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
from collections import Counter
from pathlib import Path
from typing import Any

from lookalike.core.cache import CACHE_FILE
from tests.benchmarks.corpus import Kind, ensure_corpus
from tests.benchmarks.measure import run_child, scan_cli

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
STALL_MS = 200.0
# Issue 14: the window's peak RSS (MB of 10^6 bytes) with the review of 100,000 pictures shown and
# 2,000 groups visited and stepped through, before any regrouping.
WINDOW_PEAK_LIMIT_MB = 400


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as stream:
        return int(stream.read().split()[1]) * PAGE / 1e6


def _peak_rss_mb() -> float:
    """The highest RSS since the process started or since _restart_peak() (VmHWM, Linux): exact,
    where sampling RSS could miss a short peak."""
    with open("/proc/self/status", encoding="ascii") as stream:
        kilobytes = next(int(line.split()[1]) for line in stream if line.startswith("VmHWM:"))
    return kilobytes * 1024 / 1e6


def _restart_peak() -> None:
    """Let VmHWM start again from the RSS now (Linux 4.0 and later)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as stream:
        stream.write("5")


class _RssSampler(threading.Thread):
    """RSS every `interval` seconds, and the peak, from /proc (Linux)."""

    def __init__(self, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.samples: list[tuple[float, float]] = []
        self.peak = 0.0
        self._halt = threading.Event()
        self.started_at = time.perf_counter()

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            rss = _rss_mb()
            self.peak = max(self.peak, rss)
            self.samples.append((round(time.perf_counter() - self.started_at, 2), round(rss)))

    def stop(self) -> None:
        self._halt.set()
        self.join()


# --- children ---------------------------------------------------------------------------------


def child_phases(folder: Path, cache_dir: Path) -> dict[str, Any]:
    """scan() in-process: phase start times, the longest silence between progress reports."""
    from lookalike.core import report
    from lookalike.core.models import Progress, ScanOptions
    from lookalike.core.scan import scan

    sampler = _RssSampler()
    sampler.start()
    started = time.perf_counter()
    phases: dict[str, dict[str, float]] = {}
    last: list[float] = [started]

    def progress(event: Progress) -> None:
        now = time.perf_counter()
        phase = phases.setdefault(
            event.phase.value, {"start_s": round(now - started, 2), "reports": 0, "longest_gap_s": 0.0}
        )
        phase["reports"] += 1
        phase["longest_gap_s"] = round(max(phase["longest_gap_s"], now - last[0]), 2)
        phase["end_s"] = round(now - started, 2)
        last[0] = now

    result = scan([folder], ScanOptions(cache_dir=cache_dir), progress=progress)
    scanned = time.perf_counter()
    text = report.to_json(result)
    written = time.perf_counter()
    sampler.stop()
    return {
        "measure": "phases",
        "images": result.stats.images,
        "groups": len(result.groups),
        "grouped_files": sum(len(g.members) for g in result.groups),
        "errors": len(result.errors),
        "scan_s": round(scanned - started, 2),
        "json_report_s": round(written - scanned, 2),
        "json_report_mb": round(len(text) / 1e6, 1),
        "phases": phases,
        "peak_rss_mb": round(sampler.peak),
        "rss_every_10s": sampler.samples[::100],
    }


def child_added(folder: Path, cache_dir: Path, extra: Path, regroup: bool) -> dict[str, Any]:
    """scan() of `folder` and `extra` (new pictures) on a warm cache: what it read, and the time and
    processor time until grouping started and to the end."""
    import resource

    from lookalike.core.models import Phase, Progress, ScanOptions
    from lookalike.core.scan import scan

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    started, cpu_started = time.perf_counter(), cpu()
    grouping: list[float] = []
    discovered: list[float] = []

    def progress(event: Progress) -> None:
        if event.phase is Phase.DISCOVER and event.total and not discovered:
            discovered.extend((time.perf_counter(), cpu()))
        if event.phase is Phase.MATCH and not grouping:
            grouping.extend((time.perf_counter(), cpu()))

    result = scan(
        [folder, extra], ScanOptions(cache_dir=cache_dir), progress=progress,
        cancelled=lambda: bool(grouping) and not regroup,
    )  # fmt: skip
    ended = time.perf_counter()
    return {
        "measure": f"added {result.stats.images - result.stats.cached} pictures",
        "images": result.stats.images,
        "cached": result.stats.cached,
        "discovery_s": round(discovered[0] - started, 2),
        "discovery_cpu_s": round(discovered[1] - cpu_started, 2),
        "until_grouping_s": round(grouping[0] - started, 2),
        "until_grouping_cpu_s": round(grouping[1] - cpu_started, 2),
        "grouping_s": round(ended - grouping[0], 2) if regroup else None,
        "groups": len(result.groups) if regroup else None,
        "peak_rss_mb": round(_peak_rss_mb()),
    }


def child_memory(folder: Path, cache_dir: Path) -> dict[str, Any]:
    """Per-image memory on a warm cache: tracemalloc over gathering the files and the fingerprints
    the cache loads as a scan does (pictures.Gathering), by line."""
    import gc
    import tracemalloc

    from lookalike.core.cache import FingerprintCache
    from lookalike.core.discovery import Findings, discover_found
    from lookalike.core.models import ScanOptions
    from lookalike.core.pictures import Gathering

    options = ScanOptions(cache_dir=cache_dir)
    rss_start = _rss_mb()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    gathering = Gathering()
    for found in discover_found((folder.resolve(),), options, Findings()):
        gathering.add_files(found.columns())
    rss_files = _rss_mb()
    cache = FingerprintCache(cache_dir, options.fingerprint_key)
    cache.load(gathering)
    pictures = gathering.pictures()
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    cache.close()
    count = len(pictures)
    traced = sorted(after.compare_to(before, "lineno"), key=lambda s: -s.size_diff)[:8]
    return {
        "measure": "memory",
        "images": count,
        "rss_mb": {
            "start": round(rss_start),
            "after_discovery": round(rss_files),
            "after_load": round(_rss_mb()),
        },
        "tracemalloc_bytes_per_image_by_line": [
            {
                "where": str(stat.traceback[0]),
                "bytes_per_image": round(stat.size_diff / count, 1),
                "blocks_per_image": round(stat.count_diff / count, 2),
            }
            for stat in traced
        ],
        "tracemalloc_total_per_image": round(
            sum(s.size_diff for s in after.compare_to(before, "filename")) / count, 1
        ),
    }


def child_gui(folder: Path, cache_dir: Path, steps: int, regroups: list[int]) -> dict[str, Any]:
    """The real window, offscreen, on a warm cache: how long each thing takes, every freeze, and RSS
    after each stage with the peak during it (also printed to stderr as each stage ends)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import lookalike.ui.controller as controller_module
    from lookalike.core.decisions import DecisionStore
    from lookalike.ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="lookalike-scale-gui-"))
    marks: dict[str, float] = {}
    stalls: list[tuple[str, float]] = []
    label = ["idle"]
    last_tick = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gap = (now - last_tick[0]) * 1000
        if gap > STALL_MS:
            stalls.append((label[0], round(gap)))
        last_tick[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()

    real_scan = controller_module.scan

    def timed_scan(*args: Any, **kwargs: Any) -> Any:
        result = real_scan(*args, **kwargs)
        marks["scan_returned"] = time.perf_counter()
        return result

    controller_module.scan = timed_scan  # type: ignore[assignment]

    class Answers:
        def confirm(self, *_args: Any, **_kwargs: Any) -> bool:
            return False

        def __getattr__(self, _name: str) -> Any:
            return lambda *_args, **_kwargs: None

    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    decisions = DecisionStore(scratch / "decisions.sqlite3")
    window = MainWindow(settings=settings, dialogs=Answers(), log_dir=scratch / "logs",  # type: ignore[arg-type]
                        journal=scratch / "journal.jsonl", decisions=decisions)  # fmt: skip
    window.resize(1100, 700)
    window.show()
    shown = threading.Event()
    window.results_shown.connect(
        lambda: (marks.__setitem__("results_shown", time.perf_counter()), shown.set())
    )
    window.controller.busy_changed.connect(
        lambda busy: None if busy else marks.__setitem__("scan_finished_on_gui", time.perf_counter())
    )

    def wait(until: Any, timeout: float = 900.0) -> float:
        began = time.perf_counter()
        while not until():
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - began > timeout:
                raise TimeoutError(label[0])
        return time.perf_counter() - began

    def settle(seconds: float = 0.5) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    out: dict[str, Any] = {"measure": "gui", "rss_mb_by_stage": []}
    peaks: list[float] = []

    def stage_done(name: str) -> None:
        peaks.append(_peak_rss_mb())
        _restart_peak()
        measured = {"stage": name, "rss_mb": round(_rss_mb()), "peak_mb": round(peaks[-1])}
        out["rss_mb_by_stage"].append(measured)
        print(json.dumps(measured), file=sys.stderr, flush=True)

    stage_done("window open")
    window.add_folders([folder])
    # The window scans with the platform's cache folder; point it at the warm one.
    chosen_options = window.start.scan_options
    window.start.scan_options = lambda: _with_cache(chosen_options(), cache_dir)  # type: ignore[method-assign]
    settle(0.3)
    rss_before = _rss_mb()
    label[0] = "scan (warm cache)"
    started = time.perf_counter()
    assert window.start_scan()
    wait(shown.is_set)
    stage_done("scan to results shown")
    label[0] = "after results shown"
    settle(1.0)
    stage_done("results shown, 1 s later")
    review = window.review
    assert review is not None
    out["images"] = review.result.stats.images
    out["groups"] = len(review.groups)
    out["rss_mb_before_scan"] = round(rss_before)
    out["scan_s"] = round(marks["scan_returned"] - started, 2)
    out["scan_return_to_gui_s"] = round(marks["scan_finished_on_gui"] - marks["scan_returned"], 2)
    out["gui_finished_to_shown_s"] = round(marks["results_shown"] - marks["scan_finished_on_gui"], 2)
    out["rss_mb_after_shown"] = round(_rss_mb())

    label[0] = "select_group"
    rows = len(review.groups)
    picks = sorted({(i * 7919) % rows for i in range(min(steps, rows))})
    times = []
    began = time.perf_counter()
    for row in picks:
        one = time.perf_counter()
        window.select_group(row)
        app.processEvents()
        times.append((time.perf_counter() - one) * 1000)
    stage_done("select_group")
    out["select_group"] = {
        "groups_visited": len(picks),
        "total_s": round(time.perf_counter() - began, 2),
        "median_ms": round(sorted(times)[len(times) // 2], 1),
        "max_ms": round(max(times), 1),
    }
    label[0] = "step_group (arrow keys)"
    window.select_group(0)
    times = []
    for _ in range(min(steps, rows - 1)):
        one = time.perf_counter()
        window.step_group(1)
        app.processEvents()
        times.append((time.perf_counter() - one) * 1000)
    out["step_group"] = {"steps": len(times), "median_ms": round(sorted(times)[len(times) // 2], 1),
                         "max_ms": round(max(times), 1)}  # fmt: skip
    label[0] = "after stepping"
    settle(1.0)
    stage_done("step_group")
    out["peak_rss_mb_review_shown"] = round(max(peaks))

    regrouped = []
    for position in regroups:
        label[0] = f"slider to {position} (regroup)"
        shown.clear()
        began = time.perf_counter()
        window.results.results_sensitivity.setValue(position)
        try:
            wait(shown.is_set)
        except TimeoutError:  # the measurements so far still count; the window stops it when it closes
            regrouped.append({"position": position, "timed_out_after_s": round(time.perf_counter() - began)})
            stage_done(f"regroup at slider {position}, timed out")
            break
        regrouped.append({"position": position, "seconds": round(time.perf_counter() - began, 2),
                          "groups": len(window.review.groups) if window.review else 0})  # fmt: skip
        label[0] = f"after slider to {position}"
        settle(1.0)
        stage_done(f"regroup at slider {position}")
    out["regroup"] = regrouped
    out["stalls_over_200ms"] = stalls
    out["peak_rss_mb"] = round(max(peaks))
    window.shutdown()
    decisions.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return out


def _with_cache(options: Any, cache_dir: Path) -> Any:
    from dataclasses import replace

    return replace(options, cache_dir=cache_dir)


# --- parent -----------------------------------------------------------------------------------


def measure_in_child(
    kind: str, folder: Path, cache_dir: Path, *extra: str, spy: Path | None = None
) -> dict[str, Any]:
    """Measurement `kind` in a process of its own: its JSON, with the process's wall time, CPU time
    and peak RSS (`child_maxrss_mb`: MiB, from rusage)."""
    command = [sys.executable, "-m", "tests.benchmarks.scale", "--child", kind, "--folder", str(folder),
               "--cache-dir", str(cache_dir), *extra]  # fmt: skip
    if spy is not None:
        py_spy = Path(sys.executable).with_name("py-spy")
        command = [str(py_spy), "record", "--format", "raw", "--rate", "50", "-o", str(spy), "--", *command]
    child = run_child(command)
    if child.returncode != 0:
        raise RuntimeError(f"{kind} child exited {child.returncode}: {child.stderr[-3000:]}")
    line = next(line for line in reversed(child.stdout.splitlines()) if line.startswith('{"measure"'))
    measured: dict[str, Any] = json.loads(line)
    measured["wall_s"] = round(child.seconds, 2)
    measured["child_maxrss_mb"] = round(child.maxrss_mb)
    measured["cpu_s"] = round(child.cpu_seconds, 1)
    return measured


def _cli(folder: Path, cache_dir: Path, label: str, *extra: str) -> dict[str, Any]:
    timed, result = scan_cli(folder, cache_dir, label, *extra)
    groups = result["groups"]
    assert isinstance(groups, list)
    return {
        "measure": f"cli {label}",
        "images": timed.images,
        "groups": len(groups),
        "wall_s": round(timed.seconds, 2),
        "scan_s": timed.inner_seconds,
        "peak_rss_mb": round(timed.maxrss_mb or 0),
        "cpu_s": round(timed.cpu_seconds or 0, 1),
    }


def make_warm_cache(folder: Path, cache_dir: Path) -> dict[str, Any]:
    """A cold CLI scan of `folder` whose cache becomes `cache_dir` once it is complete, holding the
    groups of the default threshold; returns its measurement."""
    building = cache_dir.with_name(cache_dir.name + ".partial")
    shutil.rmtree(building, ignore_errors=True)
    measured = _cli(folder, building, "cold")
    building.rename(cache_dir)
    return measured


def heaviest_stacks(raw: Path, top: int = 15) -> list[tuple[str, float]]:
    """Inclusive share of samples per function (file:name), from py-spy's raw (collapsed) output."""
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count_text = line.rpartition(" ")
        count = int(count_text)
        total += count
        names = {frame.split(" (")[0] + " " + frame.split("(")[-1].split(":")[0].rsplit("/", 1)[-1]
                 for frame in stack.split(";")}  # fmt: skip
        for name in names:
            inclusive[name] += count
    return [(name, round(100 * count / total, 1)) for name, count in inclusive.most_common(top)]


def _positions(text: str) -> list[int]:
    return [int(position) for position in text.split(",") if position.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.scale", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--images", type=int, default=100_000)
    parser.add_argument(
        "--corpus", type=Path, default=None, metavar="DIR", help="corpus root (see corpus.py)"
    )
    parser.add_argument("--only", choices=["cli", "phases", "gui", "memory", "rescan"], action="append")
    parser.add_argument("--skip-gui", action="store_true")
    parser.add_argument("--py-spy", action="store_true", help="sample the phases child with py-spy")
    parser.add_argument("--steps", type=int, default=2000, help="groups visited in the window")
    parser.add_argument(
        "--regroups", type=_positions, default=[1, 3, 2], metavar="P,P,...",
        help="results slider positions the window regroups at, in turn ('' for none; default 1,3,2)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--check", action="store_true",
        help=f"exit 1 when the window's peak RSS with the review shown is over {WINDOW_PEAK_LIMIT_MB} MB",
    )  # fmt: skip
    parser.add_argument(
        "--warm-cache", type=Path, default=None, metavar="DIR",
        help="keep the CLI's cache in DIR and reuse it: the cold scan (13 min at 100k) only the first time",
    )  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3, help="rescans with nothing changed (default 3)")
    parser.add_argument("--added", type=int, default=1000, help="new pictures for `rescan` (default 1,000)")
    parser.add_argument("--no-regroup", action="store_true", help="`rescan`: stop when grouping starts")
    parser.add_argument("--child", choices=["phases", "gui", "memory", "added"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--extra", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        if args.child == "phases":
            measured = child_phases(args.folder, args.cache_dir)
        elif args.child == "memory":
            measured = child_memory(args.folder, args.cache_dir)
        elif args.child == "added":
            measured = child_added(args.folder, args.cache_dir, args.extra, not args.no_regroup)
        else:
            measured = child_gui(args.folder, args.cache_dir, args.steps, args.regroups)
        print(json.dumps(measured))
        sys.stdout.flush()
        os._exit(0)  # the window's and the pools' teardown are not what is measured
    folder, manifest = ensure_corpus(
        Kind.SMALL, args.images, root=args.corpus, log=lambda m: print(m, file=sys.stderr)
    )
    wanted = set(args.only or ["cli", "phases", "gui", "memory", "rescan"]) - (
        {"gui"} if args.skip_gui else set()
    )
    results: list[dict[str, Any]] = []

    def done(measured: dict[str, Any]) -> None:
        results.append(measured)
        print(json.dumps(measured), flush=True)

    with tempfile.TemporaryDirectory(prefix="lookalike-scale-") as scratch:
        warm = args.warm_cache or Path(scratch) / "cache-cli"
        print(f"{len(manifest.files)} files in {folder}, load {os.getloadavg()}", file=sys.stderr)
        if wanted & {"cli", "gui", "memory", "rescan"} and not (warm / CACHE_FILE).exists():
            done(make_warm_cache(folder, warm))
        if "cli" in wanted:
            done(_cli(folder, warm, "warm"))
            done(_cli(folder, warm, "warm --threshold 7", "--threshold", "7"))
        if "phases" in wanted:
            spy = Path(scratch) / "py-spy.txt" if args.py_spy else None
            measured = measure_in_child("phases", folder, Path(scratch) / "cache-phases", spy=spy)
            if spy is not None and spy.exists():
                measured["py_spy_inclusive_percent"] = heaviest_stacks(spy)
            done(measured)
        if "memory" in wanted:
            done(measure_in_child("memory", folder, warm))
        if "rescan" in wanted:
            copy = Path(scratch) / "cache-rescan"  # the warm cache stays as it was
            shutil.copytree(warm, copy)
            for _ in range(args.repeat):
                done(_cli(folder, copy, "rescan, nothing changed"))
            extra, _ = ensure_corpus(Kind.SMALL, args.added, seed=2, root=Path(scratch) / "added")
            flags = ["--extra", str(extra), *(["--no-regroup"] if args.no_regroup else [])]
            done(measure_in_child("added", folder, copy, *flags))
        if "gui" in wanted:
            regroups = ",".join(map(str, args.regroups))
            done(measure_in_child("gui", folder, warm, "--steps", str(args.steps), f"--regroups={regroups}"))
        print(f"load {os.getloadavg()}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.check:
        peak = next((m["peak_rss_mb_review_shown"] for m in results if m["measure"] == "gui"), None)
        passed = peak is not None and peak < WINDOW_PEAK_LIMIT_MB
        print(f"{'PASS' if passed else 'FAIL'}: the window's peak with the review shown {peak} MB "
              f"(must be under {WINDOW_PEAK_LIMIT_MB} MB)", file=sys.stderr)  # fmt: skip
        return 0 if passed else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
