"""Which copy to keep: an ordered list of rules a person can read and change.

A copy in a reference folder always comes first and equal candidates are
ordered by path, so the choice is safe and the same every time; in between,
the rules decide in order, each breaking the ties of the one before.

Some rules look at the whole group, not one copy: `IMG_0001_1.jpg` is a copy
only beside an `IMG_0001.jpg`, and a JPEG is the original format rather than a
PNG only in a group of camera pictures (a screenshot is made as a PNG, and its
JPEG is the re-save). Without the group, a copy is judged with itself alone.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lookalike.core.models import RAW_EXTENSIONS, Group, ImageRecord

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from lookalike.core.pictures import Pictures


class Rule(StrEnum):
    """A kind of keep rule; the value is what settings store, so existing values never change."""

    LARGEST_RESOLUTION = "largest resolution"
    LARGEST_FILE = "largest file"
    OLDEST = "oldest"
    NEWEST = "newest"
    PREFERRED_FOLDER = "in preferred folder"
    PREFERRED_FORMAT = "preferred format"
    HAS_DATE_TAKEN = "has camera date (EXIF)"
    HOLDS_MORE = "holds more (frames, transparency, colour)"
    CAMERA_ORIGINAL = "camera original (EXIF)"
    ORIGINAL_FORMAT = "original format, not a re-save"
    NO_COPY_MARKER = "no copy marker in the name"
    NOT_IN_BACKUP = "not in a backup or download folder"


# A keep reason is the words of the rules that decided, joined by REASON_THEN; these are the words
# that are not a rule's own (Rule's values). The window translates each part (ui.wording).
REASON_THEN = ", then "
REASON_ONLY_COPY = "only copy"
REASON_REFERENCE = "in a reference folder"
REASON_BY_NAME = "first by name"
REASON_HOLDS_MORE = "holds more ({})"  # with what it holds: "3 frames", "4 pages", "transparency", "colour"
REASON_CAMERA = "camera original (has EXIF)"
REASON_FORMAT = "original format ({})"  # with the format: RAW, HEIF, JPEG


@dataclass(frozen=True, slots=True)
class KeepRule:
    rule: Rule
    value: str = ""  # the folder for PREFERRED_FOLDER, the format (e.g. "PNG") for PREFERRED_FORMAT

    def describe(self) -> str:
        return f"{self.rule.value} ({self.value})" if self.value else self.rule.value


SUGGESTED_RULES: tuple[KeepRule, ...] = (
    KeepRule(Rule.HOLDS_MORE),
    KeepRule(Rule.CAMERA_ORIGINAL),
    KeepRule(Rule.ORIGINAL_FORMAT),
    KeepRule(Rule.LARGEST_RESOLUTION),
    KeepRule(Rule.NO_COPY_MARKER),
    KeepRule(Rule.NOT_IN_BACKUP),
    KeepRule(Rule.OLDEST),
    KeepRule(Rule.LARGEST_FILE),
)
# What was suggested before the rules that keep the original: saved settings holding exactly this
# list were never edited, so they mean "the suggested rules" (ui.settings).
FORMER_SUGGESTED_RULES: tuple[KeepRule, ...] = (
    KeepRule(Rule.LARGEST_RESOLUTION),
    KeepRule(Rule.LARGEST_FILE),
    KeepRule(Rule.OLDEST),
)

SortKey = tuple[object, ...]

# Formats a camera writes, best first: RAW, then HEIF (a phone's original, often converted to JPEG
# when shared), then JPEG. A RAW file's fingerprint describes its embedded JPEG preview.
_CAMERA_FORMATS = {"HEIF": 1, "JPEG": 2, "MPO": 2}
_RESAVE_RANK = len(_CAMERA_FORMATS) + 1

# Names that copying gives a file, matched at the end of its name without the extension:
# "IMG_0001 (1)", "IMG_0001(2)"; Windows' "IMG_0001 - Copy", "- Copy (2)" and their Korean,
# Chinese and Japanese forms; macOS's "IMG_0001 copy", "copy 2" and "복사본", "副本", "的副本", "のコピー".
_COPY_SUFFIX = re.compile(
    r"(?:\s*\(\d{1,3}\)"
    r"|\s+-\s+(?:copy|복사본|副本|コピー)(?:\s*\(\d{1,3}\))?"
    r"|[\s_-]+copy(?:[\s_-]*\d{1,3})?"
    r"|\s*(?:복사본|的?副本|のコピー)(?:\s*\d{1,3})?)$",
    re.IGNORECASE,
)
# Every marker but the numbered one ends in ")" or holds a word for "copy" (in any case).
_MARKER_HINT = re.compile(r"\)\Z|copy|복사본|副本|コピー", re.IGNORECASE)
# What a name with a copy marker or a raw suffix holds somewhere, in any case: ruling most names
# out at once (_Columns.names_where).
_MARKER_ANYWHERE = (")", "copy", "복사본", "副本", "コピー")
_RAW_HINT = tuple(sorted(RAW_EXTENSIONS))
_COPY_PREFIX = re.compile(r"^copy(?:\s*\(\d{1,3}\))?\s+of\s+", re.IGNORECASE)  # "Copy of IMG_0001"
# "IMG_0001_1", "IMG_0001 2": a copy's name only beside "IMG_0001" in the same group.
_NUMBERED = re.compile(r"^(.+)[ _]\d{1,2}$")
# Folders that hold copies: any folder on the way whose name has one of these words in it.
_BACKUP_WORDS = re.compile(r"(?<![a-z])(?:backups?|exports?|downloads?)(?![a-z])", re.IGNORECASE)
_BACKUP_NAMES = (
    "백업", "다운로드", "내보내기",  # Korean: backup, download, export
    "备份", "備份", "下载", "下載", "导出",  # Chinese (simplified and traditional)
    "バックアップ", "ダウンロード", "エクスポート",  # Japanese
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _GroupFacts:
    """What the rules that look at the whole group need to know about it."""

    stems: frozenset[str]  # every copy's name without its extension, case-folded
    from_camera: bool  # some copy carries a camera's EXIF


def _group_facts(records: Sequence[ImageRecord]) -> _GroupFacts:
    return _GroupFacts(
        frozenset(_stem(record).casefold() for record in records),
        any(_from_camera(record) for record in records),
    )


def _stem(record: ImageRecord) -> str:
    return _stem_of(record.entry.path.name)


def _stem_of(name: str) -> str:
    return name.rpartition(".")[0] or name


def _suffix_of(name: str) -> str:
    """The name's extension as Path.suffix gives it ("" for ".hidden" and "name.")."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _from_camera(record: ImageRecord) -> bool:
    return bool(record.fingerprint.camera) or record.fingerprint.taken_at is not None


