"""The start page: the folders to scan, what to look for, the scan's progress and its buttons."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QGuiApplication, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSlider,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lookalike.core.models import Mode, Phase, Progress, ScanOptions
from lookalike.display_names import display_name
from lookalike.ui.colours import secondary_text
from lookalike.ui.file_urls import local_path
from lookalike.ui.i18n import fill, number_text
from lookalike.ui.missing_folders import FolderLooks, Found, Unavailable
from lookalike.ui.results_page import OneLineLabel
from lookalike.ui.scan_options import ScanOptionsDialog, choices_summary
from lookalike.ui.scrolling import ScrollingPart
from lookalike.ui.settings import FileChoices, FolderChoice, Preferences
from lookalike.ui.views import FolderList
from lookalike.ui.wording import SENSITIVITY, duration, sensitivity_words, threshold_for

log = logging.getLogger(__name__)

FOLDER_ROLE = Qt.ItemDataRole.UserRole  # a listed folder's path: os.fsencode's bytes (listed_folder)
# None while a listed folder is there (or its first look has not answered); else what its look found
# (Found.NOT_THERE or Found.SILENT), as its value.
MISSING_ROLE = int(Qt.ItemDataRole.UserRole) + 1
WAITING_SHOWN_AFTER = 500  # ms: the folders Scan waits for are named once a look takes this long

PHASE_WORDS: dict[Phase, str] = {  # translated where shown (StartPage.show_progress)
    Phase.DISCOVER: str(QT_TRANSLATE_NOOP("StartPage", "Looking for pictures")),
    Phase.FINGERPRINT: str(QT_TRANSLATE_NOOP("StartPage", "Reading pictures")),
    Phase.MATCH: str(QT_TRANSLATE_NOOP("StartPage", "Comparing pictures")),
    Phase.DONE: str(QT_TRANSLATE_NOOP("StartPage", "Finishing")),
}


def wrapping_label() -> QLabel:
    """A label of plain words that wraps at the width it is given, rather than widening the window to
    hold them on one line (a long count in the scan's progress, a long translation)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMinimumWidth(1)
    return label


def big_button(text: str, width: int, scale: float = 1.0) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumSize(QSize(width, 44))
    font = QFont(button.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    button.setFont(font)
    return button


class StartPage(QWidget):
    """Folders (a drop zone), options and the Scan button; the progress of a running scan.

    Signals:
        add_folder_requested: "Add folder…" was clicked.
        folder_chosen: a folder (Path) picked from the recent folders.
        scan_requested, stop_requested, back_requested: the buttons.
        preferences_changed: folders or options changed (worth saving).
        folders_answered: each folder listed answered the looks asked for by look_before_scan(), or
            was given up on (missing_folders() tells which are not there).
        folders_slow: those looks have taken WAITING_SHOWN_AFTER: the page says which folders Scan
            waits for (worth showing).
        folders_added: (list of Path) the folders add_folders() or add_dropped() listed, once their
            looks answered (none when none of them is a folder there).
    """

    add_folder_requested = Signal()
    folder_chosen = Signal(object)
    scan_requested = Signal()
    stop_requested = Signal()
    back_requested = Signal()
    preferences_changed = Signal()
    folders_answered = Signal()
    folders_slow = Signal()
    folders_added = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recent: tuple[Path, ...] = ()
        self._recent_actions: dict[Path, QAction] = {}  # the Recent folders menu's, by folder, as filled
        self._file_choices = FileChoices()
        # The phase shown, when its rate counts from, what was done by then and how much in all.
        self._phase_started: tuple[Phase, float, int, int] | None = None
        self._busy: tuple[bool, bool, bool] = (False, False, False)  # busy, has a review, scanning
        self._scan_round: int | None = None  # the round of looks Scan waits for (look_before_scan)
        self._adding: dict[int, _Adding] = {}  # by the round of looks each waits for (add_folders)
        self._adding_answered: set[int] = set()  # of those rounds, the ones answered (listed in order)
        self._not_added: list[Path] = []  # asked to be added, and given up on: they did not answer
        self._looks = FolderLooks(self)
        self._looks.found.connect(self._on_folder_found)
        self._looks.answered.connect(self._on_folders_answered)
        self._waiting_shown = QTimer(self)
        self._waiting_shown.setSingleShot(True)
        self._waiting_shown.setInterval(WAITING_SHOWN_AFTER)
        self._waiting_shown.timeout.connect(self._show_waiting)
        self._waiting_shown.timeout.connect(self.folders_slow)
        self._adding_shown = QTimer(self)  # the folders being added are named once a look takes a while
        self._adding_shown.setSingleShot(True)
        self._adding_shown.setInterval(WAITING_SHOWN_AFTER)
        self._adding_shown.timeout.connect(self._show_adding)
        # What scrolls when the window is shorter than the page needs (ScrollingPart), above what
        # never does: the scan's progress and its buttons. Spaced as one column, as they look.
        content = TallAsItsWordsNeed()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 0)
        layout.setSpacing(12)
        title = QLabel(self.tr("Find duplicate pictures"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Choose the folders to search. Nothing is deleted until you confirm which copies to move; "
                "even then, files go to the Trash, where you can restore them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_drop_zone(), 1)
        layout.addWidget(self._build_options())
        self.scrolling_part = ScrollingPart(content)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(24, 12, 24, 18)
        bottom.setSpacing(12)
        bottom.addWidget(self._build_progress())
        bottom.addLayout(self._build_scan_row())
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.scrolling_part, 1)
        page.addLayout(bottom)
        self.set_busy(False, has_review=False)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # back in the window: a drive may have been plugged in
            app.applicationStateChanged.connect(self._on_application_state_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_folders()

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Only while this page shows: what it would find is shown nowhere else.
        if state == Qt.ApplicationState.ApplicationActive and self.isVisible():
            self.check_folders()

    def _build_drop_zone(self) -> QFrame:
        self.drop_zone = drop_zone = QFrame()
        drop_zone.setObjectName("dropZone")
        self.highlight_drop_zone(False)
        zone = QVBoxLayout(drop_zone)
        self.drop_hint = hint = QLabel(
            self.tr(
                "Drop folders here, or click “Add folder…”. Tick a folder to make it a <b>reference</b>: "
                "its pictures are always kept, never suggested for deletion."
            )
        )
        hint.setWordWrap(True)
        zone.addWidget(hint)
        self.folder_list = FolderList()
        self.folder_list.setAccessibleName(self.tr("Folders to scan"))
        self.folder_list.setAccessibleDescription(hint.text())
        self.folder_list.setStyleSheet("QListWidget::item { padding: 3px; }")
        self.folder_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.folder_list.setItemDelegate(FolderDelegate(self.folder_list))
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.folder_list.setIconSize(QSize(small, small))
        self.folder_list.itemChanged.connect(self._on_folder_item_changed)
        zone.addWidget(self.folder_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.clicked.connect(self.add_folder_requested)
        self.recent_button = QToolButton()
        self.recent_button.setText(self.tr("Recent folders"))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.recent_button.setMenu(self.recent_menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected_folders)
        for button in (self.add_button, self.recent_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        zone.addLayout(buttons)
        self.adding_note = wrapping_label()  # the folders being added that a drive holds (add_folders)
        self.adding_note.setVisible(False)
        zone.addWidget(self.adding_note)
        return drop_zone

    def _build_options(self) -> QFrame:
        self.options_panel = options = QFrame()
        layout = QVBoxLayout(options)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>What to look for</b>")))
        self.exact_radio = QRadioButton(self.tr("Exact copies only (files that are byte-for-byte the same)"))
        self.similar_radio = QRadioButton(
            self.tr("Also similar pictures (resized, re-saved or converted copies)")
        )
        self.mode_group = QButtonGroup(self)
        for radio in (self.exact_radio, self.similar_radio):
            self.mode_group.addButton(radio)
            layout.addWidget(radio)
        slider_row = QHBoxLayout()
        slider_row.setContentsMargins(24, 0, 0, 0)
        slider_row.addWidget(QLabel(self.tr("Sensitivity:  strict")))
        self.sensitivity = QSlider(Qt.Orientation.Horizontal)
        self.sensitivity.setAccessibleName(self.tr("Sensitivity"))
        self.sensitivity.setRange(0, len(SENSITIVITY) - 1)
        self.sensitivity.setPageStep(1)
        self.sensitivity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.sensitivity.setMaximumWidth(260)
        slider_row.addWidget(self.sensitivity)
        slider_row.addWidget(QLabel(self.tr("loose")))
        slider_row.addStretch()
        layout.addLayout(slider_row)
        self.sensitivity_words = wrapping_label()
        self.sensitivity_words.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.sensitivity_words)
        self.rotations_check = QCheckBox(self.tr("Also find rotated and mirrored copies"))
        layout.addWidget(self.rotations_check)
        files_row = QHBoxLayout()
        self.options_button = QPushButton(self.tr("Options…"))
        self.options_button.setToolTip(
            self.tr(
                "Which files to read: patterns to leave out, a smallest size, hidden files, subfolders "
                "and links"
            )
        )
        self.options_button.clicked.connect(self.edit_file_choices)
        files_row.addWidget(self.options_button)
        self.options_summary = OneLineLabel()
        files_row.addWidget(self.options_summary, 1)
        layout.addLayout(files_row)
        self._show_file_choices(self._file_choices)
        self.mode_group.buttonToggled.connect(self._tab_to_the_chosen_mode)
        self.similar_radio.setChecked(True)
        self.sensitivity.valueChanged.connect(self._on_options_changed)
        self.rotations_check.toggled.connect(self.preferences_changed)
        self.similar_radio.toggled.connect(self._on_options_changed)
        return options

    def _build_progress(self) -> QFrame:
        self.progress_panel = panel = QFrame()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = wrapping_label()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_details = wrapping_label()
        for widget in (self.progress_label, self.progress_bar, self.progress_details):
            layout.addWidget(widget)
        return panel

    def _build_scan_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setMinimumSize(QSize(120, 44))
        self.stop_button.clicked.connect(self.stop_requested)
        self.scan_button = big_button(self.tr("Scan for duplicates"), 220, 1.2)
        self.scan_button.setDefault(True)
        self.scan_button.clicked.connect(self.scan_requested)
        self.back_to_results_button = QPushButton(self.tr("Back to results"))
        self.back_to_results_button.clicked.connect(self.back_requested)
        for button in (self.back_to_results_button, self.stop_button, self.scan_button):
            row.addWidget(button)
        return row

    # ---- folders and options ----------------------------------------------------------------------

    def folders(self) -> list[Path]:
        return [listed_folder(self.folder_list.item(i)) for i in range(self._count())]

    def reference_folders(self) -> list[Path]:
        return [choice.path for choice in self.folder_choices() if choice.reference]

    def folder_choices(self) -> tuple[FolderChoice, ...]:
        items = (self.folder_list.item(i) for i in range(self._count()))
        return tuple(
            FolderChoice(listed_folder(item), item.checkState() == Qt.CheckState.Checked) for item in items
        )

    def _count(self) -> int:
        return self.folder_list.count()

    def missing_folders(self) -> tuple[Unavailable, ...]:
        """The folders listed that were not there, or did not answer, when last looked for."""
        items = (self.folder_list.item(i) for i in range(self._count()))
        return tuple(
            Unavailable(
                listed_folder(item),
                item.checkState() == Qt.CheckState.Checked,
                silent=item.data(MISSING_ROLE) == Found.SILENT.value,
            )
            for item in items
            if item.data(MISSING_ROLE)
        )

    def check_folders(self) -> int:
        """Look for each folder listed again, off the window's thread: a folder can be renamed, or its
        drive unplugged, at any time. Those not there (and those back) are marked as such when their
        answers come, those that give none in time as not answering. Returns the round of looks."""
        return self._looks.look_for(self.folders())

    def _on_folder_found(self, folder: Path, found: Found) -> None:
        if (action := self._recent_actions.get(folder)) is not None:
            action.setEnabled(found is Found.THERE)
        missing = None if found is Found.THERE else found.value
        self.folder_list.blockSignals(True)
        for i in range(self._count()):
            item = self.folder_list.item(i)
            if listed_folder(item) == folder and item.data(MISSING_ROLE) != missing:
                item.setData(MISSING_ROLE, missing)
                _label_folder_item(item)
        self.folder_list.blockSignals(False)
        if not self._waiting_shown.isActive():  # once the folders waited for are named: the ones left
            self._show_waiting()

    def look_before_scan(self) -> None:
        """Look for each folder listed again, showing so ("Looking at the folders…", Stop), and say
        folders_answered once each has answered (or not in time); stop_looking() stops waiting."""
        # The folders being added too: their rounds answer first, and they are listed by then.
        self._scan_round = self._looks.look_for([*self.folders(), *self._adding_paths()])
        self._show_busy()
        self.progress_label.setText(self.tr("Looking at the folders…"))
        self.progress_bar.setRange(0, 0)
        self.progress_details.setText("")
        self._waiting_shown.start()

    def looks_settled(self) -> bool:
        """Whether each look for the folders asked for has answered (or been given up on)."""
        return self._looks.settled()

    def looking(self) -> bool:
        """Whether Scan waits for the folders' answers (look_before_scan)."""
        return self._scan_round is not None

    def stop_looking(self) -> None:
        """Wait no more for the folders' answers (they still mark the folders when they come)."""
        self._scan_round = None
        self._waiting_shown.stop()
        self._show_busy()

    def _on_folders_answered(self, number: int) -> None:
        # Folders are listed in the order they were added, whichever drive answers first.
        if number in self._adding:
            self._adding_answered.add(number)
        while self._adding and (first := min(self._adding)) in self._adding_answered:
            self._adding_answered.discard(first)
            self._list_answered(self._adding.pop(first))
        if number == self._scan_round:
            self.stop_looking()
            self.folders_answered.emit()

    def _show_waiting(self) -> None:
        """Name the folders Scan still waits for: on a drive that is slow to answer, or stopped."""
        if self._scan_round is None:
            return
        waiting = self._looks.waiting(self._scan_round)
        if len(waiting) == 1:
            words = fill(self.tr("Waiting for “%1” to answer…"), display_name(waiting[0]))
        else:
            words = self.tr("Waiting for %n folders to answer…", "", len(waiting)) if waiting else ""
        self.progress_details.setText(words)

    def add_folders(self, folders: list[Path], *, reference: bool = False) -> None:
        """List folders to scan once a look, off the window's thread, finds each one a folder there
        (a file, or nothing there, is not listed; a folder already listed is not listed again):
        folders_added says which. A folder on a drive that does not answer within reach.PATIENCE is not
        listed, and the page says so."""
        wanted: list[Path] = []
        for folder in folders:
            try:
                wanted.append(folder.expanduser().absolute())
            except (RuntimeError, OSError) as exc:  # "~user" unknown here (settings from another account)
                log.warning("the folder %s is not listed: %s", folder, exc)
        self._look_to_add(_Adding(tuple(wanted), reference=reference, dropped=False))

    def add_dropped(self, paths: list[Path]) -> None:
        """add_folders() for the paths of what was dropped: a file stands for its folder."""
        self._look_to_add(_Adding(tuple(paths), reference=False, dropped=True))

    def adding(self) -> bool:
        """Whether folders asked to be added wait for their looks' answers."""
        return bool(self._adding)

    def _look_to_add(self, adding: _Adding) -> None:
        if not adding.wanted:
            return
        self._adding[self._looks.look_for(adding.asked())] = adding
        self._not_added = []
        self._adding_shown.start()
        self._show_adding()

    def _adding_paths(self) -> list[Path]:
        return [path for adding in self._adding.values() for path in adding.asked()]

    def _list_answered(self, adding: _Adding) -> None:
        """List the folders of `adding`, whose looks have answered (or were given up on)."""
        found: list[Path] = []
        for path in adding.wanted:
            answer = self._looks.known(path)
            if answer is Found.NOT_THERE and adding.dropped:  # a file: its folder (it was looked at too)
                path = path.parent
                answer = self._looks.known(path)
            if answer is Found.THERE:
                found.append(path)
            elif answer is Found.SILENT:
                self._not_added.append(path)
        added = self._list_folders(found, reference=adding.reference)
        self._show_adding()
        self.folders_added.emit(added)

    def _show_adding(self) -> None:
        """Name the folders being added that have taken a while to answer (once WAITING_SHOWN_AFTER
        has passed), else those given up on; nothing when there are none."""
        waiting = sorted(
            {
                path
                for number, adding in self._adding.items()
                for path in adding.waited(self._looks.waiting(number))
            }
        )
        if waiting and not self._adding_shown.isActive():
            if len(waiting) == 1:
                words = fill(self.tr("Waiting for “%1” to answer…"), display_name(waiting[0]))
            else:
                words = self.tr("Waiting for %n folders to answer…", "", len(waiting))
        elif len(self._not_added) == 1:
            words = fill(
                self.tr(
                    "“%1” did not answer, so it was not added. The drive it is on may have stopped "
                    "answering: add it again once it answers."
                ),
                display_name(self._not_added[0]),
            )
        elif self._not_added:
            words = "\n".join(
                [
                    self.tr(
                        "These folders did not answer, so they were not added. The drives they are on may "
                        "have stopped answering: add them again once they answer."
                    ),
                    *map(display_name, self._not_added),
                ]
            )
        else:
            words = ""
        self.adding_note.setText(words)
        self.adding_note.setVisible(bool(words))

    def _list_folders(self, folders: list[Path], *, reference: bool) -> list[Path]:
        """List `folders` (absolute paths), those not listed yet; returns those listed. Each is
        marked as its look last found it: a folder remembered from last time is listed before its
        look answers (then marked when it does: dropping a reference folder that is not there
        without a word left its pictures unprotected)."""
        known = set(self.folders())
        added: list[Path] = []
        self.folder_list.blockSignals(True)
        for folder in folders:
            if folder in known:
                continue
            known.add(folder)
            answer = self._looks.known(folder)
            item = QListWidgetItem()
            item.setData(FOLDER_ROLE, QByteArray(os.fsencode(folder)))
            item.setData(MISSING_ROLE, None if answer in (None, Found.THERE) else answer.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if reference else Qt.CheckState.Unchecked)
            self.folder_list.addItem(item)
            _label_folder_item(item)
            added.append(folder)
        self.folder_list.blockSignals(False)
        self.remove_button.setEnabled(self.add_button.isEnabled() and self._count() > 0)
        if added:
            self.preferences_changed.emit()
        return added

    def set_reference(self, folder: Path, reference: bool = True) -> None:
        for i in range(self._count()):
            item = self.folder_list.item(i)
            if listed_folder(item) == folder.absolute():
                item.setCheckState(Qt.CheckState.Checked if reference else Qt.CheckState.Unchecked)

    def remove_selected_folders(self) -> None:
        for item in self.folder_list.selectedItems():
            self.folder_list.takeItem(self.folder_list.row(item))
        self.remove_button.setEnabled(self._count() > 0)
        self.preferences_changed.emit()

    def _on_folder_item_changed(self, item: QListWidgetItem) -> None:
        self.folder_list.blockSignals(True)
        _label_folder_item(item)
        self.folder_list.blockSignals(False)
        self.preferences_changed.emit()

    def set_recent(self, recent: tuple[Path, ...]) -> None:
        self._recent = recent

    def fill_recent_menu(self) -> None:
        """List the recent folders at once (the menu opens): each one can be picked once a look, off
        the window's thread, found it there; until then, and while it is not there or does not
        answer, it is greyed. A folder on a network drive that stopped answering kept the menu, and
        the window, waiting for it when it was looked at here."""
        self.recent_menu.clear()
        self._recent_actions = {}
        for folder in self._recent:
            action = self.recent_menu.addAction(display_name(folder).replace("&", "&&"))  # "&" is no shortcut
            action.setEnabled(self._looks.known(folder) is Found.THERE)  # as last found, looked at again
            action.triggered.connect(lambda _checked=False, f=folder: self.folder_chosen.emit(f))
            self._recent_actions[folder] = action
        if self._recent:
            self._looks.look_for(self._recent)
        else:
            self.recent_menu.addAction(self.tr("No recent folders")).setEnabled(False)

    def scan_options(self) -> ScanOptions:
        similar = self.similar_radio.isChecked()
        defaults = ScanOptions()
        return ScanOptions(
            mode=Mode.SIMILAR if similar else Mode.EXACT,
            threshold=threshold_for(self.sensitivity.value(), defaults.hash_bits),
            rotations=self.rotations_check.isChecked() and similar,
            reference_roots=tuple(self.reference_folders()),
            recursive=self._file_choices.recursive,
            follow_links=self._file_choices.follow_links,
            include_hidden=self._file_choices.include_hidden,
            min_size=self._file_choices.min_size,
            exclude=self._file_choices.exclude,
        )

    def file_choices(self) -> FileChoices:
        """Which files a scan reads, as chosen in Options…."""
        return self._file_choices

    def set_file_choices(self, choices: FileChoices) -> None:
        """Use `choices` for the next scans and show them beside Options… (a change is announced)."""
        changed = choices != self._file_choices
        self._show_file_choices(choices)
        if changed:
            self.preferences_changed.emit()

    def _show_file_choices(self, choices: FileChoices) -> None:
        self._file_choices = choices
        summary = choices_summary(choices)
        self.options_summary.set_parts(
            "", summary or self.tr("all pictures in the folders listed and their subfolders")
        )

    def edit_file_choices(self) -> ScanOptionsDialog:
        """Open the scan options (window-modal, without blocking); OK uses and saves them."""
        dialog = ScanOptionsDialog(self._file_choices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.choices_made.connect(self.set_file_choices)
        dialog.open()
        return dialog

    def show_preferences(self, preferences: Preferences) -> None:
        """Show saved choices (without announcing them as changes)."""
        self.blockSignals(True)
        (self.similar_radio if preferences.mode is Mode.SIMILAR else self.exact_radio).setChecked(True)
        self.sensitivity.setValue(preferences.sensitivity)
        self.rotations_check.setChecked(preferences.rotations)
        self._show_file_choices(preferences.files)
        for choice in preferences.folders:
            try:
                folder = choice.path.expanduser().absolute()
            except (RuntimeError, OSError) as exc:  # "~user" unknown here (settings from another account)
                log.warning("the folder %s is not listed: %s", choice.path, exc)
                continue
            self._list_folders([folder], reference=choice.reference)
        self.check_folders()  # those listed are marked when their looks answer
        self.set_recent(preferences.recent)
        self.blockSignals(False)
        self._show_option_state()

    def chosen_options(self) -> tuple[Mode, int, bool]:
        """The mode, sensitivity position and rotations, as shown."""
        mode = Mode.SIMILAR if self.similar_radio.isChecked() else Mode.EXACT
        return mode, self.sensitivity.value(), self.rotations_check.isChecked()

    def _on_options_changed(self) -> None:
        self._show_option_state()
        self.preferences_changed.emit()

    def _tab_to_the_chosen_mode(self) -> None:
        """Tab stops at the chosen kind of search, as it does in other programs (Qt would stop at the one
        focused last, at first the top one, though it is not chosen); the arrows go to the other."""
        for radio in self.mode_group.buttons():
            radio.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if radio.isChecked() else Qt.FocusPolicy.ClickFocus
            )

    def _show_option_state(self) -> None:
        similar = self.similar_radio.isChecked()
        for widget in (self.sensitivity, self.rotations_check, self.sensitivity_words):
            widget.setEnabled(similar)
        self.sensitivity_words.setText(sensitivity_words(self.sensitivity.value()))

    @staticmethod
    def dropped_paths(mime: QMimeData) -> list[Path]:
        """The paths of the local files and folders being dropped (add_dropped looks at them: nothing
        is looked at while a drag passes over the window, which would wait for a drive that does
        not answer)."""
        urls = mime.urls() if mime.hasUrls() else []
        return [path for url in urls if (path := local_path(url)) is not None]

    def highlight_drop_zone(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "palette(mid)"
        self.drop_zone.setStyleSheet(f"#dropZone {{ border: 2px dashed {colour}; border-radius: 8px; }}")

    # ---- a running scan ---------------------------------------------------------------------------

    def set_busy(self, busy: bool, *, has_review: bool, scanning: bool | None = None) -> None:
        """Nothing to start while Lookalike is `busy`; the scan's progress and Stop while it is
        `scanning` (by default: while busy), not while it reads the journal or puts files back. The
        same while Scan waits for the folders' answers."""
        self._busy = (busy, has_review, busy if scanning is None else scanning)
        self._show_busy()

    def _show_busy(self) -> None:
        busy, has_review, scanning = self._busy
        if self.looking():
            busy = scanning = True
        self.progress_panel.setVisible(scanning)
        self.stop_button.setVisible(scanning)
        self.scan_button.setEnabled(not busy)
        self.back_to_results_button.setVisible(has_review and not busy)
        for widget in (self.add_button, self.recent_button, self.options_panel, self.folder_list):
            widget.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self._count() > 0)

    def show_scan_started(self) -> None:
        self._phase_started = None
        self.progress_label.setText(self.tr("Looking for pictures…"))
        self.progress_bar.setRange(0, 0)
        self.progress_details.setText("")

    def show_stopping(self) -> None:
        self.progress_label.setText(self.tr("Stopping…"))

    def show_scan_failed(self) -> None:
        self.progress_label.setText(self.tr("The scan failed."))

    def show_progress(self, progress: Progress) -> None:
        """Counts, rate and time left of the current phase; the counts grouped as the language groups
        digits ("234,567 of 2,345,678"), as the results page does."""
        now = time.monotonic()
        # The rate counts from the phase's first word of how much there is to do: the pictures the
        # cache holds count as read before it.
        shown = self._phase_started
        if shown is None or shown[0] is not progress.phase or not shown[3]:
            shown = self._phase_started = (progress.phase, now, progress.done, progress.total)
        words = self.tr(PHASE_WORDS.get(progress.phase, "Working"))
        if progress.phase is Phase.DISCOVER:
            found = (
                self.tr("{words}… 1 picture found so far")
                if progress.done == 1
                else self.tr("{words}… {count} pictures found so far")
            )
            self.progress_label.setText(found.format(words=words, count=number_text(progress.done)))
            self.progress_bar.setRange(0, 0)
            return
        if progress.phase is Phase.MATCH and progress.total:  # steps of grouping's work, not pictures
            percent = 100 * progress.done // progress.total
            self.progress_label.setText(self.tr("{words}… {percent} %").format(words=words, percent=percent))
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
            self.progress_details.setText("")
            return
        if progress.phase is not Phase.FINGERPRINT or not progress.total:
            self.progress_label.setText(self.tr("{words}…").format(words=words))
            self.progress_bar.setRange(0, 0)
            self.progress_details.setText("")
            return
        self.progress_label.setText(
            self.tr("{words}: {done} of {total}").format(
                words=words, done=number_text(progress.done), total=number_text(progress.total)
            )
        )
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.done)
        _, started, first, _ = shown
        elapsed = now - started
        rate = (progress.done - first) / elapsed if elapsed > 0.3 else 0.0
        if rate > 0:
            left = (progress.total - progress.done) / rate
            self.progress_details.setText(
                self.tr("{rate} pictures per second · about {left} left").format(
                    rate=number_text(round(rate)), left=duration(left)
                )
            )
        else:
            self.progress_details.setText(self.tr("Measuring speed…"))


class TallAsItsWordsNeed(QWidget):
    """A column of widgets that may be squeezed as a layout squeezes them (a list shorter, rows a little
    closer), but never its wrapped words: its least height for a width is its layout's least height
    with each word-wrapped label as tall as its lines are at that width. (A layout takes a wrapped
    label's least height from a guess at its width, so that Japanese wrapped onto more lines, 457
    pixels wide, was cut off.)"""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        least = layout.minimumSize().height() if layout is not None else 0
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished) or layout is None:
            return least
        layout.activate()  # each label placed across the width it is given
        wider = width - self.width()  # each label's width changes as the column's does
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisibleTo(self) and label.width() + wider > 0:
                least += max(
                    0, label.heightForWidth(label.width() + wider) - label.minimumSizeHint().height()
                )
        return least


@dataclass(frozen=True)
class _Adding:
    """Paths asked to be listed (add_folders), waiting for their looks: `dropped`, a path that is
    not a folder stands for its folder (its parent is looked at too)."""

    wanted: tuple[Path, ...]
    reference: bool
    dropped: bool

    def asked(self) -> list[Path]:
        """The paths looked at."""
        return [*self.wanted, *(path.parent for path in self.wanted)] if self.dropped else list(self.wanted)

    def waited(self, waiting: list[Path]) -> list[Path]:
        """Those of `wanted` whose answer (or whose folder's) is `waiting` for."""
        held = set(waiting)
        return [path for path in self.wanted if path in held or (self.dropped and path.parent in held)]


def listed_folder(item: QListWidgetItem) -> Path:
    """The folder `item` lists. It is kept as its bytes, never as Qt's text, which drops the bytes of
    a name that is not UTF-8: the reference folder "Archiv\\xe9" came back as "Archiv", and protected
    none of its pictures."""
    return Path(os.fsdecode(item.data(FOLDER_ROLE).data()))


def _label_folder_item(item: QListWidgetItem) -> None:
    """The folder's name, and what it is: a reference folder, one not there (or not answering), or both."""
    translate = QCoreApplication.translate
    text = display_name(listed_folder(item))
    reference = item.checkState() == Qt.CheckState.Checked
    missing = bool(item.data(MISSING_ROLE))
    silent = item.data(MISSING_ROLE) == Found.SILENT.value
    if silent and reference:
        text += translate("StartPage", "   — reference folder not answering: nothing in it is scanned")
    elif silent:
        text += translate("StartPage", "   — not answering")
    elif missing and reference:
        text += translate("StartPage", "   — reference folder not found: its pictures are not protected")
    elif missing:
        text += translate("StartPage", "   — not found")
    elif reference:
        text += translate("StartPage", "   — reference: always kept")
    item.setText(text)
    tip = translate("StartPage", "Ticked: a reference folder. Its pictures are never suggested for deletion.")
    if silent:
        tip = (
            translate(
                "StartPage",
                "Lookalike asked for this folder and got no answer within a few seconds: the drive it is on "
                "may have stopped answering (a network drive whose connection was lost), or be slow to wake "
                "up. It is looked for again each time you come back to this page, and when you click Scan.",
            )
            + "\n\n"
            + tip
        )
    elif missing:
        tip = (
            translate(
                "StartPage",
                "Lookalike cannot find this folder now: it may have been renamed, moved or deleted, or be "
                "on a drive that is not connected. It stays on the list and is scanned again once it is "
                "back; “Remove” takes it off the list.",
            )
            + "\n\n"
            + tip
        )
    item.setToolTip(tip)


class FolderDelegate(QStyledItemDelegate):
    """A folder icon before each folder; a folder that is not there drawn quieter, still readable
    (secondary_text), and a warning sign instead when it is a reference folder. From the style and
    palette of the moment: light or dark."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else QApplication.style()
        missing = bool(index.data(MISSING_ROLE))
        reference = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole) or 0) == Qt.CheckState.Checked
        sign = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if missing and reference
            else QStyle.StandardPixmap.SP_DirIcon
        )
        icon = style.standardIcon(sign, option, widget)
        if missing and not reference:
            icon = QIcon(icon.pixmap(option.decorationSize, QIcon.Mode.Disabled))
        option.icon = icon
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        if missing:
            palette = QPalette(option.palette)
            quiet = secondary_text(palette, QPalette.ColorRole.Text, QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Text, quiet)
            option.palette = palette
