"""Every command of the window, declared once: its name, words, keys, menu and when it is enabled.

The menus, the buttons that run commands, the grid's keys and the keyboard shortcuts help are all
made from this table, so a key means one thing everywhere and a command is enabled by one rule.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar


@dataclass(frozen=True, slots=True)
class WindowState:
    """What the enabled rules look at."""

    busy: bool = False  # a scan, a regrouping or a file action runs
    has_review: bool = False
    delete_count: int = 0
    has_group: bool = False  # a group is shown in the grid
    can_undo: bool = False  # the review session has an action to undo
    can_redo: bool = False


def _always(_state: WindowState) -> bool:
    return True


def _idle(state: WindowState) -> bool:
    return not state.busy


def _can_act(state: WindowState) -> bool:
    return bool(state.delete_count) and not state.busy


def _has_review(state: WindowState) -> bool:
    return state.has_review


def _can_review(state: WindowState) -> bool:
    return state.has_group and not state.busy


def _can_mark_many(state: WindowState) -> bool:
    return state.has_review and not state.busy


# Under macOS conventions the key above Return (Backspace to Qt) is the Delete key.
DELETE_KEYS = ("Del", "Backspace") if sys.platform == "darwin" else ("Del",)
BULK_TIP = " In the selected groups when several are selected (Ctrl+click), else in every group listed."


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the person can do.

    `keys` are bound as window shortcuts; `grid_keys` belong to the grid of pictures (where Space,
    Enter and N act on the current picture) and are shown in the menu, not bound window-wide.
    """

    name: str
    text: str
    menu: str
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    grid_keys: tuple[str, ...] = ()
    enabled: Callable[[WindowState], bool] = _always
    tip: str = ""
    separator_before: bool = False


