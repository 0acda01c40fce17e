"""The main window: builds the start and results pages, the menus and the workers, and wires them.

What each part does lives with the part: StartPage and ResultsPage show, ReviewSession decides,
Controller runs work off the GUI thread, Acting moves files, COMMANDS declares every command.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QStackedWidget, QWidget

from lookalike import __version__
from lookalike.core.actions import ActionReport, Trasher
from lookalike.core.decisions import DecisionStore
from lookalike.core.models import ScanOptions, ScanResult
from lookalike.ui.acting import Acting, found_gone
from lookalike.ui.autosave import Autosave
from lookalike.ui.bulk_marking import BulkMarking
from lookalike.ui.commands import CommandSet, WindowState, command_words, shortcut_rows
from lookalike.ui.compare import CompareView
from lookalike.ui.compare_launcher import CompareLauncher
from lookalike.ui.controller import Controller
from lookalike.ui.dialogs import Dialogs, QtDialogs, ShortcutsDialog
from lookalike.ui.files import ResultFiles
from lookalike.ui.group_table import GroupTableModel
from lookalike.ui.i18n import LANGUAGES, LanguageMenu, chosen_language, fill
from lookalike.ui.missing_folders import may_scan_without, not_scanned_note, nothing_there_words
from lookalike.ui.models import TileModel
from lookalike.ui.regrouping import Regrouping
from lookalike.ui.results_page import ResultsPage
from lookalike.ui.review import BulkMark, Review, ReviewGroup
from lookalike.ui.session import Refusal, ReviewSession
from lookalike.ui.settings import Preferences, SettingsStore
from lookalike.ui.start_page import StartPage
from lookalike.ui.thumbnails import ThumbnailLoader
from lookalike.ui.views import GroupView, TileView
from lookalike.ui.wording import position_for

log = logging.getLogger(__name__)

START_PAGE, RESULTS_PAGE = 0, 1
WINDOW_SIZE = QSize(1280, 800)  # the first time, on a screen with room for it


def open_decisions() -> DecisionStore:
    """The person's "not duplicates" store; when it cannot be used as it is (locked by another program,
    read-only, its folder unwritable, its disk full), a throwaway one holding what can be read of it,
    the file left as it is: in a temporary folder, or, when that cannot keep one either (the same
    full disk), in memory."""
    from lookalike.core.decisions import default_decisions_path, read_decisions

    try:
        return DecisionStore()
    except (OSError, sqlite3.Error) as exc:
        log.warning(
            "cannot use the decisions file (%s); it is left as it is, and decisions last until Lookalike"
            " closes",
            exc,
        )
    kept = read_decisions(default_decisions_path())
    folder: Path | None = None
    store: DecisionStore | None = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="lookalike-"))
        store = DecisionStore(folder / "decisions.sqlite3", lasting=False)
        store.remember(kept)
        return store
    except (OSError, sqlite3.Error) as exc:
        log.warning("cannot keep decisions in a temporary folder either (%s); they are kept in memory", exc)
        if store is not None:
            store.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)  # trash-safe: the mkdtemp folder made just above
    store = DecisionStore.in_memory()
    store.remember(kept)
    return store


class Pages(QStackedWidget):
    """The window's pages, one shown at a time; only the page shown says how small the window may be.

    A stack is as large as its largest page by default: the results page's list and grid then held
    the start page, and a scan's progress, wider than a small screen (a 768-pixel-wide one at 125 %:
    614 pixels; in Japanese the window took 713). The pages not shown ignore their sizes instead.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._size_by_current)

    def addWidget(self, page: QWidget) -> int:
        index = super().addWidget(page)
        self._size_by_current(self.currentIndex())
        return index

    def _size_by_current(self, current: int) -> None:
        for index in range(self.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            if (page := self.widget(index)) is not None:
                page.setSizePolicy(policy, policy)
        self.updateGeometry()


class MainWindow(QMainWindow):
    """Lookalike's window: a start page (folders, options, progress) and a results page.

    Signals:
        results_shown: a scan result, a regrouping or a reopened review is on screen.
        action_done: a trash or move run finished (its `ActionReport`).
        compare_closed: the compare view was closed and the grid has the focus again.
        action_undone: "Undo last action" finished (its RestoreReport, or None: nothing to put back).
        scan_decided: what came of Scan once the folders answered (start_scan): True, the scan
            started; False, it did not (nothing there to scan, the person cancelled, or Stop).
    """

    results_shown = Signal()
    action_done = Signal(object)
    compare_closed = Signal()
    action_undone = Signal(object)
    scan_decided = Signal(bool)

    def __init__(
        self,
        *,
        settings: QSettings | None = None,
        dialogs: Dialogs | None = None,
        log_dir: Path | None = None,
        journal: Path | None = None,
        decisions: DecisionStore | None = None,
        autosave: Path | None = None,
        trasher: Trasher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Defaults: the user's "not duplicates" store, send2trash, and no autosave (`autosave`: its file)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lookalike — find duplicate pictures"))
        self.setAcceptDrops(True)
        self.settings = SettingsStore(settings or QSettings("lookalike", "Lookalike"))
        self.preferences: Preferences = self.settings.load()
        self.dialogs: Dialogs = dialogs if dialogs is not None else QtDialogs(self)
        self.log_dir = log_dir
        self._owns_decisions = decisions is None
        self._scan_note = ""  # said over the results of the scan running: the folders it left out
        self._page_before_scan = START_PAGE  # shown when Scan was pressed: shown again if it scans nothing
        self.session = ReviewSession(
            decisions if decisions is not None else open_decisions(), self.preferences.keep_rules, self
        )
        self.controller = Controller(self, journal=journal, trasher=trasher)
        self.acting = Acting(self.controller, self.session, self.dialogs, self)
        screen = QGuiApplication.primaryScreen()
        self.loader = ThumbnailLoader(self, scale=screen.devicePixelRatio() if screen else 1.0)
        self.group_model = GroupTableModel(
            self.loader, self.session, self, held_back_words=self.acting.held_back_words
        )
        self.tile_model = TileModel(
            self.loader,
            self,
            marker=self.session.set_marks,
            held_in=self.session.held_in,
            lost_keepers=self.session.lost_keepers,
        )
        self.files = ResultFiles(self.session, self.dialogs, self)
        self.autosave = Autosave(autosave, self.session, self.files, self.dialogs, self)
        self.autosave.close_resumed.connect(self.close)  # closed while saving: closed once it is saved

        self.commands = CommandSet(self, self._command_handlers())
        self.start = StartPage()
        self.results = ResultsPage(self.group_model, self.tile_model, self.commands.actions)
        self.pages = Pages()
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.results)
        self.setCentralWidget(self.pages)
        settings_menu = self.commands.fill_menus(self.menuBar())["&Settings"]
        settings_menu.addSeparator()
        self.language_menu = LanguageMenu(self.preferences.language, settings_menu)
        self.language_menu.language_chosen.connect(self.choose_language)
        settings_menu.addMenu(self.language_menu)
        self.regrouping = Regrouping(
            self.controller,
            self.session,
            self.results,
            self.dialogs,
            self._current_path,
            self,
            self.start.looking,
        )
        self.comparing = CompareLauncher(
            self.results, self.session, self.controller, self.not_duplicate, self, self.settings
        )
        self.bulk = BulkMarking(self.session, self.results, self.dialogs, self)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._wire()
        self.start.show_preferences(self.preferences)
        self.settings.restore_geometry(self, WINDOW_SIZE)
        self._list_width = self.settings.list_width()  # as the person left it: written back if changed
        if self._list_width is not None:
            self.results.splitter.keep_list_width(self._list_width)
        self._list_height = self.settings.list_height()  # above the grid in a narrow window, likewise
        if self._list_height is not None:
            self.results.splitter.keep_list_height(self._list_height)
        self._on_busy_changed(False)

    def _command_handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "add_folder": self.choose_folder,
            "scan": self.start_scan,
            "stop": self.stop,
            "open_review": lambda: self.files.open_review(lambda: self.autosave.may_replace(by_opening=True)),
            "save_review": lambda: self.autosave.save_review(),
            "export_json": lambda: self.files.export_json(),
            "export_csv": lambda: self.files.export_csv(),
            "trash": self.trash_marked,
            "move": self.move_marked,
            "undo_action": self.undo_last_action,
            "undo": lambda: self._tell(self.session.undo()),
            "redo": lambda: self._tell(self.session.redo()),
            "toggle_mark": self.toggle_current_mark,
            "mark_delete": self.mark_selected_delete,
            "bulk_rules": lambda: self.bulk.run(BulkMark.RULES),
            "bulk_keep_all": lambda: self.bulk.run(BulkMark.KEEP_ALL),
            "bulk_invert": lambda: self.bulk.run(BulkMark.INVERT),
            "bulk_delete_under": lambda: self.bulk.run(BulkMark.DELETE_UNDER),
            "bulk_keep_under": lambda: self.bulk.run(BulkMark.KEEP_UNDER),
            "shortcuts": self.show_shortcuts,
            "quit": self.close,
            "compare": self.open_compare,
            "not_duplicate": self.not_duplicate_current,
            "group_not_duplicates": self.group_not_duplicates,
            "toggle_reviewed": self.toggle_reviewed,
            "next_unreviewed": self.next_unreviewed,
            "rules": lambda: self.regrouping.open_rules_dialog(),
            "decisions": lambda: self.regrouping.open_decisions_dialog(),
            "log_folder": self.open_log_folder,
            "about": self.show_about,
        }

    def _wire(self) -> None:
        start, results, controller, session = self.start, self.results, self.controller, self.session
        start.add_folder_requested.connect(self.choose_folder)
        start.folder_chosen.connect(lambda folder: self.add_folders([folder]))
        start.scan_requested.connect(self.start_scan)
        start.folders_answered.connect(self._on_folders_answered)
        start.folders_slow.connect(lambda: self.pages.setCurrentIndex(START_PAGE))
        start.folders_added.connect(self._on_folders_added)
        start.stop_requested.connect(self.stop)
        start.back_requested.connect(lambda: self.pages.setCurrentIndex(RESULTS_PAGE))
        start.preferences_changed.connect(self._save_preferences)
        results.errors_requested.connect(self.show_scan_errors)
        results.new_scan_requested.connect(lambda: self.pages.setCurrentIndex(START_PAGE))
        results.regroup_requested.connect(self.regrouping.regroup)
        results.group_changed.connect(self._on_group_changed)
        results.group_seen.connect(session.set_reviewed)
        session.reviewed_changed.connect(self._on_reviewed_changed)
        results.open_requested.connect(self.open_file)
        results.show_in_folder_requested.connect(self.dialogs.show_in_folder)
        results.group_view.compare_requested.connect(self.open_compare)
        results.group_view.not_duplicate_requested.connect(self.not_duplicate_current)
        results.group_view.group_not_duplicates_requested.connect(self.group_not_duplicates)
        results.tile_view.compare_requested.connect(self.open_compare)
        results.tile_view.not_duplicate_requested.connect(self.not_duplicate)
        results.tile_view.group_not_duplicates_requested.connect(self.group_not_duplicates)
        results.tile_view.delete_requested.connect(self.mark_selected_delete)
        controller.scan_progressed.connect(start.show_progress)
        controller.scan_finished.connect(self._on_scan_finished)
        controller.scan_failed.connect(self._on_scan_failed)
        self.regrouping.sensitivity_used.connect(self._on_sensitivity_used)
        self.regrouping.rules_changed.connect(self._save_preferences)
        self.files.saved.connect(results.summary_label.setText)
        self.comparing.closed.connect(self.compare_closed)
        controller.busy_changed.connect(self._on_busy_changed)
        session.review_replaced.connect(self._on_review_replaced)
        session.groups_changed.connect(self._on_groups_changed)
        self.acting.status_changed.connect(results.action_status.setText)
        self.acting.finished.connect(self._on_action_finished)
        self.acting.restored.connect(self._on_restored)
        session.marks_switched.connect(self._on_marks_switched)
        self.tile_model.file_seen.connect(session.saw_on_disk)
        session.held_back_changed.connect(self._on_held_back_changed)
        session.show_group_requested.connect(self._show_group)
        session.undo_stack.indexChanged.connect(self._on_undo_changed)

    # ---- what tests and the app reach -----------------------------------------------------------------

    @property
    def review(self) -> Review | None:
        return self.session.review

    @property
    def tile_view(self) -> TileView:
        return self.results.tile_view

    @property
    def group_view(self) -> GroupView:
        return self.results.group_view

    def _state(self) -> WindowState:
        review = self.review
        return WindowState(
            busy=self._busy(),
            has_review=review is not None,
            delete_count=review.delete_count if review else 0,
            has_group=self.tile_model.group is not None,
            can_undo=self.session.undo_stack.canUndo(),
            can_redo=self.session.undo_stack.canRedo(),
            unreviewed=self.group_model.has_unreviewed(),
        )

    def _busy(self) -> bool:
        """Whether a scan (or its look at the folders first), a regrouping or a file action runs."""
        return self.controller.busy or self.start.looking()

    # ---- folders and settings -----------------------------------------------------------------------

    def add_folders(self, folders: list[Path], *, reference: bool = False) -> None:
        """Add folders to scan, once a look off the window's thread finds each one a folder (files are
        ignored; a folder already listed is not added again): StartPage.add_folders."""
        self.start.add_folders(folders, reference=reference)

    def _on_folders_added(self, folders: list[Path]) -> None:
        for folder in folders:
            self._remember_recent(folder)

    def choose_folder(self) -> None:
        folder = self.dialogs.choose_folder(self.tr("Add a folder to scan"))
        if folder is not None:
            self.add_folders([folder])

    def _remember_recent(self, folder: Path) -> None:
        self.preferences = self.preferences.with_recent(folder)
        self.start.set_recent(self.preferences.recent)
        self._save_preferences()

    def _save_preferences(self) -> None:
        mode, sensitivity, rotations = self.start.chosen_options()
        self.preferences = replace(
            self.preferences,
            mode=mode,
            sensitivity=sensitivity,
            rotations=rotations,
            folders=self.start.folder_choices(),
            keep_rules=self.session.keep_rules,
            files=self.start.file_choices(),
        )
        self.settings.save(self.preferences)

    def choose_language(self, language: str) -> None:
        """Keep `language` ("" for the system's) for the next start: the words already on screen stay
        as they are until then."""
        if language == self.preferences.language:
            return
        self.preferences = replace(self.preferences, language=language)
        self._save_preferences()
        self.dialogs.inform(
            self.tr("Language"),
            fill(
                self.tr("Lookalike will be in %1 the next time it starts."),
                LANGUAGES[chosen_language(language)],
            ),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._busy() and self.start.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            self.start.highlight_drop_zone(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.start.highlight_drop_zone(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.start.highlight_drop_zone(False)
        self.start.add_dropped(self.start.dropped_paths(event.mimeData()))
        self.pages.setCurrentIndex(START_PAGE)
        event.acceptProposedAction()

    # ---- scanning -----------------------------------------------------------------------------------

    def start_scan(self) -> bool:
        """Look for the listed folders (a folder can go between being listed and Scan), then scan
        those there, in the background. The looks run off the window's thread, "Looking at the
        folders…" meanwhile (Stop stops it): one on a network drive that stopped answering waits
        reach.PATIENCE seconds, and its folder counts as not there. scan_decided tells what came of it.
        Folders being added are waited for too (their looks answer first). False when nothing is
        looked for: no folder listed nor being added (said so), or busy."""
        if not self.start.folders() and not self.start.adding():
            self._say_nothing_listed()
            return False
        if self._busy():
            return False
        self._page_before_scan = self.pages.currentIndex()
        self.start.look_before_scan()  # the start page shows it once it takes a moment (folders_slow)
        self._update_totals()
        return True

    def _on_folders_answered(self) -> None:
        self._update_totals()
        self._scan_decided(self._scan_found_folders())

    def _scan_decided(self, started: bool) -> None:
        if not started:  # the review stays on screen, as it was
            self.pages.setCurrentIndex(self._page_before_scan)
        self.scan_decided.emit(started)

    def _scan_found_folders(self) -> bool:
        """Scan the listed folders found there (the folders' answers are in); False when there is
        nothing to scan, when busy, when a reference folder is not there and the person does not scan
        without it, or when the person keeps an unsaved review on screen (each asked first)."""
        if self.controller.busy:
            return False
        if not self.start.folders():  # those being added were not (the page says why)
            self._say_nothing_listed()
            return False
        missing = self.start.missing_folders()
        gone = {folder.path for folder in missing}
        found = [folder for folder in self.start.folders() if folder not in gone]
        if not found:
            self.dialogs.inform(self.tr("Nothing to scan"), nothing_there_words(missing))
            return False
        # Asked before the unsaved work: cancelling here leaves the review on screen as it was.
        if not may_scan_without(self.dialogs, missing) or not self.autosave.may_replace():
            return False
        session = self.session
        not_duplicates, rules = session.decisions.pairs(), session.keep_rules
        # The options keep every reference folder ticked, there or not: one that comes back during the
        # scan, inside a folder scanned, is protected still. One that did not answer stays one too, but
        # the scan looks at nothing in it, nor at it: each look would wait for its drive, and the scan,
        # Stop and closing the window with it.
        silent = frozenset(folder.path for folder in missing if folder.silent)
        if not self.controller.start_scan(
            found, self.start.scan_options(), not_duplicates=not_duplicates, rules=rules, out_of_reach=silent
        ):
            return False
        self._scan_note = not_scanned_note(missing)
        for folder in found:
            self._remember_recent(folder)
        self.pages.setCurrentIndex(START_PAGE)
        self.start.show_scan_started()
        return True

    def _say_nothing_listed(self) -> None:
        self.dialogs.inform(
            self.tr("Nothing to scan"),
            self.tr("Add a folder first: click “Add folder…” or drop one here."),
        )

    def stop(self) -> None:
        if self.start.looking():  # Scan waits for the folders: it waits no more, and scans nothing
            self.start.stop_looking()
            self._update_totals()
            self._scan_decided(False)
        elif self.controller.busy:
            self.start.show_stopping()
            self.controller.stop()

    def _on_scan_finished(self, result: ScanResult) -> None:
        self.show_review(Review.from_result(result), note=self._scan_note)

    def _on_scan_failed(self, details: str) -> None:
        self.start.show_scan_failed()
        self.dialogs.show_error(
            self.tr("The scan failed"), self.tr("Lookalike ran into a bug while scanning. Details:"), details
        )

    def _on_busy_changed(self, busy: bool) -> None:
        self.start.set_busy(busy, has_review=self.review is not None, scanning=self.controller.scanning)
        self._update_totals()

    # ---- showing the review -------------------------------------------------------------------------

    def show_review(self, review: Review, *, select_path: Path | None = None, note: str = "") -> None:
        """Put `review` on the results page; select the group holding `select_path`, else the first."""
        self.session.show(review, select_path=select_path, note=note)

    def _on_review_replaced(self, select_path: Path | None, note: str) -> None:
        review = self.review
        assert review is not None
        self.loader.reset()
        self.results.show_groups(review)
        self.pages.setCurrentIndex(RESULTS_PAGE)
        self.results.sync_sensitivity(review)
        self.results.show_review(review, note)
        self._show_group_near(review.row_holding(select_path) if select_path is not None else 0)
        self._on_busy_changed(self.controller.busy)
        self.results_shown.emit()

    def _on_groups_changed(self, _row: int, note: str) -> None:
        """Show the review again after its groups changed in place."""
        review = self.review
        if review is None:
            return
        self.results.sync_groups()  # stays on the current group, or on the one now where it was
        if note:
            self.results.show_review(review, note)
        self._update_totals()

    def _show_group_near(self, row: int) -> None:
        review = self.review
        if review is not None and review.groups:
            self.select_group(min(max(row, 0), len(review.groups) - 1))
        else:
            self.tile_model.set_group(None)
            self._on_group_changed(-1)

    def show_scan_errors(self) -> None:
        if self.review is not None:
            self.dialogs.inform(*self.results.scan_problems(self.review))

    def select_group(self, row: int) -> None:
        self.results.select_group(row)

    def current_group_row(self) -> int:
        return self.results.current_group_row()

    def step_group(self, step: int) -> None:
        self.results.step_group(step)

    def _on_group_changed(self, _row: int) -> None:
        self.results.show_group_header(self.review)
        self.commands.enable_for(self._state())

    def _on_marks_switched(self, groups: list[ReviewGroup]) -> None:
        """Marks changed (set, undone, redone, in bulk): the grid, the list and the totals follow."""
        current = self.tile_model.group
        if current is not None and any(g is current for g in groups):
            self.tile_model.refresh_marks()
            self.results.show_group_header(self.review)  # it says when no copy is kept
            if len(groups) == 1:
                self.session.set_reviewed(current)  # a changed mark: the person looked at this group
        self.group_model.refresh_groups(groups)
        self._update_totals()

    def _on_held_back_changed(self, group: ReviewGroup) -> None:
        """A file of `group` marked DELETE is counted no longer, or again (or why changed): its row says
        what it frees now, its tiles and header, if shown, whether each copy moves and why not, and the
        totals follow (the other groups' rows are as they were)."""
        self.group_model.refresh_group(group)
        if group is self.tile_model.group:
            self.tile_model.refresh_held()
            self.results.show_group_header(self.review)  # it says when no copy marked KEEP is left
        self._update_totals()

    def _on_undo_changed(self, _index: int) -> None:
        """Undo and Redo name the action they would take back or do again."""
        stack, actions = self.session.undo_stack, self.commands.actions
        undo, redo = command_words("undo"), command_words("redo")
        actions["undo"].setText(fill(self.tr("&Undo %1"), stack.undoText()) if stack.canUndo() else undo)
        actions["redo"].setText(fill(self.tr("&Redo %1"), stack.redoText()) if stack.canRedo() else redo)
        self.commands.enable_for(self._state())

    def _show_group(self, group: ReviewGroup) -> None:
        """Show the group an undo or redo changed, unless it is shown already."""
        if group is not self.tile_model.group and self.review is not None and group in self.review.groups:
            self.select_group(self.review.groups.index(group))

    def toggle_current_mark(self) -> None:
        row = self.results.current_tile_row()
        if row >= 0:
            self.tile_model.toggle(row)

    def mark_selected_delete(self) -> None:
        """Mark the selected tiles (or the current one) DELETE: only a mark, nothing is deleted."""
        rows = self.results.selected_tile_rows() or [self.results.current_tile_row()]
        self.tile_model.mark_rows([row for row in rows if row >= 0], False)

    def _on_reviewed_changed(self, group: ReviewGroup) -> None:
        """A group's reviewed tick changed: the counts follow, and "next not reviewed" is enabled while
        the list shows a group to go to."""
        self.results.on_reviewed_changed(group)
        self.commands.enable_for(self._state())

    def toggle_reviewed(self) -> None:
        group = self.tile_model.group
        if group is not None:
            self.session.switch_reviewed(group)

    def next_unreviewed(self) -> bool:
        """Select the next group listed that is not reviewed; False (and a word) when there is none."""
        found = self.results.select_next_unreviewed()
        if not found:
            self.results.action_status.setText(self.tr("Every group listed is reviewed."))
        return found

    def _update_totals(self) -> None:
        """The action bar and every command's enabled state; a few ms per 10,000 groups, so moving
        between groups does not call it (see _on_group_changed)."""
        review = self.review
        held = self.acting.held_back_words(review.held_back()) if review is not None else ""
        self.results.show_totals(review, held)
        self.commands.enable_for(self._state())

    def _current_path(self) -> Path | None:
        member = self.tile_model.member(self.results.current_tile_row())
        return member.path if member else None

    def open_file(self, row: int) -> None:
        member = self.tile_model.member(row)
        if member is not None:
            self.dialogs.open_path(member.path)

    def tile_context_menu(self, row: int) -> QMenu:
        return self.results.tile_context_menu(row)

    # ---- compare and "not duplicates" -----------------------------------------------------------------

    @property
    def compare_view(self) -> CompareView | None:
        return self.comparing.view

    def open_compare(self) -> CompareView | None:
        return self.comparing.open()

    def not_duplicate_current(self) -> list[Path]:
        return self.not_duplicate(self.results.current_tile_row())

    def not_duplicate(self, row: int) -> list[Path]:
        """Take tile `row`'s picture out of the current group and remember that it is no duplicate of
        the others. Returns the paths taken out (identical copies of it leave with it)."""
        group = self.tile_model.group
        if group is None or self.controller.busy:
            return []
        taken = self.session.not_duplicate(group, row)
        if isinstance(taken, Refusal):
            self._tell(taken)
            return []
        if taken and self.tile_model.group is group:  # stay where the person was: N, N, N works down
            self.results.select_tile(min(row, len(group.members) - 1))
        return taken

    def group_not_duplicates(self) -> bool:
        """Remove the current group and remember that none of its pictures are duplicates."""
        group = self.tile_model.group
        if group is None or self.controller.busy:
            return False
        done = self.session.group_not_duplicates(group)
        if isinstance(done, Refusal):
            self._tell(done)
            return False
        return done

    def _tell(self, refusal: Refusal | None) -> None:
        """Say why a request was not carried out, if it was not."""
        if refusal is not None:
            self.dialogs.inform(refusal.title, refusal.text, refusal.details)

    # ---- regrouping, decisions and keep rules (regrouping.Regrouping) --------------------------------

    def _on_sensitivity_used(self, threshold: int) -> None:
        """The next scan uses the sensitivity the person settled on in the results."""
        self.start.sensitivity.setValue(position_for(threshold, ScanOptions().hash_bits))

    # ---- acting -------------------------------------------------------------------------------------

    def trash_marked(self) -> bool:
        """Ask, then send the files marked DELETE to the Trash on a worker. True when started."""
        return self.acting.to_trash()

    def move_marked(self) -> bool:
        """Ask for a folder, then move the files marked DELETE there. True when started."""
        return self.acting.to_folder()

    def undo_last_action(self) -> bool:
        """Ask, then put back the files of the last trash or move run. True when started."""
        return self.acting.undo_last()

    def _on_restored(self, outcome: object, summary: str) -> None:
        self.results.summary_label.setText(summary)
        self._update_totals()
        self.action_undone.emit(outcome)

    def _on_action_finished(self, outcome: ActionReport, summary: str) -> None:
        gone = {o.path for o in outcome.done} | found_gone(outcome)
        self.loader.forget(gone)
        self.loader.reset()
        self.session.files_gone(gone, max(0, self.current_group_row()))
        self._update_totals()
        self.results.summary_label.setText(summary)
        self.action_done.emit(outcome)

    # ---- help and lifetime --------------------------------------------------------------------------

    def open_log_folder(self) -> None:
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            self.dialogs.open_path(self.log_dir)

    def show_shortcuts(self) -> ShortcutsDialog:
        """The keyboard shortcuts, listed from the command table; one window, brought to the front."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()
        return self.shortcuts_dialog

    def show_about(self) -> None:
        self.dialogs.inform(
            self.tr("About Lookalike"),
            fill(
                self.tr(
                    "Lookalike %1\n\nFinds duplicate and near-duplicate pictures, lets you review every "
                    "group, and moves only the copies you confirm to the Trash."
                ),
                __version__,
            ),
        )

    def thumbnails_settled(self) -> bool:
        """Whether every visible thumbnail is decoded (used before taking a screenshot)."""
        return self.results.thumbnails_settled()

    def shutdown(self) -> None:
        """Stop background work and wait for it; safe to call twice."""
        self.start.stop_looking()  # a folder's answer, come late, starts no scan in a closed window
        self.comparing.shutdown()
        self.controller.shutdown()
        self.loader.shutdown()
        if self._owns_decisions:
            self.session.decisions.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.drop_last_run()  # closing: Undo's question, still to come, is not asked
        # Closing: Scan waits for the folders no more (as Stop), so that their answers, come while
        # the question below is open, neither ask their own questions over it nor start a scan.
        if self.start.looking():
            self.stop()
        event.setAccepted(self.autosave.may_close())  # asks Save… / Discard / Cancel over unsaved work
        if event.isAccepted():
            self._save_preferences()
            self.settings.save_geometry(self.saveGeometry())
            chosen = self.results.splitter.chosen_width
            if chosen is not None and chosen != self._list_width:
                self.settings.save_list_width(chosen)
            chosen = self.results.splitter.chosen_height
            if chosen is not None and chosen != self._list_height:
                self.settings.save_list_height(chosen)
            self.shutdown()