def copy_marker(record: ImageRecord, stems: frozenset[str] = frozenset()) -> bool:
    """Whether the name says the file is a copy; `_1` and ` 2` count only beside a name in `stems`."""
    stem = _stem(record)
    if _copy_marker_in(stem):
        return True
    numbered = _NUMBERED.match(stem) if stems else None
    return numbered is not None and numbered.group(1).casefold() in stems


def _copy_marker_in(stem: str) -> bool:
    """Whether the name without its extension ends or begins as copying names a file."""
    # One search rules most names out: the full expressions cost more than all the rest of a
    # keeper_order, which matching makes for every file.
    if _MARKER_HINT.search(stem):
        suffix = _COPY_SUFFIX.search(stem)
        return (suffix is not None and suffix.start() > 0) or _COPY_PREFIX.match(stem) is not None
    return False


def in_backup_folder(path: Path) -> bool:
    """Whether a folder on the way to `path` is a backup, export or download folder."""
    return _backup_folder(str(path).rpartition(os.sep)[0])


@lru_cache(maxsize=4096)  # the files of one folder share the answer; a scan visits each folder often
def _backup_folder(folder: str) -> bool:
    for name in Path(folder).parts[1:]:
        if _BACKUP_WORDS.search(name) or any(word in name for word in _BACKUP_NAMES):
            return True
    return False


