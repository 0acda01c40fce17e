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


def run_on(library: Path, added: Path, cache: Path) -> dict[str, Any]:
    """The rescan in this process, on `cache` itself."""
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

    result = scan([library, added], ScanOptions(cache_dir=cache), progress=progress)
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
    library: Path, added: Path, warm_cache: Path, environment: dict[str, str] | None = None
) -> dict[str, Any]:
    """run_on() in a process of its own (in `environment`, else this one's), with that process's
    whole wall time (`process_s`: Python starting, the imports and the scan) on a copy of
    `warm_cache` made before it starts."""
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-cache-") as scratch:
        cache = Path(scratch) / "cache"
        shutil.copytree(warm_cache, cache)
        _flushed(cache)
        command = [sys.executable, "-m", "tests.benchmarks.rescan_added", "--on-this-cache"]
        started = time.monotonic()
        done = subprocess.run(
            [*command, str(library), str(added), "--warm-cache", str(cache)],
            check=True,
            capture_output=True,
            text=True,
            env=environment,
        )
        whole = time.monotonic() - started
    measured: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return {"process_s": round(whole, 2), **measured}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("library", type=Path)
    parser.add_argument("added", type=Path)
    parser.add_argument("--warm-cache", type=Path, required=True, help="a folder with the library's cache")
    parser.add_argument("--repeat", type=int, default=2)
    # A run of run_apart: on the copy it made, in this process.
    parser.add_argument("--on-this-cache", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.on_this_cache:
        print(json.dumps(run_on(args.library, args.added, args.warm_cache)), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-program-") as program:
        environment = compiled(Path(program))
        for _ in range(args.repeat):
            print(json.dumps(run_apart(args.library, args.added, args.warm_cache, environment)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
