"""The scan-result format shared by the CLI, the GUI's export and the tests (see DESIGN.md).

File names that are not valid UTF-8 (possible on Linux and macOS) are kept losslessly:
each byte that is not part of valid UTF-8 is written as the JSON escape \udc80-\udcff
(Python's surrogateescape code points), so `os.fsencode(json.loads(text)["path"])` gives
back the exact name. A CSV's text has no such escape: its `path` shows such a name as the
window does (display_name: each such byte as ⟦0xE9⟧), and its `uri` column gives every
file's exact path as a file URI, the bytes percent-encoded.
"""

from __future__ import annotations

import io
import json
import math
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import partial
from json.encoder import encode_basestring  # the text JSONEncoder(ensure_ascii=False) gives a string
from pathlib import Path
from typing import Any

from lookalike.core.discovery import inside, path_in
from lookalike.core.models import (
    Algorithm,
    CancelCheck,
    FileEntry,
    Fingerprint,
    Group,
    GroupMember,
    ImageRecord,
    Kind,
    Mode,
    ScanError,
    ScanOptions,
    ScanResult,
    ScanStats,
    Tier,
    never_cancelled,
)
from lookalike.core.reach import NotAnswering, answered, reach, spelt
from lookalike.core.reasons import Code, Reason, amount, from_english
from lookalike.core.selection import REASON_REFERENCE
from lookalike.display_names import display_name

FORMAT = "lookalike-scan"
# 2: each file's identity (device, inode, mtime_ns, ctime_ns), content digest and link count,
# which acting on a saved result checks; "skipped", "hard_links" and "partial".
VERSION = 2
SESSION_FORMAT = "lookalike-session"
# 3: the scan-result version 2 fields; 2 lacked the identity, so its files cannot be acted on.
SESSION_VERSION = 3

CSV_COLUMNS = (
    "group", "kind", "tier", "path", "size", "width", "height", "format", "taken_at", "distance", "score",
    "changes", "keep", "keep_reason", "uri",
)  # fmt: skip


def _member(member: GroupMember, group: Group) -> dict[str, Any]:
    entry, fingerprint = member.record.entry, member.record.fingerprint
    row: dict[str, Any] = {
        "path": str(entry.path),
        "size": entry.size,
        "width": fingerprint.width,
        "height": fingerprint.height,
        "format": fingerprint.format,
        "taken_at": fingerprint.taken_at,
        "camera": fingerprint.camera,
        "grayscale": fingerprint.grayscale,
        "alpha": fingerprint.alpha,
        "frames": fingerprint.frames,
        "tier": member.tier.value,
        "distance": member.distance,
        "keep": member.keep,
        "digest": fingerprint.digest,
        "mtime_ns": entry.mtime_ns,
        "ctime_ns": entry.ctime_ns,
        "device": entry.device,
        "inode": entry.inode,
        "links": entry.links,
    }
    if member.score is not None:
        row["score"] = round(member.score, 3)
    if member.changes:
        row["changes"] = list(member.changes)
    if member is group.reference:
        row["keep_reason"] = group.keep_reason
    elif entry.in_reference_root:
        row["keep_reason"] = REASON_REFERENCE
    return row


def _group(group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "kind": group.kind.value,
        "tier": group.tier.value,
        "keep_reason": group.keep_reason,
        "reclaimable": group.reclaimable_bytes,
        "files": [_member(member, group) for member in group.members],
    }