def _timestamp(record: ImageRecord) -> float:
    """Seconds since 1970 of the date taken when the camera recorded it, else of the file's mtime."""
    taken = _seconds_taken(record.fingerprint.taken_at)
    return record.entry.mtime_ns / 1e9 if taken is None else taken


def _format_rank(record: ImageRecord) -> int:
    """0 for RAW, then the camera formats, then everything a picture is re-saved as."""
    if _suffix_of(record.entry.path.name).lower() in RAW_EXTENSIONS:
        return 0
    return _CAMERA_FORMATS.get(record.fingerprint.format.upper(), _RESAVE_RANK)


_RuleKey = Callable[[KeepRule, ImageRecord, _GroupFacts], object]
# Each rule's sort key: smaller sorts first, i.e. is better to keep. A table rather than a `match`:
# matching computes a key for every picture of a scan.
_RULE_KEYS: dict[Rule, _RuleKey] = {
    Rule.LARGEST_RESOLUTION: lambda _, r, __: -(r.fingerprint.width * r.fingerprint.height),
    Rule.LARGEST_FILE: lambda _, r, __: -r.entry.size,
    Rule.OLDEST: lambda _, r, __: _timestamp(r),
    Rule.NEWEST: lambda _, r, __: -_timestamp(r),
    Rule.PREFERRED_FOLDER: lambda rule, r, _: not _inside(r.entry.path, Path(rule.value)),
    Rule.PREFERRED_FORMAT: lambda rule, r, _: r.fingerprint.format.upper() != rule.value.upper(),
    Rule.HAS_DATE_TAKEN: lambda _, r, __: r.fingerprint.taken_at is None,
    # What the other copy cannot give back: frames, transparency, colour.
    Rule.HOLDS_MORE: lambda _, r, __: (
        -r.fingerprint.frames,
        not r.fingerprint.alpha,
        r.fingerprint.grayscale,
    ),
    Rule.CAMERA_ORIGINAL: lambda _, r, __: not _from_camera(r),
    # Among screenshots and drawings a PNG is as original as a JPEG.
    Rule.ORIGINAL_FORMAT: lambda _, r, group: _format_rank(r) if group.from_camera else 0,
    Rule.NO_COPY_MARKER: lambda _, r, group: copy_marker(r, group.stems),
    Rule.NOT_IN_BACKUP: lambda _, r, __: in_backup_folder(r.entry.path),
}


def _inside(path: Path, folder: Path) -> bool:
    return path.parent == folder or folder in path.parents


def _order(record: ImageRecord, rules: Sequence[KeepRule], group: _GroupFacts) -> SortKey:
    return (
        not record.entry.in_reference_root,
        *(_RULE_KEYS[rule.rule](rule, record, group) for rule in rules),
        str(record.entry.path),
    )


def keeper_order(
    record: ImageRecord, rules: Sequence[KeepRule] = SUGGESTED_RULES, group: Sequence[ImageRecord] = ()
) -> SortKey:
    """Sort key: the best copy to keep sorts first. `group`: the copies it is compared with
    (itself included or not); the rules that look at the group then see them all."""
    if not group:  # matching's call, for every picture: what the record alone tells
        return _order(record, rules, _GroupFacts(frozenset(), _from_camera(record)))
    return _order(record, rules, _group_facts([record, *group]))


