"""Paths taken from and handed to Qt and the desktop as file URLs of the path's bytes.

On Linux a name may hold bytes that are not UTF-8; Python keeps them as lone surrogates
(surrogateescape), and Qt's text (QString) cannot hold those: it drops them, and QUrl's own
conversions read or write other bytes in their place. A dropped folder b"photos\\xe9" became
"photos\\ufffd", which is no folder, so the folder above it was listed to scan instead. A file URL's
path, percent-encoded, holds the very bytes ("file:///photos%E9"); this module reads and writes
them. Windows' names are UTF-16 text: there, Qt's own conversions are used.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes

from PySide6.QtCore import QByteArray, QUrl

BYTE_NAMES = os.name != "nt"  # names are bytes (POSIX); on Windows they are UTF-16 text


def file_url(path: Path) -> QUrl:
    """The file:// URL of `path` (made absolute), its bytes percent-encoded: what "Open" and "Show in
    folder" hand to the desktop. (QUrl.fromLocalFile wrote b"\\xff.jpg" as "%ED%B3%BF.jpg", a file
    that is not there.)"""
    if not BYTE_NAMES:
        return QUrl.fromLocalFile(str(path))
    encoded = quote(os.fsencode(path.absolute()), safe="/")
    return QUrl.fromEncoded(QByteArray(f"file://{encoded}".encode("ascii")), QUrl.ParsingMode.StrictMode)


def local_path(url: QUrl) -> Path | None:
    """The local file or folder `url` names (as dropped from a file manager), or None for one that is
    not local."""
    if not url.isLocalFile():
        return None
    if not BYTE_NAMES or url.host():  # a share (//server/folder) is Qt's to name
        return Path(url.toLocalFile())
    return Path(os.fsdecode(unquote_to_bytes(url.path(QUrl.ComponentFormattingOption.FullyEncoded))))


def path_text(path: Path) -> str:
    """What "Copy path" puts on the clipboard: the path as text. A path whose bytes are not UTF-8 has
    no such text (a clipboard holds Unicode text, and Qt's drops those bytes, naming another file):
    its file URL then, which names the very file wherever it is pasted."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: bytes that are not UTF-8
        return file_url(path).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    return text
