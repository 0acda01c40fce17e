"""The measurements the runner and the pytest benchmarks share: naive loop, scans, child processes."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lookalike.core.models import ScanOptions, ScanResult
from lookalike.core.scan import scan
from tests.benchmarks.corpus import Planted


@dataclass(frozen=True, slots=True)
class Timed:
    """One timed run over `images` images."""

    label: str
    seconds: float
    images: int
    maxrss_mb: float | None = None  # peak RSS of the child process, when it ran in one
    inner_seconds: float | None = None  # the scan's own stats.seconds (CLI: without interpreter start-up)
    cpu_seconds: float | None = None  # user + system CPU time, all threads (robust to a busy machine)

    @property
    def rate(self) -> float:
        return self.images / self.seconds if self.seconds > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class Child:
    seconds: float
    returncode: int
    maxrss_mb: float
    cpu_seconds: float
    stdout: str
    stderr: str


REPO = Path(__file__).resolve().parents[2]


# Linux keeps a process's peak RSS across execve, and a child spawned from a big process starts
# with the parent's peak (vfork/fork borrow or copy the parent's memory before exec). So the
# measured command is started by this small launcher, whose own peak is ~10 MB, and it reports
# the command's rusage and wall time.
_LAUNCHER = """
import json, os, sys, time
report, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.posix_spawnp(command[0], command, os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
with open(report, "w") as stream:
    json.dump({"status": status, "seconds": seconds, "maxrss": usage.ru_maxrss,
               "cpu": usage.ru_utime + usage.ru_stime}, stream)
"""


def run_child(command: Sequence[str], *, cwd: Path = REPO) -> Child:
    """Run `command`: its wall time, CPU time and own peak RSS, through a small launcher process."""
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.TemporaryDirectory(prefix="lookalike-bench-child-") as scratch,
    ):
        report = Path(scratch) / "rusage.json"
        launcher = [sys.executable, "-S", "-c", _LAUNCHER, str(report), *command]
        subprocess.run(launcher, stdout=out, stderr=err, cwd=cwd, check=True)
        measured = json.loads(report.read_text(encoding="utf-8"))
        out.seek(0)
        err.seek(0)
        maxrss = int(measured["maxrss"])
        peak = maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024
        returncode = os.waitstatus_to_exitcode(int(measured["status"]))
        return Child(
            float(measured["seconds"]), returncode, peak, float(measured["cpu"]), out.read(), err.read()
        )


def grouping_child(level: str, hashes: int, *extra: str) -> dict[str, object]:
    """Run tests.benchmarks.grouping in its own process; its JSON line plus the child's wall time."""
    command = [
        sys.executable,
        "-m",
        "tests.benchmarks.grouping",
        "--level",
        level,
        "--hashes",
        str(hashes),
        *extra,
    ]
    child = run_child(command)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {child.stderr[-2000:]}")
    measured: dict[str, object] = json.loads(child.stdout.strip().splitlines()[-1])
    measured["wall_seconds"] = round(child.seconds, 2)
    measured["child_maxrss_mb"] = round(child.maxrss_mb, 1)
    return measured


def warm_page_cache(files: Sequence[Path]) -> int:
    """Read every file once, so that every contender reads from the OS cache, not the disk."""
    total = 0
    for path in files:
        with open(path, "rb") as stream:
            while chunk := stream.read(8 * 1024 * 1024):
                total += len(chunk)
    return total


def naive_loop(files: Sequence[Path]) -> Timed:
    """What people write first: decode every file at full size and pHash it, one at a time."""
    import imagehash
    from PIL import Image

    imagehash.phash(Image.new("RGB", (64, 64)))  # import and first-call costs are not the loop's
    cpu, started = _cpu(), time.perf_counter()
    for path in files:
        imagehash.phash(Image.open(path))
    seconds = time.perf_counter() - started
    label = "naive imagehash.phash(Image.open(p)), 1 thread"
    return Timed(label, seconds, len(files), cpu_seconds=_cpu() - cpu)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def scan_in_process(
    folder: Path, cache_dir: Path, label: str, *, workers: int = 0
) -> tuple[Timed, ScanResult]:
    options = ScanOptions(cache_dir=cache_dir, workers=workers)
    cpu, started = _cpu(), time.perf_counter()
    result = scan([folder], options)
    seconds = time.perf_counter() - started
    timed = Timed(label, seconds, result.stats.images, None, result.stats.seconds, _cpu() - cpu)
    return timed, result


def lookalike_command() -> list[str]:
    """The installed `lookalike` entry point next to this interpreter, else `python -m lookalike`."""
    script = Path(sys.executable).with_name("lookalike")
    if script.exists():
        return [str(script)]
    found = shutil.which("lookalike")
    return [found] if found else [sys.executable, "-m", "lookalike"]


def scan_cli(folder: Path, cache_dir: Path, label: str, *extra: str) -> tuple[Timed, dict[str, object]]:
    """`lookalike scan` through the real entry point, in its own process."""
    with tempfile.TemporaryDirectory(prefix="lookalike-bench-out-") as out_dir:
        out = Path(out_dir) / "result.json"
        command = [*lookalike_command(), "scan", str(folder), "--cache-dir", str(cache_dir), "--quiet",
                   "--json", str(out), *extra]  # fmt: skip
        child = run_child(command)
        if child.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {child.stderr[-2000:]}")
        result = json.loads(out.read_text(encoding="utf-8"))
    stats = result["stats"]
    return (
        Timed(
            label,
            child.seconds,
            int(stats["images"]),
            child.maxrss_mb,
            float(stats["seconds"]),
            child.cpu_seconds,
        ),
        result,
    )


def planted_found(groups: list[list[str]], folder: Path, planted: Sequence[Planted]) -> tuple[int, int]:
    """How many planted (original, copy) pairs ended up in one group: (found, planted)."""
    group_of: dict[str, int] = {}
    for number, paths in enumerate(groups):
        for path in paths:
            group_of[str(Path(path).resolve())] = number
    found = 0
    for plant in planted:
        a = group_of.get(str((folder / plant.original).resolve()))
        b = group_of.get(str((folder / plant.copy).resolve()))
        found += a is not None and a == b
    return found, len(planted)


def groups_of_result(result: ScanResult) -> list[list[str]]:
    return [[str(member.path) for member in group.members] for group in result.groups]


def groups_of_json(result: dict[str, object]) -> list[list[str]]:
    groups = result["groups"]
    assert isinstance(groups, list)
    return [[str(file["path"]) for file in group["files"]] for group in groups]