def keeper_ranking(records: Sequence[ImageRecord], rules: Sequence[KeepRule] = SUGGESTED_RULES) -> list[int]:
    """The positions of `records` in the order keeper_order(record, rules) sorts them, each judged
    alone (ties keep their order), for every picture of a scan at once.

    Each part of the key is one NumPy column over all records, made from the columns of
    `records` as Pictures (pictures.Pictures.of), and only records equal in all of them are
    compared by path: no key tuple per record is held (a million of them took 260 MB), and no
    record is made.
    """
    import numpy as np  # only when grouping: an unchanged rescan loads no NumPy

    from lookalike.core.pictures import Pictures

    pictures = Pictures.of(records)
    count = len(pictures)
    facts = _Columns(pictures)
    columns: list[npt.NDArray[np.generic]] = [~pictures.numbers("in_reference_root")]
    for rule in rules:
        columns.extend(_rule_columns(rule, facts))
    order = np.lexsort(columns[::-1]) if count else np.zeros(0, dtype=np.intp)
    tied = np.ones(max(count - 1, 0), dtype=np.bool_)
    for column in columns:
        ordered = column[order]
        tied &= ordered[1:] == ordered[:-1]
    del columns
    ranking: list[int] = order.tolist()
    # Runs of records equal in every rule: by path, as keeper_order's last part orders them.
    starts = np.flatnonzero(np.diff(tied.astype(np.int8), prepend=0) == 1)
    ends = np.flatnonzero(np.diff(tied.astype(np.int8), append=0) == -1) + 2
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        ranking[start:end] = sorted(ranking[start:end], key=facts.path_text)
    return ranking


class _Columns:
    """What the rules look at, for every picture of a Pictures at once; each made when first asked."""

    def __init__(self, pictures: Pictures) -> None:
        self.pictures = pictures
        self._made: dict[str, object] = {}

    def _once(self, name: str, make: Callable[[], object]) -> Any:
        if name not in self._made:
            self._made[name] = make()
        return self._made[name]

    def numbers(self, name: str) -> npt.NDArray[Any]:
        return self._once(name, lambda: self.pictures.numbers(name))  # type: ignore[no-any-return]

    def values(self, name: str) -> list[Any]:
        return self._once("values " + name, lambda: self.pictures.values(name))  # type: ignore[no-any-return]

    def per_folder(self, key: Callable[[str], object]) -> npt.NDArray[Any]:
        """key(the picture's folder, as a text) of every picture, asked once per folder."""
        import numpy as np

        codes, folders, _ = self._once("paths", self.pictures.path_parts)
        return np.array([key(folder) for folder in folders])[codes] if len(folders) else np.zeros(0)

    def per_value(self, name: str, key: Callable[[Any], object]) -> npt.NDArray[Any]:
        """key(the picture's field `name`) of every picture, asked once per value."""
        import numpy as np

        coded = self.pictures.coded(name)
        if coded is not None and len(coded[0]):  # formats, cameras: a code a picture
            codes, distinct = coded
            return np.array([key(value) for value in distinct])[codes]
        keys: dict[Any, object] = {}
        return np.array([keys[v] if v in keys else keys.setdefault(v, key(v)) for v in self.values(name)])

    def undated(self) -> npt.NDArray[np.bool_]:
        """Whether each picture has no date taken."""
        return self._once("undated", lambda: self.pictures.missing("taken_at"))  # type: ignore[no-any-return]

    def names_where(self, hints: tuple[str, ...], test: Callable[[str], bool]) -> npt.NDArray[np.bool_]:
        """test(the picture's name) of every picture, asked only of the names that hold one of
        `hints` (lowercase words) in any case (every name that passes must hold one): one search
        of all the names for each word instead of a call a name (a million names took 0.3 s a
        rule), and for words rather than a pattern (a pattern of the words took 23 ms of 100,000
        names, the words 2 ms)."""
        import numpy as np

        names = self.names()
        passed = np.zeros(len(names), dtype=np.bool_)
        if not names:
            return passed
        joined, starts = self._once("joined names", self._joined_names)
        lowered = self._once("lowered names", joined.lower)
        found: list[int] = []
        if len(lowered) == len(joined):  # each letter where it was: positions are the names' own
            for word in hints:
                at = lowered.find(word)
                while at >= 0:
                    found.append(at)
                    at = lowered.find(word, at + 1)
        else:  # a letter that lowers to two ("İ"): the words as a pattern
            pattern = re.compile("|".join(map(re.escape, hints)), re.IGNORECASE)
            found = [match.start() for match in pattern.finditer(joined)]
        for index in np.unique(np.searchsorted(starts, found, side="right") - 1).tolist():
            passed[index] = test(names[index])
        return passed

    def _joined_names(self) -> tuple[str, npt.NDArray[np.int64]]:
        """The names joined by a NUL, and where each begins there."""
        import numpy as np

        names = self.names()
        sizes = np.fromiter(map(len, names), np.int64, len(names)) + 1
        return "\0".join(names), np.cumsum(sizes) - sizes

    def names(self) -> list[str]:
        return self._once("paths", self.pictures.path_parts)[2]  # type: ignore[no-any-return]

    def path_text(self, index: int) -> str:
        codes, folders, names = self._once("paths", self.pictures.path_parts)
        return os.path.join(str(folders[codes[index]]), str(names[index]))

    def camera(self) -> npt.NDArray[np.bool_]:
        """Whether each picture carries a camera's EXIF (_from_camera)."""
        import numpy as np

        def make() -> npt.NDArray[np.bool_]:
            cameras = self.per_value("camera", bool)
            dated = ~self.undated()
            return cameras.astype(np.bool_) | dated if len(cameras) else dated

        return self._once("camera", make)  # type: ignore[no-any-return]