def to_dict(result: ScanResult, *, groups: bool = True) -> dict[str, Any]:
    """The result as the JSON file holds it; without `groups` its groups are [] (json_pieces
    writes them one at a time)."""
    options = result.options
    return {
        "format": FORMAT,
        "version": VERSION,
        "settings": {
            "roots": [str(root) for root in result.roots],
            "mode": options.mode.value,
            "algorithm": options.algorithm.value,
            "hash_size": options.hash_size,
            "threshold": options.effective_threshold,
            "rotations": options.rotations,
            "reference_roots": [str(root) for root in options.reference_roots],
            "exclude": list(options.exclude),
        },
        "groups": list(map(_group, result.groups)) if groups else [],
        "errors": [{"path": str(error.path), "error": str(error.error)} for error in result.errors],
        "stats": {
            "files": result.stats.files,
            "images": result.stats.images,
            "cached": result.stats.cached,
            "seconds": result.stats.seconds,
            "excluded_files": result.stats.excluded_files,
            "excluded_folders": result.stats.excluded_folders,
            "groups": len(result.groups),
            "duplicates": sum(len(group.members) - 1 for group in result.groups),
            "reclaimable": sum(group.reclaimable_bytes for group in result.groups),
        },
        "skipped": [{"path": str(item.path), "reason": str(item.error)} for item in result.skipped],
        "hard_links": [[str(path) for path in names] for names in result.hard_links],
        "partial": result.cancelled,
        "cancelled": result.cancelled,
        "warnings": [str(warning) for warning in result.warnings],
    }


def dumps(data: Any) -> str:
    """JSON text that can be written as UTF-8 whatever the file names (see the module docstring).

    Indented like json.dumps(indent=2), but an object or list that holds no object or list of
    them (a file of a group, an error, the settings) takes one line, as DESIGN.md shows the files:
    json indents with its pure-Python encoder, 0.4-0.5 s for the 14 MB result of 100,000 small
    pictures; each line here comes from its C encoder (0.25-0.3 s).
    """
    return lossless(_indented(data, 0) + "\n")


_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_CONTAINERS = frozenset({dict, list, tuple})
_LITERALS = {None: "null", True: "true", False: "false"}


def _alone(value: Any) -> str:
    """_ONE_LINE(value) of a value that is no object or list: the text the encoder gives a string, a
    whole number, a finite float, true, false and null, made without the encoder it makes for each
    value (3 us each: a result's groups' numbers took longer than their files)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is bool or value is None:
        return _LITERALS[value]
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return _ONE_LINE(value)


def _indented(value: Any, depth: int) -> str:
    if not isinstance(value, dict | list | tuple):
        return _alone(value)
    if _on_one_line(value):
        return _ONE_LINE(value)
    if isinstance(value, dict):
        items = [
            f"{encode_basestring(str(key))}: {_indented(item, depth + 1)}" for key, item in value.items()
        ]
        opening, closing = "{", "}"
    else:
        items = [_indented(item, depth + 1) for item in value]
        opening, closing = "[", "]"
    inside = "\n" + "  " * (depth + 1)
    return f"{opening}{inside}{(',' + inside).join(items)}\n{'  ' * depth}{closing}"


def _group_text(group: Group) -> str:
    """_indented(_group(group), 2), made knowing its shape: a line for each of the group's fields,
    and each file's object, which holds no object, on a line of its own by the C encoder (the
    result of 100,000 small pictures written in 0.17 s instead of 0.3)."""
    fields = _group(group)
    files = fields.pop("files")
    lines = [f"{encode_basestring(key)}: {_alone(value)}" for key, value in fields.items()]
    rows = ",\n        ".join(map(_ONE_LINE, files))
    lines.append(f'"files": [\n        {rows}\n      ]' if files else '"files": []')
    return "{\n      " + ",\n      ".join(lines) + "\n    }"


def _on_one_line(value: dict[str, Any] | list[Any] | tuple[Any, ...]) -> bool:
    """Whether an object or list holds no object, and no list that holds an object or list."""
    items = value.values() if isinstance(value, dict) else value
    kinds = set(map(type, items))
    if dict in kinds:
        return False
    if list in kinds or tuple in kinds:
        if not isinstance(value, dict):
            return False
        return not any(_CONTAINERS & set(map(type, item)) for item in items if isinstance(item, list | tuple))
    return True


def lossless(text: str) -> str:
    """`text` with each lone surrogate (a non-UTF-8 byte of a file name) as the escape \\udcXX."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class OutputRefusal(Enum):
    """Why a result, a review or an export may not be written where asked (`output_refusal`)."""

    NO_FOLDER = "no folder there"
    NOT_A_FILE = "there is something other than a regular file of that name (a link, a folder, a FIFO)"
    INSIDE_SCANNED = "a file of that name is inside a scanned folder (it might be one of the pictures)"
    SCANNED_FOLDER_SILENT = (
        "a file of that name is there, and a scanned folder did not answer: it might be inside it"
    )
    FOLDER_SILENT = "the folder to write in did not answer (a drive that stopped answering)"


