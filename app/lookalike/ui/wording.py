"""Words the window repeats: tier names, counts, durations, the sensitivity scale, what changed, and
core's reasons (a file not read, left alone or not put back).

One place for them, so a group's badge, its tooltip and its header say the same thing,
and so translation starts here.
"""

from __future__ import annotations

import errno
import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lookalike import reasons_wording
from lookalike.core import selection
from lookalike.core.models import Tier
from lookalike.core.reasons import Code, Reason
from lookalike.core.selection import KeepRule, Rule
from lookalike.display_names import display_name
from lookalike.ui.i18n import QT_TRANSLATE_NOOP, fill, number_text, translate
from lookalike.ui.on_disk import OnDisk

# Words are translated when they are shown, never at import (the language is chosen after): the
# tables below hold the English source text, marked for lupdate with QT_TRANSLATE_NOOP, and the
# functions translate it in the context "Wording".
CONTEXT = "Wording"


def _t(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in the "Wording" context) in the window's language."""
    return translate(CONTEXT, text)


# A group's badge, and what the badge means in a sentence ("a group of ...").
_TIER_WORDS: dict[Tier, str] = {
    Tier.EXACT: QT_TRANSLATE_NOOP("Wording", "byte-identical copies"),
    Tier.PIXELS: QT_TRANSLATE_NOOP("Wording", "the same picture saved in different ways"),
    Tier.SIMILAR: QT_TRANSLATE_NOOP("Wording", "similar pictures"),
}
# A group's tier in the group list's "How alike" column and its filter.
_TIER_NAME: dict[Tier, str] = {
    Tier.EXACT: QT_TRANSLATE_NOOP("Wording", "Exact copies"),
    Tier.PIXELS: QT_TRANSLATE_NOOP("Wording", "Same picture"),
    Tier.SIMILAR: QT_TRANSLATE_NOOP("Wording", "Similar"),
}
# What changed between a group's copies, while the scan does not say it per file (see
# group_table.what_changed): what the tier alone tells.
_TIER_CHANGES: dict[Tier, str] = {
    Tier.EXACT: QT_TRANSLATE_NOOP("Wording", "nothing"),
    Tier.PIXELS: QT_TRANSLATE_NOOP("Wording", "saved differently"),
    Tier.SIMILAR: QT_TRANSLATE_NOOP("Wording", "similar"),
}
# How one tile relates to its group's reference (ReviewGroup.match), in a tooltip.
_MATCH_WORDS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP(
        "Wording", "the picture the others were compared with; another copy is preferred"
    ),
    "identical": QT_TRANSLATE_NOOP("Wording", "a byte-identical copy"),
    "pixels": QT_TRANSLATE_NOOP("Wording", "the same picture, saved differently"),
    "similar": QT_TRANSLATE_NOOP("Wording", "a similar copy"),
}
# How a picture in the compare view relates to its group's reference (the keys of _MATCH_WORDS).
_COMPARED_WORDS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("Wording", "The reference: the others were compared with it"),
    "identical": QT_TRANSLATE_NOOP("Wording", "The same bytes as the reference"),
    "pixels": QT_TRANSLATE_NOOP("Wording", "The same picture as the reference"),
    "similar": QT_TRANSLATE_NOOP("Wording", "Similar to the reference"),
}


def tier_words(tier: Tier) -> str:
    """What a group's tier means in a sentence: "similar pictures"."""
    return _t(_TIER_WORDS[tier])


def tier_name(tier: Tier) -> str:
    """A group's tier in the list and its filter: "Exact copies", "Same picture", "Similar"."""
    return _t(_TIER_NAME[tier])


def tier_changes(tier: Tier) -> str:
    """What changed between a group's copies as far as its tier tells: "saved differently"."""
    return _t(_TIER_CHANGES[tier])


def any_tier() -> str:
    """The tier filter's choice that lets every group through."""
    return translate("Wording", "Any likeness")


def match_words(match: str) -> str:
    """How a tile relates to its group's reference (ReviewGroup.match), in a tooltip."""
    return _t(_MATCH_WORDS.get(match, _MATCH_WORDS["similar"]))


