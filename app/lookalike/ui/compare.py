"""Compare two copies of one picture: side by side, flickering in place, or as their difference.

A person reviewing a "similar" group needs to see in one look whether two
files really are the same picture. `CompareView` shows the group's reference
(A) next to one other member (B). Both panes share one view state — a zoom
relative to "fit" and a centre in relative image coordinates — so a 4000 px
original and its 1000 px copy stay aligned at any zoom and pan.

The view is the dialog and its keys; each picture is an `image_pane.ImagePane`,
and the pictures are decoded off the GUI thread by a `pair_loader.PairLoader`.
The view never touches the decisions store or the marks: "Not duplicates" only emits
`not_duplicates_requested`, and the grid's marking keys (commands.MARKING) on the current
picture, framed, only emit `mark_requested`; the window decides what those mean. What the
window holds back from moving (`set_held`: Review.held_in) it says as the grid's tiles do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lookalike.core.models import GroupMember, Tier
from lookalike.display_names import display_name
from lookalike.ui.colours import SecondaryLabel
from lookalike.ui.commands import COMMANDS, MARKING
from lookalike.ui.delegates import not_moved_word
from lookalike.ui.i18n import fill, size_text, translate
from lookalike.ui.image_pane import ZOOM_STEP, Caption, CaptionLabel, ImagePane, LinkedPanes
from lookalike.ui.on_disk import OnDisk, same_file
from lookalike.ui.pair_loader import DIFFERENCE_GAIN, DifferenceStats, LoadedImage, Pair, PairLoader
from lookalike.ui.review import Held
from lookalike.ui.settings import fit_on_screen
from lookalike.ui.wording import (
    changes_sentence,
    compared_words,
    hash_distance,
    hint_line,
    lost_keepers_words,
    mark_word,
    not_moved_sentence,
    on_disk_sentence,
    pixel_check,
)

log = logging.getLogger(__name__)

TIMES, MINUS = " \u00d7 ", "\u2212"  # typographic signs for labels
# White reads on each at AA or better (B was #d67a1f: 3.2:1).
A_COLOUR, B_COLOUR, DIFFERENCE_COLOUR = "#2f6fd6", "#a85400", "#555"
COMPARE_SIZE = QSize(1200, 760)  # on a screen with room for it; a smaller one gets its available area


class CompareMode(StrEnum):
    SIDE_BY_SIDE = "side by side"
    FLICKER = "flicker"
    DIFFERENCE = "difference"


def member_caption(
    path: Path, loaded: LoadedImage | str | None, tag: str, *, is_a: bool, matched: str = ""
) -> Caption:
    """What is said about one picture: name, size in pixels and bytes, format, folder; then `matched`,
    how it matched the group's reference (see how_it_matched)."""
    facts: list[str] = []
    if isinstance(loaded, LoadedImage):
        facts += [f"{loaded.width}{TIMES}{loaded.height}", size_text(loaded.file_size), loaded.format]
    folder_at = len(facts)
    facts.append(display_name(path.parent))
    colour = A_COLOUR if is_a else B_COLOUR
    title = display_name(path.name)
    return Caption(tag, colour, title, facts=tuple(facts), elided_fact=folder_at, matched=matched)


def how_it_matched(members: Sequence[GroupMember], index: int) -> str:
    """How `members[index]` relates to the reference `members[0]`, in words: what changed first, then
    the pixel check's score and the hash distance ("Similar to the reference: turned 90° clockwise ·
    pixel check 1.00 · hash distance 2")."""
    member, reference = members[index], members[0]
    digest = member.record.fingerprint.digest
    if index == 0:
        return compared_words("reference")
    if member.tier is Tier.EXACT or (digest and digest == reference.record.fingerprint.digest):
        return compared_words("identical")
    relation = compared_words("pixels" if member.tier is Tier.PIXELS else "similar")
    parts = [f"{relation}: {changes_sentence(member.changes)}" if member.changes else relation]
    if member.score is not None:
        parts.append(pixel_check(member.score))
    parts.append(hash_distance(member.distance))
    return " · ".join(parts)