def output_refusal(
    path: Path, roots: Sequence[Path], cancelled: CancelCheck = never_cancelled
) -> OutputRefusal | None:
    """Why `path` may not be written, or None: never through a link nor over anything but a regular
    file, and never over a file inside the scanned folders `roots`, which might be one of the
    pictures (write_atomically would replace it, not trash it). Where a file is already, the folders
    are resolved (reach), each given reach.PATIENCE seconds: one on a network drive that stopped
    answering would hold the look as long as its drive. Over a file there then, nothing is written
    (a link in the silent folder may lead to it); a new file needs no look at the folders. Raises
    OSError where the system refuses to look at the folder to write in (a name too long, a folder
    above it that may not be looked in): the caller says so in words. `cancelled` is heard while the
    folders are waited for: then nothing is written either (SCANNED_FOLDER_SILENT), nothing being
    known of them. The look at `path` itself is given reach.PATIENCE seconds too: a folder to write
    in on a drive that stopped answering is FOLDER_SILENT (also when `cancelled` meanwhile)."""
    try:
        refusal, a_file_there = answered(partial(_what_is_at, path), cancelled)
    except NotAnswering:
        return OutputRefusal.FOLDER_SILENT
    if refusal is not None or not a_file_there:
        return refusal
    reached = reach(roots, cancelled)
    if reached.silent or reached.cancelled:
        return OutputRefusal.SCANNED_FOLDER_SILENT
    if inside(Path(os.path.realpath(path)), tuple(reached.real.values())):
        return OutputRefusal.INSIDE_SCANNED
    return None


