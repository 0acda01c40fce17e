"""`lookalike scan` as a person runs it in a terminal: wall and processor time, peak memory, and how
often the progress line says something new (issue 16: at least every 2 s in every phase).

    python -m tests.benchmarks.corpus tiny --images 500000            # 500,000 PNGs of 64x48
    python -m tests.benchmarks.terminal_scan FOLDER --cache-dir DIR   # a cold scan if DIR is empty
    python -m tests.benchmarks.terminal_scan FOLDER --cache-dir DIR --repeat 3  # then rescans

The scan runs through the real entry point with its standard error on a pseudo-terminal, so it
draws its progress line as on a terminal; each redraw is timed as it arrives. Printed: one JSON
object per run (wall, processor time and peak RSS of the scan's process, from wait4, which counts
its readers' time but of their memory only the largest process's; so also the peak of the scan's
and its readers' resident sets together, sampled from /proc where there is one), then per phase
the longest wait for a line whose words changed ("the progress stood still for"), and every
twentieth line with its time. POSIX only (pty).
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
import threading
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
        together = _TreeMemory(child.pid)
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
        together.stop()
    return {
        "wall s": round(time.monotonic() - started, 1),
        "cpu s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak RSS MB": round(usage.ru_maxrss / 1024),
        "peak RSS with readers MB": round(together.peak / 2**20) if together.peak else None,
        "exit": os.waitstatus_to_exitcode(status),
        "lines": lines,
    }


class _TreeMemory:
    """The largest sum, sampled every quarter second, of the resident sets of process `pid` and its
    children (the scan and its readers), from /proc; 0 where there is none."""

    def __init__(self, pid: int) -> None:
        self.peak = 0
        self._pid = pid
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        if os.path.isdir("/proc"):
            self._thread.start()

    def _sample(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._stopped.wait(0.25):
            total = 0
            for name in os.listdir("/proc"):
                if not name.isdigit():
                    continue
                try:
                    with open(f"/proc/{name}/stat") as stat:
                        parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                    if int(name) != self._pid and parent != self._pid:
                        continue
                    with open(f"/proc/{name}/statm") as statm:
                        total += int(statm.read().split()[1]) * page
                except (OSError, ValueError, IndexError):
                    continue
            self.peak = max(self.peak, total)

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join()


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