def compared_words(match: str) -> str:
    """How a picture in the compare view relates to its group's reference, as a sentence."""
    return _t(_COMPARED_WORDS.get(match, _COMPARED_WORDS["similar"]))


def on_disk_words(state: OnDisk) -> str:
    """What became of a file since the scan, briefly, under a tile's name; "" when nothing did."""
    if state is OnDisk.CHANGED:
        return translate("Wording", "Changed since the scan")
    if state is OnDisk.GONE:
        return translate("Wording", "No longer there")
    return ""


def on_disk_sentence(state: OnDisk) -> str:
    """What became of a file since the scan, in place of how it matched (a tile's tooltip, the
    compare view's caption): what the scan said of it no longer holds. "" when nothing did."""
    if state is OnDisk.CHANGED:
        return translate("Wording", "Changed since the scan: not the picture the scan compared")
    if state is OnDisk.GONE:
        return translate("Wording", "No longer there: moved or deleted since the scan")
    return ""


def lost_keepers_words(gone: Sequence[bool]) -> str:
    """Why a copy marked DELETE is not moved, briefly, under its tile's name: every copy marked KEEP
    beside it was seen gone (True) or changed (False) since the scan (Review.lost_keepers)."""
    if len(gone) == 1:
        if gone[0]:
            return translate("Wording", "The copy you keep is gone")
        return translate("Wording", "The copy you keep changed")
    if all(gone):
        return translate("Wording", "The copies you keep are gone")
    if not any(gone):
        return translate("Wording", "The copies you keep changed")
    return translate("Wording", "The copies you keep changed or are gone")


def not_moved_sentence() -> str:
    """Why a copy marked DELETE is not moved when every copy marked KEEP beside it changed or went
    away since the scan, and what to do (Held.NO_KEEPER): its tile's tooltip, its compare caption's."""
    return translate(
        "TileModel",
        "Marked DELETE, it is not moved: every copy marked KEEP in this group changed or went away since "
        "the scan. Mark another copy KEEP, or scan again.",
    )


def mark_word(keep: bool) -> str:
    """A copy's mark, as its badge says it: "KEEP" or "DELETE"."""
    return translate("Wording", "KEEP") if keep else translate("Wording", "DELETE")


def pixel_check(score: float) -> str:
    """The pixel check's score in words a person reads ("pixels 97% alike"; was "pixel check 0.97")."""
    return fill(translate("Wording", "pixels %1% alike"), alike_percent(score))


def alike_percent(score: float) -> int:
    """A pixel check's score (1.00: identical) as a percentage, never rounded up to 100."""
    return math.floor(score * 100 + 1e-9)


def hash_distance(distance: int) -> str:
    """How far apart the two fingerprints are ("fingerprint difference 3"; was "hash distance 3")."""
    return fill(translate("Wording", "fingerprint difference %1"), distance)


def exact_copies_refusal() -> tuple[str, str]:
    """Title and text: why "not duplicates" cannot split a group of byte-identical copies."""
    return (
        translate("Wording", "These are exact copies"),
        translate(
            "Wording",
            "The files in this group are byte-for-byte identical: they are copies of one file, whatever "
            "their names. Mark the ones you want to keep as KEEP instead.",
        ),
    )


def decisions_unchanged() -> str:
    """The title of a message that the "not duplicates" decisions could not be stored or forgotten."""
    return translate("Wording", "The “not duplicates” list cannot be changed")


