"""Every command of the window, declared once: its name, words, keys, menu and when it is enabled.

The menus, the buttons that run commands, the grid's keys and the keyboard shortcuts help are all
made from this table, so a key means one thing everywhere and a command is enabled by one rule.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from lookalike.ui.i18n import QT_TRANSLATE_NOOP, fill, translate


@dataclass(frozen=True, slots=True)
class WindowState:
    """What the enabled rules look at."""

    busy: bool = False  # a scan, a regrouping or a file action runs
    has_review: bool = False
    delete_count: int = 0
    has_group: bool = False  # a group is shown in the grid
    can_undo: bool = False  # the review session has an action to undo
    can_redo: bool = False
    unreviewed: bool = False  # a group the list shows is not reviewed yet


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


def _has_unreviewed(state: WindowState) -> bool:
    return state.has_review and state.unreviewed


# Under macOS conventions the key above Return (Backspace to Qt) is the Delete key.
DELETE_KEYS = ("Del", "Backspace") if sys.platform == "darwin" else ("Del",)
BULK_TIP = QT_TRANSLATE_NOOP(
    "Commands", "In the selected groups when several are selected (Ctrl+click), else in every group listed."
)


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the person can do.

    `keys` are bound as window shortcuts; `grid_keys` belong to the grid of pictures (where Space,
    Enter and N act on the current picture) and are shown in the menu, not bound window-wide;
    `list_keys` work in the group list too (views.GroupView), where they mean what they mean in the
    grid. The shortcuts help says where each key works.
    `text`, `menu` and `tip` are English source text (marked for lupdate in the "Commands" context),
    translated when the actions are made; `bulk` adds BULK_TIP to the tip.
    """

    name: str
    text: str
    menu: str
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    grid_keys: tuple[str, ...] = ()
    list_keys: tuple[str, ...] = ()
    enabled: Callable[[WindowState], bool] = _always
    tip: str = ""
    separator_before: bool = False
    bulk: bool = False

    @property
    def words(self) -> str:
        """The command's text in the window's language."""
        return translate("Commands", self.text)

    @property
    def tooltip(self) -> str:
        """The command's tip in the window's language ("" for none)."""
        if not self.tip:
            return ""
        tip = translate("Commands", self.tip)
        return f"{tip} {translate('Commands', BULK_TIP)}" if self.bulk else tip


