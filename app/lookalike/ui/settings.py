"""The person's preferences and the window's saved state, typed, read and written in one place.

QSettings holds them as JSON text under the keys earlier versions used; anything missing or
unreadable falls back to its default (with a log line), never to an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from lookalike.core.models import Mode
from lookalike.core.selection import FORMER_SUGGESTED_RULES, SUGGESTED_RULES, KeepRule, Rule
from lookalike.ui.i18n import LANGUAGES
from lookalike.ui.wording import DEFAULT_SENSITIVITY, SENSITIVITY

log = logging.getLogger(__name__)

MAX_RECENT = 10
# 2: rotations are on by default. Options saved without a version come from when they were off by
# default, so their "rotations": false says what the window started with, not what the person chose.
# The file choices (FileChoices) came later under the same version: each one missing is its default.
OPTIONS_VERSION = 2
# Room left around a window for what the system draws outside it (title bar, borders), which is not
# known before the window is shown: a title bar is 30-40 px high at 100-125 % scaling.
FRAME_ALLOWANCE = QSize(16, 48)
# The width of the results' group list, once the person dragged the handle beside it, and its height
# above the grid in a narrow window, once they dragged the handle under it: window state, kept apart
# from the preferences like the geometry. Wider or higher than any screen is no width or height.
LIST_WIDTH_KEY = "window/list_width"
LIST_HEIGHT_KEY = "window/list_height"
MAX_LIST_WIDTH = MAX_LIST_HEIGHT = 20_000


@dataclass(frozen=True, slots=True)
class FolderChoice:
    """A folder listed for scanning; a reference folder's pictures are always kept."""

    path: Path
    reference: bool = False