def on_disk_then(member: GroupMember, loaded: LoadedImage | str | None, *, gone: bool) -> OnDisk:
    """What had become of `member`'s file since the scan when its picture was read (`loaded`; `gone`:
    it could not be, no file being there)."""
    if isinstance(loaded, LoadedImage) and loaded.found is not None:
        return OnDisk.AS_SCANNED if same_file(member.record.entry, loaded.found) else OnDisk.CHANGED
    return OnDisk.GONE if gone else OnDisk.AS_SCANNED


def difference_caption(stats: DifferenceStats | None) -> Caption:
    """What the difference shows, and how much the pictures differ once that is known; then how B
    was lined up on A first (what it changed, undone), or that it could not be."""
    gain = f"{TIMES.strip()}{DIFFERENCE_GAIN}"
    remark = fill(translate("CompareView", ", amplified %1: black where A and B agree"), gain)
    if stats is None:
        facts: tuple[str, ...] = ()
    elif stats.max_delta == 0:
        facts = (translate("CompareView", "No difference at all: identical pixels"),)
    else:
        share = fill(
            translate("CompareView", "%1% of pixels differ noticeably"), f"{stats.noticeable_share * 100:.1f}"
        )
        facts = (share, fill(translate("CompareView", "largest difference %1 of 255"), stats.max_delta))
    if stats is not None and stats.b_resized:
        facts += (translate("CompareView", "B scaled to A's size"),)
    if stats is not None and stats.uncovered_share > 0:
        facts += (translate("CompareView", "blue: not in B"),)
    difference = translate("CompareView", "Difference")
    return Caption(
        f"A {MINUS} B", DIFFERENCE_COLOUR, difference, remark, facts=facts, matched=lined_up(stats)
    )


def lined_up(stats: DifferenceStats | None) -> str:
    """How B was laid over A before the difference was taken, in the words the tiles use."""
    if stats is None:
        return ""
    if not stats.lined_up:
        return translate(
            "CompareView", "B does not line up with A (no turn or crop fits): the pictures as they are"
        )
    undone = stats.alignment.changes if stats.alignment is not None else ()
    if not undone:
        return ""
    return fill(
        translate("CompareView", "Lined up on A first, undoing what B changed: %1"), changes_sentence(undone)
    )


def marking_keys() -> list[tuple[QKeySequence, bool | None]]:
    """The grid's marking keys, from the command table, each with the mark it gives (None: the other)."""
    keys: list[tuple[QKeySequence, bool | None]] = []
    for command in COMMANDS:
        if command.name in MARKING:
            for key in (*command.keys, *command.grid_keys):
                keys += [(sequence, MARKING[command.name]) for sequence in _sequences(key)]
    return keys


def mark_keys_hint() -> str:
    """The marking keys in words, for the hint line: "Space"."""
    names = dict.fromkeys(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence, _ in marking_keys()
    )
    return translate("CompareView", " or ").join(names) or "—"