def write_problem(error: BaseException) -> str:
    """Why a write failed (`error`, SQLite's or the system's: the "not duplicates" list, the demo's
    pictures), as words that follow "because": the disk is full, it is read-only, another program
    holds the file, or else the system's own words."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    number = getattr(error, "errno", None)
    if primary == sqlite3.SQLITE_FULL or number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return reason_words(Code.DISK_FULL())
    if primary == sqlite3.SQLITE_READONLY or number == errno.EROFS:
        return reason_words(Code.FOLDER_READ_ONLY())
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return translate("Wording", "another program is using it")
    return reason_words(Code.SYSTEM_REFUSED(error=getattr(error, "strerror", None) or str(error)))


def hint_line(text: str) -> str:
    """A line of key hints ("Del: DELETE  ·  Ctrl+Z: undo") to wrap only between its hints: within
    one, spaces do not break and a WORD JOINER sits between letters (Japanese and Chinese break
    between any two: "元に / 戻す" read as two hints)."""
    parts = [part.strip() for part in text.split("·")]
    # The dot stays with the hint before it: a line never begins with one.
    return "\u00a0\u00a0·  ".join(_JOINER.join(part.replace(" ", "\u00a0")) for part in parts if part)


_JOINER = "\u2060"


def keys_hint() -> str:
    """The grid's keys in one line, under the grid."""
    return translate(
        "Wording",
        "Space or a click on the badge: KEEP/DELETE  ·  Del: DELETE  ·  Enter: compare  ·  "
        "N: not a duplicate  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed  ·  "
        "Ctrl+Z: undo  ·  F1: all keys",
    )


# The keep rules' names (core.selection.Rule's values are what settings store, never shown as they are).
_RULE_NAMES: dict[Rule, str] = {
    Rule.LARGEST_RESOLUTION: QT_TRANSLATE_NOOP("Wording", "largest resolution"),
    Rule.LARGEST_FILE: QT_TRANSLATE_NOOP("Wording", "largest file"),
    Rule.OLDEST: QT_TRANSLATE_NOOP("Wording", "oldest"),
    Rule.NEWEST: QT_TRANSLATE_NOOP("Wording", "newest"),
    Rule.PREFERRED_FOLDER: QT_TRANSLATE_NOOP("Wording", "in preferred folder"),
    Rule.PREFERRED_FORMAT: QT_TRANSLATE_NOOP("Wording", "preferred format"),
    Rule.HAS_DATE_TAKEN: QT_TRANSLATE_NOOP("Wording", "has camera date (EXIF)"),
    Rule.HOLDS_MORE: QT_TRANSLATE_NOOP("Wording", "holds more (frames, transparency, colour)"),
    Rule.CAMERA_ORIGINAL: QT_TRANSLATE_NOOP("Wording", "camera original (EXIF)"),
    Rule.ORIGINAL_FORMAT: QT_TRANSLATE_NOOP("Wording", "original format, not a re-save"),
    Rule.NO_COPY_MARKER: QT_TRANSLATE_NOOP("Wording", "no copy marker in the name"),
    Rule.NOT_IN_BACKUP: QT_TRANSLATE_NOOP("Wording", "not in a backup or download folder"),
}


def rule_name(rule: Rule) -> str:
    """A kind of keep rule in words: "largest resolution"."""
    return _t(_RULE_NAMES[rule]) if rule in _RULE_NAMES else rule.value


def rule_words(rule: KeepRule) -> str:
    """A keep rule in words, with its folder or format: "in preferred folder (/photos/originals)"."""
    name = rule_name(rule.rule)
    return f"{name} ({display_name(rule.value)})" if rule.value else name


# The parts of a keep reason that are not a rule's name (core.selection.REASON_*).
_REASON_PARTS: dict[str, str] = {
    selection.REASON_ONLY_COPY: QT_TRANSLATE_NOOP("Wording", "only copy"),
    selection.REASON_REFERENCE: QT_TRANSLATE_NOOP("Wording", "in a reference folder"),
    selection.REASON_BY_NAME: QT_TRANSLATE_NOOP("Wording", "first by name"),
    selection.REASON_CAMERA: QT_TRANSLATE_NOOP("Wording", "camera original (has EXIF)"),
}
_HELD: dict[str, str] = {
    "transparency": QT_TRANSLATE_NOOP("Wording", "transparency"),
    "colour": QT_TRANSLATE_NOOP("Wording", "colour"),
    "frames": QT_TRANSLATE_NOOP("Wording", "%1 frames"),
    "pages": QT_TRANSLATE_NOOP("Wording", "%1 pages"),
}


