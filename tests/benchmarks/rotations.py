"""What finding rotated and mirrored copies adds to a cold scan (Matches v2: at most 20 %).

    python -m tests.benchmarks.rotations photos --images 300 --repeat 3   # the 12 MP corpus
    python -m tests.benchmarks.rotations small --images 100000           # the small-image tree

Makes (or reuses) the corpus of corpus.py, reads every file once so every run reads from the OS
cache, then times interleaved rounds of two cold scans with fresh fingerprint caches: one with
rotations off and one with them on (the default), in the order off/on, then on/off, and so on.
Each round runs

- `lookalike scan --quiet --json` through the real entry point in its own process (wall time,
  CPU time of all threads, peak RSS, the scan's own stats.seconds), and
- with `--phases`, scan() in a child process that reports when each phase ended, its CPU time,
  and inside matching the time in the Hamming index (near_pairs) and in the pixel check.

Prints the best round of each and the extra cost of rotations, as JSON lines and a table; exits 1
when the extra wall time of the CLI scan is over `--limit` (default 20 %). To measure another
commit, put its `app` first on PYTHONPATH (tests/benchmarks/README.md): a build whose default is
rotations off (before Matches v2) is measured the same way, `--rotations` turning them on.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks.corpus import Kind, ensure_corpus, image_files
from tests.benchmarks.measure import Timed, run_child, scan_cli, warm_page_cache

LIMIT = 0.20


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _switch(rotations: bool) -> list[str]:
    """The CLI options that set rotations on or off, in this build of Lookalike."""
    from lookalike.core.models import ScanOptions

    if rotations:
        return ["--rotations"]  # accepted before and after they became the default
    return ["--no-rotations"] if ScanOptions().rotations else []


# --- the child that times scan()'s phases -------------------------------------------------------


def child_phases(folder: Path, cache_dir: Path, rotations: bool) -> dict[str, Any]:
    import resource

    from lookalike.core import matching, verify
    from lookalike.core.models import Phase, Progress, ScanOptions
    from lookalike.core.scan import scan

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    spent: dict[str, float] = {"near_pairs": 0.0, "pixel_check": 0.0}
    calls: dict[str, int] = {"near_pairs": 0, "pixel_check": 0}

    def timed(name: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
                calls[name] += 1

        return wrapper

    index = "near_pairs_each" if hasattr(matching, "near_pairs_each") else "near_pairs"  # or an older build's
    setattr(matching, index, timed("near_pairs", getattr(matching, index)))
    verify.thumb_similarity = timed("pixel_check", verify.thumb_similarity)

    marks: dict[str, tuple[float, float]] = {}
    started, cpu_started = time.perf_counter(), cpu()

    def progress(event: Progress) -> None:
        if event.phase is Phase.FINGERPRINT and "discovered" not in marks:
            marks["discovered"] = (time.perf_counter(), cpu())
        if event.phase is Phase.MATCH:
            marks.setdefault("fingerprinted", (time.perf_counter(), cpu()))

    options = ScanOptions(cache_dir=cache_dir, rotations=rotations)
    result = scan([folder], options, progress=progress)
    ended, cpu_ended = time.perf_counter(), cpu()
    discovered = marks.get("discovered", (started, cpu_started))
    fingerprinted = marks.get("fingerprinted", discovered)
    return {
        "rotations": rotations,
        "images": result.stats.images,
        "groups": len(result.groups),
        "grouped_files": sum(len(group.members) for group in result.groups),
        "seconds": round(ended - started, 3),
        "cpu_seconds": round(cpu_ended - cpu_started, 3),
        "discovery_s": round(discovered[0] - started, 3),
        "fingerprint_s": round(fingerprinted[0] - discovered[0], 3),
        "fingerprint_cpu_s": round(fingerprinted[1] - discovered[1], 3),
        "match_s": round(ended - fingerprinted[0], 3),
        "match_cpu_s": round(cpu_ended - fingerprinted[1], 3),
        "near_pairs_s": round(spent["near_pairs"], 3),
        "pixel_checks": calls["pixel_check"],
        "pixel_check_s": round(spent["pixel_check"], 3),
    }


def _phases(folder: Path, cache_dir: Path, rotations: bool) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.benchmarks.rotations", "--child-phases", str(folder),
               str(cache_dir), "on" if rotations else "off"]  # fmt: skip
    child = run_child(command)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {child.stderr[-2000:]}")
    measured: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    measured["child_wall_s"] = round(child.seconds, 3)
    measured["child_maxrss_mb"] = round(child.maxrss_mb, 1)
    return measured


# --- the runner ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Round:
    rotations: bool
    cli: Timed
    grouped_files: int
    phases: dict[str, Any] | None


def _one(folder: Path, scratch: Path, rotations: bool, number: int, phases: bool) -> Round:
    name = "on" if rotations else "off"
    label = f"cold `lookalike scan` {' '.join(_switch(rotations)) or '(default)'}"
    timed, result = scan_cli(folder, scratch / f"cli-{name}-{number}", label, *_switch(rotations))
    groups = result["groups"]
    assert isinstance(groups, list)
    grouped = sum(len(group["files"]) for group in groups)
    measured = _phases(folder, scratch / f"lib-{name}-{number}", rotations) if phases else None
    _log(
        f"  rotations {name}: {timed.seconds:.2f} s wall, {timed.cpu_seconds or 0:.2f} s CPU,"
        f" {timed.maxrss_mb or 0:.0f} MB, {grouped} files in groups"
        + (f"; phases {measured}" if measured else "")
    )
    return Round(rotations, timed, grouped, measured)


def _best(rounds: list[Round], rotations: bool) -> Round:
    return min((r for r in rounds if r.rotations is rotations), key=lambda r: r.cli.seconds)


def _extra(on: float, off: float) -> str:
    return f"{on:.2f} / {off:.2f} = {on / off:.3f} ({100 * (on / off - 1):+.1f} %)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", nargs="?", choices=[k.value for k in Kind], default=Kind.PHOTOS.value)
    parser.add_argument("--images", type=int, help="corpus size (default: 300 photos, 10,000 small)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="corpus root (see corpus.py)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of (off, on) (default 2)")
    parser.add_argument("--phases", action="store_true", help="also time scan()'s phases in a child")
    parser.add_argument("--limit", type=float, default=LIMIT, help="most extra wall time allowed (0.20)")
    parser.add_argument("--json", type=Path, help="also write every round here")
    parser.add_argument(
        "--child-phases", nargs=3, metavar=("FOLDER", "CACHE", "ON_OFF"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child_phases:
        folder, cache, on_off = args.child_phases
        print(json.dumps(child_phases(Path(folder), Path(cache), on_off == "on")))
        return 0

    import lookalike
    from lookalike.core.models import ScanOptions

    kind = Kind(args.kind)
    count = args.images or (300 if kind is Kind.PHOTOS else 10_000)
    folder, _ = ensure_corpus(kind, count, seed=args.seed, root=args.corpus, log=_log)
    files = image_files(folder)
    read = warm_page_cache(files)
    default = "on" if ScanOptions().rotations else "off"
    _log(f"lookalike from {Path(lookalike.__file__).parent} (rotations {default} by default)")
    _log(f"corpus {folder}: {len(files)} files, {read / 1e6:.0f} MB, in the OS cache")

    rounds: list[Round] = []
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-rotations-") as scratch:
        for number in range(args.repeat):
            _log(f"round {number + 1}/{args.repeat}")
            order = (False, True) if number % 2 == 0 else (True, False)
            for rotations in order:
                rounds.append(_one(folder, Path(scratch), rotations, number, args.phases))
    off, on = _best(rounds, False), _best(rounds, True)
    lines = [
        f"{len(files)} files ({kind.value}), lookalike {lookalike.__version__} from"
        f" {Path(lookalike.__file__).parent}, rotations {default} by default;"
        f" best of {args.repeat} interleaved rounds",
        f"cold CLI wall, on / off: {_extra(on.cli.seconds, off.cli.seconds)}",
        f"cold CLI CPU (all threads), on / off: {_extra(on.cli.cpu_seconds or 0, off.cli.cpu_seconds or 1)}",
        f"cold CLI peak RSS, on / off: {on.cli.maxrss_mb or 0:.0f} / {off.cli.maxrss_mb or 0:.0f} MB",
        f"files in groups, on / off: {on.grouped_files} / {off.grouped_files}",
    ]
    if on.phases and off.phases:
        for key in ("fingerprint_s", "fingerprint_cpu_s", "match_s", "match_cpu_s", "near_pairs_s",
                    "pixel_check_s", "pixel_checks"):  # fmt: skip
            lines.append(f"scan() {key}, on / off: {on.phases[key]} / {off.phases[key]}")
    extra = on.cli.seconds / off.cli.seconds - 1
    verdict = "PASS" if extra <= args.limit else "FAIL"
    lines.append(
        f"extra wall time of rotations: {100 * extra:+.1f} % (limit {100 * args.limit:.0f} %): {verdict}"
    )
    print("\n".join(lines))
    if args.json:
        args.json.write_text(
            json.dumps(
                {"folder": str(folder), "files": len(files), "default": default,
                 "rounds": [asdict(r) for r in rounds]},
                indent=1,
            ),
            encoding="utf-8",
        )  # fmt: skip
    return 0 if extra <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
