"""Words the window repeats: tier names, counts, durations, the sensitivity scale.

One place for them, so a group's badge, its tooltip and its header say the same thing,
and so translation starts here.
"""

from __future__ import annotations

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

EXACT_COPIES_TITLE = "These are exact copies"
EXACT_COPIES_TEXT = (
    "The files in this group are byte-for-byte identical: they are copies of one file, whatever "
    "their names. Mark the ones you want to keep as KEEP instead."
)
KEYS_HINT = (
    "Space or a click on the badge: KEEP/DELETE  ·  Enter: compare  ·  N: not a duplicate  ·  "
    "double-click: open  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed"
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