def _rule_columns(rule: KeepRule, facts: _Columns) -> list[npt.NDArray[np.generic]]:
    """Each picture's key for `rule` (keeper_order's part, the picture judged alone), as one column
    or, for a key that is a tuple, one column per item."""
    import numpy as np

    match rule.rule:
        case Rule.LARGEST_RESOLUTION:
            width, height = facts.numbers("width").astype(np.int64), facts.numbers("height").astype(np.int64)
            return [-(width * height)]
        case Rule.LARGEST_FILE:
            return [-facts.numbers("size").astype(np.int64)]
        case Rule.CAMERA_ORIGINAL:
            return [~facts.camera()]
        case Rule.HOLDS_MORE:
            return [
                -facts.numbers("frames").astype(np.int64),
                ~facts.numbers("alpha"),
                facts.numbers("grayscale"),
            ]
        case Rule.OLDEST | Rule.NEWEST:
            seconds = facts.numbers("mtime_ns") / 1e9
            dates = facts.per_value("taken_at", _seconds_taken)
            known = np.array([date is not None for date in dates.tolist()], dtype=np.bool_)
            if known.any():
                seconds[known] = dates[known].astype(np.float64)
            return [seconds if rule.rule is Rule.OLDEST else -seconds]
        case Rule.HAS_DATE_TAKEN:
            return [facts.undated()]
        case Rule.PREFERRED_FORMAT:
            wanted = rule.value.upper()
            return [facts.per_value("format", lambda format_: format_.upper() != wanted).astype(np.bool_)]
        case Rule.PREFERRED_FOLDER:
            preferred = Path(rule.value)
            outside = facts.per_folder(lambda folder: not _inside(Path(folder) / "_", preferred))
            return [outside.astype(np.bool_)]
        case Rule.ORIGINAL_FORMAT:
            camera = facts.camera()
            if not camera.any():  # no camera picture: every name searched for nothing (17 ms at 100,000)
                return [np.zeros(len(camera), np.int64)]
            raw = facts.names_where(_RAW_HINT, lambda name: _suffix_of(name).lower() in RAW_EXTENSIONS)
            ranks = facts.per_value("format", lambda kind: _CAMERA_FORMATS.get(kind.upper(), _RESAVE_RANK))
            return [np.where(camera, np.where(raw, 0, ranks), 0).astype(np.int64)]
        case Rule.NO_COPY_MARKER:
            return [facts.names_where(_MARKER_ANYWHERE, lambda name: _copy_marker_in(_stem_of(name)))]
        case Rule.NOT_IN_BACKUP:
            return [facts.per_folder(_backup_folder).astype(np.bool_)]
    raise ValueError(f"no column for the rule {rule.rule}")


def _seconds_taken(taken: str | None) -> float | None:
    """Seconds since 1970 of a date taken (_timestamp), None when there is none or it is no date."""
    if taken:
        try:
            return datetime.fromisoformat(taken).replace(tzinfo=UTC).timestamp()
        except ValueError:
            pass
    return None


