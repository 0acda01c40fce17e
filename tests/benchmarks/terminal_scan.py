"""`lookalike scan` as a person runs it in a terminal: wall and processor time, peak memory, and how
often the progress line says something new (issue 16: at least every 2 s in every phase).

    python -m tests.benchmarks.corpus tiny --images 500000            # 500,000 PNGs of 64x48
    python -m tests.benchmarks.terminal_scan FOLDER --cache-dir DIR   # a cold scan if DIR is empty
    python -m tests.benchmarks.terminal_scan FOLDER --cache-dir DIR --repeat 3  # then rescans

The scan runs through the real entry point with its standard error on a pseudo-terminal, so it
draws its progress line as on a terminal; each redraw is timed as it arrives. Printed: one JSON
object per run (wall, processor time and peak RSS of the scan's process, from wait4), then per
phase the longest wait for a line whose words changed ("the progress stood still for"), and
every twentieth line with its time. POSIX only (pty).
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.measure import lookalike_command

_REDRAW = re.compile(rb"\r\x1b\[K|\n")


def run(folder: Path, cache_dir: Path) -> dict[str, Any]:
    """One scan of `folder` on a pseudo-terminal; the measures and the lines drawn, timed."""
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-out-") as out_dir:
        command = [*lookalike_command(), "scan", str(folder), "--cache-dir", str(cache_dir),
                   "--json", str(Path(out_dir) / "result.json")]  # fmt: skip
        leader, follower = pty.openpty()
        started = time.monotonic()
        child = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=follower,
            env={**os.environ, "TERM": "xterm"},
        )
        os.close(follower)
        lines: list[tuple[float, str]] = []
        # A redraw starts with its marker: a line is timed when its marker arrived, not when the
        # next redraw's did (that counted the time to the next redraw in, up to a heartbeat more).
        pending, pending_since = b"", 0.0
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed its end
                break
            if not chunk:
                break
            now = time.monotonic() - started
            *drawn, pending = _REDRAW.split(pending + chunk)
            if drawn:
                times = [pending_since] + [now] * (len(drawn) - 1)
                lines += [
                    (when, line.decode("utf-8", "replace"))
                    for when, line in zip(times, drawn, strict=True)
                    if line.strip()
                ]
                pending_since = now
        _, status, usage = os.wait4(child.pid, 0)
        os.close(leader)
    return {
        "wall s": round(time.monotonic() - started, 1),
        "cpu s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak RSS MB": round(usage.ru_maxrss / 1024),
        "exit": os.waitstatus_to_exitcode(status),
        "lines": lines,
    }


def still_for(lines: list[tuple[float, str]]) -> dict[str, float]:
    """Per phase (the line's first word), the longest time between two lines that differ."""
    longest: dict[str, float] = {}
    last: tuple[float, str] | None = None
    for when, text in lines:
        if last is not None and text != last[1]:
            phase = last[1].split()[0] if last[1].split() else ""
            longest[phase] = round(max(longest.get(phase, 0.0), when - last[0]), 2)
        if last is None or text != last[1]:
            last = (when, text)
    return longest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=1, help="scans, one after the other (default 1)")
    args = parser.parse_args(argv)
    for number in range(1, args.repeat + 1):
        measured = run(args.folder, args.cache_dir)
        lines = measured.pop("lines")
        print(json.dumps({"run": number, **measured, "progress still for (s)": still_for(lines)}))
        for when, text in lines[:: max(1, len(lines) // 20)] + lines[-1:]:
            print(f"  {when:8.1f} s  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
