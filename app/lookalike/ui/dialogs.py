"""Everything the window asks of the person or the desktop, behind one injectable object.

The window never opens a modal dialog or launches another program directly:
it calls a `Dialogs`. The app passes `QtDialogs`; tests pass a scripted fake,
so no test ever blocks on a dialog or opens a real file viewer.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookalike.core.platform_checks import reveal_command
from lookalike.display_names import display_name
from lookalike.ui.file_urls import file_url
from lookalike.ui.i18n import fill, translate

log = logging.getLogger(__name__)

# How long a file manager may take to answer "show this file" over D-Bus (one being started for
# the call needs a moment) before the folder is opened instead. The window never waits for it.
DBUS_REPLY_TIMEOUT_MS = 2000
# The most lines of a question's details shown in its box; the whole in its details, which scroll.
DETAILS_LINES_SHOWN = 16


class UnsavedChoice(Enum):
    """What to do with unsaved work before closing."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"  # keep the window open


class Dialogs(Protocol):
    def confirm(self, title: str, text: str, details: str = "", ok: str = "") -> bool:
        """Ask a yes/no question; True when the person chose `ok` (the words of the button that says
        yes; "": the standard OK button)."""
        ...

    def inform(self, title: str, text: str, details: str = "") -> None:
        """Tell the person something, with optional longer details."""
        ...

    def show_error(self, title: str, text: str, details: str) -> None:
        """Report an unexpected error with a copyable traceback."""
        ...

    def ask_unsaved(self, title: str, text: str, details: str = "") -> UnsavedChoice:
        """Before closing over unsaved work: save it, discard it, or cancel (stay open)."""
        ...

    def choose_folder(self, title: str) -> Path | None: ...

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None: ...

    def open_file(self, title: str, file_filter: str) -> Path | None: ...

    def open_path(self, path: Path) -> None:
        """Open a file in its default application, or a folder in the file manager."""
        ...

    def show_in_folder(self, path: Path) -> None:
        """Open the file manager on the folder of `path`, with the file selected where possible."""
        ...


class ErrorDialog(QDialog):
    """A non-blocking window with a traceback that can be copied in one click."""

    def __init__(self, title: str, text: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy to clipboard"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Every command and its key, as `(what, keys)` rows (commands.shortcut_rows); not modal, so it
    can stay open beside the window."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keys marked “in the grid” work while the pictures of a group have the focus, and those "
                "marked “in the group list” while the list of duplicate groups has it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(
            min(860, metrics.horizontalAdvance("x" * 100)),
            min(640, (len(rows) + 5) * (metrics.height() + 10)),
        )

    def rows(self) -> list[tuple[str, str]]:
        cells = [(self.table.item(row, 0), self.table.item(row, 1)) for row in range(self.table.rowCount())]
        return [(what.text(), keys.text()) for what, keys in cells if what is not None and keys is not None]