def keep_reason(
    keeper: ImageRecord, others: Sequence[ImageRecord], rules: Sequence[KeepRule] = SUGGESTED_RULES
) -> str:
    """Say in plain words which rules made `keeper` sort before every one of `others`."""
    return _reason(keeper, others, rules, _group_facts([keeper, *others]))


def _reason(
    keeper: ImageRecord,
    others: Sequence[ImageRecord],
    rules: Sequence[KeepRule],
    group: _GroupFacts,
    keys: Mapping[int, SortKey] | None = None,
) -> str:
    """keep_reason, the keys of the records by id in `keys` when they were made already."""
    keeper_key = keys[id(keeper)] if keys is not None else _order(keeper, rules, group)
    deciding: dict[int, set[str]] = {}  # the deciding part of the key, and what decided it there
    for other in others:
        other_key = keys[id(other)] if keys is not None else _order(other, rules, group)
        index = next((i for i, (a, b) in enumerate(zip(keeper_key, other_key, strict=True)) if a != b), None)
        if index is not None:
            deciding.setdefault(index, set()).add(_detail(index, rules, keeper, keeper_key, other_key))
    if not deciding:
        return REASON_ONLY_COPY
    return REASON_THEN.join(_words(index, rules, keeper, deciding[index]) for index in sorted(deciding))


def _detail(
    index: int, rules: Sequence[KeepRule], keeper: ImageRecord, ours: SortKey, theirs: SortKey
) -> str:
    """What the keeper holds that another copy lacks, when "holds more" decided between them."""
    if not 0 < index <= len(rules) or rules[index - 1].rule is not Rule.HOLDS_MORE:
        return ""
    mine, other = ours[index], theirs[index]
    assert isinstance(mine, tuple) and isinstance(other, tuple)
    part = next(i for i, (a, b) in enumerate(zip(mine, other, strict=True)) if a != b)
    fingerprint = keeper.fingerprint
    unit = "pages" if fingerprint.format.upper() == "TIFF" else "frames"
    return (f"{fingerprint.frames} {unit}", "transparency", "colour")[part]


def _words(index: int, rules: Sequence[KeepRule], keeper: ImageRecord, details: set[str]) -> str:
    """Why the key part at `index` chose the keeper, in a few plain words."""
    if index == 0:
        return REASON_REFERENCE
    if index > len(rules):
        return REASON_BY_NAME
    rule = rules[index - 1]
    match rule.rule:
        case Rule.HOLDS_MORE:
            order = ("frames", "pages", "transparency", "colour")
            held = sorted(details, key=lambda detail: next(i for i, w in enumerate(order) if w in detail))
            return REASON_HOLDS_MORE.format(", ".join(held))
        case Rule.CAMERA_ORIGINAL:
            return REASON_CAMERA
        case Rule.ORIGINAL_FORMAT:
            return REASON_FORMAT.format("RAW" if _format_rank(keeper) == 0 else keeper.fingerprint.format)
        case _:
            return rule.describe()


def apply_keep_rules(groups: Sequence[Group], rules: Sequence[KeepRule]) -> tuple[Group, ...]:
    """Mark in every group the copy `rules` choose as KEEP (plus reference-folder copies), the rest DELETE.

    When the copy chosen has the same content as the group's reference, it takes the reference's
    place (members[0]): the others were matched to that content either way.
    """
    updated = []
    for group in groups:
        records = [m.record for m in group.members]
        facts = _group_facts(records)
        # Each copy's key made once, for choosing the keeper and for saying why.
        keys = {id(record): _order(record, rules, facts) for record in records}
        keeper = min(records, key=lambda record: keys[id(record)])
        members = [
            dataclasses.replace(m, keep=m.record is keeper or m.record.entry.in_reference_root)
            for m in group.members
        ]
        chosen = next(m for m in members if m.record is keeper)
        if chosen is not members[0] and keeper.fingerprint.digest == members[0].record.fingerprint.digest:
            members.remove(chosen)
            members.insert(0, chosen)
        others = [record for record in records if record is not keeper]
        updated.append(
            dataclasses.replace(
                group, members=tuple(members), keep_reason=_reason(keeper, others, rules, facts, keys)
            )
        )
    return tuple(updated)
