"""Colours the window chooses itself, readable on the light and the dark palettes alike.

WCAG 2's contrast ratio between two colours is (L1 + 0.05) / (L2 + 0.05) of their relative
luminances; text needs at least 4.5:1 (AA). tests/ui/test_contrast.py checks every colour here and
in the tile painter against that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

AA_TEXT = 4.5  # the least contrast for text (WCAG 2 AA)
# How far secondary text (the keys hint) goes from the text colour towards the background: a
# disabled label's colour, used before, read at 1.6:1.
SECONDARY_MIX = 0.3


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def secondary_text(palette: QPalette) -> QColor:
    """Text that reads as less important than the window's text and still has AA contrast: the
    text colour moved a little towards the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)

    def mixed(share: float) -> QColor:
        return QColor(
            round(text.red() + (window.red() - text.red()) * share),
            round(text.green() + (window.green() - text.green()) * share),
            round(text.blue() + (window.blue() - text.blue()) * share),
        )

    share = SECONDARY_MIX
    while share > 0 and contrast(mixed(share), window) < AA_TEXT:
        share -= 0.05
    return mixed(max(share, 0.0))


class SecondaryLabel(QLabel):
    """A label for text that matters less (a keys hint, an empty list's note): secondary_text() of
    the palette around it, never the disabled gray, which reads at about 1.6:1."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._colouring = False
        super().__init__(text, parent)
        self._colour()

    def _colour(self) -> None:
        """Its own text colour from the palette it sits on (its parent's, or the application's):
        its own palette holds the colour it chose, not the one to choose from."""
        if self._colouring:
            return
        self._colouring = True
        try:
            parent = self.parentWidget()
            around = parent.palette() if parent is not None else QApplication.palette()
            palette = QPalette(around)
            palette.setColor(QPalette.ColorRole.WindowText, secondary_text(around))
            self.setPalette(palette)
        finally:
            self._colouring = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._colour()
