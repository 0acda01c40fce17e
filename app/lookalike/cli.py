"""`lookalike` opens the window; `lookalike scan ...` finds duplicates headless."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from lookalike.core.models import Algorithm, Mode, Phase, Progress, ScanOptions

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, not {value}")
    return value


def _hash_size(text: str) -> int:
    value = int(text)
    if not 4 <= value <= 32:
        raise argparse.ArgumentTypeError(f"must be between 4 and 32, not {value}")
    return value


def scan_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lookalike scan",
        description="Find duplicate and similar images under the given folders. Never deletes anything.",
    )
    parser.add_argument("roots", nargs="+", type=Path, metavar="ROOT", help="folder (or file) to scan")
    parser.add_argument(
        "--mode",
        choices=[m.value for m in Mode],
        default=Mode.SIMILAR.value,
        help="exact: byte-identical copies only; similar (default): also visually similar",
    )
    parser.add_argument(
        "--algorithm",
        choices=[a.value for a in Algorithm],
        default=Algorithm.PHASH.value,
        help="perceptual hash (default: phash)",
    )
    parser.add_argument(
        "--hash-size",
        type=_hash_size,
        default=8,
        help="hash side in bits; larger is stricter (default: 8, a 64-bit hash)",
    )
    parser.add_argument(
        "--threshold",
        type=_not_negative,
        default=None,
        help="largest hash distance that counts as similar (default: hash bits / 8)",
    )
    parser.add_argument("--rotations", action="store_true", help="also find rotated and mirrored copies")
    parser.add_argument(
        "--reference",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="images under DIR are never suggested for deletion (repeatable)",
    )
    parser.add_argument(
        "--no-verify",
        action="store_true",
        help="skip the pixel-level check of similar pairs (faster, more false matches)",
    )
    parser.add_argument("--include-hidden", action="store_true", help="also scan hidden files and folders")
    parser.add_argument("--no-recursive", action="store_true", help="do not descend into subfolders")
    parser.add_argument(
        "--min-size", type=_not_negative, default=0, metavar="BYTES", help="skip files smaller than this"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the result as JSON here")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="write the groups as CSV here")
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the fingerprint cache"
    )
    parser.add_argument("--cache-dir", type=Path, metavar="DIR", help="keep the fingerprint cache here")
    parser.add_argument(
        "--ignore-decisions",
        action="store_true",
        help="also group pictures you marked as 'not duplicates' in the window",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=0,
        metavar="N",
        help="decoding threads (default: one per CPU core)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    return parser  # fmt: skip


class _ProgressBar:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._phase_started: dict[Phase, float] = {}

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        self._phase_started.setdefault(progress.phase, now)
        if now - self._last_draw < 0.1 and progress.phase is not Phase.DONE:
            return
        self._last_draw = now
        if progress.phase is Phase.DONE:
            self._stream.write("\r\033[K")
        elif progress.total:
            width = 30
            filled = width * progress.done // progress.total
            elapsed = now - self._phase_started[progress.phase]
            rate = progress.done / elapsed if elapsed > 0 else 0.0
            self._stream.write(
                f"\r\033[K{progress.phase.value:<11} [{'#' * filled}{'.' * (width - filled)}] "
                f"{progress.done}/{progress.total}  {rate:.0f}/s"
            )
        else:
            self._stream.write(f"\r\033[K{progress.phase.value:<11} {progress.done} files")
        self._stream.flush()


def run_scan(argv: Sequence[str]) -> int:
    from lookalike.core import report  # imported here to keep `lookalike --version` fast
    from lookalike.core.decisions import DecisionStore
    from lookalike.core.scan import scan

    parser = scan_parser()
    args = parser.parse_args(argv)
    for root in args.roots:
        if not root.exists():
            parser.error(f"folder not found: {root}")
    for folder in args.reference:
        if not folder.is_dir():
            parser.error(f"reference folder not found: {folder}")
    if args.algorithm == Algorithm.WHASH.value and args.hash_size & (args.hash_size - 1):
        parser.error("--algorithm whash needs a hash size that is a power of two (4, 8, 16, 32)")
    bits = args.hash_size * args.hash_size
    if args.threshold is not None and args.threshold > bits // 2:
        parser.error(
            f"--threshold {args.threshold} is more than half the {bits} hash bits: everything would match"
        )

    options = ScanOptions(
        mode=Mode(args.mode),
        algorithm=Algorithm(args.algorithm),
        hash_size=args.hash_size,
        threshold=args.threshold,
        rotations=args.rotations,
        reference_roots=tuple(folder.resolve() for folder in args.reference),
        recursive=not args.no_recursive,
        include_hidden=args.include_hidden,
        min_size=args.min_size,
        use_cache=not args.no_cache,
        cache_dir=args.cache_dir,
        workers=args.workers,
        verify=not args.no_verify,
    )
    interrupted = False

    def on_interrupt(_signum: int, _frame: object) -> None:
        nonlocal interrupted
        interrupted = True

    not_duplicates: frozenset[tuple[str, str]] = frozenset()
    if not args.ignore_decisions:
        store = DecisionStore()
        not_duplicates = store.pairs()
        store.close()
    previous = signal.signal(signal.SIGINT, on_interrupt)
    show_bar = not args.quiet and sys.stderr.isatty()
    try:
        result = scan(
            args.roots,
            options,
            progress=_ProgressBar(sys.stderr) if show_bar else lambda _p: None,
            cancelled=lambda: interrupted,
            not_duplicates=not_duplicates,
        )
    finally:
        signal.signal(signal.SIGINT, previous)

    try:
        if args.json:
            args.json.write_text(report.to_json(result), encoding="utf-8")
        if args.csv:
            args.csv.write_text(report.to_csv(result), encoding="utf-8", newline="")
    except OSError as exc:
        print(f"lookalike: cannot write the result: {exc}", file=sys.stderr)
        return 1
    if not args.json and not args.csv:
        sys.stdout.write(report.to_json(result))
    for warning in result.warnings:
        print(f"lookalike: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        print(report.summary(result), file=sys.stderr)
    return EXIT_INTERRUPTED if interrupted else EXIT_OK


class _VersionAction(argparse.Action):
    """`--version`, reading the version only when asked (its metadata lookup slows every start-up)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from lookalike import __version__

        sys.stdout.write(f"lookalike {__version__}\n")
        parser.exit()


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lookalike",
        description="Find duplicate and near-duplicate images and review them before anything is trashed.",
        epilog="Run 'lookalike scan --help' for the headless scanner.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("folders", nargs="*", type=Path, metavar="FOLDER", help="folders to add at start")
    parser.add_argument("--demo", action="store_true", help="scan generated sample pictures at once")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="after the scan, save the window as a PNG and exit")  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["scan"]:
        return run_scan(arguments[1:])
    args = gui_parser().parse_args(arguments)
    from lookalike.ui.app import run_app  # Qt loads only for the window

    exit_code: int = run_app(folders=args.folders, demo=args.demo, screenshot=args.screenshot)
    return exit_code
