"""A rescan after pictures were added (issue 16: at 100,000 files and 1,000 added, 3 s in all): scan()
in this process over a folder the cache knows and a folder of new pictures, on a copy of a warm
cache, with the time each phase began and the process's memory.

    python -m tests.benchmarks.corpus tiny --images 100000            # the library
    python -m tests.benchmarks.corpus tiny --images 1000 --seed 2     # the pictures added
    python -m tests.benchmarks.rescan_added LIBRARY ADDED --warm-cache DIR

DIR must hold a cache of LIBRARY scanned by this code (a scan of LIBRARY alone with
`--cache-dir DIR`, twice: the first after a change to the grouping code groups from scratch). It
is copied first, and the copy written to disk, so each run starts from the same cache. Each run is
a process of its own, as a person's rescan is: a second scan in one process found the closer
looks of the first remembered (closer_looks_at_files) and its code warmed up, and took 0.3-0.4 s
less. Printed: one JSON object per run (wall and processor time of scan() in that process, its
whole process's wall time from start to end as `process_s`, peak RSS sampled every 0.1 s,
groups) with the seconds at which each phase, and each tenth of grouping, began. The runs find the
program's bytecode compiled, as installing it writes it (pip, or the frozen program): they run a
copy of the package, compiled first, never the sources. Without it, each process (the scan's and
its readers') compiled the sources again where PYTHONDONTWRITEBYTECODE is set: 0.05-0.1 s of a
rescan. (Pointing PYTHONPYCACHEPREFIX elsewhere would not do: Python then no longer reads the
bytecode beside the standard library's and NumPy's sources, and compiles those again.) The grouping's
tenths: 0-1.5 the search for likely pairs, 1.5-6.5 their checks, the rest the groups described
(see matching.GROUPING_STEPS).

With `--floor`, each run is followed by what no rescan after adding can do without, measured in
the same sitting so that the goal can be judged on a slower or faster machine: a rescan with
nothing changed of both folders on the cache that run left (`nothing_changed_s`: finding the
files, loading their fingerprints and the groups kept), and the reading of the added pictures in a
scan of their folder alone without a cache (`added_read_s`: until its grouping begins). `floor_s`
is their sum, `over_floor` the run's wall time divided by it: what is left above it is the
grouping of 101,000 pictures where 1,000 are new, and storing its groups.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from lookalike.core.models import Phase, Progress, ScanOptions
from lookalike.core.scan import scan


def _rss_mb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() // 2**20


def _flushed(folder: Path) -> None:
    """Write the copy's files to disk before the timing starts: the first checkpoint of the scan's
    writes (fsync) would flush the whole copy, 400 MB, as a person's own cache file never needs."""
    for path in folder.iterdir():
        with path.open("rb+") as copied:
            os.fsync(copied.fileno())


def run(library: Path, added: Path, warm_cache: Path) -> dict[str, Any]:
    """The rescan in this process, on a copy of `warm_cache`."""
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-cache-") as scratch:
        cache = Path(scratch) / "cache"
        shutil.copytree(warm_cache, cache)
        _flushed(cache)
        return run_on(library, added, cache)


def run_on(library: Path, added: Path, cache: Path, *, use_cache: bool = True) -> dict[str, Any]:
    """The rescan in this process, on `cache` itself; without `use_cache`, a scan of `added`."""
    peak = [0]
    running = threading.Event()
    running.set()

    def sample() -> None:
        while running.is_set():
            peak[0] = max(peak[0], _rss_mb())
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    began: dict[str, float] = {}
    started, cpu_started = time.monotonic(), time.process_time()

    def progress(event: Progress) -> None:
        name = event.phase.value
        if event.phase is Phase.MATCH and event.total:
            name = f"match {10 * event.done // event.total / 10:.1f}"
        began.setdefault(name, round(time.monotonic() - started, 2))

    if use_cache:
        result = scan([library, added], ScanOptions(cache_dir=cache), progress=progress)
    else:  # the added pictures alone (`library` is `added`), read and grouped among themselves
        result = scan([added], ScanOptions(use_cache=False), progress=progress)
    wall, cpu = time.monotonic() - started, time.process_time() - cpu_started
    running.clear()
    sampler.join()
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_rss_mb": max(peak[0], _rss_mb()),
        "images": result.stats.images,
        "read": result.stats.images - result.stats.cached,
        "groups": len(result.groups),
        "began_s": began,
    }


def compiled(folder: Path) -> dict[str, str]:
    """The environment of a process that runs a copy of this program in `folder` with its bytecode
    compiled (both made now), as an installed program has it."""
    import lookalike

    copy = folder / "lookalike"
    shutil.copytree(Path(lookalike.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy)], check=True)
    path = os.pathsep.join(filter(None, (str(folder), os.environ.get("PYTHONPATH"))))
    return {**os.environ, "PYTHONPATH": path}


def run_apart(
    library: Path,
    added: Path,
    warm_cache: Path,
    environment: dict[str, str] | None = None,
    *,
    floor: bool = False,
) -> dict[str, Any]:
    """run_on() in a process of its own (in `environment`, else this one's), with that process's
    whole wall time (`process_s`: Python starting, the imports and the scan) on a copy of
    `warm_cache` made before it starts; with `floor`, then the floor's two scans (see above)."""
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-cache-") as scratch:
        cache = Path(scratch) / "cache"
        shutil.copytree(warm_cache, cache)
        _flushed(cache)
        started = time.monotonic()
        measured = _in_process_of_its_own("--on-this-cache", library, added, cache, environment)
        whole = time.monotonic() - started
        if floor:
            again = _in_process_of_its_own("--on-this-cache", library, added, cache, environment)
            alone = _in_process_of_its_own("--without-cache", added, added, cache, environment)
    found = {"process_s": round(whole, 2), **measured}
    if floor:
        if again["read"]:
            raise RuntimeError(f"the rescan with nothing changed read {again['read']} pictures")
        read = alone["began_s"]["match"]
        least = again["wall_s"] + read
        found |= {
            "nothing_changed_s": again["wall_s"],
            "added_read_s": read,
            "floor_s": round(least, 2),
            "over_floor": round(measured["wall_s"] / least, 2),
        }
    return found


def _in_process_of_its_own(
    how: str, library: Path, added: Path, cache: Path, environment: dict[str, str] | None
) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.benchmarks.rescan_added", how]
    done = subprocess.run(
        [*command, str(library), str(added), "--warm-cache", str(cache)],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
    )
    measured: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("library", type=Path)
    parser.add_argument("added", type=Path)
    parser.add_argument("--warm-cache", type=Path, required=True, help="a folder with the library's cache")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--floor", action="store_true", help="also measure the floor (see above)")
    # A run of run_apart: on the copy it made, in this process; or the added pictures alone.
    parser.add_argument("--on-this-cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--without-cache", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.on_this_cache or args.without_cache:
        measured = run_on(args.library, args.added, args.warm_cache, use_cache=args.on_this_cache)
        print(json.dumps(measured), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-program-") as program:
        environment = compiled(Path(program))
        for _ in range(args.repeat):
            measured = run_apart(args.library, args.added, args.warm_cache, environment, floor=args.floor)
            print(json.dumps(measured), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