def keep_reason_words(reason: str) -> str:
    """Why a group's keeper was chosen (core.selection.keep_reason, English) in the window's language,
    part by part; a part this version does not know is shown as it is."""
    return translate("Wording", ", then ", "between the reasons a copy is kept").join(
        _reason_part(part) for part in reason.split(selection.REASON_THEN)
    )


def _reason_part(part: str) -> str:
    if part in _REASON_PARTS:
        return _t(_REASON_PARTS[part])
    for rule in Rule:
        if part == rule.value:
            return rule_name(rule)
        if part.startswith(f"{rule.value} (") and part.endswith(")"):
            return f"{rule_name(rule)} ({part[len(rule.value) + 2 : -1]})"
    held_prefix, format_prefix = (
        selection.REASON_HOLDS_MORE.split("{}")[0],
        selection.REASON_FORMAT.split("{}")[0],
    )
    if part.startswith(held_prefix) and part.endswith(")"):
        held = [_held_words(item) for item in part[len(held_prefix) : -1].split(", ")]
        return fill(_t(QT_TRANSLATE_NOOP("Wording", "holds more (%1)")), list_separator().join(held))
    if part.startswith(format_prefix) and part.endswith(")"):
        return fill(_t(QT_TRANSLATE_NOOP("Wording", "original format (%1)")), part[len(format_prefix) : -1])
    return part


def _held_words(item: str) -> str:
    """ "3 frames" -> "3 프레임"; "transparency" -> its word."""
    count, _, unit = item.partition(" ")
    if unit in _HELD and count.isdigit():
        return fill(_t(_HELD[unit]), count)
    return _t(_HELD[item]) if item in _HELD else item


# Sensitivity positions, strict to loose: (share of the hash bits, words for a person). The words
# are the English source text: sensitivity_words() and sensitivity_name() translate them.
SENSITIVITY: tuple[tuple[float, str], ...] = (
    (1 / 16, QT_TRANSLATE_NOOP("Wording", "Very strict: only copies that look practically identical")),
    (3 / 32, QT_TRANSLATE_NOOP("Wording", "Strict: re-saved and slightly resized copies")),
    (
        1 / 8,
        QT_TRANSLATE_NOOP("Wording", "Balanced (recommended): resized, re-compressed and converted copies"),
    ),
    (11 / 64, QT_TRANSLATE_NOOP("Wording", "Loose: also lightly edited copies; check the results carefully")),
    (7 / 32, QT_TRANSLATE_NOOP("Wording", "Very loose: many more matches, some of them not real duplicates")),
)
_SENSITIVITY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Wording", "Very strict"),
    QT_TRANSLATE_NOOP("Wording", "Strict"),
    QT_TRANSLATE_NOOP("Wording", "Balanced (recommended)"),
    QT_TRANSLATE_NOOP("Wording", "Loose"),
    QT_TRANSLATE_NOOP("Wording", "Very loose"),
)
DEFAULT_SENSITIVITY = 2


