"""`lookalike` opens the window; `lookalike scan ...` finds duplicates headless; `lookalike apply ...`
acts on a saved result with the window's checks.

What the commands print for a person speaks the person's language (`--language`, else the
environment, as gettext chooses), their --help and argparse's own words included: the words are
marked for lupdate in the context "CommandLine" and read from the window's own catalogs through
lookalike.catalog, without Qt. The JSON and CSV files, the journal and the logs stay in English: they
are for programs.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import functools
import gc
import io
import itertools
import locale
import os
import re
import signal
import sys
import threading
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from lookalike.catalog import LANGUAGES, QT_TRANSLATE_NOOP, Catalog, environment_language, fill
from lookalike.core.models import Algorithm, Mode, Phase, Progress, ScanOptions
from lookalike.core.reasons import Reason
from lookalike.display_names import display_name
from lookalike.reasons_wording import reason_words

if TYPE_CHECKING:
    from lookalike.core.actions import ActionReport
    from lookalike.core.models import ScanResult
    from lookalike.core.reach import Reach

EXIT_OK = 0
EXIT_SOME_SKIPPED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
# `lookalike apply` waits this many times reach.PATIENCE at most, once it is done, for files its run
# gave up on while they were being trashed or moved (their drive stopped answering): their journal
# lines are written when that work ends.
LATE_WORK_PATIENCE_TIMES = 3

# How many files a scan could not read are named on the terminal (as the window lists at most 20 files
# in a message): a folder of 5,000 broken files printed 5,000 lines and buried the summary. The JSON
# result, and --all-errors, give every one.
ERRORS_SHOWN = 20

# What stops a scan or a run as Ctrl+C does: a closed terminal (SIGHUP) and a polite end (SIGTERM: a
# logout, `kill`, a service stopped) too. Killed by either, a move to another drive left its
# half-made copy behind for good.
_STOPPING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class _Interrupted(Exception):
    """Ctrl+C (or another stopping signal) while the command waited for its folders: it ends as
    interrupted, without a traceback."""


@contextlib.contextmanager
def _interrupt_heard() -> Iterator[Callable[[], bool]]:
    """While the block runs, a stopping signal (Ctrl+C) is noted, not raised: the callable given
    says whether one came (also after the block), for the work to stop between files."""
    heard: list[int] = []
    previous = {
        number: signal.signal(number, lambda number, _frame: heard.append(number))
        for number in _STOPPING_SIGNALS
    }
    try:
        yield lambda: bool(heard)
    finally:
        for number, before in previous.items():
            signal.signal(number, before)


# The refusals argparse words itself, as Python writes them (it would translate them through gettext,
# which has no catalog of ours): error() gets the finished sentence, so each is recognised by its
# template and said again in the person's language, with what it quotes (option names, what was typed)
# as it was. A sentence no template fits stays as argparse wrote it.
_ARGPARSE_REFUSALS = {
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP("CommandLine", "argument %1: %2"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "CommandLine", "the following arguments are required: %1"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %1"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "CommandLine", "invalid choice: %1 (choose from %2)"
    ),
    "expected one argument": QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "CommandLine", "ambiguous option: %1 could match %2"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument %1"),
}


def _template_pattern(template: str) -> re.Pattern[str]:
    """A pattern matching what `template` (%s, %r and %(name)s placeholders) says, a group for each value."""
    words = re.split(r"%(?:\(\w+\))?[sr]", template)
    return re.compile("(.+?)".join(re.escape(part) for part in words), re.DOTALL)


def columns(text: str) -> int:
    """How many columns `text` takes on a terminal: Chinese, Japanese and Korean letters take two."""
    return sum(2 if unicodedata.east_asian_width(letter) in "WF" else 1 for letter in text)


def _breaks_anywhere(letter: str) -> bool:
    """A Chinese or Japanese letter: those languages put no spaces between words, so a line may break
    before or after any of them. Korean spaces its words and breaks at the spaces only."""
    hangul = (
        "\u1100" <= letter <= "\u11ff" or "\u3130" <= letter <= "\u318f" or "\uac00" <= letter <= "\ud7af"
    )
    return unicodedata.east_asian_width(letter) in "WF" and not hangul


def _may_start_a_line(letter: str) -> bool:
    """Whether a line may begin with `letter`: not with a closing bracket, a comma or a full stop, nor
    with a small kana or a length mark (ー), which belong to the letter before them."""
    small_kana = unicodedata.name(letter, "").startswith(("HIRAGANA LETTER SMALL", "KATAKANA LETTER SMALL"))
    return unicodedata.category(letter) not in ("Pe", "Pf", "Po", "Lm") and not small_kana


def _unbreakable_parts(word: str) -> list[str]:
    """`word` cut where a line may break inside it: beside a Chinese or Japanese letter, unless that
    would leave an opening bracket at a line's end or start a line with what must not start one."""
    parts = [word[:1]]
    for before, letter in itertools.pairwise(word):
        if (
            (_breaks_anywhere(before) or _breaks_anywhere(letter))
            and _may_start_a_line(letter)
            and unicodedata.category(before) not in ("Ps", "Pi")
        ):
            parts.append(letter)
        else:
            parts[-1] += letter
    return parts


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal columns (a part that cannot break may overrun)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for index, part in enumerate(_unbreakable_parts(word)):
            joined = line + (" " if index == 0 and line else "") + part
            if line and columns(joined) > width:
                lines.append(line)
                line = part
            else:
                line = joined
    return [*lines, line] if line else lines


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its "usage: " in the person's language, laid out by the columns a terminal
    gives each letter (argparse counts letters, not columns, and finds no spaces to break Chinese and
    Japanese at)."""

    def __init__(self, prog: str, usage_word: str) -> None:
        super().__init__(prog)
        self._usage_word = usage_word

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        # argparse indents the usage's next lines by the word's length, which is not its width in
        # columns: it is handed spaces as wide as the word, then the word takes their place.
        word = self._usage_word if prefix is None else prefix
        blank = " " * columns(word)
        return word + super()._format_usage(usage, actions, groups, blank)[len(blank) :]

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


# Python 3.14's argparse colours its help by default; _HelpFormatter lays out the usage line by the
# columns of its plain words, which escape codes would throw off.
_PLAIN_HELP: dict[str, Any] = {"color": False} if sys.version_info >= (3, 14) else {}


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that refuses in the person's language (made by CommandLine.new_parser)."""

    def __init__(self, say: CommandLine, **settings: Any) -> None:
        super().__init__(**settings)
        self.say = say

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, self.say.refusal(self.prog, message) + "\n")