class QtDialogs:
    """The real dialogs, parented to `parent`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._errors: list[ErrorDialog] = []

    def confirm(self, title: str, text: str, details: str = "", ok: str = "") -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self._parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names in it are never read as HTML
        box.setStyleSheet(
            "#qt_msgbox_label, #qt_msgbox_informativelabel { min-width: 420px; }"
        )  # paths wrap less
        lines = details.splitlines()
        if len(lines) > DETAILS_LINES_SHOWN:  # the box cannot scroll: the rest behind "Show Details…"
            shown = "\n".join(lines[: DETAILS_LINES_SHOWN - 1])
            more = len(lines) - DETAILS_LINES_SHOWN + 1
            rest = fill(translate("QtDialogs", "… and %1 more in the details"), more)
            box.setInformativeText(shown + "\n" + rest)
            box.setDetailedText(details)
        elif details:
            box.setInformativeText(details)
        if ok:
            accept = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        else:
            accept = box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def inform(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setDetailedText(details)
        box.exec()

    def ask_unsaved(self, title: str, text: str, details: str = "") -> UnsavedChoice:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons.NoButton, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setInformativeText(details)
        save = box.addButton(buttons.Save)
        save.setText(translate("QtDialogs", "Save…"))  # it asks where
        discard = box.addButton(buttons.Discard)
        box.addButton(buttons.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(buttons.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedChoice.SAVE
        return UnsavedChoice.DISCARD if clicked is discard else UnsavedChoice.CANCEL

    def show_error(self, title: str, text: str, details: str) -> None:
        dialog = ErrorDialog(title, text, details, self._parent)
        self._errors.append(dialog)
        dialog.finished.connect(lambda _code: self._errors.remove(dialog))
        dialog.show()

    def choose_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self._parent, title)
        if not folder:
            return None
        chosen = Path(folder)
        try:
            found = chosen.is_dir()
        except OSError:  # a folder above it is shut
            found = False
        if not found:
            # The dialog names a folder as Qt's text, which drops the bytes of a name that are not
            # UTF-8: what it gives is another folder, or none (a move would have made it).
            self.inform(
                translate("QtDialogs", "This folder cannot be used"),
                fill(
                    translate(
                        "QtDialogs",
                        "Lookalike cannot find the folder chosen under the name the folder dialog gives "
                        "it (%1): its name may hold characters the dialog cannot pass on. Rename the "
                        "folder, or choose another.",
                    ),
                    display_name(chosen),
                ),
            )
            return None
        return chosen

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent, title, str(Path.home() / suggested), file_filter)
        return Path(name) if name else None

    def open_file(self, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent, title, str(Path.home()), file_filter)
        return Path(name) if name else None

    def open_path(self, path: Path) -> None:
        QDesktopServices.openUrl(file_url(path))

    def show_in_folder(self, path: Path) -> None:
        select_in_file_manager(path, otherwise=lambda: self.open_path(path.parent))


class HeadlessDialogs:
    """Answers for a run nobody watches (`--screenshot`): never blocks, declines every question
    (unsaved work is discarded on closing)."""

    def __init__(self) -> None:
        self.log: list[str] = []

    def confirm(self, title: str, text: str, details: str = "", ok: str = "") -> bool:
        self.log.append(f"confirm: {title}: {text}")
        return False

    def inform(self, title: str, text: str, details: str = "") -> None:
        self.log.append(f"inform: {title}: {text}")

    def show_error(self, title: str, text: str, details: str) -> None:
        self.log.append(f"error: {title}: {text}\n{details}")

    def ask_unsaved(self, title: str, text: str, details: str = "") -> UnsavedChoice:
        self.log.append(f"unsaved: {title}: {text}")
        return UnsavedChoice.DISCARD  # nobody is there to save it, nor to close the window later

    def choose_folder(self, title: str) -> Path | None:
        return None

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return None

    def open_file(self, title: str, file_filter: str) -> Path | None:
        return None

    def open_path(self, path: Path) -> None:
        self.log.append(f"open: {path}")

    def show_in_folder(self, path: Path) -> None:
        self.log.append(f"show in folder: {path}")


def select_in_file_manager(path: Path, otherwise: Callable[[], None]) -> None:
    """Ask the desktop's file manager to show `path` selected; call `otherwise` when it cannot.

    Windows: Explorer /select. macOS: open -R. Elsewhere the freedesktop FileManager1 D-Bus service
    (Nautilus, Dolphin, Nemo, Caja, Thunar and others implement it). Nothing here waits for the
    file manager: over D-Bus its answer comes through the event loop, and `otherwise` may run then.
    """
    command = reveal_command(path, sys.platform)
    if command is None:
        _show_items_over_dbus(path, otherwise)
        return
    program, arguments = command
    process = QProcess()
    process.setProgram(program)
    if sys.platform == "win32":
        # Explorer parses its own command line (see reveal_command): hand it over unquoted by Qt.
        process.setNativeArguments(" ".join(arguments))
    else:
        process.setArguments(arguments)
    started = process.startDetached()
    if not (started[0] if isinstance(started, tuple) else started):
        log.warning("cannot show %s in the file manager: %s did not start", path, program)
        otherwise()


def _show_items_over_dbus(path: Path, otherwise: Callable[[], None]) -> None:
    """The freedesktop way: ask whichever file manager owns org.freedesktop.FileManager1.

    The call is asynchronous: a file manager slow to answer, or none at all (the bus may first try
    to start one), would otherwise freeze the window for the whole timeout.
    """
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
    except ImportError:  # a Qt build without D-Bus
        log.info("no Qt D-Bus module; opening the folder of %s instead", path)
        otherwise()
        return

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        log.info("no D-Bus session bus; opening the folder of %s instead", path)
        otherwise()
        return
    message = QDBusMessage.createMethodCall(
        "org.freedesktop.FileManager1",
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1",
        "ShowItems",
    )
    message.setArguments([[file_url(path).toString(QUrl.ComponentFormattingOption.FullyEncoded)], ""])
    pending = bus.asyncCall(message, DBUS_REPLY_TIMEOUT_MS)
    watcher = QDBusPendingCallWatcher(pending, QCoreApplication.instance())

    def answered() -> None:
        watcher.deleteLater()
        if watcher.isError():
            log.info("no file manager answers ShowItems (%s); opening the folder", watcher.error().message())
            otherwise()

    watcher.finished.connect(answered)