def duration(seconds: float) -> str:
    """A time left, as a person reads it: "40 s", "3 min 05 s", "1 h 02 min"."""
    if seconds < 60:
        return fill(translate("Wording", "%1 s", "seconds"), max(1, round(seconds)))
    minutes, seconds = divmod(round(seconds), 60)
    if minutes < 60:
        return fill(translate("Wording", "%1 min %2 s", "minutes, seconds"), minutes, f"{seconds:02d}")
    return fill(translate("Wording", "%1 h %2 min", "hours, minutes"), minutes // 60, f"{minutes % 60:02d}")


def _clamped(position: int) -> int:
    return max(0, min(position, len(SENSITIVITY) - 1))


def threshold_for(position: int, hash_bits: int = 64) -> int:
    """The hash distance a sensitivity slider position stands for."""
    return max(1, round(hash_bits * SENSITIVITY[_clamped(position)][0]))


def position_for(threshold: int, hash_bits: int = 64) -> int:
    """The sensitivity slider position closest to a hash distance threshold."""
    return min(range(len(SENSITIVITY)), key=lambda p: (abs(threshold_for(p, hash_bits) - threshold), p))


def sensitivity_words(position: int) -> str:
    """What a slider position finds, in a sentence."""
    return _t(SENSITIVITY[_clamped(position)][1])


def sensitivity_name(position: int) -> str:
    """The short name of a slider position: "Strict", "Balanced (recommended)", ..."""
    return _t(_SENSITIVITY_NAMES[_clamped(position)])


# What changed between a group's reference and a copy (core.changes codes), for a person.
# Each code has three renderings: in full (tooltips, the compare view), brief (a tile's caption)
# and as a name (a group's header, where the measures of several copies would not fit).
_CROPPED_SIDES = {  # how much was cut off each side: "6% off the left"
    "left": QT_TRANSLATE_NOOP("Wording", "%1% off the left"),
    "top": QT_TRANSLATE_NOOP("Wording", "%1% off the top"),
    "right": QT_TRANSLATE_NOOP("Wording", "%1% off the right"),
    "bottom": QT_TRANSLATE_NOOP("Wording", "%1% off the bottom"),
}
_UNCROPPED_SIDES = {  # how much more a copy shows at each side: "4% more at the top"
    "left": QT_TRANSLATE_NOOP("Wording", "%1% more at the left"),
    "top": QT_TRANSLATE_NOOP("Wording", "%1% more at the top"),
    "right": QT_TRANSLATE_NOOP("Wording", "%1% more at the right"),
    "bottom": QT_TRANSLATE_NOOP("Wording", "%1% more at the bottom"),
}
_TURNS = {  # clockwise degrees: full, brief
    "90": (
        QT_TRANSLATE_NOOP("Wording", "turned 90° clockwise"),
        QT_TRANSLATE_NOOP("Wording", "turned 90° right"),
    ),
    "180": (QT_TRANSLATE_NOOP("Wording", "turned 180°"), QT_TRANSLATE_NOOP("Wording", "turned 180°")),
    "270": (
        QT_TRANSLATE_NOOP("Wording", "turned 90° counter-clockwise"),
        QT_TRANSLATE_NOOP("Wording", "turned 90° left"),
    ),
}
_PLACES = {  # core.changes' overlay areas (a row and a column of a 3x3 grid), as a person says them
    "centre": QT_TRANSLATE_NOOP("Wording", "in the centre"),
    "top centre": QT_TRANSLATE_NOOP("Wording", "at the top"),
    "bottom centre": QT_TRANSLATE_NOOP("Wording", "at the bottom"),
    "middle left": QT_TRANSLATE_NOOP("Wording", "on the left"),
    "middle right": QT_TRANSLATE_NOOP("Wording", "on the right"),
    "top left": QT_TRANSLATE_NOOP("Wording", "at the top left"),
    "top right": QT_TRANSLATE_NOOP("Wording", "at the top right"),
    "bottom left": QT_TRANSLATE_NOOP("Wording", "at the bottom left"),
    "bottom right": QT_TRANSLATE_NOOP("Wording", "at the bottom right"),
}
_PLAIN = {  # codes without a measure: full, brief, name
    "mirrored": (
        QT_TRANSLATE_NOOP("Wording", "mirrored"),
        QT_TRANSLATE_NOOP("Wording", "mirrored"),
        QT_TRANSLATE_NOOP("Wording", "mirrored"),
    ),
    "re-encoded": (
        QT_TRANSLATE_NOOP("Wording", "re-encoded"),
        QT_TRANSLATE_NOOP("Wording", "re-encoded"),
        QT_TRANSLATE_NOOP("Wording", "re-encoded"),
    ),
    "grayscale": (
        QT_TRANSLATE_NOOP("Wording", "in grayscale"),
        QT_TRANSLATE_NOOP("Wording", "grayscale"),
        QT_TRANSLATE_NOOP("Wording", "grayscale"),
    ),
    "colour": (
        QT_TRANSLATE_NOOP("Wording", "in colour"),
        QT_TRANSLATE_NOOP("Wording", "in colour"),
        QT_TRANSLATE_NOOP("Wording", "in colour"),
    ),
    "blurred": (
        QT_TRANSLATE_NOOP("Wording", "blurred"),
        QT_TRANSLATE_NOOP("Wording", "blurred"),
        QT_TRANSLATE_NOOP("Wording", "blurred"),
    ),
    "sharpened": (
        QT_TRANSLATE_NOOP("Wording", "sharper"),
        QT_TRANSLATE_NOOP("Wording", "sharper"),
        QT_TRANSLATE_NOOP("Wording", "sharper"),
    ),
}
# The kinds of change, most telling first (as core.changes lists them): a group's header names them so.
# Codes, not words.
_KINDS = (
    "rotated", "mirrored", "cropped", "uncropped", "resized", "format", "re-encoded", "grayscale", "colour",
    "transparency", "frames", "brightness", "contrast", "blurred", "sharpened", "overlay",
)  # fmt: skip


def list_separator() -> str:
    """Between the items of a list in a sentence: ", " in English, "、" in Japanese and Chinese."""
    return translate("Wording", ", ", "between the items of a list")


def quoted_name(name: str) -> str:
    """`name` (as shown) in the quotation marks of the window's language, for a sentence: “a.jpg” in
    English, Chinese and Korean, 「a.jpg」 in Japanese. The catalog shown says which, as it says the
    sentence's words: the system's locale may be another language than the window's."""
    return fill(translate("Wording", "“%1”", "a file's name quoted in a sentence"), name)


def quoted_names(paths: Sequence[Path], most: int = 3) -> str:
    """The names of the first `most` of `paths` in quotes (quoted_name), then " …" when there are more:
    "“a.jpg”, “b.jpg” …", "「a.jpg」、「b.jpg」 …"."""
    names = list_separator().join(quoted_name(display_name(path.name)) for path in paths[:most])
    return names + (" …" if len(paths) > most else "")


def what_changed(changes: str) -> str:
    """ "What changed: turned 90° clockwise, resized to 50%"."""
    return fill(translate("Wording", "What changed: %1"), changes)


@dataclass(frozen=True, slots=True)
class ChangeWords:
    """One change in words: `full` ("turned 90° clockwise"), `brief` ("turned 90° right") and
    `name` ("turned")."""

    full: str
    brief: str
    name: str


def _percent(text: str) -> int:
    """12 from "12%" or "+12%", -12 from "-12%"; ValueError for anything else."""
    if not text.endswith("%"):
        raise ValueError(text)
    return int(text[:-1])


def _sides(text: str, words: dict[str, str]) -> str:
    """ "6% off the left, 3% off the bottom" from "left 6%, bottom 3%" (`words`: the phrase per side)."""
    sides = []
    for part in text.split(","):
        side, amount = part.split()
        sides.append(fill(_t(words[side]), abs(_percent(amount))))
    if not sides:
        raise ValueError(text)
    return list_separator().join(sides)


def _same(words: str) -> ChangeWords:
    return ChangeWords(words, words, words)


def _change_words(code: str) -> ChangeWords:
    """The words for a known, well-formed code; KeyError or ValueError otherwise."""
    if code in _PLAIN:
        return ChangeWords(*(_t(words) for words in _PLAIN[code]))
    kind, separator, measure = code.partition(":")
    if not separator:
        raise KeyError(code)
    match kind:
        case "rotated":
            full, brief = _TURNS[measure]
            return ChangeWords(_t(full), _t(brief), translate("Wording", "turned"))
        case "cropped":
            cropped = translate("Wording", "cropped")
            sides = _sides(measure, _CROPPED_SIDES)
            return ChangeWords(fill(translate("Wording", "cropped (%1)"), sides), cropped, cropped)
        case "uncropped":
            sides = _sides(measure, _UNCROPPED_SIDES)
            more = translate("Wording", "more at the edges")
            return ChangeWords(fill(translate("Wording", "shows more at the edges (%1)"), sides), more, more)
        case "resized" if _percent(measure) > 0:
            size = fill(translate("Wording", "resized to %1%"), _percent(measure))
            return ChangeWords(size, size, translate("Wording", "resized"))
        case "format" if measure.strip():
            saved = fill(translate("Wording", "saved as %1"), measure.strip())
            return ChangeWords(saved, saved, translate("Wording", "converted"))
        case "transparency" if measure == "removed":
            return _same(translate("Wording", "transparency removed"))
        case "transparency" if measure == "added":
            return _same(translate("Wording", "transparency added"))
        case "frames":
            copy, of, reference = measure.split()
            if of != "of":
                raise ValueError(measure)
            full = fill(translate("Wording", "%1 of the %2 frames/pages"), int(copy), int(reference))
            brief = fill(translate("Wording", "%1 of %2 frames"), int(copy), int(reference))
            return ChangeWords(full, brief, translate("Wording", "frames differ"))
        case "brightness" if measure.startswith(("+", "-")):
            if _percent(measure) < 0:
                full, name = translate("Wording", "%1% darker"), translate("Wording", "darker")
            else:
                full, name = translate("Wording", "%1% brighter"), translate("Wording", "brighter")
            return ChangeWords(fill(full, abs(_percent(measure))), name, name)
        case "contrast" if measure.startswith(("+", "-")):
            if _percent(measure) < 0:
                full, name = translate("Wording", "%1% less contrast"), translate("Wording", "less contrast")
            else:
                full, name = translate("Wording", "%1% more contrast"), translate("Wording", "more contrast")
            return ChangeWords(fill(full, abs(_percent(measure))), name, name)
        case "overlay" if measure == "all over":  # a tiled watermark, a tint: the closer look's word
            full = translate("Wording", "something laid over the whole picture (a watermark or a tint)")
            brief = translate("Wording", "something added all over")
            return ChangeWords(full, brief, translate("Wording", "something added"))
        case "overlay" if measure in _PLACES:
            place = _t(_PLACES[measure])
            full = fill(translate("Wording", "something added %1 (a logo, caption or stamp)"), place)
            brief = fill(translate("Wording", "something added %1"), place)
            return ChangeWords(full, brief, translate("Wording", "something added"))
    raise KeyError(code)


def change_words_of(code: str) -> ChangeWords:
    """All the words for one core.changes code. A code this version does not know (a result saved by
    a newer one) or cannot read is shown as it is, in every rendering."""
    try:
        return _change_words(code)
    except (KeyError, ValueError):
        return ChangeWords(code, code, code)


def change_words(code: str) -> str:
    """One change in plain words: "rotated:90" is "turned 90° clockwise"."""
    return change_words_of(code).full


def changes_sentence(changes: Sequence[str]) -> str:
    """Every change in plain words: "turned 90° clockwise, resized to 50%, saved as PNG"."""
    return list_separator().join(change_words(code) for code in changes)


def changes_brief(changes: Sequence[str], most: int = 2) -> str:
    """The first `most` changes, briefly, for a tile: "turned 90° right · cropped · +2 more"."""
    words = [change_words_of(code).brief for code in changes[:most]]
    if len(changes) > most:
        words.append(fill(translate("Wording", "+%1 more"), len(changes) - most))
    return " · ".join(words)


def changes_names(changes: Iterable[str]) -> str:
    """What changed across several copies, each kind once, the most telling first: "turned, cropped,
    resized". Codes this version does not know come last, as they are."""

    def telling(code: str) -> int:
        kind = code.partition(":")[0]
        return _KINDS.index(kind) if kind in _KINDS else len(_KINDS)

    names = dict.fromkeys(change_words_of(code).name for code in sorted(changes, key=telling))
    return list_separator().join(names)


def reason_words(reason: Reason) -> str:
    """Why a file was not read, left alone or not put back (or what went wrong beside), in the
    window's language. A reason read back from a saved result in words no code makes stays as written."""
    return reasons_wording.reason_words(reason, lambda text: translate("Reasons", text), number_text)