def _what_is_at(path: Path) -> tuple[OutputRefusal | None, bool]:
    """Why `path` may not be written, as far as what is there says, and whether a regular file is."""
    if not os.path.lexists(path):
        return (None if path.parent.is_dir() else OutputRefusal.NO_FOLDER), False
    if os.path.islink(path) or not path.is_file():
        return OutputRefusal.NOT_A_FILE, False
    return None, True


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, one after the other) as UTF-8 to `path` through a temporary file
    in the same folder, flushed to disk, then renamed: a reader never sees half a file, and a
    failure leaves any earlier file as it was."""
    import tempfile

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            if isinstance(text, str):
                stream.write(text)
            else:
                stream.writelines(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # trash-safe: the unfinished temporary file
        raise


def to_json(result: ScanResult) -> str:
    return "".join(json_pieces(result))


def json_pieces(result: ScanResult) -> Iterator[str]:
    """to_json(result) a piece at a time, each group's when it is written: the whole text and
    every group as a dict at once took 200 MB more at 500,000 pictures (45,000 groups)."""
    data = to_dict(result, groups=False)
    yield "{"
    for number, (key, item) in enumerate(data.items()):
        yield f"{',' if number else ''}\n  {encode_basestring(key)}: "
        if key == "groups" and result.groups:  # as dumps() indents a list of objects
            for at, group in enumerate(result.groups):
                yield f"{',' if at else '['}\n    {lossless(_group_text(group))}"
            yield "\n  ]"
        else:
            yield lossless(_indented(item, 1))
    yield "\n}\n"


def to_csv(result: ScanResult) -> str:
    """One row per file in a group; `group` is the group's id. Rows end as RFC 4180 has them
    (CR LF): the csv module quotes a field holding any character of the rows' ending, so a file
    name with a carriage return in it is quoted too (with LF alone it was not, and the row broke)."""
    import csv  # only for --csv: every import counts on a rescan that takes 0.1 s

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for group in to_dict(result)["groups"]:
        for row in group["files"]:
            changes = ";".join(row.get("changes", ()))
            cells = {
                **row,
                "group": group["id"],
                "kind": group["kind"],
                "path": _csv_path(row["path"]),
                "changes": changes,
                "uri": Path(row["path"]).as_uri(),
            }
            writer.writerow({name: _as_text(value) for name, value in cells.items()})
    return lossless(out.getvalue())


# What a spreadsheet reads as the start of a formula in a cell (OWASP's "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value: object) -> object:
    """A CSV cell as a spreadsheet shows it, never run: words that begin as a formula would (a crafted
    result's keep reason "=HYPERLINK(…)") are kept after a quote mark, which says "text"."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value


def _csv_path(path: str) -> str:
    """A CSV's `path`: the path itself, unless it holds bytes that are not UTF-8 (lone surrogates
    here), which no CSV text can hold: then as the window and the command line show it, each such
    byte as ⟦0xE9⟧ (Python's escape, "\\udce9", read as no name; U+FFFD would make "caf\\xe9.jpg"
    and "caf\\xe8.jpg" one name). The `uri` column keeps the exact path."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return display_name(path)
    return path


# Why a file the scan found was not there when it came to read it: moved or deleted meanwhile. Said
# apart from the files that could not be read: "could not be read" of these sent people looking for
# damaged pictures that were only moved.
GONE_WHEN_READ = frozenset({Code.DISAPPEARED_DURING_SCAN, Code.NO_LONGER_THERE})


def split_gone(errors: Sequence[ScanError]) -> tuple[list[ScanError], list[ScanError]]:
    """`errors` as the files that could not be read, and those that were gone when read."""
    unread = [error for error in errors if error.error.code not in GONE_WHEN_READ]
    gone = [error for error in errors if error.error.code in GONE_WHEN_READ]
    return unread, gone


def summary(result: ScanResult) -> str:
    """One line for a person: what was scanned and what was found."""
    stats = to_dict(result, groups=False)["stats"]
    text = (
        f"{stats['images']} images scanned ({stats['cached']} from cache) in {stats['seconds']:.1f} s: "
        f"{stats['groups']} duplicate groups, {stats['duplicates']} extra copies, "
        f"{human_size(stats['reclaimable'])} reclaimable"
    )
    unread, gone = split_gone(result.errors)
    if unread:
        text += f"; {len(unread)} files could not be read"
    if gone:
        text += f"; {len(gone)} files disappeared during the scan"
    if stats["excluded_files"] or stats["excluded_folders"]:
        text += f"; {excluded_words(result.stats)} excluded by your patterns"
    if result.cancelled:
        text += " (stopped early: results are partial)"
    return text


def excluded_words(stats: ScanStats) -> str:
    """ "12 pictures and 2 folders": what the exclude patterns left out ("" when nothing)."""
    parts = [
        f"{count:,} {noun if count == 1 else noun + 's'}"
        for count, noun in ((stats.excluded_files, "picture"), (stats.excluded_folders, "folder"))
        if count
    ]
    return " and ".join(parts)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


class ResultFileError(ValueError):
    """A saved result or review that cannot be used; `reason` says why (str() in English)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


# The largest result or review file opened: one holds about 500 bytes for each file in its groups,
# so this is about two million of them, and opening one takes several times its size in memory. A
# larger file is no such file (a video or a disk image chosen by mistake): read whole, one of 20 GB
# ended `lookalike apply` with a MemoryError's traceback where 4 GB of memory were to be had.
RESULT_FILE_LARGEST = 1_000_000_000
# A result or review is a JSON object: its first bytes (after JSON's spaces) say whether it can be.
_HEAD = 64 * 1024
_JSON_SPACE = b" \t\n\r"
_JSON_STARTS = {bytes([byte]) for byte in b'[{"-0123456789tfn'}  # bytes any JSON value can begin with


def read_file(path: Path) -> str:
    """The text of a result or review file to `load`. Raises OSError, or ResultFileError for what is
    no regular file (a FIFO chosen as one would keep the reader waiting for a writer for ever) or
    is larger than RESULT_FILE_LARGEST. Bytes that are not UTF-8 are kept as surrogates (load then
    finds no JSON in a picture)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        status = os.fstat(descriptor)
    except OSError:
        os.close(descriptor)
        raise
    if not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        raise ResultFileError(Code.NOT_A_RESULT_FILE())
    with os.fdopen(descriptor, "rb") as file:
        size = status.st_size
        data = b"" if size > RESULT_FILE_LARGEST else file.read(_HEAD)
        if data and not data.lstrip(_JSON_SPACE).startswith(b"{"):
            # No JSON object: a picture or a video chosen by mistake is not read whole (one of
            # 900 MB, its bytes made text, would take gigabytes only to be found no JSON).
            starts_json = data.lstrip(_JSON_SPACE)[:1] in _JSON_STARTS
            raise ResultFileError(Code.NOT_A_RESULT_FILE() if starts_json else Code.NOT_JSON())
        if data:
            data += file.read(RESULT_FILE_LARGEST + 1 - len(data))  # no more, should it grow
    size = max(size, len(data))
    if size > RESULT_FILE_LARGEST:
        raise ResultFileError(
            Code.RESULT_FILE_TOO_LARGE(size=amount(size), largest=amount(RESULT_FILE_LARGEST))
        )
    try:
        return data.decode("utf-8", "surrogateescape")
    except MemoryError:
        raise ResultFileError(Code.OUT_OF_MEMORY()) from None


def load(text: str, *, reviewed: set[int] | None = None) -> ScanResult:
    """A scan result or saved review (any version this program wrote), checked for shape and types.

    Only the shape is checked here; what it says about files is checked against the files
    when acting (actions). `reviewed`, when given, receives the ids of the groups a saved review
    marks `"reviewed": true` (absent means not reviewed). Raises ResultFileError.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ResultFileError(Code.NOT_JSON()) from exc
    except MemoryError:  # a result this computer cannot hold: said, not a traceback
        raise ResultFileError(Code.OUT_OF_MEMORY()) from None
    except RecursionError as exc:  # valid JSON nested deeper than json can read: no file we wrote
        raise ResultFileError(Code.DAMAGED_FILE(error=type(exc).__name__, detail=str(exc))) from None
    if not isinstance(data, dict) or data.get("format") not in (FORMAT, SESSION_FORMAT):
        raise ResultFileError(Code.NOT_A_RESULT_FILE())
    newest = VERSION if data["format"] == FORMAT else SESSION_VERSION
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise ResultFileError(Code.NO_VERSION())
    if version > newest:
        raise ResultFileError(Code.NEWER_VERSION())
    if data["format"] == SESSION_FORMAT and version == 1:  # BLAKE2b digests: nothing could match them
        raise ResultFileError(Code.OLDER_REVIEW())
    try:
        return _result_from_dict(data, reviewed)
    # ArithmeticError: a number JSON allows that Python cannot convert (1e400 is infinity, 10**400 no
    # float); RecursionError: a value nested almost as deep as json reads, made text.
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        raise ResultFileError(Code.DAMAGED_FILE(error=type(exc).__name__, detail=str(exc))) from exc


def _absolute(value: object, folders: dict[str, Path] | None = None) -> Path:
    """The absolute path `value` names; `folders` holds the folders parsed so far (see path_in)."""
    if not isinstance(value, str) or not value:
        raise TypeError(f"a path must be text, not {value!r}")
    path = Path(value) if folders is None else path_in(value, folders)
    if not path.is_absolute():
        raise ValueError(f"{value!r} is not an absolute path")
    # A name no file can have: a NUL, a lone surrogate that is no byte's escape (the system refuses
    # them, and acting on one ended in a traceback). UnicodeEncodeError is a ValueError.
    if "\0" in os.fspath(path):
        raise ValueError(f"{value!r} holds a NUL character")
    os.fsencode(path)
    return path


# The whole numbers a file's row may hold: what the system gives them and what Qt's 64-bit integers
# (a size shown, a date made) can take. JSON allows any: one of 10**21 crashed the window painting it.
_INT64_MAX = 2**63 - 1
_SIGNED_64 = (-(2**63), _INT64_MAX)  # a time in ns: a file may be older than 1970
_UNSIGNED_64 = (0, 2**64 - 1)  # a device or inode number, unsigned for the system (see pictures)


def _int(value: object, name: str, bounds: tuple[int, int] = (0, _INT64_MAX)) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number, not {value!r}")
    lowest, highest = bounds
    if not lowest <= value <= highest:
        raise ValueError(f"{name} {_brief(value)} is not between {lowest} and {highest}")
    return value


def _stat(stats: dict[str, Any], name: str) -> float:
    """The number `name` of a result's "stats" (0 when absent): finite, from 0 to _INT64_MAX."""
    value = stats.get(name, 0)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"stats {name} must be a number, not {value!r}")
    if not 0 <= value <= _INT64_MAX:  # also false for NaN; infinity is above
        raise ValueError(f"stats {name} {_brief(value)} is not between 0 and {_INT64_MAX}")
    return value


