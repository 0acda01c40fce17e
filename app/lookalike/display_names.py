"""File names and paths as they are shown to a person: never one that passes for another.

A name may hold characters that hide or reorder what is around them: RIGHT-TO-LEFT OVERRIDE makes
"holiday\\u202egpj.exe\\u202c.jpg" read "holidayexe.jpg.jpg", a line feed leaves only "keep.jpg" of
"keep.jpg\\n(original).jpg" in a one-line label, a LEFT-TO-RIGHT MARK is not seen at all. On Linux a
name may also hold bytes that are not UTF-8, which Python keeps as lone surrogates (surrogateescape)
and Qt's text silently drops: b"\\xff.jpg" and b"\\xfe.jpg" both read ".jpg".

`display_name` shows each such character as its code point, ⟦U+202E⟧, and each such byte as its
value, ⟦0xFF⟧. The opening bracket of those escapes is shown escaped too (⟦U+27E6⟧) when a name holds
it, so no name reads like another's escape. Everything else shows as it is: accents, Korean, Chinese
and Japanese names, emoji, spaces, backslashes.

The two joiners, ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER, are format characters too, but they
are part of how Persian, Arabic and Indic names are spelled: where one changes what is drawn for
certain (a ZWNJ between two letters of a script whose letters join, either joiner after a virama) it
shows as it is; elsewhere ("keep\u200d.jpg", between two emoji) it may be unseen, and is escaped.

Only for showing: the window acts on the path itself, which never goes through this text.
"""

from __future__ import annotations

import unicodedata
from os import PathLike

# ⟦ ⟧ MATHEMATICAL LEFT and RIGHT WHITE SQUARE BRACKET: in no usual name, and unlike any usual letter
# (⟨ ⟩ read as parentheses at a tile's size: "Archiv⟨0xE9⟩" as "Archiv(0xE9)").
OPEN, CLOSE = "\u27e6", "\u27e7"
# Control characters (line feed, escape), format characters (direction marks and overrides, zero
# widths, tags), line and paragraph separators, lone surrogates.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
BYTE_ESCAPES = range(0xDC80, 0xDD00)  # surrogateescape's stand-ins for the bytes 0x80-0xFF
ZWNJ, ZWJ = "\u200c", "\u200d"
VIRAMA = 9  # the canonical combining class of an Indic virama: a joiner after it shapes a conjunct
# Scripts whose letters join their neighbours (Unicode's Joining_Type, which unicodedata lacks), by
# the first word of their letters' names: a joiner between two of their letters changes their forms.
JOINING_SCRIPTS = frozenset(
    {"ARABIC", "SYRIAC", "NKO", "MANDAIC", "MANICHAEAN", "MONGOLIAN", "ADLAM", "HANIFI", "SOGDIAN"}
    | {"PHAGS-PA"}
)
# The Arabic letters that join only the letter before them (Joining_Type R: alef, dal, reh, waw...)
# or none (hamza): a joiner after one changes nothing drawn, so alef, ZWNJ, beh would read as alef, beh.
ARABIC_JOINING_NO_FURTHER = frozenset(
    {0x621, 0x622, 0x623, 0x624, 0x625, 0x627, 0x629, 0x62F, 0x630, 0x631, 0x632, 0x648, 0x671, 0x672}
    | {0x673, 0x674, 0x675, 0x676, 0x677, *range(0x688, 0x69A), 0x6C0, *range(0x6C3, 0x6CC), 0x6CD}
    | {0x6CF, 0x6D2, 0x6D3, 0x6D5, 0x6EE, 0x6EF}
)
HAMZA = 0x621  # joins neither side


def display_name(name: str | PathLike[str]) -> str:
    """`name` (a file or folder name, or a path) as the window shows it: what would hide or change
    how it reads, and bytes that are not UTF-8, made visible ("holiday⟦U+202E⟧gpj.exe⟦U+202C⟧.jpg",
    "Archiv⟦0xE9⟧")."""
    text = str(name) if not isinstance(name, str) else name
    if text.isprintable() and OPEN not in text:  # nearly every name: no character to look at
        return text
    return "".join(_shown_letter(text, at) for at in range(len(text)))


def _shown_letter(text: str, at: int) -> str:
    letter = text[at]
    code = ord(letter)
    if code in BYTE_ESCAPES:
        return f"{OPEN}0x{code - 0xDC00:02X}{CLOSE}"
    if letter in (ZWNJ, ZWJ) and _joins(text, at):
        return letter
    if letter == OPEN or unicodedata.category(letter) in HIDDEN_CATEGORIES:
        return f"{OPEN}U+{code:04X}{CLOSE}"
    return letter


def _joins(text: str, at: int) -> bool:
    """Whether the joiner at `at` changes how the letters around it are drawn, after RFC 5892's rules
    for joiners in domain names: either joiner after a virama (a half form, a visible virama), a
    ZERO WIDTH NON-JOINER between a letter that joins the next and one that joins the one before.
    Nowhere else does either change what is drawn for certain (a ZWJ between two emoji draws them as
    one only where the font knows that pair, and between two Arabic letters that join anyway, nothing)."""
    before, after = text[at - 1] if at else "", text[at + 1 : at + 2]
    if not before or not after:
        return False
    if unicodedata.combining(before) == VIRAMA:
        return unicodedata.category(after).startswith("L")
    if text[at] != ZWNJ:
        return False
    joined, next_one = _skipping_marks(text, at, -1), _skipping_marks(text, at, +1)
    return (
        _letter_of_joining_script(joined)
        and ord(joined) not in ARABIC_JOINING_NO_FURTHER
        and _letter_of_joining_script(next_one)
        and ord(next_one) != HAMZA
    )


def _skipping_marks(text: str, at: int, step: int) -> str:
    """The letter next to `at` in direction `step`, past the marks between (a vowel sign, a shadda)."""
    at += step
    while 0 <= at < len(text) and unicodedata.category(text[at]) == "Mn":
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _letter_of_joining_script(letter: str) -> bool:
    """A letter of a script whose letters join, in its own form: not a presentation form (ﺏ, "ARABIC
    LETTER BEH ISOLATED FORM"), which is drawn as it is whatever stands beside it."""
    if not letter or not unicodedata.category(letter).startswith("L"):
        return False
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0] in JOINING_SCRIPTS and not name.endswith(" FORM")