COMMANDS: tuple[Command, ...] = (
    Command("add_folder", "&Add folder…", "&File", (QKeySequence.StandardKey.Open,), enabled=_idle),
    Command("scan", "&Scan", "&File", ("Ctrl+R",), enabled=_idle),
    Command("stop", "S&top", "&File", ("Esc",), enabled=lambda state: state.busy),
    Command("open_review", "Open review…", "&File", enabled=_idle, separator_before=True),
    Command("save_review", "Save review…", "&File", ("Ctrl+S",), enabled=_has_review),
    Command("export_json", "Export results as JSON…", "&File", enabled=_has_review),
    Command("export_csv", "Export results as CSV…", "&File", enabled=_has_review),
    Command(
        "trash",
        "Move marked files to Trash…",
        "&File",
        ("Ctrl+Del",),
        enabled=_can_act,
        separator_before=True,
    ),
    Command("move", "Move marked files to a folder…", "&File", enabled=_can_act),
    Command(
        "undo_action",
        "Undo last action: put moved files back…",
        "&File",
        enabled=_idle,
        tip="Put the files last moved to the Trash or to a folder back where they were. A file that "
        "now exists at the old place is never replaced.",
    ),
    Command("quit", "&Quit", "&File", (QKeySequence.StandardKey.Quit,), separator_before=True),
    Command(
        "undo",
        "&Undo",
        "&Edit",
        (QKeySequence.StandardKey.Undo,),
        enabled=lambda state: state.can_undo and not state.busy,
        tip="Undo your last change to the marks or the groups",
    ),
    Command(
        "redo",
        "&Redo",
        "&Edit",
        (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"),
        enabled=lambda state: state.can_redo and not state.busy,
    ),
    Command(
        "toggle_mark",
        "Switch KEEP / DELETE",
        "&Edit",
        grid_keys=("Space",),
        enabled=_can_review,
        separator_before=True,
        tip="Switch the selected picture between KEEP and DELETE (Space, or a click on its badge); "
        "in the compare view, the framed one",
    ),
    Command(
        "mark_delete",
        "Mark &DELETE",
        "&Edit",
        grid_keys=DELETE_KEYS,
        enabled=_can_review,
        tip="Mark the selected pictures DELETE. Nothing is deleted until you move the marked files.",
    ),
    Command(
        "bulk_rules",
        "Mark by the &keep rules…",
        "&Edit",
        enabled=_can_mark_many,
        separator_before=True,
        tip="Mark KEEP the copy the keep rules choose, the others DELETE." + BULK_TIP,
    ),
    Command(
        "bulk_keep_all", "Keep &all…", "&Edit", enabled=_can_mark_many, tip="Mark every file KEEP." + BULK_TIP
    ),
    Command(
        "bulk_invert",
        "&Invert marks…",
        "&Edit",
        enabled=_can_mark_many,
        tip="KEEP becomes DELETE and DELETE becomes KEEP; each group keeps at least one copy." + BULK_TIP,
    ),
    Command(
        "bulk_delete_under",
        "Mark everything under a &folder DELETE…",
        "&Edit",
        enabled=_can_mark_many,
        tip="Mark DELETE every file in a folder you choose and its subfolders; a group whose files are "
        "all there keeps its best copy." + BULK_TIP,
    ),
    Command(
        "bulk_keep_under",
        "Keep everything under a f&older…",
        "&Edit",
        enabled=_can_mark_many,
        tip="Mark KEEP every file in a folder you choose and its subfolders." + BULK_TIP,
    ),
    Command(
        "compare",
        "&Compare side by side",
        "&Review",
        grid_keys=("Enter",),
        enabled=_can_review,
        tip="Look at the selected picture next to the group's first one, zoomed together, with a "
        "difference view. Ctrl+click two pictures to compare those two.",
    ),
    Command(
        "not_duplicate",
        "&Not a duplicate: take the picture out of its group",
        "&Review",
        grid_keys=("N",),
        enabled=_can_review,
        tip="The selected picture is a different picture: take it out of this group. "
        "Lookalike remembers this, even if the files are renamed or moved.",
    ),
    Command(
        "group_not_duplicates",
        "None of these are duplicates: remove the &group",
        "&Review",
        grid_keys=("Shift+N",),
        enabled=_can_review,
        tip="Remove this whole group from the results, and keep these pictures apart in later scans "
        "(Shift+N)",
    ),
    Command(
        "toggle_reviewed",
        "Switch “&reviewed” for this group",
        "&Review",
        ("R",),
        enabled=lambda state: state.has_group,
        separator_before=True,
        tip="Tick or untick the group as reviewed. A group is ticked by itself once it was shown for a "
        "moment or one of its marks changed (R)",
    ),
    Command(
        "next_unreviewed",
        "Next group not &reviewed",
        "&Review",
        ("U",),
        enabled=_has_review,
        tip="Go to the next group in the list, as sorted and filtered, that is not reviewed yet (U)",
    ),
    Command(
        "rules",
        "Which copy to &keep…",
        "&Settings",
        tip="Choose the rules that pick the copy marked KEEP in every group",
    ),
    Command(
        "decisions",
        "Pictures marked “&not duplicates”…",
        "&Settings",
        tip="Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision.",
    ),
    Command(
        "shortcuts",
        "&Keyboard shortcuts",
        "&Help",
        (QKeySequence.StandardKey.HelpContents, "?"),
        tip="Every command and its key",
    ),
    Command("log_folder", "Open log folder", "&Help", separator_before=True),
    Command("about", "&About Lookalike", "&Help"),
)


# The commands that mark the current picture, with the mark each gives (None: the other one); the
# grid and the compare view both take their keys from the commands above.
MARKING: dict[str, bool | None] = {"toggle_mark": None, "mark_delete": False}


class CommandSet(QObject):
    """The QActions of COMMANDS, each connected to its handler; one per command, shared by menus and
    buttons."""

    def __init__(self, parent: QObject, handlers: Mapping[str, Callable[[], object]]) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for command in COMMANDS:
            text = command.text + (f"\t{command.grid_keys[0]}" if command.grid_keys else "")
            action = QAction(text, parent)
            if command.keys:
                action.setShortcuts(key_sequences(command))
            if command.tip:
                action.setToolTip(command.tip)
            action.triggered.connect(lambda _checked=False, handler=handlers[command.name]: handler())
            self.actions[command.name] = action

    def fill_menus(self, menu_bar: QMenuBar) -> None:
        menus: dict[str, QMenu] = {}
        for command in COMMANDS:
            menu = menus.get(command.menu)
            if menu is None:
                menu = menus[command.menu] = menu_bar.addMenu(command.menu)
            if command.separator_before:
                menu.addSeparator()
            menu.addAction(self.actions[command.name])

    def enable_for(self, state: WindowState) -> None:
        """Enable each command by its rule."""
        for command in COMMANDS:
            self.actions[command.name].setEnabled(command.enabled(state))


def key_sequences(command: Command) -> list[QKeySequence]:
    """The window shortcuts of `command`: each standard key with every binding this system gives it."""
    sequences: list[QKeySequence] = []
    for key in command.keys:
        bound = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        sequences += [s for s in bound if not s.isEmpty() and s not in sequences]
    return sequences


# Keys of the grid and the list that belong to no command (moving around), for the shortcuts help.
MOVING_KEYS: tuple[tuple[str, str], ...] = (
    ("Move between the pictures of a group", "Arrow keys"),
    ("Previous or next group", "PageUp, PageDown, Ctrl+arrow keys"),
    ("Open a picture in the system viewer", "Double-click"),
    ("Select several pictures or groups", "Ctrl+click, Shift+click"),
)


def plain_text(command: Command) -> str:
    """A command's words without the menu's accelerator mark and dots."""
    return command.text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows() -> list[tuple[str, str]]:
    """(what, keys) for every command that has a key, then the keys for moving around; made from
    COMMANDS, so the help is never out of date."""
    rows = []
    for command in COMMANDS:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in key_sequences(command)]
        keys = [k for k in keys if k and k not in ("Undo", "Redo", "Help")]  # keys few keyboards have
        keys += [f"{QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)} in the grid" for k in
                 command.grid_keys]  # fmt: skip
        if keys:
            rows.append((plain_text(command), ", ".join(keys)))
    return rows + list(MOVING_KEYS)
