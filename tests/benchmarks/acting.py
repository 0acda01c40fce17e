"""Acting benchmark: carry_out trashing N small files (default 2,000), each with its kept copy.

    PYTHONPATH=app .venv/bin/python -m tests.benchmarks.acting [N] [--runs R]

Each run makes N pairs of identical small files in a fresh temporary folder, a temporary home and
its XDG Trash (never the real one; Linux only), plans one group per pair (keep the first), and
times carry_out alone: the checks, the journal (two fsynced lines a file) and send2trash. Prints
the seconds of each run. Compare two versions by running it from each, alternately: the run's
worker and its look-out (core/lookout.py) must cost nothing measurable on healthy drives.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def one_run(count: int) -> float:
    """Seconds carry_out took to trash `count` files, in a temporary home made and removed here."""
    base = Path(tempfile.mkdtemp(prefix="lookalike-acting-"))
    try:
        data_home = base / "home" / ".local" / "share"
        data_home.mkdir(parents=True)
        os.environ["HOME"], os.environ["XDG_DATA_HOME"] = str(base / "home"), str(data_home)
        from send2trash import plat_other  # reads XDG_DATA_HOME once at import: re-pointed

        plat_other.XDG_DATA_HOME = os.fsencode(data_home)  # type: ignore[attr-defined]
        plat_other.HOMETRASH_B = os.fsencode(data_home / "Trash")  # type: ignore[attr-defined]
        plat_other.HOMETRASH = str(data_home / "Trash")  # type: ignore[attr-defined]
        from lookalike.core.actions import Status, carry_out
        from lookalike.core.fingerprint import digest_bytes
        from lookalike.core.models import FileIdentity, ScanOptions
        from lookalike.core.plan import ActPlan, PlannedFile, PlannedGroup

        root = base / "Pictures"
        root.mkdir()
        groups = []
        for number in range(count):
            data = os.urandom(2000)
            keep, copy = root / f"f{number}.jpg", root / f"f{number} (1).jpg"
            keep.write_bytes(data)
            copy.write_bytes(data)
            digest = digest_bytes(data)
            files = tuple(
                PlannedFile(path, FileIdentity.of(os.stat(path)), digest, path == keep)
                for path in (keep, copy)
            )
            groups.append(PlannedGroup(number + 1, files))
        plan = ActPlan(tuple(groups), (root,), (), ScanOptions())
        started = time.perf_counter()
        report = carry_out(plan, journal=base / "journal.jsonl")
        took = time.perf_counter() - started
        assert sum(o.status is Status.DONE for o in report.outcomes) == count, report.problems[:3]
        return took
    finally:
        shutil.rmtree(base)


def main() -> None:
    if not sys.platform.startswith("linux"):
        sys.exit("the Trash can be pointed at a temporary folder on Linux only")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=2000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    for _ in range(args.runs):
        print(f"{one_run(args.count):.3f}")


if __name__ == "__main__":
    main()
