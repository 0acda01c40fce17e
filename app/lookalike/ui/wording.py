"""Words the window repeats: tier names, counts, durations, the sensitivity scale, what changed.

One place for them, so a group's badge, its tooltip and its header say the same thing,
and so translation starts here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lookalike.core.models import Tier

# A group's badge, and what the badge means in a sentence ("a group of ...").
TIER_BADGE: dict[Tier, str] = {
    Tier.EXACT: "EXACT COPIES",
    Tier.PIXELS: "SAME PICTURE",
    Tier.SIMILAR: "SIMILAR",
}
TIER_WORDS: dict[Tier, str] = {
    Tier.EXACT: "byte-identical copies",
    Tier.PIXELS: "the same picture saved in different ways",
    Tier.SIMILAR: "similar pictures",
}
# A group's tier in the group list's "How alike" column and its filter.
TIER_NAME: dict[Tier, str] = {
    Tier.EXACT: "Exact copies",
    Tier.PIXELS: "Same picture",
    Tier.SIMILAR: "Similar",
}
ALL_TIERS = "Any likeness"
# What changed between a group's copies, while the scan does not say it per file (see
# group_table.what_changed): what the tier alone tells.
TIER_CHANGES: dict[Tier, str] = {
    Tier.EXACT: "nothing",
    Tier.PIXELS: "saved differently",
    Tier.SIMILAR: "similar",
}
# How one tile relates to its group's reference (ReviewGroup.match): the badge on the tile.
MATCH_BADGE: dict[str, str] = {"identical": "EXACT COPIES", "pixels": "SAME PICTURE", "similar": "SIMILAR"}
MATCH_WORDS: dict[str, str] = {
    "reference": "the picture the others were compared with; another copy is preferred",
    "identical": "a byte-identical copy",
    "pixels": "the same picture, saved differently",
    "similar": "a similar copy",
}
# How a picture in the compare view relates to its group's reference (the values of MATCH_WORDS).
COMPARED_WORDS: dict[str, str] = {
    "reference": "The reference: the others were compared with it",
    "identical": "The same bytes as the reference",
    "pixels": "The same picture as the reference",
    "similar": "Similar to the reference",
}
PIXEL_CHECK = "pixel check {score:.2f}"
HASH_DISTANCE = "hash distance {distance}"

EXACT_COPIES_TITLE = "These are exact copies"
EXACT_COPIES_TEXT = (
    "The files in this group are byte-for-byte identical: they are copies of one file, whatever "
    "their names. Mark the ones you want to keep as KEEP instead."
)
KEYS_HINT = (
    "Space or a click on the badge: KEEP/DELETE  ·  Del: DELETE  ·  Enter: compare  ·  "
    "N: not a duplicate  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed  ·  "
    "Ctrl+Z: undo  ·  F1: all keys"
)

# Sensitivity positions, strict to loose: (share of the hash bits, words for a person).
SENSITIVITY: tuple[tuple[float, str], ...] = (
    (1 / 16, "Very strict: only copies that look practically identical"),
    (3 / 32, "Strict: re-saved and slightly resized copies"),
    (1 / 8, "Balanced (recommended): resized, re-compressed and converted copies"),
    (11 / 64, "Loose: also lightly edited copies; check the results carefully"),
    (7 / 32, "Very loose: many more matches, some of them not real duplicates"),
)
DEFAULT_SENSITIVITY = 2


def plural(count: int, word: str, many: str = "") -> str:
    """ "1 file", "2 files"; `many` for irregular plurals."""
    return f"{count} {word}" if count == 1 else f"{count} {many or word + 's'}"


def duration(seconds: float) -> str:
    """A time left, as a person reads it: "40 s", "3 min 05 s", "1 h 02 min"."""
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes, seconds = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


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
    return SENSITIVITY[_clamped(position)][1]


def sensitivity_name(position: int) -> str:
    """The short name of a slider position: "Strict", "Balanced (recommended)", ..."""
    return sensitivity_words(position).split(":")[0]


# What changed between a group's reference and a copy (core.changes codes), for a person.
# Each code has three renderings: in full (tooltips, the compare view), brief (a tile's caption)
# and as a name (a group's header, where the measures of several copies would not fit).
_SIDES = {"left": "the left", "top": "the top", "right": "the right", "bottom": "the bottom"}
_TURNS = {  # clockwise degrees: full, brief
    "90": ("turned 90° clockwise", "turned 90° right"),
    "180": ("turned 180°", "turned 180°"),
    "270": ("turned 90° counter-clockwise", "turned 90° left"),
}
_PLACES = {  # core.changes' overlay areas, as a person says them
    "centre": "in the centre",
    "top centre": "at the top",
    "bottom centre": "at the bottom",
    "middle left": "on the left",
    "middle right": "on the right",
}
_PLAIN = {  # codes without a measure: full, brief, name
    "mirrored": ("mirrored", "mirrored", "mirrored"),
    "re-encoded": ("re-encoded", "re-encoded", "re-encoded"),
    "grayscale": ("in grayscale", "grayscale", "grayscale"),
    "colour": ("in colour", "in colour", "in colour"),
    "blurred": ("blurred", "blurred", "blurred"),
    "sharpened": ("sharper", "sharper", "sharper"),
}
# The kinds of change, most telling first (as core.changes lists them): a group's header names them so.
_KINDS = (
    "rotated", "mirrored", "cropped", "uncropped", "resized", "format", "re-encoded", "grayscale", "colour",
    "transparency", "frames", "brightness", "contrast", "blurred", "sharpened", "overlay",
)  # fmt: skip
WHAT_CHANGED = "What changed: {changes}"
MORE_CHANGES = "+{count} more"


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


def _sides(text: str) -> list[tuple[str, int]]:
    """[("the left", 6), ("the bottom", 3)] from "left 6%, bottom 3%"."""
    sides = []
    for part in text.split(","):
        side, amount = part.split()
        sides.append((_SIDES[side], abs(_percent(amount))))
    if not sides:
        raise ValueError(text)
    return sides


def _change_words(code: str) -> ChangeWords:
    """The words for a known, well-formed code; KeyError or ValueError otherwise."""
    if code in _PLAIN:
        return ChangeWords(*_PLAIN[code])
    kind, separator, measure = code.partition(":")
    if not separator:
        raise KeyError(code)
    match kind:
        case "rotated":
            full, brief = _TURNS[measure]
            return ChangeWords(full, brief, "turned")
        case "cropped":
            sides = ", ".join(f"{amount}% off {side}" for side, amount in _sides(measure))
            return ChangeWords(f"cropped ({sides})", "cropped", "cropped")
        case "uncropped":
            sides = ", ".join(f"{amount}% more at {side}" for side, amount in _sides(measure))
            return ChangeWords(f"shows more at the edges ({sides})", "more at the edges", "more at the edges")
        case "resized" if _percent(measure) > 0:
            size = f"resized to {_percent(measure)}%"
            return ChangeWords(size, size, "resized")
        case "format" if measure.strip():
            saved = f"saved as {measure.strip()}"
            return ChangeWords(saved, saved, "converted")
        case "transparency" if measure in ("removed", "added"):
            words = f"transparency {measure}"
            return ChangeWords(words, words, words)
        case "frames":
            copy, of, reference = measure.split()
            if of != "of":
                raise ValueError(measure)
            words = f"{int(copy)} of the {int(reference)} frames/pages"
            return ChangeWords(words, f"{int(copy)} of {int(reference)} frames", "frames differ")
        case "brightness" if measure.startswith(("+", "-")):
            direction = "darker" if _percent(measure) < 0 else "brighter"
            return ChangeWords(f"{abs(_percent(measure))}% {direction}", direction, direction)
        case "contrast" if measure.startswith(("+", "-")):
            more = "less contrast" if _percent(measure) < 0 else "more contrast"
            return ChangeWords(f"{abs(_percent(measure))}% {more}", more, more)
        case "overlay" if measure.strip():
            place = _PLACES.get(measure, f"at the {measure}")
            full = f"something added {place} (a logo, caption or stamp)"
            return ChangeWords(full, f"something added {place}", "something added")
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
    return ", ".join(change_words(code) for code in changes)


def changes_brief(changes: Sequence[str], most: int = 2) -> str:
    """The first `most` changes, briefly, for a tile: "turned 90° right · cropped · +2 more"."""
    words = [change_words_of(code).brief for code in changes[:most]]
    if len(changes) > most:
        words.append(MORE_CHANGES.format(count=len(changes) - most))
    return " · ".join(words)


def changes_names(changes: Iterable[str]) -> str:
    """What changed across several copies, each kind once, the most telling first: "turned, cropped,
    resized". Codes this version does not know come last, as they are."""

    def telling(code: str) -> int:
        kind = code.partition(":")[0]
        return _KINDS.index(kind) if kind in _KINDS else len(_KINDS)

    return ", ".join(dict.fromkeys(change_words_of(code).name for code in sorted(changes, key=telling)))