@dataclass(frozen=True, slots=True)
class FileChoices:
    """Which files a scan reads: the start page's Options… (ScanOptions' fields of the same names)."""

    exclude: tuple[str, ...] = ()  # patterns, as discovery.ExclusionRules reads them
    min_size_kb: int = 0  # files smaller than this many kilobytes (1000 bytes) are skipped
    include_hidden: bool = False
    recursive: bool = True  # False: only the folders listed, not their subfolders
    follow_links: bool = False  # follow symbolic links to folders and files inside the chosen folders

    @property
    def min_size(self) -> int:
        return self.min_size_kb * 1000

    @classmethod
    def from_json(cls, options: dict[str, Any]) -> FileChoices:
        """The choices saved among the options; each one missing or unreadable is its default (options
        saved before these existed hold none of them)."""
        defaults = cls()
        exclude = options.get("exclude")
        size = options.get("min_size_kb")

        def flag(name: str, default: bool) -> bool:
            value = options.get(name)
            return value if isinstance(value, bool) else default

        return cls(
            exclude=tuple(p for p in exclude if isinstance(p, str) and p.strip())
            if isinstance(exclude, list)
            else defaults.exclude,
            min_size_kb=size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else 0,
            include_hidden=flag("include_hidden", defaults.include_hidden),
            recursive=flag("recursive", defaults.recursive),
            follow_links=flag("follow_links", defaults.follow_links),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "exclude": list(self.exclude),
            "min_size_kb": self.min_size_kb,
            "include_hidden": self.include_hidden,
            "recursive": self.recursive,
            "follow_links": self.follow_links,
        }


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the person chose, kept between sessions."""

    mode: Mode = Mode.SIMILAR
    sensitivity: int = DEFAULT_SENSITIVITY  # a position on the strict-to-loose scale (wording.SENSITIVITY)
    rotations: bool = True  # also find rotated and mirrored copies (ScanOptions' default)
    folders: tuple[FolderChoice, ...] = ()
    recent: tuple[Path, ...] = field(default=())  # most recent first
    keep_rules: tuple[KeepRule, ...] = SUGGESTED_RULES
    files: FileChoices = FileChoices()
    language: str = ""  # a key of i18n.LANGUAGES ("en", "ko", ...); "" follows the system's language

    def with_recent(self, folder: Path) -> Preferences:
        """These preferences with `folder` as the most recently used one."""
        recent = (folder, *(p for p in self.recent if p != folder))
        return replace(self, recent=recent[:MAX_RECENT])


def saved_folder(text: object) -> Path | None:
    """The absolute folder a saved setting names ("~" and "~user" expanded), or None (logged) for one
    that names none here: not text, empty, relative (it would stand for wherever Lookalike happens to
    start), a "~user" unknown here (settings copied from another account) or holding a NUL."""
    if not isinstance(text, str):
        return None
    try:
        path = Path(text).expanduser()
    except (RuntimeError, OSError) as exc:  # RuntimeError: no such user here
        problem = str(exc)
    else:
        if path.is_absolute() and "\0" not in text:
            return path
        problem = "it holds a NUL character" if "\0" in text else "not an absolute path"
    log.warning("the saved folder %r is left out: %s", text, problem)
    return None


def rules_to_json(rules: Sequence[KeepRule]) -> str:
    return json.dumps([{"rule": rule.rule.value, "value": rule.value} for rule in rules])


def rules_from_json(text: object) -> tuple[KeepRule, ...]:
    """Saved keep rules; the suggested ones when nothing (valid) was saved.

    A rule this version does not know (saved by a newer one) is left out. The former suggestion,
    saved unchanged by an earlier version, stands for the suggestion: it becomes today's.
    """
    if not isinstance(text, str):
        return SUGGESTED_RULES
    try:
        entries = json.loads(text)
        if not isinstance(entries, list):
            raise TypeError("not a list of rules")
        known = {rule.value for rule in Rule}
        rules = tuple(
            KeepRule(Rule(entry["rule"]), str(entry.get("value", "")))
            for entry in entries
            if entry["rule"] in known
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("the saved keep rules are unreadable; using the suggested ones")
        return SUGGESTED_RULES
    if len(rules) < len(entries):
        log.warning("%d saved keep rules are unknown to this version and left out", len(entries) - len(rules))
    if (entries and not rules) or rules == FORMER_SUGGESTED_RULES:
        return SUGGESTED_RULES
    return rules


class SettingsStore:
    """Reads and writes Preferences and the window geometry through QSettings.

    Saving writes only what changed since this store loaded or last saved: another Lookalike window
    open meanwhile may have changed the rest, and writing back every key as this one still held it
    (as each window did on closing) undid the other's keep rules and language without a word.
    """

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings
        self._held: dict[str, str] = {}  # each key's value as this store last read or wrote it

    def load(self) -> Preferences:
        preferences = self._read()
        self._held = self._values(preferences)
        return preferences

    def _read(self) -> Preferences:
        options = self._json("options", {})
        if not isinstance(options, dict):
            options = {}
        mode = Mode.EXACT if options.get("mode") == Mode.EXACT.value else Mode.SIMILAR
        sensitivity = options.get("sensitivity", DEFAULT_SENSITIVITY)
        if not isinstance(sensitivity, int) or not 0 <= sensitivity < len(SENSITIVITY):
            sensitivity = DEFAULT_SENSITIVITY
        folders = tuple(
            FolderChoice(path, entry.get("reference") is True)
            for entry in self._list("folders")
            if isinstance(entry, dict) and (path := saved_folder(entry.get("path"))) is not None
        )
        recent = tuple(path for p in self._list("recent") if (path := saved_folder(p)) is not None)
        return Preferences(
            mode=mode,
            sensitivity=sensitivity,
            rotations=options.get("rotations") is not False or options.get("version") != OPTIONS_VERSION,
            folders=folders,
            recent=recent[:MAX_RECENT],
            keep_rules=rules_from_json(self.qsettings.value("keep_rules")),
            files=FileChoices.from_json(options),
            language=self.language(),
        )

    def language(self) -> str:
        """The language chosen in Settings ▸ Language; "" (the system's) when none, or one this version
        does not ship. Read before the window exists: its words are translated as it is made."""
        value = self.qsettings.value("language")
        return value if isinstance(value, str) and value in LANGUAGES else ""

    def save(self, preferences: Preferences) -> None:
        """Write the keys whose values differ from those this store last read or wrote."""
        for key, value in self._values(preferences).items():
            if self._held.get(key) != value:
                self.qsettings.setValue(key, value)
                self._held[key] = value

    @staticmethod
    def _values(preferences: Preferences) -> dict[str, str]:
        """Each key's value as QSettings keeps it."""
        options = {
            "version": OPTIONS_VERSION,
            "mode": preferences.mode.value,
            "sensitivity": preferences.sensitivity,
            "rotations": preferences.rotations,
            **preferences.files.to_json(),
        }
        folders = [{"path": str(f.path), "reference": f.reference} for f in preferences.folders]
        return {
            "options": json.dumps(options),
            "folders": json.dumps(folders),
            "recent": json.dumps([str(p) for p in preferences.recent]),
            "keep_rules": rules_to_json(preferences.keep_rules),
            "language": preferences.language,
        }

    def geometry(self, window: str = "window") -> QByteArray | None:
        value = self.qsettings.value(f"{window}/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray, window: str = "window") -> None:
        self.qsettings.setValue(f"{window}/geometry", geometry)

    def list_width(self) -> int | None:
        """The width the person gave the results' group list by dragging, in an earlier run; None when
        they never did (or what is saved is no width)."""
        return self._pixels(LIST_WIDTH_KEY, MAX_LIST_WIDTH, "width")

    def save_list_width(self, width: int) -> None:
        self.qsettings.setValue(LIST_WIDTH_KEY, width)

    def list_height(self) -> int | None:
        """The height the person gave the group list above the grid (a narrow window) by dragging, in
        an earlier run; None when they never did (or what is saved is no height)."""
        return self._pixels(LIST_HEIGHT_KEY, MAX_LIST_HEIGHT, "height")

    def save_list_height(self, height: int) -> None:
        self.qsettings.setValue(LIST_HEIGHT_KEY, height)

    def _pixels(self, key: str, most: int, what: str) -> int | None:
        value = self.qsettings.value(key)
        if value is None:
            return None
        try:  # a number, or its text in an INI file
            pixels = int(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else 0
        except ValueError:
            pixels = 0
        if not 0 < pixels <= most:
            log.warning("the saved %s of the group list (%r) is left out: not a %s", what, value, what)
            return None
        return pixels

    def restore_geometry(self, widget: QWidget, default: QSize, window: str = "window") -> None:
        """Give the top-level `widget` (not yet shown) its saved geometry, else the `default` size;
        either way it fits in the available area of its screen."""
        saved = self.geometry(window)
        if saved is None or not widget.restoreGeometry(saved):
            widget.resize(default)
        fit_on_screen(widget)

    def _json(self, key: str, default: Any) -> Any:
        raw = self.qsettings.value(key)
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            log.warning("the saved setting %s is unreadable; using its default", key)
            return default

    def _list(self, key: str) -> list[Any]:
        value = self._json(key, [])
        return value if isinstance(value, list) else []


def fit_on_screen(widget: QWidget) -> None:
    """Shrink the top-level `widget` (not yet shown) to its screen's available area, less room for
    its frame; one placed (restored) partly outside that area moves in. Maximized or full screen: as is."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None or widget.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    ):
        return
    area = screen.availableGeometry()
    widget.resize(widget.size().boundedTo(area.size() - FRAME_ALLOWANCE))
    if widget.testAttribute(Qt.WidgetAttribute.WA_Moved):  # else the window manager places it
        outer = widget.size() + FRAME_ALLOWANCE
        x = max(area.left(), min(widget.x(), area.left() + area.width() - outer.width()))
        y = max(area.top(), min(widget.y(), area.top() + area.height() - outer.height()))
        widget.move(x, y)
