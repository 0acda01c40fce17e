"""Opening the compare view on the current group, and what its marks, "not duplicates" and closing do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from lookalike.ui.compare import COMPARE_SIZE, CompareView
from lookalike.ui.controller import Controller
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.results_page import ResultsPage
from lookalike.ui.review import Held, ReviewGroup
from lookalike.ui.session import ReviewSession
from lookalike.ui.settings import SettingsStore

GEOMETRY_KEY = "compare"  # the compare view's size and place, kept apart from the main window's


class CompareLauncher(QObject):
    """One compare view at a time, window-modal over the results (the groups cannot change under it).

    Marks made in the view go the grid's way (its `toggle_requested`, as Space on a tile), so the
    grid, the totals, autosave and undo see them as any other mark; the view opens at the size it
    last had, fitted on the screen. The copies marked DELETE that acting would leave where they are
    (Review.held_in) it says are not moved, as the grid does, following the grid while it is open
    (a copy kept seen gone or back, another copy marked KEEP).

    Signals:
        closed: the view closed; the grid selects the last picture B and has the focus again.
    """

    closed = Signal()

    def __init__(
        self,
        results: ResultsPage,
        session: ReviewSession,
        controller: Controller,
        not_duplicate: Callable[[int], list[Path]],
        parent: QWidget,
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.results, self.session, self.controller = results, session, controller
        self._settings = settings
        self._not_duplicate = not_duplicate
        self._window = parent
        self.view: CompareView | None = None
        self._group: ReviewGroup | None = None

    def open(self) -> CompareView | None:
        """Compare the current tile with the group's reference, or the two selected tiles."""
        group = self.results.tile_model.group
        if group is None or len(group.members) < 2 or self.controller.regrouping:
            return None
        if self.view is not None:
            self.view.raise_()
            return self.view
        selected, current = self.results.selected_tile_rows(), self.results.current_tile_row()
        a, b = selected if len(selected) == 2 else (0, current if current > 0 else 1)
        view = CompareView(
            [m.path for m in group.members], (a, b), members=group.members, parent=self._window
        )
        view.setWindowModality(Qt.WindowModality.WindowModal)
        view.not_duplicates_requested.connect(self._on_not_duplicates)
        view.mark_requested.connect(self._on_mark_requested)
        view.finished.connect(self._on_finished)
        self.results.tile_model.marks_changed.connect(self._show_marks)
        self.session.marks_changed.connect(self._show_marks)  # also undo and redo, bulk marks
        self.session.held_back_changed.connect(self._on_held_back_changed)
        self.results.tile_model.file_seen.connect(self._on_file_seen)
        self.view, self._group = view, group
        self._show_marks()
        if self._settings is not None:
            self._settings.restore_geometry(view, COMPARE_SIZE, GEOMETRY_KEY)
        view.show()
        view.activateWindow()  # its keys (arrows, F, D, N, Esc) work at once
        return view

    def _on_finished(self, _code: int) -> None:
        view = self.view
        if view is None:
            return
        paths, (_a, b) = view.paths, view.pair
        if self._settings is not None:
            self._settings.save_geometry(view.saveGeometry(), GEOMETRY_KEY)
        self.results.tile_model.marks_changed.disconnect(self._show_marks)
        self.session.marks_changed.disconnect(self._show_marks)
        self.session.held_back_changed.disconnect(self._on_held_back_changed)
        self.results.tile_model.file_seen.disconnect(self._on_file_seen)
        self.view = self._group = None
        view.release()
        view.deleteLater()
        row = self.results.tile_model.row_of(paths[b]) if b < len(paths) else None
        if row is not None:
            self.results.select_tile(row)
        self._window.activateWindow()
        self.results.tile_view.setFocus()
        self.closed.emit()

    def _marks(self) -> dict[Path, bool]:
        group = self._group
        return {} if group is None else dict(zip(group.paths_in_order(), group.keep, strict=True))

    def _on_mark_requested(self, path: Path, keep: bool | None) -> None:
        """A marking key in the compare view: mark the picture as that key does on its tile."""
        tiles, group = self.results.tile_model, self._group
        row = tiles.row_of(path) if group is not None and tiles.group is group else None
        if row is None or group is None or self.view is None:
            return
        if keep is None or group.keep[row] != keep:
            self.results.tile_view.toggle_requested.emit(row)  # the grid's own way: Space on the tile
        self._show_marks()

    def _show_marks(self) -> None:
        """The marks, and with them what acting would leave where it is (a copy marked KEEP in place of
        one gone moves the others again)."""
        if self.view is not None:
            self.view.set_marks(self._marks())
            self._show_held()

    def _on_held_back_changed(self, group: ReviewGroup) -> None:
        """The window saw a file of `group` go, change or come back, and what it holds back changed."""
        if group is self._group:
            self._show_held()

    def _on_file_seen(self, group: ReviewGroup, path: Path, state: OnDisk) -> None:
        """The grid looked at a file of `group`: the view shows it as the grid found it (the copy kept,
        gone when the view read it, is back)."""
        if group is self._group and self.view is not None:
            self.view.saw_on_disk(path, state)

    def _show_held(self) -> None:
        group, view = self._group, self.view
        if group is None or view is None:
            return
        held = {member.path: why for member, why in self.session.held_in(group)}
        lost = self.session.lost_keepers(group) if Held.NO_KEEPER in held.values() else []
        view.set_held(held, [gone for _member, gone in lost])

    def _on_not_duplicates(self, path: Path) -> None:
        view, group, review = self.view, self._group, self.session.review
        if view is None or group is None or review is None or group not in review.groups:
            return
        row = next((i for i, m in enumerate(group.members) if m.path == path), None)
        if row is None:
            return
        self.results.select_group(review.groups.index(group))
        taken = self._not_duplicate(row)
        if view.path_a in taken:
            view.close()  # A itself left the group (two pictures, B the reference): nothing to compare
            return
        for gone in taken:
            view.remove_path(gone)
        self._show_held()  # the copy kept may have left with them

    def shutdown(self) -> None:
        if self.view is not None:
            self.view.shutdown()