COMMANDS: tuple[Command, ...] = (
    Command(
        "add_folder",
        QT_TRANSLATE_NOOP("Commands", "&Add folder…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        (QKeySequence.StandardKey.Open,),
        enabled=_idle,
    ),
    Command(
        "scan",
        QT_TRANSLATE_NOOP("Commands", "&Scan"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        ("Ctrl+R",),
        enabled=_idle,
    ),
    Command(
        "stop",
        QT_TRANSLATE_NOOP("Commands", "S&top"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        ("Esc",),
        enabled=lambda state: state.busy,
    ),
    Command(
        "open_review",
        QT_TRANSLATE_NOOP("Commands", "Open review…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        enabled=_idle,
        separator_before=True,
    ),
    Command(
        "save_review",
        QT_TRANSLATE_NOOP("Commands", "Save review…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        ("Ctrl+S",),
        enabled=_has_review,
    ),
    Command(
        "export_json",
        QT_TRANSLATE_NOOP("Commands", "Export results as JSON…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        enabled=_has_review,
    ),
    Command(
        "export_csv",
        QT_TRANSLATE_NOOP("Commands", "Export results as CSV…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        enabled=_has_review,
    ),
    Command(
        "trash",
        QT_TRANSLATE_NOOP("Commands", "Move marked files to Trash…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        ("Ctrl+Del",),
        enabled=_can_act,
        separator_before=True,
    ),
    Command(
        "move",
        QT_TRANSLATE_NOOP("Commands", "Move marked files to a folder…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        enabled=_can_act,
    ),
    Command(
        "undo_action",
        QT_TRANSLATE_NOOP("Commands", "Undo last action: put moved files back…"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        enabled=_idle,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Put the files last moved to the Trash or to a folder back where they were. A "
            "file that now exists at the old place is never replaced.",
        ),
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("Commands", "&Quit"),
        QT_TRANSLATE_NOOP("Commands", "&File"),
        (QKeySequence.StandardKey.Quit,),
        separator_before=True,
    ),
    Command(
        "undo",
        QT_TRANSLATE_NOOP("Commands", "&Undo"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        (QKeySequence.StandardKey.Undo,),
        enabled=lambda state: state.can_undo and not state.busy,
        tip=QT_TRANSLATE_NOOP("Commands", "Undo your last change to the marks or the groups"),
    ),
    Command(
        "redo",
        QT_TRANSLATE_NOOP("Commands", "&Redo"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"),
        enabled=lambda state: state.can_redo and not state.busy,
    ),
    Command(
        "toggle_mark",
        QT_TRANSLATE_NOOP("Commands", "Switch KEEP / DELETE"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        grid_keys=("Space",),
        enabled=_can_review,
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Switch the selected picture between KEEP and DELETE (Space, or a click on its "
            "badge); in the compare view, the framed one",
        ),
    ),
    Command(
        "mark_delete",
        QT_TRANSLATE_NOOP("Commands", "Mark &DELETE"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        grid_keys=DELETE_KEYS,
        enabled=_can_review,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Mark the selected pictures DELETE. Nothing is deleted until you move the marked files.",
        ),
    ),
    Command(
        "bulk_rules",
        QT_TRANSLATE_NOOP("Commands", "Mark by the &keep rules…"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        enabled=_can_mark_many,
        separator_before=True,
        tip=QT_TRANSLATE_NOOP("Commands", "Mark KEEP the copy the keep rules choose, the others DELETE."),
        bulk=True,
    ),
    Command(
        "bulk_keep_all",
        QT_TRANSLATE_NOOP("Commands", "Keep &all…"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        enabled=_can_mark_many,
        tip=QT_TRANSLATE_NOOP("Commands", "Mark every file KEEP."),
        bulk=True,
    ),
    Command(
        "bulk_invert",
        QT_TRANSLATE_NOOP("Commands", "&Invert marks…"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        enabled=_can_mark_many,
        tip=QT_TRANSLATE_NOOP(
            "Commands", "KEEP becomes DELETE and DELETE becomes KEEP; each group keeps at least one copy."
        ),
        bulk=True,
    ),
    Command(
        "bulk_delete_under",
        QT_TRANSLATE_NOOP("Commands", "Mark everything under a &folder DELETE…"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        enabled=_can_mark_many,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Mark DELETE every file in a folder you choose and its subfolders; a group "
            "whose files are all there keeps its best copy.",
        ),
        bulk=True,
    ),
    Command(
        "bulk_keep_under",
        QT_TRANSLATE_NOOP("Commands", "Keep everything under a f&older…"),
        QT_TRANSLATE_NOOP("Commands", "&Edit"),
        enabled=_can_mark_many,
        tip=QT_TRANSLATE_NOOP("Commands", "Mark KEEP every file in a folder you choose and its subfolders."),
        bulk=True,
    ),
    Command(
        "compare",
        QT_TRANSLATE_NOOP("Commands", "&Compare side by side"),
        QT_TRANSLATE_NOOP("Commands", "&Review"),
        grid_keys=("Enter",),
        list_keys=("Enter",),
        enabled=_can_review,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Look at the selected picture next to the group's first one, zoomed together, "
            "with a difference view. Ctrl+click two pictures to compare those two.",
        ),
    ),
    Command(
        "not_duplicate",
        QT_TRANSLATE_NOOP("Commands", "&Not a duplicate: take the picture out of its group"),
        QT_TRANSLATE_NOOP("Commands", "&Review"),
        grid_keys=("N",),
        list_keys=("N",),
        enabled=_can_review,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "The selected picture is a different picture: take it out of this group. "
            "Lookalike remembers this, even if the files are renamed or moved.",
        ),
    ),
    Command(
        "group_not_duplicates",
        QT_TRANSLATE_NOOP("Commands", "None of these are duplicates: remove the &group"),
        QT_TRANSLATE_NOOP("Commands", "&Review"),
        grid_keys=("Shift+N",),
        list_keys=("Shift+N",),
        enabled=_can_review,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Remove this whole group from the results, and keep these pictures apart in "
            "later scans (Shift+N)",
        ),
    ),
    Command(
        "toggle_reviewed",
        QT_TRANSLATE_NOOP("Commands", "Switch “&reviewed” for this group"),
        QT_TRANSLATE_NOOP("Commands", "&Review"),
        ("R",),
        enabled=lambda state: state.has_group,
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Tick or untick the group as reviewed. A group is ticked by itself once it was "
            "shown for a moment or one of its marks changed (R)",
        ),
    ),
    Command(
        "next_unreviewed",
        QT_TRANSLATE_NOOP("Commands", "Next group not &reviewed"),
        QT_TRANSLATE_NOOP("Commands", "&Review"),
        ("U",),
        enabled=_has_unreviewed,
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Go to the next group in the list, as sorted and filtered, that is not reviewed yet (U)",
        ),
    ),
    Command(
        "rules",
        QT_TRANSLATE_NOOP("Commands", "Which copy to &keep…"),
        QT_TRANSLATE_NOOP("Commands", "&Settings"),
        tip=QT_TRANSLATE_NOOP("Commands", "Choose the rules that pick the copy marked KEEP in every group"),
    ),
    Command(
        "decisions",
        QT_TRANSLATE_NOOP("Commands", "Pictures marked “&not duplicates”…"),
        QT_TRANSLATE_NOOP("Commands", "&Settings"),
        tip=QT_TRANSLATE_NOOP(
            "Commands",
            "Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision.",
        ),
    ),
    Command(
        "shortcuts",
        QT_TRANSLATE_NOOP("Commands", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Commands", "&Help"),
        (QKeySequence.StandardKey.HelpContents, "?"),
        tip=QT_TRANSLATE_NOOP("Commands", "Every command and its key"),
    ),
    Command(
        "log_folder",
        QT_TRANSLATE_NOOP("Commands", "Open log folder"),
        QT_TRANSLATE_NOOP("Commands", "&Help"),
        separator_before=True,
    ),
    Command(
        "about",
        QT_TRANSLATE_NOOP("Commands", "&About Lookalike"),
        QT_TRANSLATE_NOOP("Commands", "&Help"),
    ),
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
            text = command.words + (f"\t{grid_key_name(command.grid_keys[0])}" if command.grid_keys else "")
            action = QAction(text, parent)
            if command.keys:
                action.setShortcuts(key_sequences(command))
            if command.tip:
                action.setToolTip(command.tooltip)
            action.triggered.connect(lambda _checked=False, handler=handlers[command.name]: handler())
            self.actions[command.name] = action

    def fill_menus(self, menu_bar: QMenuBar) -> dict[str, QMenu]:
        """The menus of COMMANDS in `menu_bar`, by their English source title ("&Settings")."""
        menus: dict[str, QMenu] = {}
        for command in COMMANDS:
            menu = menus.get(command.menu)
            if menu is None:
                menu = menus[command.menu] = menu_bar.addMenu(translate("Commands", command.menu))
            if command.separator_before:
                menu.addSeparator()
            menu.addAction(self.actions[command.name])
        return menus

    def enable_for(self, state: WindowState) -> None:
        """Enable each command by its rule."""
        for command in COMMANDS:
            self.actions[command.name].setEnabled(command.enabled(state))


def command_words(name: str) -> str:
    """The words of the command `name` in the window's language."""
    return next(command.words for command in COMMANDS if command.name == name)


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


@dataclass(frozen=True, slots=True)
class MovingKeys:
    """Keys that belong to no command (moving around), for the shortcuts help: what they do, and the
    keys by where they work (English source text in the "Commands" context; "" for none)."""

    what: str
    anywhere: str = ""
    grid: str = ""
    group_list: str = ""


MOVING_KEYS: tuple[MovingKeys, ...] = (
    MovingKeys(
        QT_TRANSLATE_NOOP("Commands", "Move between the pictures of a group"),
        grid=QT_TRANSLATE_NOOP("Commands", "Arrow keys"),
    ),
    MovingKeys(
        QT_TRANSLATE_NOOP("Commands", "Previous or next group"),
        grid=QT_TRANSLATE_NOOP("Commands", "PageUp, PageDown, Ctrl+arrow keys"),
        group_list=QT_TRANSLATE_NOOP("Commands", "Up and Down arrow keys"),
    ),
    MovingKeys(
        QT_TRANSLATE_NOOP("Commands", "Open a picture in the system viewer"),
        grid=QT_TRANSLATE_NOOP("Commands", "Double-click"),
    ),
    MovingKeys(
        QT_TRANSLATE_NOOP("Commands", "Select several pictures or groups"),
        anywhere=QT_TRANSLATE_NOOP("Commands", "Ctrl+click, Shift+click"),
    ),
)
# Keys few keyboards have, left out of the help.
RARE_KEYS = (Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Help)


def grid_key_name(key: str) -> str:
    """A grid key as the system names it, in the window's language ("Space", "Leertaste")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def plain_text(command: Command) -> str:
    """A command's words without the menu's accelerator mark ("&File", "파일(&F)") and dots."""
    text = command.words.replace("&&", "\0")
    for mark in ("(&", "\uff08&"):  # CJK menus put the accelerator in brackets after the words
        if mark in text and text.endswith((")", "\uff09")):
            text = text[: text.index(mark)] + text[text.index(mark) + 4 :]
    return text.replace("&", "").replace("\0", "&").rstrip("…")


def where_keys_work(keys: str, *, grid: bool, group_list: bool) -> str:
    """`keys` (their names, in the window's language) with where they work: "N in the grid",
    "Enter in the grid or the group list"; as they are when neither (a window shortcut)."""
    if grid and group_list:
        return fill(translate("Commands", "%1 in the grid or the group list"), keys)
    if grid:
        return fill(translate("Commands", "%1 in the grid"), keys)
    if group_list:
        return fill(translate("Commands", "%1 in the group list"), keys)
    return keys


def shortcut_rows() -> list[tuple[str, str]]:
    """(what, keys) for every command that has a key, then the keys for moving around, each key with
    where it works; made from COMMANDS and MOVING_KEYS, so the help is never out of date."""
    native = QKeySequence.SequenceFormat.NativeText
    rare = {QKeySequence(key).toString(native) for key in RARE_KEYS}
    rows = []
    for command in COMMANDS:
        keys = [s.toString(native) for s in key_sequences(command)]
        keys = [k for k in keys if k and k not in rare]
        placed = [*command.grid_keys, *(k for k in command.list_keys if k not in command.grid_keys)]
        keys += [
            where_keys_work(grid_key_name(k), grid=k in command.grid_keys, group_list=k in command.list_keys)
            for k in placed
        ]
        if keys:
            rows.append((plain_text(command), ", ".join(keys)))
    for moving in MOVING_KEYS:
        keys = [translate("Commands", moving.anywhere)] if moving.anywhere else []
        if moving.grid:
            keys.append(where_keys_work(translate("Commands", moving.grid), grid=True, group_list=False))
        if moving.group_list:
            keys.append(
                where_keys_work(translate("Commands", moving.group_list), grid=False, group_list=True)
            )
        rows.append((translate("Commands", moving.what), ", ".join(keys)))
    return rows