def _understands_escapes(stream: TextIO) -> bool:
    """Whether `stream` is a terminal that redraws a line on "\\r\\033[K" (Windows' classic console
    does only once asked to: ask it)."""
    if not stream.isatty():
        return False
    if os.name != "nt":
        return os.environ.get("TERM") != "dumb"
    try:
        import ctypes
        import msvcrt

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = msvcrt.get_osfhandle(stream.fileno())  # type: ignore[attr-defined]
        mode = ctypes.c_uint32()
        if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            return False
        enable_virtual_terminal_processing = 0x0004
        return bool(kernel32.SetConsoleMode(handle, mode.value | enable_virtual_terminal_processing))
    except (ImportError, AttributeError, OSError, ValueError):
        return False


def use_utf8_output() -> None:
    """Write UTF-8 wherever output is redirected (Windows would use the console's code page and fail
    on other scripts), and never fail on a file name that is not valid UTF-8: such bytes print as
    \\udcXX escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors="backslashreplace")
        else:
            reconfigure(encoding="utf-8", errors="backslashreplace")


# The phases of a scan, as the progress bar names them.
_PHASES = {
    Phase.DISCOVER: QT_TRANSLATE_NOOP("CommandLine", "discover"),
    Phase.FINGERPRINT: QT_TRANSLATE_NOOP("CommandLine", "fingerprint"),
    Phase.MATCH: QT_TRANSLATE_NOOP("CommandLine", "match"),
}


def _clock(seconds: float) -> str:
    """A time as a clock shows it, the same in every language: "0:40", "3:05", "1:02:00"."""
    minutes, seconds = divmod(max(1, round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class _ProgressBar:
    """A one-line progress bar on a terminal, redrawn at most ten times a second, and while it is
    open (a context manager) at least once `heartbeat` seconds after its words last changed,
    looked at every `tick` seconds: finding the candidate pairs of a million pictures says
    nothing for half a minute, and its line then shows the time it has taken so far. (Counted
    from the last redraw instead, redraws that changed nothing held the line still for 3 s.)"""

    def __init__(
        self,
        stream: TextIO,
        say: CommandLine,
        clock: Callable[[], float] = time.monotonic,
        heartbeat: float = 1.0,
        tick: float = 0.25,
    ) -> None:
        self._stream = stream
        self._say = say
        self._clock = clock
        self._heartbeat, self._tick = heartbeat, tick
        self._last_draw = 0.0
        self._drawn, self._changed = "", 0.0  # the words on the line, and when they last changed
        self._last: Progress | None = None
        # When each phase was first heard of, and when it first said how much there is to do and how
        # much was done by then: pictures taken from the cache count as done at once, so the rate
        # counts only what the phase did since.
        self._phase_started: dict[Phase, float] = {}
        self._rate_from: dict[Phase, tuple[float, int]] = {}
        self._lock = threading.Lock()  # the scan's thread and the heartbeat both draw
        self._closed = threading.Event()
        self._beating = threading.Thread(target=self._beat, name="progress heartbeat", daemon=True)

    def __enter__(self) -> _ProgressBar:
        self._beating.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._closed.set()
        self._beating.join()

    def __call__(self, progress: Progress) -> None:
        with self._lock:
            now = self._clock()
            self._phase_started.setdefault(progress.phase, now)
            if progress.total:
                self._rate_from.setdefault(progress.phase, (now, progress.done))
            self._last = None if progress.phase is Phase.DONE else progress
            if now - self._last_draw < 0.1 and progress.phase is not Phase.DONE:
                return
            self._draw(progress, now)

    def _beat(self) -> None:
        while not self._closed.wait(self._tick):
            with self._lock:
                now = self._clock()
                if self._last is not None and now - self._changed >= self._heartbeat:
                    self._draw(self._last, now)

    def _draw(self, progress: Progress, now: float) -> None:
        self._last_draw = now
        if progress.phase is Phase.DONE:
            line = ""
        else:
            counted_from, done_before = self._rate_from.get(progress.phase, (now, progress.done))
            rate = (progress.done - done_before) / (now - counted_from) if now > counted_from else 0.0
            elapsed = now - self._phase_started[progress.phase]
            line = self._say.progress_line(progress, rate, elapsed)
        if line != self._drawn:
            self._drawn, self._changed = line, now
        self._stream.write("\r\033[K" + line)
        self._stream.flush()


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


def requested_language(arguments: Sequence[str]) -> tuple[str | None, list[str]]:
    """--language (wherever it stands, before or after the command's name) and the other arguments:
    read before any parser is built, so that the help and argparse's own words speak it too. A
    missing or unknown language is left in the arguments, for the command's parser to refuse."""
    reader = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    reader.add_argument("--language", choices=LANGUAGES)
    try:
        known, others = reader.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None, list(arguments)
    return known.language, others


def chosen_catalog(language: str | None, environ: Mapping[str, str] | None = None) -> Catalog:
    """The catalog for `language` (--language), else for the environment's; English, with its plural
    forms, when none fits or a catalog cannot be read."""
    if language is None:
        system = locale.getlocale()[0] if os.name == "nt" else None  # Windows sets no LANG
        language = environment_language(environ, system)
    try:
        return Catalog.load(language)
    except (OSError, ET.ParseError):
        return Catalog()


class CommandLine:
    """What the command line says to a person, in its catalog's language (context "CommandLine":
    lupdate names the context after this class, and `self.tr(..., "", n)` marks a plural)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return self.catalog.translate("CommandLine", text, disambiguation, n)

    def new_parser(self, prog: str, description: str, epilog: str | None = None) -> argparse.ArgumentParser:
        """An ArgumentParser whose own words (usage, headings, --help, refusals) are in this language."""
        parser = _Parser(
            self,
            prog=prog,
            description=description,
            epilog=epilog,
            add_help=False,
            formatter_class=functools.partial(_HelpFormatter, usage_word=self.tr("usage: ")),
            **_PLAIN_HELP,
        )
        # argparse names its two headings itself, in English, and offers no other way to rename them.
        parser._positionals.title = self.tr("positional arguments")
        parser._optionals.title = self.tr("options")
        parser.add_argument("-h", "--help", action="help", help=self.tr("show this help and exit"))
        return parser

    def refusal(self, prog: str, message: str) -> str:
        """What a parser says when it refuses its arguments: `message` (argparse's or ours) after the
        program's name."""
        return fill(self.tr("%1: error: %2"), prog, self.argparse_words(message))

    def argparse_words(self, message: str) -> str:
        """One of argparse's refusals in this language (with the refusal it quotes, if any), or
        `message` as it is when it is not argparse's."""
        for template, words in _ARGPARSE_REFUSALS.items():
            if matched := _template_pattern(template).fullmatch(message):
                return fill(self.tr(words), *(self.argparse_words(value) for value in matched.groups()))
        return message

    def whole_number(self, least: int, most: int | None = None) -> Callable[[str], int]:
        """An argparse type: a whole number from `least` (to `most`), refused in this language."""

        def number(text: str) -> int:
            try:
                value = int(text)
            except ValueError:
                raise argparse.ArgumentTypeError(
                    fill(self.tr("not a whole number: %1"), repr(text))
                ) from None
            if most is not None and not least <= value <= most:
                raise argparse.ArgumentTypeError(
                    fill(self.tr("must be between %1 and %2, not %3"), least, most, value)
                )
            if value < least and least == 0:
                raise argparse.ArgumentTypeError(fill(self.tr("must not be negative, not %1"), value))
            if value < least:
                raise argparse.ArgumentTypeError(fill(self.tr("must be at least %1, not %2"), least, value))
            return value

        return number

    def add_language_option(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--language",
            choices=LANGUAGES,
            help=self.tr(
                "the language of what is printed for a person (default: the environment's, as LANGUAGE, "
                "LC_ALL, LC_MESSAGES or LANG say; English when none fits); JSON and CSV stay English"
            ),
        )

    def gui_parser(self) -> argparse.ArgumentParser:
        parser = self.new_parser(
            "lookalike",
            self.tr("Find duplicate and near-duplicate images and review them before anything is trashed."),
            self.tr(
                "Run 'lookalike scan --help' for the headless scanner, 'lookalike apply --help' to act on "
                "its result and 'lookalike undo-last --help' to put back what was last trashed or moved."
            ),
        )
        parser.add_argument("--version", action=_VersionAction, help=self.tr("show the version and exit"))
        parser.add_argument(
            "folders", nargs="*", type=Path, metavar="FOLDER", help=self.tr("folders to add at start")
        )
        parser.add_argument(
            "--demo", action="store_true", help=self.tr("scan generated sample pictures at once")
        )
        parser.add_argument(
            "--screenshot",
            type=Path,
            metavar="FILE",
            help=self.tr("after the scan, save the window as a PNG and exit"),
        )
        parser.add_argument(
            "--language",
            choices=LANGUAGES,
            help=self.tr(
                "the window's language for this run (default: the one chosen in Settings ▸ Language, "
                "else the system's)"
            ),
        )
        return parser

    def scan_parser(self) -> argparse.ArgumentParser:
        parser = self.new_parser(
            "lookalike scan",
            self.tr("Find duplicate and similar images under the given folders. Never deletes anything."),
        )
        parser.add_argument(
            "roots", nargs="+", type=Path, metavar="ROOT", help=self.tr("folder (or file) to scan")
        )
        parser.add_argument(
            "--mode",
            choices=[m.value for m in Mode],
            default=Mode.SIMILAR.value,
            help=self.tr("exact: byte-identical copies only; similar (default): also visually similar"),
        )
        parser.add_argument(
            "--algorithm",
            choices=[a.value for a in Algorithm],
            default=Algorithm.PHASH.value,
            help=self.tr("perceptual hash (default: phash)"),
        )
        parser.add_argument(
            "--hash-size",
            type=self.whole_number(4, 32),
            default=8,
            help=self.tr("hash side in bits; larger is stricter (default: 8, a 64-bit hash)"),
        )
        parser.add_argument(
            "--threshold",
            type=self.whole_number(0),
            default=None,
            help=self.tr("largest hash distance that counts as similar (default: hash bits / 8)"),
        )
        parser.add_argument(
            "--no-rotations",
            dest="rotations",
            action="store_false",
            default=True,
            help=self.tr("do not look for rotated and mirrored copies (found by default)"),
        )
        parser.add_argument(
            "--rotations",
            dest="rotations",
            action="store_true",
            help=self.tr(
                "find rotated and mirrored copies: the default, accepted for scripts written before it was"
            ),
        )
        self.add_reference_option(
            parser, self.tr("images under DIR are never suggested for deletion (repeatable)")
        )
        parser.add_argument(
            "--no-verify",
            action="store_true",
            help=self.tr("skip the pixel-level check of similar pairs (faster, more false matches)"),
        )
        parser.add_argument(
            "--include-hidden", action="store_true", help=self.tr("also scan hidden files and folders")
        )
        parser.add_argument(
            "--follow-links",
            action="store_true",
            help=self.tr(
                "follow symbolic links to folders and files (never to a place outside the scanned folders)"
            ),
        )
        parser.add_argument(
            "--include-cloud-only",
            action="store_true",
            help=self.tr(
                "also read files that are only in the cloud (OneDrive, iCloud): this downloads them"
            ),
        )
        parser.add_argument(
            "--no-recursive", action="store_true", help=self.tr("do not descend into subfolders")
        )
        parser.add_argument(
            "--min-size",
            type=self.whole_number(0),
            default=0,
            metavar="BYTES",
            help=self.tr("skip files smaller than this"),
        )
        parser.add_argument(
            "--exclude",
            action="append",
            default=[],
            metavar="PATTERN",
            help=self.tr(
                "leave out files and folders matching PATTERN (repeatable): a name ('*.tmp', 'Thumbs.db'), "
                "or a path from the scanned folder ('2019/drafts', '**/cache/**'); ending in '/' matches "
                "folders only ('Thumbs/'); wildcards * ? [abc] and **, any case"
            ),
        )
        parser.add_argument(
            "--json", type=Path, metavar="FILE", help=self.tr("write the result as JSON here")
        )
        parser.add_argument("--csv", type=Path, metavar="FILE", help=self.tr("write the groups as CSV here"))
        parser.add_argument(
            "--no-cache", action="store_true", help=self.tr("neither read nor write the fingerprint cache")
        )
        parser.add_argument(
            "--cache-dir", type=Path, metavar="DIR", help=self.tr("keep the fingerprint cache here")
        )
        parser.add_argument(
            "--ignore-decisions",
            action="store_true",
            help=self.tr("also group pictures you marked as 'not duplicates' in the window"),
        )
        parser.add_argument(
            "--workers",
            type=self.whole_number(1),
            default=0,
            metavar="N",
            help=self.tr("decoding threads (default: one per CPU core)"),
        )
        parser.add_argument(
            "--all-errors",
            action="store_true",
            help=fill(
                self.tr(
                    "list every file that could not be read (default: the first %1, then how many more; "
                    "the JSON result always lists them all)"
                ),
                ERRORS_SHOWN,
            ),
        )
        parser.add_argument("--quiet", action="store_true", help=self.tr("no progress bar and no summary"))
        self.add_language_option(parser)
        return parser

    def apply_parser(self) -> argparse.ArgumentParser:
        parser = self.new_parser(
            "lookalike apply",
            self.tr(
                'Trash (or move) the files marked "keep": false in a scan result or saved review. Each '
                "file is checked against the files on disk first: a copy marked KEEP must still be there "
                "unchanged, the file must be unchanged, inside the scanned folders, outside every "
                "reference folder, and still a duplicate of the kept copy. Anything else is skipped and "
                "said. Never removes every copy of a picture, and never deletes permanently."
            ),
            self.tr(
                "Exit status: 0 when everything planned was done, 1 when something was skipped or "
                "refused, 2 for a bad argument or an unreadable file (then nothing is touched)."
            ),
        )
        parser.add_argument(
            "file", type=Path, metavar="FILE", help=self.tr("a scan result (--json) or saved review")
        )
        parser.add_argument(
            "--move-to",
            type=Path,
            metavar="DIR",
            help=self.tr("move the files into DIR instead of the Trash"),
        )
        self.add_reference_option(
            parser,
            self.tr(
                "also never touch files under DIR (repeatable; the scan's own reference folders always count)"
            ),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=self.tr("check everything and say what would happen")
        )
        self.add_language_option(parser)
        return parser

    def undo_last_parser(self) -> argparse.ArgumentParser:
        parser = self.new_parser(
            "lookalike undo-last",
            self.tr(
                "Put back the files of the last trash or move run, as the action journal recorded them. "
                "Moved files are moved back; trashed files are taken out of the Trash (Linux, Windows; on "
                "macOS the files to put back in Finder are listed). A file now at the old place is never "
                "replaced: that file is listed and its copy stays where it is."
            ),
            self.tr(
                "Exit status: 0 when every file was put back (or there was nothing to put back), 1 when "
                "some could not be, 2 for a bad argument."
            ),
        )
        parser.add_argument(
            "--journal",
            type=Path,
            metavar="FILE",
            help=self.tr("the action journal (default: Lookalike's own)"),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=self.tr("look for the files and move nothing")
        )
        self.add_language_option(parser)
        return parser

    @staticmethod
    def add_reference_option(parser: argparse.ArgumentParser, help_text: str) -> None:
        parser.add_argument(
            "--reference", action="append", type=Path, default=[], metavar="DIR", help=help_text
        )

    def reason(self, reason: Reason | str | None) -> str:
        """One of core's reasons, as the window says it."""
        if not isinstance(reason, Reason):
            return str(reason)
        return reason_words(reason, lambda text: self.catalog.translate("Reasons", text))

    def warn(self, text: str) -> None:
        print("lookalike: " + fill(self.tr("warning: %1"), text), file=sys.stderr)

    def size(self, size: int) -> str:
        from lookalike.core.report import human_size

        return self.tr("%n byte(s)", "", size) if size < 1000 else human_size(size)

    def sentence(self, text: str) -> str:
        return fill(self.tr("%1.", "the end of a sentence"), text)

    def output_problem(self, path: Path, roots: Sequence[Path]) -> str | None:
        """Why the result may not be written to `path`, or None (report.output_refusal). Raises
        _Interrupted at Ctrl+C while the scanned folders are waited for."""
        from lookalike.core.report import OutputRefusal, output_refusal

        try:  # Ctrl+C heard while the scanned folders are waited for (reach.PATIENCE)
            with _interrupt_heard() as interrupted:
                refusal = output_refusal(path, roots, interrupted)
        except OSError as exc:  # a name too long, a folder above it shut: said, not a traceback
            return fill(self.tr("cannot read %1: %2"), exc.filename or path.parent, exc.strerror or exc)
        if interrupted():
            raise _Interrupted
        if refusal is OutputRefusal.NO_FOLDER:
            return fill(self.tr("%1 is not a folder"), path.parent)
        if refusal is OutputRefusal.FOLDER_SILENT:
            return fill(self.tr("folder not answering: %1; choose another place"), path.parent)
        if refusal is OutputRefusal.NOT_A_FILE:
            return fill(self.tr("%1 exists and is not a regular file; choose another name"), path)
        if refusal is OutputRefusal.INSIDE_SCANNED:
            return fill(
                self.tr("%1 already exists inside a scanned folder; choose another name or remove it first"),
                path,
            )
        if refusal is OutputRefusal.SCANNED_FOLDER_SILENT:
            return fill(
                self.tr(
                    "%1 already exists and might be inside a scanned folder that does not answer; "
                    "choose another name or remove it first"
                ),
                path,
            )
        return None

    def write_output(self, path: Path, text: str | Iterable[str], roots: Sequence[Path]) -> None:
        """Write `text` (or its pieces) to `path` atomically (a temporary file, then a rename): a
        reader never sees half a file, and a failure leaves any earlier file as it was. Refuses to
        replace a file inside the scanned folders (it might be one of the pictures) or anything that
        is not a regular file."""
        from lookalike.core.report import write_atomically

        problem = self.output_problem(path, roots)
        if problem:
            raise OSError(0, problem)
        write_atomically(path, text)

    def progress_line(self, progress: Progress, rate: float, elapsed: float = 0.0) -> str:
        """The progress bar's words: the phase, and how far it is, in at most 79 terminal columns
        (a longer line wraps, and redrawing it leaves the old one behind). `elapsed`: seconds
        since the phase began."""
        name = self.catalog.translate("CommandLine", _PHASES.get(progress.phase, progress.phase.value))
        if progress.phase is not Phase.DISCOVER and not progress.total:
            # Loading the cache, finding the candidate pairs: how much there is to do is not known
            # yet; a clock shows that it goes on.
            return name + "…" + (f" {_clock(elapsed)}" if elapsed >= 1 else "")
        phase = name + " " * max(1, 12 - columns(name))  # Chinese and Japanese letters take two columns
        if not progress.total:
            return phase + self.tr("%n file(s)", "", progress.done)
        width = 24
        filled = width * progress.done // progress.total
        bar = f"{phase}[{'#' * filled}{'.' * (width - filled)}]"
        if progress.phase is Phase.MATCH:  # counts steps of grouping's work, not files
            # With the time taken so far, which the heartbeat redraws: a percent of grouping
            # 500,000 pictures took up to 3 s, and the line is to change at least every 2 s.
            taken = f"  {_clock(elapsed)}" if elapsed >= 1 else ""
            return f"{bar} {100 * progress.done // progress.total} %{taken}"
        count = f"{bar} {progress.done}/{progress.total}"
        left = ""
        if rate > 0 and progress.done < progress.total:
            left = "  " + fill(self.tr("%1 left"), _clock((progress.total - progress.done) / rate))
        line = f"{count}  {rate:.0f}/s{left}"
        return line if columns(line) <= 79 else count + left

    def scan_summary(self, result: ScanResult) -> str:
        """One line: what was scanned and what was found (core.report.summary, in this language)."""
        from lookalike.core.report import split_gone, to_dict

        stats = to_dict(result, groups=False)["stats"]  # every group as a dict: 200 MB at 500,000
        text = fill(
            self.tr(
                "%1 images scanned (%2 from cache) in %3 s: %4 duplicate groups, %5 extra copies, "
                "%6 reclaimable"
            ),
            stats["images"], stats["cached"], f"{stats['seconds']:.1f}", stats["groups"],
            stats["duplicates"], self.size(stats["reclaimable"]),
        )  # fmt: skip
        unread, gone = split_gone(result.errors)
        if unread:
            text += fill(self.tr("; %1 files could not be read"), len(unread))
        if gone:
            text += fill(self.tr("; %1 files disappeared during the scan"), len(gone))
        files, folders = result.stats.excluded_files, result.stats.excluded_folders
        excluded = [
            *([self.tr("%Ln picture(s)", "", files)] if files else []),
            *([self.tr("%Ln folder(s)", "", folders)] if folders else []),
        ]
        if excluded:
            both = fill(self.tr("%1 and %2"), *excluded) if len(excluded) == 2 else excluded[0]
            text += fill(self.tr("; %1 excluded by your patterns"), both)
        if result.cancelled:
            text += self.tr(" (stopped early: results are partial)")
        return text

    def apply_progress(self, stream: TextIO) -> Callable[[int, int], None]:
        """Each file is decoded and compared again before it is acted on: say how far that is."""
        last = 0.0

        def show(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or now - last >= 0.1:
                last = now
                words = fill(self.tr("checking and acting: %1 of %2"), done, total)
                stream.write(f"\r\033[K{words}" + ("\r\033[K" if done == total else ""))
                stream.flush()

        return show

    def output_lost(self, failure: OSError) -> str:
        return fill(self.tr("cannot write to standard output: %1"), failure.strerror or failure)

    def command(self, arguments: Sequence[str]) -> int:
        """Run the command `arguments` name: scan, apply or undo-last."""
        if arguments[0] == "scan":
            parser = self.scan_parser()
            return self.scan(parser, parser.parse_args(arguments[1:]))
        if arguments[0] == "apply":
            parser = self.apply_parser()
            return self.apply(parser, parser.parse_args(arguments[1:]))
        return self.undo_last(self.undo_last_parser().parse_args(arguments[1:]))

    def not_duplicates(self) -> frozenset[tuple[str, str]]:
        """The person's "not duplicates" decisions: read without writing when the store cannot be
        used as it is (read-only, its folder unwritable), as the window does; a warning when they
        cannot be read at all."""
        import sqlite3

        from lookalike.core.decisions import DecisionStore, decisions_read_only, default_decisions_path

        try:
            store = DecisionStore()
            try:
                return store.pairs()
            finally:
                store.close()
        except (OSError, sqlite3.Error) as exc:
            unusable = exc
        try:
            return frozenset(decision.digests for decision in decisions_read_only(default_decisions_path()))
        except (OSError, sqlite3.Error):
            pass
        self.warn(
            fill(
                self.tr(
                    "your 'not duplicates' decisions cannot be read (%1); pictures you marked so "
                    "may be grouped again"
                ),
                unusable,
            )
        )
        return frozenset()

    @staticmethod
    def reach_folders(folders: Sequence[Path]) -> Reach | None:
        """Where `folders` really are (core.reach): each given reach.PATIENCE seconds to answer, so
        that a folder on a network drive that stopped answering does not hold the command as long as
        its drive; Ctrl+C is heard meanwhile (None)."""
        from lookalike.core.reach import reach

        with _interrupt_heard() as interrupted:
            reached = reach(folders, cancelled=interrupted)
        return None if reached.cancelled else reached

    @staticmethod
    def answered(parser: argparse.ArgumentParser, reached: Reach, folder: Path, silent_words: str) -> Path:
        """The real path of `folder` (one of those `reached`); the command ends with `silent_words`
        (%1: the folder) when it did not answer."""
        real = reached.real_path(folder)
        if real is None:
            parser.error(fill(silent_words, folder))
        return real

    def scan(self, parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
        from lookalike.core import report  # imported here to keep `lookalike --version` fast
        from lookalike.core.scan import scan

        if args.algorithm == Algorithm.WHASH.value and args.hash_size & (args.hash_size - 1):
            parser.error(self.tr("--algorithm whash needs a hash size that is a power of two (4, 8, 16, 32)"))
        bits = args.hash_size * args.hash_size
        if args.threshold is not None and args.threshold > bits // 2:
            parser.error(
                fill(
                    self.tr("--threshold %1 is more than half the %2 hash bits: everything would match"),
                    args.threshold,
                    bits,
                )
            )
        reached = self.reach_folders([*args.roots, *args.reference])
        if reached is None:
            return EXIT_INTERRUPTED
        for root in args.roots:
            real = self.answered(parser, reached, root, self.tr("folder not answering: %1"))
            try:
                missing = not real.exists()
            except OSError as exc:  # a name too long, a folder above it shut: said, not a traceback
                parser.error(fill(self.tr("cannot read %1: %2"), root, exc.strerror or exc))
            if missing:
                parser.error(fill(self.tr("folder not found: %1"), root))
        references = []
        for folder in args.reference:
            real = self.answered(parser, reached, folder, self.tr("reference folder not answering: %1"))
            try:
                there = real.is_dir()
            except OSError as exc:
                parser.error(fill(self.tr("cannot read %1: %2"), folder, exc.strerror or exc))
            if not there:
                parser.error(fill(self.tr("reference folder not found: %1"), folder))
            references.append(real)
        try:
            for output in (args.json, args.csv):
                if output is not None and (problem := self.output_problem(output, args.roots)):
                    parser.error(problem)
        except _Interrupted:
            return EXIT_INTERRUPTED

        options = ScanOptions(
            mode=Mode(args.mode),
            algorithm=Algorithm(args.algorithm),
            hash_size=args.hash_size,
            threshold=args.threshold,
            rotations=args.rotations,
            reference_roots=tuple(references),
            recursive=not args.no_recursive,
            follow_links=args.follow_links,
            include_cloud_only=args.include_cloud_only,
            include_hidden=args.include_hidden,
            min_size=args.min_size,
            exclude=tuple(pattern for pattern in args.exclude if pattern.strip()),
            use_cache=not args.no_cache,
            cache_dir=args.cache_dir,
            workers=args.workers,
            verify=not args.no_verify,
        )
        not_duplicates = frozenset() if args.ignore_decisions else self.not_duplicates()
        show_bar = not args.quiet and _understands_escapes(sys.stderr)
        bar = _ProgressBar(sys.stderr, self) if show_bar else None
        # The scan pauses the collector; kept off here until the scan's objects are frozen. Back on
        # with them still young, it walks them all at the first allocation (0.16 s at 100,000
        # pictures), then again and again while the result is made; they live until the program ends.
        collecting = gc.isenabled()
        gc.disable()
        try:
            with _interrupt_heard() as interrupted, bar or contextlib.nullcontext():
                result = scan(
                    args.roots,
                    options,
                    progress=bar or (lambda _p: None),
                    cancelled=interrupted,
                    not_duplicates=not_duplicates,
                )
        finally:
            gc.freeze()
            if collecting:
                gc.enable()

        try:
            if args.json:
                self.write_output(args.json, report.json_pieces(result), args.roots)
            if args.csv:
                self.write_output(args.csv, report.to_csv(result), args.roots)
        except _Interrupted:  # the result is not written (nor over anything)
            return EXIT_INTERRUPTED
        except OSError as exc:
            print(
                "lookalike: " + fill(self.tr("cannot write the result: %1"), exc.strerror or exc),
                file=sys.stderr,
            )
            return 1
        if not args.json and not args.csv:
            sys.stdout.writelines(report.json_pieces(result))
        for warning in result.warnings:
            self.warn(self.reason(warning))
        if not args.quiet:
            shown = result.errors if args.all_errors else result.errors[:ERRORS_SHOWN]
            for error in shown:
                print(
                    fill(self.tr("not read: %1: %2"), display_name(error.path), self.reason(error.error)),
                    file=sys.stderr,
                )
            if more := len(result.errors) - len(shown):
                _unread, gone = report.split_gone(result.errors[len(shown) :])
                print(self.more_not_read(more, args.json, gone=bool(gone)), file=sys.stderr)
            print(self.scan_summary(result), file=sys.stderr)
        return EXIT_INTERRUPTED if interrupted() else EXIT_OK

    def more_not_read(self, count: int, json_file: Path | None, *, gone: bool = False) -> str:
        """The line after the first ERRORS_SHOWN files a scan could not read: how many more, and
        where every one is listed. With `gone` (some of them disappeared during the scan, which the
        summary counts apart), not "could not be read" of them all."""
        if gone and json_file is not None:
            return fill(
                self.tr(
                    '… and %1 more not read: %2 lists every one under "errors" '
                    "(--all-errors prints them all here)"
                ),
                count,
                display_name(json_file),
            )
        if gone:
            return fill(self.tr("… and %1 more not read (--all-errors prints them all)"), count)
        if json_file is not None:
            return fill(
                self.tr(
                    '… and %1 more could not be read: %2 lists every one under "errors" '
                    "(--all-errors prints them all here)"
                ),
                count,
                display_name(json_file),
            )
        return fill(self.tr("… and %1 more could not be read (--all-errors prints them all)"), count)

    def apply(self, parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
        from lookalike.core import actions, report
        from lookalike.core.plan import plan_from_result

        try:
            result = report.load(report.read_file(args.file))
        except OSError as exc:
            parser.error(fill(self.tr("cannot read %1: %2"), args.file, exc.strerror or exc))
        except report.ResultFileError as exc:
            parser.error(f"{args.file}: {self.reason(exc.reason)}")
        reached = self.reach_folders([*args.reference, *([args.move_to] if args.move_to else [])])
        if reached is None:
            return EXIT_INTERRUPTED
        try:  # a name the system refuses (too long, a folder it may not look in): said, not a traceback
            for folder in args.reference:
                real = self.answered(parser, reached, folder, self.tr("reference folder not answering: %1"))
                if not real.is_dir():
                    parser.error(fill(self.tr("reference folder not found: %1"), folder))
            if args.move_to is not None:
                real = self.answered(parser, reached, args.move_to, self.tr("--move-to %1 does not answer"))
                if real.exists() and not real.is_dir():
                    parser.error(fill(self.tr("--move-to %1 is not a folder"), args.move_to))
        except OSError as exc:
            parser.error(fill(self.tr("cannot read %1: %2"), exc.filename, exc.strerror or exc))
        plan = plan_from_result(result, reference_roots=[folder.absolute() for folder in args.reference])
        files, groups = len(plan.deletions), self.tr("%n group(s)", "", len(plan.groups))
        if args.move_to:
            line = self.tr('Plan: move to %2 %n file(s) marked "keep": false, in %1.', "", files)
        else:
            line = self.tr('Plan: move to the Trash %n file(s) marked "keep": false, in %1.', "", files)
        print(fill(line, groups, args.move_to))
        print(self.tr("Scanned folders (files outside them are never touched):"))
        for root in plan.roots:
            print(f"  {display_name(root)}")
        print(self.tr("Reference folders (files inside them are never touched):"))
        for root in plan.reference_roots or ():
            print(f"  {display_name(root)}")
        if not plan.reference_roots:
            print("  " + self.tr("(none)"))
        with _interrupt_heard() as interrupted:
            outcome = actions.carry_out(
                plan,
                destination=args.move_to.absolute() if args.move_to else None,
                progress=self.apply_progress(sys.stderr) if _understands_escapes(sys.stderr) else None,
                cancelled=interrupted,
                dry_run=args.dry_run,
            )
        if args.dry_run:
            done_line = self.tr("would move: %1") if args.move_to else self.tr("would trash: %1")
        else:
            done_line = self.tr("moved: %1") if args.move_to else self.tr("trashed: %1")
        for item in outcome.outcomes:
            if item.status in (actions.Status.DONE, actions.Status.CHECKED):
                where = f" -> {display_name(item.destination)}" if item.destination else ""
                print(fill(done_line, f"{display_name(item.path)}{where}"))
            elif item.status is actions.Status.UNKNOWN:  # begun when its drive stopped answering
                may_have = (
                    self.tr("may have been moved: %1: %2")
                    if args.move_to
                    else self.tr("may have been trashed: %1: %2")
                )
                print(fill(may_have, display_name(item.path), self.reason(item.reason)))
            else:
                print(fill(self.tr("skipped: %1: %2"), display_name(item.path), self.reason(item.reason)))
        for warning in outcome.warnings:
            self.warn(self.reason(warning))

        passed = [o for o in outcome.outcomes if o.status in (actions.Status.DONE, actions.Status.CHECKED)]
        maybe = sum(o.status is actions.Status.UNKNOWN for o in outcome.outcomes)
        skipped = len(outcome.problems) - maybe
        count, size = len(passed), self.size(sum(o.size for o in passed))
        if args.dry_run and args.move_to:
            summary = self.tr("Would move %n file(s) (%1); skipped %2", "", count)
        elif args.dry_run:
            summary = self.tr("Would trash %n file(s) (%1); skipped %2", "", count)
        elif args.move_to:
            summary = self.tr("Moved %n file(s) (%1); skipped %2", "", count)
        else:
            summary = self.tr("Trashed %n file(s) (%1); skipped %2", "", count)
        summary = fill(summary, size, skipped)
        if maybe:
            summary += self.tr("; %n file(s) may have gone", "", maybe)
        summary += self.tr("; stopped early") if outcome.cancelled else ""
        print(self.sentence(summary), file=sys.stderr)
        self.wait_for_late_work(outcome)
        if interrupted():
            return EXIT_INTERRUPTED
        return EXIT_OK if not outcome.problems and len(passed) == len(plan.deletions) else EXIT_SOME_SKIPPED

    def wait_for_late_work(self, outcome: ActionReport) -> None:
        """Wait, a few times reach.PATIENCE at most and hearing Ctrl+C, for the files whose drive
        stopped answering once they were being trashed or moved: their journal lines are written
        when that ends, and the program must not end first. Said either way."""
        from lookalike.core import reach

        late = outcome.late
        if late is None or not late.pending:
            return
        pending = late.pending
        print(
            self.tr(
                "Waiting a few seconds for %n file(s) whose drive stopped answering while they were "
                "being moved…",
                "",
                pending,
            ),
            file=sys.stderr,
        )
        deadline = time.monotonic() + LATE_WORK_PATIENCE_TIMES * reach.PATIENCE
        with _interrupt_heard() as interrupted:
            while not late.wait(0.1) and time.monotonic() < deadline and not interrupted():
                pass
        if not late.pending:
            said = self.tr(
                'Their drive answered: what became of them is in the journal; "lookalike undo-last" puts '
                "back any that went."
            )
        else:
            said = self.tr(
                "%n file(s) may still be moving: Lookalike stops waiting. The journal records them as "
                'begun, and "lookalike undo-last" looks at them as after a crash and puts back any that '
                "went.",
                "",
                late.pending,
            )
        self.warn(said)

    def undo_last(self, args: argparse.Namespace) -> int:
        from lookalike.core.actions import default_journal_path
        from lookalike.core.restore import undo_last

        outcome = undo_last(args.journal or default_journal_path(), dry_run=args.dry_run)
        if outcome is None:
            print(
                self.tr("Nothing to put back: the journal holds no trash or move run that was not put back.")
            )
            return EXIT_OK
        for item in outcome.outcomes:
            if item.restored:
                line = self.tr("would put back: %1") if args.dry_run else self.tr("put back: %1")
                source = f" <- {display_name(item.source)}" if item.source else ""
                print(fill(line, display_name(item.path)) + source)
            else:
                name = display_name(item.path)
                print(fill(self.tr("not put back: %1: %2"), name, self.reason(item.reason)))
        if outcome.instructions:
            print("\n".join(self.reason(line) for line in outcome.instructions))
        for warning in outcome.warnings:
            self.warn(self.reason(warning))
        restored, not_restored = len(outcome.restored), len(outcome.not_restored)
        if args.dry_run:
            summary = self.tr("Would put back %n file(s); not put back %1", "", restored)
        else:
            summary = self.tr("Put back %n file(s); not put back %1", "", restored)
        print(self.sentence(fill(summary, not_restored)), file=sys.stderr)
        return EXIT_OK if not outcome.not_restored else EXIT_SOME_SKIPPED


class SteadyOutput:
    """Standard output that a full disk or a closed pipe cannot stop: its first failure is kept and
    what comes after it dropped, so the command goes on and says so at its end (`lookalike apply`
    writing to a disk that filled, or piped into `head`, ended mid-run with a traceback, hiding what
    it had done)."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.failure: OSError | None = None
        if stream is None:  # started with its standard output closed (`>&-`): Python gives None
            self.failure = OSError(errno.EBADF, os.strerror(errno.EBADF))

    def write(self, text: str) -> int:
        if self.failure is None and self.stream is not None:
            try:
                return self.stream.write(text)
            except OSError as exc:
                self._failed(exc)
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self.failure is None and self.stream is not None:
            try:
                self.stream.flush()
            except OSError as exc:
                self._failed(exc)

    def _failed(self, exc: OSError) -> None:
        self.failure = exc
        if self.stream is None:
            return
        # What is left in the stream's buffer goes nowhere: flushed at exit, it would fail again.
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            nowhere = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(nowhere, self.stream.fileno())
            finally:
                os.close(nowhere)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()
    language, arguments = requested_language(sys.argv[1:] if argv is None else argv)
    say = CommandLine(chosen_catalog(language))
    if arguments[:1] in (["scan"], ["apply"], ["undo-last"]):
        output = SteadyOutput(sys.stdout)
        sys.stdout = output
        try:
            code = say.command(arguments)
        finally:
            sys.stdout = output.stream
        if output.failure is not None:
            print("lookalike: " + say.output_lost(output.failure), file=sys.stderr)
            if arguments[0] == "scan":  # its result was what it had to write
                code = max(code, EXIT_SOME_SKIPPED)
        return code
    if arguments == ["_group-again"]:  # the window's regrouping in a process of its own (core.apart)
        from lookalike.core import apart

        return apart.serve()
    if arguments == ["_list-folders"]:  # a scan's helper listing folders beside discovery (core.listing)
        from lookalike.core import listing

        return listing.serve()
    if arguments == ["_read-pictures"]:  # a scan's reader of pictures beside its threads (core.readers)
        from lookalike.core import readers

        return readers.serve()
    args = say.gui_parser().parse_args(arguments)
    from lookalike.ui.app import run_app  # Qt loads only for the window

    exit_code: int = run_app(
        folders=args.folders, demo=args.demo, screenshot=args.screenshot, language=language or ""
    )
    return exit_code