def _brief(number: float) -> str:
    """`number` as text, its digits cut short past 30 (a crafted file's can run to thousands)."""
    text = str(number)
    return text if len(text) <= 30 else f"{text[:27]}..."


def _options(settings: dict[str, Any]) -> ScanOptions:
    hash_size = _int(settings.get("hash_size", 8), "hash_size")
    if not 4 <= hash_size <= 32:
        raise ValueError(f"hash_size {hash_size} is not between 4 and 32")
    threshold = settings.get("threshold")
    if threshold is not None:
        threshold = _int(threshold, "threshold")
        if not 0 <= threshold <= hash_size * hash_size // 2:
            raise ValueError(f"threshold {threshold} is out of range")
    exclude = settings.get("exclude", [])
    return ScanOptions(
        mode=Mode(settings.get("mode", Mode.SIMILAR.value)),
        algorithm=Algorithm(settings.get("algorithm", Algorithm.PHASH.value)),
        hash_size=hash_size,
        threshold=threshold,
        rotations=settings.get("rotations", False) is True,
        reference_roots=tuple(_absolute(p) for p in settings.get("reference_roots", [])),
        exclude=tuple(p for p in exclude if isinstance(p, str)) if isinstance(exclude, list) else (),
    )


@dataclass(frozen=True, slots=True)
class _ReferenceFolders:
    """The reference folders of a result read, recomputed from the folders (reach): the real path of
    each that answered, each that did not as spelt, and every folder that did not (scanned or
    reference), as spelt."""

    real: tuple[Path, ...]
    silent: tuple[Path, ...]
    unreached: tuple[Path, ...]
    answered: tuple[Path, ...] = ()  # those that answered, as spelt

    @classmethod
    def of(cls, references: Sequence[Path], roots: Sequence[Path]) -> _ReferenceFolders:
        if not references:
            return cls((), (), ())
        reached = reach((*references, *roots))
        real = tuple(found for root in references if (found := reached.real_path(root)) is not None)
        silent = tuple(spelt(root) for root in references if reached.is_silent(root))
        answered = tuple(spelt(root) for root in references if not reached.is_silent(root))
        return cls(real, silent, tuple(map(spelt, reached.silent)), answered)

    def hold(self, path: Path) -> bool:
        """Whether `path` lies in a reference folder. One spelt inside a folder that did not answer is
        not resolved (each look would wait as long as its drive): it is in a reference folder when
        that folder is one (as the scan takes it: discovery.discover_found), else it is not."""
        where = spelt(path)
        if inside(where, self.silent):
            return True
        if inside(where, self.unreached):  # not resolved: in a reference folder as written, or not
            return inside(where, self.answered)
        return bool(self.real) and inside(Path(os.path.realpath(path)), self.real)


