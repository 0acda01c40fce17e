"""The speed benchmark of issue 2, in one run on the same files, with PASS/FAIL per target.

    python -m tests.benchmarks.run          # 300 x 12 MP JPEGs, 100k + 1M hashes, 10k small images
    python -m tests.benchmarks.run --images 60 --skip-million --small-images 2000   # a quicker look

Steps: make (or reuse) the corpus; read every file once so all contenders read from the OS cache;
time the naive loop (imagehash.phash(Image.open(p)), one thread); cold ``lookalike scan`` (empty
fingerprint cache) through the real CLI in its own process and through ``scan()`` in this one;
the warm rescan of each (same cache); grouping of synthetic 64-bit hashes at threshold 8 in child
processes (time and peak RSS); and the peak RSS of a CLI scan of the small-image corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

import PIL

import lookalike
from tests.benchmarks.corpus import ENV_VAR, Kind, ensure_corpus, image_files
from tests.benchmarks.measure import (
    Timed,
    grouping_child,
    groups_of_json,
    groups_of_result,
    naive_loop,
    planted_found,
    scan_cli,
    scan_in_process,
    warm_page_cache,
)

COLD_OVER_NAIVE = 6.0
WARM_SPEEDUP = 50.0
GROUP_100K_SECONDS = 5.0
GROUP_1M_SECONDS = 120.0
GROUP_1M_RSS_MB = 1536.0
SCAN_10K_RSS_MB = 500.0


@dataclass(frozen=True, slots=True)
class Row:
    measure: str
    value: str
    target: str
    ok: bool | None  # None: informative, no target

    @property
    def status(self) -> str:
        return "" if self.ok is None else ("PASS" if self.ok else "FAIL")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _timed_row(timed: Timed) -> Row:
    extra = f", scan itself {timed.inner_seconds:.2f} s" if timed.inner_seconds is not None else ""
    rss = f", peak RSS {timed.maxrss_mb:.0f} MB" if timed.maxrss_mb is not None else ""
    cpu = f", CPU {timed.cpu_seconds:.2f} s" if timed.cpu_seconds is not None else ""
    return Row(timed.label, f"{timed.seconds:.2f} s, {timed.rate:.1f} img/s{extra}{cpu}{rss}", "", None)


def photos_rows(args: argparse.Namespace, results: dict[str, object]) -> list[Row]:
    folder, manifest = ensure_corpus(Kind.PHOTOS, args.images, seed=args.seed, root=args.corpus, log=_log)
    files = image_files(folder)
    read = warm_page_cache(files)
    full = sum(1 for name in manifest.files if not name.startswith("resized/"))
    _log(f"corpus {folder}: {len(files)} JPEGs ({full} at 4000x3000), {read / 1e6:.0f} MB, in the OS cache")
    rows = [Row("corpus", f"{len(files)} JPEGs ({full} x 12 MP), {read / 1e6:.0f} MB", "", None)]

    rounds: list[list[Timed]] = []
    for round_number in range(1, args.repeat + 1):
        # Interleaved rounds, best of each kept: a burst of load elsewhere hits one round, not one contender.
        _log(f"round {round_number}/{args.repeat}: naive loop ...")
        naive = naive_loop(files[: args.naive_limit] if args.naive_limit else files)
        _log(f"  {naive.seconds:.1f} s, {naive.rate:.2f} img/s")
        with tempfile.TemporaryDirectory(prefix="lookalike-bench-cache-") as scratch:
            cli_cache, lib_cache = Path(scratch) / "cli", Path(scratch) / "lib"
            _log("  cold and warm scans, CLI and in-process ...")
            cli_cold, cli_result = scan_cli(
                folder, cli_cache, "cold `lookalike scan` (CLI process, empty cache)"
            )
            cli_warm, _ = scan_cli(folder, cli_cache, "warm `lookalike scan` (CLI process, full cache)")
            # Fingerprints cached, but another threshold: the stored groups do not apply, it regroups.
            cli_regroup, _ = scan_cli(
                folder, cli_cache, "warm `lookalike scan --threshold 7` (CLI, regrouped)",
                "--threshold", "7",
            )  # fmt: skip
            lib_cold, lib_result = scan_in_process(folder, lib_cache, "cold scan() in-process, empty cache")
            lib_warm, _ = scan_in_process(folder, lib_cache, "warm scan() in-process, full cache")
        rounds.append([naive, cli_cold, lib_cold, cli_warm, lib_warm, cli_regroup])
        for timed in rounds[-1][1:]:
            _log(f"  {_timed_row(timed).measure}: {_timed_row(timed).value}")
    timings = [min(runs, key=lambda t: t.seconds) for runs in zip(*rounds, strict=True)]
    naive, cli_cold, lib_cold, cli_warm, lib_warm, cli_regroup = timings
    if args.repeat > 1:
        rows.append(Row("rounds", f"best of {args.repeat} interleaved rounds per contender", "", None))
    rows += [_timed_row(t) for t in timings]

    found, planted = planted_found(groups_of_result(lib_result), folder, manifest.planted)
    cli_found, _ = planted_found(groups_of_json(cli_result), folder, manifest.planted)
    rows.append(Row("planted copies grouped with their original (in-process / CLI)",
                    f"{found}/{planted} / {cli_found}/{planted}", f"{planted}/{planted}",
                    found == planted and cli_found == planted))  # fmt: skip
    for timed, name in ((cli_cold, "CLI"), (lib_cold, "in-process")):
        ratio = timed.rate / naive.rate
        rows.append(Row(f"cold {name} throughput / naive", f"{ratio:.2f}x", f">= {COLD_OVER_NAIVE:.0f}x",
                        ratio >= COLD_OVER_NAIVE))  # fmt: skip
    for cold, warm, name in (
        (cli_cold, cli_warm, "CLI, process wall time"),
        (lib_cold, lib_warm, "in-process"),
    ):
        ratio = cold.seconds / warm.seconds
        rows.append(Row(f"warm speed-up over cold ({name})", f"{ratio:.1f}x", f">= {WARM_SPEEDUP:.0f}x",
                        ratio >= WARM_SPEEDUP))  # fmt: skip
    ratio = cli_cold.seconds / cli_regroup.seconds
    rows.append(Row("speed-up over cold of a rescan that must regroup (CLI, --threshold 7)", f"{ratio:.1f}x",
                    "(informative)", None))  # fmt: skip
    if naive.cpu_seconds and lib_cold.cpu_seconds:
        # CPU time barely moves when other work shares the machine; wall time does, most for the
        # two-thread scan. Per image CPU of naive / scan = the speed-up the scan would reach on one
        # core; on two idle cores up to twice that.
        per_naive = naive.cpu_seconds / naive.images * 1000
        per_scan = lib_cold.cpu_seconds / lib_cold.images * 1000
        rows.append(Row("CPU per image: naive / cold scan (in-process, all threads)",
                        f"{per_naive:.0f} ms / {per_scan:.1f} ms = {per_naive / per_scan:.2f}x",
                        "(informative)", None))  # fmt: skip
    if cli_cold.inner_seconds and cli_warm.inner_seconds:
        ratio = cli_cold.inner_seconds / cli_warm.inner_seconds
        rows.append(Row("warm speed-up over cold (CLI, stats.seconds: scan only)", f"{ratio:.1f}x",
                        "(informative)", None))  # fmt: skip
    results["photos"] = {
        "folder": str(folder),
        "files": len(files),
        "best": [asdict(t) for t in timings],
        "rounds": [[asdict(t) for t in one] for one in rounds],
    }
    return rows


def grouping_rows(args: argparse.Namespace, results: dict[str, object]) -> list[Row]:
    rows: list[Row] = []
    sizes = [100_000] if args.skip_million else [100_000, 1_000_000]
    measured: list[dict[str, object]] = []
    for count in sizes:
        for level in ("index", "groups"):
            _log(f"grouping {count:,} hashes, level {level} ...")
            run = grouping_child(level, count)
            measured.append(run)
            _log(f"  {run}")
            seconds, rss = float(str(run["seconds"])), float(str(run["child_maxrss_mb"]))
            what = "hamming.near_pairs" if level == "index" else "matching.find_groups"
            recall = f"planted {run['planted_found']}/{run['planted']}"
            value = f"{seconds:.2f} s, {rss:.0f} MB, {recall}"
            if count == 100_000:
                target, ok = f"< {GROUP_100K_SECONDS:.0f} s", seconds < GROUP_100K_SECONDS
            else:
                target = f"< {GROUP_1M_SECONDS:.0f} s, < {GROUP_1M_RSS_MB:.0f} MB"
                ok = seconds < GROUP_1M_SECONDS and rss < GROUP_1M_RSS_MB
            rows.append(Row(f"group {count:,} hashes, t=8 ({what})", value, target, ok))
    results["grouping"] = measured
    return rows


def small_rows(args: argparse.Namespace, results: dict[str, object]) -> list[Row]:
    folder, manifest = ensure_corpus(
        Kind.SMALL, args.small_images, seed=args.seed, root=args.corpus, log=_log
    )
    files = image_files(folder)
    warm_page_cache(files)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-cache-") as scratch:
        _log(f"scan of {len(files)} small images, CLI ...")
        cold, result = scan_cli(folder, Path(scratch), f"cold CLI scan of {len(files):,} small images")
        warm, _ = scan_cli(folder, Path(scratch), f"warm CLI scan of {len(files):,} small images")
    found, planted = planted_found(groups_of_json(result), folder, manifest.planted)
    rows += [_timed_row(cold), _timed_row(warm)]
    _log(f"  {rows[0].value}; {rows[1].value}")
    rows.append(Row("small images: planted copies grouped", f"{found}/{planted}", "(informative)", None))
    target = SCAN_10K_RSS_MB if len(files) >= 10_000 else None
    for timed in (cold, warm):
        assert timed.maxrss_mb is not None
        name = f"peak RSS, {timed.label}"
        if target is None:
            rows.append(Row(name, f"{timed.maxrss_mb:.0f} MB", "(target is for 10,000)", None))
        else:
            rows.append(
                Row(name, f"{timed.maxrss_mb:.0f} MB", f"< {target:.0f} MB", timed.maxrss_mb < target)
            )
    results["small"] = {"folder": str(folder), "timings": [asdict(cold), asdict(warm)]}
    return rows


def render(rows: list[Row]) -> str:
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("measure", "value", "target")]
    header = f"{'measure':<{widths[0]}}  {'measured':<{widths[1]}}  {'target':<{widths[2]}}  result"
    lines = [header, "-" * len(header)]
    lines += [
        f"{r.measure:<{widths[0]}}  {r.value:<{widths[1]}}  {r.target:<{widths[2]}}  {r.status}" for r in rows
    ]
    return "\n".join(lines)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--images", type=int, default=300, help="12 MP JPEGs in the photo corpus (default 300)")
    p.add_argument("--small-images", type=int, default=10_000, help="files in the small-image corpus")
    p.add_argument(
        "--corpus",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"where corpora are kept (default: ${ENV_VAR} or /tmp/lookalike-bench-corpus)",
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--repeat", type=int, default=1, help="photo rounds; the best time of each contender counts"
    )
    p.add_argument("--naive-limit", type=int, default=0, help="time the naive loop on the first N files only")
    p.add_argument("--skip-photos", action="store_true")
    p.add_argument("--skip-grouping", action="store_true")
    p.add_argument("--skip-million", action="store_true", help="group 100,000 hashes but not 1,000,000")
    p.add_argument("--skip-small", action="store_true")
    p.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write all measurements here")
    return p  # fmt: skip


def _code_under_test() -> str:
    """Which lookalike is measured: its folder and, when it is a git checkout, the commit (+dirty)."""
    package = Path(lookalike.__file__).resolve().parent
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=package, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "."],
            cwd=package,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"lookalike {lookalike.__version__} from {package}"
    state = " + uncommitted changes" if dirty else ""
    return f"lookalike {lookalike.__version__} from {package}, commit {commit}{state}"


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command = "python -m tests.benchmarks.run " + shlex.join(sys.argv[1:] if argv is None else argv)
    started = time.monotonic()
    results: dict[str, object] = {
        "command": command,
        "machine": f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"Pillow {PIL.__version__}, load average at start {os.getloadavg()[0]:.2f}",
        "code": _code_under_test(),
    }
    _log(f"{results['machine']}\n{results['code']}")
    rows: list[Row] = []
    sections = [
        ("photos", args.skip_photos, photos_rows),
        ("grouping", args.skip_grouping, grouping_rows),
        ("small images", args.skip_small, small_rows),
    ]
    for name, skipped, section in sections:
        if skipped:
            continue
        try:
            rows += section(args, results)
        except Exception as exc:  # one broken step must not lose the others' numbers
            traceback.print_exc()
            rows.append(
                Row(f"{name}: could not be measured", f"{type(exc).__name__}: {str(exc)[:80]}", "", False)
            )
    table = render(rows)
    results["load_average_at_end"] = round(os.getloadavg()[0], 2)
    print(
        f"\n{results['machine']}, at end {results['load_average_at_end']:.2f}\n{results['code']}\n\n{table}\n"
    )
    print(f"reproduce (from the repository root): {command.strip()}")
    print(f"total benchmark time {time.monotonic() - started:.0f} s")
    results["rows"] = [asdict(r) | {"status": r.status} for r in rows]
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
