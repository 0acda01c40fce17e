"""The bar above the group list: a search field, how alike, which folder.

Typing waits for a pause (SEARCH_DELAY_MS) before the list is filtered, so a fast typist never
waits for 50,000 groups per letter; Enter filters at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from lookalike.core.models import Tier
from lookalike.display_names import display_name
from lookalike.ui.group_table import GroupFilter
from lookalike.ui.plain_text import plain_tip
from lookalike.ui.wording import any_tier, tier_name
from lookalike.ui.wrapping_row import WrappingRow

SEARCH_DELAY_MS = 250


class FolderCombo(QComboBox):
    """A folder to show groups from; the list of folders is made when it first opens (it needs every
    file's folder: a moment for 50,000 groups, and often never wanted).

    The folders stay here, one per row, never in the items' Qt data: Qt's text drops the bytes of a
    name that is not UTF-8, and "g2/\\xe9t\\xe9" chosen would have shown the groups of "g2/t".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: Callable[[], list[tuple[str, str]]] = list
        self._filled = False
        self._folders: list[str] = []  # the folder of each row; "" for any
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.clear_choices(list)

    def clear_choices(self, choices: Callable[[], list[tuple[str, str]]], keep: str = "") -> None:
        """Forget the folders listed; `choices` gives (text, folder) pairs when the list opens. The
        folder `keep` stays chosen."""
        self._choices, self._filled = choices, False
        with QSignalBlocker(self):
            self._clear()
            if keep:
                self._add(display_name(keep), keep)
                self.setCurrentIndex(1)

    def folder(self) -> str:
        """The folder chosen; "" for any."""
        return self.folder_at(self.currentIndex())

    def folder_at(self, row: int) -> str:
        """The folder of `row`; "" for "Any folder" (and a row there is not)."""
        return self._folders[row] if 0 <= row < len(self._folders) else ""

    def find_folder(self, folder: str) -> int:
        """The row of `folder`, or -1."""
        return self._folders.index(folder) if folder in self._folders else -1

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def fill(self) -> None:
        """List the folders now, if they are not listed yet."""
        if not self._filled:
            self._filled = True
            chosen = self.folder()
            with QSignalBlocker(self):
                self._clear()
                for text, folder in self._choices():
                    self._add(text, folder)
                    tip = plain_tip(display_name(folder))
                    self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
                self.setCurrentIndex(max(0, self.find_folder(chosen)))
            self.view().setMinimumWidth(min(640, max(self.width(), self.view().sizeHintForColumn(0) + 24)))

    def _clear(self) -> None:
        self.clear()
        self._folders = []
        self._add(self.tr("Any folder"), "")

    def _add(self, text: str, folder: str) -> None:
        self.addItem(text)
        self._folders.append(folder)


class GroupFilterBar(QWidget):
    """Search, how alike, folder.

    Signals:
        filter_changed: the GroupFilter the person chose.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search file names and folders…"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Shows the groups with a file whose name or folder holds every word typed")
        )
        layout.addWidget(self.search)
        choices = WrappingRow()  # one above the other in a narrow list
        self.tier = QComboBox()
        self.tier.addItem(any_tier(), "")
        for tier in Tier:
            self.tier.addItem(tier_name(tier), tier.value)
        self.tier.setToolTip(
            self.tr("Show only exact copies, copies of the same picture, or similar pictures")
        )
        choices.add(self.tier)
        self.folder = FolderCombo()
        self.folder.setToolTip(self.tr("Show only the groups with a file in this folder or below it"))
        choices.add(self.folder, 1)
        layout.addLayout(choices)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply)
        self.tier.currentIndexChanged.connect(self.apply)
        self.folder.currentIndexChanged.connect(self.apply)
        self._applied = GroupFilter()

    def chosen(self) -> GroupFilter:
        tier = str(self.tier.currentData() or "")
        return GroupFilter(self.search.text().strip(), Tier(tier) if tier else None, self.folder.folder())

    def apply(self) -> None:
        """Filter the list by what the bar shows now."""
        self._timer.stop()
        chosen = self.chosen()
        if chosen != self._applied:
            self._applied = chosen
            self.filter_changed.emit(chosen)

    def set_folders(self, choices: Callable[[], list[tuple[str, str]]], *, keep_filters: bool) -> None:
        """New groups: the folders they hold come from `choices`; without `keep_filters` the bar
        goes back to showing every group (without saying so: the caller shows the groups)."""
        if keep_filters:
            self.folder.clear_choices(choices, self.folder.folder())
            return
        self._timer.stop()
        with QSignalBlocker(self.search), QSignalBlocker(self.tier):
            self.search.clear()
            self.tier.setCurrentIndex(0)
        self.folder.clear_choices(choices)
        self._applied = GroupFilter()
