"""Tooltips that hold names, shown as they are: never read as HTML.

Qt reads a tooltip as HTML when its first line looks like HTML (Qt::mightBeRichText), and a tile's
tooltip begins with the file's path. A file named "x<b>y.jpg" then made itself bold, and one named
"<b>x<!--.jpg" hid everything after its name: "Suggested to delete", why it matched.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """`text` as a tooltip that shows it as it is: unchanged, unless Qt would read it as HTML; then
    as HTML that shows those very letters, line by line, none wrapped (as a plain tooltip is)."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre'>{html.escape(text, quote=False)}</p>"