def _member_from_row(
    row: dict[str, Any], references: _ReferenceFolders, folders: dict[str, Path]
) -> GroupMember:
    path = _absolute(row["path"], folders)
    ctime = row.get("ctime_ns")
    entry = FileEntry(
        path,
        _int(row["size"], "size"),
        _int(row.get("mtime_ns", 0), "mtime_ns", _SIGNED_64),
        references.hold(path),
        _int(row.get("device", 0), "device", _UNSIGNED_64),
        _int(row.get("inode", 0), "inode", _UNSIGNED_64),
        None if ctime is None else _int(ctime, "ctime_ns", _SIGNED_64),
        max(1, _int(row.get("links", 1), "links")),
    )
    taken_at, camera = row.get("taken_at"), row.get("camera", "")
    fingerprint = Fingerprint(
        digest=str(row.get("digest") or ""),
        width=_int(row["width"], "width"),
        height=_int(row["height"], "height"),
        format=str(row["format"]),
        taken_at=taken_at if isinstance(taken_at, str) else None,
        packed_hashes=b"",
        thumb=b"",
        flat=False,
        camera=camera if isinstance(camera, str) else "",
        grayscale=row.get("grayscale") is True,  # absent (saved before it was recorded): False
        alpha=row.get("alpha") is True,
        frames=max(1, _int(row.get("frames", 1), "frames")),
    )
    score = row.get("score")
    changes = row.get("changes", [])
    return GroupMember(
        ImageRecord(entry, fingerprint),
        _int(row.get("distance", 0), "distance"),
        row["keep"] is True,
        float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None,
        Tier(row.get("tier", Tier.SIMILAR.value)),
        tuple(str(change) for change in changes) if isinstance(changes, list) else (),
    )


