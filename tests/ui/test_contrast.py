"""Text the window colours itself reads at WCAG AA (4.5:1), on a light and on a dark palette."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lookalike.ui import compare, delegates
from lookalike.ui.colours import AA_TEXT, ColourScheme, contrast, is_dark, secondary_text
from lookalike.ui.decisions_dialog import DecisionsDialog
from lookalike.ui.window import MainWindow

from .conftest import OFFSCREEN_NOISE, Photos, scan_and_wait

pytestmark = OFFSCREEN_NOISE

WHITE = QColor("white")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Button, "#3a3a3a"), (QPalette.ColorRole.ButtonText, "#e0e0e0"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


def test_contrast_is_computed_as_wcag_defines_it() -> None:
    assert contrast(QColor("black"), WHITE) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("badge", ["KEEP_COLOUR", "DELETE_COLOUR", "EXACT_COLOUR", "SIMILAR_COLOUR"])
def test_white_badge_text_reads_on_every_badge(badge: str) -> None:
    assert contrast(WHITE, getattr(delegates, badge)) >= AA_TEXT


@pytest.mark.parametrize("badge", ["A_COLOUR", "B_COLOUR", "DIFFERENCE_COLOUR"])
def test_white_words_read_on_the_compare_views_badges(badge: str) -> None:
    """ "A · KEEP", "B · DELETE" over the panes (B's orange read at 3.2:1)."""
    assert contrast(WHITE, QColor(getattr(compare, badge))) >= AA_TEXT


def test_the_words_of_tiles_read_on_their_cards() -> None:
    assert contrast(delegates.CHANGES_ON_LIGHT, WHITE) >= AA_TEXT
    assert contrast(delegates.CHANGES_ON_DARK, QColor("#1e1e1e")) >= AA_TEXT
    assert contrast(delegates.PLACEHOLDER_TEXT, delegates.PLACEHOLDER) >= AA_TEXT
    assert contrast(delegates.CANNOT_SHOW, delegates.PLACEHOLDER) >= AA_TEXT
    assert contrast(delegates.PLACEHOLDER_TEXT_DARK, delegates.PLACEHOLDER_DARK) >= AA_TEXT
    assert contrast(delegates.CANNOT_SHOW_DARK, delegates.PLACEHOLDER_DARK) >= AA_TEXT


@pytest.fixture
def palettes(qapp: QApplication) -> Iterator[list[QPalette]]:
    original = qapp.palette()
    yield [original, dark_palette()]
    qapp.setPalette(original)


def test_the_keys_hint_reads_on_light_and_dark_windows(
    qtbot: QtBot, window: MainWindow, qapp: QApplication, palettes: list[QPalette]
) -> None:
    for palette in palettes:
        qapp.setPalette(palette)
        qapp.processEvents()
        label = window.results.hint_label
        group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
        shown = label.palette().color(group, QPalette.ColorRole.WindowText)
        background = window.results.palette().color(QPalette.ColorRole.Window)
        assert contrast(shown, background) >= AA_TEXT
        assert shown != palette.color(QPalette.ColorRole.WindowText)  # still quieter than the text
        assert secondary_text(palette) == shown


def _unreadable_labels(top: QWidget) -> list[str]:
    """The visible labels under `top` whose text, as drawn, reads below AA on what is behind it."""
    found = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.styleSheet():
            continue  # a label that styles itself chose its colours in colours.py
        group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
        behind = label if label.autoFillBackground() else (label.parentWidget() or label)
        shown = label.palette().color(group, QPalette.ColorRole.WindowText)
        background = behind.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        if contrast(shown, background) < AA_TEXT:
            found.append(f"{label.text()[:40]!r}: {contrast(shown, background):.1f}:1")
    return found


def test_every_label_of_the_review_and_the_compare_view_reads_on_light_and_dark(
    qtbot: QtBot, window: MainWindow, photos: Photos, qapp: QApplication, palettes: list[QPalette]
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    window.select_group(0)
    view = window.open_compare()
    assert view is not None
    qtbot.waitUntil(view.is_loaded, timeout=10_000)
    dialog = DecisionsDialog(window.session.decisions, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        for palette in palettes:
            qapp.setPalette(palette)
            qapp.processEvents()
            for top in (window, view, dialog):
                assert _unreadable_labels(top) == [], top
    finally:
        view.close()


def test_a_dark_desktop_darkens_the_window_and_a_light_one_brings_its_colours_back(
    qtbot: QtBot, window: MainWindow, photos: Photos, qapp: QApplication, palettes: list[QPalette]
) -> None:
    """What the desktop's colour scheme switching does (Qt's colorSchemeChanged), on a platform
    that leaves the palette light itself, as offscreen Qt (and Fusion on many Linux desktops) does."""
    scan_and_wait(qtbot, window, photos.root)
    style = qapp.style().name()
    scheme = ColourScheme(qapp)
    scheme.apply(Qt.ColorScheme.Dark)
    try:
        qapp.processEvents()
        assert is_dark(qapp.palette())
        assert _unreadable_labels(window) == []
        assert (
            contrast(
                qapp.palette().color(QPalette.ColorRole.Text), qapp.palette().color(QPalette.ColorRole.Base)
            )
            >= AA_TEXT
        )
    finally:
        scheme.apply(Qt.ColorScheme.Light)
    assert not is_dark(qapp.palette()) and qapp.style().name() == style


def test_on_a_dark_desktop_the_chosen_radio_button_stands_out_from_the_one_not_chosen(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """Fusion drew the chosen one as a grey dot without its ring: "Also similar pictures", chosen,
    read as fainter than "Exact copies only" beside it (found by a review in a dark palette). More
    of its indicator reads at 3:1 against the window (WCAG's non-text contrast) than of the other's."""
    scheme = ColourScheme(qapp)
    scheme.apply(Qt.ColorScheme.Dark)
    try:
        box = QWidget()
        qtbot.addWidget(box)
        layout = QVBoxLayout(box)
        exact, similar = QRadioButton("Exact copies only"), QRadioButton("Also similar pictures")
        layout.addWidget(exact)
        layout.addWidget(similar)
        similar.setChecked(True)
        box.show()
        qapp.processEvents()
        window = qapp.palette().color(QPalette.ColorRole.Window)

        def ring_and_middle(button: QRadioButton) -> tuple[int, int]:
            """How many pixels of its indicator's ring, and of its middle, read at 3:1 against the
            window (the indicator: a circle at the left, centred on the button's height)."""
            image = button.grab().toImage()
            radius = button.style().pixelMetric(button.style().PixelMetric.PM_ExclusiveIndicatorWidth) / 2
            found = [
                (x, y) for x in range(int(4 * radius)) for y in range(image.height())
                if contrast(image.pixelColor(x, y), window) >= 3.0
            ]  # fmt: skip
            centre_x = (min(x for x, _ in found) + max(x for x, _ in found)) / 2 if found else 0
            centre_y = (image.height() - 1) / 2
            far = [math.hypot(x - centre_x, y - centre_y) > 0.6 * radius for x, y in found]
            return sum(far), len(far) - sum(far)

        ring, middle = ring_and_middle(similar)
        other_ring, other_middle = ring_and_middle(exact)
        assert ring >= other_ring > 0  # a ring as plain as the other's
        assert middle > other_middle  # and a dot in it
    finally:
        scheme.apply(Qt.ColorScheme.Light)