def _sequences(key: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(key)
    return [QKeySequence(key)]


class CompareBar(QWidget):
    """The row over the panes: modes, zoom, which copy is B, "Not duplicates" and Close.

    Its buttons never take the focus: keys belong to the view (a focused button would eat arrows
    and Tab), and Enter must never press "Not duplicates" by accident.

    Signals:
        mode_clicked: the CompareMode whose button was clicked.
    """

    mode_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.mode_buttons: dict[CompareMode, QPushButton] = {}
        group = QButtonGroup(self)
        for mode, text, key in (
            (CompareMode.SIDE_BY_SIDE, self.tr("Side by side"), "S"),
            (CompareMode.FLICKER, self.tr("Flicker"), "F"),
            (CompareMode.DIFFERENCE, self.tr("Difference"), "D"),
        ):
            button = self._button(f"{text}  ({key})", checkable=True)
            button.clicked.connect(lambda _checked=False, m=mode: self.mode_clicked.emit(m))
            group.addButton(button)
            bar.addWidget(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[CompareMode.SIDE_BY_SIDE].setChecked(True)
        bar.addSpacing(16)
        self.fit_button = self._button(self.tr("Fit"), tip=self.tr("Show the whole pictures (0)"))
        self.actual_size_button = self._button("100%", tip=self.tr("One pixel of A per screen pixel (1)"))
        self.zoom_out_button = self._button(MINUS, tip=self.tr("Zoom out (-)"))
        self.zoom_in_button = self._button("+", tip=self.tr("Zoom in (+)"))
        self.zoom_label = QLabel()
        self.zoom_label.setToolTip(self.tr("Zoom, in pixels of A's original file per screen pixel"))
        widest = fill(self.tr("Fit (%1)"), "100%")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance(widest) + 8)
        self.previous_button = self._button("◀", tip=self.tr("Compare A with the previous copy (←)"))
        self.position_label = QLabel()
        self.next_button = self._button("▶", tip=self.tr("Compare A with the next copy (→)"))
        self.not_duplicates_button = self._button(
            self.tr("Not duplicates  (N)"),
            tip=self.tr("B is a different picture: take it out of this group and remember that"),
        )
        self.close_button = self._button(self.tr("Close"), tip="Esc")
        zoom = (self.fit_button, self.actual_size_button, self.zoom_out_button, self.zoom_in_button)
        for widget in (*zoom, self.zoom_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.previous_button, self.position_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.not_duplicates_button)
        bar.addWidget(self.close_button)

    def set_mode(self, mode: CompareMode) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _button(self, text: str, *, tip: str = "", checkable: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setCheckable(checkable)
        button.setToolTip(tip)
        if len(text) <= 4:  # icon-like buttons: as narrow as their text, not the style's minimum
            width = button.fontMetrics().horizontalAdvance(text) + 24
            button.setFixedWidth(max(width, 32))
        return button


class PairChoice:
    """Which two of a group's pictures are compared: A and B, indices into `paths`.

    B steps through every picture but A; taking B out of the group moves it on to the next one.
    """

    def __init__(
        self, paths: Sequence[Path | str], pair: tuple[int, int], members: Sequence[GroupMember] | None
    ) -> None:
        if len(paths) < 2:
            raise ValueError("comparing needs at least two pictures")
        if members is not None and len(members) != len(paths):
            raise ValueError("members must match paths one to one")
        self.paths = [Path(p) for p in paths]
        self.members = list(members) if members is not None else None
        self._check(*pair)
        self.a, self.b = pair

    @property
    def path_a(self) -> Path:
        return self.paths[self.a]

    @property
    def path_b(self) -> Path:
        return self.paths[self.b]

    def others(self) -> list[int]:
        """Every index B may take: all but A's."""
        return [i for i in range(len(self.paths)) if i != self.a]

    def set(self, a: int, b: int) -> bool:
        """Compare `paths[a]` with `paths[b]`; returns whether that is a change."""
        self._check(a, b)
        changed = (a, b) != (self.a, self.b)
        self.a, self.b = a, b
        return changed

    def stepped(self, step: int) -> int | None:
        """The index `step` copies on from B, around and past A; None when B is the only copy."""
        others = self.others()
        if len(others) < 2:
            return None
        position = others.index(self.b) if self.b in others else 0
        return others[(position + step) % len(others)]

    def remove(self, path: Path) -> bool:
        """Take `path` out (never A); returns whether it was there. With fewer than two left the
        indices stay as they were: there is nothing more to compare."""
        if path not in self.paths or path == self.path_a:
            return False
        index = self.paths.index(path)
        a_path, b_path = self.path_a, self.path_b
        self.paths.pop(index)
        if self.members is not None:
            self.members.pop(index)
        if len(self.paths) < 2:
            return True
        self.a = self.paths.index(a_path)
        if b_path == path:
            others = self.others()
            self.b = next((i for i in others if i >= index), others[0])
        else:
            self.b = self.paths.index(b_path)
        return True

    def _check(self, a: int, b: int) -> None:
        if not (0 <= a < len(self.paths) and 0 <= b < len(self.paths)) or a == b:
            raise ValueError(f"no such pair ({a}, {b}) of {len(self.paths)} pictures")


class CompareView(QDialog):
    """Two members of a group compared, A (the reference) against B (any other member).

    Keys: ←/→ pick B · F or Tab flicker (swap A and B in one pane) · D difference · S side by side ·
    wheel, + / - zoom · 0 fit · 1 actual size · drag or scroll bars pan · N not duplicates · Esc close;
    A, B or a click frame the current picture, and the grid's marking keys (Space) mark it.

    Signals:
        images_loaded: both pictures of the current pair are decoded (or failed) and shown.
        detail_loaded: a picture zoomed in beyond its reduced decode is now shown at full resolution.
        difference_ready: the difference of the current pair is computed.
        pair_changed: the indices (A, B) now compared, into `paths`.
        not_duplicates_requested: the path of B, which the person says is no duplicate of A.
        mark_requested: a path and the mark asked for it: True KEEP, False DELETE, None the other one.
        current_changed: the path of the picture now current (framed), which the marking keys act on.
    """

    images_loaded = Signal()
    detail_loaded = Signal()
    difference_ready = Signal()
    pair_changed = Signal(int, int)
    not_duplicates_requested = Signal(object)  # Path
    mark_requested = Signal(object, object)  # Path, bool | None
    current_changed = Signal(object)  # Path

    def __init__(
        self,
        paths: Sequence[Path | str],
        pair: tuple[int, int] = (0, 1),
        *,
        members: Sequence[GroupMember] | None = None,
        parent: QWidget | None = None,
        threads: int = 2,
    ) -> None:
        """`paths` are a group's files, reference first; `members`, in the same order, add to the labels
        how each matched the reference: what changed, the pixel check's score, the hash distance."""
        super().__init__(parent)
        self._choice = PairChoice(paths, pair, members)
        self._marks: dict[Path, bool] = {}  # KEEP (True) / DELETE, as the window has them
        # The copies marked DELETE that acting leaves where they are, with why, and, when that is for
        # want of a copy marked KEEP, whether each copy marked KEEP is gone (True) or changed: set_held.
        self._held: dict[Path, Held] = {}
        self._lost: list[bool] = []
        self._current_is_b = True  # outside flicker, which picture the marking keys act on
        self._mark_keys = marking_keys()
        self.setWindowTitle(self.tr("Compare"))
        self.setModal(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(COMPARE_SIZE)
        fit_on_screen(self)
        self._mode = CompareMode.SIDE_BY_SIDE
        self._flicker_shows_b = False
        self._announced: Pair | None = None
        self._threads = threads
        self._loader = self._new_loader()
        self._build()
        self._show_pair()

    def _new_loader(self) -> PairLoader:
        loader = PairLoader(self, threads=self._threads)
        loader.image_loaded.connect(self._on_image_loaded)
        loader.detail_loaded.connect(self._on_detail_loaded)
        loader.difference_ready.connect(self._on_difference_ready)
        return loader

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self._bar = bar = CompareBar(self)
        bar.mode_clicked.connect(self._mode_clicked)
        for button, action in (
            (bar.fit_button, self.zoom_to_fit),
            (bar.actual_size_button, self.zoom_to_actual_size),
            (bar.zoom_out_button, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (bar.zoom_in_button, lambda: self.zoom_by(ZOOM_STEP)),
            (bar.previous_button, self.previous_b),
            (bar.next_button, self.next_b),
            (bar.not_duplicates_button, self.request_not_duplicates),
            (bar.close_button, self.reject),
        ):
            button.clicked.connect(action)
        self.zoom_label, self.position_label = bar.zoom_label, bar.position_label
        self.previous_button, self.next_button = bar.previous_button, bar.next_button
        self.not_duplicates_button = bar.not_duplicates_button
        layout.addWidget(bar)
        panes = QHBoxLayout()
        self.label_a, self.label_b = CaptionLabel(self), CaptionLabel(self)
        self.pane_a, self.pane_b = ImagePane(self), ImagePane(self)
        for label, pane in ((self.label_a, self.pane_a), (self.label_b, self.pane_b)):
            column_widget = QWidget(self)
            column = QVBoxLayout(column_widget)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(pane, 1)
            panes.addWidget(column_widget, 1)
            self._column_b = column_widget  # the last one: hidden while flickering
        self.pane_a.pressed.connect(lambda: self.set_current(self._flicker_shows_b and self._flickering))
        self.pane_b.pressed.connect(lambda: self.set_current(True))
        for pane in (self.pane_a, self.pane_b):  # a click on its badge switches the mark, as on a tile
            pane.badge_clicked.connect(lambda: self.request_mark(None))
        self._linked = LinkedPanes((self.pane_a, self.pane_b), self)
        self._linked.view_changed.connect(self._on_view_changed)
        # A wider pane (a resize, or flicker's single pane) shows the same zoom larger: say so.
        self.pane_a.resized.connect(lambda: self._on_view_changed(self.zoom, *self.center))
        layout.addLayout(panes, 1)
        words = fill(
            self.tr(
                "Wheel or +/%1 zoom · drag to pan · ←/→ other copy · A, B or click: framed picture · "
                "%2 KEEP/DELETE · F or Tab flicker · D difference · S side by side · "
                "N not duplicates · Esc close"
            ),
            MINUS,
            mark_keys_hint(),
        )
        hint = SecondaryLabel(hint_line(words))
        hint.setAccessibleName(words)  # read as words, without the joiners
        hint.setWordWrap(True)
        layout.addWidget(hint)

    # Public state

    @property
    def paths(self) -> list[Path]:
        return list(self._choice.paths)

    @property
    def pair(self) -> tuple[int, int]:
        return (self._choice.a, self._choice.b)

    @property
    def path_a(self) -> Path:
        return self._choice.path_a

    @property
    def path_b(self) -> Path:
        return self._choice.path_b

    @property
    def mode(self) -> CompareMode:
        return self._mode

    @property
    def current_path(self) -> Path:
        """The picture the marking keys act on: the one framed (in flicker, the one shown)."""
        return self.path_b if self._current_b() else self.path_a

    @property
    def _flickering(self) -> bool:
        return self._mode is CompareMode.FLICKER

    def _current_b(self) -> bool:
        return self._flicker_shows_b if self._flickering else self._current_is_b

    @property
    def flicker_shows_b(self) -> bool:
        """In flicker mode, whether the single pane shows B (else A)."""
        return self._flicker_shows_b

    @property
    def zoom(self) -> float:
        return self._linked.zoom

    @property
    def center(self) -> tuple[float, float]:
        return self._linked.center

    def shown_paths(self) -> tuple[Path | None, Path | None]:
        """What the left and right panes show now; None for the hidden pane or the difference."""
        if self._mode is CompareMode.FLICKER:
            return (self.path_b if self._flicker_shows_b else self.path_a, None)
        if self._mode is CompareMode.DIFFERENCE:
            return (self.path_a, None)
        return (self.path_a, self.path_b)

    def difference(self) -> tuple[QImage | None, DifferenceStats | None]:
        """The amplified difference of the current pair and its summary, once computed."""
        return self._loader.difference(self._key()) or (None, None)

    def is_loaded(self) -> bool:
        return all(self._loader.image(path) is not None for path in (self.path_a, self.path_b))

    # Actions

    def set_pair(self, a: int, b: int) -> None:
        """Compare `paths[a]` with `paths[b]`; the view (zoom, centre) stays where it is."""
        if self._choice.set(a, b):
            self._flicker_shows_b = False
            self._show_pair()
            self.pair_changed.emit(a, b)

    def next_b(self) -> None:
        self._step_b(1)

    def previous_b(self) -> None:
        self._step_b(-1)

    def _step_b(self, step: int) -> None:
        b = self._choice.stepped(step)
        if b is not None:
            self.set_pair(self._choice.a, b)

    def set_mode(self, mode: CompareMode) -> None:
        if self._flickering and mode is not CompareMode.FLICKER:
            self._current_is_b = self._flicker_shows_b  # the picture last shown stays the current one
        self._mode = mode
        self._bar.set_mode(mode)
        self._refresh()

    def _mode_clicked(self, mode: CompareMode) -> None:
        if mode is CompareMode.FLICKER and self._mode is not CompareMode.FLICKER:
            self.toggle_flicker()  # as the F key: B appears where A was
        else:
            self.set_mode(mode)

    def toggle_flicker(self) -> None:
        """Swap A and B in place; from another mode, switch to flicker showing B where A was."""
        if self._mode is CompareMode.FLICKER:
            self._flicker_shows_b = not self._flicker_shows_b
            self._current_is_b = self._flicker_shows_b
            self._refresh()
        else:
            self._flicker_shows_b = self._current_is_b = True
            self.set_mode(CompareMode.FLICKER)
        self.current_changed.emit(self.current_path)

    def toggle_difference(self) -> None:
        is_difference = self._mode is CompareMode.DIFFERENCE
        self.set_mode(CompareMode.SIDE_BY_SIDE if is_difference else CompareMode.DIFFERENCE)

    def set_view(self, zoom: float, center_x: float, center_y: float) -> None:
        """Show both panes at `zoom` times fit, centred on the same relative point of each picture."""
        self._linked.set_view(zoom, center_x, center_y)

    def _on_view_changed(self, zoom: float, _center_x: float, _center_y: float) -> None:
        actual = self._actual_size_zoom()
        percent = f"{zoom / actual * 100:.0f}%" if actual else ""
        fit = fill(self.tr("Fit (%1)"), percent) if zoom == 1 and percent else percent or self.tr("Fit")
        self.zoom_label.setText(fit)
        for path in self.shown_paths():  # zoomed in beyond the reduced pixels: decode them in full
            if path is not None:
                self._loader.request_detail(path, self.pane_a.content_size()[0])  # both shown this wide

    def zoom_by(self, factor: float) -> None:
        self._linked.zoom_by(factor)

    def zoom_to_fit(self) -> None:
        self.set_view(1.0, 0.5, 0.5)

    def zoom_to_actual_size(self) -> None:
        """One pixel of A's original per screen pixel (B at the same displayed size)."""
        zoom = self._actual_size_zoom()
        if zoom:
            self.set_view(zoom, *self.center)

    def _actual_size_zoom(self) -> float | None:
        loaded = self._loader.image(self.path_a)
        fit_width = self.pane_a.content_size()[0] / self.pane_a.zoom
        if not isinstance(loaded, LoadedImage) or not fit_width or not self.pane_a.has_image:
            return None
        return loaded.width / fit_width

    def set_marks(self, marks: dict[Path, bool]) -> None:
        """Show each picture's KEEP/DELETE mark (the window's) next to its A or B."""
        self._marks = dict(marks)
        self._refresh()

    def set_held(self, held: Mapping[Path, Held], lost: Sequence[bool] = ()) -> None:
        """Say of the pictures marked DELETE that acting leaves where they are (`held`: Review.held_in)
        that they are not moved, as their tiles do: the mark greyed, and, held back as every copy marked
        KEEP changed or went away since the scan (Held.NO_KEEPER), "NOT MOVED" and why, in the words of
        `lost` (Review.lost_keepers: each copy marked KEEP, gone or changed)."""
        self._held, self._lost = dict(held), list(lost)
        self._refresh()

    def held(self, path: Path) -> Held | None:
        """Why acting leaves `path`, marked DELETE, where it is (set_held); None when it moves as marked."""
        return self._held.get(path) if self._marks.get(path) is False else None

    def saw_on_disk(self, path: Path, state: OnDisk) -> None:
        """The window just saw `path` as `state` (gone, changed or as scanned since the scan): a picture
        read here when it was otherwise (the copy kept, gone, now back) is read again, so that the view
        never says a file is gone, or shows its old picture, when the grid says otherwise."""
        members, name = self._choice.members, Path(path)
        loaded = self._loader.image(name)
        if members is None or name not in self._choice.paths or loaded is None:
            return  # not read here (yet): it will be read as it is
        if isinstance(loaded, str) and not self._loader.gone(name):
            return  # there, but not a picture this can show: nothing here tells whether it changed
        index = self._choice.paths.index(name)
        if on_disk_then(members[index], loaded, gone=self._loader.gone(name)) is state:
            return
        # Read everything again, the old loader left to end its running decodes (it has no way to
        # forget one picture): this happens when a file shown comes back or changes, seldom.
        self._loader.retire()
        self._loader = self._new_loader()
        if self.isVisible():
            self._show_pair()
        else:
            self._loader.stop()  # closed: showEvent reads what is missing

    def set_current(self, b: bool) -> None:
        """Make B (else A) the picture the marking keys act on; in flicker, show it."""
        if b == self._current_b():
            return
        if self._flickering:
            self._flicker_shows_b = b
        self._current_is_b = b
        self._refresh()
        self.current_changed.emit(self.current_path)

    def request_mark(self, keep: bool | None) -> None:
        """Ask the owner to mark the current picture: KEEP (True), DELETE (False), or the other way (None)."""
        self.mark_requested.emit(self.current_path, keep)

    def request_not_duplicates(self) -> None:
        """Ask the owner to separate B from A; it may then call `remove_path`."""
        self.not_duplicates_requested.emit(self.path_b)

    def remove_path(self, path: Path) -> None:
        """Drop a file the window took out of the group; close when only A is left."""
        if not self._choice.remove(Path(path)):
            return
        if len(self._choice.paths) < 2:
            self.close()
            return
        self._flicker_shows_b = False
        self._show_pair()
        self.pair_changed.emit(*self.pair)

    def shutdown(self) -> None:
        """Stop decoding: pending results are dropped. Called on close; showing the view again resumes."""
        if not self._loader.stopped:
            self._loader.stop()

    def release(self) -> None:
        """Before the view is deleted: its loader lives on apart until its running decodes end."""
        self._loader.retire()

    def showEvent(self, event: QShowEvent) -> None:
        if self._loader.stopped:  # shown again after a close: decode what is missing
            self._loader.resume()
            self._show_pair()
        super().showEvent(event)

    # Keys

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent sees it; here it flickers instead.
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in tab:
            self.toggle_flicker()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        combination = event.keyCombination()
        pressed = QKeySequence(
            QKeyCombination(
                combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier, combination.key()
            )
        )
        for sequence, keep in self._mark_keys:
            if sequence == pressed:  # the grid's marking keys, on the framed picture
                self.request_mark(keep)
                event.accept()
                return
        actions = self.key_actions()
        if key in actions:
            actions[key]()
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # no default button: Enter does nothing here
        else:
            super().keyPressEvent(event)  # Esc closes

    def key_actions(self) -> dict[int, Callable[[], None]]:
        """The view's own keys (the marking keys come from the command table, see marking_keys)."""
        return {
            Qt.Key.Key_Left: self.previous_b,
            Qt.Key.Key_Right: self.next_b,
            Qt.Key.Key_F: self.toggle_flicker,
            Qt.Key.Key_A: lambda: self.set_current(False),
            Qt.Key.Key_B: lambda: self.set_current(True),
            Qt.Key.Key_D: self.toggle_difference,
            Qt.Key.Key_S: lambda: self.set_mode(CompareMode.SIDE_BY_SIDE),
            Qt.Key.Key_Plus: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Equal: lambda: self.zoom_by(ZOOM_STEP),
            Qt.Key.Key_Minus: lambda: self.zoom_by(1 / ZOOM_STEP),
            Qt.Key.Key_0: self.zoom_to_fit,
            Qt.Key.Key_1: self.zoom_to_actual_size,
            Qt.Key.Key_N: self.request_not_duplicates,
        }

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # Loading and showing

    def _key(self) -> Pair:
        return (str(self.path_a), str(self.path_b))

    def _show_pair(self) -> None:
        self._announced = None
        self._loader.set_pair(self.path_a, self.path_b)
        self._refresh()
        self._maybe_finish()

    def _on_image_loaded(self, name: str) -> None:
        if name in self._key():
            self._refresh()
            self._maybe_finish()

    def _maybe_finish(self) -> None:
        """Announce the loaded pair once, start its difference, and prefetch the next B."""
        key = self._key()
        if not self.is_loaded() or self._announced == key:
            return
        self._announced = key
        self._loader.request_difference(key)
        following = self._choice.stepped(1)
        if following is not None:
            self._loader.request(self._choice.paths[following])
        self.images_loaded.emit()

    def _on_difference_ready(self, key: Pair) -> None:
        if key == self._key():
            self._refresh()
            self.difference_ready.emit()

    def _on_detail_loaded(self, name: str) -> None:
        if Path(name) in self.shown_paths():
            self._refresh()
            self.detail_loaded.emit()

    def _show_in(self, pane: ImagePane, path: Path) -> None:
        loaded = self._loader.best_image(path)
        if isinstance(loaded, LoadedImage):
            pane.set_image(loaded.image)
        else:
            message = (
                self.tr("Loading…") if loaded is None else fill(self.tr("Cannot show this file:\n%1"), loaded)
            )
            pane.set_image(None, message)

    def _refresh(self) -> None:
        """Put the right pictures and labels in the panes for the current pair and mode."""
        flicker = self._mode is CompareMode.FLICKER
        self._column_b.setVisible(not flicker)
        left_is_b = flicker and self._flicker_shows_b
        self._show_in(self.pane_a, self.path_b if left_is_b else self.path_a)
        self.label_a.set_caption(
            self._caption(self._choice.b if left_is_b else self._choice.a, flicker=flicker)
        )
        if self._mode is CompareMode.DIFFERENCE:
            image, stats = self.difference()
            if image is not None:
                self.pane_b.set_image(image)
            else:
                failed = self.is_loaded() and self._loader.difference(self._key()) is not None
                message = (
                    self.tr("A picture could not be read") if failed else self.tr("Computing the difference…")
                )
                self.pane_b.set_image(None, message)
            self.label_b.set_caption(difference_caption(stats))
        elif not flicker:
            self._show_in(self.pane_b, self.path_b)
            self.label_b.set_caption(self._caption(self._choice.b))
        shown_a = self.path_b if left_is_b else self.path_a
        self._mark_pane(self.pane_a, shown_a)
        self._mark_pane(self.pane_b, self.path_b)
        self.pane_a.set_current(flicker or not self._current_is_b)
        self.pane_b.set_current(not flicker and self._current_is_b)
        others = self._choice.others()
        self.position_label.setText(
            fill(self.tr("B: %1 of %2"), others.index(self._choice.b) + 1, len(others))
        )
        self.previous_button.setEnabled(len(others) > 1)
        self.next_button.setEnabled(len(others) > 1)
        self._linked.refresh()

    def _mark_pane(self, pane: ImagePane, path: Path) -> None:
        """The badge of the picture `pane` shows: its mark, greyed if it is not moved (as its tile's)."""
        held = self.held(path)
        note = not_moved_word() if held is Held.NO_KEEPER else ""
        pane.set_mark(self._marks.get(path), moves=held is None, note=note)

    def _caption(self, index: int, *, flicker: bool = False) -> Caption:
        path, is_a = self._choice.paths[index], index == self._choice.a
        tag = (self.tr("A · reference") if index == 0 else "A") if is_a else "B"
        held = self.held(path)
        if path in self._marks:
            tag += f" · {mark_word(self._marks[path])}"
            if held is Held.NO_KEEPER:
                tag += f" · {not_moved_word()}"
        members, loaded = self._choice.members, self._loader.image(path)
        matched, warned = how_it_matched(members, index) if members is not None else "", False
        tip = ""
        if members is not None:  # what the scan said of the file, unless it is no longer that file
            on_disk = on_disk_then(members[index], loaded, gone=self._loader.gone(path))
            if on_disk is not OnDisk.AS_SCANNED:
                matched, warned = on_disk_sentence(on_disk), True
        if held is Held.NO_KEEPER and not warned:  # why it is not moved, not how it matched (as its tile)
            tip = not_moved_sentence()
            if self._lost:
                matched, warned = lost_keepers_words(self._lost), True
        caption = member_caption(path, loaded, tag, is_a=is_a, matched=matched)
        caption = replace(caption, warning=warned, tip=tip)
        if not flicker:
            return caption
        remark = "\u00a0\u00a0 " + fill(self.tr("flicker: F or Tab shows %1"), "B" if is_a else "A")
        return replace(caption, remark=remark, italic_remark=True)