def _result_from_dict(data: dict[str, Any], reviewed: set[int] | None = None) -> ScanResult:
    settings = data["settings"]
    options = _options(settings)
    roots = tuple(_absolute(p) for p in settings["roots"])
    # Recomputed from the folders, never taken from the file; the act path checks again anyway.
    references = _ReferenceFolders.of(options.reference_roots, roots)
    groups: list[Group] = []
    folders: dict[str, Path] = {}
    for number, group in enumerate(data["groups"], start=1):
        members = tuple(_member_from_row(row, references, folders) for row in group["files"])
        if len(members) < 2:
            continue
        group_id = group.get("id", number)
        if reviewed is not None and group.get("reviewed") is True:
            reviewed.add(_int(group_id, "id"))
        groups.append(
            Group(
                _int(group_id, "id"), Kind(group.get("kind", Kind.SIMILAR.value)), members,
                str(group.get("keep_reason", "")),
            )
        )  # fmt: skip
    stats = data.get("stats", {})
    return ScanResult(
        roots=roots,
        options=options,
        groups=tuple(groups),
        errors=tuple(
            ScanError(Path(str(e["path"])), from_english(str(e["error"]))) for e in data.get("errors", [])
        ),
        stats=ScanStats(
            int(_stat(stats, "files")),
            int(_stat(stats, "images")),
            int(_stat(stats, "cached")),
            float(_stat(stats, "seconds")),
            int(_stat(stats, "excluded_files")),
            int(_stat(stats, "excluded_folders")),
        ),
        cancelled=bool(data.get("partial", data.get("cancelled", False))),
        warnings=tuple(from_english(str(w)) for w in data.get("warnings", [])),
        skipped=tuple(
            ScanError(Path(str(e["path"])), from_english(str(e["reason"]))) for e in data.get("skipped", [])
        ),
        hard_links=tuple(tuple(Path(str(p)) for p in names) for names in data.get("hard_links", [])),
    )
