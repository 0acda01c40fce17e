"""Every command of the window, declared once: its name, words, keys, menu and when it is enabled.

The menus, the buttons that run commands, the grid's keys and the keys hint are all made from
this table, so a key means one thing everywhere and a command is enabled by one rule.
"""

from __future__ import annotations

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
    Command("quit", "&Quit", "&File", (QKeySequence.StandardKey.Quit,), separator_before=True),
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
        "toggle_mark",
        "Switch &KEEP/DELETE",
        "&Review",
        grid_keys=("Space",),
        enabled=_can_review,
        tip="Mark the current picture the other way: KEEP or DELETE. In the compare view, the framed one.",
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
    Command("log_folder", "Open log folder", "&Help"),
    Command("about", "&About Lookalike", "&Help"),
)


# The commands that mark the current picture, with the mark each gives (None: the other one); the
# grid and the compare view both take their keys from the commands above.
MARKING: dict[str, bool | None] = {"toggle_mark": None}


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
                action.setShortcuts([QKeySequence(key) for key in command.keys])
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
