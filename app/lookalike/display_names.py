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


def display_name(name: str | PathLike[str]) -> str:
    """`name` (a file or folder name, or a path) as the window shows it: what would hide or change
    how it reads, and bytes that are not UTF-8, made visible ("holiday⟦U+202E⟧gpj.exe⟦U+202C⟧.jpg",
    "Archiv⟦0xE9⟧")."""
    text = str(name) if not isinstance(name, str) else name
    if text.isprintable() and OPEN not in text:  # nearly every name: no character to look at
        return text
    return "".join(map(_shown_letter, text))


def _shown_letter(letter: str) -> str:
    code = ord(letter)
    if code in BYTE_ESCAPES:
        return f"{OPEN}0x{code - 0xDC00:02X}{CLOSE}"
    if letter == OPEN or unicodedata.category(letter) in HIDDEN_CATEGORIES:
        return f"{OPEN}U+{code:04X}{CLOSE}"
    return letter
