"""The remembered "not duplicates" decisions, listed so a person can see and undo them.

A decision hides a pair from every later scan, so a wrong click must be
visible and reversible somewhere: this dialog lists the pairs with the file
names they had when the person decided, and forgets the selected ones or all.
The store is passed in; the dialog reads and forgets through it and nothing else.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lookalike.core.decisions import Decision, DecisionStore, DigestPair
from lookalike.display_names import display_name
from lookalike.ui.colours import SecondaryLabel
from lookalike.ui.dialogs import Dialogs, QtDialogs
from lookalike.ui.i18n import QT_TRANSLATE_NOOP, fill, moment_text
from lookalike.ui.wording import decisions_unchanged, write_problem

log = logging.getLogger(__name__)

DecisionRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def _when(decided_at: str) -> str:
    """The stored UTC time in the person's local time, to the minute."""
    try:
        return moment_text(datetime.fromisoformat(decided_at).astimezone())
    except ValueError:
        return decided_at


class DecisionsModel(QAbstractTableModel):
    """One row per remembered pair: the two files as they were named, and when it was decided."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionsModel", "Picture"),
        QT_TRANSLATE_NOOP("DecisionsModel", "Kept apart from"),
        QT_TRANSLATE_NOOP("DecisionsModel", "Decided"),
    )

    def __init__(self, store: DecisionStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._decisions: list[Decision] = []
        self.reload()

    def reload(self) -> None:
        """Read the decisions again, newest first (the store's order)."""
        self.beginResetModel()
        self._decisions = self._store.decisions()
        self.endResetModel()

    def decision(self, row: int) -> Decision:
        return self._decisions[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._decisions)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._decisions):
            return None
        decision = self._decisions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column < 2:
                return display_name(PurePath(decision.paths[column]).name)
            return _when(decision.decided_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column < 2:
                return f"{display_name(decision.paths[column])}\n" + self.tr(
                    "(where the file was when you decided)"
                )
            # To the second, as older decisions were kept (newer ones to the microsecond).
            return fill(self.tr("Decided %1"), decision.decided_at[:19].replace("T", " ") + " UTC")
        if role == DecisionRole:
            return decision
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None


class DecisionsDialog(QDialog):
    """Lists the store's "not duplicates" decisions with "Forget selected" and "Forget all".

    Forgetting takes effect in the next scan (or regrouping): the pair may then be grouped again.

    Signals:
        decisions_forgotten: the digest pairs just forgotten (a list), so the window can regroup.
    """

    decisions_forgotten = Signal(object)  # list[DigestPair]

    def __init__(
        self, store: DecisionStore, *, dialogs: Dialogs | None = None, parent: QWidget | None = None
    ) -> None:
        """`dialogs` asks before forgetting everything; tests pass a scripted one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remembered “not duplicates”"))
        self.resize(760, 420)
        self._store = store
        self._dialogs: Dialogs = dialogs if dialogs is not None else QtDialogs(self)
        self.model = DecisionsModel(store, self)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pictures you marked as <b>not duplicates</b> are kept apart in every later scan, even if "
                "they are renamed or moved: Lookalike remembers them by their content. Forget a decision "
                "to let the next scan group those pictures again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.empty_label = SecondaryLabel(self.tr("No decisions remembered yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)

        buttons = QHBoxLayout()
        self.forget_selected_button = QPushButton(self.tr("Forget selected"))
        self.forget_selected_button.setToolTip(
            self.tr("Let the next scan group the selected pairs again (Delete)")
        )
        self.forget_selected_button.clicked.connect(self.forget_selected)
        self.forget_all_button = QPushButton(self.tr("Forget all…"))
        self.forget_all_button.clicked.connect(self.forget_all)
        buttons.addWidget(self.forget_selected_button)
        buttons.addWidget(self.forget_all_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (self.forget_selected_button, self.forget_all_button):
            button.setAutoDefault(False)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedRows())

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly `rows` (whole rows), as a click would."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)

    def forget_selected(self) -> list[DigestPair]:
        """Forget the selected pairs; returns them."""
        digests = [self.model.decision(row).digests for row in self.selected_rows()]
        return self._forget(digests)

    def forget_all(self) -> list[DigestPair]:
        """After the person confirms, forget every decision; returns what was forgotten."""
        count = self.model.rowCount()
        if not count:
            return []
        if not self._dialogs.confirm(
            self.tr("Forget all decisions"),
            self.tr("Forget all %n “not duplicates” decision(s)?", "", count),
            self.tr("Later scans may group these pictures again."),
            ok=self.tr("Forget all"),
        ):
            return []
        return self._forget([self.model.decision(row).digests for row in range(count)])

    def _forget(self, digests: list[DigestPair]) -> list[DigestPair]:
        """Forget `digests` and list what is left; when the store cannot be changed (its disk is
        full...), say why and forget none of them."""
        if not digests:
            return []
        try:
            self._store.forget(digests)
        except (OSError, sqlite3.Error) as exc:
            log.warning("cannot forget 'not duplicates' decisions in %s: %s", self._store.where, exc)
            self._dialogs.inform(
                decisions_unchanged(),
                fill(
                    self.tr(
                        "The list of “not duplicates” cannot be changed, because %1, so nothing was "
                        "forgotten: later scans still keep those pictures apart."
                    ),
                    write_problem(exc),
                ),
                f"{self._store.where}: {exc}",
            )
            return []
        self.model.reload()
        self.decisions_forgotten.emit(digests)
        return digests

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_rows():
            self.forget_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.forget_selected_button.setEnabled(bool(self.selected_rows()))
        self.forget_all_button.setEnabled(has_rows)
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
